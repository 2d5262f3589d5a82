"""extract_many: the figures of many documents, in order, in this process or a pool."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

import pytest

from moneyparse import Kind, extract, extract_many
from moneyparse.cli import sample_text

DOCS = [line for line in sample_text().splitlines() if line.strip()]


def _stream(count: int) -> Iterator[str]:
    """A generator of documents, each different, so a reordering would show."""
    for n in range(count):
        yield f"{DOCS[n % len(DOCS)]} 끝으로 {n}억원."


@pytest.mark.parametrize("jobs", [None, 1, 2])
def test_same_figures_as_extract_in_input_order(jobs: int | None) -> None:
    got = list(extract_many(_stream(100), jobs=jobs, chunksize=3))
    assert got == [extract(text) for text in _stream(100)]


def test_options_reach_the_workers() -> None:
    texts = ["(단위: 억원)\n| 매출 | 1,234 |", "1조 달러, 20%"] * 10
    got = list(extract_many(texts, jobs=2, chunksize=2, kinds=[Kind.MONEY], default_currency="KRW"))
    assert got == [extract(t, kinds=[Kind.MONEY], default_currency="KRW") for t in texts]


def test_reads_its_input_lazily() -> None:
    """Only a bounded number of documents is taken ahead of what has been yielded."""
    taken = 0

    def endless() -> Iterator[str]:
        nonlocal taken
        while True:
            taken += 1
            yield "3천억원"

    results = extract_many(endless(), jobs=2, chunksize=5)
    assert len(list(islice(results, 12))) == 12
    assert taken <= 2 * 2 * 5 + 12
    results.close()


def test_a_str_is_not_a_stream_of_documents() -> None:
    with pytest.raises(TypeError, match="not one str"):
        extract_many("1조원")


def test_a_document_that_is_not_a_str_is_a_type_error_from_a_worker_too() -> None:
    # the pure build says "reads a str, not int", the compiled one "str object expected; got int"
    with pytest.raises(TypeError, match=r"str.*int"):
        list(extract_many(["1조원"] * 20 + [3], jobs=2, chunksize=4))  # type: ignore[list-item]


@pytest.mark.parametrize(("jobs", "chunksize"), [(0, 8), (-1, 8), (2, 0)])
def test_bad_pool_sizes_are_value_errors(jobs: int, chunksize: int) -> None:
    with pytest.raises(ValueError):
        extract_many([], jobs=jobs, chunksize=chunksize)
