"""The readable pages: one issue, and one person, place or organisation.

URLs are stable and citable: ``/issue/<id>#<section anchor>`` (issue ids
survive a reparse, anchors are slugs of the section heading),
``/person/<id>``, ``/place/<id>``, ``/organisation/<id>``.
"""

from __future__ import annotations

import datetime as dt
import html
from urllib.parse import urlencode, urlsplit

from datasette.utils.asgi import NotFound, Response

ENTITY_TABLES = {"person": "people", "organisation": "organisations", "place": "places"}
MENTION_LIMIT = 500


def archive_database_name(datasette) -> str | None:
    """The served database holding the archive (the first with an ``issues`` table)."""
    names = [name for name, db in datasette.databases.items() if name != "_internal" and not db.is_memory]
    for name in names:
        if "issues" in (datasette.inspect_data or {}).get(name, {}).get("tables", {}):
            return name
    return names[0] if names else None


async def _archive(datasette):
    name = archive_database_name(datasette)
    if not name:
        raise NotFound("No archive database is being served")
    return name, datasette.get_database(name)


async def _rows(db, sql, params=()):
    return [dict(r) for r in (await db.execute(sql, params)).rows]


async def _has_tables(db, *names) -> bool:
    existing = set(await db.table_names()) | set(await db.view_names())
    return all(n in existing for n in names)


def safe_href(url: str | None) -> str | None:
    """Only http(s) targets become links; anything else (javascript:, data:) is shown as text."""
    if not url:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def render_text(text: str, spans: list[dict]) -> str:
    """Paragraphs of escaped text, entity mentions linked to their pages.

    ``spans`` are mentions with ``start``/``end`` offsets into ``text``;
    one whose offsets do not match its surface is left out rather than
    misplaced.
    """
    from .datasette_plugin import clean_html

    usable, last_end = [], -1
    for span in sorted(spans, key=lambda s: (s["start"] or 0, -(s["end"] or 0))):
        start, end = span.get("start"), span.get("end")
        if start is None or end is None or start < last_end or text[start:end] != span.get("surface"):
            continue
        usable.append(span)
        last_end = end
    out, cursor = [], 0
    for span in usable:
        out.append(html.escape(text[cursor:span["start"]], quote=False))
        label = html.escape(text[span["start"]:span["end"]], quote=False)
        kind = span["kind"]
        out.append(f'<a class="entity entity-{kind}" href="/{kind}/{int(span["entity_id"])}" '
                   f'title="{html.escape(span["entity_name"])}">{label}</a>')
        cursor = span["end"]
    out.append(html.escape(text[cursor:], quote=False))
    paragraphs = "".join(out).split("\n\n")
    return clean_html("".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs if p.strip()))


async def issue_page(request, datasette):
    name, db = await _archive(datasette)
    issue_id = int(request.url_vars["id"])
    found = await _rows(
        db,
        """select i.id, i.title, i.subject, i.issued_on, i.sent_at, i.web_url, i.language, i.word_count,
                  i.newsletter_id, n.name as newsletter
           from issues i left join newsletters n on n.id = i.newsletter_id where i.id = ?""",
        [issue_id],
    )
    if not found:
        raise NotFound("No such issue")
    issue = found[0]
    sections = await _rows(
        db, "select id, position, heading, text, anchor from sections where issue_id = ? order by position", [issue_id]
    )
    links = await _rows(
        db, "select section_id, position, text, url, domain, kind from links where issue_id = ? order by position",
        [issue_id],
    )
    has_entities = await _has_tables(db, "mentions")
    mentions = []
    if has_entities:
        mentions = await _rows(
            db,
            """select section_id, kind, entity_id, entity_name, surface, start, "end" from mentions
               where issue_id = ? order by section_id, start""",
            [issue_id],
        )
    by_section: dict[int, dict] = {s["id"]: {"links": [], "mentions": []} for s in sections}
    for link in links:
        link["href"] = safe_href(link["url"])
        by_section.get(link["section_id"], {"links": []})["links"].append(link)
    for mention in mentions:
        by_section.get(mention["section_id"], {"mentions": []})["mentions"].append(mention)
    for section in sections:
        extra = by_section[section["id"]]
        section["html"] = render_text(section["text"] or "", extra["mentions"])
        section["links"] = extra["links"]
        section["entities"] = _distinct_entities(extra["mentions"])
    neighbours = await _rows(
        db,
        """select (select id from issues where newsletter_id = :n and (issued_on, id) < (:d, :i)
                    order by issued_on desc, id desc limit 1) as previous,
                  (select id from issues where newsletter_id = :n and (issued_on, id) > (:d, :i)
                    order by issued_on, id limit 1) as next""",
        {"n": issue["newsletter_id"], "d": issue["issued_on"] or "", "i": issue_id},
    )
    context = {
        "database": name,
        "issue": issue,
        "web_href": safe_href(issue["web_url"]),
        "sections": sections,
        "entities": _distinct_entities(mentions),
        "previous": neighbours[0]["previous"] if neighbours else None,
        "next": neighbours[0]["next"] if neighbours else None,
        "db_path": datasette.urls.database(name),
    }
    return Response.html(await datasette.render_template("archive_issue.html", context, request=request))


def _distinct_entities(mentions):
    seen, out = set(), []
    for m in mentions:
        key = (m["kind"], m["entity_id"])
        if key not in seen:
            seen.add(key)
            out.append({"kind": m["kind"], "id": m["entity_id"], "name": m["entity_name"]})
    return sorted(out, key=lambda e: (e["kind"], e["name"].lower()))


def entity_page(kind: str):
    table = ENTITY_TABLES[kind]

    async def view(request, datasette):
        name, db = await _archive(datasette)
        if not await _has_tables(db, table, "mentions"):
            raise NotFound(f"This archive has no {table}")
        entity_id = int(request.url_vars["id"])
        found = await _rows(db, f"select * from [{table}] where id = ?", [entity_id])
        if not found:
            raise NotFound(f"No such {kind}")
        entity = found[0]
        # Which mentions count: a place includes every place inside it. Each
        # branch gives the latest mentions (limit applied before any join),
        # the totals and the mentions per month.
        if kind == "place" and entity.get("code") and await _has_tables(db, "area_mentions"):
            params = {"code": entity["code"]}
            latest = (f"select mention_id from area_mentions where area_code = :code "
                      f"order by issued_on desc, mention_id desc limit {MENTION_LIMIT}")
            totals = ("select count(*) as n, (select count(distinct m.issue_id) from mentions m where m.id in "
                      "(select mention_id from area_mentions where area_code = :code)) as issues "
                      "from area_mentions where area_code = :code")
            per_month = ("select substr(issued_on, 1, 7) as month, count(*) as n from area_mentions "
                         "where area_code = :code and issued_on != '' group by month order by month")
        else:
            if kind == "place" and entity.get("code") and await _has_tables(db, "place_areas"):
                where = ("m.kind = 'place' and m.entity_id in "
                         "(select place_id from place_areas where area_code = :code)")
                params = {"code": entity["code"]}
            else:
                where, params = "m.kind = :kind and m.entity_id = :id", {"kind": kind, "id": entity_id}
            latest = f"select m.id from mentions m where {where} order by m.issued_on desc, m.id desc limit {MENTION_LIMIT}"
            totals = f"select count(*) as n, count(distinct m.issue_id) as issues from mentions m where {where}"
            per_month = (f"select substr(m.issued_on, 1, 7) as month, count(*) as n from mentions m "
                         f"where {where} and m.issued_on is not null group by month order by month")
        mentions = await _rows(
            db,
            f"""select m.id, m.entity_id, m.entity_name, m.surface, m.snippet, m.role, m.issued_on, m.place_kind,
                       m.issue_id, i.title as issue_title, s.anchor, s.heading
                from mentions m join issues i on i.id = m.issue_id left join sections s on s.id = m.section_id
                where m.id in ({latest}) order by m.issued_on desc, m.id desc""",
            params,
        )
        total = (await _rows(db, totals, params))[0]
        months = await _rows(db, per_month, params)
        if await _has_tables(db, "entity_pairs"):
            together = await _rows(
                db,
                """select other_kind as kind, other_id as id, other_name as name, sections from entity_pairs
                   where kind = :kind and entity_id = :id order by sections desc, other_name limit 15""",
                {"kind": kind, "id": entity_id},
            )
        else:
            together = await _rows(
                db,
                """select o.kind, o.entity_id as id, o.entity_name as name, count(distinct o.section_id) as sections
                   from mentions m join mentions o on o.section_id = m.section_id
                   where m.kind = :kind and m.entity_id = :id and not (o.kind = m.kind and o.entity_id = m.entity_id)
                   group by o.kind, o.entity_id order by sections desc, o.entity_name limit 15""",
                {"kind": kind, "id": entity_id},
            )
        for mention in mentions:
            mention["snippet_html"] = _highlight(mention["snippet"] or "", mention["surface"] or "")
        context = {
            "database": name,
            "db_path": datasette.urls.database(name),
            "kind": kind,
            "entity": entity,
            "aliases": _aliases(entity.get("aliases")),
            "mentions": mentions,
            "total": total,
            "timeline": _timeline(months),
            "together": together,
            "feed_url": _feed_url(datasette, name, kind, entity),
        }
        if kind == "place":
            from .datasette_plugin import json_for_script

            context["map_points"] = await _map_points(db, entity)
            context["map_points_json"] = json_for_script(context["map_points"])
            context["leaflet"] = {
                "js": datasette.urls.static_plugins("datasette-leaflet", "leaflet-v1.7.1.min.js"),
                "css": datasette.urls.static_plugins("datasette-leaflet", "leaflet-v1.7.1.css"),
            }
        return Response.html(await datasette.render_template("archive_entity.html", context, request=request))

    return view


def _aliases(raw) -> list[str]:
    import json

    try:
        return [a for a in json.loads(raw or "[]") if isinstance(a, str)]
    except ValueError:
        return []


def _highlight(snippet: str, surface: str):
    from .datasette_plugin import clean_html

    escaped = html.escape(snippet, quote=False)
    if surface:
        target = html.escape(surface, quote=False)
        escaped = escaped.replace(target, f"<mark>{target}</mark>", 1)
    return clean_html(escaped)


def _timeline(months: list[dict]) -> list[dict]:
    """Mentions per month, with empty months filled in so gaps show."""
    if not months:
        return []
    counts = {m["month"]: m["n"] for m in months if m["month"] and len(m["month"]) == 7}
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:])
    series = []
    while f"{year:04d}-{month:02d}" <= last and len(series) < 240:
        key = f"{year:04d}-{month:02d}"
        series.append({"month": key, "n": counts.get(key, 0)})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    peak = max(m["n"] for m in series) or 1
    for m in series:
        m["height"] = round(100 * m["n"] / peak)
        m["label"] = dt.date(int(m["month"][:4]), int(m["month"][5:]), 1).strftime("%b %Y")
    return series


def _feed_url(datasette, database, kind, entity) -> str | None:
    base = datasette.urls.database(database)
    if kind == "place":
        return f"{base}/place_feed.atom?" + urlencode({"place": entity.get("code") or entity["name"]})
    if kind == "person":
        return f"{base}/person_feed.atom?" + urlencode({"person": entity["name"]})
    return None


async def _map_points(db, place) -> list[dict]:
    """The place and every place inside it that has coordinates."""
    params = {"id": place["id"], "code": place.get("code") or ""}
    return await _rows(
        db,
        """select p.id, p.name, p.kind, p.latitude, p.longitude,
                  (select count(*) from mentions m where m.kind = 'place' and m.entity_id = p.id) as mentions
           from places p
           where p.latitude is not null and p.longitude is not null
             and (p.id = :id or p.id in (select place_id from place_areas where area_code = :code))""",
        params,
    )
