"""Bulk import of accounting exports: Tally XML, CSV and Excel -> sale invoices and skipped rows.

Every fixture is built here, as text or with openpyxl, so that what each file
holds is visible beside what the test expects of it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.errors import InputError
from tools.invoice_import import (
    FILE_FIELD,
    FILE_RULES,
    MAX_FILE_BYTES,
    MAX_ROWS,
    SKIP_REASONS,
    ImportedInvoice,
    ImportResult,
    SkippedRow,
    read_export,
)
from tools.money import MAX_AMOUNT

GSTIN_MH = "27AAPFU0939F1ZV"
GSTIN_GJ = "24AAQCA8719H1ZC"
GSTIN_KA = "29AABCR1718E1ZL"
GSTIN_TN = "33AAAAR6720M1ZG"


def _reasons(result: ImportResult) -> list[tuple[int, str, str]]:
    assert all(s.reason in SKIP_REASONS for s in result.skipped)
    return [(s.row, s.reason, s.detail) for s in result.skipped]


def _numbers(result: ImportResult) -> list[str]:
    return [i.invoice_number for i in result.invoices]


def _csv(text: str) -> ImportResult:
    return read_export(text.encode("utf-8"), "export.csv")


def _refused(data: bytes, rule: str) -> None:
    with pytest.raises(InputError) as caught:
        read_export(data, "upload.bin")
    assert (caught.value.field, caught.value.rule) == (FILE_FIELD, rule)


# --------------------------------------------------------------------- Tally XML

def _voucher(vch_type: str, number: str, party: str, amount: str, *, extra: str = "",
             gstin: str = "", ledger_list: str = "LEDGERENTRIES.LIST",
             party_flag: bool = True) -> str:
    party_gstin = f"<PARTYGSTIN>{gstin}</PARTYGSTIN>" if gstin else ""
    flag = "<ISPARTYLEDGER>Yes</ISPARTYLEDGER>" if party_flag else ""
    return f"""
  <TALLYMESSAGE xmlns:UDF="TallyUDF">
   <VOUCHER REMOTEID="r-{number}" VCHTYPE="{vch_type}" ACTION="Create"
            OBJVIEW="Invoice Voucher View">
    <DATE>20261003</DATE>
    <NARRATION>&#4; Goods as per order</NARRATION>
    <GSTREGISTRATIONTYPE>&#4; Regular</GSTREGISTRATIONTYPE>
    <CMPGSTIN>{GSTIN_TN}</CMPGSTIN>
    {party_gstin}
    <PARTYNAME>{party}</PARTYNAME>
    <VOUCHERTYPENAME>{vch_type}</VOUCHERTYPENAME>
    <PARTYLEDGERNAME>{party}</PARTYLEDGERNAME>
    <VOUCHERNUMBER>{number}</VOUCHERNUMBER>
    <ISCANCELLED>No</ISCANCELLED>
    <ISOPTIONAL>No</ISOPTIONAL>
    {extra}
    <ALLINVENTORYENTRIES.LIST>
     <STOCKITEMNAME>Cotton saree</STOCKITEMNAME>
     <AMOUNT>100000.00</AMOUNT>
    </ALLINVENTORYENTRIES.LIST>
    <{ledger_list}>
     <LEDGERNAME>{party}</LEDGERNAME>
     <ISDEEMEDPOSITIVE>Yes</ISDEEMEDPOSITIVE>
     {flag}
     <AMOUNT>{amount}</AMOUNT>
    </{ledger_list}>
    <{ledger_list}>
     <LEDGERNAME>Output IGST 18%</LEDGERNAME>
     <ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE>
     <AMOUNT>18000.00</AMOUNT>
    </{ledger_list}>
   </VOUCHER>
  </TALLYMESSAGE>"""


def _envelope(*messages: str, declaration: bool = True) -> str:
    head = '<?xml version="1.0" encoding="UTF-16"?>\n' if declaration else ""
    return (head + "<ENVELOPE>\n <HEADER><TALLYREQUEST>Import Data</TALLYREQUEST></HEADER>\n"
            " <BODY><IMPORTDATA><REQUESTDESC><REPORTNAME>Vouchers</REPORTNAME></REQUESTDESC>\n"
            "  <REQUESTDATA>" + "".join(messages) +
            "\n  </REQUESTDATA></IMPORTDATA></BODY>\n</ENVELOPE>\n")


def _utf16(text: str) -> bytes:
    return b"\xff\xfe" + text.encode("utf-16-le")


CUSTOM_SALES_TYPE = """
  <TALLYMESSAGE xmlns:UDF="TallyUDF">
   <VOUCHERTYPE NAME="Counter Bill" RESERVEDNAME="">
    <PARENT>&#4; Sales</PARENT>
    <NUMBERINGMETHOD>Automatic</NUMBERINGMETHOD>
   </VOUCHERTYPE>
  </TALLYMESSAGE>"""


def _day_book() -> bytes:
    return _utf16(_envelope(
        CUSTOM_SALES_TYPE,
        _voucher("Sales", "S/001", "Ram & Sons", "-118000.00", gstin=GSTIN_MH),
        _voucher("Counter Bill", "CB-7", "Cash", "-5900.00",
                 ledger_list="ALLLEDGERENTRIES.LIST", party_flag=False),
        _voucher("Receipt", "R-1", "Ram & Sons", "50000.00"),
        _voucher("Credit Note", "CN-1", "Ram & Sons", "1180.00"),
        _voucher("Sales Order", "SO-1", "Ram & Sons", "-20000.00"),
        _voucher("Purchase", "P-1", "Weavers Co-op", "75000.00"),
        _voucher("Sales", "S/002", "Ram & Sons", "-2360.00", gstin=GSTIN_MH).replace(
            "<ISCANCELLED>No", "<ISCANCELLED>Yes"),
        _voucher("Sales", "S/003", "Ram & Sons", "-4720.00", gstin=GSTIN_MH).replace(
            "<ISOPTIONAL>No", "<ISOPTIONAL>Yes"),
        _voucher("Journal", "J-1", "Ram & Sons", "-100.00"),
    ))


def test_tally_day_book_yields_exactly_the_sales_and_says_why_the_rest_are_skipped() -> None:
    result = read_export(_day_book(), "DayBook.xml")
    assert result.format == "tally-xml"
    assert result.invoices == (
        ImportedInvoice(invoice_number="S/001", gstin_buyer=GSTIN_MH, buyer_name="Ram & Sons",
                        invoice_date=date(2026, 10, 3), total=Decimal("118000.00"), row=1),
        ImportedInvoice(invoice_number="CB-7", gstin_buyer=None, buyer_name="Cash",
                        invoice_date=date(2026, 10, 3), total=Decimal("5900.00"), row=2),
    )
    assert _reasons(result) == [
        (3, "receipt", "Receipt"),
        (4, "credit-note", "Credit Note"),
        (5, "sales-order", "Sales Order"),
        (6, "purchase", "Purchase"),
        (7, "cancelled", "S/002"),
        (8, "optional-voucher", "S/003"),
        (9, "not-a-sale", "Journal"),
    ]


def test_tally_total_is_the_party_entry_with_tax_and_round_off_not_the_items() -> None:
    voucher = _voucher("Sales", "S/9", "Lakshmi Textiles", "-1,18,000.49", gstin=GSTIN_KA)
    result = read_export(_envelope(voucher, declaration=False).encode(), "v.xml")
    assert result.invoices[0].total == Decimal("118000.49")


def test_tally_export_variant_data_wrapper_utf8_and_deleted_voucher() -> None:
    body = (_voucher("Sales", "1", "A & B Traders", "-500.00")
            + _voucher("Sales", "2", "A & B Traders", "-600.00",
                       extra="<ISDELETED>Yes</ISDELETED>"))
    xml = (f"<ENVELOPE><HEADER><VERSION>1</VERSION></HEADER>"
           f"<BODY><DATA>{body}</DATA></BODY></ENVELOPE>")
    result = read_export(xml.encode("utf-8"), "export.xml")
    assert _numbers(result) == ["1"]
    assert _reasons(result) == [(2, "deleted", "2")]


def test_tally_control_character_references_and_html_entities_do_not_break_parsing() -> None:
    voucher = _voucher("Sales", "S/5", "Shree&nbsp;Ganesh &#x1; Stores&#0;", "-100.00")
    result = read_export(_utf16(_envelope(voucher)), "v.xml")
    assert result.invoices[0].buyer_name == "Shree Ganesh Stores"


def test_tally_masters_decide_a_custom_type_over_its_words() -> None:
    masters = """
  <TALLYMESSAGE><VOUCHERTYPE NAME="Sales Adjustment"><PARENT>Journal</PARENT></VOUCHERTYPE>
  </TALLYMESSAGE>
  <TALLYMESSAGE><VOUCHERTYPE NAME="Retail"><PARENT>Counter</PARENT></VOUCHERTYPE></TALLYMESSAGE>
  <TALLYMESSAGE><VOUCHERTYPE NAME="Counter"><PARENT>Sales</PARENT></VOUCHERTYPE></TALLYMESSAGE>"""
    result = read_export(_envelope(
        masters,
        _voucher("Sales Adjustment", "A1", "Ram & Sons", "-10.00"),
        _voucher("Retail", "R1", "Ram & Sons", "-20.00"),
        _voucher("Sales Return", "SR1", "Ram & Sons", "20.00"),
        _voucher("Tax Invoice", "T1", "Ram & Sons", "-30.00"),
    ).encode(), "x.xml")
    assert _numbers(result) == ["R1", "T1"]  # a chain of parents; words without masters
    assert _reasons(result) == [(1, "not-a-sale", "Sales Adjustment"),
                                (3, "credit-note", "Sales Return")]


def test_tally_gstin_comes_from_the_party_ledger_master_when_the_voucher_lacks_it() -> None:
    ledger = f"""
  <TALLYMESSAGE><LEDGER NAME="Ram &amp; Sons"><PARENT>Sundry Debtors</PARENT>
   <LEDGSTREGDETAILS.LIST><GSTIN>{GSTIN_GJ}</GSTIN></LEDGSTREGDETAILS.LIST></LEDGER>
  </TALLYMESSAGE>"""
    result = read_export(_envelope(ledger, _voucher("Sales", "9", "Ram & Sons", "-1.00"))
                         .encode(), "x.xml")
    assert result.invoices[0].gstin_buyer == GSTIN_GJ


def test_tally_invalid_gstin_missing_party_entry_and_bad_date_are_skipped() -> None:
    no_party = _voucher("Sales", "3", "Ram & Sons", "-1.00").replace(
        "<LEDGERNAME>Ram & Sons</LEDGERNAME>", "<LEDGERNAME>Someone else</LEDGERNAME>").replace(
        "<ISPARTYLEDGER>Yes</ISPARTYLEDGER>", "")
    result = read_export(_envelope(
        _voucher("Sales", "1", "Ram & Sons", "-1.00", gstin="27123456789"),  # an old TIN
        _voucher("Sales", "2", "Ram & Sons", "-1.00").replace("20261003", "20261303"),
        no_party,
        _voucher("Sales", "", "Ram & Sons", "-1.00"),
        _voucher("Sales", "1", "Ram & Sons", "-1.00"),
        _voucher("Sales", "1", "Ram & Sons", "-2.00"),
    ).encode(), "x.xml")
    assert _reasons(result) == [(1, "invalid-gstin", "27123456789"), (2, "bad-date", "20261303"),
                                (3, "missing-amount", "3"), (4, "missing-invoice-number",
                                                             "Ram & Sons"),
                                (6, "duplicate-in-file", "1")]
    assert [(i.invoice_number, i.row) for i in result.invoices] == [("1", 5)]


def test_tally_undeclared_udf_prefix_is_tolerated() -> None:
    voucher = _voucher("Sales", "U1", "Ram & Sons", "-1.00").replace(
        ' xmlns:UDF="TallyUDF"', "").replace(
        "<ISOPTIONAL>No</ISOPTIONAL>",
        "<UDF:VCHNOTE.LIST><UDF:NOTE>x</UDF:NOTE></UDF:VCHNOTE.LIST>")
    assert _numbers(read_export(_envelope(voucher).encode(), "x.xml")) == ["U1"]


def test_tally_file_without_vouchers_and_other_xml_are_refused() -> None:
    _refused(_envelope(CUSTOM_SALES_TYPE).encode(), "import-file-no-vouchers")
    _refused(b'<?xml version="1.0"?><Workbook><Row/></Workbook>', "import-file-type")
    _refused(b"<ENVELOPE><BODY><VOUCHER></BODY></ENVELOPE>", "import-file-unreadable")
    _refused(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><ENVELOPE>&a;</ENVELOPE>',
             "import-file-unreadable")


# --------------------------------------------------------------------------- CSV

def test_csv_with_hindi_headers() -> None:
    text = (
        "बिल नंबर,दिनांक,ग्राहक का नाम,जीएसटीआईएन,कुल राशि\n"
        f'101,03-10-2026,शर्मा ट्रेडर्स,{GSTIN_MH},"1,18,000.00"\n'
        '102,5/10/2026,गुप्ता किराना,URP,"₹5,900/-"\n'
    )
    result = _csv(text)
    assert result.format == "csv"
    assert result.invoices == (
        ImportedInvoice("101", GSTIN_MH, "शर्मा ट्रेडर्स", date(2026, 10, 3),
                        Decimal("118000.00"), 2),
        ImportedInvoice("102", None, "गुप्ता किराना", date(2026, 10, 5), Decimal("5900.00"), 3),
    )
    assert result.skipped == ()


@pytest.mark.parametrize("gst_header", ["जीएसटी नं", "जीएसटी नम्बर", "पार्टी जीएसटी", "GST"])
def test_a_hindi_register_with_a_short_gst_header_checks_its_gstins(gst_header: str) -> None:
    text = (
        "बिक्री रजिस्टर - अप्रैल\n\n"
        f"बिल नं,तारीख,पार्टी,{gst_header},कुल राशि\n"
        'A-1,01-04-2026,Sharma Kirana,,"12,500.00"\n'
        'A-2,02/04/2026,Gupta Traders,09AAACR5055K1Z1,"1,18,000"\n'
        f'A-3,3 अप्रैल 2026,Verma & Sons,{GSTIN_MH},"45,000.00"\n'
    )
    result = _csv(text)
    assert [(i.invoice_number, i.gstin_buyer) for i in result.invoices] == [
        ("A-1", None), ("A-3", GSTIN_MH)]
    assert [(s.row, s.reason) for s in result.skipped] == [(5, "invalid-gstin")]


def test_zoho_line_item_csv_is_grouped_by_invoice_and_takes_the_invoice_total() -> None:
    header = ("Invoice Date,Invoice ID,Invoice Number,Invoice Status,Customer Name,"
              "GST Identification Number (GSTIN),PurchaseOrder,Item Name,Quantity,Item Total,"
              "SubTotal,Total,Balance\n")
    rows = [
        f"2026-10-03,460000001,INV-001,Overdue,Ram & Sons,{GSTIN_MH},PO-55,Saree,2,500.00,"
        "1000.00,1180.00,1180.00",
        f"2026-10-03,460000001,INV-001,Overdue,Ram & Sons,{GSTIN_MH},PO-55,Dupatta,1,500.00,"
        "1000.00,1180.00,1180.00",
        "2026-10-04,460000002,INV-002,Void,Gupta Kirana,,,Saree,1,500.00,500.00,590.00,0.00",
        "2026-10-05,460000003,INV-003,Draft,Gupta Kirana,,,Saree,1,500.00,500.00,590.00,590.00",
        f"2026-10-06,460000004,INV-004,Sent,Lakshmi Textiles,{GSTIN_KA},,Saree,1,"
        "2000.00,2000.00,2360.00,2360.00",
        f"2026-10-06,460000004,INV-004,Sent,Lakshmi Textiles,{GSTIN_KA},,Blouse,3,"
        "300.00,2000.00,2360.00,2360.00",
        f"2026-10-06,460000004,INV-004,Sent,Lakshmi Textiles,{GSTIN_KA},,Fall,3,"
        "300.00,2000.00,2360.00,2360.00",
        "2026-10-09,460000009,INV-004,Sent,Someone Else,,,Saree,1,10.00,10.00,11.80,11.80",
    ]
    result = _csv(header + "\n".join(rows) + "\n")
    assert [(i.invoice_number, i.total, i.row, i.gstin_buyer) for i in result.invoices] == [
        ("INV-001", Decimal("1180.00"), 2, GSTIN_MH),
        ("INV-004", Decimal("2360.00"), 6, GSTIN_KA),
    ]
    assert _reasons(result) == [(4, "cancelled", "Void"), (5, "draft", "Draft"),
                                (9, "duplicate-in-file", "INV-004")]


def test_line_items_that_disagree_on_the_total_are_not_guessed() -> None:
    text = ("Invoice No,Date,Customer,Item,Amount\n"
            "7,03/10/2026,Ram & Sons,Saree,500\n"
            "7,03/10/2026,Ram & Sons,Dupatta,300\n")
    assert _reasons(_csv(text)) == [(2, "ambiguous-total", "500 / 300")]


def test_continuation_rows_of_an_item_wise_register_belong_to_the_invoice_above() -> None:
    text = ("Bill No,Bill Date,Party Name,Item Name,Qty,Bill Amount\n"
            "B-1,03/10/2026,Ram & Sons,Saree,2,\"2,360.00\"\n"
            ",,,Blouse,1,\n"
            "B-2,04/10/2026,Gupta Kirana,Saree,1,590\n")
    result = _csv(text)
    assert [(i.invoice_number, i.total) for i in result.invoices] == [
        ("B-1", Decimal("2360.00")), ("B-2", Decimal("590.00"))]
    assert result.skipped == ()


def test_cp1252_csv_with_a_utf8_bom_glued_to_the_first_header() -> None:
    text = ("Invoice No;Date;Party Name;GSTIN;Bill Amount\r\n"
            f"1;03.10.2026;Café Désai & Co;{GSTIN_MH};Rs. 1,18,000\r\n"
            "2;4.10.2026;Señor Exports;;118000.50\r\n")
    result = read_export(b"\xef\xbb\xbf" + text.encode("cp1252"), "tally.csv")
    assert [(i.invoice_number, i.buyer_name, i.total) for i in result.invoices] == [
        ("1", "Café Désai & Co", Decimal("118000.00")),
        ("2", "Señor Exports", Decimal("118000.50")),
    ]


def test_bom_read_as_cp1252_text_inside_a_quoted_header_is_ignored() -> None:
    data = (b'"\xef\xbb\xbfVoucher No","Voucher Date","Particulars","Gross Total"\n'
            b'"9","03-10-26","Caf\xe9 Ram","10"\n')  # \xe9: cp1252, so the BOM reads as text
    result = read_export(data, "x.csv")
    assert [(i.invoice_number, i.buyer_name) for i in result.invoices] == [("9", "Café Ram")]


def test_utf8_bom_tab_separated_and_utf16_unicode_text() -> None:
    text = "Invoice Number\tInvoice Date\tCustomer Name\tTotal\nA-1\t03/10/2026\tRam\t100\n"
    assert _numbers(read_export(b"\xef\xbb\xbf" + text.encode(), "a.txt")) == ["A-1"]
    assert _numbers(read_export(_utf16(text), "a.txt")) == ["A-1"]


def test_excel_sep_hint_line_and_semicolons() -> None:
    text = "sep=;\nBill No;Bill Date;Party;Grand Total\n5;03-10-2026;Ram;\"1,000\"\n"
    result = _csv(text)
    assert [(i.invoice_number, i.total, i.row) for i in result.invoices] == [
        ("5", Decimal("1000.00"), 2)]


def test_title_rows_repeated_headers_total_rows_and_blank_rows_are_layout() -> None:
    text = (
        "Sharma Traders,,,\n"
        "Sales Register: 1-Apr-2026 to 31-Mar-2027,,,\n"
        ",,,\n"
        "Invoice No,Invoice Date,Customer Name,Invoice Amount\n"
        "1,03/10/2026,Ram,100\n"
        ",,,\n"
        "Invoice No,Invoice Date,Customer Name,Invoice Amount\n"
        "2,04/10/2026,Shyam,200\n"
        "Total,,,300\n"
        ",,Grand Total,300\n"
    )
    result = _csv(text)
    assert [(i.invoice_number, i.row) for i in result.invoices] == [("1", 5), ("2", 8)]
    assert result.skipped == ()


def test_invoice_number_never_comes_from_a_reference_or_order_column() -> None:
    text = ("Reference No,PO Number,Order No,Invoice ID,Invoice No,Date,Party,Total\n"
            "REF-9,PO-1,SO-3,98765,INV-42,03/10/2026,Ram,100\n")
    assert _numbers(_csv(text)) == ["INV-42"]
    with pytest.raises(InputError) as caught:
        _csv("Reference No,Date,Party,Total\nREF-9,03/10/2026,Ram,100\n")
    assert caught.value.rule == "import-file-no-header"


def test_voucher_type_and_status_columns() -> None:
    text = ("Date,Particulars,Voucher Type,Voucher No.,GSTIN/UIN,Gross Total,Status\n"
            "03-10-2026,Ram,Sales,1,,100,Paid\n"
            "03-10-2026,Ram,Payment-In,2,,100,\n"
            "03-10-2026,Ram,Sale Return,3,,100,\n"
            "03-10-2026,Ram,Estimate,4,,100,\n"
            "03-10-2026,Ram,Sale Order,5,,100,\n"
            "03-10-2026,Ram,Sales,6,,100,Cancelled\n"
            "03-10-2026,(cancelled),Sales,7,,,\n"
            "03-10-2026,Ram,B2B,8,,100,Sent\n")
    result = _csv(text)
    assert _numbers(result) == ["1", "8"]  # an unknown word in a "Type" column is not a reason
    assert _reasons(result) == [(3, "receipt", "Payment-In"), (4, "credit-note", "Sale Return"),
                                (5, "estimate", "Estimate"), (6, "sales-order", "Sale Order"),
                                (7, "cancelled", "Cancelled"), (8, "cancelled", "(cancelled)")]


def test_same_number_twice_keeps_the_first_and_a_cancelled_first_does_not_count() -> None:
    text = ("Invoice No,Date,Party,Total,Status\n"
            "1,03/10/2026,Ram,100,\n"
            "1,04/10/2026,Ram,200,\n"
            "2,03/10/2026,Ram,100,Void\n"
            "2,05/10/2026,Ram,150,\n")
    result = _csv(text)
    assert [(i.invoice_number, i.total) for i in result.invoices] == [
        ("1", Decimal("100.00")), ("2", Decimal("150.00"))]
    assert _reasons(result) == [(3, "duplicate-in-file", "1"), (4, "cancelled", "Void")]


@pytest.mark.parametrize("blank", ["", "URP", "Unregistered", "NA", "N/A", "-", "  ", "urp",
                                   "Not Applicable", "अपंजीकृत"])
def test_b2c_rows_have_no_buyer_gstin(blank: str) -> None:
    result = _csv(f"Invoice No,Date,Party,GSTIN,Total\n1,03/10/2026,Walk-in,{blank},100\n")
    assert result.invoices[0].gstin_buyer is None


@pytest.mark.parametrize(("value", "reason"), [
    ("27AAPFU0939F1ZX", "invalid-gstin"),  # check character typo
    ("27123456789", "invalid-gstin"),  # an old 11-digit TIN
    ("28AAPFU0939F1ZV", "invalid-gstin"),  # legacy state code
])
def test_invalid_gstin_is_skipped_not_treated_as_b2c(value: str, reason: str) -> None:
    result = _csv(f"Invoice No,Date,Party,GSTIN,Total\n1,03/10/2026,Ram,{value},100\n")
    assert _reasons(result) == [(2, reason, value)]


def test_gstin_is_normalised_to_upper_case() -> None:
    result = _csv("Invoice No,Date,Party,GSTIN,Total\n"
                  "1,03/10/2026,Ram, 27aapfu0939f1zv ,100\n")
    assert result.invoices[0].gstin_buyer == GSTIN_MH


@pytest.mark.parametrize(("written", "amount"), [
    ("1,18,000.00", "118000.00"),
    ("Rs. 1,18,000", "118000.00"),
    ("₹1,18,000/-", "118000.00"),
    ("₹ 1,18,000.50", "118000.50"),
    ("INR 12,34,567.89", "1234567.89"),
    ("1,00,00,000", "10000000.00"),
    ("118,000.00", "118000.00"),
    ("118000", "118000.00"),
    ("1,18,000.00 Dr", "118000.00"),
    ("१,१८,०००", "118000.00"),
])
def test_indian_number_formats(written: str, amount: str) -> None:
    result = _csv(f'Invoice No,Date,Party,Total\n1,03/10/2026,Ram,"{written}"\n')
    assert result.invoices[0].total == Decimal(amount)
    assert str(result.invoices[0].total) == amount


@pytest.mark.parametrize(("written", "reason"), [
    ("(1,000.00)", "amount-not-positive"),
    ("-500", "amount-not-positive"),
    ("1,000.00 Cr", "amount-not-positive"),
    ("0", "amount-not-positive"),
    ("12,34.5", "bad-amount"),
    ("100.005", "bad-amount"),
    ("abc", "bad-amount"),
    ("", "missing-amount"),
    ("-", "missing-amount"),
])
def test_amounts_that_are_not_an_invoice_total(written: str, reason: str) -> None:
    result = _csv(f'Invoice No,Date,Party,Total\n1,03/10/2026,Ram,"{written}"\n')
    assert [(s.reason) for s in result.skipped] == [reason]


@pytest.mark.parametrize(("written", "day"), [
    ("03-10-2026", date(2026, 10, 3)),
    ("3/10/2026", date(2026, 10, 3)),
    ("03.10.2026", date(2026, 10, 3)),
    ("03-10-26", date(2026, 10, 3)),
    ("3-Oct-2026", date(2026, 10, 3)),
    ("03 Oct 26", date(2026, 10, 3)),
    ("3 October 2026", date(2026, 10, 3)),
    ("Oct 3, 2026", date(2026, 10, 3)),
    ("2026-10-03", date(2026, 10, 3)),
    ("03/10/2026 00:00:00", date(2026, 10, 3)),
    ("3 अक्टूबर 2026", date(2026, 10, 3)),
    ("46298", date(2026, 10, 3)),  # an Excel serial saved into a CSV
    ("10/03/2026", date(2026, 3, 10)),  # day first, always
    ("01/02/2026", date(2026, 2, 1)),
])
def test_dates_are_read_day_first(written: str, day: date) -> None:
    result = _csv(f'Invoice No,Date,Party,Total\n1,"{written}",Ram,100\n')
    assert result.invoices[0].invoice_date == day


@pytest.mark.parametrize("written", ["12/31/2026", "31-02-2026", "2026-13-01", "yesterday",
                                     "03/10/1890", "32 Oct 2026"])
def test_a_date_that_only_reads_month_first_or_not_at_all_is_a_bad_date(written: str) -> None:
    result = _csv(f'Invoice No,Date,Party,Total\n1,"{written}",Ram,100\n')
    assert _reasons(result) == [(2, "bad-date", written)]


def test_missing_fields_are_named() -> None:
    text = ("Invoice No,Date,Party,Total\n"
            ",03/10/2026,Ram,100\n"
            "2,,Ram,100\n"
            "3,03/10/2026,,100\n")
    assert _reasons(_csv(text)) == [(2, "missing-invoice-number", "Ram"), (3, "missing-date", "2"),
                                    (4, "missing-buyer", "3")]


# -------------------------------------------------------------------------- XLSX

def _xlsx(rows: Sequence[Sequence[object]], *, sheet: str = "Sales Register",
          before: Sequence[str] = ()) -> bytes:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    for index, name in enumerate(before):
        other = first if index == 0 else workbook.create_sheet()
        other.title = name
        other.append(["Notes for the accountant"])
    target = workbook.create_sheet(sheet) if before else first
    target.title = sheet
    for row in rows:
        target.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_register_with_title_rows_blanks_repeated_header_total_row_and_bad_rows() -> None:
    header = ["Date", "Particulars", "Voucher Type", "Voucher No.", "GSTIN/UIN", "Value",
              "Gross Total"]
    data = _xlsx([
        ["Sharma Traders"],                                                     # 1
        ["Sales Register", None, None, "1-Apr-2026 to 31-Mar-2027"],            # 2
        [],                                                                     # 3
        header,                                                                 # 4
        [datetime(2026, 10, 3), "Ram & Sons", "Sales", "S-1", GSTIN_MH, 100000, 118000.0],  # 5
        [datetime(2026, 10, 4), "Walk-in", "Sales", 2, None, 1046.24, 1234.56],  # 6
        [],                                                                     # 7
        [],                                                                     # 8
        header,                                                                 # 9
        [46300, "Gupta Kirana", "Sales", "S-3", "URP", 500, "590.00"],          # 10
        [datetime(2026, 10, 6), "Typo Traders", "Sales", "S-4", "27AAPFU0939F1ZX", 1, 2],  # 11
        [datetime(2026, 10, 6), "No Amount", "Sales", "S-5", None, None, None],  # 12
        ["31/31/2026", "Bad Date", "Sales", "S-6", None, 1, 2],                 # 13
        [datetime(2026, 10, 7), "(cancelled)", "Sales", "S-7", None, None, None],  # 14
        [datetime(2026, 10, 7), "Ram & Sons", "Receipt", "R-1", None, None, 50000],  # 15
        [None, "Grand Total", None, None, None, 101547.24, 170416.56],          # 16
    ])
    result = read_export(data, "SalesRegister.xlsx")
    assert result.format == "xlsx"
    assert result.invoices == (
        ImportedInvoice("S-1", GSTIN_MH, "Ram & Sons", date(2026, 10, 3), Decimal("118000.00"), 5),
        ImportedInvoice("2", None, "Walk-in", date(2026, 10, 4), Decimal("1234.56"), 6),
        ImportedInvoice("S-3", None, "Gupta Kirana", date(2026, 10, 5), Decimal("590.00"), 10),
    )
    assert _reasons(result) == [
        (11, "invalid-gstin", "27AAPFU0939F1ZX"),
        (12, "missing-amount", "S-5"),
        (13, "bad-date", "31/31/2026"),
        (14, "cancelled", "(cancelled)"),
        (15, "receipt", "Receipt"),
    ]
    assert all(isinstance(i.total, Decimal) and i.total.as_tuple().exponent == -2
               for i in result.invoices)


def test_xlsx_finds_the_sheet_with_the_invoices() -> None:
    data = _xlsx([["Invoice Number", "Invoice Date", "Customer Name", "Total"],
                  ["Z-1", date(2026, 10, 3), "Ram", 10]], before=["Read me"])
    assert _numbers(read_export(data, "zoho.xlsx")) == ["Z-1"]


def test_xlsx_without_a_header_row_is_refused() -> None:
    _refused(_xlsx([["just", "some"], ["cells", 1]]), "import-file-no-header")


def test_xlsx_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(65):
                member.write(chunk)
    assert len(buffer.getvalue()) < MAX_FILE_BYTES
    _refused(buffer.getvalue(), "import-file-unreadable")


def test_other_zip_files_and_old_excel_are_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    _refused(buffer.getvalue(), "import-file-type")
    _refused(b"PK\x03\x04 not really a zip", "import-file-unreadable")
    _refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "import-file-xls")


# ------------------------------------------------------------------ the file as such

@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\x00\x01\x02\x03",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01",
    b"<html><body><table><tr><td>Invoice No</td></tr></table></body></html>",
])
def test_a_file_that_is_none_of_the_formats_is_refused(data: bytes) -> None:
    _refused(data, "import-file-type")


def test_text_without_invoice_columns_is_refused_as_having_no_header() -> None:
    _refused(b"Dear Sir,\nPlease find the bills attached.\n", "import-file-no-header")


@pytest.mark.parametrize("data", [b"", b"   \r\n", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_an_empty_file_is_refused(data: bytes) -> None:
    _refused(data, "import-file-empty")


def test_a_file_over_ten_megabytes_is_refused_unread() -> None:
    _refused(b"x" * (MAX_FILE_BYTES + 1), "import-file-too-large")


def _register(rows: int) -> bytes:
    lines = ["Invoice No,Date,Party,Total"]
    lines += [f"{n},03/10/2026,Ram,100" for n in range(1, rows + 1)]
    return "\n".join(lines).encode()


def test_twenty_thousand_rows_are_read_and_one_more_is_refused() -> None:
    assert len(read_export(_register(MAX_ROWS), "big.csv").invoices) == MAX_ROWS
    _refused(_register(MAX_ROWS + 1), "import-file-too-many-rows")


def test_too_many_tally_vouchers_are_refused() -> None:
    vouchers = "<VOUCHER/>" * (MAX_ROWS + 1)
    _refused(f"<ENVELOPE><BODY><DATA>{vouchers}</DATA></BODY></ENVELOPE>".encode(),
             "import-file-too-many-rows")


def test_the_reason_codes_and_rules_are_stable_lists() -> None:
    assert len(set(SKIP_REASONS)) == len(SKIP_REASONS)
    assert {"not-a-sale", "cancelled", "credit-note", "receipt", "purchase", "sales-order",
            "estimate", "optional-voucher", "invalid-gstin", "missing-amount",
            "missing-invoice-number", "bad-date", "duplicate-in-file"} <= set(SKIP_REASONS)
    assert all(rule.startswith("import-file-") for rule in FILE_RULES)
    assert SkippedRow(1, "cancelled").detail == ""


# ------------------------------------------------------------ property: amounts

def _indian(amount: Decimal) -> str:
    whole, _, paise = f"{amount:.2f}".partition(".")
    head, groups = whole[:-3], [whole[-3:]]
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join(groups) + "." + paise


@settings(max_examples=200, deadline=None)
@given(
    amount=st.decimals(min_value=Decimal("0.01"), max_value=MAX_AMOUNT, places=2,
                       allow_nan=False, allow_infinity=False),
    decoration=st.sampled_from([("", ""), ("Rs. ", ""), ("₹", "/-"), ("₹ ", ""),
                                ("INR ", " only"), ("Rs.", "/-")]),
)
def test_any_amount_written_the_indian_way_round_trips_exactly(
        amount: Decimal, decoration: tuple[str, str]) -> None:
    prefix, suffix = decoration
    written = f"{prefix}{_indian(amount)}{suffix}"
    result = _csv(f'Invoice No,Date,Party,Total\n1,03/10/2026,Ram,"{written}"\n')
    assert result.invoices[0].total == amount
    assert result.invoices[0].total.as_tuple().exponent == -2


def test_indian_grouping_helper_writes_lakhs_and_crores() -> None:
    assert _indian(Decimal("118000")) == "1,18,000.00"
    assert _indian(Decimal("12345678.9")) == "1,23,45,678.90"
    assert _indian(Decimal("0.01")) == "0.01"


def test_json_is_not_an_accounting_export() -> None:
    _refused(b'{"gstin": "27AAPFU0939F1ZV", "b2b": []}', "import-file-type")


def test_tally_voucher_with_both_ledger_lists_counts_the_party_once() -> None:
    voucher = _voucher("Sales", "D1", "Ram & Sons", "-118000.00").replace(
        "</VOUCHER>", "<ALLLEDGERENTRIES.LIST><LEDGERNAME>Ram & Sons</LEDGERNAME>"
                      "<ISPARTYLEDGER>Yes</ISPARTYLEDGER><AMOUNT>-118000.00</AMOUNT>"
                      "</ALLLEDGERENTRIES.LIST></VOUCHER>")
    result = read_export(_envelope(voucher).encode(), "x.xml")
    assert result.invoices[0].total == Decimal("118000.00")


def test_tally_foreign_currency_entry_takes_the_rupee_figure() -> None:
    voucher = _voucher("Sales", "E1", "Overseas Buyer", "-$100.00 @ ₹ 83.00/$ = -₹ 8300.00")
    result = read_export(_envelope(voucher).encode(), "x.xml")
    assert result.invoices[0].total == Decimal("8300.00")


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(
    st.binary(max_size=600),
    st.text(max_size=600).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet="Invoice No,Date,Party,Total;\t\n\"0123456789/-.₹", max_size=300)
    .map(lambda t: ("Invoice No,Date,Party,Total\n" + t).encode()),
    st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b),
    st.text(max_size=300).map(lambda t: ("<ENVELOPE><VOUCHER>" + t).encode("utf-8",
                                                                          "surrogatepass")),
))
def test_any_bytes_give_a_result_or_an_input_error_never_a_crash(data: bytes) -> None:
    try:
        result = read_export(data, "anything")
    except InputError as error:
        assert error.field == FILE_FIELD and error.rule in FILE_RULES
    else:
        assert all(s.reason in SKIP_REASONS for s in result.skipped)
