"""The benchmark's time budget runs, and puts back what it wraps."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "throughput.py"


def test_budget_times_each_outcome_and_restores_the_module(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("throughput_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["throughput_bench"] = bench
    try:
        spec.loader.exec_module(bench)
        ex = importlib.import_module("moneyparse.extract")
        before = {name: getattr(ex, name) for name in (*bench.BUDGETED, *bench.BUDGETED_ONCE)}
        bench.budget(["매출은 약 230억달러, 영업이익률은 35.47%다. 2024년 3월 1일"] * 20, 2_000, 1_000)
    finally:
        sys.modules.pop("throughput_bench", None)
    out = capsys.readouterr().out
    assert "read_common: plain" in out and "read_common: marked" in out and "_not_a_figure: skip" in out
    assert "rest: the loops" in out
    assert all(getattr(ex, name) is func for name, func in before.items())
