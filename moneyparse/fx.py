"""Named exchange rates: the figures of a sentence that names a rate are its quotes.

In ``원/달러 환율은 3.2원 오른 1,385.6원에 마감했다`` no 당 is written, yet both amounts
are won per dollar: the level and its change. :func:`name_rates` gives such figures the
``per`` (and ``per_amount``) of the rate that their sentence names, before them:

- a pair, ``X/Y``, ``X·Y``, ``X-Y`` (원/달러, 원·엔, 엔/달러): the figures in X are per Y,
  and a figure in Y is per X, since news writes pairs in either order (달러/엔 환율은
  107.81엔);
- ``Y 대비 X`` or ``Y에 대한 X`` (달러 대비 원화, 위안화 대비 원화): the same;
- ``Y 대비`` alone (유로화 대비 기준 환율은 7.1962위안): the figures not in Y are per Y;
- one currency, ``Y 환율`` (달러 환율 1,300원): the figures in won are per Y.

The sentence must hold 환율 within reach of the figure. The nearest name before
the figure wins; where none stands before it, the first name after it, when the
figure's clause modifies that name (``0.30원 오른 1196.0원으로 출발한 원·달러
환율은``). A figure already given a per by a rate word (100엔당) keeps it; a figure
with a myriad scale word (3조원) is an amount, never a quote; figures of other
currencies keep ``per`` None. Yen and the other currencies quoted per hundred
(원·엔 환율) give ``per_amount`` 100. A rate named only in an earlier sentence
gives nothing: each sentence is read on its own (``docs/conventions.md``, Rates).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from typing import Final

from moneyparse.figure import Bound, Kind
from moneyparse.grammar import Reading
from moneyparse.lexicon.currencies import PER_HUNDRED, currency_words
from moneyparse.lexicon.scales import MYRIAD_SCALE_CHARS
from moneyparse.scanner import HANGUL, SENTENCE_END, is_hangul

RATE_WORD: Final = "환율"
_AGAINST: Final = ("대비", "에 대")
_HUNDRED: Final = Decimal(100)
_REACH: Final = 160  # how far back in its sentence a figure's rate name is looked for
_RATE_WORDS: Final = re.compile(RATE_WORD)


# A Hangul word that may be a currency word; which one it is, the lexicon says.
_W: Final = f"[{HANGUL}]{{1,8}}"
_START: Final = f"(?<![{HANGUL}])"
# The rate names, in the order they are tried at one place. Each word is looked up in
# :func:`_codes` afterwards: a name whose words are no currencies names nothing.
_NAMES: Final = re.compile(
    f"{_START}(?=[{HANGUL}])(?:"  # at the start of a Hangul word only, the cheap test first
    # Y 대비 X, Y에 대한 X (달러 대비 원화, 엔화(100엔) 대비 원화): X quoted per Y
    f"(?P<ay>{_W})(?:\\([^()]{{0,12}}\\))? ?(?:대비|에 ?대한|에 ?대해) ?(?:(?P<ax>{_W}))?"
    # X의 Y당 환율, Y당 환율 (위안화의 달러당 기준환율): X quoted per Y, won where X is left out
    f"|(?:(?P<dx>{_W})의 )?(?P<dy>{_W})당 ?(?=(?:[{HANGUL}]{{1,4}} ?)?{RATE_WORD})"
    # X/Y, X·Y, X-Y (원/달러, 원·엔): X quoted per Y
    f"|(?P<px>{_W}) ?[/·\\-] ?(?P<py>{_W})"
    # X Y 환율 with a space (원 달러 환율)
    f"|(?P<sx>{_W}) (?P<sy>{_W}) ?(?=[{HANGUL}]{{0,4}}{RATE_WORD})"
    # Y 환율, Y 기준환율, Y 고시 환율: one currency named
    f"|(?P<oy>{_W}) ?(?=(?:[{HANGUL}]{{1,4}} ?)?{RATE_WORD}))"
)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """The currency of each Hangul currency word (달러, 원화, 위안화, 엔)."""
    return {word: cw.code for word, cw in currency_words().items() if cw.power == 0 and re.search(f"[{HANGUL}]", word)}


def _code(word: str | None, *, prefix: bool = False) -> str | None:
    """The currency *word* names; with *prefix*, the currency its longest currency-word
    beginning names (원화환율, 달러화가: the word runs on into the next)."""
    if word is None:
        return None
    codes = _codes()
    if not prefix:
        return codes.get(word)
    for end in range(len(word), 0, -1):
        code = codes.get(word[:end])
        if code is not None:
            return code
    return None


def name_rates(t: str, readings: list[Reading]) -> None:
    """Give the money readings of each sentence that names an exchange rate its per, in
    place. Called only where *t* holds 환율.

    Each sentence that holds 환율 is read once for names, around its 환율 words and
    :data:`_REACH` characters either side; its figures there take the nearest name that
    ends before them, or the name after them that their clause modifies. Linear in the
    text: the sentences without 환율 are never looked at, and a name is looked for at
    each word start of the window once (where none begins at a word, the next word is
    tried: 이날 대엔화 환율), each try a few dozen characters at most.
    """
    ends = [m.end() for m in SENTENCE_END.finditer(t)]
    firsts = [r.start for r in readings]
    based: list[int] = []  # the base amounts that joined the price after them (100엔 950원)
    rate_words: dict[int, list[int]] = {}  # sentence -> where its 환율 words start
    for m in _RATE_WORDS.finditer(t):
        rate_words.setdefault(bisect_right(ends, m.start()), []).append(m.start())
    for k, found in rate_words.items():
        begin = ends[k - 1] if k > 0 else 0
        stop = ends[k] if k < len(ends) else len(t)
        low, high = max(begin, found[0] - _REACH), min(stop, found[-1] + len(RATE_WORD) + _REACH)
        names: list[tuple[int, tuple[str | None, str, bool], int, bool]] = []
        at = low
        while (found_name := _NAMES.search(t, at, high)) is not None:
            name = _name_of(found_name)
            if name is None:
                at = found_name.start() + 1  # 이날 대엔화 환율: no name at 이날, but the next word may begin one
                continue
            names.append((found_name.end(), name[:3], found_name.start(), name[3]))
            at = found_name.end()
        name_ends = [end for end, *_ in names]
        for i in range(bisect_right(firsts, low), bisect_right(firsts, high)):
            r = readings[i]
            if r.kind is not Kind.MONEY or r.per is not None or r.currency is None:
                continue
            if any(ch in MYRIAD_SCALE_CHARS for ch in t[r.num_start : r.end]):
                continue  # 3조원: an amount, not a quote
            if t.startswith(")", r.end) and t[r.end + 1 : r.end + 4].lstrip().startswith(_AGAINST):
                continue  # 엔화(100엔) 대비: the amount the rate is quoted per, inside its name
            nearest = bisect_right(name_ends, r.start) - 1
            if nearest < 0 or name_ends[nearest] < r.start - _REACH:
                # 0.30원 오른 1196.0원으로 출발한 원·달러 환율은: the figures that modify the
                # rate's name stand before it; the first name after them in the sentence
                nearest += 1
                if nearest >= len(names) or not _modifies(t, r.end, names[nearest][2]):
                    continue
            quote, base, alone = names[nearest][1]
            if _base_amount(t, r, readings, i, quote, base, names[nearest][3]):
                # 100엔 950원: a round amount of the base and a space before the price of it,
                # one quote per that amount, as 100엔=950원 is
                nxt = readings[i + 1]
                readings[i + 1] = nxt._replace(start=r.start, per=r.currency, per_amount=r.low)
                based.append(i)
                continue
            if quote is not None and r.currency == base and names[nearest][3]:
                quote, base = base, quote  # 달러/엔 환율은 107.81엔: a pair names both, either order
            if r.currency == base or (quote is not None and r.currency != quote) or (alone and r.currency != "KRW"):
                continue
            readings[i] = r._replace(per=base, per_amount=_HUNDRED if base in PER_HUNDRED else None)
    for i in reversed(based):
        del readings[i]


def _base_amount(
    t: str, r: Reading, readings: list[Reading], i: int, quote: str | None, base: str, either: bool
) -> bool:
    """True when *r* is the amount a rate of the base currency is quoted per (1달러, 100엔)
    with the price of it after one space: money in the quote currency (won where the name names one
    currency; a pair written in either order, the other of the two) with no per of its
    own: 100엔 950원."""
    if i + 1 >= len(readings) or not r.point or r.bound is not Bound.EQ or r.start != r.num_start:
        return False
    nxt = readings[i + 1]
    if r.currency == base:
        price = quote or "KRW"
    elif either and r.currency == quote:
        price = base  # 엔-원 환율, 100엔 950원: the pair named the other way round
    else:
        return False
    return (
        r.low == (_HUNDRED if r.currency in PER_HUNDRED else _ONE)  # 100엔, 1달러: as a rate is quoted
        and nxt.start == r.end + 1
        and t[r.end] == " "
        and nxt.kind is Kind.MONEY
        and nxt.per is None
        and nxt.point
        and nxt.start == nxt.num_start
        and nxt.currency == price
    )


_ONE: Final = Decimal(1)


def _modifies(t: str, end: int, name_start: int) -> bool:
    """True when the clause from a figure ending at *end* modifies the rate name that
    starts at *name_start*: the word right before the name is attributive, its last
    syllable closed by ㄴ (출발한, 오른, 내린 원·달러 환율은), and no comma and space stands between."""
    before = name_start - 1 if name_start > 0 and t[name_start - 1] == " " else name_start
    if before - end > _REACH or before <= end or ", " in t[end:before]:
        return False
    last = t[before - 1]
    return is_hangul(last) and (ord(last) - _FIRST_SYLLABLE) % _FINALS == _NIEUN


_FIRST_SYLLABLE: Final = 0xAC00  # 가
_FINALS: Final = 28  # final consonants of a Hangul syllable, none included
_NIEUN: Final = 4  # ㄴ as a final consonant: the attributive 한, 온, 린


def _name_of(m: re.Match[str]) -> tuple[str | None, str, bool, bool] | None:
    """(quote currency or None, base currency, one currency named, a pair that may be
    written in either order) of a match of :data:`_NAMES`, or ``None`` where its words
    are no currency words."""
    if m.group("ay"):
        base = _code(m.group("ay"))
        return None if base is None else (_code(m.group("ax"), prefix=True), base, False, False)
    if m.group("dy"):
        base = _code(m.group("dy"))
        if base is None:
            return None
        quote = _code(m.group("dx"), prefix=True)
        return (quote, base, quote is None, False)
    if m.group("px"):
        quote, base = _code(m.group("px")), _code(m.group("py"), prefix=True)
    elif m.group("sx"):
        quote, base = _code(m.group("sx")), _code(m.group("sy"))
        if quote is None or base is None:
            return _one_word(m.group("sx"))  # 대달러 기준환율: one currency, a word before 환율
    else:
        return _one_word(m.group("oy"))
    return None if quote is None or base is None else (quote, base, False, True)


def _one_word(word: str) -> tuple[str | None, str, bool, bool] | None:
    """The name written as one word before 환율: a currency (달러 환율), 대 and a currency
    (대엔화 환율: against the yen, so quoted in won), or a pair written solid (원달러,
    엔달러: X quoted per Y, in either order as with 원/달러)."""
    base = _code(word)
    if base is not None:
        return (None, base, True, False)
    if word.startswith(_AGAINST_PREFIX):
        against = word[len(_AGAINST_PREFIX) :]
        if against.startswith(_AMERICAN):
            against = against[len(_AMERICAN) :]  # 대미달러화: against the American dollar
        base = _code(against, prefix=True)
        if base is not None:
            return (None, base, True, False)
    for cut in range(1, len(word)):
        quote, base = _code(word[:cut]), _code(word[cut:])
        if quote is not None and base is not None and quote != base:
            return (quote, base, False, True)
    return None


_AGAINST_PREFIX: Final = "대"  # 대엔화, 대달러: against the yen, against the dollar
_AMERICAN: Final = "미"  # 대미달러화, as older reports write it
