"""moneyparse.arrow: the table form of extract's figures (skipped without pyarrow)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from moneyparse import Kind, extract
from moneyparse.arrow import FIGURE_COLUMNS, extract_table, figure_schema, to_decimal128
from moneyparse.cli import sample_text

pa = pytest.importorskip("pyarrow", reason="pyarrow is the optional extra 'arrow'; install moneyparse[arrow]")

TEXTS = [
    sample_text(),
    "숫자가 하나도 없는 문장",
    "매출은 약 230억달러(약 25조원), 지분율 3분의 1%, 1억383만 원대, 9999경원",
]


def test_one_row_a_figure_equal_to_extract() -> None:
    table = extract_table(TEXTS, ids=["s", "none", "x"])
    expected = [("s" if n == 0 else "x", f) for n in (0, 2) for f in extract(TEXTS[n])]
    assert table.num_rows == len(expected)
    for row, (doc_id, fig) in zip(table.to_pylist(), expected, strict=True):
        d = fig.to_dict()
        assert row["id"] == doc_id
        assert (row["start"], row["end"], row["text"]) == (fig.start, fig.end, fig.text)
        assert (row["value_exact"], row["low_exact"], row["high_exact"]) == (d["value"], d["low"], d["high"])
        assert (row["kind"], row["bound"], row["approximate"]) == (d["kind"], d["bound"], d["approximate"])
        assert (row["currency"], row["unit"], row["per"], row["equivalent_of"]) == (
            fig.currency,
            fig.unit,
            fig.per,
            fig.equivalent_of,
        )
        assert row["low"] == to_decimal128(fig.low)
        assert (row["per_amount"], row["per_amount_exact"]) == (to_decimal128(fig.per_amount), d["per_amount"])
        assert (row["row"], row["column"]) == (fig.row, fig.column)


def test_schema_is_fixed_whatever_the_input() -> None:
    empty = extract_table([], ids=[])
    full = extract_table(TEXTS)
    assert full.schema == figure_schema()
    assert empty.num_rows == 0
    assert full.schema.names == ["id", *FIGURE_COLUMNS]
    for name in ("value", "low", "high"):
        assert full.schema.field(name).type == pa.decimal128(38, 10)


def test_ids_default_to_positions_and_keep_their_type() -> None:
    assert set(extract_table(TEXTS).column("id").to_pylist()) == {0, 2}
    table = extract_table(TEXTS, ids=[10, 20, 30])
    assert table.schema.field("id").type == pa.int64()
    assert set(table.column("id").to_pylist()) == {10, 30}


def test_decimal_column_is_rounded_half_even_and_the_string_is_exact() -> None:
    row = extract_table(["지분율 3분의 2%"]).to_pylist()[0]
    assert row["value"] == Decimal("0.6666666667")
    assert row["value_exact"].startswith("0.666666666666666")
    assert to_decimal128(Decimal("2.00000000005")) == Decimal("2.0000000000")
    assert to_decimal128(Decimal("2.00000000015")) == Decimal("2.0000000002")


def test_an_amount_too_wide_for_decimal128_is_null_there_and_exact_in_the_string() -> None:
    row = extract_table(["9999경원"]).to_pylist()[0]
    assert row["value_exact"] == "99990000000000000000"
    assert row["value"] == Decimal("99990000000000000000")
    huge = Decimal(10) ** 30
    assert to_decimal128(huge) is None


def test_options_and_jobs_pass_through() -> None:
    texts = ["(단위: 억원)\n| 매출 | 1,234 |", "1조 달러, 20%"] * 40
    table = extract_table(texts, jobs=2, kinds=[Kind.MONEY])
    assert table.num_rows == sum(len(extract(t, kinds=[Kind.MONEY])) for t in texts)
    assert set(table.column("kind").to_pylist()) == {"money"}


def test_ids_must_match_texts() -> None:
    with pytest.raises(ValueError, match="2 ids for 3 texts"):
        extract_table(TEXTS, ids=["a", "b"])


def test_pandas_reads_the_table() -> None:
    pytest.importorskip("pandas", reason="pandas is not part of the arrow extra")
    frame = extract_table(TEXTS).to_pandas()
    assert list(frame.columns) == ["id", *FIGURE_COLUMNS]
