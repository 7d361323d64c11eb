"""Tests of charts.py and chart_data.py: assertions on Figures (Agg), not on pixels."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
import pytest
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from econcheck import chart_data, charts
from econcheck.models import (
    Claim,
    FetchedSeries,
    Frequency,
    Period,
    SeriesRequest,
    Tolerance,
    Verdict,
    VerdictStatus,
)
from fixtures_results import (
    CLAIMS,
    CPI_CLAIM,
    CPI_MOM,
    FX_CLAIM,
    GDP_CLAIM,
    RATE_CLAIM,
    RECORD_CLAIM,
    RECORD_DATE,
    RETRIEVED,
    SERIES,
    USD_RUB,
    VERDICTS,
    make_result,
)

# Charts build Figures without pyplot; Agg is set so nothing could ever open a window.
matplotlib.use("Agg")


def _texts(ax: Axes) -> list[str]:
    return [text.get_text() for text in ax.texts]


def _legend(ax: Axes) -> list[str]:
    legend = ax.get_legend()
    assert legend is not None
    return [text.get_text() for text in legend.get_texts()]


def _xlim_dates(ax: Axes) -> tuple[dt.date, dt.date]:
    low, high = ax.get_xlim()
    return mdates.num2date(low).date(), mdates.num2date(high).date()


def _plot(index: int) -> tuple[Figure, Axes]:
    claim, verdict = CLAIMS[index], VERDICTS[index]
    fig = charts.plot_comparison(claim, verdict, SERIES.get(claim.id, ()))
    return fig, fig.axes[0]


def test_plot_comparison_fx_titles_marks_and_caption() -> None:
    """An exchange-rate chart has its title, the series, both values labelled and a caption."""
    fig, ax = _plot(0)
    assert "140 per U.S. dollar" in ax.get_title(loc="left")
    assert "contradicted" in ax.get_title(loc="left")
    assert ax.lines[0].get_label() == "Official USD/RUB rate"
    texts = _texts(ax)
    assert "Claimed: 140 RUB per USD" in texts
    assert "Recorded: 97.3724 RUB per USD (2024-10-30)" in texts
    assert ax.get_ylabel() == "RUB per 1 USD"
    caption = fig.get_supxlabel()
    for words in ("Bank of Russia", "CBR/R01235", "snapshot", "retrieved 2026-08-22"):
        assert words in caption


def test_plot_comparison_is_800_px_wide() -> None:
    """Charts are 800 pixels wide at their saving resolution."""
    fig, _ = _plot(0)
    assert fig.get_size_inches()[0] * charts.DPI == 800


def test_plot_comparison_window_surrounds_claimed_day() -> None:
    """A daily series is drawn from months before the claimed day to just after the data."""
    _, ax = _plot(0)
    start, end = _xlim_dates(ax)
    assert dt.date(2024, 6, 25) <= start <= dt.date(2024, 7, 5)
    assert dt.date(2024, 11, 8) <= end <= dt.date(2024, 11, 30)


def test_plot_comparison_tolerance_band_in_legend() -> None:
    """The tolerance band is drawn and named with its bounds."""
    _, ax = _plot(0)
    assert "Match band: 139.5 to 140.5 RUB per 1 USD" in _legend(ax)
    assert any(patch.get_label().startswith("Match band") for patch in ax.patches)


def test_plot_comparison_one_sided_tolerance_is_open_above() -> None:
    """An 'at least' band runs from its lower bound to the top of the axes."""
    verdict = dataclasses.replace(
        VERDICTS[2], tolerance=Tolerance(lower=0.7, upper=None, rule="at least")
    )
    fig = charts.plot_comparison(CPI_CLAIM, verdict, (CPI_MOM,))
    assert "Match band: ≥ 0.7%" in _legend(fig.axes[0])


def test_plot_comparison_record_high_is_marked_over_full_history() -> None:
    """A record claim shows the whole history and labels the record high with its date."""
    _, ax = _plot(1)
    start, _ = _xlim_dates(ax)
    assert start <= RECORD_DATE
    assert "Record high: 120.3785 RUB per 1 USD (2022-03-11)" in _texts(ax)
    assert "Record high" in _legend(ax)


def test_plot_comparison_monthly_marks_period_midpoint() -> None:
    """A monthly claim is drawn in the middle of its month, with the recorded month named."""
    _, ax = _plot(2)
    assert "Recorded: 0.75% (2024-10)" in _texts(ax)
    assert ax.get_ylabel() == "percent"


def test_plot_comparison_forecast_shows_vintages_and_outcome() -> None:
    """A forecast claim shows each forecast vintage, the outcome and the publication date."""
    _, ax = _plot(3)
    labels = _legend(ax)
    assert "IMF forecast, 2024-10" in labels
    assert "Ministry of Economic Development forecast, 2024-09" in labels
    assert "Outcome: Real GDP growth, y/y (Rosstat)" in labels
    assert "Article published 2024-11-05" in labels
    assert "Claimed: -15%" in _texts(ax)


def test_plot_comparison_without_series_explains_why() -> None:
    """With no series the chart says so and gives the verdict's reason."""
    fig, ax = _plot(4)
    assert VERDICTS[4].reason in " ".join(_texts(ax)).replace("\n", " ")
    assert not ax.axison
    assert fig.get_supxlabel().startswith("Source: none found")


def test_plot_comparison_event_series_is_a_step_to_window_end() -> None:
    """A policy rate (change points) is drawn as steps carried to the end of the window."""
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2023-07-24", "2024-07-29", "2024-10-28"]),
            "value": [8.5, 18.0, 21.0],
        }
    )
    rate = FetchedSeries(
        request=SeriesRequest(source="CBR", series="KEY_RATE"),
        frame=frame,
        name="Key rate",
        publisher="Bank of Russia",
        unit="percent per annum",
        frequency=Frequency.EVENT,
        url="https://example.org/key",
        page_url="https://example.org/key",
        retrieved_at=RETRIEVED,
        data_mode=USD_RUB.data_mode,
    )
    verdict = Verdict(
        claim_id=RATE_CLAIM.id, status=VerdictStatus.MATCH, reason="21% since 28 Oct."
    )
    fig = charts.plot_comparison(RATE_CLAIM, verdict, (rate,))
    line = fig.axes[0].lines[0]
    assert line.get_drawstyle() == "steps-post"
    assert list(line.get_ydata())[-2:] == [21.0, 21.0]


def test_plot_comparison_draws_on_a_given_axes() -> None:
    """Given an axes, the chart is drawn there and its own figure is returned."""
    fig = Figure()
    left, right = fig.subplots(1, 2)
    returned = charts.plot_comparison(FX_CLAIM, VERDICTS[0], (USD_RUB,), ax=right)
    assert returned is fig
    assert right.lines
    assert not left.lines


def test_plot_summary_has_one_row_per_claim_in_unit_panels() -> None:
    """The summary has a panel per unit and a labelled row per claim with its status."""
    fig = charts.plot_summary(make_result())
    assert [ax.get_xlabel() for ax in fig.axes] == ["RUB per USD", "percent"]
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert labels == [
        f"{i}. {chart_data.claim_label(c, width=28)}" for i, c in enumerate(CLAIMS, 1)
    ]
    notes = [t for ax in fig.axes for t in _texts(ax)]
    assert "contradicted (+43.78%)" in notes
    assert "unverifiable" in notes
    assert fig.get_suptitle().startswith("5 claims: 3 contradicted")


def test_plot_summary_without_claims_says_so() -> None:
    """An article without claims gives a summary that says so."""
    fig = charts.plot_summary(make_result(claims=(), verdicts=(), series={}))
    assert "No claims found." in _texts(fig.axes[0])


def test_save_all_writes_png_and_svg_per_claim_and_summary(tmp_path: Path) -> None:
    """save_all writes a PNG and an SVG for every claim and for the summary."""
    result = make_result(claims=CLAIMS[:2], verdicts=VERDICTS[:2])
    paths = charts.save_all(result, tmp_path / "charts")
    assert len(paths) == 2 * (2 + 1)
    assert {p.suffix for p in paths} == {".png", ".svg"}
    png = tmp_path / "charts" / "claim-01-c1-fx.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in (tmp_path / "charts" / "summary.svg").read_bytes()[:500]


def test_render_images_keys_by_claim_id_and_summary() -> None:
    """render_images returns PNG bytes keyed by claim id plus the summary."""
    images = charts.render_images(make_result(claims=(FX_CLAIM,), verdicts=(VERDICTS[0],)))
    assert set(images) == {"summary", FX_CLAIM.id}
    assert all(image.startswith(b"\x89PNG") for image in images.values())


def test_chart_data_window_uses_frequency() -> None:
    """A monthly series is shown two years before the claimed month."""
    start, _ = chart_data.window(CPI_CLAIM, VERDICTS[2], CPI_MOM)
    assert start == pd.Timestamp("2022-10-01")


def test_chart_data_record_point_respects_since() -> None:
    """'Highest since' looks only at dates from that day on."""
    since = dataclasses.replace(RECORD_CLAIM, superlative_since=dt.date(2023, 1, 1))
    point = chart_data.record_point(since, USD_RUB)
    assert point is not None
    assert point.when.date() >= dt.date(2023, 1, 1)
    assert point.value < 120


def test_chart_data_plotted_keeps_latest_estimate_per_date() -> None:
    """Revised figures are drawn at their latest estimate; earlier ones are kept apart."""
    frame = pd.DataFrame(
        {
            "date": pd.to_datetime(["2023-01-01", "2023-01-01", "2024-01-01"]),
            "value": [3.2, 3.6, 4.1],
        }
    )
    revised = dataclasses.replace(SERIES[GDP_CLAIM.id][2], frame=frame)
    assert chart_data.plotted(revised)["value"].tolist() == [3.6, 4.1]
    assert chart_data.earlier_estimates(revised)["value"].tolist() == [3.2]


def test_chart_data_caption_names_each_source_once() -> None:
    """The caption lists every series and says the data mode and retrieval date once."""
    text = chart_data.caption(SERIES[GDP_CLAIM.id], VERDICTS[3]).replace("\n", " ")
    assert text.count("retrieved 2026-08-22") == 1
    assert "IMF" in text
    assert "Rosstat" in text


@pytest.mark.parametrize("claim_id", ["c1/fx", "..", "a b:c"])
def test_chart_data_chart_name_is_filesystem_safe(claim_id: str) -> None:
    """Chart file names keep only safe characters from the claim id."""
    claim: Claim = dataclasses.replace(FX_CLAIM, id=claim_id)
    name = chart_data.chart_name(7, claim)
    assert name.startswith("claim-07-")
    assert set(name) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


def test_chart_data_midpoint_of_period() -> None:
    """The middle of a quarter is mid-August."""
    assert chart_data.midpoint(dt.date(2024, 7, 1), dt.date(2024, 9, 30)).date() == dt.date(
        2024, 8, 15
    )


def test_chart_data_recorded_point_needs_observation() -> None:
    """Without an observation date there is no recorded point to draw."""
    verdict = dataclasses.replace(VERDICTS[0], observed=None)
    assert chart_data.recorded_point(verdict) is None
    observed = Period(start=dt.date(2024, 10, 30), end=dt.date(2024, 10, 30))
    assert chart_data.recorded_point(dataclasses.replace(verdict, observed=observed)) is not None


def test_plot_comparison_joins_two_fetches_of_one_series() -> None:
    """A window and the full history of one series become one line; the record uses both."""
    frame = USD_RUB.frame
    window = dataclasses.replace(
        USD_RUB,
        request=dataclasses.replace(USD_RUB.request, start=dt.date(2024, 10, 1)),
        frame=frame[frame["date"] >= pd.Timestamp("2024-10-01")].reset_index(drop=True),
    )
    fig = charts.plot_comparison(RECORD_CLAIM, VERDICTS[1], (window, USD_RUB))
    ax = fig.axes[0]
    assert [line.get_label() for line in ax.lines] == ["Official USD/RUB rate"]
    assert "Record high: 120.3785 RUB per 1 USD (2022-03-11)" in _texts(ax)
    assert len(chart_data.merge_series((window, USD_RUB))[0].frame) == len(frame)
