"""Rates: ``tests/cases/rates.tsv`` read by ``parse``, ``rates_in_text.tsv`` by ``extract``.

The first table has the figure columns of ``test_cases`` plus ``per_amount``; the second
gives each sentence's figures as ``surface=per/per_amount`` (``-`` for none), in order.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from moneyparse import extract, parse
from tests.test_cases import DECIMAL_FIELDS, FIGURE_COLUMNS, _expected, _params

RATE_COLUMNS = (*FIGURE_COLUMNS[:8], "per_amount", *FIGURE_COLUMNS[8:])
IN_TEXT_COLUMNS = ("input", "figures", "note")


@pytest.mark.parametrize("row", _params("rates.tsv", RATE_COLUMNS))
def test_rates(row: dict[str, str | None]) -> None:
    got = parse(row["input"] or "").to_dict()
    actual: dict[str, Any] = {column: got[column] for column in RATE_COLUMNS if column not in ("input", "note")}
    for field in (*DECIMAL_FIELDS, "per_amount"):
        actual[field] = None if actual[field] is None else Decimal(actual[field])
    expected = _expected(row) | {"per_amount": Decimal(row["per_amount"] or "")}
    assert actual == expected


def _figures(cell: str) -> list[tuple[str, str | None, Decimal | None]]:
    out: list[tuple[str, str | None, Decimal | None]] = []
    for entry in cell.split(" ; "):
        surface, _, rate = entry.rpartition("=")
        per, _, amount = rate.partition("/")
        out.append((surface, None if per == "-" else per, None if amount == "-" else Decimal(amount)))
    return out


@pytest.mark.parametrize("row", _params("rates_in_text.tsv", IN_TEXT_COLUMNS))
def test_rates_in_text(row: dict[str, str | None]) -> None:
    got = [(f.text, f.per, f.per_amount) for f in extract(row["input"] or "")]
    assert got == _figures(row["figures"] or "")
