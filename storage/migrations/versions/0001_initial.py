"""Initial schema: people, conversations, rejections, goals, applications, deliveries.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
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
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=True),
        sa.Column("ping_time", sa.Time(), nullable=True),
        sa.Column("nudges_paused", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("mood_consent", sa.Boolean(), nullable=True),
        sa.Column("unreachable", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("disclosed_at", timestamp(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_people"),
        sa.UniqueConstraint("platform", "user_id", name="uq_people_platform_user_id"),
    )
    op.create_table(
        "conversations",
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", name="fk_conversations_person_id_people", ondelete="CASCADE"
            ),
            nullable=False,
        ),
        sa.Column("state", sa.String(64), nullable=False),
        sa.Column("data", json(), nullable=False),
        sa.Column("updated_at", timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("person_id", name="pk_conversations"),
    )
    op.create_table(
        "rejections",
        sa.Column("id", ID, nullable=False),
        person_id("rejections"),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("company", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("stage", sa.Text(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=True),
        sa.Column("feeling", sa.Text(), nullable=True),
        sa.Column("intensity", sa.Integer(), nullable=True),
        sa.Column("got_feedback", sa.Boolean(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("went_well", sa.Text(), nullable=True),
        sa.Column("do_differently", sa.Text(), nullable=True),
        sa.Column("stage_ratings", json(), nullable=False),
        sa.Column("in_control", sa.Text(), nullable=True),
        sa.Column("out_of_control", sa.Text(), nullable=True),
        sa.Column("fit", sa.Text(), nullable=True),
        sa.Column("lesson", sa.Text(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_rejections"),
    )
    op.create_table(
        "goals",
        sa.Column("id", ID, nullable=False),
        person_id("goals"),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("rejection_id", ID, nullable=True),
        sa.Column("celebrated_at", timestamp(), nullable=True),
        sa.Column("closed_at", timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_goals"),
    )
    op.create_table(
        "applications",
        sa.Column("id", ID, nullable=False),
        person_id("applications"),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("company", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("goal_id", ID, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_applications"),
    )
    for table in ("rejections", "goals", "applications"):
        op.create_index(f"ix_{table}_person_id", table, ["person_id"])
    op.create_table(
        "deliveries",
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("delivery_id", sa.String(128), nullable=False),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey("people.id", name="fk_deliveries_person_id_people", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("platform", "delivery_id", name="pk_deliveries"),
    )
    op.create_index("ix_deliveries_person_id", "deliveries", ["person_id"])
    op.create_index("ix_deliveries_created_at", "deliveries", ["created_at"])


def downgrade() -> None:
    for table in ("deliveries", "applications", "goals", "rejections", "conversations", "people"):
        op.drop_table(table)
