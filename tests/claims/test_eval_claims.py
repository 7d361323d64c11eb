"""The scoring rules of scripts/eval_claims.py: matching, field comparison and totals."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from econcheck.models import Claim, Indicator, Measure, Period, Qualifier
from script_modules import load_script

ev = load_script("eval_claims")
TEXT = "The rouble traded at 97.3 to the dollar on Tuesday, while inflation was 8.5% in October."
PUBLISHED = dt.date(2024, 11, 5)


def _expected_fx() -> dict[str, Any]:
    return ev.normalize_expected(
        {
            "indicator": "fx_rate",
            "measure": "level",
            "horizon": "actual",
            "basket": None,
            "country": None,
            "base": "USD",
            "quote": "RUB",
            "value": Decimal("97.3"),
            "value_max": None,
            "qualifier": "exact",
            "superlative": None,
            "superlative_since": None,
            "period": {"start": "2024-11-05", "end": "2024-11-05"},
            "change": None,
            "forecaster": None,
            "attributed_to": None,
            "hedged": False,
            "surface_contains": "97.3",
        }
    )


def _prediction(**changes: Any) -> dict[str, Any]:
    """Return a prediction equal to the expected FX claim, with its span, then apply changes."""
    pred = dict(_expected_fx())
    start = TEXT.index("97.3")
    pred.update(start=start, end=start + 4, surface="97.3")
    pred.update(changes)
    return pred


def test_match_row_pairs_prediction_overlapping_surface() -> None:
    """A prediction overlapping the expected surface, same indicator, is matched."""
    pairs, missed, spurious = ev.match_row(TEXT, [_expected_fx()], [_prediction()])
    assert [(i, j) for i, j, _ in pairs] == [(0, 0)]
    assert (missed, spurious) == ([], [])


def test_match_row_rejects_other_indicator() -> None:
    """A prediction on the right span but with another indicator is spurious, the label missed."""
    pairs, missed, spurious = ev.match_row(
        TEXT, [_expected_fx()], [_prediction(indicator="inflation")]
    )
    assert (pairs, missed, spurious) == ([], [0], [0])


def test_match_row_falls_back_to_equal_value() -> None:
    """A prediction elsewhere in the sentence still matches when its value is the same."""
    pairs, _, _ = ev.match_row(TEXT, [_expected_fx()], [_prediction(start=0, end=3)])
    assert len(pairs) == 1


def test_field_results_flags_reversed_pair_and_wrong_period() -> None:
    """A reversed currency pair and a different period are each counted as a wrong field."""
    wrong = _prediction(
        base="RUB", quote="USD", period=(dt.date(2024, 10, 30), dt.date(2024, 10, 30))
    )
    ok = ev.field_results(_expected_fx(), wrong)
    assert not ok["country/pair"]
    assert not ok["period"]
    assert ok["value"]


def test_field_results_compares_decimals_numerically() -> None:
    """97.30 written with a trailing zero equals 97.3."""
    ok = ev.field_results(_expected_fx(), _prediction(value=Decimal("97.30")))
    assert ok["value"]


def test_to_record_reads_a_claim_dataclass() -> None:
    """A models.Claim becomes a record whose fields compare equal to the label."""
    start = TEXT.index("97.3")
    claim = Claim(
        id="c1",
        sentence=TEXT,
        surface="97.3",
        start=start,
        end=start + 4,
        indicator=Indicator.FX_RATE,
        value=Decimal("97.3"),
        value_text="97.3",
        unit="RUB/USD",
        period=Period(start=PUBLISHED, end=PUBLISHED),
        published=PUBLISHED,
        measure=Measure.LEVEL,
        base="USD",
        quote="RUB",
        qualifier=Qualifier.EXACT,
    )
    ok = ev.field_results(_expected_fx(), ev.to_record(claim))
    assert all(ok.values()), ok


def _oracle(rows: list[Any]) -> Any:
    """Return an extractor that answers every corpus row with its own labels."""
    by_key = {(r.text, r.published): r for r in rows}

    def extract(text: str, *, published: dt.date) -> list[dict[str, Any]]:
        out = []
        for exp in by_key[(text, published)].expected:
            start, end = ev.surface_spans(text, exp["surface_contains"])[0]
            period = {"start": exp["period"][0], "end": exp["period"][1]}
            change = exp["change"] and {"value": exp["change"][0], "unit": exp["change"][1]}
            out.append(dict(exp, start=start, end=end, period=period, change=change))
        return out

    return extract


def test_evaluate_scores_perfect_extractor_at_one() -> None:
    """An extractor that returns the labels scores precision, recall and every field at 1."""
    rows = ev.load_corpus()
    summary = ev.summarize(ev.evaluate(rows, _oracle(rows)), "oracle")
    assert summary["claims"]["precision"] == summary["claims"]["recall"] == 1.0
    assert all(v["accuracy"] == 1.0 for v in summary["fields"].values())
    assert summary["rows_passing"] == len(rows)


def test_evaluate_scores_empty_extractor_at_zero_recall() -> None:
    """An extractor that finds nothing has recall 0 and passes only the claim-free rows."""
    rows = ev.load_corpus()
    summary = ev.summarize(ev.evaluate(rows, lambda text, *, published: []), "empty")
    assert summary["claims"]["recall"] == 0.0
    assert summary["claims"]["f1"] == 0.0
    assert summary["rows_passing"] == sum(not r.expected for r in rows)


def test_evaluate_row_reports_or_raises_extractor_errors() -> None:
    """A crash counts as missing every claim in the report and propagates in the tests."""
    row = next(r for r in ev.load_corpus() if r.expected)

    def broken(text: str, *, published: dt.date) -> list[Any]:
        raise RuntimeError("boom")

    result = ev.evaluate_row(row, broken)
    assert result.error == "RuntimeError: boom"
    assert len(result.missed) == len(row.expected)
    with pytest.raises(RuntimeError, match="boom"):
        ev.evaluate_row(row, broken, catch=False)


def _article_rows() -> list[Any]:
    """Two sentences of one paragraph: the second names no country of its own."""
    published = dt.date(2024, 3, 22)
    claim = ev.normalize_expected(
        {
            **{k: None for k in ("basket", "base", "quote", "value_max", "superlative")},
            **{k: None for k in ("superlative_since", "change", "forecaster", "attributed_to")},
            "indicator": "policy_rate",
            "measure": "level",
            "horizon": "actual",
            "country": "TUR",
            "value": Decimal("50"),
            "qualifier": "exact",
            "period": {"start": "2024-03-22", "end": "2024-03-22"},
            "hedged": False,
            "surface_contains": "50%",
        }
    )
    texts = (
        "Turkey's central bank surprised markets on Thursday.",
        "It raised its main policy rate to 50%, citing the inflation outlook.",
    )
    return [
        ev.Row(
            id=ev.row_id(text, str(published)),
            file="article.json",
            index=index,
            text=text,
            published=published,
            expected=(claim,) if index else (),
            origin="test",
            article="a1",
            paragraph=0,
        )
        for index, text in enumerate(texts)
    ]


def test_article_text_joins_a_paragraph_with_spaces_and_paragraphs_with_blank_lines() -> None:
    """Offsets point at each row in the joined text."""
    first, second = _article_rows()
    rows = [first, second, dataclasses.replace(first, index=2, paragraph=1)]
    text, offsets = ev.article_text(rows)
    for row, offset in zip(rows, offsets, strict=True):
        assert text[offset : offset + len(row.text)] == row.text
    assert text[offsets[1] - 1] == " "
    assert text[offsets[2] - 2 : offsets[2]] == "\n\n"


def test_evaluate_articles_gives_a_sentence_its_article_context() -> None:
    """Alone the second sentence has no country; scored in its article it gets Turkey's."""
    rows = _article_rows()
    extract = ev.load_extractor()[0]
    alone = ev.evaluate(rows, extract)[1]
    in_article = ev.evaluate_articles(rows, extract)[1]
    assert not alone.pairs[0][2]["country/pair"]
    assert in_article.pairs[0][2]["country/pair"]
    assert in_article.passed


@pytest.mark.parametrize(
    ("label", "predicted", "same"),
    [
        ("International Monetary Fund", "IMF", True),
        ("Reserve Bank of India (MPC)", "RBI", True),
        ("IMF", "World Bank", False),
        ("economists", None, False),
        (None, None, True),
    ],
)
def test_loose_names_read_full_names_as_their_abbreviations(
    label: str | None, predicted: str | None, same: bool
) -> None:
    assert ev._loose(label, predicted) is same
