"""Running text: ``tests/cases/sentences.tsv``, each sentence with every figure
``extract`` must give, as ``surface|kind|value|currency or unit|bound`` (``-`` for none),
and a sixth part, ``approximate`` or ``exact``, where the row says whether it is approximate.

The sentences are written for these tests, in the shapes that unseen news showed.
"""

from __future__ import annotations

import pytest

from moneyparse import extract
from tests.test_cases import _params

COLUMNS = ("input", "figures", "note")


def _expected(cell: str) -> list[tuple[str, ...]]:
    if cell == "-":
        return []
    return [tuple(entry.split("|")) for entry in cell.split(" ; ")]


@pytest.mark.parametrize("row", _params("sentences.tsv", COLUMNS))
def test_sentence(row: dict[str, str | None]) -> None:
    expected = _expected(row["figures"] or "")
    figures = extract(row["input"] or "")
    got = [
        (
            f.text,
            f.kind.value,
            str(f.value) if f.value is not None else f"{f.low}..{f.high}",
            f.currency or f.unit or "",
            f.bound.value,
            *(("approximate" if f.approximate else "exact",) if i < len(expected) and len(expected[i]) == 6 else ()),
        )
        for i, f in enumerate(figures)
    ]
    assert got == expected
