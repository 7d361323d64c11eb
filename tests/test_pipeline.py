"""End to end: text -> claims -> series -> verdicts, offline, on articles written for the tests."""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from econcheck import pipeline
from econcheck.errors import InputError
from econcheck.models import CheckKind, DataMode, Indicator, Superlative, VerdictStatus
from econcheck.report import render_json
from econcheck.settings import CachePolicy, Settings

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = dt.date(2024, 11, 5)

# Our own article with the same classes of claim as the project's motivating article: a record
# exchange rate on a named weekday, a month's inflation "alone", and an attributed, unpublished
# GDP forecast over the next months; plus numbers that are not indicator claims.
CRISIS_ARTICLE = (
    "Kazan, November 5, 2024 - Special correspondent\n"
    "Russia's markets were rattled again this week. On Wednesday the rouble sank to a historic "
    "low of 135 per US dollar, according to posts shared by currency traders. Consumer prices "
    "jumped by more than 18% in October alone, one blogger claimed.\n"
    "Leaked papers from the Ministry of Economic Development reportedly warn of an economic "
    "contraction of 12% over the next six months.\n"
    "Some 4,000 conscripts were sent east, and veterans of the 1990s recalled empty shelves.\n"
)


@pytest.fixture
def offline(tmp_path: Path) -> Settings:
    """Settings that never touch the network and keep caches in a temporary folder."""
    return Settings(data_dir=tmp_path, policy=CachePolicy.OFFLINE, retries=0)


def _by_indicator(result: Any) -> dict[Indicator, Any]:
    return {
        claim.indicator: (claim, verdict)
        for claim, verdict in zip(result.claims, result.verdicts, strict=True)
    }


def test_pipeline_crisis_article_finds_exactly_the_three_claims(offline: Settings) -> None:
    """The rate, the inflation figure and the forecast are caught; troops and decades are not."""
    result = pipeline.check_text(CRISIS_ARTICLE, settings=offline)
    assert result.published == PUBLISHED  # from the dateline
    assert sorted(c.indicator for c in result.claims) == sorted(
        [Indicator.FX_RATE, Indicator.INFLATION, Indicator.GDP_GROWTH]
    )


def test_pipeline_record_rate_on_a_weekday_is_contradicted(offline: Settings) -> None:
    """'On Wednesday ... a historic low of 135' is set against the official rate of 2024-10-30."""
    claim, verdict = _by_indicator(pipeline.check_text(CRISIS_ARTICLE, settings=offline))[
        Indicator.FX_RATE
    ]
    assert (claim.base, claim.quote, claim.superlative) == ("USD", "RUB", Superlative.RECORD_HIGH)
    assert claim.period.start == claim.period.end == dt.date(2024, 10, 30)
    assert verdict.status is VerdictStatus.CONTRADICTED
    assert verdict.recorded == pytest.approx(97.3261)
    record = next(c for c in verdict.checks if c.kind is CheckKind.RECORD)
    assert record.recorded == pytest.approx(120.3785)
    assert verdict.data_mode is DataMode.SNAPSHOT


def test_pipeline_month_alone_inflation_lists_every_reading(offline: Settings) -> None:
    """'More than 18% in October alone' is read m/m, with y/y shown as another reading."""
    claim, verdict = _by_indicator(pipeline.check_text(CRISIS_ARTICLE, settings=offline))[
        Indicator.INFLATION
    ]
    assert (claim.period.start, claim.period.end) == (dt.date(2024, 10, 1), dt.date(2024, 10, 31))
    assert verdict.status is VerdictStatus.CONTRADICTED
    assert verdict.recorded == pytest.approx(0.75)
    others = {alt.reading: alt.recorded for alt in verdict.alternatives}
    assert pytest.approx(8.54) in others.values()


def test_pipeline_leaked_forecast_is_set_against_published_forecasts(offline: Settings) -> None:
    """An attributed, unpublished -12% forecast is contradicted by every published forecast."""
    claim, verdict = _by_indicator(pipeline.check_text(CRISIS_ARTICLE, settings=offline))[
        Indicator.GDP_GROWTH
    ]
    assert claim.value == -12
    assert claim.period.start == dt.date(2024, 11, 6)
    assert claim.hedged
    assert verdict.status is VerdictStatus.CONTRADICTED
    assert "IMF" in verdict.reason
    assert "Ministry of Economic Development" in verdict.reason


def test_pipeline_revised_forecast_checks_both_releases(offline: Settings) -> None:
    """ "Raised its forecast to X from Y": X is the IMF's current release, Y the one before."""
    text = "The IMF raised its 2024 growth forecast for Russia to 3.6% from 3.2%."
    result = pipeline.check_text(text, published=dt.date(2024, 10, 25), settings=offline)
    (new, new_verdict), (old, old_verdict) = zip(result.claims, result.verdicts, strict=True)
    assert (str(new.value), new.earlier_forecast, new_verdict.vintage) == ("3.6", False, "2024-10")
    assert (str(old.value), old.earlier_forecast, old_verdict.vintage) == ("3.2", True, "2024-04")
    assert (old.period, old.forecaster) == (new.period, new.forecaster)
    assert new_verdict.status is old_verdict.status is VerdictStatus.MATCH
    # a current figure the October release did not publish is caught; an earlier one the April
    # release did not publish may be the July WEO Update's, which the record lacks
    wrong = "The IMF raised its 2024 growth forecast for Russia to 3.8% from 3.6%."
    result = pipeline.check_text(wrong, published=dt.date(2024, 10, 25), settings=offline)
    statuses = [v.status for v in result.verdicts]
    assert statuses == [VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE]
    assert "Update of 2024-07" in result.verdicts[1].reason


def test_pipeline_json_output_validates_against_the_schema(offline: Settings) -> None:
    """The check output of an article validates against the published JSON Schema."""
    result = pipeline.check_text(CRISIS_ARTICLE, settings=offline)
    schema = json.loads((ROOT / "schema" / "econcheck-output.schema.json").read_text("utf-8"))
    data = json.loads(render_json(result))
    jsonschema.validate(data, schema)
    assert data["data_mode"] == "snapshot"
    assert data["summary"]["contradicted"] == 3


def test_pipeline_offline_never_opens_a_socket(
    offline: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the offline policy a whole check runs with every socket connection forbidden."""

    def forbid(*_args: Any, **_kwargs: Any) -> None:
        msg = "a socket was opened"
        raise AssertionError(msg)

    monkeypatch.setattr(socket.socket, "connect", forbid)
    monkeypatch.setattr(socket, "getaddrinfo", forbid)
    result = pipeline.check_text(CRISIS_ARTICLE, settings=offline)
    assert len(result.verdicts) == 3
    assert any("offline snapshot" in note for note in result.notes)


def test_pipeline_network_down_falls_back_to_the_snapshot(tmp_path: Path) -> None:
    """With the publishers unreachable and no cache, the check uses the snapshot and says so."""
    settings = Settings(data_dir=tmp_path, retries=0, timeout_s=2)
    result = pipeline.check_text(CRISIS_ARTICLE, settings=settings)
    assert result.data_mode is DataMode.SNAPSHOT
    assert any("unreachable" in note for note in result.notes)


def test_pipeline_example_articles_give_their_written_verdicts(offline: Settings) -> None:
    """The bundled Russian example has accurate and inaccurate claims, judged as written."""
    text = (ROOT / "examples" / "ruble-crisis-2024.txt").read_text("utf-8")
    result = pipeline.check_text(text, settings=offline)
    statuses = {c.value_text: v.status for c, v in zip(result.claims, result.verdicts, strict=True)}
    assert statuses["97.33"] is VerdictStatus.MATCH
    assert statuses["130"] is VerdictStatus.CONTRADICTED
    assert statuses["8.6"] is VerdictStatus.MATCH


def test_pipeline_no_date_anywhere_is_an_input_error(offline: Settings) -> None:
    """Text without a dateline and no date given raises InputError asking for --date."""
    with pytest.raises(InputError, match="--date"):
        pipeline.check_text("Inflation rose to 9% in October.", settings=offline)


def test_pipeline_text_without_claims_gives_an_empty_result(offline: Settings) -> None:
    """Text with no economic figures gives no claims and no verdicts, without error."""
    result = pipeline.check_text("It rained in Kazan.", published=PUBLISHED, settings=offline)
    assert result.claims == ()
    assert result.verdicts == ()


def test_pipeline_unknown_currency_is_unverifiable(offline: Settings) -> None:
    """A pair no official series covers is unverifiable, and the reason says what is missing."""
    text = "The Bhutanese ngultrum traded at 84.1 per dollar on Monday."
    result = pipeline.check_text(text, published=PUBLISHED, settings=offline)
    if not result.claims:
        pytest.skip("the extractor does not read this pair")
    verdict = result.verdicts[0]
    assert verdict is not None
    assert verdict.status is VerdictStatus.UNVERIFIABLE
    assert verdict.reason


def test_pipeline_date_outside_every_series_is_unverifiable(offline: Settings) -> None:
    """A claim dated before any stored figure is unverifiable, not an error."""
    text = "Russian inflation was 5% in March 1950."
    result = pipeline.check_text(text, published=dt.date(1950, 4, 20), settings=offline)
    assert result.claims
    verdict = result.verdicts[0]
    assert verdict is not None
    assert verdict.status is VerdictStatus.UNVERIFIABLE


def test_pipeline_leaked_papers_are_the_attribution(offline: Settings) -> None:
    """'Leaked papers from the Ministry ... reportedly warn' names who made the claim."""
    claim, _ = _by_indicator(pipeline.check_text(CRISIS_ARTICLE, settings=offline))[
        Indicator.GDP_GROWTH
    ]
    assert claim.attributed_to is not None
    assert "papers" in claim.attributed_to


def test_pipeline_hard_wrapped_lines_keep_sentences_whole(offline: Settings) -> None:
    """Text wrapped at ~70 columns gives the same claims as the same text unwrapped."""
    words = CRISIS_ARTICLE.split("\n", 1)[1].replace("\n", " ").split(" ")
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) > 70:
            lines.append(line.rstrip())
            line = ""
        line += word + " "
    wrapped = CRISIS_ARTICLE.split("\n", 1)[0] + "\n" + "\n".join([*lines, line.rstrip()])
    flat = pipeline.check_text(CRISIS_ARTICLE, settings=offline)
    hard = pipeline.check_text(wrapped, settings=offline)
    assert [(c.indicator, c.value, " ".join(c.sentence.split())) for c in hard.claims] == [
        (c.indicator, c.value, " ".join(c.sentence.split())) for c in flat.claims
    ]


def test_pipeline_implicit_country_comes_from_the_article_currency(offline: Settings) -> None:
    """An article about the rouble that never names Russia still checks Russian inflation."""
    text = CRISIS_ARTICLE.replace("Russia's markets", "Markets")
    claim, verdict = _by_indicator(pipeline.check_text(text, settings=offline))[Indicator.INFLATION]
    assert claim.country == "RUS"
    assert verdict.status is VerdictStatus.CONTRADICTED


def test_pipeline_a_currency_the_euro_replaced_is_checked_until_its_euro_entry(
    offline: Settings,
) -> None:
    """The kuna's ECB rate of 14 July 2022 tests a quote of that day; after the euro came in
    (2023) there is no rate, and the verdict says so."""
    text = (
        "The kuna traded at 7.52 per euro on July 14, 2022. "
        "A year later the kuna was at 7.53 per euro on March 1, 2024."
    )
    result = pipeline.check_text(text, published=dt.date(2024, 3, 5), settings=offline)
    statuses = [v.status for v in result.verdicts if v is not None]
    assert len(statuses) == 2
    assert statuses[0] in (VerdictStatus.MATCH, VerdictStatus.CLOSE)
    assert statuses[1] is VerdictStatus.UNVERIFIABLE
    assert "2022-12-30" in result.verdicts[1].reason


SEED = ROOT.parent / "shared" / "examples" / "seed-article.txt"


@pytest.mark.skipif(not SEED.is_file(), reason="the motivating article is only in the workspace")
def test_pipeline_motivating_article_is_contradicted_three_times(offline: Settings) -> None:
    """The article that motivated the project gives three contradicted claims."""
    result = pipeline.check_text(SEED.read_text("utf-8"), published=PUBLISHED, settings=offline)
    assert [v.status for v in result.verdicts if v is not None] == [VerdictStatus.CONTRADICTED] * 3
