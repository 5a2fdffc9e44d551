"""The HTML quiz used as a trainee would: headless Chromium, keyboard and mouse, score shown.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and the ``selenium`` package;
without them every test here is skipped with the reason. No network: the page is a file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from factcheck.quiz import ItemType, generate, render

from ._corpus import shared
from ._hostile import hostile_quiz

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="headless browser tests need Chromium and chromedriver "
           "(Debian: apt-get install chromium chromium-driver; .ci/run installs them)")


@pytest.fixture(scope="module")
def browser():
    # the driver and browser are given by path, so Selenium Manager has nothing to fetch;
    # and it must not send usage statistics either (no network here)
    os.environ.setdefault("SE_AVOID_STATS", "true")
    profile = tempfile.mkdtemp(prefix="factcheck-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def quiz():
    return generate(shared(), count=16, seed=4)


def _open(browser, quiz, tmp_path: Path):
    page = tmp_path / "quiz.html"
    page.write_text(render(quiz, "html"), encoding="utf-8")
    browser.get(page.as_uri())
    # a fresh start: the page keeps answers across reloads (localStorage), also between tests.
    # Chrome commits a clear() to other renderers asynchronously, so a page opened right
    # after may still restore the old answers: clear and reopen until none is restored.
    for _ in range(20):
        browser.execute_script("window.localStorage.clear()")
        browser.get("about:blank")
        browser.get(page.as_uri())
        if not browser.execute_script("return document.querySelector('fieldset.item[data-result]') !== null"):
            return browser
    raise AssertionError("the page still restores answers after its storage was cleared")


def _answer(browser, item, right: bool) -> None:
    field = browser.find_element(By.ID, item.id)
    if item.type is ItemType.cloze:
        box = field.find_element(By.CSS_SELECTOR, "input[type=text]")
        box.send_keys(item.accepted[-1] if right else "not the answer")
        box.send_keys(Keys.ENTER)  # Enter checks a cloze answer
        return
    if item.type is ItemType.timeline:
        order = list(item.order) if right else list(reversed(item.order))
        for position, oid in enumerate(order, 1):
            Select(field.find_element(By.ID, f"{item.id}-{oid}")).select_by_value(str(position))
    else:
        option = next(o for o in item.options if o.correct == right)
        # keyboard only: focus the radio button and press space
        radio = field.find_element(By.ID, f"{item.id}-{option.id}")
        browser.execute_script("arguments[0].focus()", radio)
        radio.send_keys(Keys.SPACE)
    field.find_element(By.CSS_SELECTOR, "button.check").click()


def test_answering_shows_score_explanation_and_source(browser, quiz, tmp_path):
    _open(browser, quiz, tmp_path)
    assert browser.find_element(By.ID, "score").text.startswith("Score: 0 / 0")
    expected_right = 0
    for n, item in enumerate(quiz.items):
        right = n % 3 != 2  # two right, one wrong, …
        _answer(browser, item, right)
        expected_right += right
        field = browser.find_element(By.ID, item.id)
        assert field.get_attribute("data-result") == ("right" if right else "wrong"), item.id
        feedback = field.find_element(By.CSS_SELECTOR, ".feedback")
        assert feedback.is_displayed()
        assert (feedback.find_element(By.CSS_SELECTOR, ".verdict").text
                == ("Correct." if right else "Not quite."))
        assert " ".join(item.explanation.split()) in " ".join(feedback.text.split())
        assert " ".join(item.citations[0].quote.split()) in " ".join(feedback.text.split())
        # a block quote shows the source's words as printed, without marks of its own
        shown = feedback.find_element(By.CSS_SELECTOR, "blockquote.source").text
        assert shown.split("\n")[0].strip() == item.citations[0].quote.strip(), item.id
        # answered questions are locked
        assert not field.find_element(By.CSS_SELECTOR, "button.check").is_enabled()
    score = browser.find_element(By.ID, "score").text
    assert score == f"Score: {expected_right} / {len(quiz.items)} answered ({len(quiz.items)} questions)"


def test_feedback_is_hidden_until_answered_and_empty_answers_are_refused(browser, quiz, tmp_path):
    _open(browser, quiz, tmp_path)
    item = quiz.items[0]
    field = browser.find_element(By.ID, item.id)
    assert not field.find_element(By.CSS_SELECTOR, ".feedback").is_displayed()
    field.find_element(By.CSS_SELECTOR, "button.check").click()
    assert field.find_element(By.CSS_SELECTOR, ".status").text.endswith("first.")
    assert not field.find_element(By.CSS_SELECTOR, ".feedback").is_displayed()
    assert browser.find_element(By.ID, "score").text.startswith("Score: 0 / 0")


def test_cloze_accepts_other_forms_of_the_answer(browser, tmp_path):
    quiz = generate(shared(), count=30, seed=1, types=["cloze"])
    item = next(i for i in quiz.items if i.claim_ids == ("mou-signed-13-august-2025",))
    for written in ("aug 13", "2025-08-13", "13 AUGUST 2025"):
        _open(browser, quiz, tmp_path)
        box = browser.find_element(By.ID, f"{item.id}-text")
        box.send_keys(written)
        box.send_keys(Keys.ENTER)
        assert browser.find_element(By.ID, item.id).get_attribute("data-result") == "right", written


def test_hostile_text_stays_text_in_the_browser(browser, tmp_path):
    quiz = hostile_quiz()
    _open(browser, quiz, tmp_path)
    assert browser.execute_script("return document.scripts.length") == 1
    legend = browser.find_element(By.CSS_SELECTOR, "#q01 legend").text
    assert "<script>alert(1)</script>" in legend
    assert browser.find_elements(By.CSS_SELECTOR, "fieldset a") == []


def test_summary_per_type_and_results_csv_after_the_last_answer(browser, quiz, tmp_path):
    """Issue 13: a final summary with the score per item type, and the results as CSV."""
    _open(browser, quiz, tmp_path)
    summary = browser.find_element(By.ID, "summary")
    assert not summary.is_displayed()
    per_type: dict[str, list[int]] = {}
    for n, item in enumerate(quiz.items):
        right = n % 2 == 0
        _answer(browser, item, right)
        got = per_type.setdefault(item.type.value, [0, 0])
        got[0] += right
        got[1] += 1
    assert summary.is_displayed()
    rows = [tuple(td.text for td in tr.find_elements(By.TAG_NAME, "td"))
            for tr in summary.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert rows == [(t, f"{r} / {n}") for t, (r, n) in sorted(per_type.items())]
    csv = browser.execute_script("return window.factcheckResultsCSV()")
    lines = csv.strip().split("\r\n")
    assert lines[0] == "question,type,result,answer given"
    assert len(lines) == len(quiz.items) + 1
    for n, (line, item) in enumerate(zip(lines[1:], quiz.items)):
        number, kind, result = line.split(",")[:3]
        assert (int(number), kind, result) == (n + 1, item.type.value, "right" if n % 2 == 0 else "wrong")


def test_print_shows_questions_and_the_key_not_the_buttons(browser, quiz, tmp_path):
    """Issue 13: a print stylesheet (no buttons or feedback, the answer key on its own page)."""
    _open(browser, quiz, tmp_path)
    key = browser.find_element(By.CSS_SELECTOR, "section.key")
    assert not key.is_displayed()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert key.is_displayed()
        assert not browser.find_element(By.CSS_SELECTOR, "button.check").is_displayed()
        assert not browser.find_element(By.ID, "score").is_displayed()
        assert len(key.find_elements(By.TAG_NAME, "li")) == len(quiz.items)
        assert browser.execute_script(
            "return getComputedStyle(document.querySelector('section.key')).breakBefore") == "page"
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_progress_survives_a_reload(browser, quiz, tmp_path):
    """Issue 13: answers given are kept across a reload of the page."""
    _open(browser, quiz, tmp_path)
    done = quiz.items[:3]
    for n, item in enumerate(done):
        _answer(browser, item, n != 1)
    before = browser.find_element(By.ID, "score").text
    page = browser.current_url
    browser.get("about:blank")
    browser.get(page)
    assert browser.find_element(By.ID, "score").text == before
    for n, item in enumerate(done):
        field = browser.find_element(By.ID, item.id)
        assert field.get_attribute("data-result") == ("right" if n != 1 else "wrong"), item.id
    assert browser.find_element(By.ID, quiz.items[3].id).get_attribute("data-result") is None
    browser.execute_script("window.localStorage.clear()")
