"""The tables behind ``resolve``: which source and series answer which claim.

Series keys follow docs/series.md. Everything here is data; the logic is in resolve.py.
"""

from __future__ import annotations

from econcheck.readings import Reading

# Bank of Russia currency codes (VAL_NM_RQ of XML_dynamic.asp), checked against a captured
# XML_daily.asp response of 2025-04-04 (43 currencies). Values are RUB per 1 unit.
CBR_CODES = {
    "USD": "R01235",
    "EUR": "R01239",
    "CNY": "R01375",
    "GBP": "R01035",
    "JPY": "R01820",
    "TRY": "R01700J",
    "UAH": "R01720",
    "INR": "R01270",
    "KZT": "R01335",
    "CHF": "R01775",
    "BYN": "R01090B",
    "AMD": "R01060",
    "AZN": "R01020A",
    "AUD": "R01010",
    "CAD": "R01350",
    "HKD": "R01200",
    "AED": "R01230",
    "GEL": "R01210",
    "KGS": "R01370",
    "UZS": "R01717",
    "TJS": "R01670",
    "BRL": "R01115",
    "PLN": "R01565",
    "SEK": "R01770",
    "NOK": "R01535",
    "CZK": "R01760",
    "DKK": "R01215",
    "HUF": "R01135",
    "KRW": "R01815",
    "SGD": "R01625",
    "ZAR": "R01810",
    "XDR": "R01589",
}

# Currencies the euro replaced: eurofxref-hist keeps their reference rates up to the day before
# each joined (SIT 2007, CYP and MTL 2008, SKK 2009, EEK 2011, LVL 2014, LTL 2015, HRK 2023).
ECB_FORMER_CURRENCIES = frozenset(["CYP", "EEK", "HRK", "LTL", "LVL", "MTL", "SIT", "SKK"])

# Currencies in the ECB euro reference rates (eurofxref-hist), current members only.
ECB_CURRENCIES = frozenset(
    [
        "AUD",
        "BGN",
        "BRL",
        "CAD",
        "CHF",
        "CNY",
        "CZK",
        "DKK",
        "GBP",
        "HKD",
        "HUF",
        "IDR",
        "ILS",
        "INR",
        "ISK",
        "JPY",
        "KRW",
        "MXN",
        "MYR",
        "NOK",
        "NZD",
        "PHP",
        "PLN",
        "RON",
        "SEK",
        "SGD",
        "THB",
        "TRY",
        "USD",
        "ZAR",
    ]
)

# Common names and symbols an extractor might leave in base/quote.
CURRENCY_ALIASES = {"RUR": "RUB", "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

EURO_AREA = "EA"
EURO_AREA_ALIASES = frozenset({"EA", "EA19", "EA20", "EMU", "EUZ", "EURO AREA", "EUROZONE"})
# Euro-area members: their policy rate is the ECB's.
EURO_MEMBERS = frozenset(
    [
        "AUT",
        "BEL",
        "HRV",
        "CYP",
        "EST",
        "FIN",
        "FRA",
        "DEU",
        "GRC",
        "IRL",
        "ITA",
        "LVA",
        "LTU",
        "LUX",
        "MLT",
        "NLD",
        "PRT",
        "SVK",
        "SVN",
        "ESP",
    ]
)

COUNTRY_NAMES = {
    "RUS": "Russia",
    "USA": "the United States",
    "EA": "the euro area",
    "GBR": "the United Kingdom",
    "TUR": "Turkey",
}

ECB_DFR = "FM/B.U2.EUR.4F.KR.DFR.LEV"
ECB_MRO = "FM/B.U2.EUR.4F.KR.MRR_FR.LEV"
ECB_MLF = "FM/B.U2.EUR.4F.KR.MLFR.LEV"
POLICY_SERIES: dict[str, tuple[tuple[str, str], ...]] = {
    "RUS": (("CBR", "KEY_RATE"),),
    "USA": (("FRED", "DFEDTARU"), ("FRED", "DFEDTARL")),
    # the three key ECB rates: a figure is read as the closest, the others are listed
    EURO_AREA: (("ECB", ECB_DFR), ("ECB", ECB_MRO), ("ECB", ECB_MLF)),
    "GBR": (("BOE", "IUDBEDR"),),
    "TUR": (("CBRT", "POLICY_RATE"),),
}

# Inflation: (country, period kind, measure) -> (source, series, reading) triples.
# Period kind is "month" (a month or a few) or "year" (whole calendar years).
Leg = tuple[str, str, Reading]
# y/y as the Bank of Russia publishes it (live, snapshot fallback); m/m and Dec/Dec from Rosstat.
_RU_YOY: Leg = ("CBR", "INFLATION", Reading.YOY)
_RU_MOM: Leg = ("ROSSTAT", "CPI_MOM", Reading.MOM)
_RU_ANN: Leg = ("ROSSTAT", "CPI_MOM", Reading.MOM_ANNUALIZED)
_RU_YTD: Leg = ("ROSSTAT", "CPI_MOM", Reading.YTD)
_RU_DEC: Leg = ("ROSSTAT", "CPI_DEC_DEC", Reading.DEC_DEC)
_US_YOY: Leg = ("FRED", "CPIAUCNS", Reading.INDEX_YOY)
# BLS's month-on-month headline is seasonally adjusted; its 12-month change is not.
_US_MOM: Leg = ("FRED", "CPIAUCSL", Reading.INDEX_MOM)
_US_ANN: Leg = ("FRED", "CPIAUCSL", Reading.INDEX_MOM_ANNUALIZED)
_US_AVG: Leg = ("FRED", "CPIAUCNS", Reading.INDEX_ANNUAL_AVG)
_YOY_ONLY = {
    EURO_AREA: ("ECB", "ICP/M.U2.N.000000.4.ANR", Reading.YOY),
    "GBR": ("ONS", "D7G7", Reading.YOY),
    "TUR": ("TURKSTAT", "CPI_YOY", Reading.YOY),
}

INFLATION_LEGS: dict[tuple[str, str, str], tuple[Leg, ...]] = {
    ("RUS", "month", "unspecified"): (_RU_YOY, _RU_MOM, _RU_ANN),
    ("RUS", "month", "yoy"): (_RU_YOY,),
    ("RUS", "month", "mom"): (_RU_MOM,),
    ("RUS", "month", "annualized"): (_RU_ANN,),
    ("RUS", "month", "ytd"): (_RU_YTD,),
    ("RUS", "year", "unspecified"): (_RU_DEC, _RU_YOY),
    ("RUS", "year", "dec_dec"): (_RU_DEC,),
    ("RUS", "year", "yoy"): (_RU_YOY,),
    ("RUS", "year", "ytd"): (_RU_YTD,),
    ("USA", "month", "unspecified"): (_US_YOY, _US_MOM, _US_ANN),
    ("USA", "month", "yoy"): (_US_YOY,),
    ("USA", "month", "mom"): (_US_MOM,),
    ("USA", "month", "annualized"): (_US_ANN,),
    ("USA", "year", "unspecified"): (_US_YOY, _US_AVG),
    ("USA", "year", "yoy"): (_US_YOY,),
    ("USA", "year", "dec_dec"): (_US_YOY,),
    ("USA", "year", "annual_avg"): (_US_AVG,),
}
for _country, _leg in _YOY_ONLY.items():
    for _kind in ("month", "year"):
        INFLATION_LEGS[(_country, _kind, "unspecified")] = (_leg,)
        INFLATION_LEGS[(_country, _kind, "yoy")] = (_leg,)
    INFLATION_LEGS[(_country, "year", "dec_dec")] = (_leg,)

# Core inflation: the US CPI-U less food and energy (y/y from the unadjusted index, m/m from the
# seasonally adjusted one, as BLS's headlines), the euro area's HICP excluding energy, food,
# alcohol and tobacco (the ECB's core measure, y/y). Fetched live; not in the snapshot.
_US_CORE_YOY: Leg = ("FRED", "CPILFENS", Reading.INDEX_YOY)
_US_CORE_MOM: Leg = ("FRED", "CPILFESL", Reading.INDEX_MOM)
_EA_CORE_YOY: Leg = ("ECB", "ICP/M.U2.N.XEF000.4.ANR", Reading.YOY)
CORE_LEGS: dict[tuple[str, str, str], tuple[Leg, ...]] = {
    ("USA", "month", "unspecified"): (_US_CORE_YOY, _US_CORE_MOM),
    ("USA", "month", "yoy"): (_US_CORE_YOY,),
    ("USA", "month", "mom"): (_US_CORE_MOM,),
    (EURO_AREA, "month", "unspecified"): (_EA_CORE_YOY,),
    (EURO_AREA, "month", "yoy"): (_EA_CORE_YOY,),
}
CORE_HAS = {
    ("USA", "month"): "the US CPI-U less food and energy by month (FRED CPILFENS, CPILFESL)",
    (EURO_AREA, "month"): "the euro area's HICP excluding energy, food, alcohol and tobacco, y/y",
}

# What each country's national inflation data hold, for "not in the data" messages.
INFLATION_HAS = {
    "RUS": "Rosstat CPI m/m and Dec/Dec, and the y/y the Bank of Russia publishes",
    "USA": "the BLS CPI-U index (FRED CPIAUCNS, and CPIAUCSL for m/m)",
    EURO_AREA: "the euro-area HICP annual rate (ECB)",
    "GBR": "the ONS CPI annual rate (D7G7)",
    "TUR": "the TurkStat CPI annual change",
}

# US quarterly GDP as BEA publishes it, served by FRED (fetched live; not in the snapshot): the
# headline q/q change at a seasonally adjusted annual rate, and the change from a year earlier.
GDP_US_SAAR: Leg = ("FRED", "A191RL1Q225SBEA", Reading.GDP_SAAR)
GDP_US_YOY: Leg = ("FRED", "A191RO1Q156NBEA", Reading.GDP_YOY)
GDP_RUS_ANNUAL = ("ROSSTAT", "GDP_ANNUAL")
GDP_RUS_QUARTERLY = ("ROSSTAT", "GDP_QUARTERLY")

# Forecasters: who publishes what, for which countries.
IMF_GDP = "NGDP_RPCH"
IMF_CPI = "PCPIPCH"
MINEK_SERIES = {"gdp_growth": "GDP", "inflation": "CPI_EOY"}
FORECASTER_COUNTRIES = {"IMF": None, "MINEK": frozenset({"RUS"})}
FORECASTER_ALIASES = (
    ("imf", "IMF"),
    ("monetary fund", "IMF"),
    ("world economic outlook", "IMF"),
    ("minek", "MINEK"),
    ("economic development", "MINEK"),
    ("economy ministry", "MINEK"),
    ("ministry of economy", "MINEK"),
    ("minekonomrazvitiya", "MINEK"),
)

# Words marking an attribution as a poll or market view, not a forecaster's own release.
CONSENSUS_WORDS = ("poll", "survey", "economists", "analysts", "consensus", "market", "traders")

# Words marking an attribution as something other than a published release.
UNPUBLISHED_WORDS = ("leak", "memo", "draft", "internal", "unpublished", "sources", "familiar")

# How measures are written in reasons.
MEASURE_WORDS = {
    "yoy": "y/y",
    "mom": "m/m",
    "qoq": "q/q",
    "annualized": "annualised",
    "annual_avg": "annual-average",
    "dec_dec": "Dec/Dec",
    "ytd": "year-to-date",
    "level": "",
    "unspecified": "",
}
