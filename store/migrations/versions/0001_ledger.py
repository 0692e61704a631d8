"""The ledger: retailers, buyers, invoices, payments, communications, notices,
filings, conversations, messages and the append-only audit chain.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 13:51:45.982807
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


APPEND_ONLY = """
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
"""


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS vector")
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_audit_head_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=True),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('details', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('row_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('row_hash', name=op.f('uq_audit_log_row_hash'))
    )
    op.create_index(op.f('ix_audit_log_retailer_id'), 'audit_log', ['retailer_id'], unique=False)
    op.create_table('retailers',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('language', sa.Enum('ta', 'hi', 'en', name='language'), nullable=False),
    sa.Column('udyam_number', sa.String(length=19), nullable=True),
    sa.Column('udyam_registered_on', sa.Date(), nullable=True),
    sa.Column('enterprise_type', sa.Enum('micro', 'small', 'medium', name='enterprise_type'), nullable=True),
    sa.Column('activity', sa.Enum('manufacturing', 'services', 'trading', name='activity'), nullable=True),
    sa.Column('gstin', sa.String(length=15), nullable=True),
    sa.Column('upi_id', sa.String(length=100), nullable=True),
    sa.Column('consent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('consent_version', sa.String(length=20), nullable=True),
    sa.Column('daily_summary', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retailers')),
    sa.UniqueConstraint('phone', name=op.f('uq_retailers_phone')),
    sa.UniqueConstraint('udyam_number', name=op.f('uq_retailers_udyam_number'))
    )
    op.create_table('buyers',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=False),
    sa.Column('gstin', sa.String(length=15), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('language', sa.Enum('ta', 'hi', 'en', name='language'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_buyers_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_buyers')),
    sa.UniqueConstraint('id', 'retailer_id', name='uq_buyers_id_retailer')
    )
    op.create_index(op.f('ix_buyers_retailer_id'), 'buyers', ['retailer_id'], unique=False)
    op.create_index('ix_buyers_retailer_phone', 'buyers', ['retailer_id', 'phone'], unique=False)
    op.create_index('uq_buyers_retailer_gstin', 'buyers', ['retailer_id', 'gstin'], unique=True, postgresql_where=sa.text('gstin IS NOT NULL'))
    op.create_table('conversations',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=True),
    sa.Column('channel', sa.Enum('whatsapp', 'sms', 'email', 'voice', 'sandbox', name='channel'), nullable=False),
    sa.Column('address', sa.String(length=254), nullable=False),
    sa.Column('party', sa.String(length=20), nullable=False),
    sa.Column('thread_key', sa.String(length=64), nullable=False),
    sa.Column('language', sa.Enum('ta', 'hi', 'en', name='language'), nullable=True),
    sa.Column('last_inbound_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_conversations_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversations')),
    sa.UniqueConstraint('channel', 'address', name=op.f('uq_conversations_channel')),
    sa.UniqueConstraint('thread_key', name=op.f('uq_conversations_thread_key'))
    )
    op.create_index(op.f('ix_conversations_retailer_id'), 'conversations', ['retailer_id'], unique=False)
    op.create_table('buyer_channel_preferences',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('buyer_id', sa.BigInteger(), nullable=False),
    sa.Column('channel', sa.Enum('whatsapp', 'sms', 'email', 'voice', 'sandbox', name='channel'), nullable=False),
    sa.Column('opted_in_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('opted_out_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('source', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['buyer_id'], ['buyers.id'], name=op.f('fk_buyer_channel_preferences_buyer_id_buyers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_buyer_channel_preferences')),
    sa.UniqueConstraint('buyer_id', 'channel', name=op.f('uq_buyer_channel_preferences_buyer_id'))
    )
    op.create_table('dispute_filings',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=False),
    sa.Column('buyer_id', sa.BigInteger(), nullable=False),
    sa.Column('portal', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('payload', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('portal_reference', sa.String(length=64), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('filed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['buyer_id'], ['buyers.id'], name=op.f('fk_dispute_filings_buyer_id_buyers')),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_dispute_filings_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_filings'))
    )
    op.create_index(op.f('ix_dispute_filings_retailer_id'), 'dispute_filings', ['retailer_id'], unique=False)
    op.create_table('invoices',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=False),
    sa.Column('buyer_id', sa.BigInteger(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('invoice_date', sa.Date(), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=False),
    sa.Column('agreed_credit_days', sa.Integer(), nullable=True),
    sa.Column('credit_days_applied', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('interest_from', sa.Date(), nullable=False),
    sa.Column('principal', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('contractual_annual_rate', sa.Numeric(precision=7, scale=4), nullable=True),
    sa.Column('status', sa.Enum('active', 'overdue', 'notice_sent', 'dispute_filed', 'paid', 'written_off', name='invoice_status'), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('next_action_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('document_refs', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('accepted_on >= invoice_date', name=op.f('ck_invoices_accepted_after_invoice')),
    sa.CheckConstraint('agreed_credit_days IS NULL OR agreed_credit_days >= 0', name=op.f('ck_invoices_agreed_days_not_negative')),
    sa.CheckConstraint('principal > 0', name=op.f('ck_invoices_principal_positive')),
    sa.ForeignKeyConstraint(['buyer_id', 'retailer_id'], ['buyers.id', 'buyers.retailer_id'], name='fk_invoices_buyer_same_retailer'),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_invoices_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
    sa.UniqueConstraint('id', 'retailer_id', name='uq_invoices_id_retailer'),
    sa.UniqueConstraint('retailer_id', 'number', name=op.f('uq_invoices_retailer_id'))
    )
    op.create_index(op.f('ix_invoices_buyer_id'), 'invoices', ['buyer_id'], unique=False)
    op.create_index('ix_invoices_next_action_at', 'invoices', ['next_action_at'], unique=False, postgresql_where=sa.text('next_action_at IS NOT NULL'))
    op.create_index('ix_invoices_retailer_status', 'invoices', ['retailer_id', 'status'], unique=False)
    op.create_table('legal_notices',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=False),
    sa.Column('buyer_id', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('language', sa.Enum('ta', 'hi', 'en', name='language'), nullable=False),
    sa.Column('interest_as_of', sa.Date(), nullable=False),
    sa.Column('principal_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('interest_total', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('computation', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('document_ref', sa.String(length=500), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['buyer_id'], ['buyers.id'], name=op.f('fk_legal_notices_buyer_id_buyers')),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_legal_notices_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_notices')),
    sa.UniqueConstraint('reference', name=op.f('uq_legal_notices_reference'))
    )
    op.create_index(op.f('ix_legal_notices_retailer_id'), 'legal_notices', ['retailer_id'], unique=False)
    op.create_table('messages',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('conversation_id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=True),
    sa.Column('direction', sa.Enum('inbound', 'outbound', name='direction'), nullable=False),
    sa.Column('channel', sa.Enum('whatsapp', 'sms', 'email', 'voice', 'sandbox', name='channel'), nullable=False),
    sa.Column('provider_message_id', sa.String(length=64), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('media', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id'], name=op.f('fk_messages_conversation_id_conversations')),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_messages_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_messages'))
    )
    op.create_index('ix_messages_conversation_created', 'messages', ['conversation_id', 'id'], unique=False)
    op.create_index(op.f('ix_messages_retailer_id'), 'messages', ['retailer_id'], unique=False)
    op.create_index('uq_messages_provider_message_id', 'messages', ['provider_message_id'], unique=True, postgresql_where=sa.text('provider_message_id IS NOT NULL'))
    op.create_table('communications',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=False),
    sa.Column('invoice_id', sa.BigInteger(), nullable=True),
    sa.Column('buyer_id', sa.BigInteger(), nullable=True),
    sa.Column('channel', sa.Enum('whatsapp', 'sms', 'email', 'voice', 'sandbox', name='channel'), nullable=False),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('stage', sa.String(length=40), nullable=False),
    sa.Column('template_id', sa.String(length=100), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('variables', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('delivery_status', sa.String(length=20), nullable=False),
    sa.Column('retries', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.String(length=64), nullable=True),
    sa.Column('error_code', sa.String(length=20), nullable=True),
    sa.Column('idempotency_key', sa.String(length=200), nullable=False),
    sa.Column('scheduled_for', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status_updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['buyer_id'], ['buyers.id'], name=op.f('fk_communications_buyer_id_buyers')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_communications_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_communications_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communications')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_communications_idempotency_key'))
    )
    op.create_index(op.f('ix_communications_invoice_id'), 'communications', ['invoice_id'], unique=False)
    op.create_index(op.f('ix_communications_retailer_id'), 'communications', ['retailer_id'], unique=False)
    op.create_index('uq_communications_provider_id', 'communications', ['provider_id'], unique=True, postgresql_where=sa.text('provider_id IS NOT NULL'))
    op.create_table('legal_notice_invoices',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('notice_id', sa.BigInteger(), nullable=False),
    sa.Column('invoice_id', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_legal_notice_invoices_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['notice_id'], ['legal_notices.id'], name=op.f('fk_legal_notice_invoices_notice_id_legal_notices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_notice_invoices')),
    sa.UniqueConstraint('notice_id', 'invoice_id', name=op.f('uq_legal_notice_invoices_notice_id'))
    )
    op.create_table('payments',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('retailer_id', sa.BigInteger(), nullable=False),
    sa.Column('invoice_id', sa.BigInteger(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payments_amount_positive')),
    sa.ForeignKeyConstraint(['invoice_id', 'retailer_id'], ['invoices.id', 'invoices.retailer_id'], name='fk_payments_invoice_same_retailer'),
    sa.ForeignKeyConstraint(['retailer_id'], ['retailers.id'], name=op.f('fk_payments_retailer_id_retailers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    op.create_index(op.f('ix_payments_invoice_id'), 'payments', ['invoice_id'], unique=False)
    op.create_index(op.f('ix_payments_retailer_id'), 'payments', ['retailer_id'], unique=False)
    op.execute(APPEND_ONLY)
    op.execute(
        "CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log"
        " FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
        " FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update_delete ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    op.drop_index(op.f('ix_payments_retailer_id'), table_name='payments')
    op.drop_index(op.f('ix_payments_invoice_id'), table_name='payments')
    op.drop_table('payments')
    op.drop_table('legal_notice_invoices')
    op.drop_index('uq_communications_provider_id', table_name='communications', postgresql_where=sa.text('provider_id IS NOT NULL'))
    op.drop_index(op.f('ix_communications_retailer_id'), table_name='communications')
    op.drop_index(op.f('ix_communications_invoice_id'), table_name='communications')
    op.drop_table('communications')
    op.drop_index('uq_messages_provider_message_id', table_name='messages', postgresql_where=sa.text('provider_message_id IS NOT NULL'))
    op.drop_index(op.f('ix_messages_retailer_id'), table_name='messages')
    op.drop_index('ix_messages_conversation_created', table_name='messages')
    op.drop_table('messages')
    op.drop_index(op.f('ix_legal_notices_retailer_id'), table_name='legal_notices')
    op.drop_table('legal_notices')
    op.drop_index('ix_invoices_retailer_status', table_name='invoices')
    op.drop_index('ix_invoices_next_action_at', table_name='invoices', postgresql_where=sa.text('next_action_at IS NOT NULL'))
    op.drop_index(op.f('ix_invoices_buyer_id'), table_name='invoices')
    op.drop_table('invoices')
    op.drop_index(op.f('ix_dispute_filings_retailer_id'), table_name='dispute_filings')
    op.drop_table('dispute_filings')
    op.drop_table('buyer_channel_preferences')
    op.drop_index(op.f('ix_conversations_retailer_id'), table_name='conversations')
    op.drop_table('conversations')
    op.drop_index('uq_buyers_retailer_gstin', table_name='buyers', postgresql_where=sa.text('gstin IS NOT NULL'))
    op.drop_index('ix_buyers_retailer_phone', table_name='buyers')
    op.drop_index(op.f('ix_buyers_retailer_id'), table_name='buyers')
    op.drop_table('buyers')
    op.drop_table('retailers')
    op.drop_index(op.f('ix_audit_log_retailer_id'), table_name='audit_log')
    op.drop_table('audit_log')
    op.drop_table('audit_head')
    for enum_type in ("invoice_status", "direction", "channel", "activity", "enterprise_type",
                      "language"):
        op.execute(f"DROP TYPE IF EXISTS {enum_type}")
