"""Context that makes a figure something else, or no figure.

Ages (30대), weeks (지난 2주, 3주 전), years and names before a spaced unit (2024 대선,
빅3 편의점), model names (아이폰 15 프로), a lone p that is no index point, a count of
machines (차량 40대), and what 도 measures: a temperature (영하 12도, 기온은 25도),
alcohol by volume (도수 16도) or an angle (경사 15도). Each is a yes/no test that the
readers ask; none of them reads a number or builds a reading.
"""

from __future__ import annotations

import re
from typing import Final

from moneyparse.figure import Kind
from moneyparse.grammar.base import Unit, _word_ends, lexicon
from moneyparse.lexicon.counters import (
    FIRM_SUFFIX,
    INDEX_NAMES,
    MACHINES,
    RANKED_FIRMS,
    TOP_N_NOUNS,
    WEEKS_AFTER,
    WEEKS_BEFORE,
)
from moneyparse.lexicon.markers import EXTREMES, NOUN_PARTICLES, OBJECT_PARTICLES, TOPIC_PARTICLES
from moneyparse.lexicon.units import (
    ALCOHOL_WORDS,
    ANGLE_WORDS_AFTER,
    ANGLE_WORDS_BEFORE,
    FORECAST_WORDS,
    TEMPERATURE_WORDS,
)
from moneyparse.scanner import DIGIT_CHARS, HANGUL, SENTENCE_END, is_hangul, skip_space
from moneyparse.value import Number


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


def plausible_weeks(num: Number) -> bool:
    """A number of weeks a text may speak of: a plain number up to two years' (104); 10만주
    or 300주 are shares whatever follows them."""
    return not num.has_scale and num.value <= _WEEKS_MOST


_WEEKS_MOST: Final = 104


def _weeks_before(t: str, num: Number) -> bool:
    """지난 2주, 향후 3주: a time word before the number makes 주 weeks, not shares; so does a
    length of time it is told in (1년은 약 52.14주, 1년=52주). A marker between them (지난 약
    3주) is passed over."""
    words = _words_before(t, num)
    marker = lexicon().before.before(words, len(words))
    if marker is not None and (len(words) == len(marker[0]) or words[-len(marker[0]) - 1] == " "):
        words = words[: -len(marker[0])].rstrip()
    return words.endswith(WEEKS_BEFORE) or _TOLD_IN_WEEKS.search(words) is not None


# A length of time, then what says it is told in another unit: 1년은, 한 해는, 6개월이면, 1년 =.
_TOLD_IN_WEEKS: Final = re.compile(r"(?:[0-9]{1,2}[ ]?(?:년|개월|달)|한[ ]?해|일[ ]?년)(?:은|는|이면|[ ]?=)$")


_WORD_REACH: Final = 24  # how far back a time word before N주 is looked for


def _weeks_after(t: str, end: int) -> bool:
    """3주 전, 2주 이내에, 3주째: a time word after 주 makes it weeks, not shares, after a
    marker too (2주 남짓 동안, 3주 정도가 걸린다)."""
    at = skip_space(t, end)
    marker = lexicon().after.at(t, at) if at < len(t) else None
    if marker is not None and _time_word_at(t, skip_space(t, at + len(marker[0]))):
        return True
    return _time_word_at(t, at)


def _time_word_at(t: str, at: int) -> bool:
    """A word of :data:`WEEKS_AFTER` (전, 동안, 만에, 신고가 …) starts at *at*."""
    return any(t.startswith(word, at) and _word_ends(t, at + len(word)) for word in WEEKS_AFTER)


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


def _not_index_points(t: str, word: str, num: Number) -> bool:
    """12.34p, ▲12.34P: a lone p is an index point after a decimal (3:20p is a time), or
    after a whole number where an index is named before it in the sentence (BDI는
    1,820p로)."""
    if word not in _LONE_POINT or num.value != num.value.to_integral_value():
        return False
    return not _index_named(t, num.end)


def _index_named(t: str, end: int) -> bool:
    """An index named before *end* in its sentence (코스피, BDI, SCFI …)."""
    window = _sentence_before(t, end, end)
    return any(name in window for name in INDEX_NAMES)


_LONE_POINT: Final = frozenset({"p", "P"})


def _model_name(word: str, num: Number, spaced: bool) -> bool:
    """아이폰 15 프로, 갤럭시 북4 프로: digits, a space and 프로 are a model's name; the
    spoken percent after digits is written onto them (30프로), after a Hangul numeral it
    may stand apart (삼십 프로)."""
    return spaced and word == _SPOKEN_PERCENT and not num.hangul


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
    # turn after it, makes it an angle again; after a forecast's word (최고, 평년), which
    # is no temperature by itself, an angle word anywhere before it does (경사가 최고 25도)
    nearer = window if window.startswith(FORECAST_WORDS, last) else window[last:]
    return not _angle_wins(t, nearer, end)


def _index_level(t: str, num: Number) -> bool:
    """True when N대 is the level of a stock index, named before it in the sentence
    (코스피는 2,470대로 밀렸다, 코스닥이 720대 후반에서): a band of index points, which the
    conventions leave unscored, never N vehicles."""
    if num.has_scale or num.value < _INDEX_LEAST:
        return False
    return _index_named(t, num.end)


_INDEX_LEAST: Final = 100  # index levels in the news: 720, 2,470, 38,000


def _top_n(t: str, num: Number, pos: int) -> bool:
    """True when N대 before a noun of firms, institutions or markets, written onto it or
    one space apart, means "the N major" (4대은행, 5대 시중은행, 3대 조선사, 5대 거래소),
    not N vehicles. Such lists are short: N is a whole number up to twenty, save for
    rankings of firms (100대 기업, 30대 그룹)."""
    v = num.value
    if num.has_scale or v != v.to_integral_value() or v < 1:
        return False
    at = pos + 1 if t[pos : pos + 1] == " " else pos
    stop = at
    while stop < len(t) and stop - at < _TOP_N_WORD and is_hangul(t[stop]):
        stop += 1
    word = t[at:stop]
    for particle in NOUN_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 1:
            word = word[: -len(particle)]
            break
    if v > _TOP_N_MOST:
        return word.endswith(RANKED_FIRMS)  # 상위 100대 대기업, 30대 그룹: rankings of firms
    return len(word) >= 2 and (word.endswith(TOP_N_NOUNS) or word.endswith(FIRM_SUFFIX))


_TOP_N_MOST: Final = 20
_TOP_N_WORD: Final = 8


def _unit_named(t: str, start: int, end: int) -> bool:
    """True when a scale word and a unit with no number before them (억원, 백만원), from
    *start* to *end*, name a unit rather than one of it: quoted (단위는 '억원'), or right
    after 단위 and its particle or colon (단위는 억원, 단위: 백만원), or alone in brackets, as
    a label or a number's unit is written (매출액(억원), 1000(만원)/12(개월))."""
    before = t[max(0, start - _UNIT_WORD_REACH) : start].rstrip(" '\"‘“:")
    if before.endswith(UNIT_HEAD) or before[:-1].endswith(UNIT_HEAD):
        return True  # 단위, 단위는, 단위가, 단위를, 단위로 (one syllable of particle)
    opened = t[start - 1] if start > 0 else ""
    return opened in _QUOTES and t[end : end + 1] == _QUOTES[opened]


UNIT_HEAD: Final = "단위"
_UNIT_WORD_REACH: Final = 8
_QUOTES: Final = {"'": "'", '"': '"', "‘": "’", "“": "”", "(": ")", "[": "]"}


def _forecast_extreme(t: str, start: int, a: int, end: int) -> bool:
    """True when 최고 or 최저 opens the figure from *start* (digits at *a*, 도 ending at
    *end*) as a forecast writes the day's high and low (낮 최고 30도, 아침 최저 영하 2도),
    with no angle word before it or a turn after it (경사 최고 30도)."""
    return t.startswith(EXTREMES, start) and not _angle_wins(t, _sentence_before(t, start, a), end)


def _sentence_before(t: str, start: int, a: int) -> str:
    """The text before the figure at *start* (digits at *a*) in its own sentence, at most
    _SENTENCE_REACH characters back: where a word that decides what 도 measures stands."""
    window = t[max(0, start - _SENTENCE_REACH) : a]
    ends = [m.end() for m in SENTENCE_END.finditer(window)]
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


# how far back in its sentence a word that decides 도 is looked for: 기온은 서울 3도 … 제주 10도
_SENTENCE_REACH: Final = 160
_PERCENT: Final = Unit(Kind.PERCENT, "percent")
_BELOW_ZERO: Final = "영하"
_CELSIUS: Final = Unit(Kind.QUANTITY, "degree_Celsius")
