"""Safety: the person's chosen country, and the hold on goal pressure after a crisis message.

The gentle check-in the day after uses the existing nudge tables (a new kind,
`crisis_check_in`, keyed by the local date of the message), so it needs no table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("people", sa.Column("country", sa.String(2), nullable=True))
    op.add_column(
        "people", sa.Column("crisis_paused_until", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.drop_column("crisis_paused_until")
        batch.drop_column("country")
