"""Many threads calling ``extract`` and ``parse`` get the answers of one thread (SPEC §3).

The core keeps no state that changes after import (STYLE §2); its only caches are the
tables built on first use (``lru_cache``) and the pint registry that ``to_quantity``
shares (built once, under a lock). So the threaded runs here start with those caches
emptied and the threads released together by a barrier, the switch interval cut short so
that they interleave inside the readers, not between calls. ``format`` and
``to_quantity`` are run the same way.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import moneyparse.format
import moneyparse.grammar
import moneyparse.lexicon.currencies
import moneyparse.quantity
from moneyparse import ParseError, extract, parse

THREADS = 8
CORPUS = Path(__file__).parent.parent.parent / "shared" / "corpus"
CORPUS_LINES = 200  # enough documents to meet every rule, few enough to stay fast

# Texts beyond the news sample: each family of figure, equivalents, a table, errors.
EXTRA_TEXTS = (
    "약 230억달러(약 25조원)",
    "(단위: 억원)\n| 매출 | 1,234 | 987 |",
    "3~4조원",
    "1억383만 원대",
    "△삼성전자 △LG전자",
    "1조 달러 2",
    "",
    "원",
    "1..2억",
    "\ud8001억원",
    "수십억원 규모",
    "주당 1,000원",
)


def _news_lines() -> list[str]:
    sample = files("moneyparse").joinpath("data/sample_news_ko.txt").read_text(encoding="utf-8")
    return [line for line in sample.splitlines() if line.strip()]


def _corpus_lines() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts[:CORPUS_LINES]


def _answer(text: str) -> tuple[Any, ...]:
    """What both readers say about *text*, as plain data: figures, or the error's facts."""
    figures = tuple(tuple(sorted(f.to_dict().items())) for f in extract(text))
    try:
        parsed: tuple[Any, ...] = ("figure", tuple(sorted(parse(text).to_dict().items())))
    except ParseError as err:
        parsed = ("error", err.position, err.reason)
    return figures, parsed


def _lazy_caches() -> Iterator[Callable[[], None]]:
    """``cache_clear`` of each function in the core that builds a table on first use."""
    grammar = [
        importlib.import_module(f"moneyparse.grammar.{m.name}")
        for m in pkgutil.iter_modules(moneyparse.grammar.__path__)
    ]
    for module in (*grammar, moneyparse.lexicon.currencies, moneyparse.format):
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == module.__name__:
                yield clear


def _threaded_answers(
    texts: Sequence[str], answer: Callable[[str], tuple[Any, ...]], *, cold_registry: bool
) -> list[dict[str, tuple[Any, ...]]]:
    """Each thread's answers for all of *texts*, read in its own shuffled order."""
    for clear in _lazy_caches():
        clear()
    if cold_registry:
        moneyparse.quantity._default = None  # built again, under its lock, by whichever thread comes first
    barrier = threading.Barrier(THREADS)

    def work(seed: int) -> dict[str, tuple[Any, ...]]:
        order = list(texts)
        random.Random(seed).shuffle(order)
        barrier.wait()
        return {text: answer(text) for text in order}

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            return list(pool.map(work, range(THREADS)))
    finally:
        sys.setswitchinterval(interval)


def _assert_same_as_one_thread(
    texts: Sequence[str], answer: Callable[[str], tuple[Any, ...]] = _answer, *, cold_registry: bool = False
) -> None:
    expected = {text: answer(text) for text in texts}
    for index, answers in enumerate(_threaded_answers(texts, answer, cold_registry=cold_registry)):
        for text in texts:
            assert answers[text] == expected[text], f"thread {index} differs on {text[:60]!r}"


def test_threads_agree_on_news_and_hard_texts() -> None:
    """Eight threads, caches cold, give the single-threaded answers on the news sample and hard texts."""
    _assert_same_as_one_thread(_news_lines() + list(EXTRA_TEXTS))


def test_threads_agree_on_the_corpus() -> None:
    """Eight threads give the single-threaded answers on the shared corpus."""
    texts = _corpus_lines()
    if not texts:
        pytest.skip(f"no annotated corpus: {CORPUS}/*.jsonl is absent (it lives beside the project, in ../shared)")
    _assert_same_as_one_thread(texts)


def _written_and_measured(text: str) -> tuple[Any, ...]:
    """Each figure of *text* written in Korean and English, and as pint quantities (two for a range or band)."""
    return tuple(
        (f.format("ko_KR"), f.format("en_US"), str(f.to_quantity() if f.value is not None else f.to_quantity_bounds()))
        for f in extract(text)
    )


def test_threads_agree_on_format_and_quantities() -> None:
    """Eight threads writing figures and building quantities, the shared registry built by the first, agree."""
    shared = moneyparse.quantity.default_registry()
    try:
        _assert_same_as_one_thread(_news_lines(), _written_and_measured, cold_registry=True)
    finally:
        moneyparse.quantity._default = shared  # quantities made by other tests keep one registry


def test_lazy_caches_are_found() -> None:
    """The threaded runs really start cold: the table builders are found and emptied."""
    assert len(list(_lazy_caches())) >= 2
