"""Counters: the words that make a number a count (17명, 세 곳, 5,400,000주).

The unit of a count is the counter as written; the English noun is what ``per`` says
when the counter heads a rate (1인당 -> person, 주당 -> share).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

#   counter  English noun for per   note
COUNTERS: Final = (
    ("명", "person", ""),
    ("개", "piece", ""),
    ("곳", "place", ""),
    ("건", "case", ""),
    ("대", "unit", "vehicles, machines; 500대 기업 and 30대 are not counts (see grammar)"),
    ("석", "seat", ""),
    ("주", "share", "shares; 3주 연속, 10주년 are weeks and years, see NOT_FIGURE_WORDS"),
    ("가구", "household", ""),
    ("개사", "company", ""),
    ("개국", "country", ""),
    ("척", "ship", ""),
    ("채", "house", ""),
    ("편", "piece", ""),
    ("마리", "animal", ""),
    ("장", "sheet", ""),
    ("권", "volume", ""),
    ("차례", "time", ""),
    ("개소", "place", ""),
    ("병", "bottle", ""),
    ("병상", "bed", "hospital beds"),
    ("포기", "head", "cabbages and other leaf vegetables"),
    ("켤레", "pair", ""),
    ("그루", "tree", ""),
    ("송이", "bunch", ""),
    ("계약", "contract", "futures and options: 2천530계약"),
    ("틱", "tick", "a futures price's least step: 18틱 내린"),
    ("계좌", "account", ""),
)

# Words that start like a counter or unit but make the number a date, a duration, an
# ordinal or a name: read longest-first, they win over the counter they begin with.
NOT_FIGURE_WORDS: Final = (
    "병동",
    "도선",  # 38도선: a parallel of latitude, named
    "도 화상",  # 2도 화상: the degree of a burn
    "도화상",
    "권 분립",  # 3권 분립: the separation of powers
    "권분립",
    # words that begin with a unit's syllable: 3원칙, 2엔진, 40도루, 10도움
    "원칙",
    "원색",
    "엔진",
    "도루",
    "도움",
    "비트코인",  # 1비트코인: one bitcoin, not one bit (비트코인 has no counter: no figure)
    "도시",
    "도어",
    "개월",
    "개년",
    "개 분기",
    "개분기",
    "개 월",
    "주년",
    "주간",
    "주차",
    "주일",
    "주째",
    "주택",
    "주말",
    "주기",
    "주 연속",
    "주 만에",
    "주 동안",
    "주 전",
    "주 후",
    "주 뒤",
    "주 새",
    "주만에",
    "주새",
    "주전",
    "주후",
    "개국어",  # 3개국어: three languages spoken, no count of countries
    "대째",
    "명째",
    "번째",
    "개째",
    "차례째",
    "건째",
    "세대째",
    "장째",
    "권째",
    "단지",
    "가지",  # 주공 5단지, 두 가지: names and kinds, in the ignore lists of the corpus
    "세대",
    "위",
    "등",
    "차",
    "회",
    "기",
    "호",
    "층",
    "번",
    "번지",
    "동",
    "반",
    "년",
    "월",
    "일",
    "시",
    "분",
    "세",
    "살",
    "인",
    "선",
    "단",
    "군데",
    "거래일",
    "년물",
    "년간",
    "대 기업",
    "대기업",
    "대 그룹",
    "대 상사",
    "대 종합상사",
    "대그룹",
    "대 은행",
    "대 시중은행",
    "대 금융",
    "대금융",
    "대 금융지주",
    "대 금융그룹",
    "대 건설사",
    "대 증권사",
    "대 상장사",
    "대 재벌",
    "대 강국",
    "대 도시",
    "대 명문",
    "대 기업집단",
    "대 플랫폼",
    "대 회계법인",
    "대 로펌",
    "대 은행권",
    # the top N of a kind: 3대 지수, 2대 주주, 3대 신용평가사
    "대 지수",
    "대 주가지수",
    "대 주주",
    "대주주",
    "대 신용평가사",
    "대 신평사",
    "대 카드사",
    "대 신용카드사",
    "대 통신사",
    "대 이동통신사",
    "대 정유사",
    "대 광역시",
    "대 업종",
    "대 품목",
    "대 거래소",
    "대 보험사",
    "대 손해보험사",
    "대 생명보험사",
    "대 완성차",
    "대 조선사",
    "대 항공사",
    "대 유통",
    "대 백화점",
    "대 대형마트",
    "대 시중",
    "대 주력",
    "대 핵심",
    "대 산업",
    "대 과제",
    "대 국정과제",
    "대 분야",
    "대 전략",
    "대 개혁",
    "대 보험",
    "대 사회보험",
    "대 범죄",
    "대 명산",
    "대 불가사의",
    "대 세습",
    "대 원칙",
    "대 요인",
    "대 리스크",
    "대 악재",
    "대 호재",
    "대 이슈",
    "대 사업",
    "대 신사업",
    "대 의무",
    "대 국회",
    "대 대통령",
    "대 총선",
    "대 대선",
    "대 총장",
    "대 회장",
    "대 사장",
    "대 의회",
    "대 정부",
    "대 국정",
)

NOUN_BY_COUNTER: Final = MappingProxyType({word: noun for word, noun, _ in COUNTERS})

# Counters that may be written straight after a native numeral (두배, 한명, 세곳). The
# others need the space (한 편, 세 대), since 한편 ("meanwhile") and 세대 ("generation")
# are ordinary words.
NATIVE_ATTACHED: Final = frozenset({"배", "명", "개", "곳", "차례", "가구", "척", "마리", "개사", "개국", "컵"})
# Units of measure (not counters) that native numerals also count: 두 배, 세 컵.
NATIVE_MEASURES: Final = frozenset({"times", "cup"})

# Words before a number of 주 that make it weeks (지난 2주, 향후 3주), not shares.
# Machines and vehicles counted with 대: before them, a round ten and 대 is a count
# (차량 40대, 전투기 20대), not an age band (40대 남성).
# 총 (in all) before a round ten and 대 makes it a count too: 총 50대.
COUNT_TOTAL: Final = "총"
MACHINES: Final = (
    "차량",
    "자동차",
    "승용차",
    "버스",
    "트럭",
    "택시",
    "열차",
    "전동차",
    "항공기",
    "여객기",
    "전투기",
    "헬기",
    "드론",
    "로봇",
    "서버",
    "장비",
    "기계",
    "오토바이",
    "전기차",
)

WEEKS_BEFORE: Final = ("지난", "다음", "최근", "향후", "앞으로", "오는", "이번", "첫", "임신", "생후", "기간")
# ... and a time word after it: 3주 전, 2주 이내에, 4주 연속, 3주째, 2주 만에.
WEEKS_AFTER: Final = (
    "전", "후", "뒤", "이전", "이후", "이내", "내", "간", "동안", "만에", "째", "연속", "새",
    # 52주 신고가: the market's fifty-two-week highs and lows
    "신고가", "신저가", "최고가", "최저가", "최고치", "최저치", "최고", "최저", "고점", "저점",
    # 20주 이동평균선, 6주 과정, 2~3주가 걸린다
    "이동평균", "이평선", "과정", "가 걸리", "가 걸릴", "가 걸린", "가 걸렸", "이 걸리", "이 걸릴",
    "이 걸린", "이 걸렸", "가 소요", "이 소요",
    # 3주 걸린다, 2주 가량 소요: the time a thing takes, with no particle
    "걸리", "걸릴", "걸린", "걸렸", "소요",
    # 2주도 지나지 않아, 3주가 지났다: time passing
    "도 지나지", "도 안 돼", "가 지났", "이 지났", "가 지난", "가 지나면", "가 지나서", "가 흘렀",
)  # fmt: skip


# Nouns of firms, institutions and markets that N대 before them makes "the N major" of
# (4대은행, 5대 시중은행, 5대 거래소), written onto 대 or one space apart; and the suffix
# of a kind of firm (3대 조선사, 5대 건설사, 4대 보험사). N vehicles are counted before
# other words (차량 5대, 5대가 팔렸다).
TOP_N_NOUNS: Final = (
    "은행",
    "은행권",
    "거래소",
    "그룹",
    "기업",
    "지주",
    "금융",
    "재벌",
    "강국",
    "시장",
    "지수",
    "업종",
    "품목",
    "백화점",
    "편의점",
    "대형마트",
    "플랫폼",
    "로펌",
    "법인",
    "대기업",
    # the N main tasks or goals of a plan: 12대 실천과제, 5대 국정목표
    "과제",
    "목표",
    # oil grades: 세계 3대 원유, 3대 유종 (Brent, WTI, Dubai)
    "원유",
    "유종",
)
FIRM_SUFFIX: Final = "사"
# Nouns of firms that a ranking of any length names (100대 기업, 500대 기업, 30대 그룹).
RANKED_FIRMS: Final = ("기업", "그룹")

# Stock indices whose level N대 may name in a sentence that names them (코스피는 2,470대로,
# 다우지수는 4만2000대): a band of points, not N vehicles.
INDEX_NAMES: Final = (
    *("코스피", "코스닥", "지수", "다우", "나스닥", "닛케이", "항셍", "S&P"),
    # freight indices: container rates (SCFI, CCFI, KCCI, WCI), dry bulk (BDI), charter (HRCI)
    *("SCFI", "CCFI", "KCCI", "WCI", "BDI", "HRCI"),
)
