"""Named exchange rates: the figures of a sentence that names a rate are its quotes.

In ``원/달러 환율은 3.2원 오른 1,385.6원에 마감했다`` no 당 is written, yet both amounts
are won per dollar: the level and its change. :func:`name_rates` gives such figures the
``per`` (and ``per_amount``) of the rate that their sentence names, before them:

- a pair, ``X/Y``, ``X·Y``, ``X-Y`` (원/달러, 원·엔, 엔/달러): the figures in X are per Y;
- ``Y 대비 X`` or ``Y에 대한 X`` (달러 대비 원화, 위안화 대비 원화): the same;
- ``Y 대비`` alone (유로화 대비 기준 환율은 7.1962위안): the figures not in Y are per Y;
- one currency, ``Y 환율`` (달러 환율 1,300원): the figures in won are per Y.

The sentence must hold 환율 before the figure, and the nearest name before the figure
wins. A figure already given a per by a rate word (100엔당) keeps it; a figure with a
myriad scale word (3조원) is an amount, never a quote; figures of other currencies keep
``per`` None. Yen and the other currencies quoted per hundred (원·엔 환율) give
``per_amount`` 100. A rate named only in an earlier sentence gives nothing: each
sentence is read on its own (``docs/conventions.md``, Rates).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from typing import Final

from moneyparse.figure import Kind
from moneyparse.grammar import Reading
from moneyparse.lexicon.currencies import PER_HUNDRED, currency_words
from moneyparse.lexicon.scales import MYRIAD_SCALE_CHARS
from moneyparse.scanner import HANGUL

RATE_WORD: Final = "환율"
_AGAINST: Final = ("대비", "에 대")
_HUNDRED: Final = Decimal(100)
_REACH: Final = 160  # how far back in its sentence a figure's rate name is looked for
_SENTENCE_END: Final = re.compile(r"\.(?![0-9])|\n")


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of rate names, and the currency of each word it may capture."""
    codes = {word: cw.code for word, cw in currency_words().items() if cw.power == 0 and re.search(f"[{HANGUL}]", word)}
    word = "(?:" + "|".join(re.escape(w) for w in sorted(codes, key=len, reverse=True)) + ")"
    start = f"(?<![{HANGUL}])"
    pattern = re.compile(
        # Y 대비 X, Y에 대한 X (달러 대비 원화, 엔화(100엔) 대비 원화): X quoted per Y
        f"{start}(?P<ay>{word})(?:\\([^()]{{0,12}}\\))? ?(?:대비|에 대한|에 대해) ?"
        f"(?:(?P<ax>{word})(?:(?![{HANGUL}])|(?={RATE_WORD})))?"
        # X/Y, X·Y, X-Y (원/달러, 원·엔): X quoted per Y
        f"|{start}(?P<px>{word}) ?[/·\\-] ?(?P<py>{word})"
        # X Y 환율 with a space (원 달러 환율)
        f"|{start}(?P<sx>{word}) (?P<sy>{word}) ?(?=[{HANGUL}]{{0,4}}{RATE_WORD})"
        # Y 환율, Y 기준환율, Y 고시 환율: one currency named
        f"|{start}(?P<oy>{word}) ?(?=(?:[{HANGUL}]{{1,4}} ?)?{RATE_WORD})"
    )
    return pattern, codes


def name_rates(t: str, readings: list[Reading]) -> None:
    """Give the money readings of each sentence that names an exchange rate its per, in
    place. Called only where *t* holds 환율."""
    pattern, codes = _names()
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(t))]
    name: tuple[str | None, str, bool] | None  # (quote currency or None, base, one currency named)
    for i, r in enumerate(readings):
        if r.kind is not Kind.MONEY or r.per is not None or r.currency is None:
            continue
        if any(ch in MYRIAD_SCALE_CHARS for ch in t[r.num_start : r.end]):
            continue  # 3조원: an amount, not a quote
        if t.startswith(")", r.end) and t[r.end + 1 : r.end + 4].lstrip().startswith(_AGAINST):
            continue  # 엔화(100엔) 대비: the amount the rate is quoted per, inside its name
        sentence = max(starts[bisect_right(starts, r.start) - 1], r.start - _REACH)
        window = t[sentence : r.start]
        if RATE_WORD not in window:
            continue
        name = None
        for m in pattern.finditer(window):
            if m.group("ay"):
                name = (codes[m.group("ax")] if m.group("ax") else None, codes[m.group("ay")], False)
            elif m.group("px"):
                name = (codes[m.group("px")], codes[m.group("py")], False)
            elif m.group("sx"):
                name = (codes[m.group("sx")], codes[m.group("sy")], False)
            else:
                name = (None, codes[m.group("oy")], True)
        if name is None:
            continue
        quote, base, alone = name
        if r.currency == base or (quote is not None and r.currency != quote) or (alone and r.currency != "KRW"):
            continue
        amount = _HUNDRED if base in PER_HUNDRED else None
        readings[i] = r._replace(per=base, per_amount=amount)
