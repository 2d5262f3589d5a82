"""Width folding: one character in, one character out, so offsets never move.

Full-width digits and signs, Hanja numerals, the many tildes and dashes of Korean
typesetting and the odd spaces are folded to the forms the scanner reads. Because each
character maps to exactly one character, a span in the folded text is the same span
in the original: no offset map is needed.
"""

from __future__ import annotations

import re
from typing import Final

from moneyparse.lexicon.currencies import HANJA_CURRENCY
from moneyparse.lexicon.numerals import HANJA_TO_HANGUL, WIDTH_FOLDS


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for wide, narrow in WIDTH_FOLDS:
        assert len(wide) == len(narrow)
        for a, b in zip(wide, narrow, strict=True):
            table[ord(a)] = b
    for hanja, hangul in (*HANJA_TO_HANGUL, *HANJA_CURRENCY):
        table[ord(hanja)] = hangul
    return table


_FOLD: Final = _fold_table()
# Any character the table folds: most text has none, and a search costs less than a
# translation.
_FOLDABLE: Final = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]")

# A thin or narrow no-break space between digit groups is a thousands separator
# (1\u202f234\u202f567.89, the SI style); elsewhere it is a space.
_THIN_GROUP: Final = re.compile("(?<=[0-9])[\u2009\u202f](?=[0-9]{3}(?![0-9]))")


# DART's filings write the won as a backslash, the byte that Korean code pages draw as ₩
# (총 계약금액 \9,720,000,000): before digits, and not in a path (C:\2024\file, a/\2).
_BACKSLASH_WON: Final = re.compile(r"(?<![A-Za-z0-9:\\/._-])\\(?=[0-9])(?![0-9.,]*\\)")


def fold_width(text: str) -> str:
    """Fold *text* one character for one.

    >>> fold_width("２３０억달러 〜 五百億")
    '230억달러 ~ 오백억'
    >>> len(fold_width("１２％")) == len("１２％")
    True
    >>> fold_width("1\u202f234\u202f567.89 and 50\u202f%")
    '1,234,567.89 and 50 %'
    >>> fold_width("│ 국고채(3년) │ 2.818 │")
    '| 국고채(3년) | 2.818 |'
    """
    if "\u2009" in text or "\u202f" in text:
        text = _THIN_GROUP.sub(",", text)
    if "\\" in text:
        text = _BACKSLASH_WON.sub("₩", text)
    if _FOLDABLE.search(text) is None:
        return text  # most text: nothing to fold, and no list of it built
    found = _FOLDABLE.findall(text)
    if len(found) * _DENSE > len(text):
        return text.translate(_FOLD)  # a text written in full width: one pass over it
    return _FOLDABLE.sub(_fold_one, text)  # a few: translate looks every character up


_DENSE: Final = 16  # one foldable character in this many makes translate the cheaper way


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD[ord(m.group())]
