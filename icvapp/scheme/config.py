"""Scheme configuration: the lists a visit form offers, read from resources/.

Request categories, reasons not seen, inspection areas and the rest are data,
not code, so a scheme (or a second kind of visiting scheme) can change them
without touching the widgets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

#: The language a scheme's labels fall back to when a language has none.
ENGLISH = "en"
#: The counts grid's column for all detainees of a stage, beside one column per detainee group.
TOTAL = "total"


@dataclass(frozen=True)
class Choice:
    """One entry in a list the form offers: its stored key, its English label, its labels by language."""

    key: str
    label: str
    labels: tuple[tuple[str, str], ...] = ()

    def label_in(self, language: str | None = ENGLISH) -> str:
        """The label in ``language``, or in English when the scheme gives none in it."""
        return dict(self.labels).get(language or ENGLISH) or self.label


@dataclass(frozen=True)
class SchemeConfig:
    kind: str
    title: str
    modes: tuple[Choice, ...]
    abandon_reasons: tuple[Choice, ...]
    detainee_stages: tuple[Choice, ...]
    detainee_groups: tuple[Choice, ...]
    reasons_not_seen: tuple[Choice, ...]
    entitlements: tuple[Choice, ...]
    vulnerabilities: tuple[Choice, ...]
    request_categories: tuple[Choice, ...]
    inspection_areas: tuple[Choice, ...]
    inspection_categories: tuple[Choice, ...]
    long_visit_minutes: int
    admission_delay_minutes: int
    issue_categories: tuple[Choice, ...] = ()
    escalation_levels: tuple[Choice, ...] = ()
    issue_overdue_days: int = 28
    #: The funnel: the stage each stage's detainees are counted within (seen within offered, …).
    stage_within: tuple[tuple[str, str], ...] = ()
    #: Stages whose detainees together fit within another (seen + declined within offered).
    funnel_sums: tuple[tuple[tuple[str, ...], str], ...] = ()
    #: Counts worked out from others, never typed: (count, the counts it is the sum of), each a column of
    #: the counts grid (the total, or a detainee group), summed within each stage.
    count_sums: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The languages the scheme's labels are written in, and the one a new visit starts in.
    languages: tuple[str, ...] = (ENGLISH,)
    default_language: str = ENGLISH
    titles: tuple[tuple[str, str], ...] = ()

    def ancestors(self, stage: str) -> list[str]:
        """The stages ``stage`` lies within, nearest first (seen: offered, then in custody)."""
        parents, out = dict(self.stage_within), []
        while stage in parents and parents[stage] not in out:
            stage = parents[stage]
            out.append(stage)
        return out

    def sum_parts(self, count: str) -> tuple[str, ...]:
        """The counts ``count`` is the sum of (the total: female, male, juvenile), or () when it is typed."""
        return dict(self.count_sums).get(count, ())

    def label(self, list_name: str, key: str | None, language: str | None = ENGLISH) -> str:
        """The human label for ``key`` in one of the lists, in ``language`` (English by default), or the key itself."""
        if key is None:
            return ""
        for choice in getattr(self, list_name):
            if choice.key == key:
                return choice.label_in(language)
        return key

    def title_in(self, language: str | None = ENGLISH) -> str:
        """The scheme's title in ``language``, or in English."""
        return dict(self.titles).get(language or ENGLISH) or self.title

    def offers(self, language: str | None) -> bool:
        return language in self.languages


def resource_text(*parts: str) -> str:
    """Read a text file shipped under resources/ (checkout, wheel or bundle)."""
    return resources.files("icvapp.resources").joinpath(*parts).read_text("utf-8")


def by_language(value: str | dict) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A label as the file gives it — one English text, or {"en": …, "cy": …} — as (English, by language)."""
    if isinstance(value, str):
        return value, ((ENGLISH, value),)
    return value.get(ENGLISH) or next(iter(value.values()), ""), tuple(value.items())


def read_count_sums(rules, groups: tuple[Choice, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The scheme file's ``count_sums``, checked: each is a grid column summing other columns, once."""
    columns = (TOTAL, *(g.key for g in groups))
    out: dict[str, tuple[str, ...]] = {}
    for rule in rules:
        count, parts = rule["count"], tuple(rule["sum_of"])
        unknown = [key for key in (count, *parts) if key not in columns]
        if unknown:
            raise ValueError(f"count_sums: {', '.join(unknown)} is not a column of the counts grid ({columns})")
        if count in parts or len(set(parts)) != len(parts) or len(parts) < 2:
            raise ValueError(f"count_sums: {count} must be the sum of two or more other columns, each once")
        if count in out:
            raise ValueError(f"count_sums: {count} is given twice")
        out[count] = parts
    derived_parts = [count for count in out if any(count in parts for parts in out.values())]
    if derived_parts:
        raise ValueError(f"count_sums: {derived_parts[0]} is worked out, so it cannot be a part of another sum")
    return tuple(out.items())


def load_config(kind: str = "custody") -> SchemeConfig:
    data = json.loads(resource_text("schemes", f"{kind}.json"))

    def choices(name: str) -> tuple[Choice, ...]:
        return tuple(Choice(c["key"], *by_language(c["label"])) for c in data[name])

    title, titles = by_language(data["title"])
    languages = tuple(data.get("languages", (ENGLISH,)))
    return SchemeConfig(
        kind=data["kind"],
        title=title,
        titles=titles,
        languages=languages,
        default_language=data.get("default_language", languages[0]),
        modes=choices("modes"),
        abandon_reasons=choices("abandon_reasons"),
        detainee_stages=choices("detainee_stages"),
        detainee_groups=choices("detainee_groups"),
        reasons_not_seen=choices("reasons_not_seen"),
        entitlements=choices("entitlements"),
        vulnerabilities=choices("vulnerabilities"),
        request_categories=choices("request_categories"),
        inspection_areas=choices("inspection_areas"),
        inspection_categories=choices("inspection_categories"),
        long_visit_minutes=int(data["limits"]["long_visit_minutes"]),
        admission_delay_minutes=int(data["limits"]["admission_delay_minutes"]),
        issue_categories=choices("issue_categories"),
        escalation_levels=choices("escalation_levels"),
        issue_overdue_days=int(data["limits"].get("issue_overdue_days", 28)),
        stage_within=tuple((s["key"], s["within"]) for s in data["detainee_stages"] if s.get("within")),
        funnel_sums=tuple((tuple(rule["stages"]), rule["within"]) for rule in data.get("funnel_sums", ())),
        count_sums=read_count_sums(data.get("count_sums", ()), choices("detainee_groups")),
    )
