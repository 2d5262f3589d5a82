"""``moneyparse.html.extract``: the figures of an HTML page or a DART XML filing.

Text outside tables (paragraphs, headings, notes) is running text, read with
:func:`moneyparse.extract`. Every table is read cell by cell: its cells are laid out on a
grid (rowspan and colspan expanded), its head rows and label columns found, and each
cell that holds one figure is read with :func:`moneyparse.parse` and scaled by the unit
that applies to it: the cell's own (``14개``, ``2.1%``), its row label's
(``기본주당순이익(단위 : 원)``, ``종업원 수(명)``, ``영업이익률(%)``), its column head's
(``EPS(원)``, ``ROE(%)``, ``직원 수``), or the table's unit header wherever it stands
(a caption, a line or a one-cell table before the table, a row of the table, a line
after it). Every figure's ``span`` is an offset into the document as given (the decoded
string), so ``document[start:end] == figure.text``.

lxml builds the tree (an optional extra: ``pip install 'moneyparse[html]'``); it is
imported on the first call, never by ``import moneyparse``. The parser resolves no
entity, loads no DTD and reaches no network; broken markup is recovered, not refused.
``docs/tables.md`` says what is read and what is not.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import localcontext
from typing import Any

from moneyparse.extract import DEFAULT_KINDS
from moneyparse.figure import Figure, Kind
from moneyparse.html.walk import _Walk
from moneyparse.value import EXACT

__all__ = ["decode", "extract"]


def decode(document: bytes) -> str:
    """Bytes as text: UTF-8 when they are UTF-8 (a BOM dropped), else CP949 (which holds
    EUC-KR). A declared charset is not believed: filings declare euc-kr and are UTF-8."""
    if document.startswith(b"\xef\xbb\xbf"):
        document = document[3:]
    try:
        return document.decode("utf-8")
    except UnicodeDecodeError:
        return document.decode("cp949", errors="replace")


def extract(
    document: str | bytes, *, default_currency: str | None = None, kinds: Collection[Kind] | None = None
) -> list[Figure]:
    """Every figure of an HTML page or a DART XML document, in document order.

    Figures read from a table cell carry ``row`` (the row's label cells, joined with
    " / ") and ``column`` (the head cells above, top to bottom, joined with " / ");
    figures of running text have ``None`` there, as :func:`moneyparse.extract` gives
    them. Bytes are decoded with :func:`decode`; spans are offsets into that text.

    :param default_currency: ISO code for money written without a currency.
    :param kinds: the kinds to return; by default all but ``Kind.NUMBER`` (a cell
        whose unit nothing names, years of service).
    :raises ImportError: when lxml is not installed.
    """
    text = decode(document) if isinstance(document, bytes) else document
    if not isinstance(text, str):
        raise TypeError(f"moneyparse.html reads str or bytes, not {type(document).__name__}")
    wanted = DEFAULT_KINDS if kinds is None else frozenset(kinds)
    with localcontext(EXACT):
        root = _parse_tree(text)
        if root is None:
            return []
        doc = _Walk(text)
        doc.walk(root)
        return doc.figures(default_currency, wanted)


def _parse_tree(text: str) -> Any:
    """The document's tree, with the safe settings; XML for a document that declares
    itself XML (DART's), HTML otherwise and where XML recovers nothing."""
    from lxml import etree  # the optional extra, imported on first use

    data = text.encode("utf-8", errors="replace")
    head = text[:200].lstrip("\ufeff \t\r\n")
    if head.startswith("<?xml") or head.startswith("<DOCUMENT"):
        xml = etree.XMLParser(
            recover=True,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            encoding="utf-8",
            remove_pis=True,
        )
        try:
            root = etree.fromstring(data, xml)
        except etree.XMLSyntaxError:
            root = None
        if root is not None and len(root):
            return root
    parser = etree.HTMLParser(recover=True, no_network=True, encoding="utf-8", remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
