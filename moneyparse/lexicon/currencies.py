"""Currency words and symbols -> ISO 4217 codes.

CLDR's Korean names (미국 달러, 일본 엔화, 홍콩 달러, …) and its symbols come from Babel;
this module lists only what CLDR lacks: the short words of Korean news, the ``…화``
forms, and the symbols whose meaning in Korean text differs from CLDR's default.
:func:`currency_words` derives the whole table once.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import Final, NamedTuple

#   word       ISO    note
NEWS_WORDS: Final = (
    ("원", "KRW", ""),
    ("달러", "USD", "a bare 달러 in Korean news is the US dollar"),
    ("불", "USD", "spoken form: 100불"),
    ("미국달러", "USD", ""),
    ("미화", "USD", "also read before the number: 미화 100만달러"),
    ("엔", "JPY", ""),
    ("위안", "CNY", ""),
    ("유로", "EUR", ""),
    ("파운드", "GBP", "a bare 파운드 is sterling in news; weight is 파운드 only in recipes"),
    ("루블", "RUB", ""),
    ("루피", "INR", ""),
    ("루피아", "IDR", ""),
    ("바트", "THB", ""),
    ("링깃", "MYR", ""),
    ("헤알", "BRL", ""),
    ("킵", "LAK", "CLDR says 라오스 키프"),
    ("리라", "TRY", ""),
    ("랜드", "ZAR", ""),
    ("대만달러", "TWD", "CLDR says 신 타이완 달러"),
    ("대만 달러", "TWD", "with its space: 6,735억 대만 달러 is no count of 대"),
    ("사우디 리얄", "SAR", "CLDR says 사우디아라비아 리얄; a bare 리얄 names several"),
    ("UAE 디르함", "AED", "CLDR says 아랍에미리트 디르함; a bare 디르함 names two"),
    ("홍콩달러", "HKD", ""),
    ("위안화", "CNY", ""),
    ("won", "KRW", "English in mixed text: 5 million won"),
    ("dollars", "USD", ""),
    ("dollar", "USD", ""),
    ("yen", "JPY", ""),
    ("yuan", "CNY", ""),
    ("euros", "EUR", ""),
    ("euro", "EUR", ""),
)

# Short words that take the …화 ("currency") suffix: 원화, 달러화, 엔화, 유로화, 위안화.
TAKES_HWA: Final = ("원", "달러", "엔", "위안", "유로", "파운드", "루블", "루피", "바트", "헤알", "리라")

# The last word of a CLDR name (코스타리카 콜론 -> 콜론) is read alone when it names one
# currency in use today. These last words are not: they mean something else as often.
#   골드 gold (ZWG); 마르크 the old Deutsche Mark in news, not BAM; 레이 the Romanian plural
#   of leu, not MDL; 길더 the old Dutch guilder, not XCG
SHORT_NAME_EXCLUDED: Final = frozenset({"골드", "마르크", "레이", "길더"})
# ISO codes that are also English words or stock tickers in Korean market news (TOP10 in
# ETF names, AMD 5.1%, ALL, TRY): not read as currencies.
# PHP 8.3 is the programming language, COP28 the climate summit.
CODES_EXCLUDED: Final = frozenset({"TOP", "AMD", "ALL", "CUP", "MOP", "MAD", "SOS", "TRY", "PEN", "BOB", "PHP", "COP"})

# Hanja that headlines write for a currency word, folded one character for one before
# reading: 10억弗 is 10억불, a billion dollars. (元 stays: in Chinese text it is the yuan,
# where its Korean reading 원 would make won of it.)
HANJA_CURRENCY: Final = (("弗", "불"),)

# Currencies quoted per hundred of them in Korean exchange-rate news (원·엔 환율 is won
# per 100 yen): a named rate against them gives per_amount 100.
PER_HUNDRED: Final = frozenset({"JPY", "IDR", "VND"})

# 전, the hundredth of a won in older quotes of exchange rates (1백엔당 7백99원86전): read
# only after an amount of won, never as a unit word, since 전 is also "before" (3년 전).
JEON: Final = "전"
JEON_OF: Final = "KRW"

# Minor units: a count of them is a fraction of the major unit (50센트 = 0.50 USD).
#   word    ISO    power of ten of the major unit
MINOR_UNITS: Final = (
    ("센트", "USD", -2),
    ("펜스", "GBP", -2),
    ("페니", "GBP", -2),
)

# Symbols written before (or after) the number. CLDR gives most of them; these rows fix
# the ones whose Korean reading differs: ¥ alone is the yen (CN¥ or 위안 mark the yuan),
# a bare $ is the US dollar, and ₩/￦ are both the won.
#   symbol  ISO
SYMBOLS: Final = (
    ("$", "USD"),
    ("US$", "USD"),
    ("U$", "USD"),
    ("¥", "JPY"),
    ("JP¥", "JPY"),
    ("CN¥", "CNY"),
    ("RMB", "CNY"),
    ("₩", "KRW"),
    ("￦", "KRW"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("HK$", "HKD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
)

# ISO codes also read in lower case (krw 5000): the ones common in Korean text. Other
# codes are read in upper case only, so English words (ALL, TOP, PEN) stay words.
LOWER_CASE_CODES: Final = frozenset({"KRW", "USD", "JPY", "CNY", "EUR", "GBP", "HKD"})


class CurrencyWord(NamedTuple):
    """A currency as written: its ISO code and the power of ten of one written unit."""

    code: str
    power: int = 0


@lru_cache(maxsize=1)
def _babel_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """CLDR's Korean currency names, its Korean and English symbols, and all ISO codes."""
    from babel import Locale  # Babel is read once, on the first figure, not at import

    ko, en = Locale("ko"), Locale("en")
    names = {code: name for code, name in ko.currencies.items() if not code.startswith("X")}
    symbols: dict[str, str] = {}
    for locale in (en, ko):
        for code, symbol in locale.currency_symbols.items():
            if code.startswith("X") or symbol == code or symbol.isalpha():
                continue
            symbols.setdefault(symbol, code)
    codes = frozenset(str(code) for code in ko.currencies if len(str(code)) == 3 and not str(code).startswith("X"))
    return names, symbols, codes


def _short_names(names: dict[str, str]) -> dict[str, str]:
    """Last words of CLDR names that stand for one currency in use today (콜론 -> CRC)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    in_use: set[str] = set()
    for territory in get_global("territory_currencies"):
        in_use.update(get_territory_currencies(territory))
    by_word: dict[str, set[str]] = {}
    for code, name in names.items():
        if " " in name:
            by_word.setdefault(name.rsplit(" ", 1)[1], set()).add(code)
    short: dict[str, str] = {}
    for word, found in by_word.items():
        live = found & in_use
        hangul = len(word) >= 2 and all("가" <= ch <= "힣" for ch in word)
        if len(live) == 1 and hangul and word not in SHORT_NAME_EXCLUDED:
            short[word] = live.pop()
    return short


@lru_cache(maxsize=1)
def currency_words() -> MappingProxyType[str, CurrencyWord]:
    """Every currency word read after a number, built once from CLDR and the rows above.

    >>> words = currency_words()
    >>> words["원화"], words["미국 달러"], words["미국달러"]
    (CurrencyWord(code='KRW', power=0), CurrencyWord(code='USD', power=0), CurrencyWord(code='USD', power=0))
    >>> words["센트"]
    CurrencyWord(code='USD', power=-2)
    """
    names, _, _ = _babel_tables()
    table: dict[str, CurrencyWord] = {word: CurrencyWord(code) for word, code in _short_names(names).items()}
    for code, name in names.items():
        # CLDR writes some names with the suffix 화 (중국 위안화); news writes them with or
        # without it, as it does 위안 and 위안화 (중국 위안, 일본 엔)
        spellings = [name]
        if name.endswith("화") and name[:-1].rsplit(" ", 1)[-1] in TAKES_HWA:
            spellings.append(name[:-1])
        for spelling in spellings:
            table[spelling] = CurrencyWord(code)
            table[spelling.replace(" ", "")] = CurrencyWord(code)
    for word, code, _note in NEWS_WORDS:
        table[word] = CurrencyWord(code)
    for word in TAKES_HWA:
        table[word + "화"] = table[word]
    for word, code, power in MINOR_UNITS:
        table[word] = CurrencyWord(code, power)
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def currency_symbols() -> MappingProxyType[str, str]:
    """Symbols and ISO codes read before (or right after) a number: ``$``, ``HK$``, ``USD``.

    >>> symbols = currency_symbols()
    >>> symbols["$"], symbols["¥"], symbols["CN¥"], symbols["USD"], symbols["krw"]
    ('USD', 'JPY', 'CNY', 'USD', 'KRW')
    """
    _, cldr_symbols, codes = _babel_tables()
    table = dict(cldr_symbols)
    table.update(SYMBOLS)
    for code in codes:
        if code in CODES_EXCLUDED:
            continue
        table[code] = code
        if code in LOWER_CASE_CODES:
            table[code.lower()] = code
    return MappingProxyType(table)


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 code a currency word or symbol of the lexicon reads as.

    >>> {"KRW", "USD", "JPY"} <= currency_codes(), "share" in currency_codes()
    (True, False)
    """
    return frozenset(cw.code for cw in currency_words().values()) | frozenset(currency_symbols().values())
