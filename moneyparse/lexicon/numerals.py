"""Numerals: Sino-Korean digits, native Korean numerals, Hanja numerals, width folding."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

#   word  value   Sino-Korean digits, read before a scale word or as a digit string
SINO_DIGITS: Final = (
    ("영", 0),
    ("공", 0),
    ("일", 1),
    ("이", 2),
    ("삼", 3),
    ("사", 4),
    ("오", 5),
    ("육", 6),
    ("륙", 6),
    ("칠", 7),
    ("팔", 8),
    ("구", 9),
)

#   Hanja  Hangul   folded one character for one, so offsets never move
HANJA_TO_HANGUL: Final = (
    ("〇", "영"),
    ("零", "영"),
    ("一", "일"),
    ("二", "이"),
    ("三", "삼"),
    ("四", "사"),
    ("五", "오"),
    ("六", "육"),
    ("七", "칠"),
    ("八", "팔"),
    ("九", "구"),
    ("十", "십"),
    ("百", "백"),
    ("千", "천"),
    ("萬", "만"),
    ("万", "만"),
    ("億", "억"),
    ("兆", "조"),
    ("京", "경"),
)

# Native Korean numerals, in the determiner form used before a counter (한 명, 두 배,
# 스무 개) and the bare form (하나, 둘). Tens and units are rows; 열한, 스물두 … are derived.
#   word   value
NATIVE_UNITS: Final = (
    ("한", 1),
    ("하나", 1),
    ("두", 2),
    ("둘", 2),
    ("세", 3),
    ("셋", 3),
    ("석", 3),
    ("네", 4),
    ("넷", 4),
    ("넉", 4),
    ("다섯", 5),
    ("여섯", 6),
    ("일곱", 7),
    ("여덟", 8),
    ("아홉", 9),
)
NATIVE_TENS: Final = (
    ("열", 10),
    ("스물", 20),
    ("서른", 30),
    ("마흔", 40),
    ("쉰", 50),
    ("예순", 60),
    ("일흔", 70),
    ("여든", 80),
    ("아흔", 90),
)
#   스무 is 스물 before a counter with nothing after it (스무 개, but 스물두 개)
NATIVE_ALONE: Final = (("스무", 20),)
# Two neighbouring native numerals written as one word, "one or two", "three or four":
# a closed range of a count (한두 차례, 서너 곳).
#   word     low  high
# 이 is the digit two and also the demonstrative "this": 이 억 원 may be this 억 won, so
# a lone 이 before a spaced scale word is not joined to it (삼 조 원 is).
DEMONSTRATIVE: Final = "이"

NATIVE_PAIRS: Final = (
    ("한두", 1, 2),
    ("두세", 2, 3),
    ("두서너", 2, 4),
    ("서너", 3, 4),
    ("서넛", 3, 4),
    ("네댓", 4, 5),
    ("너덧", 4, 5),
    ("네다섯", 4, 5),
    ("대여섯", 5, 6),
    ("대엿", 5, 6),
    ("예닐곱", 6, 7),
    ("일고여덟", 7, 8),
    ("일여덟", 7, 8),
)

# Characters folded one for one before scanning; offsets into the original are kept.
#   full-width digits and signs, the many tildes and dashes of Korean typesetting
WIDTH_FOLDS: Final = (
    ("０１２３４５６７８９", "0123456789"),
    ("．，％＋－＄￦￥", ".,%+-$₩¥"),
    ("∼〜～", "~~~"),
    ("−–", "--"),
    ("\u00a0\u3000\u2009\u202f", "    "),
    ("│┃｜", "|||"),  # box-drawing and full-width bars: a table's cell separators
)


def _native_words() -> dict[str, int]:
    words = dict(NATIVE_UNITS)
    words.update(NATIVE_ALONE)
    for ten_word, ten in NATIVE_TENS:
        words[ten_word] = ten
        for unit_word, unit in NATIVE_UNITS:
            if unit_word in ("석", "넉"):
                continue
            words[ten_word + unit_word] = ten + unit
    return words


NATIVE_VALUE_BY_WORD: Final = MappingProxyType(_native_words())
SINO_VALUE_BY_DIGIT: Final = MappingProxyType(dict(SINO_DIGITS))
