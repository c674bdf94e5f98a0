"""The search over weeks: applications with a status and an interview date, the weekly
review's day and time and the no-reply wait per person (issue 12).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.String(36)


def timestamp() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    # Existing applications were all simply "sent": that is where they stand.
    op.add_column("applications", sa.Column(
        "status", sa.String(16), server_default="applied", nullable=False))
    op.add_column("applications", sa.Column("status_at", timestamp(), nullable=True))
    op.add_column("applications", sa.Column("interview_at", timestamp(), nullable=True))
    op.add_column("applications", sa.Column("rejection_id", ID, nullable=True))
    op.add_column("applications", sa.Column("prep_read_at", timestamp(), nullable=True))
    op.add_column("people", sa.Column("review_weekday", sa.Integer(), nullable=True))
    op.add_column("people", sa.Column("review_time", sa.Time(), nullable=True))
    op.add_column("people", sa.Column("no_reply_days", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("no_reply_days")
        batch.drop_column("review_time")
        batch.drop_column("review_weekday")
    with op.batch_alter_table("applications") as batch:
        batch.drop_column("prep_read_at")
        batch.drop_column("rejection_id")
        batch.drop_column("interview_at")
        batch.drop_column("status_at")
        batch.drop_column("status")
