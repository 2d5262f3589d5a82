"""Offsets back into the document as given: the tree's text has its entities (``&nbsp;``,
``&amp;``) resolved and its line ends folded, so each piece of text is matched against
the markup it came from, and a figure's span points at the characters a user can find.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Final

from moneyparse.figure import Figure
from moneyparse.html.model import _Labelled


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

    def __init__(self, source: str, pieces: list[str]) -> None:
        self.source = source
        self.pieces = pieces
        self.cursor = 0
        self.next = 0  # the first piece not looked for yet
        self.found: dict[int, tuple[int, list[int] | None, int]] = {}  # index -> (base, map, k)

    def offset(self, index: int, piece: str, i: int) -> int | None:
        got = self.found.get(index)
        if got is None:
            self._catch_up(index)
            got = self._locate(piece)
            self.next = max(self.next, index + 1)
            if got is None:
                return None
            self.found[index] = got
        base, chars, k = got
        if chars is None:
            return base + i
        j = i - k
        return chars[j] if 0 <= j < len(chars) else None

    def _catch_up(self, index: int) -> None:
        """Find the pieces before *index* that no figure asked for, in turn, so that the
        cursor stands past them: a figure's text is then not found in an earlier piece
        that holds the same characters (the 1 of a date on the cover, 171.50 in a
        correction table above). Each is looked for near the cursor only."""
        while self.next < index:
            j = self.next
            self.next += 1
            if j not in self.found:
                got = self._locate(self.pieces[j], _CATCH_UP_REACH)
                if got is not None:
                    self.found[j] = got

    def _locate(self, piece: str, reach: int | None = None) -> tuple[int, list[int] | None, int] | None:
        """Where *piece* stands after the cursor, outside markup; a place where the piece
        ends at a tag, as a text node does, is taken before one inside longer text."""
        src = self.source
        k = next((i for i, ch in enumerate(piece) if ch not in _SPECIAL), None)
        if k is None:
            return None
        run_end = k
        while run_end < len(piece) and run_end - k < 24 and piece[run_end] not in _SPECIAL:
            run_end += 1
        lead = piece[k:run_end]
        rest = piece[k:]
        limit = len(src) if reach is None else min(len(src), self.cursor + reach)
        q = src.find(lead, self.cursor, limit)
        tries = 0
        fallback: tuple[tuple[int, list[int] | None, int], int] | None = None
        while q != -1 and tries < 64:
            tries += 1
            if not _in_markup(src, self.cursor, q):
                got: tuple[int, list[int] | None, int] | None = None
                if src.startswith(rest, q):
                    got, end = (q - k, None, 0), q + len(rest)
                else:
                    matched = _match(src, rest, q)
                    if matched is not None:
                        got, end = (0, matched[0], k), matched[1]
                if got is not None:
                    if _ends_at_tag(src, end):
                        self.cursor = end
                        return got
                    if fallback is None:
                        fallback = got, end
                        # a place that ends at a tag is looked for a little further on only
                        limit = min(limit, end + _BETTER_REACH)
            q = src.find(lead, q + 1, limit)
        if fallback is None:
            return None
        self.cursor = fallback[1]
        return fallback[0]


# How far past the cursor a piece no figure asked for is looked for (the markup between
# two pieces of text); a figure's own piece is looked for to the end.
_CATCH_UP_REACH: Final = 4096
# How far past a place that does not end at a tag a better one is looked for.
_BETTER_REACH: Final = 4096


def _ends_at_tag(src: str, end: int) -> bool:
    """A text node's characters end where a tag, a CDATA end or the document does."""
    return end >= len(src) or src[end] == "<" or src.startswith("]]>", end)


def _in_markup(src: str, lo: int, q: int) -> bool:
    """True when *q* stands inside a tag or comment opened after *lo*."""
    return src.rfind("<", lo, q) > src.rfind(">", lo, q)


def _match(src: str, piece: str, q: int) -> tuple[list[int], int] | None:
    """The document offset of each character of *piece*, read from *q* on, and where the
    piece ends in the document (past an entity it ends with: 매출&nbsp;), or None."""
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
    return out, i
