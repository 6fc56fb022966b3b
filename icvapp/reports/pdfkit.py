"""The shared kit for icvapp's PDFs: fonts, colours, the A4 page and its furniture,
tables, how a figure prints, and the boxes where signature fields go.

reportlab is imported inside the functions: it is slow to import and most
runs of the app never print anything.
"""

from __future__ import annotations

import datetime as dt
import io

from icvapp.i18n import translator
from icvapp.i18n.formats import format_date, format_number, format_percent
from icvapp.resources import path as shipped

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = "#1d2433"
MUTED = "#5b6472"
NAVY = "#1f3a5f"
RULE = "#c9ced6"
HEAD_BG = "#eef1f5"
FINDING = "#b42318"
FINDING_BG = "#fdecea"
DRAFT_INK = "#b54708"
DRAFT_BG = "#fef4e6"


def register_fonts() -> None:
    """Register the bundled DejaVu fonts once per process, on first use."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_BOLD in pdfmetrics.getRegisteredFontNames():
        return
    fonts = shipped("fonts")
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(fonts.joinpath(filename).read_bytes())))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    # Charts and drawings start from reportlab's default font; without this every PDF with a
    # chart would list an unembedded Helvetica it never uses.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = FONT


def numbered_canvas(*, footer: str, generated_at: dt.datetime, draft: bool = False, confidential: str = "",
                    language: str = "en"):
    """A canvas class that knows the page count, for "Page N of M" and a draft watermark on every page."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    tr = translator(language)
    left = footer
    stamp = f"{format_date(generated_at, language, 'short')} {generated_at:%H:%M} {generated_at.strftime('%Z')}"
    generated = tr.translate("Report", "Generated {moment}").format(moment=stamp.rstrip())
    draft_word = tr.translate("Report", "DRAFT")
    if confidential:
        generated += f" · {confidential}"
    width, _ = A4

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, len(self._pages))
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            if draft:
                self.setFillColor(HexColor(DRAFT_INK))
                self.setFillAlpha(0.10)
                self.translate(width / 2, 148 * mm)
                self.rotate(45)
                self.setFont(FONT_BOLD, 120)
                self.drawCentredString(0, -40, draft_word)
            self.restoreState()
            self.saveState()
            self.setStrokeColor(HexColor(RULE))
            self.setLineWidth(0.5)
            self.line(18 * mm, 16 * mm, width - 18 * mm, 16 * mm)
            self.setFillColor(HexColor(MUTED))
            self.setFont(FONT, 7.5)
            self.drawString(18 * mm, 11.5 * mm, left + (f" · {draft_word}" if draft else ""))
            self.drawString(18 * mm, 8 * mm, generated)
            self.setFont(FONT_BOLD, 8)
            self.setFillColor(HexColor(INK))
            page = tr.translate("Report", "Page {number} of {total}")
            self.drawRightString(width - 18 * mm, 11.5 * mm, page.format(number=number, total=total))
            self.restoreState()

    return NumberedCanvas


def fitted_width(heading: str, entries=(), *, padding: float, least: float, most: float, size: float = 8) -> float:
    """A column as wide as its bold ``heading`` and its ``entries`` need at ``size`` points, plus ``padding``,
    kept between ``least`` and ``most`` (a longer entry wraps)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max([stringWidth(heading, FONT_BOLD, size), *(stringWidth(e, FONT, size) for e in entries)])
    return min(max(widest + padding, least), most)


def grid(rows, widths, commands, **kwargs):
    """A reportlab Table in the report's font (table boxes otherwise switch the canvas to Helvetica)."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, **kwargs)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               *commands]))
    return table


def label_columns(*columns: int) -> list:
    """Nudge the smaller label text down so it shares a baseline with the value beside it."""
    return [("TOPPADDING", (c, 0), (c, -1), 4) for c in columns]


def count_text(value: float | None, blank: str = "—", language: str = "en") -> str:
    """A count or figure as printed: thousands separated, one decimal only when it has a fraction."""
    if value is None:
        return blank
    fraction = isinstance(value, float) and not value.is_integer()
    return format_number(round(value, 1) if fraction else round(value), language, decimals=1 if fraction else 0)


def percent_text(value: float | None, blank: str = "—", language: str = "en") -> str:
    """A percentage as printed, to the whole per cent: "67%"; ``blank`` when there is none."""
    return blank if value is None else format_percent(round(value), language)


def render_a4(story, *, canvasmaker, title: str, author: str, subject: str | None = None, check=None) -> bytes:
    """Lay out a report on A4 pages, in memory; ``story(width)`` gives its flowables for the text width.

    ``check()``, if given, is called after each flowable is placed: it may raise to stop a long layout.

    Every report has the same margins, so tables, banners and headings line up across them.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=22 * mm,
        title=title, author=author, subject=subject, creator="icvapp",
        initialFontName=FONT,  # else an unused, unembedded Helvetica is listed in the PDF
    )
    # No frame padding, so tables, banners and headings all line up with the page margins.
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame])])
    if check is not None:
        doc.afterFlowable = lambda _flowable: check()
    doc.build(story(doc.width), canvasmaker=canvasmaker)
    return buf.getvalue()


def paragraph_styles() -> dict:
    """The house paragraph styles, by name."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, textColor=HexColor(INK))
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", base, textColor=HexColor(MUTED)),
        "label": ParagraphStyle("label", base, fontName=FONT_BOLD, fontSize=8, leading=12,
                                textColor=HexColor(MUTED)),
        "stat": ParagraphStyle("stat", base, fontName=FONT_BOLD, fontSize=8, leading=10,
                               textColor=HexColor(MUTED)),
        "box_head": ParagraphStyle("box_head", base, fontName=FONT_BOLD, fontSize=8, leading=10),
        "scheme": ParagraphStyle("scheme", base, fontSize=9, textColor=HexColor(MUTED)),
        "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=20, leading=24,
                                textColor=HexColor(NAVY)),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=17),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=12, leading=15,
                             textColor=HexColor(NAVY), spaceBefore=12, spaceAfter=5),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=8,
                             spaceAfter=2, keepWithNext=1),
        "entry": ParagraphStyle("entry", base, leftIndent=10, spaceBefore=1),
        "after_table": ParagraphStyle("after_table", base, spaceBefore=5),
        "badge": ParagraphStyle("badge", base, fontName=FONT_BOLD, fontSize=10, leading=12,
                                textColor=HexColor("#ffffff"), alignment=1),
        "finding": ParagraphStyle("finding", base, textColor=HexColor(FINDING)),
        "num": ParagraphStyle("num", base, alignment=2),
        "num_head": ParagraphStyle("num_head", base, fontName=FONT_BOLD, fontSize=8, leading=10,
                                   alignment=2),
    }


def signature_box(name: str, width: float, height: float, positions: dict):
    """A blank flowable that records where it lands, so a signature field can be put exactly there.

    ``positions[name]`` becomes ``(page_index, (x1, y1, x2, y2))`` in PDF points.
    """
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Flowable

    class SignatureBox(Flowable):
        def wrap(self, avail_width, avail_height):
            return width, height

        def draw(self):
            c = self.canv
            x, y = c.absolutePosition(0, 0)
            positions[name] = (c.getPageNumber() - 1, (x, y, x + width, y + height))
            c.saveState()
            c.setStrokeColor(HexColor(RULE))
            c.setDash(2, 2)
            c.rect(0, 0, width, height)
            c.restoreState()

    return SignatureBox()
