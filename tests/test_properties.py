"""Hypothesis properties of ``parse`` and ``extract``: the laws every input must keep.

Plain ``st.text()`` gives no surrogates and little Hangul, so the texts here come from
``st.characters(exclude_categories=())`` (every code point, surrogates and controls too)
and from an alphabet of the lexicon's own pieces: digits, separators, scale words,
currency words, markers, particles, spaces and random Hangul syllables.
``deadline=None`` everywhere: timing on shared CI machines is noise.
"""

from __future__ import annotations

import pickle
from dataclasses import replace
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyparse import Figure, Kind, ParseError, extract, parse
from moneyparse.lexicon.counters import COUNTERS
from moneyparse.lexicon.currencies import NEWS_WORDS, SYMBOLS
from moneyparse.lexicon.markers import AFTER, BEFORE, NEGATIVE_SIGNS, POSITIVE_SIGNS, RANGE_JOINERS, RATE_WORDS, VAGUE
from moneyparse.lexicon.numerals import NATIVE_TENS, NATIVE_UNITS, SINO_DIGITS
from moneyparse.lexicon.scales import ENGLISH_SCALES
from moneyparse.lexicon.units import UNITS
from moneyparse.scanner import COMMON_NUMBER
from moneyparse.shortcuts import _shortcut_anchor
from moneyparse.value import MAX_DIGITS

DIGITS = tuple("0123456789")
SEPARATORS = tuple(",.~-%")
SCALE_WORDS = tuple("십백천만억조경")
CURRENCY_WORDS = ("원", "달러", "엔", "위안", "원화", "엔화")
MARKERS = ("약", "이상", "이하", "여", "대", "가량", "당", "환율", "/", "·", "대비", "에 대한", "(", ")", "전", "까지")
PARTICLES = ("은", "는", "을", "를", "의")
SPACES = (" ", "  ")
LEXICON_PIECES = DIGITS + SEPARATORS + SCALE_WORDS + CURRENCY_WORDS + MARKERS + PARTICLES + SPACES

HANGUL_SYLLABLES = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)

# Every word of the lexicon's tables, taken from the tables themselves so that a new row
# is fuzzed as soon as it is added: markers, signs, joiners, units, counters, currencies.
LEXICON_WORDS = tuple(
    sorted(
        {word for word, _, _ in BEFORE + AFTER + VAGUE + COUNTERS + NEWS_WORDS + UNITS}
        | {word for word, _ in SYMBOLS + RATE_WORDS + ENGLISH_SCALES + SINO_DIGITS + NATIVE_UNITS + NATIVE_TENS}
        | set(NEGATIVE_SIGNS + POSITIVE_SIGNS + RANGE_JOINERS)
        | {"(", ")", "(단위: 억원)", "\n", "|", "분의", "당", "대"}
    )
)

# Figures the library reads today, one of each family; each is exactly one figure.
KNOWN_GOOD = (
    "약 230억달러",
    "35.47%",
    "1억383만 원대",
    "3~4조원",
    "17명",
    "34평",
    "12,345원",
    "28.5억원",
    "-3조6000억원",
    "1조원 이상",
    "30여명",
    "수십억원",
    "주당 1,000원",
    "0.25%포인트",
    "3.5배",
    "$1,250.75",
    "100만달러",
    "5,400,000주",
    "9조5000억 원가량",
)

# Folds ASCII digits to the full-width digits U+FF10..U+FF19.
FULL_WIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + d) for d in range(10)))

any_text = st.text(st.characters(exclude_categories=()))
lexicon_text = st.lists(st.one_of(st.sampled_from(LEXICON_PIECES), HANGUL_SYLLABLES), max_size=40).map("".join)
# Known figures mixed with lexicon pieces, so that spans and ordering meet real figures.
sentences = st.lists(st.one_of(st.sampled_from(KNOWN_GOOD), lexicon_text), max_size=8).map(" ".join)
# The lexicon's words, its pieces, Hangul and any code point at all side by side, so that
# surrogates and controls sit right next to digits and units.
mixed_text = st.lists(
    st.one_of(
        st.sampled_from(LEXICON_WORDS),
        st.sampled_from(LEXICON_PIECES),
        HANGUL_SYLLABLES,
        st.characters(exclude_categories=()),
    ),
    max_size=30,
).map("".join)
texts = st.one_of(any_text, lexicon_text, sentences, mixed_text)


def _group(value: int, comma: bool) -> str:
    """A myriad group's digits, comma-grouped or plain."""
    return f"{value:,}" if comma else str(value)


@st.composite
def won_amounts(draw: st.DrawFn) -> tuple[int, str]:
    """An integer of won and one way to write it: myriad groups (1억 2,345만 6,789원) or plain digits."""
    n = draw(st.integers(min_value=1, max_value=10**20))
    unit = draw(st.sampled_from(("원", " 원")))
    if draw(st.booleans()):
        return n, _group(n, draw(st.booleans())) + unit
    groups = []
    rest = n
    for scale in ("", "만", "억", "조"):
        rest, group = divmod(rest, 10_000)
        groups.append((group, scale))
    groups.append((rest, "경"))
    written = [_group(g, draw(st.booleans())) + scale for g, scale in reversed(groups) if g]
    body = written[0]
    for part in written[1:]:
        body += draw(st.sampled_from(("", " "))) + part
    return n, body + unit


def _shifted(figure: dict[str, Any], by: int) -> dict[str, Any]:
    """A ``to_dict()`` moved *by* code points to the right."""
    return {**figure, "start": figure["start"] + by, "end": figure["end"] + by}


@settings(deadline=None, max_examples=1000)
@given(st.one_of(any_text, lexicon_text, mixed_text))
def test_extract_never_raises(text: str) -> None:
    """extract() returns a list of Figures for every str, surrogates and controls included."""
    figures = extract(text)
    assert isinstance(figures, list)
    assert all(isinstance(f, Figure) for f in figures)


def _assert_spans(text: str, figures: list[Figure]) -> None:
    """Each span slices its figure's text out of *text*; in order, no overlap; equivalents point back."""
    for index, f in enumerate(figures):
        start, end = f.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == f.text
        assert f.equivalent_of is None or 0 <= f.equivalent_of < index
    for before, after in pairwise(figures):
        assert before.span[1] <= after.span[0]
    for f in figures:
        # the grammar builds figures without Figure.__post_init__ (checked_elsewhere): a
        # checked copy must build too, so every figure holds the class's invariants
        assert replace(f) == f


@settings(deadline=None, max_examples=1000)
@given(texts)
def test_spans_cover_the_text_in_order_without_overlap(text: str) -> None:
    """Every figure's span slices its own text out of the input; figures are in order and never overlap."""
    _assert_spans(text, extract(text))


@settings(deadline=None, max_examples=300)
@given(st.one_of(mixed_text, sentences))
def test_spans_hold_for_every_kind(text: str) -> None:
    """The span laws hold too when bare numbers are asked for (kinds=all), and an equivalent points back."""
    _assert_spans(text, extract(text, kinds=frozenset(Kind)))


@settings(deadline=None, max_examples=300)
@given(st.one_of(mixed_text, sentences), st.sampled_from((" ", "\n", "  ", "\t")))
def test_leading_space_moves_spans_only(text: str, space: str) -> None:
    """White space put before a text moves every figure by its length and changes nothing else."""
    expected = [_shifted(f.to_dict(), len(space)) for f in extract(text)]
    assert [f.to_dict() for f in extract(space + text)] == expected


@settings(deadline=None, max_examples=30)
@given(st.one_of(st.binary(), st.none(), st.integers()))
def test_non_str_is_a_type_error(value: object) -> None:
    """parse() and extract() raise TypeError for anything that is not a str."""
    for function in (parse, extract):
        try:
            function(value)  # type: ignore[arg-type]  # the wrong type is the point
        except TypeError:
            continue
        raise AssertionError(f"{function.__name__}({value!r}) did not raise TypeError")


@settings(deadline=None, max_examples=500)
@given(won_amounts())
def test_written_won_amounts_read_back(amount: tuple[int, str]) -> None:
    """A whole number of won written in myriad groups or plain digits parses back to that number in KRW."""
    n, text = amount
    figure = parse(text)
    assert (figure.kind.value, figure.value, figure.currency, figure.bound.value) == ("money", n, "KRW", "eq")


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(KNOWN_GOOD))
def test_figure_in_a_sentence_reads_as_parse(text: str) -> None:
    """A figure inside "그는 … 를 말했다" is extracted alone and equals parse() of it, its offsets shifted by 3."""
    sentence = "그는 " + text + "를 말했다"
    assert [f.to_dict() for f in extract(sentence)] == [_shifted(parse(text).to_dict(), 3)]


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(KNOWN_GOOD))
def test_full_width_digits_read_like_ascii(text: str) -> None:
    """Folding a known figure's digits to full width changes its text only, never what it means."""
    folded = text.translate(FULL_WIDTH)
    expected = {**parse(text).to_dict(), "text": parse(text).text.translate(FULL_WIDTH)}
    assert parse(folded).to_dict() == expected


@settings(deadline=None, max_examples=200)
@given(won_amounts())
def test_full_width_won_amounts_read_back(amount: tuple[int, str]) -> None:
    """A whole number of won written with full-width digits parses to the same value as with ASCII ones."""
    n, text = amount
    figure = parse(text.translate(FULL_WIDTH))
    assert (figure.value, figure.currency) == (n, "KRW")


@settings(deadline=None, max_examples=1000)
@given(st.one_of(lexicon_text, any_text, mixed_text))
def test_parse_raises_only_parse_error(text: str) -> None:
    """parse() of any str returns a Figure or raises ParseError, never another exception."""
    try:
        figure = parse(text)
    except ParseError as err:
        assert (err.text, isinstance(err.position, int), isinstance(err.reason, str)) == (text, True, True)
        assert 0 <= err.position <= len(text)
    else:
        assert isinstance(figure, Figure)


@settings(deadline=None, max_examples=200)
@given(st.one_of(sentences, st.sampled_from(KNOWN_GOOD)))
def test_figures_hash_and_pickle(text: str) -> None:
    """Figures are hashable, equal figures hash equal, and a pickled figure comes back equal."""
    first, second = extract(text), extract(text)
    assert first == second
    assert [hash(f) for f in first] == [hash(f) for f in second]
    assert len(set(first)) == len(first)
    for figure in first:
        copy = pickle.loads(pickle.dumps(figure))
        assert (copy, hash(copy)) == (figure, hash(figure))


@settings(deadline=None, max_examples=200)
@given(lexicon_text)
def test_parse_errors_pickle_with_their_attributes(text: str) -> None:
    """A pickled ParseError comes back with its text, position, reason and message."""
    try:
        parse(text)
    except ParseError as err:
        copy = pickle.loads(pickle.dumps(err))
        assert type(copy) is ParseError
        assert (copy.text, copy.position, copy.reason, str(copy)) == (err.text, err.position, err.reason, str(err))


@pytest.mark.parametrize("pattern", ["1억 ", "1만 1", "1조 1억 1만 1 ", "1억"])
def test_the_common_number_pattern_stops_after_the_myriad_groups(pattern: str) -> None:
    """'1억 ' * n once made the fast lane's pattern match to the end of the text at every
    anchor, a quadratic scan (found by benchmarks/adversarial.py). A number descends
    through the myriad scales, so its pattern holds a bounded count of groups."""
    text = pattern * 2000
    m = COMMON_NUMBER.match(text, 0)
    assert m is not None
    assert m.end() <= 8 * len(pattern) + MAX_DIGITS


number_text = st.text(st.sampled_from("0123456789,. 억만조천백십경원%"), max_size=40)


@settings(deadline=None, max_examples=500)
@given(st.one_of(number_text, mixed_text))
def test_the_walk_anchor_reads_the_common_number_at_a_digit(text: str) -> None:
    """The walk's anchor pattern reads on past a digit with COMMON_NUMBER's rest, so one
    search finds the anchor and its number: at every digit it must end where
    COMMON_NUMBER ends, with group 1 set exactly when COMMON_NUMBER's is."""
    anchor = _shortcut_anchor()
    for a, ch in enumerate(text):
        if ch not in "0123456789":
            continue
        found = anchor.match(text, a)
        common = COMMON_NUMBER.match(text, a)
        assert found is not None and common is not None
        assert found.end() == common.end()
        assert (found.group(1) is None) == (common.group(1) is None)
