from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent)")
    return path


@pytest.fixture
def seed_path() -> Path:
    return shared_path("seed", "nplv-2024-05-01.txt")


@pytest.fixture
def archive(tmp_path):
    from ingest import Archive

    with Archive(tmp_path / "archive.db") as archive:
        yield archive
