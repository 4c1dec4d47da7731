"""The place gazetteer: shipped defaults, file imports and official downloads.

Rows have the shape of the ``gazetteer`` table:
code, name, kind, parent_code, municipality_code, province, latitude,
longitude, focus_area, aliases (names separated by "|"), source.
CBS codes carry their hierarchy: BU03630000 lies in WK036300 in GM0363.
"""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path

from .names import fold, slug

PLACE_KINDS = (
    "country", "province", "municipality", "town", "district", "neighbourhood",
    "street", "region", "focus_area", "water",
)

_DATA = resources.files("ingest.entities") / "data"


def _read_data(name: str) -> str:
    return (_DATA / name).read_text(encoding="utf-8")


def _float(value):
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def default_rows() -> list[dict]:
    """The gazetteer the package ships: provinces, major municipalities,
    the 20 NPLV focus areas, neighbourhoods of those areas, and places
    abroad that Dutch text often names."""
    rows: list[dict] = []
    provinces = {}
    for r in csv.DictReader(io.StringIO(_read_data("provinces.csv"))):
        provinces[r["code"]] = r["name"]
        rows.append(_row(r["code"], r["name"], "province", aliases=r["aliases"],
                         province=r["name"], latitude=r["latitude"], longitude=r["longitude"]))
    municipalities = {}
    for r in csv.DictReader(io.StringIO(_read_data("municipalities.csv"))):
        municipalities[r["code"]] = r
        rows.append(_row(r["code"], r["name"], "municipality", aliases=r["aliases"],
                         parent_code=r["province"], municipality_code=r["code"],
                         province=provinces.get(r["province"]),
                         latitude=r["latitude"], longitude=r["longitude"]))
    for r in csv.DictReader(io.StringIO(_read_data("focus_areas.csv"))):
        gm = municipalities.get(r["municipality_code"], {})
        rows.append(_row(r["code"], r["name"], "focus_area", aliases=r["aliases"],
                         parent_code=r["municipality_code"], municipality_code=r["municipality_code"],
                         province=provinces.get(gm.get("province")), focus_area=r["code"],
                         latitude=gm.get("latitude"), longitude=gm.get("longitude")))
    for r in csv.DictReader(io.StringIO(_read_data("neighbourhoods.csv"))):
        gm = municipalities.get(r["municipality_code"], {})
        rows.append(_row(f"{r['municipality_code']}-{slug(r['name'])}", r["name"], r["kind"],
                         parent_code=r["municipality_code"], municipality_code=r["municipality_code"],
                         province=provinces.get(gm.get("province")),
                         focus_area=r["focus_area"] or None))
    for line in _read_data("world_places.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, names = line.split("\t", 1)
        name, *aliases = names.split("|")
        rows.append(_row(f"{kind}:{slug(name)}", name, kind, aliases="|".join(aliases)))
    # later duplicates (a town listed twice) lose
    seen, unique = set(), []
    for row in rows:
        if row["code"] not in seen:
            seen.add(row["code"])
            unique.append(row)
    return unique


def _row(code, name, kind, *, parent_code=None, municipality_code=None, province=None,
         latitude=None, longitude=None, focus_area=None, aliases="", source="default") -> dict:
    return {
        "code": code, "name": name, "kind": kind, "parent_code": parent_code or None,
        "municipality_code": municipality_code or None, "province": province or None,
        "latitude": _float(latitude), "longitude": _float(longitude),
        "focus_area": focus_area or None, "aliases": aliases or "", "source": source,
    }


# ---- reading files in the formats the official sources use -------------

_CBS_CODE = re.compile(r"^(PV|GM|WK|BU|WP)(\d+)$")
_WIJK_PREFIX = re.compile(r"^Wijk\s+\d+\s+", re.IGNORECASE)

# most specific first: a CBS buurt record also carries its wijk and gemeente
_CODE_FIELDS = ("code", "statcode", "buurtcode", "wijkcode", "identificatie", "woonplaatscode",
                "woon- plaats- code", "gemeentecodegm", "gm_code", "gemeentecode", "id")
_NAME_FIELDS = ("name", "naam", "statnaam", "buurtnaam", "wijknaam", "woonplaatsnaam", "plaats",
                "focusgebied", "gemeentenaam")
_PARENT_FIELDS = ("parent", "parent_code", "gemeentecodegm", "gemeentecode", "gm_code")
_KIND_FIELDS = ("kind", "rubriek", "type")
_LAT_FIELDS = ("lat", "latitude", "y_wgs84")
_LON_FIELDS = ("lon", "lng", "longitude", "x_wgs84")
_PROVINCE_FIELDS = ("provincienaam", "provincie", "province")
_MUNICIPALITY_NAME_FIELDS = ("gemeente", "gemeentenaam", "gemeente met link naar gemeentelijke website")

_KIND_BY_PREFIX = {"PV": "province", "GM": "municipality", "WK": "district", "BU": "neighbourhood",
                   "WP": "town"}
_KIND_WORDS = {"wijk": "district", "buurt": "neighbourhood", "gemeente": "municipality",
               "provincie": "province", "woonplaats": "town", "land": "country"}


def _pick(record: dict, fields) -> str | None:
    for f in fields:
        v = record.get(f)
        if v not in (None, ""):
            return str(v).strip()
    return None


def normalise_record(record: dict, source: str) -> dict | None:
    """A gazetteer row from one record of any supported file, or None."""
    rec = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    name = _pick(rec, _NAME_FIELDS)
    if not name:
        return None
    code = _pick(rec, _CODE_FIELDS)
    if "focusgebied" in rec:
        code = None  # a focus-area list names municipalities in its code columns
    kind = _pick(rec, _KIND_FIELDS)
    kind = _KIND_WORDS.get((kind or "").lower(), kind)
    m = _CBS_CODE.match(code or "")
    if code and code.isdigit() and len(code) == 4 and ("gemeentenaam" in rec):
        code, m = "GM" + code, _CBS_CODE.match("GM" + code)
    municipality_code = None
    parent = None
    if m:
        prefix, digits = m.groups()
        kind = kind if kind in PLACE_KINDS else _KIND_BY_PREFIX[prefix]
        if prefix in ("WK", "BU"):
            municipality_code = "GM" + digits[:4]
            parent = municipality_code if prefix == "WK" else "WK" + digits[:6]
        elif prefix == "GM":
            municipality_code = code
            parent = _pick(rec, ("provinciecodepv", "provincie")) if str(_pick(rec, ("provinciecodepv", "provincie")) or "").startswith("PV") else None
    if "focusgebied" in rec:
        kind = "focus_area"
        municipality_code = _pick(rec, ("gemeentecode",))
        parent = municipality_code
        code = "FA-" + slug(name)
    if kind == "district":
        name = _WIJK_PREFIX.sub("", name) or name
    if not kind or kind not in PLACE_KINDS:
        kind = "town"
    if not code:
        code = f"{kind}:{slug(name)}"
        if kind == "town" and _pick(rec, _MUNICIPALITY_NAME_FIELDS):
            code = f"town:{slug(name)}:{slug(_pick(rec, _MUNICIPALITY_NAME_FIELDS))}"
    explicit_parent = _pick(rec, ("parent", "parent_code"))
    aliases = []
    alias = _pick(rec, ("alias", "alias_2022", "aliases"))
    if alias and alias != name:
        aliases.append(alias)
    province = _pick(rec, _PROVINCE_FIELDS)
    if province and province.startswith("PV"):
        parent = parent or province
        province = None
    return _row(
        code, name, kind,
        parent_code=explicit_parent or parent,
        municipality_code=municipality_code or (explicit_parent if (explicit_parent or "").startswith("GM") else None),
        province=province,
        latitude=_pick(rec, _LAT_FIELDS), longitude=_pick(rec, _LON_FIELDS),
        focus_area=code if kind == "focus_area" else None,
        aliases="|".join(aliases), source=source,
    )


def read_file(path: Path) -> list[dict]:
    """Rows from a CSV, GeoJSON, TopoJSON or JSON records file."""
    data = Path(path).read_bytes()
    text = data.decode("utf-8-sig", errors="replace")
    source = Path(path).name
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        return read_json(json.loads(text), source)
    return read_csv(text, source)


def read_csv(text: str, source: str) -> list[dict]:
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = []
    for record in csv.DictReader(io.StringIO(text), delimiter=delimiter):
        row = normalise_record(record, source)
        if row:
            rows.append(row)
    return rows


def read_json(doc, source: str) -> list[dict]:
    if isinstance(doc, list):
        records = doc
    elif doc.get("type") == "Topology":
        return _read_topojson(doc, source)
    elif doc.get("type") == "FeatureCollection" or "features" in doc:
        records = []
        for feature in doc.get("features", []):
            if "properties" in feature:
                props = dict(feature.get("properties") or {})
                if feature.get("id") is not None:
                    props.setdefault("id", feature["id"])
                lon_lat = _point(feature.get("geometry"))
                if lon_lat:
                    props.setdefault("lon", lon_lat[0])
                    props.setdefault("lat", lon_lat[1])
                records.append(props)
            else:
                records.append(feature)
    else:
        records = next((v for v in doc.values() if isinstance(v, list)), [])
    return [row for r in records if isinstance(r, dict) and (row := normalise_record(r, source))]


def _point(geometry):
    """A representative point: the point itself, or the middle of a
    polygon's bounding box."""
    if not geometry or not geometry.get("coordinates"):
        return None
    if geometry.get("type") == "Point":
        return geometry["coordinates"][:2]
    xs, ys = [], []

    def walk(c):
        if c and isinstance(c[0], (int, float)):
            xs.append(c[0])
            ys.append(c[1])
        else:
            for sub in c:
                walk(sub)

    walk(geometry["coordinates"])
    if not xs or not (-180 <= xs[0] <= 180):
        return None  # projected coordinates (RD): no WGS84 point
    return [round((min(xs) + max(xs)) / 2, 6), round((min(ys) + max(ys)) / 2, 6)]


def _read_topojson(doc: dict, source: str) -> list[dict]:
    transform = doc.get("transform")
    rows = []
    for obj in doc.get("objects", {}).values():
        for geom in obj.get("geometries", []):
            props = dict(geom.get("properties") or {})
            if geom.get("id") is not None:
                props.setdefault("id", geom["id"])
            if geom.get("type") == "Point":
                x, y = geom["coordinates"][:2]
                if transform:
                    sx, sy = transform["scale"]
                    tx, ty = transform["translate"]
                    x, y = x * sx + tx, y * sy + ty
                props.setdefault("lon", round(x, 6))
                props.setdefault("lat", round(y, 6))
            row = normalise_record(props, source)
            if row:
                rows.append(row)
    return rows


# ---- the table ----------------------------------------------------------

def upsert_rows(db, rows: list[dict]) -> int:
    """Insert or replace gazetteer rows, filling province names and
    municipality codes from rows already known."""
    table = db["gazetteer"]
    existing_names = {r["code"]: r for r in db.query("select code, name, province, parent_code from gazetteer")}
    by_code = {**existing_names, **{r["code"]: r for r in rows}}
    for row in rows:
        if not row["province"]:
            parent = by_code.get(row["municipality_code"] or "") or by_code.get(row["parent_code"] or "")
            if parent:
                if parent.get("province"):
                    row["province"] = parent["province"]
                elif (parent.get("parent_code") or "").startswith("PV") and parent["parent_code"] in by_code:
                    row["province"] = by_code[parent["parent_code"]]["name"]
            if not row["province"] and (row["parent_code"] or "").startswith("PV") and row["parent_code"] in by_code:
                row["province"] = by_code[row["parent_code"]]["name"]
    merged = _merge_with_known(db, rows)
    fresh = [r for r in rows if id(r) not in merged]
    if fresh:
        table.upsert_all(fresh, pk="code", alter=True)
    for row in rows:
        if id(row) in merged:
            # keep what the known row has where the import has nothing
            table.upsert({k: v for k, v in row.items() if v not in (None, "")}, pk="code", alter=True)
    return len(rows)


def _merge_with_known(db, rows: list[dict]) -> set[int]:
    """Give an imported row the code of a known row for the same place, and
    carry focus-area membership over to official neighbourhood codes."""
    known = {}
    focus = {}
    merged: set[int] = set()
    for r in db.query("select code, name, kind, aliases, municipality_code, focus_area from gazetteer"):
        for key in key_names(r):
            known.setdefault((r["kind"], key), r["code"])
            if r["focus_area"] and r["kind"] in ("district", "neighbourhood"):
                focus[(key, r["municipality_code"])] = r["focus_area"]
    for row in rows:
        synthetic = not _CBS_CODE.match(row["code"])
        if synthetic:
            for key in key_names(row):
                code = known.get((row["kind"], key))
                if code:
                    row["code"] = code
                    if row["kind"] == "focus_area":
                        row["focus_area"] = code
                    merged.add(id(row))
                    break
        if not row["focus_area"]:
            row["focus_area"] = focus.get((fold(row["name"]), row["municipality_code"]))
    return merged


def import_file(db, path: Path) -> int:
    return upsert_rows(db, read_file(path))


def lookup_rows(db) -> list[dict]:
    if not db["gazetteer"].exists():
        return []
    return list(db.query("select * from gazetteer"))


def key_names(row: dict) -> list[str]:
    names = [row["name"]] + [a for a in (row.get("aliases") or "").split("|") if a]
    return [fold(n) for n in names if n]
