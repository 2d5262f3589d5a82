"""The command line: argument parsing and printing only.

``moneyparse FILE...`` reads files, folders (every ``*.txt``, ``*.md``, ``*.jsonl`` under
them) or standard input (``-``) and writes one figure a line. Exit status: 0 on success,
1 when an input could not be read (named on standard error; the others are still
processed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from moneyparse.errors import ParseError
from moneyparse.extract import extract, parse
from moneyparse.figure import Figure, Kind

SUFFIXES = (".txt", ".md", ".jsonl")
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
    "bound",
    "approximate",
    "text",
)


class _Unreadable(Exception):
    """An input that could not be read; the message names it."""


def sample_text() -> str:
    """The bundled sample of Korean financial news (written for this project)."""
    return resources.files("moneyparse").joinpath("data/sample_news_ko.txt").read_text(encoding="utf-8")


def _documents(name: str, args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    """(id, text) for each document of one input: a file, a folder or ``-``."""
    if name == "-":
        data = sys.stdin.buffer.read()
        yield from _split(name, data, args)
        return
    path = Path(name)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES):
            try:
                yield from _split(str(child), child.read_bytes(), args)
            except _Unreadable as exc:
                _complain(str(exc))
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _Unreadable(f"moneyparse: cannot read {name}: {exc.strerror or exc}") from exc
    yield from _split(name, data, args)


_failures: list[str] = []


def _complain(message: str) -> None:
    _failures.append(message)
    print(message, file=sys.stderr)


def _split(name: str, data: bytes, args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"moneyparse: {name} is not UTF-8 (byte {exc.start}); convert it first") from exc
    if name.endswith(".jsonl") or args.text_field:
        field = args.text_field or "text"
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                body = record[field]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise _Unreadable(f"moneyparse: {name}:{number}: no JSON object with a {field!r} field") from exc
            doc_id = record.get(args.id_field, f"{name}:{number}") if isinstance(record, dict) else f"{name}:{number}"
            yield str(doc_id), str(body)
        return
    yield name, text


def _row(doc: str, fig: Figure) -> dict[str, object]:
    d = fig.to_dict()
    d["doc"] = doc
    return d


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
                    f"per {row['per']}" if row["per"] else "",
                )
                if flag
            )
            out.write(
                f"{str(row['doc'])[:24]:<24} {row['start']:>6} {row['kind']:<16} {value:>22} {unit:<12} "
                f"{flags:<18} {row['text']}\n"
            )


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
    p.add_argument("--parse", action="store_true", help="read each line as exactly one figure; report failures")
    p.add_argument("--quiet", action="store_true", help="no summary line on standard error")
    return p


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
    _failures.clear()
    started = time.perf_counter()
    docs = figures = 0
    sources: list[Iterator[tuple[str, str]]] = []
    if args.sample:
        sources.append(iter([("sample", sample_text())]))
    for name in args.inputs:
        sources.append(_documents(name, args))
    parse_failed = False
    for source in sources:
        try:
            for doc_id, text in source:
                docs += 1
                if args.parse:
                    parse_failed |= _parse_lines(doc_id, text, args, out, fmt, writer)
                    continue
                found = extract(text, default_currency=args.default_currency, scale=args.scale, kinds=kinds)
                figures += len(found)
                _write(out, fmt, [_row(doc_id, f) for f in found], writer)
        except _Unreadable as exc:
            _complain(str(exc))
    out.flush()
    if not args.quiet:
        seconds = time.perf_counter() - started
        print(f"moneyparse: {docs} documents, {figures} figures, {seconds:.2f} s", file=sys.stderr)
    return 1 if _failures or parse_failed else 0


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
