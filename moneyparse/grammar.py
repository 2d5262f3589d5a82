"""Tokens around an anchor -> one figure, or nothing.

The grammar reads outward from an anchor found by the scanner: the number itself
(:mod:`moneyparse.value`), then ahead (여, the unit, 대, markers after, a range's second
end) and back (a currency symbol, a sign, a marker before, a rate word). Each choice the
SPEC leaves open lives in one function whose docstring states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from moneyparse.figure import Bound, Figure, Kind, checked_elsewhere
from moneyparse.lexicon.counters import (
    COUNT_TOTAL,
    MACHINES,
    NATIVE_ATTACHED,
    NATIVE_MEASURES,
    NOT_FIGURE_WORDS,
    NOUN_BY_COUNTER,
    WEEKS_AFTER,
    WEEKS_BEFORE,
)
from moneyparse.lexicon.currencies import currency_symbols, currency_words
from moneyparse.lexicon.markers import (
    A_BIT_OVER,
    BAND_SUFFIX,
    BETWEEN,
    BETWEEN_WORDS,
    COMPARED_FINITE,
    COMPARED_IN_THE_PAST,
    COMPARED_WITH,
    COMPARING_MARKERS,
    COPULA_YO,
    EXTREMES,
    FOLLOWERS,
    HOLDING,
    MARKER_AFTER,
    MARKER_BEFORE,
    MARKER_FOLLOWERS,
    NEGATIVE_SIGNS,
    NO_BAND_COUNTERS,
    NO_COPULA_AFTER,
    OBJECT_PARTICLES,
    POSITIVE_SIGNS,
    RANGE_WORDS,
    RATE_WORDS,
    REACHED_VERBS,
    RECORDED_VERBS,
    REFERENCE_NOUNS,
    SIGN_AFTER_WORDS,
    TOPIC_PARTICLES,
    UP_TO,
    VAGUE,
    Marker,
)
from moneyparse.lexicon.numerals import DEMONSTRATIVE, NATIVE_PAIRS, SINO_VALUE_BY_DIGIT
from moneyparse.lexicon.scales import (
    LARGE_MYRIAD_CHARS,
    MYRIAD_SCALE_CHARS,
    POWER_AFTER_CURRENCY,
    POWER_BY_MYRIAD_SCALE,
    POWER_BY_SMALL_SCALE,
    SCALE_CHARS,
    SMALL_SCALE_CHARS,
)
from moneyparse.lexicon.units import (
    ALCOHOL_WORDS,
    ANGLE_WORDS_AFTER,
    ANGLE_WORDS_BEFORE,
    DEGREE_BEFORE,
    SPEED_BEFORE,
    TEMPERATURE_WORDS,
    UNIT_BY_WORD,
)
from moneyparse.scanner import (
    COMMON_NUMBER,
    DIGIT_CHARS,
    HANGUL,
    WordTable,
    digits_end,
    is_hangul,
    is_latin,
    skip_space,
    space_before,
)
from moneyparse.value import MAX_DIGITS, Number, divide_rounded, last_place, read_native, read_native_pair, read_number

_TEN: Final = Decimal(10)
NUMERAL_CHARS: Final = frozenset("일이삼사오육칠팔구십백천")
FRACTION: Final = "분의"  # 3분의 1: one third
# Characters after which a '-' or '+' is a sign, not a hyphen (1000만-2000만원, 052-278).
_SIGN_OK_AFTER: Final = frozenset(" \t\n\r([{:,|/=→·'\"“‘<>≤≥…")


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
    for word, (kind, unit) in UNIT_BY_WORD.items():
        if kind == "quantity" and unit != "point":
            rates[word + "당"] = unit
            rates["1" + word + "당"] = unit
    signs = {word: -1 for word in NEGATIVE_SIGNS} | {word: 1 for word in POSITIVE_SIGNS}
    back_words = [*symbols, *signs, *MARKER_BEFORE, *rates]
    return Lexicon(
        units=WordTable.of(units.items()),
        symbols=WordTable.of(symbols.items()),
        before=WordTable.of(MARKER_BEFORE.items()),
        after=WordTable.of(MARKER_AFTER.items()),
        rates=WordTable.of(rates.items()),
        signs=WordTable.of(signs.items()),
        unit_before=WordTable.of(
            [(word, ("degree", unit)) for word, unit in DEGREE_BEFORE]
            + [(word, ("speed", unit)) for word, unit in SPEED_BEFORE]
        ),
        back_last=frozenset(word[-1] for word in back_words),
        per_nouns=frozenset(rates.values()) | frozenset(NOUN_BY_COUNTER.values()),
    )


class Reading(NamedTuple):
    """A figure being read: its parts before they become a :class:`Figure`."""

    start: int
    end: int
    num_start: int
    kind: Kind | None
    low: Decimal
    high: Decimal
    point: bool  # a point value (not a range or band)
    unit: Unit | None
    currency: str | None
    per: str | None
    approximate: bool
    bound: Bound
    number: Number | None
    has_scale: bool
    sign: int = 1


class Skip(NamedTuple):
    """No figure here; the scan goes on at ``resume``."""

    resume: int


# What may stand before a number written from its point (.25): a space, a bracket, a sign.
_LEAD_POINT_AFTER: Final = frozenset(" \t\n(-+~$")


def _word_ends(t: str, pos: int) -> bool:
    """True when the word ends at *pos* or goes on only with a particle or a marker."""
    return pos >= len(t) or not is_hangul(t[pos]) or t[pos] in FOLLOWERS


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


def _read_vague(t: str, i: int) -> tuple[Decimal, Decimal, int] | None:
    """수십억 -> [10억, 100억); 수조 -> [2조, 10조); 십수억 -> [11억, 20억).

    수 (and 몇, read the same) right before a myriad scale means two to nine of it; before
    a small scale, one to nine of it (수십 is "some tens", from ten up); 십수 is eleven to
    nineteen. One space may stand before a scale word (수 억, 수십 억).
    """
    for word, low_n, high_n in VAGUE:
        if t.startswith(word, i):
            pos = i + len(word)
            low, high = Decimal(low_n), Decimal(high_n)
            break
    else:
        return None
    last_small = 99
    scaled = False
    n = len(t)
    if pos + 1 < n and t[pos] == " " and t[pos + 1] in SCALE_CHARS:
        pos += 1  # 수 억 원, 몇 십억: one space before the scale, as people write it
    if word != "십수" and pos < n and t[pos] in POWER_BY_SMALL_SCALE:
        low = Decimal(1)
    while pos < n and t[pos] in POWER_BY_SMALL_SCALE and POWER_BY_SMALL_SCALE[t[pos]] < last_small:
        last_small = POWER_BY_SMALL_SCALE[t[pos]]
        low, high = low * _TEN**last_small, high * _TEN**last_small
        scaled = True
        pos += 1
    if (
        scaled
        and pos + 1 < n
        and t[pos] == " "
        and t[pos + 1] in POWER_BY_MYRIAD_SCALE
        and not _longer_unit_at(t, pos + 1)
    ):
        pos += 1  # 수십 억 원; but 수십 조선 민주주의 인민 공화국 원 is tens of a currency
    if pos < n and t[pos] in POWER_BY_MYRIAD_SCALE:
        power = POWER_BY_MYRIAD_SCALE[t[pos]]
        low, high = low * _TEN**power, high * _TEN**power
        scaled = True
        pos += 1
    if not scaled:
        return None
    return low, high, pos


def _longer_unit_at(t: str, pos: int) -> bool:
    """A unit word of more than one syllable starts at *pos*, where a scale syllable
    stands: 조선 민주주의 인민 공화국 원 (North Korea's won), not 조 and a word."""
    hit = lexicon().units.at(t, pos)
    return hit is not None and hit[1].kind is not None and len(hit[0]) > 1


def _is_age(number: Number, unit: Unit) -> bool:
    """30대 with no unit before 대 is an age band (twenty-somethings), not thirty vehicles.

    Read so: 대 after a whole multiple of ten from 10 to 90, written in digits alone or in
    Sino-Korean numerals (이십대, 십대). A native numeral never writes an age with 대
    (스무 살, not 스무 대), so 스무 대 and 열 대 are counts. A native numeral is the one
    Hangul number with no scale word: a Sino-Korean one of ten or more holds 십.
    """
    if number.hangul and not number.has_scale:
        return False
    v = number.value
    # 30대, 이십대, 십대; a vague amount (수십 대, read with a myriad flag) is a count
    written = not number.has_myriad and (not number.has_scale or number.hangul or number.implied_one)
    return unit.unit == "대" and written and v % 10 == 0 and 10 <= v <= 90


def _counted_before(words: str) -> bool:
    """True when the *words* before a round ten and 대 make it a count, not an age band:
    a machine or a vehicle (차량 40대가), or a part of a count of them (항공기 180대 가운데
    30대가) whose whole is no age. (총 before it makes a count whatever follows.)"""
    if words.endswith(MACHINES):
        return True
    m = _PARTITIVE.search(words)
    if m is None:
        return False
    whole = int(m.group(1))
    return not (10 <= whole <= 90 and whole % 10 == 0)


_PARTITIVE: Final = re.compile(r"(?<![0-9])([0-9]{1,6})대 (?:가운데|중)$")


def _words_before(t: str, num: Number) -> str:
    """The few words before the word that holds *num*, never the whole text."""
    start = num.end
    floor = max(0, num.end - _WORD_REACH)
    while start > floor and not t[start - 1].isspace():
        start -= 1
    return t[max(0, start - _WORD_REACH) : start].rstrip()


def _weeks_before(t: str, num: Number) -> bool:
    """지난 2주, 향후 3주: a time word before the number makes 주 weeks, not shares."""
    return _words_before(t, num).endswith(WEEKS_BEFORE)


_WORD_REACH: Final = 24  # how far back a time word before N주 is looked for


def _weeks_after(t: str, end: int) -> bool:
    """3주 전, 2주 이내에, 3주째: a time word after 주 makes it weeks, not shares."""
    at = skip_space(t, end)
    return any(t.startswith(word, at) and _word_ends(t, at + len(word)) for word in WEEKS_AFTER)


def _amount_band(t: str, num: Number, at: int) -> bool:
    """True when the 대 at *at* makes a band of an amount with no unit written: after a
    scale word alone (억대, 천만대), or after digits closed by 억 or 조 where a word, not a
    particle, follows (30억대 아파트, 20억대 초반; 3억대를 출하 counts 300 million units)."""
    if num.implied_one:
        # 억대, 조대, 천만대; not 십대, 백대, 천대 (ages, or a few hundred of something)
        last = t[num.end - 1]
        return last in LARGE_MYRIAD_CHARS or (last == "만" and num.end >= 2 and t[num.end - 2] in SMALL_SCALE_CHARS)
    if not (num.has_myriad and t[num.end - 1] in LARGE_MYRIAD_CHARS):
        return False
    return at + 1 >= len(t) or not is_hangul(t[at + 1])


def _band_at(t: str, pos: int, unit: Unit | None, num: Number) -> bool:
    """True when the 대 at *pos* makes a band of what stands before it: a unit that is no
    counter (3%대, 1억원대), or no unit and an amount (억대, 30억대 아파트); never 대비."""
    if pos >= len(t) or t[pos] != BAND_SUFFIX or not _marker_ends(t, pos + 1) or t.startswith("대비", pos):
        return False
    if unit is None:
        return _amount_band(t, num, pos)
    return not unit.counter or (unit.unit not in NO_BAND_COUNTERS and unit.unit != BAND_SUFFIX)


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


_SPOKEN_PERCENT: Final = "프로"
ORDINAL_PREFIX: Final = "제"  # 제3조, 제47대: digits after it are an ordinal


def _year_or_name(t: str, num: Number, start: int | None = None) -> bool:
    """2024 대선, 2030 원전, 코스피200 주가지수, 빅3 편의점: before a unit word set off by a
    space, a year (a plain 19xx or 20xx) or digits glued to a name are no amount."""
    end = num.end
    if num.hangul or num.has_scale:
        return False
    if start is not None and _glued_to_name(t, num, start):
        return True
    if end < 4:
        return False
    plain = t[end - 4 : end]
    before = t[end - 5] if end > 4 else " "
    return plain.isdigit() and plain[:2] in ("19", "20") and before not in _NUMBER_MARKS


_NUMBER_MARKS: Final = DIGIT_CHARS | frozenset(",.")


def _glued_to_name(t: str, num: Number, start: int) -> bool:
    """Plain digits written onto the syllable before them (빅3, 코스피200)."""
    return not (num.hangul or num.has_scale) and start > 0 and is_hangul(t[start - 1])


def _not_index_points(word: str, num: Number) -> bool:
    """12.34p, ▲12.34P: a lone p is an index point only after a decimal (3:20p is a time)."""
    return word in _LONE_POINT and num.value == num.value.to_integral_value()


_LONE_POINT: Final = frozenset({"p", "P"})


def _model_name(word: str, num: Number, spaced: bool) -> bool:
    """아이폰 15 프로, 갤럭시 북4 프로: digits, a space and 프로 are a model's name; the
    spoken percent after digits is written onto them (30프로), after a Hangul numeral it
    may stand apart (삼십 프로)."""
    return spaced and word == _SPOKEN_PERCENT and not num.hangul


def read_tail(t: str, num: Number, *, native: bool = False) -> tuple[int, Unit | None, bool, bool] | Skip:
    """Read what follows a number: 여, the unit, and a 대 band.

    Returns (end, unit, a_bit_over, band), or :class:`Skip` when the word after the number
    makes it no figure (개월, 3위, 1주당 …).
    """
    lex = lexicon()
    n = len(t)
    pos = num.end
    about = num.a_bit_over
    if pos < n and t[pos] == A_BIT_OVER:
        after = skip_space(t, pos + 1)
        if lex.units.at(t, after) is not None:
            about = True
            pos += 1
    spaced = skip_space(t, pos)
    hit = lex.units.at(t, spaced)
    if hit is not None and is_latin(hit[0][-1]):
        after = spaced + len(hit[0])
        if after < n and (is_latin(t[after]) or t[after] in DIGIT_CHARS):
            hit = None  # 5G, 3Mbps, 100 VEB: letters that go on are a name or a code, not this unit
    if hit is None:
        symbol = lex.symbols.at(t, pos)  # 10₩, 100 USD: a symbol or code after the number
        if symbol is not None and not is_hangul(symbol[0][0]):
            after = pos + len(symbol[0])
            if after >= n or not (is_latin(t[after]) or t[after] in DIGIT_CHARS):
                return (after, Unit(Kind.MONEY, None, symbol[1]), about, False)
        symbol = lex.symbols.at(t, spaced) if spaced != pos else None
        if symbol is not None and is_latin(symbol[0][0]):
            after = spaced + len(symbol[0])
            if after >= n or not (is_latin(t[after]) or t[after] in DIGIT_CHARS):
                return (after, Unit(Kind.MONEY, None, symbol[1]), about, False)
    unit: Unit | None = None
    if hit is not None:
        word, candidate = hit
        unit_end = spaced + len(word)
        if candidate.kind is None:
            return Skip(unit_end)
        if word == BAND_SUFFIX and spaced == pos and _amount_band(t, num, pos):
            hit = None  # 억대, 천만대, 30억대 아파트: a band of an amount, not a count of vehicles
    if hit is not None:
        word, candidate = hit
        unit_end = spaced + len(word)
        if _model_name(word, num, spaced != pos) or _not_index_points(word, num):
            return Skip(unit_end)
        beyond = skip_space(t, unit_end)
        if word == BAND_SUFFIX and beyond < n and t[beyond] in DIGIT_CHARS:
            return Skip(unit_end)  # 3대 1로, 7대2, 5대 4: a score or a vote, not vehicles
        if unit_end < n and t[unit_end] in DIGIT_CHARS and candidate.kind is not Kind.MONEY:
            return Skip(unit_end)  # 2020도12345: a case number
        if spaced != pos and candidate.kind is not Kind.MONEY and _year_or_name(t, num):
            return Skip(unit_end)  # 2024 대선, 2024 개정: a year (1900 원 stays money)
        if (
            num.implied_one
            and candidate.kind is Kind.QUANTITY
            and spaced == pos
            and t[num.end - 1] in MYRIAD_SCALE_CHARS
        ):
            return Skip(unit_end)  # HL만도, 만평: a word, not 10,000 degrees (천알피엠 is 1000 rpm)
        if (
            candidate.counter
            and num.implied_one
            and (spaced == pos or num.value.normalize().as_tuple().digits != (1,))
            and _scale_words_before(t, num.end) < 2
        ):
            # 조건, 천명했다, 조명, 만개, 조사 대상: a scale syllable with a counter written
            # onto it, or with a digit after it, begins a word (천만 명 stays a figure, and so
            # does a number with a second scale word: 백오십 명, 천 오백 명)
            return Skip(unit_end)
        if native and not (candidate.counter or candidate.unit in NATIVE_MEASURES):
            return Skip(unit_end)
        if native and spaced == pos and word not in NATIVE_ATTACHED:
            return Skip(unit_end)
        if unit_end < n and t[unit_end] == "당":
            return Skip(unit_end + 1)  # 1주당, 3.3㎡당: the denominator of a rate
        hangul_word = is_hangul(word[-1])
        attached_money = candidate.kind is Kind.MONEY and spaced == pos and not num.hangul
        # a unit written onto digits may run into the next word, as headlines and compounds
        # write it (1톤트럭, 5000원권, 3조원투자); a counter or a Hangul numeral may not (조건,
        # 천명했다), and the words that only begin with a unit's syllable (원칙, 엔진, 도루)
        # are in the table of words that are no figures
        if (
            hangul_word
            and not attached_money
            and not _unit_ends(t, unit_end, candidate)
            and not (candidate.counter and t.startswith(HOLDING, unit_end))  # 10개들이 상자
            and (candidate.counter or num.hangul or spaced != pos)
        ):
            return Skip(unit_end)
        unit = candidate
        pos = unit_end
        if unit is not None and unit.kind is Kind.QUANTITY and pos + 1 < n and t[pos] == "/":
            below = lex.units.at(t, pos + 1)  # 12kg/kg, 1km/m: a ratio of two units
            after = pos + 1 + len(below[0]) if below is not None else pos
            if below is not None and below[1].kind is Kind.QUANTITY and not (after < n and is_latin(t[after])):
                unit = Unit(Kind.QUANTITY, f"{unit.unit} / {below[1].unit}")
                pos = after
        if unit is not None and _is_age(num, unit) and not about:
            words = _words_before(t, num)
            noun_after = pos + 1 < n and t[pos] == " " and is_hangul(t[pos + 1])
            if not words.endswith(COUNT_TOTAL) and (noun_after or not _counted_before(words)):
                return Skip(pos)  # 30대 직장인, 택시 40대 남성; but 차량 40대가, 총 50대 are counts
        if unit is not None and unit.unit == "주" and (_weeks_before(t, num) or _weeks_after(t, pos)):
            return Skip(pos)
    band = False
    if _band_at(t, pos, unit, num):
        band = True
        pos += 1
    if unit is None and not num.has_scale and not band:
        return (num.end, None, about, False)
    return (pos, unit, about, band)


def _minor_part(t: str, end: int, major: Unit) -> tuple[Decimal, int] | None:
    """1달러 20센트, 이달러이십삼센트: the minor units after a major amount, and their end."""
    pos = skip_space(t, end)
    if pos >= len(t) or not (t[pos] in DIGIT_CHARS or t[pos] in NUMERAL_CHARS):
        return None
    num = read_number(t, pos)
    if num is None:
        return None
    hit = lexicon().units.at(t, skip_space(t, num.end))
    if hit is None or hit[1].currency != major.currency or hit[1].power >= 0:
        return None
    return num.value * _TEN ** hit[1].power, skip_space(t, num.end) + len(hit[0])


def _margin(t: str, start: int, word: str, end: int) -> bool:
    """True when the marker *word* after the figure at *start* (ending at *end*) compares
    something with a reference by the figure: 컨센서스를 12% 상회했다, 현 주가를 30% 상회한다
    and 기대치를 18% 상회하는 실적 are by 12%, 30% and 18%, not above them (COMPARING_MARKERS)."""
    if word not in COMPARING_MARKERS:
        return False
    noun_end = space_before(t, start)
    compared = noun_end > 0 and t[noun_end - 1] in OBJECT_PARTICLES
    if t.startswith(COMPARED_IN_THE_PAST, end) and (compared or _reference_in_sentence(t, start)):
        return True  # 컨센서스를 12% 상회했다, 컨센서스를 3% 하회했고 이익은 12% 상회했다
    if compared:
        noun_end -= 1
    if noun_end > 0 and t[noun_end - 1] == ")":
        # 컨센서스(2,850억원)를 8% 상회: the noun stands before its parenthesis
        opened = t.rfind("(", max(0, noun_end - _PARENTHESIS_MOST), noun_end)
        noun_end = opened if opened > 0 else noun_end
    if t.endswith(REFERENCE_NOUNS, 0, noun_end):
        return True  # 기대치를 18% 웃도는, 컨센 5% 상회 (a headline drops the particle)
    return compared and t.startswith(COMPARED_FINITE, end)


_PARENTHESIS_MOST: Final = 40  # how far back _margin looks for the ( of a parenthesis


def _reference_in_sentence(t: str, start: int) -> bool:
    """A reference a result is measured against (REFERENCE_NOUNS) earlier in the sentence
    of the figure at *start*: the object a later clause leaves out (컨센서스 대비 매출은
    부합, 영업이익은 5% 상회했다), or 대비 naming one (지수 대비 4% 상회했다). With none, a
    level is meant (상승률은 2% 하회했다)."""
    window = _sentence_before(t, start, start)
    return any(noun in window for noun in REFERENCE_NOUNS) or COMPARED_WITH in window


def _markers_after(t: str, pos: int) -> tuple[int, Marker | None]:
    """A marker after the figure (1조원 이상, 17%가량), one space allowed before it."""
    lex = lexicon()
    spaced = skip_space(t, pos)
    hit = lex.after.at(t, spaced)
    if hit is None:
        return pos, None
    word, marker = hit
    end = spaced + len(word)
    if not _marker_ends(t, end):
        return pos, None
    return end, marker


PER: Final = " per "  # English rates, as format("en_US") writes them: $80 per bbl


def _per_after(t: str, pos: int) -> tuple[str, int] | None:
    """The denominator of an English rate at *pos* (bbl, m², share) and where it ends."""
    lex = lexicon()
    hit = lex.units.at(t, pos)
    if hit is not None and hit[1].kind is Kind.QUANTITY and hit[1].unit is not None:
        after = pos + len(hit[0])
        if after >= len(t) or not (is_latin(t[after]) or t[after] in DIGIT_CHARS or is_hangul(t[after])):
            return hit[1].unit, after
    end = pos
    while end < len(t) and (is_latin(t[end]) or t[end] == "_"):
        end += 1
    word = t[pos:end]
    if word in lex.per_nouns and (end >= len(t) or not is_hangul(t[end])):
        return word, end
    return None


def _look_back(t: str, start: int) -> tuple[int, str | None, int, Marker | None, str | None]:
    """Read back from the number: currency symbol, sign, marker, rate word.

    Returns (start, currency, sign, marker, per). Each part may stand one space before
    the next: ``톤당 약 668.82달러``, ``마이너스 23.5%``, ``$ 30억``, ``USD 100``.
    """
    lex = lexicon()
    currency: str | None = None
    sign = 1
    marker: Marker | None = None
    per: str | None = None
    pos = start
    near = _near_before(t, start)
    if near not in lex.back_last:
        return pos, currency, sign, marker, per  # nothing a look-back table ends with

    def symbol_before(p: int) -> tuple[int, str] | None:
        for q in (p, p - 1):
            if q < p and not (q >= 0 and q < len(t) and t[q] == " "):
                continue
            hit = lex.symbols.before(t, q)
            if hit is not None:
                word, code = hit
                s = q - len(word)
                if is_latin(word[0]) and s > 0 and (is_latin(t[s - 1]) or t[s - 1] in DIGIT_CHARS):
                    continue
                if is_hangul(word[0]) and s > 0 and is_hangul(t[s - 1]):
                    continue
                if q < p and not (is_latin(word[-1]) or is_hangul(word[-1]) or word[-1] == "$"):
                    continue  # a symbol with a space: only codes and $ (USD 100, $ 30억)
                return s, code
        return None

    hit = symbol_before(pos)
    if hit is not None:
        pos, currency = hit
    sign_hit = lex.signs.before(t, pos)
    if sign_hit is None and pos > 0 and t[pos - 1] == " ":
        spaced = lex.signs.before(t, pos - 1)
        if spaced is not None and is_hangul(spaced[0][-1]):
            sign_hit = spaced
            pos -= 1
    if sign_hit is not None:
        word, value = sign_hit
        s = pos - len(word)
        ok = (
            s == 0
            or t[s - 1] in _SIGN_OK_AFTER
            or (is_hangul(word[0]) and not is_hangul(t[s - 1]))
            or t.endswith(SIGN_AFTER_WORDS, 0, s)  # 꼴찌...-7%, (YoY+42%, QoQ-8%)
        )
        if word == "△" and s > 0 and t[s - 1] not in _SIGN_OK_AFTER:
            ok = False
        if ok:
            pos, sign = s, value
    if currency is None:
        hit = symbol_before(pos)
        if hit is not None:
            pos, currency = hit
    for q in (pos, pos - 1):
        if q < pos and not (q >= 1 and t[q] == " "):
            continue
        mhit = lex.before.before(t, q)
        if mhit is not None:
            word, found = mhit
            s = q - len(word)
            if s > 0 and t[s - 1] == "/":
                break  # 최고/최저 98,400원/61,200원: column labels, not a bound on the first
            if s == 0 or not (is_hangul(t[s - 1]) or (is_latin(t[s - 1]) and not word[0].isalpha())):
                marker, pos = found, s
                break
    for q in (pos, pos - 1):
        if q < pos and not (q >= 1 and t[q] == " "):
            continue
        rhit = lex.rates.before(t, q)
        if rhit is not None:
            word, noun = rhit
            s = q - len(word)
            counted = s >= 2 and t[s - 1] == " " and (t[s - 2] in DIGIT_CHARS or t[s - 2] in SCALE_CHARS)
            if counted:
                break  # 10만 명당 5명: per 100,000 people, not per person; no rate is read
            if s == 0 or not (is_hangul(t[s - 1]) or t[s - 1] in DIGIT_CHARS or t[s - 1] == "."):
                per, pos = noun, s
                break
    return pos, currency, sign, marker, per


def _merge(marker: Marker | None, approximate: bool, bound: Bound) -> tuple[bool, Bound]:
    if marker is None:
        return approximate, bound
    approximate = approximate or marker.approximate
    if marker.bound is not None and bound is Bound.EQ:
        bound = Bound(marker.bound)
    return approximate, bound


_VAGUE_START: Final = frozenset(word[0] for word, _, _ in VAGUE)


def _anchor_number(t: str, a: int, whole: bool) -> tuple[Number | None, bool, tuple[Decimal, Decimal] | None, int]:
    """The number at anchor *a*: (number, native, vague band, end). Rejects words.

    In running text a Hangul numeral starts a figure only when a scale word is in it
    (삼천억, 이십오조; not 일부, 이번, 사원), when it heads a fraction (삼분의 일), or, for a
    native numeral, when a counter follows (두 배). Read as a *whole* string (``parse``),
    any numeral is a number: 삼, 스물.
    """
    c = t[a]
    if c in DIGIT_CHARS or c == ".":
        return read_number(t, a), False, None, 0
    if c in _VAGUE_START:
        vague = _read_vague(t, a)
        if vague is not None:
            return None, False, (vague[0], vague[1]), vague[2]
    num = read_number(t, a, spoken=whole)
    native = read_native(t, a)
    if whole and native is not None and (num is None or native[1] > num.end):
        num = None  # 일흔한 is seventy-one, not 일 and a word
    if whole and num is not None and num.hangul:
        num = _spaced_groups(t, num)
    elif num is not None and num.end < len(t) and t[num.end] in " 점":
        num = _spoken_in_running_text(t, a, num)
    if num is not None and (
        whole
        or _fraction_word(t, num.end) is not None
        or _mixed(t, num) is not num
        or _after_sign_word(t, a)
        or (num.has_scale and (num.end - a > 1 or num.implied_one))
        or _spoken_percent(t, num.end)
        or (num.value != num.value.to_integral_value() and _unit_after(t, num.end))
    ):
        return num, False, None, 0
    if native is not None:
        value, end = native
        d = Decimal(value)
        return Number(d, end, 0, 0, False, False, True, False, False), not whole, None, 0
    return None, False, None, 0


# What a Hangul number is written in (Sino-Korean digits and scale words), and any
# number: where a malformed one is skipped to the end of its run.
HANGUL_NUMBER_CHARS: Final = frozenset(SINO_VALUE_BY_DIGIT) | SCALE_CHARS
_NUMBER_CHARS: Final = DIGIT_CHARS | HANGUL_NUMBER_CHARS | frozenset(",.")
_NUMBER_RUN: Final = re.compile("[" + re.escape("".join(sorted(_NUMBER_CHARS))) + "]*")


def _malformed_end(t: str, a: int) -> int:
    """The end of the run of digits, separators and numerals from *a*: a number the reader
    stopped on (scale words out of order, a doubled separator, a second point) is no
    figure in running text, and nothing inside its run is read as one (1,,000원 is not 0
    won; 1억1억1억 is not 1억1). ``parse`` reports the fault instead."""
    m = _NUMBER_RUN.match(t, a)
    return m.end() if m is not None else a


_LENGTHS: Final = frozenset({"meter", "kilometer", "mile"})


def _unit_before(t: str, start: int, unit: Unit | None) -> tuple[int, Unit] | None:
    """섭씨 40도, 화씨 98.6, 시속 188 마일: a word before the number that sets its unit.

    Returns the new start and unit, or ``None`` when no such word stands there.
    """
    lex = lexicon()
    at = space_before(t, start)
    hit = lex.unit_before.before(t, at)
    if hit is None:
        return None
    word, (scale, measure) = hit
    s = at - len(word)
    if s > 0 and is_hangul(t[s - 1]):
        return None
    if scale == "degree" and (unit is None or unit.unit == "degree"):
        return s, Unit(Kind.QUANTITY, measure)
    if scale == "speed" and unit is not None and unit.unit in _LENGTHS:
        return s, Unit(Kind.QUANTITY, f"{unit.unit} / {measure}")
    return None


def _after_sign_word(t: str, a: int) -> bool:
    """마이너스 일, 마이너스 오: a Sino-Korean numeral after a written sign is a number."""
    lex = lexicon()
    hit = lex.signs.before(t, a) or (lex.signs.before(t, a - 1) if a > 0 and t[a - 1] == " " else None)
    return hit is not None and is_hangul(hit[0][-1])


def _spaced_groups(t: str, num: Number, *, running: bool = False) -> Number:
    """오십 이 (52), 삼백  삼십  일 (331): spoken Sino-Korean groups set apart by spaces.

    Each later group must fit below the last digit of the one before (이천 이백, not 이
    천). In *running* text only groups that hold a scale word join, one space apart (천
    오백 명, 삼천 오백 원), since 삼십 이 is a number and a particle there; a myriad scale
    word alone after a space scales the number before it (이십 만 원, 삼천오백 만 원).
    """
    n = len(t)
    # the group after the last myriad scale word (삼억 오천: 오천), which a myriad alone may scale
    low = num.value % _MYRIAD if num.has_myriad else Decimal(0)
    last_part: Decimal | None = low if low else None
    while True:
        pos = num.end
        while pos < n and t[pos] == " " and not (running and pos > num.end):
            pos += 1
        if running and pos < n and t[pos] in MYRIAD_SCALE_CHARS and pos > num.end:
            scaled = _myriad_alone(t, pos)
            if scaled is None:
                return num
            if not num.has_myriad:  # 이십 만 원, 이천 오백 만 원: the whole number before it
                num = num._replace(
                    value=num.value * scaled,
                    end=pos + 1,
                    has_scale=True,
                    has_myriad=True,
                    top_power=POWER_BY_MYRIAD_SCALE[t[pos]],
                    implied_one=False,
                )
            elif last_part is not None and (num.value - last_part) % (scaled * _MYRIAD) == 0:
                # 일 억 오천 만 원: the group after the last myriad scale, below the rest
                num = num._replace(value=num.value - last_part + last_part * scaled, end=pos + 1)
            else:
                return num
            last_part = None
            continue
        if pos == num.end or pos >= n or (t[pos] not in SINO_VALUE_BY_DIGIT and t[pos] not in POWER_BY_SMALL_SCALE):
            return num
        part = read_number(t, pos)
        if part is None or (not part.hangul and not part.has_scale) or (part.has_myriad and not running):
            return num
        if running and not (part.has_scale and (part.hangul or part.end - pos > 1)):
            return num
        if running:
            num = num._replace(implied_one=False)  # 천 오백: two groups, no lone scale word
        if num.value <= 0 or part.value >= _TEN ** last_place(num.value):
            return num
        num = num._replace(value=num.value + part.value, end=part.end)
        last_part = None if part.has_myriad else part.value


_MYRIAD: Final = Decimal(10) ** 4


def _scale_words_before(t: str, end: int) -> int:
    """How many scale words the Hangul word ending at *end* holds (백오십: 2, 조사: 1). The
    word alone: 하지만 조건's 만 belongs to another word. (A number joined across spaces, 천
    오백, no longer counts as opening with an implied one.)"""
    start = end
    floor = max(0, end - _HANGUL_NUMBER_MOST)
    while start > floor and t[start - 1] in HANGUL_NUMBER_CHARS:
        start -= 1
    return sum(ch in SCALE_CHARS for ch in t[start:end])


_HANGUL_NUMBER_MOST: Final = 24  # how far back _scale_words_before looks


def _spoken_in_running_text(t: str, a: int, num: Number) -> Number:
    """A Hangul number read on across spaces, as speech writes it, in running text: groups
    that hold a scale word (천 오백 명, 이십 만 원), a lone digit before a myriad scale word
    (삼 조 원; not 이, which is also "this"), and a spoken decimal with a unit after it
    (칠 점 팔 퍼센트, 영점 사 퍼센트)."""
    if num.has_scale or (
        t[a] != DEMONSTRATIVE and t[num.end] == " " and t[num.end + 1 : num.end + 2] in MYRIAD_SCALE_CHARS
    ):
        num = _spaced_groups(t, num, running=True)
    if num.has_scale and num.has_myriad:
        return num
    spoken = read_number(t, a, spoken=True)
    if spoken is not None and spoken.end > num.end and _unit_after(t, spoken.end):
        return spoken
    return num


def _unit_after(t: str, end: int) -> bool:
    """A unit word with a kind (퍼센트, 배, 명, 원) at *end*, one space allowed before it."""
    hit = lexicon().units.at(t, skip_space(t, end))
    return hit is not None and hit[1].kind is not None


def _myriad_alone(t: str, pos: int) -> Decimal | None:
    """The power of ten of a myriad scale word standing alone at *pos* (이십 만 원: 만, then a
    space, a unit or no syllable), else ``None`` (만에, 만큼, 억울)."""
    after = pos + 1
    if after < len(t) and is_hangul(t[after]) and lexicon().units.at(t, after) is None:
        return None
    return _TEN ** POWER_BY_MYRIAD_SCALE[t[pos]]


def _spoken_percent(t: str, end: int) -> bool:
    """오 퍼센트, 삼십 프로, 삼 퍼센트 포인트: a lone Sino-Korean digit is a number before a
    spoken percent or percentage point."""
    hit = lexicon().units.at(t, skip_space(t, end))
    return hit is not None and hit[1].kind in _PERCENTS and is_hangul(hit[0][0])


_PERCENTS: Final = frozenset((Kind.PERCENT, Kind.PERCENTAGE_POINT))


def _fraction_word(t: str, end: int) -> int | None:
    """Where the numerator starts when 분의 follows a number (3분의 1, 삼 분의 일), else ``None``."""
    at = skip_space(t, end)
    if t.startswith(FRACTION, at):
        return at + len(FRACTION)
    return None


def _fraction(t: str, denominator: Number, over: int) -> Number | None:
    """삼분의 일, 3분의 1: the number written after 분의 over the one before it.

    The value is exact where it ends (4분의 1 -> 0.25) and rounded to 28 significant
    digits where it does not (3분의 1 -> 0.3333…).
    """
    pos = skip_space(t, over)
    if pos >= len(t) or denominator.value == 0:
        return None
    numerator = read_number(t, pos)
    if (
        numerator is not None
        and numerator.has_myriad
        and numerator.value > denominator.value
        and t[numerator.end - 1] in POWER_BY_MYRIAD_SCALE
        and numerator.end - 1 > pos
    ):
        # 오분의 일만을, 3분의 1조각: a share of a whole is at most the whole, so a scale
        # word that would make the numerator exceed it is the particle 만 or a word (조각)
        numerator = read_number(t[: numerator.end - 1], pos)
    if numerator is None:
        native = read_native(t, pos)
        if native is None:
            return None
        numerator = Number(Decimal(native[0]), native[1], 0, 0, False, False, True, False, False)
    value = divide_rounded(numerator.value, denominator.value)
    return Number(value, numerator.end, 0, 0, True, False, denominator.hangul, False, False)


def _grouped_before(t: str, pos: int) -> bool:
    """True when a number with a thousands group ends at *pos* (12,300/8,100원): an amount,
    never a path or a date."""
    return pos >= 4 and t[pos - 4] == "," and all(ch in DIGIT_CHARS for ch in t[pos - 3 : pos])


def _plain_integer(t: str, num: Number, start: int) -> bool:
    """True when *num*, read from *start*, is plain digits: no scale, point or separator."""
    return not num.has_scale and all(ch in DIGIT_CHARS for ch in t[start : num.end])


def _slashed(t: str, num: Number, start: int) -> Number | None:
    """3/4, 1/2: digits over digits, a bare number of its own (only asked for as NUMBER).

    *num* is read from *start*. Not read where the slashes go on (5/17/2018, a date;
    2018/5/17), where 분기 follows (3/4분기 is the third quarter), or where a scale word
    follows the denominator.
    """
    end = num.end
    if end + 1 >= len(t) or t[end] != "/" or t[end + 1] not in DIGIT_CHARS or not _plain_integer(t, num, start):
        return None
    if start > 0 and t[start - 1] in "/.":
        return None
    stop = end + 1
    while stop < len(t) and t[stop] in DIGIT_CHARS:
        stop += 1
    if stop - end > 10 or (stop < len(t) and t[stop] in "/.,:"):
        return None
    if t.startswith("분기", skip_space(t, stop)) or (stop < len(t) and t[stop] in POWER_BY_MYRIAD_SCALE):
        return None
    denominator = Decimal(t[end + 1 : stop])
    if denominator == 0:
        return None
    value = divide_rounded(num.value, denominator)
    return Number(value, stop, 0, 0, False, False, False, False, False)


def _mixed(t: str, whole_part: Number) -> Number:
    """A whole number and a fraction: 일과 이분의 일 (1.5), 1과1/2, 2 1/4 (2.25).

    The fraction after 과/와 or one or two spaces must be a proper one (smaller than one),
    else the two are separate numbers.
    """
    pos = whole_part.end
    n = len(t)
    if pos < n and t[pos] in "과와":
        pos = skip_space(t, pos + 1)
        spaced = False
    elif pos < n and t[pos] == " " and whole_part.value == whole_part.value.to_integral_value():
        pos = skip_space(t, pos + 1)
        spaced = True
    else:
        return whole_part
    if pos >= n:
        return whole_part
    head = read_number(t, pos)
    if head is None or head.value == 0:
        return whole_part
    over = _fraction_word(t, head.end)
    if over is not None and not spaced:
        part = _fraction(t, head, over)
    elif t[pos] in DIGIT_CHARS and not head.has_scale:
        part = _slashed(t, head, pos)
    else:
        part = None
    if part is None or not 0 < part.value < 1:
        return whole_part
    negative = whole_part.value < 0
    value = whole_part.value - part.value if negative else whole_part.value + part.value
    return whole_part._replace(value=value, end=part.end, has_scale=whole_part.has_scale or part.has_scale)


_PAIR_START: Final = frozenset(word[0] for word, _, _ in NATIVE_PAIRS)


def _native_pair(t: str, a: int, low: int, high: int, end: int) -> Reading | Skip:
    """한두 차례, 서너 곳: two native numerals as one word make a closed range of a count,
    approximate; like a native numeral, they need a counter."""
    first = Number(Decimal(low), end, 0, 0, False, False, True, False, False)
    tail = read_tail(t, first, native=True)
    if isinstance(tail, Skip) or tail[1] is None:
        return Skip(end)
    got = _around(t, a, first, tail[0], tail[1], False, False)
    if isinstance(got, Skip):
        return got
    return got._replace(
        low=Decimal(low), high=Decimal(high), point=False, bound=Bound.RANGE, approximate=True, number=None
    )


def read_at(t: str, a: int, *, whole: bool = False) -> Reading | Skip:
    """Read the figure whose number starts at anchor *a* in the folded text *t*."""
    n = len(t)
    c = t[a]
    if c in DIGIT_CHARS and a > 0 and (t[a - 1] == "^" or (t[a - 1] in "+-" and a > 1 and t[a - 2] == "^")):
        return Skip(digits_end(t, a))  # 2^10: an exponent left over from a number not read
    if c in DIGIT_CHARS and a > 0 and t[a - 1] == ".":
        if a == 1 or t[a - 2] in _LEAD_POINT_AFTER:
            a -= 1  # .25 ml: the number starts at its point
        else:
            return Skip(digits_end(t, a))  # v1.25, a.25: digits after a point that belongs to what stands before
    if c in DIGIT_CHARS and a > 0 and t[a - 1] == ORDINAL_PREFIX:
        return Skip(digits_end(t, a))  # 제3조, 제47대, 제2편: an ordinal
    sign_word = lexicon().signs.at(t, a) if c in "영마" else None
    if sign_word is not None:
        return Skip(a + len(sign_word[0]))  # 영하 5℃, 마이너스 3: the sign of the next number
    # after a slash, digits belong to a path or a date (a/2025/100, 3/4) unless a word
    # stands before the slash: 98,400원/61,200원 lists two amounts
    path = a > 1 and t[a - 1] == "/" and not is_hangul(t[a - 2]) and not _grouped_before(t, a - 1)
    glued = c in DIGIT_CHARS and a > 0 and (is_latin(t[a - 1]) or t[a - 1] in "_@#" or path)
    if glued and lexicon().symbols.before(t, a) is None:
        end = a  # EV3, LTE2, a/2025/100: a digit glued to a name or a path
        while end < n and (
            t[end] in DIGIT_CHARS or is_latin(t[end]) or (t[end] in ".," and t[end + 1 : end + 2] in DIGIT_CHARS)
        ):
            end += 1
        return Skip(end)
    pair = read_native_pair(t, a) if c in _PAIR_START else None
    if pair is not None:
        return _native_pair(t, a, *pair)
    num, native, vague, vague_end = _anchor_number(t, a, whole)
    if vague is not None:
        fake = Number(vague[0], vague_end, 0, 0, True, True, True, False, False)
        tail = read_tail(t, fake)
        if isinstance(tail, Skip) or (tail[1] is None and not tail[3]):
            return Skip(vague_end)
        end, unit, _about, _band = tail
        if unit is None:
            unit = _WON  # 수십억대 자산가: a band of won, as 억대 is
        if not _word_ends(t, end):
            return Skip(end)
        start, currency, _sign, marker, per = _look_back(t, a)
        end2, after = _markers_after(t, end)
        approximate, _ = _merge(after, True, Bound.BAND)
        approximate, _ = _merge(marker, approximate, Bound.BAND)
        return Reading(
            start,
            end2,
            a,
            unit.kind,
            vague[0],
            vague[1],
            False,
            unit,
            currency or unit.currency,
            per,
            approximate,
            Bound.BAND,
            None,
            True,
        )
    if num is None:
        return Skip(a + 1)
    if num.stop is not None and not whole:
        return Skip(_malformed_end(t, a))  # 1억1억, 1,,000원: a malformed number is no figure
    over = _fraction_word(t, num.end)
    if over is not None:
        fraction = _fraction(t, num, over)
        if fraction is None:
            return Skip(over)
        num = fraction
    elif c in DIGIT_CHARS and num.end + 1 < n and t[num.end] == "/" and t[num.end + 1] in DIGIT_CHARS:
        slashed = _slashed(t, num, a)
        if slashed is not None:
            num = slashed
        elif _plain_integer(t, num, a):  # 5/17/2018, 3/4분기: a date or a quarter, read as one piece
            end = num.end
            while end < n and (t[end] in DIGIT_CHARS or t[end] == "/"):
                end += 1
            return Skip(end)
        # else an amount before a slash (12,300/8,100원, 12.3만/8.1만원): no fraction, and
        # the number after the slash is read on its own
    num = _mixed(t, num)
    tail = read_tail(t, num, native=native)
    if isinstance(tail, Skip):
        return tail
    end, unit, about, band = tail
    if native and unit is None:
        return Skip(num.end)
    if unit is not None and c in DIGIT_CHARS and num.end < n and t[num.end] == " " and _glued_to_name(t, num, a):
        return Skip(end)  # 코스피200 주가지수, 빅3 편의점: digits glued to a name
    if (num.hangul or c not in DIGIT_CHARS) and not _unit_ends(t, end, unit):
        return Skip(end)  # 만들다, 천사, 억울하다: a numeral that is part of a word (but 칠 퍼센트면)
    return _around(t, a, num, end, unit, about, band)


def _temperature(t: str, start: int, a: int, end: int, sign: int) -> bool:
    """True when 도 at the figure from *start* (digits at *a*, the unit ending at *end*)
    is a temperature: below zero (영하 12도), or a temperature word a few words before it
    in the same sentence (기온은 25도, 체온이 38.5도, 영상 2도)."""
    if sign < 0 and _BELOW_ZERO in t[start:a]:
        return True
    window = _sentence_before(t, start, a)
    last = max((window.rfind(word) for word in TEMPERATURE_WORDS), default=-1)
    if last < 0:
        return False
    # 기온이 높아 경사 15도, 한파 속에 180도 회전: an angle word nearer the figure, or a
    # turn after it, makes it an angle again
    return not _angle_wins(t, window[last:], end)


def _sentence_before(t: str, start: int, a: int) -> str:
    """The text before the figure at *start* (digits at *a*) in its own sentence, at most
    _SENTENCE_REACH characters back: where a word that decides what 도 measures stands."""
    window = t[max(0, start - _SENTENCE_REACH) : a]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[ends[-1] :] if ends else window  # this sentence only: 36.5도's point is no end


def _alcohol(t: str, start: int, a: int, end: int) -> bool:
    """True when 도 at the figure (from *start*, digits at *a*, the unit ending at *end*)
    is alcohol by volume, a percent: 도수 stands before it in the same sentence as a word
    of its own (알코올 도수는 40도, 소주 도수 16도; not 도수치료), with no angle word nearer
    and no turn or angle after it (알코올 도수 13도짜리를 45도 각도로)."""
    window = _sentence_before(t, start, a)
    found = -1
    for m in _ALCOHOL.finditer(window):
        found = m.end()
    return found >= 0 and not _angle_wins(t, window[found:], end)


def _angle_wins(t: str, nearer: str, end: int) -> bool:
    """True when 도 stays an angle although a word before it says otherwise: an angle
    word in *nearer* (the text between that word and the figure), or a turn or an angle
    word after the figure, which ends at *end* (경사 15도, 180도 회전, 45도 각도로)."""
    after = skip_space(t, end)
    if t.startswith(ANGLE_WORDS_AFTER, after) or t.startswith(ANGLE_WORDS_BEFORE, after):
        return True
    return any(word in nearer for word in ANGLE_WORDS_BEFORE)


# 도수 as a word of its own: the end of the text, a particle or no syllable after it
_ALCOHOL: Final = re.compile(
    "(?:" + "|".join(ALCOHOL_WORDS) + f")(?=[{''.join(sorted(TOPIC_PARTICLES | OBJECT_PARTICLES))}의도]|[^{HANGUL}]|$)"
)


_SENTENCE_REACH: Final = 40  # how far back a word that decides 도 is looked for: 서울 33도, 대구 35도
_SENTENCE_END: Final = re.compile(r"\.(?![0-9])|\n")
_PERCENT: Final = Unit(Kind.PERCENT, "percent")


_WON: Final = Unit(Kind.MONEY, None, "KRW")
_HALF: Final = Decimal("0.5")
_BELOW_ZERO: Final = "영하"
_CELSIUS: Final = Unit(Kind.QUANTITY, "degree_Celsius")


def _around(t: str, a: int, num: Number, end: int, unit: Unit | None, about: bool, band: bool) -> Reading | Skip:
    """The figure whose number and tail are read: what stands before it (symbol, sign,
    marker, rate word, 섭씨), a minor amount, a band's bounds, markers and 까지 after it.

    Each part is looked for only where the character that would begin (or end) it stands:
    most figures have none of them, and the look-ups are most of a figure's cost."""
    lex = lexicon()
    n = len(t)
    near = _near_before(t, a)
    if near in lex.back_last or near in lex.unit_before.by_last:
        start, currency, sign, marker, per = _look_back(t, a)
        if currency is None and (unit is None or unit.kind is Kind.QUANTITY):
            measured = _unit_before(t, start, unit)
            if measured is not None:
                start, unit = measured
    else:
        start, currency, sign, marker, per = a, None, 1, None, None
    if (
        currency is not None
        and unit is not None
        and unit.kind is Kind.QUANTITY
        and t[num.end : end] in POWER_AFTER_CURRENCY
    ):
        # £3.5m, GBP 500m: after a currency an m is a million, not metres
        num = num._replace(value=num.value * _TEN ** POWER_AFTER_CURRENCY[t[num.end : end]], has_scale=True)
        unit = None
    if marker is not None and _stated_extreme(t, a, end):
        # 장중 최고 9만6,800원까지 올랐다: the day's high, a point; a rate word before 최고
        # keeps the figure's start and its per (3.3㎡당 최고 1억원을 기록했다)
        marker = None
        if per is None:
            start = a
    if unit is not None and unit.unit == "degree":
        if _temperature(t, start, a, end, sign):
            unit = _CELSIUS  # 영하 12도, 기온은 25도: a temperature, not an angle
        elif _alcohol(t, start, a, end):
            unit = _PERCENT  # 알코올 도수 40도: alcohol by volume
    if currency is not None and unit is None and end < n and is_latin(t[end]):
        return Skip(end)  # CAD 3D: digits written onto a letter are a name, not an amount
    if unit is not None and unit.currency is not None:
        if currency is not None and currency != unit.currency:
            return Skip(end)  # $1억원: one currency before the number, another after; no guess
        currency = unit.currency
    kind: Kind | None = unit.kind if unit is not None else (Kind.MONEY if currency else None)
    power = unit.power if unit is not None else 0
    value = num.value * _TEN**power if power else num.value
    if unit is not None and unit.kind is Kind.MONEY and power == 0 and not band:
        nxt = end + 1 if end < n and t[end] == " " else end
        minor = _minor_part(t, end, unit) if nxt < n and (t[nxt] in DIGIT_CHARS or t[nxt] in NUMERAL_CHARS) else None
        if minor is not None:
            value, end = value + minor[0], minor[1]
    if unit is not None and unit.unit == "times" and not band:
        half = end + 1 if t.startswith(" 반", end) else end
        if t.startswith("반", half) and _word_ends(t, half + 1):
            value, end = value + _HALF, half + 1  # 두 배 반, 2배 반: two and a half times
    approximate = about
    bound = Bound.GE if about else Bound.EQ
    if band:
        low, high = band_of(num._replace(value=value))
        if sign < 0:
            low, high = -high, -low  # △10%대: from -20% up to, not including, -10%
        point = False
        bound = Bound.BAND
        approximate = True
        if kind is None:
            kind, currency = Kind.MONEY, "KRW"  # 억대 연봉, 30억대 아파트: an amount of won
    else:
        low = high = value * sign
        point = True
    if marker is not None:
        approximate, bound = _merge(marker, approximate, bound)
    nxt = end + 1 if end < n and t[end] == " " else end
    if nxt < n and t[nxt] in lex.after.by_first:
        end_marked, after = _markers_after(t, end)
        if after is not None and not _margin(t, start, t[nxt:end_marked], end_marked):
            approximate, bound = _merge(after, approximate, bound)
            end = end_marked
    up_to = _up_to(t, end, marker) if marker is not None or t.startswith(UP_TO, end) else None
    if up_to is not None:
        end = up_to
        if bound is Bound.EQ:
            bound = Bound.LE
    if per is None and t.startswith(PER, end):
        written = _per_after(t, end + len(PER))
        if written is not None:
            per, end = written
    elif per is None and kind is Kind.MONEY and end + 1 < n and t[end] == "/":
        below = lex.units.at(t, end + 1)  # 8,520원/주, 3만원/㎡: a slash before what it is per
        stop = end + 1 + len(below[0]) if below is not None else end
        noun = lex.rates.words.get(below[0] + "당") if below is not None else None
        goes_on = stop < n and (is_latin(t[stop]) or t[stop] in DIGIT_CHARS)
        if noun is not None and not goes_on and (not is_hangul(t[stop - 1]) or _word_ends(t, stop)):
            per, end = noun, stop
    return Reading(
        start, end, a, kind, low, high, point, unit, currency, per, approximate, bound, num, num.has_scale, sign
    )


# What makes the number at an anchor go on past the common shape, or be read another way:
# a digit, a separator or exponent, a scale word not in a myriad group (3천, 5 억), a
# spoken point, a mixed number's 과/와, a slash.
_NUMBER_GOES_ON: Final = DIGIT_CHARS | SCALE_CHARS | frozenset(".,^/점쩜과와")
_RANGE_AHEAD: Final = (" ~", " -", " to ", "에서 ")


@lru_cache(maxsize=4096)
def _grouped(written: str) -> Number | None:
    """The number of *written* (myriad groups and the character after them), read by the
    full reader once per spelling: 230억, 1조 2,000억 recur across a whole archive."""
    return read_number(written, 0)


def read_common(t: str, a: int, *, ranged: bool = True) -> Reading | Skip | None:
    """The fast lane: the common figure whose digits start at *a*.

    Reads digits or myriad groups of digits (230억, 1조 2,000억, 2만4800), 여, one unit
    word (원, 달러, %, 명) or none, a 대 band, and what :func:`_around` and
    :func:`read_range` read around them. Leaves to :func:`read_at` the rarer shapes: a
    fraction, a mixed number, a rate's 당, a unit or symbol written in letters, a symbol
    after the number. Returns what :func:`read_at` and then :func:`read_range`
    would, or ``None`` where it cannot tell and the full grammar reads. The caller has
    checked that what stands before *a* is no exponent, point, sign or name; the tests
    compare the two lanes over real and built text. With *ranged* false it returns what
    :func:`read_at` alone would: :func:`read_range` reads a range's second end so.
    """
    m = COMMON_NUMBER.match(t, a)
    if m is None:
        return None
    n = len(t)
    end = m.end()
    if end >= n or end - a > MAX_DIGITS:
        return None
    plain = m.group(1)
    if plain is not None:
        num = Number(Decimal(plain.replace(",", "")), end, 0, 0, False, False, False, False, False)
    else:
        grouped = _grouped(t[a : end + 1])  # digits only: not Hangul, no implied one, no 여 inside
        if grouped is None or grouped.end != end - a or grouped.stop is not None:
            return None
        num = Number(
            grouped.value, end, grouped.lead_power, grouped.top_power, True, grouped.has_myriad, False, False, False
        )
    lex = lexicon()
    tail = end
    about = False
    if t[end] == A_BIT_OVER:  # 30여명, 6000여 가구: a bit over, when a unit follows
        if lex.units.at(t, skip_space(t, end + 1)) is None:
            return None
        about = True
        tail = end + 1
    c = t[tail]
    if c in _NUMBER_GOES_ON or is_latin(c):
        return None
    if c in SINO_VALUE_BY_DIGIT and tail + 1 < n and t[tail + 1] in SCALE_CHARS:
        return None  # 5억이천만원: the number goes on in Hangul, the full reader's
    spaced = tail
    if c == " ":
        spaced = tail + 1
        if spaced >= n:
            return None
        c = t[spaced]
        if c in _NUMBER_GOES_ON or c in SINO_VALUE_BY_DIGIT or c == " " or is_latin(c):
            return None  # 5 억, 1억 이천만, 2  1/4, 3 billion: the full reader's
    if t.startswith(FRACTION, spaced):
        return None
    if spaced != tail and _year_or_name(t, num, a):
        return None  # 2024 대선, 빅3 편의점: read_tail's to judge
    hit = lex.units.at(t, spaced)
    if hit is not None and hit[1].kind is not None:
        plain = _plain_reading(t, a, num, hit[0], spaced + len(hit[0]), about)
        if plain is not None:
            return plain
    band = False
    if hit is None:
        # a bare number, or money by a symbol before it ($1.5): none written after it
        if lex.symbols.at(t, end) is not None or (spaced != end and lex.symbols.at(t, spaced) is not None):
            return None
        if about or t[end] == BAND_SUFFIX:
            return None
        got = _around(t, a, num, end, None, False, False)
    else:
        word, unit = hit
        unit_end = spaced + len(word)
        if unit.kind is None or _model_name(word, num, spaced != tail) or _not_index_points(word, num):
            return Skip(unit_end)  # 2024년, 3위, 5개월, 15 프로: read_tail says the same
        if is_latin(word[-1]) or word == BAND_SUFFIX:
            return None
        if unit_end < n and (t[unit_end] in "당/" or t[unit_end] in DIGIT_CHARS):
            return None
        attached_money = unit.kind is Kind.MONEY and spaced == tail
        if is_hangul(word[-1]) and not attached_money and not _word_ends(t, unit_end):
            return None
        if unit.unit == "주" and (_weeks_before(t, num) or _weeks_after(t, unit_end)):
            return Skip(unit_end)  # 지난 2주, 3주 전: weeks, as read_tail says
        if _band_at(t, unit_end, unit, num):
            band = True  # 3%대, 1억원대: a band
            unit_end += 1
        got = _around(t, a, num, unit_end, unit, about, band)
    if isinstance(got, Skip) or not ranged:
        return got
    if got.unit is None or got.end >= n or t[got.end] in "~-" or t.startswith(_RANGE_AHEAD, got.end):
        return read_range(t, got) or got
    return got


class _Plain(NamedTuple):
    """What the plain lane needs to know of the context and of the unit words."""

    units: dict[str, tuple[Unit, Decimal]]  # unit word -> (unit, the power of ten it applies)
    before: frozenset[str]  # the last characters of what _around's look-back reads
    back: WordTable[bool]  # the words it reads: symbols, signs, markers, rate words, 섭씨
    attached: frozenset[str]  # right after the unit: what begins a band, a rate, 까지, a range …
    spaced: frozenset[str]  # one space after the unit: what begins a range, 반, to, per
    minor: frozenset[str]  # currencies with a minor unit (1달러 50센트), read after a number


@lru_cache(maxsize=1)
def _plain() -> _Plain:
    """The plain lane's tables, derived from the lexicon and the grammar's own words.

    A unit word is plain when nothing in :func:`read_common` or :func:`_around` treats it
    apart: it has a kind, does not end in a letter (3M 주가, 12.34p), is no 대 band, no
    spoken percent (아이폰 15 프로), no 주 (weeks or shares), no degree (영하 12도)."""
    lex = lexicon()
    units = {
        word: (unit, _TEN**unit.power)
        for word, unit in lex.units.words.items()
        if unit.kind is not None
        and not is_latin(word[-1])
        and word not in (BAND_SUFFIX, _SPOKEN_PERCENT)
        and word not in _LONE_POINT
        and unit.unit not in ("주", "degree")
    }
    tables = (lex.symbols, lex.signs, lex.before, lex.rates, lex.unit_before)
    back = WordTable.of((word, True) for table in tables for word in table.words)
    before = frozenset(back.by_last)
    # what a reader looks for after the unit, by its first character: a band (대), a rate
    # (당, /), 까지, a range (~, -, 에서), digits going on, two and a half times (반),
    # English joiners (to, per); a marker (이상, 가량) is looked up where its first
    # character stands, and a number after an amount only where a minor unit may follow
    ranges = frozenset("~-–")
    attached = ranges | DIGIT_CHARS | frozenset((BAND_SUFFIX, "당", "/", UP_TO[0], "반"))
    spaced = ranges | frozenset("tp반")
    minor = frozenset(unit.currency for unit in lex.units.words.values() if unit.power < 0 and unit.currency)
    return _Plain(units, before, back, attached, spaced, minor)


def _marker_at(t: str, pos: int) -> bool:
    """A marker word (이상, 가량, 내외) starts at *pos*."""
    after = lexicon().after
    return t[pos] in after.by_first and after.at(t, pos) is not None


def _plain_reading(t: str, a: int, num: Number, word: str, end: int, about: bool) -> Reading | None:
    """The plain lane: the figure at *a* when its unit word (ending at *end*) is plain and
    nothing around it asks for more than the number and the unit (2,000억원 규모, 35.47%로,
    230억 달러를); ``None`` otherwise, and :func:`read_common` reads on. Most figures in
    news are such, and this reads them with a handful of look-ups, where :func:`_around`
    would look for each part that may stand around a figure in turn."""
    tables = _plain()
    known = tables.units.get(word)
    if known is None:
        return None
    n = len(t)
    if _near_before(t, a) in tables.before and (
        tables.back.before(t, a) is not None or (a > 0 and t[a - 1] == " " and tables.back.before(t, a - 1) is not None)
    ):
        return None  # 약 230억달러, 톤당 80달러, $ 30억: the look-back's to read
    unit, power = known
    if end < n:
        c = t[end]
        nxt = t[end + 1] if c == " " and end + 1 < n else c
        if unit.currency in tables.minor and (nxt in DIGIT_CHARS or nxt in NUMERAL_CHARS):
            return None  # 1달러 50센트: _around reads a minor amount
        if c == " ":
            if end + 1 < n and (nxt in tables.spaced or _marker_at(t, end + 1)):
                return None
        elif c in tables.attached or t.startswith(_FROM_SPACED, end) or _marker_at(t, end):
            return None  # 3%대, 8,520원/주, 12억원까지, 3조원에서 4조원 사이: the full lane's
        elif (
            is_hangul(c)
            and c not in FOLLOWERS
            and is_hangul(word[-1])
            and not (unit.kind is Kind.MONEY and t[end - len(word) - 1] != " ")
        ):
            return None  # 만들다, 천사: not the end of a word; read_common tells
    value = num.value * power if unit.power else num.value
    return Reading(
        a,
        end,
        a,
        unit.kind,
        value,
        value,
        True,
        unit,
        unit.currency,
        None,
        about,
        Bound.GE if about else Bound.EQ,
        num,
        num.has_scale,
        1,
    )


def _up_to(t: str, end: int, marker: Marker | None) -> int | None:
    """Where a 까지 meaning "up to" ends, or ``None``.

    까지 is "up to" after 최대 (최대 3600억 원까지) and wherever no verb of change follows
    it (12억원까지 대출 받을 수 있다); before one (3.5%까지 올랐다) it says where a movement
    reached, the figure stays a point, and 까지 stays out of it like a particle.
    """
    at = skip_space(t, end) if marker is not None and marker.bound == "le" else end
    if not t.startswith(UP_TO, at):
        return None
    after = at + len(UP_TO)
    if not _word_ends(t, after) and not t.startswith("는", after):
        return None
    if marker is not None and marker.bound == "le":
        return after
    nxt = skip_space(t, after)
    if any(t.startswith(verb, nxt) for verb in REACHED_VERBS):
        return None
    return after


def _stated_extreme(t: str, a: int, end: int) -> bool:
    """True when 최고 or 최저 stands right before the number at *a* and the figure, ending
    at *end*, was reached or recorded (EXTREMES): 최고 9만6,800원까지 올랐다, 최저
    1,352.4원을 기록했다, 최고 5만원으로 마감했다."""
    at = space_before(t, a)
    if not t.endswith(EXTREMES, 0, at) or (at > 2 and is_hangul(t[at - 3])):
        return False  # not 최고 or 최저, or the end of a longer word (사상최고)
    for particle in (UP_TO, "으로", "로", *OBJECT_PARTICLES):
        if t.startswith(particle, end):
            return t.startswith(RECORDED_VERBS, skip_space(t, end + len(particle)))
    return False


_FROM_SPACED: Final = RANGE_WORDS[1] + " "  # 에서, then the second end


def read_range(t: str, first: Reading, *, shortcuts: bool = True) -> Reading | None:
    """Join *first* to a second end after ~, -, 에서 or 부터 into one closed range.

    The scale and unit written once at the end apply to both ends: 3~4조원 ->
    [3조, 4조]; 2천~3천억 -> [2천억, 3천억]. Never Duckling's [3, 4조]. 에서 and 부터
    join only when the first end has no unit (3조에서 4조원), since 3조원에서 4조원으로
    is a change from one figure to another. With *shortcuts* a second end after ~ or a
    space is read by the fast lane first; the tests turn it off to compare the two.
    """
    if first.number is None or not first.point:
        return None
    if first.bound is not Bound.EQ and lexicon().after.before(t, first.end) is not None:
        return None  # 5천만원 이상~1억원 미만: two bounds, each its own figure
    if first.bound not in (Bound.EQ, Bound.GE, Bound.LE) and not first.approximate:
        return None  # 최소 5~10%, 최대 20~30%: a marker before the range is the range's
    n = len(t)
    pos = first.end if first.unit is not None else first.number.end
    if first.unit is None and first.end != first.number.end:
        return None
    if pos >= n:
        return None
    joiner_end: int | None = None
    between = band = False
    english = t.startswith(" to ", pos)
    if english:  # as format("en_US") writes: 3% to 4%, 10% to under 20%
        band = t.startswith(" to under ", pos)
        joiner_end = pos + (10 if band else 4)
    elif t[pos] == "~" or (t[pos] == " " and pos + 1 < n and t[pos + 1] == "~"):
        joiner_end = skip_space(t, t.index("~", pos) + 1)
    elif (t[pos] == "-" and pos + 1 < n and t[pos + 1] in DIGIT_CHARS) or t.startswith(" - ", pos):
        joiner_end = pos + 3 if t[pos] == " " else pos + 1
        if first.num_start >= 2 and t[first.num_start - 1] == "-" and t[first.num_start - 2] in DIGIT_CHARS:
            return None  # 052-278-0701
    elif first.unit is not None and t.startswith(_FROM_SPACED, pos):
        # 3조원에서 4조원 사이: with 사이 to close it, a change from one figure to another
        # (3조원에서 4조원으로) is ruled out, so ends with their own units join too
        joiner_end = pos + len(_FROM_SPACED)
        between = True
    elif first.unit is None:
        for word in (*RANGE_WORDS, *BETWEEN_WORDS):
            if t.startswith(word, pos) and pos + len(word) < n and t[pos + len(word)] == " ":
                joiner_end = pos + len(word) + 1
                between = word in BETWEEN_WORDS  # 20과 30 사이: 사이 must close it
                break
    if joiner_end is None or joiner_end >= n:
        return None
    b_start = joiner_end
    sign = 1
    if t[b_start] in "-+" and b_start + 1 < n and t[b_start + 1] in DIGIT_CHARS and not english:
        sign, b_start = (-1 if t[b_start] == "-" else 1), b_start + 1  # -5~+5%, -0.5~-1.0%
    hangul_first = first.number.hangul or t[first.num_start] not in DIGIT_CHARS
    anchor = b_start
    marked = lexicon().before.at(t, b_start) if sign == 1 and is_hangul(t[b_start]) else None
    if marked is not None:
        anchor = skip_space(t, b_start + len(marked[0]))  # 최소 100만원~최대 1억원
        if anchor >= n or t[anchor] not in DIGIT_CHARS:
            return None
    elif t[b_start] in DIGIT_CHARS or (hangul_first and t[b_start] not in " "):
        pass
    elif english:
        # -5% to -3%, ₩100M to under ₩200M, -ADP1 to -ADP1: a sign and a symbol may stand
        # before the second end's digits; read_at reads them back from there
        anchor = b_start + 1 if t[b_start] == "-" else b_start
        symbol = lexicon().symbols.at(t, anchor)
        if symbol is not None:
            anchor += len(symbol[0])
        if anchor >= n or t[anchor] not in DIGIT_CHARS:
            return None
    else:
        return None
    lane = shortcuts and t[anchor - 1] in "~ " and t[anchor] in DIGIT_CHARS
    second = read_common(t, anchor, ranged=False) if lane else None  # the tests turn the lane off
    if second is None:
        second = read_at(t, anchor)
    if isinstance(second, Skip) or second.number is None:
        return None
    # 10억~20억원대, 10~20평대: a range that ends in a band runs to the band's top
    banded = second.bound is Bound.BAND and sign == 1 and not english
    if not (second.point or banded):
        return None
    if second.start != b_start and not (sign == -1 and second.start == b_start):
        return None
    if first.unit is not None and (second.unit is None or second.unit != first.unit):
        return None
    if first.currency and second.currency and first.currency != second.currency:
        return None
    low = first.low
    a_num, b_num = first.number, second.number
    power = second.unit.power if second.unit is not None else 0
    if first.unit is None and not english:
        # the scale and unit written once, at the end, apply to both ends: 3~4조원, 2천~3천억;
        # an end with its own unit keeps its own value (5,000원~2만원), and English writes
        # each end whole (₩100 to ₩1K)
        if not a_num.has_scale and b_num.has_scale:
            low = low * _TEN**b_num.lead_power
        elif not a_num.has_myriad and b_num.has_myriad:
            low = low * _TEN**b_num.top_power
        if power:
            low = low * _TEN**power
    high = second.high if banded else second.low * sign
    band = band or banded
    if low > high and high < 0 and not band:
        low, high = high, low  # -0.5~-1.0%, -3조~-4조원: a fall written from its smaller end
    if low > high or (band and low == high):
        return None
    if (t.startswith("-", b_start) and not english) or (
        second.end < n and t[second.end] == "-" and second.end + 1 < n and t[second.end + 1] in DIGIT_CHARS
    ):
        return None
    approximate = first.approximate or second.approximate
    end = second.end
    if between:
        close = skip_space(t, end)
        if not t.startswith(BETWEEN, close):
            return None
        end = close + len(BETWEEN)
    return Reading(
        first.start,
        end,
        first.num_start,
        second.kind or first.kind,
        low,
        high,
        False,
        second.unit or first.unit,
        second.currency or first.currency,
        first.per or second.per,
        approximate or band,
        Bound.BAND if band else Bound.RANGE,
        None,
        True,
    )


def to_figure(r: Reading, text: str, *, default_currency: str | None = None) -> Figure | None:
    """Turn a reading into a Figure over the original *text*; ``None`` for a bare number."""
    kind = r.kind
    currency = r.currency
    if kind is None:
        if default_currency is not None:
            kind, currency = Kind.MONEY, default_currency
        else:
            kind = Kind.NUMBER
    unit = None if r.unit is None or kind is Kind.MONEY else r.unit.unit
    value = r.low if r.point else None
    return checked_elsewhere(
        kind,
        value,
        r.low,
        r.high,
        currency if kind is Kind.MONEY else None,
        unit,
        r.per,
        r.approximate,
        r.bound,
        text[r.start : r.end],
        (r.start, r.end),
    )
