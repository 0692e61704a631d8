"""Demand notices the retailer approves: the retailer's address (the notice's sender),
one row per signed version of a notice (its document, SHA-256, Ed25519 signature and
public key, the terms it was drawn on), and on the notice the version approved, the
number that approved it and when it was cancelled.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 12:30:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('retailers', sa.Column('address', sa.Text(), nullable=True))
    op.add_column('legal_notices', sa.Column('approved_version', sa.Integer(), nullable=True))
    op.add_column('legal_notices', sa.Column('approved_by', sa.String(length=16),
                                             nullable=True))
    op.add_column('legal_notices', sa.Column('cancelled_at', sa.DateTime(timezone=True),
                                             nullable=True))
    op.create_table(
        'legal_notice_versions',
        sa.Column('id', sa.BigInteger(), nullable=False),
        sa.Column('notice_id', sa.BigInteger(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('terms', postgresql.JSONB(astext_type=sa.Text()), server_default='{}',
                  nullable=False),
        sa.Column('document_ref', sa.String(length=500), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('signature', sa.String(length=200), nullable=False),
        sa.Column('public_key', sa.String(length=200), nullable=False),
        sa.Column('signed_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['notice_id'], ['legal_notices.id'],
                                name=op.f('fk_legal_notice_versions_notice_id_legal_notices'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_notice_versions')),
        sa.UniqueConstraint('notice_id', 'version',
                            name=op.f('uq_legal_notice_versions_notice_id')),
    )
    op.create_index(op.f('ix_legal_notice_versions_sha256'), 'legal_notice_versions',
                    ['sha256'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_legal_notice_versions_sha256'), table_name='legal_notice_versions')
    op.drop_table('legal_notice_versions')
    op.drop_column('legal_notices', 'cancelled_at')
    op.drop_column('legal_notices', 'approved_by')
    op.drop_column('legal_notices', 'approved_version')
    op.drop_column('retailers', 'address')
