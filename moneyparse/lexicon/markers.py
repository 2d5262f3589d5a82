"""Markers: the words around a number that set approximation, a bound, a sign, a rate,
a range or a band. Each row says what the word sets; the grammar reads the columns.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final, NamedTuple


class Marker(NamedTuple):
    """What a marker sets: ``approximate``, a bound (``"ge"``, …) or ``None``."""

    approximate: bool
    bound: str | None


#   word      approximate  bound    written before the number (약 500억원, 최소 10주)
BEFORE: Final = (
    ("약", True, None),
    ("대략", True, None),
    ("얼추", True, None),
    ("거의", True, None),
    ("최소", False, "ge"),
    ("최소한", False, "ge"),
    ("적어도", False, "ge"),
    ("최저", False, "ge"),
    ("최대", False, "le"),
    ("최고", False, "le"),
    # comparison signs, as tables and spec sheets write them: ≥30, <-30
    (">=", False, "ge"),
    ("<=", False, "le"),
    ("≥", False, "ge"),
    ("≤", False, "le"),
    (">", False, "gt"),
    ("<", False, "lt"),
    # English, as Figure.format("en_US") writes it and mixed text has it: about $23B.
    # An approximate bound is one phrase, since one marker is read before a number.
    ("about", True, None),
    ("at least", False, "ge"),
    ("more than", False, "gt"),
    ("at most", False, "le"),
    ("less than", False, "lt"),
    ("at least about", True, "ge"),
    ("more than about", True, "gt"),
    ("at most about", True, "le"),
    ("less than about", True, "lt"),
)

#   word      approximate  bound    written after the figure (1조원 이상, 500억원 가량)
AFTER: Final = (
    ("가량", True, None),
    ("정도", True, None),
    ("쯤", True, None),
    ("안팎", True, None),
    ("내외", True, None),
    ("전후", True, None),
    ("육박", True, None),
    ("가까이", True, None),
    ("가까운", True, None),
    ("남짓", True, "ge"),
    ("이상", False, "ge"),
    ("초과", False, "gt"),
    ("넘게", False, "gt"),
    ("넘는", False, "gt"),
    ("넘어", False, "gt"),
    ("넘은", False, "gt"),
    ("넘긴", False, "gt"),
    ("넘었", False, "gt"),
    ("넘었다", False, "gt"),
    ("넘어선", False, "gt"),
    ("넘어섰", False, "gt"),
    ("넘어섰다", False, "gt"),
    ("돌파", False, "gt"),
    ("웃도는", False, "gt"),
    ("웃돌아", False, "gt"),
    ("웃돌았", False, "gt"),
    ("웃돌고", False, "gt"),
    ("웃돌며", False, "gt"),
    ("웃돌면", False, "gt"),
    ("웃돌았다", False, "gt"),
    ("웃돈다", False, "gt"),
    ("상회", False, "gt"),
    ("이하", False, "le"),
    ("이내", False, "le"),
    ("미만", False, "lt"),
    ("아래", False, "lt"),
    ("밑", False, "lt"),
    ("밑도는", False, "lt"),
    ("밑돌아", False, "lt"),
    ("밑돌았", False, "lt"),
    ("밑돌고", False, "lt"),
    ("밑돌며", False, "lt"),
    ("밑돌면", False, "lt"),
    ("밑돌았다", False, "lt"),
    ("밑돈다", False, "lt"),
    ("하회", False, "lt"),
)

# 아래 and 밑 ("below") bound a figure only with a particle written onto them (3천원 아래로,
# 2억원 밑에서, 1억원 아래인); alone they point at what follows in the text (아래 표).
BELOW_WORDS: Final = frozenset({"아래", "밑"})
BELOW_PARTICLES: Final = frozenset("으로에인의이를은는")

# The markers of nearness an amount takes with the particle 에 between (30조원에 육박,
# 60%에 가까운, 3배에 가까이): approximate, as 40조원 육박 is.
APPROACHING: Final = ("육박", "가까운", "가까이")
NEAR_PARTICLE: Final = "에"

# Markers after a figure that are verbs comparing it with something. The figure is the
# margin, not a bound, when the verb is told in the past or finite after the object it
# compares (컨센서스를 12% 상회했다, 현 주가를 30% 상회한다), and when that object is a
# reference a result is measured against, with or without its particle (기대치를 18%
# 상회하는 실적, 컨센 5% 상회). With no object a level is meant (상승률은 2% 하회했다). With the figure as their
# object (6조원 상회 전망), or modifying a noun after an object that belongs to a later
# verb (수익률을 5% 상회하는 수준으로 높이겠다), it is a bound.
COMPARING_MARKERS: Final = frozenset(
    {"상회", "하회", "웃도는", "밑도는", "웃돌아", "밑돌아", "웃돌고", "밑돌고", "웃돌며", "밑돌며", "웃돌면", "밑돌면"}
    | {"웃돌았", "밑돌았", "웃돌았다", "밑돌았다", "웃돈다", "밑돈다"}
)
COMPARED_IN_THE_PAST: Final = "했"
# The forms of 웃돌다 and 밑돌다 that are told in the past (웃돌았다) or finite or attributive
# past (밑돈다, 밑돈 수준), as 상회했다 and 상회한다 are with their ending after the marker.
PAST_COMPARING: Final = frozenset({"웃돌았", "밑돌았", "웃돌았다", "밑돌았다"})
FINITE_COMPARING: Final = frozenset({"웃돈다", "밑돈다"})  # not 웃돈 alone: the noun, a premium
COMPARED_FINITE: Final = "한"  # 상회한다, 하회한 (the attributive past)
COMPARED_WITH: Final = "대비"  # 지수 대비 4% 상회했다: what stands before 대비 is the reference
# An adverb that may stand between a compared object and its margins: 컨센서스를 각각 1.4% 상회
RESPECTIVELY: Final = "각각"
OBJECT_PARTICLES: Final = frozenset("을를")
# The particles that may end a noun after a figure, longest first (5대 시중은행과, 3대
# 거래소에서): stripped to find the noun itself.
NOUN_PARTICLES: Final = ("에서", "으로", "과", "와", "의", "은", "는", "이", "가", "을", "를", "에", "로", "도")
TOPIC_PARTICLES: Final = frozenset("은는이가")  # and the subject's: 매출은, 도수가
REFERENCE_NOUNS: Final = (
    "컨센서스",
    "컨센",
    "기대치",
    "기대",
    "예상치",
    "예상",
    "전망치",
    "추정치",
    "목표치",
    "시장 평균",
    "벤치마크",
)

# Labels of amounts of money in headlines and results: a middle-dot list of two labelled
# amounts shares its currency only after one of these (매출 3,210억·영업익 420억원).
MONEY_LABELS: Final = (
    "매출",
    "매출액",
    "익",  # 영업이익, 영업익, 순익, 수익, 손익
    "손실",
    "적자",
    "흑자",
    "자산",
    "부채",
    "자본",
    "금",  # 현금, 예금, 차입금, 자금, 지원금
    "시총",
    "시가총액",
    "예산",
    "투자",
    "수주",
    "배당",
    "수출",
    "수입",
    "매수",
    "매도",
    "EBITDA",
    "개인",
    "외국인",
    "기관",
)

# 최고 and 최저 before a figure are bounds (최고 4.5%의 금리: up to 4.5%) unless a verb says
# the figure was reached or recorded: then they name the high or the low of a day or a
# year, a point (장중 최고 9만6,800원까지 올랐다, 최저 1,352.4원을 기록했다).
EXTREMES: Final = ("최고", "최저")
# Verbs that say a figure was reached or recorded, in the past: not a forecast (오를 수
# 있다) nor a cap raised (한도를 최고 2억원으로 올렸다, 상향됐다), which leave a bound.
RECORDED_VERBS: Final = (
    "기록",
    "경신",
    "찍었",
    "찍은",
    "찍으며",
    "찍고",
    "마감",
    # what a price did, in the past or joining the next clause (…까지 올라 사상 최고치를)
    *(
        stem + ending
        for stem in ("상승", "하락", "급등", "급락", "폭등", "폭락")
        for ending in ("했", "한 ", "해 ", "하며", "하면서", "하여")
    ),
    # a deal struck at that price (최고 27억원에 거래됐던 곳)
    "거래됐",
    "거래된 ",
    "거래되며",
    "팔렸",
    "올랐",
    "오른 ",
    "올라 ",
    "올라서",
    "올라섰",
    "올라갔",
    "올라간 ",
    "뛰었",
    "뛴 ",
    "뛰어 ",
    "뛰며",
    "치솟았",
    "치솟은",
    "치솟아",
    "치솟으며",
    "떨어졌",
    "떨어진 ",
    "떨어져 ",
    "떨어지며",
    "내렸",
    "내린 ",
    "내려 ",
    "내려갔",
    "내려간 ",
    "내려앉",
    "밀렸",
    "밀린 ",
    "밀려 ",
    "밀려났",
    "밀리며",
)

# Words that join the two ends of a range written without a unit on the first end
# (3조에서 4조원, 20부터 100까지), longest first; 과/와 join two ends that 사이 closes
# (20과 30 사이).
RANGE_WORDS: Final = ("에서부터", "에서", "부터")
BETWEEN_WORDS: Final = ("과", "와")
BETWEEN: Final = "사이"

# 까지 means "up to" only after 최대 (최대 3600억 원까지); after a plain figure it means
# "reached" (3.5%까지 올랐다) and stays outside the figure, like a particle.
UP_TO: Final = "까지"

# Verbs of change: a figure + 까지 before one of these says where a movement reached
# (3.5%까지 올랐다), not an upper bound (12억원까지 대출 받을 수 있다).
REACHED_VERBS: Final = (
    # each is a prefix of the words after 까지; a syllable with a final consonant is its own
    # prefix (오를 is not 오르 + ㄹ): 오를 수, 오른다, 내릴, 뛸, 갈 수, 간다
    "오를",
    "오른",
    "올릴",
    "내릴",
    "내린",
    "내리",
    "뛸",
    "뛴",
    "갈 수",
    "갈 것",
    "갈 전망",
    "간다",
    "오르",
    "올라",
    "올랐",
    "상승",
    "하락",
    "떨어",
    "내려",
    "내렸",
    "치솟",
    "급등",
    "급락",
    "늘",
    "줄",
    "확대",
    "축소",
    "밀려",
    "밀렸",
    "회복",
    "반등",
    "뛰",
    "높아",
    "낮아",
    "커졌",
    "불어",
    "감소",
    "증가",
    "추락",
    "폭등",
    "폭락",
    "하향",
    "상향",
    "인상",
    "인하",
    "올려",
    "올렸",
    "낮춰",
    "낮췄",
    "낮추",  # 저점을 낮추는, 낮추며
    # verbs whose object the movement is (고점을 높였다, 낙폭을 키웠다, 격차를 좁혔다)
    "높였",
    "높이",
    "키웠",
    "키우",
    "키워",
    "좁혔",
    "좁히",
    "좁혀",
    "늘렸",
    "줄였",
    "갔",
    "도달",
    "찍",
    "닿",
    "치달",
    "빠졌",
    "빠지",
    "밀리",
    "벌어졌",
    "벌어진",
    "벌어질",
    "벌어지",
    "좁혀",
    "좁아",
    "커지",
    "커질",
    "급증",
    "급감",
    "주저앉",
    "곤두박질",
)

# 여 ("a bit over") sits between the digits and the unit: 30여명, 1천여억원, 6000여 가구.
A_BIT_OVER: Final = "여"

# Signs before the number. △ is the accounting minus; ▲/▼ in market tables mean
# up/down, not a sign, and are not read. 영하 (below zero) is a sign for temperatures.
#   word        note
NEGATIVE_SIGNS: Final = ("-", "△", "마이너스", "마이나스", "영하", "마이너스(-)")  # and the sign restated
# Words a sign may be written onto, as a minus after a letter is not (KF-21, COVID-19):
# an ellipsis, and the labels of a change over a period (YoY+42%, QoQ-8%).
_CHANGE_LABELS: Final = ("YoY", "QoQ", "MoM", "HoH")
CHANGE_LABEL_FORMS: Final = (
    *_CHANGE_LABELS,
    *(label.upper() for label in _CHANGE_LABELS),
    *(label.lower() for label in _CHANGE_LABELS),
)
SIGN_AFTER_WORDS: Final = ("...", *CHANGE_LABEL_FORMS)
POSITIVE_SIGNS: Final = ("+", "플러스", "영상", "플러스(+)")

# Range joiners between two numbers: 3~4조원, 3-4%, 3조에서 4조원, 3조부터 4조원까지.
RANGE_JOINERS: Final = ("~", "-", "에서", "부터", "내지")

# The band suffix: 1억원대, 10%대, 억대, 1만 명대. After these counters 대 is the start of
# another word: 4개대 (four universities), 2편대 (two flights of aircraft).
BAND_SUFFIX: Final = "대"
# The part of a band a figure names, written before its 대 (147엔 후반대, 9억원 중반대) or
# pasted after it (3%대후반, 3%대초반): the figure is still the whole band.
BAND_PARTS: Final = ("초중반", "중후반", "초반", "중반", "후반")
NO_BAND_COUNTERS: Final = frozenset({"개", "편"})

# What a marker or a band may carry on in the same word besides FOLLOWERS: the
# conditional 면, contracted onto a marker that ends in a vowel (150달러 이하면, 2만원대면).
# and 일, the copula before a noun (1300원대일 때); 시, 자, 분 make nouns of a bound
# (6천만원 초과시, 5천만원 이하자, 12억원 초과분)
MARKER_FOLLOWERS: Final = frozenset("면일시자분")
# The copula 예요 after a vowel, written onto a unit (이십이 퍼센트예요, 세 개예요); not after
# 명, where 명예 is honour (한 명예교수), nor after 대 (10억 대예요 is a band of won).
COPULA_YO: Final = "예요"
NO_COPULA_AFTER: Final = frozenset({"명", "대"})

# A counter may carry 들이 ("holding"): 10개들이 한 상자, a box of ten.
HOLDING: Final = "들이"

# Vague amounts: 수 (several) and 십수 (eleven to nineteen) before a scale word. 수 right
# before a myriad scale is 2..9 of it (수조 -> [2조, 10조)); before a small scale it is
# one to nine of it (수십억 -> [10억, 100억)), as the corpus conventions fix.
#   word   low  high (multipliers of the scales that follow)
VAGUE: Final = (
    ("수", 2, 10),
    ("몇", 2, 10),  # 몇억, 몇십억: "a few", read as 수
    ("십수", 11, 20),
)

# Words of a period that may stand between a marker and its figure, a space after them:
# 최고 연 4.1%, 최대 월 300만원.
PERIOD_WORDS: Final = frozenset("연월年")

RATE_SUFFIX: Final = "당"  # what ends a rate word: 주당, 배럴당, 100엔당
EQUALS: Final = "="  # 1달러=7.1위안: an amount equated with its price, a rate per the amount
SPACED_RATE_SUFFIX: Final = " " + RATE_SUFFIX  # 1명 당, 1가구 당: set apart from its word

# Rate words that make a figure "per" something when written right before it, beyond
# the ones derived from counters and units (주당, 배럴당, 평당 …).
#   word     per
RATE_WORDS: Final = (
    ("인당", "person"),
    ("1인당", "person"),
    ("일인당", "person"),
    ("시간당", "hour"),
    ("박당", "night"),
    ("1박당", "night"),
    ("업체당", "company"),
    ("회당", "time"),
    ("1회당", "time"),
    ("사건당", "case"),
    ("세대당", "household"),
    ("농가당", "farm"),
    ("과제당", "project"),
    ("팀당", "team"),
    ("기관당", "institution"),
    ("사업장당", "site"),
    ("학교당", "school"),
    ("실당", "room"),
    ("월당", "month"),
    ("단지당", "complex"),
    ("경기당", "game"),
    ("사람당", "person"),
    ("한 사람당", "person"),
    ("기업당", "company"),
    ("회사당", "company"),
    ("점포당", "store"),
    ("매장당", "store"),
    ("3.3㎡당", "pyeong"),
    ("3.3m²당", "pyeong"),
    ("3.3m2당", "pyeong"),
    ("3.3제곱미터당", "pyeong"),
    ("평당가", "pyeong"),
    # container freight is priced per twenty- and forty-foot unit
    ("TEU당", "TEU"),
    ("FEU당", "FEU"),
)

# Rate words that hold a power of ten of their unit: natural gas is quoted per MMBtu, a
# million British thermal units (Mbtu, as Korean news writes it, means the same there).
# A number written before any rate word multiplies it again: 100만 btu당, 1Mbtu당.
#   word        per                     power of ten
SCALED_RATE_WORDS: Final = (
    ("MMBtu당", "british_thermal_unit", 6),
    ("mmBtu당", "british_thermal_unit", 6),
    ("MMBTU당", "british_thermal_unit", 6),
    ("mmbtu당", "british_thermal_unit", 6),
    ("Mbtu당", "british_thermal_unit", 6),
    ("MBtu당", "british_thermal_unit", 6),
    ("MBTU당", "british_thermal_unit", 6),
)

# Currency words that make no rate word with 당: 원당 is a place name, 불당 a hall of a
# temple. 원화당 and 달러당 are read.
NO_RATE_CURRENCY_WORDS: Final = frozenset({"원", "불"})

# Where a rate's per is a weight that money is quoted per, the unit it is quoted in:
# gold and silver are priced per troy ounce (온스당 4,400달러).
MONEY_PER_UNIT: Final = MappingProxyType({"ounce": "troy_ounce"})

MARKER_BEFORE: Final = MappingProxyType({w: Marker(a, b) for w, a, b in BEFORE})
MARKER_AFTER: Final = MappingProxyType({w: Marker(a, b) for w, a, b in AFTER})

# Unit words whose syllables also begin common words: 불 (a spoken dollar) begins the
# words made with 不 (불어나다, 불과하다, 불가피, 불안, 불만) and 프로 (a spoken percent)
# 프로그램, 프로젝트, 프로야구. Such a unit is read only where its word ends, or goes on
# with particles alone (100불을, 3프로로는, 5억 불과 3억 유로); FOLLOWERS, which allows the
# first syllable of a particle, is not enough for them.
WORD_BEGINNING_UNITS: Final = frozenset({"불", "프로"})

# The particles, copulas and markers that may be written onto such a unit, alone or two
# or three in a row (에서도, 까지는, 이상이다).
PARTICLE_WORDS: Final = frozenset(
    {
        *("은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "로", "으로", "과", "와", "도"),
        *("만", "씩", "까지", "부터", "보다", "처럼", "마다", "뿐", "밖에", "나", "이나", "라도", "조차"),
        *("대", "짜리", "어치", "쯤", "가량", "이상", "이하", "미만", "초과", "내외", "안팎", "정도"),
        *("수준", "선", "대로", "로서", "로써", "으로서", "으로써", "엔", "만큼", "란", "이란"),
        *("다", "이다", "며", "이며", "고", "이고", "인", "이던", "였다", "이었다", "였고", "이었고"),
        *("지만", "이지만", "입니다", "예요", "이에요", "에요", "요", "면", "이면", "라는", "이라는"),
        *("라", "이라", "라고", "이라고", "라서", "이라서"),
    }
)

# What may follow a Hangul unit or marker inside the same word: particles, copulas and
# the first syllables of the markers. Anything else means the syllables were the start
# of another word (백만장자, 2주택자, 프로그램), not a unit.
FOLLOWERS: Final = frozenset(
    "은는이가을를의에로으과와도만씩까부보처마조뿐밖나라고며였인다요죠야께서에한할된될했해하잖"
    "어당대여정쯤안내전남육초넘웃미밑규수선짜꼴치입임란랑든던지중께엔상량급"
)
