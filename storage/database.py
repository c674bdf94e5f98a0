"""Opening the database: the engine, SQLite locking and pragmas, and migrations to head."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import (
    URL,
    Connection,
    Engine,
    PoolProxiedConnection,
    create_engine,
    event,
    make_url,
    text,
)
from sqlalchemy.exc import (
    ArgumentError,
    InterfaceError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import PoolResetState, StaticPool
from sqlalchemy.util import greenlet_spawn

from coach.ports import StoreUnavailable

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",  # readers never wait for the writer
    "PRAGMA busy_timeout=5000",  # a second writer waits its turn instead of failing
    # With WAL, NORMAL only risks the last commits on power loss (never corruption, and
    # nothing on a crash of the process) and saves an fsync per commit.
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",  # SQLite ignores ON DELETE CASCADE without it
)
POSTGRES_CONNECT_TIMEOUT = 10.0
"""Seconds; asyncpg would otherwise wait a minute before saying the server is unreachable."""
SQLITE_QUEUE_TIMEOUT = 600.0
"""Seconds a turn may wait for SQLite's one connection before it is told to try again."""
MIGRATION_LOCK_KEY = 0x5245424F554E44  # "REBOUND": one process migrates, the others wait
MIGRATIONS = Path(__file__).with_name("migrations")
"""A plain path: `storage:migrations` fails when `storage` is seen as a namespace package."""
UNREACHABLE_ERRORS = (SQLAlchemyError, OSError, CommandError)  # OSError covers timeouts
#: Failures of the connection rather than of the statement: worth retrying later.
UNAVAILABLE_ERRORS = (OperationalError, InterfaceError, PoolTimeoutError, OSError)

log = logging.getLogger(__name__)

T = TypeVar("T")
_SIDE_CONNECTION = "rebound.same_thread_connection"
"""Where a pooled SQLite connection keeps the synchronous Connection that trips use."""


class DatabaseUnavailable(Exception):
    """The database cannot be opened; the message is one line, safe to show (no password)."""


class Database:
    """An engine and its session factory, made once per process and closed on the way out."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions: async_sessionmaker[AsyncSession] = async_sessionmaker(
            engine, expire_on_commit=False
        )
        # SQLite's one connection, handed to trips in the order they asked (see `trips`).
        self._in_turn = asyncio.Lock()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One transaction; a lost server or a lock held too long becomes `StoreUnavailable`.

        The coach can then tell the person to try again, instead of failing them.
        """
        try:
            async with self.sessions.begin() as session:
                yield session
        except UNAVAILABLE_ERRORS as error:
            log.warning("storage unavailable: %s", type(error).__name__)
            raise StoreUnavailable(type(error).__name__) from error

    @asynccontextmanager
    async def trips(self) -> AsyncIterator[Trips]:
        """One pooled connection for work done in whole trips (see `Trips`); errors as
        `transaction` turns them into `StoreUnavailable`.

        On SQLite the connection comes straight from the pool: a trip needs only the
        driver's connection, and an `AsyncConnection` around it (then a synchronous one
        inside that) cost about 120 µs of a turn to make and to close again. Trips queue
        for it in the order they came: the pool's queue lets a task that just gave the
        connection back take it again ahead of those already waiting (it tries a
        `get_nowait` first), and with 50 people answering at once some waited three
        seconds while others were served in two milliseconds.
        """
        try:
            if self.dialect != "sqlite":
                async with self.engine.connect() as connection:
                    yield Trips(connection, None, None)  # asyncpg: `run_sync`, no thread
                return
            async with self._in_turn:
                pooled = await greenlet_spawn(self.engine.sync_engine.pool.connect)
                try:
                    yield await _trips_over_pooled(pooled, self.engine.sync_engine)
                finally:
                    await greenlet_spawn(pooled.close)
        except (*UNAVAILABLE_ERRORS, sqlite3.Error) as error:
            log.warning("storage unavailable: %s", type(error).__name__)
            raise StoreUnavailable(type(error).__name__) from error

    async def close(self) -> None:
        await self.engine.dispose()


class Trips:
    """Runs plain synchronous functions on a pooled connection, each in one trip.

    aiosqlite crosses to its thread and back for every DB-API call (a cursor, an
    execute, a fetch, a close: several per statement, some 80 µs each), which made
    the thread hops most of a turn's time. Here a whole function runs on that thread
    at once, over a synchronous SQLAlchemy Connection on the very same sqlite3
    connection: one hop, the same single connection and pool queue, the same
    BEGIN IMMEDIATE. On PostgreSQL the function runs through `run_sync`, so asyncpg
    still does the waiting without a thread. The function owns the transaction:
    `begin()`, then `commit()` or `rollback()` in the same or a later trip.
    """

    def __init__(self, connection: AsyncConnection | None, hop: Callable[..., Any] | None,
                 side: Connection | None) -> None:
        self._connection = connection
        self._hop = hop
        self._side = side

    async def run(self, work: Callable[[Connection], T]) -> T:
        if self._hop is None or self._side is None:
            assert self._connection is not None
            return await self._connection.run_sync(work)
        trip = asyncio.ensure_future(self._hop(work, self._side))
        try:
            return await asyncio.shield(trip)
        except asyncio.CancelledError:
            # The thread finishes the work regardless: the connection goes back to the
            # pool only once nothing runs on it (then the reset sees its true state).
            await asyncio.wait([trip])
            raise


async def _trips_over_pooled(pooled: PoolProxiedConnection, main: Engine) -> Trips:
    """Trips on aiosqlite's own thread, over the same sqlite3 connection."""
    driver = pooled.driver_connection  # the aiosqlite.Connection, with its own thread
    raw = getattr(driver, "_conn", None)
    hop = getattr(driver, "_execute", None)
    if raw is None or hop is None:  # open_database accepts no other SQLite driver
        raise RuntimeError(f"trips need aiosqlite, not {type(driver).__name__}")
    side = pooled.info.get(_SIDE_CONNECTION)
    if side is None or side[0] is not raw:
        side = (raw, await hop(_same_thread_connection, raw, main))
        pooled.info[_SIDE_CONNECTION] = side
    return Trips(None, hop, side[1])


def _same_thread_connection(raw: Any, main: Any) -> Connection:
    """A synchronous Connection over aiosqlite's sqlite3 connection, made on its thread.

    Its statements are announced to the main engine's listeners, so whoever counts or
    logs statements there sees these too.
    """
    # The pool of `main` owns the sqlite3 connection: this one never resets or closes it.
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool,
                           pool_reset_on_return=None)
    event.listen(engine, "begin", _on_sqlite_begin)
    connection = engine.connect()

    def announce(*arguments: Any) -> None:
        main.dispatch.before_cursor_execute(*arguments)

    event.listen(engine, "before_cursor_execute", announce)
    return connection


def default_sqlite_url() -> str:
    """A SQLite file in the user's data directory, so `coach chat` works with no settings."""
    path = Path(platformdirs.user_data_dir("rebound")) / "rebound.db"
    return f"sqlite+aiosqlite:///{path}"


async def open_database(
    url: str, *, connect_args: dict[str, Any] | None = None, migrate: bool = True
) -> Database:
    """Connect, bring the schema to the latest migration, and hand back a ready `Database`.

    `connect_args` go to the driver (tests use it to give each PostgreSQL test its
    own schema through asyncpg's `server_settings`). With `migrate=False` the schema
    is left as it is (several bot processes leave migrating to `coach db upgrade`),
    but the database is still reached once, so an unreachable one fails here.
    """
    parsed = _parse(url)
    safe_url = parsed.render_as_string(hide_password=True)
    arguments = dict(connect_args or {})
    if parsed.drivername.endswith("+asyncpg"):
        arguments.setdefault("timeout", POSTGRES_CONNECT_TIMEOUT)
    try:
        # hide_parameters: an error's message would otherwise quote the values of its
        # statement (what a person wrote, in their conversation or a reply) into the logs.
        engine = create_async_engine(parsed, connect_args=arguments, hide_parameters=True,
                                     **_pool_options(parsed))
    except (SQLAlchemyError, ImportError) as error:
        raise DatabaseUnavailable(
            f"cannot use database {safe_url}: {_reason(error, parsed)} "
            "(supported: sqlite+aiosqlite:// and postgresql+asyncpg://)"
        ) from None
    if engine.dialect.name == "sqlite":
        _create_sqlite_directory(parsed, safe_url)
        event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
        event.listen(engine.sync_engine, "begin", _on_sqlite_begin)
        event.listen(engine.sync_engine, "reset", _on_sqlite_reset)
    try:
        async with engine.begin() as connection:
            if migrate:
                await connection.run_sync(_upgrade_to_head)
            else:
                await connection.execute(text("SELECT 1"))
    except UNREACHABLE_ERRORS as error:
        await engine.dispose()
        message = f"cannot open database {safe_url}: {_reason(error, parsed)}"
        raise DatabaseUnavailable(message) from None
    return Database(engine)


def _pool_options(url: URL) -> dict[str, Any]:
    if url.drivername.partition("+")[0] != "sqlite":
        return {"pool_pre_ping": True}  # survive a server restart between messages
    # `_on_sqlite_reset` rolls back only what is still open: a blind ROLLBACK on every
    # return to the pool costs a trip to aiosqlite's thread.
    if url.database in (None, "", ":memory:"):
        # SQLAlchemy keeps one shared connection for a memory database
        return {"pool_reset_on_return": None}
    # SQLite has one writer at a time: queueing for one connection here is fair and
    # prompt, where several connections would poll the file lock with growing sleeps.
    # A burst (hundreds writing at once) queues longer than the default 30 s; waiting
    # is better than answering them "try again later".
    return {"pool_size": 1, "max_overflow": 0, "pool_timeout": SQLITE_QUEUE_TIMEOUT,
            "pool_reset_on_return": None}


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(
            "not a database URL; expected e.g. sqlite+aiosqlite:///path/to/rebound.db "
            "or postgresql+asyncpg://user@host/dbname"
        ) from None


def _create_sqlite_directory(url: URL, safe_url: str) -> None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    directory = Path(database).expanduser().parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = f"cannot open database {safe_url}: cannot create {directory}: {error.strerror}"
        raise DatabaseUnavailable(message) from None


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take BEGIN away from the driver, so `_on_sqlite_begin` decides how to begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    # A deferred BEGIN that reads and then writes fails at once with "database is
    # locked" when another writer got there first; IMMEDIATE waits (busy_timeout).
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _on_sqlite_reset(dbapi_connection: Any, _record: Any, state: PoolResetState) -> None:
    """A connection back in the pool: roll back what is still open, and only that.

    The sqlite3 connection says whether a transaction is open without a trip to its
    thread; nothing runs there now (`Trips.run` waits for its work even when cancelled).
    """
    if state.transaction_was_reset or not state.asyncio_safe:
        return
    raw = getattr(getattr(dbapi_connection, "driver_connection", None), "_connection", None)
    if not isinstance(raw, sqlite3.Connection) or raw.in_transaction:
        dbapi_connection.rollback()  # not the driver we know: as the pool would


def _upgrade_to_head(connection: Connection) -> SchemaState:
    """Migrate under the lock; the state returned is the one found once the lock was held."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    found = _schema_state(connection)
    config = _alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    return found


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@dataclass(frozen=True, slots=True)
class SchemaState:
    """Which migration a database is at (None: never migrated) and which one is the latest."""

    current: str | None
    head: str

    @property
    def at_head(self) -> bool:
        return self.current == self.head


def _schema_state(connection: Connection) -> SchemaState:
    current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    return SchemaState(current, head or "")


async def schema_state(database: Database) -> SchemaState:
    """Where the schema is, without changing it: bots on PostgreSQL refuse an old one."""
    try:
        async with database.engine.connect() as connection:
            return await connection.run_sync(_schema_state)
    except UNREACHABLE_ERRORS as error:
        reason = _reason(error, database.engine.url)
        raise DatabaseUnavailable(f"cannot read the schema version: {reason}") from None


async def upgrade_schema(database: Database) -> SchemaState:
    """Migrate to head once, however many processes ask at once (the others wait on the lock
    and find nothing to do); returns the state found, so the caller can say what it did."""
    try:
        async with database.engine.begin() as connection:
            return await connection.run_sync(_upgrade_to_head)
    except UNREACHABLE_ERRORS as error:
        reason = _reason(error, database.engine.url)
        raise DatabaseUnavailable(f"cannot migrate the database: {reason}") from None


def _reason(error: BaseException, url: URL) -> str:
    """The first line of what went wrong, without SQL, driver noise or the password."""
    cause = getattr(error, "orig", None) or error
    lines = str(cause).strip().splitlines()
    reason = lines[0] if lines else type(cause).__name__
    if reason.startswith("<class '") and ">: " in reason:
        reason = reason.split(">: ", 1)[1]
    if url.password:
        reason = reason.replace(str(url.password), "***")
    return reason
