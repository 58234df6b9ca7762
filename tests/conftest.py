"""Shared fixtures: the real spaCy pipeline (loaded once) and paths to the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dealwatch.pipeline import load_nlp

# The store backends (SQLite, PostgreSQL) every store behaviour test runs on.
pytest_plugins = ["backends"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.fail(f"{SHARED} is missing: tests and CI need ../shared beside the repo")
    return SHARED
