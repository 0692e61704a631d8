"""Scheduled invoice actions (reminder stages, alerts, promise follow-ups) with a
partial index on what is pending, buyer replies as understood, reminder pauses,
and the outbox's send-started mark for reconciliation.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:36:44.480429
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('buyer_replies',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=False),
    sa.Column('buyer_id', sa.BigInteger(), nullable=False),
    sa.Column('invoice_id', sa.BigInteger(), nullable=True),
    sa.Column('message_id', sa.BigInteger(), nullable=False),
    sa.Column('intent', sa.String(length=20), nullable=False),
    sa.Column('promised_date', sa.Date(), nullable=True),
    sa.Column('reference', sa.String(length=100), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['buyer_id'], ['buyers.id'], name=op.f('fk_buyer_replies_buyer_id_buyers')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_buyer_replies_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_buyer_replies_message_id_messages')),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_buyer_replies_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_buyer_replies')),
    sa.UniqueConstraint('message_id', name=op.f('uq_buyer_replies_message_id'))
    )
    op.create_index(op.f('ix_buyer_replies_buyer_id'), 'buyer_replies', ['buyer_id'], unique=False)
    op.create_index(op.f('ix_buyer_replies_invoice_id'), 'buyer_replies', ['invoice_id'], unique=False)
    op.create_index(op.f('ix_buyer_replies_retailer_id'), 'buyer_replies', ['retailer_id'], unique=False)
    op.create_table('invoice_actions',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=False),
    sa.Column('invoice_id', sa.BigInteger(), nullable=False),
    sa.Column('stage', sa.String(length=40), nullable=False),
    sa.Column('audience', sa.String(length=10), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_actions_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_invoice_actions_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_actions')),
    sa.UniqueConstraint('invoice_id', 'stage', 'due_at', name=op.f('uq_invoice_actions_invoice_id'))
    )
    op.create_index(op.f('ix_invoice_actions_invoice_id'), 'invoice_actions', ['invoice_id'], unique=False)
    op.create_index('ix_invoice_actions_pending_due', 'invoice_actions', ['due_at'], unique=False, postgresql_where=sa.text("status = 'pending'"))
    op.create_index(op.f('ix_invoice_actions_retailer_id'), 'invoice_actions', ['retailer_id'], unique=False)
    op.add_column('invoices', sa.Column('reminders_paused_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('invoices', sa.Column('pause_reason', sa.Text(), nullable=True))
    op.add_column('outbox', sa.Column('send_started_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column('outbox', 'send_started_at')
    op.drop_column('invoices', 'pause_reason')
    op.drop_column('invoices', 'reminders_paused_at')
    op.drop_index(op.f('ix_invoice_actions_retailer_id'), table_name='invoice_actions')
    op.drop_index('ix_invoice_actions_pending_due', table_name='invoice_actions', postgresql_where=sa.text("status = 'pending'"))
    op.drop_index(op.f('ix_invoice_actions_invoice_id'), table_name='invoice_actions')
    op.drop_table('invoice_actions')
    op.drop_index(op.f('ix_buyer_replies_retailer_id'), table_name='buyer_replies')
    op.drop_index(op.f('ix_buyer_replies_invoice_id'), table_name='buyer_replies')
    op.drop_index(op.f('ix_buyer_replies_buyer_id'), table_name='buyer_replies')
    op.drop_table('buyer_replies')
