"""moneyparse.html.extract: HTML pages and DART XML, read cell by cell.

The six documents under tests/data/html are the project's own writing (invented
companies and numbers); each ``*.expected.jsonl`` lists every numeric table cell, and
``tests/data/html/README.md`` says how they are annotated.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("lxml", reason="moneyparse.html needs lxml: pip install 'moneyparse[html]'")

from moneyparse import Kind, extract
from moneyparse import html as mhtml
from moneyparse.cli import main

DATA = Path(__file__).parent / "data" / "html"
DOCUMENTS = sorted(p for p in DATA.iterdir() if p.suffix in (".html", ".xml"))
UNITS = {"%": "percent", "명": "명", "개": "개"}

# The figures of each document's running text (paragraphs, headings, notes), by default kinds.
RUNNING = {
    "cp949_audit_gaon": ["447,038,560원", "4.6%"],
    "dart_audit_nuri": ["1,747,224,152원", "24,350,610,492원", "3,250,000,000원"],
    "dart_half_hanbyul": ["842,115백만원", "9.8%", "61,204백만원", "14개사"],
    "html_ir_soldam": ["6,123억원", "4.1%", "312억원"],
    "html_viewer_cheongsol": ["305명", "3명"],
    "messy_hangyeol": ["482억원", "12억원", "1,350백만원"],
}


def _expected(doc: Path) -> list[dict[str, str | None]]:
    path = DATA / (doc.stem + ".expected.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d.stem for d in DOCUMENTS])
def test_every_numeric_cell(doc: Path) -> None:
    data = doc.read_bytes()
    text = mhtml.decode(data)
    figures = mhtml.extract(data, kinds=set(Kind))
    cells = [f for f in figures if f.row is not None or f.column is not None]
    want = _expected(doc)
    got = [
        {"row": f.row, "column": f.column, "cell": f.text, "value": f.value, "kind": f.kind.value, "cur": f.currency}
        for f in cells
    ]
    assert got == [
        {
            "row": e["row"],
            "column": e["column"],
            "cell": e["cell"],
            "value": Decimal(str(e["value"])),
            "kind": e["kind"],
            "cur": e["currency"],
        }
        for e in want
    ]
    for f, e in zip(cells, want, strict=True):
        assert text[f.start : f.end] == f.text  # the span points at the cell's number
        assert f.value is not None and (f.value < 0) == str(e["value"]).startswith("-")
        if f.kind in (Kind.COUNT, Kind.PERCENT):
            assert f.unit == UNITS[str(e["unit"])]


@pytest.mark.parametrize("doc", DOCUMENTS, ids=[d.stem for d in DOCUMENTS])
def test_running_text_and_spans(doc: Path) -> None:
    data = doc.read_bytes()
    text = mhtml.decode(data)
    figures = mhtml.extract(data)
    assert [f.text for f in figures if f.row is None and f.column is None] == RUNNING[doc.stem]
    for f in figures:
        assert text[f.start : f.end] == f.text
    assert [f.text for f in mhtml.extract(text)] == [f.text for f in figures]  # str and bytes alike


@pytest.mark.parametrize(
    "paragraph",
    [
        "매출은 약 230억달러(약 25조원)이며 영업이익률은 35.47%다.",
        "2016회계연도 3분기, 아이오닉 5와 EV3",
        "△삼성전자 3조원 △LG 2조원",
        "(단위: 억원)\n| 매출 | 1,234 | 987 |",
    ],
)
def test_running_text_is_what_extract_gives(paragraph: str) -> None:
    page = f"<html><body><p>{paragraph}</p></body></html>"
    offset = page.index(paragraph)
    got = mhtml.extract(page)
    want = extract(paragraph)
    assert [(f.text, f.value, f.kind, f.span[0] - offset, f.row, f.column) for f in got] == [
        (f.text, f.value, f.kind, f.span[0], f.row, f.column) for f in want
    ]


def _cells(page: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [
        (f.text, f.to_dict()["value"], f.kind.value, f.row, f.column)
        for f in mhtml.extract(page, kinds=set(Kind))
        if f.row is not None or f.column is not None
    ]


SHAPES: list[tuple[str, str, list[tuple[str, str | None, str | None, str | None, str | None]]]] = [
    (
        "unit in the first row, th heads",
        "<table><tr><td colspan=3>(단위 : 백만원)</td></tr><tr><th>구분</th><th>2025</th><th>2024</th></tr>"
        "<tr><td>매출</td><td>1,000</td><td>(200)</td></tr></table>",
        [("1,000", "1000000000", "money", "매출", "2025"), ("(200)", "-200000000", "money", "매출", "2024")],
    ),
    (
        "unit in a column head, own % column",
        "<table><tr><th>구분</th><th>매출(억원)</th><th>비중(%)</th></tr><tr><td>국내</td><td>12.5</td><td>40</td></tr></table>",
        [("12.5", "1250000000", "money", "국내", "매출(억원)"), ("40", "40", "percent", "국내", "비중(%)")],
    ),
    (
        "단위 : 천주 makes counts of shares",
        "<p>단위 : 천주</p><table><tr><th>구분</th><th>보통주</th></tr>"
        "<tr><td>발행주식</td><td>1,500</td></tr></table>",
        [("1,500", "1500000", "count", "발행주식", "보통주")],
    ),
    (
        "(단위: 원, %): amounts in won, a rate column in percent",
        "<p>(단위: 원, %)</p><table><tr><th>구분</th><th>금액</th><th>증감률</th></tr>"
        "<tr><td>배당금</td><td>-12,345</td><td>3.5</td></tr></table>",
        [("-12,345", "-12345", "money", "배당금", "금액"), ("3.5", "3.5", "percent", "배당금", "증감률")],
    ),
    (
        "(-)x and △x are negatives; - and empty cells are none",
        "<p>(단위: 억원)</p><table><tr><th>구분</th><th>A</th><th>B</th><th>C</th><th>D</th></tr>"
        "<tr><td>손익</td><td>(-)7</td><td>△8</td><td>-</td><td>&nbsp;</td></tr></table>",
        [("(-)7", "-700000000", "money", "손익", "A"), ("△8", "-800000000", "money", "손익", "B")],
    ),
    (
        "a row with its own unit overrides the header; a note column is no figure",
        "<p>(단위: 백만원)</p><table><tr><th>과목</th><th>주석</th><th>당기</th></tr>"
        "<tr><td>매출액(주1)</td><td>3</td><td>900</td></tr>"
        "<tr><td>기본주당이익(단위 : 원)</td><td>4</td><td>1,050</td></tr></table>",
        [
            ("900", "900000000", "money", "매출액(주1)", "당기"),
            ("1,050", "1050", "money", "기본주당이익(단위 : 원)", "당기"),
        ],
    ),
    (
        "rowspan and colspan heads, a ditto label, br in a head",
        "<p>(단위: 천원)</p><table><tr><th rowspan=2>부문</th><th colspan=2>급여<br>총액</th></tr>"
        "<tr><th>상반기</th><th>하반기</th></tr>"
        '<tr><td>가</td><td>10</td><td>20</td></tr><tr><td>"</td><td>30</td><td>40</td></tr></table>',
        [
            ("10", "10000", "money", "가", "급여 총액 / 상반기"),
            ("20", "20000", "money", "가", "급여 총액 / 하반기"),
            ("30", "30000", "money", "가", "급여 총액 / 상반기"),
            ("40", "40000", "money", "가", "급여 총액 / 하반기"),
        ],
    ),
    (
        "headcounts and years of service in a table of money",
        "<p>(단위: 백만원)</p><table><tr><th>구분</th><th>직원 수</th><th>평균 근속연수</th><th>급여</th></tr>"
        "<tr><td>합계</td><td>120</td><td>7.5</td><td>9,000</td></tr></table>",
        [
            ("120", "120", "count", "합계", "직원 수"),
            ("7.5", "7.5", "number", "합계", "평균 근속연수"),
            ("9,000", "9000000000", "money", "합계", "급여"),
        ],
    ),
    (
        "no unit anywhere: bare numbers",
        "<table><tr><th>구분</th><th>2025</th></tr><tr><td>매출</td><td>1,234</td></tr></table>",
        [("1,234", "1234", "number", "매출", "2025")],
    ),
    (
        "a unit line after the table, unclosed rows",
        "<table><tr><th>구분<th>2025<tr><td>매출<td>5</table><p>단위 : 억원</p>",
        [("5", "500000000", "money", "매출", "2025")],
    ),
    (
        "words and dates in cells are not scaled; a cell's own unit is kept",
        "<p>(단위: 백만원)</p><table><tr><th>구분</th><th>값</th></tr><tr><td>공시일</td><td>2026년 1월 29일</td></tr>"
        "<tr><td>비고</td><td>적자전환</td></tr><tr><td>자회사</td><td>14개</td></tr></table>",
        [("14개", "14", "count", "자회사", "값")],
    ),
    (
        "units written before the tables: a table of dates with none takes none after it",
        "<p>(단위 : 개사)</p><table><tr><th>구분</th><th>기말</th></tr><tr><td>비상장</td><td>41</td></tr></table>"
        "<table><tr><th>변동일</th><th>내용</th></tr><tr><td>2019.05</td><td>합병</td></tr></table>"
        "<p>(단위 : 원)</p><table><tr><th>구분</th><th>당기말</th></tr><tr><td>자본금</td><td>700</td></tr></table>"
        "<p>(단위 : 주)</p><table><tr><th>구분</th><th>수량</th></tr><tr><td>자기주식</td><td>9</td></tr></table>",
        [
            ("41", "41", "count", "비상장", "기말"),
            ("700", "700", "money", "자본금", "당기말"),
            ("9", "9", "count", "자기주식", "수량"),
        ],
    ),
    (
        "a statement laid side by side: the second label heads the amounts to its right",
        "<p>(단위:원)</p><table><thead><tr><th>계정과목</th><th>금액</th><th>계정과목</th><th>금액</th></tr></thead>"
        "<tbody><tr><th>예금</th><td>12</td><th>미지급금</th><td>34</td></tr>"
        "<tr><th></th><td></td><th>자본총계</th><td>56</td></tr></tbody></table>",
        [
            ("12", "12", "money", "예금", "금액"),
            ("34", "34", "money", "미지급금", "금액"),
            ("56", "56", "money", "자본총계", "금액"),
        ],
    ),
    (
        "columns of dashes in every row hold amounts not written, not labels",
        "<table><tr><th>구분</th><th>2021</th><th>2022</th><th>2023</th></tr>"
        "<tr><td>자산총계</td><td>-</td><td>-</td><td>3,120</td></tr>"
        "<tr><td>부채총계</td><td>-</td><td>-</td><td>1,480</td></tr></table><p>(단위 : 억원)</p>",
        [
            ("3,120", "312000000000", "money", "자산총계", "2023"),
            ("1,480", "148000000000", "money", "부채총계", "2023"),
        ],
    ),
    (
        "figures written in a label cell are read as running text, with no row or column",
        "<p>(단위 : 원)</p><table><tr><th>과목</th><th>당기</th></tr><tr><td>매출액 (주27)</td><td>1,000</td></tr>"
        "<tr><td colspan=2>(당기순이익 : 2,345,678원, 주당순이익 : 87원)</td></tr></table>",
        [("1,000", "1000", "money", "매출액 (주27)", "당기")],
    ),
    (
        "a tooltip hidden inside a label is no part of it; a tab panel hidden until clicked is read",
        '<div style="display:none;"><p>(단위 : 억원)</p><table><tr><th>구분</th><th>2025</th></tr>'
        '<tr><td>매출액<span style="display: none">연결 기준 100</span></td><td>1,234</td></tr>'
        '<tr><td>EPS<dl style="display:none"><dd>주당순이익</dd></dl>(원)</td><td>5,600</td></tr></table></div>',
        [
            ("1,234", "123400000000", "money", "매출액", "2025"),
            ("5,600", "5600", "money", "EPS(원)", "2025"),
        ],
    ),
    (
        "(단위 : 사) counts companies; under (단위 : 원, 주) a number of shares counts shares",
        "<p>(단위 : 사)</p><table><tr><th>구분</th><th>기초</th></tr><tr><td>상장</td><td>3</td></tr></table>"
        "<p>(단위 : 원, 주)</p><table><tr><th>구분</th><th>당기말</th></tr>"
        "<tr><td>발행주식총수</td><td>5,000</td></tr><tr><td>자본금</td><td>2,500,000</td></tr></table>",
        [
            ("3", "3", "count", "상장", "기초"),
            ("5,000", "5000", "count", "발행주식총수", "당기말"),
            ("2,500,000", "2500000", "money", "자본금", "당기말"),
        ],
    ),
]


# Shapes met in whole reports and disclosure pages (a probe of 23 filings): a table of
# contents ahead of the first unit line, cells spanning rows, tables of words, columns
# of quantities and counts under a header of money.
SHAPES += [
    (
        "a table of contents ahead of the first unit line takes none of the units after it",
        "<table><tr><td>1. 회사의 개요</td><td>-------</td><td>4</td></tr>"
        "<tr><td>2. 회사의 연혁</td><td>-------</td><td>12</td></tr></table>"
        "<p>이 반기보고서는 회사의 개요와 사업의 내용을 차례로 적고, 아래의 표들은 각 장에서 다루는 "
        "회사의 현황을 숫자로 보여 줍니다. 표마다 그 위에 단위를 적었습니다.</p>"
        "<p>(단위 : 사)</p><table><tr><th>구분</th><th>기말</th></tr><tr><td>비상장</td><td>27</td></tr></table>"
        "<p>(단위 : 주)</p><table><tr><th>구분</th><th>보통주</th></tr><tr><td>발행주식</td><td>900</td></tr></table>",
        [
            ("4", "4", "number", "1. 회사의 개요 / -------", None),  # page numbers: bare, not counts of 사
            ("12", "12", "number", "2. 회사의 연혁 / -------", None),
            ("27", "27", "count", "비상장", "기말"),
            ("900", "900", "count", "발행주식", "보통주"),
        ],
    ),
    (
        "a cell spanning rows is read once, in the row where it starts",
        "<p>(단위 : 백만원)</p><table><tr><th>구분</th><th>회사수</th><th>장부가액</th></tr>"
        "<tr><td rowspan=2>비상장</td><td rowspan=2>31</td><td>700</td></tr><tr><td>800</td></tr></table>",
        [
            ("31", "31", "count", "비상장", "회사수"),
            ("700", "700000000", "money", "비상장", "장부가액"),
            ("800", "800000000", "money", "비상장", "장부가액"),
        ],
    ),
    (
        "a table of words: each cell's figures as running text, the row's first cell its label",
        "<table><tr><td>계약 금액</td><td>총 250억원을 세 번에 나누어 지급</td></tr>"
        "<tr><td>계약 내용</td><td>보통주 12,400주를 새로 발행한다</td></tr></table>",
        [("250억원", "25000000000", "money", "계약 금액", None), ("12,400주", "12400", "count", "계약 내용", None)],
    ),
    (
        "a cell with a scale word and its unit is an amount; a note row under the amounts is running text",
        "<table><tr><th>구분</th><th>금액</th></tr><tr><td>수주</td><td>38억원</td></tr>"
        "<tr><td colspan=2>※ 보통주 1주를 10주로 분할하였습니다.</td></tr></table>",
        [("38억원", "3800000000", "money", "수주", "금액")],
    ),
    (
        "an amount with its original in another currency in brackets: both, the first in the table's unit",
        "<p>(단위 : 백만원)</p><table><tr><th>구분</th><th>금액</th></tr>"
        "<tr><td>외화차입금</td><td>26,140(US$ 19,500천)</td></tr><tr><td>준공</td><td>2027(예정)</td></tr></table>",
        [
            ("26,140", "26140000000", "money", "외화차입금", "금액"),
            ("US$ 19,500천", "19500000", "money", "외화차입금", "금액"),
        ],
    ),
    (
        "a header whose first unit is no unit of the lexicon leaves the amounts bare, its % the rates'",
        "<p>(단위: 회, %)</p><table><tr><th>구분</th><th>연속 배당횟수</th><th>평균 배당수익률</th></tr>"
        "<tr><td>보통주</td><td>23</td><td>2.4</td></tr></table>",
        [("23", "23", "number", "보통주", "연속 배당횟수"), ("2.4", "2.4", "percent", "보통주", "평균 배당수익률")],
    ),
    (
        "a year and month with a note mark is no amount; a cell ending in &nbsp; keeps its span",
        "<p>(단위 : 백만원)</p><table><tr><th>구분</th><th>금액</th><th>만기</th></tr>"
        "<tr><td>사채&nbsp;</td><td>4,500&nbsp;</td><td>2025.03(주1)</td></tr></table>",
        [("4,500", "4500000000", "money", "사채", "금액")],
    ),
    (
        "a company's short form in brackets after its Latin name is no currency",
        "<p>(단위 : 백만원)</p><table><tr><th>법인명</th><th>매출</th></tr>"
        "<tr><td>Hanbit Materials Vietnam Co., Ltd. (HMV)</td><td>41,300</td></tr>"
        "<tr><td>Hanbit Trading GmbH (HTG)</td><td>9,870</td></tr></table>",
        [
            ("41,300", "41300000000", "money", "Hanbit Materials Vietnam Co., Ltd. (HMV)", "매출"),
            ("9,870", "9870000000", "money", "Hanbit Trading GmbH (HTG)", "매출"),
        ],
    ),
    (
        "quantities and shares under a header that lists shares; a birth month is no figure",
        "<p>(단위 : 원, 주)</p><table><tr><th>구분</th><th>부여 수량</th><th>행사 가격</th><th>출생년월</th></tr>"
        "<tr><td>1차</td><td>40,000</td><td>23,500</td><td>1971.04</td></tr></table>"
        "<p>(단위 : 주, %)</p><table><tr><th rowspan=2>성명</th><th colspan=2>소유주식수 및 지분율</th></tr>"
        "<tr><th>주식수</th><th>지분율</th></tr><tr><td>갑</td><td>1,200</td><td>3.5</td></tr></table>",
        [
            ("40,000", "40000", "count", "1차", "부여 수량"),
            ("23,500", "23500", "money", "1차", "행사 가격"),
            ("1,200", "1200", "count", "갑", "소유주식수 및 지분율 / 주식수"),
            ("3.5", "3.5", "percent", "갑", "소유주식수 및 지분율 / 지분율"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "page", "want"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shapes(name: str, page: str, want: list[tuple[str, str, str, str | None, str | None]]) -> None:
    assert _cells(page) == want


def test_caption_and_ideographic_spaces() -> None:
    page = (
        "<table><caption>손익 (단위 : 억원)</caption><tr><th>구　분</th><th>2025</th></tr>"
        "<tr><td>　매출</td><td>３</td></tr></table>"
    )
    assert _cells(page) == [("３", "300000000", "money", "매출", "2025")]


def test_bytes_cp949_and_a_lying_charset() -> None:
    page = (
        '<meta charset="euc-kr"><p>(단위: 억원)</p><table><tr><th>구분</th><th>당기</th></tr>'
        "<tr><td>매출</td><td>7</td></tr></table>"
    )
    for data in (page.encode("cp949"), page.encode("utf-8")):
        got = mhtml.extract(data)
        assert [(f.text, f.value, f.row) for f in got] == [("7", Decimal("700000000"), "매출")]
        assert mhtml.decode(data)[got[0].start : got[0].end] == "7"


def test_entities_and_line_ends_keep_spans() -> None:
    page = "<p>R&D 비용 &amp; 부채는\r\n 1,234억원,&nbsp;이익은 &#51060; 3%</p>"
    got = mhtml.extract(page)
    assert [f.text for f in got] == ["1,234억원", "3%"]
    assert all(page[f.start : f.end] == f.text for f in got)


def test_untrusted_documents(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("비밀 9,999억원", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<DOCUMENT><BODY><P>&x; 매출 5억원</P></BODY></DOCUMENT>"
    )
    assert [f.text for f in mhtml.extract(xxe)] == ["5억원"]
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY e0 "1억원 ">{entities}]><DOCUMENT><P>&e9;</P></DOCUMENT>'
    assert len(mhtml.extract(bomb)) < 10
    assert mhtml.extract("") == [] and mhtml.extract(b"\xff\xfe<") == []
    deep = "<table><tr><td>" * 400 + "1" + "</td></tr></table>" * 400
    mhtml.extract(deep)  # no exception; libxml2 stops at its depth limit


def test_import_moneyparse_does_not_import_lxml() -> None:
    code = "import sys, moneyparse; moneyparse.extract('1억원'); print('lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_command_line_reads_markup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for doc in DOCUMENTS:
        (tmp_path / doc.name).write_bytes(doc.read_bytes())
    assert main([str(tmp_path), "--format", "jsonl", "--jobs", "1", "--quiet"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    cells = [r for r in rows if r["row"] is not None or r["column"] is not None]
    expected = sum(1 for doc in DOCUMENTS for e in _expected(doc) if e["kind"] != "number")
    assert len(cells) == expected
    assert {"row": "대손충당금", "column": "제21기", "value": "-183485780"}.items() <= next(
        r for r in cells if r["text"] == "(183,485,780)"
    ).items()


def test_figures_in_a_label_cell_are_running_text() -> None:
    page = (
        "<p>(단위 : 원)</p><table><tr><th>과목</th><th>당기</th></tr><tr><td>매출액 (주27)</td><td>1,000</td></tr>"
        "<tr><td colspan=2>(당기순이익 : 2,345,678원, 주당순이익 : 87원)</td></tr></table>"
    )
    got = [(f.text, str(f.value), f.row, f.column) for f in mhtml.extract(page) if f.row is None]
    assert got == [("2,345,678원", "2345678", None, None), ("87원", "87", None, None)]
    assert all(page[f.start : f.end] == f.text for f in mhtml.extract(page))


def test_a_figure_is_found_in_its_own_cell_not_in_earlier_text_of_the_same_characters() -> None:
    """The 1 of a date and a cell of two numbers above hold the same characters as the
    figures below: each span points at the cell the figure came from."""
    page = (
        "<p>기준일 2026년 01월 15일</p><table><tr><td>정정 전</td><td>82.40 <br>91.10</td></tr></table>"
        "<p>(단위 : 억원)</p><table><tr><th>구분</th><th>당기</th></tr><tr><td>매출</td><td>82.40</td></tr>"
        "<tr><td>인원 (명)</td><td>1</td></tr></table>"
    )
    figures = mhtml.extract(page)
    assert [(f.text, page[f.start - 4 : f.end + 5]) for f in figures] == [
        ("82.40", "<td>82.40</td>"),
        ("1", "<td>1</td>"),
    ]
    assert str(figures[0].value) == "8240000000"  # scaled and written plain, as extract writes it
