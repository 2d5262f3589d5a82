"""The peers' conformance cases (../shared/conformance), held to a pass-rate floor per file.

Each file's floor sits just under the rate measured when it was set; the cases that
still fail are listed by ``python tests/conformance.py FILE``. Trap files (dates,
ordinals, phone numbers …) must stay clean.
"""

from __future__ import annotations

import pytest

from tests import conformance

#   file                               floor (share of judged cases passed)
FLOORS = {
    "duckling_ko_money.jsonl": 0.98,
    "duckling_ko_not_figures.jsonl": 1.0,
    "duckling_ko_numeral.jsonl": 0.95,
    "duckling_ko_quantity.jsonl": 0.92,
    "korean_utils_ko.jsonl": 1.0,
    "nemo_ko_fraction.jsonl": 0.97,
    "nemo_ko_measure.jsonl": 0.94,
    "nemo_ko_money.jsonl": 1.0,
    "nemo_ko_not_figures.jsonl": 1.0,
    "nemo_ko_number.jsonl": 0.97,
    "price_parser_ko.jsonl": 1.0,
    "rt_ko_currency.jsonl": 0.94,
    "rt_ko_dimension.jsonl": 0.94,
    "rt_ko_number.jsonl": 0.88,
    "rt_ko_number_range.jsonl": 0.72,
    "rt_ko_ordinal.jsonl": 1.0,
    "rt_ko_percent.jsonl": 0.97,
}


@pytest.mark.skipif(not conformance.files(), reason="../shared/conformance is absent")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_conformance_pass_rate_stays_above_floor(name: str) -> None:
    if name not in conformance.files():
        pytest.skip(f"{name} is not in ../shared/conformance")
    results = list(conformance.results(name))
    passed = sum(1 for _, ok in results if ok)
    assert results, f"no judged case in {name}"
    rate = passed / len(results)
    failing = [case["input"] for case, ok in results if not ok][:10]
    assert rate >= FLOORS[name], f"{name}: {passed}/{len(results)} = {rate:.1%}; first failures: {failing}"


def test_every_conformance_file_has_a_floor() -> None:
    missing = sorted(set(conformance.files()) - set(FLOORS) - {"jionlp_zh_money.jsonl"})
    assert not missing, f"conformance files without a floor: {missing}"


@pytest.mark.skipif(not conformance.files(), reason="../shared/conformance is absent")
def test_core_money_number_percent_and_traps() -> None:
    """Issue 3's bar: 95% of the point cases, 98% of the trap lines clean."""
    (fp, fj), (tp, tj) = conformance.core()
    assert fj and tj, "no core case judged"
    assert fp / fj >= 0.95, f"money/number/percent: {fp}/{fj}"
    assert tp / tj >= 0.98, f"trap lines clean: {tp}/{tj}"


@pytest.mark.skipif(not conformance.files(), reason="../shared/conformance is absent")
def test_all_korean_cases() -> None:
    """Issue 4's bar: 95% of every judged Korean case, ranges and measures included."""
    passed = judged = 0
    for name in conformance.files():
        if name.startswith("jionlp"):
            continue  # Chinese: an analogue, not a Korean case
        outcomes = [ok for _, ok in conformance.results(name)]
        passed += sum(outcomes)
        judged += len(outcomes)
    assert judged and passed / judged >= 0.95, f"all Korean cases: {passed}/{judged}"
