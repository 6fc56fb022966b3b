"""The story base both PDF reports build on: paragraphs, numbered headings, tables and spacing in the house style.

A report's story class adds its sections on top of :class:`Story`, so the visit
report and the Board report read as one family.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from icvapp.i18n import QT_TRANSLATE_NOOP, translator
from icvapp.i18n.formats import format_date
from icvapp.reports.pdfkit import (
    HEAD_BG,
    MUTED,
    NAVY,
    RULE,
    count_text,
    grid,
    label_columns,
    paragraph_styles,
    signature_box,
)
from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.wording import worded

NOT_RECORDED_TEXT = QT_TRANSLATE_NOOP("Report", "Not recorded")
NOT_RECORDED = f'<font color="{MUTED}">{NOT_RECORDED_TEXT}</font>'
NONE_RECORDED = QT_TRANSLATE_NOOP("Report", "None recorded.")


def user_text(value: str) -> str:
    """Text a user typed, made safe for a paragraph, keeping its line breaks."""
    return escape(value.strip()).replace("\n", "<br/>")


class Story:
    """Builds a report's flowables for a text column ``width`` points wide; subclasses add the sections.

    ``boxes`` receives where each signature field belongs (see :func:`pdfkit.signature_box`).
    ``language`` is the language it prints in: its words through ``self.tr``, the scheme's labels,
    dates and figures.
    """

    #: Room a heading needs below it, else it starts a new page: a heading never sits alone at a page's foot.
    #: (keepWithNext would push a long table whole onto the next page, leaving a gap.)
    heading_room_mm = 30
    #: Point size of table text; None keeps the kit's 9 pt.
    table_font_size: float | None = None
    #: Column from which a table holds figures, set right; None leaves every column to its boxes.
    figures_from: int | None = None
    #: Whether a tall row may break across pages (a visitor's long note would otherwise overflow a page).
    split_rows = True

    def __init__(self, config: SchemeConfig, width: float, boxes: dict, language: str = "en") -> None:
        self.cfg, self.width, self.boxes = config, width, boxes
        self.tr = worded(translator(language), config)
        self.language = self.tr.language
        self.s = paragraph_styles()
        self.section = 0

    def not_recorded(self) -> str:
        """The muted "Not recorded" a blank value shows, in the report's language."""
        return f'<font color="{MUTED}">{escape(self.tr.translate("Report", NOT_RECORDED_TEXT))}</font>'

    def count(self, value: float | None, blank: str = "—") -> str:
        """A figure as this report's language prints it: "1,035"."""
        return count_text(value, blank, self.language)

    def date(self, day) -> str:
        """A date as the reports print one inline: "05 November 2026", "05 Tachwedd 2026"."""
        return format_date(day, self.language, "dd MMMM y")

    def p(self, markup: str, style: str = "body"):
        """A paragraph of reportlab markup (already escaped) in one of the house styles."""
        from reportlab.platypus import Paragraph

        return Paragraph(markup, self.s[style])

    def plain(self, text: str, style: str = "body"):
        """A paragraph of plain text, escaped."""
        return self.p(escape(text), style)

    def none(self, what: str | None = None):
        """The quiet line a section shows when it has nothing to show (already translated)."""
        return self.plain(what or self.tr.translate("Report", NONE_RECORDED), "muted")

    def space(self, height: float):
        from reportlab.platypus import Spacer

        return Spacer(1, height)

    def heading(self, title: str) -> list:
        """The next numbered section heading."""
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak

        self.section += 1
        return [CondPageBreak(self.heading_room_mm * mm), self.p(f"{self.section}&nbsp;&nbsp;{escape(title)}", "h1")]

    def label(self, list_name: str, key: str | None) -> str:
        """The scheme's wording for ``key`` in one of its lists, as plain text."""
        return self.cfg.label(list_name, key, self.language)

    def label_markup(self, list_name: str, key: str | None) -> str:
        """The scheme's wording for ``key``, escaped for a paragraph."""
        return escape(self.cfg.label(list_name, key, self.language))

    def table(self, rows, widths, *, header: bool = True, figures_from: int | None = None, extra=()):
        """A ruled table; the first row is a shaded header unless ``header`` is False."""
        from reportlab.lib.colors import HexColor

        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
        ]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), HexColor(HEAD_BG)),
                      ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(NAVY))]
        if self.table_font_size is not None:
            style.append(("FONTSIZE", (0, 0), (-1, -1), self.table_font_size))
        figures_from = self.figures_from if figures_from is None else figures_from
        if figures_from is not None:
            style.append(("ALIGN", (figures_from, 0), (-1, -1), "RIGHT"))
        return grid(rows, widths, style + list(extra), repeatRows=1 if header else 0,
                    splitInRow=1 if self.split_rows else 0, hAlign="LEFT")

    def key_values(self, pairs: list[tuple[str, str]], per_row: int) -> list[list]:
        """Label and value boxes, ``per_row`` pairs to a row; values are markup, a blank one reads "Not recorded"."""
        blank = self.not_recorded()
        items = [item for name, value in pairs for item in (self.plain(name, "label"), self.p(value or blank))]
        n = 2 * per_row
        return [items[i:i + n] for i in range(0, len(items), n)]

    def key_value_table(self, rows: list[list], widths: list[float], *, extra=()):
        """Rows from :meth:`key_values` as a table without a header, each label beside its value."""
        return self.table(rows, widths, header=False, extra=[*extra, *label_columns(*range(0, len(widths), 2))])

    def signature_field(self, name: str):
        """An empty box where the signature field ``name`` goes, the same size in every report."""
        from reportlab.lib.units import mm

        return signature_box(name, 78 * mm, 20 * mm, self.boxes)
