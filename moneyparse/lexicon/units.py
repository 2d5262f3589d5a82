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
    ("베이시스 포인트", "percentage_point", "basis_point"),
    ("배", "multiple", "times"),
    ("평", "quantity", "pyeong"),
    ("평형", "quantity", "pyeong"),
    ("㎡", "quantity", "meter ** 2"),
    ("m²", "quantity", "meter ** 2"),
    ("m2", "quantity", "meter ** 2"),
    ("m^2", "quantity", "meter ** 2"),  # as plain-text listings write m²: 전용 60m^2
    ("제곱미터", "quantity", "meter ** 2"),
    ("평방미터", "quantity", "meter ** 2"),
    ("㎢", "quantity", "kilometer ** 2"),
    ("km²", "quantity", "kilometer ** 2"),
    ("km2", "quantity", "kilometer ** 2"),
    ("km^2", "quantity", "kilometer ** 2"),
    ("제곱킬로미터", "quantity", "kilometer ** 2"),
    ("㎞", "quantity", "kilometer"),
    ("km", "quantity", "kilometer"),
    ("킬로미터", "quantity", "kilometer"),
    ("m", "quantity", "meter"),
    ("미터", "quantity", "meter"),
    ("cm", "quantity", "centimeter"),
    ("㎝", "quantity", "centimeter"),
    ("센티미터", "quantity", "centimeter"),
    ("mm", "quantity", "millimeter"),
    ("㎜", "quantity", "millimeter"),
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
    ("kwh", "quantity", "kilowatt_hour"),  # as tariff notices and reports also write it
    ("Kwh", "quantity", "kilowatt_hour"),
    ("KWh", "quantity", "kilowatt_hour"),
    ("KWH", "quantity", "kilowatt_hour"),
    ("㎾h", "quantity", "kilowatt_hour"),
    ("킬로와트시", "quantity", "kilowatt_hour"),
    ("MWh", "quantity", "megawatt_hour"),
    ("GWh", "quantity", "gigawatt_hour"),
    ("TWh", "quantity", "terawatt_hour"),
    ("kW", "quantity", "kilowatt"),
    ("㎾", "quantity", "kilowatt"),
    ("킬로와트", "quantity", "kilowatt"),
    ("MW", "quantity", "megawatt"),
    ("㎿", "quantity", "megawatt"),
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
    # spellings and units of measure beyond the market's own
    ("그람", "quantity", "gram"),
    ("키로그램", "quantity", "kilogram"),  # 키로 alone is also a kilometre; spelled out, one unit
    ("키로미터", "quantity", "kilometer"),
    ("mg", "quantity", "milligram"),
    ("㎎", "quantity", "milligram"),
    ("밀리그램", "quantity", "milligram"),
    ("메터", "quantity", "meter"),
    ("센치", "quantity", "centimeter"),
    ("센티", "quantity", "centimeter"),
    ("센치미터", "quantity", "centimeter"),
    ("데시미터", "quantity", "decimeter"),
    ("피코미터", "quantity", "picometer"),
    ("마일즈", "quantity", "mile"),
    ("miles", "quantity", "mile"),
    ("인치", "quantity", "inch"),
    ("피트", "quantity", "foot"),
    ("입방피트", "quantity", "foot ** 3"),
    ("온스", "quantity", "ounce"),
    ("트로이온스", "quantity", "troy_ounce"),
    ("트로이 온스", "quantity", "troy_ounce"),
    ("oz t", "quantity", "troy_ounce"),
    ("btu", "quantity", "british_thermal_unit"),
    ("Btu", "quantity", "british_thermal_unit"),
    ("BTU", "quantity", "british_thermal_unit"),
    ("에이커", "quantity", "acre"),
    ("헥타르", "quantity", "hectare"),
    ("미리리터", "quantity", "milliliter"),
    ("갤론", "quantity", "gallon"),
    ("헥토리터", "quantity", "hectoliter"),
    ("cc", "quantity", "cubic_centimeter"),
    ("㏄", "quantity", "cubic_centimeter"),
    ("씨씨", "quantity", "cubic_centimeter"),
    ("컵", "quantity", "cup"),
    ("도", "quantity", "degree"),
    ("°", "quantity", "degree"),
    ("비트", "quantity", "bit"),
    ("MB", "quantity", "megabyte"),
    ("메가바이트", "quantity", "megabyte"),
    ("GB", "quantity", "gigabyte"),
    ("기가바이트", "quantity", "gigabyte"),
    ("TB", "quantity", "terabyte"),
    ("테라바이트", "quantity", "terabyte"),
    ("Hz", "quantity", "hertz"),
    ("헤르츠", "quantity", "hertz"),
    ("MHz", "quantity", "megahertz"),
    ("메가헤르츠", "quantity", "megahertz"),
    ("GHz", "quantity", "gigahertz"),
    ("기가헤르츠", "quantity", "gigahertz"),
    ("km/h", "quantity", "kilometer / hour"),
    ("㎞/h", "quantity", "kilometer / hour"),
    ("킬로미터퍼시간", "quantity", "kilometer / hour"),
    ("m/s", "quantity", "meter / second"),
    ("미터퍼초", "quantity", "meter / second"),
    ("rpm", "quantity", "revolutions_per_minute"),
    ("알피엠", "quantity", "revolutions_per_minute"),
    ("V", "quantity", "volt"),
    ("W", "quantity", "watt"),
    ("볼트", "quantity", "volt"),
    ("와트", "quantity", "watt"),
    ("암페어", "quantity", "ampere"),
    ("밀리암페어", "quantity", "milliampere"),
    ("mAh", "quantity", "milliampere_hour"),
    # English, as Figure.format("en_US") writes it: CLDR's short unit symbols the rows
    # above lack, and words for the units CLDR has no symbol for.
    ("pp", "percentage_point", "percentage_point"),
    ("times", "multiple", "times"),
    ("pyeong", "quantity", "pyeong"),
    ("points", "quantity", "point"),
    # index points abbreviated: 3.5pt, 12.34p, (▲12.34P); a lone p after a whole number is
    # not read (3:20p is a time)
    ("pt", "quantity", "point"),
    ("p", "quantity", "point"),
    ("P", "quantity", "point"),
    ("mi", "quantity", "mile"),
    ("t", "quantity", "metric_ton"),
    ("bbl", "quantity", "oil_barrel"),
    ("gal", "quantity", "gallon"),
    ("mL", "quantity", "milliliter"),
    # clinical units: 126mg/dL, 5μg, 100ng/mL
    ("dL", "quantity", "deciliter"),
    ("dl", "quantity", "deciliter"),
    ("μg", "quantity", "microgram"),
    ("µg", "quantity", "microgram"),
    ("mcg", "quantity", "microgram"),
    ("ng", "quantity", "nanogram"),
)

# Units written in two words are also read with the space: 0.1% 포인트, 평방 미터.
SPACED_UNITS: Final = (
    "% 포인트",
    "퍼센트 포인트",
    "평방 미터",
    "제곱 미터",
    "제곱 킬로미터",
    "미터 톤",
    "입방 피트",
)

# A word before the number that names or changes its unit: 섭씨 40도 is Celsius (a bare
# 40도 is degrees), 시속 100km a speed.
#   word   unit it makes of a degree        per (a rate of the unit after the number)
DEGREE_BEFORE: Final = (("섭씨", "degree_Celsius"), ("화씨", "degree_Fahrenheit"))
# Words that make a bare 도 a temperature when they stand a few words before it (기온은
# 25도, 체온이 38.5도, 영상 2도); elsewhere 도 stays an angle (경사 15도, 180도 회전).
# Words for alcohol by volume: 도 after them in the same sentence is a percent (소주 도수
# 16도, 알코올 도수는 40도), as it is on a bottle's label. 알코올 alone is no such word:
# 알코올은 78도에서 끓는다 is a temperature.
ALCOHOL_WORDS: Final = ("도수",)
# A forecast's words, which make a 도 after them a temperature where no angle word
# stands in the sentence: 평년(아침 6~14도), 서울이 최저 13~최고 24도를 보이겠고 △강릉 13~22도
FORECAST_WORDS: Final = ("평년", "최고", "최저")
TEMPERATURE_WORDS: Final = (
    *("기온", "온도", "체온", "수온", "수은주", "영상", "최고기온", "최저기온", "폭염", "한파"),
    *FORECAST_WORDS,
)
# ... unless an angle word stands nearer the figure (기온이 높아 경사 15도) or a turn follows it
# (한파 속에 180도 회전)
ANGLE_WORDS_BEFORE: Final = ("경사", "각도", "기울기", "위도", "경도", "북위", "남위", "동경", "서경", "방향")
ANGLE_WORDS_AFTER: Final = ("회전", "꺾", "돌아", "틀어", "기울", "방향")
# The unit of a percentage point restated in brackets after it, as news writes it:
# 3%포인트(p), 0.5%p(%포인트). A marker after it still binds, and the figure then runs
# through it (3%포인트(p) 이상); with none, the figure ends before the bracket.
POINT_GLOSSES: Final = ("(p)", "(P)", "(%p)", "(%P)", "(%포인트)", "(퍼센트포인트)")
SPEED_BEFORE: Final = (("시속", "hour"), ("초속", "second"), ("분속", "minute"))


def _unit_table() -> dict[str, tuple[str, str]]:
    table = {word: (kind, unit) for word, kind, unit in UNITS}
    for spaced in SPACED_UNITS:
        table[spaced] = table[spaced.replace(" ", "")]
    return table


UNIT_BY_WORD: Final = MappingProxyType(_unit_table())
