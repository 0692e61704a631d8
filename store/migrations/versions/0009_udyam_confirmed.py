"""When and how a retailer's Udyam details were confirmed before a filing: checked by a
verification service, or confirmed by the retailer against their certificate.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 14:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('retailers', sa.Column('udyam_confirmed_at', sa.DateTime(timezone=True),
                                         nullable=True))
    op.add_column('retailers', sa.Column('udyam_confirmed_by', sa.String(length=40),
                                         nullable=True))


def downgrade() -> None:
    op.drop_column('retailers', 'udyam_confirmed_by')
    op.drop_column('retailers', 'udyam_confirmed_at')
