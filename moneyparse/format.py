"""Figure -> text, through Babel: the inverse of :func:`moneyparse.parse`.

What lives here: the choice of words and the order of the parts. Digits, group and
decimal separators, the minus sign, compact forms (``230억``, ``$23B``), currency
symbols and names, percent signs and unit symbols come from Babel's CLDR data; the
Korean words CLDR lacks (the news word 달러, 대, 이상, 평, counters) come from the
lexicon tables, so that what is written here is what the grammar reads back. Nothing
here reads text, and no value goes through ``float``.

Two languages are written: Korean (any ``ko`` locale) and English (any ``en``
locale); ``ko_KR`` and ``en_US`` are the ones the round-trip property holds for. Other
English locales write CLDR's own compact forms, which the grammar does not all read
(en_GB's ``₩100m``, en_IN's lakh and crore grouping ``₩12,34,567.5``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Final

from babel import Locale
from babel.numbers import (
    format_compact_decimal,
    format_decimal,
    get_currency_name,
    get_currency_symbol,
    get_currency_unit_pattern,
)
from babel.units import format_unit

from moneyparse.figure import Bound, Figure, Kind
from moneyparse.lexicon.counters import COUNTERS
from moneyparse.lexicon.currencies import NEWS_WORDS, currency_codes, currency_symbols, currency_words
from moneyparse.lexicon.markers import AFTER, BAND_SUFFIX, BEFORE, RATE_WORDS, VAGUE
from moneyparse.lexicon.scales import LARGE_MYRIAD_CHARS, MYRIAD_SCALES, SMALL_SCALES
from moneyparse.lexicon.units import UNITS

# Babel quantizes with the Decimal context in force; 9999경 with decimals has more
# significant digits than the default 28, so every call runs in a context this wide.
_WIDE: Final = 200
_TEN: Final = Decimal(10)
_MYRIAD: Final = Decimal(10_000)
VAGUE_WORD: Final = VAGUE[0][0]  # 수: 수십억, 수백만

# CLDR unit ids for the physical units the library reads, by their pint names. English
# writes CLDR's short form (34 m², 5 kWh); the lexicon's units table reads each back.
CLDR_UNIT_BY_PINT_NAME: Final = {
    "meter ** 2": "area-square-meter",
    "kilometer ** 2": "area-square-kilometer",
    "kilometer": "length-kilometer",
    "meter": "length-meter",
    "centimeter": "length-centimeter",
    "millimeter": "length-millimeter",
    "mile": "length-mile",
    "kilogram": "mass-kilogram",
    "gram": "mass-gram",
    "metric_ton": "mass-tonne",
    "troy_ounce": "mass-ounce-troy",
    "oil_barrel": "volume-barrel",
    "degree_Celsius": "temperature-celsius",
    "degree_Fahrenheit": "temperature-fahrenheit",
    "kilowatt_hour": "energy-kilowatt-hour",
    "kilowatt": "power-kilowatt",
    "megawatt": "power-megawatt",
    "gigawatt": "power-gigawatt",
    "liter": "volume-liter",
    "milliliter": "volume-milliliter",
    "gallon": "volume-gallon",
}

# English words preferred for units CLDR has no symbol for; each is a row of the units
# table. Other units take the table's first ASCII word (mg, Hz), else its first word.
#   unit                English, written after a space
ENGLISH_UNIT_WORDS: Final = {
    "percentage_point": "pp",
    "basis_point": "bp",
    "times": "times",
    "point": "points",
}


def _has_hangul(word: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in word)


@lru_cache(maxsize=1)
def _marker_words() -> tuple[dict[tuple[bool, str | None], str], dict[tuple[bool, str | None], str]]:
    """The first Korean and the first English marker for each (approximate, bound) pair.

    Korean writes 약 before the number and the bound after the unit (약 1조 원 이상), so
    its approximation comes from the rows before and its bounds from the rows after;
    English writes both before the number (at least about $1T).
    """
    korean: dict[tuple[bool, str | None], str] = {}
    english: dict[tuple[bool, str | None], str] = {}
    for word, approximate, bound in BEFORE:
        if word.isascii() and word[0].isalpha():  # words, not the signs ≥ and >
            english.setdefault((approximate, bound), word)
        elif bound is None:
            korean.setdefault((approximate, bound), word)
    for word, approximate, bound in AFTER:
        if not word.isascii() and not approximate:
            korean.setdefault((approximate, bound), word)
    return korean, english


@lru_cache(maxsize=1)
def _rate_words() -> dict[str, str]:
    """The Korean rate word for each ``per``: 평당, 배럴당, 주당, 인당.

    Units first (평당, not 3.3㎡당), then the rate words, then counters (인당 before
    명당); a row that starts with a digit (1인당, 100만btu당) only where nothing else says it.
    """
    words: dict[str, str] = {}
    late: dict[str, str] = {}
    for word, kind, unit in UNITS:
        if kind == "quantity" and unit != "point":
            words.setdefault(unit, word + "당")
    for word, per in RATE_WORDS:
        (late if word[0].isdigit() else words).setdefault(per, word)
    for word, noun, _note in COUNTERS:
        words.setdefault(noun, word + "당")
    for per, word in late.items():
        words.setdefault(per, word)
    return words


@lru_cache(maxsize=1)
def _korean_unit_words() -> dict[str, str]:
    """The first word of the units table for each unit: 평, ㎡, 톤, 배럴, %p, 배."""
    words: dict[str, str] = {}
    for word, _kind, unit in UNITS:
        words.setdefault(unit, word)
    return words


@lru_cache(maxsize=1024)
def korean_currency_word(code: str) -> str:
    """원, 달러, 엔, 위안 from the news words; else CLDR's Korean name; else the ISO code.

    A name is used only when it is Hangul words alone and the lexicon reads it back as
    the same currency; the ISO code stands after the number otherwise (100 STD).
    """
    words = currency_words()
    for word, iso, _note in NEWS_WORDS:
        if iso == code and _has_hangul(word):
            return word
    name = get_currency_name(code, locale="ko")
    got = words.get(name)
    plain = all(ch == " " or _has_hangul(ch) for ch in name)  # not 상투메 도브라 (1977–2017)
    if plain and got is not None and got.code == code and got.power == 0:
        return name
    return code


@lru_cache(maxsize=1024)
def _symbol(code: str, locale: Locale) -> str:
    """CLDR's symbol for *code* in *locale* where the lexicon reads it back, else the code."""
    symbol = get_currency_symbol(code, locale=locale)
    return symbol if currency_symbols().get(symbol) == code else code


def _plain_digits(value: Decimal, locale: Locale) -> str:
    """*value* with the locale's separators, every digit kept: 1,234.5678."""
    with localcontext() as ctx:
        ctx.prec = _WIDE
        return format_decimal(value, locale=locale, decimal_quantization=False)


def _max_compact(locale: Locale) -> Decimal:
    """Where the locale's compact forms stop: ten times its largest compact pattern."""
    keys = locale.compact_decimal_formats["short"]["other"].keys()
    return Decimal(max(int(k) for k in keys)) * 10


def _english_compact(value: Decimal, locale: Locale) -> str:
    """$23B, 1.25T: CLDR's compact form where three decimals say it exactly, else all digits."""
    if value < 1000 and value == value.to_integral_value():
        return _plain_digits(value, locale)
    if value < _max_compact(locale):
        with localcontext() as ctx:
            ctx.prec = _WIDE
            short = format_compact_decimal(value, locale=locale, fraction_digits=3)
            full = format_compact_decimal(value, locale=locale, fraction_digits=60)
        if short == full:
            return short
    return _plain_digits(value, locale)


def _myriad_groups(value: int) -> list[tuple[int, str]]:
    """An integer's myriad groups, highest first, zero groups left out: 1조 4686억.

    The top scale (경) takes as many digits as it needs: 12345경.
    """
    groups: list[tuple[int, str]] = []
    for word, power in sorted(MYRIAD_SCALES, key=lambda row: -row[1]):
        group, value = divmod(value, 10**power)
        if group:
            groups.append((group, word))
    if value:
        groups.append((value, ""))
    return groups


def korean_amount(value: Decimal, locale: Locale) -> str:
    """A non-negative amount the Korean way.

    Below 1만, and wherever there is a fraction, all digits (1,234.5); a single myriad
    group within CLDR's range in CLDR's compact form (230억); otherwise the exact myriad
    form (1조 4,686억), which CLDR's compact form would round.

    >>> ko = Locale.parse("ko_KR")
    >>> [korean_amount(Decimal(v), ko) for v in ("1234.5", "23000000000", "1468600000000")]
    ['1,234.5', '230억', '1조 4,686억']
    """
    if value < _MYRIAD or value != value.to_integral_value():
        return _plain_digits(value, locale)
    groups = _myriad_groups(int(value))
    if len(groups) == 1 and value < _max_compact(locale):
        with localcontext() as ctx:
            ctx.prec = _WIDE
            return format_compact_decimal(value, locale=locale, fraction_digits=0)
    return " ".join(_plain_digits(Decimal(group), locale) + word for group, word in groups)


def _minus(locale: Locale) -> str:
    return str(locale.number_symbols["latn"]["minusSign"])


def _signed(value: Decimal, locale: Locale, amount: Callable[[Decimal, Locale], str]) -> str:
    """*amount* of the absolute value, after the locale's minus sign where it is negative."""
    text = amount(abs(value), locale)
    return _minus(locale) + text if value < 0 else text


# -- Korean ----------------------------------------------------------------------


def _korean_number(figure: Figure, value: Decimal, locale: Locale) -> str:
    """One number with its unit, no markers: 230억 달러, 35.47%, 34평, 17명."""
    return _unit_after(_signed(value, locale, korean_amount), _korean_unit(figure, locale))


def _korean_unit(figure: Figure, locale: Locale) -> str:
    if figure.kind is Kind.MONEY:
        assert figure.currency is not None
        pattern = get_currency_unit_pattern(figure.currency, locale=locale)
        return pattern.replace("{0}", "").replace("{1}", korean_currency_word(figure.currency))
    if figure.kind is Kind.PERCENT:
        return _percent_sign(locale)
    if figure.unit is None:
        return ""
    return _korean_unit_words().get(figure.unit, figure.unit)


def _percent_sign(locale: Locale) -> str:
    """CLDR's percent sign as its percent pattern places it after the number (ko, en: %)."""
    return str(locale.percent_formats[None].suffix[0])


def _korean_band(figure: Figure, locale: Locale) -> str | None:
    """1억 원대, 10%대, 억 원대, 수십억 원, 십수만 명: the forms the grammar reads as a band.

    ``None`` for a band none of them says (its width is not one the grammar makes).
    """
    low, high = figure.low, figure.high
    if low <= 0:
        return None
    if high - low == _TEN ** _last_place(low):
        return _korean_number(figure, low, locale) + BAND_SUFFIX
    unit = _korean_unit(figure, locale)
    power = _power_of_ten(low)
    myriad = {p: w for w, p in MYRIAD_SCALES}
    if power is not None and high == low * 10 and power in myriad and figure.kind is Kind.MONEY:
        return myriad[power] + unit + BAND_SUFFIX  # 억 원대: from the scale up to ten times it
    vague = _vague(low, high)
    if vague is None:
        return None
    return vague + (" " + unit if figure.kind is Kind.COUNT else unit)


def _last_place(value: Decimal) -> int:
    """The power of ten of the last non-zero digit: 1억383만 -> 4, 10.5 -> -1."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return exponent


def _power_of_ten(value: Decimal) -> int | None:
    """k where *value* is exactly 10**k, else ``None``."""
    sign, digits, exponent = value.normalize().as_tuple()
    if sign or digits != (1,) or not isinstance(exponent, int):
        return None
    return exponent


def _vague(low: Decimal, high: Decimal) -> str | None:
    """수십억 [10억, 100억), 수조 [2조, 10조), 십수억 [11억, 20억), or ``None``."""
    small = {p: w for w, p in SMALL_SCALES}
    myriad = {p: w for w, p in MYRIAD_SCALES}
    power = _power_of_ten(low)
    if power is not None and high == low * 10:
        group, rest = divmod(power, 4)
        if rest and (group == 0 or group * 4 in myriad):
            return VAGUE_WORD + small[rest] + myriad.get(group * 4, "")
        return None
    for word, start, stop in VAGUE:
        base = low / start
        power = _power_of_ten(base)
        if power in myriad and high == base * stop:
            return word + myriad[power]
    return None


def _korean(figure: Figure, locale: Locale) -> str:
    korean_markers, _ = _marker_words()
    if figure.bound is Bound.RANGE:
        body = _korean_range(figure, locale)
    elif figure.bound is Bound.BAND:
        band = _korean_band(figure, locale)
        if band is None:
            ge = korean_markers[(False, "ge")]
            lt = korean_markers[(False, "lt")]
            return (
                f"{_korean_number(figure, figure.low, locale)} {ge} {_korean_number(figure, figure.high, locale)} {lt}"
            )
        body = band
    else:
        assert figure.value is not None
        body = _korean_number(figure, figure.value, locale)
        if figure.bound is not Bound.EQ:
            body += " " + korean_markers[(False, figure.bound.value)]
    if figure.approximate and figure.bound is not Bound.BAND:
        body = korean_markers[(True, None)] + " " + body
    if figure.per is not None:
        body = _korean_per(figure, locale) + " " + body
    return body


def _korean_per(figure: Figure, locale: Locale) -> str:
    """주당, 배럴당, 100엔당, 달러당, 100만btu당: the rate phrase before a Korean figure.

    A currency is named by its Korean word (원 as 원화, since 원당 is a place name); a count
    of the unit other than one is written before the word in digits and myriad groups.
    """
    assert figure.per is not None
    if _is_currency(figure.per):
        word = KRW_RATE_WORD if figure.per == "KRW" else korean_currency_word(figure.per) + "당"
    else:
        word = _rate_words().get(figure.per, figure.per + "당")
    amount = figure.per_amount
    if amount is None or amount == 1:
        return word
    return korean_amount(amount, locale).replace(" ", "") + word.removeprefix("1")


KRW_RATE_WORD: Final = "원화당"


def _is_currency(per: str) -> bool:
    """True when *per* is an ISO 4217 code the lexicon reads: a rate against a currency."""
    return len(per) == 3 and per.isupper() and per in currency_codes()


def _has_scale_word(text: str) -> bool:
    return any(word in text for word, _ in MYRIAD_SCALES)


def _korean_range(figure: Figure, locale: Locale) -> str:
    """3조~4조 원, 3~4%: both ends with their scale words, the unit once at the end.

    A scale word on the high end alone applies to both (3~4조 is [3조, 4조]), so where
    either end has none (a fraction, or less than 1만) both are written in plain digits:
    5,000~20,000원.
    """
    low = _signed(figure.low, locale, korean_amount)
    high = _signed(figure.high, locale, korean_amount)
    if not (_has_scale_word(low) and _has_scale_word(high)):
        low = _signed(figure.low, locale, _plain_digits)
        high = _signed(figure.high, locale, _plain_digits)
    return _unit_after(low + "~" + high, _korean_unit(figure, locale))


def _unit_after(number: str, unit: str) -> str:
    """*number* and its Korean *unit*; a count of 대 after 억 or 조 is set off by a space
    (3억 대), since 대 written onto them is a band of won (30억대 아파트)."""
    if unit == BAND_SUFFIX and number[-1:] in LARGE_MYRIAD_CHARS:
        return number + " " + unit
    return number + unit


# -- English ---------------------------------------------------------------------


def _english_money(figure: Figure, value: Decimal, locale: Locale) -> str:
    """$23B, -$1.5K, ₩1,468,600,000,000, RUB23B: CLDR's currency pattern and symbol."""
    assert figure.currency is not None
    symbol = _symbol(figure.currency, locale)
    pattern = locale.currency_formats["standard"]
    side = 1 if value < 0 else 0
    text = str(pattern.prefix[side]) + _english_compact(abs(value), locale) + str(pattern.suffix[side])
    return text.replace("¤", symbol).replace("-", _minus(locale))


def _english_number(figure: Figure, value: Decimal, locale: Locale) -> str:
    """$23B, 1.5T, 35.47%, 34 m², 17 명: compact forms for money and bare numbers only."""
    if figure.kind is Kind.MONEY:
        return _english_money(figure, value, locale)
    if figure.kind is Kind.NUMBER:
        return _signed(value, locale, _english_compact)
    return _signed(value, locale, _plain_digits) + _english_unit(figure, locale)


def _english_unit(figure: Figure, locale: Locale) -> str:
    """The unit after a number: CLDR's short symbol where it has one, else a word."""
    if figure.kind is Kind.PERCENT:
        return _percent_sign(locale)
    if figure.unit is None:
        return ""
    if figure.kind is Kind.COUNT:
        return " " + figure.unit  # a Korean counter has no English word that reads back
    cldr = CLDR_UNIT_BY_PINT_NAME.get(figure.unit)
    if cldr is not None:
        return format_unit("0", cldr, length="short", locale=locale)[1:]
    return " " + _english_unit_words().get(figure.unit, figure.unit)


@lru_cache(maxsize=1)
def _english_unit_words() -> dict[str, str]:
    """The English word of each unit CLDR has no symbol for: ENGLISH_UNIT_WORDS, else the
    first ASCII row of the units table (mg, Hz), else its first row (에이커)."""
    words = dict(ENGLISH_UNIT_WORDS)
    for word, _kind, unit in UNITS:
        if word.isascii():
            words.setdefault(unit, word)
    for unit, word in _korean_unit_words().items():
        words.setdefault(unit, word)
    return words


def _english_per(per: str, locale: Locale) -> str:
    cldr = CLDR_UNIT_BY_PINT_NAME.get(per)
    if cldr is not None:
        return format_unit("1", cldr, length="short", locale=locale)[1:].strip()
    return _english_unit_words().get(per, per.replace("_", " "))


def _english_range(figure: Figure, locale: Locale) -> str:
    """$3T–4T, 3–4%, 0.5–20,000 USD: the ends joined by an en dash, the unit once.

    CLDR's range pattern ({0}–{1}) is not in Babel's data, so the dash is written here.

    Money and bare numbers take compact forms only when both ends have a scale letter
    ($3T–4T): a letter on the high end alone would scale the low end too. Otherwise both
    ends are written in full, money with its ISO code after them. A high end below zero
    is joined with "to", which the grammar does not read yet (-5%–-3% would be a stray
    sign).
    """
    if figure.high < 0:
        return f"{_english_number(figure, figure.low, locale)} to {_english_number(figure, figure.high, locale)}"
    if figure.kind in (Kind.MONEY, Kind.NUMBER):
        low = _signed(figure.low, locale, _english_compact)
        high = _signed(figure.high, locale, _english_compact)
        if low[-1].isalpha() and high[-1].isalpha():
            return _english_number(figure, figure.low, locale) + "–" + high
        low = _signed(figure.low, locale, _plain_digits)
        high = _signed(figure.high, locale, _plain_digits)
        return f"{low}–{high} {figure.currency}" if figure.currency else f"{low}–{high}"
    return _signed(figure.low, locale, _plain_digits) + "–" + _english_number(figure, figure.high, locale)


def _english(figure: Figure, locale: Locale) -> str:
    """English: markers before the number (about, at least), bands as "X to under Y"."""
    _, english_markers = _marker_words()
    if figure.bound is Bound.RANGE:
        body = _english_range(figure, locale)
        if figure.approximate:
            body = english_markers[(True, None)] + " " + body
    elif figure.bound is Bound.BAND:
        low = _english_number(figure, figure.low, locale)
        body = f"{low} to under {_english_number(figure, figure.high, locale)}"
    else:
        assert figure.value is not None
        body = _english_number(figure, figure.value, locale)
        key = (figure.approximate, None if figure.bound is Bound.EQ else figure.bound.value)
        if key != (False, None):
            body = english_markers[key] + " " + body
    if figure.per is not None:
        body += " per " + _english_per_phrase(figure, locale)
    return body


def _english_per_phrase(figure: Figure, locale: Locale) -> str:
    """bbl, share, ¥100, $1, 1,000,000 Btu: what an English rate is per.

    A currency is written as an amount of it (₩912.30 per ¥100, CN¥7.1 per $1); a unit
    or a noun with its count before it where the count is not one.
    """
    assert figure.per is not None
    amount = figure.per_amount if figure.per_amount is not None else Decimal(1)
    if _is_currency(figure.per):
        symbol = _symbol(figure.per, locale)
        digits = _plain_digits(amount, locale)
        return f"{symbol} {digits}" if symbol.isalpha() else symbol + digits
    word = _english_per(figure.per, locale)
    return word if amount == 1 else f"{_plain_digits(amount, locale)} {word}"


# -- entry point -----------------------------------------------------------------

_WRITERS: Final = {"ko": _korean, "en": _english}


def format_figure(figure: Figure, locale: str | Locale = "ko_KR") -> str:
    """*figure* as text in *locale*; see :meth:`Figure.format`."""
    loc = Locale.parse(locale)
    writer = _WRITERS.get(loc.language)
    if writer is None:
        raise ValueError(f"no writer for locale {str(loc)!r}: moneyparse writes {', '.join(sorted(_WRITERS))}")
    return writer(figure, loc)
