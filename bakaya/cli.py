"""The ``bakaya`` command line. Its names, flags and JSON keys are a contract."""

from __future__ import annotations

import json
import os
import signal
import sys
from datetime import UTC, date, datetime
from typing import Annotated, Any, NoReturn

import typer

from bakaya.settings import get_settings
from prompts import LANGUAGES, render
from tools.errors import InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Bakaya: get paid on time under the MSMED Act.")
audit_app = typer.Typer(no_args_is_help=True, help="The hash-chained audit log.")
db_app = typer.Typer(no_args_is_help=True, help="The database (embedded or DATABASE_URL).")
retailer_app = typer.Typer(no_args_is_help=True, help="Retailers (the tenants).")
buyer_app = typer.Typer(no_args_is_help=True, help="A retailer's buyers.")
invoice_app = typer.Typer(no_args_is_help=True, help="A retailer's invoices.")
payment_app = typer.Typer(no_args_is_help=True, help="Payments against invoices.")
notice_app = typer.Typer(no_args_is_help=True, help="Signed demand notices.")
app.add_typer(audit_app, name="audit")
app.add_typer(db_app, name="db")
app.add_typer(retailer_app, name="retailer")
app.add_typer(buyer_app, name="buyer")
app.add_typer(invoice_app, name="invoice")
app.add_typer(payment_app, name="payment")
app.add_typer(notice_app, name="notice")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON.")]
LangOption = Annotated[str, typer.Option("--lang", help="Language of messages: ta, hi or en.")]


def _print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _fail(error: InputError, language: str, as_json: bool) -> NoReturn:
    if as_json:
        _print_json({"error": error.as_dict(language)})
    typer.echo(render("cli-error", language, message=error.render(language)), err=True)
    raise typer.Exit(2)


# -- stateless legal queries ----------------------------------------------------------------

@app.command()
def quote(
    principal: Annotated[str, typer.Option(help="Invoice amount in rupees.")],
    accepted: Annotated[str, typer.Option(help="Acceptance (delivery) date, YYYY-MM-DD.")],
    as_of: Annotated[str, typer.Option("--as-of", help="Compute as of this date, YYYY-MM-DD.")],
    agreed_days: Annotated[int | None, typer.Option(
        "--agreed-days", help="Credit days agreed in writing (capped at 45).")] = None,
    bank_rate: Annotated[str | None, typer.Option(
        "--bank-rate", help="Force a constant RBI Bank Rate, in percent.")] = None,
    payment: Annotated[list[str] | None, typer.Option(
        "--payment", help="A part payment, YYYY-MM-DD:AMOUNT (repeatable).")] = None,
    complete_months_only: Annotated[bool, typer.Option(
        "--complete-months-only", help="Ignore the partial last month.")] = False,
    invoice_date: Annotated[str | None, typer.Option(
        "--invoice-date", help="Invoice date if not the acceptance date.")] = None,
    rate_mode: Annotated[str | None, typer.Option(
        "--rate-mode", help="floating (rate at each monthly rest) or frozen.")] = None,
    partial_month: Annotated[str | None, typer.Option(
        "--partial-month",
        help="period-fraction (default), actual-365 or ignored.")] = None,
    enterprise_type: Annotated[str | None, typer.Option("--enterprise-type")] = None,
    activity: Annotated[str | None, typer.Option("--activity")] = None,
    udyam_registered: Annotated[str | None, typer.Option("--udyam-registered")] = None,
    contract_rate: Annotated[str | None, typer.Option(
        "--contract-rate", help="Agreed annual interest rate (for non-s.16 claims).")] = None,
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """Section 15 due date and Section 16 interest for one invoice."""
    from channels.queries import QuoteRequest, run_quote

    try:
        result = run_quote(QuoteRequest(
            principal=principal, accepted=accepted, as_of=as_of, invoice_date=invoice_date,
            agreed_days=agreed_days, bank_rate=bank_rate, payments=list(payment or []),
            complete_months_only=complete_months_only, rate_mode=rate_mode,
            partial_month=partial_month,
            enterprise_type=enterprise_type, activity=activity,
            udyam_registered_on=udyam_registered, contract_rate=contract_rate,
        ), get_settings().interest_policy())
    except InputError as error:
        _fail(error, lang, as_json)
    if as_json:
        _print_json(result)
        return
    from bakaya.presenting import quote_lines

    for line in quote_lines(result, lang):
        typer.echo(line)


@app.command()
def gstin(
    values: Annotated[list[str], typer.Argument(help="One or more GSTINs to check.")],
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """Check GSTINs: length, state code, PAN, default 'Z' and the check character."""
    from channels.queries import gstin_report

    reports = [gstin_report(v) for v in values]
    if as_json:
        _print_json(reports)
    else:
        for report in reports:
            key = "cli-gstin-valid" if report["valid"] else "cli-gstin-invalid"
            typer.echo(render(key, lang, gstin=report["gstin"], reason=report["reason"] or "",
                              state=report["state_name"] or "-"))
    if not all(r["valid"] for r in reports):
        raise typer.Exit(1)


# -- database -------------------------------------------------------------------------------

@db_app.command("start")
def db_start() -> None:
    """Start the embedded PostgreSQL (no-op with DATABASE_URL) and migrate it."""
    from bakaya.database import database_url
    from store.migrate import upgrade

    url = database_url(get_settings())
    upgrade(url)
    typer.echo(render("cli-db-ready", "en"))


@db_app.command("stop")
def db_stop() -> None:
    """Stop the embedded PostgreSQL."""
    from bakaya.database import embedded_server

    settings = get_settings()
    if settings.database_url:
        return
    embedded_server(settings).stop()


@db_app.command("url")
def db_url() -> None:
    """Print the database URL (it contains the embedded server's password)."""
    from bakaya.database import database_url

    typer.echo(database_url(get_settings(), start_embedded=False))


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the migrations."""
    from bakaya.database import database_url
    from store.migrate import upgrade

    upgrade(database_url(get_settings()))


def _engine() -> Any:
    from bakaya.database import database_url
    from store.db import make_engine
    from store.migrate import upgrade

    url = database_url(get_settings())
    upgrade(url)
    return make_engine(url)


# -- audit ----------------------------------------------------------------------------------

@audit_app.command("verify")
def audit_verify(as_json: JsonFlag = False, lang: LangOption = "en") -> None:
    """Walk the audit chain; exit 1 and name the first broken row if it is broken."""
    from store.audit import verify_chain
    from store.db import transaction

    with transaction(_engine()) as session:
        report = verify_chain(session)
    if as_json:
        brk = report.first_break
        _print_json({"intact": report.intact, "rows_checked": report.rows_checked,
                     "first_broken_row": None if brk is None else
                     {"seq": brk.seq, "problem": brk.problem, "detail": brk.detail}})
    elif report.first_break is None:
        typer.echo(render("cli-audit-intact", lang, rows=report.rows_checked))
    else:
        brk = report.first_break
        typer.echo(render(f"cli-audit-{brk.problem}", lang, seq=brk.seq), err=True)
    if not report.intact:
        raise typer.Exit(1)


# -- signed notices --------------------------------------------------------------------------

@notice_app.command("verify")
def notice_verify(path: Annotated[str, typer.Argument(help="The notice's PDF file.")],
                  as_json: JsonFlag = False, lang: LangOption = "en") -> None:
    """Check a notice file against the record: its SHA-256 must be a signed version's and
    the Ed25519 signature over it must check out. Exit 0 when it does, 1 when it does not."""
    from pathlib import Path

    from store.db import transaction
    from store.unit_of_work import UnitOfWork
    from tools.date_format import format_date
    from tools.dates import IST
    from tools.signing import digest, verify_document

    try:
        data = Path(path).read_bytes()
    except OSError:
        _fail(InputError("file", "file-unreadable", path=path), lang, as_json)
    sha = digest(data)
    with transaction(_engine()) as session:
        record = UnitOfWork(session).find_notice_version(sha)
    valid = record is not None and verify_document(data, record.sha256, record.signature,
                                                   record.public_key)
    if as_json:
        _print_json({"valid": valid, "sha256": sha,
                     "reference": record.reference if record else None,
                     "version": record.version if record else None,
                     "signed_at": record.signed_at.isoformat() if record else None,
                     "approved": record.approved if record else None,
                     "status": record.status if record else None})
    elif record is None:
        typer.echo(render("cli-notice-unknown", lang), err=True)
    elif not valid:
        typer.echo(render("cli-notice-bad-signature", lang, reference=record.reference,
                          version=record.version), err=True)
    else:
        signed = record.signed_at.astimezone(IST)
        state = render("cli-notice-state-approved" if record.approved
                       else "cli-notice-state-not-approved", lang)
        typer.echo(render("cli-notice-valid", lang, reference=record.reference,
                          version=record.version, state=state,
                          signed_at=f"{format_date(signed.date(), lang)} "
                                    f"{signed:%H:%M} IST"))
    if not valid:
        raise typer.Exit(1)


# -- ledger commands (for operators; the chat does the same for retailers) ------------------

def _now() -> datetime:
    return datetime.now(UTC)


def _retailer_id(session: Any, phone: str) -> int:
    from channels.invoice_files import retailer_id

    return retailer_id(session, phone)


@retailer_app.command("add")
def retailer_add(
    phone: Annotated[str, typer.Option()],
    name: Annotated[str, typer.Option()],
    language: Annotated[str, typer.Option()] = "en",
    udyam: Annotated[str | None, typer.Option()] = None,
    udyam_registered: Annotated[str | None, typer.Option("--udyam-registered")] = None,
    enterprise_type: Annotated[str | None, typer.Option("--enterprise-type")] = None,
    activity: Annotated[str | None, typer.Option()] = None,
    upi: Annotated[str | None, typer.Option()] = None,
    consent: Annotated[bool, typer.Option(help="The retailer accepted the terms.")] = False,
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """Register a retailer."""
    from store.db import transaction
    from store.ledger import register_retailer
    from tools.dates import parse_iso_date

    try:
        registered = parse_iso_date(udyam_registered, "udyam_registered_on") \
            if udyam_registered else None
        with transaction(_engine()) as session:
            retailer = register_retailer(
                session, phone=phone, name=name, language=language, udyam_number=udyam,
                udyam_registered_on=registered, enterprise_type=enterprise_type,
                activity=activity, consent_at=_now() if consent else None, upi_id=upi,
                actor="cli")
            result = {"id": retailer.id, "phone": retailer.phone}
    except InputError as error:
        _fail(error, lang, as_json)
    _print_json(result) if as_json else typer.echo(render("cli-saved", lang))


@buyer_app.command("add")
def buyer_add(
    retailer: Annotated[str, typer.Option(help="The retailer's phone.")],
    name: Annotated[str, typer.Option()],
    gstin_value: Annotated[str | None, typer.Option("--gstin")] = None,
    phone: Annotated[str | None, typer.Option()] = None,
    email: Annotated[str | None, typer.Option()] = None,
    address: Annotated[str | None, typer.Option()] = None,
    language: Annotated[str | None, typer.Option()] = None,
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """Add a buyer to a retailer's book."""
    from store.db import transaction
    from store.ledger import add_buyer

    try:
        with transaction(_engine()) as session:
            buyer = add_buyer(session, _retailer_id(session, retailer), name=name,
                              gstin=gstin_value, phone=phone, email=email, address=address,
                              language=language, actor="cli")
            result = {"id": buyer.id, "gstin": buyer.gstin}
    except InputError as error:
        _fail(error, lang, as_json)
    _print_json(result) if as_json else typer.echo(render("cli-saved", lang))


@invoice_app.command("add")
def invoice_add(
    retailer: Annotated[str, typer.Option(help="The retailer's phone.")],
    buyer_gstin: Annotated[str, typer.Option("--buyer-gstin")],
    number: Annotated[str, typer.Option()],
    amount: Annotated[str, typer.Option()],
    invoice_date: Annotated[str, typer.Option("--invoice-date")],
    accepted: Annotated[str | None, typer.Option()] = None,
    agreed_days: Annotated[int | None, typer.Option("--agreed-days")] = None,
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """Record an invoice; its due date and interest start are fixed by s.15."""
    from store.db import transaction
    from store.ledger import add_invoice
    from store.repositories import BuyerRepository
    from tools.dates import parse_iso_date
    from tools.gstin import validate_gstin

    try:
        day = parse_iso_date(invoice_date, "invoice_date")
        accepted_on = parse_iso_date(accepted, "accepted") if accepted else None
        with transaction(_engine()) as session:
            retailer_id = _retailer_id(session, retailer)
            buyer = BuyerRepository(session, retailer_id).by_gstin(validate_gstin(buyer_gstin))
            if buyer is None:
                raise InputError("buyer_gstin", "buyer-unknown", gstin=buyer_gstin)
            invoice = add_invoice(session, retailer_id, buyer_id=buyer.id, number=number,
                                  invoice_date=day, amount=amount, accepted_on=accepted_on,
                                  agreed_days=agreed_days, actor="cli")
            result = {"id": invoice.id, "number": invoice.number,
                      "due_date": invoice.due_date.isoformat(),
                      "interest_from": invoice.interest_from.isoformat()}
    except InputError as error:
        _fail(error, lang, as_json)
    _print_json(result) if as_json else typer.echo(render("cli-saved", lang))


@payment_app.command("add")
def payment_add(
    retailer: Annotated[str, typer.Option(help="The retailer's phone.")],
    invoice: Annotated[str, typer.Option(help="Invoice number.")],
    paid_on: Annotated[str, typer.Option("--date")],
    amount: Annotated[str, typer.Option()],
    reference: Annotated[str, typer.Option()],
    settles: Annotated[bool, typer.Option(help="Close the invoice (waive the rest).")] = False,
    today: Annotated[str | None, typer.Option(help="Override today's date (IST).")] = None,
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """Record a full or part payment."""
    from store.db import transaction
    from store.ledger import record_payment
    from store.repositories import InvoiceRepository
    from tools.dates import parse_iso_date, today_ist

    try:
        day = parse_iso_date(paid_on, "paid_on")
        today_date = parse_iso_date(today, "today") if today else today_ist(_now())
        with transaction(_engine()) as session:
            retailer_id = _retailer_id(session, retailer)
            found = InvoiceRepository(session, retailer_id).by_number(invoice)
            if found is None:
                raise InputError("invoice_number", "invoice-unknown", number=invoice)
            payment = record_payment(
                session, retailer_id, found.id, paid_on=day, amount=amount,
                reference=reference, today=today_date,
                policy=get_settings().interest_policy(), settles=settles,
                now=_now(), actor="cli")
            result = {"id": payment.id, "invoice_status": found.status.value}
    except InputError as error:
        _fail(error, lang, as_json)
    _print_json(result) if as_json else typer.echo(render("cli-saved", lang))


@app.command("import")
def import_file(
    path: Annotated[str, typer.Argument(help="Tally XML, Excel (.xlsx) or CSV export.")],
    retailer: Annotated[str, typer.Option(help="The retailer's phone.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Read and check only.")] = False,
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """Import the sale invoices of an accounting export into a retailer's ledger."""
    from pathlib import Path

    from channels.invoice_files import import_export
    from tools.invoice_import import MAX_FILE_BYTES, read_export

    try:
        source = Path(path)
        try:
            with source.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError:
            raise InputError("import_file", "import-file-unreadable") from None
        read = read_export(data, source.name)
        # the progress bar goes to stderr, and only for a person reading it
        with typer.progressbar(length=len(read.invoices), file=sys.stderr,
                               label=render("cli-import-progress", lang),
                               hidden=as_json) as bar:
            report = import_export(_engine(), retailer, read, source.name, dry_run=dry_run,
                                   actor="cli", progress=bar.update)
    except InputError as error:
        _fail(error, lang, as_json)
    if as_json:
        _print_json(report.to_json())
        return
    typer.echo(render("cli-import-dry-run" if dry_run else "cli-import-done", lang,
                      added=len(report.outcome.added), unchanged=len(report.outcome.unchanged),
                      skipped=len(report.skipped)))
    for row, reason in report.skipped:
        # a row the ledger refused is explained by the ledger's own message
        explained = report.refusals[row].render(lang) if row in report.refusals else \
            render("import-skip-reason", lang, reason=reason)
        typer.echo(render("cli-import-skipped-row", lang, row=row, reason=explained))


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(
        help="Photos (JPEG, PNG, HEIC) or a PDF of one invoice, pages in order.")],
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """Read an invoice's fields from its photos or PDF (nothing is saved)."""
    from pathlib import Path

    from agents.extraction import extract_invoice
    from agents.llm import make_chat_model
    from bakaya.runtime import model_endpoint
    from tools.invoice_document import MAX_IMAGE_BYTES, MAX_PDF_BYTES

    settings = get_settings()
    try:
        documents = []
        for path in paths:
            try:
                with Path(path).open("rb") as handle:
                    documents.append(handle.read(max(MAX_PDF_BYTES, MAX_IMAGE_BYTES) + 1))
            except OSError:
                raise InputError("document", "document-unreadable", path=path) from None
        extraction = extract_invoice(documents,
                                     chat_model=make_chat_model(model_endpoint(settings)),
                                     public_keys=settings.einvoice_keys())
    except InputError as error:
        _fail(error, lang, as_json)
    if as_json:
        _print_json(extraction.to_json())
        return
    for name in ("invoice_number", "invoice_date", "total", "gstin_seller", "gstin_buyer",
                 "udyam"):
        reading = extraction.fields[name]
        label = render("document-field", lang, field=name)
        typer.echo(render("cli-extract-field", lang, field=label, value=reading.value or "-",
                          confidence=round(reading.confidence * 100), source=reading.source))


@app.command()
def transcribe(
    path: Annotated[str, typer.Argument(
        help="A voice note or audio file (OGG/Opus, MP3, M4A, WAV, WebM, AMR, FLAC).")],
    lang: Annotated[str | None, typer.Option(
        "--lang", help="The language spoken: ta, hi or en (default: detected).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Transcribe a voice note with the voice channel's model and settings."""
    from pathlib import Path

    from bakaya.speech import transcriber
    from tools.audio import AUDIO_FIELD, MAX_AUDIO_BYTES, read_audio

    messages = lang if lang in LANGUAGES else "en"
    try:
        if lang is not None and lang not in LANGUAGES:
            raise InputError("lang", "speech-language")
        try:
            with Path(path).open("rb") as handle:
                data = handle.read(MAX_AUDIO_BYTES + 1)
        except OSError:
            raise InputError(AUDIO_FIELD, "audio-unreadable", path=path) from None
        audio = read_audio(data)
        heard = transcriber(get_settings()).transcribe(audio, lang)
    except InputError as error:
        _fail(error, messages, as_json)
    if as_json:
        _print_json(heard.to_json())
        return
    typer.echo(render("cli-transcribe", messages, text=heard.text or "-",
                      language=heard.language, seconds=round(heard.duration_s, 1),
                      confidence=round(heard.confidence * 100)))


# -- serving and talking --------------------------------------------------------------------

def _runtime(max_workers: int = 4, start_worker: bool = False) -> Any:
    from bakaya.database import database_url
    from bakaya.runtime import build_runtime
    from store.db import make_engine
    from store.migrate import upgrade

    settings = get_settings()
    url = database_url(settings)
    upgrade(url)
    return build_runtime(settings, make_engine(url), url, max_workers=max_workers,
                         start_worker=start_worker)


def _exit_normally(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _stop_with_parent(parent_pid: int) -> None:
    """A worker started by ``bakaya serve`` stops (as on SIGTERM: the job in hand finishes)
    once serve is gone, however it ended: even SIGKILL, which gives serve no chance to
    stop its child."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


#: How much lower the CPU priority of the worker ``bakaya serve`` starts is.
SERVE_WORKER_NICENESS = 10


@app.command()
def serve(
    host: Annotated[str | None, typer.Option()] = None,
    port: Annotated[int | None, typer.Option()] = None,
) -> None:
    """Run the product: database (embedded unless DATABASE_URL), migrations, the API,
    Twilio webhooks, a job worker (a child process by default, BAKAYA_SERVE_WORKER) and
    (in sandbox mode) the sandbox page."""
    import subprocess

    import uvicorn

    from bakaya.app import create_app
    from bakaya.settings import ConfigurationError

    settings = get_settings()
    try:
        runtime = _runtime(start_worker=settings.serve_worker == "in-process")
    except ConfigurationError as error:
        typer.echo(render("cli-error", "en", message=str(error)), err=True)
        raise typer.Exit(2) from None
    child: subprocess.Popen[bytes] | None = None
    if settings.serve_worker == "child":
        # Its own interpreter (turns never hold the web process's GIL), at a lower CPU
        # priority: when both are busy, acknowledging webhooks goes first and turns wait.
        child = subprocess.Popen([sys.executable, "-m", "bakaya", "worker",
                                  "--niceness", str(SERVE_WORKER_NICENESS),
                                  "--parent-pid", str(os.getpid())])
    # uvicorn ends with SIGTERM's default action once it has shut down, which would skip
    # the clean-up below (the embedded PostgreSQL would keep running): exit normally.
    signal.signal(signal.SIGTERM, _exit_normally)
    address = f"http://{host or settings.host}:{port or settings.port}"
    typer.echo(render("cli-serving", "en", url=address))
    if runtime.sandbox:
        typer.echo(render("cli-sandbox-at", "en", url=address + "/sandbox"))
    try:
        uvicorn.run(create_app(runtime.engine, runtime), host=host or settings.host,
                    port=port or settings.port, log_level="info")
    finally:
        if child is not None:
            child.terminate()
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
        runtime.close()
        if not settings.database_url:  # the embedded database stops with the product
            from bakaya.database import embedded_server

            runtime.engine.dispose()
            embedded_server(settings).stop()


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(help="Jobs run at once in this worker.")] = 4,
    queue: Annotated[list[str] | None, typer.Option(
        help="Only these queues (inbound, outbound, monitor); default all.")] = None,
    niceness: Annotated[int, typer.Option(
        min=0, max=19, help="Lower this worker's CPU priority by this much (nice).")] = 0,
    parent_pid: Annotated[int | None, typer.Option(
        help="Stop when this process (the bakaya serve that started it) is gone.")] = None,
) -> None:
    """A standalone job worker (production: any number, on any machine)."""
    from bakaya.settings import ConfigurationError

    if niceness:
        os.nice(niceness)
    if parent_pid:
        _stop_with_parent(parent_pid)

    try:
        runtime = _runtime(max_workers=concurrency)
    except ConfigurationError as error:
        typer.echo(render("cli-error", "en", message=str(error)), err=True)
        raise typer.Exit(2) from None
    worker_app = runtime.jobs.worker_app()
    typer.echo(render("cli-worker-started", "en", concurrency=concurrency))
    try:
        options: dict[str, Any] = {"concurrency": concurrency, "fetch_job_polling_interval": 1}
        if queue:
            options["queues"] = queue
        worker_app.run_worker(**options)
    finally:
        runtime.close()


@app.command()
def monitor() -> None:
    """Run the payment monitor once, now (it also runs every three hours in the workers)."""
    runtime = _runtime()
    try:
        counts = runtime.run_due(runtime.clock.now())
        runtime.jobs.defer_pending_sends()
        typer.echo(render("cli-monitor-ran", "en", sent=counts.get("reminders", 0),
                          summaries=counts.get("daily_summaries", 0)))
    finally:
        runtime.close()


messages_app = typer.Typer(help="Inbound messages whose turn kept failing (set aside).",
                           no_args_is_help=True)
app.add_typer(messages_app, name="messages")


@messages_app.command("set-aside")
def messages_set_aside(as_json: JsonFlag = False, lang: LangOption = "en") -> None:
    """List the messages set aside after their turn failed, with the error."""
    runtime = _runtime(max_workers=1)
    try:
        rows = runtime.service.set_aside_messages()
    finally:
        runtime.close()
    if as_json:
        _print_json({"messages": [
            {"id": m.id, "from": sender, "channel": m.channel.value,
             "received_at": m.created_at.isoformat() if m.created_at else None,
             "set_aside_at": m.set_aside_at.isoformat() if m.set_aside_at else None,
             "attempts": m.turn_attempts, "error": m.turn_error, "text": m.body}
            for m, sender in rows]})
        return
    if not rows:
        typer.echo(render("cli-set-aside-none", lang))
    for m, sender in rows:
        typer.echo(render("cli-set-aside-line", lang, id=m.id, channel=m.channel.value,
                          received=m.created_at.isoformat() if m.created_at else "-",
                          sender=sender, attempts=m.turn_attempts,
                          error=(m.turn_error or "-")[:200]))


@messages_app.command("retry")
def messages_retry(message_id: Annotated[int, typer.Argument(help="The message's id.")],
                   as_json: JsonFlag = False, lang: LangOption = "en") -> None:
    """Process a set-aside message again, now (after the cause was fixed)."""
    runtime = _runtime(max_workers=1)
    try:
        conversation_id = runtime.service.retry_set_aside(message_id)
        runtime.jobs.defer_pending_sends()
    finally:
        runtime.close()
    if conversation_id is None:
        if as_json:
            _print_json({"error": {"field": "message_id", "rule": "not-set-aside"}})
        typer.echo(render("cli-not-set-aside", lang, id=message_id), err=True)
        raise typer.Exit(2)
    if as_json:
        _print_json({"id": message_id, "conversation_id": conversation_id})
        return
    typer.echo(render("cli-retried", lang, id=message_id))


@app.command()
def chat(
    as_number: Annotated[str, typer.Option("--as", help="Chat as this phone number.")],
    channel: Annotated[str, typer.Option(help="whatsapp or sms")] = "whatsapp",
) -> None:
    """Chat with Bakaya in the terminal, as the sandbox page does."""
    import uuid

    from channels.messages import InboundMessage
    from store.models import Channel
    from tools.phone import normalise_indian_mobile

    try:
        sender = normalise_indian_mobile(as_number)
    except InputError as error:
        _fail(error, "en", False)
    runtime = _runtime(max_workers=1)
    try:
        while True:
            try:
                line = input("> ").strip()
            except (EOFError, KeyboardInterrupt):
                break
            if not line:
                continue
            replies = runtime.service.handle_now(InboundMessage(
                channel=Channel(channel), sender=sender, recipient="sandbox", text=line,
                provider_id=f"CLI{uuid.uuid4().hex}", received_at=runtime.clock.now()))
            for reply in replies:
                prefix = "" if reply.to == sender else f"[-> {reply.to}] "
                typer.echo(prefix + reply.text)
                for sent in reply.attachments:
                    typer.echo(f"  [{sent['kind']}: {sent['url']}]")
                typer.echo("")
    finally:
        runtime.close()


def _today(value: str | None, lang: str, as_json: bool) -> date:
    """``--today`` (YYYY-MM-DD), or today in IST."""
    from tools.dates import parse_iso_date, today_ist

    try:
        return parse_iso_date(value, "today") if value else today_ist(_now())
    except InputError as error:
        _fail(error, lang, as_json)


@app.command()
def parse(
    text_value: Annotated[str, typer.Option("--text", help="One retailer message.")],
    today_value: Annotated[str | None, typer.Option("--today", help="YYYY-MM-DD")] = None,
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """What the router understands of one retailer message."""
    from agents.llm import make_chat_model
    from agents.understanding import understand
    from bakaya.runtime import model_endpoint

    day = _today(today_value, lang, as_json)
    model = make_chat_model(model_endpoint(get_settings()))
    understood = understand(text_value, day, chat_model=model)
    if as_json:
        _print_json(understood.to_json())
    else:
        typer.echo(render("cli-parsed", lang, intent=understood.intent,
                          language=understood.language,
                          slots=", ".join(f"{k}={v}" for k, v in understood.slots.items())
                          or "-"))


@app.command()
def understand(
    text_value: Annotated[str, typer.Option("--text", help="One buyer reply.")],
    today_value: Annotated[str | None, typer.Option("--today", help="YYYY-MM-DD")] = None,
    as_json: JsonFlag = False,
    lang: LangOption = "en",
) -> None:
    """What the buyer-reply agent understands of one reply."""
    from agents.buyer_replies import understand_buyer_reply

    day = _today(today_value, lang, as_json)
    reply = understand_buyer_reply(text_value, day)
    if as_json:
        _print_json(reply.to_json())
    else:
        data = reply.to_json()
        typer.echo(render("cli-understood", lang, intent=data["intent"],
                          language=data["language"], date=data["promised_date"] or "-",
                          reference=data["reference"] or "-"))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
