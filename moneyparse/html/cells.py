"""Reading a table: its grid (rowspan and colspan laid out), its head rows and label
columns, the unit that applies to each cell (the cell's own, its row label's, its column
head's, or the table's unit header wherever it stands) and each cell's figure, with the
four ways filings write a negative amount. The words of heads and labels are data in
:mod:`moneyparse.lexicon.tables`; a cell's number is read by the grammar, never here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Final

from moneyparse.errors import ParseError
from moneyparse.extract import extract as extract_text
from moneyparse.figure import Bound, Figure, Kind
from moneyparse.grammar import lexicon
from moneyparse.grammar.base import whole
from moneyparse.html.model import _Block, _Cell, _Found, _Labelled, _Table
from moneyparse.lexicon.scales import SCALE_CHARS
from moneyparse.lexicon.tables import (
    COMPANY_COUNT_HEADS,
    COUNT_ENDING,
    HEADCOUNT_HEADS,
    HEADER_UNIT_ALIASES,
    ID_ENDINGS,
    ID_HEADS,
    NOTE_HEADS,
    QUANTITY_HEADS,
    RATES_IN_MONEY,
    SHARES_COUNTER,
    SHARES_WORD,
    YEAR_COUNT_HEADS,
)
from moneyparse.normalize import fold_width
from moneyparse.parser import parse
from moneyparse.tables import UNIT_IN_LABEL, YEAR_CELL, header_words, latin_name_code, names_ratio, scale_of
from moneyparse.value import read_number

# ---------------------------------------------------------------------------------------
# Units


@dataclass(frozen=True)
class _Unit:
    """What a bare number under it is: its kind, multiplier, currency and unit."""

    kind: Kind
    factor: Decimal
    currency: str | None = None
    unit: str | None = None


_PERCENT: Final = _Unit(Kind.PERCENT, Decimal(1), None, "percent")
_BARE: Final = _Unit(Kind.NUMBER, Decimal(1))
_SKIP: Final = _Unit(Kind.NUMBER, Decimal(0))  # ids, note numbers, ranks: no figure
_PEOPLE: Final = _Unit(Kind.COUNT, Decimal(1), None, "명")
_COMPANIES: Final = _Unit(Kind.COUNT, Decimal(1), None, "개사")


def _unit_word(word: str) -> _Unit | None:
    """A unit word as a unit: 백만원 (money), 천주 (a count), %, 명, 배."""
    word = word.strip()
    word = HEADER_UNIT_ALIASES.get(word, word)  # (단위 : 사): companies
    if not word or word[0].isdigit():
        return None
    if word in ("%", "％"):
        return _PERCENT
    try:
        factor, currency = scale_of(word, None)
        return _Unit(Kind.MONEY, factor, currency)
    except (ParseError, ValueError):
        pass
    try:
        f = parse("1" + word)
    except ParseError:
        return None
    if f.value is None or f.kind is Kind.NUMBER or f.per is not None:
        return None
    return _Unit(f.kind, f.value, f.currency, f.unit)


@dataclass(frozen=True)
class _Header:
    """A unit header: its first unit (the amounts') and whether it lists % too."""

    unit: _Unit | None
    percent: bool
    count: _Unit | None = None  # a counter it lists after the amounts' unit: (단위 : 원, 주)


def _header(text: str) -> _Header | None:
    """The unit header in *text* ``(단위 : 백만원, %)``, or None."""
    if "단위" not in text:
        return None
    words = header_words(text)
    if words is None:
        return None
    read = [_unit_word(w) for w in words]
    units = [u for u in read if u is not None]
    if not units:
        return None
    counts = [u for u in units[1:] if u.kind is Kind.COUNT]
    # the first unit listed is the amounts'; one that is no unit of the lexicon ((단위: 회, %):
    # times) leaves the amounts bare, and the % after it the rate columns'
    first = read[0] if read else None
    return _Header(first, any(u.kind is Kind.PERCENT for u in units), counts[0] if counts else None)


def _shares(header: _Header | None) -> _Unit | None:
    """The count of shares a header names: its counter after the money unit ((단위 : 원,
    주), (단위 : 백만원, 천주, %)) or its first unit ((단위 : 주, %)); None for any other."""
    if header is None:
        return None
    for unit in (header.count, header.unit):
        if unit is not None and unit.kind is Kind.COUNT and unit.unit == SHARES_COUNTER:
            return unit
    return None


_NORMAL_SPACE: Final = re.compile(r"[\s\u3000\xa0]+")


def _normal(text: str) -> str:
    return _NORMAL_SPACE.sub(" ", text).strip()


def _label_unit(label: str, header: _Header | None) -> _Unit | None:
    """What a row label or a column head says of the bare numbers under it: a unit of
    its own (``(단위 : 원)``, ``(명)``, ``(%)``), a ratio (영업이익률: % where the header
    lists it, else a bare number), people (직원 수), years (근속연수), or no figure at
    all (주석, 순위, 코드); None where it says nothing."""
    own = _header(label)
    if own is not None:
        return own.unit
    m = UNIT_IN_LABEL.search(label)
    if m is not None and not latin_name_code(label, m):
        unit = _unit_word(m.group(1))
        if unit is not None:
            return unit
    bare = UNIT_IN_LABEL.sub("", label).replace(" ", "")
    if bare in ID_HEADS or bare.endswith(ID_ENDINGS) or bare in NOTE_HEADS:
        return _SKIP
    if bare.endswith(HEADCOUNT_HEADS):
        return _PEOPLE
    if bare.endswith(COMPANY_COUNT_HEADS):
        return _COMPANIES
    shares = _shares(header)
    if shares is not None and ((bare.endswith(COUNT_ENDING) and SHARES_WORD in bare) or bare.endswith(QUANTITY_HEADS)):
        return shares  # (단위 : 원, 주): 발행주식총수 and 부여 수량 count shares, 자본금 is won
    if bare.endswith(YEAR_COUNT_HEADS):
        return _BARE
    if names_ratio(bare) and not any(word in bare for word in RATES_IN_MONEY):  # not 자율주행
        return _PERCENT if header is not None and header.percent else _BARE
    return None


def _units_around(items: list[_Block | _Table]) -> list[_Header | None]:
    """For each table, the unit header that applies to it from outside: the last one
    written after the previous table with cells of figures and before it (a paragraph,
    a one-cell table, a caption), else, in a document that writes no unit line before
    its first table, the first one after it before the next such table (a unit line
    under the table). Headers inside a table are its own."""
    out: list[_Header | None] = [None] * len(items)
    data = [i for i, item in enumerate(items) if isinstance(item, _Table) and _has_figures(item)]
    headers: list[_Header | None] = []
    for item in items:
        if isinstance(item, _Block):
            headers.append(_header("".join(p for p, _ in item.parts)))
        elif not _has_figures(item):
            headers.append(_first_header(item))
        else:
            headers.append(None)
    taken: set[int] = set()
    previous = -1
    # a document writes its unit lines on one side of its tables: where one stands before
    # the first table, none after a table belongs to it (a table of dates with no unit
    # would take the next table's header, and each table after it the one after its own)
    leading = bool(data) and any(headers[j] is not None for j in range(data[0]))
    for n, i in enumerate(data):
        table = items[i]
        assert isinstance(table, _Table)
        own = _header("".join(p for p, _ in table.caption))
        if own is None and _inside_header(table) is not None:
            previous = i
            continue  # a unit row of its own: _read_table finds it
        if own is None:
            before = [j for j in range(previous + 1, i) if headers[j] is not None and j not in taken]
            if before:
                own = headers[before[-1]]
                taken.add(before[-1])
            elif not leading:
                stop = data[n + 1] if n + 1 < len(data) else len(items)
                after = next((j for j in range(i + 1, stop) if headers[j] is not None and j not in taken), None)
                if after is not None and _right_after(items, i, after):
                    own = headers[after]
                    taken.add(after)
        out[i] = own
        previous = i
    return out


def _right_after(items: list[_Block | _Table], i: int, j: int) -> bool:
    """True when the unit line at *j* is written right under the table at *i*: nothing
    but a short line or two stands between them (a source, a note mark), no table. A
    unit line after paragraphs of text or another table heads the table after it: a
    report's table of contents takes none of the units of the sections it lists."""
    between = 0
    for item in items[i + 1 : j]:
        if not isinstance(item, _Block):
            return False
        between += len("".join(p for p, _ in item.parts).strip())
    return between <= _UNDER_TABLE_MOST


_UNDER_TABLE_MOST: Final = 40  # characters that may stand between a table and its unit line


def _inside_header(table: _Table) -> _Header | None:
    """The unit header in a row of the table that holds no amount (a title or unit row)."""
    for row in table.rows:
        texts = [_normal(cell.raw()) for cell in row]
        if any(_is_amount(t) for t in texts):
            continue
        for t in texts:
            h = _header(t)
            if h is not None:
                return h
    return None


def _first_header(table: _Table) -> _Header | None:
    for row in table.rows:
        for cell in row:
            h = _header(cell.raw())
            if h is not None:
                return h
    return _header("".join(p for p, _ in table.caption))


# ---------------------------------------------------------------------------------------
# Tables

_AMOUNT: Final = re.compile(r"(?:\(-\)|[-+−△▲▼])?\(?[0-9][0-9,]*(?:\.[0-9]+)?\)?(?:%|[가-힣]{1,2})?")
_YEAR: Final = re.compile(r"\(?" + YEAR_CELL.pattern + r"\)?")  # (2024), 2025E: no amounts
_DITTO: Final = frozenset({'"', "〃", "″", "“", "”", "''"})
_EMPTY: Final = frozenset({"", "-", "–", "—", "－", "N/A", "n/a"})
_DASHES: Final = frozenset({"-", "–", "—", "－"})


def _is_amount(text: str) -> bool:
    """A cell that holds an amount: digits with a sign, parentheses, % or a counter
    (``(1,204)``, ``△3,310``, ``14개``), not a year (2024년) nor a duration (3개월)."""
    text = fold_width(text)  # ３ is 3
    restated = _ORIGINAL_AFTER.fullmatch(text)
    if restated is not None:
        return not _YEAR.fullmatch(restated.group(1))  # 38,787(US$ 30,000천), not 2024(예정)
    if not _AMOUNT.fullmatch(text) or _YEAR.fullmatch(text):
        return False
    word = text.rstrip(")").lstrip("(-)+−△▲▼").lstrip("0123456789,.")
    if not word or word == "%":
        return True
    unit = word.lstrip("".join(SCALE_CHARS))  # 449억원, 1.2조: a scale word before the unit
    if not unit:
        return True
    hit = lexicon().units.at(unit, 0)
    return hit is not None and hit[0] == unit and hit[1].kind is not None


def _has_figures(table: _Table) -> bool:
    return any(_is_amount(_normal(cell.raw())) for row in table.rows for cell in row)


def _grid(table: _Table) -> list[list[_Cell | None]]:
    """The table's cells on a grid: a cell spanning rows or columns fills each slot."""
    grid: list[list[_Cell | None]] = []
    width = 0
    for r, row in enumerate(table.rows):
        while len(grid) <= r:
            grid.append([])
        c = 0
        for cell in row:
            line = grid[r]
            while c < len(line) and line[c] is not None:
                c += 1
            for dr in range(cell.rowspan):
                while len(grid) <= r + dr:
                    grid.append([])
                target = grid[r + dr]
                for dc in range(cell.colspan):
                    while len(target) <= c + dc:
                        target.append(None)
                    if target[c + dc] is None:
                        target[c + dc] = cell
            c += cell.colspan
        width = max(width, len(grid[r]))
    for line in grid:
        line.extend([None] * (width - len(line)))
    return grid[: len(table.rows)]


def _read_table(table: _Table, outside: _Header | None, default_currency: str | None) -> Iterator[_Found]:
    grid = _grid(table)
    if not grid:
        return
    if not _has_figures(table):
        yield from _read_prose_table(table, default_currency)
        return
    width = len(grid[0])
    texts = {id(cell): _normal(cell.raw()) for row in table.rows for cell in row}
    amount = {key: _is_amount(value) for key, value in texts.items()}

    def is_amount(cell: _Cell | None) -> bool:
        return cell is not None and amount[id(cell)]

    def text(cell: _Cell | None) -> str:
        return "" if cell is None else texts[id(cell)]

    # the table's own unit header: in a row of no amounts (a title or unit row)
    header = outside
    unit_rows: set[int] = set()
    for r, line in enumerate(grid):
        if any(is_amount(c) for c in line):
            continue
        for cell in line:
            h = _header(text(cell))
            if h is not None:
                unit_rows.add(r)
                header = h  # a unit row of the table's own wins over one outside it
                break
    # the data rows: rows with an amount; the label columns: those before every amount
    data = [
        r
        for r, line in enumerate(grid)
        if r not in unit_rows and r not in table.head_rows and any(is_amount(c) for c in line)
    ]
    if not data:
        return
    labels = width
    for r in data:
        for c, cell in enumerate(grid[r]):
            if is_amount(cell):
                labels = min(labels, c)
                break
    while labels > 1 and all(text(grid[r][labels - 1]) in _EMPTY for r in data):
        labels -= 1  # | 자산총계 | - | - | 28,497 |: a column of dashes holds amounts not written
    labels = max(labels, 0)
    first = data[0]
    if not table.head_rows:  # no THEAD: rows of heads only (th) above the amounts are the heads
        table.head_rows.update(r for r in range(first) if all(c is None or c.head for c in grid[r]))
    if table.head_rows:  # their rows are the heads; rows of periods may follow in the body
        heads = sorted(r for r in table.head_rows if r not in data)
    else:
        heads = [
            r
            for r in range(first)
            if r not in unit_rows and _is_head_row(grid[r], labels, text) and not _is_title_row(grid[r])
        ]
    head_of: list[str | None] = []
    for c in range(width):
        names: list[str] = []
        seen: set[int] = set()
        for r in heads:
            cell = grid[r][c]
            if cell is None or id(cell) in seen or c < labels:
                continue
            seen.add(id(cell))
            if text(cell):
                names.append(text(cell))
        head_of.append(" / ".join(names) or None)
    period: dict[int, str] = {}
    above: list[str] = [""] * labels
    head_units = [_head_unit(head_of[c], header) for c in range(width)]
    # the heads over the label columns (계정과목): a column further right under the same
    # head holds labels too, as a statement laid side by side writes them
    label_heads = {
        text(grid[r][c]) for r in heads for c in range(labels) if grid[r][c] is not None and text(grid[r][c])
    }
    read_labels: set[int] = set()
    read_cells: set[int] = set()  # a cell spanning rows or columns is read once, where it starts
    for r in range(len(grid)):
        line = grid[r]
        if r in heads or r in unit_rows:
            continue
        label_cells = line[:labels]
        for cell in label_cells:
            if cell is not None and id(cell) not in read_labels and any(ch.isdigit() for ch in text(cell)):
                read_labels.add(id(cell))  # (당기순이익 : 1,023,509,679원): running text in a label
                for f in extract_text(cell.raw(), default_currency=default_currency):
                    yield cell.parts, f.start, f.end, _Labelled(f, None, None)
        amounts = [c for c in range(labels, width) if is_amount(line[c])]
        if not amounts:
            if labels and all(not text(cell) for cell in label_cells) and any(text(c) for c in line[labels:]):
                period = {c: text(line[c]) for c in range(labels, width) if text(line[c])}  # 2025년 6월말
            for c in range(labels):
                if text(line[c]) and text(line[c]) not in _DITTO:
                    above[c] = text(line[c])
            # a row of words (a note under the amounts, 계약 내용 | …신주 46,360주를 발행):
            # its figures are running text, in the row and column it stands in
            label = next((text(cell) for cell in label_cells if cell is not None and text(cell)), None)
            for c in range(labels, width):
                cell = line[c]
                if cell is None or id(cell) in read_cells or id(cell) in read_labels or c in period:
                    continue  # read already, as a label spanning the row or in a row above
                read_cells.add(id(cell))
                for f in _prose(cell, default_currency):
                    yield cell.parts, f.start, f.end, _Labelled(f, label, head_of[c])
            continue
        names = []
        labelled: set[int] = set()
        for c, cell in enumerate(label_cells):
            if cell is None or id(cell) in labelled:
                continue
            labelled.add(id(cell))
            name = text(cell)
            if name in _DITTO:
                name = above[c]
            elif name:
                above[c] = name
            if name:
                names.append(name)
        row_label = " / ".join(names) or None
        row_unit = _label_unit(row_label, header) if row_label else None
        for c in range(labels, width):
            cell = line[c]
            if cell is None or id(cell) in read_cells:
                continue
            read_cells.add(id(cell))
            if head_of[c] is not None and head_of[c] in label_heads and not is_amount(cell):
                # | 계정과목 | 금액 | 계정과목 | 금액 |: a statement laid side by side, its
                # second label heading the amounts to its right
                if text(cell) and text(cell) not in _EMPTY:
                    row_label = text(cell)
                    row_unit = _label_unit(row_label, header)
                continue
            column = head_of[c]
            if c in period:
                column = f"{column} / {period[c]}" if column else period[c]
            if head_units[c] is _SKIP:
                continue  # 주석, 순위: note numbers and ranks, whatever the row says
            unit = row_unit or head_units[c] or (header.unit if header is not None else None)
            for start, end, fig in _read_cell(cell.raw(), unit, default_currency):
                yield cell.parts, start, end, _Labelled(fig, row_label, column)


def _prose(cell: _Cell, default_currency: str | None) -> list[Figure]:
    """The figures of a cell of words, read as running text (a cell with no digit, none)."""
    raw = cell.raw()
    if not any(ch.isdigit() for ch in raw):
        return []
    return extract_text(raw, default_currency=default_currency)


def _read_prose_table(table: _Table, default_currency: str | None) -> Iterator[_Found]:
    """A table with no cell of amounts (a page of key and value, a box of notes, a table
    laid out for text): each cell's figures as running text, the row's first cell of words
    its label. A unit line in it, page numbers, dates and bare numbers give none."""
    seen: set[int] = set()
    for row in table.rows:
        label = _normal(row[0].raw()) if len(row) > 1 else ""
        if len(label) > _LABEL_MOST:
            label = ""  # a paragraph laid out in a cell beside another is no label
        for i, cell in enumerate(row):
            if id(cell) in seen:
                continue
            seen.add(id(cell))
            for f in _prose(cell, default_currency):
                yield cell.parts, f.start, f.end, _Labelled(f, label if i and label else None, None)


_LABEL_MOST: Final = 40  # the longest first cell a table of words takes as its row's label


def _is_head_row(line: list[_Cell | None], labels: int, text: Any) -> bool:
    """A row above the first row of amounts that heads columns: it has words over the
    amount columns (a group row, 자산, has its label alone)."""
    return any(text(cell) for cell in line[labels:])


def _is_title_row(line: list[_Cell | None]) -> bool:
    """A row that is one cell across the whole table (a title or a note)."""
    return len(line) > 1 and all(cell is line[0] for cell in line)


def _head_unit(head: str | None, header: _Header | None) -> _Unit | None:
    """The unit a column head names, looked for from its lowest cell up (직원 수 / 합계)."""
    if head is None:
        return None
    for part in reversed(head.split(" / ")):
        unit = _label_unit(part, header)
        if unit is not None:
            return unit
    return None


def _read_cell(raw: str, unit: _Unit | None, default_currency: str | None) -> Iterator[tuple[int, int, Figure]]:
    """The figure of one cell as (start, end, figure) in the cell's text: the cell's
    number read by :func:`moneyparse.parse` (an accounting negative ``(12,345)`` or
    ``(-)12,345`` unwrapped first), scaled by *unit* when it is bare; running text with
    :func:`moneyparse.extract` where the cell is more than one figure."""
    if unit is _SKIP:
        return
    stripped = raw.strip(" \t\r\n\xa0\u3000")
    if stripped in _EMPTY or not any(ch.isdigit() for ch in stripped):
        return
    lead = raw.index(stripped)
    inner = stripped
    negative = False
    if inner.startswith("(-)"):
        inner, negative = inner[3:].strip(), True
    elif inner.startswith("(") and inner.endswith(")") and inner[1:2].isdigit():
        inner, negative = inner[1:-1].strip(), True
    fast = _plain_amount(inner, unit)
    if fast is not None:
        yield lead, lead + len(stripped), _negated(fast) if negative else fast
        return
    try:
        fig = parse(inner, default_currency=default_currency)
    except ParseError:
        restated = _ORIGINAL_AFTER.fullmatch(stripped) if not negative else None
        amount = restated.group(1) if restated is not None else ""
        first = _plain_amount(amount, unit) if amount and not _YEAR.fullmatch(amount) else None
        if first is not None:
            # 38,787(US$ 30,000천): the amount in the table's unit, then its original in
            # another currency in brackets, each a figure
            yield lead, lead + len(amount), first
        for f in extract_text(stripped, default_currency=default_currency):
            if first is None or f.start > len(amount):
                yield lead + f.start, lead + f.end, f
        return
    if negative and fig.low < 0:
        return  # (-12): no reading of two signs
    if fig.kind is Kind.NUMBER:
        if _YEAR.fullmatch(stripped) or unit is None:
            unit = _BARE if not _YEAR.fullmatch(stripped) else None
        if unit is None:
            return  # a year in a cell (2024) is no amount
        fig = _scaled(fig, unit)
    if negative:
        fig = _negated(fig)
    yield lead, lead + len(stripped), fig


# A cell's amount followed by its original in another currency in brackets, the bracket
# opening with the currency's code or sign: 38,787(US$ 30,000천), 469,819(EUR€350,000천).
_ORIGINAL_AFTER: Final = re.compile(
    r"([-−△+]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*\((?:[A-Z]{2,3}\$?|[$€£¥₩])\s*[€$]?\s*[0-9][^()]*\)"
)


def _plain_amount(inner: str, unit: _Unit | None) -> Figure | None:
    """The common cell, read without parse's whole walk: digits with separators and a
    sign (``-1,234.5``, ``△3,412``), no unit written, under a unit that is not a year.
    The number is moneyparse's own :func:`~moneyparse.value.read_number`; anything
    else (a unit in the cell, a code 005930, a year) is left to :func:`parse`."""
    if unit is None or unit is _BARE:
        return None
    body = fold_width(inner)
    k = 1 if body[:1] in _SIGNS else 0
    if k >= len(body) or not body[k].isdigit() or (body[k] == "0" and body[k + 1 : k + 2].isdigit()):
        return None
    number = read_number(body, k)
    if number is None or number.end != len(body) or number.stop is not None or number.has_scale:
        return None
    value = number.value if unit.factor == 1 else whole(number.value * unit.factor)
    if body[0] in _MINUS:
        value = -value
    return Figure(unit.kind, value, value, value, unit.currency, unit.unit)


_SIGNS: Final = frozenset("+-−△")
_MINUS: Final = frozenset("-−△")


def _scaled(fig: Figure, unit: _Unit) -> Figure:
    """A bare figure in *unit*: 171.50 under (단위 : 억원) is 17150000000, written plain as
    extract writes a scaled amount; 1.0 under (단위 : %) keeps its places."""
    m = unit.factor
    value, low, high = fig.value, fig.low, fig.high
    if m != 1:
        value = None if value is None else whole(value * m)
        low, high = whole(low * m), whole(high * m)
    return Figure(
        kind=unit.kind,
        value=value,
        low=low,
        high=high,
        currency=unit.currency,
        unit=unit.unit,
        approximate=fig.approximate,
        bound=fig.bound,
        text=fig.text,
        span=fig.span,
    )


def _negated(fig: Figure) -> Figure:
    value = None if fig.value is None else -fig.value
    bound = {Bound.GE: Bound.LE, Bound.LE: Bound.GE, Bound.GT: Bound.LT, Bound.LT: Bound.GT}.get(fig.bound, fig.bound)
    return replace(fig, value=value, low=-fig.high, high=-fig.low, bound=bound)
