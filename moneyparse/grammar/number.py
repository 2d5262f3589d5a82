"""The number at the anchor: what is read before any unit or marker.

Vague amounts (수십억, 십수만), spoken Sino-Korean groups across spaces (천 오백, 이십 만,
칠 점 팔), a lone numeral before a spoken percent, fractions (3분의 1, 삼분의 일), slashes
(3/4, and 12,300/8,100 which is no fraction), mixed numbers (일과 이분의 일, 2 1/4), and
the malformed runs that are no figure. The digits themselves are :mod:`moneyparse.value`'s.
It must not decide what the number measures: that is :mod:`~moneyparse.grammar.after`'s.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from moneyparse.figure import Kind
from moneyparse.grammar.base import _TEN, lexicon
from moneyparse.lexicon.markers import VAGUE
from moneyparse.lexicon.numerals import DEMONSTRATIVE, NATIVE_PAIRS, SINO_VALUE_BY_DIGIT
from moneyparse.lexicon.scales import MYRIAD_SCALE_CHARS, POWER_BY_MYRIAD_SCALE, POWER_BY_SMALL_SCALE, SCALE_CHARS
from moneyparse.scanner import DIGIT_CHARS, DIGITS, is_hangul, is_latin, skip_space
from moneyparse.value import Number, divide_rounded, last_place, read_native, read_number

FRACTION: Final = "분의"  # 3분의 1: one third


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
    """True when an amount written as amounts are ends at *pos*: with a thousands group
    (12,300/8,100원) or a decimal point (1115.50/1116.50원), never a path, a date or a
    version (a/2025, 5/17, v1.2/3)."""
    return _written_amount(t, _number_start(t, pos), pos)


def _number_start(t: str, pos: int) -> int:
    """Where the run of digits, points and commas that ends at *pos* starts."""
    start = pos
    while start > 0 and (t[start - 1] in DIGIT_CHARS or t[start - 1] in ".,") and pos - start < _AMOUNT_MOST:
        start -= 1
    return start


def _written_amount(t: str, start: int, end: int) -> bool:
    """True when *t[start:end]* is written as an amount is (:func:`amount_shape`), with no
    point, slash or letter glued before it (v1.2, 2024.3.5 are no amounts)."""
    if start > 0 and (t[start - 1] in "./" or is_latin(t[start - 1])):
        return False
    return amount_shape(t[start:end])


def amount_shape(word: str) -> bool:
    """True when *word* is a number with a thousands group or one decimal point (12,300,
    1115.50): an amount, never a fraction's digits or a date's."""
    return DIGITS.fullmatch(word) is not None and ("," in word or word.count(".") == 1)


_AMOUNT_MOST: Final = 60  # the longest amount looked back over: forty digits and their commas


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
