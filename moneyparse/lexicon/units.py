"""Units that are not currencies: percent and its points, multiples, physical units.

Physical units carry pint's names (``meter ** 2``, ``oil_barrel``, ``metric_ton``) so that
``Figure.unit`` can be handed to pint as it is; the definitions pint lacks (pyeong,
basis_point, point) are in ``units.txt``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

#   word               kind                unit
UNITS: Final = (
    ("%", "percent", "percent"),
    ("퍼센트", "percent", "percent"),
    ("프로", "percent", "percent"),
    ("퍼센티지", "percent", "percent"),
    ("%p", "percentage_point", "percentage_point"),
    ("%P", "percentage_point", "percentage_point"),
    ("%pt", "percentage_point", "percentage_point"),
    ("%포인트", "percentage_point", "percentage_point"),
    ("퍼센트포인트", "percentage_point", "percentage_point"),
    ("bp", "percentage_point", "basis_point"),
    ("bps", "percentage_point", "basis_point"),
    ("BP", "percentage_point", "basis_point"),
    ("베이시스포인트", "percentage_point", "basis_point"),
    ("배", "multiple", "times"),
    ("평", "quantity", "pyeong"),
    ("평형", "quantity", "pyeong"),
    ("㎡", "quantity", "meter ** 2"),
    ("m²", "quantity", "meter ** 2"),
    ("m2", "quantity", "meter ** 2"),
    ("제곱미터", "quantity", "meter ** 2"),
    ("평방미터", "quantity", "meter ** 2"),
    ("㎢", "quantity", "kilometer ** 2"),
    ("km²", "quantity", "kilometer ** 2"),
    ("제곱킬로미터", "quantity", "kilometer ** 2"),
    ("㎞", "quantity", "kilometer"),
    ("km", "quantity", "kilometer"),
    ("킬로미터", "quantity", "kilometer"),
    ("m", "quantity", "meter"),
    ("미터", "quantity", "meter"),
    ("cm", "quantity", "centimeter"),
    ("센티미터", "quantity", "centimeter"),
    ("mm", "quantity", "millimeter"),
    ("밀리미터", "quantity", "millimeter"),
    ("마일", "quantity", "mile"),
    ("㎏", "quantity", "kilogram"),
    ("kg", "quantity", "kilogram"),
    ("킬로그램", "quantity", "kilogram"),
    ("g", "quantity", "gram"),
    ("그램", "quantity", "gram"),
    ("톤", "quantity", "metric_ton"),
    ("미터톤", "quantity", "metric_ton"),
    ("배럴", "quantity", "oil_barrel"),
    ("℃", "quantity", "degree_Celsius"),
    ("°C", "quantity", "degree_Celsius"),
    ("℉", "quantity", "degree_Fahrenheit"),
    ("°F", "quantity", "degree_Fahrenheit"),
    ("kWh", "quantity", "kilowatt_hour"),
    ("㎾h", "quantity", "kilowatt_hour"),
    ("킬로와트시", "quantity", "kilowatt_hour"),
    ("MWh", "quantity", "megawatt_hour"),
    ("GWh", "quantity", "gigawatt_hour"),
    ("TWh", "quantity", "terawatt_hour"),
    ("kW", "quantity", "kilowatt"),
    ("㎾", "quantity", "kilowatt"),
    ("킬로와트", "quantity", "kilowatt"),
    ("MW", "quantity", "megawatt"),
    ("메가와트", "quantity", "megawatt"),
    ("GW", "quantity", "gigawatt"),
    ("기가와트", "quantity", "gigawatt"),
    ("리터", "quantity", "liter"),
    ("ℓ", "quantity", "liter"),
    ("L", "quantity", "liter"),
    ("ml", "quantity", "milliliter"),
    ("㎖", "quantity", "milliliter"),
    ("밀리리터", "quantity", "milliliter"),
    ("갤런", "quantity", "gallon"),
    ("포인트", "quantity", "point"),
)

# Units written in two words are also read with the space: 0.1% 포인트, 평방 미터.
SPACED_UNITS: Final = ("% 포인트", "퍼센트 포인트", "평방 미터", "제곱 미터", "미터 톤")


def _unit_table() -> dict[str, tuple[str, str]]:
    table = {word: (kind, unit) for word, kind, unit in UNITS}
    for spaced in SPACED_UNITS:
        table[spaced] = table[spaced.replace(" ", "")]
    return table


UNIT_BY_WORD: Final = MappingProxyType(_unit_table())
