"""Messages whose turn kept failing: attempts, the last error, and when the message
was set aside (kept for an operator while the conversation goes on); an index on
the inbound messages not yet handled, for the sweep that finds stranded ones.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 18:30:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('messages', sa.Column('turn_attempts', sa.Integer(), server_default='0',
                                        nullable=False))
    op.add_column('messages', sa.Column('turn_error', sa.Text(), nullable=True))
    op.add_column('messages', sa.Column('set_aside_at', sa.DateTime(timezone=True),
                                        nullable=True))
    op.create_index('ix_messages_set_aside', 'messages', ['set_aside_at'], unique=False,
                    postgresql_where=sa.text('set_aside_at IS NOT NULL'))
    op.create_index('ix_messages_unprocessed', 'messages', ['conversation_id'], unique=False,
                    postgresql_where=sa.text("direction = 'inbound' AND processed_at IS NULL"))


def downgrade() -> None:
    op.drop_index('ix_messages_unprocessed', table_name='messages',
                  postgresql_where=sa.text("direction = 'inbound' AND processed_at IS NULL"))
    op.drop_index('ix_messages_set_aside', table_name='messages',
                  postgresql_where=sa.text('set_aside_at IS NOT NULL'))
    op.drop_column('messages', 'set_aside_at')
    op.drop_column('messages', 'turn_error')
    op.drop_column('messages', 'turn_attempts')
