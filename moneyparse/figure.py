"""The value type of the library: :class:`Figure`, with its :class:`Kind` and :class:`Bound`.

A Figure is a plain immutable value. It knows how to check itself and turn into a dict;
reading text is the grammar's business, not this module's.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


class Kind(str, enum.Enum):
    """What a figure measures. The values are the JSON strings of :meth:`Figure.to_dict`."""

    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    MULTIPLE = "multiple"
    COUNT = "count"
    QUANTITY = "quantity"
    NUMBER = "number"

    def __str__(self) -> str:
        return self.value


class Bound(str, enum.Enum):
    """How ``low`` and ``high`` relate to the amount meant.

    ``EQ`` a point; ``GE``/``GT``/``LE``/``LT`` a one-sided bound on ``value``;
    ``RANGE`` closed ``[low, high]``; ``BAND`` half-open ``[low, high)``.
    """

    EQ = "eq"
    GE = "ge"
    GT = "gt"
    LE = "le"
    LT = "lt"
    RANGE = "range"
    BAND = "band"

    def __str__(self) -> str:
        return self.value


def _plain(x: Decimal | None) -> str | None:
    """A decimal as a plain string: no exponent, no trailing zeros after the point."""
    if x is None:
        return None
    text = format(x, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure read from text: an exact amount with its unit, flags and span.

    >>> from moneyparse import parse
    >>> f = parse("약 230억달러")
    >>> f.kind, f.value, f.currency, f.approximate
    (<Kind.MONEY: 'money'>, Decimal('23000000000'), 'USD', True)
    >>> band = parse("1억383만 원대")
    >>> band.bound, band.low, band.high
    (<Bound.BAND: 'band'>, Decimal('103830000'), Decimal('103840000'))
    >>> band.to_dict()["low"]
    '103830000'

    ``value`` is ``None`` exactly for a ``RANGE`` or a ``BAND``; for every other figure
    ``low == value == high`` and ``bound`` says which side the written number limits.
    ``equivalent_of`` is the index, in the same ``extract`` result, of the figure that a
    parenthesised equivalent restates (``약 230억달러(약 25조원)``), else ``None``.
    """

    kind: Kind
    value: Decimal | None
    low: Decimal
    high: Decimal
    currency: str | None = None
    unit: str | None = None
    per: str | None = None
    approximate: bool = False
    bound: Bound = Bound.EQ
    text: str = ""
    span: tuple[int, int] = (0, 0)
    equivalent_of: int | None = None

    def __post_init__(self) -> None:
        interval = self.bound in (Bound.RANGE, Bound.BAND)
        if interval != (self.value is None):
            raise ValueError(f"value must be None exactly for a range or band, got {self.value!r} with {self.bound}")
        if self.value is not None and not (self.low == self.value == self.high):
            raise ValueError("a point or bound figure has low == value == high")
        if self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        if self.bound is Bound.BAND and self.low == self.high:
            raise ValueError("a band is half-open and cannot be empty")
        if self.span[0] > self.span[1]:
            raise ValueError(f"span {self.span} runs backwards")

    @property
    def start(self) -> int:
        """Offset of the first character in the original text."""
        return self.span[0]

    @property
    def end(self) -> int:
        """Offset just past the last character in the original text."""
        return self.span[1]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: decimals as plain strings, enums as their values.

        >>> from moneyparse import parse
        >>> d = parse("3~4조원").to_dict()
        >>> d["value"], d["low"], d["high"], d["bound"]
        (None, '3000000000000', '4000000000000', 'range')
        """
        return {
            "kind": self.kind.value,
            "value": _plain(self.value),
            "low": _plain(self.low),
            "high": _plain(self.high),
            "currency": self.currency,
            "unit": self.unit,
            "per": self.per,
            "approximate": self.approximate,
            "bound": self.bound.value,
            "text": self.text,
            "start": self.span[0],
            "end": self.span[1],
            "equivalent_of": self.equivalent_of,
        }
