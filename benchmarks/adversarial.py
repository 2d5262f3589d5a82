"""Linear time on adversarial text: cost per character against ordinary news (issue 6).

For each adversarial pattern, ``pattern * k`` is cut to about *n* and *4n* characters and
timed through ``extract`` and ``parse``; the same length of ordinary news (the bundled
sample, repeated) is timed in the same run. The table gives the ratio of the two costs
per character, and the growth of the adversarial cost per character from n to 4n: a
linear reader keeps the growth near 1, a quadratic one near 4.

    .venv/bin/python benchmarks/adversarial.py                 # n = 10 000, and a 10 MB document
    .venv/bin/python benchmarks/adversarial.py --n 2000 --mb 1 # quicker
    .venv/bin/python benchmarks/adversarial.py --only '1주 '   # one pattern (Python escapes allowed)
    .venv/bin/python benchmarks/adversarial.py --document-only # the 10 MB document alone

Timings are the best of ``--repeat`` runs, so a busy machine inflates them less; the
ratios, taken in the same run, are what to read. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from importlib.resources import files

from moneyparse import ParseError, extract, parse

# Patterns from issue 6, then ones found by reading the code for scans that may restart
# from the beginning of the text or copy it (the note says which). Each is repeated to
# the length asked for.
#   pattern                  note
PATTERNS: tuple[tuple[str, str], ...] = (
    ("1,", "separators with no group"),
    ("1", "one digit run"),
    ("억", "scale words alone"),
    ("1억", "figures with no gap"),
    ("~", "range marks alone"),
    ("(", "open brackets"),
    ("약 ", "markers with no figure"),
    ("1억원 ", "a figure every 4 characters"),
    ("1~", "ranges with no end"),
    ("3~4조원 ", "ranges, one every 6 characters"),
    ("1.", "points"),
    ("-1", "signs"),
    ("1 억 ", "spaced scale words"),
    ("1억 ", "myriad groups with a space: the number pattern once ran to the end of the text"),
    ("1만 1", "groups that never descend, spaced"),
    ("한 ", "native numerals with no counter"),
    ("수", "vague 수 alone"),
    ("1주 ", "shares: the weeks check copies the text before"),
    ("1주", "shares, no space: the weeks check walks back to the start"),
    ("칠 점 ", "spoken decimals with no end: a spoken number once read on through every 점"),
    ("천 오백 ", "spoken groups across spaces, no unit"),
    ("1~2% ", "ranges: the check for a following '-' copies the rest"),
    ("a@b.cd 1억원 ", "e-mail addresses: every anchor checks every address"),
    ("(단위: 억원)\n| 1 |\n", "table headers: each looks for the end of its table"),
    ("(단위: 억원) | 1 ", "one long table row: each number splits the whole line"),
    (
        "(단위: 억원) 매출은 1억원 늘었고 ",
        "one long line of prose under a header: each number searched it from its start",
    ),
    ("원/달러 환율 1,300원 ", "named exchange rates: one sentence, a name before every figure"),
    ("매출(원) | 1 | ", "labelled cells on one line: each row once ran to the line's end"),
    ("(원) ", "unit brackets with no number: each once looked to the line's end for a digit"),
    ("1,35만6000원 ", "malformed comma groups: each skips the rest of its number"),
    ("947원대~960원대 ", "ranges of two bands"),
    ("<p>(단위 : 억원)</p><table><tr><td>1</td></tr></table>", "HTML read as text: tags and unit lines"),
)

# Texts that are not one pattern repeated: (label, note, the text of a given length).
SHAPES_MORE: tuple[tuple[str, str, Callable[[int], str]], ...] = (
    (
        "'각각 ' + '1억, ' * n",
        "a list after 각각: each amount once looked back to the list's start",
        lambda n: "각각 " + "1억, " * (n // 5) + "1억원",
    ),
)

# Texts that are not one pattern repeated: (label, note, the text of a given length).
SHAPES: tuple[tuple[str, str, Callable[[int], str]], ...] = (
    ("'a' * n + '@'", "one word, then '@': the address pattern backtracks", lambda n: "a" * (n - 1) + "@"),
    ("' 1주' at the end", "news, then shares: each 주 copies all before it", lambda n: _news(n - 400) + " 1주" * 133),
    *SHAPES_MORE,
)

# The document of ordinary text: the bundled sample of news, repeated.
NEWS = files("moneyparse").joinpath("data/sample_news_ko.txt").read_text(encoding="utf-8")


def _news(length: int) -> str:
    return (NEWS * (length // len(NEWS) + 1))[:length]


def _repeated(pattern: str) -> Callable[[int], str]:
    return lambda length: pattern * max(1, length // len(pattern))


def _parse_or_error(text: str) -> object:
    try:
        return parse(text)
    except ParseError as err:
        return err


READERS: tuple[tuple[str, Callable[[str], object]], ...] = (("extract", extract), ("parse", _parse_or_error))


def _seconds(reader: Callable[[str], object], text: str, repeat: int) -> float:
    """The best of *repeat* timings of ``reader(text)``, collector off as timeit does."""
    best = float("inf")
    for _ in range(repeat):
        gc.disable()
        try:
            start = time.perf_counter()
            reader(text)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def _per_char(reader: Callable[[str], object], text: str, repeat: int) -> float:
    """Microseconds per character."""
    return _seconds(reader, text, repeat) / len(text) * 1e6


def _table(n: int, repeat: int, inputs: Sequence[tuple[str, str, Callable[[int], str]]]) -> None:
    print(f"## Adversarial patterns against news of the same length (n = {n:,} characters)\n")
    print("ratio = cost per character of the pattern / cost per character of news; growth = pattern's cost")
    print("per character at 4n / at n (about 1 when linear, about 4 when quadratic).\n")
    print("| pattern | note | reader | µs/char news n | µs/char n | ratio n | ratio 4n | growth |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    news_cost = {
        (name, size): _per_char(reader, _news(size), repeat) for name, reader in READERS for size in (n, 4 * n)
    }
    for label, note, build in inputs:
        for name, reader in READERS:
            cost = {}
            for size in (n, 4 * n):
                text = build(size)
                cost[size] = _per_char(reader, text, repeat)
            ratio_n = cost[n] / news_cost[name, n]
            ratio_4n = cost[4 * n] / news_cost[name, 4 * n]
            growth = cost[4 * n] / cost[n]
            flag = " ⚠" if max(ratio_n, ratio_4n) > 3 or growth > 2 else ""
            print(
                f"| {label} | {note} | {name} | {news_cost[name, n]:.3f} | {cost[n]:.3f} |"
                f" {ratio_n:.2f} | {ratio_4n:.2f}{flag} | {growth:.2f} |",
                flush=True,
            )


def _big_document(n: int, megabytes: float) -> None:
    size = int(megabytes * 1_000_000)
    print(f"\n## A {megabytes:g} MB document of news against {n:,} characters of it\n")
    print(f"| reader | µs/char at n | µs/char at {megabytes:g} MB | ratio | seconds |")
    print("| --- | ---: | ---: | ---: | ---: |")
    document = _news(size)
    for name, reader in READERS:
        small = _per_char(reader, _news(n), 3)
        seconds = _seconds(reader, document, 1)
        big = seconds / size * 1e6
        print(f"| {name} | {small:.3f} | {big:.3f} | {big / small:.2f} | {seconds:.1f} |", flush=True)


def _unescape(word: str) -> str:
    """A pattern from the command line with its Python escapes (\\n, \\u00a0) read."""
    return word.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="the smaller length, in characters")
    parser.add_argument("--repeat", type=int, default=3, help="timings per input; the best is kept")
    parser.add_argument("--mb", type=float, default=10.0, help="size of the news document; 0 skips it")
    parser.add_argument("--document-only", action="store_true", help="time the news document alone, not the patterns")
    parser.add_argument("--only", action="append", help="time only this pattern, repeated (Python escapes allowed)")
    options = parser.parse_args(argv)
    inputs = [(f"`{pattern!r}`", note, _repeated(pattern)) for pattern, note in PATTERNS] + list(SHAPES)
    if options.only:
        inputs = [(f"`{word!r}`", "", _repeated(word)) for word in map(_unescape, options.only)]
    extract(NEWS)  # the lexicon is built on first use: keep it out of the timings
    print(f"python {sys.version.split()[0]}; sample news {len(NEWS):,} characters\n")
    if not options.document_only:
        _table(options.n, options.repeat, inputs)
    if options.mb > 0:
        _big_document(options.n, options.mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
