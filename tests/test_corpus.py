"""The annotated corpus of ../shared/corpus, scored with the shared scorer and held to floors.

The floors sit a little under the scores measured when they were set, so that a
regression fails CI while an improvement only needs the floor raised.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_corpus.py"

#   corpus file               exact floor  recall floor  precision floor
# (all three files at 100% when set; one miss in the 44 seeds is 2.3%)
FLOORS = {
    "seeds_dev.jsonl": (0.97, 0.99, 0.99),
    "news_dev_economy.jsonl": (0.98, 0.99, 0.99),
    "news_dev_markets.jsonl": (0.98, 0.99, 0.99),
}


def _score(path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(SCORER), str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout.splitlines()
    crashes_line, summary = out[-2], out[-1]
    parts = {p.split()[0]: p.split()[1] for p in summary.replace("·", "|").split("|") if p.strip()}
    counts = {p.strip().rsplit(" ", 1)[0]: p.strip().rsplit(" ", 1)[1] for p in crashes_line.split("·")}
    return {
        "exact": float(parts["exact"].split("/")[0]) / float(parts["exact"].split("/")[1]),
        "recall": float(parts["recall"].rstrip("%")) / 100,
        "precision": float(parts["precision"].rstrip("%")) / 100,
        "crashes": float(counts["crashes"]),
        "traps": float(counts["trap hits"]),
        "spans": float(counts["spans exact"].split("/")[0]) / float(counts["spans exact"].split("/")[1]),
    }


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/ (the annotated corpus and its scorer) is absent")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_corpus_scores_stay_above_floor(name: str) -> None:
    path = SHARED / "corpus" / name
    if not path.exists():
        pytest.skip(f"{name} is not in ../shared/corpus")
    score = _score(path)
    exact, recall, precision = FLOORS[name]
    assert score["crashes"] == 0
    assert score["traps"] == 0
    assert score["exact"] >= exact, score
    assert score["recall"] >= recall, score
    assert score["precision"] >= precision, score
    assert score["spans"] >= exact, score  # the figure's surface as the corpus writes it
