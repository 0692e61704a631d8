"""A4 PDFs of the documents the product issues (demand notices, filing summaries).

fpdf2 with HarfBuzz text shaping (uharfbuzz) and Debian's Noto fonts
(``fonts-noto-core``): Tamil and Devanagari conjuncts are shaped correctly and
the text extracts cleanly from the PDF, which is how the tests check a notice.
Noto Sans Tamil and Noto Sans Devanagari have no Latin glyphs (and Noto Sans no
Indic ones), so each script's font is the primary font of its language with the
others as fallbacks: a Tamil notice can quote a GSTIN, an English one a name in
Devanagari.

A document is data (:class:`Document`: blocks of titles, lines, headings,
paragraphs, tables and a signature block, plus an annex that starts on a new
page); :func:`render_pdf` lays it out. The metadata dates are the document's
own, so the same document gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from fpdf import FPDF
from fpdf.enums import TableCellFillMode, XPos, YPos

from prompts import render

__all__ = ["FONT_DIR", "Block", "Document", "FontsMissing", "render_pdf"]

#: Where Debian's fonts-noto-core puts the fonts.
FONT_DIR = Path("/usr/share/fonts/truetype/noto")
_FAMILIES = {"latin": "NotoSans", "ta": "NotoSansTamil", "hi": "NotoSansDevanagari"}
_PRIMARY = {"en": "latin", "ta": "ta", "hi": "hi"}

BlockKind = Literal["title", "line", "heading", "paragraph", "table", "signature"]


@dataclass(frozen=True)
class Block:
    """One piece of a document; a table's first row is its header."""

    kind: BlockKind
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = field(default=())


@dataclass(frozen=True)
class Document:
    """A document in its language, and an annex (the English text of a Tamil or Hindi
    notice) that starts on a new page. ``title`` goes into the PDF's metadata."""

    language: str
    title: str
    blocks: tuple[Block, ...]
    annex: tuple[Block, ...] = ()

    def text(self) -> str:
        """All the words and figures, in reading order (tables row by row)."""
        parts: list[str] = []
        for block in (*self.blocks, *self.annex):
            parts.append(block.text)
            parts.extend(" ".join(row) for row in block.rows)
        return "\n".join(p for p in parts if p)


class FontsMissing(RuntimeError):
    """The Noto fonts are not installed (``scripts/setup.sh`` installs fonts-noto-core)."""


class _Pdf(FPDF):
    language = "en"

    def footer(self) -> None:
        self.set_y(-12)
        self._font("", 8)
        self.cell(0, 6, render("notice-page", self.language, page=self.page_no(),
                               pages="{nb}"), align="C")

    def _font(self, style: str, size: float) -> None:
        primary = _PRIMARY.get(self.language, "latin")
        # Select another font first: after a run in a fallback font, fpdf2 (2.8) keeps
        # shaping the next text set in the same font and style with the fallback's
        # glyphs. A real switch resets that state.
        self.set_font(next(f for f in _FAMILIES if f != primary), "", size + 1)
        self.set_font(primary, style, size)
        self.set_fallback_fonts([f for f in _FAMILIES if f != primary], exact_match=False)


def render_pdf(document: Document, *, created_at: datetime, author: str = "") -> bytes:
    """``document`` as an A4 PDF with shaped Tamil and Devanagari text."""
    pdf = _Pdf(format="A4")
    pdf.language = document.language
    for family, stem in _FAMILIES.items():
        for style, suffix in (("", "Regular"), ("B", "Bold")):
            path = FONT_DIR / f"{stem}-{suffix}.ttf"
            if not path.exists():
                raise FontsMissing(str(path))
            pdf.add_font(family, style, str(path))
    pdf.set_text_shaping(True)
    pdf.set_creation_date(created_at)
    pdf.set_title(document.title)
    pdf.set_author(author)
    pdf.set_creator("Bakaya")
    pdf.set_lang({"en": "en-IN", "hi": "hi-IN", "ta": "ta-IN"}.get(document.language, "en-IN"))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    _blocks(pdf, document.blocks)
    if document.annex:
        pdf.add_page()
        _blocks(pdf, document.annex)
    return bytes(pdf.output())


def _blocks(pdf: _Pdf, blocks: tuple[Block, ...]) -> None:
    for block in blocks:
        if block.kind == "title":
            pdf._font("B", 13)
            pdf.multi_cell(0, 7, block.text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif block.kind == "line":
            pdf._font("", 10)
            pdf.multi_cell(0, 5.5, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif block.kind == "heading":
            pdf.ln(2)
            pdf._font("B", 10.5)
            pdf.multi_cell(0, 6, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif block.kind == "paragraph":
            pdf.ln(1.5)
            pdf._font("", 10)
            pdf.multi_cell(0, 5.5, block.text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif block.kind == "table":
            _table(pdf, block)
        else:  # signature
            pdf.ln(10)
            pdf._font("B", 10)
            pdf.multi_cell(0, 6, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _table(pdf: _Pdf, block: Block) -> None:
    pdf.ln(2)
    pdf._font("", 7.5)
    columns = len(block.rows[0])
    # The first column holds invoice numbers, the money columns need the room of
    # ₹12,34,567.00: the widths are proportions of the text width.
    widths = (14, 10, 10, 10, 13, 12, 13, 12, 13) if columns == 9 else None
    with pdf.table(col_widths=widths, line_height=4.2, text_align="CENTER",
                   cell_fill_mode=TableCellFillMode.ROWS,
                   cell_fill_color=(243, 243, 243), first_row_as_headings=True) as table:
        for row in block.rows:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    pdf.ln(2)
