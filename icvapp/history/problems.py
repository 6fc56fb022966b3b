"""A problem found in one row of a history CSV, and the helpers that word it."""

from __future__ import annotations

from dataclasses import dataclass

from icvapp.errors import QT_TRANSLATE_NOOP, Translates, joined


@dataclass(frozen=True)
class RowError:
    """One problem in one row; ``row`` is the spreadsheet's row number (the headings are row 1)."""

    row: int
    reason: str

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        """"Row 7: …", translatable (the reason is marked where it is found)."""
        return QT_TRANSLATE_NOOP("History", "Row {row}: {reason}").format(row=self.row, reason=self.reason)

    def in_language(self, tr: Translates | None) -> str:
        return self.text.in_language(tr)


def listed(names: list[str]) -> str:
    quoted = [f"'{short(n)}'" for n in names[:12]]
    if len(names) > 12:
        quoted.append(QT_TRANSLATE_NOOP("History", "{count} more").format(count=len(names) - 12))
    if len(quoted) == 1:
        return quoted[0]
    return QT_TRANSLATE_NOOP("History", "{names} and {last}").format(names=joined(*quoted[:-1], sep=", "),
                                                                   last=quoted[-1])


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
