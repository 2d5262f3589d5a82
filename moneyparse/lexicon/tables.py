"""The words of table labels and column heads that decide what a table's numbers are.

Read by :mod:`moneyparse.tables`: which heads name numbers that are no amounts (ids,
ranks, dates, times), which name ratios or rates, and which rates are money all the same.
"""

from __future__ import annotations

from typing import Final

# Heads whose numbers are ids, not amounts, written whole (No., 연도; not 전년도) ...
ID_HEADS: Final = frozenset({"No", "No.", "no", "NO", "연도", "년도"})
# ... or as the ending of a longer head (매출 순위, 사업번호, 기준일자, 종목코드, 근로시간).
ID_ENDINGS: Final = (
    *("순위", "번호", "연번", "일자", "날짜", "기준일", "코드", "시간", "시각", "일시"),
    # the days that filings date an event by (변동일 2015.04, 취득일, 만기일): dates, no amounts
    *("변동일", "결산일", "취득일", "처분일", "상장일", "설립일", "지급일", "배정일", "납입일"),
    *("예정일", "발행일", "만기일", "공시일", "체결일"),
    # a person's birth, a valuation's date, a service's term (출생년월 1962.03, 평가일 2020.07)
    *("년월", "연월", "생년월일", "평가일", "기간"),
)

# Marks of a ratio anywhere in a label or head (영업이익률, 비중, 증가율, (%)).
RATIO_MARKS: Final = ("%", "율", "률", "비중")
# A column head that names an interest rate (대출금리(연), 금리 수준) holds rates ...
RATE_HEAD: Final = "금리"
# ... unless the rate describes the loans it heads (저금리 대출: loans, money).
RATE_ADJECTIVES: Final = ("저금리", "고금리", "무금리")
# Rates that are amounts of money all the same: a price of one currency in another.
RATES_IN_MONEY: Final = ("환율", "기준율")

# Read by moneyparse.html, compared with a head's spaces removed (직 원 수 -> 직원수):
# heads of note numbers (주석 4,26) and remarks, no figures ...
NOTE_HEADS: Final = frozenset({"주석", "비고"})
# ... of headcounts, people even in a table of money (직원 수, 종업원 수) ...
HEADCOUNT_HEADS: Final = ("직원수", "종업원수", "임직원수", "근로자수", "인원수", "인원")
# ... of companies counted (계열회사 현황의 회사수, 출자회사수), in 개사 ...
COMPANY_COUNT_HEADS: Final = ("회사수", "법인수")
# ... and of quantities, counted in the shares a header lists after its money unit
# ((단위 : 원, 주): 최초 부여 수량, 기말 미행사수량) ...
QUANTITY_HEADS: Final = ("수량",)
# ... and of years counted (평균 근속연수 8.2): a bare number, not money.
YEAR_COUNT_HEADS: Final = ("근속연수", "근속년수", "근속기간")

# Read by moneyparse.flat: the word of a flattened table's line of heads that heads its
# row labels, not a column (구분 제 10기 제 9기).
CORNER_HEADS: Final = frozenset(
    {
        "구분",
        "과목",
        "항목",
        "계정과목",
        "내역",
        "내용",
        "부문",
        "사업부문",
        "지표",
        "회사",
        "회사명",
        "기업",
        "기업명",
        "종목",
        "종목명",
    }
)

# Unit words of a header that name a counter the running text spells longer: DART writes
# (단위 : 사) over its tables of subsidiaries, as 개사 (companies).
HEADER_UNIT_ALIASES: Final = {"사": "개사"}

# A row of a table headed (단위 : 원, 주) counts shares when its label is a number of
# shares (발행주식총수, 자기주식수, 주식의 총수): it holds 주식 and ends in 수.
SHARES_WORD: Final = "주식"
SHARES_COUNTER: Final = "주"  # the counter of shares, as a header's unit (주, 천주) gives it
COUNT_ENDING: Final = "수"
