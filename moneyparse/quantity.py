"""Figures as pint quantities: moneyparse's unit registry and the unit of each figure.

What lives here: the registry (pint's defaults, ``lexicon/units.txt``, one dimension
per ISO currency from Babel and one per counter noun), built once on first use behind
a lock, and the pint unit expression of a figure. Only :meth:`Figure.to_quantity` and
:meth:`Figure.to_quantity_bounds` import this module, so ``import moneyparse`` never
loads pint.

>>> from decimal import Decimal
>>> registry = default_registry()
>>> registry.Quantity(Decimal(34), "pyeong").to("m**2").magnitude == Decimal(34) * 400 / 121
True
"""

from __future__ import annotations

import threading
from decimal import Decimal, localcontext
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final

import pint
from babel import Locale

from moneyparse.figure import Kind
from moneyparse.lexicon.counters import NOUN_BY_COUNTER

if TYPE_CHECKING:
    from moneyparse.figure import Figure

# Digits carried beyond the caller's precision while a conversion runs, and the
# precision the definitions and conversion factors are held at (400/121 to 100 digits):
# conversions are correctly rounded for a caller's precision up to 60 digits.
GUARD_DIGITS: Final = 40
DEFINITION_PRECISION: Final = 100

# Figure units whose pint name differs: pint's `point` is typographic, a length.
PINT_NAME_BY_UNIT: Final = {"point": "index_point"}


class DecimalRegistry(pint.UnitRegistry[Decimal]):
    """A pint registry whose conversions of a ``Decimal`` are rounded once.

    pint multiplies a magnitude by a conversion factor that has been rounded already, so
    34 × round(400/121) can miss the correctly rounded 13600/121 in the last digit. Here
    factors are computed (and cached) with :data:`GUARD_DIGITS` more digits than the
    caller's context (and at least :data:`DEFINITION_PRECISION`), and the converted
    magnitude is rounded once, in the caller's context.
    """

    def _get_conversion_factor(self, src: Any, dst: Any) -> Any:
        # Cached on first use, so computed as wide as the definitions whoever asks first.
        with localcontext() as ctx:
            ctx.prec = max(ctx.prec + GUARD_DIGITS, DEFINITION_PRECISION)
            return super()._get_conversion_factor(src, dst)

    def _convert(self, value: Any, src: Any, dst: Any, inplace: bool = False, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(value, Decimal):
            return super()._convert(value, src, dst, inplace, *args, **kwargs)
        with localcontext() as ctx:
            ctx.prec += GUARD_DIGITS
            converted = super()._convert(value, src, dst, inplace, *args, **kwargs)
        return +converted  # unary plus rounds to the caller's context


def _currency_codes() -> list[str]:
    """Every ISO 4217 code CLDR knows (historical ones too: a figure may carry any)."""
    codes = (str(code) for code in Locale("en").currencies)
    return sorted(code for code in codes if len(code) == 3 and code.isalpha() and code.isupper())


def new_registry() -> DecimalRegistry:
    """A fresh registry with moneyparse's definitions, for a caller who adds their own.

    Build one when you need contexts or exchange rates of your own; otherwise
    :func:`default_registry` shares one. Takes about a second (pint's defaults).
    """
    with localcontext() as ctx:
        ctx.prec = DEFINITION_PRECISION
        registry = DecimalRegistry(non_int_type=Decimal, cache_folder=None)
        registry.load_definitions(str(files("moneyparse.lexicon").joinpath("units.txt")))
        for code in _currency_codes():
            registry.define(f"{code} = [currency_{code}]")
        for noun in sorted(set(NOUN_BY_COUNTER.values())):
            registry.define(f"{noun} = [counted_{noun}]")
    return registry


_lock = threading.Lock()
_default: DecimalRegistry | None = None


def default_registry() -> DecimalRegistry:
    """moneyparse's registry, built on the first call and shared after it (thread-safe)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = new_registry()
    return _default


def unit_of(figure: Figure) -> str:
    """The pint unit expression of *figure*: ``USD / oil_barrel``, ``pyeong``, ``person``.

    :raises ValueError: for a count whose counter has no noun in the counters table.
    """
    if figure.kind is Kind.MONEY:
        assert figure.currency is not None
        unit = figure.currency
    elif figure.kind is Kind.NUMBER:
        unit = "dimensionless"
    elif figure.kind is Kind.COUNT:
        assert figure.unit is not None
        noun = NOUN_BY_COUNTER.get(figure.unit)
        if noun is None:
            raise ValueError(f"the counter {figure.unit!r} has no English noun in lexicon/counters.py to count in")
        unit = noun
    else:
        assert figure.unit is not None
        unit = PINT_NAME_BY_UNIT.get(figure.unit, figure.unit)
    if figure.per is None:
        return unit
    per = PINT_NAME_BY_UNIT.get(figure.per, figure.per)
    return f"{unit} / ({per})" if " " in per else f"{unit} / {per}"


def quantity_of(
    figure: Figure, magnitude: Decimal, registry: pint.UnitRegistry[Decimal] | None
) -> pint.Quantity[Decimal]:
    """*magnitude* in the unit of *figure*, in *registry* or moneyparse's own.

    :raises ValueError: for a registry that would turn the magnitude into a float, or
        a unit the registry does not define.
    """
    reg = default_registry() if registry is None else registry
    if reg.non_int_type is not Decimal:
        raise ValueError("the registry must be built with non_int_type=Decimal, or magnitudes become floats")
    unit = unit_of(figure)
    try:
        units = reg.parse_units(unit)
    except pint.UndefinedUnitError as exc:
        raise ValueError(
            f"the registry does not define {unit!r}; build it with moneyparse.quantity.new_registry()"
        ) from exc
    if figure.per_amount is not None and figure.per_amount != 1:
        magnitude = magnitude / figure.per_amount  # 100엔당 912.30원: 9.123 KRW / JPY
    quantity: pint.Quantity[Decimal] = reg.Quantity(magnitude, units)
    return quantity
