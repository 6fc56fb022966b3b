"""The command line in the reader's language: argparse's help, its errors and the office's tables.

The language is known before the command line is parsed (``ICVAPP_LANGUAGE``, else the window's
choice, else the scheme's default), so ``--help`` and a mistyped command answer in it too.
"""

from __future__ import annotations

import argparse

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from icvapp.cli.main import build_parser
from icvapp.cli.main import run_command as main
from icvapp.cli.parsing import ARGPARSE_WORDS
from icvapp.errors import Translatable
from tests.conftest import PASSPHRASE

ROOT_PIN = "a root pin for the tests"


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps to the terminal's width
    data = tmp_path / "cli-profile"
    monkeypatch.setenv("ICVAPP_DATA_DIR", str(data))
    return data


def english_help_texts() -> set[str]:
    """Every help text the commands mark, and argparse's own words, as English prints them."""
    texts = {str(word) for word in ARGPARSE_WORDS if " " in word and "%" not in word}

    def walk(parser: argparse.ArgumentParser) -> None:
        if isinstance(parser.description, Translatable):
            texts.add(str(parser.description))
        for action in parser._actions:
            if isinstance(action.help, Translatable):
                texts.add(str(action.help))
            for sub in getattr(action, "_choices_actions", []):
                texts.add(str(sub.help))
            for child in (action.choices or {}).values() if isinstance(action, argparse._SubParsersAction) else ():
                walk(child)

    walk(build_parser())
    return {t for t in texts if len(t.split()) > 2}  # a sentence, not a single word such as "options"


def said(capsys, argv: list[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out = capsys.readouterr()
    return exit_.value.code, out.out + out.err


@pytest.mark.parametrize("argv", [["--help"], ["visits", "list", "--help"], ["sync", "--help"],
                                  ["report", "quarterly", "--help"]])
def test_help_is_in_welsh_and_holds_no_english_sentence(env, monkeypatch, capsys, argv):
    monkeypatch.setenv("ICVAPP_LANGUAGE", "cy")
    code, text = said(capsys, argv)
    assert code == 0
    assert text.startswith("defnydd: icvapp") and "opsiynau:" in text
    assert "dangos y neges gymorth hon a gadael" in text
    flowing = " ".join(text.split())  # argparse wraps long texts over indented lines
    sentences = english_help_texts()
    assert len(sentences) > 60
    assert [sentence for sentence in sentences if sentence in flowing] == []
    assert "usage:" not in text and "options:" not in text


def test_the_main_help_names_its_commands_in_welsh(env, monkeypatch, capsys):
    monkeypatch.setenv("ICVAPP_LANGUAGE", "cy")
    text = said(capsys, ["--help"])[1]
    assert "dadleuon safleol:" in text
    assert "rhestru ac allforio ymweliadau" in text  # visits
    assert "Cofnodi, canfod ac adrodd ar ymweliadau cynllun ymweld lleyg" in text


@pytest.mark.parametrize(("argv", "welsh", "english"), [
    (["visits", "list", "--quarter", "5"], "dewis annilys: 5", "invalid choice"),
    (["report", "quarterly"], "mae angen y dadleuon canlynol: --fy, --quarter, --out", "are required"),
    (["visits", "list", "--fy", "1900"], "Nid yw 1900 yn flwyddyn ariannol", "is not a financial year"),
    (["visits", "list", "--fy", "nineteen"], "Nid yw 'nineteen' yn rhif cyfan (blwyddyn fel 2025)", "whole number"),
    (["visits", "list", "surplus"], "dadleuon anhysbys: surplus", "unrecognized"),
    (["no-such-command"], "dadl GORCHYMYN: dewis annilys", "invalid choice"),
])
def test_argparse_errors_are_in_welsh(env, monkeypatch, capsys, argv, welsh, english):
    monkeypatch.setenv("ICVAPP_LANGUAGE", "cy")
    code, text = said(capsys, argv)
    assert code == 2
    assert text.startswith("defnydd: icvapp") and ": gwall: " in text and welsh in text
    assert english not in text and "error:" not in text


def test_english_help_reads_exactly_as_argparse_prints_it(env, monkeypatch, capsys):
    monkeypatch.setenv("ICVAPP_LANGUAGE", "en")
    assert said(capsys, ["visits", "list", "--help"]) == (0, """\
usage: icvapp visits list [-h] [--place PLACE] [--fy FY] [--quarter {1,2,3,4}]
                          [--status {draft,complete,sealed}]

options:
  -h, --help            show this help message and exit
  --place PLACE, --suite PLACE
                        only this place (by name)
  --fy FY               financial year, named by the year it starts (2025 = 2025/26)
  --quarter {1,2,3,4}   quarter of --fy
  --status {draft,complete,sealed}
""")
    code, text = said(capsys, ["visits", "list", "--quarter", "5"])
    assert code == 2 and text.endswith("icvapp visits list: error: argument --quarter: invalid choice: 5 "
                                       "(choose from 1, 2, 3, 4)\n")
    code, text = said(capsys, ["--help"])
    assert text.startswith("usage: icvapp [-h] [--version] [--data-dir DIR] [--scheme ID] COMMAND ...\n\n"
                           "Record, find and report the visits of a lay visiting scheme. With no command, opens the app.\n\n"
                           "positional arguments:\n")
    assert "  --data-dir DIR  profile folder (default: $ICVAPP_DATA_DIR, else your user data folder)\n" in text


def test_argparse_gets_its_own_words_back_after_a_welsh_run(env, monkeypatch, capsys):
    monkeypatch.setenv("ICVAPP_LANGUAGE", "cy")
    said(capsys, ["visits", "list", "--quarter", "5"])
    assert argparse._("usage: ") == "usage: "
    assert argparse.ArgumentParser(prog="other").format_usage() == "usage: other [-h]\n"


def test_the_window_s_saved_language_is_read_before_parsing(env, monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("ICVAPP_LANGUAGE", raising=False)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "window.ini").write_text("[General]\nlanguage=cy\n", encoding="utf-8")
    assert said(capsys, ["--data-dir", str(elsewhere), "visits", "--help"])[1].startswith("defnydd:")
    assert said(capsys, ["visits", "--help"])[1].startswith("usage:")  # the default folder keeps English


def test_the_office_s_device_register_is_in_welsh(env, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("ICVAPP_ROOT_PIN", ROOT_PIN)
    assert main(["init", "--name", "Swyddfa"]) == 0
    assert main(["scheme", "setup-root"]) == 0
    public = tmp_path / "server.pub"
    public.write_bytes(ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    assert main(["sync", "certify-server", str(public), "--host", "127.0.0.1", "--out", str(tmp_path / "s.pem")]) == 0
    capsys.readouterr()
    assert main(["sync", "devices"]) == 0
    english = capsys.readouterr().out.splitlines()
    assert english[0].split("  ")[0] == "Serial number" and "Certificate for" in english[0]
    serial = english[1].split()[0]
    assert english[1].split()[1] == "server"
    assert main(["sync", "revoke-device", serial, "--reason", "replaced"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("ICVAPP_LANGUAGE", "cy")
    assert main(["sync", "devices"]) == 0
    heading, row = capsys.readouterr().out.splitlines()
    assert heading.split()[:2] == ["Rhif", "cyfresol"] and "Cyhoeddwyd" in heading and "Dirymwyd" in heading
    assert row.split()[:2] == [serial, "gweinydd"] and "dirymwyd" in row and row.endswith("replaced")
    assert "revoked" not in row and "Serial" not in heading
