"""The HTML report (`--format html`), rendered in a real headless Chromium.

Chromium comes from the system's packages (Debian: ``apt-get install -y chromium``);
``scripts/check`` installs it when it is absent and sets ``CODING_CERTS_REQUIRE_CHROMIUM``,
so that there (and in CI) a missing browser fails these tests instead of skipping them.

The page has no script of its own. To measure its layout, the tests render a copy with a
probe script added at the end; the probe writes what it measured into the page, and
``--dump-dom`` returns it. To refresh the screenshot in the docs:
``python tests/test_report_html.py docs/_static/report-demo.png``.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from coding_certs._report_html import what_to_do
from coding_certs.cli import EXIT_OK, main

SCREENSHOT_SIZE = (1200, 1400)
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "_static" / "report-demo.png"
CHROMIUM_TIMEOUT = 120
MIN_CONTRAST = 4.5  # WCAG AA for body text

_PROBE = """
<script>
(function () {
  function rgba(text) { return (text.match(/[\\d.]+/g) || []).map(Number); }
  function luminance(c) {
    var v = c.slice(0, 3).map(function (x) {
      x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function background(el) {
    for (; el; el = el.parentElement) {
      var c = rgba(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) { return c; }
    }
    return matchMedia('(prefers-color-scheme: dark)').matches ? [0, 0, 0] : [255, 255, 255];
  }
  var result = {
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    innerWidth: innerWidth, innerHeight: innerHeight,
    scrollWidth: document.documentElement.scrollWidth,
    texts: 0, hidden: [], faint: [], outside: [], sections: {}
  };
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var el = node.parentElement;
    if (!node.textContent.trim() || el.closest('script, style, #probe-result')) { continue; }
    result.texts += 1;
    var range = document.createRange(); range.selectNodeContents(node);
    var box = range.getBoundingClientRect(), style = getComputedStyle(el);
    var what = node.textContent.trim().slice(0, 40);
    if (box.width === 0 || box.height === 0 || style.visibility !== 'visible'
        || Number(style.opacity) === 0) { result.hidden.push(what); continue; }
    var fg = luminance(rgba(style.color)), bg = luminance(background(el));
    var contrast = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (contrast < %(min_contrast)s) { result.faint.push([what, contrast]); }
    if (box.left < 0 || box.right > innerWidth + 0.5) { result.outside.push(what); }
  }
  ['summary', 'attention', 'holders'].forEach(function (id) {
    var found = document.getElementById(id);
    if (found) { var b = found.getBoundingClientRect(); result.sections[id] = [b.top, b.bottom]; }
  });
  var out = document.createElement('pre'); out.id = 'probe-result';
  out.textContent = JSON.stringify(result); document.body.appendChild(out);
})();
</script>
""".replace("%(min_contrast)s", str(MIN_CONTRAST))


def find_chromium() -> str | None:
    """The Chromium executable on the PATH, if any."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    """Chromium, or a skip (a failure where the check or CI requires it) when it is absent."""
    found = find_chromium()
    if found is None:
        reason = "Chromium is not installed (Debian: apt-get install -y chromium)"
        if os.environ.get("CODING_CERTS_REQUIRE_CHROMIUM") or os.environ.get("CI"):
            pytest.fail(f"{reason}; the check requires it")
        pytest.skip(f"{reason}; scripts/check installs it and then requires it")
    return found


def run_chromium(chromium: str, page: Path, *args: str, size: tuple[int, int]) -> str:
    """Run headless Chromium on ``page`` with ``args``, offline; its standard output."""
    with tempfile.TemporaryDirectory(prefix="coding-certs-chromium-") as profile:
        result = subprocess.run(  # noqa: S603 -- the system's Chromium, our own arguments
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--window-size={size[0]},{size[1]}",
                *args,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=CHROMIUM_TIMEOUT,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def demo_page(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The page `coding-certs demo --format html ARGS` writes."""
    assert main(["demo", "--format", "html", *args]) == EXIT_OK
    return capsys.readouterr().out


def probe(chromium: str, page: str, tmp: Path, *, width: int, dark: bool) -> dict[str, Any]:
    """Render ``page`` with the probe and return its measurements."""
    path = tmp / f"probe-{width}-{'dark' if dark else 'light'}.html"
    path.write_text(page.replace("</body>", _PROBE + "</body>"), encoding="ascii")
    scheme = f"--blink-settings=preferredColorScheme={0 if dark else 1}"
    dom = run_chromium(chromium, path, scheme, "--dump-dom", size=(width, 1400))
    found = re.search(r'<pre id="probe-result">(.*?)</pre>', dom, re.DOTALL)
    assert found is not None, dom[-2000:]
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


# --- The page itself, without a browser --------------------------------------------------


def test_the_page_is_self_contained(capsys: pytest.CaptureFixture[str]) -> None:
    """One ASCII page: no script, no link to fetch, no external resource."""
    page = demo_page(capsys)
    assert page.startswith("<!DOCTYPE html>")
    assert page.isascii()
    lowered = page.lower()
    for forbidden in ("<script", "<link", "<img", "<iframe", "src=", "href=", "@import", "url("):
        assert forbidden not in lowered
    assert "prefers-color-scheme: dark" in page
    assert "@media print" in page


def test_the_page_has_the_summary_attention_and_every_holder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The summary counts, the attention list worst first, and one section per holder."""
    page = demo_page(capsys)
    assert "<b>12</b> holders, <b>10</b> of them in good standing; <b>13</b> assessments" in page
    attention = page[page.index('id="attention"') : page.index('id="holders"')]
    order = [attention.index(who) for who in ("E1009", "E1008", "E1007", "E1012", "E1010")]
    assert order == sorted(order)
    assert "E1001" not in attention  # on track: no attention needed
    assert 'report the 6 missing CEUs by <span class="d">2026-02-28</span>' in attention
    assert page.count("<article ") == 12
    assert "Guest lecture: coding basics" in page
    assert "not counted: instruction at a post-secondary school" in page


def test_every_text_is_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Markup in a name or a title is shown as text, never run; non-ASCII as references."""
    roster = tmp_path / "roster.csv"
    roster.write_text(
        'id,name,credentials\n"<b>E1</b>","<script>alert(1)</script> José",CPC:2020-01-10\n',
        encoding="utf-8",
    )
    ceus = tmp_path / "ceus.csv"
    ceus.write_text(
        "holder_id,completed_on,units,kind,title,sponsor\n"
        '<b>E1</b>,2024-06-01,2,other,"<img src=x onerror=alert(1)>",\'&"\n',
        encoding="utf-8",
    )
    args = ["--holders", str(roster), "--activities", str(ceus), "--as-of", "2025-03-01"]
    assert main(["assess", *args, "--format", "html"]) == EXIT_OK
    page = capsys.readouterr().out
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Jos&#233;" in page
    assert "&lt;b&gt;E1&lt;/b&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt; (&#x27;&amp;&quot;)" in page


def test_the_page_follows_the_rows_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    """--standing narrows the attention list and the details, and the summary says so."""
    page = demo_page(capsys, "--standing", "grace")
    assert "Shown below: 1 of 13 assessments (standing grace)." in page
    assert page.count("<article ") == 1
    assert "E1009" not in page[page.index('id="attention"') :]


def test_a_holder_shows_only_the_bodies_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    """James Carter is met at AAPC and on track at AHIMA: --standing met shows AAPC only."""
    page = demo_page(capsys, "--standing", "met")
    carter = page[page.index("E1002 James Carter") :]
    carter = carter[: carter.index("</article>")]
    assert "AAPC CEUs" in carter
    assert "AHIMA" not in carter


def test_a_holder_without_ceus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A holder with an empty log: their detail says there is nothing to list."""
    roster = tmp_path / "roster.csv"
    roster.write_text("id,credentials\nE1,CPC:2025-01-10\n", encoding="utf-8")
    ceus = tmp_path / "ceus.csv"
    ceus.write_text("holder_id,completed_on,units,kind,title\n", encoding="utf-8")
    args = ["--holders", str(roster), "--activities", str(ceus), "--as-of", "2025-03-01"]
    assert main(["assess", *args, "--format", "html"]) == EXIT_OK
    assert "<b>AAPC CEUs</b>: none in the cycles assessed." in capsys.readouterr().out


def test_what_to_do_for_every_standing(capsys: pytest.CaptureFixture[str]) -> None:
    """Each demo row's action names its numbers and its deadline."""
    assert main(["demo", "--format", "json"]) == EXIT_OK
    for record in json.loads(capsys.readouterr().out)["records"]:
        action = what_to_do(record)
        assert record["remaining"] in action
        if record["standing"] in {"grace", "inactive"}:
            assert f"by {record['standing_until']}" in action
        elif record["standing"] == "lapsed":
            assert action.startswith("revoked")
        else:
            assert f"by {record['due']}" in action


def test_an_empty_page_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    """Before anyone holds a credential: no one needs attention, no rows to show."""
    page = demo_page(capsys, "--as-of", "2000-01-01")
    assert "No one: every assessment shown is met or on track." in page
    assert "No rows to show." in page


# --- Rendered in Chromium ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("width", "dark"), [(1200, False), (1200, True), (500, False), (500, True)]
)
def test_rendered_every_text_shows_and_nothing_overflows(
    chromium: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    width: int,
    dark: bool,
) -> None:
    """Light and dark, wide and narrow: every text shows, readable, and nothing overflows.

    Every text has a size, is visible and contrasts at least 4.5:1 with its background;
    the page is no wider than the window (500 px is headless Chromium's narrowest); on a
    wide window no text leaves it at all.
    """
    measured = probe(chromium, demo_page(capsys), tmp_path, width=width, dark=dark)
    assert measured["dark"] is dark
    assert measured["innerWidth"] == width
    assert measured["texts"] > 500
    assert measured["hidden"] == []
    assert measured["faint"] == []
    assert measured["scrollWidth"] <= measured["innerWidth"]
    if width >= 1000:
        assert measured["outside"] == []


def test_the_screenshot_shows_the_summary_and_the_attention_list(
    chromium: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """At the docs' screenshot size the summary and the attention list are in view.

    Chromium writes a PNG of that size, as is the one in the docs.
    """
    page = demo_page(capsys)
    measured = probe(chromium, page, tmp_path, width=SCREENSHOT_SIZE[0], dark=False)
    for section in ("summary", "attention"):
        top, bottom = measured["sections"][section]
        assert 0 <= top < bottom <= measured["innerHeight"]
    shot = screenshot(chromium, page, tmp_path / "report.png")
    assert png_size(shot) == SCREENSHOT_SIZE
    assert png_size(SCREENSHOT.read_bytes()) == SCREENSHOT_SIZE  # the one in the docs


def test_the_probe_finds_what_it_must(chromium: str, tmp_path: Path) -> None:
    """The probe itself fails a page with hidden text, faint text and a too-wide box."""
    page = (
        "<!DOCTYPE html><html><body style='background:#fff;color:#000'>"
        "<p>plain</p><p style='visibility:hidden'>hidden</p><p style='color:#eee'>faint</p>"
        "<div style='width:3000px'>too wide</div></body></html>"
    )
    measured = probe(chromium, page, tmp_path, width=1200, dark=False)
    assert measured["texts"] == 4
    assert measured["hidden"] == ["hidden"]
    assert [text for text, _ in measured["faint"]] == ["faint"]
    assert measured["scrollWidth"] > measured["innerWidth"]


def test_the_page_prints(chromium: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--print-to-pdf makes a PDF of several pages (every holder's detail is printed)."""
    path = tmp_path / "report.html"
    path.write_text(demo_page(capsys), encoding="ascii")
    pdf = tmp_path / "report.pdf"
    run_chromium(
        chromium, path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", size=SCREENSHOT_SIZE
    )
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 2


def screenshot(chromium: str, page: str, path: Path) -> bytes:
    """A screenshot of ``page`` at :data:`SCREENSHOT_SIZE`, in the light scheme."""
    html_path = path.with_suffix(".html")
    html_path.write_text(page, encoding="ascii")
    scheme = "--blink-settings=preferredColorScheme=1"
    run_chromium(chromium, html_path, scheme, f"--screenshot={path}", size=SCREENSHOT_SIZE)
    return path.read_bytes()


def png_size(data: bytes) -> tuple[int, int]:
    """The width and height of a PNG image."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


if __name__ == "__main__":  # pragma: no cover -- refreshes the docs' screenshot
    import contextlib
    import io

    browser = find_chromium()
    if browser is None:
        sys.exit("Chromium is not installed (Debian: apt-get install -y chromium)")
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        main(["demo", "--format", "html"])
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SCREENSHOT
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        target.write_bytes(screenshot(browser, captured.getvalue(), Path(folder) / "shot.png"))
