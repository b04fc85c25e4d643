"""The pytest plugin, run in real pytest sessions with pytester (xdist on and off)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "fixtures" / "articles" / "seed.txt").read_text(encoding="utf-8")
CORRECTED = (ROOT / "fixtures" / "articles" / "seed-corrected.txt").read_text(encoding="utf-8")
XDIST = [[], ["-p", "xdist", "-n", "2"]]


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with one failing and one corrected story."""
    pytester.makepyprojecttoml("[tool.pytest.ini_options]\n")
    stories = pytester.mkdir("stories")
    (stories / "seed.txt").write_text(SEED, encoding="utf-8")
    (stories / "corrected.md").write_text(CORRECTED, encoding="utf-8")
    (stories / "notes.rst").write_text("11.5 trillion JPY (approximately 1.6 trillion USD)")
    return pytester


@pytest.mark.parametrize("xdist", XDIST, ids=["serial", "xdist"])
def test_a_failing_story_fails_with_a_report_and_a_corrected_one_passes(
    newsroom: pytest.Pytester, xdist: list[str]
) -> None:
    result = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider", *xdist)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*2 findings in seed.txt:*",
            "*CC102 currency-mislabel [[]error[]]*",
            "*implied rate 7.19 JPY/USD*it matches CNY*",
            "*»11.5 trillion JPY (approximately 1.6 trillion USD)«*",
            "*fix: CNY*",
        ]
    )


def test_nothing_is_collected_without_the_option(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_items_are_marked_and_selectable(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider", "-m", "claimcheck")
    result.assert_outcomes(passed=1, failed=1)
    result = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider", "-m", "not claimcheck")
    result.assert_outcomes()


def test_ini_options_set_globs_and_rules(newsroom: pytest.Pytester) -> None:
    newsroom.makepyprojecttoml(
        '[tool.pytest.ini_options]\nclaimcheck_globs = ["*.txt"]\nclaimcheck_ignore = "CC102"\n'
    )
    result = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_command_line_options_override_the_ini(newsroom: pytest.Pytester) -> None:
    newsroom.makepyprojecttoml('[tool.pytest.ini_options]\nclaimcheck_ignore = "CC102"\n')
    result = newsroom.runpytest(
        "--claimcheck", "-p", "no:cacheprovider", "--claimcheck-ignore", "CC106"
    )
    result.assert_outcomes(passed=1, failed=1)


def test_a_bad_setting_is_a_usage_error(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("--claimcheck", "--claimcheck-tolerance", "lots")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*claimcheck:*tolerance*"])


def test_unchanged_passing_documents_are_skipped_from_the_cache(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest("--claimcheck").assert_outcomes(passed=1, failed=1)
    again = newsroom.runpytest("--claimcheck", "-rs")
    again.assert_outcomes(skipped=1, failed=1)
    again.stdout.fnmatch_lines(["*unchanged since it last passed claimcheck*"])
    story = newsroom.path / "stories" / "corrected.md"
    story.write_text(CORRECTED + "\nA new closing line.\n", encoding="utf-8")
    newsroom.runpytest("--claimcheck").assert_outcomes(passed=1, failed=1)


def test_the_fixture_asserts_consistency_with_a_useful_message(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_good(claimcheck):
            claimcheck.assert_consistent("It spent 600 billion yen ($4.3 billion) in 2023.")

        def test_bad(claimcheck):
            claimcheck.assert_consistent("Hubei GDP hit 6 trillion yen ($834 billion) in 2024.")
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*AssertionError: claimcheck: 1 finding:*", "*CC102 currency-mislabel*", "*matches CNY*"]
    )


def test_inline_suppressions_take_effect(newsroom: pytest.Pytester) -> None:
    story = newsroom.path / "stories" / "seed.txt"
    story.write_text("<!-- claimcheck: ignore-file CC102 -->\n" + SEED, encoding="utf-8")
    newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_a_baseline_of_accepted_findings_takes_effect(newsroom: pytest.Pytester) -> None:
    from claimcheck.cli import main

    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(newsroom.path)
        assert main(["check", "--write-baseline", "accepted.json", "stories"]) == 0
    result = newsroom.runpytest(
        "--claimcheck", "-p", "no:cacheprovider", "--claimcheck-baseline", "accepted.json"
    )
    result.assert_outcomes(passed=2)


def test_claimcheck_configuration_in_pyproject_is_honoured(newsroom: pytest.Pytester) -> None:
    newsroom.makepyprojecttoml('[tool.claimcheck]\nignore = ["currency-mislabel"]\n')
    newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider").assert_outcomes(passed=2)
