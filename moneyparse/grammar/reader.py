"""The full reader: one figure at an anchor, its rarer shapes included.

:func:`read_at` takes the number (:mod:`~moneyparse.grammar.number`), what follows it
(:mod:`~moneyparse.grammar.after`), and :func:`_around` puts it together with what stands
before it (:mod:`~moneyparse.grammar.before`) and the context checks
(:mod:`~moneyparse.grammar.context`) into one :class:`~moneyparse.grammar.base.Reading`.
It is the reference that the fast lane (:mod:`~moneyparse.grammar.plain`) must agree
with. Ranges are read after it, by :mod:`~moneyparse.grammar.ranges`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from moneyparse.figure import Bound, Kind
from moneyparse.grammar.after import (
    PER,
    _margin,
    _markers_after,
    _minor_part,
    _per_after,
    _stated_extreme,
    _up_to,
    approaching_at,
    read_tail,
)
from moneyparse.grammar.base import (
    _TEN,
    NUMERAL_CHARS,
    Reading,
    Skip,
    Unit,
    _new,
    _unit_ends,
    _word_ends,
    band_of,
    lexicon,
)
from moneyparse.grammar.before import _look_back, _merge, _unit_before, bracket_close
from moneyparse.grammar.context import (
    _CELSIUS,
    _PERCENT,
    ORDINAL_PREFIX,
    _alcohol,
    _forecast_extreme,
    _glued_to_name,
    _temperature,
    _unit_named,
)
from moneyparse.grammar.number import (
    _PAIR_START,
    _anchor_number,
    _fraction,
    _fraction_word,
    _grouped_before,
    _malformed_end,
    _mixed,
    _plain_integer,
    _slashed,
    _written_amount,
    amount_shape,
)
from moneyparse.lexicon.currencies import JEON_OF
from moneyparse.lexicon.markers import EXTREMES, MONEY_PER_UNIT, RATE_SUFFIX, UP_TO
from moneyparse.lexicon.scales import POWER_AFTER_CURRENCY
from moneyparse.lexicon.units import POINT_GLOSSES
from moneyparse.scanner import DIGIT_CHARS, DIGITS, digits_end, is_hangul, is_latin, skip_space
from moneyparse.value import Number, read_native_pair

# What may stand before a number written from its point (.25): a space, a bracket, a sign.
_LEAD_POINT_AFTER: Final = frozenset(" \t\n(-+~$")


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


def comma_glued(t: str, a: int) -> bool:
    """True when the digits at *a* stand right after digits and a comma that no thousands
    group explains (the reader would have taken 1,234 whole): 3,8% is a decimal comma,
    5,6명 five or six. Neither 8% nor 6명 is a figure, and neither end alone is right, so
    nothing is read (a reading of 3.8 or of a range would be a guess)."""
    return a > 1 and t[a - 1] == "," and t[a - 2] in DIGIT_CHARS


def read_at(t: str, a: int, *, whole: bool = False) -> Reading | Skip:
    """Read the figure whose number starts at anchor *a* in the folded text *t*."""
    n = len(t)
    c = t[a]
    if c in DIGIT_CHARS and a > 0 and (t[a - 1] == "^" or (t[a - 1] in "+-" and a > 1 and t[a - 2] == "^")):
        return Skip(digits_end(t, a))  # 2^10: an exponent left over from a number not read
    if c in DIGIT_CHARS and a > 0 and t[a - 1] == ".":
        if a == 1 or t[a - 2] in _LEAD_POINT_AFTER:
            a -= 1  # .25 ml: the number starts at its point
        elif t[a - 2] == "." or is_hangul(t[a - 2]):
            pass  # 늘었다.6조원, 밀렸다...2,140원: the point ends a sentence pasted with no space after it
        else:
            return Skip(digits_end(t, a))  # v1.25, a.25: digits after a point that belongs to what stands before
    if c in DIGIT_CHARS and a > 0 and t[a - 1] == ORDINAL_PREFIX:
        return Skip(digits_end(t, a))  # 제3조, 제47대, 제2편: an ordinal
    if c in DIGIT_CHARS and comma_glued(t, a):
        # 3,8%, 5,6명: a decimal comma or a list, no figure of its own; 1,35만6000원: nor the
        # rest of the number the digits go on into (6000원 would be a wrong value)
        return Skip(_malformed_end(t, a))
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
        back = _look_back(t, a)
        start, currency, marker, per = back.start, back.currency, back.marker, back.per
        end2, after = _markers_after(t, end)
        approximate, _ = _merge(after, True, Bound.BAND)
        approximate, _ = _merge(marker, approximate, Bound.BAND)
        return Reading(
            start=start,
            end=end2,
            num_start=a,
            kind=unit.kind,
            low=vague[0],
            high=vague[1],
            point=False,
            unit=unit,
            currency=currency or unit.currency,
            per=per,
            per_amount=back.per_amount,
            approximate=approximate,
            bound=Bound.BAND,
            has_scale=True,
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
    if unit is None and end == num.end and c in DIGIT_CHARS and not num.has_scale and t.startswith("/", end):
        unit = _pair_unit(t, a, end)  # 1115.50/1116.50원, 52,300/48,100원: a pair, its unit written once
    if native and unit is None:
        return Skip(num.end)
    if unit is not None and c in DIGIT_CHARS and num.end < n and t[num.end] == " " and _glued_to_name(t, num, a):
        return Skip(end)  # 코스피200 주가지수, 빅3 편의점: digits glued to a name
    if (num.hangul or c not in DIGIT_CHARS) and not _unit_ends(t, end, unit):
        return Skip(end)  # 만들다, 천사, 억울하다: a numeral that is part of a word (but 칠 퍼센트면)
    if num.implied_one and not band and _unit_named(t, a, end):
        return Skip(end)  # 단위는 '억원', 단위: 백만원: a unit named, with no number
    return _around(t, a, num, end, unit, about, band)


def _pair_unit(t: str, a: int, end: int) -> Unit | None:
    """The unit written after the second of two amounts that a slash joins, where both are
    written as amounts are (a thousands group or a decimal point: a bid and an ask, a high
    and a low): the first, from *a* to *end*, takes it. Fractions (3/4원) and dates have
    neither."""
    if not _written_amount(t, a, end):
        return None
    second = DIGITS.match(t, end + 1)
    if second is None or not amount_shape(second.group()):
        return None
    hit = lexicon().units.at(t, second.end())
    if hit is None or hit[1].kind is None or hit[1].power or is_latin(hit[0][-1]):
        return None
    if t.startswith((RATE_SUFFIX, "/"), second.end() + len(hit[0])):
        return None  # 1,000/2,000원당: the second is a rate's count, no amount of its own
    return hit[1]


# Kinds that no rate word before them makes a rate of: a percent, a percentage point or a
# multiple is a change or a ratio (배럴당 1.2% 하락, 주당 3배), never a price per unit.
_NO_RATE: Final = frozenset((Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MULTIPLE))
_WON: Final = Unit(Kind.MONEY, None, "KRW")
_HALF: Final = Decimal("0.5")


def _point_gloss(t: str, pos: int) -> str | None:
    """The unit of a percentage point restated in brackets at *pos* (3%포인트(p)), or None."""
    return next((g for g in POINT_GLOSSES if t.startswith(g, pos)), None)


def aside_end(t: str, pos: int) -> int:
    """Where a bracketed aside of words that opens at *pos* ends (5%(전년 대비), 7천만원(부부
    합산)), or a code's (5억원(A9-2블록), an apartment block), or *pos* where the bracket
    holds a number (a companion figure of its own) or does not close nearby."""
    close = bracket_close(t, pos)
    if close == -1 or (any(ch in DIGIT_CHARS for ch in t[pos:close]) and not _code(t, pos + 1, close)):
        return pos
    return close + 1


def _code(t: str, start: int, end: int) -> bool:
    """A code from *start* to *end* (A9-2블록, B1): Latin letters first, then digits, and
    the letters no currency's (USD30 is an amount)."""
    m = _CODE.fullmatch(t, start, end)
    if m is None:
        return False
    letters = m.group(1)
    hit = lexicon().symbols.at(letters, 0)
    return hit is None or hit[0] != letters


# A code in brackets, Latin letters first (A9-2블록, B1, C2동): a name with digits, no figure.
_CODE: Final = re.compile(r"([A-Za-z]+)[0-9A-Za-z-]*[가-힣]{0,3}")


def _around(t: str, a: int, num: Number, end: int, unit: Unit | None, about: bool, band: bool) -> Reading | Skip:
    """The figure whose number and tail are read: what stands before it (symbol, sign,
    marker, rate word, 섭씨), a minor amount, a band's bounds, markers and 까지 after it.

    Each part is looked for only where the character that would begin (or end) it stands:
    most figures have none of them, and the look-ups are most of a figure's cost."""
    lex = lexicon()
    n = len(t)
    near = t[a - 1] if a > 0 else ""  # _near_before, inline on this path
    if near == " ":
        near = t[a - 2] if a > 1 else ""
    per_amount: Decimal | None = None
    if near in lex.back_last or near in lex.unit_before.by_last:
        start, currency, sign, marker, per, per_amount, inner = _look_back(t, a)
        if per is not None and unit is not None:
            if unit.kind in _NO_RATE:
                start, per, per_amount = inner, None, None  # 배럴당 1.2% 하락한: a change, not a rate
            elif unit.kind is Kind.MONEY or (unit.kind is None and currency is not None):
                per = MONEY_PER_UNIT.get(per, per)  # 온스당 4,400달러: per troy ounce
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
        if marker is not None and _forecast_extreme(t, start, a, end):
            # 낮 최고 30도, 아침 최저 영하 2도: the day's high and low in a forecast, points
            unit, marker, start = _CELSIUS, None, skip_space(t, start + len(EXTREMES[0]))
        elif _temperature(t, start, a, end, sign):
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
        goes_on = nxt < n and (t[nxt] in DIGIT_CHARS or (t[nxt] in NUMERAL_CHARS and unit.currency != JEON_OF))
        minor = _minor_part(t, end, unit) if goes_on else None  # 3달러 50센트, 799원 86전
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
    glossed = end
    if end < n and t[end] == "(":
        # 3%포인트(p) 이상: a marker after the unit restated binds; 5%(전년 대비) 이상: after
        # an aside of words too
        gloss = _point_gloss(t, end) if kind is Kind.PERCENTAGE_POINT else None
        glossed = end + len(gloss) if gloss is not None else aside_end(t, end)
    nxt = glossed + 1 if glossed < n and t[glossed] == " " else glossed
    if nxt < n and (t[nxt] in lex.after.by_first or approaching_at(t, glossed)):
        end_marked, after = _markers_after(t, glossed)
        if after is not None and not _margin(t, start, t[nxt:end_marked], end_marked):
            approximate, bound = _merge(after, approximate, bound)
            end = end_marked  # the restated unit inside the figure, between it and its marker
    up_to = _up_to(t, end, marker) if marker is not None or t.startswith(UP_TO, end) else None
    if up_to is not None:
        end = up_to
        if bound is Bound.EQ:
            bound = Bound.LE
    if per is None and t.startswith(PER, end):
        written = _per_after(t, end + len(PER))
        if written is not None:
            per, end, per_amount = written
    elif per is None and kind is Kind.MONEY and end + 1 < n and t[end] == "/":
        below = lex.units.at(t, end + 1)  # 8,520원/주, 3만원/㎡: a slash before what it is per
        stop = end + 1 + len(below[0]) if below is not None else end
        noun = lex.rates.words.get(below[0] + "당") if below is not None else None
        code = lex.symbols.at(t, end + 1) if below is None else None
        if code is not None and code[0] == code[1]:
            noun, stop = code[1], end + 1 + len(code[0])  # 1412.20원/USD: per a currency's code
        goes_on = stop < n and (is_latin(t[stop]) or t[stop] in DIGIT_CHARS)
        if noun is not None and not goes_on and (not is_hangul(t[stop - 1]) or _word_ends(t, stop)):
            per, end = noun, stop
    # every field in order, as the plain lane builds its readings: this runs for most
    # figures that are not plain (start, end, num_start, kind, low, high, point, unit,
    # currency, per, per_amount, approximate, bound, number, has_scale, sign)
    return _new(
        Reading,
        (
            start,
            end,
            a,
            kind,
            low,
            high,
            point,
            unit,
            currency,
            per,
            per_amount,
            approximate,
            bound,
            num,
            num.has_scale,
            sign,
        ),
    )
