"""The notebook experience: rich displays, DataFrames, and the tutorial, executed for real."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import nbformat
import pandas as pd
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

import claimcheck
from claimcheck import ConversionClaim, Money, Period

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
TUTORIAL = ROOT / "docs" / "tutorial.ipynb"
PROJECT_EXTRAS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "optional-dependencies"
]


@pytest.fixture(scope="module")
def seed() -> claimcheck.Report:
    return claimcheck.check_file(SEED)


def by_hand(currency: str = "JPY") -> ConversionClaim:
    return ConversionClaim(
        source=Money.parse(f"11.5 trillion {currency}"),
        target=Money.parse("approximately 1.6 trillion USD"),
        periods=(Period.year(2024, "stated"),),
    )


# --- rich displays ----------------------------------------------------------------------


def test_report_html_shows_the_text_highlighted_and_the_findings(
    seed: claimcheck.Report,
) -> None:
    html = seed._repr_html_()
    assert 'class="cc-inconsistent" title="CC102 currency-mislabel: implied rate' in html
    assert ">11.5 trillion JPY (approximately 1.6 trillion USD)</mark>" in html
    assert "In a recent article by CGTN" in html  # the article itself is shown
    assert html.count('<tr class="cc-error"') == 2


def test_document_report_renders_on_its_own(seed: claimcheck.Report) -> None:
    doc = seed.documents[0]
    assert "seed.txt" in doc._repr_html_()
    assert doc._repr_markdown_().count("| `CC102` currency-mislabel |") == 2


def test_markdown_lists_the_findings_and_defuses_markup() -> None:
    text = "BEIJING - The *region*'s GDP reached 11.5 trillion JPY ($1.6 trillion) in 2024."
    markdown = claimcheck.check(text, path="a_story.md")._repr_markdown_()
    assert markdown.startswith(f"**claimcheck {claimcheck.__version__}**: 1 finding in 1 of 1")
    assert "| a\\_story.md:1:" in markdown
    assert "| CNY |" in markdown


def test_plain_text_fallback_is_the_full_report_and_summary(seed: claimcheck.Report) -> None:
    from IPython.lib.pretty import pretty

    text = pretty(seed)
    assert "fix: CNY" in text
    assert text.endswith("2 findings in 1 of 1 document")


def test_a_claim_renders_with_its_verdict_and_values() -> None:
    judged = next(claimcheck.check_claims([by_hand()]).judged())
    html = judged._repr_html_()
    assert '<mark class="cc-inconsistent"' in html
    assert ">11.5 trillion JPY · 1.6 trillion USD</mark>" in html
    assert "<th>source_currency</th><td>JPY</td>" in html
    assert "it matches CNY" in html
    markdown = judged._repr_markdown_()
    assert markdown is not None and "(conversion, inconsistent)" in markdown
    assert "(conversion, not checked)" in (judged.claim._repr_markdown_() or "")


def test_unchecked_claims_are_grey_and_say_so() -> None:
    claim = claimcheck.extract("Officials counted 14 platforms.")[0]
    html = claim._repr_html_()
    assert '<mark class="cc-none" title="figure: not checked">14</mark>' in html


# --- DataFrames -------------------------------------------------------------------------


def test_report_findings_frame_has_one_row_per_finding(seed: claimcheck.Report) -> None:
    frame = seed.findings_frame()
    assert len(frame) == 2
    assert list(frame["suggestion"]) == ["CNY", "CNY"]
    assert list(frame["line"]) == [17, 33]
    assert frame["text"][0] == "11.5 trillion JPY (approximately 1.6 trillion USD)"


def test_report_without_findings_gives_an_empty_frame_with_the_columns() -> None:
    report = claimcheck.check("Panasonic will spend 600 billion yen ($4.3 billion) in 2023.")
    empty = report.findings_frame()
    assert empty.empty and {"rule", "message", "suggestion", "line"} <= set(empty.columns)


def test_report_claims_frame_flattens_kind_specific_values(seed: claimcheck.Report) -> None:
    frame = seed.claims_frame()
    assert len(frame) == len(seed.claims)
    assert list(frame.columns[:7]) == ["path", "kind", "text", "start", "end", "verdict", "reason"]
    conversions = frame[frame["kind"] == "conversion"]
    assert list(conversions["verdict"]) == ["inconsistent", "inconsistent"]
    assert set(conversions["source_currency"]) == {"JPY"}
    assert set(conversions["target_currency"]) == {"USD"}
    first = conversions.iloc[0]
    assert first["source_value"] == pytest.approx(11.5e12)
    assert first["source_low"] <= first["source_value"] <= first["source_high"]
    assert first["path"] == str(SEED)
    assert first["reading"] == ("JPY", "USD") and "ECB reference rates" in first["rate_used"]
    judged = [v for c, v in seed.judged() if c.kind == "conversion"]
    assert list(conversions["reason"]) == [v.reason for v in judged]


def test_claims_to_dataframe_takes_claims_built_by_hand() -> None:
    frame = claimcheck.claims_to_dataframe([by_hand(), by_hand("CNY")])
    assert list(frame["source_currency"]) == ["JPY", "CNY"]
    assert frame["path"].isna().all()


def test_missing_pandas_gives_a_clear_install_hint(
    seed: claimcheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'newsroom-claimcheck\[pandas\]'"):
        seed.findings_frame()
    with pytest.raises(ImportError, match=r"pip install 'newsroom-claimcheck\[pandas\]'"):
        seed.claims_frame()
    with pytest.raises(ImportError, match=r"pip install 'newsroom-claimcheck\[pandas\]'"):
        claimcheck.claims_to_dataframe([by_hand()])


# --- the tutorial -----------------------------------------------------------------------


def outputs_text(cell: Any) -> str:
    """Everything a cell displayed: streams, results and rich outputs."""
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        for value in output.get("data", {}).values():
            parts.append(value if isinstance(value, str) else "")
    return "\n".join(parts)


@pytest.fixture(scope="module")
def tutorial() -> dict[str, Any]:
    """The tutorial, executed with its kernel in the repository's root (not docs/)."""
    notebook = nbformat.read(TUTORIAL, as_version=4)
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()
    return {tag: cell for cell in notebook.cells for tag in cell.metadata.get("tags", [])}


def test_tutorial_runs_with_the_notebook_extra_from_any_folder(tmp_path: Path) -> None:
    """`jupyter execute` (nbclient, in the notebook extra), typed in a folder elsewhere."""
    jupyter = Path(sys.executable).with_name("jupyter")
    result = subprocess.run(
        [str(jupyter), "execute", str(TUTORIAL)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert not list(tmp_path.iterdir())  # it leaves nothing behind
    assert "notebook" in PROJECT_EXTRAS and "nbclient" in " ".join(PROJECT_EXTRAS["notebook"])


def test_tutorial_outside_a_clone_says_where_to_run_it(tmp_path: Path) -> None:
    notebook = nbformat.read(TUTORIAL, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    with pytest.raises(CellExecutionError, match="run this notebook in a clone of the repository"):
        client.execute()


def test_tutorial_is_stored_without_outputs() -> None:
    notebook = nbformat.read(TUTORIAL, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_tutorial_runs_and_its_key_cells_name_cny(tutorial: dict[str, Any]) -> None:
    for tag in ("report", "finding", "by-hand", "findings-frame"):
        assert "CNY" in outputs_text(tutorial[tag]), tag
    assert "text/html" in tutorial["report"].outputs[0]["data"]
    assert "suggestion: CNY" in outputs_text(tutorial["finding"])


def test_tutorial_shows_the_yuan_reading_is_consistent(tutorial: dict[str, Any]) -> None:
    shown = outputs_text(tutorial["yuan"])
    assert '<mark class="cc-consistent"' in shown
    assert "<th>source_currency</th><td>CNY</td>" in shown


def test_no_claims_give_an_empty_frame_with_the_common_columns() -> None:
    frame = claimcheck.claims_to_dataframe([])
    assert isinstance(frame, pd.DataFrame) and frame.empty
    assert list(frame.columns) == [
        "path",
        "kind",
        "text",
        "start",
        "end",
        "verdict",
        "reason",
        "periods",
    ]


def test_each_report_shown_in_a_notebook_links_to_its_own_marks(seed: claimcheck.Report) -> None:
    first, second = seed._repr_html_(), seed._repr_html_()
    links = [re.findall(r'href="#([^"]+)"', html) for html in (first, second)]
    ids = [set(re.findall(r' id="([^"]+)"', html)) for html in (first, second)]
    assert len(links[0]) == 2 and set(links[0]) <= ids[0] and set(links[1]) <= ids[1]
    assert not ids[0] & ids[1]  # a click in the second display stays in the second
