"""The turn's hottest statements run on SQLite's own cursor, compiled once by SQLAlchemy.

Each `Connection.execute` costs 60-250 µs of Python around sqlite3's own 15-40 µs: the
statement's cache key, an execution context, parameter and result set-up. A turn runs
three such reads (claim the event, lock the person, read the history) and the insert of its
replies on every message, and they were the largest part of a `/progress` turn in the bot
(docs/performance.md).

A statement here is still the SQLAlchemy statement it was (`repository.Statements`,
`history.HISTORY`): SQLAlchemy compiles it once for the dialect in use, and its own type
processors turn each value into what SQLite stores and back, so neither the SQL nor the
types are written twice. Only the per-execution machinery is skipped. Each execution is
announced to `before_cursor_execute` listeners (statement counts stay true) and a driver
error becomes SQLAlchemy's own (a lock held too long is still `OperationalError`).

Anything this cannot run as SQLAlchemy would goes through SQLAlchemy: another dialect
(asyncpg speaks its own protocol), Python-side column defaults to fill in, expanding IN
lists.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Dialect, Executable
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

Process = Callable[[Any], Any]
_REQUIRED = object()
"""A bound parameter with no value of its own: the caller must give it."""


class Prepared:
    """One statement, compiled at first use and then run on the driver's cursor."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._plan: _Plan | None = None

    def execute(self, connection: Connection, parameters: Mapping[str, Any] | None = None) -> Any:
        """What `connection.execute(statement, parameters)` gives, as far as a turn reads it:
        `rowcount`, `first()` (attributes by column), `scalars()` and `mappings()` (dicts by
        label)."""
        plan = self._plan
        if plan is None or plan.dialect is not connection.dialect:
            plan = self._plan = _plan(self.statement, connection.dialect)
        if plan.sql is None:
            return connection.execute(self.statement, parameters)
        return plan.run(connection, parameters or {})


@dataclass(frozen=True, slots=True)
class Rows:
    """The rows of one execution, already converted to Python values."""

    rowcount: int
    records: list[tuple[Any, ...]]
    keys: tuple[str, ...]
    record: Callable[..., Any]

    def first(self) -> Any:
        return self.record(*self.records[0]) if self.records else None

    def scalars(self) -> list[Any]:
        return [values[0] for values in self.records]

    def mappings(self) -> list[dict[str, Any]]:
        keys = self.keys
        return [dict(zip(keys, values, strict=True)) for values in self.records]


@dataclass(frozen=True, slots=True)
class _Plan:
    dialect: Dialect
    sql: str | None  # None: run through SQLAlchemy
    binds: tuple[tuple[str, Process | None, Any], ...] = ()
    keys: tuple[str, ...] = ()
    decoders: tuple[tuple[int, Process], ...] = ()
    record: Callable[..., Any] = tuple

    def run(self, connection: Connection, given: Mapping[str, Any]) -> Rows:
        values = []
        for name, process, default in self.binds:
            value = given[name] if default is _REQUIRED else given.get(name, default)
            values.append(value if process is None or value is None else process(value))
        assert self.sql is not None
        connection.dispatch.before_cursor_execute(connection, None, self.sql, values, None, False)
        driver = connection.connection.driver_connection
        error_type = self.dialect.loaded_dbapi.Error
        try:
            cursor = driver.execute(self.sql, values)  # type: ignore[union-attr]
            fetched = cursor.fetchall() if self.keys else []
        except error_type as error:
            raise DBAPIError.instance(self.sql, values, error, error_type,
                                      hide_parameters=True) from error
        return Rows(cursor.rowcount, [self._decoded(row) for row in fetched], self.keys,
                    self.record)

    def _decoded(self, row: Sequence[Any]) -> tuple[Any, ...]:
        if not self.decoders:
            return tuple(row)
        values = list(row)
        for index, decode in self.decoders:
            value = values[index]
            if value is not None:
                values[index] = decode(value)
        return tuple(values)


def _plan(statement: Executable, dialect: Dialect) -> _Plan:
    compiled = cast(ClauseElement, statement).compile(dialect=dialect)
    if (dialect.name != "sqlite" or not isinstance(compiled, SQLCompiler)
            or compiled.positiontup is None or compiled.insert_prefetch
            or compiled.update_prefetch
            or any(bind.expanding for bind in compiled.binds.values())):
        return _Plan(dialect, None)
    binds = []
    for name in compiled.positiontup:
        bind = compiled.binds[name]
        given_only = bind.value is None and bind.callable is None
        default = _REQUIRED if given_only else bind.effective_value
        binds.append((name, bind.type.dialect_impl(dialect).bind_processor(dialect), default))
    returns_rows = getattr(statement, "is_select", False) or compiled.effective_returning
    columns = list(statement.exported_columns) if returns_rows else []  # type: ignore[attr-defined]
    keys = tuple(str(column.key) for column in columns)
    decoders = tuple(
        (index, decode) for index, column in enumerate(columns)
        if (decode := column.type.dialect_impl(dialect).result_processor(dialect, None))
        is not None
    )
    record = collections.namedtuple("Record", keys) if keys else tuple
    return _Plan(dialect, compiled.string, tuple(binds), keys, decoders, record)
