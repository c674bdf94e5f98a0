"""Nudges: pause and kinds in people, the schedule (next_due_at per person, kind and key),
and the record of deliveries (unique per person, kind and key).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.String(36)


def timestamp() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def json() -> sa.types.TypeEngine[Any]:
    return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def person_id(table: str) -> sa.Column[int]:
    return sa.Column(
        "person_id",
        sa.Integer(),
        sa.ForeignKey("people.id", name=f"fk_{table}_person_id_people", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.add_column("people", sa.Column("nudges_paused_until", timestamp(), nullable=True))
    op.add_column(
        "people", sa.Column("nudges_off", json(), server_default=sa.text("'[]'"), nullable=False)
    )
    # Until now "no daily notes" at /start set nudges_paused; a pause now silences every kind.
    op.execute("UPDATE people SET nudges_paused = false")
    op.create_table(
        "nudge_schedules",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        person_id("nudge_schedules"),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("key", ID, nullable=False),
        sa.Column("next_due_at", timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_nudge_schedules"),
        sa.UniqueConstraint(
            "person_id", "kind", "key", name="uq_nudge_schedules_person_id_kind_key"
        ),
    )
    op.create_index("ix_nudge_schedules_next_due_at", "nudge_schedules", ["next_due_at"])
    op.create_table(
        "nudge_deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        person_id("nudge_deliveries"),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("key", ID, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("due_at", timestamp(), nullable=False),
        sa.Column("next_attempt_at", timestamp(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("sent_at", timestamp(), nullable=True),
        sa.Column("variant", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_nudge_deliveries"),
        sa.UniqueConstraint(
            "person_id", "kind", "key", name="uq_nudge_deliveries_person_id_kind_key"
        ),
    )
    op.create_index("ix_nudge_deliveries_next_attempt_at", "nudge_deliveries", ["next_attempt_at"])
    op.create_index("ix_nudge_deliveries_created_at", "nudge_deliveries", ["created_at"])
    _schedule_existing_daily_pings()


def _schedule_existing_daily_pings() -> None:
    """People who chose a ping time before this version get their next one scheduled.

    Self-contained on purpose (a migration must not change when the app's code does);
    reminders for older goals and rejections are scheduled when those are next saved.
    """
    connection = op.get_bind()
    now = datetime.now(UTC)
    people = connection.execute(
        sa.text("SELECT id, timezone, ping_time FROM people WHERE ping_time IS NOT NULL")
    ).all()
    schedules = sa.table(
        "nudge_schedules", sa.column("person_id", sa.Integer()), sa.column("kind", sa.String()),
        sa.column("key", sa.String()), sa.column("next_due_at", timestamp()),
    )
    rows = [{"person_id": person, "kind": "daily", "key": "", "next_due_at": _next(zone, at, now)}
            for person, zone, at in people]
    if rows:
        op.bulk_insert(schedules, rows)


def _next(zone_name: str | None, at: Any, now: datetime) -> datetime:
    try:
        zone = ZoneInfo(zone_name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    if isinstance(at, str):  # SQLite hands back text
        at = datetime.strptime(at[:8], "%H:%M:%S").time()
    day = now.astimezone(zone).date()
    while True:
        slot = datetime.combine(day, at, tzinfo=zone).astimezone(UTC)
        if slot > now:
            return slot
        day += timedelta(days=1)


def downgrade() -> None:
    op.drop_table("nudge_deliveries")
    op.drop_table("nudge_schedules")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("nudges_off")
        batch.drop_column("nudges_paused_until")
