"""What a voice note said: its transcript, kept on the inbound message so a turn that
runs again is not heard again, and so what was acted on can be read later.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 07:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('messages', sa.Column('transcript', postgresql.JSONB(), nullable=True))


def downgrade() -> None:
    op.drop_column('messages', 'transcript')
