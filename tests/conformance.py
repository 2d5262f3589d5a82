"""Reading and judging the peers' conformance cases in ``../shared/conformance``.

Shared by ``test_conformance.py`` (floors per file) and ``benchmarks``/scripts that
print pass rates. A case is judged on value, ends, currency and unit, the fields every
peer asserts; moneyparse's own ``bound`` is checked by its own tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import moneyparse
from moneyparse import Figure, Kind, ParseError

SHARED = Path(__file__).resolve().parents[2] / "shared" / "conformance"
FIGURE_KINDS = {"money", "percent", "quantity", "number"}
TRAP_KINDS = {"ordinal", "time", "date", "duration", "telephone", "electronic", "none"}
UNIT_ALIASES = {"m2": "meter ** 2", "square_meter": "meter ** 2", "ton": "metric_ton"}


def cases(name: str) -> list[dict[str, Any]]:
    """The lines of one conformance file."""
    path = SHARED / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def files() -> list[str]:
    """The conformance files present, by name."""
    return sorted(p.name for p in SHARED.glob("*.jsonl")) if SHARED.is_dir() else []


def _dec(x: object) -> Decimal | None:
    if x is None:
        return None
    try:
        return Decimal(str(x))
    except InvalidOperation:
        return None


def _unit(u: str | None) -> str | None:
    return None if u is None else UNIT_ALIASES.get(u, u).replace(" ", "")


def _same(got: Decimal | None, expected: Decimal) -> bool:
    """Equal, or equal at the expected's places where a peer wrote a rounded float (1/3)."""
    if got is None:
        return False
    if got == expected:
        return True
    exponent = expected.as_tuple().exponent
    if isinstance(exponent, int) and exponent <= -12:
        return got.quantize(Decimal(1).scaleb(exponent)) == expected
    return False


def _matches(fig: Figure, exp: dict[str, Any]) -> bool:
    value = _dec(exp.get("corrected_value", exp.get("value")))
    lo, hi = _dec(exp.get("min")), _dec(exp.get("max"))
    kind = exp.get("kind")
    if value is not None and not _same(fig.value, value):
        return False
    if value is None and (lo is not None or hi is not None):
        if lo is not None and hi is not None:
            if (fig.low, fig.high) != (lo, hi):
                return False
        elif fig.value != (lo if lo is not None else hi):
            return False
    if kind == "money" and exp.get("currency") and fig.currency != exp["currency"]:
        return False
    if kind in ("percent", "quantity") and exp.get("unit") and _unit(fig.unit) != _unit(exp["unit"]):
        return False
    return not (kind == "percent" and fig.kind not in (Kind.PERCENT, Kind.PERCENTAGE_POINT))


def judge(case: dict[str, Any]) -> bool | None:
    """True or False for a Korean case moneyparse should pass; None for one it skips."""
    exp = case["expected"]
    kind = exp.get("kind")
    text = case["input"]
    if kind in TRAP_KINDS or kind == "age":
        start, end = exp.get("span") or (0, len(text)) if kind != "none" else (0, len(text))
        figs = moneyparse.extract(text)
        if kind == "none":
            return not figs
        return not any(f.start < end and start < f.end for f in figs)
    if kind not in FIGURE_KINDS:
        return None
    if "surface" in exp and exp["surface"].strip() != text.strip():
        start, end = exp.get("span") or (0, len(text))
        figs = moneyparse.extract(text, kinds=list(Kind))
        return any(f.start < end and start < f.end and _matches(f, exp) for f in figs)
    try:
        fig = moneyparse.parse(text)
    except ParseError:
        return False
    return _matches(fig, exp)


SKIPS = Path(__file__).resolve().parent / "cases" / "conformance_skips.tsv"


def skipped() -> dict[tuple[str, str], str]:
    """The cases declined on purpose, (file, input) -> reason, from ``conformance_skips.tsv``."""
    out: dict[tuple[str, str], str] = {}
    for line in SKIPS.read_text(encoding="utf-8").splitlines()[1:]:
        if line.startswith("#") or not line.strip() or line.startswith("file\t"):
            continue
        name, text, reason = line.split("\t")
        out[name, text] = reason
    return out


def results(name: str) -> Iterator[tuple[dict[str, Any], bool]]:
    """Each judged case of a file with its outcome; declined cases are left out."""
    declined = skipped()
    for case in cases(name):
        if (name, case["input"]) in declined:
            continue
        outcome = judge(case)
        if outcome is not None:
            yield case, outcome


CORE_KINDS = {"money", "number", "percent"}


def core() -> tuple[tuple[int, int], tuple[int, int]]:
    """(passed, judged) over the money, number and percent cases that need no range or
    bound, and over every trap line, across all Korean files."""
    figures = [0, 0]
    traps = [0, 0]
    for name in files():
        if name.startswith("jionlp"):
            continue
        declined = skipped()
        for case in cases(name):
            exp = case["expected"]
            kind = exp.get("kind")
            if (name, case["input"]) in declined:
                continue
            if kind in TRAP_KINDS or kind == "age":
                tally = traps
            elif kind in CORE_KINDS and exp.get("min") is None and exp.get("max") is None:
                tally = figures
            else:
                continue
            outcome = judge(case)
            if outcome is not None:
                tally[0] += int(outcome)
                tally[1] += 1
    return (figures[0], figures[1]), (traps[0], traps[1])


def main(argv: list[str]) -> int:
    """Print the pass rate of each file, and the failing inputs of the files named."""
    total = passed = 0
    for name in files():
        if name.startswith("jionlp"):
            continue  # Chinese: an analogue, not a Korean case
        judged = list(results(name))
        ok = sum(1 for _, good in judged if good)
        total, passed = total + len(judged), passed + ok
        print(f"{name:34} {ok:>4}/{len(judged):<4} {ok / max(1, len(judged)):.1%}")
        if name in argv or "all" in argv:
            for case, good in judged:
                if not good:
                    print("   FAIL", repr(case["input"][:100]), case["expected"].get("surface", ""))
    print(f"{'all Korean files':34} {passed:>4}/{total:<4} {passed / max(1, total):.1%}")
    (fp, fj), (tp, tj) = core()
    print(f"{'money/number/percent, no range':34} {fp:>4}/{fj:<4} {fp / max(1, fj):.1%}")
    print(f"{'trap lines clean':34} {tp:>4}/{tj:<4} {tp / max(1, tj):.1%}")
    print(f"declined on purpose (cases/conformance_skips.tsv): {len(skipped())}")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
