"""Speed and memory of moneyparse, as ratios against baselines timed in the same run.

    python benchmarks/throughput.py --mb 20

Builds a corpus of about N MB of documents from the bundled sample and, where it is
there, ``../shared/corpus/*.jsonl`` (the annotated news of the project's shared folder),
then prints, section by section:

- throughput of ``extract`` in MB/s (UTF-8 bytes), against a floor (one pass of one
  compiled ``re`` pattern that finds digit runs with their scale words) and against the
  peers price-parser and quantulum3 (``pip install -e '.[bench]'``);
- correct figures per second: each system's MB/s times the exact figures it returns per MB
  of the annotated corpus, counted by the shared scorer (``../shared/tools/score_corpus.py``)
  itself, and the ratios of moneyparse's to the peers';
- cost growth for one document of 10 KB, 100 KB, 1 MB and 10 MB;
- peak memory while streaming 5 MB and 50 MB through ``extract_many`` (fresh processes);
- ``import moneyparse`` time (fresh processes);
- ``extract_many`` and ``moneyparse --jobs`` with 2 processes against 1;
- ``re`` against ``regex`` for the scanner's anchor pattern and for the floor;
- a cProfile of the hot path: the functions and the modules where the time goes;
- the time budget: what the anchors of a megabyte turn out to be (a plain figure, a
  marked one, a bare number, a skipped date…), how many there are and what each kind
  costs, against the time a megabyte may take at the peer's and the floor's targets.

No number is compared with a constant: every ratio divides two timings of this run, so
the figures mean the same on a slow machine and a fast one. Timings are best of
``--repeat`` passes (the least disturbed by other work on the machine).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import importlib.util
import io
import json
import os
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import cycle
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import moneyparse
from moneyparse.cli import sample_text
from moneyparse.scanner import ANCHOR

if TYPE_CHECKING:
    import regex

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO / ".." / "shared" / "corpus"
MB = 1_000_000

# The floor: digit runs (comma-grouped, maybe a decimal part) and the scale words after
# them, the least any reader of Korean figures must do. One compiled pattern, one pass.
FLOOR = r"[0-9][0-9,.]*\s?[십백천만억조경]*"

# A token that holds a digit: what price-parser is handed (it reads one price a string).
DIGIT_TOKEN = re.compile(r"\S*[0-9]\S*")


def documents() -> list[str]:
    """The benchmark's distinct documents: the sample's paragraphs and the shared corpus."""
    docs = [line for line in sample_text().splitlines() if line.strip()]
    if SHARED_CORPUS.is_dir():
        for path in sorted(SHARED_CORPUS.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    docs.append(json.loads(line)["text"])
    return docs


def nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def corpus(docs: Sequence[str], size: int) -> list[str]:
    """Documents, cycling through *docs*, until their UTF-8 size reaches *size* bytes."""
    return list(stream(docs, size))


def stream(docs: Sequence[str], size: int) -> Iterator[str]:
    """A lazy :func:`corpus`: nothing is held but the document being read."""
    total = 0
    for doc in cycle(docs):
        if total >= size:
            return
        total += nbytes(doc)
        yield doc


def best_of(repeat: int, run: Callable[..., object], *args: object) -> float:
    """The fastest of *repeat* calls of ``run(*args)``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run(*args)
        best = min(best, time.perf_counter() - started)
    return best


def mb_per_s(size: int, seconds: float) -> float:
    return size / MB / seconds


def rate(x: float) -> str:
    """A rate in MB/s to three significant digits, however small."""
    return f"{x:9.3g} MB/s"


# --- the readers timed ------------------------------------------------------------


def read_moneyparse(docs: Sequence[str]) -> int:
    return sum(len(moneyparse.extract(doc)) for doc in docs)


def read_many(docs: Sequence[str], jobs: int) -> int:
    return sum(len(figures) for figures in moneyparse.extract_many(docs, jobs=jobs))


def timed_many(docs: Sequence[str], jobs: int) -> tuple[float, float, float]:
    """Wall seconds, this process's CPU seconds and its workers' CPU seconds of read_many."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time()
    started = time.perf_counter()
    read_many(docs, jobs)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    return wall, cpu, workers


def extract_passes(text: str, passes: int) -> None:
    for _ in range(passes):
        moneyparse.extract(text)


def floor_reader(module: object) -> Callable[[Sequence[str]], int]:
    """The floor pattern compiled by *module* (``re`` or ``regex``), as a reader."""
    pattern = module.compile(FLOOR)  # type: ignore[attr-defined]

    def read(docs: Sequence[str]) -> int:
        return sum(1 for doc in docs for _ in pattern.finditer(doc))

    return read


def anchor_reader(pattern: re.Pattern[str] | regex.Pattern[str]) -> Callable[[Sequence[str]], int]:
    def read(docs: Sequence[str]) -> int:
        return sum(1 for doc in docs for _ in pattern.finditer(doc))

    return read


def price_parser_reader() -> Callable[[Sequence[str]], int] | str:
    try:
        from price_parser import Price
    except ImportError:
        return "not installed (pip install -e '.[bench]')"

    def read(docs: Sequence[str]) -> int:
        found = 0
        for doc in docs:
            for token in DIGIT_TOKEN.findall(doc):
                if Price.fromstring(token).amount is not None:
                    found += 1
        return found

    return read


def quantulum_reader() -> Callable[[Sequence[str]], int] | str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # it warns that its optional classifier is absent
            from quantulum3 import parser
    except ImportError:
        return "not installed (pip install -e '.[bench]')"
    except Exception as exc:  # a broken install of a peer must not end the benchmark
        return f"unusable: {type(exc).__name__}: {exc}"

    def read(docs: Sequence[str]) -> int:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return sum(len(parser.parse(doc)) for doc in docs)

    return read


# --- the sections -----------------------------------------------------------------


@dataclass
class PeerRate:
    """A peer's MB/s over the first documents of the corpus, and moneyparse's over the same."""

    name: str
    size: int
    theirs: float
    mine: float
    found: int  # in the first 50 documents


@dataclass
class Rates:
    """What the throughput section measures: MB/s of moneyparse, the floor and the peers."""

    documents: int
    size: int
    moneyparse: float
    floor: float
    moneyparse_found: int  # in the first 50 documents
    floor_found: int
    peers: dict[str, PeerRate | str] = field(default_factory=dict)  # a str says why a peer was not timed


def measure(docs: Sequence[str], size: int, peer_size: int, quantulum_size: int, repeat: int) -> Rates:
    texts = corpus(docs, size)
    total = sum(nbytes(t) for t in texts)
    floor = floor_reader(re)
    mp_s = best_of(1, read_moneyparse, texts)
    floor_s = best_of(repeat, floor, texts)
    mp_rate, floor_rate = mb_per_s(total, mp_s), mb_per_s(total, floor_s)
    rates = Rates(len(texts), total, mp_rate, floor_rate, read_moneyparse(texts[:50]), floor(texts[:50]))
    # The peers are slow: each is timed on the first documents only, and moneyparse
    # again on the very same documents, so each ratio compares like with like.
    for name, reader, budget, passes in (
        ("price-parser", price_parser_reader(), peer_size, repeat),
        ("quantulum3", quantulum_reader(), quantulum_size, 1),
    ):
        if isinstance(reader, str):
            rates.peers[name] = reader
            continue
        sub = corpus(docs, min(budget, total))
        sub_total = sum(nbytes(t) for t in sub)
        mine = mb_per_s(sub_total, best_of(repeat, read_moneyparse, sub))
        theirs = mb_per_s(sub_total, best_of(passes, reader, sub))
        rates.peers[name] = PeerRate(name, sub_total, theirs, mine, reader(sub[:50]))
    return rates


def throughput(docs: Sequence[str], size: int, peer_size: int, quantulum_size: int, repeat: int) -> Rates:
    rates = measure(docs, size, peer_size, quantulum_size, repeat)
    print(f"\n## Throughput over {rates.documents} documents, {rates.size / MB:.1f} MB")
    mp_rate, floor_rate = rates.moneyparse, rates.floor
    print(f"moneyparse extract   {rate(mp_rate)}   {rates.moneyparse_found:>6} figures in the first 50 docs")
    print(f"floor (one re pass)  {rate(floor_rate)}   {rates.floor_found:>6} matches in the first 50 docs")
    print(f"moneyparse/floor     {mp_rate / floor_rate:9.4f}   (1/{floor_rate / mp_rate:.1f})")
    for name, peer in rates.peers.items():
        if isinstance(peer, str):
            print(f"{name:<20} {peer}")
            continue
        print(
            f"{name:<20} {rate(peer.theirs)}   {peer.found:>6} found in the first 50 docs   "
            f"(on {peer.size / MB:.2f} MB, where moneyparse reads {peer.mine:.2f} MB/s:"
            f" moneyparse/{name} {peer.mine / peer.theirs:.3g})"
        )
    return rates


def growth(docs: Sequence[str]) -> None:
    print("\n## Cost growth: one document of each size")
    base = None
    for size in (10_000, 100_000, 1_000_000, 10_000_000):
        text = "\n".join(corpus(docs, size))
        passes = max(1, 1_000_000 // size)
        seconds = best_of(3 if size <= MB else 1, extract_passes, text, passes) / passes
        per_kb = seconds / (nbytes(text) / 1000) * 1e6
        base = base or per_kb
        print(f"{size // 1000:>6} KB   {seconds * 1000:10.1f} ms   {per_kb:8.1f} µs/KB   x{per_kb / base:.2f} of 10 KB")


_STREAM_SCRIPT = """
import resource, sys
sys.path.insert(0, {bench!r})
from throughput import documents, peak_kib, stream
from moneyparse import extract_many
docs = documents()
figures = sum(len(f) for f in extract_many(stream(docs, {size}), jobs={jobs}))
children_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(peak_kib(), children_kib, figures)
"""


def peak_kib() -> int:
    """This process's peak resident set size in KiB.

    Linux's VmHWM where there is one: ``ru_maxrss`` survives ``exec``, so a process
    started from a large one would report its parent's peak as its own.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def memory(docs: Sequence[str], sizes: Sequence[int], jobs: int) -> None:
    print(f"\n## Peak memory streaming through extract_many (a fresh process each, jobs={jobs})")
    print("peak resident set of the main process and of its largest worker process")
    first = None
    for size in sizes:
        code = _STREAM_SCRIPT.format(bench=str(Path(__file__).parent), size=size, jobs=jobs)
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        seconds = time.perf_counter() - started
        self_kib, children_kib, figures = (int(x) for x in out.split())
        peak = self_kib + children_kib
        first = first or peak
        print(
            f"{size / MB:6.1f} MB   main {self_kib / 1024:6.1f} MiB   worker {children_kib / 1024:6.1f} MiB   "
            f"{figures:>9} figures   {seconds:6.1f} s   main+worker x{peak / first:.2f} of the first"
        )


def import_time(repeat: int) -> None:
    """``import moneyparse`` in fresh processes: compiling moneyparse's sources each time (a
    shell with PYTHONDONTWRITEBYTECODE set, as on the project's machines), then as installed,
    reading the bytecode a first import wrote."""
    print("\n## import moneyparse (fresh process each)")
    code = "import time; t = time.perf_counter(); import moneyparse; print(time.perf_counter() - t)"
    package = Path(moneyparse.__file__).parent
    for cache in package.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)  # moneyparse's own bytecode only; the stdlib's stays
    compiling = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for label, env in (("from source", compiling), ("bytecode cached", cached)):
        if env is cached:
            subprocess.run([sys.executable, "-c", "import moneyparse"], env=env, check=True)  # writes the bytecode
        runs = sorted(
            float(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout)
            for _ in range(max(3, repeat))
        )
        median = runs[len(runs) // 2]
        print(f"{label:16} best {runs[0] * 1000:.0f} ms   median {median * 1000:.0f} ms   of {len(runs)} runs")


def jobs(docs: Sequence[str], size: int, files: int) -> None:
    print(f"\n## Processes: extract_many and the command line, 2 against 1 (this machine: {os.cpu_count()} cores)")
    texts = corpus(docs, size)
    total = sum(nbytes(t) for t in texts)
    one, cpu_one, _ = timed_many(texts, 1)
    two, cpu_main, cpu_workers = timed_many(texts, 2)
    print(f"extract_many {total / MB:.1f} MB   jobs=1 {one:6.2f} s   jobs=2 {two:6.2f} s   speed-up x{one / two:.2f}")
    # Wall time is at the mercy of whatever else runs on the cores; CPU time is not. If
    # the 2-process run costs little more CPU than the 1-process one, the speed-up on
    # two idle cores is near 2 whatever the wall clock said here.
    print(
        f"  CPU seconds: jobs=1 {cpu_one:.2f}   jobs=2 main {cpu_main:.2f} + workers {cpu_workers:.2f}"
        f"   = x{(cpu_main + cpu_workers) / cpu_one:.2f} the work;"
        f" on 2 idle cores: speed-up x{cpu_one / max(cpu_main, (cpu_main + cpu_workers) / 2):.2f} at best"
    )
    with tempfile.TemporaryDirectory() as tmp:
        # The same corpus as articles of about size/files bytes each (5 KB for 5 MB).
        for n in range(files):
            Path(tmp, f"doc{n:05d}.txt").write_text("\n".join(texts[n::files]), encoding="utf-8")
        outputs = {}
        seconds = {}
        for j in (1, 2):
            started = time.perf_counter()
            run = subprocess.run(
                [sys.executable, "-m", "moneyparse", "--jobs", str(j), "--format", "jsonl", "--quiet", tmp],
                capture_output=True,
                check=False,
            )
            seconds[j] = time.perf_counter() - started
            outputs[j] = run.stdout
        same = "same figures" if outputs[1] == outputs[2] else "DIFFERENT figures"
        lines = outputs[1].count(b"\n")
        print(
            f"moneyparse DIR ({files} files, {total / files / 1000:.0f} KB each)   "
            f"--jobs 1 {seconds[1]:6.2f} s   --jobs 2 {seconds[2]:6.2f} s   "
            f"speed-up x{seconds[1] / seconds[2]:.2f}   {same} ({lines} lines)"
        )


def engines(docs: Sequence[str], size: int, repeat: int) -> None:
    try:
        import regex  # only this section needs it (the bench extra)
    except ImportError:
        print("\n## re against regex: regex is not installed (pip install -e '.[bench]')")
        return
    texts = corpus(docs, size)
    total = sum(nbytes(t) for t in texts)
    print(
        f"\n## re against regex, {total / MB:.1f} MB (the scanner compiles ANCHOR with {ANCHOR.__class__.__module__})"
    )
    anchor_re = re.compile(ANCHOR.pattern, ANCHOR.flags)
    anchor_regex = regex.compile(ANCHOR.pattern, regex.VERBOSE | regex.V0)
    for name, read_re, read_regex in (
        ("ANCHOR", anchor_reader(anchor_re), anchor_reader(anchor_regex)),
        ("floor", floor_reader(re), floor_reader(regex)),
    ):
        assert read_re(texts[:500]) == read_regex(texts[:500]), f"{name}: re and regex disagree"
        a = mb_per_s(total, best_of(repeat, read_re, texts))
        b = mb_per_s(total, best_of(repeat, read_regex, texts))
        print(f"{name:<8} re {rate(a)}   regex {rate(b)}   re/regex x{a / b:.2f}")


def profile(docs: Sequence[str], size: int, top: int) -> None:
    texts = corpus(docs, size)
    total = sum(nbytes(t) for t in texts)
    print(f"\n## Profile of extract over {total / MB:.1f} MB (cProfile; its overhead inflates small calls)")
    prof = cProfile.Profile()
    prof.enable()
    read_moneyparse(texts)
    prof.disable()
    stats = pstats.Stats(prof)
    by_module: defaultdict[str, float] = defaultdict(float)
    rows = []
    for (filename, line, func), (_, ncalls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = Path(filename).name if "moneyparse" in filename else ("builtins" if filename == "~" else "other")
        by_module[where] += tottime
        rows.append((tottime, cumtime, ncalls, f"{Path(filename).name}:{line}({func})"))
    whole = sum(by_module.values())
    print(
        "own time by module: "
        + ",  ".join(
            f"{name} {share / whole:.0%}"
            for name, share in sorted(by_module.items(), key=lambda kv: -kv[1])
            if share / whole >= 0.01
        )
    )
    print(f"{'own s':>8} {'cum s':>8} {'calls':>9}  function")
    for tottime, cumtime, ncalls, name in sorted(rows, reverse=True)[:top]:
        print(f"{tottime:8.3f} {cumtime:8.3f} {ncalls:9d}  {name}")


# The calls the budget times, at the top of the anchor loop (moneyparse.extract's names):
# the shortcuts that skip a date or a word, the two lanes, a range read after the full
# lane, building a Figure, and looking for URLs.
BUDGETED = ("_not_a_figure", "_ordinary_word", "_date_or_ordinal", "read_common", "read_at", "read_range")
BUDGETED_ONCE = ("to_figure", "_hidden")


def outcome(result: object) -> str:
    """What one budgeted call turned out to be."""
    from moneyparse.figure import Bound
    from moneyparse.grammar import Reading, Skip

    if result is None:
        return "none"
    if isinstance(result, Skip) or (isinstance(result, int) and result):
        return "skip"
    if isinstance(result, (int, list)):
        return "pass"
    if isinstance(result, Reading):
        if result.kind is None:
            return "bare"
        if result.bound is Bound.RANGE:
            return "range"
        marked = result.approximate or result.bound is not Bound.EQ or result.start != result.num_start
        return "marked" if marked else "plain"
    return "built"


def budget(docs: Sequence[str], size: int, peer_size: int) -> None:
    """Time each budgeted call by its outcome, with wrappers put on the extract module's
    names for the run and taken off after it. A wrapper costs about 0.7 µs a call outside
    what it times; the rest line is the untouched run's time less the timed calls."""
    import importlib

    ex = importlib.import_module("moneyparse.extract")  # the module; the package's name is the function
    texts = corpus(docs, size)
    total = sum(nbytes(t) for t in texts)
    mb = total / MB
    plain_s = best_of(2, read_moneyparse, texts)
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    depth = [0]
    originals = {name: getattr(ex, name) for name in (*BUDGETED, *BUDGETED_ONCE)}

    def timed(name: str, func: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            depth[0] += 1
            t0 = time.perf_counter_ns()
            result = func(*args, **kwargs)
            elapsed = time.perf_counter_ns() - t0
            depth[0] -= 1
            if depth[0] == 0:
                key = f"{name}: {outcome(result)}"
                spent[key] += elapsed
                calls[key] += 1
            return result

        return call

    try:
        for name, func in originals.items():
            setattr(ex, name, timed(name, func))
        read_moneyparse(texts)
    finally:
        for name, func in originals.items():
            setattr(ex, name, func)
    ms_per_mb = plain_s * 1e3 / mb
    print(f"\n## Time budget over {mb:.1f} MB: {ms_per_mb:.0f} ms a MB untouched ({mb / plain_s:.2f} MB/s)")
    floor_rate = mb_per_s(total, best_of(3, floor_reader(re), texts))
    print(f"the floor's 1/20 ({floor_rate:.0f} MB/s / 20) leaves {20e3 / floor_rate:.0f} ms a MB", end="")
    peer = price_parser_reader()
    if not isinstance(peer, str):
        sub = corpus(docs, min(peer_size, total))
        peer_rate = mb_per_s(sum(nbytes(t) for t in sub), best_of(2, peer, sub))
        print(f"; price-parser's {peer_rate:.2f} MB/s, {1e3 / peer_rate:.0f} ms", end="")
    print()
    print(f"{'call: outcome':<28} {'a MB':>8} {'µs each':>8} {'ms a MB':>8} {'share':>6}")
    timed_ms = 0.0
    for key, ns in spent.most_common():
        share = ns / 1e6 / mb
        timed_ms += share
        print(f"{key:<28} {calls[key] / mb:8.0f} {ns / calls[key] / 1e3:8.1f} {share:8.1f} {share / ms_per_mb:6.1%}")
    rest = ms_per_mb - timed_ms
    print(f"{'rest: the loops, documents':<28} {'':8} {'':8} {rest:8.1f} {rest / ms_per_mb:6.1%}")


# --- correct figures per second ---------------------------------------------------

# The shared scorer of the annotated corpus: its main() counts the exact figures, so a
# figure here is exact by the very rule the project is scored by.
SCORER = REPO / ".." / "shared" / "tools" / "score_corpus.py"

# The currency strings price-parser returns that mean one currency in Korean news; a
# three-letter code stands for itself, any other string (an ambiguous "kr", "Rs") for none.
PRICE_PARSER_CURRENCIES = {
    "원": "KRW", "₩": "KRW", "￦": "KRW",
    "$": "USD", "US$": "USD", "U$S": "USD", "U$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "円": "JPY", "元": "CNY",
}  # fmt: skip

# quantulum3's unit names for the quantities the corpus annotates, as pint names. Its
# "barrel" is the dry barrel, not the oil barrel of the corpus, and stays out.
QUANTULUM_UNITS = {
    "tonne": "metric_ton", "kilogram": "kilogram", "square metre": "meter ** 2", "kilometre": "kilometer",
    "litre": "liter", "degree Celsius": "degree_Celsius", "kilowatt hour": "kilowatt_hour",
    "megawatt": "megawatt", "gigawatt": "gigawatt",
}  # fmt: skip

Extract = Callable[[str], list[dict[str, object]]]


def flat_figure(
    kind: str, start: int, end: int, value: Decimal, currency: str | None, unit: str | None
) -> dict[str, object]:
    """A figure in the scorer's dict form with no marker, bound or rate: all a peer reports."""
    v = str(value)
    return {
        "kind": kind, "start": start, "end": end, "value": v, "low": v, "high": v,
        "currency": currency, "unit": unit, "per": None, "approximate": False, "bound": "eq",
    }  # fmt: skip


def price_parser_figures() -> Extract | str:
    """price-parser as the throughput section times it (``Price.fromstring`` on each token
    that holds a digit), each price read as money: its amount, and the currency its currency
    string names. A price with no currency is a bare number, which the scorer does not score."""
    reader = price_parser_reader()
    if isinstance(reader, str):
        return reader
    from price_parser import Price

    def extract(text: str) -> list[dict[str, object]]:
        figures = []
        for token in DIGIT_TOKEN.finditer(text):
            price = Price.fromstring(token.group())
            if price.amount is None:
                continue
            currency = price.currency or ""
            iso = currency if re.fullmatch("[A-Z]{3}", currency) else PRICE_PARSER_CURRENCIES.get(currency)
            kind = "money" if iso else "number"
            figures.append(flat_figure(kind, token.start(), token.end(), price.amount, iso, None))
        return figures

    return extract


def quantulum_figures() -> Extract | str:
    """quantulum3's ``parser.parse`` on each document, as the throughput section times it,
    its quantities read as money (a currency unit, by its ISO code), percent ("percentage")
    or a quantity (the units of QUANTULUM_UNITS); anything else is a bare number."""
    reader = quantulum_reader()
    if isinstance(reader, str):
        return reader
    from quantulum3 import parser

    def extract(text: str) -> list[dict[str, object]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        figures = []
        for q in quantities:
            unit = q.unit
            value = Decimal(str(q.value))
            start, end = q.span
            if unit.entity.name == "currency" and unit.currency_code:
                figures.append(flat_figure("money", start, end, value, unit.currency_code, None))
            elif unit.name == "percentage":
                figures.append(flat_figure("percent", start, end, value, None, "percent"))
            elif unit.name in QUANTULUM_UNITS:
                figures.append(flat_figure("quantity", start, end, value, None, QUANTULUM_UNITS[unit.name]))
            else:
                figures.append(flat_figure("number", start, end, value, None, None))
        return figures

    return extract


def load_scorer(path: Path = SCORER) -> ModuleType | None:
    """The shared scorer, loaded from its file; None where the shared folder is absent."""
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("score_corpus", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Score:
    """The scorer's counts over some corpus files, summed."""

    gold: int = 0
    exact: int = 0
    false_positives: int = 0
    crashes: int = 0


SCORE_SUMMARY = re.compile(r"^exact (\d+)/(\d+) ", re.MULTILINE)
SCORE_COUNTS = re.compile(r"^crashes (\d+) · .* · false positives (\d+) · ", re.MULTILINE)


def score(scorer: ModuleType, files: Sequence[Path], extract: Extract | None = None) -> Score:
    """Run the scorer's own ``main`` on each file and sum its counts. The scorer reads
    ``moneyparse.extract``; for a peer, *extract* stands in for it: a module of that one
    function takes moneyparse's place in ``sys.modules`` for the call, and moneyparse's is
    put back after it."""
    total = Score()
    for path in files:
        out = io.StringIO()
        saved = sys.modules.get("moneyparse")
        if extract is not None:
            stand_in = ModuleType("moneyparse")
            stand_in.extract = extract  # type: ignore[attr-defined]
            sys.modules["moneyparse"] = stand_in
        try:
            with contextlib.redirect_stdout(out):
                scorer.main([str(path)])
        finally:
            if saved is not None:
                sys.modules["moneyparse"] = saved
        text = out.getvalue()
        summary, counts = SCORE_SUMMARY.search(text), SCORE_COUNTS.search(text)
        if summary is None or counts is None:
            raise RuntimeError(f"the scorer's output is not what this section reads:\n{text[-500:]}")
        total.exact += int(summary[1])
        total.gold += int(summary[2])
        total.crashes += int(counts[1])
        total.false_positives += int(counts[2])
    return total


def reachable(scorer: ModuleType, gold: dict[str, object], system: str) -> bool:
    """Whether *system* could return *gold* exactly at all: the peers report no marker
    (약, 이상, 대), no bound or range and no rate (주당, 달러당), and only some kinds."""
    if system == "moneyparse":
        return True
    if gold.get("approximate") or (gold.get("bound") or "eq") != "eq" or gold.get("per"):
        return False
    kind = gold.get("kind")
    if system == "price-parser":
        return kind == "money"
    units = {scorer.norm_unit(u) for u in QUANTULUM_UNITS.values()}
    return kind in ("money", "percent") or (kind == "quantity" and scorer.norm_unit(gold.get("unit")) in units)


REACH = {
    "moneyparse": "every kind the scorer scores",
    "price-parser": "money alone, with no marker, bound or rate; and it reads no scale word (230억원 is 230)",
    "quantulum3": "money, percent and quantities in its units, with no marker, bound or rate; no Korean word",
}


def correct(
    docs: Sequence[str],
    size: int,
    peer_size: int,
    quantulum_size: int,
    repeat: int,
    rates: Rates | None = None,
    files: Sequence[Path] | None = None,
    scorer_path: Path = SCORER,
) -> None:
    """Exact figures of the annotated corpus per MB, by the shared scorer's rule, times
    MB/s on the benchmark's corpus: correct figures per second. *rates* are the throughput
    section's when it ran in the same process, measured here otherwise."""
    if files is None:
        files = sorted(SHARED_CORPUS.glob("*.jsonl")) if SHARED_CORPUS.is_dir() else []
    scorer = load_scorer(scorer_path)
    print("\n## Correct figures per second: MB/s on the benchmark's corpus × exact figures per MB of the annotated one")
    if rates is None:
        rates = measure(docs, size, peer_size, quantulum_size, repeat)
    else:
        print("(MB/s as the throughput section measured them above)")
    floor_ratio = f"moneyparse/floor {rates.moneyparse / rates.floor:.4f} (1/{rates.floor / rates.moneyparse:.1f})"
    if scorer is None or not files:
        missing = "../shared/tools/score_corpus.py" if scorer is None else "../shared/corpus/*.jsonl"
        print(f"{missing} is absent: no figure is scored. moneyparse {rate(rates.moneyparse)}, {floor_ratio}")
        return
    lines = [json.loads(x) for path in files for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    corpus_mb = sum(nbytes(doc["text"]) for doc in lines) / MB
    golds = [g for doc in lines for g in doc.get("figures", []) if g.get("kind") in scorer.KINDS_SCORED]
    print(
        f"annotated corpus: {len(files)} files, {len(lines)} documents, {corpus_mb:.3f} MB,"
        f" {len(golds)} scored figures; a figure counts when the scorer calls it exact"
    )
    systems: list[tuple[str, float, Extract | str | None]] = [("moneyparse", rates.moneyparse, None)]
    for name, make in (("price-parser", price_parser_figures), ("quantulum3", quantulum_figures)):
        peer = rates.peers.get(name)
        if isinstance(peer, PeerRate):
            systems.append((name, peer.theirs, make()))
        else:
            systems.append((name, 0.0, peer or "not timed"))
    head = f"{'system':<14} {'MB/s':>9} {'exact':>11} {'exact/MB':>9} {'correct/s':>10} {'false pos.':>10}"
    print(f"{head} {'at best':>8}")
    per_second: dict[str, float] = {}
    exact_per_mb: dict[str, float] = {}
    for name, mb_s, extract in systems:
        if isinstance(extract, str):
            print(f"{name:<14} {extract}")
            continue
        result = score(scorer, files, extract)
        if result.gold != len(golds):
            raise RuntimeError(f"the scorer counted {result.gold} scored figures, this section {len(golds)}")
        best = sum(reachable(scorer, g, name) for g in golds)
        exact_per_mb[name] = result.exact / corpus_mb
        per_second[name] = mb_s * exact_per_mb[name]
        crashed = f"   crashed on {result.crashes} documents" if result.crashes else ""
        print(
            f"{name:<14} {mb_s:9.3g} {result.exact:>5}/{result.gold:<5} {exact_per_mb[name]:9.1f}"
            f" {per_second[name]:10.1f} {result.false_positives:>10} {best:>8}{crashed}"
        )
    print("at best: the scored figures a system could return exactly at all, whatever its luck:")
    for name in per_second:
        print(f"  {name}: {REACH[name]}")
    for name, _, _ in systems[1:]:
        peer = rates.peers.get(name)
        if name not in per_second or not isinstance(peer, PeerRate):
            continue
        if per_second[name] == 0:
            print(f"moneyparse/{name:<13} no ratio: {name} returns no exact figure")
            continue
        same_docs = peer.mine * exact_per_mb["moneyparse"] / per_second[name]
        print(
            f"moneyparse/{name:<13} correct/s {times(per_second['moneyparse'] / per_second[name])}"
            f"   (MB/s {times(rates.moneyparse / peer.theirs)}; with moneyparse timed on the same"
            f" {peer.size / MB:.2f} MB as {name}: correct/s {times(same_docs)})"
        )
    print(f"{floor_ratio}   (floor {rate(rates.floor).strip()}, on {rates.size / MB:.1f} MB)")
    print(
        "MB/s are timed on the benchmark's corpus; exact/MB counted on the annotated one, whose dev lines"
        " moneyparse was tuned on (the project is also scored on held-out lines that are not here)"
    )


def times(x: float) -> str:
    """A ratio as x0.323, x26.1 or x2,750: three significant digits, no exponent."""
    return f"x{x:,.0f}" if x >= 1000 else f"x{x:.3g}"


SECTIONS = ("throughput", "correct", "growth", "memory", "import", "jobs", "engines", "profile", "budget")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    p.add_argument("--mb", type=float, default=20, help="size of the corpus timed for throughput (default 20)")
    p.add_argument("--peer-mb", type=float, default=0.5, help="of it, what price-parser is timed on (default 0.5)")
    p.add_argument("--quantulum-mb", type=float, default=0.05, help="and quantulum3, far slower (default 0.05)")
    p.add_argument("--memory-mb", type=float, nargs=2, default=(5, 50), metavar=("SMALL", "LARGE"))
    p.add_argument("--files", type=int, default=1000, help="files for the --jobs comparison (default 1000)")
    p.add_argument("--repeat", type=int, default=3, help="passes of each quick timing; the best counts")
    p.add_argument("--top", type=int, default=15, help="functions shown in the profile")
    p.add_argument(
        "--only",
        nargs="+",
        choices=SECTIONS,
        help="run only these sections",
    )
    args = p.parse_args(argv)
    sections = set(args.only or SECTIONS)
    docs = documents()
    source = "the sample and ../shared/corpus" if SHARED_CORPUS.is_dir() else "the sample (no ../shared/corpus)"
    print(f"# moneyparse {moneyparse.__version__} benchmark: {len(docs)} distinct documents from {source}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"# python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load} before the run")
    size = int(args.mb * MB)
    rates = None
    if "throughput" in sections:
        rates = throughput(docs, size, int(args.peer_mb * MB), int(args.quantulum_mb * MB), args.repeat)
    if "correct" in sections:
        correct(docs, size, int(args.peer_mb * MB), int(args.quantulum_mb * MB), args.repeat, rates)
    if "growth" in sections:
        growth(docs)
    if "memory" in sections:
        memory(docs, [int(x * MB) for x in args.memory_mb], jobs=2)
    if "import" in sections:
        import_time(args.repeat * 3)
    if "jobs" in sections:
        jobs(docs, min(size, 5 * MB), args.files)
    if "engines" in sections:
        engines(docs, min(size, 5 * MB), args.repeat)
    if "profile" in sections:
        profile(docs, min(size, 2 * MB), args.top)
    if "budget" in sections:
        budget(docs, min(size, 2 * MB), int(args.peer_mb * MB))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
