"""governing.tsv checked against the raw CIA World Factbook extract
(scripts/check_governing.py); the script's parsing on hand-written lines.

The check against the raw data skips when ``../shared/data/knowledge`` is
absent (the raw data is never committed)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_governing.py"
KNOWLEDGE = ROOT.parent / "shared" / "data" / "knowledge"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_governing", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_governing"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_first_leader_and_the_day_they_took_office() -> None:
    cg = _script()
    t = cg.first_tenure(
        "Prime Minister Anthony ALBANESE (since 23 May 2022); Deputy Prime "
        "Minister Richard MARLES (since 23 May 2022)",
        "2022-05-26",
        "head of government",
    )
    assert (t.name, t.since) == ("Prime Minister Anthony ALBANESE", "2022-05-23")
    t = cg.first_tenure(
        "Prime Minister ANUTIN Charnvirakul (since 5 Sep 2025)", "x", "f"
    )
    assert t.since == "2025-09-05"


def test_a_party_leader_is_matched_by_family_and_given_name() -> None:
    cg = _script()
    assert cg.leads("Prime Minister Manmohan SINGH", "Manmohan SINGH")
    assert not cg.leads("Prime Minister Manmohan SINGH", "Rajnath SINGH")
    leaders = cg.party_leaders("Likud [Binyamin NETANYAHU]\nShas [Aryeh DERI]")
    assert leaders == {"Likud": "Binyamin NETANYAHU", "Shas": "Aryeh DERI"}


def test_factbook_party_names_match_the_tables_patterns() -> None:
    cg = _script()
    assert cg._matches("Christian Democratic Union or CDU", {"cdu"})
    assert cg._matches("New Zealand Labor Party", {"new zealand labour party"})
    assert cg._matches("Conservative", {"conservative party"})
    assert not cg._matches("Liberal Democratic Party or LDP", {"cdu", "fdp"})


@pytest.mark.data
@pytest.mark.skipif(
    not (KNOWLEDGE / "factbook" / "government.jsonl.gz").is_file(),
    reason="the raw Factbook extract (../shared/data/knowledge/factbook) is absent",
)
def test_no_governing_row_contradicts_the_factbook() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--data", str(KNOWLEDGE)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "MISMATCH 0" in done.stdout
