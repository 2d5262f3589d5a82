"""The fast lane: the common figure (230억원, 35.47%, 약 1조 2,000억달러) read whole.

It matches digits and myriad groups with one compiled pattern and decides with set and
dict look-ups whether the neighbourhood needs the full reader; where it cannot tell it
returns ``None`` and :func:`~moneyparse.grammar.reader.read_at` reads. Wherever it answers
it answers exactly as the full reader: ``tests/test_shortcuts.py`` compares the two over
real and generated text. No rule may live only here.
"""

from __future__ import annotations

import re
import string
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from moneyparse.figure import Bound, Kind
from moneyparse.grammar.after import (
    PER,
    _band_at,
    _margin,
    _markers_after,
    _stated_extreme,
    approaching_at,
    band_part,
)
from moneyparse.grammar.base import (
    _TEN,
    NUMERAL_CHARS,
    Reading,
    Skip,
    Unit,
    _near_before,
    _new,
    _word_ends,
    band_of,
    joiner_at,
    lexicon,
)
from moneyparse.grammar.before import (
    SIGN_OK_AFTER,
    _marker_before,
    _merge,
    _rate_before,
    aside_rate_at,
    marker_over_period,
)
from moneyparse.grammar.context import (
    _LONE_POINT,
    _SPOKEN_PERCENT,
    _model_name,
    _not_index_points,
    _weeks_after,
    _weeks_before,
    _year_or_name,
    plausible_weeks,
)
from moneyparse.grammar.number import FRACTION
from moneyparse.grammar.reader import _around, aside_end
from moneyparse.lexicon.currencies import JEON_OF
from moneyparse.lexicon.markers import (
    A_BIT_OVER,
    BAND_PARTS,
    BAND_SUFFIX,
    EQUALS,
    FOLLOWERS,
    MONEY_PER_UNIT,
    NEAR_PARTICLE,
    PERIOD_WORDS,
    RATE_SUFFIX,
    SPACED_RATE_SUFFIX,
    UP_TO,
    WORD_BEGINNING_UNITS,
    Marker,
)
from moneyparse.lexicon.numerals import SINO_VALUE_BY_DIGIT
from moneyparse.lexicon.scales import SCALE_CHARS
from moneyparse.scanner import COMMON_NUMBER, DIGIT_CHARS, DIGIT_RUN, WordTable, is_hangul, is_latin, skip_space
from moneyparse.value import MAX_DIGITS, Number, read_number

# What makes the number at an anchor go on past the common shape, or be read another way:
# a digit, a separator or exponent, a scale word not in a myriad group (3천, 5 억), a
# spoken point, a mixed number's 과/와, a slash.
_NUMBER_GOES_ON: Final = DIGIT_CHARS | SCALE_CHARS | frozenset(".,^/점쩜과와")
# What ends the fast lane right after the number (that, or a letter: 3M, 5G), and after
# the number and one space (that, a Hangul digit or a second space: 1억 이천만, 2  1/4).
_COMMON_STOPS: Final = _NUMBER_GOES_ON | frozenset(string.ascii_letters)
_SPACED_STOPS: Final = _COMMON_STOPS | frozenset(SINO_VALUE_BY_DIGIT) | {" "}
_SINO_ONLY: Final = frozenset(SINO_VALUE_BY_DIGIT) - _COMMON_STOPS


def _number_ends(t: str, c: str, pos: int) -> bool:
    """True when a number of plain digits ends before the space at *pos* - 1, though *c*,
    the character after the space, is a digit or a Sino-Korean digit: a Hangul number
    goes on only where a scale word follows its digit (이천, 삼백; not 이후), and digits
    make a mixed number with it only before a slash (2 1/4; not 2.728 2.740, 05 15:30);
    digits before a comma (5 1,000) are left to the full reader too."""
    if c in _SINO_ONLY:
        return not (pos + 1 < len(t) and t[pos + 1] in SCALE_CHARS)
    if c in DIGIT_CHARS:
        m = DIGIT_RUN.match(t, pos)
        return m is not None and not t.startswith("/", m.end()) and not t.startswith(",", m.end())
    return False


@lru_cache(maxsize=4096)
def _grouped(written: str) -> tuple[Decimal, int, int, bool] | None:
    """The value, lead and top powers and myriad flag of *written*, myriad groups of digits
    and the character after them, read by the full reader once per spelling (230억, 1조
    2,000억 recur across a whole archive); ``None`` where the reader stops elsewhere or
    reads past the groups."""
    number = read_number(written, 0)
    if number is None or number.end != len(written) - 1 or number.stop is not None:
        return None
    return number.value, number.lead_power, number.top_power, number.has_myriad


def read_common(t: str, a: int, m: re.Match[str] | None = None, *, keep_bare: bool = True) -> Reading | Skip | None:
    """The fast lane: the common figure whose digits start at *a*.

    Reads digits or myriad groups of digits (230억, 1조 2,000억, 2만4800), 여, one unit
    word (원, 달러, %, 명) or none, a 대 band, and what :func:`_around` reads around
    them. Leaves to :func:`read_at` the rarer shapes: a
    fraction, a mixed number, a rate's 당, a unit or symbol written in letters, a symbol
    after the number. Returns what :func:`read_at` would, or ``None`` where it cannot
    tell and the full grammar reads. The caller has checked that what stands before *a*
    is no exponent, point, sign or name, and asks :func:`read_range` for a range after
    it where one may follow (:func:`~moneyparse.grammar.ranges.may_range`); the tests
    compare the two lanes over real and built text. *m* is
    :data:`~moneyparse.scanner.COMMON_NUMBER`'s match at *a*, where the caller has it, or
    a match that ends where it ends with group 1 set where its is (the walk's anchor).
    Without *keep_bare* a bare number of digits alone, which the walk would drop, is a
    :class:`Skip` to its end, where no range may start after it.
    """
    if m is None:
        m = COMMON_NUMBER.match(t, a)
        if m is None:
            return None
    n = len(t)
    end = m.end()
    if end >= n or end - a > MAX_DIGITS:
        return None
    if m.group(1) is not None:
        digits = t[a:end]
        value = Decimal(digits.replace(",", "") if "," in digits else digits)
        num: Number = _new(Number, (value, end, 0, 0, False, False, False, False, False, None))
    else:
        grouped = _grouped(t[a : end + 1])  # digits only: not Hangul, no implied one, no 여 inside
        if grouped is None:
            return None
        value, lead, top, myriad = grouped
        num = _new(Number, (value, end, lead, top, True, myriad, False, False, False, None))
    units = lexicon().units
    tail = end
    about = False
    c = t[end]
    if c == A_BIT_OVER:  # 30여명, 6000여 가구: a bit over, when a unit follows
        if units.at(t, skip_space(t, end + 1)) is None:
            return None
        about = True
        tail = end + 1
        c = t[tail]
    if c in _COMMON_STOPS:
        return None
    if c in SINO_VALUE_BY_DIGIT and tail + 1 < n and t[tail + 1] in SCALE_CHARS:
        return None  # 5억이천만원: the number goes on in Hangul, the full reader's
    spaced = tail
    if c == " ":
        spaced = tail + 1
        if spaced >= n:
            return None
        c = t[spaced]
        if c in _SPACED_STOPS and not (not num.has_scale and _number_ends(t, c, spaced)):
            return None  # 5 억, 1억 이천만, 2 1/4, 3 billion: the full reader's (but 2161.71 이후 is not)
    if c == _FRACTION_FIRST and t.startswith(FRACTION, spaced):
        return None
    hit = units.at(t, spaced) if c in units.by_first else None  # c: the character at spaced
    if spaced != tail and hit is not None and _year_or_name(t, num, a):
        return None  # 2024 대선, 빅3 편의점: read_tail's to judge
    if hit is not None and hit[1].kind is not None:
        plain = _plain_reading(t, a, num, hit[0], spaced + len(hit[0]), about)
        if plain is not None:
            return plain
    band = False
    if hit is None:
        # a bare number, or money by a symbol before it ($1.5): none written after it
        symbols = lexicon().symbols
        if symbols.at(t, end) is not None or (spaced != end and symbols.at(t, spaced) is not None):
            return None
        if about or t[end] == BAND_SUFFIX:
            return None
        if _bare_alone(t, a, end):
            # 2161.71 이후, | 12,354 |: nothing before the number that _around reads, nothing
            # after it but a space and a word: the bare number as _around would build it
            if not keep_bare and not num.has_scale and not joiner_at(t, end):
                return Skip(end)  # no scale, no range after it: the walk would drop it
            return _new(
                Reading,
                (
                    a,
                    end,
                    a,
                    None,
                    num.value,
                    num.value,
                    True,
                    None,
                    None,
                    None,
                    None,
                    False,
                    Bound.EQ,
                    num,
                    num.has_scale,
                    1,
                ),
            )
        got = _around(t, a, num, end, None, False, False)
    else:
        word, unit = hit
        unit_end = spaced + len(word)
        if unit.kind is None or _model_name(word, num, spaced != tail) or _not_index_points(t, word, num):
            return Skip(unit_end)  # 2024년, 3위, 5개월, 15 프로: read_tail says the same
        if is_latin(word[-1]) or word == BAND_SUFFIX or word in WORD_BEGINNING_UNITS:
            return None  # 3M, 3대, 100불을 / 불어났다: read_tail's to judge
        if unit_end < n and (t[unit_end] in (RATE_SUFFIX, "/", A_BIT_OVER) or t[unit_end] in DIGIT_CHARS):
            return None  # 1주당, 8,520원/주, 3톤여: read_tail's to read
        if t.startswith(SPACED_RATE_SUFFIX, unit_end) or aside_rate_at(t, unit_end):
            return None  # 1명 당, 1마리(600kg)당: the rate's, read_tail's to judge
        attached_money = unit.kind is Kind.MONEY and spaced == tail
        if is_hangul(word[-1]) and not attached_money and not _word_ends(t, unit_end):
            return None
        if unit.unit == "주" and plausible_weeks(num) and (_weeks_before(t, num) or _weeks_after(t, unit_end)):
            return Skip(unit_end)  # 지난 2주, 3주 전: weeks, as read_tail says
        if _band_at(t, unit_end, unit, num):
            band = True  # 3%대, 1억원대: a band
            unit_end += 1
        elif t.startswith(_SPACED_BAND, unit_end) or band_part(t, unit_end):
            return None  # 3만 원 대, 147엔 후반대: read_tail's to judge
        got = _around(t, a, num, unit_end, unit, about, band)
    return got


class _PlainUnit(NamedTuple):
    """A plain unit word, with what the plain lane asks of it worked out once."""

    unit: Unit
    power: Decimal | None  # the power of ten it applies (억원: 10**8), None for none
    hangul_end: bool  # it ends in a syllable: a word may go on after it (천사, 만들다)
    minor: bool  # a currency with a minor unit (1달러 50센트): a number after it may be one
    jeon: bool  # won, whose hundredth is 전 (799원 86전)


class _Plain(NamedTuple):
    """What the plain lane needs to know of the context and of the unit words."""

    units: dict[str, _PlainUnit]
    before: frozenset[str]  # the last characters of what _around's look-back reads
    back: WordTable[bool]  # the words it reads: symbols, signs, markers, rate words, 섭씨
    attached: frozenset[str]  # right after the unit: what begins a band, a rate, 까지, a range …
    spaced: frozenset[str]  # one space after the unit: what begins a range, 반, to, per
    markers: WordTable[Marker]  # the markers after a figure (이상, 가량, 내외)
    marker_only: frozenset[str]  # what only a marker before a figure ends with (약, 최대)
    signs: dict[str, int]  # the signs of one character (-, △, +), none the end of another word


@lru_cache(maxsize=1)
def _plain() -> _Plain:
    """The plain lane's tables, derived from the lexicon and the grammar's own words.

    A unit word is plain when nothing in :func:`read_common` or :func:`_around` treats it
    apart: it has a kind, does not end in a letter (3M 주가, 12.34p), is no 대 band, no
    spoken percent (아이폰 15 프로), no 주 (weeks or shares), no degree (영하 12도)."""
    lex = lexicon()
    minor = frozenset(unit.currency for unit in lex.units.words.values() if unit.power < 0 and unit.currency)
    units = {
        word: _PlainUnit(
            unit,
            _TEN**unit.power if unit.power else None,
            is_hangul(word[-1]),
            unit.currency in minor,
            unit.currency == JEON_OF,
        )
        for word, unit in lex.units.words.items()
        if unit.kind is not None
        and not is_latin(word[-1])
        and word not in (BAND_SUFFIX, _SPOKEN_PERCENT)
        and word not in WORD_BEGINNING_UNITS
        and word not in _LONE_POINT
        and unit.unit not in ("주", "degree")
    }
    tables = (lex.symbols, lex.signs, lex.before, lex.rates, lex.unit_before)
    back = WordTable.of((word, True) for table in tables for word in table.words)
    before = frozenset(back.by_last) | PERIOD_WORDS  # and 최고 연 4.1%: a marker over a period
    # what a reader looks for after the unit, by its first character: a rate (당, /), 까지,
    # a range (~, -; 에서 is read_range's, after the lane), digits going on, two and a half
    # times (반), 여 (3톤여), English joiners (to, per); a band's 대 is read by the lane
    # itself, a marker (이상, 가량) looked up where its first character stands, and a
    # number after an amount only where a minor unit may follow
    ranges = frozenset("~-–")
    attached = ranges | DIGIT_CHARS | frozenset((BAND_SUFFIX, RATE_SUFFIX, "/", UP_TO[0], "반", A_BIT_OVER))
    spaced = ranges | frozenset(("t", "p", "반", BAND_SUFFIX, RATE_SUFFIX))
    others = (lex.symbols, lex.signs, lex.rates, lex.unit_before)
    marker_only = frozenset(lex.before.by_last).difference(
        *(table.by_last for table in others), PERIOD_WORDS, RATE_SUFFIX, EQUALS
    )
    ends = set().union(*(table.by_last for table in (lex.symbols, lex.before, lex.rates, lex.unit_before)))
    ends |= {word[-1] for word in lex.signs.words if len(word) > 1}  # 마이너스(-) ends in ), not -
    signs = {word: sign for word, sign in lex.signs.words.items() if len(word) == 1 and word not in ends}
    return _Plain(units, before, back, attached, spaced, lex.after, marker_only, signs)


def _sign_alone(t: str, a: int, tables: _Plain) -> tuple[int, int]:
    """The sign written onto the digits at *a* and where the figure starts, when nothing
    else stands before it that :func:`~moneyparse.grammar.before._look_back` reads (a
    symbol, a marker, a rate word); (0, a) where the look-back is to judge: the sign after
    a letter or digit (KF-21, 2024-11), or words before it."""
    s = a - 1
    if s > 0 and t[s - 1] not in SIGN_OK_AFTER:
        return 0, a
    if _near_before(t, s) in tables.before:
        return 0, a
    return tables.signs[t[s]], s


def _reads_back(t: str, a: int, near: str, tables: _Plain) -> bool:
    """True when a word that :func:`~moneyparse.grammar.before._look_back` reads ends
    before *a*, attached or one space before (a symbol, a sign, a marker, a rate word,
    섭씨), *near* being the character it would end with: the look-back's to read. A 당
    set apart (1가구 당), a marker over a period (최고 연) and an amount equated with the
    price (1달러=) count, though no one word of the table ends there."""
    if near not in tables.before:
        return False
    return (
        near == RATE_SUFFIX
        or near == EQUALS  # 1달러=7.1위안: an amount equated with its price, a rate
        or (near in PERIOD_WORDS and marker_over_period(t, a) is not None)
        or tables.back.before(t, a) is not None
        or (t[a - 1] == " " and tables.back.before(t, a - 1) is not None)
    )


def _bare_alone(t: str, a: int, end: int) -> bool:
    """True when :func:`_around` would read nothing around the bare number from *a* to
    *end*: nothing the look-back reads before it (:func:`_reads_back`), and after it no
    bracket, marker (에 육박 too), 까지 or English per."""
    tables = _plain()
    if _reads_back(t, a, _near_before(t, a), tables):
        return False
    c = t[end] if end < len(t) else ""
    nxt = t[end + 1] if c == " " and end + 1 < len(t) else c
    return (
        c != "("
        and nxt not in tables.markers.by_first
        and not t.startswith(UP_TO, end)
        and not t.startswith(PER, end)
        and not (c == NEAR_PARTICLE and approaching_at(t, end))  # 35만에 육박
    )


def _marked_aside(t: str, pos: int) -> bool:
    """A bracketed aside of words at *pos* with a marker after it (5%(전년 대비) 이상)."""
    close = aside_end(t, pos)
    if close == pos:
        return False
    at = skip_space(t, close)
    return at < len(t) and (_marker_at(t, at) or approaching_at(t, close))  # 30조원(추정)에 육박


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
    unit = known.unit
    start = a
    marker: Marker | None = None
    per: str | None = None
    per_amount: Decimal | None = None
    band = end < n and t[end] == BAND_SUFFIX
    if band:
        if not _band_at(t, end, unit, num):
            return None  # 대표, 대출 after a unit: read_common tells
        end += 1  # 3%대, 1억원대: a band, as _around makes it
    near = t[a - 1] if a > 0 else ""  # _near_before, inline: this runs for most figures
    if near == " ":
        near = t[a - 2] if a > 1 else ""
    sign = 1
    if near in tables.signs and t[a - 1] == near:
        # -3조6000억원, (△1200억원), +1.2%: a sign written onto the digits, where nothing the
        # look-back reads stands before it, read as _look_back reads it
        sign, start = _sign_alone(t, a, tables)
        if not sign:
            return None
    elif near == RATE_SUFFIX and unit.kind is Kind.MONEY:
        # 주당 1,000원, 배럴당 80.5달러, 100엔당 912.4원, 최대 1인당 25만원: a rate word (and
        # a marker before it), as _look_back and _around read them for an amount of money
        rate = _rate_before(t, a)
        if rate is not None:
            rate_start, per, per_amount = rate
            per = MONEY_PER_UNIT.get(per, per)  # 온스당 4,400달러: per troy ounce
            found = _marker_before(t, rate_start)
            start, marker = found if found is not None else (rate_start, None)
            if marker is not None and _stated_extreme(t, a, end):
                marker = None  # 최고 1인당 …을 기록했다: a high reached, the rate's start kept
    elif near in tables.before:
        if near in tables.marker_only and unit.kind is not Kind.QUANTITY:
            # 약 230억달러, 최대 3만원: only a marker can end there, as _look_back reads it
            # (a quantity may have 시속 or 섭씨 before its marker: the look-back's)
            found = _marker_before(t, a)
            if found is not None:
                if _rate_before(t, found[0]) is not None:
                    return None  # 배럴당 약 80달러: the look-back's to read
                if not _stated_extreme(t, a, end):  # 최고 9만원까지 올랐다: the day's high, a point
                    start, marker = found
        elif _reads_back(t, a, near, tables):
            return None  # 톤당 80달러, $ 30억, -3%, 최고 연 4.1%: the look-back's to read
    if marker is None:
        approximate, bound = about, Bound.GE if about else Bound.EQ
    else:
        approximate, bound = _merge(marker, about, Bound.GE if about else Bound.EQ)
    if end < n:
        c = t[end]
        nxt = t[end + 1] if c == " " and end + 1 < n else c
        if (known.minor and (nxt in DIGIT_CHARS or nxt in NUMERAL_CHARS)) or (known.jeon and nxt in DIGIT_CHARS):
            return None  # 1달러 50센트, 7백98원 97전: _around reads a minor amount
        after_at = -1  # where a marker after the figure starts (1조원 이상, 17%가량)
        if c == " ":
            if end + 1 < n:
                if nxt in tables.spaced or (nxt in _BAND_PART_FIRST and band_part(t, end)):
                    return None  # 3~4%, 2배 반, 3만 원 대, 147엔 후반대: the full lane's
                if nxt in tables.markers.by_first and tables.markers.at(t, end + 1) is not None:
                    after_at = end + 1
        elif c in tables.attached:
            return None  # 3%대, 8,520원/주, 12억원까지: the full lane's
        elif c == "(":
            if unit.kind is Kind.PERCENTAGE_POINT or aside_rate_at(t, end) or _marked_aside(t, end):
                return None  # 3%포인트(p) 이상, 1마리(600kg)당, 5%(전년 대비) 이상: the full lane's
        elif c == NEAR_PARTICLE and approaching_at(t, end):
            return None  # 30조원에 육박: the full lane's
        elif (
            known.hangul_end
            and is_hangul(c)
            and c not in FOLLOWERS
            and not (unit.kind is Kind.MONEY and t[end - len(word) - 1] != " ")
        ):
            return None  # 만들다, 천사, 30명내외: not the end of a word; read_common tells
        elif c in tables.markers.by_first and tables.markers.at(t, end) is not None:
            after_at = end
        if after_at >= 0:
            marked, after = _markers_after(t, end)
            if after is None or _margin(t, start, t[after_at:marked], marked):
                return None  # 컨센서스를 12% 상회했다: a margin, _around's to judge
            approximate, bound = _merge(after, approximate, bound)
            end = marked
            if end < n and (t[end] in tables.attached or t.startswith(PER, end)):
                return None  # 1조원 이상까지, 1억원 이상-2억원: the full lane's
        if end < n and t[end] == " " and (t.startswith(UP_TO, end + 1) or t.startswith(PER, end)):
            return None  # 최대 3600억 원 까지, $80 per bbl: _around's to read (까지 attached stopped above)
    value = num.value if known.power is None else num.value * known.power
    low = high = value if sign > 0 else value * sign
    if band:
        low, high = band_of(num._replace(value=value))
        if sign < 0:
            low, high = -high, -low  # △10%대: from -20% up to, not including, -10%
        approximate, bound = True, Bound.BAND
    return _new(
        Reading,
        (
            start,
            end,
            a,
            unit.kind,
            low,
            high,
            not band,
            unit,
            unit.currency,
            per,
            per_amount,
            approximate,
            bound,
            num,
            num.has_scale,
            sign,
        ),
    )


_SPACED_BAND: Final = " " + BAND_SUFFIX
_FRACTION_FIRST: Final = FRACTION[0]
_BAND_PART_FIRST: Final = frozenset(part[0] for part in BAND_PARTS)
