"""Receiving an inbound message is one statement: ``bakaya_receive_inbound`` stores the
message (recognising a retried delivery by its provider id), creates or touches its
conversation and queues the conversation's processing job, in one transaction, so a
stored message always has its job and an acknowledgement costs one round trip.

The job goes through procrastinate's own ``procrastinate_defer_jobs_v1`` (its
versioned SQL API); a job already queued for the conversation (its queueing lock)
handles this message too, so that case is not an error.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 20:10:00
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECEIVE_INBOUND = """
CREATE OR REPLACE FUNCTION bakaya_receive_inbound(
    p_channel text, p_address text, p_thread_key text, p_provider_id text, p_body text,
    p_media jsonb, p_received_at timestamptz, p_queue text, p_task text,
    OUT stored_message_id bigint, OUT stored_conversation_id bigint, OUT duplicate boolean)
LANGUAGE plpgsql AS $$
DECLARE
    v_retailer bigint;
    v_lock text;
BEGIN
    IF p_provider_id IS NOT NULL THEN
        SELECT m.id, m.conversation_id INTO stored_message_id, stored_conversation_id
        FROM messages m WHERE m.provider_message_id = p_provider_id;
        IF FOUND THEN
            duplicate := true;
            RETURN;
        END IF;
    END IF;
    INSERT INTO conversations AS c (channel, address, thread_key, party, last_inbound_at)
    VALUES (p_channel::channel, p_address, p_thread_key, 'stranger', p_received_at)
    ON CONFLICT (channel, address) DO UPDATE SET last_inbound_at = EXCLUDED.last_inbound_at
    RETURNING c.id INTO stored_conversation_id;
    SELECT r.id INTO v_retailer FROM retailers r WHERE r.phone = p_address;
    INSERT INTO messages AS m (conversation_id, retailer_id, direction, channel,
                               provider_message_id, body, media, status, created_at)
    VALUES (stored_conversation_id, v_retailer, 'inbound', p_channel::channel, p_provider_id,
            p_body, p_media, 'received', p_received_at)
    ON CONFLICT (provider_message_id) WHERE provider_message_id IS NOT NULL DO NOTHING
    RETURNING m.id INTO stored_message_id;
    IF stored_message_id IS NULL THEN  -- the same provider id arrived concurrently
        SELECT m.id, m.conversation_id INTO stored_message_id, stored_conversation_id
        FROM messages m WHERE m.provider_message_id = p_provider_id;
        duplicate := true;
        RETURN;
    END IF;
    duplicate := false;
    IF p_task IS NOT NULL THEN
        v_lock := 'conversation:' || stored_conversation_id;
        BEGIN
            PERFORM procrastinate_defer_jobs_v1(ARRAY[ROW(
                p_queue, p_task, 0, v_lock, v_lock,
                jsonb_build_object('conversation_id', stored_conversation_id),
                NULL)::procrastinate_job_to_defer_v1]);
        EXCEPTION WHEN unique_violation THEN
            NULL;  -- a job is already queued for the conversation: it handles this one too
        END;
    END IF;
END
$$;
"""


def upgrade() -> None:
    op.execute(RECEIVE_INBOUND)


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS bakaya_receive_inbound(text, text, text, text, text,"
               " jsonb, timestamptz, text, text)")
