"""Named SQL statements, compiled once per dialect and kept in a cache file between runs.

Statements are written with SQLAlchemy Core, like every other query, but registered by name with a
factory. The first run compiles each one it uses and stores the SQL in the user's cache folder;
later runs read it from there, so the start-up path (login, tree, first page of residents) runs
without importing SQLAlchemy at all (bench/startup.py). The cache file's name carries a hash of the
app's version, SQLAlchemy's version and the source of the modules that define statements and
tables: an edited statement can never run from a stale cache.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# name -> factory(backend) returning a SQLAlchemy Executable
_FACTORIES: dict[str, Callable[[str], Any]] = {}


@dataclass(frozen=True)
class CompiledStatement:
    sql: str
    names: tuple[str, ...] | None  # positional parameter order, or None for named parameters
    defaults: Mapping[str, Any]
    expanding: tuple[str, ...]  # IN-list parameters, spliced in at execution

    def bind(self, params: Mapping[str, Any]) -> tuple[str, Sequence[Any] | Mapping[str, Any]]:
        """The SQL text and DBAPI parameters for ``params``."""
        merged = {**self.defaults, **params}
        if not self.expanding:  # the common case, on every keystroke pause: keep it short
            if self.names is None:
                return self.sql, merged
            return self.sql, tuple(map(merged.__getitem__, self.names))
        sql = self.sql
        for name in self.expanding:
            values = list(merged.pop(name))
            token = f"__[POSTCOMPILE_{name}]"
            if self.names is None:
                keys = [f"{name}_{i}" for i in range(len(values))]
                merged.update(zip(keys, values, strict=True))
                sql = sql.replace(token, ", ".join(f"%({k})s" for k in keys) or "NULL")
            else:
                merged[name] = values
                sql = sql.replace(token, ", ".join("?" * len(values)) or "NULL")
        if self.names is None:
            return sql, merged
        flat: list[Any] = []
        for name in self.names:
            value = merged[name]
            if name in self.expanding:
                flat.extend(value)
            else:
                flat.append(value)
        return sql, flat


def statement(name: str) -> Callable[[Callable[[str], Any]], Callable[[str], Any]]:
    """Register ``factory(backend) -> Executable`` under ``name``. The factory imports SQLAlchemy
    itself, inside its body: registering must stay cheap."""

    def register(factory: Callable[[str], Any]) -> Callable[[str], Any]:
        if name in _FACTORIES and _FACTORIES[name] is not factory:
            raise ValueError(f"statement {name!r} registered twice")
        _FACTORIES[name] = factory
        return factory

    return register


def compile_statement(executable: Any, backend: str) -> CompiledStatement:
    """Compile a SQLAlchemy statement for ``backend``'s DBAPI (qmark for sqlite3, pyformat for
    psycopg), as the engine would."""
    compiled = executable.compile(dialect=_dialect(backend))
    defaults = {n: b.value for n, b in compiled.binds.items() if not b.expanding}
    expanding = tuple(n for n, b in compiled.binds.items() if b.expanding)
    names = (
        tuple(compiled.positiontup) if compiled.positional and compiled.positiontup is not None else None
    )
    return CompiledStatement(compiled.string, names, defaults, expanding)


def _dialect(backend: str) -> Any:
    if backend == "sqlite":
        from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

        return SQLiteDialect_pysqlite()
    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

    return PGDialect_psycopg()  # type: ignore[no-untyped-call]


class StatementCache:
    """The compiled statements of one backend: in memory, then the cache file, then compiled."""

    def __init__(self, backend: str, directory: Path | None = None) -> None:
        self.backend = backend
        self._directory = directory
        self._lock = threading.Lock()
        self._loaded: dict[str, CompiledStatement] | None = None
        self._path: Path | None = None

    def get(self, name: str) -> CompiledStatement:
        loaded = self._loaded if self._loaded is not None else self._load()
        found = loaded.get(name)
        if found is None:
            with self._lock:
                found = compile_statement(_FACTORIES[name](self.backend), self.backend)
                loaded[name] = found
                self._save(loaded)
        return found

    def _load(self) -> dict[str, CompiledStatement]:
        with self._lock:
            if self._loaded is None:
                self._path = self._cache_dir() / f"sql-{self.backend}-{_fingerprint()}.json"
                self._loaded = {}
                try:
                    data = json.loads(self._path.read_text(encoding="utf-8"))
                    self._loaded = {
                        name: CompiledStatement(
                            s["sql"],
                            tuple(s["names"]) if s["names"] is not None else None,
                            s["defaults"],
                            tuple(s["expanding"]),
                        )
                        for name, s in data.items()
                    }
                except (OSError, ValueError, KeyError, TypeError):
                    pass  # no cache yet, or an unreadable one: compile afresh
            return self._loaded

    def _save(self, loaded: Mapping[str, CompiledStatement]) -> None:
        if self._path is None:
            return
        data = {
            name: {
                "sql": s.sql,
                "names": s.names,
                "defaults": dict(s.defaults),
                "expanding": s.expanding,
            }
            for name, s in loaded.items()
        }
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self._path)
            for stale in self._path.parent.glob(f"sql-{self.backend}-*.json"):
                if stale != self._path:
                    stale.unlink(missing_ok=True)  # compiled from an older version of the code
        except (OSError, TypeError):
            pass  # a read-only cache folder only costs a compile next time

    def _cache_dir(self) -> Path:
        if self._directory is not None:
            return self._directory
        override = os.environ.get("GRIDGOV_CACHE_DIR")
        if override:
            return Path(override)
        from platformdirs import user_cache_path

        return user_cache_path("gridgov", appauthor=False)


_FINGERPRINT: str | None = None


def _fingerprint() -> str:
    """Hash of what the compiled SQL depends on: the versions, and the source of every module of
    the database and service layers (where tables and statements are defined). Reading ~50 small
    files costs about a millisecond; a stale statement would cost far more."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        from gridgov_desktop import __version__

        digest = hashlib.sha256(__version__.encode())
        # SQLAlchemy's own source stands for its version: finding it imports nothing (importing
        # importlib.metadata alone would cost ~35 ms of every start).
        spec = importlib.util.find_spec("sqlalchemy")
        if spec is not None and spec.origin:
            digest.update(Path(spec.origin).read_bytes())
        package = Path(__file__).resolve().parent.parent
        for file in sorted([*package.glob("db/*.py"), *package.glob("services/*.py")]):
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
        _FINGERPRINT = digest.hexdigest()[:20]
    return _FINGERPRINT
