"""The kinds' registry read without parsing a definition: the language a kind starts in."""

from __future__ import annotations

import json

import pytest

from icvapp.scheme.config import load_config
from icvapp.scheme.kinds import KINDS_ENV, default_language, definition_text, language_in, scheme_kinds


def write_kind(folder, kind: str, **fields) -> None:
    (folder / f"{kind}.json").write_text(json.dumps({"kind": kind, **fields}), encoding="utf-8")


@pytest.mark.parametrize("kind", scheme_kinds())
def test_a_shipped_kinds_language_is_the_one_its_checked_definition_gives(kind):
    assert default_language(kind) == load_config(kind).default_language
    assert json.loads(definition_text(kind))["kind"] == kind  # its own file, read, not the fallback's English


def test_the_language_named_wins_then_the_first_of_the_languages_then_english():
    assert language_in({"languages": ["en", "cy"], "default_language": "cy"}) == "cy"
    assert language_in({"languages": ["cy", "en"]}) == "cy"
    assert language_in({"languages": ["en", "cy"], "default_language": ""}) == "en"
    assert language_in({"languages": []}) == "en"
    assert language_in({}) == "en"


def test_a_kind_of_ones_own_is_read_from_its_folder_and_a_broken_one_reads_as_english(tmp_path, monkeypatch):
    write_kind(tmp_path, "welsh_first", languages=["cy", "en"])
    (tmp_path / "broken.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "listed.json").write_text("[1, 2]", encoding="utf-8")
    write_kind(tmp_path, "odd", default_language=["cy"])
    monkeypatch.setenv(KINDS_ENV, str(tmp_path))
    assert default_language("welsh_first") == "cy"
    assert default_language("broken") == default_language("listed") == default_language("odd") == "en"
    assert default_language("no_such_kind") == "en"
