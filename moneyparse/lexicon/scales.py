"""Scale words: the small ones inside a myriad group, the myriad ones between groups,
and the English ones of mixed text."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

#   word  power of ten   small scales multiply one digit inside a myriad group: 3천, 5백
SMALL_SCALES: Final = (
    ("십", 1),
    ("백", 2),
    ("천", 3),
)

#   word  power of ten   myriad scales close a group of up to four digits: 1조 2345억
MYRIAD_SCALES: Final = (
    ("만", 4),
    ("억", 8),
    ("조", 12),
    ("경", 16),
)

# English scale words after Arabic digits ($23 billion, US$1.2bn, 5 million won, 3k).
# Upper-case single letters (23B) are CLDR's compact forms, read only right after digits.
#   word        power of ten
ENGLISH_SCALES: Final = (
    ("thousand", 3),
    ("k", 3),
    ("K", 3),
    ("million", 6),
    ("mn", 6),
    ("mln", 6),
    ("M", 6),
    ("billion", 9),
    ("bn", 9),
    ("bln", 9),
    ("B", 9),
    ("trillion", 12),
    ("tn", 12),
    ("trn", 12),
    ("T", 12),
)

POWER_BY_SMALL_SCALE: Final = MappingProxyType(dict(SMALL_SCALES))
POWER_BY_MYRIAD_SCALE: Final = MappingProxyType(dict(MYRIAD_SCALES))
POWER_BY_ENGLISH_SCALE: Final = MappingProxyType(dict(ENGLISH_SCALES))
# Scale letters read only after a currency, where alone they name a unit: £3.5m and GBP
# 500m are millions, the British press's way, while 3.5m is metres.
POWER_AFTER_CURRENCY: Final = MappingProxyType({"m": 6})
# Every Korean scale character, small and myriad: 십 백 천 만 억 조 경
SMALL_SCALE_CHARS: Final = frozenset(POWER_BY_SMALL_SCALE)
MYRIAD_SCALE_CHARS: Final = frozenset(POWER_BY_MYRIAD_SCALE)
SCALE_CHARS: Final = SMALL_SCALE_CHARS | MYRIAD_SCALE_CHARS
# The myriad scales at or above 억: a 대 written onto them after digits is a band of an
# amount (30억대 아파트), where after 만 it counts (15만대 판매).
LARGE_MYRIAD_CHARS: Final = frozenset(word for word, power in MYRIAD_SCALES if power >= 8)
