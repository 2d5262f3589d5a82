"""Tables in text: a ``(단위: 억원)`` header and the rows and columns under it.

:func:`find_tables` finds each unit header and the table it heads (up to a blank line);
:func:`table_scale` decides what a bare number in a cell is: scaled by the header, by its
column's head or its row's label with a unit of its own (EPS(원), 비중(%)), or left bare
(ranks, codes, years, rates); and whether it is an accounting negative ((12,300)). The
words of heads and labels are data in :mod:`moneyparse.lexicon.tables`.
:func:`scale_of` reads a ``scale=`` argument or a header's unit. It reads no running text:
:mod:`moneyparse.extract` walks the text and asks.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from typing import Final, NamedTuple

from moneyparse.errors import ParseError
from moneyparse.figure import Kind
from moneyparse.grammar import Reading, Skip, lexicon, read_at
from moneyparse.lexicon.markers import CHANGE_LABEL_FORMS
from moneyparse.lexicon.tables import (
    COMPANY_COUNT_HEADS,
    COUNT_ENDING,
    HEADCOUNT_HEADS,
    ID_ENDINGS,
    ID_HEADS,
    QUANTITY_HEADS,
    RATE_ADJECTIVES,
    RATE_HEAD,
    RATES_IN_MONEY,
    RATIO_MARKS,
    SHARES_COUNTER,
    SHARES_WORD,
)
from moneyparse.normalize import fold_width
from moneyparse.scanner import DIGIT_CHARS

AFTER_ALL: Final = 1 << 62  # sorts after every end, so (pos, AFTER_ALL) follows (pos, end)


_BLANK_LINE = re.compile(r"\n\n")
YEAR: Final = re.compile(r"(?:19|20)[0-9]{2}")  # a year in a cell or a head: 2024
UNIT_IN_LABEL: Final = re.compile(r"\(\s*([^()\s]{1,6})\s*\)\s*$")  # EPS(원), 직원 수(명)

# A table header: (단위: 억원), [단위 : 백만원, %], (단위 : 억원 / 기준 : IFRS), or a line
# or a bar cell that opens with 단위 : 백만원 (1. 실적내용 | 단위 : 백만원, %)
_HEADER = re.compile(
    r"[(\[]\s*단위\s*[:：]?\s*([^)\]\n]{1,40})[)\]]?"  # (단위: 억원), [단위 : 백만원, %]
    r"|(?:^|(?<=\n)|(?<=\|))[ \t]*(?:[※*][ \t]*)?단위[ \t]*[:：][ \t]*([^\n|]{1,40})"  # ※ 단위 : 백만원
)


def scale_of(scale: Decimal | int | str, default_currency: str | None) -> tuple[Decimal, str]:
    """A ``scale=`` argument as (multiplier, currency): "억원" -> (10**8, "KRW")."""
    if isinstance(scale, str):
        word = fold_width(scale.strip())
        t = word if word[:1].isdigit() else "1" + word
        got = read_at(t, 0, whole=True)  # one figure, read as parse reads it: 1억원, 1백만원, 1천달러
        if isinstance(got, Skip) or got.end != len(t) or got.kind is not Kind.MONEY or not got.point:
            raise ValueError(f"scale {scale!r} is not an amount of money, such as '억원' or '백만원'")
        assert got.currency is not None  # money always has its currency
        return got.low, got.currency
    return Decimal(scale), default_currency or "KRW"


def header_words(text: str) -> list[str] | None:
    """The unit words of the first ``(단위: …)`` header in *text*, as written, or None:
    ``"(단위 : 백만원, %)"`` -> ``["백만원", "%"]``."""
    m = _HEADER.search(fold_width(text))
    if m is None:
        return None
    return [w.strip() for w in re.split(r"[,/·]", m.group(1) or m.group(2)) if w.strip()]


# A table: where its (단위: …) header starts and ends, where the table ends (a blank line),
# and the header's unit, None where it names none the library reads as money.
_Table = tuple[int, int, int, "tuple[Decimal, str] | None"]


def find_tables(t: str) -> list[_Table]:
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
                unit = scale_of(word, None)
            break
        i = bisect_right(blanks, m.end() - 1)
        stop = blanks[i] if i < len(blanks) else len(t)
        out.append((m.start(), m.end(), stop, unit))
    return out


def table_at(tables: list[_Table], pos: int, *, header: bool) -> _Table | None:
    """The table whose header (*header*) or whose body holds *pos*: the nearest header at
    or before it, found by binary search."""
    i = bisect_right(tables, (pos, AFTER_ALL)) - 1
    if i < 0:
        return None
    table = tables[i]
    start, end, stop = table[0], table[1], table[2]
    if header:
        return table if start <= pos < end else None
    return table if end <= pos < stop else None


def table_scale(t: str, r: Reading, tables: list[_Table], memo: Memo) -> tuple[tuple[Decimal, str], bool] | None:
    """The unit for a bare number in a table row, and whether it is an accounting negative
    written in parentheses (``(12,300)``), or ``None``.

    A row is a line with cells (``|``, tab, or two spaces). The row's label and the
    column's head may say the number is no amount of the table's unit: a ratio (%, 율,
    률, 비중, 배), a unit of their own (판매량(대), EPS(원)), a rank, a code or a date (순위,
    종목코드, 일자). A row of years (the column heads) keeps its numbers bare too.
    """
    table = table_at(tables, r.start, header=False)
    if table is None or table[3] is None:
        return None
    line_start = t.rfind("\n", table[1], r.start) + 1 or table[1]
    cell = _fills_cached(t, r, line_start, memo.filled)
    if not cell:
        return None
    row = _row_at(t, r, tables, table, line_start, memo.rows)
    unit, edges, labelled = row[:3]
    if unit == _NOT_SCALED or (cell < 0 and not labelled):
        return None  # | | (2024) |, (1)  상품매출: parentheses in a row with no label of words
    column = bisect_right(edges, r.start)  # the cells are counted once a row, not once a number
    head = _column_unit(_heads(t, table, memo)[0], len(row[3]), column)
    if head == _NOT_SCALED:
        return None
    return unit or head or table[3], cell < 0


def _row_at(t: str, r: Reading, tables: list[_Table], table: _Table, line_start: int, rows: dict[int, Row]) -> Row:
    """The row at *line_start*, judged once (the cache *rows*)."""
    row = rows.get(line_start)
    if row is None:
        i = bisect_right(tables, (r.start, AFTER_ALL))
        limit = min(table[2], tables[i][0]) if i < len(tables) else table[2]  # the next header ends the row
        row = rows[line_start] = _row(t, line_start, limit, _lists_percent(t, table))
    return row


def cell_labels(t: str, r: Reading, tables: list[_Table], memo: Memo) -> tuple[str | None, str | None] | None:
    """The row label and the column head of the table cell that the reading *r* fills,
    as written, or ``None`` where *r* fills no cell of a table's body.

    The label is the row's first cell of words before *r* (``매출``; an item number such
    as ``(1)`` is passed over); the head is the cell above in the table's head rows (the
    rows of cells before the first that holds amounts), several joined with " / ". A head
    row with fewer cells than the row (no corner cell, an indented row) is aligned on the
    right, where the amounts stand."""
    table = table_at(tables, r.start, header=False)
    if table is None:
        return None
    line_start = t.rfind("\n", table[1], r.start) + 1 or table[1]
    _, edges, _, cells, first_label, gap_end = _row_at(t, r, tables, table, line_start, memo.rows)
    if not 0 <= gap_end <= r.start or not _fills_cached(t, r, line_start, memo.filled):
        return None  # no gap between cells before it: a line of prose under a table's header
    column = bisect_right(edges, r.start)
    label = cells[first_label] if first_label < column else None
    names = []
    for head_row in _heads(t, table, memo)[1][-_HEAD_ROWS_MOST:]:  # the head rows nearest the amounts
        i = column - (len(cells) - len(head_row)) if len(head_row) != len(cells) else column
        if 0 <= i < len(head_row) and head_row[i]:
            names.append(head_row[i])
    return label, " / ".join(names) or None


_Unit = tuple[Decimal, str]
# What a row label or a column head says of the numbers under it: no amount of the
# table's unit (_NOT_SCALED), an amount in its own unit, or nothing (None: the table's).
_NOT_SCALED: Final[_Unit] = (Decimal(0), "")
Column = _Unit | None
# A table's column heads: what each head row's cells say of the numbers under them, and
# the head rows' cells as written (for Figure.column).
Heads = tuple[list[list[Column]], list[list[str]]]
# Cells that are no amount of the table's money but a figure of their own kind, (1, a
# unit word of the lexicon) where money has (its multiplier, its currency code): under a
# rate column where the header lists % (증감율(%) under (단위 : 백만원, %)), a percent;
# beside a headcount (상시종업원수), people; beside a count of companies (회사수),
# companies; under a label that names a counter in brackets (판매량(대)), that counter.
PERCENT_CELL: Final[_Unit] = (Decimal(1), "%")
PEOPLE_CELL: Final[_Unit] = (Decimal(1), "명")
COMPANY_CELL: Final[_Unit] = (Decimal(1), "개사")
# A row: what its label says, where its cell separators stand, whether its first cell is
# a label of words (매출), not an amount or an item number ((1), (2024)), and its cells.
Row = tuple[_Unit | None, list[int], bool, list[str], int, int]


def _own_unit(label: str, *, column: bool = False, percent: bool = False) -> _Unit | None:
    """What a row label or a column head says of its numbers (see _NOT_SCALED). A column
    whose head names a rate (대출금리(연), 금리 수준) or a change (증감(YoY)) holds rates; a
    row labelled 변동금리 is a kind of loan, its amounts money, and a column 저금리 대출
    holds money. A ratio (영업이익률, 증감율) is a percent where the header lists % (*percent*)
    or the label names it (비중(%)), else a bare number; a headcount (상시종업원수) counts
    people, 회사수 companies."""
    bare = UNIT_IN_LABEL.sub("", label).strip()  # 대출금리(연) -> 대출금리
    if bare in ID_HEADS or bare.endswith(ID_ENDINGS):
        return _NOT_SCALED
    if column and (
        any(head in label for head in CHANGE_LABEL_FORMS)
        or (RATE_HEAD in label and not any(word in label for word in RATE_ADJECTIVES))
    ):
        return _NOT_SCALED
    # 비중(%), 영업이익률, YoY(%): a label that ends as a ratio's name does or holds %; a word
    # that only holds 율 (자율주행, 이자율스왑) names no rate, and its amounts are money
    ratio = ("%" in label or names_ratio(bare)) and not any(word in label for word in RATES_IN_MONEY)
    if ratio:
        named = UNIT_IN_LABEL.search(label)
        return PERCENT_CELL if percent or (named is not None and named.group(1) == "%") else _NOT_SCALED
    if "(배)" in label or label.endswith("배"):
        return _NOT_SCALED
    spaced = bare.replace(" ", "")
    if spaced.endswith(HEADCOUNT_HEADS):
        return PEOPLE_CELL
    if spaced.endswith(COMPANY_COUNT_HEADS):
        return COMPANY_CELL
    own = UNIT_IN_LABEL.search(label)  # 직원 수(명), 판매량(대), EPS(원): a unit of its own
    if own is None or latin_name_code(label, own):
        return None
    word = own.group(1)
    hit = lexicon().units.at(word, 0)
    if hit is None or hit[0] != word:
        return None  # 해외 매출(주1): a note, no unit
    if hit[1].kind is not Kind.MONEY:
        if hit[1].power or hit[1].kind is Kind.MULTIPLE:
            return _NOT_SCALED  # PER(배), 수량(천주): multiples and scaled counts give none
        if word == SHARES_COUNTER and not counts_shares(bare):
            return None  # 삼성전자(주): (주) after a name is 주식회사, a company, not shares
        return (Decimal(1), word)  # 판매량(대), 발행주식수(주): a figure in its own unit
    with contextlib.suppress(ParseError, ValueError):
        return scale_of(word, None)
    return _NOT_SCALED


def counts_shares(label: str) -> bool:
    """The label, its brackets aside, names a number of shares, so that a (주) after it is
    the counter and not 주식회사: 주식수, 발행주식 총수, 총수, 거래수량."""
    return SHARES_WORD in label or label.endswith((COUNT_ENDING, *QUANTITY_HEADS))


def names_ratio(label: str) -> bool:
    """The label, its brackets and spaces aside, ends as a ratio's name does: 비율, 증감률,
    영업이익률, 비중, 지분율 (RATIO_MARKS); not a word that only holds 율 (자율주행)."""
    return label.replace(" ", "").endswith(RATIO_MARKS)


def latin_name_code(label: str, bracket: re.Match[str]) -> bool:
    """True when the brackets *bracket* closing *label* hold capital letters after a
    company's name written in Latin letters (Samsung Display Dongguan Co., Ltd. (SDD)):
    the name's short form, no currency code (SDD was the Sudanese dinar's). Revenue
    (KRW) names no company and keeps its unit."""
    word = bracket.group(1)
    before = label[: bracket.start()]
    return word.isascii() and word.isalpha() and word.isupper() and _LATIN_COMPANY.search(before) is not None


# The forms of a company's name in Latin letters: Co., Ltd., Inc., GmbH, S.A., B.V. …
_LATIN_COMPANY: Final = re.compile(
    r"\b(?:Co|Ltd|Inc|Corp|Corporation|Company|Limited|LLC|L\.L\.C|GmbH|AG|PLC|Plc|Pte|Pty|S\.A|B\.V|N\.V|"
    r"S\.A\.S|S\.R\.L|Sdn\. ?Bhd|JSC|LLP|LP|Holdings?)\b\.?"
)


def _separators(line: str) -> re.Pattern[str]:
    """What parts a line's cells: bars and tabs where it has them (a padded cell of a
    pipe table is one cell), else two spaces or more (columns aligned with spaces)."""
    return _BAR_OR_TAB if "|" in line or "\t" in line else _WIDE_GAP


_BAR_OR_TAB: Final = re.compile(r"[|\t]")
_WIDE_GAP: Final = re.compile(r" {2,}")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _separators(line).split(line)]


def _column_heads(t: str, table: _Table) -> Heads:
    """What each column's head says of its numbers, from the table's first row of cells,
    or no heads at all where that row already holds amounts (a table with no head row);
    and the cells of the head rows: the rows of cells before the first holding amounts."""
    pos = table[1]
    stop = table[2]
    percent = _lists_percent(t, table)
    units: list[list[Column]] = []
    rows: list[list[str]] = []
    while pos < stop:
        end = t.find("\n", pos, stop)
        end = stop if end == -1 else end
        line = t[pos:end]
        pos = end + 1
        if not _COLUMN_GAP.search(line) or set(line.strip()) <= _RULE_CHARS:
            continue  # the rest of the header's line, a blank or a rule (|---|---|)
        cells = _cells(line)
        if any(_AMOUNT_CELL.fullmatch(c) and not YEAR_CELL.fullmatch(c) for c in cells[1:]):
            break
        units.append([_own_unit(c, column=True, percent=percent) for c in cells])
        rows.append(cells)
    return units, rows


def _lists_percent(t: str, table: _Table) -> bool:
    """The table's header lists % among its units: (단위 : 백만원, %)."""
    return _header_lists_percent(t[table[0] : table[1]])


@lru_cache(maxsize=256)
def _header_lists_percent(header: str) -> bool:
    """:func:`_lists_percent` by the header as written, which an archive repeats."""
    return "%" in (header_words(header) or [])


def _column_unit(heads: list[list[Column]], width: int, column: int) -> Column:
    """What the heads over the cell at *column* of a row of *width* cells say of it: the
    lowest of the last few head rows that says something (증감율(%) under 전기대비). A head
    row with fewer cells than the row is aligned on the right, as a flattened table loses
    an upper head's span and a row has label cells the heads have not; one with more is
    aligned on the left, where the row has left its last cells empty (비고)."""
    for units in heads[: -_HEAD_ROWS_MOST - 1 : -1]:
        i = column - (width - len(units)) if width > len(units) else column
        if 0 <= i < len(units) and units[i] is not None:
            return units[i]
    return None


_HEAD_ROWS_MOST: Final = 4  # the head rows nearest the amounts that may name their unit


_RULE_CHARS: Final = frozenset("|-:+ \t=")
_AMOUNT_CELL: Final = re.compile(r"[(△▲▼+-]?[0-9][0-9,.]*\)?%?")
YEAR_CELL: Final = re.compile(YEAR.pattern + "(?:년|[AEFP])?")  # 2024, 2024년, 2025E


class Memo(NamedTuple):
    """What the tables of one document have been found to hold, kept across its numbers:
    its rows judged (by where they start), its tables' column heads (by where the table
    starts), and whether a number fills its cell (by where the number starts)."""

    rows: dict[int, Row]
    columns: dict[int, Heads]
    filled: dict[int, int]


def _heads(t: str, table: _Table, memo: Memo) -> Heads:
    """The column heads of *table*, read once a document."""
    heads = memo.columns.get(table[0])
    if heads is None:
        heads = memo.columns[table[0]] = _column_heads(t, table)
    return heads


def _fills_cached(t: str, r: Reading, line_start: int, filled: dict[int, int]) -> int:
    """:func:`_fills_a_cell`, asked once a number: *filled* keeps the answers by where the
    number starts (the labels and the scale of one cell both ask it)."""
    cell = filled.get(r.start)
    if cell is None:
        cell = filled[r.start] = _fills_a_cell(t, r, line_start)
    return cell


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
        return -1  # (12,300): an accounting negative, where the row has a label (table_scale)
    if written != t[r.start : r.end] or (t[r.num_start] == "0" and t[r.num_start + 1 : r.num_start + 2] in DIGIT_CHARS):
        return 0  # words around it, or a code with a leading zero (005930)
    if not YEAR.fullmatch(t[r.start : r.end]):
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


def _row(t: str, line_start: int, limit: int, percent: bool = False) -> Row:
    """What the table row at *line_start* says of its bare numbers (see _NOT_SCALED), and
    where its cell separators stand: worked out once a row however many numbers it holds."""
    line_end = t.find("\n", line_start, limit)
    line = t[line_start : limit if line_end == -1 else line_end]
    edges = [line_start + m.start() for m in _separators(line).finditer(line)]
    every = _cells(line)
    cells = [c for c in every if c]
    labelled = bool(cells) and not _AMOUNT_CELL.fullmatch(cells[0])
    # the first cell of words (the label) and where the first gap between cells ends,
    # found once a row: a megabyte-long row asks them of every number in it
    label = next((i for i, c in enumerate(every) if c and not _AMOUNT_CELL.fullmatch(c)), len(every))
    gap = _COLUMN_GAP.search(line)
    gap_end = line_start + gap.end() if gap is not None else -1
    if gap is None:
        return _NOT_SCALED, edges, labelled, every, label, gap_end
    own = _own_unit(cells[0], percent=percent) if cells else None
    if own is not None:
        return own, edges, labelled, every, label, gap_end
    numeric = [c for c in cells if _AMOUNT_CELL.fullmatch(c)]
    if numeric and all(YEAR_CELL.fullmatch(c) for c in numeric):
        return _NOT_SCALED, edges, labelled, every, label, gap_end
    return None, edges, labelled, every, label, gap_end


def apply_scale(r: Reading, unit: tuple[Decimal, str]) -> Reading:
    """A bare number in *unit*: money scaled by it, or a figure in a unit word's own kind
    (PERCENT_CELL, PEOPLE_CELL: a percent, a count, a quantity)."""
    factor, currency = unit
    own = lexicon().units.words.get(currency)
    if own is not None and own.kind is not Kind.MONEY:
        return r._replace(kind=own.kind, unit=own, currency=None)  # 20.0 (%) keeps its places
    return r._replace(kind=Kind.MONEY, currency=currency, low=r.low * factor, high=r.high * factor, has_scale=True)
