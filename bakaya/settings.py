"""All settings, from environment variables (prefix ``BAKAYA_``), in one place."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from tools.bank_rate import constant_rate, load_bank_rates
from tools.interest import InterestPolicy, PartialMonth, RateMode


class ConfigurationError(RuntimeError):
    """The settings do not allow starting (e.g. production without a Twilio auth token)."""


def _default_home() -> Path:
    return Path.cwd() / ".bakaya"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BAKAYA_", env_file=".env", extra="ignore",
                                      populate_by_name=True)

    mode: Literal["sandbox", "production"] = "sandbox"
    home: Path = Field(default_factory=_default_home, description="Local data: db, documents.")

    # An external PostgreSQL (with pgvector). Unset: the embedded instance.
    database_url: str | None = Field(default=None, validation_alias="DATABASE_URL")
    embedded_pg_port: int = 54329
    embedded_pg_user: str = "bakaya-pg"

    # Interest conventions (docs/legal-conventions.md: settings with documented defaults).
    bank_rate_file: Path | None = None
    interest_rate_mode: Literal["floating", "frozen"] = "floating"
    # The partial last month: the monthly rate times the fraction of the period
    # elapsed (default), actual/365, or ignored (complete months only).
    interest_partial_month: Literal["period-fraction", "actual-365", "ignored"] = (
        "period-fraction")
    # The older spelling of interest_partial_month=ignored; true wins.
    interest_complete_months_only: bool = False
    bank_rate_override: Decimal | None = None

    # Any OpenAI-compatible endpoint; with neither set every agent runs its
    # deterministic path (rules, patterns, templates).
    openai_api_key: str | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    llm_model: str = Field(default="gpt-4o-mini", validation_alias="BAKAYA_LLM_MODEL")
    llm_timeout_seconds: float = 8.0
    llm_max_tokens: int = 400

    # Twilio: with an account SID and auth token, replies go out through
    # Twilio's REST API and every webhook's signature is checked.
    twilio_account_sid: str | None = Field(default=None, validation_alias="TWILIO_ACCOUNT_SID")
    twilio_auth_token: str | None = Field(default=None, validation_alias="TWILIO_AUTH_TOKEN")
    twilio_whatsapp_from: str | None = Field(default=None,
                                             validation_alias="TWILIO_WHATSAPP_FROM")
    twilio_sms_from: str | None = Field(default=None, validation_alias="TWILIO_SMS_FROM")
    # The public URL Twilio calls (behind a proxy the request URL differs).
    public_base_url: str | None = None

    # The voices phone calls are answered in, per language ("ta=Google.ta-IN-Standard-A,
    # hi=Polly.Aditi"); a language left out keeps the default (channels/voice.py).
    voice_names: str = ""

    # Voice notes. The speech model: empty for the embedded multilingual Whisper base
    # model (installed with the product), or the folder of any CTranslate2 Whisper model
    # (a larger size, an Indic fine-tune). With speech_endpoint set, an OpenAI-compatible
    # transcription endpoint hears them instead (speech_endpoint_model names its model;
    # the key is speech_api_key, else OPENAI_API_KEY).
    speech_model: str = ""
    speech_endpoint: str | None = None
    speech_endpoint_model: str = "whisper-1"
    speech_api_key: str | None = None
    # Below this confidence (0-1) a voice note is answered "could not hear", not acted on.
    speech_min_confidence: float = Field(default=0.35, ge=0.0, le=1.0)
    # How answers to voice notes are spoken: gTTS when reachable, else espeak-ng (auto);
    # espeak-ng only, nothing leaves the machine (espeak); or text only (off).
    voice_replies: Literal["auto", "gtts", "espeak", "off"] = "auto"

    # The bearer token of the HTTP API's ledger endpoints (POST /api/import, /api/extract);
    # unset, they are closed.
    api_token: str | None = None

    # The Invoice Registration Portal's public keys (PEM files, comma-separated): with
    # them an e-invoice's signed QR code is verified before it is believed; without
    # them it is read unverified.
    einvoice_public_keys: str = ""

    # Email (reminders, demand notices with their PDF) through SMTP, beside a provider
    # for the other channels; without a provider everything stays in the local outbox.
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "bakaya@localhost"
    smtp_starttls: bool = True

    # Where `bakaya serve` runs the job worker: a child process it starts and stops (the
    # default: turns never slow the webhooks' acknowledgement), in its own process
    # (in-process), or not at all (none: `bakaya worker` processes run elsewhere).
    serve_worker: Literal["child", "in-process", "none"] = "child"

    # The payment monitor takes due actions in batches of this size (one transaction each).
    monitor_batch_size: int = 200

    host: str = "127.0.0.1"
    port: int = 8000

    # Where documents are kept (notices, filing packs, invoices retailers send): a
    # folder under the home (local) or an S3-compatible bucket (s3; credentials from
    # boto3's usual AWS_* variables). Encrypted at rest either way with the key in
    # document_key_file (created on first run; back it up with the database).
    document_store: Literal["local", "s3"] = "local"
    s3_bucket: str | None = None
    s3_prefix: str = ""
    s3_endpoint_url: str | None = None
    s3_region: str | None = None
    document_key_file: Path | None = None

    @property
    def embedded_pg_dir(self) -> Path:
        return self.home / "pgdata"

    @property
    def documents_dir(self) -> Path:
        """The documents the product keeps, with the local store."""
        return self.home / "documents"

    @property
    def models_dir(self) -> Path:
        """Where the embedded speech model is put together on first use."""
        return self.home / "models"

    @property
    def document_key_path(self) -> Path:
        return self.document_key_file or self.home / "keys" / "documents.key"

    @property
    def signing_key_path(self) -> Path:
        """The Ed25519 key that signs notices: outside the database, created on first run."""
        return self.home / "keys" / "notice-signing.pem"

    def voices(self) -> dict[str, str]:
        """:attr:`voice_names` as language -> Twilio voice."""
        pairs = (item.split("=", 1) for item in self.voice_names.split(",") if "=" in item)
        return {language.strip(): voice.strip() for language, voice in pairs if voice.strip()}

    def einvoice_keys(self) -> tuple[bytes, ...]:
        """The contents of :attr:`einvoice_public_keys`' files."""
        return tuple(Path(name.strip()).read_bytes()
                     for name in self.einvoice_public_keys.split(",") if name.strip())

    def interest_policy(self) -> InterestPolicy:
        """The one interest policy every figure of this deployment follows."""
        if self.bank_rate_override is not None:
            rates = constant_rate(self.bank_rate_override)
        else:
            rates = load_bank_rates(self.bank_rate_file)
        partial = (PartialMonth.IGNORED if self.interest_complete_months_only
                   else PartialMonth(self.interest_partial_month))
        return InterestPolicy(bank_rates=rates, rate_mode=RateMode(self.interest_rate_mode),
                              partial_month=partial)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
