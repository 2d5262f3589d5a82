"""The public readers: :func:`extract` over running text, :func:`parse` over one figure.

Both fold the text once, walk the scanner's anchors and hand each to the grammar.
Context that spans figures (a parenthesised equivalent, a ``(단위: 억원)`` header, a
△ used as a bullet) is read here, not in the grammar.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from decimal import Decimal

from moneyparse.errors import ParseError
from moneyparse.figure import Figure, Kind
from moneyparse.grammar import Reading, Skip, lexicon, read_at, read_range, to_figure
from moneyparse.normalize import fold_width
from moneyparse.scanner import ANCHOR, is_hangul

DEFAULT_KINDS: frozenset[Kind] = frozenset(Kind) - {Kind.NUMBER}


def _bullets(t: str) -> bool:
    """True when △ opens list items here (△삼성전자 △LG …), so it is no minus sign."""
    i = t.find("△")
    while i != -1:
        nxt = t[i + 1 : i + 2]
        if nxt and not (nxt.isdigit() or nxt in " .,"):
            return True
        i = t.find("△", i + 1)
    return False


def _readings(t: str) -> list[Reading]:
    """Every reading in the folded text, in order, non-overlapping."""
    out: list[Reading] = []
    pos = 0
    n = len(t)
    while pos < n:
        m = ANCHOR.search(t, pos)
        if m is None:
            break
        a = m.start()
        got = read_at(t, a)
        if isinstance(got, Skip):
            pos = max(got.resume, a + 1)
            continue
        ranged = read_range(t, got)
        if ranged is not None:
            got = ranged
        if out and got.start < out[-1].end:
            got = replace(got, start=max(got.start, out[-1].end))
            if got.start > got.num_start:
                pos = max(got.end, a + 1)
                continue
        out.append(got)
        pos = max(got.end, a + 1)
    return out


def _validate(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"moneyparse reads a str, not {type(text).__name__}")
    return text


def extract(
    text: str,
    *,
    default_currency: str | None = None,
    scale: Decimal | None = None,
    kinds: Collection[Kind] | None = None,
) -> list[Figure]:
    """Every figure in *text*, in order, non-overlapping, spans in the original string.

    Bare numbers (``Kind.NUMBER``, a headline's 1조) come back only when *kinds* asks for
    them. A parenthesised equivalent (약 230억달러(약 25조원)) is its own figure whose
    ``equivalent_of`` is the index of the figure it restates.

    >>> [f.text for f in extract("매출은 약 230억달러(약 25조원)이며 영업이익률은 35.47%다.")]
    ['약 230억달러', '약 25조원', '35.47%']
    >>> extract("매출은 약 230억달러(약 25조원)")[1].equivalent_of
    0
    >>> extract("2016회계연도 3분기, 아이오닉 5와 EV3")
    []

    :param default_currency: ISO code for money written without a currency.
    :param scale: a multiplier for bare numbers, as a ``(단위: 억원)`` header gives.
    :param kinds: the kinds to return; by default all but ``Kind.NUMBER``.
    """
    t = fold_width(_validate(text))
    wanted = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    bullets = "△" in t and _bullets(t)
    figures: list[Figure] = []
    last: Reading | None = None
    last_index: int | None = None
    for r in _readings(t):
        if bullets and r.sign == -1 and t[r.start] == "△":
            r = replace(r, start=r.num_start, low=-r.low, high=-r.high, sign=1)
        fig = to_figure(r, text, default_currency=default_currency)
        if fig is None:
            continue
        if scale is not None and fig.kind is Kind.NUMBER:
            fig = _scaled(fig, scale, default_currency)
        if last is not None and last_index is not None and _is_equivalent(t, last, r):
            fig = replace(fig, equivalent_of=last_index)
        last = r
        if fig.kind not in wanted:
            last_index = None
            continue
        figures.append(fig if fig.equivalent_of is None or fig.equivalent_of < len(figures) else replace(fig, equivalent_of=None))
        last_index = len(figures) - 1
    return figures


def _scaled(fig: Figure, scale: Decimal, default_currency: str | None) -> Figure:
    value = None if fig.value is None else fig.value * scale
    return replace(fig, kind=Kind.MONEY, currency=default_currency or "KRW", value=value,
                   low=fig.low * scale, high=fig.high * scale)


def _is_equivalent(t: str, first: Reading, second: Reading) -> bool:
    """약 230억달러(약 25조원): money in parentheses right after money restates it."""
    gap = t[first.end : second.start]
    return (
        first.kind is Kind.MONEY
        and second.kind is Kind.MONEY
        and gap.strip() == "("
        and t[second.end : second.end + 1] == ")"
        and first.currency != second.currency
    )


def parse(text: str, *, default_currency: str | None = None, scale: Decimal | None = None) -> Figure:
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
    _validate(text)
    t = fold_width(text)
    begin = len(t) - len(t.lstrip())
    finish = len(t.rstrip())
    if begin >= finish:
        raise ParseError(text, 0, "empty text: expected one figure, such as '230억달러'")
    for i in range(begin, finish):
        ch = t[i]
        if ord(ch) < 32 and ch not in "\t\n\r" or 0xD800 <= ord(ch) <= 0xDFFF:
            raise ParseError(text, i, f"a control or surrogate character {ch!r} in the text")
    readings = _readings(t[:finish])
    if not readings:
        raise ParseError(text, *_why_no_figure(t, begin, finish))
    r = readings[0]
    if r.start > begin:
        raise ParseError(text, begin, f"unexpected text {t[begin:r.start].strip()!r} before the figure")
    if r.end < finish:
        raise ParseError(text, *_why_more(t, r, finish))
    fig = to_figure(r, text, default_currency=default_currency)
    assert fig is not None  # noqa: S101 - to_figure returns None for no reading here
    if scale is not None and fig.kind is Kind.NUMBER:
        fig = _scaled(fig, scale, default_currency)
    return fig


def _why_no_figure(t: str, begin: int, finish: int) -> tuple[int, str]:
    """Position and reason when the text holds no figure at all."""
    lex = lexicon()
    for i in range(begin, finish):
        if t[i] in "~" and i + 1 < finish:
            return i, f"a range with a missing end: nothing before {t[i]!r}"
        if t[i] in "-+" and i + 1 < finish and t[i + 1] in "-+":
            return i, f"a stray sign {t[i:i + 2]!r}: write one sign before the number"
        hit = lex.units.at(t, i)
        if hit is not None and hit[1].kind is not None and (i == 0 or not is_hangul(t[i - 1])):
            return i, f"no number before the unit {hit[0]!r}"
        if t[i] in "만억조경":
            return i, f"scale word {t[i]!r} with no number it can scale"
    return begin, f"no number in {t[begin:finish][:20]!r}: expected one figure, such as '230억달러'"


def _why_more(t: str, r: Reading, finish: int) -> tuple[int, str]:
    """Position and reason when text goes on after the first figure."""
    if r.number is not None and r.number.stop is not None:
        pos, reason = r.number.stop
        if pos >= r.end - 1 or r.number.end == r.end:
            return pos, reason
    pos = r.end
    while pos < finish and t[pos] == " ":
        pos += 1
    if t[pos] == "~" or t[pos] == "-" and r.end == pos:
        return r.end, f"a range with a missing end after {t[r.start:r.end]!r}"
    return pos, (
        f"text goes on after the figure {t[r.start:r.end]!r}; parse() reads one figure, extract() reads running text"
    )
