"""The reply outbox: a turn's replies are written with the turn and deleted once sent.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def timestamp() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "outgoing_replies",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "person_id",
            sa.Integer(),
            sa.ForeignKey(
                "people.id", name="fk_outgoing_replies_person_id_people", ondelete="CASCADE"
            ),
            nullable=True,
        ),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column(
            "body", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("attachment_name", sa.Text(), nullable=True),
        sa.Column("attachment_type", sa.Text(), nullable=True),
        sa.Column("attachment_data", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", timestamp(), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("lease_owner", sa.String(64), nullable=True),
        sa.Column("lease_until", timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_outgoing_replies"),
    )
    op.create_index("ix_outgoing_replies_person_id", "outgoing_replies", ["person_id"])
    op.create_index("ix_outgoing_replies_lease_until", "outgoing_replies", ["lease_until"])


def downgrade() -> None:
    op.drop_table("outgoing_replies")
