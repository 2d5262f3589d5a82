"""Many documents on one machine: :func:`extract_many`, in order, over a pool of processes.

This module owns the batching and the worker pool, nothing else: what a figure is and how
it is read stays in :mod:`moneyparse.extract`. The workers are plain processes running
:func:`~moneyparse.extract.extract`; documents go to them as ``str`` in chunks, and each
figure comes back as the tuple of its fields, made a :class:`~moneyparse.figure.Figure`
again here.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import fields
from decimal import Decimal
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from moneyparse.extract import extract
from moneyparse.figure import Figure, Kind

if TYPE_CHECKING:
    from concurrent.futures import Future

# How many chunks each worker may have queued or running at once. Two keeps every
# worker busy while the main process reads the next chunk and writes the last one, and
# bounds what is held in memory to about 2 * jobs * chunksize documents.
_CHUNKS_PER_WORKER = 2

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# A figure crosses between processes as the tuple of its fields, in this order: loading
# a pickled frozen dataclass (its __setstate__ walks the fields in Python) cost about
# twice as much as loading the tuple and calling Figure(*fields), and the main process,
# which loads every result, is the one a pool must keep idle.
_FIELDS = tuple(f.name for f in fields(Figure))
_Packed = list[list[tuple[Any, ...]]]


def _pack(figures: list[Figure]) -> list[tuple[Any, ...]]:
    return [tuple(getattr(fig, name) for name in _FIELDS) for fig in figures]


def _unpack(rows: list[tuple[Any, ...]]) -> list[Figure]:
    return [Figure(*row) for row in rows]


def _extract_chunk(
    chunk: list[str],
    default_currency: str | None,
    scale: Decimal | int | str | None,
    kinds: Collection[Kind] | None,
) -> _Packed:
    """The figures of each document of *chunk*, packed: the work one task carries to a worker."""
    return [_pack(extract(text, default_currency=default_currency, scale=scale, kinds=kinds)) for text in chunk]


def extract_many(
    texts: Iterable[str],
    *,
    jobs: int | None = None,
    chunksize: int = 64,
    default_currency: str | None = None,
    scale: Decimal | int | str | None = None,
    kinds: Collection[Kind] | None = None,
) -> Generator[list[Figure], None, None]:
    """The figures of each of *texts*, one list a document, in input order.

    It reads *texts* lazily and yields as it goes, so an unbounded stream (a generator
    over a folder, a database cursor) passes through in flat memory: at most
    ``2 * jobs * chunksize`` documents are held at once. Each list is what
    :func:`moneyparse.extract` gives for that document, ``equivalent_of`` indexes
    included.

    ``jobs=None`` or ``1`` works in this process. With ``jobs > 1`` documents go to a
    pool of that many worker processes in chunks of *chunksize*; the pool starts only
    once the input turns out to be longer than one chunk (a handful of documents is
    quicker read here than shipped to processes) and is shut down when the generator is
    exhausted or closed (``close()``, or leaving a ``with contextlib.closing(...)``).

    >>> from itertools import islice
    >>> from moneyparse import extract_many
    >>> docs = ["매출 1조2345억원", "특별한 숫자 없음", "주가는 3.5% 올랐고 목표가는 8만원"]
    >>> [[f.text for f in figures] for figures in extract_many(docs)]
    [['1조2345억원'], [], ['3.5%', '8만원']]
    >>> lazy = (f"{n}억원" for n in range(1, 10**9))      # an endless stream is fine
    >>> [str(figures[0].value) for figures in islice(extract_many(lazy, chunksize=4), 3)]
    ['100000000', '200000000', '300000000']
    >>> list(extract_many(["3조~4조 달러"], jobs=2))[0][0].currency
    'USD'

    :param texts: the documents; any iterable of ``str`` (not a ``str`` itself).
    :param jobs: worker processes; ``None`` or ``1`` for none.
        :func:`available_cores` gives the cores this process may use.
    :param chunksize: documents sent to a worker at a time.
    :param default_currency: as for :func:`moneyparse.extract`.
    :param scale: as for :func:`moneyparse.extract`.
    :param kinds: as for :func:`moneyparse.extract`.
    :raises TypeError: if *texts* is a ``str``, or (as it is reached) one of them is not.
    :raises ValueError: if *jobs* or *chunksize* is below 1.
    """
    if isinstance(texts, str):
        raise TypeError("extract_many reads an iterable of documents, not one str; use extract() for a single text")
    if jobs is not None and jobs < 1:
        raise ValueError(f"jobs must be 1 or more (or None), got {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be 1 or more, got {chunksize}")
    if jobs is None or jobs == 1:
        one = partial(extract, default_currency=default_currency, scale=scale, kinds=kinds)
        return (one(text) for text in texts)
    work = partial(_extract_chunk, default_currency=default_currency, scale=scale, kinds=kinds)
    return _unpacked(pooled(iter(texts), work, jobs, chunksize))


def _unpacked(rows: Generator[list[tuple[Any, ...]], None, None]) -> Generator[list[Figure], None, None]:
    with closing(rows):  # closing this closes the pool's generator, and the pool
        for row in rows:
            yield _unpack(row)


def pooled(
    items: Iterator[T],
    work: Callable[[list[T]], list[R]],
    jobs: int,
    chunksize: int,
) -> Generator[R, None, None]:
    """``work`` over chunks of *items* in a pool of *jobs* processes, results in input
    order, a bounded number of chunks in flight. With one job, or no more than one chunk
    of input, no pool is started and the work is done here. The command line renders its
    output in the workers through this, not only reads."""
    first = list(islice(items, chunksize))
    second = list(islice(items, chunksize))
    if jobs == 1 or not second:  # one chunk or less: no pool to start
        yield from work(first)
        if second:
            yield from work(second)
            while chunk := list(islice(items, chunksize)):
                yield from work(chunk)
        return
    # Imported here: concurrent.futures and multiprocessing cost `import moneyparse`
    # several milliseconds that in-process callers never use.
    from concurrent.futures import ProcessPoolExecutor

    # Executor.map would queue the whole input before yielding anything, so chunks are
    # submitted one by one and at most jobs * _CHUNKS_PER_WORKER are pending.
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        try:
            pending.append(pool.submit(work, first))
            pending.append(pool.submit(work, second))
            del first, second
            while pending:
                while len(pending) < jobs * _CHUNKS_PER_WORKER:
                    chunk = list(islice(items, chunksize))
                    if not chunk:
                        break
                    pending.append(pool.submit(work, chunk))
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
