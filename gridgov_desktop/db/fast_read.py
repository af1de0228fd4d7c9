"""A fast path for the hottest reads (the search box runs one on every pause in typing).

Statements are still written with SQLAlchemy Core, so they are portable, but each is compiled once
per dialect and run on a DBAPI connection that each thread keeps open. An ORM session costs ~0.3 ms
and a pool checkout ~25 µs per call; an indexed lookup itself costs ~15 µs, so going through them
would make the service many times slower than its queries (measured in bench/search.py).

SQLite connections come from the engine's pool (same pragmas) and run in autocommit mode, so every
statement sees the latest commit of any window; PostgreSQL ones are switched to autocommit so that
an idle desk never holds a transaction open.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select

from gridgov_desktop.domain.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from typing import TypeAlias

    # Any select, whatever its columns (SQLAlchemy 2.1 types a Select by its column tuple).
    AnySelect: TypeAlias = Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...] | None  # positional parameter order, or None for named parameters
    defaults: Mapping[str, Any]


class FastReader:
    """Runs pre-built ``Select`` statements with named bind parameters; returns plain tuples."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._local = threading.local()
        self._compiled: dict[int, _Compiled] = {}
        self._finalizers: set[weakref.finalize[Any, Any]] = set()
        self._lock = threading.Lock()
        self.trace: list[tuple[str, Sequence[Any] | Mapping[str, Any]]] | None = None

    def rows(self, statement: AnySelect, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        compiled = self._compiled.get(id(statement)) or self._compile(statement)
        merged = {**compiled.defaults, **params}
        values: Sequence[Any] | Mapping[str, Any] = (
            merged if compiled.names is None else tuple(map(merged.__getitem__, compiled.names))
        )
        if self.trace is not None:
            self.trace.append((compiled.sql, values))
        connection = getattr(self._local, "connection", None) or self._connection()
        try:
            # Both sqlite3 and psycopg execute on the connection through a cursor of their own.
            rows: list[tuple[Any, ...]] = connection.execute(compiled.sql, values).fetchall()
            return rows
        except self._engine.dialect.loaded_dbapi.Error as exc:
            self._forget_connection()
            raise DatabaseUnavailable(_first_line(exc)) from exc

    def close(self) -> None:
        """Give every held connection back (call before disposing of the engine)."""
        with self._lock:
            finalizers, self._finalizers = self._finalizers, set()
        for finalizer in finalizers:
            finalizer()
        self._local = threading.local()

    def _compile(self, statement: AnySelect) -> _Compiled:
        found = self._compiled.get(id(statement))
        if found is None:
            compiled = statement.compile(dialect=self._engine.dialect)
            defaults = {name: bind.value for name, bind in compiled.binds.items()}
            names = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
            found = _Compiled(compiled.string, names, defaults)
            # Statements live as long as the module that built them: id() stays valid.
            self._compiled[id(statement)] = found
        return found

    def _connection(self) -> Any:
        held: _Held | None = getattr(self._local, "held", None)
        if held is None:
            try:
                fairy = self._engine.raw_connection()
            except DBAPIError as exc:
                raise DatabaseUnavailable(_first_line(exc.orig or exc)) from exc
            except self._engine.dialect.loaded_dbapi.Error as exc:  # raised unwrapped on connect
                raise DatabaseUnavailable(_first_line(exc)) from exc
            connection = fairy.driver_connection
            if self._engine.dialect.name == "postgresql" and connection is not None:
                connection.autocommit = True
            held = _Held(fairy)
            # When the thread ends (a worker pool retires idle threads), its local storage goes, and
            # the connection returns to the pool instead of leaking until the pool runs dry.
            finalizer = weakref.finalize(held, fairy.close)
            with self._lock:
                self._finalizers.add(finalizer)
            self._local.held = held
            self._local.connection = held.fairy.driver_connection
        return self._local.connection

    def _forget_connection(self) -> None:
        held: _Held | None = getattr(self._local, "held", None)
        self._local.held = self._local.connection = None
        if held is not None:
            # The connection is broken: drop it from the pool rather than hand it out again.
            with contextlib.suppress(Exception):
                held.fairy.invalidate()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class _Held:
    __slots__ = ("__weakref__", "fairy")

    def __init__(self, fairy: Any) -> None:
        self.fairy = fairy
