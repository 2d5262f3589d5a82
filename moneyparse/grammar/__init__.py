"""The grammar: tokens around an anchor -> one reading, or nothing.

It reads outward from an anchor that the scanner found: the number itself
(:mod:`~moneyparse.grammar.number`), what follows it (:mod:`~moneyparse.grammar.after`),
what stands before it (:mod:`~moneyparse.grammar.before`), the context that makes it
something else (:mod:`~moneyparse.grammar.context`), a range after it
(:mod:`~moneyparse.grammar.ranges`); :mod:`~moneyparse.grammar.reader` puts these
together, :mod:`~moneyparse.grammar.plain` is the fast lane for the common figure, and
:mod:`~moneyparse.grammar.base` holds the types and tables they share. Each choice the
SPEC leaves open lives in one function whose docstring states it. ``docs/architecture.md``
is the map.

This package reads one figure at a time; what spans figures (equivalents, shared units,
tables, bullets) is :mod:`moneyparse.extract`'s and :mod:`moneyparse.tables`'s.
"""

from moneyparse.grammar.base import Reading, Skip, Unit, lexicon, to_figure
from moneyparse.grammar.context import ORDINAL_PREFIX
from moneyparse.grammar.number import FRACTION, HANGUL_NUMBER_CHARS
from moneyparse.grammar.plain import read_common
from moneyparse.grammar.ranges import may_range, read_range
from moneyparse.grammar.reader import comma_glued, read_at

__all__ = [
    "FRACTION",
    "HANGUL_NUMBER_CHARS",
    "ORDINAL_PREFIX",
    "Reading",
    "Skip",
    "Unit",
    "comma_glued",
    "lexicon",
    "may_range",
    "read_at",
    "read_common",
    "read_range",
    "to_figure",
]
