"""The ``econcheck`` command: the ONLY module that imports typer; thin by design.

Every command: typed options -> Settings (environment, then flags) -> one library call ->
render with report.py/terminal.py -> stdout. Messages and logs go to stderr. Exit codes:
0 ok, 1 an error (one line on stderr), 2 usage, 3 ``check --strict`` found a contradiction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import sys
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console, RenderableType

from econcheck.errors import EconcheckError, InputError
from econcheck.models import CheckResult, Claim, SeriesRequest, VerdictStatus
from econcheck.report import OutputFormat as Format
from econcheck.settings import CachePolicy, Settings
from econcheck.textinput import decode_text

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

app = typer.Typer(
    name="econcheck",
    help="Cross-check numeric economic claims in news text against official data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
cache_app = typer.Typer(help="Show or clear the cache of downloaded series.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


class ListFormat(StrEnum):
    """Output formats of ``sources``."""

    TABLE = "table"
    JSON = "json"


class SeriesFormat(StrEnum):
    """Output formats of ``fetch``."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    PARQUET = "parquet"


EXIT_ERROR, EXIT_USAGE, EXIT_CONTRADICTED = 1, 2, 3

# Options shared by several commands, defined once.
InputArg = Annotated[
    str, typer.Argument(metavar="PATH|-", help="Article text file, or - to read stdin.")
]
OptionalInputArg = Annotated[
    str | None,
    typer.Argument(
        metavar="[PATH|-]",
        help="Article text file, or - to read stdin (not needed with --claims).",
    ),
]
DateOpt = Annotated[
    dt.datetime | None,
    typer.Option(
        "--date",
        formats=["%Y-%m-%d"],
        metavar="YYYY-MM-DD",
        help="Publication date YYYY-MM-DD (wins over a dateline in the text).",
    ),
]
OfflineOpt = Annotated[
    bool,
    typer.Option("--offline", help="Never use the network: cache, else the embedded snapshot."),
]
RefreshOpt = Annotated[bool, typer.Option("--refresh", help="Always refetch from the publishers.")]
DataDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        metavar="DIR",
        help="Folder of the raw/ and processed/ caches (ECONCHECK_DATA_DIR).",
    ),
]
OutOpt = Annotated[
    Path | None,
    typer.Option("--out", metavar="FILE", help="Write the output to FILE instead of stdout."),
]
DryRunOpt = Annotated[
    bool,
    typer.Option("--dry-run", help="Print the redacted URLs that would be fetched; send nothing."),
]
VerboseOpt = Annotated[
    int, typer.Option("-v", "--verbose", count=True, help="Log to stderr (-v info, -vv debug).")
]


def _stdout() -> Console:
    console = Console(file=sys.stdout, highlight=False)
    console.width = min(console.width, 100)
    return console


def _say(message: str) -> None:
    """Print a message for the user on stderr."""
    typer.echo(message, err=True)


@contextlib.contextmanager
def _errors_as_exit_codes() -> Iterator[None]:
    """Turn an EconcheckError into one line on stderr and exit code 1."""
    try:
        yield
    except EconcheckError as exc:
        _say(f"econcheck: error: {' '.join(str(exc).split())}")
        raise typer.Exit(EXIT_ERROR) from None


def _fail_usage(message: str) -> NoReturn:
    _say(f"econcheck: usage error: {message}")
    raise typer.Exit(EXIT_USAGE)


def _setup_logging(verbose: int) -> None:
    if verbose:
        level = logging.DEBUG if verbose > 1 else logging.INFO
        logging.basicConfig(
            stream=sys.stderr, level=level, format="%(levelname)s %(name)s: %(message)s"
        )


def _settings(*, offline: bool, refresh: bool, data_dir: Path | None) -> Settings:
    """Return settings from ECONCHECK_* variables, then the command-line flags."""
    if offline and refresh:
        _fail_usage("--offline and --refresh cannot be used together")
    settings = Settings.from_env()
    if offline:
        settings = settings.replace(policy=CachePolicy.OFFLINE)
    if refresh:
        settings = settings.replace(policy=CachePolicy.REFRESH)
    if data_dir is not None:
        settings = settings.replace(data_dir=data_dir.expanduser())
    return settings


def read_input(path: str) -> str:
    """Read the article from PATH or, for ``-``, from stdin."""
    if path == "-":
        return decode_text(sys.stdin.buffer.read(), "standard input")
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        msg = f"cannot read {path}: {exc.strerror or exc}"
        raise InputError(msg) from exc
    return decode_text(data, path)


def _emit(text: str, out: Path | None) -> None:
    """Write rendered output to FILE (saying so on stderr) or to stdout."""
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        msg = f"cannot write --out {out}: {exc.strerror or exc}"
        raise InputError(msg) from exc
    _say(f"wrote {out}")


def _print(renderable: RenderableType, out: Path | None, *, last_line: str | None = None) -> None:
    """Print a renderable, then ``last_line`` unwrapped, to stdout or as plain text to FILE."""
    buffer = io.StringIO() if out is not None else None
    console = _stdout() if buffer is None else Console(file=buffer, width=100, color_system=None)
    console.print(renderable)
    if last_line is not None:
        console.print(last_line, soft_wrap=True, style="bold", markup=False, highlight=False)
    if buffer is not None:
        _emit(buffer.getvalue(), out)


@app.command()
def check(
    path: OptionalInputArg = None,
    date: DateOpt = None,
    offline: OfflineOpt = False,
    refresh: RefreshOpt = False,
    data_dir: DataDirOpt = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="table, json, csv, or jsonld (ClaimReview).")
    ] = Format.TABLE,
    out: OutOpt = None,
    charts_dir: Annotated[
        Path | None,
        typer.Option(
            "--charts",
            metavar="DIR",
            help="Write a PNG and an SVG chart per claim, and a summary, to DIR.",
        ),
    ] = None,
    report_file: Annotated[
        Path | None,
        typer.Option(
            "--report",
            metavar="FILE",
            help="Write a report: FILE.md (charts beside it) or FILE.html.",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only the summary line.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit 3 if a claim is contradicted, 1 if one hit an error."),
    ] = False,
    claims_file: Annotated[
        Path | None,
        typer.Option(
            "--claims",
            metavar="FILE",
            help="Check the claims in this JSON (extract output, edited).",
        ),
    ] = None,
    dry_run: DryRunOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Check every economic claim in an article against official data."""
    _setup_logging(verbose)
    if report_file is not None and report_file.suffix.lower() not in {".md", ".html", ".htm"}:
        _fail_usage("--report FILE must end in .md or .html")  # checked before any work
    if path is None and claims_file is None:
        _fail_usage("give the article (PATH, or - for stdin) or --claims FILE")
    with _errors_as_exit_codes():
        settings = _settings(offline=offline, refresh=refresh, data_dir=data_dir)
        text = read_input(path) if path is not None else ""
        published, claims = _given_claims(claims_file, date)
        if dry_run:
            _dry_run_check(text, published, claims, settings)
            return
        from econcheck import pipeline
        from econcheck.terminal import fetch_progress

        with fetch_progress(Console(stderr=True)) as progress:
            result = pipeline.check_text(
                text, published=published, settings=settings, claims=claims, progress=progress
            )
        _render_check(result, fmt=fmt, out=out, quiet=quiet)
        _write_charts_and_report(result, charts_dir, report_file)
    raise typer.Exit(exit_code(result, strict=strict))


def _given_claims(
    claims_file: Path | None, date: dt.datetime | None
) -> tuple[dt.date | None, list[Claim] | None]:
    """Return the publication date and the hand-edited claims, when --claims is given."""
    published = None if date is None else date.date()
    if claims_file is None:
        return published, None
    from econcheck.report import read_claims_json

    file_date, claims = read_claims_json(read_input(str(claims_file)))
    return published or file_date, claims


def _render_check(result: CheckResult, *, fmt: Format, out: Path | None, quiet: bool) -> None:
    from econcheck import report, terminal

    if not result.claims:
        _say("no claims found in the text")
    for note in result.notes:
        _say(note)
    if quiet:
        sys.stdout.write(report.summary_line(result) + "\n")
        if out is None:
            return
    if fmt is Format.TABLE:
        _print(terminal.render_check(result), out, last_line=report.summary_line(result))
    else:
        _emit(report.render(result, fmt), out)


def _write_charts_and_report(
    result: CheckResult, charts_dir: Path | None, report_file: Path | None
) -> None:
    """Save the charts and the report (the only files ``check`` writes besides --out)."""
    if charts_dir is None and report_file is None:
        return
    from econcheck import publish

    if charts_dir is not None:
        paths = publish.save_charts(result, charts_dir)
        _say(f"wrote {len(paths)} chart files to {charts_dir}")
    if report_file is not None:
        publish.save_report(result, report_file)
        _say(f"wrote {report_file}")


def exit_code(result: CheckResult, *, strict: bool) -> int:
    """Return 0, or with --strict 1 when a claim hit an error, else 3 when one is contradicted."""
    if not strict:
        return 0
    statuses = {verdict.status for verdict in result.verdicts if verdict is not None}
    if VerdictStatus.ERROR in statuses:
        return EXIT_ERROR
    return EXIT_CONTRADICTED if VerdictStatus.CONTRADICTED in statuses else 0


def _dry_run_check(
    text: str, published: dt.date | None, claims: list[Claim] | None, settings: Settings
) -> None:
    from econcheck import pipeline

    if claims is None:
        published, claims = pipeline.extract_text(text, published=published)
    _print_planned(pipeline.plan_requests(claims), settings)


def _print_planned(requests: Sequence[SeriesRequest], settings: Settings) -> None:
    from econcheck.dryrun import planned_requests

    if settings.policy is CachePolicy.OFFLINE:
        _say("offline: nothing would be sent; the cache, else the snapshot, would be read")
    if not requests:
        _say("no series would be fetched")
    sys.stdout.writelines(line + "\n" for line in planned_requests(requests, settings))


@app.command()
def extract(
    path: InputArg,
    date: DateOpt = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="table, json or csv.")
    ] = Format.TABLE,
    out: OutOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """List the economic claims found in an article (no data needed)."""
    _setup_logging(verbose)
    if fmt is Format.JSONLD:
        _fail_usage("--format jsonld needs verdicts: use econcheck check")
    with _errors_as_exit_codes():
        from econcheck import pipeline, report, terminal

        text = read_input(path)
        published, claims = pipeline.extract_text(
            text, published=None if date is None else date.date()
        )
        if not claims:
            _say("no claims found in the text")
        if fmt is Format.JSON:
            _emit(report.render_claims_json(claims, published), out)
        elif fmt is Format.CSV:
            unchecked = (None,) * len(claims)
            result = CheckResult(published=published, claims=tuple(claims), verdicts=unchecked)
            _emit(report.render_csv(result), out)
        elif claims:
            _print(terminal.render_claims(claims), out)


@app.command()
def fetch(
    source: Annotated[str, typer.Argument(help="Source id: CBR, IMF, ECB, FRED or SNAPSHOT.")],
    series: Annotated[str, typer.Argument(help="Series code or alias (R01235, or USD for CBR).")],
    start: Annotated[
        dt.datetime | None,
        typer.Option("--start", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="First date."),
    ] = None,
    end: Annotated[
        dt.datetime | None,
        typer.Option("--end", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Last date."),
    ] = None,
    fmt: Annotated[
        SeriesFormat,
        typer.Option("--format", "-f", help="table, csv, json or parquet (needs --out)."),
    ] = SeriesFormat.TABLE,
    out: OutOpt = None,
    refresh: RefreshOpt = False,
    offline: OfflineOpt = False,
    data_dir: DataDirOpt = None,
    dry_run: DryRunOpt = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Fetch one official series from its publisher, the cache or the snapshot."""
    _setup_logging(verbose)
    if fmt is SeriesFormat.PARQUET and out is None and not dry_run:
        _fail_usage("--format parquet writes a binary file: pass --out FILE.parquet")
    first, last = (None if d is None else d.date() for d in (start, end))
    with _errors_as_exit_codes():
        settings = _settings(offline=offline, refresh=refresh, data_dir=data_dir)
        if dry_run:
            from econcheck.dryrun import series_request

            _print_planned([series_request(source, series, start=first, end=last)], settings)
            return
        from econcheck.api import fetch_series

        with Console(stderr=True).status(f"fetching {source} {series}"):  # terminals only
            frame = fetch_series(source, series, start=first, end=last, settings=settings)
        _render_series(frame, fmt, out)


def _render_series(frame: pd.DataFrame, fmt: SeriesFormat, out: Path | None) -> None:
    from econcheck import report, terminal

    if fmt is SeriesFormat.PARQUET and out is not None:
        frame.to_parquet(out, index=False)
        _say(f"wrote {out}")
    elif fmt is SeriesFormat.CSV:
        _emit(report.render_series_csv(frame), out)
    elif fmt is SeriesFormat.JSON:
        _emit(report.render_series_json(frame), out)
    else:
        _print(terminal.render_series(frame), out)


@app.command("sources")
def sources_command(
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", help="table or json.")
    ] = ListFormat.TABLE,
) -> None:
    """List the data sources, the series they know, aliases, coverage and documentation."""
    with _errors_as_exit_codes():
        from econcheck import report, terminal
        from econcheck.sources import list_sources

        sources = list_sources()
        if fmt is ListFormat.JSON:
            _emit(report.render_sources_json(sources), None)
        else:
            _print(terminal.render_sources(sources), None)


@cache_app.command("info")
def cache_info_command(data_dir: DataDirOpt = None) -> None:
    """Show how many responses and series the cache holds per source, and their size."""
    with _errors_as_exit_codes():
        from econcheck import terminal
        from econcheck.sources.cache import cache_info

        settings = _settings(offline=False, refresh=False, data_dir=data_dir)
        _print(terminal.render_cache(cache_info(settings)), None)


@cache_app.command("clear")
def cache_clear_command(
    source: Annotated[str | None, typer.Argument(help="Clear only this source (e.g. CBR).")] = None,
    data_dir: DataDirOpt = None,
) -> None:
    """Delete cached responses and series, of one source or of all."""
    with _errors_as_exit_codes():
        from econcheck.sources.cache import clear_cache

        settings = _settings(offline=False, refresh=False, data_dir=data_dir)
        removed = clear_cache(settings, source)
        sys.stdout.write(f"removed {removed} cached files from {settings.data_dir}\n")


def main() -> None:
    """Run the command line (the ``econcheck`` console script)."""
    app(prog_name="econcheck")
