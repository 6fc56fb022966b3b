"""The office's schemes from the command line: a further scheme of another kind, listed, then chosen."""

from __future__ import annotations

import pytest

from icvapp.cli.main import run_command as main
from icvapp.profile.profiles import list_profiles
from tests.conftest import PASSPHRASE


def test_init_a_dog_unit_scheme_beside_custody_and_choose_it(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "office"
    monkeypatch.setenv("ICVAPP_DATA_DIR", str(data))
    assert main(["init", "--name", "Leicestershire ICV Scheme"]) == 0
    assert main(["init", "--name", "Leicestershire Animal Welfare", "--kind", "dog_unit"]) == 0
    out = capsys.readouterr().out
    dogs = list_profiles(data)[1]
    assert f"--scheme {dogs.id}" in out and dogs.kind == "dog_unit"
    assert main(["schemes"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == ["Scheme", "Kind"]
    assert listing[1].split(maxsplit=1) == ["main", "Independent Custody Visiting"]
    assert listing[2].split(maxsplit=1) == [dogs.id, "Animal Welfare Scheme"]
    assert "Leicestershire" not in "\n".join(listing)  # nothing is unlocked to list them
    assert main(["--scheme", dogs.id[:6], "visits", "list"]) == 0
    assert main(["--scheme", "0123456789abcdef", "visits", "list"]) == 1
    assert "icvapp schemes" in capsys.readouterr().err


def test_an_unknown_kind_is_refused_by_name(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ICVAPP_DATA_DIR", str(tmp_path / "p"))
    with pytest.raises(SystemExit):
        main(["init", "--name", "Court", "--kind", "court_cells"])
    assert "invalid choice: 'court_cells'" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_the_demo_makes_the_whole_office_and_the_dog_unit_lists_its_visits(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ICVAPP_DATA_DIR", str(tmp_path / "office"))
    assert main(["demo"]) == 0
    assert "Animal welfare scheme ready beside it: 13 visits." in capsys.readouterr().out
    dogs = list_profiles(tmp_path / "office")[1]
    assert main(["--scheme", dogs.id, "visits", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Dog unit, Enderby" in listing and "Beaumont Leys" not in listing
    assert listing.splitlines()[0].split()[2:6] == ["Dog", "unit", "Status", "Dogs"]
