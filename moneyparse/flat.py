"""Flattened tables: a table's rows as running lines, one space between the cells.

Text renderings of IR pages, news and disclosures lose a table's grid and keep its words
in order: a unit line, a line of column heads, and rows of a label and amounts::

    (단위 : 백만원)
    구분 제 10기 제 9기 제 8기
    매출액 1,234,567 2,345,678 3,456,789
    영업이익 123,456 (234,567) 345,678

or a results list that names its columns once with circled numbers::

    ①매출액 ②영업이익 ③순이익 (단위:억원, %)
    가나전자 =①1,234(12.3) ②-567(적자전환) ③890(-5.1)

:func:`read_flat` reads both under a ``(단위: …)`` header that :mod:`moneyparse.tables`
found, on the lines that have no cell separator of their own (a bar, a tab, two spaces:
those are :mod:`moneyparse.tables`'s). It reads no running text.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from moneyparse.errors import ParseError
from moneyparse.figure import Kind
from moneyparse.grammar import Reading, Unit, lexicon
from moneyparse.lexicon.tables import CORNER_HEADS, ID_ENDINGS, ID_HEADS, RATES_IN_MONEY, SHARES_COUNTER
from moneyparse.tables import UNIT_IN_LABEL, YEAR, counts_shares, header_words, scale_of, table_at

# Figure.row and Figure.column of a flattened table's figures, by where each starts.
Labels = dict[int, tuple[str | None, str | None]]
_Unit = tuple[Decimal, str]

# One cell of a flattened row: an amount as a filing writes it (1,234,567; -47.4;
# (234,567), an accounting negative; △12; 5.1%), or a dash for an empty cell. A number
# with a leading zero (010, 005930) is a code or a phone number, no cell.
_NUMBER: Final = r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*|0)(?:\.[0-9]+)?"
_CELL: Final = re.compile(rf"(?P<open>\()?(?P<sign>[-−△+])?(?P<num>{_NUMBER})(?(open)\))(?P<pct>%)?|[-–—]")
_SEPARATOR: Final = re.compile(r"[|\t]| {2,}")  # a line of cells that moneyparse.tables reads
_TOKEN: Final = re.compile(r"\S+")
_LETTER: Final = re.compile(r"[^\W\d_]")
# A line that may name columns: no sentence (an end, a colon), no note (※ 연결기준), no
# section mark ([연결]), no unit header, no circled names; it then names columns where it
# splits into as many heads as a row under it has cells.
_HEADS_LINE: Final = re.compile(r"(?![※*#\[<(])(?!.*(?:단위|[:：]))[^①-⑳\n]*(?<![.다])")
_MAX_LABEL_WORDS: Final = 4  # a row label is a few words ((1) 현금 및 현금성자산); more make a sentence

# Heads that join the next word (제 10기) and words that join the head before them: a
# unit or a note in parentheses (증감비율 (%)), a part of a period after a year or a
# term (2024년 3분기, 제 10기 반기, FY2024 1Q).
_PERIOD: Final = re.compile(r"(?:FY)?'?[0-9]{2,4}년?|제 ?[0-9]+ ?기")
_PART: Final = re.compile(r"[1-4](?:분기|Q)|[0-9]{1,2}월(?:말)?|[상하]?반기|말|연간|누적")
_JOINS_BEFORE: Final = frozenset({"기", "期", "년", "분기", "반기", "%", "말"})
# Marks of a rate in a head or a label: its numbers are percents (증감률, 증감비율(%), 비중).
_PERCENT_MARKS: Final = ("%", "률", "율", "비중")
_CIRCLED: Final = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CIRCLED_NAME: Final = re.compile(rf"([{_CIRCLED}])\s*([^{_CIRCLED}()\n]*[^{_CIRCLED}()\s])")
_CIRCLED_ITEM: Final = re.compile(
    rf"([{_CIRCLED}])\s*(?P<sign>[-−△+])?(?P<num>{_NUMBER})(?:\s*\(\s*(?:(?P<csign>[-−△+])?(?P<chg>{_NUMBER})%?|[^()\n{_CIRCLED}]*)\s*\))?"
)
# The column of a circled column's change: "매출액 증감률".
CHANGE_SUFFIX: Final = " 증감률"


def read_flat(
    t: str, tables: list[tuple[int, int, int, _Unit | None]], readings: list[Reading]
) -> tuple[list[Reading], Labels]:
    """*readings* with the figures of flattened tables in place of what the walk read
    there, and the row label and column head of each, by where it starts."""
    found: list[Reading] = []
    labels: Labels = {}
    for i, (start, end, stop, unit) in enumerate(tables):
        if i + 1 < len(tables):
            stop = min(stop, tables[i + 1][0])  # the next header ends the table
        words = header_words(t[start:end]) or []
        percent = "%" in words
        rates = bool(words) and all(w == "%" for w in words)  # (단위: %): every cell a percent
        line_start = t.rfind("\n", 0, start) + 1
        _read_circled(t, line_start, start, end, stop, unit, percent, found, labels)
        _read_rows(t, end, stop, unit, rates, found, labels)
    if not found:
        return readings, labels
    found.sort(key=_start)
    starts = [f.start for f in found]
    kept = [r for r in readings if not _overlaps(found, starts, r)]
    return sorted(kept + found, key=_start), labels


def _start(r: Reading) -> int:
    return r.start


def _overlaps(found: list[Reading], starts: list[int], r: Reading) -> bool:
    """True when *r* overlaps one of *found* (sorted, apart, so their ends rise too): the
    last that starts before *r* ends is the one that may."""
    i = bisect_left(starts, r.end) - 1
    return i >= 0 and found[i].end > r.start


def _percent_unit() -> Unit:
    hit = lexicon().units.at("%", 0)
    assert hit is not None  # % is the lexicon's
    return hit[1]


def _reading(t: str, m: re.Match[str], group: str, sign_group: str, kind: Kind, unit: _Unit | None) -> Reading | None:
    """The reading of the number in *m*'s *group*: money in *unit*, or a percent."""
    if m.group(group) is None:
        return None
    value, start, end = _signed(m, group, sign_group)
    if m.groupdict().get("pct"):
        kind, end = Kind.PERCENT, m.end()
    if kind is Kind.PERCENT:
        return Reading(start, end, m.start(group), kind, value, value, unit=_percent_unit(), has_scale=True)
    if unit is None:
        return None
    factor, currency = unit
    amount = value * factor
    return Reading(start, end, m.start(group), Kind.MONEY, amount, amount, currency=currency, has_scale=True)


def _signed(m: re.Match[str], group: str, sign_group: str) -> tuple[Decimal, int, int]:
    """The number in *m*'s *group* with its sign, and its span: a sign written before it
    (-47.4, △12) or the parentheses of an accounting negative around it ((234,567))."""
    value = Decimal(m.group(group).replace(",", ""))
    start, end = m.span(group)
    sign = m.group(sign_group)
    if sign is not None and sign != "+":
        value = -value
        start -= 1
    if group == "num" and m.groupdict().get("open"):
        value, start, end = -value, m.start(), m.end("num") + 1  # (234,567): an accounting negative
    return value, start, end


def _says(words: str | None) -> str | None:
    """What a row label or a column head says of its numbers: "percent" (a rate: 증감률,
    증감비율(%), 비중), "none" (ids, ranks, dates: 순위, 코드, 일자; multiples: PER(배)),
    a unit of money of its own (EPS(원)) as "money:<word>", or None (the table's unit).
    증감, 증감액 and 증감금액 are changes in the table's unit, money."""
    if not words:
        return None
    bare = UNIT_IN_LABEL.sub("", words).strip()
    if bare in ID_HEADS or bare.endswith(ID_ENDINGS):
        return "none"
    if any(mark in words for mark in _PERCENT_MARKS) and not any(w in words for w in RATES_IN_MONEY):
        return "percent"
    if words.endswith(("배", "(배)")):
        return "none"
    own = UNIT_IN_LABEL.search(words)
    if own is not None:
        with contextlib.suppress(ParseError, ValueError):
            scale_of(own.group(1), None)
            return "money:" + own.group(1)
        hit = lexicon().units.at(own.group(1), 0)
        if hit is not None and hit[0] == own.group(1):
            return "none"  # 직원 수(명): a count, not this table's money
    return None


def _cell_kind(
    label: str | None, head: str | None, unit: _Unit | None, rates: bool
) -> tuple[Kind, _Unit | None] | None:
    """The kind and unit of a cell from its row label and column head, or None (no figure).
    A rate in either makes a percent; an id in either no figure; a unit of the row's
    own, else the column's, else the table's (a percent in a table of rates)."""
    said = [_says(label), _says(head)]
    if "percent" in said:
        return Kind.PERCENT, None
    if "none" in said:
        return None
    for s in said:
        if s is not None and s.startswith("money:"):
            return Kind.MONEY, scale_of(s[6:], None)
    if rates:
        return Kind.PERCENT, None
    return (Kind.MONEY, unit) if unit is not None else None


_SENTENCE_ENDS: Final = (".", "다")  # what ends a line of prose, never a row or a line of heads


def _read_rows(
    t: str, pos: int, stop: int, unit: _Unit | None, rates: bool, found: list[Reading], labels: Labels
) -> None:
    """The rows of a flattened table between *pos* and *stop*: a label of words and two
    amounts or more, under the last line of heads that splits into as many columns. Under
    a header with no money (단위: 주, 원) only the rate columns are read; under (단위: %)
    every cell is a percent."""
    heads: list[str] | None = None
    while pos < stop:
        end = t.find("\n", pos, stop)
        end = stop if end == -1 else end
        line_start, pos = pos, end + 1
        line = t[line_start:end]
        if not line.strip() or line.rstrip().endswith(_SENTENCE_ENDS):
            continue  # a blank line, or a sentence of prose under the header (…늘었다.)
        tokens = [(m.start() + line_start, m.group()) for m in _TOKEN.finditer(line)]
        cells = _trailing_cells(tokens)
        if _SEPARATOR.search(line.strip()):
            # moneyparse.tables's row; a line of heads aligned with spaces (구분    2024년
            # 2023년) may still head flattened rows under it
            if "|" not in line and "\t" not in line and all(YEAR.fullmatch(w) for _, w in cells):
                heads = [w for _, w in tokens] if _HEADS_LINE.fullmatch(line.strip()) else heads
            continue
        label_words = [w for _, w in tokens[: len(tokens) - len(cells)]]
        is_row = (
            len(cells) >= 2
            and 0 < len(label_words) <= _MAX_LABEL_WORDS
            and any(_LETTER.search(w) for w in label_words)
            and not any(w.isdigit() for w in label_words)  # 휴대전화 010 1234 5678
            and not label_words[-1].endswith(("다", "."))  # a sentence: 목표로 잡았다 3 5
            and any(c[1][-1].isdigit() or c[1][-1] in "%)" for c in cells)
            and not all(YEAR.fullmatch(w) for _, w in cells)
        )
        if not is_row:
            if _HEADS_LINE.fullmatch(line.strip()):
                heads = [w for _, w in tokens]  # the latest line of heads (구분 제 10기 제 9기)
            continue
        names = _split_heads(heads, len(cells)) if heads is not None else None
        if names is None:
            continue  # no heads that name these columns: a sentence, or a list of numbers
        label = " ".join(label_words)
        for (at, word), head in zip(cells, names, strict=True):
            m = _CELL.fullmatch(t, at, at + len(word))
            assert m is not None  # _trailing_cells took only cells
            cell = _cell_kind(label, head, unit, rates)
            if cell is None or m.group("num") is None:
                continue
            r = _reading(t, m, "num", "sign", *cell)
            if r is not None:
                found.append(r)
                labels[r.start] = (label, head)


def _trailing_cells(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The cells at the end of a line's words: amounts and dashes."""
    i = len(tokens)
    while i > 0 and _CELL.fullmatch(tokens[i - 1][1]):
        i -= 1
    return tokens[i:]


def _glue(words: list[str]) -> list[str]:
    """A line of heads as its heads: 제 10기 is one, so is 2024년 3분기 and 증감비율 (%)."""
    out: list[str] = []
    join_next = False
    for w in words:
        if out and (
            join_next or w in _JOINS_BEFORE or w.startswith("(") or (_PART.fullmatch(w) and _PERIOD.fullmatch(out[-1]))
        ):
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
        join_next = w == "제" or (out[-1].startswith("제 ") and out[-1][2:].isdigit())
    return out


def _split_heads(words: list[str], n: int) -> list[str] | None:
    """The names of the last *n* columns in a line of heads, or None where it names fewer:
    the words before them (구분, 과목) head the labels."""
    heads = _glue(words)
    if heads and heads[0] in CORNER_HEADS:
        heads = heads[1:]
    if len(heads) < n:
        return None
    return heads[len(heads) - n :]


def _read_circled(
    t: str,
    line_start: int,
    start: int,
    end: int,
    stop: int,
    unit: _Unit | None,
    percent: bool,
    found: list[Reading],
    labels: Labels,
) -> None:
    """A results list: columns named once with circled numbers on the header's line or
    the line after it (①매출액 ②영업이익 (단위:억원, %)), then items (가나전자 =①1,234(12.3)
    ②-567(적자전환)). A circled number's amount is money in the header's unit; the number
    in parentheses after it, where the header lists %, its change in percent, in the
    column "<name> 증감률". Words in the parentheses (적자전환, 흑자전환) are no figures."""
    names = dict(_CIRCLED_NAME.findall(t, line_start, start))
    body = end
    if not names:  # the names on the line after the header
        first_end = t.find("\n", end, stop)
        first_end = stop if first_end == -1 else first_end
        nxt = t.find("\n", first_end + 1, stop) if first_end < stop else -1
        nxt = stop if nxt == -1 else nxt
        line = t[first_end + 1 : nxt] if t[end:first_end].strip() == "" else t[end:first_end]
        if not any("0" <= ch <= "9" for ch in line):  # (① is a digit to str.isdigit)
            names = dict(_CIRCLED_NAME.findall(line))
    if not names:
        return
    label: str | None = None
    item_start = body
    for m in _CIRCLED_ITEM.finditer(t, body, stop):
        name = names.get(m.group(1))
        if name is None:
            continue
        gap = t[item_start : m.start()]
        words = gap[gap.rfind("\n") + 1 :].strip(" =:,·/-")
        if words or "\n" in gap:
            label = words or None  # a new item; ② after ① in the same item keeps its label
        r = _reading(t, m, "num", "sign", Kind.MONEY, unit)
        if r is not None:
            found.append(r)
            labels[r.start] = (label, name)
        if percent:
            c = _reading(t, m, "chg", "csign", Kind.PERCENT, None)
            if c is not None:
                found.append(c)
                labels[c.start] = (label, name + CHANGE_SUFFIX)
        item_start = m.end()


# A label that names its row's unit in brackets, then the row's cells on the same line:
# 배당금총액(원) | 2,310,646,500, 1주당 배당금 (원) 5,000 - 6,500, 시가배당율(%) | 보통주식 | 1.6.
# The bracket is closed by a cell separator (a bar, a tab, a space), so 배당금(원)은 and
# '배당금(원)' in a sentence are no such label.
_LABELLED: Final = re.compile(r"\(\s*(?P<unit>[^()\s0-9]{1,6})\s*\)(?=[ \t|])")
_ROW_CELL: Final = re.compile(r"[^|\t ]+")
_ITEM_NUMBER: Final = re.compile(r"(?:[0-9]{1,2}|[가-하])\.\s+")  # 3. 1주당 배당금(원), 가. 확정가액(원)


class _RowUnit(NamedTuple):
    """What a row's bracket names: the kind, the unit (None for money), the currency, and
    what a cell counts of it (백만원: 1000000)."""

    kind: Kind
    unit: Unit | None
    currency: str | None
    factor: Decimal


# An amount cell of a row or a column that names its unit: its start and end, the row's
# label, the column's head, the unit.
HeadedCell = tuple[int, int, str | None, str | None, _RowUnit]


def labelled_cells(t: str, tables: list[tuple[int, int, int, _Unit | None]]) -> list[HeadedCell]:
    """The amounts of the rows that name their own unit outside any unit header's table:
    (the cell's start and end, the label as written, no column, the unit). A row's cells are
    amounts (2,580; (52,770); -), figures with their unit written, and words (보통주식)
    where bars or tabs part them; one amount at the least, and nothing else (a sentence is
    no row)."""
    if "(" not in t:
        return []
    labels = [(m, unit) for m in _LABELLED.finditer(t) if (unit := _label_unit(m.group("unit"))) is not None]
    out: list[HeadedCell] = []
    since = 0  # where the label before ended its row: no label reaches back past it
    for i, (m, unit) in enumerate(labels):
        # the row runs to the line's end, or to the next label's cell on the same line (배당금(원)
        # | 450 | 시가배당률(%) | 1.6); each search stops at the next label, so a long line
        # of labelled cells is read in one pass
        following = labels[i + 1][0].start() if i + 1 < len(labels) else len(t)
        line_end = t.find("\n", m.end(), following)
        if line_end == -1:
            line_end = max(m.end(), _word_start(t, following)) if following < len(t) else len(t)
        label_from, since = since, line_end
        if table_at(tables, m.start(), header=False) is not None or table_at(tables, m.start(), header=True):
            continue  # a table's own row: moneyparse.tables and read_flat read it
        amounts = _row_amounts(t, m.end(), line_end)
        if not amounts:
            continue
        edge = max(t.rfind(mark, label_from, m.start()) for mark in "|\t\n") + 1
        label = _ITEM_NUMBER.sub("", t[max(edge, label_from) : m.end()].strip(" \t|"), count=1)
        bare = UNIT_IN_LABEL.sub("", label).strip()
        if bare in ID_HEADS or bare.endswith(ID_ENDINGS):
            continue  # 종목코드(주): an id, no amount
        if m.group("unit") == SHARES_COUNTER and not counts_shares(bare):
            continue  # 삼성전자(주): (주) after a name is 주식회사, a company, not shares
        out.extend((start, end, label, None, unit) for start, end in amounts)
    return out


def _word_start(t: str, pos: int) -> int:
    """Where the cell or word that holds *pos* begins: after the bar, tab or space before it."""
    start = pos
    while start > 0 and t[start - 1] not in " \t|\n":
        start -= 1
    return start


@lru_cache(maxsize=1024)
def _label_unit(word: str) -> _RowUnit | None:
    """The unit a label's bracket names: money (원, 백만원), a percent, a count or a
    quantity of the lexicon (주, 명, 톤, 배); ``None`` for anything else (주1, 연결)."""
    with contextlib.suppress(ParseError, ValueError):
        factor, currency = scale_of(word, None)
        return _RowUnit(Kind.MONEY, None, currency, factor)
    hit = lexicon().units.at(word, 0)
    if hit is None or hit[0] != word or hit[1].kind in (None, Kind.MONEY) or hit[1].power:
        return None
    return _RowUnit(hit[1].kind, hit[1], None, Decimal(1))


def _row_amounts(t: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The spans of the bare amounts in the rest of a labelled row, from *pos* to *end*, or
    none where it holds anything but cells (a sentence)."""
    parted = "|" in t[pos:end] or "\t" in t[pos:end]
    amounts: list[tuple[int, int]] = []
    for m in _ROW_CELL.finditer(t, pos, end):
        cell = _CELL.fullmatch(t, m.start(), m.end())
        if cell is not None:
            if cell.group("num") is not None and not cell.group("pct"):
                amounts.append(m.span())  # not a dash, nor a figure with its unit (6.00%)
        elif any("0" <= ch <= "9" for ch in m.group()):
            return []  # 1,234로, 3분기, 5,000원: a word with digits, prose
        elif not parted:
            return []  # words parted by single spaces: a sentence
    return amounts


# A table drawn with bars under no unit header whose column heads name their units in
# brackets, the unit last there (│ │ 당일(오후ㆍ%) │ 전일(%) │ 전일대비(bp) │): the amounts
# under such a head are figures in its unit, the row's first cell of words the label.
_HEAD_UNIT: Final = re.compile(r"\(([^()]{1,16})\)\s*$")
_HEAD_UNIT_PARTS: Final = re.compile(r"[ㆍ·,/ ]+")


def headed_cells(t: str, tables: list[tuple[int, int, int, _Unit | None]]) -> list[HeadedCell]:
    """The amounts of bar tables outside any unit header whose heads name their units: (the
    cell's start and end, the row's label, the column's head, the unit). A line of bars whose
    cells hold no amount and name a unit in one head at the least is the heads; the rows of
    bars after it, up to a line with none, are its body, aligned on the right. Only lines
    that a pattern finds holding a bracket before a bar are looked at as heads."""
    out: list[HeadedCell] = []
    n = len(t)
    pos = 0
    for candidate in _HEAD_ROW.finditer(t):
        if candidate.start() < pos:
            continue  # inside a body read already
        pos = candidate.start()
        heads: list[tuple[str, _RowUnit | None]] | None = None
        while pos < n:
            end = t.find("\n", pos)
            end = n if end == -1 else end
            line_start, pos = pos, end + 1
            cells = _bar_cells(t, line_start, end)
            if cells is None or table_at(tables, line_start, header=False) is not None:
                break  # not a row of bars, or a unit header's table (moneyparse.tables reads it)
            if heads is not None and all(_RULE.fullmatch(t, s, e) for s, e in cells):
                continue  # |---|---|: the rule under a Markdown table's heads
            amounts = [_CELL.fullmatch(t, s, e) for s, e in cells]
            if not any(a is not None and a.group("num") is not None for a in amounts):
                named = [(t[s:e], _head_unit(t[s:e])) for s, e in cells]
                heads = named if any(unit is not None for _, unit in named) else None
                continue
            if heads is None:
                break
            offset = len(heads) - len(cells)
            label = next((t[s:e] for (s, e), a in zip(cells, amounts, strict=True) if a is None and s < e), None)
            for j, ((s, e), a) in enumerate(zip(cells, amounts, strict=True)):
                if a is None or a.group("num") is None or a.group("pct") or not 0 <= j + offset < len(heads):
                    continue
                head, unit = heads[j + offset]
                if unit is not None:
                    out.append((s, e, label, head, unit))
    return out


_RULE: Final = re.compile(r"[-:=+ ]+")  # a cell of a rule line under heads (|---|:--:|)
# A line of bars with a bracket closed before a bar: a row of heads that may name units.
_HEAD_ROW: Final = re.compile(r"^[ \t]*\|[^\n]*?\)[ \t]*\|", re.MULTILINE)


def _bar_cells(t: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of a line parted by bars (its text between them, spaces stripped), or
    ``None`` where the line does not open with a bar."""
    first = start
    while first < end and t[first] in " \t":
        first += 1
    if first >= end or t[first] != "|":
        return None
    cells: list[tuple[int, int]] = []
    at = first + 1
    while at <= end:
        bar = t.find("|", at, end)
        stop = end if bar == -1 else bar
        s, e = at, stop
        while s < e and t[s] in " \t":
            s += 1
        while e > s and t[e - 1] in " \t\r":
            e -= 1
        if bar != -1 or s < e:
            cells.append((s, e))
        if bar == -1:
            break
        at = bar + 1
    return cells


def _head_unit(head: str) -> _RowUnit | None:
    """The unit a column head names last in its brackets: 전일(%), 당일(오후ㆍ%), 전일대비(bp)."""
    m = _HEAD_UNIT.search(head)
    if m is None:
        return None
    word = _HEAD_UNIT_PARTS.split(m.group(1).strip())[-1]
    return _label_unit(word) if word else None


def read_labelled(t: str, cells: list[HeadedCell], readings: list[Reading]) -> tuple[list[Reading], Labels]:
    """*readings* with the amounts of the rows and columns that name their unit in place of
    what the walk read there (a bare number, or 100 - 100 read as a range), and the label
    and head of each. A cell listed twice keeps its first: a row's own unit, listed before
    the columns', goes before its column's."""
    found: list[Reading] = []
    labels: Labels = {}
    for s, e, row, head, unit in cells:
        cell = _CELL.fullmatch(t, s, e)
        assert cell is not None  # the cells are amounts
        r = _labelled_reading(cell, unit)
        if r.start not in labels:
            found.append(r)
            labels[r.start] = (row, head)
    found.sort(key=_start)
    if not found:
        return readings, labels
    starts = [f.start for f in found]
    kept = [r for r in readings if not _overlaps(found, starts, r)]
    return sorted(kept + found, key=_start), labels


def _labelled_reading(m: re.Match[str], unit: _RowUnit) -> Reading:
    """The amount in the cell *m*, in the row's *unit*: money, a percent, a count."""
    value, start, end = _signed(m, "num", "sign")
    value = value * unit.factor
    return Reading(
        start,
        end,
        m.start("num"),
        unit.kind,
        value,
        value,
        unit=unit.unit,
        currency=unit.currency,
        has_scale=unit.factor != 1,  # 12,340 (백만원) is scaled and written plain; 1.0 (%) keeps its place
    )
