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
            "stories/seed.txt:17:182 CC102 currency-mislabel: implied rate 7.19*"
            "(and 1 more finding)",
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


def test_the_short_summary_names_the_first_finding(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider", "-rf")
    result.stdout.fnmatch_lines(
        ["FAILED stories/seed.txt::seed.txt - stories/seed.txt:17:182 CC102*"]
    )


def test_ini_options_set_include_and_rules(newsroom: pytest.Pytester) -> None:
    newsroom.makepyprojecttoml(
        '[tool.pytest.ini_options]\nclaimcheck_include = ["*.txt"]\nclaimcheck_ignore = "CC102"\n'
    )
    result = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_html_stories_are_collected_like_the_others(newsroom: pytest.Pytester) -> None:
    page = f"<html><body><p>{SEED}</p></body></html>"
    (newsroom.path / "stories" / "seed.html").write_text(page, encoding="utf-8")
    result = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*stories/seed.html:*CC102 currency-mislabel*"])


@pytest.mark.parametrize(
    "config",
    [
        '[tool.claimcheck]\nexclude = ["drafts"]\n',
        '[tool.claimcheck]\ninclude = ["*.md"]\nexclude = ["old-*.md"]\n',
        '[tool.claimcheck]\nexclude = ["stories/seed.txt", "*.html"]\n',
        '[tool.pytest.ini_options]\nclaimcheck_exclude = ["drafts/*.txt"]\n',
    ],
)
def test_the_plugin_checks_exactly_the_files_the_command_line_checks(
    newsroom: pytest.Pytester, config: str
) -> None:
    from claimcheck.config import resolve
    from claimcheck.sources import find_inputs

    stories = newsroom.path / "stories"
    for name in ("drafts/a.txt", "drafts/b.md", "old-c.md", "d.html", "deep/er/e.htm"):
        (stories / name).parent.mkdir(parents=True, exist_ok=True)
        (stories / name).write_text(CORRECTED, encoding="utf-8")
    newsroom.makepyprojecttoml(config)
    result = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider", "--co", "-q")
    collected = {line.split("::")[0] for line in result.stdout.lines if "::" in line}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(newsroom.path)
        settings = resolve(["."], {}).settings
        if "ini_options" in config:  # the same globs, as claimcheck's own setting
            settings = settings.model_copy(update={"exclude": ["drafts/*.txt"]})
        expected = {str(p) for p in find_inputs(["."], settings.include, settings.exclude)}
    assert collected == expected
    assert collected  # the trees above always leave something to check


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
    again.stdout.fnmatch_lines(
        ["SKIPPED [[]1[]] stories/corrected.md: unchanged since it passed claimcheck last time"]
    )
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


def test_a_story_named_on_the_command_line_is_checked_even_if_excluded(
    newsroom: pytest.Pytester,
) -> None:
    newsroom.makepyprojecttoml('[tool.claimcheck]\nexclude = ["seed.txt"]\n')
    everything = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider")
    everything.assert_outcomes(passed=1)
    named = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider", "stories/seed.txt")
    named.assert_outcomes(failed=1)
    ignored = newsroom.runpytest("--claimcheck", "-p", "no:cacheprovider", "stories/notes.rst")
    assert ignored.ret == pytest.ExitCode.NO_TESTS_COLLECTED  # not a kind claimcheck reads
