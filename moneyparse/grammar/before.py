"""What stands before the number: a currency symbol or code, a sign (-, △, 마이너스,
영하), a marker (약, 최소, 최대), a rate word (주당, 1인당, 배럴당), and a word that sets
the unit (섭씨 40도, 시속 188 마일).

Read backwards from the anchor with the lexicon's reversed word tables, so that no
pattern runs before the digits. :func:`_merge` folds a marker into the approximation and
bound read so far.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, NamedTuple

from moneyparse.figure import Bound, Kind
from moneyparse.grammar.base import _TEN, Unit, _near_before, lexicon
from moneyparse.lexicon.markers import (
    EQUALS,
    NO_RATE_CURRENCY_WORDS,
    PERIOD_WORDS,
    RATE_SUFFIX,
    SIGN_AFTER_WORDS,
    Marker,
)
from moneyparse.lexicon.scales import SCALE_CHARS
from moneyparse.scanner import DIGIT_CHARS, is_hangul, is_latin, space_before
from moneyparse.value import MAX_DIGITS, read_number

# Characters after which a '-' or '+' is a sign, not a hyphen (1000만-2000만원, 052-278); after
# a range's ~ it is the second end's (-2%~-1%대).
SIGN_OK_AFTER: Final = frozenset(" \t\n\r([{:,|/=→·'\"“‘<>≤≥…~")


class Before(NamedTuple):
    """What :func:`_look_back` read before a number."""

    start: int  # where the figure begins, the rate phrase included
    currency: str | None
    sign: int
    marker: Marker | None
    per: str | None
    per_amount: Decimal | None  # how many of per, where the rate phrase writes a number
    inner: int  # where the figure begins without its rate phrase


def _look_back(t: str, start: int) -> Before:
    """Read back from the number: currency symbol, sign, marker, rate phrase.

    Each part may stand one space before the next: ``톤당 약 668.82달러``, ``마이너스
    23.5%``, ``$ 30억``, ``USD 100``, ``100만 btu당 3.91달러``.
    """
    lex = lexicon()
    currency: str | None = None
    sign = 1
    marker: Marker | None = None
    pos = start
    near = _near_before(t, start)
    if near not in lex.back_last:
        return Before(pos, currency, sign, marker, None, None, pos)  # nothing a look-back table ends with
    hit = _symbol_before(t, pos)
    if hit is not None:
        pos, currency = hit
    signs = lex.signs
    sign_hit = signs.before(t, pos) if pos > 0 and t[pos - 1] in signs.by_last else None
    sign_end = pos
    if sign_hit is None and pos > 1 and t[pos - 1] == " " and t[pos - 2] in signs.by_last:
        spaced = lex.signs.before(t, pos - 1)
        if spaced is not None and (is_hangul(spaced[0][-1]) or spaced[0].endswith(")")):
            sign_hit = spaced
            sign_end = pos - 1  # 마이너스 3%; the figure starts there only if the word is a sign
    if sign_hit is not None:
        word, value = sign_hit
        s = sign_end - len(word)
        ok = (
            s == 0
            or t[s - 1] in SIGN_OK_AFTER
            or (is_hangul(word[0]) and not is_hangul(t[s - 1]))
            or t.endswith(SIGN_AFTER_WORDS, 0, s)  # 꼴찌...-7%, (YoY+42%, QoQ-8%)
        )
        if word == "△" and s > 0 and t[s - 1] not in SIGN_OK_AFTER:
            ok = False
        if ok:
            pos, sign = s, value
    if currency is None:
        hit = _symbol_before(t, pos)
        if hit is not None:
            pos, currency = hit
    found_before = marker_over_period(t, pos) or _marker_before(t, pos)
    if found_before is not None:
        pos, marker = found_before
    rate = _rate_before(t, pos)
    if rate is None:
        return Before(pos, currency, sign, marker, None, None, pos)
    if marker is None:
        found_before = _marker_before(t, rate[0])  # 최대 1인당 25만원: the bound before the rate
        if found_before is not None:
            return Before(found_before[0], currency, sign, found_before[1], rate[1], rate[2], pos)
    return Before(rate[0], currency, sign, marker, rate[1], rate[2], pos)


def _symbol_before(t: str, p: int) -> tuple[int, str] | None:
    """The currency symbol or code that ends at *p*, or one space before it ($30억, USD
    100, $ 30억), and where it starts; ``None`` where none does or it is part of a word."""
    symbols = lexicon().symbols
    for q in (p, p - 1):
        if q <= 0 or t[q - 1] not in symbols.by_last:
            continue  # no symbol ends there (the table's own test, without the call)
        if q < p and t[q] != " ":
            continue
        hit = symbols.before(t, q)
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


def marker_over_period(t: str, pos: int) -> tuple[int, Marker] | None:
    """The marker before a word of a period that stands one space before *pos*, and where
    it starts (최고 연 4.1%, 최대 월 300만원: the period stays inside the figure)."""
    if pos < 3 or t[pos - 1] != " " or t[pos - 2] not in PERIOD_WORDS or t[pos - 3] != " ":
        return None
    return _marker_before(t, pos - 2)


def _marker_before(t: str, pos: int) -> tuple[int, Marker] | None:
    """The marker that ends at *pos*, or one space before it (약 230억, 최소 150만원), and
    where it starts; ``None`` where none does or it is part of a word."""
    markers = lexicon().before
    for q in (pos, pos - 1):
        if q < pos and not (q >= 1 and t[q] == " "):
            continue
        if q <= 0 or t[q - 1] not in markers.by_last:
            continue  # no marker ends there (the table's own test, without the call)
        mhit = markers.before(t, q)
        if mhit is not None:
            word, found = mhit
            s = q - len(word)
            if s > 0 and t[s - 1] == "/":
                return None  # 최고/최저 98,400원/61,200원: column labels, not a bound on the first
            if word == ">" and s > 0 and t[s - 1] in "-=":
                return None  # 12만 원->15만 원: an arrow from one figure to the next, no comparison
            if s == 0 or not (is_hangul(t[s - 1]) or (is_latin(t[s - 1]) and not word[0].isalpha())):
                return s, found
            return None
    return None


# What a number before a rate word is written in: 100엔당, 1백엔당, 100만 btu당, 1.5kg당
_RATE_NUMBER_CHARS: Final = DIGIT_CHARS | SCALE_CHARS | frozenset(",.")


def _rate_before(t: str, pos: int) -> tuple[int, str, Decimal | None] | None:
    """The rate phrase that ends at *pos* (or one space before it): (its start, per, how
    many of per), else ``None``.

    A rate word (주당, 배럴당, 달러당, 엔화당, MMBtu당) stands before the number it rates,
    not written onto a word. A number before the rate word says how many of its unit the
    figure is the price of (100엔당 912.30원, 1백엔당, 100만 btu당 3.91달러, 인구 10만
    명당 5명); where none is written the count is one, and ``per_amount`` is left for
    :func:`~moneyparse.grammar.base.to_figure` to set.
    """
    lex = lexicon()
    for q in (pos, pos - 1):
        if q < pos and not (q >= 1 and t[q] == " "):
            continue
        if q > 0 and t[q - 1] == EQUALS:
            return _equated(t, q - 1)  # 1달러=7.1034위안, 100엔 = 4.87위안: the price of an amount
        if q <= 0 or t[q - 1] not in lex.rates.by_last:
            continue  # no rate word ends there, and no 당 (which ends most of them)
        hit = lex.rates.before(t, q)
        if hit is None and q >= 2 and t[q - 1] == RATE_SUFFIX and t[q - 2] == ")":
            aside = _aside_rate(t, q - 1)
            if aside is not None:
                word_start, noun = aside
                if any(ch in DIGIT_CHARS for ch in t[word_start : q - 1]):
                    return pos, noun, None  # 마리(600kg)당 850만원: per animal; the aside keeps its own figure
                counted = _rate_count(t, word_start)  # 1kWh(킬로와트시)당: the count before it too
                if counted is not None:
                    return counted[0], noun, counted[1]
                return word_start, noun, None  # 리터(ℓ)당 1,512원: the rate word and its aside are the figure's
        if hit is None and q >= 3 and t[q - 1] == RATE_SUFFIX and t[q - 2] not in " )":
            counted_currency = _counted_currency_rate(t, q - 1)
            if counted_currency is not None:
                return counted_currency  # 1000원당 867.90엔: won with a count before it, a rate word
        if hit is None and q >= 2 and t[q - 1] == RATE_SUFFIX and t[q - 2] == " ":
            unit = lex.units.before(t, q - 2)  # 1명 당, 1가구 당: the rate's 당 set apart
            per = lex.rates.words.get(unit[0] + RATE_SUFFIX) if unit is not None else None
            if unit is not None and per is not None:
                hit = (t[q - 2 - len(unit[0]) : q], per)
        if hit is None:
            continue
        word, per = hit
        power = lex.rate_powers.get(word, 0)
        if word[0] == "1" and word[1:] in lex.rates.words:
            word = word[1:]  # 21인당: the number is read whole below, not as 2 and 1인당
        s = q - len(word)
        counted = _rate_count(t, s)
        if counted is not None:
            b, amount = counted
            return b, per, amount * _TEN**power
        if s == 0 or not (is_hangul(t[s - 1]) or t[s - 1] in _RATE_NUMBER_CHARS):
            return s, per, _TEN**power if power else None
        return None
    return None


# What joins a range's two ends: an amount after one is a range's end (20~30달러).
RANGE_SIGNS: Final = frozenset("~-–")


def _equated(t: str, eq: int) -> tuple[int, str, Decimal | None] | None:
    """The amount written before the ``=`` at *eq* that the figure after it is the price
    of, as (its start, per, how many): 1달러=7.1034위안 is yuan per dollar, 100엔=4.87위안
    per 100 yen, 3.3㎡=934만원 per 3.3 square metres. The amount needs a number and a unit
    or currency that a rate word is made of (달러당, 엔당, ㎡당); else ``None``."""
    lex = lexicon()
    end = space_before(t, eq)
    unit = lex.units.before(t, end)
    if unit is None:
        return None
    per = lex.rates.words.get(unit[0] + RATE_SUFFIX)
    counted = _rate_count(t, end - len(unit[0])) if per is not None else None
    if per is None or counted is None:
        return None
    start, amount = counted
    if start > 0 and t[start - 1] in RANGE_SIGNS:
        return None  # 20~30달러=1,300원: the end of a range, no amount of its own
    return start, per, amount


def aside_rate_at(t: str, pos: int) -> bool:
    """True when a bracketed aside and 당 follow *pos* (1마리(600kg)당, 1TEU(20피트)당): the
    unit before it is a rate's denominator, not a count of its own."""
    if pos >= len(t) or t[pos] != "(":
        return False
    close = bracket_close(t, pos)
    return close != -1 and t.startswith(RATE_SUFFIX, close + 1)


def bracket_close(t: str, pos: int) -> int:
    """Where the bracket that opens at *pos* closes, if it does within :data:`ASIDE_MOST`
    characters (an aside: 5%(전년 대비), 마리(600kg)당), else -1."""
    return t.find(")", pos, pos + ASIDE_MOST)


def _aside_rate(t: str, dang: int) -> tuple[int, str] | None:
    """Where the rate word starts and its per, for a rate word whose 당 at *dang* follows
    a bracketed aside (마리(600kg)당, 톤(t)당, 1TEU(6m 컨테이너)당), else ``None``."""
    opened = t.rfind("(", max(0, dang - ASIDE_MOST), dang)
    if opened <= 0:
        return None
    start = opened
    while start > 0 and opened - start < ASIDE_MOST and t[start - 1] not in _NOT_IN_A_WORD:
        start -= 1  # back over the word: 마리, TEU, ㎾h
    rates = lexicon().rates.words
    for s in range(start, opened):  # the longest rate word that ends at the bracket: TEU, 마리, 톤
        per = rates.get(t[s:opened] + RATE_SUFFIX)
        if per is not None:
            return s, per
    return None


ASIDE_MOST: Final = 20  # the longest aside in brackets: inside a rate word, before a marker
# What ends the word before an aside, looking back: a space, a digit, a bracket, a mark.
_NOT_IN_A_WORD: Final = frozenset(" \t\n()[]{}<>,.;:!?'\"·/~-") | DIGIT_CHARS


def _counted_currency_rate(t: str, dang: int) -> tuple[int, str, Decimal] | None:
    """A currency word that makes no rate word alone (원당 is a place, 불당 a temple's hall)
    but does with a count written onto it before its 당 at *dang* (1000원당, 100불당): (the
    count's start, the currency, the count), else ``None``."""
    for word in NO_RATE_CURRENCY_WORDS:
        s = dang - len(word)
        if s < 1 or not t.startswith(word, s) or t[s - 1] not in _RATE_NUMBER_CHARS:
            continue
        unit = lexicon().units.words.get(word)
        counted = _rate_count(t, s)
        if unit is not None and unit.currency is not None and counted is not None:
            return counted[0], unit.currency, counted[1]
    return None


def _rate_count(t: str, s: int) -> tuple[int, Decimal] | None:
    """The number written before a rate word that starts at *s*, as (its start, its
    value): 100 of 100엔당, 1백 of 1백엔당, 100만 of 100만 btu당. ``None`` where none is
    written, or where what stands there is no whole number (a code, a date)."""
    end = s - 1 if s >= 2 and t[s - 1] == " " and t[s - 2] in _RATE_NUMBER_CHARS else s
    b = end
    while b > 0 and t[b - 1] in _RATE_NUMBER_CHARS and end - b < MAX_DIGITS:
        b -= 1
    if b == end or t[b] not in DIGIT_CHARS or (b > 0 and (is_hangul(t[b - 1]) or is_latin(t[b - 1]))):
        return None
    num = read_number(t, b)
    if num is None or num.end != end or num.stop is not None or num.value <= 0:
        return None
    return b, num.value


def _merge(marker: Marker | None, approximate: bool, bound: Bound) -> tuple[bool, Bound]:
    if marker is None:
        return approximate, bound
    approximate = approximate or marker.approximate
    if marker.bound is not None and bound is Bound.EQ:
        bound = Bound(marker.bound)
    return approximate, bound


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
