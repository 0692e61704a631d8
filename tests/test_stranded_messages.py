"""A message stored but never given its job (the process died between the two) is
picked up by the sweep the workers run every minute, not at the next restart."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, select, text

from bakaya.runtime import build_runtime
from channels.messages import InboundMessage
from prompts import render
from store.db import transaction
from store.models import Channel, OutboxEntry
from tests.utils.harness import FixedClock, make_settings

SENDER = "+919876500022"


def _jobs(engine: Engine) -> int:
    with transaction(engine) as session:
        return int(session.execute(text(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'process_conversation'"
        )).scalar_one())


def test_a_stranded_message_is_answered_after_the_sweep(engine: Engine,
                                                        database_url: str) -> None:
    clock = FixedClock(datetime(2026, 10, 10, 6, tzinfo=UTC))
    runtime = build_runtime(make_settings(database_url), engine, database_url, clock=clock)
    try:
        runtime.service.receive(InboundMessage(
            channel=Channel.WHATSAPP, sender=SENDER, recipient="+918000000000", text="hi",
            provider_id="SM" + "7" * 32, received_at=clock.now()))
        assert _jobs(engine) == 0  # stored, and the process "died" before deferring
        sweep = runtime.jobs.app.tasks["sweep_stranded"]
        sweep(timestamp=0)  # what the workers run every minute
        sweep(timestamp=60)  # a second sweep before the job ran adds nothing
        assert _jobs(engine) == 1
        runtime.jobs.start_worker(concurrency=1)
        runtime.jobs.drain()
        with transaction(engine) as session:
            replies = list(session.execute(select(OutboxEntry.body).where(
                OutboxEntry.to_address == SENDER)).scalars())
        assert replies and render("onboarding-welcome", "en")[:20] in replies[0], replies
    finally:
        runtime.close()
