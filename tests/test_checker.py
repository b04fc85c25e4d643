"""The Checker: typed options, resources loaded once, reusable, picklable; the module-level
functions are conveniences over it."""

from __future__ import annotations

import inspect
import pickle
import shutil
import typing
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import api
from claimcheck.config import OptionError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
FACTS = ROOT / "fixtures" / "facts" / "china-regions.toml"
GBA = "The GBA, which represents 6 percent of China's total area, is among the most open regions."
WUHAN = "WUHAN - The plant cost 12 billion yuan ($1.7 million) in 2024."


def test_every_option_is_a_typed_keyword() -> None:
    parameters = inspect.signature(claimcheck.Checker).parameters
    assert [p.kind for p in parameters.values()] == [inspect.Parameter.VAR_KEYWORD]
    hints = typing.get_type_hints(claimcheck.Checker.__init__)["options"].__args__[0]
    options = typing.get_type_hints(hints)
    assert set(options) == set(claimcheck.Settings.model_fields) | {"settings"}
    assert options["tolerance"] == float | None and options["date"] == date | None
    # the module-level functions take the same options, typed for checkers and editors
    assert api.Options is hints
    for function in (api.check, api.check_file, api.check_many, api.check_claims, api.checker):
        assert inspect.signature(function).parameters["options"].annotation == "Unpack[Options]"


def test_an_unknown_option_names_the_option_and_the_fix() -> None:
    with pytest.raises(OptionError, match="option 'tolerence': unknown key; did you mean"):
        claimcheck.Checker(tolerence=0.1)  # type: ignore[call-arg]


def test_a_bad_option_names_the_option_and_the_fix() -> None:
    with pytest.raises(OptionError, match="option 'tolerance': must be a number between 0 and 1"):
        claimcheck.Checker(tolerance=2.0)
    with pytest.raises(OptionError, match="option 'ignore': no rule named 'CC999'"):
        claimcheck.Checker(ignore=["CC999"])


def test_the_options_shape_every_check() -> None:
    checker = claimcheck.Checker(ignore=["CC1"], date=date(2021, 5, 3))
    assert claimcheck.check(WUHAN).findings and checker.check(WUHAN).findings == []
    undated = "The plant cost 1 billion yuan ($140 million)."
    ((claim, verdict),) = checker.check(undated).judged()
    assert isinstance(claim, claimcheck.ConversionClaim)
    assert verdict.rate_used == "ECB reference rates for May 2021 (the publication date)"


def test_the_files_are_read_once_when_the_checker_is_made(tmp_path: Path) -> None:
    sheet = tmp_path / "facts.toml"
    shutil.copy(FACTS, sheet)
    checker = claimcheck.Checker(facts=[sheet])
    sheet.unlink()  # the checker owns the loaded sheet; the file is not read again
    assert [f.rule for f in checker.check(GBA).findings] == ["CC602"]
    assert [f.rule for f in checker.check(GBA).findings] == ["CC602"]


def test_a_checker_pickles_as_its_settings_and_checks_the_same() -> None:
    checker = claimcheck.Checker(tolerance=0.05, select=["CC1"], facts=[FACTS])
    again = pickle.loads(pickle.dumps(checker))
    assert again.settings == checker.settings
    assert again.check(WUHAN) == checker.check(WUHAN)
    assert len(pickle.dumps(checker)) < 2_000  # the rate table stays behind


def test_every_call_returns_a_report() -> None:
    checker = claimcheck.Checker()
    reports = [
        checker.check(WUHAN),
        checker.check_file(SEED),
        checker.check_claims(checker.extract(WUHAN)),
        *checker.check_many([("w.txt", WUHAN)]),
    ]
    assert all(isinstance(report, claimcheck.Report) for report in reports)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="0123456789 .,$¥€%-abcdefghijklmnopqrstuvwxyz()\n", max_size=120))
def test_the_module_functions_are_the_default_checker(text: str) -> None:
    assert claimcheck.check(text) == claimcheck.Checker().check(text)


def test_every_claim_kind_is_exported_so_claims_can_be_built_by_hand() -> None:
    kinds = typing.get_args(typing.get_args(claimcheck.Claim)[0])
    assert kinds and all(getattr(claimcheck, kind.__name__) is kind for kind in kinds)
    assert set(claimcheck.__all__) >= {kind.__name__ for kind in kinds}
