"""The pieces a document is read into: cells, tables, paragraphs and the figures found in
them, each with where its text stands in the document. Types only; no reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, NamedTuple

from moneyparse.figure import Figure, Kind

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


# A figure found in a paragraph or cell: the parts of its text, its start and end in
# them, and the figure (with the labels of its cell, for a table's).
_Found = tuple[list[tuple[str, int]], int, int, "Figure | _Labelled"]


class _Labelled(NamedTuple):
    """A cell's figure before its span is known, with the labels it will carry."""

    figure: Figure
    row: str | None
    column: str | None

    @property
    def kind(self) -> Kind:
        return self.figure.kind
