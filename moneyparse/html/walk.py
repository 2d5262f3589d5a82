"""The walk over a parsed document: paragraphs become running text for
:func:`moneyparse.extract`, tables go to :mod:`moneyparse.html.cells` with the unit
lines around them, and every figure gets its span in the document as given.
"""

from __future__ import annotations

from typing import Any, Final

from moneyparse.extract import extract as extract_text
from moneyparse.figure import Figure, Kind
from moneyparse.html.cells import _read_table, _units_around
from moneyparse.html.model import _CELLS, _INLINE, _SKIPPED, _Block, _Cell, _Found, _Table
from moneyparse.html.source import _Aligner, _name, _span, _to_source, _with_span


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
                in_cell = bool(cells) and cells[-1] is not None
                if name in _SKIPPED or (in_cell and name not in _STRUCTURE and _hidden(el)):
                    # its tail is read; a tooltip hidden inside a cell is no part of its label
                    # (a tab panel hidden until clicked is read: it holds whole tables)
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
        aligner = _Aligner(self.source, self.pieces)
        for parts, start, end, fig in found:
            span = _to_source(aligner, self.pieces, parts, start, end)
            if span is None:
                continue
            out.append(_with_span(fig, span, self.source))
        return out


# The elements that lay out a table: never skipped, or its grid would shift.
_STRUCTURE: Final = frozenset({"table", "tr", "td", "th", "te", "tu", "thead", "tbody", "tfoot", "caption"})


def _hidden(el: Any) -> bool:
    """True for an element a reader does not see until asked: ``hidden``, or
    ``display:none`` in its style (부채비율(%) with its definition in a hidden tooltip)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style) and "display:none" in style.replace(" ", "").lower()
