"""Nudges at most once per send attempt: the claim that holds a delivery, and when it was
handed to the platform (issue 10).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("nudge_deliveries", sa.Column("lease_owner", sa.String(64), nullable=True))
    op.add_column(
        "nudge_deliveries", sa.Column("handed_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("nudge_deliveries") as batch:
        batch.drop_column("handed_at")
        batch.drop_column("lease_owner")
