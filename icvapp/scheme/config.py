"""A scheme kind's definition: the places visited, the words, the lists a visit form offers.

One JSON file per kind in ``resources/schemes/`` (the first kind's, ``dog_unit.json``…) names
everything that differs between kinds of lay visiting — the nouns (place, subject, identifier…),
the visit target, the counted stages and groups, the checks per subject, the inspection grid,
the observed activities, the issue categories and the escalation ladder — so the form,
validation, the signed document, the figures and the PDFs work from data, not from code.
A definition is checked as it is read (:func:`parse_definition`); a malformed one is refused
with the reason, naming the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from icvapp.scheme.kinds import ENGLISH, FIRST_KIND, kind_files, language_in, resource_text
from icvapp.scheme.wording import Wording, read_wording

#: The counts grid's column for all subjects of a stage, beside one column per subject group.
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


#: The nouns every definition names, in each of its languages (see ``SchemeConfig.word``).
WORDS = ("place", "places", "subject", "subjects", "identifier", "identifier_hint", "location", "met", "staff",
         "checks", "flags", "counts", "inspection")
#: Nouns a definition may leave out; leaving one out leaves out the part of the form it names.
OPTIONAL_WORDS = ("allegation",)
#: How often each place is to be visited: the visit target's period, and its length in days where fixed.
TARGET_PERIODS = {"week": 7, "fortnight": 14, "month": None}
#: The lists a definition holds, by their name in the file and on :class:`SchemeConfig`.
LISTS = ("modes", "abandon_reasons", "count_stages", "count_groups", "reasons_not_seen", "subject_checks",
         "subject_flags", "request_categories", "inspection_areas", "inspection_categories", "issue_categories",
         "escalation_levels")
#: Lists a kind may leave empty: no requests section (the dog unit), no groups (totals typed).
OPTIONAL_LISTS = ("count_groups", "request_categories", "subject_flags")
#: Every key a definition file may hold at its top level.
TOP_LEVEL = {"kind", "title", "languages", "default_language", "visit_noun", "review_cy", "target", "identifier",
             "words", "funnel_sums", "count_sums", "limits", "activities", "wording", "subject_issue_category",
             *LISTS}
#: At most this many count groups: a stage's groups are stored in the three group columns, in order.
MAX_GROUPS = 3


class DefinitionError(ValueError):
    """A scheme definition that cannot be used, with the reason (and the file, once known)."""


@dataclass(frozen=True)
class Activity:
    """Something the visitors may observe (training), with the choices they tick (the methods seen)."""

    key: str
    label: str
    labels: tuple[tuple[str, str], ...]
    choices: tuple[Choice, ...]

    def label_in(self, language: str | None = ENGLISH) -> str:
        return dict(self.labels).get(language or ENGLISH) or self.label


@dataclass(frozen=True)
class SchemeConfig:
    kind: str
    title: str
    modes: tuple[Choice, ...]
    abandon_reasons: tuple[Choice, ...]
    count_stages: tuple[Choice, ...]
    count_groups: tuple[Choice, ...]
    reasons_not_seen: tuple[Choice, ...]
    subject_checks: tuple[Choice, ...]
    subject_flags: tuple[Choice, ...]
    request_categories: tuple[Choice, ...]
    inspection_areas: tuple[Choice, ...]
    inspection_categories: tuple[Choice, ...]
    long_visit_minutes: int
    admission_delay_minutes: int
    issue_categories: tuple[Choice, ...] = ()
    escalation_levels: tuple[Choice, ...] = ()
    issue_overdue_days: int = 28
    #: The funnel: the stage each stage's subjects are counted within (seen within offered, …).
    stage_within: tuple[tuple[str, str], ...] = ()
    #: Stages whose subjects together fit within another (seen + declined within offered).
    funnel_sums: tuple[tuple[tuple[str, ...], str], ...] = ()
    #: Counts worked out from others, never typed: (count, the counts it is the sum of), each a column of
    #: the counts grid (the total, or a subject group), summed within each stage.
    count_sums: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: The languages the scheme's labels are written in, and the one a new visit starts in.
    languages: tuple[str, ...] = (ENGLISH,)
    default_language: str = ENGLISH
    titles: tuple[tuple[str, str], ...] = ()
    #: The nouns of this kind (place, subject, identifier, …), each by language; see :meth:`word`.
    words: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    #: How often each place is to be visited: "week", "fortnight" or "month" (see TARGET_PERIODS).
    target_every: str = "week"
    #: The longest identifier a subject may be recorded by (a person's record number, a dog's identifier).
    identifier_max_length: int = 40
    #: What visitors may observe beyond the lists above (training, with the methods seen).
    activities: tuple[Activity, ...] = ()
    visit_nouns: tuple[tuple[str, str], ...] = ()
    #: The issue category a subject's issue starts in; None: "welfare", else "other".
    subject_issue_category: str | None = None
    #: The kind's own wording of the reports' and windows' sentences (:mod:`icvapp.scheme.wording`); see
    #: :meth:`own_wording`.
    wording: Wording = ()

    def word(self, name: str, language: str | None = ENGLISH) -> str:
        """One of the kind's nouns (:data:`WORDS`) in ``language``, or in English; "" for an optional noun
        the kind leaves out."""
        labels = dict(dict(self.words).get(name, ()))
        return labels.get(language or ENGLISH) or labels.get(ENGLISH, "")

    def own_wording(self, context: str, source: str, language: str | None = ENGLISH) -> str | tuple[str, ...] | None:
        """The kind's own wording of the general sentence ``source`` in ``context``, in ``language`` (or English):
        a text, or plural forms for a sentence with a count; None where the kind words it in general words."""
        texts = self._own_wording.get((context, source))
        if texts is None:
            return None
        return texts.get(language or ENGLISH) or texts.get(ENGLISH)

    @cached_property
    def _own_wording(self) -> dict[tuple[str, str], dict]:
        # The reports and the window ask for every sentence they say: one lookup each, not a walk through the list.
        return {key: dict(texts) for key, texts in self.wording}

    def has(self, name: str) -> bool:
        """Whether the kind names the optional noun ``name`` (an allegation), so its part of the form exists."""
        return name in dict(self.words)

    @property
    def root_stage(self) -> str:
        """The stage every other stage is counted within (present; dogs at the unit)."""
        return self.count_stages[0].key

    @property
    def has_requests(self) -> bool:
        return bool(self.request_categories)

    @property
    def has_groups(self) -> bool:
        return bool(self.count_groups)

    def visit_noun(self, language: str | None = ENGLISH) -> str:
        return dict(self.visit_nouns).get(language or ENGLISH) or dict(self.visit_nouns).get(ENGLISH, "")

    def activity(self, key: str) -> Activity | None:
        return next((a for a in self.activities if a.key == key), None)

    def ancestors(self, stage: str) -> list[str]:
        """The stages ``stage`` lies within, nearest first (seen: offered, then present)."""
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


def funnel_keys(config: SchemeConfig) -> tuple[str, str, str, str]:
    """The stages the headline figures name: (all present, offered, seen, declined) — each a key of the
    definition's stages (the dog unit's: at_unit, at_unit, seen, not_seen).

    "Seen" and "declined" are the first two stages of the definition's first funnel sum and
    "offered" the stage they lie within; a definition with no funnel sum has "seen" within the root.
    """
    root = config.root_stage
    if config.funnel_sums:
        (seen, declined, *_), offered = config.funnel_sums[0]
        return root, offered, seen, declined
    within = [stage for stage, above in config.stage_within if above == root]
    return root, root, within[0] if within else "seen", within[1] if len(within) > 1 else "declined"


def load_config(kind: str = FIRST_KIND) -> SchemeConfig:
    """The definition of ``kind``: shipped, or from a folder named in :data:`KINDS_ENV`."""
    files = kind_files()
    if kind not in files:
        raise DefinitionError(f"There is no scheme definition for the kind {kind!r} (known: {', '.join(sorted(files))})")
    path = files[kind]
    config = load_definition(path) if path is not None else _parsed(resource_text("schemes", f"{kind}.json"), f"{kind}.json")
    if config.kind != kind:
        raise DefinitionError(f"{kind}.json: it defines the kind {config.kind!r}; a kind's file is named after it")
    return config


def load_definition(path: Path) -> SchemeConfig:
    """A definition read from any file: a scheme's own, or a test's invented kind."""
    return _parsed(Path(path).read_bytes().decode("utf-8"), str(path))  # UTF-8 whatever the locale says


def _parsed(text: str, name: str) -> SchemeConfig:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(f"{name}: not a JSON document ({exc})") from exc
    try:
        return parse_definition(data)
    except DefinitionError as exc:
        raise DefinitionError(f"{name}: {exc}") from exc


def parse_definition(data: dict) -> SchemeConfig:
    """Check a definition and build its :class:`SchemeConfig`; refuse a malformed one with the reason."""
    if not isinstance(data, dict):
        raise DefinitionError("a definition is a JSON object")
    unknown = sorted(set(data) - TOP_LEVEL)
    if unknown:
        raise DefinitionError(f"unknown entry {unknown[0]!r} (a misspelling?)")
    for required in ("kind", "title", "words", "target", "limits", *(n for n in LISTS if n not in OPTIONAL_LISTS)):
        if required not in data:
            raise DefinitionError(f"the entry {required!r} is missing")
    languages = tuple(data.get("languages", (ENGLISH,)))
    if ENGLISH not in languages:
        raise DefinitionError("English must be one of the languages (it is what every label falls back to)")

    def labels(value, where: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        if isinstance(value, str) and languages == (ENGLISH,):
            value = {ENGLISH: value}
        if not isinstance(value, dict):
            raise DefinitionError(f"{where}: a label is an object of texts by language")
        missing = [lang for lang in languages if not str(value.get(lang) or "").strip()]
        if missing:
            raise DefinitionError(f"{where}: the label has no text in {', '.join(missing)}")
        return by_language(value)

    def choices(entries, where: str) -> tuple[Choice, ...]:
        out, seen = [], set()
        for i, entry in enumerate(entries or ()):
            key = entry.get("key") if isinstance(entry, dict) else None
            if not key or not isinstance(key, str):
                raise DefinitionError(f"{where}[{i}]: an entry needs a key")
            if key in seen:
                raise DefinitionError(f"{where}: the key {key!r} is given twice")
            seen.add(key)
            out.append(Choice(key, *labels(entry.get("label"), f"{where}.{key}")))
        return tuple(out)

    lists = {name: choices(data.get(name, ()), name) for name in LISTS}
    for name in LISTS:
        if name not in OPTIONAL_LISTS and not lists[name]:
            raise DefinitionError(f"{name}: the list is empty")
    if len(lists["count_groups"]) > MAX_GROUPS:
        raise DefinitionError(f"count_groups: at most {MAX_GROUPS} groups (each is one stored column)")
    stage_keys = [c.key for c in lists["count_stages"]]
    stage_within = []
    for entry in data["count_stages"]:
        within = entry.get("within")
        if within is not None and (within not in stage_keys or stage_keys.index(within) >= stage_keys.index(entry["key"])):
            raise DefinitionError(f"count_stages.{entry['key']}: it lies within {within!r}, "
                                  "which must be a stage listed before it")
        if within:
            stage_within.append((entry["key"], within))
    funnel_sums = []
    for rule in data.get("funnel_sums", ()):
        named = [*rule.get("stages", ()), rule.get("within")]
        if any(key not in stage_keys for key in named) or len(rule.get("stages", ())) < 2:
            raise DefinitionError(f"funnel_sums: {named} must name two or more stages and the stage they fit within")
        funnel_sums.append((tuple(rule["stages"]), rule["within"]))
    words = data["words"]
    if not isinstance(words, dict):
        raise DefinitionError("words: an object of nouns")
    for name in words:
        if name not in WORDS and name not in OPTIONAL_WORDS:
            raise DefinitionError(f"words: unknown noun {name!r}")
    for name in WORDS:
        if name not in words:
            raise DefinitionError(f"words: the noun {name!r} is missing")
    word_labels = tuple((name, labels(value, f"words.{name}")[1]) for name, value in words.items())
    every = (data["target"] or {}).get("every")
    if every not in TARGET_PERIODS:
        raise DefinitionError(f"target: 'every' is one of {', '.join(TARGET_PERIODS)}, not {every!r}")
    activities, activity_keys = [], set()
    for i, entry in enumerate(data.get("activities", ())):
        key = entry.get("key")
        if not key or key in activity_keys:
            raise DefinitionError(f"activities[{i}]: each activity needs a key of its own")
        activity_keys.add(key)
        choice_list = choices(entry.get("choices"), f"activities.{key}.choices")
        if not choice_list:
            raise DefinitionError(f"activities.{key}: it offers no choices")
        activities.append(Activity(key, *labels(entry.get("label"), f"activities.{key}"), choice_list))
    limits = data["limits"]
    try:
        max_length = int((data.get("identifier") or {}).get("max_length", 40))
        long_visit, delay = int(limits["long_visit_minutes"]), int(limits["admission_delay_minutes"])
        overdue = int(limits.get("issue_overdue_days", 28))
    except (KeyError, TypeError, ValueError) as exc:
        raise DefinitionError(f"limits: {exc} (each limit is a whole number)") from exc
    if not 1 <= max_length <= 40:
        raise DefinitionError("identifier: max_length is between 1 and 40 (the stored column's width)")
    title, titles = labels(data["title"], "title")
    visit_nouns = labels(data["visit_noun"], "visit_noun")[1] if "visit_noun" in data else ()
    try:
        count_sums = read_count_sums(data.get("count_sums", ()), lists["count_groups"])
        wording = read_wording(data.get("wording"), languages)
    except ValueError as exc:
        raise DefinitionError(str(exc)) from exc
    subject_issue = data.get("subject_issue_category")
    if subject_issue is not None and subject_issue not in {c.key for c in lists["issue_categories"]}:
        raise DefinitionError(f"subject_issue_category: {subject_issue!r} is not one of the issue categories")
    return SchemeConfig(
        kind=str(data["kind"]),
        title=title,
        titles=titles,
        languages=languages,
        default_language=language_in(data),
        **{name: lists[name] for name in LISTS},
        long_visit_minutes=long_visit,
        admission_delay_minutes=delay,
        issue_overdue_days=overdue,
        stage_within=tuple(stage_within),
        funnel_sums=tuple(funnel_sums),
        count_sums=count_sums,
        words=word_labels,
        target_every=every,
        identifier_max_length=max_length,
        activities=tuple(activities),
        visit_nouns=visit_nouns,
        wording=wording,
        subject_issue_category=subject_issue,
    )
