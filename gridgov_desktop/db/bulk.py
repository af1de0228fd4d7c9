"""Bulk inserts: many rows in one transaction at the speed of the driver, not of the ORM.

For bulk loads such as the demo street and the Excel import. The caller assigns the ids and builds
each row as a plain tuple of values in the table's column order; SQLAlchemy's per-row processing
would double the time of such a load.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, insert, text
from sqlalchemy.exc import DBAPIError

from gridgov_desktop.db.tables import Base

log = logging.getLogger(__name__)

_T = TypeVar("_T")


def table_of(entity: type[Base]) -> Table:
    """The Core table behind a mapped class."""
    table = entity.__table__
    assert isinstance(table, Table)
    return table


class BulkWriter:
    """Bulk inserts of positional rows whose values are in the table's column order.

    For bulk loads such as the demo street and the Excel import. ``layouts`` names, per table, the
    columns the caller's rows are built for; a table is written only if its columns are exactly
    those, in that order, so a new or moved column stops the load instead of shifting every value.

    SQLite: the DBAPI cursor's ``executemany`` with the statement SQLAlchemy compiles for the dialect,
    and SQLAlchemy's own bind processors for the columns that have one (dates become the text format
    SQLAlchemy reads back). PostgreSQL: ``COPY … FROM STDIN`` on the same connection and transaction.
    Anything else: SQLAlchemy Core ``executemany`` in chunks.
    """

    def __init__(self, connection: Connection, layouts: Mapping[str, Sequence[str]]) -> None:
        self._connection = connection
        self._dialect = connection.dialect
        self._layouts = {name: tuple(columns) for name, columns in layouts.items()}

    @property
    def _sqlite(self) -> bool:
        return self._dialect.name == "sqlite"

    def write(self, table: Table, rows: Iterable[tuple[Any, ...]]) -> None:
        columns = [column.name for column in table.columns]
        if tuple(columns) != self._layouts[table.name]:
            # A new or moved column would silently shift every value: stop instead.
            raise RuntimeError(
                f"{table.name} has columns {columns}: update the rows written to it to match"
            )
        driver = self._connection.connection.driver_connection
        if self._sqlite:
            compiled = insert(table).compile(dialect=self._dialect)
            if list(compiled.positiontup or ()) != columns:
                raise AssertionError(f"unexpected parameter order for {table.name}")
            processors = [
                (i, processor)
                for i, column in enumerate(table.columns)
                if (processor := column.type.dialect_impl(self._dialect).bind_processor(self._dialect))
            ]
            cursor = driver.cursor()  # type: ignore[union-attr]
            cursor.executemany(str(compiled), _processed(rows, processors) if processors else rows)
            cursor.close()
        elif self._dialect.driver == "psycopg":
            # COPY is PostgreSQL's bulk path: ten times the rows per second of executemany.
            quote = self._dialect.identifier_preparer.quote
            names = ", ".join(quote(name) for name in columns)
            copy_sql = f"COPY {quote(table.name)} ({names}) FROM STDIN"
            with driver.cursor() as cursor, cursor.copy(copy_sql) as copy:  # type: ignore[union-attr]
                for row in rows:
                    copy.write_row(row)
        else:
            statement = insert(table)
            for chunk in chunks(list(rows), lambda _row: 1, 10_000):
                self._connection.execute(
                    statement, [dict(zip(columns, row, strict=True)) for row in chunk]
                )

    def reset_sequences(self, tables: Sequence[Table]) -> None:
        """After explicit ids, PostgreSQL's id sequences must continue after the largest id."""
        if self._dialect.name != "postgresql":
            return
        for table in tables:
            self._connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
                )
            )

    @contextmanager
    def bulk_load(self, tables: Sequence[Table], *, cache_bytes: int) -> Iterator[None]:
        """On SQLite, the usual bulk-load practice for the duration of the block.

        A page cache that holds all the new data (``cache_bytes``, at least 64 MiB: the default 2 MB
        makes nearly every insert into a secondary index a page miss), and the secondary indexes of
        ``tables`` dropped and built again at the end: building an index once from the finished table
        is several times cheaper than keeping it up to date row by row. DDL is transactional in
        SQLite, so if the block fails the rollback brings the indexes back. The connection goes back
        to the pool afterwards, so its cache size is set back too.
        """
        if not self._sqlite:
            yield
            return
        connection = self._connection
        previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        connection.exec_driver_sql(f"PRAGMA cache_size=-{max(65_536, cache_bytes // 1024)}")
        try:
            names = ", ".join(f"'{table.name}'" for table in tables)
            # The statements that made them, exactly as the migrations did (NULL for the indexes
            # behind UNIQUE constraints, which stay).
            indexes = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master "
                f"WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names}) ORDER BY name"
            ).all()
            for name, _sql in indexes:
                connection.exec_driver_sql(f'DROP INDEX "{name}"')
            yield
            started = time.perf_counter()
            for _name, sql in indexes:
                connection.exec_driver_sql(sql)
            log.debug(
                "bulk load: %d indexes rebuilt in %.2f s", len(indexes), time.perf_counter() - started
            )
        finally:
            try:
                connection.exec_driver_sql(f"PRAGMA cache_size={previous}")
            except DBAPIError:  # a lost connection: the error that ended the load matters more
                log.warning("bulk load: could not restore the SQLite cache size", exc_info=True)


def chunks(items: Sequence[_T], weight: Callable[[_T], int], limit: int) -> Iterator[Sequence[_T]]:
    """Consecutive slices of ``items`` whose weights add up to at least ``limit`` (the last: less)."""
    start = 0
    while start < len(items):
        end = start
        total = 0
        while end < len(items) and total < limit:
            total += weight(items[end])
            end += 1
        yield items[start:end]
        start = end


def _processed(
    rows: Iterable[tuple[Any, ...]], processors: Sequence[tuple[int, Callable[[Any], Any]]]
) -> Iterator[tuple[Any, ...]]:
    for row in rows:
        values = list(row)
        for i, processor in processors:
            values[i] = processor(values[i])
        yield tuple(values)
