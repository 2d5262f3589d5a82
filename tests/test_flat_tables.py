"""Flattened tables in plain text (moneyparse.flat), one case a block of ``data/flat_tables.txt``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from moneyparse import Kind, extract

DATA = Path(__file__).parent / "data" / "flat_tables.txt"

Want = tuple[str, str, Decimal, str | None, str | None, str | None]


def _cases() -> list[tuple[str, str, list[Want]]]:
    """The blocks of the data file as (name, text, figures)."""
    cases: list[tuple[str, str, list[Want]]] = []
    lines = DATA.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].startswith("=== "):
            i += 1
            continue
        name = lines[i][4:]
        i += 1
        text: list[str] = []
        while lines[i] != "--- figures":
            text.append(lines[i])
            i += 1
        i += 1
        want: list[Want] = []
        while i < len(lines) and lines[i] and not lines[i].startswith("=== "):
            surface, kind, value, unit, row, column = (None if c == "-" else c for c in lines[i].split("\t"))
            assert surface is not None and kind is not None and value is not None
            want.append((surface, kind, Decimal(value), unit, row, column))
            i += 1
        cases.append((name, "\n".join(text), want))
    assert len({name for name, _, _ in cases}) == len(cases), "a repeated case name"
    return cases


CASES = _cases()


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_flat_table(name: str, text: str, want: list[Want]) -> None:
    got = []
    for f in extract(text):
        assert text[f.start : f.end] == f.text
        assert isinstance(f.value, Decimal)
        unit = f.currency if f.kind is Kind.MONEY else f.unit
        got.append((f.text, f.kind.value, f.value, unit, f.row, f.column))
    assert got == want


def test_the_data_has_traps_and_figures() -> None:
    assert sum(1 for _, _, want in CASES if not want) >= 6
    assert sum(1 for _, _, want in CASES if want) >= 10


def test_bare_numbers_of_a_flat_row_are_not_kept_twice() -> None:
    text = "(단위: 억원)\n구분 2024 2023\n매출 1,234 (987)"
    got = [(f.text, f.kind) for f in extract(text, kinds=set(Kind))]
    assert got == [("2024", Kind.NUMBER), ("2023", Kind.NUMBER), ("1,234", Kind.MONEY), ("(987)", Kind.MONEY)]
