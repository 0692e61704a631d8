"""Synthetic Indian GST invoices with known answers, for testing the invoice reader.

``build_corpus`` writes about fifty invoices: born-digital PDFs, clean page renders,
image-only "scanned" PDFs and phone-like photos, in seven layouts (Tally-style, retail
cash memo, a two-column Zoho-like one, a Vyapar-like one, a Hindi/Tamil/bilingual one,
the NIC e-invoice print and a dot-matrix one). Every choice comes from a random
generator seeded by the document's name, so the content is the same on every build;
only the RSA key that signs the e-invoice QR codes is new per build (its public half
is in :attr:`Corpus.einvoice_public_key_pem`). ``bad_files`` writes inputs a reader
must refuse. The generator is written without looking at how the reader works.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from multiprocessing import get_context
from pathlib import Path

import jwt
import numpy as np
import pypdfium2 as pdfium
import segno
import zxingcpp
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fpdf import FPDF
from fpdf.enums import EncryptionMethod
from num2words import num2words
from PIL import Image, ImageChops, ImageFilter

__all__ = ["Corpus", "CorpusDocument", "bad_files", "build_corpus", "gstin_check_character"]

#: Bump when the generated content changes: a directory built by another version is rebuilt.
VERSION = "corpus-2026.2"

TRUTH_KEYS = ("gstin_seller", "gstin_buyer", "udyam", "invoice_number", "invoice_date", "total")


@dataclass(frozen=True)
class CorpusDocument:
    """One invoice as sent to the reader, and what it says."""

    name: str
    files: tuple[Path, ...]
    condition: str
    has_qr: bool
    text_layer: bool
    truth: dict[str, str | None]


@dataclass(frozen=True)
class Corpus:
    """The documents of one build and the key that verifies their e-invoice QR codes."""

    documents: tuple[CorpusDocument, ...]
    einvoice_public_key_pem: bytes


# --------------------------------------------------------------------------- fonts

_NOTO = Path("/usr/share/fonts/truetype/noto")
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_LIBERATION = Path("/usr/share/fonts/truetype/liberation")

FONTS: dict[str, tuple[Path, Path]] = {
    "noto": (_NOTO / "NotoSans-Regular.ttf", _NOTO / "NotoSans-Bold.ttf"),
    "notoserif": (_NOTO / "NotoSerif-Regular.ttf", _NOTO / "NotoSerif-Bold.ttf"),
    "dejavu": (_DEJAVU / "DejaVuSans.ttf", _DEJAVU / "DejaVuSans-Bold.ttf"),
    "dejavuserif": (_DEJAVU / "DejaVuSerif.ttf", _DEJAVU / "DejaVuSerif-Bold.ttf"),
    "mono": (_DEJAVU / "DejaVuSansMono.ttf", _DEJAVU / "DejaVuSansMono-Bold.ttf"),
    "libmono": (_LIBERATION / "LiberationMono-Regular.ttf",
                _LIBERATION / "LiberationMono-Bold.ttf"),
    "liberation": (_LIBERATION / "LiberationSans-Regular.ttf",
                   _LIBERATION / "LiberationSans-Bold.ttf"),
    "libserif": (_LIBERATION / "LiberationSerif-Regular.ttf",
                 _LIBERATION / "LiberationSerif-Bold.ttf"),
    "deva": (_NOTO / "NotoSansDevanagari-Regular.ttf", _NOTO / "NotoSansDevanagari-Bold.ttf"),
    "taml": (_NOTO / "NotoSansTamil-Regular.ttf", _NOTO / "NotoSansTamil-Bold.ttf"),
}

# --------------------------------------------------------------------------- money and dates

CENT = Decimal("0.01")
RUPEE = Decimal("1")


def q2(value: Decimal) -> Decimal:
    """Round to paise, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def indian(value: Decimal) -> str:
    """``1,18,000.00``: Indian digit grouping, two decimals."""
    value = q2(value)
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(value):.2f}".split(".")
    if len(whole) > 3:
        head, groups = whole[:-3], [whole[-3:]]
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        whole = ",".join(groups)
    return f"{sign}{whole}.{frac}"


def money_text(value: Decimal, style: str) -> str:
    """An amount as a template prints it: ``₹ 1,18,000.00``, ``Rs. 1,18,000.00``..."""
    plain = indian(value)
    return {"rupee": f"₹ {plain}", "rupee_tight": f"₹{plain}", "rs": f"Rs. {plain}",
            "inr": f"INR {plain}"}.get(style, plain)


def _title_words(text: str) -> str:
    words = text.replace(",", "").replace("-", " ").split()
    return " ".join(w if w == "and" else w.capitalize() for w in words)


def rupees_in_words(value: Decimal, prefix: str = "Indian Rupees") -> str:
    """``Indian Rupees One Lakh Eighteen Thousand Only``."""
    rupees = int(value)
    paise = int((q2(value) - rupees) * 100)
    text = f"{prefix} {_title_words(num2words(rupees, lang='en_IN'))}"
    if paise:
        text += f" and {_title_words(num2words(paise, lang='en_IN'))} Paise"
    return text + " Only"


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
MONTHS_HI = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
             "अक्टूबर", "नवंबर", "दिसंबर")
MONTHS_TA = ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்",
             "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்")


def format_date(day: date, style: str) -> str:
    """A date as printed: ``14/10/2026``, ``14-Oct-26``, ``14 अक्टूबर 2026``..."""
    month = MONTHS_EN[day.month - 1]
    formats = {
        "slash": f"{day:%d/%m/%Y}",
        "dash": f"{day:%d-%m-%Y}",
        "dot2": f"{day:%d.%m.%y}",
        "mon": f"{day.day} {month[:3]} {day.year}",
        "monthdash": f"{day.day}-{month}-{day.year}",
        "tally": f"{day.day}-{month[:3]}-{day:%y}",
        "hi": f"{day.day} {MONTHS_HI[day.month - 1]} {day.year}",
        "ta": f"{day.day} {MONTHS_TA[day.month - 1]} {day.year}",
    }
    return formats[style]


def financial_year(day: date) -> tuple[str, str]:
    """``("2026-27", "26-27")`` for a day in April 2026 to March 2027."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}", f"{start % 100:02d}-{(start + 1) % 100:02d}"


# --------------------------------------------------------------------------- identifiers

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def gstin_check_character(first14: str) -> str:
    """The GSTIN check character: Luhn mod 36 over the first 14 characters."""
    total = 0
    for index, char in enumerate(first14):
        product = _ALPHABET.index(char) * (2 if index % 2 else 1)
        total += product // 36 + product % 36
    return _ALPHABET[(36 - total % 36) % 36]


def _letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))


def make_pan(rng: random.Random, kind: str, name: str) -> str:
    """A well-formed PAN: 3 letters, holder type, name initial, 4 digits, a letter."""
    words = [w for w in name.replace(".", " ").split() if w not in {"Sri", "Shree", "M/s", "Hotel"}]
    initial = (words[0] if words else "X")[0].upper()
    return f"{_letters(rng, 3)}{kind}{initial}{rng.randint(1, 9999):04d}{_letters(rng, 1)}"


def make_gstin(state_code: str, pan: str, entity: str = "1") -> str:
    """A GSTIN with a valid check character."""
    first14 = f"{state_code}{pan}{entity}Z"
    return first14 + gstin_check_character(first14)


# --------------------------------------------------------------------------- parties and goods


@dataclass(frozen=True)
class Org:
    """A business the generator can bill from or to."""

    key: str
    name: str
    address: tuple[str, ...]
    state: str
    code: str
    kind: str
    trade: str = ""
    native: str = ""


STATES: dict[str, tuple[str, str]] = {
    "33": ("Tamil Nadu", "TN"), "27": ("Maharashtra", "MH"), "09": ("Uttar Pradesh", "UP"),
    "07": ("Delhi", "DL"), "08": ("Rajasthan", "RJ"), "23": ("Madhya Pradesh", "MP"),
    "36": ("Telangana", "TS"), "29": ("Karnataka", "KA"), "24": ("Gujarat", "GJ"),
    "32": ("Kerala", "KL"), "06": ("Haryana", "HR"),
}

UDYAM_STATE_CODES = {"KA": "KR"}

SELLERS: dict[str, Org] = {o.key: o for o in (
    Org("murugan", "Sri Murugan Textiles", ("14, Gandhi Road, Kumar Nagar", "Tiruppur - 641601"),
        "Tamil Nadu", "33", "F", "textile", "ஸ்ரீ முருகன் டெக்ஸ்டைல்ஸ்"),
    Org("kaveri", "Kaveri Engineering Works",
        ("Plot 22, SIDCO Industrial Estate", "Ambattur, Chennai - 600098"),
        "Tamil Nadu", "33", "F", "engineering", "காவேரி இன்ஜினியரிங் வொர்க்ஸ்"),
    Org("lakshmi", "Lakshmi Agro Foods", ("3/112, Main Bazaar Street", "Madurai - 625001"),
        "Tamil Nadu", "33", "P", "food", "லட்சுமி அக்ரோ ஃபுட்ஸ்"),
    Org("ganesh", "Shree Ganesh Plastics",
        ("Gala No. 7, Sativali Road", "Vasai East, Palghar - 401208"),
        "Maharashtra", "27", "F", "plastic"),
    Org("patil", "Patil Auto Components Pvt. Ltd.", ("Plot J-118, MIDC Bhosari", "Pune - 411026"),
        "Maharashtra", "27", "C", "auto"),
    Org("gupta", "Gupta Hardware & Sanitary Store", ("12, Aminabad Market", "Lucknow - 226018"),
        "Uttar Pradesh", "09", "P", "hardware", "गुप्ता हार्डवेयर एंड सेनेटरी स्टोर"),
    Org("verma", "Verma Offset Printers", ("B-45, Okhla Industrial Area Phase II",
                                           "New Delhi - 110020"),
        "Delhi", "07", "F", "printing", "वर्मा ऑफसेट प्रिंटर्स"),
    Org("rathore", "Rathore Handicrafts", ("Near Sojati Gate, Station Road", "Jodhpur - 342001"),
        "Rajasthan", "08", "P", "handicraft", "राठौड़ हैंडीक्राफ्ट्स"),
    Org("malwa", "Malwa Spices Pvt. Ltd.", ("28-B, Sanwer Road Industrial Area", "Indore - 452015"),
        "Madhya Pradesh", "23", "C", "food", "मालवा स्पाइसेस प्रा. लि."),
    Org("deccan", "Deccan Electricals", ("Plot 9, IDA Balanagar", "Hyderabad - 500037"),
        "Telangana", "36", "F", "electrical"),
    Org("nandi", "Nandi Packaging Solutions", ("No. 41, Peenya 2nd Stage", "Bengaluru - 560058"),
        "Karnataka", "29", "F", "packaging"),
    Org("shah", "Shah Chemicals & Allied Industries", ("Plot 5512, GIDC Vatva",
                                                       "Ahmedabad - 382445"),
        "Gujarat", "24", "F", "chemical"),
)}

BUYER_NAMES: tuple[tuple[str, str], ...] = (
    ("Coimbatore Garment Exports Pvt. Ltd.", "C"), ("Sundaram Motor Works", "F"),
    ("Bharat Infra Projects Ltd.", "C"), ("Om Sai Traders", "P"),
    ("Annapurna Super Market", "F"), ("Prakash Electricals & Hardware", "P"),
    ("Greenfield Builders LLP", "F"), ("Hotel Annamalai Residency", "F"),
    ("Karnavati Pharma Pvt. Ltd.", "C"), ("Vijaya Agencies", "F"),
    ("Sahyadri Cold Storage", "F"), ("New Balaji Kirana Stores", "P"),
    ("Rolex Rings Distributors", "F"), ("Sharma & Sons", "F"), ("Apex Tooling Systems", "C"),
)

CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "33": (("No. 8, Avinashi Road, Peelamedu", "Coimbatore - 641004"),
           ("45, Anna Salai, Teynampet", "Chennai - 600018"),
           ("22, Salai Road, Thillai Nagar", "Tiruchirappalli - 620018")),
    "27": (("Shop 4, Laxmi Road", "Pune - 411030"), ("Unit 12, Andheri Kurla Road",
                                                      "Mumbai - 400059")),
    "09": (("Sector 63, Noida", "Gautam Buddha Nagar - 201301"),
           ("Civil Lines", "Kanpur - 208001")),
    "07": (("22, Naiwala, Karol Bagh", "New Delhi - 110005"),),
    "08": (("MI Road", "Jaipur - 302001"),),
    "23": (("Malviya Nagar", "Bhopal - 462003"),),
    "36": (("Begumpet", "Hyderabad - 500016"),),
    "29": (("Jayanagar 4th Block", "Bengaluru - 560011"), ("Hebbal Industrial Area",
                                                            "Mysuru - 570016")),
    "24": (("Ring Road", "Surat - 395002"),),
    "32": (("MG Road", "Kochi - 682016"),),
    "06": (("Sector 18, Udyog Vihar", "Gurugram - 122015"),),
}

PERSONS = ("Ramesh Kumar", "Mrs. S. Kalyani", "Anil Yadav", "Priya Natarajan", "Mohd. Irfan")


@dataclass(frozen=True)
class Party:
    """A seller or buyer as printed."""

    name: str
    address: tuple[str, ...]
    state: str
    code: str
    gstin: str | None
    pan: str | None
    phone: str
    email: str
    native: str = ""


def _phone(rng: random.Random) -> str:
    return f"+91 {rng.choice('6789')}{rng.randint(1000, 9999)} {rng.randint(10000, 99999)}"


def make_party(name: str, address: tuple[str, ...], code: str, kind: str | None,
               native: str = "") -> Party:
    """A party whose identifiers depend only on its name and state."""
    rng = random.Random(f"party/{name}/{code}")
    slug = "".join(c for c in name.lower().split()[0] if c.isalpha()) or "info"
    pan = make_pan(rng, kind, name) if kind else None
    gstin = make_gstin(code, pan, rng.choice("1112")) if pan else None
    email = rng.choice([f"{slug}{rng.randint(10, 99)}@gmail.com", f"accounts@{slug}.in",
                        f"sales.{slug}@yahoo.co.in"])
    return Party(name, address, STATES[code][0], code, gstin, pan, _phone(rng), email, native)


@dataclass(frozen=True)
class Product:
    """A thing sold: rates before and after the 22 Sep 2025 GST rate change."""

    name: str
    hsn: str
    unit: str
    price: tuple[int, int]
    qty: tuple[int, int]
    old_rate: int
    new_rate: int


P = Product
PRODUCTS: dict[str, tuple[Product, ...]] = {
    "textile": (P("Cotton Yarn 40s Combed", "5205", "Kg", (210, 320), (100, 900), 5, 5),
                P("Knitted Cotton Fabric", "6006", "Kg", (280, 420), (50, 400), 5, 5),
                P("Cotton T-Shirt Round Neck", "6109", "Pcs", (140, 260), (50, 600), 5, 5),
                P("Dyeing Job Work", "998821", "Kg", (35, 60), (200, 1500), 5, 5),
                P("Transport Charges", "996511", "Trip", (2500, 6000), (1, 3), 5, 5)),
    "engineering": (P("MS Hex Bolt M10 x 50", "7318", "Nos", (7, 14), (500, 5000), 18, 18),
                    P("SS Sheet 304 1.2 mm", "7219", "Kg", (215, 290), (50, 400), 18, 18),
                    P("Ball Bearing 6204 ZZ", "8482", "Nos", (95, 180), (20, 300), 18, 18),
                    P("CNC Machining Job Work", "998898", "Hrs", (650, 1100), (4, 60), 18, 18),
                    P("Annual Maintenance Charges", "998719", "Job", (8000, 25000), (1, 1), 18,
                      18),
                    P("Hydraulic Cylinder 63 mm Bore", "8412", "Nos", (14000, 38000), (1, 6), 18,
                      18)),
    "food": (P("Turmeric Powder 500 g", "0910", "Pkt", (85, 120), (20, 300), 5, 5),
             P("Red Chilli Powder 1 kg", "0904", "Kg", (190, 260), (10, 200), 5, 5),
             P("Coriander Powder 1 kg", "0909", "Kg", (150, 220), (10, 200), 5, 5),
             P("Basmati Rice 25 kg Bag", "1006", "Bag", (1800, 2600), (2, 40), 5, 5),
             P("Groundnut Oil 15 L Tin", "1508", "Tin", (2300, 2900), (2, 30), 5, 5),
             P("Instant Coffee 200 g Jar", "2101", "Jar", (380, 520), (6, 60), 18, 5),
             P("Masala Biscuits Carton", "1905", "Ctn", (600, 900), (5, 50), 18, 5)),
    "plastic": (P("HDPE Granules", "3901", "Kg", (95, 130), (200, 2000), 18, 18),
                P("PVC Pipe 110 mm 6 kgf", "3917", "Mtr", (180, 340), (30, 400), 18, 18),
                P("Plastic Moulded Chair", "9401", "Nos", (650, 1100), (10, 120), 18, 18),
                P("Plastic Crate 52 L", "3923", "Nos", (280, 420), (20, 300), 18, 18),
                P("Water Tank 1000 L", "3925", "Nos", (5500, 8200), (1, 8), 18, 18)),
    "auto": (P("Brake Drum Assembly", "8708", "Nos", (1800, 3200), (10, 80), 28, 18),
             P("Clutch Plate 280 mm", "8708", "Nos", (900, 1600), (10, 120), 28, 18),
             P("Engine Mounting Bracket", "8708", "Nos", (350, 700), (50, 400), 28, 18),
             P("Machined Gear Blank", "8483", "Nos", (450, 900), (20, 200), 18, 18)),
    "hardware": (P("Portland Cement 50 kg", "2523", "Bag", (340, 420), (10, 200), 28, 18),
                 P("Wall Putty 40 kg", "3214", "Bag", (650, 900), (5, 60), 18, 18),
                 P("CPVC Pipe 1 inch", "3917", "Mtr", (110, 190), (20, 300), 18, 18),
                 P("Ceramic Wash Basin", "6910", "Nos", (1200, 2800), (1, 20), 18, 18),
                 P("Brass Bib Cock", "8481", "Nos", (450, 900), (2, 40), 18, 18),
                 P("Ceiling Fan 1200 mm", "8414", "Nos", (1450, 2600), (1, 20), 18, 18),
                 P("Split AC 1.5 Ton 3 Star", "8415", "Nos", (32000, 41000), (1, 4), 28, 18)),
    "printing": (P("Offset Printing A4 Brochure", "4911", "Nos", (4, 12), (500, 10000), 12, 18),
                 P("Letterhead Printing 100 gsm", "4911", "Nos", (2, 5), (500, 5000), 12, 18),
                 P("Designing Charges", "998391", "Job", (2500, 9000), (1, 2), 18, 18),
                 P("Visiting Cards (Box of 100)", "4911", "Box", (180, 350), (5, 60), 12, 18),
                 P("Corrugated Box 5 Ply", "4819", "Nos", (22, 48), (200, 3000), 12, 5)),
    "handicraft": (P("Wooden Jewellery Box", "4420", "Nos", (350, 900), (5, 80), 12, 5),
                   P("Marble Elephant Statue", "6802", "Nos", (1200, 4500), (2, 30), 12, 5),
                   P("Brass Diya Set", "7418", "Set", (450, 1200), (5, 60), 12, 5),
                   P("Block Printed Bedsheet", "6302", "Pcs", (650, 1400), (5, 80), 12, 5),
                   P("Leather Mojari", "6403", "Pair", (700, 1600), (5, 60), 12, 5)),
    "electrical": (P("LED Panel Light 18 W", "9405", "Nos", (320, 650), (10, 200), 12, 18),
                   P("Copper Wire 2.5 sq mm 90 m", "8544", "Coil", (1900, 2800), (2, 40), 18, 18),
                   P("MCB 32 A Double Pole", "8536", "Nos", (280, 520), (10, 150), 18, 18),
                   P("Distribution Board 8 Way", "8537", "Nos", (1600, 3200), (1, 20), 18, 18),
                   P("Ceiling Fan 1200 mm", "8414", "Nos", (1450, 2600), (2, 30), 18, 18)),
    "packaging": (P("Corrugated Box 5 Ply 18x12x10", "4819", "Nos", (22, 48), (200, 3000), 12, 5),
                  P("Stretch Wrap Film 23 micron", "3920", "Roll", (650, 950), (5, 80), 18, 18),
                  P("BOPP Tape 48 mm x 65 m", "3919", "Nos", (32, 55), (72, 1200), 18, 18),
                  P("Kraft Paper Bag", "4819", "Nos", (4, 9), (500, 5000), 12, 5)),
    "chemical": (P("Sodium Silicate", "2839", "Kg", (18, 32), (200, 3000), 18, 18),
                 P("Industrial Adhesive 5 L Can", "3506", "Can", (900, 1500), (2, 40), 18, 18),
                 P("Caustic Soda Flakes", "2815", "Kg", (45, 70), (100, 1500), 18, 18),
                 P("Hydrogen Peroxide 50%", "2847", "Kg", (40, 65), (100, 1500), 18, 18)),
    "capital": (P("CNC Vertical Machining Centre VMC-850", "8457", "Nos", (0, 0), (1, 1), 18, 18),
                P("Tooling Kit, Installation & Training", "8466", "Set", (0, 0), (1, 1), 18, 18)),
}

BANKS = (("State Bank of India", "SBIN0000937"), ("HDFC Bank", "HDFC0001234"),
         ("Canara Bank", "CNRB0002345"), ("ICICI Bank", "ICIC0000456"),
         ("Bank of Baroda", "BARB0VASAIX"), ("Punjab National Bank", "PUNB0123400"),
         ("Indian Overseas Bank", "IOBA0001467"))

GST_CHANGE = date(2025, 9, 22)

# ---------------------------------------------------------------- the spec and the invoice


@dataclass(frozen=True)
class Spec:
    """How one corpus document is made: the knobs; the seeded generator picks the rest."""

    name: str
    template: str
    output: str  # pdf | png | jpeg | scan | photo
    lang: str = "en"  # en | hi | ta | en+hi | en+ta
    seller: str = ""
    b2c: bool = False
    qr: bool = False
    items: int = 0
    date_style: str = "slash"
    money: str = "rupee"
    number_style: str = "fy"
    udyam: bool = False
    round_off: bool = True
    old_rates: bool = False
    inter_state: bool = False
    buyer_first: bool = False
    previous_balance: bool = False
    due_date: bool = False
    payment_made: bool = False
    title: str = ""
    font: str = ""
    fixed: tuple[tuple[str, str, str], ...] = ()  # (product name, quantity, rate)
    dpi: int = 200
    rotate: int = 0
    dark: bool = False
    page: str = "A4"

    @property
    def condition(self) -> str:
        return "noisy" if self.output == "photo" else "clean"


@dataclass(frozen=True)
class Line:
    """One item row."""

    name: str
    hsn: str
    unit: str
    qty: Decimal
    rate: Decimal
    gst: int

    @property
    def amount(self) -> Decimal:
        return q2(self.qty * self.rate)


@dataclass(frozen=True)
class TaxGroup:
    """Tax on one line, or on one HSN and rate, as the template computes it."""

    hsn: str
    rate: int
    taxable: Decimal
    central: Decimal
    state: Decimal
    integrated: Decimal

    @property
    def tax(self) -> Decimal:
        return self.central + self.state + self.integrated


@dataclass(frozen=True)
class EInvoice:
    """IRN, acknowledgement and the signed QR of an e-invoice."""

    irn: str
    ack_no: str
    ack_at: datetime
    token: str


@dataclass(frozen=True)
class Invoice:
    """Everything printed on one invoice."""

    spec: Spec
    number: str
    issued: date
    seller: Party
    buyer: Party
    udyam: str | None
    lines: tuple[Line, ...]
    inter_state: bool
    groups: tuple[TaxGroup, ...]
    round_off: Decimal
    total: Decimal
    due: date | None
    dispatched: date
    po_number: str
    po_date: date
    delivery_note: str
    eway_bill: str
    vehicle: str
    previous_balance: Decimal | None
    paid: Decimal | None
    bank: tuple[str, str, str, str]  # name, branch, account, IFSC
    einvoice: EInvoice | None
    printed_at: datetime
    terms_days: int

    @property
    def taxable(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))

    @property
    def central(self) -> Decimal:
        return sum((g.central for g in self.groups), Decimal(0))

    @property
    def state_tax(self) -> Decimal:
        return sum((g.state for g in self.groups), Decimal(0))

    @property
    def integrated(self) -> Decimal:
        return sum((g.integrated for g in self.groups), Decimal(0))

    @property
    def tax(self) -> Decimal:
        return self.central + self.state_tax + self.integrated

    def by_rate(self) -> list[TaxGroup]:
        """Tax summed per rate, lowest rate first."""
        rates: dict[int, list[TaxGroup]] = {}
        for group in self.groups:
            rates.setdefault(group.rate, []).append(group)
        return [TaxGroup("", rate, sum((g.taxable for g in gs), Decimal(0)),
                         sum((g.central for g in gs), Decimal(0)),
                         sum((g.state for g in gs), Decimal(0)),
                         sum((g.integrated for g in gs), Decimal(0)))
                for rate, gs in sorted(rates.items())]

    def by_hsn(self) -> list[TaxGroup]:
        """Tax summed per HSN code and rate, in first-seen order."""
        rows: dict[tuple[str, int], list[TaxGroup]] = {}
        for group in self.groups:
            rows.setdefault((group.hsn, group.rate), []).append(group)
        return [TaxGroup(hsn, rate, sum((g.taxable for g in gs), Decimal(0)),
                         sum((g.central for g in gs), Decimal(0)),
                         sum((g.state for g in gs), Decimal(0)),
                         sum((g.integrated for g in gs), Decimal(0)))
                for (hsn, rate), gs in rows.items()]

    def day(self, value: date) -> str:
        return format_date(value, self.spec.date_style)

    def money(self, value: Decimal) -> str:
        return money_text(value, self.spec.money)

    @property
    def balance_due(self) -> Decimal:
        return self.total - (self.paid or Decimal(0))

    def truth(self) -> dict[str, str | None]:
        return {"gstin_seller": self.seller.gstin, "gstin_buyer": self.buyer.gstin,
                "udyam": self.udyam, "invoice_number": self.number,
                "invoice_date": self.issued.isoformat(), "total": f"{self.total:.2f}"}


def _find_product(name: str) -> Product:
    for products in PRODUCTS.values():
        for product in products:
            if product.name == name:
                return product
    raise KeyError(name)


def _lines(spec: Spec, seller: Org, rng: random.Random, old: bool) -> list[Line]:
    if spec.fixed:
        out = []
        for product_name, fixed_qty, fixed_rate in spec.fixed:
            product = _find_product(product_name)
            out.append(Line(product.name, product.hsn, product.unit, Decimal(fixed_qty),
                            Decimal(fixed_rate),
                            0 if spec.title == "BILL OF SUPPLY" else
                            (product.old_rate if old else product.new_rate)))
        return out
    products = PRODUCTS[seller.trade]
    count = spec.items or rng.randint(2, min(6, len(products)))
    chosen = rng.sample(products, min(count, len(products)))
    while len(chosen) < count:
        chosen.append(rng.choice(products))
    seen: set[str] = set()
    out = []
    for product in chosen:
        name = product.name
        if name in seen:
            name = f"{name} [{product.hsn[:2]}{rng.randint(100, 999)}]"
        seen.add(name)
        qty = Decimal(rng.randint(*product.qty))
        if product.unit == "Kg" and rng.random() < 0.5:
            qty = (qty + Decimal(rng.randint(1, 999)) / 1000).quantize(Decimal("0.001"))
        rate = Decimal(str(rng.uniform(*product.price)))
        rate = rate.quantize(RUPEE) if rng.random() < 0.5 or rate > 1000 else q2(rate)
        gst = 0 if spec.title == "BILL OF SUPPLY" else (product.old_rate if old else
                                                          product.new_rate)
        out.append(Line(name, product.hsn, product.unit, qty, rate, gst))
    limit = Decimal(1_500_000) if count > 10 else Decimal(900_000)
    if spec.template == "retail":
        limit = Decimal(40_000)
    while sum((line.amount for line in out), Decimal(0)) > limit and any(
            ln.qty > 1 for ln in out):
        out = [Line(ln.name, ln.hsn, ln.unit, max(Decimal(1), (ln.qty / 2).quantize(RUPEE)),
                    ln.rate, ln.gst) for ln in out]
    return out


def _groups(lines: Sequence[Line], per_line: bool, inter: bool) -> tuple[TaxGroup, ...]:
    buckets: dict[object, list[Line]] = {}
    for index, line in enumerate(lines):
        buckets.setdefault(index if per_line else (line.hsn, line.gst), []).append(line)
    groups = []
    for members in buckets.values():
        taxable = sum((m.amount for m in members), Decimal(0))
        rate = Decimal(members[0].gst)
        if inter:
            groups.append(TaxGroup(members[0].hsn, members[0].gst, taxable, Decimal(0),
                                   Decimal(0), q2(taxable * rate / 100)))
        else:
            half = q2(taxable * rate / 200)
            groups.append(TaxGroup(members[0].hsn, members[0].gst, taxable, half, half,
                                   Decimal(0)))
    return tuple(groups)


def _invoice_number(style: str, rng: random.Random, seller: Org, day: date) -> str:
    fy, fy2 = financial_year(day)
    n = rng.randint(12, 1890)
    prefix = "".join(w[0] for w in seller.name.split() if w[0].isupper())[:3]
    abbrev = STATES[seller.code][1]
    return {
        "fy": f"{rng.choice([prefix, 'INV'])}/{fy}/{n:04d}",
        "fy_short": f"{prefix}/{n:04d}/{fy2}",
        "state": f"{abbrev}-{n}",
        "gst": f"GST-{n % 400 + 3}",
        "zoho": f"INV-{n:06d}",
        "plain": str(n),
        "year": f"{day.year}/{n}",
        "letter": f"{rng.choice('ABCDK')}-{n:04d}",
        "slash_fy": f"{n}/{fy2}",
    }[style]


def _einvoice(inv_number: str, issued: date, seller: Party, buyer: Party, lines: Sequence[Line],
              total: Decimal, rng: random.Random, key: rsa.RSAPrivateKey) -> EInvoice:
    fy, _ = financial_year(issued)
    irn = hashlib.sha256(f"{seller.gstin}{fy}INV{inv_number}".encode()).hexdigest()
    ack_at = datetime(issued.year, issued.month, issued.day, rng.randint(9, 18),
                      rng.randint(0, 59), rng.randint(0, 59))
    ack_no = f"1{rng.randint(1, 2)}{issued:%y}{rng.randint(10**10, 10**11 - 1)}"
    main = max(lines, key=lambda ln: ln.amount)
    data = {"SellerGstin": seller.gstin, "BuyerGstin": buyer.gstin, "DocNo": inv_number,
            "DocTyp": "INV", "DocDt": f"{issued:%d/%m/%Y}", "TotInvVal": float(total),
            "ItemCnt": len(lines), "MainHsnCode": main.hsn.ljust(8, "0")[:8], "Irn": irn,
            "IrnDt": f"{ack_at:%Y-%m-%d %H:%M:%S}"}
    token = jwt.encode({"data": json.dumps(data, separators=(",", ":")), "iss": "NIC"}, key,
                       algorithm="RS256", headers={"kid": "EDC57DE1358B300BA9F179FB9A4A3AAB",
                                                   "x5t": "7dfV4TWLMAupoS0BfY1eJxe6T1s"})
    return EInvoice(irn, ack_no, ack_at, token)


def _random_day(rng: random.Random, old: bool) -> date:
    """A day in FY 2025-26 before the rate change (old rates), or after it up to Nov 2026."""
    if old:
        start = date(2025, 4, 3)
        return start + timedelta(days=rng.randint(0, (GST_CHANGE - start).days - 10))
    return GST_CHANGE + timedelta(days=rng.randint(9, 430))


def make_invoice(spec: Spec, key: rsa.RSAPrivateKey | None) -> Invoice:
    """Fill in the invoice a spec describes (deterministic but for the signature key).

    ``key`` signs the e-invoice QR code; it may be None when ``spec.qr`` is false.
    """
    rng = random.Random(f"{VERSION}/{spec.name}")
    if spec.seller:
        org = SELLERS[spec.seller]
    else:
        codes = {"hi": ("09", "07", "08", "23"), "en+hi": ("09", "07", "08", "23"),
                 "ta": ("33",), "en+ta": ("33",)}.get(spec.lang)
        org = rng.choice([o for o in SELLERS.values() if codes is None or o.code in codes])
    seller = make_party(org.name, org.address, org.code, org.kind, org.native)
    if spec.b2c:
        name = "Cash" if rng.random() < 0.4 else rng.choice(PERSONS)
        address = () if name == "Cash" else (rng.choice(CITIES.get(org.code, CITIES["07"]))[1],)
        buyer = Party(name, address, org.state, org.code, None, None, _phone(rng), "")
    else:
        code = org.code
        if spec.inter_state:
            code = rng.choice([c for c in CITIES if c != org.code])
        bname, kind = rng.choice(BUYER_NAMES)
        buyer = make_party(bname, rng.choice(CITIES[code]), code, kind)
    inter = seller.code != buyer.code
    day = _random_day(rng, spec.old_rates)
    lines = _lines(spec, org, rng, spec.old_rates)
    groups = _groups(lines, spec.template in {"vyapar", "portal"}, inter)
    raw = sum((ln.amount for ln in lines), Decimal(0)) + sum((g.tax for g in groups), Decimal(0))
    total = raw.quantize(RUPEE, rounding=ROUND_HALF_UP) if spec.round_off else raw
    number = _invoice_number(spec.number_style, rng, org, day)
    abbrev = STATES[org.code][1]
    fy, fy2 = financial_year(day)
    po_number = rng.choice([f"PO/{day.year}/{rng.randint(100, 999)}",
                            str(rng.randint(4500000000, 4500999999)),
                            f"PO-{rng.randint(1000, 9999)}", f"WO/{rng.randint(10, 99)}/{fy2}"])
    eway = f"{rng.randint(1, 8)}{rng.randint(10**10, 10**11 - 1)}"
    vehicle = f"{abbrev} {rng.randint(1, 60):02d} {_letters(rng, 2)} {rng.randint(1000, 9999)}"
    bank_name, ifsc = rng.choice(BANKS)
    branch = org.address[-1].split(" - ")[0].split(",")[-1].strip()
    account = str(rng.randint(10**10, 10**15))
    paid = None
    if spec.payment_made:
        paid = (total * Decimal(rng.uniform(0.2, 0.5)) / 100).quantize(RUPEE) * 100
    previous = Decimal(rng.randint(5_000, 90_000)) + Decimal(rng.randint(0, 99)) / 100 \
        if spec.previous_balance else None
    einvoice = None
    if spec.qr:
        if key is None:
            raise ValueError(f"{spec.name}: an e-invoice needs a signing key")
        einvoice = _einvoice(number, day, seller, buyer, lines, total, rng, key)
    terms = rng.choice([15, 30, 45, 60])
    udyam = None
    if spec.udyam:
        # the Udyam portal's own state codes differ from vehicle plates for Karnataka
        state = UDYAM_STATE_CODES.get(abbrev, abbrev)
        udyam = f"UDYAM-{state}-{rng.randint(1, 38):02d}-{rng.randint(1, 9_999_999):07d}"
    return Invoice(
        spec=spec, number=number, issued=day, seller=seller, buyer=buyer, udyam=udyam,
        lines=tuple(lines), inter_state=inter, groups=groups, round_off=total - raw, total=total,
        due=day + timedelta(days=terms) if spec.due_date else None,
        dispatched=day + timedelta(days=rng.randint(0, 2)), po_number=po_number,
        po_date=day - timedelta(days=rng.randint(2, 25)),
        delivery_note=f"DN-{rng.randint(1000, 9999)}", eway_bill=eway, vehicle=vehicle,
        previous_balance=previous, paid=paid, bank=(bank_name, branch, account, ifsc),
        einvoice=einvoice,
        printed_at=datetime(day.year, day.month, day.day, 10) + timedelta(
            days=rng.randint(1, 9), minutes=rng.randint(0, 500)),
        terms_days=terms)


# --------------------------------------------------------------------------- drawing


PAGE_SIZES = {"A4": (210.0, 297.0), "A5": (148.0, 210.0)}


class Sheet:
    """An fpdf2 document with the few drawing calls the templates use (millimetres)."""

    def __init__(self, family: str, *, scripts: Sequence[str] = (), page: str = "A4") -> None:
        self.pdf = FPDF(unit="mm", format=PAGE_SIZES[page])
        self.pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
        self.family = family
        for name in dict.fromkeys([family, "noto", *scripts]):
            regular, bold = FONTS[name]
            self.pdf.add_font(name, "", str(regular))
            self.pdf.add_font(name, "B", str(bold))
        self.pdf.set_text_shaping(True)
        fallbacks = [f for f in dict.fromkeys(["noto", *scripts]) if f != family]
        if fallbacks:
            self.pdf.set_fallback_fonts(fallbacks)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.add_page()
        self.width = float(self.pdf.w)
        self.height = float(self.pdf.h)

    def new_page(self) -> None:
        """Start the next page."""
        self.pdf.add_page()

    @property
    def page_no(self) -> int:
        return int(self.pdf.page_no())

    def text(self, x: float, y: float, text: str, size: float = 9.0, *, bold: bool = False,
             w: float = 0.0, align: str = "L", family: str | None = None,
             color: tuple[int, int, int] = (0, 0, 0)) -> None:
        """One line of text whose top is at ``y``; ``w`` and ``align`` place it in a box."""
        self.pdf.set_font(family or self.family, "B" if bold else "", size)
        self.pdf.set_text_color(*color)
        # fpdf2 2.8 can leave a fallback font (Devanagari, Tamil) selected on the page after
        # a line that needed it, and then writes the next line's glyphs in that font: make
        # it select the font again for every line.
        self.pdf.current_font_is_set_on_page = False
        self.pdf.set_xy(x, y)
        self.pdf.cell(w, size * 0.42, text, align=align)

    def width_of(self, text: str, size: float, bold: bool = False) -> float:
        """Printed width of ``text`` in the sheet's font, in mm."""
        self.pdf.set_font(self.family, "B" if bold else "", size)
        return float(self.pdf.get_string_width(text))

    def fit(self, text: str, size: float, width: float, bold: bool = False) -> float:
        """The font size, at most ``size``, at which ``text`` fits ``width``."""
        while size > 5 and self.width_of(text, size, bold) > width:
            size -= 0.25
        return size

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.2,
             color: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(width)
        self.pdf.line(x1, y1, x2, y2)

    def rect(self, x: float, y: float, w: float, h: float, *, width: float = 0.2,
             fill: tuple[int, int, int] | None = None, border: bool = True,
             color: tuple[int, int, int] = (0, 0, 0)) -> None:
        self.pdf.set_line_width(width)
        self.pdf.set_draw_color(*color)
        if fill:
            self.pdf.set_fill_color(*fill)
        style = ("DF" if border else "F") if fill else "D"
        self.pdf.rect(x, y, w, h, style=style)

    def qr(self, x: float, y: float, size: float, data: str) -> None:
        """A QR code, quiet zone included, as vector squares."""
        code = segno.make(data, error="m", micro=False)
        matrix = [bytes(row) for row in code.matrix]
        module = size / (len(matrix) + 8)
        self.pdf.set_fill_color(255, 255, 255)
        self.pdf.rect(x, y, size, size, style="F")
        self.pdf.set_fill_color(0, 0, 0)
        for r, row in enumerate(matrix):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                self.pdf.rect(x + (4 + start) * module, y + (4 + r) * module,
                              (c - start) * module + 0.01, module + 0.02, style="F")

    def output(self) -> bytes:
        """The PDF file."""
        return bytes(self.pdf.output())


Column = tuple[str, float, str]  # title, width, align


def table_row(s: Sheet, x: float, y: float, cols: Sequence[Column], values: Sequence[str],
              h: float, size: float, *, bold: bool = False, border: bool = False,
              fill: tuple[int, int, int] | None = None,
              color: tuple[int, int, int] = (0, 0, 0)) -> None:
    """One table row, text vertically centred in height ``h``."""
    cx = x
    for (_, width, align), value in zip(cols, values, strict=True):
        if fill or border:
            s.rect(cx, y, width, h, fill=fill, border=border, width=0.15)
        if value:
            fitted = s.fit(value, size, width - 1.6, bold)
            s.text(cx + 0.8, y + (h - fitted * 0.42) / 2, value, fitted, bold=bold,
                   w=width - 1.6, align=align, color=color)
        cx += width


def qty_text(line: Line) -> str:
    q = line.qty
    return f"{q:.3f}" if q != q.to_integral_value() else f"{int(q)}"


# --------------------------------------------------------------------------- template: Tally


def _tally_top(s: Sheet, inv: Invoice, page: int) -> float:
    """Title, e-invoice block, seller, buyer and the order-details grid; returns the next y."""
    x0, x1, mid = 10.0, 200.0, 108.0
    title = "Tax Invoice" if page == 1 else f"Tax Invoice (Page {page})"
    s.text(x0, 6, title, 13, bold=True, w=x1 - x0, align="C")
    s.text(x0, 7, "(ORIGINAL FOR RECIPIENT)", 7, w=x1 - x0, align="R")
    y = 13.0
    if inv.einvoice and page == 1:
        e = inv.einvoice
        s.text(x0, y + 2, "e-Invoice", 11, bold=True)
        s.text(x0, y + 9, f"IRN       : {e.irn}", 7.5)
        s.text(x0, y + 13.5, f"Ack No.   : {e.ack_no}", 7.5)
        s.text(x0, y + 18, f"Ack Date  : {format_date(e.ack_at.date(), 'tally')}", 7.5)
        s.qr(155, y - 2, 45, e.token)
        y += 43
    if page > 1:
        s.rect(x0, y, x1 - x0, 10)
        s.text(x0 + 2, y + 1.2, inv.seller.name, 9, bold=True)
        s.text(x0 + 2, y + 5.5, f"Invoice No. {inv.number}", 8)
        s.text(mid, y + 5.5, f"Dated {inv.day(inv.issued)}", 8)
        return y + 10
    top = y
    seller = inv.seller
    lines = [*seller.address, f"GSTIN/UIN: {seller.gstin}",
             f"State Name : {seller.state}, Code : {seller.code}",
             f"Contact : {seller.phone}", f"E-Mail : {seller.email}"]
    if inv.udyam:
        lines.append(f"Udyam Reg. No.: {inv.udyam}")
    s.text(x0 + 1.5, top + 1.2, seller.name, 10, bold=True)
    for i, text in enumerate(lines):
        s.text(x0 + 1.5, top + 6 + i * 3.9, text, 8)
    seller_h = 7 + len(lines) * 3.9
    buyer = inv.buyer
    by = top + seller_h
    s.line(x0, by, mid, by)
    s.text(x0 + 1.5, by + 1, "Buyer (Bill to)", 7.5)
    s.text(x0 + 1.5, by + 4.5, buyer.name, 9.5, bold=True)
    blines = list(buyer.address)
    if buyer.gstin:
        blines.append(f"GSTIN : {buyer.gstin}")
    blines.append(f"State Name : {buyer.state}, Code : {buyer.code}")
    blines.append(f"Place of Supply : {buyer.state}")
    for i, text in enumerate(blines):
        s.text(x0 + 1.5, by + 9 + i * 3.9, text, 8)
    bottom = max(by + 10 + len(blines) * 3.9, top + 76)
    grid = [("Invoice No.", inv.number, "Dated", inv.day(inv.issued)),
            ("Delivery Note", inv.delivery_note, "Mode/Terms of Payment",
             f"{inv.terms_days} Days"),
            ("Reference No. & Date.", "", "Other References", ""),
            ("Buyer's Order No.", inv.po_number, "Dated", inv.day(inv.po_date)),
            ("Dispatch Doc No.", f"{inv.delivery_note[3:]}", "Delivery Note Date",
             inv.day(inv.dispatched)),
            ("Dispatched through", "By Road", "Destination", buyer.address[-1].split(" - ")[0]
             if buyer.address else buyer.state),
            ("E-Way Bill No.", inv.eway_bill, "Motor Vehicle No.", inv.vehicle)]
    row_h = (bottom - top) / (len(grid) + 1)
    half = (x1 - mid) / 2
    for i, (l1, v1, l2, v2) in enumerate(grid):
        ry = top + i * row_h
        s.rect(mid, ry, half, row_h, width=0.15)
        s.rect(mid + half, ry, half, row_h, width=0.15)
        s.text(mid + 1, ry + 0.8, l1, 7)
        s.text(mid + 1, ry + row_h / 2, v1, 8.5 if i == 0 else 8, bold=i == 0)
        s.text(mid + half + 1, ry + 0.8, l2, 7)
        s.text(mid + half + 1, ry + row_h / 2, v2, 8.5 if i == 0 else 8, bold=i == 0)
    s.text(mid + 1, top + len(grid) * row_h + 0.8, "Terms of Delivery", 7)
    s.rect(x0, top, x1 - x0, bottom - top, width=0.3)
    s.line(mid, top, mid, bottom)
    return bottom


TALLY_COLS: tuple[Column, ...] = (("Sl No.", 9, "C"), ("Description of Goods", 73, "L"),
                                  ("HSN/SAC", 19, "C"), ("Quantity", 25, "R"),
                                  ("Rate", 21, "R"), ("per", 10, "C"), ("Amount", 33, "R"))


def _tally_table_head(s: Sheet, y: float) -> float:
    table_row(s, 10, y, TALLY_COLS, [c[0] for c in TALLY_COLS], 6, 8, border=True)
    return y + 6


def _tally_close(s: Sheet, top: float, y: float, *, last: bool) -> None:
    cx = 10.0
    for _, width, _ in TALLY_COLS:
        s.line(cx, top, cx, y, 0.15)
        cx += width
    s.line(cx, top, cx, y, 0.3)
    s.line(10, top, 10, y, 0.3)
    s.line(10, y, 200, y, 0.3)
    if not last:
        s.text(10, y + 1.5, f"continued to page number {s.page_no + 1}", 7.5, w=190, align="R")


def render_tally(inv: Invoice) -> Sheet:
    """Tally ERP 9 / TallyPrime style tax invoice."""
    s = Sheet(inv.spec.font or "liberation")
    y = _tally_top(s, inv, 1)
    top = y
    y = _tally_table_head(s, y)
    units = {ln.unit for ln in inv.lines}
    for i, line in enumerate(inv.lines, start=1):
        if y > 270:
            _tally_close(s, top, y + 1, last=False)
            s.new_page()
            y = top = _tally_top(s, inv, s.page_no)
            y = _tally_table_head(s, y)
        table_row(s, 10, y + 0.5, TALLY_COLS,
                  [str(i), line.name, line.hsn, f"{qty_text(line)} {line.unit}",
                   indian(line.rate), line.unit, indian(line.amount)], 5, 8.5,
                  bold=False)
        y += 5
    tax_rows: list[tuple[str, str, str]] = []
    tax_rows.append(("", "", indian(inv.taxable)))
    for g in inv.by_rate():
        if inv.inter_state:
            tax_rows.append((f"Output IGST @ {g.rate}%", f"{g.rate} %", indian(g.integrated)))
        else:
            half = f"{Decimal(g.rate) / 2:g}"
            tax_rows.append((f"Output CGST @ {half}%", f"{half} %", indian(g.central)))
            tax_rows.append((f"Output SGST @ {half}%", f"{half} %", indian(g.state)))
    if inv.round_off:
        sign = "(-)" if inv.round_off < 0 else ""
        tax_rows.append(("Round Off", "", f"{sign}{indian(abs(inv.round_off))}"))
    hsn = inv.by_hsn()
    need = 5 * len(tax_rows) + 8 + 14 + 6 * (len(hsn) + 3) + 50
    if y + need > 287:
        _tally_close(s, top, y + 1, last=False)
        s.new_page()
        y = top = _tally_top(s, inv, s.page_no)
        y = _tally_table_head(s, y)
    y += 1
    for label, rate, amount in tax_rows:
        table_row(s, 10, y, TALLY_COLS, ["", label, "", "", rate, "", amount], 5, 8.5,
                  bold=bool(label))
        y += 5
    if not tax_rows[0][0]:
        s.line(167, y - 5 * len(tax_rows) + 0.2, 200, y - 5 * len(tax_rows) + 0.2, 0.15)
    y += 2
    s.line(10, y, 200, y, 0.3)
    total_qty = ""
    if len(units) == 1:
        qty = sum((ln.qty for ln in inv.lines), Decimal(0))
        total_qty = f"{qty_text(Line('', '', '', qty, Decimal(0), 0))} {units.pop()}"
    table_row(s, 10, y, TALLY_COLS, ["", "Total", "", total_qty, "", "",
                                     money_text(inv.total, "rupee")], 6, 9.5, bold=True)
    y += 6
    _tally_close(s, top, y, last=True)
    s.text(11, y + 1, "Amount Chargeable (in words)", 7.5)
    s.text(150, y + 1, "E. & O.E", 7.5, w=49, align="R")
    s.text(11, y + 4.6, rupees_in_words(inv.total, "INR"), 9, bold=True)
    y += 10
    if inv.inter_state:
        cols: tuple[Column, ...] = (("HSN/SAC", 60, "L"), ("Taxable Value", 35, "R"),
                                    ("IGST Rate", 20, "R"), ("IGST Amount", 35, "R"),
                                    ("Total Tax Amount", 40, "R"))
    else:
        cols = (("HSN/SAC", 44, "L"), ("Taxable Value", 30, "R"), ("CGST Rate", 16, "R"),
                ("CGST Amount", 25, "R"), ("SGST/UTGST Rate", 22, "R"), ("SGST Amount", 25, "R"),
                ("Total Tax Amount", 28, "R"))
    table_row(s, 10, y, cols, [c[0] for c in cols], 5.5, 7.5, border=True, bold=True)
    y += 5.5
    for g in [*hsn, TaxGroup("Total", -1, inv.taxable, inv.central, inv.state_tax,
                             inv.integrated)]:
        bold = g.rate < 0
        if inv.inter_state:
            values = [g.hsn, indian(g.taxable), "" if bold else f"{g.rate}%",
                      indian(g.integrated), indian(g.tax)]
        else:
            half = "" if bold else f"{Decimal(g.rate) / 2:g}%"
            values = [g.hsn, indian(g.taxable), half, indian(g.central), half,
                      indian(g.state), indian(g.tax)]
        table_row(s, 10, y, cols, values, 5, 8, border=True, bold=bold)
        y += 5
    s.text(11, y + 1.5, f"Tax Amount (in words) :  {rupees_in_words(inv.tax, 'INR')}", 8)
    y += 7
    pan, (bank, branch, account, ifsc) = inv.seller.pan, inv.bank
    s.text(11, y, f"Company's PAN          :  {pan}", 8)
    s.text(108, y, "Company's Bank Details", 8)
    s.text(108, y + 4, f"Bank Name            :  {bank}", 8)
    s.text(108, y + 8, f"A/c No.                 :  {account}", 8)
    s.text(108, y + 12, f"Branch & IFS Code :  {branch} & {ifsc}", 8)
    s.text(11, y + 6, "Declaration", 7.5, bold=True)
    s.text(11, y + 9.5, "We declare that this invoice shows the actual price of the goods", 7)
    s.text(11, y + 12.5, "described and that all particulars are true and correct.", 7)
    s.rect(10, y - 2, 190, 36, width=0.3)
    s.text(108, y + 19, f"for {inv.seller.name}", 8.5, bold=True, w=91, align="R")
    s.text(108, y + 30, "Authorised Signatory", 8, w=91, align="R")
    s.text(10, y + 35.5, "SUBJECT TO " + inv.seller.address[-1].split(" - ")[0].split(",")[-1]
           .strip().upper() + " JURISDICTION", 7.5, w=190, align="C")
    s.text(10, y + 39, "This is a Computer Generated Invoice", 7.5, w=190, align="C")
    return s


# --------------------------------------------------------------------------- template: retail


def render_retail(inv: Invoice) -> Sheet:
    """A small shop's cash memo / retail tax invoice / bill of supply on A5."""
    s = Sheet(inv.spec.font or "dejavuserif", page=inv.spec.page)
    w = s.width
    x0, x1 = 8.0, w - 8.0
    seller = inv.seller
    s.rect(5, 5, w - 10, s.height - 10, width=0.4)
    title = inv.spec.title or "TAX INVOICE"
    s.text(x0, 8, "Mob: " + seller.phone, 7.5)
    s.text(x0, 8, "|| Shubh Labh ||" if seller.code != "33" else "|| Om Muruga ||", 7.5,
           w=x1 - x0, align="R")
    s.text(x0, 13, seller.name.upper(), s.fit(seller.name.upper(), 16, x1 - x0, True),
           bold=True, w=x1 - x0, align="C")
    y = 21.0
    for text in seller.address:
        s.text(x0, y, text, 8.5, w=x1 - x0, align="C")
        y += 4
    s.text(x0, y, f"GSTIN/UIN: {seller.gstin}    State: {seller.state} ({seller.code})", 8,
           w=x1 - x0, align="C")
    y += 4.5
    if inv.udyam:
        s.text(x0, y, f"MSME No. {inv.udyam}", 7.5, w=x1 - x0, align="C")
        y += 4.5
    tw = s.width_of(title, 10, True) + 8
    s.rect((w - tw) / 2, y + 0.5, tw, 6, fill=(225, 225, 225))
    s.text((w - tw) / 2, y + 1.5, title, 10, bold=True, w=tw, align="C")
    y += 9
    s.text(x0, y, f"Bill No. : {inv.number}", 9.5, bold=True)
    s.text(x0, y, f"Date : {inv.day(inv.issued)}", 9.5, bold=True, w=x1 - x0, align="R")
    y += 5.5
    buyer = inv.buyer
    s.text(x0, y, f"Name : {buyer.name}", 9)
    if buyer.gstin is None and buyer.name != "Cash":
        s.text(x0, y, f"Ph: {buyer.phone}", 8, w=x1 - x0, align="R")
    y += 4.5
    if buyer.address:
        s.text(x0, y, f"Address : {', '.join(buyer.address)}", 8.5)
        y += 4.5
    if buyer.gstin:
        s.text(x0, y, f"GSTIN : {buyer.gstin}", 8.5)
        y += 4.5
    cols: tuple[Column, ...] = (("S.No.", 9, "C"), ("Particulars", 45, "L"), ("HSN", 14, "C"),
                                ("Qty", 14, "R"), ("Rate", 20, "R"), ("Amount", x1 - x0 - 102,
                                                                     "R"))
    y += 1
    table_row(s, x0, y, cols, [c[0] for c in cols], 6, 8.5, border=True, bold=True)
    y += 6
    top = y
    for i, line in enumerate(inv.lines, start=1):
        table_row(s, x0, y, cols, [str(i), line.name, line.hsn, qty_text(line),
                                   indian(line.rate), indian(line.amount)], 5.5, 8.5)
        y += 5.5
    y = max(y + 3, top + 30)
    cx = x0
    for _, width, _ in cols:
        s.line(cx, top, cx, y, 0.15)
        cx += width
    s.line(cx, top, cx, y, 0.15)
    s.line(x0, y, x1, y, 0.2)
    y += 1.5
    rows: list[tuple[str, str, bool]] = [("Total", indian(inv.taxable), False)]
    for g in inv.by_rate():
        if g.rate == 0:
            continue
        if inv.inter_state:
            rows.append((f"IGST @ {g.rate}%", indian(g.integrated), False))
        else:
            half = f"{Decimal(g.rate) / 2:g}"
            rows.append((f"CGST @ {half}%", indian(g.central), False))
            rows.append((f"SGST @ {half}%", indian(g.state), False))
    if inv.round_off:
        rows.append(("Round Off", f"{'+' if inv.round_off > 0 else ''}{indian(inv.round_off)}",
                     False))
    rows.append(("Grand Total", inv.money(inv.total), True))
    for label, value, bold in rows:
        if bold:
            s.rect(x1 - 62, y - 0.5, 62, 7, fill=(235, 235, 235))
        s.text(x1 - 60, y + (0.8 if bold else 0), label, 10 if bold else 8.5, bold=bold)
        s.text(x1 - 60, y + (0.8 if bold else 0), value, 10 if bold else 8.5, bold=bold, w=59,
               align="R")
        y += 7.5 if bold else 4.6
    y += 1
    words = rupees_in_words(inv.total, "Rupees")
    s.text(x0, y, words, s.fit(words, 8.5, x1 - x0), bold=True)
    y += 6
    if title == "BILL OF SUPPLY":
        s.text(x0, y, "Composition taxable person, not eligible to collect tax on supplies.", 7.5)
        y += 4.5
    s.text(x0, y, "E.&O.E.  Goods once sold will not be taken back or exchanged.", 7.5)
    s.text(x0, s.height - 18, "Customer's Signature", 8)
    s.text(x0, s.height - 24, f"For {seller.name}", 8.5, bold=True, w=x1 - x0, align="R")
    s.text(x0, s.height - 14, "Proprietor", 8, w=x1 - x0, align="R")
    s.text(x0, s.height - 10, "Thank you! Visit again.", 7.5, w=x1 - x0, align="C")
    return s


# --------------------------------------------------------------------------- template: modern

ACCENTS = ((31, 78, 121), (0, 110, 90), (120, 40, 90), (160, 70, 20))


def render_modern(inv: Invoice) -> Sheet:
    """A two-column Zoho-Books-like invoice with Sub Total / Total / Balance Due."""
    s = Sheet(inv.spec.font or "noto")
    accent = ACCENTS[len(inv.number) % len(ACCENTS)]
    seller, buyer = inv.seller, inv.buyer
    x0, x1 = 14.0, 196.0
    s.rect(0, 0, s.width, 4, fill=accent, border=False)
    initials = "".join(w[0] for w in seller.name.split() if w[0].isupper())[:2]
    s.rect(x0, 12, 16, 16, fill=accent, border=False)
    s.text(x0, 16.5, initials, 14, bold=True, w=16, align="C", color=(255, 255, 255))
    s.text(x0 + 19, 12, seller.name, s.fit(seller.name, 13, 85, True), bold=True)
    y = 18.5
    info = [*seller.address, seller.state + ", India"]
    if not inv.spec.buyer_first:
        info.append(f"GSTIN/UIN {seller.gstin}")
    if inv.udyam:
        info.append(f"Udyam Registration No. {inv.udyam}")
    info.append(f"{seller.phone}  |  {seller.email}")
    for text in info:
        s.text(x0 + 19, y, text, 8, color=(60, 60, 60))
        y += 3.9
    s.text(120, 11, "TAX INVOICE", 22, bold=True, w=x1 - 120, align="R", color=accent)
    s.text(120, 22, f"Invoice# {inv.number}", 10, bold=True, w=x1 - 120, align="R")
    s.text(120, 29, "Balance Due", 8, w=x1 - 120, align="R", color=(90, 90, 90))
    s.text(120, 33, money_text(inv.balance_due, "rupee_tight"), 13, bold=True, w=x1 - 120,
           align="R")
    y = max(y + 4, 46)
    s.line(x0, y, x1, y, 0.3, color=(180, 180, 180))
    y += 4
    s.text(x0, y, "Bill To", 8, color=(90, 90, 90))
    s.text(x0 + 62, y, "Ship To", 8, color=(90, 90, 90))
    bill = [buyer.name, *buyer.address, buyer.state]
    if buyer.gstin:
        bill.append(f"GSTIN {buyer.gstin}")
    for i, text in enumerate(bill):
        s.text(x0, y + 4.5 + i * 4, text, 9 if i == 0 else 8, bold=i == 0)
        if i < len(bill) - (1 if buyer.gstin else 0):
            s.text(x0 + 62, y + 4.5 + i * 4, text, 9 if i == 0 else 8, bold=i == 0)
    meta = [("Invoice Date :", inv.day(inv.issued)), ("Terms :", f"Net {inv.terms_days}")]
    if inv.due:
        meta.append(("Due Date :", inv.day(inv.due)))
    meta += [("P.O.# :", inv.po_number),
             ("Place Of Supply :", f"{buyer.state} ({buyer.code})")]
    if inv.einvoice is None:
        meta.append(("E-Way Bill# :", inv.eway_bill))
    for i, (k, v) in enumerate(meta):
        s.text(128, y + 4.5 + i * 4.6, k, 8.5, w=30, align="R", color=(90, 90, 90))
        s.text(159, y + 4.5 + i * 4.6, v, 8.5, bold=i == 0)
    y += 6 + max(len(bill) * 4, len(meta) * 4.6) + 2
    if inv.einvoice:
        e = inv.einvoice
        s.text(x0, y, f"IRN: {e.irn}", 7.5)
        s.text(x0, y + 3.8, f"Ack No: {e.ack_no}    Ack Date: {e.ack_at:%d-%m-%Y %H:%M}", 7.5)
        y += 9
    tax_cols: list[Column] = ([("IGST", 18, "R")] if inv.inter_state else
                              [("CGST", 15, "R"), ("SGST", 15, "R")])
    fixed = 8 + 20 + 18 + 24 + 30 + sum(c[1] for c in tax_cols)
    cols: tuple[Column, ...] = (("#", 8, "C"), ("Item & Description", x1 - x0 - fixed, "L"),
                                ("HSN/SAC", 20, "C"), ("Qty", 18, "R"), ("Rate", 24, "R"),
                                *tax_cols, ("Amount", 30, "R"))

    def head(y: float) -> float:
        table_row(s, x0, y, cols, [c[0] for c in cols], 7, 8.5, bold=True, fill=accent,
                  color=(255, 255, 255))
        return y + 7

    y = head(y)
    for i, line in enumerate(inv.lines, start=1):
        if y > 272:
            s.text(x0, 285, f"Page {s.page_no} - continued", 7.5, w=x1 - x0, align="R")
            s.new_page()
            s.rect(0, 0, s.width, 4, fill=accent, border=False)
            s.text(x0, 9, f"{seller.name}  -  Invoice# {inv.number}", 9, bold=True)
            y = head(16)
        taxes = ([f"{line.gst}%"] if inv.inter_state else
                 [f"{Decimal(line.gst) / 2:g}%", f"{Decimal(line.gst) / 2:g}%"])
        table_row(s, x0, y, cols, [str(i), line.name, line.hsn, f"{qty_text(line)} {line.unit}",
                                   indian(line.rate), *taxes, indian(line.amount)], 6.2, 8.5)
        s.line(x0, y + 6.2, x1, y + 6.2, 0.1, color=(200, 200, 200))
        y += 6.2
    rows: list[tuple[str, str, bool]] = [("Sub Total", indian(inv.taxable), False)]
    for g in inv.by_rate():
        if inv.inter_state:
            rows.append((f"IGST{g.rate} ({g.rate}%)", indian(g.integrated), False))
        else:
            half = f"{Decimal(g.rate) / 2:g}"
            rows.append((f"CGST{half} ({half}%)", indian(g.central), False))
            rows.append((f"SGST{half} ({half}%)", indian(g.state), False))
    if inv.round_off:
        rows.append(("Rounding", indian(inv.round_off), False))
    rows.append(("Total", money_text(inv.total, "rupee_tight"), True))
    if inv.paid:
        rows.append(("Payment Made", f"(-) {indian(inv.paid)}", False))
    rows.append(("Balance Due", money_text(inv.balance_due, "rupee_tight"), True))
    need = len(rows) * 6 + 70 + (48 if inv.einvoice else 0)
    if y + need > 290:
        s.new_page()
        s.rect(0, 0, s.width, 4, fill=accent, border=False)
        s.text(x0, 9, f"{seller.name}  -  Invoice# {inv.number}", 9, bold=True)
        y = 16
    y += 4
    ty = y
    for label, value, bold in rows:
        if bold:
            s.rect(118, ty - 1, x1 - 118, 6.5, fill=(238, 240, 244), border=False)
        s.text(120, ty, label, 9 if bold else 8.5, bold=bold, w=38, align="R")
        s.text(160, ty, value, 9 if bold else 8.5, bold=bold, w=x1 - 161, align="R")
        ty += 6.5
    s.text(x0, y, "Total In Words", 8, color=(90, 90, 90))
    words = rupees_in_words(inv.total, "Indian Rupee")
    s.text(x0, y + 4, words, s.fit(words, 8.5, 100), bold=True)
    s.text(x0, y + 12, "Notes", 8, color=(90, 90, 90))
    s.text(x0, y + 16, "Thanks for your business.", 8.5)
    bank, branch, account, ifsc = inv.bank
    s.text(x0, y + 24, "Bank Details", 8, color=(90, 90, 90))
    s.text(x0, y + 28, f"{bank}, {branch} Branch", 8.5)
    s.text(x0, y + 32, f"A/c No: {account}   IFSC: {ifsc}", 8.5)
    y = max(ty, y + 38) + 4
    if inv.einvoice:
        s.qr(x0 - 2, y, 46, inv.einvoice.token)
        s.text(x0 + 46, y + 20, "Scan to verify e-Invoice (signed QR code from IRP)", 7.5)
        y += 46
    s.text(x0, y, "Terms & Conditions", 8, color=(90, 90, 90))
    s.text(x0, y + 4, f"Payment within {inv.terms_days} days. Interest @ 18% p.a. on delayed "
           "payments.", 8)
    if inv.spec.buyer_first:
        s.text(x0, y + 8, f"Supplier GSTIN/UIN {seller.gstin}   PAN {seller.pan}", 8)
    s.line(150, y + 14, x1, y + 14, 0.2)
    s.text(150, y + 15, "Authorized Signature", 8, w=x1 - 150, align="C")
    return s


# --------------------------------------------------------------------------- template: Vyapar


def render_vyapar(inv: Invoice) -> Sheet:
    """A Vyapar-app-like invoice: Received / Balance / Previous Balance / Current Balance."""
    s = Sheet(inv.spec.font or "dejavu")
    seller, buyer = inv.seller, inv.buyer
    x0, x1 = 10.0, 200.0
    s.text(x0, 8, "Tax Invoice", 14, bold=True, w=x1 - x0, align="C")
    s.rect(x0, 16, x1 - x0, 30, width=0.3)
    s.text(x0 + 3, 18, seller.name, 14, bold=True)
    lines = [", ".join(seller.address), f"Phone no.: {seller.phone}    Email: {seller.email}",
             f"GSTIN/UIN: {seller.gstin}    State: {seller.code}-{seller.state}"]
    if inv.udyam:
        lines.append(f"Udyam Reg. No.: {inv.udyam}")
    for i, text in enumerate(lines):
        s.text(x0 + 3, 25 + i * 4.4, text, 8.5)
    y = 46.0
    mid = 110.0
    s.rect(x0, y, x1 - x0, 36, width=0.3)
    s.line(mid, y, mid, y + 36, 0.3)
    s.rect(x0, y, mid - x0, 6, fill=(230, 230, 230))
    s.rect(mid, y, x1 - mid, 6, fill=(230, 230, 230))
    s.text(x0 + 2, y + 1.2, "Bill To", 9, bold=True)
    s.text(mid + 2, y + 1.2, "Invoice Details", 9, bold=True)
    bill = [buyer.name, *buyer.address, f"Contact No.: {buyer.phone}"]
    if buyer.gstin:
        bill.append(f"GSTIN : {buyer.gstin}")
    bill.append(f"State: {buyer.code}-{buyer.state}")
    for i, text in enumerate(bill):
        s.text(x0 + 2, y + 8 + i * 4.2, text, 9.5 if i == 0 else 8.5, bold=i == 0)
    details = [f"Invoice No.: {inv.number}", f"Date: {inv.day(inv.issued)}",
               f"Place of supply: {buyer.code}-{buyer.state}"]
    if inv.due:
        details.append(f"Due Date: {inv.day(inv.due)}")
    details.append(f"PO No.: {inv.po_number}")
    for i, text in enumerate(details):
        s.text(mid + 2, y + 8 + i * 4.6, text, 9, bold=i < 2)
    y += 40
    tax_label = "IGST" if inv.inter_state else "GST"
    cols: tuple[Column, ...] = (("#", 8, "C"), ("Item name", 52, "L"), ("HSN/ SAC", 17, "C"),
                                ("Quantity", 20, "R"), ("Price/ unit", 24, "R"),
                                (tax_label, 37, "R"), ("Amount", 32, "R"))
    table_row(s, x0, y, cols, [c[0] for c in cols], 7, 8.5, bold=True, border=True,
              fill=(215, 225, 240))
    y += 7
    for i, (line, g) in enumerate(zip(inv.lines, inv.groups, strict=True), start=1):
        table_row(s, x0, y, cols, [str(i), line.name, line.hsn, f"{qty_text(line)} {line.unit}",
                                   f"₹ {indian(line.rate)}", f"₹ {indian(g.tax)} ({g.rate}%)",
                                   f"₹ {indian(line.amount + g.tax)}"], 6, 8.5, border=True)
        y += 6
    gross = inv.taxable + inv.tax
    total_qty = sum((ln.qty for ln in inv.lines), Decimal(0))
    table_row(s, x0, y, cols, ["", "Total", "", f"{total_qty.normalize():f}", "",
                               f"₹ {indian(inv.tax)}", f"₹ {indian(gross)}"], 6.5, 9,
              bold=True, border=True)
    y += 10
    tcols: tuple[Column, ...] = (("Tax type", 22, "L"), ("Taxable amount", 30, "R"),
                                 ("Rate", 14, "R"), ("Tax amount", 28, "R"))
    table_row(s, x0, y, tcols, [c[0] for c in tcols], 6, 8, bold=True, border=True,
              fill=(230, 230, 230))
    ty = y + 6
    for g in inv.by_rate():
        parts = ([("IGST", g.rate, g.integrated)] if inv.inter_state else
                 [("SGST", g.rate, g.state), ("CGST", g.rate, g.central)])
        for name, rate, amount in parts:
            shown = f"{rate}%" if inv.inter_state else f"{Decimal(rate) / 2:g}%"
            table_row(s, x0, ty, tcols, [name, f"₹ {indian(g.taxable)}", shown,
                                         f"₹ {indian(amount)}"], 5.5, 8, border=True)
            ty += 5.5
    rows: list[tuple[str, str, bool]] = [("Sub Total", f"₹ {indian(gross)}", False)]
    if inv.round_off:
        rows.append(("Round off", f"₹ {indian(inv.round_off)}", False))
    rows.append(("Total", f"₹ {indian(inv.total)}", True))
    received = inv.paid or Decimal(0)
    rows += [("Received", f"₹ {indian(received)}", False),
             ("Balance", f"₹ {indian(inv.total - received)}", False)]
    if inv.previous_balance is not None:
        rows += [("Previous Balance", f"₹ {indian(inv.previous_balance)}", False),
                 ("Current Balance", f"₹ {indian(inv.previous_balance + inv.total - received)}",
                  False)]
    ry = y
    s.rect(118, ry, x1 - 118, 6, fill=(230, 230, 230))
    s.text(120, ry + 1, "Amounts", 8.5, bold=True)
    ry += 7
    for label, value, bold in rows:
        s.text(120, ry, label, 9, bold=bold)
        s.text(150, ry, value, 9, bold=bold, w=x1 - 151, align="R")
        if bold:
            s.line(118, ry - 1, x1, ry - 1, 0.2)
            s.line(118, ry + 5, x1, ry + 5, 0.2)
        ry += 5.5
    y = max(ty, ry) + 4
    s.text(x0, y, "Invoice Amount In Words", 8.5, bold=True)
    s.text(x0, y + 4.5, rupees_in_words(inv.total, "Rupees"), 8.5)
    y += 12
    bank, branch, account, ifsc = inv.bank
    s.text(x0, y, "Terms and conditions", 8.5, bold=True)
    s.text(x0, y + 4.5, "Thank you for doing business with us.", 8.5)
    s.text(x0, y + 12, "Pay To:", 8.5, bold=True)
    for i, text in enumerate([f"Bank Name : {bank}, {branch}", f"Bank Account No. : {account}",
                              f"Bank IFSC code : {ifsc}",
                              f"Account holder's name : {seller.name}"]):
        s.text(x0, y + 16.5 + i * 4.3, text, 8.5)
    s.text(120, y + 12, f"For : {seller.name}", 8.5, bold=True, w=x1 - 120, align="C")
    s.text(120, y + 30, "Authorized Signatory", 8.5, w=x1 - 120, align="C")
    return s


# --------------------------------------------------------------------------- template: regional

LABELS: dict[str, tuple[str, str, str]] = {
    # key: (English, Hindi, Tamil)
    "title": ("TAX INVOICE", "कर बीजक", "வரி விலைப்பட்டியல்"),
    "buyer": ("Buyer", "क्रेता", "வாங்குபவர்"),
    "buyer_gstin": ("GSTIN", "क्रेता GSTIN", "வாங்குபவர் GSTIN"),
    "invoice_no": ("Invoice No.", "चालान संख्या", "விலைப்பட்டியல் எண்"),
    "date": ("Date", "दिनांक", "தேதி"),
    "po": ("Buyer's Order No.", "क्रय आदेश सं.", "கொள்முதல் ஆணை எண்"),
    "eway": ("E-Way Bill No.", "ई-वे बिल सं.", "இ-வே பில் எண்"),
    "due": ("Due Date", "देय तिथि", "செலுத்த வேண்டிய தேதி"),
    "vehicle": ("Vehicle No.", "वाहन सं.", "வாகன எண்"),
    "dispatch": ("Dispatch Date", "प्रेषण दिनांक", "அனுப்பிய தேதி"),
    "sno": ("S.No.", "क्र.सं.", "வ.எண்"),
    "desc": ("Description", "विवरण", "பொருள் விவரம்"),
    "hsn": ("HSN", "HSN", "HSN"),
    "qty": ("Qty", "मात्रा", "அளவு"),
    "rate": ("Rate", "दर", "விலை"),
    "amount": ("Amount", "राशि", "தொகை"),
    "taxable": ("Taxable Value", "कर योग्य मूल्य", "வரிக்குட்பட்ட மதிப்பு"),
    "cgst": ("CGST", "सीजीएसटी", "மத்திய ஜிஎஸ்டி"),
    "sgst": ("SGST", "एसजीएसटी", "மாநில ஜிஎஸ்டி"),
    "igst": ("IGST", "आईजीएसटी", "ஒருங்கிணைந்த ஜிஎஸ்டி"),
    "roundoff": ("Round Off", "पूर्णांकन", "முழுமையாக்கல்"),
    "total": ("Total Amount", "कुल राशि", "மொத்தம்"),
    "words": ("In Words", "शब्दों में", "எழுத்தில்"),
    "previous": ("Previous Balance", "पिछला बकाया", "முந்தைய நிலுவை"),
    "total_due": ("Total Due", "कुल देय", "மொத்த நிலுவை"),
    "bank": ("Bank", "बैंक", "வங்கி"),
    "account": ("A/c No.", "खाता सं.", "கணக்கு எண்"),
    "mobile": ("Mobile", "मोबाइल", "கைபேசி"),
    "pan": ("PAN", "पैन", "PAN"),
    "udyam": ("Udyam Reg. No.", "उद्यम पंजीकरण सं.", "உத்யம் பதிவு எண்"),
    "state": ("State", "राज्य", "மாநிலம்"),
    "code": ("Code", "कोड", "குறியீடு"),
    "sign": ("Authorised Signatory", "अधिकृत हस्ताक्षरकर्ता", "அங்கீகரிக்கப்பட்ட கையொப்பம்"),
    "thanks": ("Thank you for your business.", "धन्यवाद! पुनः पधारें।", "நன்றி! மீண்டும் வருக."),
    "place": ("Place of Supply", "आपूर्ति का स्थान", "விநியோக இடம்"),
}


def _label(key: str, lang: str, sep: str = " / ") -> str:
    en, hi, ta = LABELS[key]
    native = hi if lang.endswith("hi") else ta
    if lang in {"hi", "ta"}:
        return native
    if lang.startswith("en+"):
        return f"{native}{sep}{en}"
    return en


def render_regional(inv: Invoice) -> Sheet:
    """A shop invoice with Hindi or Tamil labels, or bilingual ones."""
    lang = inv.spec.lang
    script = "deva" if lang.endswith("hi") else "taml"
    s = Sheet(inv.spec.font or "noto", scripts=(script,))
    seller, buyer = inv.seller, inv.buyer
    x0, x1 = 12.0, 198.0

    def lab(key: str) -> str:
        return _label(key, lang)

    s.rect(8, 8, 194, 281, width=0.5)
    blessing = "|| श्री गणेशाय नमः ||" if script == "deva" else "|| முருகன் துணை ||"
    s.text(x0, 10, blessing, 8, w=x1 - x0, align="C")
    s.text(x0, 15, lab("title"), 12, bold=True, w=x1 - x0, align="C")
    y = 22.0
    if seller.native:
        s.text(x0, y, seller.native, 15, bold=True, w=x1 - x0, align="C")
        y += 7.5
    s.text(x0, y, seller.name.upper(), 12 if seller.native else 15, bold=True, w=x1 - x0,
           align="C")
    y += 6.5 if seller.native else 8
    s.text(x0, y, ", ".join(seller.address), 8.5, w=x1 - x0, align="C")
    y += 4.6
    s.text(x0, y, f"GSTIN/UIN: {seller.gstin}   {lab('pan')}: {seller.pan}   "
           f"{lab('mobile')}: {seller.phone}", 8.5, w=x1 - x0, align="C")
    y += 4.6
    if inv.udyam:
        s.text(x0, y, f"{lab('udyam')}: {inv.udyam}", 8.5, w=x1 - x0, align="C")
        y += 4.6
    y += 1.5
    s.line(8, y, 202, y, 0.4)
    top = y
    mid = 110.0
    s.text(x0, y + 1.5, lab("buyer") + ":", 8.5, bold=True)
    blines = [buyer.name, *buyer.address]
    if buyer.gstin:
        blines.append(f"{lab('buyer_gstin')}: {buyer.gstin}")
    blines.append(f"{lab('state')}: {buyer.state}, {lab('code')}: {buyer.code}")
    for i, text in enumerate(blines):
        s.text(x0, y + 6 + i * 4.5, text, s.fit(text, 9.5 if i == 0 else 8.5, mid - x0 - 2,
                                                i == 0), bold=i == 0)
    meta = [(lab("invoice_no"), inv.number, True), (lab("date"), inv.day(inv.issued), True),
            (lab("po"), inv.po_number, False), (lab("eway"), inv.eway_bill, False),
            (lab("vehicle"), inv.vehicle, False), (lab("dispatch"), inv.day(inv.dispatched),
                                                   False)]
    if inv.due:
        meta.insert(2, (lab("due"), inv.day(inv.due), False))
    for i, (k, v, bold) in enumerate(meta):
        size = s.fit(f"{k}: {v}", 9, x1 - mid - 2, bold)
        s.text(mid + 2, y + 1.5 + i * 4.7, f"{k}: {v}", size, bold=bold)
    y += max(7 + len(blines) * 4.5, 3 + len(meta) * 4.7) + 1
    s.line(mid, top, mid, y, 0.3)
    s.line(8, y, 202, y, 0.4)
    bilingual = lang.startswith("en+")
    cols: tuple[Column, ...] = (("sno", 14, "C"), ("desc", 76, "L"), ("hsn", 18, "C"),
                                ("qty", 24, "R"), ("rate", 25, "R"), ("amount", 29, "R"))
    head_h = 10.0 if bilingual else 7.0

    def head(y: float) -> float:
        cx = x0
        for key, width, _ in cols:
            s.rect(cx, y + 2, width, head_h, fill=(240, 236, 220), width=0.2)
            if bilingual:
                en = LABELS[key][0]
                native = _label(key, lang[3:])
                s.text(cx, y + 2.8, native, s.fit(native, 8.5, width - 1, True), bold=True,
                       w=width, align="C")
                s.text(cx, y + 7.2, en, 7.5, w=width, align="C")
            else:
                s.text(cx, y + 3.6, lab(key), s.fit(lab(key), 9, width - 1, True), bold=True,
                       w=width, align="C")
            cx += width
        return y + 2 + head_h

    y = head(y)
    for i, line in enumerate(inv.lines, start=1):
        if y > 268:
            s.new_page()
            s.rect(8, 8, 194, 281, width=0.5)
            s.text(x0, 12, f"{seller.name} - {lab('invoice_no')}: {inv.number}", 9, bold=True)
            y = head(16)
        table_row(s, x0, y, cols, [str(i), line.name, line.hsn, f"{qty_text(line)} {line.unit}",
                                   indian(line.rate), indian(line.amount)], 5.6, 8.5,
                  border=True)
        y += 5.6
    rows: list[tuple[str, str, bool]] = [(lab("taxable"), indian(inv.taxable), False)]
    for g in inv.by_rate():
        if inv.inter_state:
            rows.append((f"{lab('igst')} @ {g.rate}%", indian(g.integrated), False))
        else:
            half = f"{Decimal(g.rate) / 2:g}"
            rows.append((f"{lab('cgst')} @ {half}%", indian(g.central), False))
            rows.append((f"{lab('sgst')} @ {half}%", indian(g.state), False))
    if inv.round_off:
        rows.append((lab("roundoff"), indian(inv.round_off), False))
    rows.append((lab("total"), inv.money(inv.total), True))
    if inv.previous_balance is not None:
        rows.append((lab("previous"), indian(inv.previous_balance), False))
        rows.append((lab("total_due"), inv.money(inv.previous_balance + inv.total), False))
    if y + len(rows) * 6 + 50 > 287:
        s.new_page()
        s.rect(8, 8, 194, 281, width=0.5)
        s.text(x0, 12, f"{seller.name} - {lab('invoice_no')}: {inv.number}", 9, bold=True)
        y = 20
    y += 3
    for label, value, bold in rows:
        if bold:
            s.rect(100, y - 0.8, x1 - 100, 7, fill=(240, 236, 220), width=0.2)
        size = 10 if bold else 8.8
        s.text(102, y, label, s.fit(label, size, 60, bold), bold=bold)
        s.text(160, y, value, size, bold=bold, w=x1 - 161, align="R")
        y += 7.5 if bold else 5.2
    y += 2
    words = f"{lab('words')}: {rupees_in_words(inv.total, 'Rupees')}"
    s.text(x0, y, words, s.fit(words, 9, x1 - x0), bold=True)
    y += 7
    bank, branch, account, ifsc = inv.bank
    s.text(x0, y, f"{lab('bank')}: {bank}, {branch}   {lab('account')}: {account}   "
           f"IFSC: {ifsc}", 8.5)
    s.text(x0, y + 12, lab("thanks"), 9)
    s.text(120, y + 8, f"For {seller.name}", 9, bold=True, w=x1 - 120, align="C")
    s.text(120, y + 22, lab("sign"), 8.5, w=x1 - 120, align="C")
    return s


# ---------------------------------------------------------------- template: NIC e-invoice


def _portal_section(s: Sheet, y: float, title: str) -> float:
    s.rect(10, y, 190, 6, fill=(220, 220, 220), width=0.2)
    s.text(12, y + 1.2, title, 9, bold=True)
    return y + 8


def render_portal(inv: Invoice) -> Sheet:
    """The e-invoice as printed from the IRP / e-invoice portal."""
    assert inv.einvoice is not None
    e = inv.einvoice
    s = Sheet(inv.spec.font or "noto")
    seller, buyer = inv.seller, inv.buyer
    s.text(10, 8, "e-Invoice", 15, bold=True, w=190, align="C")
    s.qr(154, 12, 46, e.token)
    s.rect(10, 18, 140, 6, fill=(220, 220, 220), width=0.2)
    s.text(12, 19.2, "1. e-Invoice Details", 9, bold=True)
    s.text(12, 27, f"IRN : {e.irn}", 7.5)
    s.text(12, 32, f"Ack. No : {e.ack_no}", 8.5)
    s.text(12, 37, f"Ack. Date : {e.ack_at:%Y-%m-%d %H:%M:%S}", 8.5)
    s.text(12, 45, "Signed QR code and IRN generated by the Invoice Registration Portal.", 7.5)
    y = _portal_section(s, 62, "2. Transaction Details")
    pairs = [("Supply Type Code", "B2B", "Document No", inv.number),
             ("Place of Supply", buyer.state.upper(), "Document Type", "Tax Invoice"),
             ("IGST applicable despite Supplier and Recipient located in same State", "No",
              "Document Date", inv.day(inv.issued))]
    for i, (k1, v1, k2, v2) in enumerate(pairs):
        if i < 2:
            s.text(12, y + i * 4.8, f"{k1} : {v1}", 8.5)
        else:
            s.text(12, y + i * 4.8, f"{k1} : {v1}", 7)
        s.text(130, y + i * 4.8, f"{k2} : {v2}", 8.5, bold=k2 != "Document Type")
    y += 16
    y = _portal_section(s, y, "3. Party Details")
    for x, title, party, label in ((12, "Supplier :", seller, "GSTIN/UIN"),
                                   (108, "Recipient :", buyer, "GSTIN")):
        s.text(x, y, title, 8.5, bold=True)
        rows = [f"{label} : {party.gstin}", party.name, *party.address,
                f"{party.state}  (State Code {party.code})", f"Phone : {party.phone}",
                f"Email : {party.email}"]
        for i, text in enumerate(rows):
            s.text(x, y + 4.6 + i * 4.2, text, s.fit(text, 8.3, 90))
    y += 6 + 8 * 4.2
    if inv.udyam:
        s.text(12, y - 3, f"Supplier Udyam Reg. No. : {inv.udyam}", 8)
        y += 2
    y = _portal_section(s, y, "4. Details of Goods / Services")
    cols: tuple[Column, ...] = (("SlNo", 9, "C"), ("Item Description", 47, "L"),
                                ("HSN Code", 15, "C"), ("Quantity", 16, "R"), ("Unit", 10, "C"),
                                ("Unit Price(Rs)", 19, "R"), ("Discount(Rs)", 16, "R"),
                                ("Taxable Amount(Rs)", 21, "R"), ("Tax Rate", 17, "C"),
                                ("Total(Rs)", 20, "R"))
    table_row(s, 10, y, cols, [c[0] for c in cols], 7, 7, bold=True, border=True,
              fill=(240, 240, 240))
    y += 7
    for i, (line, g) in enumerate(zip(inv.lines, inv.groups, strict=True), start=1):
        if y > 272:
            s.new_page()
            s.text(10, 10, f"e-Invoice  IRN : {e.irn}", 7.5)
            y = 18
        table_row(s, 10, y, cols, [str(i), line.name, line.hsn, qty_text(line), line.unit,
                                   f"{line.rate:.2f}", "0.00", f"{line.amount:.2f}",
                                   f"{line.gst}+0 | 0+0", f"{line.amount + g.tax:.2f}"], 5.5,
                  7.5, border=True)
        y += 5.5
    if y > 230:
        s.new_page()
        y = 14
    y += 3
    scols: tuple[Column, ...] = (("Tax'ble Amt", 22, "R"), ("CGST Amt", 19, "R"),
                                 ("SGST Amt", 19, "R"), ("IGST Amt", 19, "R"),
                                 ("CESS Amt", 15, "R"), ("State CESS Amt", 19, "R"),
                                 ("Discount", 15, "R"), ("Other Charges", 18, "R"),
                                 ("Round off Amt", 19, "R"), ("Total Inv. Amt", 25, "R"))
    table_row(s, 10, y, scols, [c[0] for c in scols], 6, 6.8, bold=True, border=True,
              fill=(240, 240, 240))
    table_row(s, 10, y + 6, scols, [f"{inv.taxable:.2f}", f"{inv.central:.2f}",
                                    f"{inv.state_tax:.2f}", f"{inv.integrated:.2f}", "0.00",
                                    "0.00", "0.00", "0.00", f"{inv.round_off:.2f}",
                                    f"{inv.total:.2f}"], 6, 8, border=True)
    y += 16
    y = _portal_section(s, y, "5. E-Way Bill Details")
    s.text(12, y, f"E-Way Bill No. : {inv.eway_bill}", 8.5)
    s.text(80, y, f"E-Way Bill Date : {inv.dispatched:%d-%m-%Y} 17:05:00", 8.5)
    s.text(150, y, f"Valid Till : {inv.dispatched + timedelta(days=2):%d-%m-%Y}", 8.5)
    s.text(12, y + 5, f"Vehicle No. : {inv.vehicle}    Buyer PO : {inv.po_number}", 8.5)
    y += 14
    s.text(12, y, f"Generated By : {seller.gstin}", 8)
    s.text(120, y, f"Print Date : {inv.printed_at:%d-%m-%Y %H:%M:%S}", 8)
    return s


# --------------------------------------------------------------------------- template: dot-matrix


def render_dotmatrix(inv: Invoice) -> Sheet:
    """A monospaced invoice as printed by a billing program on a dot-matrix printer."""
    s = Sheet(inv.spec.font or "mono")
    seller, buyer = inv.seller, inv.buyer
    width = 86
    rule = "-" * width

    def lr(left: str, right: str) -> str:
        return left + " " * max(1, width - len(left) - len(right)) + right

    head = [seller.name.upper().center(width), *(a.center(width) for a in seller.address),
            f"GSTIN/UIN : {seller.gstin}   PH : {seller.phone}".center(width)]
    if inv.udyam:
        head.append(f"UDYAM REG NO : {inv.udyam}".center(width))
    head += [rule, "TAX INVOICE".center(width), rule]
    party = [f"M/s {buyer.name}", *buyer.address]
    if buyer.gstin:
        party.append(f"GSTIN : {buyer.gstin}   STATE : {buyer.state} ({buyer.code})")
    doc = [lr(f"Invoice No : {inv.number}", f"Date : {inv.day(inv.issued)}"),
           lr(f"Challan No : {inv.delivery_note}", f"Challan Dt : {inv.day(inv.dispatched)}"),
           lr(f"Order No   : {inv.po_number}", f"Order Dt : {inv.day(inv.po_date)}"),
           lr(f"Vehicle No : {inv.vehicle}", f"E-Way Bill : {inv.eway_bill}")]
    if inv.due:
        doc.append(f"Due Date   : {inv.day(inv.due)}")
    if inv.spec.buyer_first:
        lines = [*party, rule, *head, *doc, rule]
    else:
        lines = [*head, *party, rule, *doc, rule]
    lines.append(f"{'SN':>3} {'DESCRIPTION':<36}{'HSN':<9}{'QTY':>9}{'RATE':>12}{'AMOUNT':>14}")
    lines.append(rule)
    pages: list[list[str]] = []
    for i, line in enumerate(inv.lines, start=1):
        if len(lines) >= 62:
            lines.append("(Continued on next page)".rjust(width))
            pages.append(lines)
            lines = [lr(f"{seller.name.upper()}  Invoice No : {inv.number}",
                        f"Page {len(pages) + 1}"), rule]
        lines.append(f"{i:>3} {line.name[:35]:<36}{line.hsn:<9}{qty_text(line):>9}"
                     f"{indian(line.rate):>12}{indian(line.amount):>14}")
    lines.append(rule)
    lines.append(lr("", f"SUB TOTAL {indian(inv.taxable):>16}"))
    for g in inv.by_rate():
        if inv.inter_state:
            lines.append(lr("", f"IGST {g.rate}% {indian(g.integrated):>16}"))
        else:
            half = f"{Decimal(g.rate) / 2:g}"
            lines.append(lr("", f"CGST {half}% {indian(g.central):>16}"))
            lines.append(lr("", f"SGST {half}% {indian(g.state):>16}"))
    if inv.round_off:
        lines.append(lr("", f"ROUND OFF {indian(inv.round_off):>16}"))
    lines.append(rule)
    lines.append(lr("", f"NET AMOUNT Rs. {indian(inv.total):>16}"))
    lines.append(rule)
    lines.append(rupees_in_words(inv.total, "Rupees").upper()[:width])
    bank, branch, account, ifsc = inv.bank
    lines += ["", f"BANK : {bank.upper()} A/C {account} IFSC {ifsc}",
              "Interest @ 24% p.a. will be charged if not paid within due date.", "",
              lr("Receiver's Signature", f"For {seller.name.upper()}"), "", "",
              lr("", "Authorised Signatory")]
    pages.append(lines)
    for number, page in enumerate(pages):
        if number:
            s.new_page()
        for row, text in enumerate(page):
            s.text(12, 10 + row * 4.15, text, 8.6, bold=row < 1 and number == 0)
    return s


TEMPLATES: dict[str, Callable[[Invoice], Sheet]] = {
    "tally": render_tally, "retail": render_retail, "modern": render_modern,
    "vyapar": render_vyapar, "regional": render_regional, "portal": render_portal,
    "dotmatrix": render_dotmatrix,
}

# --------------------------------------------------------------------------- images


def render_pages(pdf: bytes, dpi: float) -> list[Image.Image]:
    """Each page of a PDF as an RGB image."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [document[i].render(scale=dpi / 72).to_pil().convert("RGB")
                for i in range(len(document))]
    finally:
        document.close()


def _perspective(dst: Sequence[tuple[float, float]],
                 src: Sequence[tuple[float, float]]) -> tuple[float, ...]:
    """Coefficients for PIL's PERSPECTIVE transform mapping output ``dst`` to input ``src``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    solution = np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))
    return tuple(float(c) for c in solution)


@dataclass(frozen=True)
class Camera:
    """How a photo is taken."""

    long_side: int
    fill: float  # page height / photo height
    skew: float  # degrees
    keystone: float  # how much narrower one edge of the page is
    blur: float
    noise: float
    light: float
    gradient: float
    quality: int
    rotate: int
    background: tuple[int, int, int]


BACKGROUNDS = ((118, 84, 58), (92, 92, 98), (46, 46, 52), (168, 150, 122), (140, 110, 80))


def choose_camera(rng: random.Random, spec: Spec) -> Camera:
    """Random but readable camera settings; gentler when the page carries a QR code."""
    gentle = spec.qr
    return Camera(
        long_side=rng.randint(2250, 2400) if gentle else rng.randint(1900, 2400),
        fill=rng.uniform(0.88, 0.94),
        skew=rng.choice([-1, 1]) * rng.uniform(1.0, 3.0 if gentle else 5.0),
        keystone=rng.uniform(0.01, 0.035 if gentle else 0.05),
        blur=rng.uniform(0.5, 0.7) if gentle else rng.choice([0.5, 0.6, 0.7, 0.8, 1.0, 1.2]),
        noise=rng.uniform(3, 5) if gentle else rng.uniform(3, 7),
        light=rng.uniform(0.62, 0.72) if spec.dark else rng.uniform(0.82, 0.98),
        gradient=rng.uniform(0.08, 0.2),
        quality=rng.randint(72, 80) if gentle else rng.randint(55, 80),
        rotate=spec.rotate,
        background=rng.choice(BACKGROUNDS),
    )


def photograph(pdf: bytes, page_index: int, camera: Camera, seed: int) -> Image.Image:
    """A phone photo of one printed page, lying on a table."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    height = camera.long_side
    width = int(height * 0.75)
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        pw_pt, ph_pt = page.get_size()
        page_h = height * camera.fill
        page_img = page.render(scale=page_h / ph_pt).to_pil().convert("RGB")
    finally:
        document.close()
    pw, ph = page_img.size
    paper = Image.new("RGB", page_img.size, (rng.randint(244, 252), rng.randint(240, 248),
                                             rng.randint(228, 240)))
    page_img = ImageChops.multiply(page_img, paper)
    cx = width / 2 + rng.uniform(-0.02, 0.02) * width
    cy = height / 2 + rng.uniform(-0.015, 0.015) * height
    half_w, half_h = pw / 2, ph / 2
    k = camera.keystone
    top_k, bottom_k = (1 - k, 1.0) if rng.random() < 0.5 else (1.0, 1 - k)
    corners = [(-half_w * top_k, -half_h), (half_w * top_k, -half_h),
               (half_w * bottom_k, half_h), (-half_w * bottom_k, half_h)]
    angle = np.deg2rad(camera.skew)
    cos, sin = float(np.cos(angle)), float(np.sin(angle))
    scale = min(1.0, (width * 0.97) / (pw * abs(cos) + ph * abs(sin)),
                (height * 0.97) / (ph * abs(cos) + pw * abs(sin)))
    quad = []
    for x, y in corners:
        x, y = x * scale, y * scale
        quad.append((cx + x * cos - y * sin + rng.uniform(-4, 4),
                     cy + x * sin + y * cos + rng.uniform(-4, 4)))
    coeffs = _perspective(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page_img.convert("RGBA").transform((width, height), Image.Transform.PERSPECTIVE,
                                                coeffs, Image.Resampling.BICUBIC,
                                                fillcolor=(0, 0, 0, 0))
    mask = warped.getchannel("A")
    # The table: a colour with soft blotches, darker in the page's shadow. Smooth fields are
    # computed small and scaled up, which is much faster than full-size numpy arithmetic.
    small = (width // 8, height // 8)
    blotches = Image.fromarray(noise.integers(108, 148, (6, 8), dtype=np.uint8)).resize(
        (width, height), Image.Resampling.BICUBIC)
    table = ImageChops.add(Image.new("RGB", (width, height), camera.background),
                           Image.merge("RGB", (blotches,) * 3), offset=-128)
    shadow = ImageChops.offset(mask.resize(small).filter(ImageFilter.GaussianBlur(2.5)),
                               int(width * 0.01) // 8, int(height * 0.008) // 8)
    shade = shadow.point(lambda v: 255 - int(0.55 * v)).resize((width, height),
                                                               Image.Resampling.BILINEAR)
    table = ImageChops.multiply(table, Image.merge("RGB", (shade,) * 3))
    photo = Image.composite(warped.convert("RGB"), table, mask)
    yy, xx = np.mgrid[0:small[1], 0:small[0]].astype(np.float32)
    yy /= small[1]
    xx /= small[0]
    theta = rng.uniform(0, 2 * np.pi)
    light = (camera.light + camera.gradient * ((xx - 0.5) * np.cos(theta) +
                                               (yy - 0.5) * np.sin(theta))
             - 0.18 * ((xx - 0.5) ** 2 + (yy - 0.5) ** 2))
    if rng.random() < 0.5:  # the shadow of the phone or a hand
        sx, sy = rng.uniform(0.2, 0.8), rng.uniform(0.6, 1.0)
        light -= 0.12 * np.exp(-(((xx - sx) / 0.25) ** 2 + ((yy - sy) / 0.18) ** 2))
    field_ = Image.fromarray(np.clip(light * 255, 0, 255).astype(np.uint8)).resize(
        (width, height), Image.Resampling.BILINEAR)
    photo = ImageChops.multiply(photo, Image.merge("RGB", (field_,) * 3))
    photo = photo.filter(ImageFilter.GaussianBlur(camera.blur))
    grain = noise.standard_normal((height, width), dtype=np.float32) * camera.noise + 128
    grain_img = Image.fromarray(np.clip(grain, 0, 255).astype(np.uint8))
    photo = ImageChops.add(photo, Image.merge("RGB", (grain_img,) * 3), offset=-128)
    if camera.rotate:
        photo = photo.rotate(camera.rotate, expand=True)
    return photo


def scan(image: Image.Image, seed: int) -> Image.Image:
    """A flatbed scan: grey, barely tilted, a little grain."""
    rng = random.Random(seed)
    grey = image.convert("L")
    grey = grey.rotate(rng.uniform(-0.4, 0.4), resample=Image.Resampling.BICUBIC,
                       fillcolor=255)
    pixels = np.asarray(grey, dtype=np.float32) * 0.96 + 6
    pixels += np.random.default_rng(seed).normal(0, 2.0, pixels.shape).astype(np.float32)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def image_pdf(images: Sequence[Image.Image], page: str) -> bytes:
    """A PDF whose pages are only images (no text layer)."""
    pdf = FPDF(unit="mm", format=PAGE_SIZES[page])
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))
    for image in images:
        pdf.add_page()
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=85)
        buffer.seek(0)
        pdf.image(buffer, x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


# --------------------------------------------------------------------------- the documents


def _specs() -> list[Spec]:
    S = Spec
    return [
        # ---- clean
        S("clean-01-tally", "tally", "pdf", seller="kaveri", udyam=True, date_style="tally",
          items=4),
        S("clean-02-tally-igst", "tally", "png", seller="patil", inter_state=True,
          date_style="tally", number_style="fy_short", dpi=250, old_rates=True),
        S("clean-03-tally-multipage", "tally", "pdf", seller="shah", items=44,
          date_style="tally", udyam=True, inter_state=True),
        S("clean-04-tally-einvoice", "tally", "pdf", seller="murugan", qr=True, items=4,
          date_style="tally", inter_state=True),
        S("clean-05-retail-cash", "retail", "pdf", seller="lakshmi", b2c=True, page="A5",
          title="CASH MEMO", number_style="gst", date_style="dot2", money="rs"),
        S("clean-06-retail-b2c-small", "retail", "png", seller="lakshmi", b2c=True, page="A5",
          title="TAX INVOICE", number_style="state", date_style="dot2", dpi=300,
          fixed=(("Turmeric Powder 500 g", "4", "96.38"),
                 ("Red Chilli Powder 1 kg", "2", "212.00"))),
        S("clean-07-retail-bill-of-supply", "retail", "scan", seller="rathore", page="A5",
          title="BILL OF SUPPLY", number_style="letter", date_style="dash", money="rupee"),
        S("clean-08-modern", "modern", "pdf", seller="nandi", due_date=True, payment_made=True,
          number_style="zoho", date_style="mon", udyam=True),
        S("clean-09-modern-einvoice", "modern", "png", seller="deccan", qr=True,
          number_style="zoho", date_style="mon", due_date=True, inter_state=True, dpi=250),
        S("clean-10-modern-multipage", "modern", "png", seller="ganesh", items=40,
          number_style="zoho", date_style="monthdash", due_date=True, payment_made=True,
          dpi=200),
        S("clean-11-vyapar", "vyapar", "pdf", seller="gupta", previous_balance=True,
          number_style="plain", date_style="dash", payment_made=True),
        S("clean-12-vyapar-scan", "vyapar", "scan", seller="deccan", number_style="slash_fy",
          date_style="dash", due_date=True, udyam=True),
        S("clean-13-hindi", "regional", "pdf", lang="hi", seller="gupta", date_style="slash",
          number_style="year", previous_balance=True, udyam=True),
        S("clean-14-hindi-monthname", "regional", "png", lang="hi", seller="malwa",
          date_style="hi", number_style="fy", inter_state=True, dpi=250),
        S("clean-15-bilingual-hindi", "regional", "pdf", lang="en+hi", seller="verma",
          date_style="dash", number_style="fy_short", due_date=True, old_rates=True),
        S("clean-16-tamil", "regional", "pdf", lang="ta", seller="murugan", date_style="slash",
          number_style="state", udyam=True),
        S("clean-17-tamil-monthname", "regional", "png", lang="ta", seller="lakshmi",
          date_style="ta", number_style="gst", previous_balance=True, dpi=250),
        S("clean-18-bilingual-tamil", "regional", "scan", lang="en+ta", seller="kaveri",
          date_style="dot2", number_style="fy", inter_state=True, old_rates=True),
        S("clean-19-einvoice-portal", "portal", "pdf", seller="patil", qr=True,
          number_style="fy", date_style="dash", inter_state=True, udyam=True),
        S("clean-20-einvoice-portal-scan", "portal", "scan", seller="shah", qr=True,
          number_style="year", date_style="dash", dpi=300),
        S("clean-21-dotmatrix", "dotmatrix", "pdf", seller="ganesh", number_style="letter",
          date_style="dash", money="rs", due_date=True),
        S("clean-22-dotmatrix-buyer-first", "dotmatrix", "png", seller="verma",
          number_style="slash_fy", date_style="dot2", buyer_first=True, udyam=True,
          font="libmono", dpi=250),
        S("clean-23-tally-multipage-scan", "tally", "scan", seller="deccan", items=38,
          date_style="slash", number_style="fy", old_rates=True),
        S("clean-24-bilingual-hindi-multipage", "regional", "jpeg", lang="en+hi",
          seller="rathore", items=42, date_style="monthdash", number_style="letter",
          inter_state=True, dpi=220),
        S("clean-25-modern-large", "modern", "pdf", seller="kaveri", number_style="fy",
          date_style="slash", buyer_first=True, inter_state=True, font="dejavu",
          fixed=(("CNC Vertical Machining Centre VMC-850", "1", "1850000.00"),
                 ("Tooling Kit, Installation & Training", "1", "247457.63"))),
        S("clean-26-retail-cash-memo", "retail", "pdf", seller="gupta", b2c=True, page="A5",
          title="CASH MEMO", number_style="plain", date_style="slash", round_off=False,
          font="notoserif", udyam=True),
        # ---- noisy
        S("noisy-01-tally", "tally", "photo", seller="malwa", date_style="tally", udyam=True,
          items=3),
        S("noisy-02-tally-rot90", "tally", "photo", seller="nandi", date_style="tally",
          inter_state=True, rotate=90, items=5),
        S("noisy-03-tally-einvoice", "tally", "photo", seller="kaveri", qr=True, items=3,
          date_style="tally", number_style="fy"),
        S("noisy-04-retail", "retail", "photo", seller="murugan", b2c=True, page="A5",
          title="TAX INVOICE", number_style="state", date_style="dot2", money="rs"),
        S("noisy-05-retail-rot180", "retail", "photo", seller="gupta", page="A5",
          title="TAX INVOICE", number_style="gst", date_style="slash", rotate=180),
        S("noisy-06-modern", "modern", "photo", seller="shah", number_style="zoho",
          date_style="mon", due_date=True, payment_made=True, udyam=True),
        S("noisy-07-modern-einvoice", "modern", "photo", seller="nandi", qr=True,
          number_style="fy", date_style="mon", inter_state=True, items=3),
        S("noisy-08-vyapar", "vyapar", "photo", seller="ganesh", number_style="plain",
          date_style="dash", previous_balance=True, old_rates=True),
        S("noisy-09-hindi", "regional", "photo", lang="hi", seller="rathore", date_style="hi",
          number_style="state", udyam=True),
        S("noisy-10-bilingual-hindi-rot270", "regional", "photo", lang="en+hi", seller="malwa",
          date_style="slash", number_style="fy", rotate=270, previous_balance=True),
        S("noisy-11-tamil", "regional", "photo", lang="ta", seller="kaveri", date_style="ta",
          number_style="fy_short", due_date=True),
        S("noisy-12-bilingual-tamil", "regional", "photo", lang="en+ta", seller="murugan",
          date_style="dash", number_style="gst", b2c=True),
        S("noisy-13-einvoice-portal", "portal", "photo", seller="ganesh", qr=True,
          number_style="fy_short", date_style="dash", inter_state=True, items=4),
        S("noisy-14-dotmatrix", "dotmatrix", "photo", seller="shah", number_style="year",
          date_style="dash", udyam=True),
        S("noisy-15-tally-multipage", "tally", "photo", seller="patil", items=40,
          date_style="tally", number_style="fy", old_rates=True),
        S("noisy-16-vyapar-dark", "vyapar", "photo", seller="lakshmi", number_style="slash_fy",
          date_style="slash", dark=True, due_date=True),
        S("noisy-17-dotmatrix-multipage-rot90", "dotmatrix", "photo", seller="deccan",
          items=70, number_style="letter", date_style="dot2", rotate=90, inter_state=True),
        S("noisy-18-retail-b2c-dark", "retail", "photo", seller="verma", b2c=True, page="A5",
          title="CASH MEMO", number_style="plain", date_style="mon", dark=True),
    ]


@dataclass
class _Built:
    name: str
    files: list[str] = field(default_factory=list)
    condition: str = "clean"
    has_qr: bool = False
    text_layer: bool = False
    truth: dict[str, str | None] = field(default_factory=dict)


def _build_one(spec: Spec, key_pem: bytes, directory: str) -> _Built:
    key = serialization.load_pem_private_key(key_pem, password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    invoice = make_invoice(spec, key)
    pdf = TEMPLATES[spec.template](invoice).output()
    out = Path(directory)
    built = _Built(spec.name, condition=spec.condition, has_qr=spec.qr,
                   text_layer=spec.output == "pdf", truth=invoice.truth())
    seed = int.from_bytes(hashlib.sha256(f"{VERSION}/{spec.name}".encode()).digest()[:8], "big")
    if spec.output == "pdf":
        (out / f"{spec.name}.pdf").write_bytes(pdf)
        built.files = [f"{spec.name}.pdf"]
    elif spec.output in {"png", "jpeg"}:
        pages = render_pages(pdf, spec.dpi)
        for i, page in enumerate(pages, start=1):
            suffix = f"-p{i}" if len(pages) > 1 else ""
            if spec.output == "png":
                name = f"{spec.name}{suffix}.png"
                page.save(out / name, format="PNG", compress_level=3)
            else:
                name = f"{spec.name}{suffix}.jpg"
                page.save(out / name, format="JPEG", quality=92)
            built.files.append(name)
    elif spec.output == "scan":
        pages = [scan(p, seed + i) for i, p in enumerate(render_pages(pdf, spec.dpi))]
        (out / f"{spec.name}.pdf").write_bytes(image_pdf(pages, spec.page))
        built.files = [f"{spec.name}.pdf"]
    else:
        document = pdfium.PdfDocument(pdf)
        count = len(document)
        document.close()
        assert count == 1 or not spec.qr, "e-invoice photos are single pages"
        rng = random.Random(seed)
        for i in range(count):
            # Like a person checking the photo on the phone: retake it until its QR code
            # reads (about one in five dense NIC codes does not at phone resolution).
            for attempt in range(12):
                camera = choose_camera(rng, spec)
                photo = photograph(pdf, i, camera, seed + i + 1000 * attempt)
                buffer = io.BytesIO()
                photo.save(buffer, format="JPEG", quality=camera.quality)
                if not spec.qr or zxingcpp.read_barcodes(Image.open(buffer)):
                    break
            else:
                raise RuntimeError(f"{spec.name}: no readable photo of the QR code")
            suffix = f"-p{i + 1}" if count > 1 else ""
            name = f"{spec.name}{suffix}.jpg"
            (out / name).write_bytes(buffer.getvalue())
            built.files.append(name)
    return built


MANIFEST = "manifest.json"


def _load_cached(directory: Path) -> Corpus | None:
    path = directory / MANIFEST
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    if manifest.get("version") != VERSION:
        return None
    documents = []
    for entry in manifest["documents"]:
        files = tuple(directory / name for name in entry["files"])
        if not all(f.is_file() for f in files):
            return None
        documents.append(CorpusDocument(entry["name"], files, entry["condition"],
                                        entry["has_qr"], entry["text_layer"], entry["truth"]))
    return Corpus(tuple(documents), manifest["public_key"].encode())


def build_corpus(directory: Path) -> Corpus:
    """Write the corpus under ``directory`` (or reuse what an earlier call wrote there)."""
    directory.mkdir(parents=True, exist_ok=True)
    cached = _load_cached(directory)
    if cached is not None:
        return cached
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    specs = _specs()
    # The slowest documents (many pages, photos) first, so the two workers finish together.
    order = sorted(specs, key=lambda sp: (sp.output != "photo", -sp.items))
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("forkserver")) as pool:
        results = {b.name: b for b in pool.map(_build_one, order, [key_pem] * len(order),
                                                 [str(directory)] * len(order))}
    built = [results[spec.name] for spec in specs]
    manifest = {"version": VERSION, "public_key": public_pem.decode(),
                "documents": [{"name": b.name, "files": b.files, "condition": b.condition,
                               "has_qr": b.has_qr, "text_layer": b.text_layer,
                               "truth": b.truth} for b in built]}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                      encoding="utf-8")
    cached = _load_cached(directory)
    assert cached is not None
    return cached


# --------------------------------------------------------------------------- bad files

HUGE_SIZE = 50 * 1024 * 1024
BOMB_SIDE = 40_000


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def _bomb_png(side: int) -> bytes:
    """A valid 1-bit greyscale PNG of ``side`` x ``side`` white pixels, small on disk."""
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    block = row * 256
    parts = [compressor.compress(block) for _ in range(side // 256)]
    parts.append(compressor.compress(row * (side % 256)))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", b"".join(parts)) + _png_chunk(b"IEND", b""))


def _sample_invoice_pdf(name: str, password: str | None = None) -> bytes:
    spec = Spec(name, "tally", "pdf", seller="kaveri", items=3, date_style="tally")
    sheet = render_tally(make_invoice(spec, None))
    if password:
        sheet.pdf.set_encryption(owner_password="owner-" + password, user_password=password,
                                 encryption_method=EncryptionMethod.AES_256)
    return sheet.output()


def bad_files(directory: Path) -> dict[str, Path]:
    """Inputs a reader must refuse cleanly, keyed by file name."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {name: directory / name for name in (
        "wrong-type.jpg", "truncated.pdf", "huge.pdf", "bomb.png", "password.pdf",
        "corrupt.jpg", "empty.pdf")}
    marker = directory / "bad-files.version"
    if marker.is_file() and marker.read_text() == VERSION and all(
            p.is_file() for p in paths.values()):
        return paths
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("invoice.html", "<html><body><h1>Tax Invoice</h1></body></html>")
    paths["wrong-type.jpg"].write_bytes(archive.getvalue())
    whole = _sample_invoice_pdf("bad-truncated")
    paths["truncated.pdf"].write_bytes(whole[: len(whole) // 2])
    with paths["huge.pdf"].open("wb") as handle:
        head = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
        handle.write(head)
        line = b"%" + b"0" * 1022 + b"\n"
        chunk = line * 1024
        remaining = HUGE_SIZE - len(head)
        while remaining > 0:
            piece = chunk[:remaining]
            handle.write(piece)
            remaining -= len(piece)
    paths["bomb.png"].write_bytes(_bomb_png(BOMB_SIDE))
    paths["password.pdf"].write_bytes(_sample_invoice_pdf("bad-password", "4711"))
    garbage = random.Random("corrupt").randbytes(24_000)
    paths["corrupt.jpg"].write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00"
                                     b"\x01\x00\x00" + garbage)
    paths["empty.pdf"].write_bytes(b"")
    marker.write_text(VERSION)
    return paths
