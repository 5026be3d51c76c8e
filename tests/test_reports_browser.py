"""The HTML 新旧対照表 in headless Debian chromium: links, filter, n/p keys, screenshot."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from conftest import RAW, REVISIONS
from pipeline.api import read_document
from pipeline.diff import diff
from pipeline.reports.html import diff_html

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync"]
CASE = REVISIONS / "c16_002_substantive"


def _have_cjk_font() -> bool:
    try:
        out = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "CJK" in out


def _try_install() -> str | None:
    """Install Debian chromium and fonts-noto-cjk when allowed; returns why chromium is not there, or None.
    A missing Japanese font is not a reason to skip: test_japanese_is_not_tofu fails on it."""
    if os.path.exists(CHROMIUM) and _have_cjk_font():
        return None
    if os.geteuid() != 0:
        reason = "not root"
    elif os.environ.get("CLAUSEDIFF_NO_APT") or not shutil.which("apt-get"):
        reason = "apt-get not available or disabled (CLAUSEDIFF_NO_APT)"
    else:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        try:
            subprocess.run(["apt-get", "update"], check=True, capture_output=True, timeout=300, env=env)
            subprocess.run(["apt-get", "install", "-y", "chromium", "fonts-noto-cjk"], check=True,
                           capture_output=True, timeout=900, env=env)
            reason = "apt-get ran but /usr/bin/chromium is missing"
        except (subprocess.SubprocessError, OSError) as e:
            reason = f"apt-get failed: {e}"
    return None if os.path.exists(CHROMIUM) else reason


@pytest.fixture(scope="session")
def browser():
    reason = _try_install()
    if reason is not None:
        pytest.skip(f"chromium cannot be installed here: {reason}")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def report(tmp_path):
    if not CASE.is_dir():
        pytest.skip(f"{CASE} not available (../shared missing)")
    r = diff(read_document(CASE / "old.txt"), read_document(CASE / "new.txt"))
    path = tmp_path / "diff.html"
    path.write_text(diff_html(r), encoding="utf-8")
    return path


def _in_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    vh = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] < vh and box["height"] > 0


def test_navigation_filter_keys_and_screenshot(browser, report, tmp_path):
    requests: list[str] = []
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.on("request", lambda req: requests.append(req.url))
    page.goto(report.as_uri())
    assert page.evaluate("window.scrollY") == 0

    # click a substantive change in the summary: its row scrolls into view
    link = page.locator("a.sub-link").nth(3)  # 第12条, far below the summary
    target = link.get_attribute("href")
    assert target == "#row-n12"
    assert not _in_viewport(page, target)
    link.click()
    page.wait_for_function("location.hash === '#row-n12'")
    assert _in_viewport(page, target)
    assert page.evaluate("window.scrollY") > 0

    # filter: only rows with substantive changes stay visible
    page.evaluate("window.scrollTo(0, 0)")
    visible = lambda sel: page.evaluate(  # noqa: E731
        f"Array.from(document.querySelectorAll('{sel}')).filter(e => e.offsetParent !== null).length")
    total = visible("tbody.arow")
    assert total == 32  # 29 articles, the 前文 and 2 附則 (an unchanged 章 heading is its chapter row)
    page.check("#filter-substantive")
    assert visible('tbody.arow[data-substantive="0"]') == 0
    assert visible('tbody.arow[data-substantive="1"]') == 4
    assert visible("tbody.arow") == 4
    page.uncheck("#filter-substantive")
    assert visible("tbody.arow") == total

    # n: the next changed row comes to the top; again n goes further; p comes back
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("body").click(position={"x": 5, "y": 200})
    page.keyboard.press("n")
    y1 = page.evaluate("window.scrollY")
    assert y1 > 0
    assert page.evaluate("document.querySelector('tbody.arow.current').id") == "row-n8"
    assert _in_viewport(page, "#row-n8")
    page.keyboard.press("n")
    y2 = page.evaluate("window.scrollY")
    assert y2 > y1
    assert page.evaluate("document.querySelector('tbody.arow.current').id") == "row-n11"
    page.keyboard.press("p")
    assert page.evaluate("document.querySelector('tbody.arow.current').id") == "row-n8"
    assert page.evaluate("window.scrollY") == y1

    # with the filter on the reader keeps their place and n steps through visible substantive rows
    page.check("#filter-substantive")
    assert _in_viewport(page, "#row-n8")
    for expected in ("row-n11", "row-n12", "row-n21"):
        page.keyboard.press("n")
        assert page.evaluate("document.querySelector('tbody.arow.current').id") == expected

    # nothing was fetched but the report itself
    assert requests and all(u.startswith("file://") for u in requests), requests

    page.uncheck("#filter-substantive")
    page.goto(report.as_uri() + "#row-n8")
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    keep = os.environ.get("CLAUSEDIFF_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)

    # print: A4 landscape pages, no toolbar
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = set(re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf))
    assert boxes, "no pages"
    for box in boxes:
        w, h = (float(x) for x in box.split()[2:4])
        assert abs(w - 842) < 2 and abs(h - 595) < 2, box  # 297 x 210 mm
    page.emulate_media(media="print")
    assert not page.locator(".toolbar").is_visible()
    page.close()


# ------------------------------------------------------------------ Japanese glyphs and the printed page

MOZ = RAW / "mozilla"


@pytest.fixture
def mozilla_report(tmp_path):
    r = diff(read_document(MOZ / "accounts-tos-2022-04-07.md"), read_document(MOZ / "accounts-tos-2023-10-27.md"))
    path = tmp_path / "mozilla.html"
    path.write_text(diff_html(r), encoding="utf-8")
    return path


def test_japanese_is_not_tofu(browser, mozilla_report):
    """滅 and 減 differ by one stroke; without a CJK font both render as the same box."""
    page = browser.new_page(viewport={"width": 800, "height": 600})
    page.goto(mozilla_report.as_uri())
    page.evaluate("""() => {
        for (const [id, ch] of [["glyph-a", "滅"], ["glyph-b", "減"]]) {
            const el = document.createElement("span");
            el.id = id; el.textContent = ch;
            el.style.cssText = "font-size:96px;line-height:1;display:inline-block;background:#fff;color:#000";
            document.querySelector("h1").appendChild(el);
        }
    }""")
    a = page.locator("#glyph-a").screenshot()
    b = page.locator("#glyph-b").screenshot()
    assert a != b, "滅 and 減 render identically: no Japanese font (install fonts-noto-cjk)"
    # and the font the report asks for first is the one that draws them
    fonts = page.evaluate("getComputedStyle(document.querySelector('td.c-new .art')).fontFamily")
    assert fonts.startswith('"Noto Serif CJK JP"') and "Yu Mincho" in fonts
    page.close()


def test_printed_pages_carry_title_and_page_numbers(browser, mozilla_report, tmp_path):
    pdfplumber = pytest.importorskip("pdfplumber")
    page = browser.new_page()
    page.goto(mozilla_report.as_uri())
    pdf_path = tmp_path / "mozilla.pdf"
    page.pdf(path=str(pdf_path), prefer_css_page_size=True)
    page.close()
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
        assert n >= 3
        heights = []
        for i, pg in enumerate(pdf.pages, start=1):
            text = pg.extract_text() or ""
            assert f"{i} / {n}" in text.replace("\u00a0", " "), (i, text[-80:])
            top = pg.crop((0, 0, pg.width, 40)).extract_text() or ""
            assert "Mozilla" in top and "新旧対照表" in top, (i, top)
            body = [c for c in pg.chars if 40 < c["top"] < pg.height - 40]
            heights.append(max(c["bottom"] for c in body) / pg.height if body else 0)
    # no half-empty pages: every page but the last is filled to near its bottom margin
    assert all(h > 0.8 for h in heights[:-1]), heights
