"""moneyparse.spark in local mode: the figures equal extract's for the same texts.

Skipped, saying why, where PySpark (the optional extra 'spark') or a Java runtime is absent.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from moneyparse import Kind, extract
from moneyparse.arrow import to_decimal128
from moneyparse.cli import sample_text

pytest.importorskip("pyspark", reason="PySpark is the optional extra 'spark'; install moneyparse[spark]")
pytest.importorskip("pyarrow", reason="mapInArrow needs pyarrow, part of the extra 'spark'")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs a Java runtime (java on PATH or JAVA_HOME); none found", allow_module_level=True)

from pyspark.sql import SparkSession
from pyspark.sql.types import StringType

TEXTS = [line for line in sample_text().splitlines() if line.strip()] + [
    "",
    "숫자 없음",
    "매출은 약 230억달러(약 25조원), 지분율 3분의 1%, 1억383만 원대, 9999경원",
    "(단위: 억원)\n| 매출 | 1,234 | 987 |",
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    # The workers must run this interpreter, which has moneyparse installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("moneyparse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _expected(texts: list[str], **options: Any) -> list[tuple[object, ...]]:
    rows = []
    for doc_id, text in enumerate(texts):
        for fig in extract(text, **options):
            d = fig.to_dict()
            rows.append(
                (
                    doc_id,
                    fig.start,
                    fig.end,
                    fig.text,
                    d["kind"],
                    to_decimal128(fig.value),
                    to_decimal128(fig.low),
                    to_decimal128(fig.high),
                    d["value"],
                    d["low"],
                    d["high"],
                    fig.currency,
                    fig.unit,
                    fig.per,
                    to_decimal128(fig.per_amount),
                    d["per_amount"],
                    d["bound"],
                    fig.approximate,
                    fig.equivalent_of,
                    fig.row,
                    fig.column,
                )
            )
    return rows


def test_figures_equal_extract(spark: SparkSession) -> None:
    from moneyparse.spark import extract_figures

    df = spark.createDataFrame(list(enumerate(TEXTS)), ["doc", "body"]).repartition(3)
    got = extract_figures(df, "body", "doc").orderBy("doc", "start").collect()
    assert [tuple(row) for row in got] == _expected(TEXTS)
    assert got[0].__fields__[0] == "doc"


def test_options_and_null_texts(spark: SparkSession) -> None:
    from moneyparse.spark import extract_figures, figure_schema

    df = spark.createDataFrame([("a", "1조 달러, 20%"), ("b", None)], "doc string, body string")
    figures = extract_figures(df, "body", "doc", kinds=[Kind.MONEY])
    assert figures.schema == figure_schema(StringType(), "doc")
    assert [(r.doc, r.text, r.currency) for r in figures.collect()] == [("a", "1조 달러", "USD")]


def test_a_missing_column_is_named(spark: SparkSession) -> None:
    from moneyparse.spark import extract_figures

    df = spark.createDataFrame([(1, "1조원")], ["doc", "body"])
    with pytest.raises(ValueError, match="no column 'text'"):
        extract_figures(df, "text", "doc")
