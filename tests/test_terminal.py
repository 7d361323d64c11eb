"""Tests of terminal.py: rich tables that fit 100 columns and name every status in words."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
from rich.console import Console, RenderableType

from econcheck import terminal
from econcheck.models import DataMode, Frequency, Period, SeriesInfo
from fixtures_results import make_extract_result, make_result


def _console(width: int) -> Console:
    return Console(width=width, record=True, color_system="truecolor", file=io.StringIO())


def _text(renderable: RenderableType, width: int = 100) -> str:
    console = _console(width)
    console.print(renderable)
    return console.export_text()


def test_render_table_fits_100_columns_and_names_statuses() -> None:
    """The verdict table is at most 100 columns wide and shows every status word."""
    text = _text(terminal.render_table(make_result()))
    assert max(len(line) for line in text.splitlines()) <= 100
    for word in ("CONTRADICTED", "match", "unverifiable"):
        assert word in text
    assert "97.3724" in text
    assert "+43.78%" in text


def test_render_table_colours_status_with_colour_blind_safe_styles() -> None:
    """A contradiction is vermillion and reversed; a match is blue, never green."""
    console = _console(100)
    console.print(terminal.render_table(make_result()))
    html = console.export_html(inline_styles=True)
    assert "#d55e00" in html.lower()
    assert "#0072b2" in html.lower()
    assert terminal.STATUS_STYLES["contradicted"].split()[:2] == ["bold", "reverse"]
    assert "green" not in " ".join(terminal.STATUS_STYLES.values())


def test_render_table_escapes_nothing_into_markup() -> None:
    """Article text with brackets is shown literally, not read as rich markup."""
    text = _text(terminal.render_table(make_result()))
    assert "stood</b>" in text


def test_render_check_mentions_offline_snapshot() -> None:
    """When data came from the snapshot, the output says so."""
    assert "offline snapshot" in _text(terminal.render_check(make_result()))
    live = make_result(data_mode=DataMode.LIVE, snapshot_as_of=None)
    assert "offline snapshot" not in _text(terminal.render_check(live))


def test_render_check_lists_each_reason_below_the_table() -> None:
    """Every verdict's full reason follows the table, numbered like its row."""
    result = make_result()
    text = _text(terminal.render_check(result))
    for index, verdict in enumerate(result.verdicts, 1):
        if verdict is not None:
            assert f"{index}. " in text
            assert verdict.reason.split()[0] in text


def test_summary_text_is_the_summary_line() -> None:
    """The closing line is the report's one-line summary."""
    assert terminal.summary_text(make_result()).plain.startswith("5 claims: 3 contradicted")


def test_render_claims_lists_each_claim() -> None:
    """The extract table has a row per claim with indicator, value and attribution."""
    text = _text(terminal.render_claims(make_extract_result().claims))
    assert "gdp growth RUS" in text
    assert "USD/RUB" in text
    assert "leaked" in text


def test_render_series_shows_provenance_and_elides_middle_rows() -> None:
    """A long series shows its source, the first and last rows, and the count."""
    frame = pd.DataFrame(
        {"date": pd.date_range("2024-01-01", periods=50, freq="D"), "value": range(50)}
    )
    frame.attrs.update(source="CBR", series="R01235", publisher="Bank of Russia", name="USD")
    text = _text(terminal.render_series(frame, rows=6))
    assert "Bank of Russia: USD" in text
    assert "2024-01-01" in text
    assert "2024-02-19" in text
    assert "2024-01-10" not in text
    assert "…" in text
    assert "50 observations" in text


def test_render_sources_lists_series_and_aliases() -> None:
    """Each source shows its docs URL and its series with aliases and coverage."""
    info = SeriesInfo(
        source="CBR",
        series="R01235",
        name="Official USD/RUB",
        publisher="Bank of Russia",
        unit="RUB per 1 USD",
        frequency=Frequency.DAILY,
        page_url="https://www.cbr.ru/",
        aliases=("USD",),
        coverage=Period(start=dt.date(1992, 7, 1), end=dt.date(2026, 8, 21)),
    )
    source = SimpleNamespace(
        id="CBR", name="Bank of Russia", docs_url="https://www.cbr.ru/development/SXML/",
        series_catalog=lambda: (info,),
    )  # fmt: skip
    text = _text(terminal.render_sources([source]))  # type: ignore[list-item]
    assert "CBR: Bank of Russia" in text
    assert "CBR/R01235" in text
    assert "1992-07-01 to 2026-08-21" in text


def test_render_cache_totals_bytes() -> None:
    """The cache table lists each source's counts and the total size."""
    row = SimpleNamespace(
        source="CBR", responses=2, raw_bytes=2048, frames=1, processed_bytes=1024,
        newest=dt.datetime(2026, 8, 22, 9, 30, tzinfo=dt.UTC),
    )  # fmt: skip
    info = SimpleNamespace(data_dir=Path("/tmp/data"), sources=(row,), total_bytes=3072)
    text = _text(terminal.render_cache(info))
    assert "2,048" in text
    assert "3,072 bytes in total" in text
    assert "2026-08-22T09:30:00+00:00" in text


def test_fetch_progress_is_silent_off_a_terminal() -> None:
    """Off a terminal the progress callback does nothing and prints nothing."""
    import io

    from rich.console import Console

    from econcheck.models import SeriesRequest

    buffer = io.StringIO()
    with terminal.fetch_progress(Console(file=buffer, force_terminal=False)) as advance:
        advance(SeriesRequest(source="CBR", series="R01235"))
    assert buffer.getvalue() == ""


def test_fetch_progress_counts_series_on_a_terminal() -> None:
    """On a terminal the spinner counts each fetched series."""
    import io

    from rich.console import Console

    from econcheck.models import SeriesRequest

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100)
    with terminal.fetch_progress(console) as advance:
        advance(SeriesRequest(source="CBR", series="R01235"))
        advance(SeriesRequest(source="IMF", series="WEO:2024-10/RUS.NGDP_RPCH"))
    assert "2 done" in buffer.getvalue()
