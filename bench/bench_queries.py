"""Time every canned query of the published archive on a synthetic database.

    python bench/bench_queries.py                       # 100k issues, 1M mentions
    python bench/bench_queries.py --issues 10000 --mentions 100000 --runs 3

Builds bench/out/bench_queries.db with the real schema (the registered
migrations), fills it with synthetic issues, sections, links, places,
people, organisations and mentions, runs the publish step, then times each
canned query from ingest/publish/metadata.yml the way Datasette runs it (on
a connection with our plugin's functions and authorizer; first 1001 rows
fetched). Target: under 50 ms each. It also times "mentions of a place" and
"mentions per month" as a naive join over a normalised mentions table next
to the flat, indexed ``mentions`` table, side by side in one run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Dutch function words first, then a long tail: topic words sit at ranks
# 150-400, so a search term matches a few percent of sections, as in real text.
FUNCTION_WORDS = "de het een en van in op voor met aan bij naar om over door uit te is zijn wordt worden heeft".split()
TOPIC_WORDS = (
    "gemeente gemeenten wijk wijken buurt buurten bewoners armoede schulden aanpak aanpakken woningen woning "
    "huur sociale veiligheid leefbaarheid programma jongeren school scholen werk zorg kansen gebied gebieden "
    "financiële bijdrage rijk minister kabinet plannen onderzoek rapport bijeenkomst themadag experiment "
    "woningbouw nieuwbouw volkshuisvesting corporaties wijkteams gezondheid onderwijs politie criminaliteit"
).split()
VOCABULARY = FUNCTION_WORDS + [f"woord{n}" for n in range(130)]
for position, word in enumerate(TOPIC_WORDS):
    VOCABULARY.insert(150 + position * 6, word)
VOCABULARY += [f"term{n}" for n in range(8000)]
DOMAINS = ["nos.nl", "nrc.nl", "ad.nl", "rijksoverheid.nl", "volkskrant.nl", "trouw.nl", "cbs.nl", "scp.nl",
           "linkedin.com", "youtube.com"] + [f"site{i}.nl" for i in range(2000)]
ROLES = [None, None, None, "minister", "wethouder", "burgemeester", "directeur", "programmamanager", "bewoner"]


def words(rng: random.Random, n: int) -> str:
    # Zipf-like: common words often, rare words rarely.
    return " ".join(rng.choices(VOCABULARY, cum_weights=CUM_WEIGHTS, k=n))


CUM_WEIGHTS = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCABULARY))))


def build(db_path: Path, issues: int, mentions: int, seed: int = 7) -> None:
    import sqlite_utils

    from ingest.publish.prepare import prepare
    from ingest.store.migrate import apply_migrations

    rng = random.Random(seed)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", ".inspect.json"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    apply_migrations(sqlite_utils.Database(db_path))
    conn = sqlite3.connect(db_path)
    conn.execute("pragma journal_mode = wal")
    conn.execute("pragma synchronous = off")
    started = time.perf_counter()

    # newsletters and issues
    conn.executemany("insert into newsletters (id, key, name, sender) values (?, ?, ?, ?)",
                     [(n, f"list-{n}", f"Nieuwsbrief {n}", f"info@nieuwsbrief{n}.nl") for n in range(1, 201)])
    first_day = dt.date(2010, 1, 1)
    issue_rows = []
    for i in range(1, issues + 1):
        day = first_day + dt.timedelta(days=rng.randrange(15 * 365))
        issue_rows.append((i, rng.randint(1, 200), f"Nieuwsbrief {i}: {words(rng, 5)}", day.isoformat(), day.year,
                           day.isoformat()[:7], "nl", 300))
    conn.executemany("insert into issues (id, newsletter_id, title, issued_on, year, month, language, word_count) "
                     "values (?, ?, ?, ?, ?, ?, ?, ?)", issue_rows)
    issue_date = {r[0]: (r[3], r[1]) for r in issue_rows}

    # sections (2 per issue) and links
    section_rows, section_issue = [], {}
    sid = 0
    for i in range(1, issues + 1):
        for position in range(2):
            sid += 1
            heading = words(rng, 6)
            section_rows.append((sid, i, position, heading, words(rng, 60), f"s{position}-{sid}"))
            section_issue[sid] = i
    conn.executemany("insert into sections (id, issue_id, position, heading, text, anchor) values (?, ?, ?, ?, ?, ?)",
                     section_rows)
    link_rows = []
    for n in range(issues * 3):
        s = rng.randint(1, sid)
        domain = DOMAINS[min(int(rng.paretovariate(1.2)) - 1, len(DOMAINS) - 1)]
        link_rows.append((section_issue[s], s, n, words(rng, 3), f"https://www.{domain}/artikel/{n}", domain, "external"))
    conn.executemany("insert into links (issue_id, section_id, position, text, url, domain, kind) "
                     "values (?, ?, ?, ?, ?, ?, ?)", link_rows)

    # a synthetic gazetteer: 12 provinces, 350 municipalities, 10 districts and 40 neighbourhoods each
    gaz, places, areas = [], [], []
    for p in range(12):
        gaz.append((f"PVX{p:02d}", f"Provincie {p}", "province", None, None, f"Provincie {p}", 52.0, 5.0))
    for m in range(350):
        mun, prov = f"GMX{m:04d}", f"PVX{m % 12:02d}"
        lat, lon = 50.8 + (m % 25) * 0.1, 3.5 + (m // 25) * 0.2
        gaz.append((mun, "Heerlen" if m == 0 else f"Gemeente {m}", "municipality", prov, mun, f"Provincie {m % 12}", lat, lon))
        for d in range(10):
            wk = f"WKX{m:04d}{d:02d}"
            gaz.append((wk, f"Wijk {m}-{d}", "district", mun, mun, f"Provincie {m % 12}", lat + d * 0.005, lon))
            for b in range(4):
                bu = f"BUX{m:04d}{d:02d}{b:02d}"
                gaz.append((bu, f"Buurt {m}-{d}-{b}", "neighbourhood", wk, mun, f"Provincie {m % 12}",
                            lat + d * 0.005, lon + b * 0.005))
    conn.executemany("insert into gazetteer (code, name, kind, parent_code, municipality_code, province, latitude, "
                     "longitude, source) values (?, ?, ?, ?, ?, ?, ?, ?, 'bench')", gaz)
    parent = {g[0]: g[3] for g in gaz}
    names = {g[0]: g[1] for g in gaz}
    for pid, g in enumerate(gaz, start=1):
        places.append((pid, g[1], g[2], g[0], names.get(g[4]), g[4], g[5], g[6], g[7], g[0]))
        code = g[0]
        while code:
            areas.append((pid, code, names[code], None))
            code = parent.get(code)
    conn.executemany("insert into places (id, name, kind, code, municipality, municipality_code, province, latitude, "
                     "longitude, key, aliases) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]')", places)
    conn.executemany("insert into place_areas (place_id, area_code, area_name, area_kind) values (?, ?, ?, ?)", areas)
    place_info = {p[0]: (p[1], p[2], p[4]) for p in places}
    conn.executemany("insert into people (id, name, key, aliases) values (?, ?, ?, '[]')",
                     [(n, f"Persoon {n}", f"persoon {n}") for n in range(1, 20001)])
    conn.execute("update people set name = 'Hugo de Jonge', key = 'hugo de jonge' where id = 1")
    conn.executemany("insert into organisations (id, name, acronym, key, aliases) values (?, ?, ?, ?, '[]')",
                     [(n, f"Organisatie {n}", None, f"organisatie {n}") for n in range(1, 5001)])

    # mentions, skewed: a few entities are mentioned very often
    # Zipf (s = 1) over each kind's entities, in a shuffled order of ids, so the
    # most named place (Heerlen) gets ~7% of place mentions, as a big city might.
    ranked = {}
    for kind, n, first in (("place", len(places), 13), ("organisation", 5000, 1), ("person", 20000, 1)):
        ids = list(range(1, n + 1))
        rng.shuffle(ids)
        ids.remove(first)
        ranked[kind] = [first] + ids

    def skewed(kind: str) -> int:
        ids = ranked[kind]
        return ids[min(int(len(ids) ** rng.random()), len(ids)) - 1]

    mention_rows = []
    for n in range(mentions):
        s = rng.randint(1, sid)
        issue_id = section_issue[s]
        issued_on, newsletter_id = issue_date[issue_id]
        roll = rng.random()
        if roll < 0.4:
            kind, entity_id = "place", skewed("place")
            name, place_kind, municipality = place_info[entity_id]
        elif roll < 0.75:
            kind, entity_id, place_kind, municipality = "organisation", skewed("organisation"), None, None
            name = f"Organisatie {entity_id}"
        else:
            kind, entity_id, place_kind, municipality = "person", skewed("person"), None, None
            name = "Hugo de Jonge" if entity_id == 1 else f"Persoon {entity_id}"
        mention_rows.append((kind, entity_id, name, issue_id, s, name, 0, len(name), words(rng, 18),
                             rng.choice(ROLES) if kind == "person" else None, 0.9, "bench", "1",
                             issued_on, newsletter_id, place_kind, municipality))
        if len(mention_rows) == 100_000:
            _insert_mentions(conn, mention_rows)
            mention_rows = []
    _insert_mentions(conn, mention_rows)
    # the naive design: a normalised mentions table, only its foreign key to sections indexed
    conn.execute("create table mentions_normalised (id integer primary key, section_id integer, kind text, "
                 "entity_id integer, surface text, snippet text)")
    conn.execute("insert into mentions_normalised select id, section_id, kind, entity_id, surface, snippet from mentions")
    conn.execute("create index mentions_normalised_section on mentions_normalised(section_id)")
    conn.commit()
    conn.execute("pragma journal_mode = delete")
    conn.close()
    print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    print("publish step: " + prepare(db_path).summary(), f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)


def _insert_mentions(conn, rows) -> None:
    conn.executemany(
        """insert into mentions (kind, entity_id, entity_name, issue_id, section_id, surface, start, "end", snippet,
           role, confidence, extractor, extractor_version, issued_on, newsletter_id, place_kind, municipality)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)


NAIVE = {
    "place_mentions": """
        select i.issued_on, p.name as place, p.kind, m.surface, m.snippet, i.title
        from gazetteer g
        join place_areas pa on pa.area_code = g.code
        join places p on p.id = pa.place_id
        join mentions_normalised m on m.entity_id = p.id and m.kind = 'place'
        join sections s on s.id = m.section_id
        join issues i on i.id = s.issue_id
        where g.name = :place
        order by i.issued_on desc""",
    "mentions_per_month": """
        select substr(i.issued_on, 1, 7) as month, count(*) as mentions
        from people pe
        join mentions_normalised m on m.entity_id = pe.id and m.kind = 'person'
        join sections s on s.id = m.section_id
        join issues i on i.id = s.issue_id
        where pe.name = :entity
        group by month order by month""",
}


def connection(db_path: Path) -> sqlite3.Connection:
    """Opened like Datasette opens an immutable database, with our plugin's functions."""
    from ingest.publish import datasette_plugin

    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    datasette_plugin.prepare_connection(conn)
    return conn


def time_query(conn, sql: str, params: dict, runs: int) -> tuple[float, int]:
    timings, count = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = conn.execute(sql, params).fetchmany(1001)  # what Datasette fetches (max_returned_rows + 1)
        timings.append((time.perf_counter() - started) * 1000)
        count = len(rows)
    return statistics.median(timings), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--issues", type=int, default=100_000)
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "bench_queries.db")
    parser.add_argument("--reuse", action="store_true", help="Time an existing --db without rebuilding it.")
    args = parser.parse_args()
    if not (args.reuse and args.db.exists()):
        build(args.db, args.issues, args.mentions)
    else:
        from ingest.publish.prepare import prepare

        started = time.perf_counter()
        print("publish step: " + prepare(args.db).summary(), f"({time.perf_counter() - started:.1f} s)", file=sys.stderr)

    metadata = yaml.safe_load((ROOT / "ingest" / "publish" / "metadata.yml").read_text())
    queries = metadata["databases"]["archive"]["queries"]
    # Each canned query with the heaviest realistic arguments: the most named
    # place (Heerlen and the 50 places inside it) and person; a topic word
    # found in ~4% of sections; a broad OR search and a dated search as well.
    no_dates = {"date_from": "", "date_to": ""}
    cases = [
        ("search", "search", {"q": "armoede", **no_dates}),
        ("search: broad OR", "search", {"q": "armoede OR wijken", **no_dates}),
        ("search: one year", "search", {"q": "armoede", "date_from": "2020-01-01", "date_to": "2020-12-31"}),
        ("search_nl", "search_nl", {"q": "armoede", **no_dates}),
        ("search_nl: wijken (8%)", "search_nl", {"q": "wijken", **no_dates}),
        ("search_nl: broad OR", "search_nl", {"q": "armoede OR wijken", **no_dates}),
        ("search_nl: one year", "search_nl", {"q": "armoede", "date_from": "2020-01-01", "date_to": "2020-12-31"}),
        ("place_mentions", "place_mentions", {"place": "Heerlen"}),
        ("person_mentions", "person_mentions", {"person": "Hugo de Jonge"}),
        ("co_mentions", "co_mentions", {"entity": "Hugo de Jonge"}),
        ("issues_between", "issues_between", {"date_from": "2020-01-01", "date_to": "2020-12-31"}),
        ("links_by_domain", "links_by_domain", {"domain": "nos.nl"}),
        ("mentions_per_month", "mentions_per_month", {"entity": "Hugo de Jonge"}),
        ("new_issues_feed", "new_issues_feed", {}),
        ("place_feed", "place_feed", {"place": "Heerlen"}),
        ("person_feed", "person_feed", {"person": "Hugo de Jonge"}),
    ]
    assert {name for _, name, _ in cases} == set(queries), "every canned query is timed"
    conn = connection(args.db)
    counts = {r[0]: r[1] for r in conn.execute(
        "select 'issues', count(*) from issues union all select 'sections', count(*) from sections "
        "union all select 'mentions', count(*) from mentions union all select 'links', count(*) from links")}
    print(f"database: {args.db} ({', '.join(f'{v:,} {k}' for k, v in counts.items())})")
    print(f"{'canned query':<22} {'median ms':>10} {'rows':>6}  {'< 50 ms':>7}")
    slow = []
    for label, name, arguments in cases:
        elapsed, rows = time_query(conn, queries[name]["sql"], arguments, args.runs)
        ok = elapsed < 50
        slow += [] if ok else [label]
        print(f"{label:<22} {elapsed:>10.1f} {rows:>6}  {'yes' if ok else 'NO':>7}")
    params = {"place": "Heerlen", "entity": "Hugo de Jonge"}
    print()
    print(f"{'naive join vs flat table':<22} {'naive ms':>10} {'flat ms':>10} {'ratio':>7}")
    for name, naive_sql in NAIVE.items():
        flat_sql = queries[name]["sql"]
        names = {p for p in params if f":{p}" in naive_sql}
        naive, naive_rows = time_query(conn, naive_sql, {k: params[k] for k in names}, args.runs)
        flat_names = {p for p in params if f":{p}" in flat_sql}
        flat, flat_rows = time_query(conn, flat_sql, {k: params[k] for k in flat_names}, args.runs)
        print(f"{name:<22} {naive:>10.1f} {flat:>10.1f} {naive / flat:>6.1f}x  ({naive_rows} / {flat_rows} rows)")
    if slow:
        print(f"\nover 50 ms: {', '.join(slow)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
