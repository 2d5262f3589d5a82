"""``extract``: every figure in running text.

:func:`walk` folds nothing itself: it walks the folded text's anchors (the scanner's),
skips the common non-figures with the shortcuts of :mod:`moneyparse.shortcuts` (2024년,
3월, 이번), hands each anchor to the
fast lane or the full grammar (:mod:`moneyparse.grammar`) and asks for a range after it.
:func:`extract` then reads the context that spans figures: a parenthesised equivalent,
a unit shared across a list (1,200억·800억원), two bounds that make one range, a △ used
as a bullet, URLs and e-mail addresses, and asks :mod:`moneyparse.tables` about the
bare numbers under a ``(단위: 억원)`` header. How one figure is read is the grammar's,
not this module's; :mod:`moneyparse.parser` reads one figure alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from decimal import Decimal, localcontext
from typing import Final

from moneyparse.figure import Bound, Figure, Kind, set_fresh
from moneyparse.flat import headed_cells, labelled_cells, read_flat, read_labelled
from moneyparse.fx import RATE_WORD, name_rates
from moneyparse.grammar import (
    Reading,
    Skip,
    comma_glued,
    may_range,
    read_at,
    read_common,
    read_range,
    to_figure,
)
from moneyparse.lexicon.markers import MONEY_LABELS, RANGE_WORDS, RESPECTIVELY, TOPIC_PARTICLES
from moneyparse.lexicon.scales import MYRIAD_SCALE_CHARS
from moneyparse.normalize import fold_width
from moneyparse.scanner import (
    ANCHOR,
    DIGIT_CHARS,
    HANGUL,
    digits_end,
    space_before,
)
from moneyparse.shortcuts import (
    _NOT_COMMON_AFTER,
    _PLAIN_BEFORE,
    _date_or_ordinal,
    _not_a_figure,
    _ordinary_word,
    _shortcut_anchor,
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
from moneyparse.value import EXACT

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
_URL_PATTERN: Final = r"(?:https?://|www\.)[^\s<>\"'()\[\]]+"
_EMAIL_PATTERN: Final = r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
_ADDRESS: Final = re.compile(f"{_URL_PATTERN}|{_EMAIL_PATTERN}")
# The URLs alone: their literal first letters let the engine skip to the candidates.
_URL: Final = re.compile(_URL_PATTERN)


def _hidden(t: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses in *t* (looked for only when one may be there;
    the e-mail part, which no literal begins, only where an @ is)."""
    if "@" in t:
        return [m.span() for m in _ADDRESS.finditer(t)]
    if "://" not in t and "www." not in t:
        return []
    return [m.span() for m in _URL.finditer(t)]


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
                # at a digit the anchor's match has read the number (COMMON_NUMBER's, from its
                # second digit on): one search for the shortcut and the fast lane
                if before in _PLAIN_BEFORE and m.group(1) is not None:
                    end = m.end()
                    quick = _date_or_ordinal(t, end) if keep_bare else _not_a_figure(t, a, end)
                    if quick:
                        pos = quick  # 2024년, 3월: the common cases, skipped without the grammar
                        continue
                if before not in _NOT_COMMON_AFTER and not (before in "+-" and a > 1 and t[a - 2] == "^"):
                    got = read_common(t, a, m, keep_bare=keep_bare)  # 230억달러, (35.47%): the fast lane
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
        pos = got.end if got.end > a else a + 1  # (max() costs a call, once a figure)
    return out


def _first_is_final(out: list[Reading]) -> bool:
    """True when nothing read later can change ``out[0]``: a later reading only merges
    with the last one (two bounds) or drops it when it is bare (a number inside the next
    figure's rate word), so the first is final once a reading that is not bare follows
    it, or two readings do."""
    return len(out) >= 3 or (len(out) == 2 and out[1].kind is not None)


def _share_units(t: str, readings: list[Reading]) -> None:
    """1,200억·800억원, 19조·20조·21조원, 27만→30만원, 12만/8만원, 각각 1299억, 1002억 원:
    amounts listed with a middle dot (an arrow, from one to the next; a slash, a pair such
    as a high and a low; commas after 각각) and the unit written once, at the end, all take it.
    Only a number closed by a myriad scale word takes it (5천만·6천만원), since 5천·6천만원
    could mean 5천 as well as 5천만. With a label after the dot only money is shared, and
    only where the first amount's label names an amount of money (매출 3,210억·영업익
    420억원); in 가입자 500만·매출 1조원 the items measure different things."""
    listed = _respectively(t, readings) if RESPECTIVELY in t else []
    for i in range(len(readings) - 2, -1, -1):
        r, nxt = readings[i], readings[i + 1]
        if (
            _myriad_closed(t, r)
            and (
                (t[r.end] in "·→/" and (nxt.start == r.end + 1 or _labelled_amounts(t, r, nxt)))
                or (t.startswith(", ", r.end) and nxt.start == r.end + 2 and bool(listed) and listed[i])
            )
            and nxt.kind is not None
            and nxt.unit is not None
            and nxt.unit.power == 0
            and not nxt.unit.counter
        ):
            readings[i] = r._replace(kind=nxt.kind, unit=nxt.unit, currency=nxt.currency)


def _myriad_closed(t: str, r: Reading) -> bool:
    """*r* is a bare number closed by a myriad scale word, with nothing after it (5천만, 1,200억)."""
    return (
        r.kind is None
        and r.point
        and r.number is not None
        and r.number.has_myriad
        and t[r.number.end - 1] in MYRIAD_SCALE_CHARS
        and r.end == r.number.end
    )


def _respectively(t: str, readings: list[Reading]) -> list[bool]:
    """For each reading, whether it stands in a list of amounts parted by commas whose first
    stands after 각각 ("respectively": 각각 1299억, 1002억 원), so that the unit written once at
    its end is each one's. Without 각각 a comma may part two things (가입자 500만, 매출 1조원)
    and nothing is shared. One pass: each list's first reading is found once."""
    out: list[bool] = []
    opens = False
    for k, r in enumerate(readings):
        before = readings[k - 1] if k else None
        if before is None or not (_myriad_closed(t, before) and t[before.end : r.start] == ", "):
            # a list starts here: does 각각 open it, after subjects that are amounts of money?
            at = r.start - len(RESPECTIVELY) - 1
            opens = t.endswith(RESPECTIVELY + " ", 0, r.start) and _money_subjects(t, at)
        out.append(opens)
    return out


def _money_subjects(t: str, end: int) -> bool:
    """개인과 기관은 각각, 매출과 영업이익은 각각: each subject joined before 각각 (ending at
    *end*) is a word for an amount of money (MONEY_LABELS); 가입자 수와 매출액은 각각 joins
    a count to an amount, and nothing is shared."""
    start = max(t.rfind(mark, 0, end) for mark in ".\n,") + 1
    phrase = t[start:end].strip()
    if phrase[-1:] in TOPIC_PARTICLES:
        phrase = phrase[:-1]
    subjects = [part.strip() for part in _JOINED.split(phrase)]
    return all(subject.endswith(MONEY_LABELS) for subject in subjects if subject) and any(subjects)


# What joins the subjects before 각각: 과/와 after a word, 및, a middle dot.
_JOINED: Final = re.compile(r"(?<=[가-힣])[과와](?= )|\s및\s|·")


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
    """100 이상, 300 이하 (or the other way round, or 84㎡ 이상~85㎡ 이하): two closed bounds
    of one thing make a closed range. Two open ones (10 초과, 20 미만) stay two figures: a Figure has no
    open-ended range. 에서 or 부터 may join them when the second has its marker before
    it (최소 10명에서 최대 20명), as a comma does."""
    if {first.bound, second.bound} != {Bound.GE, Bound.LE} or not (first.point and second.point):
        return None
    if (first.kind, first.unit, first.currency) != (second.kind, second.unit, second.currency):
        return None
    gap = t[first.end : second.start].strip()
    if gap not in ("", ",", "~") and not (gap in RANGE_WORDS and second.start < second.num_start):
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
    if "(" in t:
        # 배당금총액(원) | 2,310,646,500; | 당일(%) | … under heads: rows and columns that name their unit
        cells = labelled_cells(t, tables) + (headed_cells(t, tables) if "|" in t else [])
        if cells:
            readings, own = read_labelled(t, cells, readings)
            flat.update(own)
    bullets = "△" in t and _bullets(t)
    if "·" in t or "→" in t or "/" in t or RESPECTIVELY in t:
        _share_units(t, readings)
    if RATE_WORD in t:
        name_rates(t, readings)  # 원/달러 환율은 1,385.6원: the figures of a named rate
    figures: list[Figure] = []
    memo = Memo({}, {}, {}) if tables else _NO_MEMO  # what the table rows, heads and cells were found to be
    last: Reading | None = None
    last_index: int | None = None
    for r in readings:
        if bullets and t[r.start] == "△":
            if r.sign == -1:
                r = r._replace(start=r.num_start, low=-r.high, high=-r.low, sign=1)
            elif r.bound is Bound.RANGE and r.low < 0 and -r.low <= r.high:
                r = r._replace(start=r.num_start, low=-r.low)  # △1백~3백가구: the bullet took the first end
        labels = flat.get(r.start) if flat else None
        if tables:
            if table_at(tables, r.start, header=True) is not None:
                continue  # the header itself: (단위: 억원)
            labels = labels or cell_labels(t, r, tables, memo)
        if r.kind is None and not r.has_scale:  # a bare number
            cell = table_scale(t, r, tables, memo) if tables else None
            unit_scale = cell[0] if cell is not None else explicit
            if unit_scale is not None:
                r = apply_scale(r, unit_scale)
                if cell is not None and cell[1]:  # (12,300): an accounting negative
                    r = r._replace(start=r.start - 1, end=r.end + 1, low=-r.high, high=-r.low, sign=-1)
            elif not numbers:
                continue
        fig = to_figure(r, text, default_currency)
        if fig is None:
            continue
        if labels is not None:
            set_fresh(fig, row=labels[0], column=labels[1])
        if (
            last_index is not None
            and r.kind is Kind.MONEY
            and t[r.start - 1 : r.start] in _BEFORE_EQUIVALENT
            and last is not None
            and _is_equivalent(t, last, r)
        ):
            set_fresh(fig, equivalent_of=last_index)
        last = r
        if fig.kind not in wanted:
            last_index = None
            continue
        figures.append(fig)
        last_index = len(figures) - 1
    return figures


# What stands right before a restated amount: its bracket, or white space after it.
_BEFORE_EQUIVALENT: Final = ("(", " ", "\n", "\t", "\r")
_NO_MEMO: Final = Memo({}, {}, {})  # never written: a document with no table asks nothing of it


def _is_equivalent(t: str, first: Reading, second: Reading) -> bool:
    """약 230억달러(약 25조원): money in parentheses right after money restates it."""
    return (
        first.kind is Kind.MONEY
        and second.kind is Kind.MONEY
        and t[first.end : second.start].strip() == "("
        and t[second.end : second.end + 1] == ")"
        and first.currency != second.currency
    )
