"""Ranges: 3~4조원, 3조~4조원, 3조에서 4조원, 10억~20억원대, -5~+5%.

:func:`read_range` reads the second end after a first reading and carries the scale and
unit written once at the end back to the first. Two closed bounds joined into one range
(100 이상, 300 이하) and lists with the unit written once (1,200억·800억원) are
:mod:`moneyparse.extract`'s, since they are two figures first.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from moneyparse.figure import Bound
from moneyparse.grammar.base import _TEN, Reading, Skip, joiner_at, lexicon
from moneyparse.grammar.plain import read_common
from moneyparse.grammar.reader import aside_end, read_at
from moneyparse.lexicon.markers import BETWEEN, BETWEEN_WORDS, RANGE_WORDS, UP_TO
from moneyparse.scanner import DIGIT_CHARS, is_hangul, skip_space


def read_range(t: str, first: Reading, *, shortcuts: bool = True) -> Reading | None:
    """Join *first* to a second end after ~, -, 에서 or 부터 into one closed range.

    The scale and unit written once at the end apply to both ends: 3~4조원 ->
    [3조, 4조]; 2천~3천억 -> [2천억, 3천억]. Never Duckling's [3, 4조]. 에서 and 부터
    join only when the first end has no unit (3조에서 4조원), since 3조원에서 4조원으로
    is a change from one figure to another; with 까지 closing the second end (1,200원부터
    9,600원까지) or 사이 after it (3조원에서 4조원 사이), ends with their own units join
    too. Two bands joined by ~ (947원대~960원대) make one band from the first's low end
    to the top of the second. With *shortcuts* a second end after ~ or a space is read by the fast lane first;
    the tests turn it off to compare the two.
    """
    # 947원대~960원대: a band may open a range whose second end is a band too
    banded_first = first.bound is Bound.BAND and first.number is not None and first.unit is not None
    if first.number is None or not (first.point or banded_first):
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
    if first.unit is not None and t[pos] == "(":
        # 1136만원(진례지구)~1721만원, 5억4950만원(A9-2블록)부터 …까지: an aside of words before the joiner
        close = aside_end(t, pos)
        if close == pos or close >= n or not (t[close] == "~" or _from_word(t, close)):
            return None
        pos = close
    joiner_end: int | None = None
    between = band = until = False
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
        if t.find(BETWEEN, joiner_end, joiner_end + _SECOND_END_MOST) == -1:
            return None  # no 사이 near enough to close it: the change, read as two figures
    elif first.unit is not None and (start_word := _from_word(t, pos)):
        # 1,200원부터 9,600원까지: with 까지 to close it, each end may have its own unit
        joiner_end = pos + len(start_word)
        until = True
        if t.find(UP_TO, joiner_end, joiner_end + _SECOND_END_MOST) == -1:
            return None
    elif first.unit is None:
        for word in (*RANGE_WORDS, *BETWEEN_WORDS):
            if t.startswith(word, pos) and pos + len(word) < n and t[pos + len(word)] == " ":
                joiner_end = pos + len(word) + 1
                between = word in BETWEEN_WORDS  # 20과 30 사이: 사이 must close it
                break
    if joiner_end is None or joiner_end >= n or (banded_first and "~" not in t[pos:joiner_end]):
        return None
    b_start = joiner_end
    sign = 1
    if t[b_start] in "-+" and b_start + 1 < n and t[b_start + 1] in DIGIT_CHARS and not english:
        sign, b_start = (-1 if t[b_start] == "-" else 1), b_start + 1  # -5~+5%, -0.5~-1.0%
    hangul_first = first.number.hangul or t[first.num_start] not in DIGIT_CHARS
    anchor = b_start
    marked = lexicon().before.at(t, b_start) if sign == 1 and is_hangul(t[b_start]) else None
    signed = lexicon().signs.at(t, b_start) if sign == 1 and marked is None and is_hangul(t[b_start]) else None
    if signed is not None:
        anchor = skip_space(t, b_start + len(signed[0]))  # 영하 12~영하 1도: the second end's own sign
        if anchor >= n or t[anchor] not in DIGIT_CHARS:
            return None
    elif marked is not None:
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
    second = read_common(t, anchor) if lane else None  # the tests turn the lane off
    if second is None:
        second = read_at(t, anchor)
    if isinstance(second, Skip) or second.number is None:
        return None
    # 10억~20억원대, 10~20평대: a range that ends in a band runs to the band's top
    banded = second.bound is Bound.BAND and not english  # -2%~-1%대: a band of a fall too
    if not (second.point or banded) or (banded_first and not banded):
        return None
    # the second end starts at its joiner's end, or at its number where a forecast's 최고
    # is left out of it (최저 13~최고 24도)
    if b_start > joiner_end and second.start == joiner_end:
        sign = 1  # -3~-1%, -5~+5%: the second end read its own sign, after ~
    elif second.start not in (b_start, anchor) and not (sign == -1 and second.start == b_start):
        return None
    if first.unit is not None and (second.unit is None or second.unit != first.unit):
        return None
    end = second.end
    up_to = second.bound is Bound.LE
    if until and second.bound is Bound.EQ and second.start == b_start and t.startswith("(", end):
        close = aside_end(t, end)  # 6억1630만원(A8-1블록)까지: the second end's aside before 까지
        if close > end and t.startswith(UP_TO, close):
            up_to, end = True, close + len(UP_TO)
    if until and not (up_to and second.start == b_start and t.startswith(UP_TO, end - 2)):
        return None  # 1,200원부터 9,600원으로: from one figure, not a range
    if first.currency and second.currency and first.currency != second.currency:
        return None
    low = first.low
    a_num, b_num = first.number, second.number
    power = second.unit.power if second.unit is not None else 0
    if first.unit is None and not english:
        # the scale and unit written once, at the end, apply to both ends: 3~4조원, 2천~3천억;
        # an end with its own unit keeps its own value (5,000원~2만원), and English writes
        # each end whole (₩100 to ₩1K)
        shared = None
        if not a_num.has_scale and b_num.has_scale:
            shared = b_num.lead_power
        elif not a_num.has_myriad and b_num.has_myriad:
            shared = b_num.top_power
        if shared is not None:
            low = _shared_scale(low, shared, second.low)
        if power:
            low = low * _TEN**power
    # a band runs to its top (-1%대: from -2% up to -1%), a point is the high end
    high = (second.high if sign == 1 else -second.low) if banded else second.low * sign
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
    if between:
        close = skip_space(t, end)
        if not t.startswith(BETWEEN, close):
            return None
        end = close + len(BETWEEN)
    return Reading(
        start=first.start,
        end=end,
        num_start=first.num_start,
        kind=second.kind or first.kind,
        low=low,
        high=high,
        point=False,
        unit=second.unit or first.unit,
        currency=second.currency or first.currency,
        per=first.per or second.per,
        per_amount=first.per_amount if first.per else second.per_amount,
        approximate=approximate or band,
        bound=Bound.BAND if band else Bound.RANGE,
        has_scale=True,
    )


_FROM_SPACED: Final = RANGE_WORDS[1] + " "  # 에서, then the second end (3조원에서 4조원 사이)
# How far past its joiner a second end and its 사이 or 까지 may reach: a marker, a number of
# forty digits or spelled out to its last myriad, a unit of a few words (최대 1조 2,000억
# 5,000만 달러 사이), with room to spare.
_SECOND_END_MOST: Final = 160
# 부터 and 에서부터, then the second end and 까지 (1,200원부터 9,600원까지)
_FROM_UNTIL: Final = tuple(word + " " for word in RANGE_WORDS if word.endswith("부터"))


def _from_word(t: str, pos: int) -> str:
    """부터 or 에서부터 and a space at *pos*, or ``""``."""
    return next((word for word in _FROM_UNTIL if t.startswith(word, pos)), "")


def may_range(t: str, got: Reading) -> bool:
    """True when a range's joiner stands where :func:`read_range` would look for one after
    *got*: the shortcut that spares most figures the call (the tests compare the walk with
    and without it)."""
    if got.number is None or not (got.point or got.bound is Bound.BAND):
        return False
    pos = got.end if got.unit is not None else got.number.end
    if got.unit is not None and pos < len(t) and t[pos] == "(":
        pos = aside_end(t, pos)  # 1136만원(진례지구)~1721만원, 947원대(진례)~960원대
    if not got.point:
        return t.startswith(("~", " ~"), pos)  # 947원대~960원대: a band opens a range only with ~
    return joiner_at(t, pos)


_CLOSE: Final = 100  # how many times its low end a range's high end may be, read with its own scale


def _shared_scale(low: Decimal, power: int, high: Decimal) -> Decimal:
    """The low end of a range scaled by the high end's scale word, written once (3~4조,
    2천~3천억); where that would put it above the high end, by the next myriad scale down
    that does not (7천~1억2천만원 is 7천만 to 1억2천만; 8천~1만5천원 and 800~1천500원 keep
    their own), so long as the two ends stay within a hundredfold of each other."""
    scaled = low * _TEN**power
    if scaled <= high or high <= 0:
        return scaled
    for lower in range(power - power % 4 if power % 4 else power - 4, -1, -4):
        candidate = low * _TEN**lower
        if candidate <= high:
            return candidate if high <= candidate * _CLOSE else scaled
    return scaled
