"""moneyparse.html.extract on a generated filing of about 1 MB, against moneyparse.extract
on the same document's text (its text nodes joined by line breaks), timed in the same run.

    .venv/bin/python benchmarks/html_tables.py            # about 1 MB
    .venv/bin/python benchmarks/html_tables.py --mb 5     # larger

The filing is generated here (invented companies and numbers): DART-style sections, each
a paragraph of running text, a one-cell unit table and a statement table of 40 rows with
a two-row head; every fifth row in ideographic-space indent, every seventh an accounting
negative. The ratio printed (html / text) is what docs/tables.md records; the target is
at most 2. Timings are the best of --repeat runs. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable

from moneyparse import extract
from moneyparse import html as mhtml

ITEMS = ("매출액", "매출원가", "매출총이익", "판매비와관리비", "영업이익", "금융수익", "금융비용", "법인세비용")


def section(n: int) -> str:
    rows = []
    for i in range(40):
        label = ("　　" if i % 5 == 0 else "") + f"{ITEMS[i % len(ITEMS)]} (주{i % 30 + 1})"
        cells = []
        for j in range(4):
            amount = f"{(n * 7919 + i * 104729 + j * 1299709) % 9_000_000 + 1000:,}"
            cells.append(f"({amount})" if (i + j) % 7 == 0 else amount)
        rows.append(
            f'<TR><TE ADELIM="0">{label}</TE>' + "".join(f'<TE ALIGN="RIGHT">{c}</TE>' for c in cells) + "</TR>"
        )
    return (
        f"<SECTION-2><TITLE>{n}. 연결 손익계산서</TITLE>"
        f"<P>당사의 제{n}기 매출액은 {n * 1234 % 99999:,}백만원으로 전년 대비 {n % 30}.{n % 10}% 증가하였으며, "
        f"영업이익은 약 {n % 900 + 10}억원입니다. 2025년 6월 30일 현재 종속회사는 {n % 20 + 1}개사입니다.</P>"
        '<TABLE><TR><TD ALIGN="RIGHT">(단위 : 백만원)</TD></TR></TABLE>'
        '<TABLE BORDER="1"><THEAD><TR><TH ROWSPAN="2">　</TH><TH COLSPAN="2">제 27 기 반기</TH>'
        '<TH COLSPAN="2">제 26 기 반기</TH></TR><TR><TH>3개월</TH><TH>누적</TH><TH>3개월</TH><TH>누적</TH></TR>'
        "</THEAD><TBODY>" + "".join(rows) + "</TBODY></TABLE></SECTION-2>\n"
    )


def filing(mb: float) -> str:
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<DOCUMENT><DOCUMENT-NAME>반기보고서</DOCUMENT-NAME><BODY>\n']
    size = 0
    n = 1
    while size < mb * 1_000_000:
        parts.append(section(n))
        size += len(parts[-1].encode("utf-8"))
        n += 1
    parts.append("</BODY></DOCUMENT>\n")
    return "".join(parts)


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--mb", type=float, default=1.0)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    doc = filing(args.mb)
    from lxml import etree

    text = "\n".join(etree.fromstring(doc.encode("utf-8")).itertext())
    figures = mhtml.extract(doc)
    cells = sum(1 for f in figures if f.row is not None)
    t_html = best(lambda: mhtml.extract(doc), args.repeat)
    t_text = best(lambda: extract(text), args.repeat)
    print(f"document: {len(doc.encode('utf-8')) / 1e6:.2f} MB, {len(figures)} figures ({cells} table cells)")
    print(f"moneyparse.html.extract(document): {t_html:.3f} s")
    print(f"moneyparse.extract(text):          {t_text:.3f} s  ({len(extract(text))} figures)")
    print(f"ratio html / text: {t_html / t_text:.2f}")


if __name__ == "__main__":
    main()
