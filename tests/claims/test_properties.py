"""Properties of extraction that must hold for any text (hypothesis)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from econcheck.claims import extract_claims, iter_claims, parse_number

PUBLISHED = dt.date(2024, 11, 5)

# Words that steer text into the extractor's interesting paths (cues, currencies, dates).
WORDS = [
    "inflation", "GDP", "grew", "shrank", "ruble", "rouble", "dollar", "euro", "lira", "$",
    "€", "₽", "¥", "%", "per", "percent", "basis points", "key rate", "the Fed", "Bank of Russia",
    "in October", "On Wednesday", "next year", "since 2022", "record low", "all-time high",
    "19%", "140", "1.05", "3-4%", "between 2 and 3", "nineteen", "a fifth", "half a",
    "percentage point", "to", "from", "by", "of", "the", "IMF", "expects", "will", "reportedly",
    "Q3", "H1", "2025", "1990s", ",", ".", "\n", "“", "”", "USD/RUB", "1 USD =", "4-1/2",
    "2¾", "past", "nearly", "about", "Moscow", "Turkish", "lost", "doubled", "per dollar",
]  # fmt: skip
NEWSY = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=40).map(" ".join)
ANY_TEXT = st.text(max_size=300) | NEWSY


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT)
def test_properties_extract_never_raises_and_spans_match(text: str) -> None:
    """Extraction never raises, and every surface is exactly the text at its offsets."""
    for claim in extract_claims(text, published=PUBLISHED):
        assert text[claim.start : claim.end] == claim.surface
        assert claim.period.start <= claim.period.end


@settings(max_examples=100, deadline=None)
@given(text=NEWSY)
def test_properties_extract_is_deterministic(text: str) -> None:
    """The same text gives the same claims, ids included."""
    assert extract_claims(text, published=PUBLISHED) == extract_claims(text, published=PUBLISHED)


@settings(max_examples=100, deadline=None)
@given(parts=st.lists(NEWSY, max_size=6))
def test_properties_iter_claims_offsets_match_whole_text(parts: list[str]) -> None:
    """Streaming line by line finds spans that match the concatenated input."""
    lines = [part + "\n" for part in parts]
    text = "".join(lines)
    for claim in iter_claims(lines, published=PUBLISHED):
        assert text[claim.start : claim.end] == claim.surface


@given(
    value=st.decimals(min_value=Decimal("-999"), max_value=Decimal("99999"), places=2),
    unit=st.sampled_from(["%", " percent", " per cent", " percentage points", " basis points", ""]),
)
def test_properties_parse_number_round_trips_formatted_numbers(value: Decimal, unit: str) -> None:
    """A number we format with a unit parses back to the same value."""
    parsed = parse_number(f"{value:,}{unit}")
    assert parsed is not None
    assert parsed.value == value
