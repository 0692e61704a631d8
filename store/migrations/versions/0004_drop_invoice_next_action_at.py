"""Drop invoices.next_action_at: scheduled actions live in invoice_actions (0003),
whose partial index the payment monitor reads; nothing reads or writes the column.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 18:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index('ix_invoices_next_action_at', table_name='invoices',
                  postgresql_where=sa.text('next_action_at IS NOT NULL'))
    op.drop_column('invoices', 'next_action_at')


def downgrade() -> None:
    op.add_column('invoices', sa.Column('next_action_at', sa.DateTime(timezone=True),
                                        nullable=True))
    op.create_index('ix_invoices_next_action_at', 'invoices', ['next_action_at'], unique=False,
                    postgresql_where=sa.text('next_action_at IS NOT NULL'))
