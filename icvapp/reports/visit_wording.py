"""How the visit report words a visit's status, dates, times and shares, in the report's language."""

from __future__ import annotations

import datetime as dt

from icvapp.i18n import QT_TRANSLATE_NOOP, Translator, translator
from icvapp.i18n.formats import format_date
from icvapp.reports.pdfkit import percent_text
from icvapp.visits.record import VisitRecord

# A report's status, by the English word the code keys colours on, and how it prints.
STATUS_WORDS = {
    "Draft": QT_TRANSLATE_NOOP("VisitReport", "Draft"),
    "Abandoned": QT_TRANSLATE_NOOP("VisitReport", "Abandoned"),
    "Signed": QT_TRANSLATE_NOOP("VisitReport", "Signed"),
    "Complete": QT_TRANSLATE_NOOP("VisitReport", "Complete"),
}


def status_label(rec: VisitRecord, signed: bool = False) -> str:
    """The report's status as a key: "Draft", "Abandoned", "Signed" or "Complete" (see :func:`status_text`)."""
    if rec.status == "draft":
        return "Draft"
    if rec.outcome == "abandoned":
        return "Abandoned"
    return "Signed" if signed or rec.status == "sealed" else "Complete"


def status_text(status: str, language: str = "en") -> str:
    """A status from :func:`status_label` as the report prints it."""
    return translator(language).translate("VisitReport", STATUS_WORDS.get(status, status))


def long_date(day: dt.date | None, language: str = "en") -> str:
    """'Monday 30 November 2026', 'Dydd Llun 30 Tachwedd 2026'."""
    if not day:
        return translator(language).translate("VisitReport", "Date not recorded")
    return format_date(day, language, "weekday")


def duration_text(delta: dt.timedelta, language: str = "en") -> str:
    """'1 h 25 min'; blank for a negative span, which only a half-typed draft can hold."""
    if delta < dt.timedelta(0):
        return ""
    tr = translator(language)
    total = int(delta.total_seconds() // 60)
    hours, minutes = divmod(total, 60)
    if hours and minutes:
        return tr.translate("VisitReport", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    if hours:
        return tr.translate("VisitReport", "{hours} h").format(hours=hours)
    return tr.translate("VisitReport", "{minutes} min").format(minutes=minutes)


def clock_text(rec: VisitRecord, t: dt.time | None, language: str = "en") -> str:
    """'23:40', or '00:15 (next day)' for a time past the visit's midnight."""
    if t is None:
        return ""
    at = rec.moment(t)
    next_day = at is not None and rec.visit_date is not None and at.date() > rec.visit_date
    if not next_day:
        return f"{t:%H:%M}"
    return translator(language).translate("VisitReport", "{time} (next day)").format(time=f"{t:%H:%M}")


def percent_seen(seen: int | None, offered: int | None, language: str = "en") -> str:
    """Share of those offered a visit who were seen, e.g. "67%"; blank when it cannot be worked out."""
    if seen is None or not offered:
        return ""
    return percent_text(100 * seen / offered, language=language)


def at_time_on_day(moment: dt.datetime, tr: Translator) -> str:
    """'23:40 on 30 November 2026', as the sign-off prints when something was done."""
    day = format_date(moment, tr.language, "dd MMMM y")
    return tr.translate("VisitReport", "{time} on {date}").format(time=f"{moment:%H:%M}", date=day)


def day_at_time(moment: dt.datetime, tr: Translator) -> str:
    """'30 November 2026 at 23:40'."""
    day = format_date(moment, tr.language, "dd MMMM y")
    return tr.translate("VisitReport", "{date} at {time}").format(date=day, time=f"{moment:%H:%M}")
