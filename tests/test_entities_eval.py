"""Measured, not guessed: the eval command on gold files, through the real CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.cli import cli
from ingest.entities import evaluate

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
FIXTURES = HERE / "fixtures" / "entities"
SHARED = HERE.parents[1] / "shared"


def _scores(output: str) -> dict[str, tuple[float, float, float]]:
    scores = {}
    for line in output.splitlines():
        m = re.match(r"^(PER|LOC|ORG|ALL)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            scores[m.group(1)] = tuple(float(x) for x in m.groups()[1:])
    return scores


def _run(*args) -> dict:
    result = CliRunner().invoke(cli, ["eval", *map(str, args)])
    assert result.exit_code == 0, result.output
    return _scores(result.output)


@pytest.mark.parametrize("name", sorted(p.stem for p in GOLD.glob("*.jsonl") if p.with_suffix(".txt").exists()))
def test_newsletter_gold_meets_the_targets(name):
    scores = _run(GOLD / f"{name}.jsonl")
    assert scores["PER"][2] >= 0.95 and scores["LOC"][2] >= 0.95 and scores["ORG"][2] >= 0.8, scores


# Newsletter texts written and annotated for this project in two sets: "dev"
# texts were studied (their errors led to rule changes); "heldout" texts never
# were, so their scores are the honest estimate for unseen newsletters. Both
# are guarded against regressions at a little under today's scores.
SET_FLOORS = {
    "dev": {"PER": 0.975, "LOC": 0.96, "ORG": 0.91},
    "heldout": {"PER": 0.96, "LOC": 0.93, "ORG": 0.865},
}


@pytest.mark.parametrize("name", sorted(SET_FLOORS))
def test_gold_sets_do_not_regress(name):
    scores = _run(GOLD / name)
    for label, floor in SET_FLOORS[name].items():
        assert scores[label][2] >= floor, (label, scores)


def test_eval_reports_each_file_of_a_directory():
    result = CliRunner().invoke(cli, ["eval", str(GOLD / "heldout")])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (GOLD / "heldout").glob("*.jsonl"))
    assert all(name in result.output for name in files)
    assert f"all {len(files)} files:" in result.output


def test_seed_gold():
    seed = SHARED / "seed" / "nplv-2024-05-01.txt"
    if not seed.exists():
        pytest.skip("../shared is absent")
    scores = _run(GOLD / "nplv-2024-05-01.jsonl", "--text", seed)
    assert scores["PER"][2] >= 0.95 and scores["LOC"][2] >= 0.95 and scores["ORG"][2] >= 0.8, scores


def test_gold_offsets_are_checked(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("Hugo de Jonge sprak.", encoding="utf-8")
    gold = tmp_path / "t.jsonl"
    gold.write_text('{"text": "Hugo", "label": "PER", "start": 0, "end": 13}\n', encoding="utf-8")
    with pytest.raises(ValueError):
        evaluate.read_jsonl(gold, text)


def test_conll_reader_and_scoring():
    docs = evaluate.read_conll(FIXTURES / "gold.conll")
    assert len(docs) == 1
    doc = docs[0]
    assert {doc.text[s:e] for s, e, _ in doc.gold} == {"Hugo de Jonge", "Rotterdam", "SCP", "Amsterdam"}
    scores = _run(FIXTURES / "gold.conll", "--format", "conll")
    assert scores["ALL"] == (1.0, 1.0, 1.0)


def test_scores_fall_when_predictions_are_wrong(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("Minister Hugo de Jonge sprak in Rotterdam.", encoding="utf-8")
    gold = tmp_path / "t.jsonl"
    gold.write_text('{"text": "Rotterdam", "label": "ORG", "start": 32, "end": 41}\n', encoding="utf-8")
    scores = _run(gold)
    assert scores["ORG"] == (0.0, 0.0, 0.0) and scores["PER"][0] == 0.0


@pytest.mark.slow
def test_conll2002_testb():
    path = SHARED / "corpus" / "ner" / "conll2002" / "ned.testb"
    if not path.exists():
        pytest.skip("../shared corpus is absent")
    scores = _run(path)
    assert scores["PER"][2] >= 0.8 and scores["LOC"][2] >= 0.8, scores


def test_ingest_through_the_core_cli_stores_entities(tmp_path):
    seed = SHARED / "seed" / "nplv-2024-05-01.txt"
    if not seed.exists():
        pytest.skip("../shared is absent")
    db_path = tmp_path / "archive.db"
    result = CliRunner().invoke(cli, ["ingest", str(seed), "--db", str(db_path), "-q"])
    assert result.exit_code == 0, result.output
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    people = {r["name"] for r in db["people"].rows}
    assert {"Hugo de Jonge", "Roy Kramer", "Fokko Kramer", "Lodewijk Asscher"} <= people
    focus = {r[0] for r in db.execute(
        "select distinct p.name from places p join place_areas a on a.place_id = p.id where a.area_code = 'NPLV10'")}
    assert "Heerlen-Noord" in focus and "Oude Passart" in focus
