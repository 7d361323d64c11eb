"""Tests of report.py and serialize.py: JSON (against the schema), CSV, frame, Markdown, HTML."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from econcheck import report
from econcheck.errors import InputError
from econcheck.models import (
    CheckKind,
    DataMode,
    Horizon,
    Indicator,
    Measure,
    Qualifier,
    VerdictStatus,
)
from econcheck.schemas import VerdictFrame
from econcheck.serialize import load_schema
from fixtures_results import (
    ARTICLE,
    CLAIMS,
    CPI_CLAIM,
    FX_CLAIM,
    GDP_CLAIM,
    PUBLISHED,
    RATE_CLAIM,
    VERDICTS,
    make_extract_result,
    make_result,
)

ROOT = Path(__file__).resolve().parents[1]
VALIDATOR = jsonschema.Draft202012Validator(
    load_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def validate(data: Any) -> None:
    """Raise when ``data`` breaks the output schema."""
    VALIDATOR.validate(data)


def test_schema_is_valid_draft_2020_12() -> None:
    """The shipped schema is itself a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(load_schema())


def test_schema_copy_in_repository_matches_package() -> None:
    """schema/ at the top of the repository holds the same file the package ships."""
    top = json.loads((ROOT / "schema" / "econcheck-output.schema.json").read_text("utf-8"))
    assert top == load_schema()


@pytest.mark.parametrize(
    ("definition", "enum"),
    [
        ("indicator", Indicator),
        ("measure", Measure),
        ("horizon", Horizon),
        ("qualifier", Qualifier),
    ],
)
def test_schema_claim_enums_match_models(definition: str, enum: type[Any]) -> None:
    """Each enumerated claim field in the schema lists exactly the model's values."""
    listed = load_schema()["$defs"]["claim"]["properties"][definition]["enum"]
    assert sorted(listed) == sorted(member.value for member in enum)


def test_schema_status_kind_and_mode_enums_match_models() -> None:
    """Statuses, check kinds and data modes in the schema are the model's values."""
    defs = load_schema()["$defs"]
    assert sorted(defs["status"]["enum"]) == sorted(s.value for s in VerdictStatus)
    kinds = defs["check"]["properties"]["kind"]["enum"]
    assert sorted(kinds) == sorted(k.value for k in CheckKind)
    modes = [m for m in defs["verdict"]["properties"]["data_mode"]["enum"] if m]
    assert sorted(modes) == sorted(m.value for m in DataMode)


def test_result_to_dict_validates_against_schema() -> None:
    """The check output of a five-claim result is valid against the schema."""
    validate(json.loads(report.render_json(make_result())))


def test_claims_to_dict_validates_with_null_verdicts() -> None:
    """The extract output is valid, with every verdict and the data mode null."""
    data = json.loads(report.render_claims_json(CLAIMS, PUBLISHED))
    validate(data)
    assert data["data_mode"] is None
    assert [claim["verdict"] for claim in data["claims"]] == [None] * len(CLAIMS)
    assert data["summary"]["unchecked"] == len(CLAIMS)


def test_result_to_dict_empty_result_is_valid() -> None:
    """An article without claims still gives valid output with zero counts."""
    data = report.result_to_dict(make_result(claims=(), verdicts=(), series={}))
    validate(data)
    assert data["summary"]["total"] == 0


def test_schema_rejects_unknown_status() -> None:
    """The schema catches a verdict status outside the documented list."""
    data = report.result_to_dict(make_result())
    data["claims"][0]["verdict"]["status"] = "wrong"
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_result_to_dict_summary_counts_statuses() -> None:
    """The summary counts claims by status, with the total."""
    summary = report.result_to_dict(make_result())["summary"]
    assert summary == {
        "total": 5,
        "match": 1,
        "close": 0,
        "contradicted": 3,
        "unverifiable": 1,
        "error": 0,
        "unchecked": 0,
    }


def test_render_json_writes_decimals_as_numbers() -> None:
    """Decimal values become JSON numbers (integral ones without a fraction)."""
    claim = dataclasses.replace(CPI_CLAIM, value=Decimal("8.50"), value_max=Decimal("9"))
    result = make_result(claims=(claim,), verdicts=(None,))
    text = report.render_json(result)
    item = json.loads(text)["claims"][0]
    assert item["value"] == 8.5
    assert item["value_max"] == 9
    assert '"value_max": 9,' in text
    assert item["value_text"] == "0.75"


def test_result_to_dict_keeps_code_point_offsets() -> None:
    """Offsets are passed through as code points, so they slice the input text."""
    for item in report.result_to_dict(make_result())["claims"]:
        assert ARTICLE[item["start"] : item["end"]] == item["surface"]


def test_result_to_dict_writes_iso_dates_and_times() -> None:
    """Dates are ISO dates, retrieval times ISO datetimes with their offset."""
    item = report.result_to_dict(make_result())["claims"][0]
    assert item["period"] == {"start": "2024-10-30", "end": "2024-10-30"}
    assert item["verdict"]["retrieved_at"] == "2026-08-22T09:30:00+00:00"


def test_result_to_dict_nests_verdict_fields() -> None:
    """A verdict carries its tolerance, checks and alternatives as nested objects."""
    items = report.result_to_dict(make_result())["claims"]
    fx, cpi, gdp = items[0]["verdict"], items[2]["verdict"], items[3]["verdict"]
    assert fx["tolerance"] == {"lower": 139.5, "upper": 140.5, "rule": "stated precision: ±0.5"}
    assert cpi["alternatives"][0] == {"reading": "y/y", "recorded": 8.54}
    assert [check["kind"] for check in gdp["checks"]] == ["forecast_published", "forecast_outcome"]
    assert items[3]["attributed_to"] == "a leaked memo"


def test_read_claims_json_round_trips_claims() -> None:
    """Extract output read back gives the same claims, ids and all."""
    published, claims = report.read_claims_json(report.render_claims_json(CLAIMS, PUBLISHED))
    assert published == PUBLISHED
    assert tuple(claims) == CLAIMS


def test_read_claims_json_accepts_edited_values() -> None:
    """A value corrected by hand is read as a Decimal with the digits written."""
    data = report.claims_to_dict(CLAIMS, PUBLISHED)
    data["claims"][0]["value"] = 96.5
    _, claims = report.read_claims_json(json.dumps(data))
    assert claims[0].value == Decimal("96.5")
    assert claims[0].id == FX_CLAIM.id


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "econcheck extract"),
        ('{"published": "2024-13-01", "claims": []}', "published"),
        ('{"published": "2024-11-05", "claims": [{"id": "x"}]}', "claims[0]"),
    ],
)
def test_read_claims_json_rejects_bad_files(text: str, words: str) -> None:
    """A broken claims file raises InputError saying what is wrong."""
    with pytest.raises(InputError, match=re.escape(words)):
        report.read_claims_json(text)


def test_render_csv_has_flat_columns_and_one_row_per_claim() -> None:
    """CSV output has the documented flat header and one row per claim."""
    rows = list(csv.DictReader(io.StringIO(report.render_csv(make_result()))))
    assert len(rows) == len(CLAIMS)
    assert tuple(rows[0]) == report.CSV_COLUMNS
    fx = rows[0]
    assert (fx["status"], fx["recorded"], fx["period_start"]) == (
        "contradicted",
        "97.3724",
        "2024-10-30",
    )
    assert (fx["tolerance_lower"], fx["base"], fx["quote"]) == ("139.5", "USD", "RUB")
    assert rows[3]["checks"] == "forecast_published: contradicted; forecast_outcome: contradicted"
    assert rows[4]["recorded"] == ""


def test_render_csv_of_extract_leaves_verdict_columns_empty() -> None:
    """Without verdicts the verdict columns are empty cells."""
    rows = list(csv.DictReader(io.StringIO(report.render_csv(make_extract_result()))))
    assert {row["status"] for row in rows} == {""}


def test_to_frame_validates_with_typed_columns() -> None:
    """to_frame returns a VerdictFrame with float values and timestamp periods."""
    frame = report.to_frame(make_result())
    VerdictFrame.validate(frame)
    assert list(frame["id"]) == [claim.id for claim in CLAIMS]
    assert str(frame["value"].dtype) == "float64"
    assert frame.loc[3, "value"] == -15.0
    assert frame.loc[2, "period_end"].date() == dt.date(2024, 10, 31)
    assert frame["recorded"].isna().tolist() == [False, False, False, False, True]


def test_to_frame_columns_are_all_declared_in_verdict_frame() -> None:
    """Every column to_frame writes is documented in schemas.VerdictFrame."""
    declared = set(VerdictFrame.to_schema().columns)
    assert set(report.to_frame(make_result()).columns) == declared


def test_to_frame_of_extract_has_null_statuses() -> None:
    """Claims without verdicts have a null status in the frame."""
    frame = report.to_frame(make_extract_result())
    assert frame["status"].isna().all()


def test_render_dispatches_formats_and_refuses_table() -> None:
    """render() gives JSON, CSV and JSON-LD text and leaves tables to terminal.py."""
    result = make_result()
    assert report.render(result, "json") == report.render_json(result)
    assert report.render(result, report.OutputFormat.CSV) == report.render_csv(result)
    assert json.loads(report.render(result, "jsonld"))[0]["@type"] == "ClaimReview"
    with pytest.raises(ValueError, match="terminal"):
        report.render(result, "table")


def test_summary_line_counts_most_frequent_first_with_data_mode() -> None:
    """The summary gives the count, statuses by frequency and the snapshot date."""
    line = report.summary_line(make_result())
    assert (
        line == "5 claims: 3 contradicted, 1 match, 1 unverifiable; data: snapshot as of 2026-08-22"
    )


def test_summary_line_single_claim_live_data() -> None:
    """One claim is singular, and live data names no snapshot."""
    result = make_result(
        claims=(FX_CLAIM,), verdicts=(VERDICTS[0],), data_mode=DataMode.LIVE, snapshot_as_of=None
    )
    assert report.summary_line(result) == "1 claim: 1 contradicted; data: live"


def test_summary_line_extract_counts_unchecked() -> None:
    """Claims without verdicts are counted as unchecked and no data is named."""
    assert report.summary_line(make_extract_result()) == "5 claims: 5 unchecked"


def test_render_markdown_has_each_sentence_verdict_and_citation() -> None:
    """The Markdown report quotes each claim's sentence with its verdict and source."""
    text = report.render_markdown(make_result())
    assert text.startswith("# econcheck report")
    assert "**140 per U.S. dollar**" in text
    for claim, verdict in zip(CLAIMS, VERDICTS, strict=True):
        assert f"{verdict.status.value.capitalize()}: " in text
        assert report.md_escape(verdict.reason) in text
        assert report.md_escape(claim.sentence.split(" ")[0]) in text
    assert "(<https://www.cbr.ru/eng/currency_base/dynamics/>)" in text
    assert "snapshot" in text


def test_render_markdown_escapes_article_markup() -> None:
    """HTML and Markdown syntax in the article is escaped, not rendered."""
    text = report.render_markdown(make_result())
    assert "<b>" not in text
    assert r"key rate \<b\>**stood\</b\> at 21%**" in text


def test_render_markdown_links_images_by_path_or_embeds_bytes() -> None:
    """Image paths become relative links; bytes become data URIs."""
    images = {"summary": Path("r_charts") / "summary.png", FX_CLAIM.id: b"\x89PNG fake"}
    text = report.render_markdown(make_result(), images)
    assert "![Claimed and recorded values](r_charts/summary.png)" in text
    assert "(data:image/png;base64," in text


class _Collector(HTMLParser):
    """Collect tags, image sources and JSON-LD scripts of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.sources: list[str] = []
        self.scripts: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if tag == "img":
            self.sources.append(found.get("src") or "")
        self._in_ld = tag == "script" and found.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.scripts.append(data)
            self._in_ld = False


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_render_html_is_self_contained_with_embedded_images() -> None:
    """HTML embeds images as data URIs and loads nothing from outside."""
    images = {"summary": b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", FX_CLAIM.id: b"\x89PNG"}
    html = report.render_html(make_result(), images)
    page = _parse(html)
    assert page.sources[0].startswith("data:image/svg+xml;base64,")
    assert page.sources[1].startswith("data:image/png;base64,")
    assert "link" not in page.tags
    assert "default-src 'none'" in html


def test_render_html_shows_each_sentence_and_verdict_escaped() -> None:
    """Each claim's sentence and reason appear, with article markup escaped."""
    html = report.render_html(make_result())
    for verdict in VERDICTS:
        assert verdict.reason.replace("'", "&#x27;") in html
    assert "<mark>140 per U.S. dollar</mark>" in html
    assert "&lt;b&gt;<mark>stood&lt;/b&gt; at 21%</mark> &amp; &quot;rising&quot;" in html
    assert "<b>" not in html


def test_render_html_embeds_claim_reviews_as_json_ld() -> None:
    """The page carries one ClaimReview per checked claim in JSON-LD."""
    page = _parse(report.render_html(make_result()))
    reviews = json.loads(page.scripts[0])
    assert [review["identifier"] for review in reviews] == [claim.id for claim in CLAIMS]


def test_claim_review_has_schema_org_fields() -> None:
    """A ClaimReview names the claim, its rating, the reviewer and the data cited."""
    review = report.claim_review(
        GDP_CLAIM, VERDICTS[3], PUBLISHED, reviewed_on=dt.date(2026, 8, 23)
    )
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == GDP_CLAIM.sentence
    assert review["datePublished"] == "2026-08-23"
    assert review["itemReviewed"]["datePublished"] == "2024-11-05"
    assert review["itemReviewed"]["author"]["name"] == "a leaked memo"
    assert review["reviewRating"]["ratingValue"] == 1
    assert review["reviewRating"]["worstRating"] == 1
    assert review["reviewBody"] == VERDICTS[3].reason
    assert review["citation"][0]["url"] == "https://www.imf.org/en/Publications/WEO"


def test_claim_review_unverifiable_has_words_but_no_number() -> None:
    """An unverifiable claim is rated in words only."""
    rating = report.claim_review(RATE_CLAIM, VERDICTS[4], PUBLISHED)["reviewRating"]
    assert "ratingValue" not in rating
    assert "Unverifiable" in rating["alternateName"]


def test_render_series_csv_and_json_carry_dates_and_provenance() -> None:
    """A fetched frame renders as CSV with ISO dates and as JSON with its attrs."""
    frame = make_result().series[CPI_CLAIM.id][0].frame.head(2).copy()
    frame.attrs.update(source="ROSSTAT", series="CPI_MOM", data_mode="snapshot")
    assert report.render_series_csv(frame).splitlines()[1].startswith("2021-01-01,")
    data = json.loads(report.render_series_json(frame))
    assert data["source"] == "ROSSTAT"
    assert data["observations"][0]["date"] == "2021-01-01"
