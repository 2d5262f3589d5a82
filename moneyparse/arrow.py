"""Figures as an Arrow table, one row a figure: :func:`extract_table` and :func:`figure_schema`.

This module owns the table form of the results and nothing else; :mod:`moneyparse.spark`
reuses it. pyarrow is an optional extra (``pip install 'moneyparse[arrow]'``), imported
inside the functions, so ``import moneyparse.arrow`` works without it and only a call
asks for it. ``moneyparse/__init__.py`` does not import this module.

Amounts come twice. ``value``, ``low`` and ``high`` are ``decimal128(38, 10)``, the type
dataframe engines compute with: moneyparse rounds them to 10 places itself, half to even,
because pyarrow, polars and Spark would raise, round or truncate past that scale each in
its own way; an amount of more than 28 integer digits does not fit and is null there.
``value_exact``, ``low_exact`` and ``high_exact`` are the exact decimal strings of
:meth:`Figure.to_dict`, never rounded.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from itertools import count
from typing import TYPE_CHECKING

from moneyparse.figure import Figure, Kind
from moneyparse.many import extract_many

if TYPE_CHECKING:
    import pyarrow as pa

# decimal128(38, 10): 38 significant digits, 10 of them after the point.
PRECISION = 38
SCALE = 10
_QUANTUM = Decimal(1).scaleb(-SCALE)
_LIMIT = Decimal(10) ** (PRECISION - SCALE)

# The columns after the id, in order. The id column comes first and keeps the type of the
# ids given (int64 positions when none are).
FIGURE_COLUMNS = (
    "start",
    "end",
    "text",
    "kind",
    "value",
    "low",
    "high",
    "value_exact",
    "low_exact",
    "high_exact",
    "currency",
    "unit",
    "per",
    "per_amount",
    "per_amount_exact",
    "bound",
    "approximate",
    "equivalent_of",
    "row",
    "column",
)


def figure_schema(id_type: pa.DataType | None = None, id_name: str = "id") -> pa.Schema:
    """The schema of :func:`extract_table`: an id column, then :data:`FIGURE_COLUMNS`.

    >>> import pytest; pa = pytest.importorskip("pyarrow")
    >>> figure_schema().field("value").type
    Decimal128Type(decimal128(38, 10))
    >>> figure_schema(pa.string(), "doc").names[:4]
    ['doc', 'start', 'end', 'text']

    :param id_type: the Arrow type of the id column; ``int64`` by default.
    :param id_name: the name of the id column.
    """
    import pyarrow as pa

    amount = pa.decimal128(PRECISION, SCALE)
    return pa.schema(
        [
            pa.field(id_name, id_type or pa.int64()),
            pa.field("start", pa.int64(), nullable=False),
            pa.field("end", pa.int64(), nullable=False),
            pa.field("text", pa.string(), nullable=False),
            pa.field("kind", pa.string(), nullable=False),
            pa.field("value", amount),
            pa.field("low", amount),
            pa.field("high", amount),
            pa.field("value_exact", pa.string()),
            pa.field("low_exact", pa.string(), nullable=False),
            pa.field("high_exact", pa.string(), nullable=False),
            pa.field("currency", pa.string()),
            pa.field("unit", pa.string()),
            pa.field("per", pa.string()),
            pa.field("per_amount", amount),
            pa.field("per_amount_exact", pa.string()),
            pa.field("bound", pa.string(), nullable=False),
            pa.field("approximate", pa.bool_(), nullable=False),
            pa.field("equivalent_of", pa.int64()),
            pa.field("row", pa.string()),
            pa.field("column", pa.string()),
        ]
    )


def to_decimal128(x: Decimal | None) -> Decimal | None:
    """*x* rounded half to even to 10 places, or None when it is None or does not fit.

    >>> to_decimal128(Decimal(1) / Decimal(3))
    Decimal('0.3333333333')
    >>> to_decimal128(Decimal("0.00000000005")), to_decimal128(Decimal("0.00000000015"))
    (Decimal('0E-10'), Decimal('2E-10'))
    >>> to_decimal128(Decimal(10) ** 28) is None
    True
    """
    if x is None or abs(x) >= _LIMIT:
        return None
    with localcontext() as ctx:
        ctx.prec = PRECISION + 2
        return x.quantize(_QUANTUM, rounding=ROUND_HALF_EVEN)


def _columns(pairs: Iterable[tuple[object, list[Figure]]]) -> dict[str, list[object]]:
    """The figures of each (id, figures) pair as column lists, one entry a figure."""
    cols: dict[str, list[object]] = {name: [] for name in ("id", *FIGURE_COLUMNS)}
    for doc_id, figures in pairs:
        for fig in figures:
            d = fig.to_dict()
            cols["id"].append(doc_id)
            cols["start"].append(fig.span[0])
            cols["end"].append(fig.span[1])
            cols["text"].append(fig.text)
            cols["kind"].append(d["kind"])
            cols["value"].append(to_decimal128(fig.value))
            cols["low"].append(to_decimal128(fig.low))
            cols["high"].append(to_decimal128(fig.high))
            cols["value_exact"].append(d["value"])
            cols["low_exact"].append(d["low"])
            cols["high_exact"].append(d["high"])
            cols["currency"].append(fig.currency)
            cols["unit"].append(fig.unit)
            cols["per"].append(fig.per)
            cols["per_amount"].append(to_decimal128(fig.per_amount))
            cols["per_amount_exact"].append(d["per_amount"])
            cols["bound"].append(d["bound"])
            cols["approximate"].append(fig.approximate)
            cols["equivalent_of"].append(fig.equivalent_of)
            cols["row"].append(fig.row)
            cols["column"].append(fig.column)
    return cols


def figures_table(pairs: Iterable[tuple[object, list[Figure]]], schema: pa.Schema) -> pa.Table:
    """A table of already extracted figures: (id, figures) pairs, laid out by *schema*.

    The id column's name and type are the first field of *schema* (see
    :func:`figure_schema`); the ids must fit that type.
    """
    import pyarrow as pa

    cols = _columns(pairs)
    arrays = [pa.array(cols["id"], type=schema.field(0).type)]
    arrays += [pa.array(cols[name], type=schema.field(name).type) for name in FIGURE_COLUMNS]
    return pa.Table.from_arrays(arrays, schema=schema)


def extract_table(
    texts: Iterable[str],
    ids: Sequence[object] | None = None,
    *,
    jobs: int | None = None,
    default_currency: str | None = None,
    scale: Decimal | int | str | None = None,
    kinds: Collection[Kind] | None = None,
) -> pa.Table:
    """The figures of *texts* as a ``pyarrow.Table``, one row a figure, in input order.

    A document without figures has no row. The ``id`` column holds *ids* (any values
    pyarrow can type: str, int, ...) or, when none are given, each document's position
    in *texts*. polars (``polars.from_arrow(table)``) and pandas with Arrow-backed
    columns (``table.to_pandas(types_mapper=pandas.ArrowDtype)``) take the columns
    without copying them; a plain ``to_pandas()`` converts (the decimals to objects).

    >>> import pytest; pa = pytest.importorskip("pyarrow")
    >>> table = extract_table(["매출 1조2345억원, 지분율 3분의 1%", "없음", "3~4%"], ids=["a", "b", "c"])
    >>> table.column("id").to_pylist()
    ['a', 'a', 'c']
    >>> table.column("value").to_pylist()[1], table.column("value_exact").to_pylist()[1]
    (Decimal('0.3333333333'), '0.3333333333333333333333333333')
    >>> table.column("low").to_pylist()[2], table.column("bound").to_pylist()[2]
    (Decimal('3.0000000000'), 'range')

    :param texts: the documents.
    :param ids: one id a document, in the same order; the positions by default.
    :param jobs: worker processes, as for :func:`moneyparse.extract_many`.
    :param default_currency: as for :func:`moneyparse.extract`.
    :param scale: as for :func:`moneyparse.extract`.
    :param kinds: as for :func:`moneyparse.extract`.
    :raises ValueError: if *ids* is not as long as *texts*.
    :raises ImportError: if pyarrow is not installed.
    """
    import pyarrow as pa

    if ids is None:
        results = extract_many(texts, jobs=jobs, default_currency=default_currency, scale=scale, kinds=kinds)
        return figures_table(zip(count(), results), figure_schema())
    docs = list(texts)
    if len(ids) != len(docs):
        raise ValueError(f"{len(ids)} ids for {len(docs)} texts: give one id a text")
    id_type = pa.array(list(ids)).type
    if pa.types.is_null(id_type):  # only None as ids
        id_type = pa.string()
    results = extract_many(docs, jobs=jobs, default_currency=default_currency, scale=scale, kinds=kinds)
    return figures_table(zip(ids, results, strict=True), figure_schema(id_type))
