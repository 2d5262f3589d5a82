"""``Figure.to_quantity``: pint quantities with ``Decimal`` magnitudes, in moneyparse's registry."""

from __future__ import annotations

import subprocess
import sys
import threading
from decimal import Decimal, localcontext

import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyparse import Figure, Kind, parse
from moneyparse.lexicon.counters import NOUN_BY_COUNTER
from moneyparse.lexicon.units import UNIT_BY_WORD
from moneyparse.quantity import default_registry, new_registry, unit_of


def test_import_does_not_load_pint() -> None:
    """pint is imported by the first to_quantity call, never by ``import moneyparse``."""
    code = "import moneyparse, sys; moneyparse.parse('34평').format('en_US'); print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**20), st.integers(min_value=0, max_value=6), st.integers(10, 60))
def test_pyeong_converts_exactly(digits: int, places: int, precision: int) -> None:
    """n 평 in m² is n × 400/121 rounded once in the caller's context, at any precision."""
    n = Decimal(digits).scaleb(-places)
    with localcontext() as wide:
        wide.prec = 100
        true_area = n * 400 / 121  # exact to 100 digits, far past the precision below
    with localcontext() as ctx:
        ctx.prec = precision
        got = default_registry().Quantity(n, "pyeong").to("meter ** 2").magnitude
        assert isinstance(got, Decimal)
        assert got == ctx.plus(true_area)  # the true area, rounded once


def test_thirty_four_pyeong() -> None:
    area = parse("34평").to_quantity().to("m**2")
    assert area.magnitude == Decimal(34) * 400 / 121
    assert str(area.units) == "meter ** 2"


def test_oil_barrel_is_42_gallons_not_pints_barrel() -> None:
    rate = parse("배럴당 80달러").to_quantity()
    assert rate.units == default_registry().parse_units("USD / oil_barrel")
    assert rate.to("USD / gallon").magnitude == Decimal(80) / 42


def test_each_currency_is_its_own_dimension() -> None:
    won, dollars = parse("1,000원").to_quantity(), parse("1,000달러").to_quantity()
    with pytest.raises(pint.DimensionalityError):
        won.to(dollars.units)


def test_counts_are_in_their_own_units() -> None:
    """17명 is 17 person; people do not convert to shares."""
    people, shares = parse("17명").to_quantity(), parse("5,400,000주").to_quantity()
    assert (people.magnitude, str(people.units)) == (Decimal(17), "person")
    with pytest.raises(pint.DimensionalityError):
        people.to(shares.units)


def test_a_counter_without_a_noun_is_a_clear_error() -> None:
    pairs = Figure(Kind.COUNT, Decimal(3), Decimal(3), Decimal(3), unit="벌")
    with pytest.raises(ValueError, match="counter '벌' has no English noun"):
        pairs.to_quantity()


def test_a_bare_number_is_dimensionless() -> None:
    number = Figure(Kind.NUMBER, Decimal("1E+12"), Decimal("1E+12"), Decimal("1E+12"))
    assert number.to_quantity().to("dimensionless").magnitude == Decimal(10**12)


def test_points_and_percentages() -> None:
    assert parse("25bp").to_quantity().to("percentage_point").magnitude == Decimal("0.25")
    assert parse("3%p").to_quantity().to("percent").magnitude == Decimal(3)
    assert str(parse("20.5포인트").to_quantity().units) == "index_point"
    assert parse("3.5배").to_quantity().to("dimensionless").magnitude == Decimal("3.5")


def test_celsius_keeps_decimal_through_an_offset() -> None:
    kelvin = parse("-5℃").to_quantity().to("kelvin")
    assert kelvin.magnitude == Decimal("268.15")


def test_ranges_and_bands_have_no_single_quantity() -> None:
    figure = parse("1억원대")
    with pytest.raises(ValueError, match=r"band \[100000000, 200000000\].*to_quantity_bounds"):
        figure.to_quantity()
    low, high = figure.to_quantity_bounds()
    assert (low.magnitude, high.magnitude, str(low.units)) == (Decimal(10**8), Decimal(2 * 10**8), "KRW")


def test_every_unit_and_rate_of_the_lexicon_has_a_pint_unit() -> None:
    """Each unit, counter and rate the grammar reads becomes a quantity in the registry."""
    registry = default_registry()
    for kind, unit in set(UNIT_BY_WORD.values()):
        figure = parse(f"1{next(w for w, v in UNIT_BY_WORD.items() if v == (kind, unit))}")
        assert figure.to_quantity().magnitude == 1, unit
    for noun in set(NOUN_BY_COUNTER.values()):
        registry.parse_units(noun)
    for per in ("share", "person", "pyeong", "metric_ton", "hour", "meter ** 2", "million_btu"):
        assert registry.parse_units(unit_of(parse("1원")) + f" / ({per})")


def test_a_float_registry_is_refused() -> None:
    with pytest.raises(ValueError, match="non_int_type=Decimal"):
        parse("34평").to_quantity(pint.UnitRegistry())


def test_a_registry_without_the_definitions_is_refused() -> None:
    with pytest.raises(ValueError, match="does not define 'pyeong'"):
        parse("34평").to_quantity(pint.UnitRegistry(non_int_type=Decimal))


def test_a_registry_of_ones_own() -> None:
    """new_registry() gives a fresh registry with moneyparse's units, for contexts of one's own."""
    registry = new_registry()
    assert registry is not default_registry()
    assert parse("34평").to_quantity(registry).to("m**2").magnitude == Decimal(34) * 400 / 121


def test_default_registry_is_built_once_across_threads() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(default_registry())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8
    assert all(registry is seen[0] for registry in seen)
