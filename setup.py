"""The optional compiled build of moneyparse's hot path.

``pip install -e .`` builds nothing: moneyparse is pure Python, and that is the default.
With ``MONEYPARSE_COMPILE=1`` and mypy installed in the build environment, the modules
that read text (the grammar, the walk, the tables) are compiled with mypyc, which made
``extract`` about twice as fast on the benchmark's news (``docs/scale.md``)::

    pip install mypy setuptools
    MONEYPARSE_COMPILE=1 pip install --no-build-isolation .

The compiled modules behave as the pure ones do: CI runs the whole test suite on both.
Everything else (the project's metadata, its extras) is in ``pyproject.toml``.
"""

from __future__ import annotations

import os

from setuptools import setup

# The modules compiled: the hot path. Not the modules around the readers, which gain
# nothing from it, nor figure.py, whose public dataclass would become a native class.
COMPILED = [
    "moneyparse/scanner.py",
    "moneyparse/value.py",
    "moneyparse/normalize.py",
    "moneyparse/grammar/base.py",
    "moneyparse/grammar/context.py",
    "moneyparse/grammar/number.py",
    "moneyparse/grammar/after.py",
    "moneyparse/grammar/before.py",
    "moneyparse/grammar/reader.py",
    "moneyparse/grammar/plain.py",
    "moneyparse/grammar/ranges.py",
    "moneyparse/extract.py",
    "moneyparse/shortcuts.py",
    "moneyparse/tables.py",
    "moneyparse/fx.py",
    "moneyparse/flat.py",
]

if os.environ.get("MONEYPARSE_COMPILE") == "1":
    from mypyc.build import mypycify

    setup(ext_modules=mypycify(COMPILED, opt_level="3"))
else:
    setup()
