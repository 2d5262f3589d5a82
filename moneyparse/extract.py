"""The public readers: :func:`extract` over running text, :func:`parse` over one figure.

Both fold the text once, walk the scanner's anchors and hand each to the grammar.
Context that spans figures (a parenthesised equivalent, a ``(단위: 억원)`` header, a
△ used as a bullet) is read here, not in the grammar.
"""

from __future__ import annotations

import contextlib
import re
import string
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import replace
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Final

from moneyparse.errors import ParseError
from moneyparse.figure import Bound, Figure, Kind
from moneyparse.grammar import (
    FRACTION,
    HANGUL_NUMBER_CHARS,
    ORDINAL_PREFIX,
    Reading,
    Skip,
    lexicon,
    read_at,
    read_common,
    read_range,
    to_figure,
)
from moneyparse.lexicon.counters import NATIVE_ATTACHED
from moneyparse.lexicon.markers import CHANGE_LABEL_FORMS, FOLLOWERS, MONEY_LABELS, RANGE_WORDS, TOPIC_PARTICLES
from moneyparse.lexicon.numerals import DEMONSTRATIVE, NATIVE_PAIRS, NATIVE_VALUE_BY_WORD
from moneyparse.lexicon.scales import MYRIAD_SCALE_CHARS, POWER_BY_ENGLISH_SCALE, SCALE_CHARS
from moneyparse.normalize import fold_width
from moneyparse.scanner import (
    ANCHOR,
    DIGIT_CHARS,
    DIGIT_RUN,
    DIGITS,
    HANGUL,
    NUMERAL_START,
    digits_end,
    is_hangul,
    is_latin,
    skip_space,
    space_before,
)
from moneyparse.value import EXACT, MAX_DIGITS, MAX_EXPONENT, read_native, read_native_pair, read_number

DEFAULT_KINDS: frozenset[Kind] = frozenset(Kind) - {Kind.NUMBER}


def _bullets(t: str) -> bool:
    """True when △ opens list items here, so it is no minus sign: an item that starts
    with a word (△삼성전자 3조원 △LG …), or two items that each hold a second number
    after their first word (△1백가구 미만 6.30% △1백~3백가구 5.12%). An accounting
    minus stands before the one figure of its cell or phrase (영업이익 △12.3%)."""
    counted = 0
    i = t.find("△")
    while i != -1:
        nxt = t[i + 1 : i + 2]
        if nxt and not (nxt.isdigit() or nxt in " .,"):
            return True
        j = t.find("△", i + 1)
        stop = len(t) if j == -1 else j
        line_end = t.find("\n", i + 1, stop)
        item = t[i + 1 : stop if line_end == -1 else line_end]
        space = item.find(" ")
        if space != -1 and any(ch in DIGIT_CHARS for ch in item[space:]):
            counted += 1
            if counted == 2:
                return True
        i = j
    return False


# Addresses whose digits are never figures: URLs, bare www. hosts, e-mail addresses.
# A URL, or an e-mail address whose local part starts where a word starts (the look-behind
# keeps the search from retrying inside a long word: 'a' * 40000 + '@' is one try, not 40000)
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")


def _hidden(t: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses in *t* (looked for only when one may be there)."""
    if "://" not in t and "www." not in t and "@" not in t:
        return []
    return [m.span() for m in _ADDRESS.finditer(t)]


def _inside(spans: list[tuple[int, int]], pos: int) -> int:
    """The end of the span holding *pos*, or 0. The spans are sorted and apart, so a
    binary search finds the one that may hold it: a long document with many addresses
    costs a logarithm an anchor, not a walk over all of them."""
    i = bisect_right(spans, (pos, _AFTER_ALL)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][1]
    return 0


_AFTER_ALL: Final = 1 << 62  # sorts after every end, so (pos, _AFTER_ALL) follows (pos, end)


def _readings(
    t: str, *, keep_bare: bool = False, whole: bool = False, shortcuts: bool = True, first_only: bool = False
) -> list[Reading]:
    """Every reading in the folded text, in order, non-overlapping.

    A bare number with no scale word and no unit (2016, 3.5) is kept only when
    *keep_bare* asks for it: a table header or ``scale=`` may make money of it.
    *shortcuts* skips the common non-figures (dates, ordinary words) before the
    grammar; the tests turn it off to show that the result is the same. With
    *first_only* the scan stops once the first reading is final (``parse`` needs no more).
    """
    out: list[Reading] = []
    pos = 0
    n = len(t)
    hidden = _hidden(t)
    search = _shortcut_anchor().search if shortcuts and not whole else ANCHOR.search
    while pos < n and not (first_only and _first_is_final(out)):
        m = search(t, pos)
        if m is None:
            break
        a = m.start()
        if hidden and (skip := _inside(hidden, a)):
            pos = skip
            continue
        if not whole and a and t[a] in MYRIAD_SCALE_CHARS and t[a - 1] in DIGIT_CHARS:
            # 1억1억, 1만억: a myriad scale word that the digits before it did not take is
            # out of order (or after an id too long to be a number); no figure starts there
            pos = a + 1
            continue
        got: Reading | Skip | None = None
        if shortcuts and not whole:
            before = t[a - 1] if a else " "
            if before in _PLAIN_BEFORE:
                if t[a] in DIGIT_CHARS:
                    quick = _date_or_ordinal(t, a) if keep_bare else _not_a_figure(t, a)
                else:
                    quick = _ordinary_word(t, a)
                if quick:
                    pos = quick  # 2024년, 3월, 이번, 일부: the common cases, skipped without the grammar
                    continue
            if (
                t[a] in DIGIT_CHARS
                and before not in _NOT_COMMON_AFTER
                and not is_latin(before)
                and not (before in "+-" and a > 1 and t[a - 2] == "^")
            ):
                got = read_common(t, a)  # 230억달러, (35.47%): the common figure's fast lane
        common = got is not None
        if got is None:
            got = read_at(t, a, whole=whole and not out)
        if isinstance(got, Skip):
            # No figure starts inside a run of digits: jump past the whole run, so a
            # megabyte of digits is walked once, not once per digit.
            pos = max(got.resume, a + 1, digits_end(t, a))
            continue
        ranged = None if common else read_range(t, got, shortcuts=shortcuts)
        if ranged is not None:
            got = ranged
        elif got.kind is None and not whole and got.number is not None and t[got.num_start] in MYRIAD_SCALE_CHARS:
            # 조사, 경영, 만에, 억지: a bare number that opens with a myriad scale word (no
            # digit before it) is a word in running text; parse still reads 만 alone, and
            # 십육, 일천구백 or 1조 stay bare numbers
            pos = max(got.end, a + 1)
            continue
        elif got.kind is None and not got.has_scale and not keep_bare:
            pos = max(got.number.end if got.number else got.end, a + 1)
            continue
        if out and got.start <= out[-1].start and out[-1].kind is None:
            out.pop()  # 100만btu당 10달러: a bare number inside the next figure's rate word is part of it
        if out and got.start < out[-1].end:
            got = got._replace(start=max(got.start, out[-1].end))
            if got.start > got.num_start:
                pos = max(got.end, a + 1)
                continue
        if out and got.bound is not Bound.EQ and (pair := _two_bounds(t, out[-1], got)) is not None:
            out[-1] = pair
        else:
            out.append(got)
        pos = max(got.end, a + 1)
    return out


def _first_is_final(out: list[Reading]) -> bool:
    """True when nothing read later can change ``out[0]``: a later reading only merges
    with the last one (two bounds) or drops it when it is bare (a number inside the next
    figure's rate word), so the first is final once a reading that is not bare follows
    it, or two readings do."""
    return len(out) >= 3 or (len(out) == 2 and out[1].kind is not None)


def _date_or_ordinal(t: str, a: int) -> int:
    """Where to go on when the digits at *a* are followed by a word that makes them no
    figure (년, 월, 분기, 번째 …), else 0. A shortcut only: read_at reaches the same Skip."""
    m = DIGITS.match(t, a)
    if m is None:
        return 0
    end = m.end()
    if end >= len(t) or t.startswith(FRACTION, end):
        return 0
    hit = lexicon().units.at(t, end)
    if hit is None or hit[1].kind is not None:
        return 0
    return end + len(hit[0])


@lru_cache(maxsize=1)
def _figure_neighbours() -> tuple[frozenset[str], frozenset[str]]:
    """The characters that may follow the digits of a figure (one space allowed), and
    those that may stand right before them (a currency symbol, 섭씨): built from the
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
    return frozenset(after), frozenset(before)


@lru_cache(maxsize=1)
def _no_figure_first() -> frozenset[str]:
    """The first characters of the words that make the digits before them no figure (년,
    개월, 위): the lexicon's unit words with no kind."""
    return frozenset(word[0] for word, unit in lexicon().units.words.items() if unit.kind is None)


# What may follow the digits of a figure besides a unit or scale: a range (~ - –), a
# fraction (/ 분의) or mixed number (과 와), an exponent (e ^), 여 (a bit over), 대 (a band).
_JOINERS: Final = "~-–/^eE분과와여대"


def _not_a_figure(t: str, a: int) -> int:
    """Where to go on when the digits at *a* cannot start a figure that is not a bare
    number: nothing a figure needs stands after them (a unit, a scale, a joiner) or right
    before them (a currency symbol), else 0. A shortcut: the grammar would say the same."""
    m = DIGITS.match(t, a)
    if m is None:
        return 0
    end = m.end()
    n = len(t)
    if end + 1 < n and t[end] in ",." and t[end + 1] in ",.":
        return 0  # 1,,000원, 1..2억: a malformed number, which the grammar skips whole
    after, before = _figure_neighbours()
    if end < n and t[end] in after:
        # 15일, 3분, 2개월: a word that makes no figure, looked up only where one may begin
        return _date_or_ordinal(t, a) if t[end] in _no_figure_first() else 0
    nxt = end + 1 if end < n and t[end] == " " else end
    if nxt < n and t[nxt] in after:
        return 0
    prev = a - 2 if a >= 2 and t[a - 1] == " " else a - 1
    if prev >= 0 and (t[prev] in before or t[a - 1] in before):
        return 0
    return end


# The shortcuts are taken only where a plain separator stands before the anchor: what
# stands there otherwise (a sign, a point, ^, a letter, a number) is the grammar's to read.
_PLAIN_BEFORE: Final = frozenset(" \t\n\r\"'“”‘’,·")


# What read_at reads another way when it stands right before digits: an exponent (2^10),
# a point (.25, v1.25), a sign after an exponent, a name or path (EV3, a/2025), digits,
# 제 (an ordinal: 제3조).
_NOT_COMMON_AFTER: Final = frozenset(f"^._@/#{ORDINAL_PREFIX}") | DIGIT_CHARS

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
    Python loop; the shortcut tests compare the result with ANCHOR's.
    """
    lex = lexicon()
    run = _chars(_NUMERAL_RUN)
    scale = _chars(SCALE_CHARS)
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
        (?: (?<=[0-9])
          | (?<=마이너스.)
          | (?<=[{keep}].)
          | (?: (?<=[^{HANGUL}{keep}].) | (?<!..) )
            (?: (?<=[{run}])
                (?: (?<=[{scale}]) | (?=[{run}]*[ ]?[{scale}]) | (?=[{lone_next}]|[ ][{lone_spaced}]) | {signs} )
              | {natives}
            )
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
        if nxt + 1 < n and t[nxt] == " " and t[nxt + 1] in MYRIAD_SCALE_CHARS and t[a] != DEMONSTRATIVE:
            return 0  # 삼 조 원, spoken (이 억 is also "this 억")
        if a > 0 and t[a - 1] == " " and lex.signs.before(t, a - 1) is not None:
            return 0
        return j
    for k in range(a + 1, j + 1):
        if k >= n:
            return 0
        ch = t[k]
        if not is_hangul(ch) or ch in FOLLOWERS or ch in _NUMERAL_GOES_ON or ch in units_first:
            return 0
    return j


def _share_units(t: str, readings: list[Reading]) -> None:
    """1,200억·800억원, 19조·20조·21조원, 27만→30만원, 12만/8만원: amounts listed with a
    middle dot (an arrow, from one to the next; a slash, a pair such as a high and a low)
    and the unit written once, at the end, all take it.
    Only a number closed by a myriad scale word takes it (5천만·6천만원), since 5천·6천만원
    could mean 5천 as well as 5천만. With a label after the dot only money is shared, and
    only where the first amount's label names an amount of money (매출 3,210억·영업익
    420억원); in 가입자 500만·매출 1조원 the items measure different things."""
    for i in range(len(readings) - 2, -1, -1):
        r, nxt = readings[i], readings[i + 1]
        if (
            r.kind is None
            and r.point
            and r.number is not None
            and r.number.has_myriad
            and t[r.number.end - 1] in MYRIAD_SCALE_CHARS
            and r.end == r.number.end
            and t[r.end] in "·→/"
            and (nxt.start == r.end + 1 or _labelled_amounts(t, r, nxt))
            and nxt.kind is not None
            and nxt.unit is not None
            and nxt.unit.power == 0
            and not nxt.unit.counter
        ):
            readings[i] = r._replace(kind=nxt.kind, unit=nxt.unit, currency=nxt.currency)


def _labelled_amounts(t: str, r: Reading, nxt: Reading) -> bool:
    """매출 3,210억·영업익 420억원: a label after the middle dot, the next amount money, and
    the first amount's own label a word for an amount of money (MONEY_LABELS)."""
    if t[r.end] != "·" or nxt.kind is not Kind.MONEY or not _LABEL.fullmatch(t, r.end + 1, nxt.start):
        return False
    before = space_before(t, r.start)
    if before > 0 and t[before - 1] in TOPIC_PARTICLES:
        before -= 1  # 매출은 3,210억·영업익은 420억원
    return t.endswith(MONEY_LABELS, 0, before)


# A label between two amounts of a middle-dot list: 매출 3,210억·영업익 420억원.
_LABEL: Final = re.compile(f"[{HANGUL}]{{1,6}} ")


def _two_bounds(t: str, first: Reading, second: Reading) -> Reading | None:
    """100 이상, 300 이하 (or the other way round): two closed bounds of one thing make a
    closed range. Two open ones (10 초과, 20 미만) stay two figures: a Figure has no
    open-ended range. 에서 or 부터 may join them when the second has its marker before
    it (최소 10명에서 최대 20명), as a comma does."""
    if {first.bound, second.bound} != {Bound.GE, Bound.LE} or not (first.point and second.point):
        return None
    if (first.kind, first.unit, first.currency) != (second.kind, second.unit, second.currency):
        return None
    gap = t[first.end : second.start].strip()
    if gap not in ("", ",") and not (gap in RANGE_WORDS and second.start < second.num_start):
        return None
    low = first.low if first.bound is Bound.GE else second.low
    high = second.low if first.bound is Bound.GE else first.low
    if low > high:
        return None
    return first._replace(
        end=second.end,
        low=low,
        high=high,
        point=False,
        bound=Bound.RANGE,
        approximate=first.approximate or second.approximate,
    )


def _validate(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"moneyparse reads a str, not {type(text).__name__}")
    return text


def extract(
    text: str,
    *,
    default_currency: str | None = None,
    scale: Decimal | int | str | None = None,
    kinds: Collection[Kind] | None = None,
) -> list[Figure]:
    """Every figure in *text*, in order, non-overlapping, spans in the original string.

    Bare numbers (``Kind.NUMBER``, a headline's 1조) come back only when *kinds* asks for
    them. A parenthesised equivalent (약 230억달러(약 25조원)) is its own figure whose
    ``equivalent_of`` is the index of the figure it restates. Under a table header such
    as ``(단위: 억원)`` the bare numbers of the table's rows are money in that unit.

    >>> [f.text for f in extract("매출은 약 230억달러(약 25조원)이며 영업이익률은 35.47%다.")]
    ['약 230억달러', '약 25조원', '35.47%']
    >>> extract("매출은 약 230억달러(약 25조원)")[1].equivalent_of
    0
    >>> extract("2016회계연도 3분기, 아이오닉 5와 EV3")
    []
    >>> [str(f.value) for f in extract("(단위: 억원)\\n| 매출 | 1,234 | 987 |")]
    ['123400000000', '98700000000']

    :param default_currency: ISO code for money written without a currency.
    :param scale: the unit of bare numbers, as a table header gives it: ``"억원"``,
        ``"백만원"``, or a number (``Decimal(10**8)``, money in *default_currency* or won).
    :param kinds: the kinds to return; by default all but ``Kind.NUMBER``.
    """
    with localcontext(EXACT):
        return _extract(text, default_currency, scale, kinds)


def _extract(
    text: str,
    default_currency: str | None,
    scale: Decimal | int | str | None,
    kinds: Collection[Kind] | None,
) -> list[Figure]:
    t = fold_width(_validate(text))
    wanted = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    explicit = None if scale is None else _scale_of(scale, default_currency)
    tables = _tables(t) if "단위" in t else []
    readings = _readings(t, keep_bare=explicit is not None or bool(tables) or Kind.NUMBER in wanted)
    bullets = "△" in t and _bullets(t)
    if "·" in t or "→" in t or "/" in t:
        _share_units(t, readings)
    figures: list[Figure] = []
    rows: dict[int, _Row] = {}  # table rows already judged, by where they start
    columns: dict[int, list[_Column]] = {}  # tables' column heads, by where the table starts
    last: Reading | None = None
    last_index: int | None = None
    for r in readings:
        if bullets and t[r.start] == "△":
            if r.sign == -1:
                r = r._replace(start=r.num_start, low=-r.high, high=-r.low, sign=1)
            elif r.bound is Bound.RANGE and r.low < 0 and -r.low <= r.high:
                r = r._replace(start=r.num_start, low=-r.low)  # △1백~3백가구: the bullet took the first end
        if tables and _table_at(tables, r.start, header=True) is not None:
            continue  # the header itself: (단위: 억원)
        bare = r.kind is None and not r.has_scale
        if bare:
            cell = _table_scale(t, r, tables, rows, columns) if tables else None
            unit_scale = cell[0] if cell is not None else explicit
            if unit_scale is not None:
                r = _apply_scale(r, unit_scale)
                if cell is not None and cell[1]:  # (12,300): an accounting negative
                    r = r._replace(start=r.start - 1, end=r.end + 1, low=-r.high, high=-r.low, sign=-1)
            elif Kind.NUMBER not in wanted:
                continue
        fig = to_figure(r, text, default_currency=default_currency)
        if fig is None:
            continue
        if last is not None and last_index is not None and _is_equivalent(t, last, r):
            fig = replace(fig, equivalent_of=last_index)
        last = r
        if fig.kind not in wanted:
            last_index = None
            continue
        figures.append(fig)
        last_index = len(figures) - 1
    return figures


_BLANK_LINE = re.compile(r"\n\n")
_YEAR = re.compile(r"(19|20)[0-9]{2}")
_UNIT_IN_LABEL = re.compile(r"\(\s*([^()\s]{1,6})\s*\)\s*$")

# A table header: (단위: 억원), [단위 : 백만원, %], (단위 : 억원 / 기준 : IFRS), or a line
# that opens with 단위 : 백만원
_HEADER = re.compile(
    r"[(\[]\s*단위\s*[:：]?\s*([^)\]\n]{1,40})[)\]]?"  # (단위: 억원), [단위 : 백만원, %]
    r"|(?:^|(?<=\n))[ \t]*(?:[※*][ \t]*)?단위[ \t]*[:：][ \t]*([^\n]{1,40})"  # ※ 단위 : 백만원, a line of its own
)


def _scale_of(scale: Decimal | int | str, default_currency: str | None) -> tuple[Decimal, str]:
    """A ``scale=`` argument as (multiplier, currency): "억원" -> (10**8, "KRW")."""
    if isinstance(scale, str):
        word = scale.strip()
        fig = parse(word if word[:1].isdigit() else "1" + word)
        if fig.kind is not Kind.MONEY or fig.value is None or fig.currency is None:
            raise ValueError(f"scale {scale!r} is not an amount of money, such as '억원' or '백만원'")
        return fig.value, fig.currency
    return Decimal(scale), default_currency or "KRW"


# A table: where its (단위: …) header starts and ends, where the table ends (a blank line),
# and the header's unit, None where it names none the library reads as money.
_Table = tuple[int, int, int, "tuple[Decimal, str] | None"]


def _tables(t: str) -> list[_Table]:
    """Each ``(단위: …)`` header as (start, end, end of its table, (multiplier, currency)).

    A header whose first unit is no money (단위: 주, 원; 단위: %) is kept with no unit: its
    own words (백만원) are no figures, and its rows stay bare."""
    out: list[_Table] = []
    blanks = [m.start() for m in _BLANK_LINE.finditer(t)] if "단위" in t else []
    for m in _HEADER.finditer(t):
        unit: tuple[Decimal, str] | None = None
        for word in re.split(r"[,/·]", m.group(1) or m.group(2)):
            word = word.strip()
            if not word or word[0].isdigit():
                continue
            # the first unit listed is the table's: (단위: 억원, %) scales its amounts,
            # (단위: 주, 원) is a table of share counts and prices, left bare
            with contextlib.suppress(ParseError, ValueError):
                unit = _scale_of(word, None)
            break
        i = bisect_right(blanks, m.end() - 1)
        stop = blanks[i] if i < len(blanks) else len(t)
        out.append((m.start(), m.end(), stop, unit))
    return out


def _table_at(tables: list[_Table], pos: int, *, header: bool) -> _Table | None:
    """The table whose header (*header*) or whose body holds *pos*: the nearest header at
    or before it, found by binary search."""
    i = bisect_right(tables, (pos, _AFTER_ALL)) - 1
    if i < 0:
        return None
    table = tables[i]
    start, end, stop = table[0], table[1], table[2]
    if header:
        return table if start <= pos < end else None
    return table if end <= pos < stop else None


def _table_scale(
    t: str, r: Reading, tables: list[_Table], rows: dict[int, _Row], columns: dict[int, list[_Column]]
) -> tuple[tuple[Decimal, str], bool] | None:
    """The unit for a bare number in a table row, and whether it is an accounting negative
    written in parentheses (``(12,300)``), or ``None``.

    A row is a line with cells (``|``, tab, or two spaces). The row's label and the
    column's head may say the number is no amount of the table's unit: a ratio (%, 율,
    률, 비중, 배), a unit of their own (판매량(대), EPS(원)), a rank, a code or a date (순위,
    종목코드, 일자). A row of years (the column heads) keeps its numbers bare too.
    """
    table = _table_at(tables, r.start, header=False)
    if table is None or table[3] is None:
        return None
    line_start = t.rfind("\n", table[1], r.start) + 1 or table[1]
    cell = _fills_a_cell(t, r, line_start)
    if not cell:
        return None
    row = rows.get(line_start)
    if row is None:
        i = bisect_right(tables, (r.start, _AFTER_ALL))
        limit = min(table[2], tables[i][0]) if i < len(tables) else table[2]  # the next header ends the row
        row = rows[line_start] = _row(t, line_start, limit)
    unit, edges, labelled = row
    if unit is _NOT_SCALED or (cell < 0 and not labelled):
        return None  # | | (2024) |, (1)  상품매출: parentheses in a row with no label of words
    if table[0] not in columns:
        columns[table[0]] = _column_units(t, table)
    heads = columns[table[0]]
    column = bisect_right(edges, r.start)  # the cells are counted once a row, not once a number
    head = heads[column] if column < len(heads) else None
    if head is _NOT_SCALED:
        return None
    return unit or head or table[3], cell < 0


_Unit = tuple[Decimal, str]
# What a row label or a column head says of the numbers under it: no amount of the
# table's unit (_NOT_SCALED), an amount in its own unit, or nothing (None: the table's).
_NOT_SCALED: Final[_Unit] = (Decimal(0), "")
_Column = _Unit | None
# A row: what its label says, where its cell separators stand, and whether its first
# cell is a label of words (매출), not an amount or an item number ((1), (2024)).
_Row = tuple[_Unit | None, list[int], bool]
# Labels and heads of numbers that are no amounts: the whole head (No., 연도: not 전년도),
# or its ending (매출 순위, 사업번호, 기준일자, 종목코드, 근로시간).
_ID_HEADS: Final = frozenset({"No", "No.", "no", "NO", "연도", "년도"})
_ID_ENDINGS: Final = ("순위", "번호", "연번", "일자", "날짜", "기준일", "코드", "시간", "시각")


def _own_unit(label: str, *, column: bool = False) -> _Unit | None:
    """What a row label or a column head says of its numbers (see _NOT_SCALED). A column
    whose head names a rate (대출금리(연), 금리 수준) or a change (증감(YoY)) holds rates; a
    row labelled 변동금리 is a kind of loan, its amounts money, and a column 저금리 대출
    holds money."""
    bare = _UNIT_IN_LABEL.sub("", label).strip()  # 대출금리(연) -> 대출금리
    if bare in _ID_HEADS or bare.endswith(_ID_ENDINGS):
        return _NOT_SCALED
    if column and (
        any(head in label for head in CHANGE_LABEL_FORMS)
        or (_RATE_HEAD in label and not any(word in label for word in _RATE_ADJECTIVES))
    ):
        return _NOT_SCALED
    ratio = any(mark in label for mark in _RATIO_MARKS) and not any(word in label for word in _RATES_IN_MONEY)
    if ratio or "(배)" in label or label.endswith("배"):
        return _NOT_SCALED
    own = _UNIT_IN_LABEL.search(label)  # 직원 수(명), 판매량(대), EPS(원): a unit of its own
    if own is None:
        return None
    word = own.group(1)
    hit = lexicon().units.at(word, 0)
    if hit is None or hit[0] != word:
        return None  # 해외 매출(주1): a note, no unit
    if hit[1].kind is not Kind.MONEY:
        return _NOT_SCALED
    with contextlib.suppress(ParseError, ValueError):
        return _scale_of(word, None)
    return _NOT_SCALED


_RATIO_MARKS: Final = ("%", "율", "률", "비중")
_RATE_HEAD: Final = "금리"
_RATE_ADJECTIVES: Final = ("저금리", "고금리", "무금리")  # 저금리 대출: loans, money
# Rates that are amounts of money all the same: a price of one currency in another.
_RATES_IN_MONEY: Final = ("환율", "기준율")


def _separators(line: str) -> re.Pattern[str]:
    """What parts a line's cells: bars and tabs where it has them (a padded cell of a
    pipe table is one cell), else two spaces or more (columns aligned with spaces)."""
    return _BAR_OR_TAB if "|" in line or "\t" in line else _WIDE_GAP


_BAR_OR_TAB: Final = re.compile(r"[|\t]")
_WIDE_GAP: Final = re.compile(r" {2,}")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _separators(line).split(line)]


def _column_units(t: str, table: _Table) -> list[_Column]:
    """What each column's head says of its numbers, from the table's first row of cells,
    or no heads at all where that row already holds amounts (a table with no head row)."""
    pos = table[1]
    stop = table[2]
    while pos < stop:
        end = t.find("\n", pos, stop)
        end = stop if end == -1 else end
        line = t[pos:end]
        pos = end + 1
        if not _COLUMN_GAP.search(line) or set(line.strip()) <= _RULE_CHARS:
            continue  # the rest of the header's line, a blank or a rule (|---|---|)
        cells = _cells(line)
        if any(_AMOUNT_CELL.fullmatch(c) and not _YEAR_CELL.fullmatch(c) for c in cells[1:]):
            return []
        return [_own_unit(c, column=True) for c in cells]
    return []


_RULE_CHARS: Final = frozenset("|-:+ \t=")
_AMOUNT_CELL: Final = re.compile(r"[(△▲▼+-]?[0-9][0-9,.]*\)?%?")
_YEAR_CELL: Final = re.compile(_YEAR.pattern + "(년|[AEFP])?")  # 2024, 2024년, 2025E


def _fills_a_cell(t: str, r: Reading, line_start: int) -> int:
    """1 when the bare number *r* is the whole of its cell and no year that labels its
    row (3Q24, 2023A, ``1. 매출액`` and ``| 2024 | 5,120 |``'s 2024 are no amounts), -1
    when the cell holds it in parentheses, an accounting negative (``(12,300)``), else 0.

    The cell's edges are looked for at most :data:`_CELL_REACH` characters away, so a
    megabyte-long row costs each number a few steps, not a walk to the row's ends."""
    cell_start = r.start - 1
    floor = max(line_start, r.start - _CELL_REACH) - 1
    while cell_start > floor and not _cell_edge(t, cell_start):
        cell_start -= 1
    stop = r.end
    ceiling = min(len(t), r.end + _CELL_REACH)
    while stop < ceiling and not _cell_edge(t, stop):
        stop += 1
    written = t[cell_start + 1 : stop].strip()
    if written == f"({t[r.start : r.end]})" and t[r.start - 1] == "(" and r.sign > 0:
        return -1  # (12,300): an accounting negative, where the row has a label (_table_scale)
    if written != t[r.start : r.end] or (t[r.num_start] == "0" and t[r.num_start + 1 : r.num_start + 2] in DIGIT_CHARS):
        return 0  # words around it, or a code with a leading zero (005930)
    if not _YEAR.fullmatch(t[r.start : r.end]):
        return 1
    # | 2024 | 5,120 |: a year in its row's first cell labels the row
    return 1 if t[max(line_start, cell_start - _CELL_REACH) : cell_start].strip(" |\t") else 0


_CELL_EDGES: Final = frozenset("|\t\n")
_CELL_REACH: Final = 40
# Columns aligned with spaces, as text copied from a filing has them: two spaces or more
# part two cells (매출액      152,340      138,210).
_COLUMN_GAP: Final = re.compile(r"[|\t]| {2,}")


def _cell_edge(t: str, i: int) -> bool:
    """A cell ends at *i*: a bar, a tab, a line break, or a space next to another space."""
    ch = t[i]
    if ch in _CELL_EDGES:
        return True
    return ch == " " and ((i > 0 and t[i - 1] == " ") or (i + 1 < len(t) and t[i + 1] == " "))


def _row(t: str, line_start: int, limit: int) -> _Row:
    """What the table row at *line_start* says of its bare numbers (see _NOT_SCALED), and
    where its cell separators stand: worked out once a row however many numbers it holds."""
    line_end = t.find("\n", line_start, limit)
    line = t[line_start : limit if line_end == -1 else line_end]
    edges = [line_start + m.start() for m in _separators(line).finditer(line)]
    cells = [c for c in _cells(line) if c]
    labelled = bool(cells) and not _AMOUNT_CELL.fullmatch(cells[0])
    if not _COLUMN_GAP.search(line):
        return _NOT_SCALED, edges, labelled
    own = _own_unit(cells[0]) if cells else None
    if own is not None:
        return own, edges, labelled
    numeric = [c for c in cells if _AMOUNT_CELL.fullmatch(c)]
    if numeric and all(_YEAR_CELL.fullmatch(c) for c in numeric):
        return _NOT_SCALED, edges, labelled
    return None, edges, labelled


def _apply_scale(r: Reading, unit: tuple[Decimal, str]) -> Reading:
    factor, currency = unit
    return r._replace(kind=Kind.MONEY, currency=currency, low=r.low * factor, high=r.high * factor, has_scale=True)


def _is_equivalent(t: str, first: Reading, second: Reading) -> bool:
    """약 230억달러(약 25조원): money in parentheses right after money restates it."""
    return (
        first.kind is Kind.MONEY
        and second.kind is Kind.MONEY
        and t[first.end : second.start].strip() == "("
        and t[second.end : second.end + 1] == ")"
        and first.currency != second.currency
    )


def parse(text: str, *, default_currency: str | None = None, scale: Decimal | int | str | None = None) -> Figure:
    """Read *text* as exactly one figure.

    약 sets ``approximate``; a 대 band is a ``Bound.BAND``, half-open ``[low, high)``;
    a range's scale and unit written once at the end apply to both ends.

    >>> f = parse("약 230억달러")
    >>> f.value, f.currency, f.approximate
    (Decimal('23000000000'), 'USD', True)
    >>> parse("3~4조원").low
    Decimal('3000000000000')
    >>> parse("1조 달러 2")
    Traceback (most recent call last):
    moneyparse.errors.ParseError: text goes on after the figure '1조 달러'; ...

    :param default_currency: ISO code to use when the text names none.
    :param scale: a multiplier for a bare number (``Decimal(10**8)`` for a 억원 table).
    :raises ParseError: if *text* is not exactly one figure.
    :raises TypeError: if *text* is not a ``str``.
    """
    _validate(text)
    with localcontext(EXACT):
        return _parse(text, default_currency, scale)


def _parse(text: str, default_currency: str | None, scale: Decimal | int | str | None) -> Figure:
    t = fold_width(text)
    dotted = _DOTTED.search(t)
    if dotted is not None:
        raise ParseError(text, dotted.end() - 1, f"a second '.' in the number {_quote(dotted.group() + '…')}")
    begin = len(t) - len(t.lstrip())
    finish = len(t.rstrip())
    if begin >= finish:
        raise ParseError(text, 0, "empty text: expected one figure, such as '230억달러'")
    control = _CONTROL.search(t, begin, finish)
    if control is not None:
        raise ParseError(text, control.start(), f"a control or surrogate character {control.group()!r} in the text")
    marker = _marker_alone(t, begin, finish)
    if marker is not None:  # 이상 alone is the marker, not the numeral 이 and a word
        raise ParseError(text, begin, f"the marker {marker!r} with no number: expected a figure such as '1조원 이상'")
    # the first reading decides, once nothing after it can merge with it or drop it: a long
    # text that is no figure costs two or three readings, not one for each number in it
    readings = _readings(t[:finish], keep_bare=True, whole=True, first_only=True)
    if not readings:
        raise ParseError(text, *_why_no_figure(t, begin, finish))
    r = readings[0]
    if r.start > begin:
        raise ParseError(text, *_why_before(t, begin, r))
    if r.end < finish:
        raise ParseError(text, *_why_more(t, r, finish))
    if r.kind is None and scale is not None:
        r = _apply_scale(r, _scale_of(scale, default_currency))
    fig = to_figure(r, text, default_currency=default_currency)
    assert fig is not None
    return fig


# Control characters (but tab and line breaks) and unpaired surrogates: parse rejects them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# A number with two decimal points: 1.2.3억 (a version or a date, never an amount)
_DOTTED = re.compile(r"(?<![0-9])[0-9]+\.[0-9]+\.")


def _quote(fragment: str) -> str:
    """*fragment* quoted for a reason, cut to 20 characters so a huge input stays out."""
    return repr(fragment if len(fragment) <= 20 else fragment[:20] + "…")


def _why_before(t: str, begin: int, r: Reading) -> tuple[int, str]:
    """Position and reason when text stands before the first figure."""
    prefix = t[begin : r.start].strip()
    if prefix and set(prefix) <= set("+-"):
        return begin, f"a stray sign {_quote(prefix)}: write one sign before the number"
    if prefix.endswith("~"):
        return begin + len(prefix) - 1, "a range with a missing end: nothing before '~'"
    return begin, f"unexpected text {_quote(prefix)} before the figure"


# Digits and an exponent past what is read: 1e41, 2^99
_BIG_EXPONENT: Final = re.compile(r"[0-9][eE^][+-]?([0-9]+)")


def _marker_alone(t: str, begin: int, finish: int) -> str | None:
    """The marker word that is the whole text (약, 이상), else ``None``."""
    lex = lexicon()
    marker = lex.before.at(t, begin) or lex.after.at(t, begin)
    if marker is not None and not t[begin + len(marker[0]) : finish].strip():
        return marker[0]
    return None


@lru_cache(maxsize=1)
def _why_candidates() -> re.Pattern[str]:
    """Where :func:`_why_no_figure` has anything to say: a range mark, a sign, the first
    character of a unit word or a myriad scale word. The other characters are passed
    over by the pattern, not one by one in Python."""
    firsts = set(lexicon().units.by_first) | set("~+-만억조경")
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "]")


def _why_no_figure(t: str, begin: int, finish: int) -> tuple[int, str]:
    """Position and reason when the text holds no figure at all."""
    lex = lexicon()
    run = DIGIT_RUN.search(t, begin, finish)
    if run is not None and len(run.group()) > MAX_DIGITS:
        return run.start(), f"a run of {len(run.group())} digits, longer than the {MAX_DIGITS} read as a number"
    for digits in DIGIT_RUN.finditer(t, begin, finish):
        at = digits.start()
        symbol = lex.symbols.before(t, at) or (lex.symbols.before(t, at - 1) if t[at - 1 : at] == " " else None)
        number = read_number(t, at)
        if symbol is None or number is None:
            continue
        spaced = number.end + 1 if t[number.end : number.end + 1] == " " else number.end
        after = lex.symbols.at(t, number.end) or lex.units.at(t, number.end) or lex.units.at(t, spaced)
        code = after[1] if after is not None and isinstance(after[1], str) else None
        if after is not None and not isinstance(after[1], str):
            code = after[1].currency
        if after is not None and code is not None and code != symbol[1]:
            return t.index(after[0], number.end), (
                f"two currencies for one number: {symbol[0]!r} before it and {after[0]!r} after; write one"
            )
    big = _BIG_EXPONENT.search(t, begin, finish)
    if big is not None and int(big.group(1)[:6]) > MAX_EXPONENT:
        return big.start() + 1, f"an exponent past {MAX_EXPONENT}: {_quote(big.group())}"
    for found in _why_candidates().finditer(t, begin, finish):
        i = found.start()
        if t[i] in "~" and i + 1 < finish:
            return i, f"a range with a missing end: nothing before {t[i]!r}"
        if t[i] in "-+" and i + 1 < finish and t[i + 1] in "-+":
            return i, f"a stray sign {t[i : i + 2]!r}: write one sign before the number"
        hit = lex.units.at(t, i)
        inside_word = i > 0 and (
            is_hangul(t[i - 1]) or (is_latin(t[i - 1]) and hit is not None and is_latin(hit[0][0]))
        )
        if hit is not None and hit[1].kind is not None and not inside_word:
            return i, f"no number before the unit {hit[0]!r}"
        if t[i] in "만억조경":
            number = read_number(t, i)
            if number is not None and number.stop is not None:
                return number.stop  # 억억: the second scale word is the fault
            return i, f"scale word {t[i]!r} with no number it can scale"
    return begin, f"no number in {_quote(t[begin:finish])}: expected one figure, such as '230억달러'"


def _why_more(t: str, r: Reading, finish: int) -> tuple[int, str]:
    """Position and reason when text goes on after the first figure."""
    if r.number is not None and r.number.stop is not None:
        pos, reason = r.number.stop
        if pos >= r.end - 1 or r.number.end == r.end:
            return pos, reason
    end = r.number.end if r.number is not None and r.end == r.number.end else r.end
    if end < finish and t[end] == "," and (r.number is None or end == r.number.end):
        return end, "a thousands separator ',' must have exactly three digits after it (1,000)"
    if end < finish and t[end] == "." and (end + 1 >= finish or not t[end + 1].isdigit()):
        return end, "a decimal point '.' with no digits after it"
    pos = r.end
    while pos < finish and t[pos] == " ":
        pos += 1
    if t[pos] == "~" or (t[pos] == "-" and r.end == pos):
        return r.end, f"a range with a missing end after {t[r.start : r.end]!r}"
    for word in RANGE_WORDS:
        if t.startswith(word, pos) and not t[pos + len(word) : finish].strip():
            return pos, f"a range with a missing end: nothing after {word!r}"
    return pos, (
        f"text goes on after the figure {_quote(t[r.start : r.end])}; parse() reads one figure, "
        "extract() reads running text"
    )
