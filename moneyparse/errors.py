"""The one exception of the library: :class:`ParseError`.

Facts live in attributes (``text``, ``position``, ``reason``); the sentence a person reads
is built in ``__str__``. Nothing else belongs here.
"""

from __future__ import annotations

_EXCERPT_RADIUS = 20


def _excerpt(text: str, position: int) -> str:
    """Quote at most 20 characters either side of *position*, so a huge input never lands in a log."""
    start = max(0, position - _EXCERPT_RADIUS)
    end = min(len(text), position + _EXCERPT_RADIUS)
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return head + repr(text[start:end]) + tail


class ParseError(ValueError):
    """*text* is not one figure: where reading stopped and why.

    >>> from moneyparse import parse
    >>> try:
    ...     parse("1조 달러 2")
    ... except ParseError as exc:
    ...     print(exc.position, exc.reason.split(";")[0])
    6 text goes on after the figure '1조 달러'

    :ivar text: the whole input, as given.
    :ivar position: code-point offset into *text* where reading went wrong.
    :ivar reason: one lower-case line saying what was found and what was expected.
    """

    def __init__(self, text: str, position: int, reason: str) -> None:
        super().__init__(text, position, reason)  # the constructor's own args: it pickles
        self.text = text
        self.position = position
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.reason} (at position {self.position} in {_excerpt(self.text, self.position)})"
