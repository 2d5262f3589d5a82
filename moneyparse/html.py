"""``moneyparse.html.extract``: the figures of an HTML page or a DART XML filing.

Text outside tables (paragraphs, headings, notes) is running text, read with
:func:`moneyparse.extract`. Every table is read cell by cell: its cells are laid out on a
grid (rowspan and colspan expanded), its head rows and label columns found, and each
cell that holds one figure is read with :func:`moneyparse.parse` and scaled by the unit
that applies to it: the cell's own (``14개``, ``2.1%``), its row label's
(``기본주당순이익(단위 : 원)``, ``종업원 수(명)``, ``영업이익률(%)``), its column head's
(``EPS(원)``, ``ROE(%)``, ``직원 수``), or the table's unit header wherever it stands
(a caption, a line or a one-cell table before the table, a row of the table, a line
after it). Every figure's ``span`` is an offset into the document as given (the decoded
string), so ``document[start:end] == figure.text``.

lxml builds the tree (an optional extra: ``pip install 'moneyparse[html]'``); it is
imported on the first call, never by ``import moneyparse``. The parser resolves no
entity, loads no DTD and reaches no network; broken markup is recovered, not refused.
``docs/tables.md`` says what is read and what is not.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from typing import Any, Final, NamedTuple

from moneyparse.errors import ParseError
from moneyparse.extract import DEFAULT_KINDS
from moneyparse.extract import extract as extract_text
from moneyparse.figure import Bound, Figure, Kind
from moneyparse.grammar import lexicon
from moneyparse.lexicon.tables import (
    HEADCOUNT_HEADS,
    ID_ENDINGS,
    ID_HEADS,
    NOTE_HEADS,
    RATES_IN_MONEY,
    RATIO_MARKS,
    YEAR_COUNT_HEADS,
)
from moneyparse.normalize import fold_width
from moneyparse.parser import parse
from moneyparse.tables import header_words, scale_of
from moneyparse.value import EXACT, read_number

__all__ = ["decode", "extract"]


def decode(document: bytes) -> str:
    """Bytes as text: UTF-8 when they are UTF-8 (a BOM dropped), else CP949 (which holds
    EUC-KR). A declared charset is not believed: filings declare euc-kr and are UTF-8."""
    if document.startswith(b"\xef\xbb\xbf"):
        document = document[3:]
    try:
        return document.decode("utf-8")
    except UnicodeDecodeError:
        return document.decode("cp949", errors="replace")


def extract(
    document: str | bytes,
    *,
    default_currency: str | None = None,
    kinds: Collection[Kind] | None = None,
) -> list[Figure]:
    """Every figure of an HTML page or a DART XML document, in document order.

    Figures read from a table cell carry ``row`` (the row's label cells, joined with
    " / ") and ``column`` (the head cells above, top to bottom, joined with " / ");
    figures of running text have ``None`` there, as :func:`moneyparse.extract` gives
    them. Bytes are decoded with :func:`decode`; spans are offsets into that text.

    :param default_currency: ISO code for money written without a currency.
    :param kinds: the kinds to return; by default all but ``Kind.NUMBER`` (a cell
        whose unit nothing names, years of service).
    :raises ImportError: when lxml is not installed.
    """
    text = decode(document) if isinstance(document, bytes) else document
    if not isinstance(text, str):
        raise TypeError(f"moneyparse.html reads str or bytes, not {type(document).__name__}")
    wanted = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    with localcontext(EXACT):
        root = _parse_tree(text)
        if root is None:
            return []
        doc = _Walk(text)
        doc.walk(root)
        return doc.figures(default_currency, wanted)


# ---------------------------------------------------------------------------------------
# Parsing


def _parse_tree(text: str) -> Any:
    """The document's tree, with the safe settings; XML for a document that declares
    itself XML (DART's), HTML otherwise and where XML recovers nothing."""
    from lxml import etree  # the optional extra, imported on first use

    data = text.encode("utf-8", errors="replace")
    head = text[:200].lstrip("\ufeff \t\r\n")
    if head.startswith("<?xml") or head.startswith("<DOCUMENT"):
        xml = etree.XMLParser(
            recover=True,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            encoding="utf-8",
            remove_pis=True,
        )
        try:
            root = etree.fromstring(data, xml)
        except etree.XMLSyntaxError:
            root = None
        if root is not None and len(root):
            return root
    parser = etree.HTMLParser(recover=True, no_network=True, encoding="utf-8", remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None


# Elements whose text is not read; inline elements that do not end a paragraph.
_SKIPPED: Final = frozenset({"script", "style", "template", "noscript"})
_INLINE: Final = frozenset(
    {"span", "b", "i", "u", "a", "font", "strong", "em", "small", "big", "sup", "sub", "s", "strike", "mark"}
    | {"abbr", "acronym", "cite", "code", "kbd", "q", "samp", "var", "label", "tt", "ins", "del", "nobr"}
)
_CELLS: Final = frozenset({"td", "th", "te", "tu"})


@dataclass
class _Cell:
    parts: list[tuple[str, int]] = field(default_factory=list)  # (text, piece index or -1)
    head: bool = False
    rowspan: int = 1
    colspan: int = 1

    def raw(self) -> str:
        return "".join(p for p, _ in self.parts)


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)
    head_rows: set[int] = field(default_factory=set)  # rows in THEAD
    caption: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class _Block:
    """Running text: the pieces of one paragraph."""

    parts: list[tuple[str, int]] = field(default_factory=list)


def _name(el: Any) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""  # a comment, a processing instruction, an entity left unresolved
    return tag.rsplit("}", 1)[-1].lower()


def _span(el: Any, name: str) -> int:
    value = el.get(name) or el.get(name.upper()) or "1"
    try:
        n = int(value.strip())
    except ValueError:
        return 1
    return min(max(n, 1), 1000)


class _Walk:
    """One pass over the tree in document order: running-text blocks and tables, in the
    order they start, and every text piece (an element's text or tail) in order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pieces: list[str] = []
        self.items: list[_Block | _Table] = []
        self.block: _Block | None = None

    # -- building ------------------------------------------------------------------------

    def walk(self, root: Any) -> None:
        # an explicit stack, so that deeply nested markup needs no recursion
        tables: list[_Table] = []
        cells: list[_Cell | None] = []  # the open cell of each open table
        captions: list[bool] = []
        stack: list[tuple[Any, int]] = [(root, 0)]
        while stack:
            el, state = stack.pop()
            name = _name(el)
            if state == 0:
                if name in _SKIPPED:
                    stack.append((el, 2))
                    continue
                if name == "table":
                    tables.append(_Table())
                    cells.append(None)
                    captions.append(False)
                    self.items.append(tables[-1])
                    self.block = None
                elif tables and name == "tr":
                    tables[-1].rows.append([])
                    if el.getparent() is not None and _name(el.getparent()) == "thead":
                        tables[-1].head_rows.add(len(tables[-1].rows) - 1)
                    cells[-1] = None
                elif tables and name in _CELLS:
                    if not tables[-1].rows:
                        tables[-1].rows.append([])
                    cell = _Cell(head=name == "th", rowspan=_span(el, "rowspan"), colspan=_span(el, "colspan"))
                    tables[-1].rows[-1].append(cell)
                    cells[-1] = cell
                elif tables and name == "caption":
                    captions[-1] = True
                elif name and name not in _INLINE:
                    self._boundary(cells[-1] if cells else None)
                stack.append((el, 1))
                self._text(el.text, tables, cells, captions)
                stack.extend((child, 0) for child in reversed(el))
                continue
            if state == 1:
                if name == "table" and tables:
                    tables.pop()
                    cells.pop()
                    captions.pop()
                    self.block = None
                elif tables and name in _CELLS:
                    cells[-1] = None
                elif tables and name == "caption":
                    captions[-1] = False
                elif name and name not in _INLINE:
                    self._boundary(cells[-1] if cells else None)
            self._text(el.tail, tables, cells, captions)

    def _boundary(self, cell: _Cell | None) -> None:
        if cell is not None:
            cell.parts.append((" ", -1))  # <br>, <p> inside a cell: a space between its lines
        else:
            self.block = None

    def _text(self, s: str | None, tables: list[_Table], cells: list[_Cell | None], captions: list[bool]) -> None:
        if not s:
            return
        index = len(self.pieces)
        self.pieces.append(s)
        if tables:
            cell = cells[-1]
            if cell is not None:
                cell.parts.append((s, index))
                return
            if captions[-1]:
                tables[-1].caption.append((s, index))
                return
            if not s.strip():
                return
        if self.block is None:
            self.block = _Block()
            self.items.append(self.block)
        self.block.parts.append((s, index))

    # -- reading -------------------------------------------------------------------------

    def figures(self, default_currency: str | None, wanted: frozenset[Kind]) -> list[Figure]:
        found: list[_Found] = []  # (parts, start, end, figure)
        units = _units_around(self.items)
        for i, item in enumerate(self.items):
            if isinstance(item, _Block):
                text = "".join(p for p, _ in item.parts)
                for fig in extract_text(text, default_currency=default_currency, kinds=wanted):
                    found.append((item.parts, fig.start, fig.end, fig))
            else:
                for parts, start, end, cell in _read_table(item, units[i], default_currency):
                    if cell.kind in wanted:
                        found.append((parts, start, end, cell))  # row and column set in _place
        return self._place(found)

    def _place(self, found: list[_Found]) -> list[Figure]:
        """Each figure's span moved from its paragraph or cell to the document."""
        out: list[Figure] = []
        aligner = _Aligner(self.source)
        for parts, start, end, fig in found:
            span = _to_source(aligner, self.pieces, parts, start, end)
            if span is None:
                continue
            out.append(_with_span(fig, span, self.source))
        return out


# A figure found in a paragraph or cell: the parts of its text, its start and end in
# them, and the figure (with the labels of its cell, for a table's).
_Found = tuple[list[tuple[str, int]], int, int, "Figure | _Labelled"]


def _with_span(fig: Figure | _Labelled, span: tuple[int, int], source: str) -> Figure:
    text = source[span[0] : span[1]]
    if isinstance(fig, _Labelled):
        return replace(fig.figure, span=span, text=text, row=fig.row, column=fig.column)
    return replace(fig, span=span, text=text)


# ---------------------------------------------------------------------------------------
# Offsets: from a piece of the tree's text back to the document


def _to_source(
    aligner: _Aligner, pieces: list[str], parts: list[tuple[str, int]], start: int, end: int
) -> tuple[int, int] | None:
    """(start, end) in a paragraph's or cell's joined text, as offsets in the document."""
    pos = 0
    lo: int | None = None
    hi: int | None = None
    for text, index in parts:
        nxt = pos + len(text)
        if index >= 0:
            if lo is None and pos <= start < nxt:
                lo = aligner.offset(index, pieces[index], start - pos)
            if hi is None and pos < end <= nxt:
                hi = aligner.offset(index, pieces[index], end - pos - 1)
                hi = None if hi is None else hi + 1
        pos = nxt
    if lo is None or hi is None or hi < lo:
        return None
    return lo, hi


_ENTITY: Final = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_SPECIAL: Final = frozenset(" \t\r\n\xa0\u3000&<>\"'")


class _Aligner:
    """Finds each text piece of the tree in the document, in document order, and maps its
    characters to the document's: a piece is found after the last one found, outside
    markup, and compared character by character where entities (``&nbsp;``, ``&amp;``)
    or line ends (``\\r\\n``) make it differ from the document."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0
        self.found: dict[int, tuple[int, list[int] | None, int]] = {}  # index -> (base, map, k)

    def offset(self, index: int, piece: str, i: int) -> int | None:
        got = self.found.get(index)
        if got is None:
            got = self._locate(piece)
            if got is None:
                return None
            self.found[index] = got
        base, chars, k = got
        if chars is None:
            return base + i
        j = i - k
        return chars[j] if 0 <= j < len(chars) else None

    def _locate(self, piece: str) -> tuple[int, list[int] | None, int] | None:
        src = self.source
        k = next((i for i, ch in enumerate(piece) if ch not in _SPECIAL), None)
        if k is None:
            return None
        run_end = k
        while run_end < len(piece) and run_end - k < 24 and piece[run_end] not in _SPECIAL:
            run_end += 1
        lead = piece[k:run_end]
        rest = piece[k:]
        q = src.find(lead, self.cursor)
        tries = 0
        while q != -1 and tries < 64:
            tries += 1
            if not _in_markup(src, self.cursor, q):
                if src.startswith(rest, q):
                    self.cursor = q + len(rest)
                    return q - k, None, 0
                chars = _match(src, rest, q)
                if chars is not None:
                    self.cursor = chars[-1] + 1 if chars else q
                    return 0, chars, k
            q = src.find(lead, q + 1)
        return None


def _in_markup(src: str, lo: int, q: int) -> bool:
    """True when *q* stands inside a tag or comment opened after *lo*."""
    return src.rfind("<", lo, q) > src.rfind(">", lo, q)


def _match(src: str, piece: str, q: int) -> list[int] | None:
    """The document offset of each character of *piece*, read from *q* on, or None."""
    import html

    out: list[int] = []
    i = q
    j = 0
    n = len(src)
    while j < len(piece):
        if i >= n:
            return None
        ch = src[i]
        if ch == "&":  # an entity first (&amp; is one &), else a bare & (R&D)
            m = _ENTITY.match(src, i)
            if m is not None:
                decoded = html.unescape(m.group(0) if m.group(0).endswith(";") else m.group(0) + ";")
                if decoded and decoded != m.group(0) and piece.startswith(decoded, j):
                    out.extend([i] * len(decoded))
                    j += len(decoded)
                    i = m.end()
                    continue
        if ch == piece[j]:
            out.append(i)
            i += 1
            j += 1
            continue
        if ch == "\r":
            i += 1
            continue
        if ch == "<" and src.startswith("<![CDATA[", i):
            i += 9
            continue
        if ch == "]" and src.startswith("]]>", i):
            i += 3
            continue
        return None
    return out


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


def _unit_word(word: str) -> _Unit | None:
    """A unit word as a unit: 백만원 (money), 천주 (a count), %, 명, 배."""
    word = word.strip()
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


def _header(text: str) -> _Header | None:
    """The unit header in *text* ``(단위 : 백만원, %)``, or None."""
    if "단위" not in text:
        return None
    words = header_words(text)
    if words is None:
        return None
    units = [u for u in (_unit_word(w) for w in words) if u is not None]
    if not units:
        return None
    return _Header(units[0], any(u.kind is Kind.PERCENT for u in units))


_NORMAL_SPACE: Final = re.compile(r"[\s\u3000\xa0]+")


def _normal(text: str) -> str:
    return _NORMAL_SPACE.sub(" ", text).strip()


_UNIT_IN_LABEL: Final = re.compile(r"\(\s*([^()\s]{1,6})\s*\)\s*$")


def _label_unit(label: str, header: _Header | None) -> _Unit | None:
    """What a row label or a column head says of the bare numbers under it: a unit of
    its own (``(단위 : 원)``, ``(명)``, ``(%)``), a ratio (영업이익률: % where the header
    lists it, else a bare number), people (직원 수), years (근속연수), or no figure at
    all (주석, 순위, 코드); None where it says nothing."""
    own = _header(label)
    if own is not None:
        return own.unit
    m = _UNIT_IN_LABEL.search(label)
    if m is not None:
        unit = _unit_word(m.group(1))
        if unit is not None:
            return unit
    bare = _UNIT_IN_LABEL.sub("", label).replace(" ", "")
    if bare in ID_HEADS or bare.endswith(ID_ENDINGS) or bare in NOTE_HEADS:
        return _SKIP
    if bare.endswith(HEADCOUNT_HEADS):
        return _PEOPLE
    if bare.endswith(YEAR_COUNT_HEADS):
        return _BARE
    if any(mark in bare for mark in RATIO_MARKS) and not any(word in bare for word in RATES_IN_MONEY):
        return _PERCENT if header is not None and header.percent else _BARE
    return None


def _units_around(items: list[_Block | _Table]) -> list[_Header | None]:
    """For each table, the unit header that applies to it from outside: the last one
    written after the previous table with cells of figures and before it (a paragraph,
    a one-cell table, a caption), else the first one after it before the next such
    table (a unit line under the table). Headers inside a table are its own."""
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
            else:
                stop = data[n + 1] if n + 1 < len(data) else len(items)
                after = [j for j in range(i + 1, stop) if headers[j] is not None and j not in taken]
                if after:
                    own = headers[after[0]]
                    taken.add(after[0])
        out[i] = own
        previous = i
    return out


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
_YEAR: Final = re.compile(r"\(?(?:19|20)[0-9]{2}(?:년|[AEFP])?\)?")
_DITTO: Final = frozenset({'"', "〃", "″", "“", "”", "''"})
_EMPTY: Final = frozenset({"", "-", "–", "—", "－", "N/A", "n/a"})


def _is_amount(text: str) -> bool:
    """A cell that holds an amount: digits with a sign, parentheses, % or a counter
    (``(1,204)``, ``△3,310``, ``14개``), not a year (2024년) nor a duration (3개월)."""
    text = fold_width(text)  # ３ is 3
    if not _AMOUNT.fullmatch(text) or _YEAR.fullmatch(text):
        return False
    word = text.rstrip(")").lstrip("(-)+−△▲▼").lstrip("0123456789,.")
    if not word or word == "%":
        return True
    hit = lexicon().units.at(word, 0)
    return hit is not None and hit[0] == word and hit[1].kind is not None


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
    if not grid or not _has_figures(table):
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
    for r in range(len(grid)):
        line = grid[r]
        if r in heads or r in unit_rows:
            continue
        label_cells = line[:labels]
        amounts = [c for c in range(labels, width) if is_amount(line[c])]
        if not amounts:
            if labels and all(not text(cell) for cell in label_cells) and any(text(c) for c in line[labels:]):
                period = {c: text(line[c]) for c in range(labels, width) if text(line[c])}  # 2025년 6월말
            for c in range(labels):
                if text(line[c]) and text(line[c]) not in _DITTO:
                    above[c] = text(line[c])
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
        done: set[int] = set()
        for c in range(labels, width):
            cell = line[c]
            if cell is None or id(cell) in done:
                continue
            done.add(id(cell))
            column = head_of[c]
            if c in period:
                column = f"{column} / {period[c]}" if column else period[c]
            if head_units[c] is _SKIP:
                continue  # 주석, 순위: note numbers and ranks, whatever the row says
            unit = row_unit or head_units[c] or (header.unit if header is not None else None)
            for start, end, fig in _read_cell(cell.raw(), unit, default_currency):
                yield cell.parts, start, end, _Labelled(fig, row_label, column)


class _Labelled(NamedTuple):
    """A cell's figure before its span is known, with the labels it will carry."""

    figure: Figure
    row: str | None
    column: str | None

    @property
    def kind(self) -> Kind:
        return self.figure.kind


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
        for f in extract_text(stripped, default_currency=default_currency):
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
    value = number.value * unit.factor
    if body[0] in _MINUS:
        value = -value
    return Figure(unit.kind, value, value, value, unit.currency, unit.unit)


_SIGNS: Final = frozenset("+-−△")
_MINUS: Final = frozenset("-−△")


def _scaled(fig: Figure, unit: _Unit) -> Figure:
    m = unit.factor
    value = None if fig.value is None else fig.value * m
    return Figure(
        kind=unit.kind,
        value=value,
        low=fig.low * m,
        high=fig.high * m,
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
