"""Figure.row and Figure.column for the text tables extract reads under a unit header."""

from __future__ import annotations

import pytest

from moneyparse import extract

CASES: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    (
        "a unit header in a bar cell after a title; two head rows, the lower naming a rate",
        "2. 잠정 실적 | 단위 : 억원, %\n구분 | 금기 | 전기 | 증감\n"
        "3분기 | 2분기 | 증감률(%)\n매출 | 4,410 | 3,980 | 10.8",
        [("4,410", "매출", "금기 / 3분기"), ("3,980", "매출", "전기 / 2분기"), ("10.8", "매출", "증감 / 증감률(%)")],
    ),
    (
        "pipe table with a rule",
        "(단위: 억원)\n| 구분 | 2024 | 2023 |\n|---|---|---|\n| 매출 | 1,234 | 987 |\n| 영업이익 | (12) | 2.1% |",
        [
            ("1,234", "매출", "2024"),
            ("987", "매출", "2023"),
            ("(12)", "영업이익", "2024"),
            ("2.1%", "영업이익", "2023"),
        ],
    ),
    (
        "spaced columns, an indented row aligned on the right",
        "(단위: 억원)\n구분        2024년      2023년\n매출        1,234       987\n  - 국내    1,000       900",
        [
            ("1,234", "매출", "2024년"),
            ("987", "매출", "2023년"),
            ("1,000", "- 국내", "2024년"),
            ("900", "- 국내", "2023년"),
        ],
    ),
    (
        "two head rows joined with a slash",
        "(단위: 억원)\n|      | 2024 | 2024 |\n|      | 1Q | 2Q |\n| 매출 | 1,234 | 987 |",
        [("1,234", "매출", "2024 / 1Q"), ("987", "매출", "2024 / 2Q")],
    ),
    (
        "no head row: the first row holds amounts",
        "(단위: 백만원)\n매출\t1,234\t987",
        [("1,234", "매출", None), ("987", "매출", None)],
    ),
    (
        "an item number is no label",
        "(단위: 억원)\n| 순위 | 회사 | 매출 |\n| 1 | 가나 | 1,234 |",
        [("1,234", "가나", "매출")],
    ),
    ("running text keeps None", "매출은 1,234억원이다.", [("1,234억원", None, None)]),
]


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_row_and_column(name: str, text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    got = [(f.text, f.row, f.column) for f in extract(text)]
    assert got == want
