"""`claimcheck serve`: the editor's web page, over HTTP and in a real Chromium.

The server runs as the command a user types, on 127.0.0.1 and a free port, and is
stopped after the tests. The browser tests drive the system's Chromium through its
chromedriver (both from the system's packages, installed by `.ci/run`); they are skipped
where these are missing, except in CI, where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "seed.txt"
SHEET = ROOT / "fixtures" / "facts" / "china-regions.toml"
CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`claimcheck serve --port 0` (any free local port), in a folder with no config file."""
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "serve", "--port", "0"],
        cwd=tmp_path_factory.mktemp("serve"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    try:
        announced = process.stdout.readline()
        found = re.search(r"open (http://127\.0\.0\.1:(\d+)/) ", announced)
        assert found, f"claimcheck serve did not start: {announced}{process.stdout.read()}"
        url, port = found.group(1), int(found.group(2))
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "not serving"
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def post(url: str, body: bytes) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        url + "check", data=body, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def check(url: str, **form: str) -> tuple[int, dict[str, Any]]:
    return post(url, json.dumps(form).encode())


# --- over HTTP --------------------------------------------------------------------------


def test_the_page_is_served_with_a_policy_that_runs_only_its_own_script(server: str) -> None:
    with urllib.request.urlopen(server, timeout=10) as response:
        policy = response.headers["Content-Security-Policy"]
        page = response.read().decode()
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy.split(";")[1]
    assert '<script src="/page.js" defer></script>' in page
    assert "<script>" not in page  # no inline script for the policy to allow


def test_check_returns_the_same_report_as_the_api_with_both_downloads(server: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    status, answer = check(server, text=text, name="seed.txt")
    assert status == 200
    expected = claimcheck.check(text, path="seed.txt")
    assert json.loads(answer["json"]) == json.loads(expected.to_json())
    assert answer["summary"] == "2 findings in 1 of 1 document"
    sarif = json.loads(answer["sarif"])
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["CC102", "CC102"]


def test_the_date_tolerance_and_facts_sheet_fields_shape_the_check(server: str) -> None:
    story = "Jingjinji's GDP reached 11.5 trillion yen in 2024."
    _, without = check(server, text=story)
    _, with_facts = check(server, text=story, facts=SHEET.read_text(), facts_name=SHEET.name)
    assert "CC601" not in without["json"]
    assert [f["rule"] for f in json.loads(with_facts["json"])["documents"][0]["findings"]] == [
        "CC601"
    ]
    _, dated = check(
        server, text="Exports rose to 11.5 trillion JPY ($1.6 trillion).", date="2024-05-03"
    )
    assert json.loads(dated["json"])["documents"][0]["date"] == "2024-05-03"
    loose = (
        "The region's GDP reached 10 trillion JPY (about 90 billion USD) in 2024."  # 111 JPY/USD
    )
    assert check(server, text=loose)[1]["findings"] == 1
    assert check(server, text=loose, tolerance="0.5")[1]["findings"] == 0


def test_only_json_addressed_to_this_computer_is_answered(server: str) -> None:
    story = json.dumps({"text": SEED.read_text(encoding="utf-8")}).encode()
    as_form = urllib.request.Request(
        server + "check", data=story, headers={"Content-Type": "text/plain"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(as_form, timeout=10)
    assert refused.value.code == 415  # a plain form post from another site is refused
    rebound = urllib.request.Request(server, headers={"Host": "attacker.example:8000"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(rebound, timeout=10)
    assert refused.value.code == 400  # a name other than localhost is refused
    local = urllib.request.Request(server, headers={"Host": "localhost"})
    with urllib.request.urlopen(local, timeout=10) as response:
        assert response.status == 200


def test_bad_fields_get_a_message_that_says_what_to_fix(server: str) -> None:
    status, answer = check(server, text="x", tolerance="7")
    assert status == 400 and "tolerance" in answer["error"] and "between 0 and 1" in answer["error"]
    status, answer = check(server, text="x", facts="version = 2", facts_name="mine.toml")
    assert status == 400 and answer["error"].startswith("mine.toml: version")
    status, answer = post(server, b"not json")
    assert status == 400 and "JSON" in answer["error"]


def test_a_port_in_use_is_an_error_that_says_what_to_do(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        assert main(["serve", "--port", port]) == 2
    error = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1 port {port}" in error and "--port 0" in error


def test_serve_without_its_extra_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "claimcheck.web", None)  # as if starlette were missing
    assert main(["serve"]) == 2
    assert "pip install 'newsroom-claimcheck[serve]'" in capsys.readouterr().err


# --- in Chromium ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI needs chromium and chromedriver: .ci/run installs them")
        pytest.skip("needs chromium and chromedriver (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # a path given: Selenium Manager downloads nothing
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1200,900",
    ):
        options.add_argument(flag)
    with tempfile.TemporaryDirectory(prefix="claimcheck-chromium-") as profile:
        options.add_argument(f"--user-data-dir={profile}")  # a fresh profile
        driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
        try:
            yield driver
        finally:
            driver.quit()


def submit(driver: Any, url: str, text: str, kind: str = ".txt") -> str:
    """Open the page, paste `text`, check it, and return the status line once it is shown."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.select import Select

    driver.get(url)
    story = driver.find_element(By.ID, "story")
    # Pasting: set the value as a paste does (send_keys of a long article is slow).
    driver.execute_script("arguments[0].value = arguments[1];", story, text)
    Select(driver.find_element(By.ID, "kind")).select_by_value(kind)
    driver.find_element(By.ID, "check").click()
    return wait_for_status(driver)


def in_view(driver: Any, element: Any) -> bool:
    script = (
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;"
    )
    return bool(driver.execute_script(script, element))


def test_an_editor_pastes_the_seed_sees_its_findings_and_clicks_through_to_a_mark(
    browser: Any, server: str
) -> None:
    from selenium.webdriver.common.by import By

    status = submit(browser, server, SEED.read_text(encoding="utf-8"))
    assert status == "2 findings in 1 of 1 document"
    rows = browser.find_elements(By.CSS_SELECTOR, "table.cc-findings tbody tr")
    assert len(rows) == 2
    first = rows[0]
    assert "CC102" in first.text and "currency-mislabel" in first.text
    assert "7.19 JPY per USD" in first.text  # the arithmetic, in view without hovering
    assert first.find_element(By.CSS_SELECTOR, ".cc-fix").text == "CNY"
    # the findings come before the story
    text_box = browser.find_element(By.CSS_SELECTOR, ".cc-text")
    assert first.location["y"] < text_box.location["y"]
    # every figure is marked by verdict, under a legend
    assert browser.find_element(By.CSS_SELECTOR, ".cc-legend").is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, ".cc-text mark.cc-inconsistent")
    assert browser.find_elements(By.CSS_SELECTOR, "figure.cc-chart svg rect")

    second = rows[1].find_element(By.CSS_SELECTOR, "td.cc-where a")
    target_id = second.get_attribute("href").split("#")[1]
    mark = browser.find_element(By.ID, target_id)
    assert not in_view(browser, mark)  # far down the article before the click
    second.click()
    assert in_view(browser, mark)
    assert browser.execute_script("return document.querySelector(':target') === arguments[0]", mark)
    assert mark.text.startswith("100 billion JPY")
    outline = browser.execute_script("return getComputedStyle(arguments[0]).outlineStyle", mark)
    assert outline == "solid"  # highlighted as the link's target


def test_downloads_hold_the_json_and_sarif_reports(
    browser: Any, server: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
    submit(browser, server, SEED.read_text(encoding="utf-8"))
    for name in ("json", "sarif"):
        browser.find_element(By.ID, f"download-{name}").click()
    report = downloaded(tmp_path / "story.claimcheck.json")
    assert len(report["documents"][0]["findings"]) == 2
    sarif = downloaded(tmp_path / "story.sarif")
    assert sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == 2


def downloaded(path: Path) -> Any:
    """The JSON of a file the browser downloads, once it is written whole (the browser may
    create the file before it writes it)."""
    deadline = time.monotonic() + 20
    while True:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def value_of(driver: Any, element_id: str, expected: str) -> str:
    """The value of a form field once it is `expected` (files are read asynchronously)."""
    field = f"return document.getElementById('{element_id}').value"
    deadline = time.monotonic() + 10
    while (value := str(driver.execute_script(field))) != expected:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    return value


def wait_for_status(driver: Any) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    status = driver.find_element(By.ID, "status")
    WebDriverWait(driver, 30).until(lambda _: status.text not in ("", "Checking…"))
    return str(status.text)


def test_an_editor_opens_a_markdown_story_with_a_facts_sheet_and_a_date(
    browser: Any, server: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    story = tmp_path / "jingjinji.md"
    story.write_text("# Growth\n\nJingjinji's GDP reached *11.5 trillion yen* in 2024.\n")
    browser.get(server)
    browser.find_element(By.ID, "story-file").send_keys(str(story))
    assert value_of(browser, "story", story.read_text()) == story.read_text()
    assert value_of(browser, "kind", ".md") == ".md"
    browser.find_element(By.ID, "facts").send_keys(str(SHEET))
    browser.execute_script("arguments[0].value = '2025-01-15'", browser.find_element(By.ID, "date"))
    browser.find_element(By.ID, "check").click()
    assert wait_for_status(browser) == "1 finding in 1 of 1 document"
    row = browser.find_element(By.CSS_SELECTOR, "table.cc-findings tbody tr")
    assert "CC601" in row.text and row.find_element(By.CSS_SELECTOR, ".cc-fix").text == "CNY"
    assert "dated 2025-01-15" in browser.find_element(By.ID, "results").text
    link = browser.find_element(By.ID, "download-json")
    assert link.get_attribute("download") == "jingjinji.claimcheck.json"


def test_a_story_dropped_on_the_page_is_read_as_its_kind(browser: Any, server: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server)
    drop = (
        "const data = new DataTransfer();"
        "data.items.add(new File([arguments[1]], 'story.html', {type: 'text/html'}));"
        "arguments[0].dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true}));"
    )
    html = "<p>The region's GDP reached <b>11.5 trillion JPY</b> ($1.6 trillion) in 2024.</p>"
    browser.execute_script(drop, browser.find_element(By.ID, "drop-zone"), html)
    assert value_of(browser, "story", html) == html
    assert value_of(browser, "kind", ".html") == ".html"
    browser.find_element(By.ID, "check").click()
    assert wait_for_status(browser) == "1 finding in 1 of 1 document"
    assert "<b>" not in browser.find_element(By.CSS_SELECTOR, ".cc-text").text


HOSTILE = [
    "</script><script>window.pwned = 'script';</script>",
    '<img src="x" onerror="window.pwned = \'img\'">',
    "<a href=\"javascript:window.pwned='link'\">read more</a>",
    "<svg onload=\"window.pwned = 'svg'\"></svg>",
]


@pytest.mark.parametrize("kind", [".txt", ".md", ".html"])
def test_markup_in_a_story_shows_as_text_and_never_runs(
    browser: Any, server: str, kind: str
) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    story = (
        "BEIJING - " + " ".join(HOSTILE) + "\n\nThe region's GDP reached 11.5 trillion JPY"
        " (approximately 1.6 trillion USD) in 2024. <script>alert('x')</script>\n"
    )
    status = submit(browser, server, story, kind)
    assert status == "1 finding in 1 of 1 document"
    results = browser.find_element(By.ID, "results")
    for link in results.find_elements(By.CSS_SELECTOR, "a"):
        assert link.get_attribute("href").startswith(server)  # only the report's own anchors
    assert not results.find_elements(By.CSS_SELECTOR, "script, img, svg[onload], iframe")
    time.sleep(0.3)  # give an injected handler the chance to run
    assert browser.execute_script("return window.pwned === undefined")
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    shown = results.find_element(By.CSS_SELECTOR, ".cc-text").text
    if kind == ".txt":  # plain text keeps every character, shown literally
        for markup in HOSTILE:
            assert markup in shown
    else:  # Markdown and HTML are read with their markup blanked, as from a file
        assert "read more" in shown and "pwned" not in shown
