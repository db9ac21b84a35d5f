"""The pages in a real browser: Debian's chromium driven by Playwright.

The seed article (``../shared/seeds/000_d4f4f8383d51361c.txt``) is analyzed
with :func:`whosaid.process`, stored in a temporary corpus, and served by
uvicorn on 127.0.0.1 in a background thread.  Headless chromium opens the
article view and checks that every attribution is highlighted; a screenshot
is saved to ``tmp_path`` and copied to ``/tmp/whosaid_article.png``.

Skipped with a reason when ``../shared``, ``/usr/bin/chromium`` or the
``playwright`` package is absent.  Playwright's own browser downloads are
never used (no ``playwright install``).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import whosaid
from whosaid.api.app import create_app
from whosaid.records import Article
from whosaid.store import Store

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_COPY = Path("/tmp/whosaid_article.png")

pytestmark = [pytest.mark.model, pytest.mark.data, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def seed_article(seed_paths: tuple[Path, Path]) -> Article:
    seed = seed_paths[0]
    return whosaid.process(seed.read_text(encoding="utf-8"), path=str(seed))


@pytest.fixture(scope="module")
def server(
    seed_article: Article, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "corpus.db"
    with Store(db) as store:
        store.save_article(seed_article)
    port = _free_port()
    config = uvicorn.Config(
        create_app(db), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, name="whosaid-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is not installed"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True
        )
        try:
            yield b
        finally:
            b.close()


_COUNTS_JS = """
() => {
  const out = {};
  for (const role of ["source", "cue", "content"]) {
    for (const el of document.querySelectorAll(`.ws-${role}[data-attribution-id]`)) {
      const id = el.dataset.attributionId;
      out[id] = out[id] || {source: 0, cue: 0, content: 0, title: el.title};
      out[id][role] += 1;
    }
  }
  return out;
}
"""


def test_article_view_highlights_every_attribution(
    server: str, browser: Any, seed_article: Article, tmp_path: Path
) -> None:
    assert seed_article.error is None
    assert seed_article.attributions, "the seed article should have attributions"
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    response = page.goto(f"{server}/articles/{seed_article.id}")
    assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")

    counts: dict[str, dict[str, Any]] = page.evaluate(_COUNTS_JS)
    with_content = {i for i, c in counts.items() if c["content"] > 0}
    assert len(with_content) == len(seed_article.attributions)
    for a in seed_article.attributions:
        got = counts.get(a.id)
        assert got is not None, a.id
        assert got["cue"] >= 1, a.id
        assert got["content"] >= 1, a.id
        if a.source:
            assert got["source"] >= 1, a.id
        assert got["title"].startswith("Speaker: "), a.id
        if a.speaker is not None and a.speaker.name:
            assert a.speaker.name in got["title"], a.id

    # The three roles are drawn in distinct colours.
    colours = page.evaluate(
        """() => ["ws-source", "ws-cue", "ws-content"].map((c) =>
            getComputedStyle(document.querySelector("." + c + "[data-attribution-id]"))
              .backgroundColor)"""
    )
    assert len(set(colours)) == 3, colours

    # Hovering a highlight outlines the rest of its attribution.
    first = seed_article.attributions[0].id
    page.hover(f'.ws-content[data-attribution-id="{first}"] >> nth=0')
    active = page.locator(f'.ws-active[data-attribution-id="{first}"]').count()
    assert active >= 1

    # Captions are shown apart from the body.
    if seed_article.captions:
        assert page.locator(".ws-captions .ws-caption").count() == len(
            seed_article.captions
        )

    shot = tmp_path / "whosaid_article.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    shutil.copyfile(shot, SCREENSHOT_COPY)

    assert not errors, errors
    outside = [u for u in requests if not u.startswith(server)]
    assert not outside, f"the page loaded from outside: {outside}"
    page.close()


def test_analyze_page_renders_the_post_result(server: str, browser: Any) -> None:
    page = browser.new_page()
    page.goto(f"{server}/analyze")
    page.fill(
        "#ws-analyze-input",
        'Rain expected\n\n"We will reopen the bridge on Friday," Mayor Carla Diaz '
        "said on Tuesday.",
    )
    page.click("#ws-analyze-submit")
    # A selector, not wait_for_function: the Content-Security-Policy forbids
    # evaluating strings as script, and Playwright's string predicates do.
    page.wait_for_selector("#ws-analyze-status:has-text('found')", timeout=60_000)
    marked = "#ws-analyze-result [data-attribution-id]"
    assert page.locator(f"{marked}.ws-content").count() >= 1
    assert page.locator(f"{marked}.ws-cue").first.inner_text() == "said"
    title = page.locator(f"{marked}.ws-source").first.get_attribute("title")
    assert title is not None and "Carla Diaz" in title
    page.close()


def test_docs_load_without_a_cdn(server: str, browser: Any) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".opblock").count() >= 6
    assert all(u.startswith(server) for u in requests), requests
    page.close()
