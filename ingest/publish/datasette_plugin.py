"""Our Datasette plugin: read-only guard, Dutch search functions, and the
issue, person, place and organisation pages.

Loaded by ``newsletter-archive serve``; also installable as a Datasette
plugin through the ``datasette`` entry point::

    [project.entry-points.datasette]
    newsletter_archive = "ingest.publish.datasette_plugin"

Newsletter text is hostile input: templates autoescape, and every piece of
HTML this module builds from archive text is escaped first and then passed
through nh3 with a small allowlist.
"""

from __future__ import annotations

import html
import json
import sqlite3
from pathlib import Path

import nh3
from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from jinja2 import FileSystemLoader
from markupsafe import Markup

from . import pages
from .stemming import fts_query, snippet_nl, stem_nl, stem_nl_query

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")

# Columns that can carry personal data (mailbox paths, IMAP user names,
# per-recipient Message-IDs). Read through any query they come back NULL.
MASKED_COLUMNS = {
    "sources": {"origin"},
    "ingest_errors": {"origin", "message"},
    "issues": {"message_id"},
}

# What may appear in HTML built from archive text.
SAFE_TAGS = {"p", "a", "mark", "br", "span"}
SAFE_ATTRIBUTES = {"a": {"href", "class", "title"}, "span": {"class"}, "mark": {"class"}}


def clean_html(fragment: str) -> Markup:
    """Sanitize a fragment we assembled from escaped text (defence in depth)."""
    return Markup(
        nh3.clean(fragment, tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES, url_schemes={"http", "https"}, link_rel=None)
    )


# -- read-only guard -------------------------------------------------------------


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def only_reads(scope, receive, send):
            if scope["type"] == "http" and scope.get("method", "GET").upper() not in ALLOWED_METHODS:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 405,
                        "headers": [
                            (b"content-type", b"text/plain; charset=utf-8"),
                            (b"allow", ", ".join(ALLOWED_METHODS).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": b"405 Method Not Allowed: this archive is read-only\n"})
                return
            await app(scope, receive, send)

        return only_reads

    return wrap


def _authorizer(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_READ and arg2 in MASKED_COLUMNS.get(arg1, ()):
        return sqlite3.SQLITE_IGNORE  # the column reads as NULL
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and arg2 == "load_extension":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn):
    conn.create_function("stem_nl", 1, stem_nl, deterministic=True)
    conn.create_function("stem_nl_query", 1, stem_nl_query, deterministic=True)
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("snippet_nl", 2, snippet_nl, deterministic=True)
    conn.create_function("snippet_nl", 3, snippet_nl, deterministic=True)
    conn.set_authorizer(_authorizer)


# -- templates, assets, navigation -------------------------------------------------


@hookimpl
def startup(datasette):
    # Our templates come first; a module plugin gets no templates dir from Datasette.
    loader = datasette.jinja_env.loader
    if not any(getattr(l, "searchpath", None) == [str(TEMPLATES)] for l in getattr(loader, "loaders", [])):
        loader.loaders.insert(0, FileSystemLoader(str(TEMPLATES)))


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/archive/archive.css")]


@hookimpl
def menu_links(datasette):
    db = pages.archive_database_name(datasette)
    if not db:
        return []
    path = datasette.urls.database(db)
    return [
        {"href": datasette.urls.path("/"), "label": "Home and search help"},
        {"href": f"{path}/issues", "label": "Issues"},
        {"href": f"{path}/search_nl", "label": "Dutch search"},
        {"href": f"{path}/places_map", "label": "Map of places"},
        {"href": f"{path}/mentions", "label": "Mentions"},
    ]


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if not isinstance(value, str):
        return None
    # A mention's name leads to the page of who or what is mentioned.
    if table == "mentions" and column == "entity_name" and row is not None:
        kind, entity_id = row["kind"], row["entity_id"]
        if kind in ("person", "place", "organisation") and isinstance(entity_id, int):
            href = html.escape(datasette.urls.path(f"/{kind}/{entity_id}"))
            return clean_html(f'<a href="{href}">{html.escape(value, quote=False)}</a>')
    # Highlighted snippets: only <mark> survives, everything else is escaped.
    if column in ("snippet", "highlighted") and table is None and "<mark>" in value:
        escaped = html.escape(value, quote=False)
        escaped = escaped.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
        return clean_html(escaped)
    # Our own pages: a column named "page" holding a path to one of them.
    if column == "page" and value.startswith(("/issue/", "/person/", "/place/", "/organisation/")):
        return clean_html(f'<a href="{html.escape(datasette.urls.path(value))}">{html.escape(value)}</a>')
    return None


# -- routes ----------------------------------------------------------------------


async def static_file(request):
    name = request.url_vars["name"]
    path = STATIC / name
    if "/" in name or not path.is_file():
        raise NotFound("No such file")
    content_type = {"css": "text/css", "js": "application/javascript"}.get(path.suffix.lstrip("."), "text/plain")
    return Response(path.read_text(), content_type=f"{content_type}; charset=utf-8",
                    headers={"cache-control": "max-age=3600"})


@hookimpl
def register_routes():
    return [
        (r"^/-/archive/(?P<name>[A-Za-z0-9_.-]+)$", static_file),
        (r"^/issue/(?P<id>\d+)$", pages.issue_page),
        (r"^/person/(?P<id>\d+)$", pages.entity_page("person")),
        (r"^/organisation/(?P<id>\d+)$", pages.entity_page("organisation")),
        (r"^/place/(?P<id>\d+)$", pages.entity_page("place")),
    ]


def json_for_script(data) -> Markup:
    """JSON safe inside <script type="application/json">: no "</script>" can close it."""
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
