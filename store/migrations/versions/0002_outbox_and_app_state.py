"""The outbox (every outbound message, written with its cause) and app state
(e.g. the sandbox clock); replies point at the message they answer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:02:42.819136
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('app_state',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_state'))
    )
    op.create_table('outbox',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('channel', postgresql.ENUM(name='channel', create_type=False), nullable=False),
    sa.Column('to_address', sa.String(length=254), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('media', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('template_id', sa.String(length=100), nullable=True),
    sa.Column('template_variables', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('message_id', sa.BigInteger(), nullable=True),
    sa.Column('communication_id', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('provider_id', sa.String(length=64), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['communication_id'], ['communications.id'], name=op.f('fk_outbox_communication_id_communications')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_outbox_message_id_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox'))
    )
    op.create_index(op.f('ix_outbox_message_id'), 'outbox', ['message_id'], unique=False)
    op.create_index('ix_outbox_pending', 'outbox', ['id'], unique=False, postgresql_where=sa.text("status = 'pending'"))
    op.create_index('ix_outbox_to_address', 'outbox', ['to_address', 'id'], unique=False)
    op.add_column('messages', sa.Column('in_reply_to_id', sa.BigInteger(), nullable=True))
    op.create_index(op.f('ix_messages_in_reply_to_id'), 'messages', ['in_reply_to_id'], unique=False)
    op.create_foreign_key(op.f('fk_messages_in_reply_to_id_messages'), 'messages', 'messages', ['in_reply_to_id'], ['id'])


def downgrade() -> None:
    op.drop_constraint(op.f('fk_messages_in_reply_to_id_messages'), 'messages', type_='foreignkey')
    op.drop_index(op.f('ix_messages_in_reply_to_id'), table_name='messages')
    op.drop_column('messages', 'in_reply_to_id')
    op.drop_index('ix_outbox_to_address', table_name='outbox')
    op.drop_index('ix_outbox_pending', table_name='outbox', postgresql_where=sa.text("status = 'pending'"))
    op.drop_index(op.f('ix_outbox_message_id'), table_name='outbox')
    op.drop_table('outbox')
    op.drop_table('app_state')
