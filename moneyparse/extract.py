"""``extract``: every figure in running text.

:func:`walk` folds nothing itself: it walks the folded text's anchors (the scanner's),
skips the common non-figures with shortcuts (2024년, 3월, 이번), hands each anchor to the
fast lane or the full grammar (:mod:`moneyparse.grammar`) and asks for a range after it.
:func:`extract` then reads the context that spans figures: a parenthesised equivalent,
a unit shared across a list (1,200억·800억원), two bounds that make one range, a △ used
as a bullet, URLs and e-mail addresses, and asks :mod:`moneyparse.tables` about the
bare numbers under a ``(단위: 억원)`` header. How one figure is read is the grammar's,
not this module's; :mod:`moneyparse.parser` reads one figure alone.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Collection
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Final

from moneyparse.figure import Bound, Figure, Kind, set_fresh
from moneyparse.flat import read_flat
from moneyparse.fx import RATE_WORD, name_rates
from moneyparse.grammar import (
    FRACTION,
    HANGUL_NUMBER_CHARS,
    ORDINAL_PREFIX,
    Reading,
    Skip,
    comma_glued,
    lexicon,
    may_range,
    read_at,
    read_common,
    read_range,
    to_figure,
)
from moneyparse.lexicon.counters import NATIVE_ATTACHED
from moneyparse.lexicon.markers import FOLLOWERS, MONEY_LABELS, RANGE_WORDS, TOPIC_PARTICLES
from moneyparse.lexicon.numerals import DEMONSTRATIVE, NATIVE_PAIRS, NATIVE_VALUE_BY_WORD
from moneyparse.lexicon.scales import MYRIAD_SCALE_CHARS, POWER_BY_ENGLISH_SCALE, SCALE_CHARS
from moneyparse.normalize import fold_width
from moneyparse.scanner import (
    ANCHOR,
    COMMON_NUMBER,
    DIGIT_CHARS,
    DIGIT_RUN,
    HANGUL,
    NUMERAL_START,
    digits_end,
    is_hangul,
    skip_space,
    space_before,
)
from moneyparse.tables import (
    AFTER_ALL,
    Memo,
    apply_scale,
    cell_labels,
    find_tables,
    scale_of,
    table_at,
    table_scale,
)
from moneyparse.value import EXACT, read_native, read_native_pair

DEFAULT_KINDS: frozenset[Kind] = frozenset(Kind) - {Kind.NUMBER}


def _bullets(t: str) -> bool:
    """True when △ opens list items here, so it is no minus sign: an item that starts
    with a word (△삼성전자 3조원 △LG …), or two items that each hold a second number
    after their first (△1백가구 미만 6.30% △1백~3백가구 5.12%, △50GB(6만3000원)
    △80GB(6만6000원)). An accounting minus stands before the one figure of its cell or
    phrase (영업이익 △12.3%)."""
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
        first = len(item) - len(item.lstrip("0123456789,."))  # past the item's first number
        if any(ch in DIGIT_CHARS for ch in item[first:]):
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
    i = bisect_right(spans, (pos, AFTER_ALL)) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][1]
    return 0


def walk(
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
    fast = shortcuts and not whole
    search = _shortcut_anchor().search if fast else ANCHOR.search
    while pos < n and not (first_only and _first_is_final(out)):
        m = search(t, pos)
        if m is None:
            break
        a = m.start()
        if hidden and (skip := _inside(hidden, a)):
            pos = skip
            continue
        c = t[a]
        got: Reading | Skip | None = None
        if c in DIGIT_CHARS:
            if fast and not (a > 1 and t[a - 1] == "," and comma_glued(t, a)):  # 3,8%: read_at's Skip
                before = t[a - 1] if a else " "
                # the number at a digit, matched once for the shortcut and the fast lane
                number = COMMON_NUMBER.match(t, a)
                assert number is not None  # a digit run at the least
                if before in _PLAIN_BEFORE and number.group(1) is not None:
                    end = number.end()
                    quick = _date_or_ordinal(t, end) if keep_bare else _not_a_figure(t, a, end)
                    if quick:
                        pos = quick  # 2024년, 3월: the common cases, skipped without the grammar
                        continue
                if before not in _NOT_COMMON_AFTER and not (before in "+-" and a > 1 and t[a - 2] == "^"):
                    got = read_common(t, a, number)  # 230억달러, (35.47%): the common figure's fast lane
        elif not whole and a and c in MYRIAD_SCALE_CHARS and t[a - 1] in DIGIT_CHARS:
            # 1억1억, 1만억: a myriad scale word that the digits before it did not take is
            # out of order (or after an id too long to be a number); no figure starts there
            pos = a + 1
            continue
        elif fast and (t[a - 1] if a else " ") in _PLAIN_BEFORE:
            quick = _ordinary_word(t, a)
            if quick:
                pos = quick  # 이번, 일부: ordinary words, skipped without the grammar
                continue
        if got is None:
            got = read_at(t, a, whole=whole and not out)
        if isinstance(got, Skip):
            # No figure starts inside a run of digits: jump past the whole run, so a
            # megabyte of digits is walked once, not once per digit.
            resume = got.resume
            if resume > a and (resume >= n or t[resume] not in DIGIT_CHARS):
                pos = resume  # past the run already
            else:
                pos = max(resume, a + 1, digits_end(t, a))
            continue
        if not shortcuts:
            ranged = read_range(t, got, shortcuts=False)  # the reference: asked after every reading
        elif may_range(t, got):
            ranged = read_range(t, got)  # 3~4조원, 3조에서 4조원, 20과 30 사이
        else:
            ranged = None
        if ranged is not None:
            got = ranged
        elif got.kind is None:
            read = got.number
            if not whole and read is not None and t[got.num_start] in MYRIAD_SCALE_CHARS:
                # 조사, 경영, 만에, 억지: a bare number that opens with a myriad scale word (no
                # digit before it) is a word in running text; parse still reads 만 alone, and
                # 십육, 일천구백 or 1조 stay bare numbers
                pos = max(got.end, a + 1)
                continue
            if not got.has_scale and not keep_bare:
                pos = max(read.end if read else got.end, a + 1)
                continue
        if out:
            last = out[-1]
            if got.start <= last.start and (last.kind is None or (got.per is not None and last.end <= got.num_start)):
                # 100만btu당 10달러, 1달러=7.1위안: a figure inside the next figure's rate phrase is part of it
                out.pop()
                if out:
                    last = out[-1]
            if out and got.start < last.end:
                got = got._replace(start=max(got.start, last.end))
                if got.start > got.num_start:
                    pos = max(got.end, a + 1)
                    continue
            if out and got.bound is not Bound.EQ and (pair := _two_bounds(t, last, got)) is not None:
                out[-1] = pair
            else:
                out.append(got)
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


def _not_a_figure(t: str, a: int, end: int) -> int:
    """Where to go on when the digits from *a* to *end* (a run of :data:`DIGITS`) cannot
    start a figure that is not a bare number: nothing a figure needs stands after them (a
    unit, a scale, a joiner) or right before them (a currency symbol), else 0. A shortcut:
    the grammar would say the same."""
    n = len(t)
    c = t[end] if end < n else ""
    if c in ",." and end + 1 < n and t[end + 1] in ",.":
        return 0  # 1,,000원, 1..2억: a malformed number, which the grammar skips whole
    after, before = _figure_neighbours()
    if c in after:
        # 15일, 3분, 2개월: a word that makes no figure, looked up only where one may begin
        return _date_or_ordinal(t, end) if c in _no_figure_first() else 0
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
    Python loop; the shortcut tests compare the result with ANCHOR's.
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
        (?: (?<=[0-9])
          | (?<=마이너스.)
          | (?<=[{keep}].)
          | (?: (?<=[^{HANGUL}{keep}].) | (?<!..) )
            (?: (?<=[{run}])
                (?: (?<=[{scale}])(?=[^{HANGUL}]|[{goes}]|\Z)
                  | (?=[{run}]*[ ]?[{scale}]) | (?=[{lone_next}]|[ ][{lone_spaced}]|[ ][ ][0-9]) | {signs} )
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
        if t.startswith("  ", nxt) and _fraction_after(t, nxt + 2):
            return 0  # 오  1/2: a mixed number may take two spaces
        if nxt + 1 < n and t[nxt] == " " and t[nxt + 1] in MYRIAD_SCALE_CHARS and t[a] != DEMONSTRATIVE:
            return 0  # 삼 조 원, spoken (이 억 is also "this 억")
        if a > 0 and t[a - 1] == " " and lex.signs.before(t, a - 1) is not None:
            return 0
        return j
    for k in range(a + 1, j + 1):
        if k >= n:
            return 0
        ch = t[k]
        if k == j and ch == " " and t[a] in MYRIAD_SCALE_CHARS and _plain_word_at(t, k + 1) and not _looked_back(t, a):
            # 경영 정상화: a run that opens with a myriad scale word ends a word, and an
            # ordinary word follows; the walk drops such a bare number (천 약 is kept: 1000;
            # 섭씨 만 is a temperature)
            break
        if not is_hangul(ch) or ch in FOLLOWERS or ch in _NUMERAL_GOES_ON:
            return 0
        if ch in units_first and _figure_word_at(t, k):
            return 0  # 삼천억원, 천만 달러: a unit, symbol or scale word where the number may end
    return j


def _looked_back(t: str, a: int) -> bool:
    """Something the look-back reads may end before *a* (a symbol, a sign, a marker, 섭씨):
    the last character of one of its words stands there, attached or one space before."""
    lex = lexicon()
    near = t[a - 1] if a > 0 else ""
    if near == " ":
        near = t[a - 2] if a > 1 else ""
    return near in lex.back_last or near in lex.unit_before.by_last


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


def validate_text(text: object) -> str:
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
    text: str, default_currency: str | None, scale: Decimal | int | str | None, kinds: Collection[Kind] | None
) -> list[Figure]:
    t = fold_width(validate_text(text))
    wanted = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    numbers = Kind.NUMBER in wanted
    explicit = None if scale is None else scale_of(scale, default_currency)
    tables = find_tables(t) if "단위" in t else []
    readings = walk(t, keep_bare=explicit is not None or bool(tables) or Kind.NUMBER in wanted)
    readings, flat = read_flat(t, tables, readings) if tables else (readings, {})  # rows with one space
    bullets = "△" in t and _bullets(t)
    if "·" in t or "→" in t or "/" in t:
        _share_units(t, readings)
    if RATE_WORD in t:
        name_rates(t, readings)  # 원/달러 환율은 1,385.6원: the figures of a named rate
    figures: list[Figure] = []
    memo = Memo({}, {}, {})  # what the document's table rows, heads and cells were found to be
    last: Reading | None = None
    last_index: int | None = None
    for r in readings:
        if bullets and t[r.start] == "△":
            if r.sign == -1:
                r = r._replace(start=r.num_start, low=-r.high, high=-r.low, sign=1)
            elif r.bound is Bound.RANGE and r.low < 0 and -r.low <= r.high:
                r = r._replace(start=r.num_start, low=-r.low)  # △1백~3백가구: the bullet took the first end
        labels = None
        if tables:
            if table_at(tables, r.start, header=True) is not None:
                continue  # the header itself: (단위: 억원)
            labels = flat.get(r.start) or cell_labels(t, r, tables, memo)
        if r.kind is None and not r.has_scale:  # a bare number
            cell = table_scale(t, r, tables, memo) if tables else None
            unit_scale = cell[0] if cell is not None else explicit
            if unit_scale is not None:
                r = apply_scale(r, unit_scale)
                if cell is not None and cell[1]:  # (12,300): an accounting negative
                    r = r._replace(start=r.start - 1, end=r.end + 1, low=-r.high, high=-r.low, sign=-1)
            elif not numbers:
                continue
        fig = to_figure(r, text, default_currency=default_currency)
        if fig is None:
            continue
        if labels is not None:
            set_fresh(fig, row=labels[0], column=labels[1])
        if last_index is not None and r.kind is Kind.MONEY and last is not None and _is_equivalent(t, last, r):
            set_fresh(fig, equivalent_of=last_index)
        last = r
        if fig.kind not in wanted:
            last_index = None
            continue
        figures.append(fig)
        last_index = len(figures) - 1
    return figures


def _is_equivalent(t: str, first: Reading, second: Reading) -> bool:
    """약 230억달러(약 25조원): money in parentheses right after money restates it."""
    return (
        first.kind is Kind.MONEY
        and second.kind is Kind.MONEY
        and t[first.end : second.start].strip() == "("
        and t[second.end : second.end + 1] == ")"
        and first.currency != second.currency
    )
