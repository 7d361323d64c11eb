"""Tests of the command line (typer CliRunner): output, files, errors and exit codes.

The library calls the commands make are replaced by fakes returning hand-built results, so
these tests pin what the CLI does with them (rendering, messages, exit codes); tests at the
end run the real pipeline when it can be imported.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest
import typer.main
from typer.testing import CliRunner

import econcheck
from econcheck import cli
from econcheck.errors import InputError, UnknownSourceError
from econcheck.models import CheckResult, Claim, SeriesRequest, Verdict, VerdictStatus
from econcheck.report import render_claims_json
from econcheck.serialize import load_schema
from econcheck.settings import CachePolicy, Settings
from fixtures_results import CLAIMS, PUBLISHED, VERDICTS, make_result

runner = CliRunner()
ARTICLE_TEXT = "MOSCOW, Nov. 5, 2024. The rouble slid to 140 per U.S. dollar on Wednesday.\n"


class FakePipeline(types.ModuleType):
    """Stands in for econcheck.pipeline and records how it was called."""

    def __init__(self, result: CheckResult) -> None:
        super().__init__("econcheck.pipeline")
        self.result = result
        self.calls: list[dict[str, Any]] = []

    def check_text(self, text: str, **kwargs: Any) -> CheckResult:
        self.calls.append({"text": text} | kwargs)
        if kwargs.get("published") is None and "MOSCOW" not in text:
            msg = "no publication date: pass --date YYYY-MM-DD (no dateline found in the text)"
            raise InputError(msg)
        return self.result

    def plan_requests(self, claims: list[Claim]) -> list[SeriesRequest]:
        self.calls.append({"claims": claims})
        return [
            SeriesRequest(
                source="CBR", series="R01235", start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31)
            ),
            SeriesRequest(source="ROSSTAT", series="CPI_MOM"),
        ]

    def extract_text(
        self, text: str, *, published: dt.date | None = None
    ) -> tuple[dt.date, list[Claim]]:
        self.calls.append({"text": text, "published": published})
        return published or self.result.published, list(self.result.claims)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    """Replace econcheck.pipeline with a fake returning the five-claim result."""
    module = FakePipeline(make_result())
    monkeypatch.setitem(sys.modules, "econcheck.pipeline", module)
    monkeypatch.setattr(econcheck, "pipeline", module, raising=False)
    return module


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """Write a short article with a dateline."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")
    return path


def run(*args: str, input: str | bytes | None = None, columns: int = 100) -> Any:
    """Run the econcheck command line in-process, as in a terminal ``columns`` wide."""
    return runner.invoke(cli.app, list(args), input=input, env={"COLUMNS": str(columns)})


def _one_line_error(result: Any) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("econcheck: error: ")
    return str(lines[0])


def test_cli_check_table_ends_with_summary(fake: FakePipeline, article: Path) -> None:
    """check prints the verdict table and ends with the one-line summary."""
    result = run("check", str(article))
    assert result.exit_code == 0, result.output
    assert "CONTRADICTED" in result.stdout
    assert "U.S. dollar" in result.stdout
    last = result.stdout.strip().splitlines()[-1]
    assert (
        last == "5 claims: 3 contradicted, 1 match, 1 unverifiable; data: snapshot as of 2026-08-22"
    )
    assert "offline snapshot" in result.stdout
    assert "--offline was given" in result.stderr


def test_cli_check_table_fits_100_columns(fake: FakePipeline, article: Path) -> None:
    """In a wide terminal no line of the table is wider than 100 columns."""
    result = run("check", str(article), columns=200)
    assert 80 < max(len(line) for line in result.stdout.splitlines()) <= 100


def test_cli_check_summary_stays_on_one_line(fake: FakePipeline, article: Path) -> None:
    """In a narrow terminal the table wraps but the summary stays one line."""
    result = run("check", str(article), columns=60)
    assert result.stdout.strip().splitlines()[-1].endswith("; data: snapshot as of 2026-08-22")


def test_cli_check_json_is_valid_against_schema(fake: FakePipeline, article: Path) -> None:
    """--format json prints output that validates against the schema."""
    result = run("check", str(article), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(load_schema()).validate(data)
    assert [claim["id"] for claim in data["claims"]] == [claim.id for claim in CLAIMS]


def test_cli_check_csv_has_header_and_rows(fake: FakePipeline, article: Path) -> None:
    """--format csv prints a header and one row per claim."""
    result = run("check", str(article), "-f", "csv")
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("id,indicator,")
    assert len(lines) > len(CLAIMS)


def test_cli_check_passes_date_and_settings(
    fake: FakePipeline, article: Path, tmp_path: Path
) -> None:
    """--date, --offline and --data-dir reach the library call."""
    result = run(
        "check", str(article), "--date", "2024-11-06", "--offline", "--data-dir", str(tmp_path)
    )
    assert result.exit_code == 0
    call = fake.calls[0]
    assert call["published"] == dt.date(2024, 11, 6)
    settings: Settings = call["settings"]
    assert settings.policy is CachePolicy.OFFLINE
    assert settings.data_dir == tmp_path


def test_cli_check_reads_stdin(fake: FakePipeline) -> None:
    """A dash reads the article from standard input (a UTF-8 BOM is dropped)."""
    result = run("check", "-", "--quiet", input="\ufeff" + ARTICLE_TEXT)
    assert result.exit_code == 0
    assert fake.calls[0]["text"] == ARTICLE_TEXT


def test_cli_check_quiet_prints_only_the_summary(fake: FakePipeline, article: Path) -> None:
    """--quiet prints the summary line and nothing else on stdout."""
    result = run("check", str(article), "--quiet")
    assert result.stdout.splitlines() == [
        "5 claims: 3 contradicted, 1 match, 1 unverifiable; data: snapshot as of 2026-08-22"
    ]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Рубль упал до 140 за доллар".encode("cp1251"), "not UTF-8"),
    ],
)
def test_cli_check_bad_input_is_one_line_exit_1(
    fake: FakePipeline, tmp_path: Path, content: bytes, words: str
) -> None:
    """Empty, binary or undecodable input gives exit 1 and one line on stderr."""
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = run("check", str(path))
    assert result.exit_code == 1
    assert words in _one_line_error(result)
    assert fake.calls == []


def test_cli_check_missing_file_is_one_line_exit_1(fake: FakePipeline, tmp_path: Path) -> None:
    """A path that does not exist gives exit 1 and one line naming it."""
    result = run("check", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in _one_line_error(result)


def test_cli_check_missing_date_tells_user_to_pass_date(fake: FakePipeline, tmp_path: Path) -> None:
    """Without --date or a dateline the user is told to pass --date."""
    path = tmp_path / "undated.txt"
    path.write_text("The rouble slid to 140 per dollar.", encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "--date" in _one_line_error(result)


def test_cli_check_utf16_with_bom_is_read(fake: FakePipeline, tmp_path: Path) -> None:
    """A UTF-16 file with a byte-order mark is decoded, not called binary."""
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE_TEXT.encode("utf-16"))
    assert run("check", str(path), "--quiet").exit_code == 0
    assert fake.calls[0]["text"] == ARTICLE_TEXT


def test_cli_check_strict_exits_3_on_contradiction(fake: FakePipeline, article: Path) -> None:
    """--strict exits 3 when a claim is contradicted; without it the exit code is 0."""
    assert run("check", str(article), "--strict", "-q").exit_code == 3
    assert run("check", str(article), "-q").exit_code == 0


def test_cli_check_strict_error_wins_over_contradiction(fake: FakePipeline, article: Path) -> None:
    """--strict exits 1 when a claim could not be checked, even with a contradiction."""
    failed = Verdict(claim_id=CLAIMS[4].id, status=VerdictStatus.ERROR, reason="CBR: timed out")
    fake.result = make_result(verdicts=(*VERDICTS[:4], failed))
    assert run("check", str(article), "--strict", "-q").exit_code == 1


def test_cli_check_strict_all_match_exits_0(fake: FakePipeline, article: Path) -> None:
    """--strict exits 0 when nothing is contradicted."""
    fake.result = make_result(claims=CLAIMS[2:3], verdicts=VERDICTS[2:3])
    assert run("check", str(article), "--strict", "-q").exit_code == 0


def test_cli_check_no_claims_says_so_and_exits_0(fake: FakePipeline, article: Path) -> None:
    """Text without claims is reported on stderr with exit code 0."""
    fake.result = make_result(claims=(), verdicts=(), series={}, notes=())
    result = run("check", str(article))
    assert result.exit_code == 0
    assert "no claims found" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--offline", "--refresh"),
        ("--date", "05/11/2024"),
        ("--format", "xml"),
        ("--report", "out.pdf"),
    ],
)
def test_cli_check_usage_errors_exit_2(
    fake: FakePipeline, article: Path, args: tuple[str, ...]
) -> None:
    """Conflicting flags, a malformed date, an unknown format or report type exit with 2."""
    result = run("check", str(article), *args)
    assert result.exit_code == 2
    assert fake.calls == []


def test_cli_check_out_writes_file(fake: FakePipeline, article: Path, tmp_path: Path) -> None:
    """--out writes the rendered output to a file and says so on stderr."""
    out = tmp_path / "result.json"
    result = run("check", str(article), "--format", "json", "--out", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text("utf-8"))["schema_version"] == "1.0"
    assert f"wrote {out}" in result.stderr


def test_cli_check_table_out_is_plain_text(
    fake: FakePipeline, article: Path, tmp_path: Path
) -> None:
    """A table written with --out has no terminal colour codes."""
    out = tmp_path / "table.txt"
    run("check", str(article), "--out", str(out))
    text = out.read_text("utf-8")
    assert "CONTRADICTED" in text
    assert "\x1b[" not in text


def test_cli_check_jsonld_prints_claim_reviews(fake: FakePipeline, article: Path) -> None:
    """--format jsonld prints a ClaimReview for each checked claim."""
    reviews = json.loads(run("check", str(article), "-f", "jsonld").stdout)
    assert [review["@type"] for review in reviews] == ["ClaimReview"] * len(CLAIMS)


def test_cli_check_writes_charts_and_reports(
    fake: FakePipeline, article: Path, tmp_path: Path
) -> None:
    """--charts writes PNG and SVG files; --report writes Markdown or self-contained HTML."""
    fake.result = make_result(claims=CLAIMS[:1], verdicts=VERDICTS[:1])
    charts_dir = tmp_path / "charts"
    md = tmp_path / "report.md"
    result = run("check", str(article), "-q", "--charts", str(charts_dir), "--report", str(md))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in charts_dir.iterdir()) == [
        "claim-01-c1-fx.png", "claim-01-c1-fx.svg", "summary.png", "summary.svg",
    ]  # fmt: skip
    text = md.read_text("utf-8")
    assert "](report_charts/claim-01-c1-fx.png)" in text
    assert (tmp_path / "report_charts" / "claim-01-c1-fx.png").is_file()
    html = tmp_path / "report.html"
    assert run("check", str(article), "-q", "--report", str(html)).exit_code == 0
    page = html.read_text("utf-8")
    assert CLAIMS[0].surface in page
    assert "data:image/png;base64," in page


def test_cli_check_claims_file_keeps_ids_and_date(
    fake: FakePipeline, article: Path, tmp_path: Path
) -> None:
    """--claims passes the edited claims, with their ids and date, to the check."""
    edited = json.loads(render_claims_json(CLAIMS[:2], PUBLISHED))
    edited["claims"][0]["value"] = 97.4
    claims_file = tmp_path / "claims.json"
    claims_file.write_text(json.dumps(edited), encoding="utf-8")
    assert run("check", str(article), "-q", "--claims", str(claims_file)).exit_code == 0
    call = fake.calls[0]
    assert [claim.id for claim in call["claims"]] == [CLAIMS[0].id, CLAIMS[1].id]
    assert str(call["claims"][0].value) == "97.4"
    assert call["published"] == PUBLISHED


def test_cli_check_claims_file_needs_no_article(fake: FakePipeline, tmp_path: Path) -> None:
    """With --claims the article path may be left out: the claims carry their sentences."""
    claims_file = tmp_path / "claims.json"
    claims_file.write_text(render_claims_json(CLAIMS[:1], PUBLISHED), encoding="utf-8")
    assert run("check", "-q", "--claims", str(claims_file)).exit_code == 0
    assert [claim.id for claim in fake.calls[0]["claims"]] == [CLAIMS[0].id]


def test_cli_check_without_article_or_claims_is_a_usage_error(fake: FakePipeline) -> None:
    """check with neither PATH nor --claims exits 2 with a one-line message."""
    result = run("check")
    assert result.exit_code == 2
    assert "--claims" in result.stderr


def test_cli_check_bad_claims_file_is_one_line(
    fake: FakePipeline, article: Path, tmp_path: Path
) -> None:
    """A claims file that is not extract output is an error on one line."""
    claims_file = tmp_path / "claims.json"
    claims_file.write_text("{}", encoding="utf-8")
    result = run("check", str(article), "--claims", str(claims_file))
    assert result.exit_code == 1
    assert "econcheck extract" in _one_line_error(result)


def test_cli_extract_json_has_null_verdicts(fake: FakePipeline, article: Path) -> None:
    """extract --format json validates against the schema with null verdicts."""
    result = run("extract", str(article), "--format", "json", "--date", "2024-11-05")
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(load_schema()).validate(data)
    assert {claim["verdict"] for claim in data["claims"]} == {None}
    assert fake.calls[0]["published"] == dt.date(2024, 11, 5)


def test_cli_extract_table_lists_claims(fake: FakePipeline, article: Path) -> None:
    """extract prints a table of the claims it found."""
    result = run("extract", str(article))
    assert result.exit_code == 0
    assert "shrink by 15%" in result.stdout
    assert "leaked" in result.stdout


def test_cli_extract_refuses_jsonld(fake: FakePipeline, article: Path) -> None:
    """ClaimReview output needs verdicts, so extract refuses it with exit code 2."""
    assert run("extract", str(article), "-f", "jsonld").exit_code == 2


def _fake_frame() -> pd.DataFrame:
    frame = pd.DataFrame(
        {"date": pd.to_datetime(["2024-10-30", "2024-10-31"]), "value": [97.3724, 97.7]}
    )
    frame.attrs.update(
        source="CBR",
        series="R01235",
        name="USD/RUB",
        publisher="Bank of Russia",
        unit="RUB per 1 USD",
        data_mode="snapshot",
        retrieved_at="2026-08-22T09:30:00",
    )
    return frame


@pytest.fixture
def fake_fetch(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace econcheck.api.fetch_series with a fake that records its arguments."""
    import econcheck.api

    calls: list[dict[str, Any]] = []

    def fetch_series(source: str, series: str, **kwargs: Any) -> pd.DataFrame:
        calls.append({"source": source, "series": series} | kwargs)
        if source.upper() == "NOPE":
            msg = "unknown source 'NOPE'; valid ids: CBR, ECB, FRED, IMF, SNAPSHOT"
            raise UnknownSourceError(msg)
        return _fake_frame()

    monkeypatch.setattr(econcheck.api, "fetch_series", fetch_series)
    return calls


def test_cli_fetch_csv_passes_dates(fake_fetch: list[dict[str, Any]]) -> None:
    """fetch prints CSV and passes the source, series and dates on."""
    result = run("fetch", "cbr", "USD", "--start", "2024-10-01", "--end", "2024-11-05", "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["date,value", "2024-10-30,97.3724", "2024-10-31,97.7"]
    assert fake_fetch[0]["start"] == dt.date(2024, 10, 1)
    assert fake_fetch[0]["end"] == dt.date(2024, 11, 5)


def test_cli_fetch_table_and_json(fake_fetch: list[dict[str, Any]]) -> None:
    """fetch shows a table with provenance, or JSON with it."""
    assert "Bank of Russia" in run("fetch", "CBR", "R01235").stdout
    assert json.loads(run("fetch", "CBR", "R01235", "-f", "json").stdout)["unit"] == "RUB per 1 USD"


def test_cli_fetch_parquet_needs_out(fake_fetch: list[dict[str, Any]], tmp_path: Path) -> None:
    """Parquet is written to --out only; without it the command is a usage error."""
    assert run("fetch", "CBR", "USD", "-f", "parquet").exit_code == 2
    out = tmp_path / "usd.parquet"
    assert run("fetch", "CBR", "USD", "-f", "parquet", "--out", str(out)).exit_code == 0
    assert pd.read_parquet(out)["value"].tolist() == [97.3724, 97.7]


def test_cli_fetch_unknown_source_is_one_line_exit_1(fake_fetch: list[dict[str, Any]]) -> None:
    """An unknown source id gives exit 1 and one line listing the valid ids."""
    result = run("fetch", "nope", "USD")
    assert result.exit_code == 1
    assert "valid ids" in _one_line_error(result)


def _commands() -> list[tuple[str, ...]]:
    group = typer.main.get_command(cli.app)
    found: list[tuple[str, ...]] = []

    def walk(command: Any, path: tuple[str, ...]) -> None:
        found.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, (*path, name))

    walk(group, ())
    return found


def test_cli_lists_every_documented_command() -> None:
    """The command line has check, extract, fetch, sources and cache info|clear."""
    assert {" ".join(path) for path in _commands()} >= {
        "check", "extract", "fetch", "sources", "cache", "cache info", "cache clear",
    }  # fmt: skip


@pytest.mark.parametrize("path", _commands(), ids=lambda path: " ".join(path) or "econcheck")
def test_cli_every_command_and_option_has_help(path: tuple[str, ...]) -> None:
    """Each command prints help, and it and each of its parameters carry help text."""
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout
    command: Any = typer.main.get_command(cli.app)
    for name in path:
        command = command.commands[name]
    assert command.help
    for param in command.params:
        if param.name != "help":
            assert getattr(param, "help", None), f"{' '.join(path)} {param.name} has no help"


def test_cli_python_m_econcheck_prints_help() -> None:
    """python -m econcheck runs the same command line."""
    done = subprocess.run(
        [sys.executable, "-m", "econcheck", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "check" in done.stdout


def test_cli_exit_code_policy() -> None:
    """exit_code: 0 without --strict; with it, 1 for errors, else 3 for contradictions."""
    result = make_result()
    assert cli.exit_code(result, strict=False) == 0
    assert cli.exit_code(result, strict=True) == 3
    error = dataclasses.replace(VERDICTS[0], status=VerdictStatus.ERROR)
    assert cli.exit_code(make_result(verdicts=(error, *VERDICTS[1:])), strict=True) == 1


def test_cli_check_dry_run_prints_urls_and_sends_nothing(
    fake: FakePipeline, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--dry-run prints the request URL of each live series and checks nothing."""
    monkeypatch.setenv("ECONCHECK_CBR_BASE_URL", "http://127.0.0.1:9")
    result = run("check", str(article), "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split(" ", 1)[1].startswith("http://127.0.0.1:9/")
    assert lines[1] == "ROSSTAT/CPI_MOM: read from the cache or the embedded snapshot (no request)"
    assert not any("settings" in call for call in fake.calls)


def test_cli_fetch_dry_run_resolves_alias(monkeypatch: pytest.MonkeyPatch) -> None:
    """fetch --dry-run prints the publisher URL for an alias without sending it."""
    monkeypatch.setenv("ECONCHECK_CBR_BASE_URL", "http://127.0.0.1:9")
    result = run("fetch", "cbr", "USD", "--start", "2024-10-01", "--end", "2024-10-31", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "127.0.0.1:9" in result.stdout
    assert "R01235" in result.stdout


def test_cli_sources_lists_registered_sources() -> None:
    """sources prints every registered source id, in a table or as JSON."""
    from econcheck.sources import SOURCES

    table = run("sources", columns=200)
    assert table.exit_code == 0
    data = json.loads(run("sources", "--format", "json").stdout)
    assert sorted(item["id"] for item in data) == sorted(SOURCES)
    for source_id in SOURCES:
        assert f"{source_id}: " in table.stdout


def test_cli_cache_info_and_clear(tmp_path: Path) -> None:
    """cache info shows what a data folder holds; cache clear SOURCE removes it."""
    (tmp_path / "raw" / "CBR").mkdir(parents=True)
    (tmp_path / "raw" / "CBR" / "abc.xml").write_bytes(b"<x/>")
    (tmp_path / "processed" / "CBR").mkdir(parents=True)
    (tmp_path / "processed" / "CBR" / "R01235.parquet").write_bytes(b"PAR1")
    info = run("cache", "info", "--data-dir", str(tmp_path), columns=200)
    assert info.exit_code == 0, info.output
    assert "CBR" in info.stdout
    cleared = run("cache", "clear", "CBR", "--data-dir", str(tmp_path))
    assert cleared.stdout.startswith("removed 2 cached files")
    assert not (tmp_path / "raw" / "CBR").exists()


def test_cli_cache_clear_bad_source_is_one_line(tmp_path: Path) -> None:
    """Clearing a source id that cannot exist is an error on one line."""
    result = run("cache", "clear", "../etc", "--data-dir", str(tmp_path))
    assert result.exit_code == 1
    _one_line_error(result)


def _real_pipeline() -> None:
    """Skip unless the real pipeline (extraction included) can be imported."""
    pytest.importorskip("econcheck.pipeline", reason="the pipeline's stages are not all present")


def test_cli_real_check_without_date_is_one_line(tmp_path: Path) -> None:
    """With the real pipeline, an undated article gives one line asking for --date."""
    _real_pipeline()
    path = tmp_path / "undated.txt"
    path.write_text("The rouble slid to 140 per U.S. dollar on Wednesday.", encoding="utf-8")
    result = run("check", str(path), "--offline", "--data-dir", str(tmp_path))
    assert result.exit_code == 1
    assert "--date" in _one_line_error(result)


def test_cli_real_check_offline_json_is_valid(tmp_path: Path) -> None:
    """With the real pipeline, an offline check prints schema-valid JSON."""
    _real_pipeline()
    path = tmp_path / "article.txt"
    path.write_text(
        "MOSCOW, Nov. 5, 2024. Consumer prices rose 8.5% in October from a year earlier, "
        "and the Bank of Russia kept its key rate at 21%.",
        encoding="utf-8",
    )
    result = run("check", str(path), "--offline", "--data-dir", str(tmp_path), "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(load_schema()).validate(data)
    assert data["published"] == "2024-11-05"
