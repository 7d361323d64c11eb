"""extract_claims on sentences written for these tests, one class of news prose at a time.

Every case is our own wording (no sentence is copied from a published article). Each checks the
fields that class is about; tests/data/claims/ holds the full labelled corpus.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from econcheck.claims import extract_claims, find_dateline, iter_claims
from econcheck.models import Claim, Superlative

PUB = dt.date(2024, 11, 5)  # a Tuesday
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def only(text: str, published: dt.date = PUB) -> Claim:
    """Return the one claim in ``text`` (failing when there are none or several)."""
    claims = extract_claims(text, published=published)
    assert len(claims) == 1, [c.surface for c in claims]
    return claims[0]


def check(claim: Claim, **expected: Any) -> None:
    """Compare the named fields; periods as 'start..end', changes as (value, unit[, from])."""
    for name, want in expected.items():
        got = getattr(claim, name)
        if name == "period":
            got = f"{got.start}..{got.end}"
        elif name == "change" and got is not None:
            got = (str(got.value), got.unit.value) + (
                (str(got.from_value),) if len(want) > 2 else ()
            )
        elif name in ("value", "value_max") and got is not None:
            got = str(got)
        elif hasattr(got, "value") and not isinstance(got, Decimal):
            got = got.value  # StrEnum members compare by their value
        elif isinstance(got, dt.date):
            got = got.isoformat()
        assert got == want, f"{name}: {got!r} != {want!r}"


# --- exchange rates ---------------------------------------------------------------------------

FX_CASES = [
    (
        "On Wednesday the rouble slumped to a record low, trading at 135 per U.S. dollar.",
        {"base": "USD", "quote": "RUB", "value": "135", "superlative": "record_high",
         "period": "2024-10-30..2024-10-30", "surface": "135 per U.S. dollar", "country": None},
    ),
    (
        "The Turkish lira slid to 34.3 to the dollar last week.",
        {"base": "USD", "quote": "TRY", "value": "34.3", "period": "2024-10-28..2024-11-03"},
    ),
    (
        "The Indian rupee hit a record low of 84.1 against the U.S. dollar on Friday.",
        {"base": "USD", "quote": "INR", "value": "84.1", "superlative": "record_high"},
    ),
    (
        "A dollar now costs 100 roubles at Moscow exchange booths.",
        {"base": "USD", "quote": "RUB", "value": "100", "surface": "100 roubles"},
    ),
    ("1 USD = 98.5 RUB at the official rate.", {"base": "USD", "quote": "RUB", "value": "98.5"}),
    ("USD/RUB closed at 97.9 on Monday.", {"base": "USD", "quote": "RUB", "value": "97.9"}),
    (
        "The euro fell to $1.05 on Friday, its weakest in two years.",
        {"base": "EUR", "quote": "USD", "value": "1.05", "superlative": "record_low",
         "superlative_since": "2022-11-01"},
    ),
    (
        "The pound rose above $1.30 after the data.",
        {"base": "GBP", "quote": "USD", "qualifier": "at_least"},
    ),
    ("The euro slipped below $1.05.", {"base": "EUR", "quote": "USD", "qualifier": "at_most"}),
    (
        "The rouble weakened past 110 per dollar.",
        {"base": "USD", "quote": "RUB", "qualifier": "at_least"},
    ),
    (
        "The rouble traded between 95 and 100 roubles per dollar in October.",
        {"value": "95", "value_max": "100", "period": "2024-10-01..2024-10-31"},
    ),
    ("One dollar buys 41 hryvnias in Kyiv.", {"base": "USD", "quote": "UAH", "value": "41"}),
    ("In Kyiv, the dollar sold for ₴41.3 on Saturday.", {"base": "USD", "quote": "UAH"}),
    ("The greenback fetched 34.5 lira in Istanbul.", {"base": "USD", "quote": "TRY"}),
    ("The yuan weakened to ¥7.30 per dollar.", {"base": "USD", "quote": "CNY", "value": "7.30"}),
    ("Sterling fell to 85.2 pence per euro.", {"base": "EUR", "quote": "GBP", "value": "0.852"}),
    ("The tenge fell to 490 against the dollar.", {"base": "USD", "quote": "KZT", "value": "490"}),
    ("With the euro at $1.05, imports cost more.", {"base": "EUR", "quote": "USD"}),
    ("The dollar rose to 12.5 South African rand.", {"base": "USD", "quote": "ZAR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FX_CASES)
def test_extract_fx_levels_in_many_forms(text: str, expected: dict[str, Any]) -> None:
    """Exchange rates are stored as quote units per one base unit, whatever the wording."""
    claim = only(text)
    check(claim, indicator="fx_rate", measure="level", **expected)


FX_CHANGE_CASES = [
    (
        "The rouble has lost 20% of its value against the dollar this year.",
        {"base": "RUB", "quote": "USD", "value": "-20", "change": ("-20", "pct"),
         "period": "2024-01-01..2024-11-05", "unit": "percent change"},
    ),
    (
        "The lira has shed about 15% against the dollar since January.",
        {"base": "TRY", "quote": "USD", "qualifier": "approx", "change": ("-15", "pct")},
    ),
    ("The rouble lost a fifth of its value in 2023.", {"base": "RUB", "value": "-20"}),
    (
        "The dollar doubled against the rouble in 2022.",
        {"base": "USD", "quote": "RUB", "change": ("2", "ratio"), "unit": "ratio"},
    ),
    ("The yen's 10% slide this year hurt importers.", {"base": "JPY", "value": "-10"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FX_CHANGE_CASES)
def test_extract_fx_changes_describe_the_subject_currency(
    text: str, expected: dict[str, Any]
) -> None:
    """'The rouble lost 20%' is a fall in the rouble's value: base RUB, change -20 pct."""
    claim = only(text)
    check(claim, indicator="fx_rate", measure="unspecified", **expected)


def test_extract_fx_change_and_level_in_one_orientation_merge() -> None:
    """'The euro gained 0.5% to $1.09' is one claim: a level with its change."""
    claim = only("The euro gained 0.5% to $1.09.")
    check(claim, base="EUR", quote="USD", value="1.09", change=("0.5", "pct"))


def test_extract_fx_change_against_a_level_quoted_the_other_way_is_converted() -> None:
    """'The rupee fell 0.2% to 84.10 per dollar' is one claim: INR per USD at 84.10, up 0.2%.

    The rupee's dollar value fell 0.2%, so rupees per dollar rose by 1/0.998 - 1 (0.2004%),
    rounded as written.
    """
    claim = only("The rupee fell 0.2% to 84.10 per dollar.")
    check(claim, base="USD", quote="INR", value="84.10")
    assert claim.change is not None
    assert claim.change.value == Decimal("0.2")
    assert claim.surface == "0.2% to 84.10 per dollar"


def test_extract_fx_large_change_against_a_level_quoted_the_other_way() -> None:
    """A 20% fall of the rouble is a 25% rise of roubles per dollar, not 20%."""
    claim = only("The rouble lost 20% to 100 per dollar this year.")
    check(claim, base="USD", quote="RUB", value="100")
    assert claim.change is not None
    assert claim.change.value == Decimal("25")


def test_extract_fx_bare_number_follows_the_article_country() -> None:
    """A bare official rate in a Russian story is roubles per US dollar."""
    text = "Moscow markets were calm.\nThe official exchange rate was set at 97.3 on Tuesday."
    claim = only(text)
    check(claim, base="USD", quote="RUB", value="97.3")


def test_extract_fx_coordinated_second_rate_keeps_the_pair() -> None:
    """'at 1,000 pesos ... and at 1,200 in the blue market' gives two ARS-per-USD claims."""
    text = "The dollar traded at 1,000 Argentine pesos officially and at 1,200 in the blue market."
    values = [(c.base, c.quote, str(c.value)) for c in extract_claims(text, published=PUB)]
    assert values == [("USD", "ARS", "1000"), ("USD", "ARS", "1200")]


# --- inflation --------------------------------------------------------------------------------

INFLATION_CASES = [
    (
        "Annual inflation in Russia slowed to 8.5% in October.",
        {"measure": "yoy", "country": "RUS", "value": "8.5", "period": "2024-10-01..2024-10-31"},
    ),
    ("Consumer prices in Kazakhstan rose 0.6% in October.", {"measure": "mom", "country": "KAZ"}),
    ("Prices jumped 1.2% in September alone.", {"measure": "mom", "value": "1.2"}),
    ("Inflation in Egypt averaged 33% in 2023.", {"measure": "annual_avg", "country": "EGY"}),
    ("December-on-December inflation was 7.4% in 2023.", {"measure": "dec_dec"}),
    (
        "Core inflation in the euro area eased to 2.7% in October.",
        {"basket": "core", "country": "EA", "measure": "yoy"},
    ),
    ("Turkish inflation hit 48.6% in October.", {"measure": "yoy", "country": "TUR"}),
    ("Swiss inflation slowed to 0.6% in the third quarter.", {"measure": "yoy", "country": "CHE"}),
    ("Inflation in Peru is just 2.1%.", {"measure": "yoy", "country": "PER"}),
    ("Turkish inflation hit 64.8% in 2023.", {"measure": "unspecified", "country": "TUR"}),
    ("Inflation in Chile eased to 0.4% month-on-month in May.", {"measure": "mom"}),
    ("Inflation reached nineteen percent in October.", {"value": "19", "value_text": "nineteen"}),
    ("US consumer prices rose 2.6% year-on-year in October.", {"measure": "yoy", "country": "USA"}),
    ("UK inflation ran at 2.2% in the 12 months to August.", {"measure": "yoy", "country": "GBR"}),
    ("Prices in Argentina have risen 107% since the start of the year.", {"measure": "ytd"}),
    ("Consumer prices in Japan fell 0.2% in March.", {"value": "-0.2", "country": "JPN"}),
    (
        "Inflation soared past 60% in Turkey in 2022, the highest since 1998.",
        {"qualifier": "at_least", "superlative": "record_high", "superlative_since": "1998-01-01"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INFLATION_CASES)
def test_extract_inflation_measures_and_countries(text: str, expected: dict[str, Any]) -> None:
    """Inflation claims carry the measure the text names, else the news convention for it."""
    check(only(text), indicator="inflation", **expected)


def test_extract_inflation_from_figure_becomes_change_and_claim_of_its_own() -> None:
    """'to 8.5% in October from 8.6% in September' gives 8.5 (change -0.1 pp) and 8.6."""
    text = "Annual inflation eased to 8.5% in October from 8.6% in September."
    first, second = extract_claims(text, published=PUB)
    check(first, value="8.5", change=("-0.1", "pp", "8.6"), period="2024-10-01..2024-10-31")
    check(second, value="8.6", period="2024-09-01..2024-09-30", measure="yoy")


def test_extract_inflation_forecast_with_range_and_forecaster() -> None:
    """A central bank's range forecast names the bank of the story's country."""
    text = "The Bank of Russia expects inflation of 8-8.5% this year."
    check(
        only(text), horizon="forecast", value="8", value_max="8.5", forecaster="Bank of Russia",
        period="2024-01-01..2024-12-31", country="RUS",
    )  # fmt: skip


def test_extract_inflation_by_year_end_is_december_on_december() -> None:
    """Annual inflation 'by the end of 2025' is the December-on-December rate of 2025."""
    text = "The central bank expects annual inflation to fall to 4.5-5% by the end of 2025."
    check(only(text), measure="dec_dec", horizon="forecast", period="2025-01-01..2025-12-31")


# --- GDP growth -------------------------------------------------------------------------------

GDP_CASES = [
    ("Russia's economy grew 3.6% in 2023.", {"value": "3.6", "measure": "yoy", "country": "RUS"}),
    ("Ukraine's economy shrank 28.8% in 2022.", {"value": "-28.8", "country": "UKR"}),
    (
        "Germany's GDP contracted by 0.3% in the third quarter from the previous quarter.",
        {"value": "-0.3", "measure": "qoq", "period": "2024-07-01..2024-09-30", "country": "DEU"},
    ),
    (
        "The U.S. economy grew at an annualized rate of 2.8% in the third quarter.",
        {"measure": "annualized", "country": "USA"},
    ),
    (
        "In the first half of 2024, Kazakh GDP grew 3.4% year on year.",
        {"measure": "yoy", "period": "2024-01-01..2024-06-30", "country": "KAZ"},
    ),
    (
        "The IMF expects Turkey's economy to grow 3% in 2025.",
        {"horizon": "forecast", "forecaster": "IMF", "country": "TUR",
         "period": "2025-01-01..2025-12-31"},
    ),
    (
        "The World Bank projects global growth of 2.7% next year.",
        {"horizon": "forecast", "forecaster": "World Bank", "country": "WLD"},
    ),
    (
        "India's economy is forecast to expand 7% in the fiscal year to March 2025.",
        {"horizon": "forecast", "period": "2024-04-01..2025-03-31", "measure": "yoy"},
    ),
    ("Growth in Brazil slowed to 1.1% in the second quarter.", {"value": "1.1", "country": "BRA"}),
    (
        "Economists expect Poland's economy to expand 3% next year.",
        {"horizon": "forecast", "forecaster": "economists", "country": "POL"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GDP_CASES)
def test_extract_gdp_growth_actuals_and_forecasts(text: str, expected: dict[str, Any]) -> None:
    """GDP claims are signed percents; contractions are negative, 'slowed to 1%' is +1."""
    check(only(text), indicator="gdp_growth", **expected)


def test_extract_gdp_measure_cue_after_each_figure_wins() -> None:
    """'0.5% from the previous quarter and 1.1% y/y' gives qoq then yoy."""
    text = "Spain's GDP grew 0.5% in the third quarter from the previous quarter and 1.1% y/y."
    first, second = extract_claims(text, published=PUB)
    check(first, value="0.5", measure="qoq")
    check(second, value="1.1", measure="yoy")


def test_extract_gdp_leaked_contraction_forecast_keeps_its_source() -> None:
    """A leaked ministry forecast of a contraction: -15, the next six months, hedged."""
    text = (
        "On Monday, leaked documents from the Ministry of Economic Development showed that "
        "officials are bracing for a GDP contraction of 15% over the next six months."
    )
    claim = only(text)
    check(
        claim, value="-15", horizon="forecast", period="2024-11-06..2025-05-05", hedged=True,
        forecaster="Ministry of Economic Development",
    )  # fmt: skip
    assert claim.attributed_to is not None
    assert "leaked documents" in claim.attributed_to


# --- policy rates -----------------------------------------------------------------------------

POLICY_CASES = [
    (
        "The Bank of Russia raised its key rate by 200 basis points to 21% on Friday.",
        {"value": "21", "change": ("200", "bp"), "country": "RUS",
         "period": "2024-11-01..2024-11-01",
         "surface": "200 basis points to 21%", "unit": "percent per annum"},
    ),
    (
        "The Fed cut rates by half a percentage point to a range of 4.75%-5% in September.",
        {"value": "4.75", "value_max": "5", "change": ("-0.5", "pp"), "country": "USA"},
    ),
    ("The Bank of England held Bank Rate at 5%.", {"value": "5", "country": "GBR"}),
    (
        "Turkey's central bank kept its one-week repo rate at 50%.",
        {"value": "50", "country": "TUR"},
    ),
    ("The ECB's main refinancing rate stands at 3.40%.", {"value": "3.40", "country": "EA"}),
    (
        "The National Bank of Ukraine kept its key policy rate at 13%.",
        {"value": "13", "country": "UKR"},
    ),
    (
        "The National Bank of Kazakhstan held its base rate at 14.25%.",
        {"value": "14.25", "country": "KAZ"},
    ),
    (
        "The Fed raised rates by 75 basis points in June 2022.",
        {"value": "75", "unit": "basis points", "change": ("75", "bp"), "measure": "unspecified"},
    ),
    (
        "The CBRT raised the policy rate from 45% to 50% in March.",
        {"value": "50", "change": ("5", "pp", "45"), "country": "TUR"},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POLICY_CASES)
def test_extract_policy_rates_with_changes(text: str, expected: dict[str, Any]) -> None:
    """Policy rates are levels; points and basis points are the change (alone: unspecified)."""
    check(only(text), indicator="policy_rate", **{"measure": "level", **expected})


# --- attribution and hedges -------------------------------------------------------------------


def test_extract_attribution_according_to() -> None:
    """'according to Rosstat' names the source."""
    claim = only("Annual inflation reached 9.1% in July, according to Rosstat.")
    assert claim.attributed_to == "Rosstat"
    assert not claim.hedged


def test_extract_attribution_said_after_a_quote() -> None:
    """A quote's speaker is the source; the article's own voice has none."""
    quoted = only("“Inflation was 11.9% in December,” the minister told lawmakers.")
    assert quoted.attributed_to == "minister"
    assert only("Inflation was 11.9% in December.").attributed_to is None


def test_extract_hedge_reportedly_marks_the_claim() -> None:
    """'Reportedly' hedges the claim in its clause, not claims in other clauses."""
    assert only("The rouble reportedly fell past 110 per dollar.").hedged
    text = "Inflation climbed past 9% in October, while shortages are reportedly spreading."
    assert not only(text).hedged


# --- country linking --------------------------------------------------------------------------


def test_extract_country_from_article_when_sentence_names_none() -> None:
    """A sentence naming no country takes the article's most-named country."""
    text = (
        "Moscow has tried to steady the economy. The Kremlin denies a crisis.\n"
        "Russian officials met on Monday.\n\n"
        "Inflation climbed to 9% in October."
    )
    assert only(text).country == "RUS"


def test_extract_article_country_outweighs_the_us_named_in_passing() -> None:
    """Foreign news names the US's tariffs and rates: a country named as often is the story's,
    and a member of the euro area named as often as the bloc is the story's too."""
    text = (
        "Singapore's economy grew 3.1% in the second quarter, Singapore's trade ministry said.\n\n"
        "U.S. tariffs, U.S. demand and the pace of U.S. rate cuts weigh on exporters.\n\n"
        "On a quarterly basis, the economy expanded 0.4% in April-June."
    )
    claims = extract_claims(text, published=dt.date(2025, 7, 14))
    assert [c.country for c in claims] == ["SGP", "SGP"]
    text = (
        "Croatia's inflation eased in January, the DZS said. Croatia joined the euro zone in "
        "2023, and euro zone inflation fell too.\n\n"
        "In December, consumer prices grew 13.1% year-on-year."
    )
    assert only(text).country == "HRV"


def test_extract_country_from_demonyms_capitals_and_banks() -> None:
    """Demonyms, capitals used as metonyms and central banks all name a country."""
    assert only("Turkish inflation hit 48.6% in October.").country == "TUR"
    assert only("Ankara kept its policy rate at 50%.").country == "TUR"
    assert only("The Fed held rates at 5.25%-5.5%.").country == "USA"
    assert only("The ECB cut its deposit rate to 3.25%.").country == "EA"


def test_extract_country_ignores_currency_adjectives() -> None:
    """'U.S.' in 'U.S. dollar' does not make a Russian story's inflation American."""
    text = "Russia is struggling. The rouble fell against the U.S. dollar and inflation hit 9%."
    inflation = next(c for c in extract_claims(text, published=PUB) if c.indicator == "inflation")
    assert inflation.country == "RUS"


def test_extract_country_ignores_dollar_symbols_with_a_place_prefix() -> None:
    """'US$ 5 billion' names the dollar, not the United States: a story that names no other
    country leaves the inflation figure without one rather than making it American."""
    text = (
        "Reserves passed US$ 5 billion, the president said, and US$ inflows kept rising.\n\n"
        "Inflation dropped to 1.5% in June."
    )
    assert only(text).country is None


def test_extract_abbreviation_defined_in_the_article_keeps_its_meaning() -> None:
    """'The Bank of Jamaica (BOJ)' makes every later 'BOJ' Jamaica's bank, even in a
    paragraph of its own, though 'BOJ' alone would be the Bank of Japan."""
    text = (
        "The Bank of Jamaica (BOJ) held its policy rate at 7% on Friday.\n\n"
        "Annual inflation slowed to 5.1% in August, the BOJ said."
    )
    claims = extract_claims(text, published=dt.date(2024, 9, 27))
    assert [c.country for c in claims] == ["JAM", "JAM"]
    streamed = list(iter_claims(text.splitlines(keepends=True), published=dt.date(2024, 9, 27)))
    assert [c.country for c in streamed] == ["JAM", "JAM"]
    assert only("Annual inflation slowed to 2.8% in August, the BOJ said.").country == "JPN"


def test_extract_initials_of_a_bank_the_article_names_stand_for_it() -> None:
    """After 'the Bank of Jamaica', a bare 'BOJ' is that bank (its initials), not Japan's."""
    text = (
        "The Bank of Jamaica held its policy rate at 7% on Friday.\n\n"
        "BOJ has cut the rate on its 30-day certificates of deposit to 6.5 per cent."
    )
    claims = extract_claims(text, published=dt.date(2024, 9, 27))
    assert [c.country for c in claims] == ["JAM", "JAM"]


@pytest.mark.parametrize(
    ("sentence", "published", "pair"),
    [
        ("The Turkish lira fell to 1.6 million per dollar.", dt.date(2003, 5, 20), "USD/TRL"),
        ("The Turkish lira fell to 32.3 per dollar.", dt.date(2024, 5, 20), "USD/TRY"),
        ("The Belarusian rouble fell to 15,000 per dollar.", dt.date(2015, 1, 9), "USD/BYR"),
        ("The Venezuelan bolivar traded at 4.30 per dollar.", dt.date(2012, 5, 20), "USD/VEF"),
        ("Ghana's cedi traded at 9,100 per dollar.", dt.date(2005, 5, 20), "USD/GHC"),
        (
            "The Zimbabwe dollar traded at 55,000 to the U.S. dollar.",
            dt.date(2007, 5, 20),
            "USD/ZWN",
        ),
    ],
)
def test_extract_a_currency_is_named_by_the_code_of_the_claims_day(
    sentence: str, published: dt.date, pair: str
) -> None:
    """A redenominated currency takes the ISO code it had on the claim's day (the old
    Turkish lira of 2003 is TRL, quoted in millions), and its unit says so too."""
    claim = only(sentence, published)
    assert f"{claim.base}/{claim.quote}" == pair
    assert claim.unit == f"{claim.quote} per {claim.base}"


def test_extract_a_day_named_without_a_year_days_ahead_is_the_coming_one() -> None:
    """'for January 17' in a story of Friday January 14 is three days ahead, not a year ago."""
    claim = only(
        "The regulator set the official rate for January 17 at 27.95 hryvnias per dollar.",
        dt.date(2022, 1, 14),
    )
    assert (claim.period.start, claim.period.end) == (dt.date(2022, 1, 17), dt.date(2022, 1, 17))


# --- what is not a claim ----------------------------------------------------------------------

DISTRACTORS = [
    "Some 3,000 troops were moved to the border.",
    "Hundreds of soldiers deserted, as they did in the 1990s.",
    "52% of voters said prices were their main worry.",
    "A loaf of bread costs 80 roubles in Kazan.",
    "The city lies 1,200 km from Moscow.",
    "The RTS index fell 3% to 1,000 points.",
    "Unemployment fell to a record low of 2.4% in September.",
    "Wages rose 18% in nominal terms last year.",
    "Tariffs of 25% were imposed on Chinese goods.",
    "The budget deficit reached 3% of GDP.",
    "Mortgage rates climbed to 28% after the hike.",
    "Food prices jumped 20% last year.",
    "Oil prices fell 5% to $73 a barrel.",
    "Gold hit a record high of $2,790 an ounce.",
    "The central bank responded with interest rate hikes.",
    "The ECB aims for 2% inflation over the medium term.",
    "The population shrank by 0.5% last year.",
    "The company's shares jumped 15% after a 20% rise in profit.",
    "Military discipline has reached an all-time low.",
    "If the lira were to slide to 45 per dollar, exports would boom.",
    "The government owns a 52% stake in the lender.",
    "The bank targets inflation of 3% plus or minus one percentage point.",
]


@pytest.mark.parametrize("text", DISTRACTORS)
def test_extract_distractors_give_no_claims(text: str) -> None:
    """Counts, decades, polls, prices of goods, distances, indices and targets are not claims."""
    assert extract_claims(text, published=PUB) == []


# --- spans, ids, streaming --------------------------------------------------------------------


def test_extract_surface_is_the_text_at_the_offsets() -> None:
    """Offsets count code points in the whole input and the sentence is the one containing it."""
    text = "Headline — “quotes” first\nThe rouble fell to 98 per dollar. Inflation hit 9%."
    for claim in extract_claims(text, published=PUB):
        assert text[claim.start : claim.end] == claim.surface
        assert claim.surface in claim.sentence
        assert claim.sentence in text


def test_extract_ids_are_stable_and_depend_on_the_date() -> None:
    """The same text and date give the same ids; another date gives others."""
    text = "Inflation hit 9% in October and the key rate rose to 21%."
    first = [c.id for c in extract_claims(text, published=PUB)]
    again = [c.id for c in extract_claims(text, published=PUB)]
    other = [c.id for c in extract_claims(text, published=dt.date(2024, 11, 6))]
    assert first == again
    assert len(set(first)) == len(first) == 2
    assert set(first).isdisjoint(other)


def test_extract_iter_claims_matches_extract_claims() -> None:
    """Streaming the lines of an article gives the same claims and offsets."""
    text = (EXAMPLES / "ruble-crisis-2024.txt").read_text(encoding="utf-8")
    published = find_dateline(text)
    assert published is not None
    whole = extract_claims(text, published=published)
    streamed = list(iter_claims(text.splitlines(keepends=True), published=published))
    assert [(c.start, c.end, c.value) for c in streamed] == [
        (c.start, c.end, c.value) for c in whole
    ]


def test_extract_iter_claims_accepts_paragraphs_without_newlines() -> None:
    """Each piece given to iter_claims is a paragraph, with offsets in the concatenation."""
    pieces = ["Inflation hit 9% in October.", "The rouble fell to 98 per dollar."]
    claims = list(iter_claims(pieces, published=PUB))
    text = "".join(pieces)
    assert [text[c.start : c.end] for c in claims] == ["9%", "98 per dollar"]


def test_extract_hard_wrapped_sentence_is_read_whole() -> None:
    """A sentence wrapped over two lines keeps its subject and its number together."""
    claim = only("The Turkish lira weakened\nto 34.3 per dollar on Monday.")
    check(claim, base="USD", quote="TRY", period="2024-11-04..2024-11-04")


# --- the example articles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "count"),
    [("ruble-crisis-2024.txt", 8), ("eurozone-2024.txt", 7), ("us-turkey-2024.txt", 10)],
)
def test_extract_example_articles_have_datelines_and_claims(name: str, count: int) -> None:
    """Each example article starts with a dateline and yields its claims, not its distractors."""
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    published = find_dateline(text)
    assert published is not None
    claims = extract_claims(text, published=published)
    assert len(claims) == count, [c.surface for c in claims]


def test_extract_example_ruble_claims_have_the_expected_readings() -> None:
    """The rouble article's rate, inflation and forecast claims read as intended."""
    text = (EXAMPLES / "ruble-crisis-2024.txt").read_text(encoding="utf-8")
    claims = extract_claims(text, published=dt.date(2024, 11, 5))
    by_surface = {c.surface: c for c in claims}
    check(by_surface["200 basis points to 21%"], value="21", period="2024-10-25..2024-10-25")
    check(by_surface["97.33 rubles per U.S. dollar"], period="2024-10-30..2024-10-30")
    check(by_surface["130 per dollar"], superlative="record_high", hedged=True)
    check(by_surface["1.5%"], measure="mom", period="2024-10-01..2024-10-31")
    check(by_surface["30%"], base="RUB", quote="USD", value="-30")
    check(by_surface["1.3%"], forecaster="IMF", period="2025-01-01..2025-12-31")


def test_extract_article_like_the_motivating_one_gives_exactly_its_three_claims() -> None:
    """A story built like the motivating article yields its rate, inflation and GDP claims only."""
    text = (
        "Published by The Evening Courier, November 5, 2024\n"
        "Kremlin under strain\n"
        "Moscow — Some 2,500 soldiers were moved as Russia's crisis deepened.\n"
        "On Wednesday, the Russian rouble sank to a record low, falling to 150 per U.S. dollar, "
        "as depositors queued at banks. The central bank answered with interest rate hikes.\n"
        "Analysts compared the turmoil with the 1990s. As inflation climbed past 20% in October "
        "alone, shortages were reportedly spreading. This week, leaked memos from the Ministry "
        "of Economic Development show officials planning for a GDP contraction of 12% over the "
        "next six months.\n"
        "“Morale has reached an all-time low,” one officer said.\n"
    )
    published = find_dateline(text)
    assert published == PUB
    fx, inflation, gdp = extract_claims(text, published=published)
    check(
        fx, indicator="fx_rate", base="USD", quote="RUB", value="150",
        superlative="record_high", period="2024-10-30..2024-10-30",
    )  # fmt: skip
    check(
        inflation, indicator="inflation", value="20", qualifier="at_least", measure="mom",
        period="2024-10-01..2024-10-31", country="RUS", hedged=False,
    )  # fmt: skip
    check(
        gdp, indicator="gdp_growth", value="-12", horizon="forecast", hedged=True,
        period="2024-11-06..2025-05-05", forecaster="Ministry of Economic Development",
        country="RUS",
    )  # fmt: skip
    assert gdp.attributed_to is not None
    assert gdp.attributed_to.startswith("leaked memos")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Draft slides from the finance ministry reportedly show inflation at 9% in 2025.",
            "Draft slides from the finance ministry",
        ),
        (
            "A briefing for the cabinet allegedly warns of a 4% contraction next year.",
            "briefing for the cabinet",
        ),
        (
            "Internal papers from Ukraine's economy ministry project growth of 3% next year.",
            "Internal papers from Ukraine's economy ministry",
        ),
    ],
)
def test_extract_document_sources_are_the_attribution(text: str, source: str) -> None:
    """Documents (papers, slides, briefings) are sources, also before 'reportedly <verb>'."""
    claim = only(text)
    assert claim.attributed_to is not None
    assert source.lower() in claim.attributed_to.lower()


def _wrap(text: str, width: int) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) >= width:
            lines.append(line.rstrip())
            line = ""
        line += word + " "
    return "\n".join([*lines, line.rstrip()])


PARAGRAPH = (
    "The central bank of Turkey said on Thursday that annual consumer inflation in Turkey "
    "eased to 48.6% in October from 49.4% in September, while the Turkish lira weakened "
    "past 34.3 per U.S. dollar for the first time as Istanbul Investors sold Turkish "
    "assets. Growth slowed to 1.8% in the third quarter, Turkstat said on Monday."
)


@pytest.mark.parametrize("width", [60, 70, 78])
def test_extract_hard_wrapped_prose_gives_the_unwrapped_claims(width: int) -> None:
    """Lines cut at 60-78 columns, even before a capital, are joined back into sentences."""
    wrapped = "Lira slides as inflation eases\n" + _wrap(PARAGRAPH, width) + "\n"
    flat = extract_claims(PARAGRAPH, published=PUB)
    hard = extract_claims(wrapped, published=PUB)
    assert len(flat) >= 3
    for claim in hard:
        assert claim.surface == wrapped[claim.start : claim.end]
        assert "Lira slides" not in claim.sentence  # the headline stays apart
    assert [(c.value, " ".join(c.sentence.split())) for c in hard] == [
        (c.value, c.sentence) for c in flat
    ]


def test_extract_one_paragraph_per_line_keeps_its_breaks() -> None:
    """Title-case or short lines without an end are not glued to the next paragraph."""
    text = (
        "Turkey Central Bank Holds Its Policy Rate At 50 Percent In November Meeting\n"
        "Annual inflation in Turkey eased to 48.6% in October, the statistics office said.\n"
    )
    claims = extract_claims(text, published=PUB)
    inflation = [c for c in claims if c.indicator.value == "inflation"]
    assert len(inflation) == 1
    assert inflation[0].sentence.startswith("Annual inflation")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The ruble collapsed to a record low of 130 per dollar last week.",
            "2024-10-28",
            "2024-11-03",
        ),
        ("The lira hit a record low of 34.5 per dollar on Monday.", "2024-11-04", "2024-11-04"),
        (
            "Inflation slowed to 2.1% in September, the lowest since 2021.",
            "2024-09-01",
            "2024-09-30",
        ),
    ],
)
def test_extract_record_phrase_before_the_number_keeps_the_claims_date(
    text: str, start: str, end: str
) -> None:
    """A time expression after the claim's own number is its date, even after 'record low of'."""
    (claim,) = extract_claims(text, published=dt.date(2024, 11, 5))
    assert (claim.period.start.isoformat(), claim.period.end.isoformat()) == (start, end)
    assert claim.superlative is not None


def test_extract_record_phrase_belongs_to_the_figure_it_introduces() -> None:
    """ "A 24-year high of 72.3% ... and stood at 39.6%": only 72.3% is a record."""
    text = "Annual inflation hit a 24-year high of 72.3% in June and stood at 39.6% in September."
    record, later = extract_claims(text, published=dt.date(2023, 10, 20))
    assert record.superlative is Superlative.RECORD_HIGH
    assert later.superlative is None


def test_extract_a_huge_sentence_finds_every_claim() -> None:
    """A table pasted as one 26 KB 'sentence' gives all its 1,000 rates (windows are bounded)."""
    text = "100 rubles per dollar and " * 1000
    claims = extract_claims(text, published=dt.date(2024, 11, 5))
    assert len(claims) == 1000
    assert {(c.base, c.quote, str(c.value)) for c in claims} == {("USD", "RUB", "100")}


def test_extract_pronoun_sentence_takes_the_previous_indicator_and_period() -> None:
    """'It was up 2.6% on the year' speaks of the GDP quarter named just before it."""
    text = (
        "Portugal's GDP grew 0.2% in the third quarter from the previous three months.\n\n"
        "It was up 1.9% in comparison with the same period of 2023, the institute said.\n"
    )
    first, second = extract_claims(text, published=PUB)
    check(first, indicator="gdp_growth", measure="qoq", value="0.2")
    check(second, indicator="gdp_growth", measure="yoy", value="1.9")
    assert second.period == first.period  # the quarter, across the paragraph break


def test_extract_pronoun_sentence_keeps_a_rate_level_on_its_own_day() -> None:
    """A rate quoted after a dated one is of the day it is quoted, not the earlier period."""
    text = "The lira lost 20% of its value in 2023. It fell to 34.2 per dollar on Friday."
    level = [c for c in extract_claims(text, published=PUB) if c.measure.value == "level"]
    assert [str(c.period.start) for c in level] == ["2024-11-01"]


def test_extract_the_rate_refers_back_to_the_indicator_named_before() -> None:
    """'The rate' with no indicator word of its own is the one the article just named."""
    text = (
        "Inflation in Kenya, East Africa's largest economy, eased in May.\n\n"
        "The rate slowed to 5.1% from 5.7% in April, the statistics office said.\n"
    )
    claims = extract_claims(text, published=dt.date(2024, 5, 31))
    assert [(c.indicator.value, str(c.value)) for c in claims] == [
        ("inflation", "5.1"),
        ("inflation", "5.7"),
    ]


def test_extract_the_rate_of_a_policy_move_stays_the_policy_rate() -> None:
    """A sentence about cuts in basis points speaks of the policy rate, whatever came before."""
    text = (
        "Inflation slowed to 9.6% in August.\n\n"
        "Cuts of 150 bps in June and 100 bps in July have taken the rate down to 17.5%.\n"
    )
    claims = extract_claims(text, published=dt.date(2024, 9, 12))
    assert claims[-1].indicator.value == "policy_rate"


def test_extract_one_figure_for_two_periods_gives_two_claims_with_distinct_ids() -> None:
    """'1.2% in both 2024 and 2025' is a claim for each year; their ids differ."""
    claims = extract_claims("The OECD expects growth of 1.2% in both 2024 and 2025.", published=PUB)
    assert [(str(c.value), c.period.start.year) for c in claims] == [("1.2", 2024), ("1.2", 2025)]
    assert len({c.id for c in claims}) == 2


def test_extract_the_move_refers_back_to_a_rate_decision() -> None:
    """'The move ...' names a rate decision, even after a sentence about inflation."""
    text = (
        "Thomas Jordan credited the bank's push to rein in inflation. The cut of a quarter of "
        "a percentage point, to 1.5%, will apply as of Friday."
    )
    claims = extract_claims(text, published=dt.date(2024, 3, 21))
    assert [(c.indicator.value, str(c.value)) for c in claims] == [("policy_rate", "1.5")]


def test_extract_the_move_after_an_exchange_rate_is_not_a_rate_decision() -> None:
    """'The move represented a loss of 0.10%' after a peso quote is no policy-rate claim."""
    text = (
        "The peso settled at 18.66 per dollar on Friday. "
        "The move represented a marginal loss of 1.76 centavos, or 0.10%."
    )
    claims = extract_claims(text, published=dt.date(2025, 8, 29))
    assert "policy_rate" not in [c.indicator.value for c in claims]


def test_extract_the_decision_takes_up_the_policy_rate() -> None:
    """'The decision followed a 25 basis point cut in September' is a policy-rate change."""
    text = (
        "Norway's central bank cut its policy rate by 25 basis points to 4.25% on Thursday. "
        "The decision followed a 25 basis point cut in September."
    )
    claims = extract_claims(text, published=dt.date(2025, 11, 6))
    assert [(c.indicator.value, str(c.value)) for c in claims] == [
        ("policy_rate", "4.25"),
        ("policy_rate", "-25"),
    ]


# --- periods of a release story -------------------------------------------------------------


def test_extract_undated_figure_takes_the_release_the_article_reports() -> None:
    """A release figure with no time of its own is of the release dated earlier in the article."""
    text = (
        "Freedonia's economy grew 0.8% in the third quarter from the second, the statistics "
        "office said on Friday.\n\n"
        "Household spending was the main driver. Compared with a year earlier, GDP expanded 2.1%."
    )
    first, second = extract_claims(text, published=dt.date(2024, 11, 1))
    check(first, period="2024-07-01..2024-09-30")
    check(second, value="2.1", period="2024-07-01..2024-09-30")


def test_extract_core_inflation_after_a_headline_month_takes_that_month() -> None:
    text = "Annual inflation eased to 3.1% in October. Core inflation held at 3.4%."
    headline, core = extract_claims(text, published=dt.date(2024, 11, 14))
    check(headline, period="2024-10-01..2024-10-31")
    check(core, value="3.4", basket="core", period="2024-10-01..2024-10-31")


def test_extract_figure_of_a_later_time_keeps_the_publication_day() -> None:
    """'has since fallen', 'now': not the release named before."""
    text = "Inflation averaged 5.2% in 2023. It has since fallen to 2.9%. Inflation is now 2.7%."
    claims = extract_claims(text, published=dt.date(2024, 11, 5))
    assert [str(c.period.start) for c in claims] == ["2023-01-01", "2024-11-05", "2024-11-05"]


def test_extract_undated_figure_without_a_release_keeps_the_publication_day() -> None:
    check(only("Core inflation held at 3.4%."), period="2024-11-05..2024-11-05")


@pytest.mark.parametrize(
    ("second", "period"),
    [
        ("That followed a 1.0% expansion in the previous quarter.", "2024-01-01..2024-03-31"),
        ("The economy had contracted 0.2% in the preceding period.", "2024-01-01..2024-03-31"),
        ("Growth was 0.4% in the same quarter a year earlier.", "2023-04-01..2023-06-30"),
        ("A year earlier, the economy grew 0.4%.", "2023-04-01..2023-06-30"),
    ],
)
def test_extract_previous_period_is_read_against_the_release(second: str, period: str) -> None:
    """Published in September, 'the previous quarter' of a second-quarter release is the first."""
    text = "Brazil's GDP rose 1.4% in the second quarter. " + second
    claims = extract_claims(text, published=dt.date(2024, 9, 3))
    check(claims[0], period="2024-04-01..2024-06-30")
    check(claims[-1], period=period)


def test_extract_a_month_earlier_is_read_against_the_month_named_first() -> None:
    text = "Consumer prices rose 4.7% in September, compared with a 9.1% increase a month earlier."
    september, august = extract_claims(text, published=dt.date(2024, 10, 12))
    check(september, period="2024-09-01..2024-09-30")
    check(august, value="9.1", period="2024-08-01..2024-08-31")


def test_extract_from_a_year_earlier_is_a_base_not_the_figures_period() -> None:
    text = "Inflation rose to 3.3% in October. Prices rose 3.0% from a year earlier in the capital."
    claims = extract_claims(text, published=dt.date(2024, 11, 14))
    check(claims[-1], value="3.0", period="2024-10-01..2024-10-31")


def test_extract_the_three_months_ended_a_day_is_that_quarter() -> None:
    text = "GDP expanded at an annual rate of 2.6% in the three months ended Dec. 31."
    check(only(text, dt.date(2025, 1, 30)), period="2024-10-01..2024-12-31")


def test_extract_a_compared_move_owns_its_month() -> None:
    """'compared to a 0.08% drop in December': December is the drop's; the release is January."""
    text = "Prices climbed 0.9% month-on-month compared to a 0.08% drop in December."
    january, december = extract_claims(text, published=dt.date(2025, 2, 10))
    check(january, value="0.9", period="2025-01-01..2025-01-31")
    check(december, value="-0.08", period="2024-12-01..2024-12-31")


def test_extract_a_previous_forecast_of_an_ended_period_reads_it_past() -> None:
    text = "The bank had previously predicted inflation of 3.4 percent in the period to September."
    check(only(text, dt.date(2025, 10, 29)), horizon="forecast", period="2025-09-01..2025-09-30")


def test_extract_a_past_consensus_is_for_the_release_reported() -> None:
    text = (
        "GDP grew at an annual rate of 2.6% in the fourth quarter. Economists expected 3.1% "
        "growth. Economists expect 2.8% growth."
    )
    _, consensus, outlook = extract_claims(text, published=dt.date(2025, 1, 30))
    check(consensus, horizon="forecast", period="2024-10-01..2024-12-31")
    check(outlook, horizon="forecast", period="2025-01-01..2025-12-31")


def test_extract_a_when_clause_takes_the_time_before_it() -> None:
    text = "Growth picked up compared to the first quarter of 2019, when the economy grew 1%."
    check(only(text, dt.date(2019, 9, 3)), period="2019-01-01..2019-03-31")


def test_extract_a_bracketed_measure_and_in_real_terms_keep_the_quarter() -> None:
    text = "GDP grew by 1.94 percent (year-on-year) in real terms in the second quarter of 2019."
    check(only(text, dt.date(2019, 9, 3)), measure="yoy", period="2019-04-01..2019-06-30")


def test_extract_forecaster_named_a_sentence_before_is_carried() -> None:
    text = (
        "The Bank of Thailand cut its growth forecast for this year to 3.6%. "
        "It now projects growth of 3.8% next year."
    )
    this_year, next_year = extract_claims(text, published=dt.date(2024, 6, 26))
    assert this_year.forecaster is not None
    assert "Thailand" in this_year.forecaster
    check(next_year, horizon="forecast", forecaster=this_year.forecaster)


def test_extract_forecaster_is_not_carried_past_three_sentences_without_one() -> None:
    text = (
        "The IMF expects growth of 2.8% in 2025. Inflation rose to 3.1% in May. "
        "The key rate is 5%. The rouble traded at 90 per dollar. Growth is expected at 2% in 2026."
    )
    assert extract_claims(text, published=dt.date(2024, 6, 26))[-1].forecaster is None


@pytest.mark.parametrize(
    ("country", "named"),
    [("Russia", "Ministry of Economic Development"), ("Poland", "Ministry of Economy")],
)
def test_extract_an_economy_ministry_is_named_for_its_country(country: str, named: str) -> None:
    # Russia's is the Ministry of Economic Development, whose forecasts compare checks; any
    # other country's economy ministry is not that one
    text = f"{country}'s economy ministry expects growth of 2.5% next year."
    check(only(text, dt.date(2024, 5, 2)), horizon="forecast", forecaster=named)


def test_extract_the_bank_capitalised_is_the_central_bank() -> None:
    text = "Inflation could climb to 7.25 per cent in April, the Bank warned on Thursday."
    check(only(text, dt.date(2022, 2, 3)), horizon="forecast", forecaster="central bank")


def test_extract_a_list_of_currency_moves_shares_the_first_items_verb() -> None:
    text = "The won was down 0.7%, the Malaysian ringgit 0.2% and the Indonesian rupiah 0.1%."
    claims = extract_claims(text, published=dt.date(2017, 12, 6))
    assert [(c.base, c.quote, str(c.value)) for c in claims] == [
        ("KRW", "USD", "-0.7"),
        ("MYR", "USD", "-0.2"),
        ("IDR", "USD", "-0.1"),
    ]


def test_extract_half_its_value_is_a_fall_of_fifty_percent() -> None:
    text = "The pound has lost about half its value against the dollar since early 2022."
    check(only(text, dt.date(2024, 3, 6)), base="GBP", value="-50", qualifier="approx")


def test_extract_a_fraction_of_a_goods_price_is_no_claim() -> None:
    text = "The price of butter has risen by a quarter since January."
    assert extract_claims(text, published=dt.date(2024, 3, 6)) == []


def test_extract_a_hyphenated_pair_quoted_in_one_of_its_currencies() -> None:
    text = "The dollar-yen rate was 156.07 yen and the euro-dollar stood at $1.1774."
    claims = extract_claims(text, published=dt.date(2025, 12, 23))
    assert [(c.base, c.quote, str(c.value)) for c in claims] == [
        ("USD", "JPY", "156.07"),
        ("EUR", "USD", "1.1774"),
    ]


def test_extract_zero_percent_is_a_rate_level() -> None:
    text = "The Riksbank raised its benchmark repo rate to zero percent."
    check(only(text, dt.date(2019, 12, 19)), indicator="policy_rate", value="0")


def test_extract_a_bare_quarter_in_india_is_a_fiscal_quarter() -> None:
    """India's statistics number quarters in the fiscal year: Q1 is April to June."""
    text = "India's economy grew 13.5 per cent in the first quarter, the statistics office said."
    check(only(text, dt.date(2022, 9, 1)), period="2022-04-01..2022-06-30")
    forecast = "The RBI projects CPI inflation at 4.6 per cent in the third quarter."
    check(only(forecast, dt.date(2024, 6, 7)), horizon="forecast", period="2024-10-01..2024-12-31")
    calendar = "Germany's economy grew 0.2 per cent in the first quarter."
    check(only(calendar, dt.date(2022, 9, 1)), period="2022-01-01..2022-03-31")


def test_extract_the_ongoing_fiscal_year_is_the_countrys_current_one() -> None:
    text = (
        "The IMF retained its forecast of 2.5 percent GDP growth in Pakistan for the ongoing "
        "fiscal year."
    )
    check(only(text, dt.date(2023, 10, 11)), period="2023-07-01..2024-06-30")


def test_extract_australian_inflation_to_a_quarter_end_month_is_that_quarter() -> None:
    text = (
        "Australia's consumer price index rose 2.4 percent in the 12 months to December, "
        "compared to 2.8 percent in the year to September."
    )
    december, september = extract_claims(text, published=dt.date(2025, 1, 29))
    check(december, period="2024-10-01..2024-12-31")
    check(september, period="2024-07-01..2024-09-30")
    check(
        only("Australian inflation was 2.4% in October.", dt.date(2025, 1, 29)),
        period="2024-10-01..2024-10-31",
    )


def test_extract_a_dash_before_the_time_expression_keeps_it() -> None:
    text = "The economy grew by 1.2% on a seasonally adjusted basis - during the second quarter."
    check(only(text, dt.date(2021, 9, 7)), period="2021-04-01..2021-06-30")


def test_extract_won_after_a_figure_and_the_rate_carried_from_the_sentence_before() -> None:
    text = (
        "The won-dollar exchange rate rose to 1,484.3 won on Tuesday. "
        "The rate opened at 1,480 won, down 0.1 won from the previous day."
    )
    claims = extract_claims(text, published=dt.date(2025, 12, 23))
    assert [(c.base, c.quote, str(c.value)) for c in claims] == [
        ("USD", "KRW", "1484.3"),
        ("USD", "KRW", "1480"),
    ]


def test_extract_the_rate_after_an_exchange_rate_can_still_be_a_policy_rate() -> None:
    text = "The rouble fell to 100 per dollar. The rate was raised to 21% by the central bank."
    assert [c.indicator.value for c in extract_claims(text, published=PUB)] == [
        "fx_rate",
        "policy_rate",
    ]


def test_extract_a_year_before_real_is_no_brazilian_real() -> None:
    claim = only("In 2023 real GDP grew 3%.", dt.date(2024, 5, 1))
    assert claim.country != "BRA"


def test_extract_a_facility_rate_outside_the_euro_area_is_a_corridor_rate() -> None:
    text = (
        "Bank Indonesia held its benchmark rate at 6%. The deposit facility rate was kept at "
        "5.25%, while the lending facility rate stayed at 6.75%."
    )
    claims = extract_claims(text, published=dt.date(2024, 10, 16))
    assert [(c.country, str(c.value)) for c in claims] == [("IDN", "6")]
    ecb = "Poland's central bank held rates. The ECB cut its deposit facility rate to 3.25%."
    assert [c.country for c in extract_claims(ecb, published=dt.date(2024, 10, 17))] == ["EA"]


def test_extract_a_gap_in_points_between_forecasts_is_no_claim() -> None:
    text = (
        "Russia's economy will shrink by 1% this year, 0.4 percentage point deeper than forecast."
    )
    check(only(text, dt.date(2016, 4, 12)), value="-1")


def test_extract_a_forecast_revised_to_a_level_from_the_earlier_estimate() -> None:
    text = (
        "The RBI lowered the inflation projection to 3.7 per cent from the earlier estimate "
        "of 4 per cent."
    )
    claims = extract_claims(text, published=dt.date(2025, 6, 6))
    assert [(str(c.value), c.horizon.value, c.earlier_forecast) for c in claims] == [
        ("3.7", "forecast", False),
        ("4", "forecast", True),
    ]
    assert claims[0].period == claims[1].period


def test_extract_a_forecast_raised_from_one_figure_to_another() -> None:
    """ "From 4.5% to 5.1%": the first figure is the forecast the revision replaced, the
    second the new one with its change (not the other way round)."""
    text = (
        "The economy ministry increased its forecast for inflation in Russia in 2024 "
        "from 4.5% to 5.1%."
    )
    claims = extract_claims(text, published=dt.date(2024, 5, 6))
    got = [(str(c.value), c.earlier_forecast, c.change and str(c.change.value)) for c in claims]
    assert got == [("4.5", True, None), ("5.1", False, "0.6")]


def test_extract_an_earlier_forecast_written_with_a_plus_sign() -> None:
    """ "Revised its forecast for Austria's GDP this year to 0% from +0.3%": +0.3% is the
    forecast the revision replaced."""
    text = "The IMF revised its forecast for Austria's GDP this year to 0% from +0.3%."
    claims = extract_claims(text, published=dt.date(2024, 10, 30))
    assert [(str(c.value), c.earlier_forecast) for c in claims] == [("0", False), ("0.3", True)]


def test_extract_a_forecasters_own_prediction_is_its_own() -> None:
    """ "The World Bank's early April prediction of 1.8%" is the World Bank's, though the
    sentence opens with the IMF."""
    text = "The IMF's growth forecast for Kenya exceeds the World Bank's April prediction of 5.2%."
    (claim,) = extract_claims(text, published=dt.date(2024, 4, 17))
    assert (claim.forecaster, claim.attributed_to) == ("World Bank", "World Bank")


def test_extract_a_forecast_raised_to_a_level_names_the_earlier_one_only_once() -> None:
    """The earlier figure of a revised forecast is one claim, dated like the new one; a from-value
    in a forecast that revises nothing, or with its own period, is no earlier forecast."""
    text = "The IMF raised its 2025 growth forecast for Spain to 2.5% from 2.1% in April."
    claims = extract_claims(text, published=dt.date(2025, 7, 29))
    assert [(str(c.value), c.earlier_forecast, c.period.start.year) for c in claims] == [
        ("2.5", False, 2025),
        ("2.1", True, 2025),
    ]
    moves = "Inflation is expected to slow from 3.1% in 2024 to 2.4% in 2025, the bank said."
    assert not any(c.earlier_forecast for c in extract_claims(moves, published=PUB))
    rate = "Economists expect the bank to raise its key rate from 5.25% to 5.5% on Thursday."
    assert [str(c.value) for c in extract_claims(rate, published=PUB)] == ["5.5"]


def test_extract_it_after_a_sentence_naming_a_currency_is_that_currency() -> None:
    """A pronoun carries the currency the sentence before named, even with no rate quoted; "the
    rate" does not (it may be the inflation rate)."""
    text = (
        "Capital outflows have weighed on the Thai baht. It has lost 6% so far this year. "
        "By midday, it was trading at 36.12 per dollar."
    )
    claims = extract_claims(text, published=dt.date(2024, 10, 3))
    assert [(c.base, c.quote, str(c.value)) for c in claims] == [
        ("THB", "USD", "-6"),
        ("USD", "THB", "36.12"),
    ]
    inflation = "Prices are rising faster in Ghana than the cedi can bear. The rate rose to 9.3%."
    assert all(c.indicator.value != "fx_rate" for c in extract_claims(inflation, published=PUB))


def test_extract_a_past_move_after_a_forecast_is_an_outcome() -> None:
    text = "The economy is on track to slow to 1.9% this year after expanding 8.8% last year."
    forecast, outcome = extract_claims(text, published=dt.date(2023, 9, 20))
    check(forecast, horizon="forecast")
    check(outcome, value="8.8", horizon="actual", period="2022-01-01..2022-12-31")


def test_extract_a_figure_for_a_period_not_yet_started_is_a_forecast() -> None:
    text = "Growth was revised to 0.8% in 2023, 1.3% in 2024 and 1.5% in 2025."
    horizons = [c.horizon.value for c in extract_claims(text, published=dt.date(2023, 9, 20))]
    assert horizons[1:] == ["forecast", "forecast"]


def test_extract_an_outcome_named_in_a_forecast_sentence_stays_an_outcome() -> None:
    text = "The IMF said the economy should grow by 2.6% this year, up from last year's 2.5%."
    forecast, outcome = extract_claims(text, published=dt.date(2023, 2, 15))
    check(forecast, horizon="forecast")
    check(outcome, value="2.5", horizon="actual", period="2022-01-01..2022-12-31")


def test_extract_compared_with_the_same_quarter_a_year_earlier_is_year_on_year() -> None:
    text = (
        "Brazil's GDP grew 1.4% in the second quarter. "
        "Compared to the second quarter of 2023, GDP grew 3.3%."
    )
    headline, annual = extract_claims(text, published=dt.date(2024, 9, 3))
    check(headline, measure="unspecified")
    check(annual, measure="yoy", period="2024-04-01..2024-06-30")
    slowing = "British GDP grew by 0.1% in the third quarter, slowing from the second quarter."
    check(only(slowing, dt.date(2024, 11, 15)), measure="unspecified")


def test_extract_closing_a_year_is_december_on_december_but_not_a_months_close() -> None:
    check(
        only("In contrast, 2020 inflation closed at 3.15%.", dt.date(2023, 1, 10)),
        measure="dec_dec",
        period="2020-01-01..2020-12-31",
    )
    check(only("Inflation closed October at 5.1%.", dt.date(2023, 1, 10)), measure="yoy")


def test_extract_the_countries_sharing_the_euro_are_no_currency_subject() -> None:
    text = "Consumer prices in the 19 countries sharing the euro rose by 2.0 percent year-on-year."
    check(only(text, dt.date(2018, 11, 30)), indicator="inflation", measure="yoy")


@pytest.mark.parametrize(
    "text",
    [
        "Consumer-price growth dipped to 2.4 per cent in September.",
        "The PCE index was up 1.4 percent in November from a year earlier.",
        "CPI-median accelerated to 1.6% in June.",
    ],
)
def test_extract_more_names_of_consumer_price_measures(text: str) -> None:
    check(only(text, dt.date(2018, 12, 10)), indicator="inflation")


def test_extract_a_provisional_close_against_the_dollar() -> None:
    text = "The rupee settled lower by 1 paisa at 83.28 (provisional) against the US dollar."
    check(only(text, dt.date(2023, 11, 8)), base="USD", quote="INR", value="83.28")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank kept its growth outlook for next year at two-point-one percent.", "2.1"),
        ("The economy shrank by zero point two percent in the second quarter.", "-0.2"),
    ],
)
def test_extract_a_decimal_read_out_in_words(text: str, value: str) -> None:
    check(only(text, dt.date(2024, 8, 22)), value=value)


def test_extract_compared_with_the_quarter_before_is_quarter_on_quarter() -> None:
    text = "The economy expanded 1.4% in the first quarter versus the fourth quarter of 2022."
    check(only(text, dt.date(2023, 5, 15)), measure="qoq", period="2023-01-01..2023-03-31")


def test_extract_prices_cooling_to_a_rate_is_the_annual_rate_and_a_stated_measure_beats_pace() -> (
    None
):
    cooled = "Prices had cooled to 5.02 per cent in September."
    check(only(cooled, dt.date(2023, 11, 13)), measure="yoy")
    rose = "Prices rose 0.4% in October from September."
    check(only(rose, dt.date(2023, 11, 13)), measure="mom")
    pace = (
        "China's economy grew at a steady 6.4 per cent pace in the first quarter from a year "
        "earlier."
    )
    check(only(pace, dt.date(2019, 4, 17)), measure="yoy")


def test_extract_a_code_pair_that_moved_and_the_level_it_reached() -> None:
    check(
        only("EUR/USD rose 0.15% to 1.0887 on Friday.", dt.date(2024, 2, 2)),
        base="EUR",
        quote="USD",
        value="1.0887",
        change=("0.15", "pct"),
    )
    check(
        only("USD/JPY fell 0.5% on Friday.", dt.date(2024, 2, 2)),
        base="USD",
        quote="JPY",
        value="-0.5",
    )


def test_extract_a_move_to_reach_a_high_is_one_claim_with_its_level() -> None:
    text = "The euro increased by 0.3% on Thursday to reach a two-week high of $1.0728."
    check(only(text, dt.date(2024, 2, 2)), value="1.0728", change=("0.3", "pct"))


def test_extract_forecasts_ranging_from_one_figure_to_another_are_a_range() -> None:
    text = "Forecasts for annual inflation in March ranged from 68.2% to 70.54%."
    check(only(text, dt.date(2024, 3, 28)), value="68.2", value_max="70.54", change=None)


def test_extract_a_cut_with_the_rate_named_in_brackets_keeps_its_sign() -> None:
    text = "The committee agreed to cut the OCR (official cash rate) by 50 basis points."
    check(only(text, dt.date(2024, 10, 9)), value="-50")


def test_extract_a_rate_that_will_be_set_is_a_decision_unless_someone_expects_it() -> None:
    """ "The repo rate will remain at 7.75%" in the bank's voice is the decision of the day; the
    same "will" in a columnist's impression, or a "will" a month away, is a forecast."""
    day = dt.date(2023, 8, 16)
    decision = only("The repo rate will remain unchanged at 7.75%, the Governor said.", day)
    assert (decision.horizon.value, decision.period.start) == ("actual", day)
    opinion = "A columnist wrote that his impression was that the rate will be raised to 9%."
    assert only(opinion, day).horizon.value == "forecast"
    later = only("The Fed will cut rates to 4% next year.", day)
    assert later.horizon.value == "forecast"


def test_extract_a_figures_own_rate_refers_back_to_the_indicator_named_before() -> None:
    """ "a 40.1% rate" after a sentence about inflation is the inflation rate; after one about
    the policy rate it stays the policy rate."""
    text = (
        "Consumer price growth in Zambia slowed again in May. The statistics office recorded a "
        "12.9% rate in March, which eased to 12.4% in April."
    )
    claims = extract_claims(text, published=dt.date(2024, 6, 1))
    assert [(c.indicator.value, str(c.value)) for c in claims] == [
        ("inflation", "12.9"),
        ("inflation", "12.4"),
    ]
    policy = "Zambia's central bank raised its policy rate again. It had set a 12.5% rate in March."
    assert [c.indicator.value for c in extract_claims(policy, published=dt.date(2024, 6, 1))] == [
        "policy_rate"
    ]


def test_extract_a_poll_before_a_release_is_for_the_period_just_over() -> None:
    """ "forecast to have slid to 23% in January" in early February is January of this year, and
    so is a plain forecast for a month whose figure is still to come; a December forecast made
    in February is for the coming December."""
    day = dt.date(2025, 2, 6)
    poll = only("Inflation in Egypt is forecast to have slid to 23.0% in January.", day)
    assert (poll.horizon.value, poll.period.start) == ("forecast", dt.date(2025, 1, 1))
    pending = only("Analysts expect urban inflation to decelerate to 22.8% in January.", day)
    assert pending.period.start == dt.date(2025, 1, 1)
    ahead = only("Inflation will slow to 3% in December, the bank said.", day)
    assert ahead.period.start == dt.date(2025, 12, 1)
    quarter = only(
        "GDP was forecast to have expanded 0.8% in the December 2017 quarter.", dt.date(2018, 3, 15)
    )
    assert (quarter.period.start, quarter.period.end) == (
        dt.date(2017, 10, 1),
        dt.date(2017, 12, 31),
    )


def test_extract_a_central_bank_named_in_a_later_event_is_not_the_subject() -> None:
    text = (
        "The Central Bank of Nigeria met on Tuesday. The committee's decision to lift rates by "
        "100 basis points to 18.75% comes after the European Central Bank signalled more hikes "
        "in July and September."
    )
    claim = only(text)
    check(claim, indicator="policy_rate", country="NGA", value="18.75")
    check(claim, period="2024-11-05..2024-11-05")  # July and September date the ECB's moves


def test_extract_corridor_rates_outside_the_euro_area_are_no_policy_rate() -> None:
    text = (
        "Bank Indonesia kept its benchmark rate at 6%. The deposit facility rate was cut to "
        "5.25%, while the lending facility rate was lowered to 6.75%."
    )
    claims = extract_claims(text, published=PUB)
    assert [(c.country, str(c.value)) for c in claims] == [("IDN", "6")]
    ecb = only("The ECB kept the lending facility rate at 4.75%.")
    check(ecb, indicator="policy_rate", country="EA", value="4.75")


def test_extract_a_pair_written_with_a_hyphen_prices_its_first_currency() -> None:
    claims = extract_claims(
        "The shekel-dollar rate was down 0.4% at NIS 3.62/$ and 0.1% lower against the euro "
        "at 3.95/€.",
        published=PUB,
    )
    assert [(c.base, c.quote, str(c.value)) for c in claims if c.measure.value == "level"] == [
        ("USD", "ILS", "3.62"),
        ("EUR", "ILS", "3.95"),
    ]


def test_extract_the_index_of_the_sentence_before_is_its_inflation_measure() -> None:
    claims = extract_claims(
        "Core CPI rose 2.1% in March from a year earlier. In February, the index rose 1.9%.",
        published=PUB,
    )
    assert [(c.indicator.value, str(c.value), str(c.period.start)) for c in claims] == [
        ("inflation", "2.1", "2024-03-01"),
        ("inflation", "1.9", "2024-02-01"),
    ]
    stocks = "The main stock index rose 2% to 3,200 points. The index rose 0.5% on Friday."
    assert extract_claims(stocks, published=PUB) == []


def test_extract_a_range_of_forecasts_after_a_poll_is_a_forecast_range() -> None:
    claims = extract_claims(
        "Economists polled by Reuters expect annual inflation of 3.4% in October. "
        "Forecasts ranged from 3.1% to 3.6%.",
        published=PUB,
    )
    assert len(claims) == 2
    check(claims[1], indicator="inflation", value="3.1", value_max="3.6", horizon="forecast")
    check(claims[1], period="2024-10-01..2024-10-31")


def test_extract_a_currency_named_throughout_outweighs_one_bank_named_in_passing() -> None:
    text = (
        "The rupee settled at 83.28 against the US dollar on Wednesday. Bank of England Governor "
        "Andrew Bailey's speech will also be in focus. At the interbank market, the local unit "
        "opened at 83.25. The rupee had settled at 83.27 on Tuesday."
    )
    assert {(c.base, c.quote) for c in extract_claims(text, published=PUB)} == {("USD", "INR")}


def test_extract_rs_is_the_rupee_of_the_articles_country() -> None:
    text = (
        "The State Bank of Pakistan held its rate. The dollar closed at Rs 278.40 for buying, "
        "while the rupee weakened."
    )
    check(only(text), base="USD", quote="PKR", value="278.40")
