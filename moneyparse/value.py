"""Digit groups and scale words -> Decimal. Arithmetic only: no markers, no units.

A Korean number is a run of myriad groups, each closed by a myriad scale word (만 억 조
경) in falling order, and a last group without one:

    1조 2,345억 5000만원 -> (1)조 (2345)억 (5000)만
    1천8백65원          -> group 1*천 + 8*백 + 65
    삼천이백억          -> group 삼*천 + 이*백, closed by 억

Inside a group, small scales (십 백 천) fall too. A scale with nothing before it means
one of it (만원, 천만원, 억대). One space may stand between groups (1조 2,345억).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Context, Decimal, Inexact
from operator import attrgetter
from typing import Final, NamedTuple

from moneyparse.lexicon.markers import FOLLOWERS
from moneyparse.lexicon.numerals import NATIVE_PAIRS, NATIVE_VALUE_BY_WORD, SINO_VALUE_BY_DIGIT
from moneyparse.lexicon.scales import POWER_BY_ENGLISH_SCALE, POWER_BY_MYRIAD_SCALE, POWER_BY_SMALL_SCALE, SCALE_CHARS
from moneyparse.scanner import DIGIT_CHARS, DIGITS, WordTable, is_hangul, is_latin, skip_space

_ENGLISH: Final = WordTable.of(POWER_BY_ENGLISH_SCALE.items())
_NATIVE: Final = WordTable.of(NATIVE_VALUE_BY_WORD.items())
_PAIRS: Final = WordTable.of((word, (low, high)) for word, low, high in NATIVE_PAIRS)
_TEN: Final = Decimal(10)
# Arithmetic on values runs in this context: 80 significant digits hold the longest
# digit run (40) times the largest scale (천경, 10**19) exactly, where the default 28 would
# round silently. extract() and parse() enter it; a fraction is rounded to 28 digits.
EXACT: Final = Context(prec=80)
FRACTION_PRECISION: Final = Context(prec=28)

# The longest digit run read as a number: 40 digits is far past any amount of money
# (9999경 has 20), and the cap keeps a 10 MB run of digits from becoming one Decimal.
MAX_DIGITS: Final = 40
# The largest exponent read (1e40, 2^40); a larger one makes no figure.
MAX_EXPONENT: Final = 40
DECIMAL_POINTS: Final = frozenset("점쩜")  # 일점오, and 쩜 as it is spoken
# What may follow a run of digits and make the number go on: a point or comma (a date,
# a doubled separator), a space (5 억), an exponent, a scale word. Letters too (3k, 1e10).
_DIGITS_GO_ON: Final = frozenset(".,^ 여") | SCALE_CHARS  # 여: 20여억원, a bit over 20억

# What may follow a scale word set off from its digits by a space (5 억 달러, 3 만명):
# the end of the word, another scale, or the start of a unit; 5 만들다 is no number.
# After a myriad group and a space, a small scale word opens the next group when digits
# or another scale follow it: 1억 천만원, 29만 천 890.
_SMALL_OR_DIGIT: Final = DIGIT_CHARS | {" ", "만"} | frozenset(POWER_BY_SMALL_SCALE)
_SCALE_OR_UNIT_START: Final = frozenset("십백천만억조경원여대명개건달엔")
# What may follow a small scale word set off from its digits (3 천원, 5 백명): a unit start,
# and 주 (shares: 52,810 천주, as filings count them in thousands).
_UNIT_AFTER_SMALL: Final = (_SCALE_OR_UNIT_START - SCALE_CHARS - frozenset("여대")) | {"주"}


class Number(NamedTuple):
    """A number as read: its value, where it ended, and how it was written.

    ``lead_power`` is the power of ten applied to the first digits written (3천만 -> 7),
    ``top_power`` the highest myriad scale (1조 2천억 -> 12), ``last_place`` the power of
    ten of the last non-zero digit written: the width of a 대 band.
    """

    value: Decimal
    end: int
    lead_power: int
    top_power: int
    has_scale: bool
    has_myriad: bool
    hangul: bool
    implied_one: bool
    a_bit_over: bool
    stop: tuple[int, str] | None = None


def _digit_value(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _sino_group_after(t: str, pos: int) -> bool:
    """A group of Sino-Korean numerals with a scale word at *pos*, after a myriad group
    written in digits or alone and a space: 만 오천 원, 3만 오천 원, 1억 이천만 원, 3만 천오백 원.
    A lone digit is not one (3만 이상: 이 begins a word), nor a lone 천 (3만 천 원), nor an age
    band (3만 사십대)."""
    if pos + 1 >= len(t):
        return False
    if t[pos] in POWER_BY_SMALL_SCALE:  # 3만 천오백 원: a bare 천 with more numerals after it
        return t[pos + 1] in SINO_VALUE_BY_DIGIT or t[pos + 1] in POWER_BY_SMALL_SCALE
    return (
        t[pos] in SINO_VALUE_BY_DIGIT
        and t[pos + 1] in POWER_BY_SMALL_SCALE
        and not (t[pos + 1] == "십" and t.startswith("대", pos + 2))
    )


def read_number(t: str, i: int, *, spoken: bool = False) -> Number | None:
    """Read the number that starts at *i* in the folded text *t*, or ``None``.

    *spoken* also reads a 점 with a space on each side (삼십 점 오), as a whole string
    written from speech has it; running text never does.

    >>> read_number("1조 2,345억원", 0).value
    Decimal('1234500000000')
    >>> read_number("1억383만 원대", 0).value
    Decimal('103830000')
    >>> read_number("이십오조", 0).value
    Decimal('25000000000000')
    >>> read_number("만원", 0).value, read_number("만원", 0).implied_one
    (Decimal('10000'), True)
    >>> read_number("1억억원", 0).stop
    (2, "scale word '억' after '억': myriad scales must fall (조 before 억 before 만)")
    """
    n = len(t)
    if i >= n:
        return None
    if t[i] in DIGIT_CHARS:
        # the common case first: digits with nothing after them that a number goes on with
        m = DIGITS.match(t, i)
        if m is not None:
            nxt = m.end()
            if nxt >= n or (t[nxt] not in _DIGITS_GO_ON and not is_latin(t[nxt])):
                if nxt - i > MAX_DIGITS:
                    return None
                return Number(_digit_value(m.group()), nxt, 0, 0, False, False, False, False, False)
    total = Decimal(0)  # closed myriad groups
    group = Decimal(0)  # the open group, small-scaled terms
    pending: Decimal | None = None  # digits not yet scaled
    last_myriad = 99
    last_small = 99
    last_myriad_word = ""
    lead_small = 0
    lead_myriad = 0
    lead_done = False  # the first term has met its myriad scale (or a later term began)
    top_power = 0
    has_small = has_myriad = hangul = implied = about = arabic = False
    terms = 0
    pos = i
    stop: tuple[int, str] | None = None
    # a snapshot to fall back to when a tentative space-jump leads nowhere
    saved: tuple[Decimal, Decimal, Decimal | None, int] | None = None
    end = i
    since_jump_scaled = True
    pointed = False  # a Hangul decimal point has been read

    if t.startswith(".", i) and i + 1 < n and t[i + 1] in DIGIT_CHARS:
        j = i + 1  # .25, .08: a decimal with no integer digits
        while j < n and t[j] in DIGIT_CHARS:
            j += 1
        if j - i > MAX_DIGITS or (j < n and t[j] in ".,"):
            return None
        pending = Decimal("0" + t[i:j])
        arabic = True
        terms = 1
        pos = end = j
        since_jump_scaled = False
    while pos < n:
        c = t[pos]
        if c in DIGIT_CHARS:
            if pending is not None:
                break
            m = DIGITS.match(t, pos)
            if m is None:  # pragma: no cover - a digit always matches
                break
            nxt = m.end()
            if nxt - pos > MAX_DIGITS:
                return None  # a digit run this long is an id or noise, never a figure
            if nxt + 1 < n and t[nxt] == "." and t[nxt + 1] in DIGIT_CHARS and "." in m.group():
                return None  # 2024.11.05, 1.2.3: a date or a version, not a number
            if nxt < n and t[nxt] == "," and nxt + 1 < n and t[nxt + 1] == ",":
                stop = (nxt, f"a doubled separator ',,' after {t[pos:nxt]!r}")
            if nxt < n and t[nxt] == "." and nxt + 1 < n and t[nxt + 1] == ".":
                stop = (nxt + 1, f"a second '.' in the number {t[pos : nxt + 3]!r}")
            if terms and not lead_done:
                lead_done = True
            pending = _digit_value(m.group())
            arabic = True
            terms += 1
            pos = end = nxt
            since_jump_scaled = False
            exp = _exponent(t, pos) if pos < n and t[pos] in "eE^" else None
            if exp is not None:
                if exp[0] is None:
                    return None  # 1e999: past any amount, an id or noise
                raised = _raise(pending, exp[0], exp[2])
                if raised is None:
                    return None
                pending, pos = raised, exp[1]
                end = pos
                continue
            if (
                not has_small
                and not has_myriad
                and pos + 1 < n
                and t[pos] == " "
                and t[pos + 1] in POWER_BY_MYRIAD_SCALE
                and (pos + 2 >= n or not is_hangul(t[pos + 2]) or t[pos + 2] in _SCALE_OR_UNIT_START)
            ) or (
                pos + 2 < n
                and t[pos] == " "
                and t[pos + 1] in POWER_BY_SMALL_SCALE
                and (
                    (t[pos + 2] in POWER_BY_MYRIAD_SCALE and POWER_BY_MYRIAD_SCALE[t[pos + 2]] < last_myriad)
                    or (not has_myriad and t[pos + 2] in _UNIT_AFTER_SMALL)
                )
            ):
                saved = (total, group, pending, end)
                pos += 1  # 5 억 달러, 5 천억원, 1억 5 천만원: a space between digits and their scale
                continue
            # English scales follow digits: $23 billion, US$1.2bn, 3k
            if not has_small and not has_myriad:
                gap = 1 if pos < n and t[pos] == " " else 0
                hit = _ENGLISH.at(t, pos + gap) if pos + gap < n and is_latin(t[pos + gap]) else None
                if hit is not None:
                    word, power = hit
                    after = pos + gap + len(word)
                    single = len(word) == 1
                    # a lone letter before a syllable is a name (5G망), before a particle a
                    # scale ($1.2B를, $45M에)
                    glued = after < n and is_hangul(t[after]) and single and t[after] not in FOLLOWERS
                    if (after >= n or not (is_latin(t[after]) or glued)) and not (single and gap):
                        return Number(pending * _TEN**power, after, power, power, True, True, False, False, False)
            continue
        if c in SINO_VALUE_BY_DIGIT:
            if pending is not None:
                break
            if arabic and t[pos - 1] in POWER_BY_MYRIAD_SCALE and not (pos + 1 < n and t[pos + 1] in SCALE_CHARS):
                break  # 50억이다, 5억이며: after digits and 억 a lone Sino digit is the particle 이, not 2
            pending = Decimal(SINO_VALUE_BY_DIGIT[c])
            hangul = True
            terms += 1
            pos = end = pos + 1
            since_jump_scaled = False
            if c == "점":  # pragma: no cover - 점 is not a digit
                break
            continue
        if spoken and c == " " and t.startswith("점", pos + 1) and (hangul or has_small) and not arabic and not pointed:
            c = "점"  # 삼십 점 오: spoken, a space each side of 점
            pos += 1
        if (
            c in DECIMAL_POINTS
            and not pointed  # 일 점 이 점 삼: one point a number
            and (hangul or (has_small and not arabic))
            and not has_myriad
            and pos + 1 < n
            and (t[pos + 1] in SINO_VALUE_BY_DIGIT or (spoken and t[pos + 1] == " "))
        ):
            # 일점오억 -> 1.5억; 십점오 -> 10.5: the digits after 점 are read one by one
            j = pos + 2 if t[pos + 1] == " " else pos + 1
            if j >= n or t[j] not in SINO_VALUE_BY_DIGIT:
                break
            frac = ""
            while j < n and t[j] in SINO_VALUE_BY_DIGIT:
                frac += str(SINO_VALUE_BY_DIGIT[t[j]])
                j += 1
            pending = Decimal(f"{int(group + (pending or 0))}.{frac}")
            group = Decimal(0)
            last_small = 0
            pos = end = j
            pointed = True
            continue
        if c in POWER_BY_SMALL_SCALE:
            power = POWER_BY_SMALL_SCALE[c]
            if power >= last_small:
                stop = (pos, f"scale word {c!r} out of order: small scales must fall (천 before 백 before 십)")
                break
            if pending is None:
                if terms == 0 or (hangul and group == 0 and total == 0):
                    implied = terms == 0
                pending = Decimal(1)
                terms += 1
            group += pending * _TEN**power
            if not lead_done:
                lead_small = power
                lead_done = group != pending * _TEN**power
            pending = None
            last_small = power
            has_small = True
            if terms == 1:
                lead_small = power
            pos = end = pos + 1
            since_jump_scaled = True
            if pos < n and t[pos] == " " and pos + 1 < n and t[pos + 1] in DIGIT_CHARS:
                saved = (total, group, pending, end)
                pos += 1
                since_jump_scaled = False
            continue
        if c == "여" and ((has_small and pending is None) or (pending is not None and t[pos - 1] in DIGIT_CHARS)):
            scale = skip_space(t, pos + 1)  # 20여 억원: the scale may be set off by a space
            if scale < n and t[scale] in POWER_BY_MYRIAD_SCALE:
                about = True  # 1천여억원, 20여억원, 673억7600여만원: a bit over 1천억, 20억, 673억7600만
                pos = scale
                continue
        if c in POWER_BY_MYRIAD_SCALE:
            if c == "만" and pos + 1 < n and t[pos + 1] == "큼":
                break  # 일만큼, 10만큼: the particle 만큼 (as much as), not the scale
            power = POWER_BY_MYRIAD_SCALE[c]
            if power >= last_myriad:
                if saved is not None and not since_jump_scaled:
                    total, group, pending, end = saved  # 1조 2조: two figures, not one
                    pos = end
                    break
                stop = (
                    pos,
                    f"scale word {c!r} after {last_myriad_word!r}: myriad scales must fall (조 before 억 before 만)",
                )
                break
            value = group + (pending if pending is not None else 0)
            if last_myriad != 99 and value >= _GROUP_LIMIT:
                # 1억23000만원: a group under a myriad scale holds four digits at most; a
                # typo (1억2300만, or 3억3000만?) is no figure, not a guess
                if saved is not None and not since_jump_scaled:
                    total, group, pending, end = saved  # 1억 23000만원: two numbers
                    pos = end
                    break
                stop = (pos, f"{value} before {c!r} after {last_myriad_word!r}: {_GROUP_TOO_LONG}")
                break
            if pending is None and group == 0:
                if terms == 0:
                    implied = True
                value = Decimal(1)
                terms += 1
            total += value * _TEN**power
            if terms == 1 or (not lead_done):
                lead_myriad = power
                lead_done = True
            if top_power == 0:
                top_power = power
            group = Decimal(0)
            pending = None
            last_small = 99
            last_myriad = power
            last_myriad_word = c
            has_myriad = True
            pos = end = pos + 1
            since_jump_scaled = True
            saved = None
            if (
                pos + 1 < n
                and t[pos] == " "
                and (
                    t[pos + 1] in DIGIT_CHARS
                    or (hangul and t[pos + 1] in SINO_VALUE_BY_DIGIT)
                    or (
                        t[pos + 1] in POWER_BY_SMALL_SCALE
                        and pos + 2 < n
                        and (
                            t[pos + 2] in _SMALL_OR_DIGIT
                            or (t[pos + 2] in POWER_BY_MYRIAD_SCALE and POWER_BY_MYRIAD_SCALE[t[pos + 2]] < power)
                        )
                    )  # 이조 천억 원
                    or _sino_group_after(t, pos + 1)
                )
            ):
                saved = (total, group, pending, end)
                pos += 1
                since_jump_scaled = False
            continue
        break

    if terms == 0:
        return None
    if pending is not None:
        group += pending
    if has_myriad and group >= _GROUP_LIMIT and stop is None:
        # 3만25000원: the digits after the last myriad scale hold four at most, as a group does
        if saved is not None and not since_jump_scaled:
            total, group, pending, end = saved  # 5만 12345명: two numbers
        else:
            stop = (end, f"{group} after {last_myriad_word!r}: {_GROUP_TOO_LONG}")
    value = total + group
    return Number(
        value=value,
        end=end,
        lead_power=lead_small + lead_myriad,
        top_power=top_power,
        has_scale=has_small or has_myriad,
        has_myriad=has_myriad,
        hangul=hangul,
        implied_one=implied,
        a_bit_over=about,
        stop=stop,
    )


# A group of digits under a myriad scale (the 2300 of 1억2300만) holds four digits at most.
_GROUP_LIMIT: Final = Decimal(10) ** 4
_GROUP_TOO_LONG: Final = "a group under a myriad scale holds at most four digits"


def _exponent(t: str, pos: int) -> tuple[Decimal | None, int, bool] | None:
    """An exponent after digits: ``1e10``, ``12.32e+14`` (scaled by ten) or ``1.1^23`` (a power).

    Returns (factor or power, end, is_power); the factor is ``None`` when the exponent
    is past :data:`MAX_EXPONENT`. ``None`` when no exponent is written at *pos*.
    """
    n = len(t)
    if pos + 1 >= n or t[pos] not in "eE^":
        return None
    j = pos + 1
    negative = False
    if j < n and t[j] in "+-":
        negative = t[j] == "-"
        j += 1
    k = j
    while k < n and t[k] in DIGIT_CHARS:
        k += 1
    if k == j or (k < n and is_latin(t[k])):
        return None  # 3e, 2eV, 5G: letters, not an exponent
    power = int(t[j:k]) if k - j <= 4 else MAX_EXPONENT + 1
    if power > MAX_EXPONENT:
        return None, k, False
    if t[pos] in "eE":
        return Decimal(-power if negative else power), k, False
    return Decimal(-power if negative else power), k, True


def divide_rounded(numerator: Decimal, denominator: Decimal) -> Decimal:
    """*numerator* / *denominator* to :data:`FRACTION_PRECISION`, in a context of its own:
    the module's contexts are never used directly, so no thread sees another's flags."""
    return FRACTION_PRECISION.copy().divide(numerator, denominator)


# A context's flags, read untyped: compiled with mypyc, a read typed as the stubs' dict
# would refuse the SignalDict that decimal returns.
_FLAGS: Final = attrgetter("flags")


def _raise(base: Decimal, exponent: Decimal, power: bool) -> Decimal | None:
    """*base* scaled by ten to *exponent*, or raised to it; ``None`` for a power that the
    80-digit context cannot hold exactly (333^33, 1.1^-3): a value is exact or not read."""
    if not power:
        return base.scaleb(exponent, EXACT.copy())
    if base == 0 and exponent <= 0:
        return None  # 0^0, 0^-1: no value
    exact = EXACT.copy()
    exact.clear_flags()
    result = exact.power(base, exponent)
    flags: Mapping[object, bool] = _FLAGS(exact)  # a SignalDict, not the dict the stubs say
    if flags[Inexact]:
        return None
    return result


def read_native(t: str, i: int) -> tuple[int, int] | None:
    """A native Korean numeral at *i* (한, 두, 스무, 스물두): its value and end.

    >>> read_native("스무 개", 0), read_native("열두 명", 0)
    ((20, 2), (12, 2))
    """
    hit = _NATIVE.at(t, i)
    if hit is None:
        return None
    word, value = hit
    return value, i + len(word)


def read_native_pair(t: str, i: int) -> tuple[int, int, int] | None:
    """Two native numerals written as one word at *i* (한두, 서너): low, high and end.

    >>> read_native_pair("서너 곳", 0)
    (3, 4, 2)
    """
    hit = _PAIRS.at(t, i)
    if hit is None:
        return None
    word, (low, high) = hit
    return low, high, i + len(word)


def last_place(value: Decimal) -> int:
    """The power of ten of the last non-zero digit of *value*: 103830000 -> 4, 28.5 -> -1.

    >>> last_place(Decimal("103830000")), last_place(Decimal("10")), last_place(Decimal("28.5"))
    (4, 1, -1)
    """
    if value == 0:
        return 0
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return exponent
