"""Running text: ``tests/cases/sentences.tsv``, each sentence with every figure
``extract`` must give, as ``surface|kind|value|currency or unit|bound`` (``-`` for none).

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
    got = [
        (
            f.text,
            f.kind.value,
            str(f.value) if f.value is not None else f"{f.low}..{f.high}",
            f.currency or f.unit or "",
            f.bound.value,
        )
        for f in extract(row["input"] or "")
    ]
    assert got == _expected(row["figures"] or "")
