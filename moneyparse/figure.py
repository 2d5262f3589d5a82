"""The value type of the library: :class:`Figure`, with its :class:`Kind` and :class:`Bound`.

A Figure is a plain immutable value. It knows how to check itself and turn into a dict;
reading text is the grammar's business, not this module's.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pint is imported on the first to_quantity call, never at import
    from babel import Locale
    from pint import Quantity, UnitRegistry


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

    ``per_amount`` is how many of ``per`` the figure is the price of: ``100`` for
    ``100엔당 912.30원``, ``1000000`` for ``100만 btu당``, ``1`` where no number is written
    (``주당``, ``달러당``), ``None`` exactly where ``per`` is ``None``. ``row`` and
    ``column`` are the labels of the table cell a figure was read from, as written, and
    ``None`` in running text. These three come last so that positional construction of
    the fields before them keeps working.

    >>> r = parse("100엔당 912.30원")
    >>> r.value, r.currency, r.per, r.per_amount
    (Decimal('912.30'), 'KRW', 'JPY', Decimal('100'))
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
    per_amount: Decimal | None = None
    row: str | None = None
    column: str | None = None

    def __post_init__(self) -> None:
        if self.per is None and self.per_amount is not None:
            raise ValueError(f"per_amount {self.per_amount} with no per")
        if self.per is not None and self.per_amount is None:
            object.__setattr__(self, "per_amount", Decimal(1))  # 주당: one share
        if self.per_amount is not None and self.per_amount <= 0:
            raise ValueError(f"per_amount must be positive, got {self.per_amount}")
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
            "per_amount": _plain(self.per_amount),
            "approximate": self.approximate,
            "bound": self.bound.value,
            "text": self.text,
            "start": self.span[0],
            "end": self.span[1],
            "equivalent_of": self.equivalent_of,
            "row": self.row,
            "column": self.column,
        }

    def format(self, locale: str | Locale = "ko_KR") -> str:
        """The figure as text in *locale*, through Babel's CLDR data.

        Korean writes the news form (약, 이상, 대, the short currency word) and the exact
        myriad form where CLDR's compact form would round; English writes CLDR's compact
        currency forms where three decimals say the value exactly, and full digits
        otherwise. :func:`moneyparse.parse` reads the result back to an equal figure
        (``docs/formatting.md`` says what "equal" means and which English forms it cannot
        read yet).

        >>> from moneyparse import parse
        >>> f = parse("약 230억달러")
        >>> f.format(), f.format("en_US")
        ('약 230억 달러', 'about $23B')
        >>> parse("1조4686억원 이상").format()
        '1조 4,686억 원 이상'
        >>> parse("3~4조원").format(), parse("3~4조원").format("en_US")
        ('3조~4조 원', '₩3T–4T')
        >>> str(parse("1억원대")), parse("0.25%p").format("en_US")
        ('1억 원대', '0.25 pp')

        :param locale: a Babel locale or its name; any ``ko`` or ``en`` locale.
        :raises ValueError: for a locale in another language.
        """
        from moneyparse.format import format_figure

        return format_figure(self, locale)

    def __str__(self) -> str:
        """The Korean form: ``format("ko_KR")``."""
        return self.format("ko_KR")

    def to_quantity(self, registry: UnitRegistry[Decimal] | None = None) -> Quantity[Decimal]:
        """The figure as a pint ``Quantity`` with a ``Decimal`` magnitude.

        Money is in a dimension of its own per currency, a rate is divided by its ``per``
        (``80 USD / oil_barrel``), 평 converts to m² exactly to the ``Decimal`` context's
        precision, a count is in a unit of its own named by the counter's English noun
        (``17 person``). A bound keeps its written value (``bound`` says the direction).
        A range or band has no single value: use :meth:`to_quantity_bounds`.

        >>> from moneyparse import parse
        >>> parse("배럴당 80달러").to_quantity()
        <Quantity(80, 'USD / oil_barrel')>
        >>> parse("34평").to_quantity().to("m**2")
        <Quantity(112.3966942148760330578512397, 'meter ** 2')>

        :param registry: a pint registry built with ``non_int_type=Decimal`` that holds
            moneyparse's definitions (see :func:`moneyparse.quantity.new_registry`);
            by default moneyparse's own, built once on first use.
        :raises ValueError: for a range or band, or a registry without ``Decimal``.
        """
        from moneyparse.quantity import quantity_of

        if self.value is None:
            raise ValueError(
                f"{self.text or self.format()!r} is a {self.bound.value} [{_plain(self.low)}, {_plain(self.high)}]"
                " with no single value; to_quantity_bounds() gives its two ends"
            )
        return quantity_of(self, self.value, registry)

    def to_quantity_bounds(
        self, registry: UnitRegistry[Decimal] | None = None
    ) -> tuple[Quantity[Decimal], Quantity[Decimal]]:
        """``low`` and ``high`` as pint quantities, for every figure (a band's high is exclusive).

        >>> from moneyparse import parse
        >>> low, high = parse("30~40평").to_quantity_bounds()
        >>> low.to("m**2").magnitude, high.to("m**2").magnitude
        (Decimal('99.17355371900826446280991736'), Decimal('132.2314049586776859504132231'))

        :param registry: as for :meth:`to_quantity`.
        """
        from moneyparse.quantity import quantity_of

        return quantity_of(self, self.low, registry), quantity_of(self, self.high, registry)


# The slots' own setters: a frozen dataclass refuses setattr, and these are what its
# generated __init__ calls through object.__setattr__, minus the look-up by name (used by
# set_fresh below and grammar.base.checked_elsewhere, which builds the hot path's figures).
(
    _KIND,
    _VALUE,
    _LOW,
    _HIGH,
    _CURRENCY,
    _UNIT,
    _PER,
    _APPROXIMATE,
    _BOUND,
    _TEXT,
    _SPAN,
    _EQUIVALENT_OF,
    _PER_AMOUNT,
    _ROW,
    _COLUMN,
) = (getattr(Figure, name).__set__ for name in Figure.__dataclass_fields__)


def set_fresh(
    fig: Figure, *, row: str | None = None, column: str | None = None, equivalent_of: int | None = None
) -> None:
    """Give a Figure that :func:`checked_elsewhere` has just built, and that nobody else
    holds yet, its table labels or the index of the figure it restates: what
    ``dataclasses.replace`` would do at an eighth of the cost (a table document sets labels
    on every cell). Never for a Figure that has been handed out: Figures are immutable."""
    if row is not None or column is not None:
        _ROW(fig, row)
        _COLUMN(fig, column)
    if equivalent_of is not None:
        _EQUIVALENT_OF(fig, equivalent_of)
