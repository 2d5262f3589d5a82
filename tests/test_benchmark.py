"""The benchmark's time budget runs and puts back what it wraps; its correct-figures
section prints numbers that agree with each other."""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "throughput.py"


@pytest.fixture
def bench() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("throughput_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["throughput_bench"] = module  # the dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop("throughput_bench", None)


def test_budget_times_each_outcome_and_restores_the_module(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    ex = importlib.import_module("moneyparse.extract")
    if not str(ex.__file__).endswith(".py"):
        pytest.skip("the compiled build (setup.py): its functions call each other in C, past any wrapper")
    before = {name: getattr(ex, name) for name in (*bench.BUDGETED, *bench.BUDGETED_ONCE)}
    bench.budget(["매출은 약 230억달러, 영업이익률은 35.47%다. 2024년 3월 1일"] * 20, 2_000, 1_000)
    out = capsys.readouterr().out
    assert "read_common: plain" in out and "read_common: marked" in out and "_not_a_figure: skip" in out
    assert "rest: the loops" in out
    assert all(getattr(ex, name) is func for name, func in before.items())


TEXT = "매출은 약 230억달러, 주가는 32,000원, 이익률은 1.9% 늘었다. 2024년 3월"
GOLD = [
    ("약 230억달러", "money", "23000000000", "USD", None, True),
    ("32,000원", "money", "32000", "KRW", None, False),
    ("1.9%", "percent", "1.9", None, "percent", False),
]


def _tiny_corpus(path: Path) -> Path:
    figures = []
    for surface, kind, value, currency, unit, approximate in GOLD:
        start = TEXT.index(surface)
        figures.append(
            {
                "surface": surface, "start": start, "end": start + len(surface), "kind": kind, "value": value,
                "low": value, "high": value, "currency": currency, "unit": unit, "per": None,
                "approximate": approximate, "bound": "eq",
            }
        )  # fmt: skip
    doc = {"id": "t-1", "text": TEXT, "figures": figures, "traps": ["2024년 3월"], "ignore": []}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_correct_figures_per_second_is_mb_per_s_times_exact_per_mb(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("price_parser")
    pytest.importorskip("quantulum3")
    if not bench.SCORER.is_file():
        pytest.skip("../shared/tools/score_corpus.py is absent")
    files = [_tiny_corpus(tmp_path / "tiny.jsonl")]
    modules = dict(sys.modules)
    bench.correct([TEXT] * 20, 2_000, 1_000, 300, 1, files=files)
    out = capsys.readouterr().out
    assert sys.modules["moneyparse"] is modules["moneyparse"]  # the peers' stand-in is gone
    rows = {}
    for name in ("moneyparse", "price-parser", "quantulum3"):
        m = re.search(rf"^{name} +(\S+) +(\d+)/(\d+) +(\S+) +(\S+) +(\d+) +(\d+)$", out, re.MULTILINE)
        assert m, (name, out)
        mb_s, exact, gold, exact_mb, per_s, _, best = m.groups()
        assert int(gold) == len(GOLD) and int(exact) <= int(best) <= int(gold)
        mb = len(TEXT.encode("utf-8")) / 1e6
        assert float(exact_mb) == pytest.approx(int(exact) / mb, abs=0.05)
        # correct/s = MB/s × exact/MB, up to the rounding of the printed numbers: correct/s to
        # a tenth, MB/s to three digits (half a percent at most), the two errors added
        product = float(mb_s) * float(exact_mb)
        assert abs(float(per_s) - product) <= 0.05 + 5e-3 * product, (per_s, mb_s, exact_mb)
        rows[name] = float(per_s)
    assert out.count("\n  ") >= 3  # what each system could reach at best
    for peer in ("price-parser", "quantulum3"):
        m = re.search(rf"^moneyparse/{peer} +(correct/s x([\d,.]+)|no ratio)", out, re.MULTILINE)
        assert m, (peer, out)
        if m[2]:
            assert float(m[2].replace(",", "")) == pytest.approx(rows["moneyparse"] / rows[peer], rel=0.02)
    assert re.search(r"^moneyparse/floor \d\.\d+ \(1/[\d.]+\)", out, re.MULTILINE)
    # price-parser reads 32,000원 and nothing else exactly; moneyparse reads all three
    assert re.search(r"^moneyparse .* 3/3 ", out, re.MULTILINE)
    assert re.search(r"^price-parser .* 1/3 ", out, re.MULTILINE)


def test_correct_says_when_the_scorer_is_absent(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench.correct([TEXT] * 20, 2_000, 1_000, 300, 1, files=[], scorer_path=tmp_path / "absent.py")
    out = capsys.readouterr().out
    assert "score_corpus.py is absent: no figure is scored" in out
    assert re.search(r"moneyparse/floor \d\.\d+ \(1/[\d.]+\)", out)
