"""Reading a document a retailer sent (a photo or a PDF of an invoice) into text and QR codes.

What a file is comes from its content, never its name: ``%PDF-``, JPEG's ``FF D8 FF``,
PNG's signature, HEIC's ``ftyp`` brands, WebP's ``RIFF....WEBP``. A file is refused,
with a rule the retailer reads in their language (``error-document-*``), when it is
empty, larger than the limits below, of another type, corrupt or truncated,
password-protected, longer than :data:`MAX_PAGES` or, for an image, wider and taller
than :data:`MAX_PIXELS` allows (a decompression bomb is refused from its header, before
any pixel is decoded).

Each page becomes a :class:`Page`: the PDF's own text layer when it has one, else
Tesseract OCR (``eng`` with the page's script, ``hin`` or ``tam``, as Tesseract's
orientation and script detection finds it; the page is turned upright first and a
small skew is straightened), and every QR code on it (zxing-cpp), such as the signed
QR of a GST e-invoice. Reading the fields out of that text is
:mod:`tools.invoice_fields`' business.
"""

from __future__ import annotations

import io
import os
import re
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pypdfium2 as pdfium
import pytesseract
import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from tools.errors import InputError

__all__ = ["DOCUMENT_FIELD", "DOCUMENT_KINDS", "MAX_IMAGE_BYTES", "MAX_PAGES",
           "MAX_PDF_BYTES", "MAX_PIXELS", "OCR_LANGUAGES", "Page", "as_one_pdf", "check_document",
           "read_document", "second_look", "sniff"]

register_heif_opener()


class _TesseractEnvironment(Mapping[str, str]):
    """The environment Tesseract runs in: ours, with OMP_THREAD_LIMIT=1. Its OpenMP
    threads oversubscribe a small machine (a page took 16 s with them and 2 s with one).
    Only Tesseract's: set in this process, the limit would also cap the OpenMP runtime
    the speech model shares, which then computes garbage (agents/speech.py)."""

    def _merged(self) -> dict[str, str]:
        return {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}

    def __getitem__(self, key: str) -> str:
        return self._merged()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._merged())

    def __len__(self) -> int:
        return len(self._merged())


# pytesseract starts Tesseract with its module's ``environ`` (os.environ by default).
pytesseract.pytesseract.environ = _TesseractEnvironment()

DOCUMENT_FIELD = "document"
#: What a document may be, by content.
DOCUMENT_KINDS = ("pdf", "jpeg", "png", "heic", "webp")
MAX_PDF_BYTES = 10 * 1024 * 1024
#: WhatsApp's limit for an image sent through Twilio.
MAX_IMAGE_BYTES = 16 * 1024 * 1024
MAX_PAGES = 20
#: A 108-megapixel phone photo is the largest honest image; a bomb is far beyond.
MAX_PIXELS = 120_000_000
#: Tesseract's languages: English always, with the page's Indian script.
OCR_LANGUAGES = ("eng", "hin", "tam")
#: PDF pages are drawn at this resolution for OCR and QR codes.
RENDER_DPI = 300
#: A page with fewer letters and digits than this in its text layer is a scan.
_MIN_TEXT_LAYER_CHARS = 40
#: Below this many pixels on the longer side, a photo is enlarged before OCR.
_MIN_OCR_SIDE = 1800
_MAX_OCR_SIDE = 3600
_MAX_SKEW_DEGREES = 8.0

Source = Literal["text-layer", "ocr"]


@dataclass(frozen=True)
class Page:
    """One page read: its text (lines in reading order), where that came from, and the
    text of every QR code on it; for an OCR page, the upright image that was read (for
    :func:`second_look`)."""

    text: str
    source: Source
    qr_codes: tuple[str, ...]
    image: Image.Image | None = field(default=None, repr=False, compare=False)


def second_look(page: Page, *, timeout: float = 60.0) -> str:
    """An OCR page read again as sparse text (Tesseract's page mode 11): every piece of
    text wherever it stands, which finds what the layout analysis of the first reading
    dropped (a right-aligned total, a value in a box) at the cost of the lines' order.
    An empty string for a page with a text layer."""
    if page.image is None:
        return ""
    return _clean(pytesseract.image_to_string(page.image, lang="+".join(OCR_LANGUAGES),
                                              config="--psm 11 --oem 1", timeout=timeout))


def sniff(data: bytes) -> str | None:
    """The document kind of ``data`` by its first bytes (one of :data:`DOCUMENT_KINDS`),
    or None."""
    if data[:5] == b"%PDF-" or (b"%PDF-" in data[:1024] and data[:1] != b"\xff"):
        return "pdf"
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"heim", b"heis",
                                                 b"hevc", b"hevx", b"mif1", b"msf1"):
        return "heic"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def check_document(data: bytes) -> str:
    """The kind of a document that may be read, or :class:`InputError` saying why not
    (nothing is decoded beyond headers and the PDF's structure)."""
    if not data:
        raise InputError(DOCUMENT_FIELD, "document-empty")
    kind = sniff(data)
    if kind is None:
        raise InputError(DOCUMENT_FIELD, "document-type")
    limit = MAX_PDF_BYTES if kind == "pdf" else MAX_IMAGE_BYTES
    if len(data) > limit:
        raise InputError(DOCUMENT_FIELD, "document-too-large", megabytes=limit // 2**20)
    if kind == "pdf":
        _open_pdf(data).close()
    else:
        _open_image(data).close()
    return kind


def read_document(data: bytes, *, ocr_timeout: float = 60.0,
                  enough: Callable[[Sequence[str]], bool] | None = None) -> tuple[Page, ...]:
    """Every page of a document, read (after :func:`check_document`). A page whose QR
    codes are ``enough`` (a signed e-invoice QR says all that matters) is not OCR'd."""
    kind = check_document(data)
    if kind != "pdf":
        with _open_image(data) as image:
            return (_read_image(_loaded(image), ocr_timeout, enough),)
    pdf = _open_pdf(data)
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage().get_text_bounded()
            image = page.render(scale=RENDER_DPI / 72).to_pil()
            if sum(ch.isalnum() for ch in text) >= _MIN_TEXT_LAYER_CHARS:
                pages.append(Page(_clean(text), "text-layer", _qr_codes(image)))
            else:
                pages.append(_read_image(image, ocr_timeout, enough))
        return tuple(pages)
    finally:
        pdf.close()


# -- opening, with every refusal ------------------------------------------------------------

def _open_pdf(data: bytes) -> pdfium.PdfDocument:
    if not data.rstrip().endswith(b"%%EOF") and b"%%EOF" not in data[-2048:]:
        raise InputError(DOCUMENT_FIELD, "document-corrupt")  # cut off in transfer
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError(DOCUMENT_FIELD, "document-encrypted") from None
        raise InputError(DOCUMENT_FIELD, "document-corrupt") from None
    if len(pdf) == 0:
        pdf.close()
        raise InputError(DOCUMENT_FIELD, "document-corrupt")
    if len(pdf) > MAX_PAGES:
        pdf.close()
        raise InputError(DOCUMENT_FIELD, "document-too-many-pages", pages=MAX_PAGES)
    return pdf


def _open_image(data: bytes) -> Image.Image:
    """The image, its header read and its size checked, its pixels not yet decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(DOCUMENT_FIELD, "document-too-many-pixels") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise InputError(DOCUMENT_FIELD, "document-corrupt") from None
    if width * height > MAX_PIXELS or width <= 0 or height <= 0:
        image.close()
        raise InputError(DOCUMENT_FIELD, "document-too-many-pixels")
    try:  # a truncated or corrupt image fails here, before any page is read
        image.load()
    except (OSError, ValueError, SyntaxError):
        image.close()
        raise InputError(DOCUMENT_FIELD, "document-corrupt") from None
    return image


def _loaded(image: Image.Image) -> Image.Image:
    """The photo as it was meant to be seen (its EXIF rotation applied)."""
    turned = ImageOps.exif_transpose(image)
    return turned.convert("RGB") if turned.mode not in ("RGB", "L") else turned


# -- reading an image -----------------------------------------------------------------------

def _read_image(image: Image.Image, timeout: float,
                enough: Callable[[Sequence[str]], bool] | None = None) -> Page:
    codes = _qr_codes(image)
    if codes and enough is not None and enough(codes):
        return Page("", "ocr", codes)
    gray = _sized(ImageOps.grayscale(image))
    gray = ImageOps.autocontrast(gray, cutoff=(0, 2))  # never clip the (scarce) text
    rotation, suggested = _orientation(gray, timeout)
    if rotation:
        gray = gray.rotate(rotation, expand=True, fillcolor=255)
    gray = _straightened(gray)
    text, sureness = _ocr(gray, timeout)
    if sureness < _UNSURE_READING:
        # Tesseract was unsure of the page's orientation (or wrong): the other turns are
        # tried on a small copy (English only: a quick look at how sure it reads), the
        # best one read in full, and the surer of the two readings kept
        small = gray.copy()
        small.thumbnail((_PROBE_SIDE, _PROBE_SIDE))
        turns = [t % 360 for t in (suggested - rotation, rotation - suggested, 180, 90, 270)
                 if t % 360]
        best = max(dict.fromkeys(turns),
                   key=lambda t: _ocr(small.rotate(t, expand=True, fillcolor=255), timeout,
                                      languages="eng")[1])
        turned = gray.rotate(best, expand=True, fillcolor=255)
        other, other_sureness = _ocr(turned, timeout)
        if other_sureness > sureness:
            gray, text = turned, other
    if not codes and rotation:  # a QR code the first look missed, now upright
        codes = _qr_codes(gray)
    return Page(_clean(text), "ocr", codes, gray)


def _sized(image: Image.Image) -> Image.Image:
    longer = max(image.size)
    if longer < _MIN_OCR_SIDE or longer > _MAX_OCR_SIDE:
        scale = (_MIN_OCR_SIDE if longer < _MIN_OCR_SIDE else _MAX_OCR_SIDE) / longer
        return image.resize((round(image.width * scale), round(image.height * scale)),
                            Image.Resampling.LANCZOS)
    return image


def _ocr(image: Image.Image, timeout: float, *,
         languages: str = "+".join(OCR_LANGUAGES)) -> tuple[str, float]:
    """The page's text (lines in reading order) and Tesseract's mean word confidence
    (0-100). Every page in all three languages: labels in Hindi or Tamil sit beside
    Latin figures."""
    data = pytesseract.image_to_data(image, lang=languages,
                                     config="--psm 3 --oem 1", timeout=timeout,
                                     output_type=pytesseract.Output.DICT)
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences = []
    for word, conf, *where in zip(data["text"], data["conf"], data["block_num"],
                                  data["par_num"], data["line_num"], strict=True):
        if str(word).strip():
            lines.setdefault((where[0], where[1], where[2]), []).append(str(word))
            confidences.append(float(conf))
    text = "\n".join(" ".join(words) for words in lines.values())
    return text, (sum(confidences) / len(confidences) if confidences else 0.0)


#: Below this mean word confidence, a page may have been read the wrong way up.
_UNSURE_READING = 60.0
#: The longer side of the small copy on which other orientations are tried.
_PROBE_SIDE = 1100


_OSD_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_OSD_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


def _orientation(image: Image.Image, timeout: float) -> tuple[int, int]:
    """(degrees to turn the page counter-clockwise to make it upright, the turn Tesseract
    suggested however unsure), from its orientation detection; (0, 0) when it cannot
    tell."""
    try:
        report = pytesseract.image_to_osd(image, config="--psm 0 -c min_characters_to_try=30",
                                          timeout=timeout)
    except pytesseract.TesseractError:
        return 0, 0
    rotate = _OSD_ROTATE.search(report)
    confidence = _OSD_CONFIDENCE.search(report)
    # Tesseract says how far to rotate clockwise; Pillow turns counter-clockwise.
    suggested = (360 - int(rotate.group(1))) % 360 if rotate else 0
    sure = confidence is not None and float(confidence.group(1)) >= 1.0
    return (suggested if sure else 0), suggested


def _straightened(image: Image.Image) -> Image.Image:
    """The page turned by the small angle that lines its text rows up best (the angle
    whose row profile of dark pixels varies most), when that angle is not zero."""
    small = image.copy()
    small.thumbnail((900, 900))
    dark = np.asarray(small, dtype=np.uint8) < 128
    if dark.mean() < 0.002:
        return image
    best_angle, best_score = 0.0, -1.0
    for angle in np.arange(-_MAX_SKEW_DEGREES, _MAX_SKEW_DEGREES + 0.01, 0.5):
        turned = Image.fromarray((dark * 255).astype(np.uint8)).rotate(float(angle))
        rows = np.asarray(turned, dtype=np.float64).sum(axis=1)
        score = float(np.var(np.diff(rows)))
        if score > best_score:
            best_angle, best_score = float(angle), score
    if abs(best_angle) < 0.5:
        return image
    return image.rotate(best_angle, expand=True, fillcolor=255,
                        resample=Image.Resampling.BICUBIC)


def _qr_codes(image: Image.Image) -> tuple[str, ...]:
    found = zxingcpp.read_barcodes(image, formats=_QR)
    return tuple(code.text for code in found if code.valid and code.text)


_QR = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
_BLANKS = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u3000]")
_GAP = re.compile(r" {2,}")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _clean(text: str) -> str:
    """Lines without blank ones; a run of spaces is one space, a wider gap (a column
    boundary) two."""
    text = _BLANKS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROLS.sub("", text)  # a text layer's stray control characters
    lines = (_GAP.sub("  ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def as_one_pdf(files: Sequence[bytes], *, longest_side: int = 2000) -> bytes:
    """The pages of several documents (PDFs and photos, each checked) as one PDF, in
    order: what a portal that takes one PDF per document is sent. Photos are upright
    and at most ``longest_side`` pixels (a phone photo becomes a few hundred KB)."""
    out = pdfium.PdfDocument.new()
    try:
        for data in files:
            if check_document(data) == "pdf":
                source = _open_pdf(data)
                out.import_pages(source)
                source.close()
                continue
            with _open_image(data) as image:
                photo = _loaded(image).convert("RGB")
            photo.thumbnail((longest_side, longest_side))
            page = io.BytesIO()
            photo.save(page, "PDF", resolution=150)
            source = pdfium.PdfDocument(page.getvalue())
            out.import_pages(source)
            source.close()
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        out.close()
