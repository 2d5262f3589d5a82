"""The grammar's shared pieces: the types a reading is made of and the tables it looks
words up in.

:class:`Unit` is what a word after a number makes of it, :class:`Reading` a figure being
read (built by keyword: each construction says what each value is), :class:`Skip` the
answer "no figure here, go on at". :func:`lexicon` builds the look-up tables once from
:mod:`moneyparse.lexicon`. The small tests of where a word ends, the width of a 대 band
(:func:`band_of`) and :func:`to_figure` live here because every other room uses them.
Holds no rule of its own about what a number is or is not.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from moneyparse.figure import (
    _APPROXIMATE,
    _BOUND,
    _COLUMN,
    _CURRENCY,
    _EQUIVALENT_OF,
    _HIGH,
    _KIND,
    _LOW,
    _PER,
    _PER_AMOUNT,
    _ROW,
    _SPAN,
    _TEXT,
    _UNIT,
    _VALUE,
    Bound,
    Figure,
    Kind,
)
from moneyparse.lexicon.counters import NOT_FIGURE_WORDS, NOUN_BY_COUNTER
from moneyparse.lexicon.currencies import currency_symbols, currency_words
from moneyparse.lexicon.markers import (
    BETWEEN_WORDS,
    COPULA_YO,
    EQUALS,
    FOLLOWERS,
    MARKER_AFTER,
    MARKER_BEFORE,
    MARKER_FOLLOWERS,
    NEGATIVE_SIGNS,
    NO_COPULA_AFTER,
    NO_RATE_CURRENCY_WORDS,
    PARTICLE_WORDS,
    PERIOD_WORDS,
    POSITIVE_SIGNS,
    RANGE_WORDS,
    RATE_WORDS,
    SCALED_RATE_WORDS,
    Marker,
)
from moneyparse.lexicon.units import DEGREE_BEFORE, SPEED_BEFORE, UNIT_BY_WORD
from moneyparse.scanner import WordTable, is_hangul
from moneyparse.value import Number, last_place

_TEN: Final = Decimal(10)
_ONE: Final = Decimal(1)
_MYRIAD: Final = Decimal(10_000)
NUMERAL_CHARS: Final = frozenset("일이삼사오육칠팔구십백천")


class Unit(NamedTuple):
    """What a word after a number makes of it."""

    kind: Kind | None  # None: the word makes the number a date, an ordinal … not a figure
    unit: str | None = None
    currency: str | None = None
    power: int = 0
    counter: bool = False


_NOT_A_FIGURE: Final = Unit(None)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The look-up tables of the grammar, built once from the lexicon modules."""

    units: WordTable[Unit]
    symbols: WordTable[str]
    before: WordTable[Marker]
    after: WordTable[Marker]
    rates: WordTable[str]
    rate_powers: dict[str, int]  # rate words that hold a power of ten of their unit: MMBtu당
    signs: WordTable[int]
    unit_before: WordTable[tuple[str, str]]
    back_last: frozenset[str]  # the last characters of every word _look_back reads
    per_nouns: frozenset[str]  # the English denominators of rates: share, person, hour …


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Build the grammar's tables on first use (Babel's CLDR data are read here)."""
    units: dict[str, Unit] = {}
    for word in NOT_FIGURE_WORDS:
        units[word] = _NOT_A_FIGURE
    for word in NOUN_BY_COUNTER:
        units[word] = Unit(Kind.COUNT, word, counter=True)
    for word, (kind, unit) in UNIT_BY_WORD.items():
        units[word] = Unit(Kind(kind), unit)
    for word, cw in currency_words().items():
        units[word] = Unit(Kind.MONEY, None, cw.code, cw.power)
    symbols = dict(currency_symbols())
    for word in UNIT_BY_WORD:  # 100 KRW yes, but never "100 m" as a code
        symbols.pop(word, None)
    symbols["미화"] = "USD"
    rates: dict[str, str] = dict(RATE_WORDS)
    for word, noun in NOUN_BY_COUNTER.items():
        rates[word + "당"] = noun
        rates["1" + word + "당"] = noun
        rates["한 " + word + "당"] = noun  # 한 명당, 한 곳당
        rates["한" + word + "당"] = noun  # 한마리당
    for word, (kind, unit) in UNIT_BY_WORD.items():
        if kind == "quantity" and unit != "point":
            rates[word + "당"] = unit
            rates["1" + word + "당"] = unit
    for word, cw in currency_words().items():
        if cw.power == 0 and word not in NO_RATE_CURRENCY_WORDS:
            rates.setdefault(word + "당", cw.code)  # 달러당, 엔화당, 유로당: a price of one unit of it
    for word, per, _power in SCALED_RATE_WORDS:
        rates[word] = per
    signs = {word: -1 for word in NEGATIVE_SIGNS} | {word: 1 for word in POSITIVE_SIGNS}
    back_words = [*symbols, *signs, *MARKER_BEFORE, *rates]
    return Lexicon(
        units=WordTable.of(units.items()),
        symbols=WordTable.of(symbols.items()),
        before=WordTable.of(MARKER_BEFORE.items()),
        after=WordTable.of(MARKER_AFTER.items()),
        rates=WordTable.of(rates.items()),
        rate_powers={word: power for word, _per, power in SCALED_RATE_WORDS},
        signs=WordTable.of(signs.items()),
        unit_before=WordTable.of(
            [(word, ("degree", unit)) for word, unit in DEGREE_BEFORE]
            + [(word, ("speed", unit)) for word, unit in SPEED_BEFORE]
        ),
        # and 최고 연 4.1% (a marker over a period), 1달러=7.1위안 (an amount equated with a price)
        back_last=frozenset(word[-1] for word in back_words) | PERIOD_WORDS | {EQUALS},
        per_nouns=frozenset(rates.values()) | frozenset(NOUN_BY_COUNTER.values()),
    )


class Reading(NamedTuple):
    """A figure being read: its parts before they become a :class:`Figure`."""

    start: int  # where the figure's surface begins, markers and symbols included
    end: int
    num_start: int  # where its number begins
    kind: Kind | None  # None: a bare number, which a table header or scale= may make money
    low: Decimal
    high: Decimal
    point: bool = True  # a point value (not a range or band)
    unit: Unit | None = None
    currency: str | None = None
    per: str | None = None
    per_amount: Decimal | None = None  # how many of per, where a number is written (100엔당)
    approximate: bool = False
    bound: Bound = Bound.EQ
    number: Number | None = None  # the number as read (None for ranges, bands of vague amounts)
    has_scale: bool = False  # a scale word, unit power or header scaled it: no bare number
    sign: int = 1


# A Number or Reading built on the hot path: every field given in order, with no keyword
# look-ups (the fast lane and _around build one of each for most figures of a text).
_new: Final = tuple.__new__


class Skip(NamedTuple):
    """No figure here; the scan goes on at ``resume``."""

    resume: int


def _word_ends(t: str, pos: int) -> bool:
    """True when the word ends at *pos* or goes on only with a particle or a marker."""
    return pos >= len(t) or not is_hangul(t[pos]) or t[pos] in FOLLOWERS


def _particles_only(t: str, pos: int) -> bool:
    """True when the syllables written from *pos* to the next non-syllable are none, or
    one to three particle words (:data:`PARTICLE_WORDS`: 을, 에서도, 까지는, 이상이다): a
    word ends at *pos* for a unit whose syllables also begin other words (100불을, but
    불어났다, 불가피, 프로그램)."""
    end = pos
    n = len(t)
    while end < n and is_hangul(t[end]):
        end += 1
        if end - pos > _PARTICLES_LONGEST:
            return False
    if end > pos and t[end - 1] in _JOINING and (end >= n or t[end] != " "):
        return False  # 매출 5억 불과: "no more than", a headline's 불과하다; 과 as "and" joins a word
    return _splits_into_particles(t[pos:end], 3)


_PARTICLES_LONGEST: Final = 3 * max(len(word) for word in PARTICLE_WORDS)
_JOINING: Final = frozenset("과와")  # particles that join the next word: and


def _splits_into_particles(run: str, most: int) -> bool:
    """*run* is empty or splits into at most *most* particle words."""
    if not run:
        return True
    return most > 0 and any(
        run.startswith(word) and _splits_into_particles(run[len(word) :], most - 1) for word in PARTICLE_WORDS
    )


def joiner_at(t: str, pos: int) -> bool:
    """True when what joins a range's two ends stands at *pos*, right after a first end:
    ~ or - (3~4, 3-4), a space and one of them or to (3 ~ 4, 3% to 4%), or 에서, 부터, 과
    or 와 with the space after them (3조에서 4조원, 20과 30 사이; not 230억원에, 10과의)."""
    if pos >= len(t):
        return False
    c = t[pos]
    if c in _WORD_JOINER_FIRST:
        return any(t.startswith(word, pos) and t.startswith(" ", pos + len(word)) for word in _WORD_JOINERS)
    return c in _JOINER_FIRST or (c == " " and t[pos + 1 : pos + 2] in _JOINER_SPACED)


# The first character of what joins a range's two ends after its first (3~4, 3-4, 3조에서,
# 20부터, 20과 30 사이), and after a space (3 ~ 4, 3 - 4, 3% to 4%).
_JOINER_FIRST: Final = frozenset("~-")
# The words that join two ends, which read_range takes only with a space after them.
_WORD_JOINERS: Final = (*RANGE_WORDS, *BETWEEN_WORDS)
_WORD_JOINER_FIRST: Final = frozenset(word[0] for word in _WORD_JOINERS)
_JOINER_SPACED: Final = frozenset("~-t")


def _marker_ends(t: str, pos: int) -> bool:
    """:func:`_word_ends` after a marker or a band, which may also take the conditional 면."""
    return _word_ends(t, pos) or t[pos] in MARKER_FOLLOWERS


def _unit_ends(t: str, pos: int, unit: Unit | None) -> bool:
    """:func:`_word_ends` after a unit word; a unit that is no counter may also take 면 and
    일 (칠 퍼센트면, 열다섯 배면), and most units the copula 예요 (이십이 퍼센트예요, 세 개예요)."""
    if _word_ends(t, pos):
        return True
    if unit is None:
        return False
    if not unit.counter and t[pos] in MARKER_FOLLOWERS:
        return True
    return t.startswith(COPULA_YO, pos) and unit.unit not in NO_COPULA_AFTER


def _near_before(t: str, pos: int) -> str:
    """The character before *pos*, or the one before that when a space stands between:
    the last character of what a look-back would read ("" at the start of the text)."""
    near = t[pos - 1] if pos > 0 else ""
    if near == " ":
        near = t[pos - 2] if pos > 1 else ""
    return near


def band_of(number: Number, sign: int = 1) -> tuple[Decimal, Decimal]:
    """The half-open band a 대 makes of *number*: one unit of its last non-zero digit wide.

    1억383만 원대 -> [1억383만, 1억384만); 10%대 -> [10, 20); and where no digit was
    written, as in 억대, from the myriad scale up to ten times it: [1억, 10억). A small scale
    word counts as a digit written: 천억 원대 is [1000억, 2000억), 십 퍼센트대 [10, 20),
    천칠백 원대 [1700, 1800).
    """
    low = number.value
    bare_scale = number.implied_one and number.lead_power == number.top_power > 0  # 억대, 만 원대
    width = low * 9 if bare_scale else _TEN ** last_place(low)
    return low, low + width


def whole(x: Decimal) -> Decimal:
    """*x* written plain where it is a whole number: a decimal scaled up (28.5억, US$1.2bn)
    is 2850000000, not 2850000000.0; 1.25억 is 125000000. Called on scaled values only, so
    what was written unscaled (1.0%, 2.50달러) keeps its places."""
    whole = x.to_integral_value()
    return whole if whole == x else x


def to_figure(r: Reading, text: str, default_currency: str | None = None) -> Figure | None:
    """Turn a reading into a Figure over the original *text*; ``None`` for a bare number."""
    # one unpacking, not a dozen look-ups by name: this runs once for every figure
    start, end, _, kind, low, high, point, unit, currency, per, per_amount, approximate, bound, _, has_scale, _ = r
    if kind is None:
        if default_currency is not None:
            kind, currency = Kind.MONEY, default_currency
        else:
            kind = Kind.NUMBER
    money = kind is Kind.MONEY
    if has_scale and (point or min(abs(low), abs(high)) >= _MYRIAD):
        # 28.5억, 3~4.5조원: 2850000000, not the product's 2850000000.0; what was written
        # unscaled keeps its places (1.0%, -0.5~-1.0%)
        same = high is low
        low = whole(low)
        high = low if same else whole(high)
    return checked_elsewhere(
        kind,
        low if point else None,
        low,
        high,
        currency if money else None,
        None if unit is None or money else unit.unit,
        per,
        approximate,
        bound,
        text[start:end],
        (start, end),
        None if per is None else (per_amount or _ONE),
    )


def checked_elsewhere(
    kind: Kind,
    value: Decimal | None,
    low: Decimal,
    high: Decimal,
    currency: str | None,
    unit: str | None,
    per: str | None,
    approximate: bool,
    bound: Bound,
    text: str,
    span: tuple[int, int],
    per_amount: Decimal | None = None,
) -> Figure:
    """A Figure built without :meth:`Figure.__post_init__`'s checks, for the grammar's hot
    path: its readings hold the invariants by construction, and a property test holds
    every figure extract returns to the same checks. Costs half the checked init. It lives
    here, in a module of the compiled build, not in :mod:`moneyparse.figure`, which stays
    Python: built there it ran interpreted once a figure."""
    fig: Figure = object.__new__(Figure)
    _KIND(fig, kind)
    _VALUE(fig, value)
    _LOW(fig, low)
    _HIGH(fig, high)
    _CURRENCY(fig, currency)
    _UNIT(fig, unit)
    _PER(fig, per)
    _APPROXIMATE(fig, approximate)
    _BOUND(fig, bound)
    _TEXT(fig, text)
    _SPAN(fig, span)
    _EQUIVALENT_OF(fig, None)
    _PER_AMOUNT(fig, per_amount)
    _ROW(fig, None)
    _COLUMN(fig, None)
    return fig
