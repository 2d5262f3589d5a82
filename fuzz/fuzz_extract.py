"""Coverage-guided fuzz target for :func:`moneyparse.extract` and :func:`moneyparse.parse`.

The fuzzer mutates bytes; :func:`text_of` turns them into text that a Korean financial
reader finds hard: ASCII as it is (digits, ``,.~-%()``, letters, control characters),
and the bytes above 0x7f as the lexicon's own words (scale words, currency words,
markers, counters, units, signs, range joiners, particles), Hangul syllables or any
code point at all, unpaired surrogates included. :func:`check` then holds the laws of
SPEC §3 on that text:

- ``extract`` returns a list of Figures, each span slicing its own text out of the input,
  in order, never overlapping, an equivalent pointing back to an earlier figure;
- ``parse`` returns a Figure or raises ``ParseError`` (never another exception) whose
  position lies inside the text and whose message stays short however long the text.

With atheris installed (``pip install atheris``), coverage guides the search; libFuzzer's
own flags follow (a corpus folder keeps what it learnt between runs)::

    .venv/bin/python fuzz/fuzz_extract.py -atheris_runs=1000000 -max_len=32 /tmp/moneyparse-corpus

Without it, the same target is driven by Hypothesis' fuzzing entry point
(``fuzz_one_input``) over random bytes, one run a fresh buffer::

    .venv/bin/python fuzz/fuzz_extract.py --hypothesis --runs 1000000

``tests/test_fuzz.py`` runs a bounded slice of it in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, Final

try:
    import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]  # optional, and has no stubs
except ImportError:
    atheris = None

# Run as a script under atheris, moneyparse's own modules are instrumented as they load,
# so that coverage guides the search; imported by a test, they load as usual.
_INSTRUMENTED: contextlib.AbstractContextManager[Any] = (
    atheris.instrument_imports(include=["moneyparse"])
    if atheris is not None and __name__ == "__main__" and "--hypothesis" not in sys.argv
    else contextlib.nullcontext()
)
with _INSTRUMENTED:
    from moneyparse import Figure, Kind, ParseError, extract, parse
    from moneyparse.lexicon.counters import COUNTERS, NOT_FIGURE_WORDS
    from moneyparse.lexicon.currencies import NEWS_WORDS, SYMBOLS, currency_words
    from moneyparse.lexicon.markers import (
        A_BIT_OVER,
        AFTER,
        BAND_SUFFIX,
        BEFORE,
        NEGATIVE_SIGNS,
        POSITIVE_SIGNS,
        RANGE_JOINERS,
        RATE_WORDS,
        UP_TO,
        VAGUE,
    )
    from moneyparse.lexicon.numerals import HANJA_TO_HANGUL, NATIVE_TENS, NATIVE_UNITS, SINO_DIGITS, WIDTH_FOLDS
    from moneyparse.lexicon.scales import ENGLISH_SCALES, MYRIAD_SCALES, SMALL_SCALES
    from moneyparse.lexicon.units import SPACED_UNITS, UNITS

# Words that the lexicon has no table for but that sit next to figures in news:
# particles and copulas after a figure, the words of a table header, the 분의 of fractions.
CONTEXT_WORDS: Final = ("은", "는", "이", "가", "을", "를", "의", "에", "로", "으로", "와", "도", "입니다", "이다")
CONTEXT_WORDS_2: Final = ("단위", "(단위: 억원)", "분의", "당", "점", "년", "월", "일", "위", "분기", "회")

# The pieces a byte 0x80..0xdf stands for: the short, frequent words.
CORE_PIECES: Final[tuple[str, ...]] = tuple(
    dict.fromkeys(
        [word for word, _ in SMALL_SCALES + MYRIAD_SCALES + SINO_DIGITS]
        + [word for word, _, _ in BEFORE + AFTER]
        + list(NEGATIVE_SIGNS + POSITIVE_SIGNS + RANGE_JOINERS)
        + [BAND_SUFFIX, A_BIT_OVER, UP_TO]
        + [word for word, _, _ in VAGUE]
        + [word for word, _, _ in NEWS_WORDS[:10]]
        + [word for word, _, _ in COUNTERS[:8]]
        + ["%", "%p", "배", "평", "㎡", "톤", "배럴", "℃"]
        + list(CONTEXT_WORDS)
        + ["한", "두", "세", "스무", "열"]
    )
)

# Every word of every table: a byte 0xe0..0xef and the next byte index into these.
ALL_PIECES: Final[tuple[str, ...]] = tuple(
    dict.fromkeys(
        list(CORE_PIECES)
        + [word for word, _ in ENGLISH_SCALES + NATIVE_UNITS + NATIVE_TENS]
        + [word for word, _, _ in COUNTERS + NEWS_WORDS + UNITS]
        + [word for word, _ in SYMBOLS + RATE_WORDS]
        + list(NOT_FIGURE_WORDS + SPACED_UNITS + CONTEXT_WORDS_2)
        + sorted(currency_words())
        + [hanja for hanja, _ in HANJA_TO_HANGUL]
        + [ch for wide, _ in WIDTH_FOLDS for ch in wide]
    )
)

_HANGUL_FIRST: Final = 0xAC00
_HANGUL_COUNT: Final = 11172


def text_of(data: bytes) -> str:
    """The text a fuzzer's bytes stand for; every byte string gives some text.

    ``0x00–0x7f`` ASCII as it is; ``0x80–0xdf`` a core word; ``0xe0–0xef`` + 1 byte any
    lexicon word; ``0xf0–0xfd`` + 1 byte a Hangul syllable; ``0xfe`` + 2 bytes a BMP code
    point (surrogates too); ``0xff`` + 3 bytes any code point.
    """
    out: list[str] = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        i += 1
        if b < 0x80:
            out.append(chr(b))
        elif b < 0xE0:
            out.append(CORE_PIECES[(b - 0x80) % len(CORE_PIECES)])
        elif b < 0xF0:
            extra = data[i] if i < n else 0
            i += 1
            out.append(ALL_PIECES[((b - 0xE0) << 8 | extra) % len(ALL_PIECES)])
        elif b < 0xFE:
            extra = data[i] if i < n else 0
            i += 1
            out.append(chr(_HANGUL_FIRST + ((b - 0xF0) << 8 | extra) % _HANGUL_COUNT))
        else:
            width = 2 if b == 0xFE else 3
            code = int.from_bytes(data[i : i + width].ljust(width, b"\0"), "big")
            i += width
            out.append(chr(code % 0x110000))
    return "".join(out)


def _check_figures(text: str, figures: object) -> None:
    """The laws of an ``extract`` result on *text*."""
    assert isinstance(figures, list), type(figures)
    end = 0
    for index, figure in enumerate(figures):
        assert isinstance(figure, Figure), type(figure)
        start, stop = figure.span
        assert end <= start < stop <= len(text), (figure.span, end, len(text))
        assert text[start:stop] == figure.text, (text[start:stop], figure.text)
        if figure.equivalent_of is not None:
            assert 0 <= figure.equivalent_of < index, (figure.equivalent_of, index)
        figure.to_dict()
        end = stop


def check(text: str) -> None:
    """Hold SPEC §3's laws on *text*; an ``AssertionError`` or any other exception is a finding."""
    _check_figures(text, extract(text))
    _check_figures(text, extract(text, kinds=frozenset(Kind)))
    try:
        figure = parse(text)
    except ParseError as err:
        assert err.text is text
        assert isinstance(err.position, int) and 0 <= err.position <= len(text), (err.position, len(text))
        assert isinstance(err.reason, str) and err.reason and "\n" not in err.reason, err.reason
        assert len(str(err)) < 400 or len(err.reason) > 300, str(err)[:400]
    else:
        assert isinstance(figure, Figure), type(figure)
        start, stop = figure.span
        assert text[start:stop] == figure.text, (figure.span, figure.text)
        assert not text[:start].strip() and not text[stop:].strip(), (figure.span, len(text))


def test_one_input(data: bytes) -> None:
    """The fuzz target: bytes to text, then :func:`check`."""
    check(text_of(data))


def _run_atheris(argv: list[str]) -> None:
    if atheris is None:
        raise SystemExit("atheris is not installed: pip install atheris, or run with --hypothesis")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


def drive(target: Callable[[bytes], None], runs: int, *, seed: int, max_len: int = 64) -> None:
    """Feed *target* *runs* random byte strings of up to *max_len* bytes (the loop without atheris)."""
    rng = random.Random(seed)
    for _ in range(runs):
        target(rng.randbytes(rng.randint(0, max_len)))


def _run_hypothesis(runs: int, seed: int, report_every: int) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(database=None, deadline=None)
    @given(st.binary(max_size=64))
    def fuzz(data: bytes) -> None:
        test_one_input(data)

    started = time.monotonic()
    done = 0
    while done < runs:
        batch = min(report_every, runs - done)
        # fuzz_one_input reads Hypothesis' choices from the buffer: a fresh random buffer a run.
        one_input = fuzz.hypothesis.fuzz_one_input  # type: ignore[attr-defined]  # given() adds it at run time
        drive(one_input, batch, seed=seed + done, max_len=4096)
        done += batch
        print(f"{done} inputs, {time.monotonic() - started:.1f} s, nothing raised", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if "--hypothesis" not in args:
        _run_atheris(args)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hypothesis", action="store_true")
    parser.add_argument("--runs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--report-every", type=int, default=10_000)
    options = parser.parse_args(args[1:])
    _run_hypothesis(options.runs, options.seed, options.report_every)
    return 0


if __name__ == "__main__":
    sys.exit(main())
