"""Everything a running product needs, built once from the settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from langgraph.checkpoint.postgres import PostgresSaver
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from agents.deps import AgentDeps
from agents.filing_preparation import FilingDesk
from agents.graph import ConversationGraph, build_graph
from agents.legal_drafting import NoticeDesk
from agents.llm import ModelEndpoint, make_chat_model
from agents.payment_monitor import MonitorDeps, run_daily_summaries, run_monitor
from agents.speech import Speaker
from bakaya.jobs import JobQueue, ensure_schema
from bakaya.settings import ConfigurationError, Settings
from bakaya.speech import transcriber
from channels.conversations import ConversationService
from channels.email import ChannelSenders, SmtpSender, SmtpSettings
from channels.inbound_media import MediaFetcher, SandboxUploads
from channels.media import document_for_url, document_url, media_secret, qr_url
from channels.outbox import Sender
from channels.twilio import TwilioSender
from channels.voice_notes import VoiceNotes
from store.clock import Clock, SandboxClock, SystemClock
from store.documents import DocumentStore, S3Backend, load_document_key
from store.models import Channel
from store.unit_of_work import unit_source
from tools.festivals import FestivalCalendar
from tools.signing import load_signing_key


def model_endpoint(settings: Settings) -> ModelEndpoint:
    """The chat model's endpoint, from the settings (none configured: no model)."""
    return ModelEndpoint(api_key=settings.openai_api_key, base_url=settings.openai_base_url,
                         model=settings.llm_model, timeout_seconds=settings.llm_timeout_seconds,
                         max_tokens=settings.llm_max_tokens)


def libpq_conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def make_checkpointer(url: str) -> tuple[PostgresSaver, ConnectionPool[Any]]:
    pool: ConnectionPool[Any] = ConnectionPool(
        libpq_conninfo(url), min_size=1, max_size=8, open=True,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row})
    saver = PostgresSaver(pool)
    saver.setup()
    return saver, pool


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    clock: Clock
    graph: ConversationGraph
    service: ConversationService
    deps: AgentDeps
    sender: Sender | None = None
    media_secret: str = ""
    documents: DocumentStore | None = None
    due_jobs: dict[str, Callable[[datetime], int]] = field(default_factory=dict)
    jobs: JobQueue = field(init=False, repr=False)
    _pool: ConnectionPool[Any] | None = field(default=None, repr=False)

    @property
    def sandbox(self) -> bool:
        return self.settings.mode == "sandbox"

    def run_due(self, now: datetime) -> dict[str, int]:
        """Run whatever has become due by ``now`` (scheduled reminders, alerts).

        Nothing is scheduled by the conversational core itself; the payment
        monitor registers its work here.
        """
        counts: dict[str, int] = {}
        for name, job in self.due_jobs.items():
            counts[name] = job(now)
        return counts

    def close(self) -> None:
        self.jobs.shutdown()
        if self._pool is not None:
            self._pool.close()


def document_store(settings: Settings) -> DocumentStore:
    """The documents of this deployment, where the settings keep them, encrypted."""
    key = load_document_key(settings.document_key_path)
    if settings.document_store == "s3":
        import boto3

        if not settings.s3_bucket:
            raise ConfigurationError("BAKAYA_DOCUMENT_STORE=s3 needs BAKAYA_S3_BUCKET")
        client = boto3.client("s3", endpoint_url=settings.s3_endpoint_url,
                              region_name=settings.s3_region)
        return DocumentStore(S3Backend(client, settings.s3_bucket, settings.s3_prefix), key=key)
    return DocumentStore(settings.documents_dir, key=key)


def sandbox_uploads(settings: Settings) -> SandboxUploads | None:
    """Files attached on the sandbox page (sandbox mode only)."""
    return SandboxUploads(settings.home / "sandbox-uploads") if settings.mode == "sandbox" \
        else None


def check_settings(settings: Settings) -> None:
    if settings.mode == "production" and not settings.twilio_auth_token:
        raise ConfigurationError(
            "production mode needs TWILIO_AUTH_TOKEN: webhooks must be signature-checked")


def build_runtime(settings: Settings, engine: Engine, url: str, *,
                  clock: Clock | None = None, sender: Sender | None = None,
                  max_workers: int = 4, start_worker: bool = False) -> Runtime:
    """Everything wired; ``start_worker`` runs a job worker in this process (embedded)."""
    check_settings(settings)
    if sender is None and settings.twilio_account_sid and settings.twilio_auth_token:
        callback = (settings.public_base_url.rstrip("/") + "/twilio/status"
                    if settings.public_base_url else None)
        sender = TwilioSender(settings.twilio_account_sid, settings.twilio_auth_token,
                              whatsapp_from=settings.twilio_whatsapp_from,
                              sms_from=settings.twilio_sms_from, status_callback=callback)
    clock = clock or (SandboxClock(engine) if settings.mode == "sandbox" else SystemClock())
    secret = media_secret(engine)
    base = settings.public_base_url or ""
    documents = document_store(settings)
    if sender is not None and settings.smtp_host:
        smtp = SmtpSender(SmtpSettings(
            host=settings.smtp_host, port=settings.smtp_port, username=settings.smtp_username,
            password=settings.smtp_password, from_address=settings.smtp_from,
            starttls=settings.smtp_starttls),
            lambda url: document_for_url(url, secret, documents))
        sender = ChannelSenders({Channel.EMAIL: smtp}, default=sender)

    def qr(link: str) -> str:
        return qr_url(base, secret, link)

    def document_link(ref: str, now: datetime) -> str:
        return document_url(base, secret, ref, now)

    chat_model = make_chat_model(model_endpoint(settings))
    fetcher = MediaFetcher(account_sid=settings.twilio_account_sid,
                           auth_token=settings.twilio_auth_token,
                           sandbox=sandbox_uploads(settings))
    policy = settings.interest_policy()
    desk = NoticeDesk(documents, load_signing_key(settings.signing_key_path), policy,
                      chat_model)
    deps = AgentDeps(interest_policy=policy, chat_model=chat_model, qr_url=qr,
                     notices=desk, filings=FilingDesk(documents, policy),
                     document_url=document_link,
                     local_outbox=sender is None,
                     fetch_media=fetcher,
                     documents=documents, einvoice_keys=settings.einvoice_keys())
    saver, pool = make_checkpointer(url)
    graph = build_graph(deps, saver)
    voice_notes = VoiceNotes(fetch=fetcher, transcriber=transcriber(settings),
                             speaker=Speaker(settings.voice_replies), documents=documents,
                             link=document_link, min_confidence=settings.speech_min_confidence)
    service = ConversationService(engine, graph, clock, local_outbox=sender is None,
                                  voice_notes=voice_notes)
    runtime = Runtime(settings=settings, engine=engine, clock=clock, graph=graph,
                      service=service, deps=deps, sender=sender, media_secret=secret,
                      documents=documents,
                      _pool=pool)
    monitor_deps = MonitorDeps(interest_policy=deps.interest_policy,
                               festivals=FestivalCalendar.load(),
                               chat_model=deps.chat_model, local_outbox=sender is None,
                               qr_url=qr)
    units = unit_source(engine)
    runtime.due_jobs["reminders"] = lambda now: run_monitor(
        units, now, monitor_deps, batch_size=settings.monitor_batch_size).sent
    runtime.due_jobs["daily_summaries"] = lambda now: run_daily_summaries(units, now,
                                                                          monitor_deps)
    ensure_schema(engine)
    runtime.jobs = JobQueue(runtime, libpq_conninfo(url))
    if start_worker:
        runtime.jobs.start_worker(concurrency=max_workers)
    return runtime
