"""What follows the number: its unit and everything written after the unit.

:func:`read_tail` reads 여, the unit word or a symbol after the number, and a 대 band
(3%대, 1억원대, 억대); then come the markers after (이상, 미만, 가량, 안팎), the margin of
a comparing verb (컨센서스를 5% 상회), 까지 as "up to" or as a level reached, the day's
high or low stated with 최고/최저, the minor amount after a major one (3달러 50센트,
799원 86전), and an English rate (`$80 per bbl`). Nothing here looks before the number:
that is :mod:`~moneyparse.grammar.before`'s.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from moneyparse.figure import Kind
from moneyparse.grammar.base import (
    _TEN,
    NUMERAL_CHARS,
    Skip,
    Unit,
    _marker_ends,
    _particles_only,
    _unit_ends,
    _word_ends,
    lexicon,
)
from moneyparse.grammar.before import aside_rate_at
from moneyparse.grammar.context import (
    _counted_before,
    _index_level,
    _is_age,
    _model_name,
    _not_index_points,
    _sentence_before,
    _top_n,
    _weeks_after,
    _weeks_before,
    _words_before,
    _year_or_name,
    plausible_weeks,
)
from moneyparse.grammar.number import _scale_words_before
from moneyparse.lexicon.counters import COUNT_TOTAL, NATIVE_ATTACHED, NATIVE_MEASURES
from moneyparse.lexicon.currencies import JEON, JEON_OF
from moneyparse.lexicon.markers import (
    A_BIT_OVER,
    APPROACHING,
    BAND_PARTS,
    BAND_SUFFIX,
    BELOW_PARTICLES,
    BELOW_WORDS,
    COMPARED_FINITE,
    COMPARED_IN_THE_PAST,
    COMPARED_WITH,
    COMPARING_MARKERS,
    EXTREMES,
    FINITE_COMPARING,
    HOLDING,
    NEAR_PARTICLE,
    NO_BAND_COUNTERS,
    OBJECT_PARTICLES,
    PAST_COMPARING,
    RATE_SUFFIX,
    REACHED_VERBS,
    RECORDED_VERBS,
    REFERENCE_NOUNS,
    RESPECTIVELY,
    SPACED_RATE_SUFFIX,
    TOPIC_PARTICLES,
    UP_TO,
    WORD_BEGINNING_UNITS,
    Marker,
)
from moneyparse.lexicon.scales import LARGE_MYRIAD_CHARS, MYRIAD_SCALE_CHARS, SMALL_SCALE_CHARS
from moneyparse.scanner import DIGIT_CHARS, is_hangul, is_latin, skip_space, space_before
from moneyparse.value import Number, read_number


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
    if pos >= len(t) or t[pos] != BAND_SUFFIX or t.startswith("대비", pos):
        return False
    if not _marker_ends(t, pos + 1) and not t.startswith(BAND_PARTS, pos + 1):
        return False  # 대표, 대출; but 3%대후반
    if unit is None:
        return _amount_band(t, num, pos)
    return not unit.counter or (unit.unit not in NO_BAND_COUNTERS and unit.unit != BAND_SUFFIX)


def _spaced_band(t: str, pos: int, unit: Unit, num: Number) -> bool:
    """True when the 대 at *pos*, a space after the unit, makes a band (3만 원 대에서,
    3% 대로); not where a number follows it (1,000원 대 2,000원: a match's score)."""
    after = skip_space(t, pos + 1)
    return _band_at(t, pos, unit, num) and not (after < len(t) and t[after] in DIGIT_CHARS)


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
        if _model_name(word, num, spaced != pos) or _not_index_points(t, word, num):
            return Skip(unit_end)
        if (
            word in WORD_BEGINNING_UNITS
            and not _particles_only(t, unit_end)
            and _minor_part(t, unit_end, candidate) is None  # 이불이십삼센트: 2 dollars 23 cents
        ):
            return Skip(unit_end)  # 260조 불어났다, 2조 불가피, 2024프로젝트: another word begins
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
        if unit_end < n and t[unit_end] == RATE_SUFFIX:
            return Skip(unit_end + 1)  # 1주당, 3.3㎡당: the denominator of a rate
        if t.startswith(SPACED_RATE_SUFFIX, unit_end) and _word_ends(t, unit_end + 2):
            return Skip(unit_end + 2)  # 1명 당, 1가구 당: the same, its 당 set apart
        if aside_rate_at(t, unit_end):
            return Skip(unit_end)  # 1마리(600kg)당: the same, an aside before its 당
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
        if (
            unit is not None
            and unit.unit == "주"
            and plausible_weeks(num)
            and (_weeks_before(t, num) or _weeks_after(t, pos))
        ):
            return Skip(pos)
        if unit is not None and unit.unit == BAND_SUFFIX and (_top_n(t, num, pos) or _index_level(t, num)):
            return Skip(pos)  # 4대은행, 3대 조선사: the N major; 코스피는 2,470대로: an index's level
        if not about and pos < n and t[pos] == A_BIT_OVER and _word_ends(t, pos + 1) and unit.kind is not Kind.COUNT:
            about = True  # 300m여, 3톤여의: a bit over, written after the unit
            pos += 1
    band = False
    if _band_at(t, pos, unit, num):
        band = True
        pos += 1
    elif unit is not None and t[pos : pos + 2] == " " + BAND_SUFFIX and _spaced_band(t, pos + 1, unit, num):
        band = True  # 3만 원 대에서: the band's 대 set apart from its unit
        pos += 2
    elif unit is not None and (part := band_part(t, pos)) and _spaced_band(t, part, unit, num):
        band = True  # 147엔 후반대, 9억원 중반대: the part of the band named before its 대
        pos = part + 1
    if unit is None and not num.has_scale and not band:
        return (num.end, None, about, False)
    return (pos, unit, about, band)


def band_part(t: str, pos: int) -> int:
    """Where the 대 stands after one space and a part of a band at *pos* (147엔 후반대, 9억원
    중반대), else 0."""
    if not t.startswith(" ", pos):
        return 0
    part = next((p for p in BAND_PARTS if t.startswith(p, pos + 1)), None)
    at = pos + 1 + len(part) if part is not None else 0
    return at if part is not None and t.startswith(BAND_SUFFIX, at) else 0


def _minor_part(t: str, end: int, major: Unit) -> tuple[Decimal, int] | None:
    """1달러 20센트, 이달러이십삼센트, 7백99원86전: the minor units after a major amount,
    and their end.

    전, the hundredth of a won, is read only here, after an amount of won, and only as a
    whole number below a hundred that ends its word: anywhere else 전 is "before" (3년 전).
    """
    pos = skip_space(t, end)
    if pos >= len(t) or not (t[pos] in DIGIT_CHARS or t[pos] in NUMERAL_CHARS):
        return None
    num = read_number(t, pos)
    if num is None:
        return None
    after = skip_space(t, num.end)
    if major.currency == JEON_OF and t.startswith(JEON, after):
        whole = num.value == num.value.to_integral_value() and not num.has_scale
        if whole and 0 < num.value < 100 and _word_ends(t, after + len(JEON)):
            return num.value * _HUNDREDTH, after + len(JEON)
        return None
    hit = lexicon().units.at(t, after)
    if hit is None or hit[1].currency != major.currency or hit[1].power >= 0:
        return None
    return num.value * _TEN ** hit[1].power, after + len(hit[0])


_HUNDREDTH: Final = Decimal("0.01")


def _margin(t: str, start: int, word: str, end: int) -> bool:
    """True when the marker *word* after the figure at *start* (ending at *end*) compares
    something with a reference by the figure: 컨센서스를 12% 상회했다, 현 주가를 30% 상회한다
    and 기대치를 18% 상회하는 실적 are by 12%, 30% and 18%, not above them (COMPARING_MARKERS)."""
    if word not in COMPARING_MARKERS:
        return False
    noun_end = space_before(t, start)
    if t.endswith(RESPECTIVELY, 0, noun_end):
        noun_end = space_before(t, noun_end - len(RESPECTIVELY))  # 컨센서스를 각각 1.4% 상회
    compared = noun_end > 0 and t[noun_end - 1] in OBJECT_PARTICLES
    past = word in PAST_COMPARING or t.startswith(COMPARED_IN_THE_PAST, end)
    if past and (compared or _reference_in_sentence(t, start)):
        return True  # 컨센서스를 12% 상회했다, 컨센서스를 3% 하회했고 이익은 12% 상회했다
    if compared:
        noun_end -= 1
    if noun_end > 0 and t[noun_end - 1] == ")":
        # 컨센서스(2,850억원)를 8% 상회: the noun stands before its parenthesis
        opened = t.rfind("(", max(0, noun_end - _PARENTHESIS_MOST), noun_end)
        noun_end = opened if opened > 0 else noun_end
    if t.endswith(REFERENCE_NOUNS, 0, noun_end):
        return True  # 기대치를 18% 웃도는, 컨센 5% 상회 (a headline drops the particle)
    return compared and (word in FINITE_COMPARING or t.startswith(COMPARED_FINITE, end))


_PARENTHESIS_MOST: Final = 40  # how far back _margin looks for the ( of a parenthesis


def _reference_in_sentence(t: str, start: int) -> bool:
    """A reference a result is measured against (REFERENCE_NOUNS) earlier in the sentence
    of the figure at *start*: the object a later clause leaves out (컨센서스 대비 매출은
    부합, 영업이익은 5% 상회했다), or 대비 naming one (지수 대비 4% 상회했다). With none, a
    level is meant (상승률은 2% 하회했다)."""
    window = _sentence_before(t, start, start)
    return any(noun in window for noun in REFERENCE_NOUNS) or COMPARED_WITH in window


def _markers_after(t: str, pos: int) -> tuple[int, Marker | None]:
    """A marker after the figure (1조원 이상, 17%가량), one space allowed before it; a
    marker of nearness after 에 (30조원에 육박, 60%에 가까운)."""
    lex = lexicon()
    spaced = skip_space(t, pos)
    hit = lex.after.at(t, spaced)
    if hit is None and t.startswith(NEAR_PARTICLE, pos):
        spaced = skip_space(t, pos + len(NEAR_PARTICLE))
        hit = lex.after.at(t, spaced)
        if hit is not None and hit[0] not in APPROACHING:
            hit = None
    if hit is None:
        return pos, None
    word, marker = hit
    end = spaced + len(word)
    if not _marker_ends(t, end):
        return pos, None
    if word in BELOW_WORDS and not (end < len(t) and t[end] in BELOW_PARTICLES):
        return pos, None  # 3천원 아래로, 2억원 밑에서; but 500만원 아래 표와 같이: the table below
    return end, marker


def approaching_at(t: str, pos: int) -> bool:
    """에 and a marker of nearness at *pos* (30조원에 육박): :func:`_markers_after` reads it.
    Most figures with 에 after them have none (3조원에 달했다): one look at the character
    after the particle tells most of them."""
    if not t.startswith(NEAR_PARTICLE, pos):
        return False
    at = skip_space(t, pos + len(NEAR_PARTICLE))
    return at < len(t) and t[at] in _APPROACHING_FIRST and _markers_after(t, pos)[1] is not None


_APPROACHING_FIRST: Final = frozenset(word[0] for word in APPROACHING)


PER: Final = " per "  # English rates, as format("en_US") writes them: $80 per bbl


def _per_after(t: str, pos: int) -> tuple[str, int, Decimal | None] | None:
    """The denominator of an English rate at *pos* and where it ends, with how many of it
    where a count is written: bbl, m², share, ¥100 or JPY 100 (a currency, written as an
    amount of it), 1,000,000 Btu."""
    lex = lexicon()
    n = len(t)
    symbol = lex.symbols.at(t, pos)
    if symbol is not None:
        word, code = symbol
        at = pos + len(word)
        if at < n and t[at] == " " and is_latin(word[-1]):
            at += 1  # JPY 100
        if at < n and t[at] in DIGIT_CHARS:
            count = read_number(t, at)
            if count is not None and count.stop is None and not count.has_scale and count.value > 0:
                return code, count.end, count.value
    amount: Decimal | None = None
    if pos < n and t[pos] in DIGIT_CHARS:
        count = read_number(t, pos)
        if count is None or count.stop is not None or count.has_scale or count.value <= 0:
            return None
        amount, pos = count.value, skip_space(t, count.end)
    hit = lex.units.at(t, pos)
    if hit is not None and hit[1].kind is Kind.QUANTITY and hit[1].unit is not None:
        after = pos + len(hit[0])
        if after >= n or not (is_latin(t[after]) or t[after] in DIGIT_CHARS or is_hangul(t[after])):
            return hit[1].unit, after, amount
    end = pos
    while end < n and (is_latin(t[end]) or t[end] == "_"):
        end += 1
    word = t[pos:end]
    if word in lex.per_nouns and (end >= n or not is_hangul(t[end])):
        return word, end, amount
    return None


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
    if t.startswith(REACHED_VERBS, nxt):
        return None
    # one noun with its particle may stand between: 1,402.5원까지 고점을 높였다, 3만원까지
    # 가격이 떨어졌다; 12억원까지 대출을 받을 수 있다 stays "up to"
    space = t.find(" ", nxt, nxt + _NOUN_MOST)
    if space > nxt and t[space - 1] in _CASE_PARTICLES and t.startswith(REACHED_VERBS, space + 1):
        return None
    return after


_NOUN_MOST: Final = 8  # the longest noun with its particle read between 까지 and its verb
_CASE_PARTICLES: Final = OBJECT_PARTICLES | TOPIC_PARTICLES


def _stated_extreme(t: str, a: int, end: int) -> bool:
    """True when 최고 or 최저 stands right before the number at *a* and the figure, ending
    at *end*, was reached or recorded (EXTREMES): 최고 9만6,800원까지 올랐다, 최저
    1,352.4원을 기록했다, 최고 5만원으로 마감했다."""
    at = space_before(t, a)
    if not t.endswith(EXTREMES, 0, at) or (at > 2 and is_hangul(t[at - 3])):
        return False  # not 최고 or 최저, or the end of a longer word (사상최고)
    for particle in (UP_TO, "으로", "로", "에", *OBJECT_PARTICLES):
        if t.startswith(particle, end):
            return t.startswith(RECORDED_VERBS, skip_space(t, end + len(particle)))
    return False
