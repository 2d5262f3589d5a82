"""A bounded slice of the fuzz target ``fuzz/fuzz_extract.py``, run in CI.

The same bytes-to-text decoding and the same checks as the long runs (atheris or
Hypothesis' ``fuzz_one_input``), over a few thousand inputs from a fixed seed, so a
failure here replays exactly. The long run is in the README; its figures are in
``docs/errors.md``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyparse import ParseError, parse

FUZZ_SCRIPT = Path(__file__).parent.parent / "fuzz" / "fuzz_extract.py"
RUNS = 4_000


def _load() -> ModuleType:
    """``fuzz/fuzz_extract.py`` as a module (the fuzz folder is no package)."""
    spec = importlib.util.spec_from_file_location("fuzz_extract", FUZZ_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_extract", module)
    spec.loader.exec_module(module)
    return module


fuzz = _load()


def test_every_byte_string_decodes_to_text() -> None:
    """The decoder takes any bytes, truncated multi-byte codes included."""
    for data in (b"", b"\xe0", b"\xf0", b"\xfe\xd8", b"\xff\x10\xff\xff", bytes(range(256))):
        assert isinstance(fuzz.text_of(data), str)


def test_decoder_reaches_lexicon_words_and_surrogates() -> None:
    """The high bytes stand for lexicon words, Hangul syllables and lone surrogates."""
    assert fuzz.text_of(b"\x80") == fuzz.CORE_PIECES[0]
    assert fuzz.text_of(b"\xfe\xd8\x00") == "\ud800"
    assert "\uac00" <= fuzz.text_of(b"\xf0\x00") <= "\ud7a3"
    assert {"억", "원", "약", "이상", "~"} <= set(fuzz.CORE_PIECES)


@pytest.mark.parametrize("seed", [0, 1])
def test_random_bytes_through_the_target(seed: int) -> None:
    """A few thousand random inputs keep every law of the fuzz target."""
    fuzz.drive(fuzz.test_one_input, RUNS // 2, seed=seed)


@settings(deadline=None, max_examples=500, database=None)
@given(st.binary(max_size=64))
def test_hypothesis_bytes_through_the_target(data: bytes) -> None:
    """Hypothesis' shrinking bytes keep every law of the fuzz target (what --hypothesis runs)."""
    fuzz.test_one_input(data)


@pytest.mark.parametrize(
    "text",
    ["", "1,", "1억원 이상 이상", "3~4~5조원", "\ud8001억원", "약 230억달러(약 25조원)", "(단위: 억원)\n| 매출 | 1 |"],
)
def test_check_holds_on_known_texts(text: str) -> None:
    """The target's checks pass on texts that once needed care."""
    fuzz.check(text)


# Findings of the long runs, fixed and kept as regressions.
KNOWN_FINDINGS = [
    # Decimal('0') ** 0 is undefined: value._raise let InvalidOperation out (fixed: no number).
    pytest.param("0^0", id="zero to the zero"),
    pytest.param("0.0^0원", id="zero to the zero, won"),
    pytest.param("0^-1", id="zero to a negative power"),
    # A numerator of one scale word: read_number indexed past the end of the text (IndexError),
    # found by the atheris run on '#최대1만PPPPPPPPPPPPP십분의만전후G만\n50' (fixed in 6b122ff).
    pytest.param("십분의만", id="ten over a myriad"),
    pytest.param("#최대1만PPPPPPPPPPPPP십분의만전후G만\n50", id="ten over a myriad, as found"),
    # a power past the 80-digit context before 대 leaked InvalidOperation from _is_age
    # (fixed: a power the context cannot hold exactly is no number)
    pytest.param("333^33대", id="a huge power before 대"),
    pytest.param("대]대십수>=십미국달러333^33대대>십대", id="a huge power before 대, as found"),
]


@pytest.mark.parametrize("text", KNOWN_FINDINGS)
def test_known_findings(text: str) -> None:
    """Texts the fuzzer once found an exception on."""
    fuzz.check(text)


def test_a_power_is_exact_or_no_figure() -> None:
    """A whole power is read exactly or not at all, never rounded (SPEC §3: values stay exact)."""
    try:
        value = parse("333^33원").value
    except ParseError:
        return
    assert value == 333**33
