"""The walk's shortcuts: the common non-figures passed over before the grammar is asked.

Most anchors of a text are no figure: dates and ordinals (2024년, 3월, 15일), digit runs
with nothing a figure needs around them, and Hangul words that begin with a numeral
syllable (이번, 경영, 일부). :func:`_shortcut_anchor` keeps most of the last out of Python
altogether; :func:`_date_or_ordinal`, :func:`_not_a_figure` and :func:`_ordinary_word`
say where the walk goes on for the rest. Each is a shortcut only: the grammar would say
the same, and ``tests/test_shortcuts.py`` compares the walk with and without them. No
rule may live only here.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection
from functools import lru_cache
from typing import Final

from moneyparse.figure import Kind
from moneyparse.grammar import FRACTION, HANGUL_NUMBER_CHARS, ORDINAL_PREFIX, lexicon
from moneyparse.grammar.base import _near_before, joiner_at
from moneyparse.lexicon.counters import NATIVE_ATTACHED
from moneyparse.lexicon.markers import FOLLOWERS, RANGE_WORDS
from moneyparse.lexicon.numerals import DEMONSTRATIVE, NATIVE_PAIRS, NATIVE_VALUE_BY_WORD
from moneyparse.lexicon.scales import MYRIAD_SCALE_CHARS, POWER_BY_ENGLISH_SCALE, SCALE_CHARS
from moneyparse.scanner import COMMON_NUMBER_ON, DIGIT_CHARS, DIGIT_RUN, HANGUL, NUMERAL_START, is_hangul, skip_space
from moneyparse.value import read_native, read_native_pair


def _date_or_ordinal(t: str, end: int) -> int:
    """Where to go on when the digits that end at *end* are followed by a word that makes
    them no figure (년, 월, 분기, 번째 …), else 0. A shortcut only: read_at reaches the
    same Skip."""
    if end >= len(t) or t.startswith(FRACTION, end):
        return 0
    hit = lexicon().units.at(t, end)
    if hit is None or hit[1].kind is not None:
        return 0
    return end + len(hit[0])


@lru_cache(maxsize=1)
def _figure_neighbours() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The characters that may follow the digits of a figure (one space allowed), those
    that may stand right before them (a currency symbol, 섭씨), and the first characters
    of the words that make the digits before them no figure (년, 개월, 위): built from the
    lexicon's own tables."""
    lex = lexicon()
    after = {word[0] for word, unit in lex.units.words.items() if unit.kind is not None}
    after |= {word[0] for word in lex.symbols.words}
    after |= SCALE_CHARS
    after |= {word[0] for word in POWER_BY_ENGLISH_SCALE} | {word[0].upper() for word in POWER_BY_ENGLISH_SCALE}
    after |= set(_JOINERS)
    before = {word[-1] for word in lex.symbols.words} | {word[-1] for word in lex.unit_before.words}
    # US$영하 1, 섭씨 약 1: what the look-back reads first (a sign, a marker, a rate word)
    # may stand between the digits and a symbol or 섭씨
    before |= lex.back_last
    no_figure_first = frozenset(word[0] for word, unit in lex.units.words.items() if unit.kind is None)
    return frozenset(after), frozenset(before), no_figure_first


# What may follow the digits of a figure besides a unit or scale: a range (~ - –), a
# fraction (/ 분의) or mixed number (과 와), an exponent (e ^), 여 (a bit over), 대 (a band).
_JOINERS: Final = "~-–/^eE분과와여대"


def _not_a_figure(t: str, a: int, end: int) -> int:
    """Where to go on when the digits from *a* to *end* (a run of :data:`DIGITS`) cannot
    start a figure that is not a bare number: nothing a figure needs stands after them (a
    unit, a scale, a joiner) or right before them (a currency symbol), else 0. A shortcut:
    the grammar would say the same."""
    n = len(t)
    c = t[end] if end < n else ""
    if c in ",." and end + 1 < n and t[end + 1] in ",.":
        return 0  # 1,,000원, 1..2억: a malformed number, which the grammar skips whole
    after, before, no_figure_first = _figure_neighbours()
    if c in after:
        # 15일, 3분, 2개월: a word that makes no figure, looked up only where one may begin
        return _date_or_ordinal(t, end) if c in no_figure_first else 0
    nxt = end + 1 if end < n and t[end] == " " else end
    if nxt < n and t[nxt] in after:
        return 0
    if nxt > end and _fraction_after(t, nxt):
        return 0  # 2 1/2%, 5  1/4㎞: a mixed number, the grammar's to read whole
    prev = a - 2 if a >= 2 and t[a - 1] == " " else a - 1
    if prev >= 0 and (t[prev] in before or t[a - 1] in before):
        return 0
    return end


def _fraction_after(t: str, pos: int) -> bool:
    """A fraction written in digits (1/2) starts at *pos*, or one more space after it: with
    the whole number before the space, a mixed number (2 1/2, 2  1/4)."""
    if pos < len(t) and t[pos] == " ":
        pos += 1
    run = DIGIT_RUN.match(t, pos)
    return run is not None and t.startswith("/", run.end())


# The shortcuts are taken only where a plain separator stands before the anchor: what
# stands there otherwise (a sign, a point, ^, a letter, a number) is the grammar's to read.
_PLAIN_BEFORE: Final = frozenset(" \t\n\r\"'“”‘’,·")


# What read_at reads another way when it stands right before digits: an exponent (2^10),
# a point (.25, v1.25), a sign after an exponent, a name or path (EV3, a/2025), digits,
# 제 (an ordinal: 제3조), a letter (EV3, US$).
_NOT_COMMON_AFTER: Final = frozenset(f"^._@/#{ORDINAL_PREFIX}{string.ascii_letters}") | DIGIT_CHARS

# Sino-Korean digits, scale words and 수: the characters a Hangul number is written in.
_NUMERAL_RUN: Final = HANGUL_NUMBER_CHARS | {"수", "몇"}
# What may follow a Hangul numeral inside a word and still make a figure: 분(의), a
# mixed number's 과/와, a point, 여 (a bit over), 대 (a band).
_NUMERAL_GOES_ON: Final = frozenset("분과와점쩜여대")


# After a lone Sino-Korean digit (no scale word), what may make it a number: 분의, a
# mixed number's 과/와, a point (일점오억); after a space, 분의 or the digits of 일 1/2.
_LONE_DIGIT_GOES_ON: Final = frozenset("분과와점쩜")
_LONE_DIGIT_SPACED: Final = DIGIT_CHARS | {"분", "점"}  # 일 1/2, 삼 분의 일, 칠 점 팔 퍼센트


@lru_cache(maxsize=1)
def _spoken_percent_first() -> frozenset[str]:
    """The first characters of the percent words written in Hangul (퍼센트, 프로)."""
    return frozenset(
        word[0] for word, unit in lexicon().units.words.items() if unit.kind is Kind.PERCENT and is_hangul(word[0])
    )


def _chars(chars: Collection[str]) -> str:
    """The body of a character class holding *chars*."""
    return "".join(re.escape(c) for c in sorted(chars))


@lru_cache(maxsize=1)
def _shortcut_anchor() -> re.Pattern[str]:
    """The scanner's anchor with :func:`_ordinary_word`'s test run inside the pattern.

    After a space, a bracket or a punctuation mark a numeral syllable anchors only where
    the grammar could read a figure from it: a run of Sino-Korean numerals holding a
    scale word (삼천억, 수십억), a lone one before 분의, 과/와, 점 or a spoken percent, or
    after a sign word, and a native numeral before a word of the unit table, a joiner or
    a non-syllable. After a digit, a letter or what the look-back reads (a sign, a
    symbol) every numeral syllable anchors, as in :data:`ANCHOR`. Most word-initial
    syllables of news (이, 일, 한, 수, 사) are then passed over by the engine, not by a
    Python loop; the shortcut tests compare the result with ANCHOR's. A syllable inside a
    word, the commonest candidate, is let go by the second test (a syllable before it).
    """
    lex = lexicon()
    run = _chars(_NUMERAL_RUN)
    scale = _chars(SCALE_CHARS)
    # after a scale word that opens a word, what may carry on a figure (as _ordinary_word
    # judges it): a numeral, a particle, a joiner, the first syllable of a unit or symbol;
    # 경제, 조정, 만큼's 큼 end it here, before the grammar is asked
    goes = _chars(_NUMERAL_RUN | FOLLOWERS | _NUMERAL_GOES_ON | {ch for ch in _figure_neighbours()[0] if is_hangul(ch)})
    lone_next = _chars(_LONE_DIGIT_GOES_ON | _spoken_percent_first())
    lone_spaced = _chars(_LONE_DIGIT_SPACED | _spoken_percent_first())
    signs = "|".join(f"(?<={re.escape(word)}[ ].)" for word in sorted(lex.signs.words))
    # what stands after a native numeral that the grammar reads: after one space any word
    # of the unit table (a counter makes a figure, 두 차례; any other word is passed over
    # whole, and with it an anchor it may begin with: 한 일퍼센트); attached, the few
    # counters written so (두배, 한곳); a joiner; a non-syllable
    worded = _chars({word[0] for word in lex.units.words} | _NUMERAL_GOES_ON)
    attached = _chars({word[0] for word in NATIVE_ATTACHED} | _NUMERAL_GOES_ON)
    then = rf"(?:[ ](?:[{worded}]|[^{HANGUL}]|\Z)|[{attached}]|[^ {HANGUL}]|\Z)"
    # before a numeral syllable: a digit, a letter, or the last character of a word the
    # look-back reads (a symbol, a sign, a marker) leave it all to the grammar
    looked_back = {ch for ch in lex.back_last | set(lex.unit_before.by_last) if not is_hangul(ch)}
    keep = _chars(DIGIT_CHARS | set(string.ascii_letters) | looked_back)
    by_first: dict[str, list[str]] = {}
    for word in [*NATIVE_VALUE_BY_WORD, *(pair for pair, _, _ in NATIVE_PAIRS)]:
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    natives = "|".join(
        rf"(?<={re.escape(first)})(?=(?:{'|'.join(sorted(rests, key=len, reverse=True))}){then})"
        for first, rests in sorted(by_first.items())
    )
    return re.compile(
        rf"""
        [0-9{NUMERAL_START}]
        (?: (?<=[0-9]) (?:{COMMON_NUMBER_ON})
          | (?<![{HANGUL}].)
            (?: (?<=[{keep}].)
              | (?<=[{run}])
                (?: (?<=[{scale}])(?=[^{HANGUL}]|[{goes}]|\Z)
                  | (?=[{run}]*[ ]?[{scale}]) | (?=[{lone_next}]|[ ][{lone_spaced}]|[ ][ ][0-9]) | {signs} )
              | {natives}
            )
          | (?<=마이너스.)
        )
        """,
        re.VERBOSE,
    )


def _scale_at(t: str, j: int) -> bool:
    """A scale word at *j*, or one space before one (수 억)."""
    j = skip_space(t, j)
    return j < len(t) and t[j] in SCALE_CHARS


def _ordinary_word(t: str, a: int) -> int:
    """Where to go on when the Hangul numeral character at *a* only begins an ordinary
    word (이번, 경영, 다시, 한국, 수 있다), else 0. A shortcut: the grammar would say the
    same, since a number read there could end only where a particle, unit, joiner or
    non-syllable follows, and none does."""
    n = len(t)
    lex = lexicon()
    units_first = _figure_neighbours()[0]
    if read_native_pair(t, a) is not None:
        return 0  # 한두 차례, 서너 곳: the grammar's to read
    native = read_native(t, a)
    if native is not None:
        # 한 명, 두 배: a native numeral needs a counter, attached or after one space
        after = native[1] + 1 if native[1] < n and t[native[1]] == " " else native[1]
        if after >= n or t[after] in units_first or t[after] in _NUMERAL_GOES_ON or not is_hangul(t[after]):
            return 0
        return native[1]
    j = a
    while j < n and t[j] in _NUMERAL_RUN:
        j += 1
    if j == a:
        return a + 1  # a native numeral's first syllable that begins another word
    if j == a + 1 and t[a] in "수몇":
        # 수 있다, 몇 명: 수 and 몇 make a figure only before a scale word (수십억, 몇 억)
        return 0 if _scale_at(t, j) else j
    if not any(ch in SCALE_CHARS for ch in t[a:j]):
        # 이는, 이날, 일부, 이 일대: a Sino-Korean digit with no scale word is a figure only
        # before 분의, 과/와 (a mixed number), 점, a spoken percent, or after a sign word
        nxt = a + 1
        percent_first = _spoken_percent_first()
        if nxt < n and (t[nxt] in _LONE_DIGIT_GOES_ON or t[nxt] in percent_first):
            return 0
        if nxt + 1 < n and t[nxt] == " " and (t[nxt + 1] in percent_first or t[nxt + 1] in _LONE_DIGIT_SPACED):
            return 0
        if t.startswith("  ", nxt) and _fraction_after(t, nxt + 2):
            return 0  # 오  1/2: a mixed number may take two spaces
        if nxt + 1 < n and t[nxt] == " " and t[nxt + 1] in MYRIAD_SCALE_CHARS and t[a] != DEMONSTRATIVE:
            return 0  # 삼 조 원, spoken (이 억 is also "this 억")
        if a > 0 and t[a - 1] == " " and lex.signs.before(t, a - 1) is not None:
            return 0
        return j
    # a run that opens with a myriad scale word makes a bare number, which the walk drops,
    # unless a unit, a range or a symbol or 섭씨 before it goes with it: its particles (만에,
    # 10년 만에, 조정, 경영안정) then end no figure (천사는 stays the grammar's: 1004, a bare
    # number kept)
    dropped = t[a] in MYRIAD_SCALE_CHARS and not _kind_before(t, a)
    for k in range(a + 1, j + 1):
        if k >= n:
            return 0
        ch = t[k]
        if k == j and ch == " " and dropped and _plain_word_at(t, k + 1):
            # 경영 정상화: a run that opens with a myriad scale word ends a word, and an
            # ordinary word follows; the walk drops such a bare number (천 약 is kept: 1000;
            # 섭씨 만 is a temperature)
            break
        if not is_hangul(ch) or ch in _NUMERAL_GOES_ON:
            return 0
        if ch in FOLLOWERS and not (dropped and not joiner_at(t, k)):
            return 0  # 만에서 2만원: a range may start there
        if ch in units_first and _figure_word_at(t, k):
            return 0  # 삼천억원, 천만 달러: a unit, symbol or scale word where the number may end
    return j


def _kind_before(t: str, a: int) -> bool:
    """A word that gives a bare number a kind may end before *a* (a currency symbol, 섭씨,
    시속): the last character of one stands there, attached or one space before, or
    anywhere in the few words before it where what stands there is a word the look-back
    reads past (섭씨 약 만: a marker between). A marker, a sign or a rate word alone gives a
    number no kind (약 만에, 10년 만에)."""
    lex = lexicon()
    symbols, unit_before = lex.symbols.by_last, lex.unit_before.by_last
    near = _near_before(t, a)
    if near in symbols or near in unit_before:
        return True
    if near not in lex.back_last:
        return False
    return any(ch in symbols or ch in unit_before for ch in t[max(0, a - _KIND_REACH) : a])


_KIND_REACH: Final = 24  # a symbol or 섭씨, then a sign and a marker (섭씨 마이너스(-) 약 만)


def _plain_word_at(t: str, k: int) -> bool:
    """An ordinary word starts at *k*, after a space: a syllable that begins no number
    (Sino-Korean or native), particle, joiner, marker, range word or figure word (정상화,
    환경; not 오백, 세, 원, 가량, 에서, 까지)."""
    if k >= len(t):
        return False
    ch = t[k]
    return (
        is_hangul(ch)
        and ch not in NUMERAL_START  # no anchor: 경영 세$ would read on into 세
        and ch not in FOLLOWERS
        and ch not in _NUMERAL_GOES_ON
        and ch not in lexicon().after.by_first
        and ch not in _SPACED_JOINER_FIRST
        and not _figure_word_at(t, k)
    )


# What a range or 까지 begins with after a space (3천 에서, 수천 부터, 수억 까지).
_SPACED_JOINER_FIRST: Final = frozenset(word[0] for word in (*RANGE_WORDS, "까지"))


def _figure_word_at(t: str, k: int) -> bool:
    """A word that makes the number before it a figure starts at *k*: a unit word with a
    kind (원, 명; not 경영's 영 of 영국, which is a word here only as part of 영국 파운드), a
    currency symbol or code, a scale word."""
    lex = lexicon()
    hit = lex.units.at(t, k)
    return (hit is not None and hit[1].kind is not None) or lex.symbols.at(t, k) is not None or t[k] in SCALE_CHARS
