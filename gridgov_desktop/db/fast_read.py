"""A fast path for the hottest database work: start-up, the search box, pages of lists.

Statements are written with SQLAlchemy Core, so they are portable, but are compiled once per dialect
(named ones are even cached between runs: ``db.statements``) and run on plain DBAPI connections
(``db.dbapi``) that each thread keeps open. An ORM session costs ~0.3 ms and a pool checkout
~25 µs per call, while an indexed lookup costs ~15 µs (bench/search.py); and the named statements
let the app start without importing SQLAlchemy (bench/startup.py).

Connections are in autocommit mode: every statement sees the latest commit of any window, and an
idle desk holds no transaction open. ``transaction()`` groups writes (SQLite: BEGIN IMMEDIATE).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import weakref
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db import dbapi
from gridgov_desktop.db.statements import CompiledStatement, StatementCache, compile_statement
from gridgov_desktop.domain.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy.sql import Select

    # Any select, whatever its columns (SQLAlchemy 2.1 types a Select by its column tuple).
    AnySelect: TypeAlias = Select[*tuple[Any, ...]]

Statement = "str | AnySelect"


class FastReader:
    """Runs statements — a registered name (``db.statements``) or a pre-built ``Select`` — with
    named parameters, and returns plain tuples."""

    def __init__(self, url: str, backend: str, *, sqlite_file: dbapi.SqliteFile | None = None) -> None:
        self._url = url
        if sqlite_file is None and backend == "sqlite":
            sqlite_file = dbapi.SqliteFile(dbapi.sqlite_path(url))
        self._sqlite_file = sqlite_file
        self.backend = backend
        self._sqlite = backend == "sqlite"
        self._local = threading.local()
        self._cache = StatementCache(backend)
        self._compiled: dict[int, CompiledStatement] = {}
        self._finalizers: set[weakref.finalize[Any, Any]] = set()
        self._lock = threading.Lock()
        self._errors: type[Exception] | None = None
        self.trace: list[tuple[str, Sequence[Any] | Mapping[str, Any]]] | None = None

    def rows(self, statement: str | AnySelect, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """All rows of a query."""
        sql, values = self._bind(statement, params)
        connection = getattr(self._local, "connection", None) or self._connection()
        try:
            # Both sqlite3 and psycopg execute on the connection through a cursor of their own.
            rows: list[tuple[Any, ...]] = connection.execute(sql, values).fetchall()
            return rows
        except self._driver_error() as exc:
            if getattr(self._local, "in_transaction", False):
                raise
            self._forget_connection()
            raise dbapi.unavailable(exc) from exc

    def execute(self, statement: str, params: Mapping[str, Any]) -> int:
        """Run a data-changing statement inside ``transaction()``; returns the row count."""
        if not getattr(self._local, "in_transaction", False):
            raise RuntimeError("execute() belongs inside transaction()")
        sql, values = self._bind(statement, params)
        count: int = self._local.connection.execute(sql, values).rowcount
        return count

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction on this thread's connection: committed when the block ends
        normally, rolled back otherwise. SQLite takes the write lock up front (BEGIN IMMEDIATE)."""
        connection = getattr(self._local, "connection", None) or self._connection()
        errors = self._driver_error()
        if self._sqlite_file is not None:
            try:  # never write into a file that was deleted or replaced under this connection
                self._sqlite_file.check(self._local.inode)
            except DatabaseUnavailable:
                self._forget_connection()
                raise
        try:
            connection.execute("BEGIN IMMEDIATE" if self.backend == "sqlite" else "BEGIN")
        except errors as exc:
            self._forget_connection()
            raise dbapi.unavailable(exc) from exc
        self._local.in_transaction = True
        try:
            yield
            connection.execute("COMMIT")
        except BaseException as failure:
            with contextlib.suppress(Exception):
                connection.execute("ROLLBACK")
            if isinstance(failure, errors):
                self._forget_connection()
                raise dbapi.unavailable(failure) from failure
            raise
        finally:
            self._local.in_transaction = False

    def close(self) -> None:
        """Close every held connection (call before disposing of the database)."""
        with self._lock:
            finalizers, self._finalizers = self._finalizers, set()
        for finalizer in finalizers:
            finalizer()
        self._local = threading.local()

    def _bind(self, statement: str | AnySelect, params: Mapping[str, Any]) -> tuple[str, Any]:
        compiled = self._compiled.get(id(statement))
        if compiled is None:
            if isinstance(statement, str):
                compiled = self._cache.get(statement)
            else:
                compiled = self._compile(statement)
        sql, values = compiled.bind(_for_sqlite(params) if self._sqlite else params)
        if self.trace is not None:
            self.trace.append((sql, values))
        return sql, values

    def _compile(self, statement: AnySelect) -> CompiledStatement:
        found = compile_statement(statement, self.backend)
        # Pre-built statements live as long as the module that built them: id() stays valid.
        self._compiled[id(statement)] = found
        return found

    def _driver_error(self) -> type[Exception]:
        if self._errors is None:
            self._errors = dbapi.driver_error(self.backend)
        return self._errors

    def _connection(self) -> Any:
        try:
            if self._sqlite_file is not None:
                connection = self._sqlite_file.connect()
                self._local.inode = self._sqlite_file.inode()
            else:
                connection = dbapi.connect(self._url)
        except (self._driver_error(), OSError) as exc:
            raise dbapi.unavailable(exc) from exc
        held = _Held(connection)
        # When the thread ends (a worker pool retires idle threads), its local storage goes, and so
        # does the connection, instead of piling up open files.
        finalizer = weakref.finalize(held, connection.close)
        with self._lock:
            self._finalizers = {f for f in self._finalizers if f.alive}
            self._finalizers.add(finalizer)
        self._local.held = held
        self._local.connection = connection
        return connection

    def _forget_connection(self) -> None:
        held: _Held | None = getattr(self._local, "held", None)
        self._local.held = self._local.connection = None
        if held is not None:
            with contextlib.suppress(Exception):
                held.connection.close()


def _for_sqlite(params: Mapping[str, Any]) -> Mapping[str, Any]:
    """Dates and times as SQLAlchemy stores them in SQLite (text), so both paths read each other's."""
    for value in params.values():
        if type(value) in _DATE_TYPES:
            return {k: _sqlite_value(v) for k, v in params.items()}
    return params


_DATE_TYPES = frozenset({dt.date, dt.datetime})


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class _Held:
    __slots__ = ("__weakref__", "connection")

    def __init__(self, connection: Any) -> None:
        self.connection = connection
