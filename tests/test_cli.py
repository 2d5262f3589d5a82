"""The command line of SPEC §4, run in-process through ``cli.main``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from moneyparse import extract
from moneyparse.cli import main, sample_text

SENTENCES = [line for line in sample_text().splitlines() if line.strip()]


def _folder(root: Path, count: int) -> Path:
    """*count* small news files under *root*, some in a subfolder, each with its own figures."""
    for n in range(count):
        folder = root / ("sub" if n % 7 == 0 else "")
        folder.mkdir(parents=True, exist_ok=True)
        body = f"{SENTENCES[n % len(SENTENCES)]} 이번 분기 매출은 약 {n + 1}억원, 영업이익률은 {n % 50}.5%다.\n"
        (folder / f"doc{n:04d}.txt").write_text(body, encoding="utf-8")
    return root


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_jobs_two_writes_what_jobs_one_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path / "news", 240)
    status1, out1, err1 = _run(capsys, "--jobs", "1", "--format", "jsonl", str(folder))
    status2, out2, err2 = _run(capsys, "--jobs", "2", "--format", "jsonl", str(folder))
    assert status1 == status2 == 0
    assert out1 == out2
    rows = [json.loads(line) for line in out1.splitlines()]
    assert len({row["doc"] for row in rows}) == 240
    assert "240 documents" in err1 and "240 documents" in err2


def test_output_is_the_figures_of_extract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "매출은 약 230억달러(약 25조원)이며 영업이익률은 35.47%다."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    status, out, _ = _run(capsys, "--format", "jsonl", str(tmp_path / "a.txt"))
    rows = [json.loads(line) for line in out.splitlines()]
    expected = [dict(f.to_dict(), doc=str(tmp_path / "a.txt")) for f in extract(text)]
    assert status == 0
    assert rows == expected


def test_jsonl_input_keeps_each_record_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"key": "dart-1", "body": "영업이익 3,225억원"},
        {"key": "dart-2", "body": "숫자 없는 문장"},
        {"key": "dart-3", "body": "목표주가 8만원, 상승여력 35%"},
    ]
    path = tmp_path / "filings.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    status, out, _ = _run(capsys, "--format", "jsonl", "--text-field", "body", "--id-field", "key", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(r["doc"], r["text"]) for r in rows] == [("dart-1", "3,225억원"), ("dart-3", "8만원"), ("dart-3", "35%")]


def test_jsonl_record_without_an_id_is_named_by_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plain.jsonl"
    path.write_text('{"text": "1조원"}\n\n{"text": "2조원"}\n', encoding="utf-8")
    _, out, _ = _run(capsys, "--format", "jsonl", str(path))
    assert [json.loads(line)["doc"] for line in out.splitlines()] == [f"{path}:1", f"{path}:3"]


def test_file_not_in_utf8_is_named_and_the_others_still_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("매출 1조원", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("매출 2조원".encode("euc-kr"))
    (tmp_path / "c.txt").write_text("매출 3조원", encoding="utf-8")
    status, out, err = _run(capsys, "--format", "jsonl", str(tmp_path))
    assert status == 1
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["1조원", "3조원"]
    assert f"{tmp_path / 'b.txt'} is not UTF-8" in err
    assert "2 documents" in err


def test_missing_input_is_reported_with_exit_status_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("5천만원", encoding="utf-8")
    status, out, err = _run(capsys, "--format", "jsonl", str(tmp_path / "nope.txt"), str(tmp_path / "a.txt"))
    assert status == 1
    assert "cannot read" in err and "nope.txt" in err
    assert json.loads(out)["value"] == "50000000"


def test_csv_output_has_a_header_and_one_row_a_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("3~4조원, 1억원대", encoding="utf-8")
    status, out, _ = _run(capsys, "--format", "csv", str(tmp_path / "a.txt"))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [(r["text"], r["bound"], r["low"], r["high"], r["value"]) for r in rows] == [
        ("3~4조원", "range", "3000000000000", "4000000000000", ""),
        ("1억원대", "band", "100000000", "200000000", ""),
    ]


def test_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("환율 1,350원".encode())))
    status, out, _ = _run(capsys, "--format", "jsonl", "-")
    assert status == 0
    assert json.loads(out)["doc"] == "-"


def test_kinds_keeps_only_those_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("매출 1조원, 35% 증가, 직원 300명", encoding="utf-8")
    _, out, _ = _run(capsys, "--format", "jsonl", "--kinds", "percent,count", str(tmp_path / "a.txt"))
    assert [json.loads(line)["kind"] for line in out.splitlines()] == ["percent", "count"]


def test_quiet_prints_no_summary(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--sample", "--quiet", "--format", "jsonl")
    assert status == 0 and out
    assert err == ""


def test_no_progress_bar_when_standard_error_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path / "news", 20)
    _, _, err = _run(capsys, "--jobs", "1", str(folder))
    assert err.splitlines() == [line for line in err.splitlines() if line.startswith("moneyparse: 20 documents")]


@pytest.mark.parametrize(
    "argv",
    [
        ["--jobs", "0", "--sample"],
        ["--jobs", "two", "--sample"],
        ["--kinds", "money,cash", "--sample"],
        ["--scale", "사과", "--sample"],
        [],
    ],
)
def test_usage_errors_exit_with_status_two(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("stderr_tty", "stdout_tty", "quiet", "drawn"),
    [(True, False, False, True), (True, False, True, False), (False, False, False, False), (True, True, False, False)],
)
def test_progress_bar_only_on_a_terminal_when_the_figures_go_elsewhere(
    monkeypatch: pytest.MonkeyPatch, stderr_tty: bool, stdout_tty: bool, quiet: bool, drawn: bool
) -> None:
    from moneyparse import cli

    monkeypatch.setattr("sys.stderr", io.StringIO())
    monkeypatch.setattr("sys.stderr.isatty", lambda: stderr_tty)
    monkeypatch.setattr("sys.stdout.isatty", lambda: stdout_tty)
    args = cli._parser().parse_args(["--sample"] + (["--quiet"] if quiet else []))
    bar = cli._progress(args, [])
    assert (bar is not None) == drawn
    if bar is not None:
        bar.close()
