"""The counts at the time of the visit: the definition's stages, by its groups (if it has any).

The stages, the groups and their labels are the scheme's data. A group's counts are kept in the
visit record's group fields by position (:func:`~icvapp.visits.record.group_columns`): the first kind's
female, male and juvenile in their own names, a court's adult and youth in the first two.

Which counts are sums of others is the scheme's data (``count_sums`` in its file,
:meth:`~icvapp.scheme.config.SchemeConfig.sum_parts`), not this widget's: each
such count is a :class:`SumField` worked out from its parts as they are typed,
and never a tab stop. A blank part means not recorded, so a sum over it stays
blank (:meth:`~icvapp.visits.record.CountRow.sum_of`). A report opened with a
stored total that is not the sum of its parts shows what was recorded until a
part is typed again; validation says why it does not add up.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from icvapp.scheme.config import TOTAL, SchemeConfig
from icvapp.ui.accessible import named
from icvapp.ui.form_sections import Section
from icvapp.ui.palette import Role, text_style
from icvapp.ui.translation import ui_language
from icvapp.ui.widgets import CountField
from icvapp.visits.record import CountRow, VisitRecord, count_sum, group_columns


def sum_words(words: list[str]) -> str:
    """'female + male + juvenile': a sum in any language, with no list joining to translate."""
    return " + ".join(words)


class SumField(QLineEdit):
    """A count worked out from other counts of its row: shown, described as a sum, never typed.

    Its ``hint`` property carries what it says about itself, so the form can put it back
    beside any problem it marks on the field.
    """

    def __init__(self, parts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts  # the parts in words, lower case, for what the field says about itself
        self.recorded = False  # showing a stored value that is not the sum of its parts
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to type: Tab goes on to the next part
        self.setMaximumWidth(70)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        palette = self.palette()  # the window's colour, not a field's: it reads as worked out, not as a box to fill
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setPlaceholderText("–")

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def set_value(self, n: int | None) -> None:
        self.setText("" if n is None else str(n))

    def show_sum(self, values: list[int | None]) -> None:
        """Follow the parts: their sum, or blank (with what is known so far greyed in) while one is blank."""
        self.recorded = False
        self._set_italic(False)
        known = [v for v in values if v is not None]
        blank = [name for name, v in zip(self.parts, values, strict=True) if v is None]
        self.set_value(count_sum(values))
        self.setPlaceholderText(f"{sum(known)}+?" if known and blank else "–")
        parts = sum_words(self.parts)
        if not blank:
            hint = self.tr("Worked out for you: {parts}.").format(parts=parts)
        else:
            hint = self.tr("Worked out for you: {parts}. It stays blank until each of them is filled in (0 for "
                           "none). Blank now: {blank}.").format(parts=parts, blank=", ".join(blank))
        self._say(hint)

    def show_recorded(self, n: int | None, parts_known: bool) -> None:
        """Show what a report holds although it is not the sum of its parts: never silently replaced."""
        self.recorded = True
        self._set_italic(True)
        self.set_value(n)
        self.setPlaceholderText("–")
        parts = sum_words(self.parts)
        if n is None:
            hint = self.tr("Left blank in this report, though each of {parts} is filled in. Retype one of them "
                           "and the total is worked out.").format(parts=parts)
        elif parts_known:
            hint = self.tr("As recorded in this report: {total}, which is not {parts}. Retype one of them and "
                           "the total is worked out.").format(total=n, parts=parts)
        else:
            hint = self.tr("As recorded in this report: {total}. It is worked out as {parts} once each of them "
                           "is filled in (0 for none).").format(total=n, parts=parts)
        self._say(hint)

    def _set_italic(self, on: bool) -> None:
        font = self.font()
        font.setItalic(on)
        self.setFont(font)

    def _say(self, hint: str) -> None:
        self.setProperty("hint", hint)
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)


class CountsSection(Section):
    def __init__(self, config: SchemeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self._loading = False
        # The grid's columns by the definition's keys (all of a stage, then each group), and the
        # visit record's field each is kept in.
        self.kept_in = {TOTAL: TOTAL, **group_columns(g.key for g in config.count_groups)}
        self.sums = {count: parts for count in self.kept_in if (parts := config.sum_parts(count))}
        lang = ui_language()
        outer = QVBoxLayout(self)
        intro = QLabel(self.intro_text(lang))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        labels = {TOTAL: self.tr("total"), **{g.key: g.label_in(lang) for g in config.count_groups}}
        headings = {TOTAL: self.tr("<b>Total</b>"),
                    **{g.key: f"<b>{g.label_in(lang)}</b>" for g in config.count_groups}}
        # Typed columns first, in the definition's order; each worked-out one after its parts, as on paper.
        typed = [c for c in self.kept_in if c not in self.sums]
        columns = typed + list(self.sums)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        place = {}
        col = 1
        for column in columns:
            col += column in self.sums  # room for the "=" before a worked-out count
            place[column] = col
            heading = QLabel(headings.get(column, column))
            if column in self.sums:
                heading.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # over its figures
            grid.addWidget(heading, 0, col)
            col += 1
        self.boxes: dict[tuple[str, str], CountField | SumField] = {}
        for row, stage in enumerate(config.count_stages, start=1):
            stage_label = stage.label_in(lang)
            grid.addWidget(QLabel(stage_label), row, 0)
            for column in columns:
                name = self.tr("{stage}, {group}").format(stage=stage_label, group=labels.get(column, column))
                if column in self.sums:
                    field = SumField([labels.get(p, p).lower() for p in self.sums[column]])
                    equals = QLabel("=")
                    equals.setStyleSheet(text_style(Role.MUTED))
                    grid.addWidget(equals, row, place[column] - 1)
                else:
                    field = CountField()
                    # worked-out counts follow their parts before the form hears of the edit
                    field.textChanged.connect(lambda _text, s=stage.key: self._derive(s))
                    self.watch(field)
                named(field, name)
                grid.addWidget(field, row, place[column])
                self.boxes[(stage.key, column)] = field
                self.register(f"counts.{stage.key}.{column}", field)
            self._derive(stage.key)
        grid.setColumnStretch(col, 1)
        outer.addLayout(grid)
        outer.addWidget(self.messages)
        self.rate = QLabel()
        self.rate_of = self._rate_stages()
        self.rate.setAccessibleName(self.tr("Share of those offered who were seen") if self.rate_of == ("seen", "offered")
                                    else self.tr("Share seen"))
        outer.addWidget(self.rate)
        outer.addStretch(1)
        self.changed.connect(self._update_rate)

    def intro_text(self, language: str) -> str:
        """What the grid is for, in the kind's words: how to leave a count out, and how totals come about."""
        text = self.tr("{counts}. Leave a box blank if you did not record it; enter 0 for none.").format(
            counts=self.config.word("counts", language))
        if TOTAL in self.sums:
            text += " " + self.tr("Each group has a column of its own; each total is worked out from them as you "
                                  "type.")
        elif self.config.has_groups:
            text += " " + self.tr("Each group has a column of its own; together they make the total.")
        return text

    def own_key(self, field: str) -> str:
        """A problem's field as this grid names it: a group's count by the definition's key (adult), though
        a check may name the record's field it is kept in (female)."""
        parts = field.split(".")
        if len(parts) == 3 and parts[0] == "counts" and (parts[1], parts[2]) not in self.boxes:
            column = next((c for c, kept in self.kept_in.items() if kept == parts[2]), None)
            if column is not None:
                return f"counts.{parts[1]}.{column}"
        return field

    def _rate_stages(self) -> tuple[str, str] | None:
        """The share the grid works out below it: those seen, of the stage they were seen within."""
        stages = [s.key for s in self.config.count_stages]
        within = self.config.ancestors("seen")
        return ("seen", within[0]) if "seen" in stages and within else None

    def _derive(self, stage: str) -> None:
        if self._loading:
            return
        for count, parts in self.sums.items():
            field, values = self.boxes[(stage, count)], [self.boxes[(stage, p)].value() for p in parts]
            if field.recorded and None in values:
                continue  # a stored total stays until its parts are all known: nothing recorded is lost
            field.show_sum(values)

    def focus_target(self, key: str) -> QWidget | None:
        """A problem with a worked-out count is fixed in its parts: the first blank one, or the first."""
        _, stage, column = (key.split(".") + ["", ""])[:3]
        if column not in self.sums:
            return super().focus_target(key)
        parts = [self.boxes[(stage, p)] for p in self.sums[column] if (stage, p) in self.boxes]
        return next((p for p in parts if p.value() is None), parts[0] if parts else None)

    def _update_rate(self) -> None:
        if self.rate_of is None:
            return
        stage, within = self.rate_of
        offered = self.boxes[(within, TOTAL)].value()
        seen = self.boxes[(stage, TOTAL)].value()
        if offered and seen is not None:
            locale = QLocale()
            share = locale.toString(round(100 * seen / offered)) + locale.percent()
            if within == "offered":
                text = self.tr("Seen: {seen} of {offered} offered ({share}).")
            else:
                text = self.tr("{stage}: {seen} of {offered} ({share}).")
            self.rate.setText(text.format(seen=locale.toString(seen), offered=locale.toString(offered),
                                          share=share, stage=self.config.label("count_stages", stage,
                                                                               ui_language())))
        else:
            self.rate.setText("")

    def load(self, rec: VisitRecord) -> None:
        """Show the counts as recorded; a stored total that is not its parts' sum is shown, and said to be so."""
        self._loading = True
        try:
            for (stage, column), field in self.boxes.items():
                field.set_value(getattr(rec.count(stage), self.kept_in[column]))
        finally:
            self._loading = False
        for stage in self.config.count_stages:
            row = rec.count(stage.key)
            for count, parts in self.sums.items():
                field = self.boxes[(stage.key, count)]
                kept = [self.kept_in[p] for p in parts]
                stored, worked_out = getattr(row, self.kept_in[count]), row.sum_of(kept)
                if stored == worked_out:
                    field.show_sum([getattr(row, p) for p in kept])
                else:
                    field.show_recorded(stored, parts_known=worked_out is not None)
        self._update_rate()

    def store(self, rec: VisitRecord) -> None:
        rec.counts = {}
        for stage in self.config.count_stages:
            row = CountRow(**{self.kept_in[column]: self.boxes[(stage.key, column)].value()
                              for column in self.kept_in})
            if not row.is_empty():
                rec.counts[stage.key] = row
