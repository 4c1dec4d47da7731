"""The published pages in a real browser: Playwright driving Debian's Chromium.

Screenshots go to screenshots/ (gitignored) for a human to look at.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "publish"))
from archive_server import ROOT, serving, shared_archive  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "screenshots"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]

if not CHROMIUM.exists():
    pytest.skip("Debian's Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    with serving(shared_archive(tmp_path_factory)) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=ARGS, headless=True,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser, base):
    page = browser.new_page()
    # Nothing but our own server: map tiles and anything else off-host fail fast.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    page.close()


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def first_id(page, base, sql: str) -> int:
    rows = page.request.get(base + "/archive.json", params={"sql": sql, "_shape": "array"}).json()
    assert rows, sql
    return rows[0]["id"]


def test_home_page(page, base):
    page.goto(base + "/")
    assert page.title().startswith("Newsletter archive")
    assert page.locator(".search-help table tr").count() >= 7
    assert page.get_by_role("link", name="all issues", exact=True).count() >= 1
    shoot(page, "home")


def test_table_with_facets(page, base):
    page.goto(base + "/archive/mentions")
    facets = page.locator(".facet-info")
    assert facets.count() >= 3
    names = [facets.nth(i).get_attribute("data-column") for i in range(facets.count())]
    assert {"kind", "place_kind", "municipality"} <= set(names)
    page.locator('.facet-info[data-column="kind"] a').first.click()
    page.wait_for_load_state()
    assert "kind=" in page.url
    # a mention's name links to that person's, place's or organisation's page
    href = page.locator("td.col-entity_name a").first.get_attribute("href")
    assert href.startswith(("/person/", "/place/", "/organisation/"))
    shoot(page, "mentions-table-facets")


def test_search_shows_highlighted_snippets(page, base):
    page.goto(base + "/archive/search_nl")
    page.fill('input[name="q"]', "wijken")
    page.locator('input[type="submit"]').click()
    page.wait_for_load_state()
    marks = page.locator("td.col-snippet mark")
    assert marks.count() >= 2
    assert marks.first.is_visible()
    # the mark is markup, not text showing angle brackets
    assert "<mark>" not in page.locator("td.col-snippet").first.inner_text()
    shoot(page, "search-dutch")


def test_issue_page_section_anchors(page, base):
    issue_id = first_id(page, base, "select issue_id as id from sections group by issue_id order by count(*) desc")
    page.goto(f"{base}/issue/{issue_id}")
    sections = page.locator("section.issue-section")
    assert sections.count() >= 5
    anchor = sections.nth(3).get_attribute("id")
    page.locator(f'.toc a[href="#{anchor}"]').click()
    assert page.url.endswith("#" + anchor)
    assert page.evaluate("location.hash") == "#" + anchor
    # the target section is scrolled into view and marked
    assert page.locator(f"section#{anchor}").is_visible()
    shoot(page, "issue")
    page.goto(f"{base}/issue/{issue_id}#{anchor}")
    box = page.locator(f"section#{anchor}").bounding_box()
    assert box is not None and box["y"] < 200
    shoot(page, "issue-section-anchor")


def test_place_page_map_shows_markers(page, base):
    place_id = first_id(page, base, "select p.id from places p join place_areas pa on pa.area_code = p.code "
                                    "join places q on q.id = pa.place_id where p.latitude is not null "
                                    "group by p.id order by count(distinct q.id) desc, p.id")
    page.goto(f"{base}/place/{place_id}")
    page.wait_for_selector("#place-map[data-markers]")
    markers = page.locator("#place-map path.place-marker")
    assert markers.count() >= 1
    assert int(page.get_attribute("#place-map", "data-markers")) == markers.count()
    markers.first.click(force=True)
    assert page.locator(".leaflet-popup-content a").first.get_attribute("href").startswith("/place/")
    assert page.locator(".timeline .bar").count() >= 1
    assert page.locator(".mention").count() >= 1
    assert not page.errors, page.errors
    shoot(page, "place")


def test_cluster_map_of_places(page, base):
    page.goto(base + "/archive/places_map")
    page.wait_for_selector(".leaflet-marker-icon, .marker-cluster", timeout=15000)
    assert page.locator(".leaflet-marker-icon, .marker-cluster").count() >= 1
    page.locator(".leaflet-container").first.scroll_into_view_if_needed()
    shoot(page, "places-map")


def test_person_page(page, base):
    person_id = first_id(page, base, "select entity_id as id from mentions where kind = 'person' "
                                     "group by entity_id order by count(*) desc, entity_id")
    page.goto(f"{base}/person/{person_id}")
    assert page.locator("h1").inner_text()
    assert page.locator(".mention blockquote mark").count() >= 1
    link = page.locator(".mention .where a").first.get_attribute("href")
    assert link.startswith("/issue/") and "#" in link
    assert not page.errors, page.errors
    shoot(page, "person")


def test_hostile_newsletter_never_runs_script(page, base):
    issue_id = first_id(page, base, "select id from issues where title like 'Wijknieuws%'")
    for path in (f"/issue/{issue_id}", f"/archive/sections?issue_id={issue_id}",
                 "/archive/search?q=gastenboek&date_from=&date_to=", "/archive/search_nl?q=gastenboek",
                 "/archive/links?issue_id=" + str(issue_id), "/-/search?q=gastenboek"):
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__xss") is None, path
        assert page.dialogs == [], path
    page.goto(f"{base}/issue/{issue_id}")
    text = page.locator("article.issue").inner_text()
    assert "<script>" in text and "onerror=" in text  # shown to the reader as text
    assert page.locator("article.issue script, article.issue img, article.issue svg").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    shoot(page, "hostile-issue")
