"""What stands before the number: a currency symbol or code, a sign (-, △, 마이너스,
영하), a marker (약, 최소, 최대), a rate word (주당, 1인당, 배럴당), and a word that sets
the unit (섭씨 40도, 시속 188 마일).

Read backwards from the anchor with the lexicon's reversed word tables, so that no
pattern runs before the digits. :func:`_merge` folds a marker into the approximation and
bound read so far.
"""

from __future__ import annotations

from typing import Final

from moneyparse.figure import Bound, Kind
from moneyparse.grammar.base import Unit, _near_before, lexicon
from moneyparse.lexicon.markers import SIGN_AFTER_WORDS, Marker
from moneyparse.lexicon.scales import SCALE_CHARS
from moneyparse.scanner import DIGIT_CHARS, is_hangul, is_latin, space_before

# Characters after which a '-' or '+' is a sign, not a hyphen (1000만-2000만원, 052-278).
_SIGN_OK_AFTER: Final = frozenset(" \t\n\r([{:,|/=→·'\"“‘<>≤≥…")


def _look_back(t: str, start: int) -> tuple[int, str | None, int, Marker | None, str | None]:
    """Read back from the number: currency symbol, sign, marker, rate word.

    Returns (start, currency, sign, marker, per). Each part may stand one space before
    the next: ``톤당 약 668.82달러``, ``마이너스 23.5%``, ``$ 30억``, ``USD 100``.
    """
    lex = lexicon()
    currency: str | None = None
    sign = 1
    marker: Marker | None = None
    per: str | None = None
    pos = start
    near = _near_before(t, start)
    if near not in lex.back_last:
        return pos, currency, sign, marker, per  # nothing a look-back table ends with

    def symbol_before(p: int) -> tuple[int, str] | None:
        for q in (p, p - 1):
            if q < p and not (q >= 0 and q < len(t) and t[q] == " "):
                continue
            hit = lex.symbols.before(t, q)
            if hit is not None:
                word, code = hit
                s = q - len(word)
                if is_latin(word[0]) and s > 0 and (is_latin(t[s - 1]) or t[s - 1] in DIGIT_CHARS):
                    continue
                if is_hangul(word[0]) and s > 0 and is_hangul(t[s - 1]):
                    continue
                if q < p and not (is_latin(word[-1]) or is_hangul(word[-1]) or word[-1] == "$"):
                    continue  # a symbol with a space: only codes and $ (USD 100, $ 30억)
                return s, code
        return None

    hit = symbol_before(pos)
    if hit is not None:
        pos, currency = hit
    sign_hit = lex.signs.before(t, pos)
    if sign_hit is None and pos > 0 and t[pos - 1] == " ":
        spaced = lex.signs.before(t, pos - 1)
        if spaced is not None and is_hangul(spaced[0][-1]):
            sign_hit = spaced
            pos -= 1
    if sign_hit is not None:
        word, value = sign_hit
        s = pos - len(word)
        ok = (
            s == 0
            or t[s - 1] in _SIGN_OK_AFTER
            or (is_hangul(word[0]) and not is_hangul(t[s - 1]))
            or t.endswith(SIGN_AFTER_WORDS, 0, s)  # 꼴찌...-7%, (YoY+42%, QoQ-8%)
        )
        if word == "△" and s > 0 and t[s - 1] not in _SIGN_OK_AFTER:
            ok = False
        if ok:
            pos, sign = s, value
    if currency is None:
        hit = symbol_before(pos)
        if hit is not None:
            pos, currency = hit
    for q in (pos, pos - 1):
        if q < pos and not (q >= 1 and t[q] == " "):
            continue
        mhit = lex.before.before(t, q)
        if mhit is not None:
            word, found = mhit
            s = q - len(word)
            if s > 0 and t[s - 1] == "/":
                break  # 최고/최저 98,400원/61,200원: column labels, not a bound on the first
            if s == 0 or not (is_hangul(t[s - 1]) or (is_latin(t[s - 1]) and not word[0].isalpha())):
                marker, pos = found, s
                break
    for q in (pos, pos - 1):
        if q < pos and not (q >= 1 and t[q] == " "):
            continue
        rhit = lex.rates.before(t, q)
        if rhit is not None:
            word, noun = rhit
            s = q - len(word)
            counted = s >= 2 and t[s - 1] == " " and (t[s - 2] in DIGIT_CHARS or t[s - 2] in SCALE_CHARS)
            if counted:
                break  # 10만 명당 5명: per 100,000 people, not per person; no rate is read
            if s == 0 or not (is_hangul(t[s - 1]) or t[s - 1] in DIGIT_CHARS or t[s - 1] == "."):
                per, pos = noun, s
                break
    return pos, currency, sign, marker, per


def _merge(marker: Marker | None, approximate: bool, bound: Bound) -> tuple[bool, Bound]:
    if marker is None:
        return approximate, bound
    approximate = approximate or marker.approximate
    if marker.bound is not None and bound is Bound.EQ:
        bound = Bound(marker.bound)
    return approximate, bound


_LENGTHS: Final = frozenset({"meter", "kilometer", "mile"})


def _unit_before(t: str, start: int, unit: Unit | None) -> tuple[int, Unit] | None:
    """섭씨 40도, 화씨 98.6, 시속 188 마일: a word before the number that sets its unit.

    Returns the new start and unit, or ``None`` when no such word stands there.
    """
    lex = lexicon()
    at = space_before(t, start)
    hit = lex.unit_before.before(t, at)
    if hit is None:
        return None
    word, (scale, measure) = hit
    s = at - len(word)
    if s > 0 and is_hangul(t[s - 1]):
        return None
    if scale == "degree" and (unit is None or unit.unit == "degree"):
        return s, Unit(Kind.QUANTITY, measure)
    if scale == "speed" and unit is not None and unit.unit in _LENGTHS:
        return s, Unit(Kind.QUANTITY, f"{unit.unit} / {measure}")
    return None
