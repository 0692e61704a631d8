"""POST /api/import and /api/extract: the CLI's contracts over HTTP, behind the API token."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select

from store.db import transaction
from store.ledger import register_retailer
from store.models import Invoice
from tests.utils.harness import running_product
from tests.utils.invoice_docs import invoice_pdf, simple_invoice

RETAILER = "+919840012345"
TOKEN = "s3cret-token-for-tests"
CSV = (b"Invoice No,Date,Party Name,GSTIN,Total\n"
       b"S-101,03/10/2026,Ravi Stores,27AAPFU0939F1ZV,\"1,18,000.00\"\n"
       b"S-102,05/10/2026,Cash Sale,,\"2,360.00\"\n"
       b"S-103,06/10/2026,Meena,27AAPFU0939F1ZX,\"5,000.00\"\n")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _register(engine: Engine) -> None:
    with transaction(engine) as session:
        register_retailer(session, phone=RETAILER, name="Lakshmi Textiles", language="en",
                          udyam_number="UDYAM-TN-02-0012345",
                          udyam_registered_on=date(2024, 1, 10), enterprise_type="micro",
                          activity="manufacturing", consent_at=None)


def _count(engine: Engine) -> int:
    with transaction(engine) as session:
        return int(session.execute(select(func.count()).select_from(Invoice)).scalar_one())


def test_import_over_http_follows_the_cli_contract(engine: Engine, database_url: str,
                                                   tmp_path: Path) -> None:
    _register(engine)
    with running_product(engine, database_url, home=tmp_path, api_token=TOKEN) as product:
        dry = product.client.post("/api/import", headers=AUTH, files={"file": ("s.csv", CSV)},
                                  data={"retailer": RETAILER, "dry_run": "true"})
        assert dry.status_code == 200, dry.text
        body = dry.json()
        assert body["invoices"] == [
            {"invoice_number": "S-101", "gstin_buyer": "27AAPFU0939F1ZV",
             "buyer_name": "Ravi Stores", "invoice_date": "2026-10-03", "total": "118000.00"},
            {"invoice_number": "S-102", "gstin_buyer": None, "buyer_name": "Cash Sale",
             "invoice_date": "2026-10-05", "total": "2360.00"}]
        assert [s["row"] for s in body["skipped"]] == [4]
        assert (body["added"], body["dry_run"]) == (2, True)
        assert _count(engine) == 0
        done = product.client.post("/api/import", headers=AUTH, files={"file": ("s.csv", CSV)},
                                   data={"retailer": RETAILER}).json()
        assert (done["added"], done["unchanged"]) == (2, 0) and _count(engine) == 2
        again = product.client.post("/api/import", headers=AUTH, files={"file": ("s.csv", CSV)},
                                    data={"retailer": RETAILER}).json()
        assert (again["added"], again["unchanged"]) == (0, 2) and _count(engine) == 2


def test_the_endpoints_need_the_token(engine: Engine, database_url: str,
                                      tmp_path: Path) -> None:
    _register(engine)
    with running_product(engine, database_url, home=tmp_path, api_token=TOKEN) as product:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
            response = product.client.post("/api/import", headers=headers,
                                           files={"file": ("s.csv", CSV)},
                                           data={"retailer": RETAILER})
            assert response.status_code == 401, response.text
            assert response.json()["error"]["rule"] == "api-token-invalid"
        assert _count(engine) == 0
    with running_product(engine, database_url, home=tmp_path) as product:  # no token set
        closed = product.client.post("/api/extract", headers={**AUTH, "Accept-Language": "ta"},
                                     files=[("files", ("a.pdf", b"%PDF-1.4"))])
        assert closed.status_code == 403
        assert "BAKAYA_API_TOKEN" in closed.json()["error"]["message"]
        assert "மூடப்பட்டுள்ளது" in closed.json()["error"]["message"]


def test_extract_over_http_and_a_bad_file(engine: Engine, database_url: str,
                                          tmp_path: Path) -> None:
    with running_product(engine, database_url, home=tmp_path, api_token=TOKEN) as product:
        pdf = invoice_pdf(simple_invoice())
        read = product.client.post("/api/extract", headers=AUTH,
                                   files=[("files", ("invoice.pdf", pdf))])
        assert read.status_code == 200, read.text
        body = read.json()
        assert (body["invoice_number"], body["invoice_date"], body["total"],
                body["gstin_buyer"]) == ("TN-1045", "2026-10-14", "118000.00",
                                         "27AAPFU0939F1ZV")
        assert body["source"]["total"] == "text-layer" and body["confidence"]["total"] >= 0.8
        bad = product.client.post("/api/extract", headers={**AUTH, "Accept-Language": "hi"},
                                  files=[("files", ("invoice.pdf", pdf[:400]))])
        assert bad.status_code == 422
        assert bad.json()["error"]["rule"] == "document-corrupt"
        assert "फ़ाइल" in bad.json()["error"]["message"]
