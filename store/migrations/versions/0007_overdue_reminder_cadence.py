"""The chase after the due date: each retailer's cadence of overdue reminders
(retailers.overdue_reminder_days, 3 to 30 days, 7 by default), which overdue reminder
an action is (invoice_actions.ordinal: the notice is the 1st), and, for invoices
already in the ledger, what the schedule now holds for them: the next-step alerts
15, 30 and 45 days after the due date (those still ahead) and, where the notice went
out and the invoice is still open, the next overdue reminder.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 10:00:00
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = "('active', 'overdue', 'notice_sent', 'dispute_filed')"

# Scheduled actions fall at 10:00 IST on their day (store.ledger.action_time).
NEXT_STEP_ALERTS = f"""
INSERT INTO invoice_actions (retailer_id, invoice_id, stage, audience, due_at, status)
SELECT i.retailer_id, i.id, 'overdue_alert_' || d.days, 'retailer',
       ((i.due_date + d.days) + time '10:00') AT TIME ZONE 'Asia/Kolkata', 'pending'
FROM invoices i CROSS JOIN (VALUES (15), (30), (45)) AS d(days)
WHERE i.status IN {OPEN}
  AND ((i.due_date + d.days) + time '10:00') AT TIME ZONE 'Asia/Kolkata' > now()
ON CONFLICT DO NOTHING
"""

# The 2nd overdue reminder, 7 days (the default cadence) after the notice went out.
NEXT_OVERDUE_REMINDER = f"""
INSERT INTO invoice_actions (retailer_id, invoice_id, stage, audience, due_at, status, ordinal)
SELECT a.retailer_id, a.invoice_id, 'overdue_reminder', 'buyer',
       (((max(a.done_at) AT TIME ZONE 'Asia/Kolkata')::date + 7) + time '10:00')
           AT TIME ZONE 'Asia/Kolkata', 'pending', 2
FROM invoice_actions a JOIN invoices i ON i.id = a.invoice_id
WHERE a.stage = 'notice' AND a.status = 'done' AND i.status IN {OPEN}
GROUP BY a.retailer_id, a.invoice_id
ON CONFLICT DO NOTHING
"""


def upgrade() -> None:
    op.add_column('retailers', sa.Column('overdue_reminder_days', sa.Integer(),
                                         server_default='7', nullable=False))
    op.create_check_constraint(op.f('ck_retailers_overdue_reminder_days_range'), 'retailers',
                               'overdue_reminder_days BETWEEN 3 AND 30')
    op.add_column('invoice_actions', sa.Column('ordinal', sa.Integer(), nullable=True))
    op.execute(NEXT_STEP_ALERTS)
    op.execute(NEXT_OVERDUE_REMINDER)


def downgrade() -> None:
    op.execute("DELETE FROM invoice_actions WHERE status = 'pending' AND stage IN "
               "('overdue_reminder', 'overdue_alert_15', 'overdue_alert_30', "
               "'overdue_alert_45')")
    op.drop_column('invoice_actions', 'ordinal')
    op.drop_constraint(op.f('ck_retailers_overdue_reminder_days_range'), 'retailers',
                       type_='check')
    op.drop_column('retailers', 'overdue_reminder_days')
