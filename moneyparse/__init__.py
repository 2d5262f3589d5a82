"""moneyparse: exact, typed figures from Korean financial text.

>>> import moneyparse
>>> [(f.text, str(f.value), f.currency) for f in moneyparse.extract("시총은 513조원, 매출은 약 230억달러")]
[('513조원', '513000000000000', 'KRW'), ('약 230억달러', '23000000000', 'USD')]
"""

from moneyparse.errors import ParseError
from moneyparse.extract import extract
from moneyparse.figure import Bound, Figure, Kind
from moneyparse.many import extract_many
from moneyparse.parser import parse

__all__ = ["Bound", "Figure", "Kind", "ParseError", "extract", "extract_many", "parse"]
__version__ = "0.1.0"
