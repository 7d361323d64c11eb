"""Regional figures: the names read as regions, and the figures they keep from the country."""

from __future__ import annotations

import datetime as dt

from econcheck.claims.extract import extract_claims
from econcheck.claims.region_table import ISO_REGION_NAMES
from econcheck.claims.regions import iso_region_names, region_names

PUBLISHED = dt.date(2024, 5, 2)


def test_region_names_come_from_iso_3166_2_cleaned_and_from_english_names() -> None:
    names = region_names()
    assert {"Alberta", "Michigan", "Hessen", "Bavaria", "Catalonia", "Guangdong"} <= names
    assert "Gujarat" in names  # without diacritics
    assert "Gujarāt" in names  # and as ISO 3166-2 writes it
    assert "Guangdong Sheng" not in names  # the type word is dropped
    # names that also name a country or a government are never regions
    assert not {"Georgia", "Mexico", "Washington", "England"} & names


def test_the_region_table_is_what_pycountry_gives_today() -> None:
    # region_table.py is generated from ISO 3166-2 so that extraction loads no subdivision
    # database; a pycountry upgrade that changes a name shows up here
    assert set(ISO_REGION_NAMES) == iso_region_names()


def _values(text: str) -> list[str]:
    return [str(c.value) for c in extract_claims(text, published=PUBLISHED)]


def test_a_regional_figure_gives_no_claim_but_the_national_one_beside_it_does() -> None:
    assert _values("Alberta's annual rate of inflation was 2.9 per cent in March.") == []
    assert _values("Inflation in Hessen eased to 2.2 percent in April.") == []
    assert _values("The Catalan economy grew by 0.6% in the first quarter.") == []
    text = "Quebec's inflation was 2.9% in March, above the national rate of 2.6%."
    assert _values(text) == ["2.6"]
    text = "Growth in Scotland lagged behind the 0.3% rise in GDP recorded across the UK."
    assert _values(text) == ["0.3"]


def test_a_capital_named_for_its_government_keeps_its_country() -> None:
    text = "Beijing cut the reserve requirement ratio as GDP grew 5.3% in the first quarter."
    assert _values(text) == ["5.3"]
