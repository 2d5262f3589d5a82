"""``parse``: exactly one figure, or a :class:`~moneyparse.errors.ParseError` that says where
and why.

It walks the text as :func:`~moneyparse.extract.extract` does, stops at the first final
reading, and explains a failure: text before or after the figure, a marker with no
number, a number too long, a malformed scale. Nothing here reads a figure differently
from ``extract``.
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Final

from moneyparse.errors import ParseError
from moneyparse.extract import validate_text, walk
from moneyparse.figure import Figure
from moneyparse.grammar import Reading, lexicon, to_figure
from moneyparse.lexicon.markers import RANGE_WORDS, RATE_SUFFIX
from moneyparse.normalize import fold_width
from moneyparse.scanner import DIGIT_RUN, is_hangul, is_latin, skip_space
from moneyparse.tables import apply_scale, scale_of
from moneyparse.value import EXACT, MAX_DIGITS, MAX_EXPONENT, read_number


def parse(text: str, *, default_currency: str | None = None, scale: Decimal | int | str | None = None) -> Figure:
    """Read *text* as exactly one figure.

    약 sets ``approximate``; a 대 band is a ``Bound.BAND``, half-open ``[low, high)``;
    a range's scale and unit written once at the end apply to both ends.

    >>> f = parse("약 230억달러")
    >>> f.value, f.currency, f.approximate
    (Decimal('23000000000'), 'USD', True)
    >>> parse("3~4조원").low
    Decimal('3000000000000')
    >>> parse("1조 달러 2")
    Traceback (most recent call last):
    moneyparse.errors.ParseError: text goes on after the figure '1조 달러'; ...

    :param default_currency: ISO code to use when the text names none.
    :param scale: a multiplier for a bare number (``Decimal(10**8)`` for a 억원 table).
    :raises ParseError: if *text* is not exactly one figure.
    :raises TypeError: if *text* is not a ``str``.
    """
    validate_text(text)
    with localcontext(EXACT):
        return _parse(text, default_currency, scale)


def _parse(text: str, default_currency: str | None, scale: Decimal | int | str | None) -> Figure:
    t = fold_width(text)
    dotted = _DOTTED.search(t)
    if dotted is not None:
        raise ParseError(text, dotted.end() - 1, f"a second '.' in the number {_quote(dotted.group() + '…')}")
    begin = len(t) - len(t.lstrip())
    finish = len(t.rstrip())
    if begin >= finish:
        raise ParseError(text, 0, "empty text: expected one figure, such as '230억달러'")
    control = _CONTROL.search(t, begin, finish)
    if control is not None:
        raise ParseError(text, control.start(), f"a control or surrogate character {control.group()!r} in the text")
    marker = _marker_alone(t, begin, finish)
    if marker is not None:  # 이상 alone is the marker, not the numeral 이 and a word
        raise ParseError(text, begin, f"the marker {marker!r} with no number: expected a figure such as '1조원 이상'")
    # the first reading decides, once nothing after it can merge with it or drop it: a long
    # text that is no figure costs two or three readings, not one for each number in it
    readings = walk(t[:finish], keep_bare=True, whole=True, first_only=True)
    if not readings:
        raise ParseError(text, *_why_no_figure(t, begin, finish))
    r = readings[0]
    if r.start > begin:
        raise ParseError(text, *_why_before(t, begin, r))
    if r.end < finish:
        raise ParseError(text, *_why_more(t, r, finish))
    if r.kind is None and scale is not None:
        r = apply_scale(r, scale_of(scale, default_currency))
    fig = to_figure(r, text, default_currency=default_currency)
    assert fig is not None
    return fig


# Control characters (but tab and line breaks) and unpaired surrogates: parse rejects them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# A number with two decimal points: 1.2.3억 (a version or a date, never an amount)
_DOTTED = re.compile(r"(?<![0-9])[0-9]+\.[0-9]+\.")


def _quote(fragment: str) -> str:
    """*fragment* quoted for a reason, cut to 20 characters so a huge input stays out."""
    return repr(fragment if len(fragment) <= 20 else fragment[:20] + "…")


def _why_before(t: str, begin: int, r: Reading) -> tuple[int, str]:
    """Position and reason when text stands before the first figure."""
    prefix = t[begin : r.start].strip()
    if prefix and set(prefix) <= set("+-"):
        return begin, f"a stray sign {_quote(prefix)}: write one sign before the number"
    if prefix.endswith("~"):
        return begin + len(prefix) - 1, "a range with a missing end: nothing before '~'"
    rates = lexicon().rates
    end = begin + len(prefix)
    second = rates.before(t, end)
    if second is not None:
        first = rates.before(t, end - len(second[0]))
        if first is not None:
            return end - len(second[0]), (
                f"two rate words {first[0]!r} and {second[0]!r}: a figure is the price of one thing"
            )
    return begin, f"unexpected text {_quote(prefix)} before the figure"


_RATE_EXAMPLE: Final = "100엔당 912.30원"

# Digits and an exponent past what is read: 1e41, 2^99
_BIG_EXPONENT: Final = re.compile(r"[0-9][eE^][+-]?([0-9]+)")


def _marker_alone(t: str, begin: int, finish: int) -> str | None:
    """The marker word that is the whole text (약, 이상), else ``None``."""
    lex = lexicon()
    marker = lex.before.at(t, begin) or lex.after.at(t, begin)
    if marker is not None and not t[begin + len(marker[0]) : finish].strip():
        return marker[0]
    return None


@lru_cache(maxsize=1)
def _why_candidates() -> re.Pattern[str]:
    """Where :func:`_why_no_figure` has anything to say: a range mark, a sign, the first
    character of a unit word or a myriad scale word. The other characters are passed
    over by the pattern, not one by one in Python."""
    firsts = set(lexicon().units.by_first) | set("~+-만억조경")
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "]")


def _why_no_figure(t: str, begin: int, finish: int) -> tuple[int, str]:
    """Position and reason when the text holds no figure at all."""
    lex = lexicon()
    run = DIGIT_RUN.search(t, begin, finish)
    if run is not None and len(run.group()) > MAX_DIGITS:
        return run.start(), f"a run of {len(run.group())} digits, longer than the {MAX_DIGITS} read as a number"
    for digits in DIGIT_RUN.finditer(t, begin, finish):
        at = digits.start()
        symbol = lex.symbols.before(t, at) or (lex.symbols.before(t, at - 1) if t[at - 1 : at] == " " else None)
        number = read_number(t, at)
        if symbol is None or number is None:
            continue
        spaced = number.end + 1 if t[number.end : number.end + 1] == " " else number.end
        after = lex.symbols.at(t, number.end) or lex.units.at(t, number.end) or lex.units.at(t, spaced)
        code = after[1] if after is not None and isinstance(after[1], str) else None
        if after is not None and not isinstance(after[1], str):
            code = after[1].currency
        if after is not None and code is not None and code != symbol[1]:
            return t.index(after[0], number.end), (
                f"two currencies for one number: {symbol[0]!r} before it and {after[0]!r} after; write one"
            )
    dang = t.find(RATE_SUFFIX, begin, finish)
    while dang >= 0:
        rate = lex.rates.before(t, dang + 1)
        rest = skip_space(t, dang + 1)
        if rate is not None and DIGIT_RUN.search(t, rest, finish) is None:
            rate_text = _quote(t[begin : dang + 1].strip())
            return rest, f"the rate {rate_text} with no number after it: expected a figure such as {_RATE_EXAMPLE!r}"
        dang = t.find(RATE_SUFFIX, dang + 1, finish)
    big = _BIG_EXPONENT.search(t, begin, finish)
    if big is not None and int(big.group(1)[:6]) > MAX_EXPONENT:
        return big.start() + 1, f"an exponent past {MAX_EXPONENT}: {_quote(big.group())}"
    for found in _why_candidates().finditer(t, begin, finish):
        i = found.start()
        if t[i] in "~" and i + 1 < finish:
            return i, f"a range with a missing end: nothing before {t[i]!r}"
        if t[i] in "-+" and i + 1 < finish and t[i + 1] in "-+":
            return i, f"a stray sign {t[i : i + 2]!r}: write one sign before the number"
        hit = lex.units.at(t, i)
        inside_word = i > 0 and (
            is_hangul(t[i - 1]) or (is_latin(t[i - 1]) and hit is not None and is_latin(hit[0][0]))
        )
        if hit is not None and hit[1].kind is not None and not inside_word:
            return i, f"no number before the unit {hit[0]!r}"
        if t[i] in "만억조경":
            number = read_number(t, i)
            if number is not None and number.stop is not None:
                return number.stop  # 억억: the second scale word is the fault
            return i, f"scale word {t[i]!r} with no number it can scale"
    return begin, f"no number in {_quote(t[begin:finish])}: expected one figure, such as '230억달러'"


def _why_more(t: str, r: Reading, finish: int) -> tuple[int, str]:
    """Position and reason when text goes on after the first figure."""
    if r.number is not None and r.number.stop is not None:
        pos, reason = r.number.stop
        if pos >= r.end - 1 or r.number.end == r.end:
            return pos, reason
    end = r.number.end if r.number is not None and r.end == r.number.end else r.end
    if end < finish and t[end] == "," and (r.number is None or end == r.number.end):
        return end, "a thousands separator ',' must have exactly three digits after it (1,000)"
    if end < finish and t[end] == "." and (end + 1 >= finish or not t[end + 1].isdigit()):
        return end, "a decimal point '.' with no digits after it"
    pos = r.end
    while pos < finish and t[pos] == " ":
        pos += 1
    if t[pos] == "~" or (t[pos] == "-" and r.end == pos):
        return r.end, f"a range with a missing end after {t[r.start : r.end]!r}"
    for word in RANGE_WORDS:
        if t.startswith(word, pos) and not t[pos + len(word) : finish].strip():
            return pos, f"a range with a missing end: nothing after {word!r}"
    return pos, (
        f"text goes on after the figure {_quote(t[r.start : r.end])}; parse() reads one figure, "
        "extract() reads running text"
    )
