"""The command line: argument parsing and printing only.

``moneyparse FILE...`` reads files, folders (every ``*.txt``, ``*.md``, ``*.jsonl``, and
``*.html``, ``*.htm``, ``*.xml`` under them) or standard input (``-``) and writes one figure
a line. HTML pages and DART XML filings are read with :func:`moneyparse.html.extract`
(tables cell by cell, with ``row`` and ``column``; UTF-8 or CP949 bytes). The documents go through
the pool of :mod:`moneyparse.many` (the one :func:`moneyparse.extract_many` uses), over
``--jobs`` processes (all cores by default), which read them and render their lines.

A progress bar (tqdm) is drawn on standard error when it is a terminal, the figures go
elsewhere (a file, a pipe) and the work takes more than a second; ``--quiet`` turns it
off, with the closing summary line.
Exit status: 0 on success, 1 when an input could not be read (named on standard error;
the others are still processed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Protocol, TextIO

from moneyparse.errors import ParseError
from moneyparse.extract import extract
from moneyparse.figure import Figure, Kind
from moneyparse.many import available_cores, pooled
from moneyparse.parser import parse

MARKUP = (".html", ".htm", ".xml")  # read with moneyparse.html (the html extra: lxml)
SUFFIXES = (".txt", ".md", ".jsonl", *MARKUP)
COLUMNS = (
    "doc",
    "start",
    "end",
    "kind",
    "value",
    "low",
    "high",
    "currency",
    "unit",
    "per",
    "per_amount",
    "bound",
    "approximate",
    "text",
    "row",
    "column",
)

# Documents a worker takes at a time. Small, so that a folder of a few dozen large files
# is still spread over the workers; a chunk's overhead (two pickles) is far below the
# cost of reading even one short article.
CHUNKSIZE = 8

# Seconds of work before the progress bar shows itself: a short run prints no bar.
BAR_DELAY = 1.0


class _Bar(Protocol):
    """The part of a tqdm bar the command line uses (tqdm ships no type hints)."""

    def update(self, n: int) -> object: ...
    def write(self, s: str, file: TextIO) -> None: ...
    def close(self) -> None: ...


class _Unreadable(Exception):
    """An input that could not be read; the message names it."""


@dataclass
class _Run:
    """What one run has seen: the failures to report and the bar to report them above."""

    failures: list[str] = field(default_factory=list)
    bar: _Bar | None = None

    def complain(self, message: str) -> None:
        self.failures.append(message)
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def advance(self, nbytes: int) -> None:
        if self.bar is not None and nbytes:
            self.bar.update(nbytes)


@dataclass(frozen=True)
class _Document:
    """One document to read: its id, its text, and its share of the input in bytes."""

    doc_id: str
    text: str
    nbytes: int
    markup: bool = False  # an HTML page or XML filing, read with moneyparse.html


def sample_text() -> str:
    """The bundled sample of Korean financial news (written for this project)."""
    return resources.files("moneyparse").joinpath("data/sample_news_ko.txt").read_text(encoding="utf-8")


def _inputs(names: Sequence[str]) -> list[str]:
    """The inputs named on the command line, each folder expanded to its files, sorted."""
    out: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            out.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in SUFFIXES)
        else:
            out.append(name)
    return out


def _size(name: str) -> int | None:
    """The size of an input in bytes, or None when it cannot be known in advance."""
    if name == "-":
        return None
    try:
        return Path(name).stat().st_size
    except OSError:
        return 0  # reported when it is read


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise _Unreadable(f"moneyparse: cannot read {name}: {exc.strerror or exc}") from exc


def _documents(names: Iterable[str], args: argparse.Namespace, run: _Run) -> Iterator[_Document]:
    """Every document of every input, in order; an unreadable input is reported and skipped."""
    if args.sample:
        text = sample_text()
        yield _Document("sample", text, 0)
    for name in names:
        try:
            data = _read(name)
            yield from _split(name, data, args)
        except _Unreadable as exc:
            run.complain(str(exc))
            run.advance(_size(name) or 0)


def _split(name: str, data: bytes, args: argparse.Namespace) -> Iterator[_Document]:
    if name.lower().endswith(MARKUP) and not args.text_field:
        from moneyparse.html import decode

        yield _Document(name, decode(data), len(data), markup=True)  # a declared charset may lie
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"moneyparse: {name} is not UTF-8 (byte {exc.start}); convert it first") from exc
    if not (name.endswith(".jsonl") or args.text_field):
        yield _Document(name, text, len(data))
        return
    field_name = args.text_field or "text"
    for number, line in enumerate(text.splitlines(), 1):
        nbytes = len(line.encode("utf-8")) + 1
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            body = record[field_name]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise _Unreadable(f"moneyparse: {name}:{number}: no JSON object with a {field_name!r} field") from exc
        doc_id = record.get(args.id_field, f"{name}:{number}") if isinstance(record, dict) else f"{name}:{number}"
        yield _Document(str(doc_id), str(body), nbytes)


def _row(doc: str, fig: Figure) -> dict[str, object]:
    d = fig.to_dict()
    d["doc"] = doc
    return d


def _render_chunk(
    chunk: list[tuple[str, str, bool]],
    fmt: str,
    default_currency: str | None,
    scale: str | None,
    kinds: list[Kind] | None,
) -> list[tuple[int, str]]:
    """Each (id, text) of *chunk* as (figures found, the output lines that show them)."""
    out = []
    for doc_id, text, markup in chunk:
        if markup:
            from moneyparse.html import extract as extract_markup

            found = extract_markup(text, default_currency=default_currency, kinds=kinds)
        else:
            found = extract(text, default_currency=default_currency, scale=scale, kinds=kinds)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n") if fmt == "csv" else None
        _write(buffer, fmt, [_row(doc_id, f) for f in found], writer)
        out.append((len(found), buffer.getvalue()))
    return out


def _write(out: TextIO, fmt: str, rows: list[dict[str, object]], writer: csv.DictWriter[str] | None) -> None:
    for row in rows:
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif writer is not None:
            writer.writerow({k: row.get(k) for k in COLUMNS})
        else:
            value = row["value"] if row["value"] is not None else f"[{row['low']}, {row['high']}]"
            unit = row["currency"] or row["unit"] or ""
            flags = " ".join(
                flag
                for flag in (
                    str(row["bound"]) if row["bound"] != "eq" else "",
                    "≈" if row["approximate"] else "",
                    _per_flag(row),
                )
                if flag
            )
            cell = " / ".join(str(label) for label in (row.get("row"), row.get("column")) if label)
            out.write(
                f"{str(row['doc'])[:24]:<24} {row['start']:>6} {row['kind']:<16} {value:>22} {unit:<12} "
                f"{flags:<18} {row['text']}{f'  [{cell}]' if cell else ''}\n"
            )


def _per_flag(row: dict[str, object]) -> str:
    """``per share``, ``per 100 JPY``: a rate's denominator in the table format."""
    if not row["per"]:
        return ""
    amount = row.get("per_amount")
    return f"per {row['per']}" if amount in (None, "1") else f"per {amount} {row['per']}"


def _jobs(text: str) -> int:
    """``--jobs``: a whole number of processes, 1 or more."""
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {text!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more processes, got {jobs}")
    return jobs


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="moneyparse",
        description="Read the figures of Korean financial text: one figure a line.",
    )
    p.add_argument("inputs", nargs="*", help="files, folders or - for standard input")
    p.add_argument("--sample", action="store_true", help="run on the bundled sample of Korean news")
    p.add_argument("--format", choices=("table", "jsonl", "csv"), help="default: table on a terminal, else jsonl")
    p.add_argument("--kinds", help="comma-separated kinds to keep, e.g. money,percent (number is opt-in)")
    p.add_argument("--scale", help="the unit of bare numbers, e.g. 억원")
    p.add_argument("--default-currency", help="ISO code for money written without a currency")
    p.add_argument("--text-field", help="JSON Lines input: the field holding the text (default: text)")
    p.add_argument("--id-field", default="id", help="JSON Lines input: the field holding the id")
    p.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"worker processes (default: all cores, {available_cores()} here)",
    )
    p.add_argument("--parse", action="store_true", help="read each line as exactly one figure; report failures")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary line on standard error")
    return p


def _progress(args: argparse.Namespace, names: Sequence[str]) -> _Bar | None:
    """A bar over the input's bytes on standard error, or None when it should not show."""
    # On a terminal that also shows the figures the rows are the progress, and a bar
    # redrawn between them would garble both: the bar is for output sent elsewhere.
    if args.quiet or not sys.stderr.isatty() or sys.stdout.isatty():
        return None
    # Imported only when a bar can be drawn: it costs start-up time.
    from tqdm import tqdm

    sizes = [_size(name) for name in names]
    total = None if any(s is None for s in sizes) else sum(s or 0 for s in sizes)
    # No monitor thread: the worker processes are forked later, and a fork should not
    # copy a thread that is running.
    tqdm.monitor_interval = 0
    bar: _Bar = tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        delay=BAR_DELAY,
        file=sys.stderr,
        desc="moneyparse",
        leave=False,
        dynamic_ncols=True,
    )
    return bar


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    kinds = None
    if args.kinds:
        try:
            kinds = [Kind(k.strip().lower()) for k in args.kinds.split(",") if k.strip()]
        except ValueError:
            parser.error(f"--kinds takes some of {', '.join(k.value for k in Kind)}")
    if args.scale:
        try:
            extract("", scale=args.scale)
            parse("1" + args.scale)
        except (ParseError, ValueError):
            parser.error(f"--scale {args.scale!r} is not a unit of money such as 억원 or 백만원")
    if not args.inputs and not args.sample:
        parser.error("name a file, a folder or - (standard input), or use --sample")
    out = sys.stdout
    fmt = args.format or ("table" if out.isatty() else "jsonl")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n") if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
    started = time.perf_counter()
    names = _inputs(args.inputs)
    run = _Run(bar=_progress(args, names))
    documents = _documents(names, args, run)
    docs = figures = 0
    parse_failed = False
    try:
        if args.parse:
            for doc in documents:
                docs += 1
                parse_failed |= _parse_lines(doc.doc_id, doc.text, args, out, fmt, writer)
                run.advance(doc.nbytes)
        else:
            # extract_many yields in input order, so the ids wait here in the same order;
            # it holds a bounded number of documents, so this queue stays short too.
            # The workers render each document's lines too, so that the main process,
            # which writes every line, is not what the pool waits on.
            waiting: deque[_Document] = deque()

            def items() -> Iterator[tuple[str, str, bool]]:
                for doc in documents:
                    waiting.append(doc)
                    yield doc.doc_id, doc.text, doc.markup

            work = partial(
                _render_chunk, fmt=fmt, default_currency=args.default_currency, scale=args.scale, kinds=kinds
            )
            for count, lines in pooled(items(), work, args.jobs or available_cores(), CHUNKSIZE):
                doc = waiting.popleft()
                docs += 1
                figures += count
                out.write(lines)
                run.advance(doc.nbytes)
    finally:
        if run.bar is not None:
            run.bar.close()
    out.flush()
    if not args.quiet:
        seconds = time.perf_counter() - started
        print(f"moneyparse: {docs} documents, {figures} figures, {seconds:.2f} s", file=sys.stderr)
    return 1 if run.failures or parse_failed else 0


def _parse_lines(
    doc_id: str, text: str, args: argparse.Namespace, out: TextIO, fmt: str, writer: csv.DictWriter[str] | None
) -> bool:
    failed = False
    for number, line in enumerate(io.StringIO(text), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        try:
            fig = parse(line, default_currency=args.default_currency, scale=args.scale)
        except ParseError as exc:
            failed = True
            print(f"{doc_id}:{number}:{exc.position + 1}: {exc.reason}", file=sys.stderr)
            continue
        _write(out, fmt, [_row(f"{doc_id}:{number}", fig)], writer)
    return failed


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
