"""Word tables for claim extraction: cue words, verbs, qualifiers, names.

Only data lives here. ISO codes are never hard-coded for their own sake: country
aliases, demonyms and capitals map to ISO 3166-1 alpha-2 codes that ``subjects.py``
checks and converts through pycountry; currency names come from babel in ``units.py``
and this module only adds nicknames, spelling variants and defaults for ambiguous words.
Phrases are lower-case unless the entry says otherwise; patterns.py compiles them.
"""

from __future__ import annotations

# fmt: off

# --- calendar ------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "final": 4, "last": 4,
}

COUNT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "a": 1, "an": 1,
}

# --- number words --------------------------------------------------------------------------

UNIT_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}

TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

# Fractions as numerator / denominator ("a fifth" of something is 20 percent of it).
FRACTION_WORDS: dict[str, tuple[int, int]] = {
    "half": (1, 2), "a half": (1, 2), "one half": (1, 2), "half a": (1, 2),
    "a third": (1, 3), "one third": (1, 3), "one-third": (1, 3), "two thirds": (2, 3),
    "two-thirds": (2, 3), "a quarter": (1, 4), "one quarter": (1, 4), "one-quarter": (1, 4),
    "three quarters": (3, 4), "three-quarters": (3, 4), "three-quarter": (3, 4),
    "three quarter": (3, 4), "a fifth": (1, 5),
    "one fifth": (1, 5), "one-fifth": (1, 5), "a tenth": (1, 10), "one tenth": (1, 10),
    "another quarter": (1, 4), "another half": (1, 2),
}

# --- currencies ------------------------------------------------------------------------------

# Names babel does not give: spelling variants, nicknames, common forms. Lower-case.
CURRENCY_VARIANTS: dict[str, str] = {
    "u.s. dollar": "USD", "us dollar": "USD", "american dollar": "USD", "greenback": "USD",
    "united states dollar": "USD", "buck": "USD",
    "rouble": "RUB", "russian rouble": "RUB", "sterling": "GBP", "pound sterling": "GBP",
    "sterling pound": "GBP",
    "british pound": "GBP", "renminbi": "CNY", "chinese renminbi": "CNY", "yuan": "CNY",
    "loonie": "CAD", "aussie dollar": "AUD", "kiwi dollar": "NZD", "swissie": "CHF",
    "kiwi": "NZD", "aussie": "AUD",
    "turkish lira": "TRY", "lira": "TRY", "lire": "TRY", "liras": "TRY", "hryvna": "UAH",
    "reais": "BRL", "brazilian reais": "BRL", "kazakh tenge": "KZT", "dram": "AMD",
    "lebanese lira": "LBP", "syrian lira": "SYP",
    # the English "crown" for the Nordic and Czech currencies
    "swedish crown": "SEK", "norwegian crown": "NOK", "danish crown": "DKK",
    "czech crown": "CZK", "icelandic crown": "ISK",
    # babel writes "Icelandic Króna": the unaccented spelling as English news writes it
    "icelandic krona": "ISK", "icelandic kronur": "ISK",
    # Taiwan's press writes "the NT dollar" (New Taiwan dollar)
    "nt dollar": "TWD", "new taiwan dollar": "TWD",
    # the Uzbek so'm as the press spells it
    "soum": "UZS", "uzbek soum": "UZS",
    # babel's "Nepalese Rupee" as Nepal's own press names it
    "nepali rupee": "NPR", "nepali rupees": "NPR",
    # Zimbabwe Gold, the currency of April 2024, and the dollars before it (legacy_codes.py
    # gives the code of the day)
    "zig": "ZWG", "zimbabwe gold": "ZWG", "zimbabwe dollar": "ZWL", "zimbabwean dollar": "ZWL",
    # babel spells these "Belarusian Ruble" and "Venezuelan Bolívar"
    "belarusian rouble": "BYN", "belarus rouble": "BYN", "belarusian ruble": "BYN",
    "venezuelan bolivar": "VES", "bolivar fuerte": "VES", "bolivares": "VES",
    # currencies the euro replaced, whose ECB reference rates run until their euro entry
    "kuna": "HRK", "croatian kuna": "HRK", "litas": "LTL", "lithuanian litas": "LTL",
    "latvian lats": "LVL", "kroon": "EEK", "estonian kroon": "EEK", "slovak koruna": "SKK",
    "tolar": "SIT", "slovenian tolar": "SIT", "cypriot pound": "CYP", "maltese lira": "MTL",
    # native plurals the English press keeps ("24.09 koruny per euro", "1.96 leva")
    "koruny": "CZK", "korun": "CZK", "czech koruny": "CZK", "slovak koruny": "SKK",
    "leva": "BGN", "hryvni": "UAH",
}

# Head words ("dollar") that always mean one currency unless an adjective says otherwise.
HEAD_STRONG_DEFAULTS: dict[str, str] = {
    "dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "ruble": "RUB",
    "rouble": "RUB", "lira": "TRY", "hryvnia": "UAH", "greenback": "USD",
}

# Head words whose currency follows the article's country when it uses that word.
HEAD_WEAK_DEFAULTS: dict[str, str] = {
    "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR", "krona": "SEK", "krone": "NOK",
    "dinar": "DZD", "riyal": "SAR", "rial": "IRR", "shilling": "KES", "rand": "ZAR",
    "won": "KRW", "real": "BRL", "tenge": "KZT", "zloty": "PLN", "forint": "HUF",
    "leu": "RON", "lev": "BGN", "naira": "NGN", "dirham": "AED", "shekel": "ILS",
    "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "dong": "VND", "koruna": "CZK",
    "manat": "AZN", "lari": "GEL", "som": "KGS", "sum": "UZS", "sol": "PEN", "cedi": "GHS",
    "koruny": "CZK", "korun": "CZK",
}

# Head words that are ordinary English words: only with an adjective ("Brazilian real")
# or, for the ones listed in HEAD_WITH_ARTICLE, after "the" ("the pound fell").
RISKY_HEADS: frozenset[str] = frozenset(
    {"real", "won", "pound", "mark", "rand", "sum", "sol", "dong", "som", "lev", "kip", "buck",
     "gold", "gourde", "dobra", "franc cfa", "dram", "lek", "vatu", "tala", "pula", "loti",
     "leone", "balboa", "cordoba", "colon", "bolivar", "crown", "kiwi", "aussie"}
)
HEAD_WITH_ARTICLE: frozenset[str] = frozenset({"pound", "won", "rand", "real", "kiwi", "aussie"})
# Nicknames that are a currency only after "the" ("the kiwi fell"), even in the home country's
# news ("Kiwi exporters" are people)
ARTICLE_ONLY_HEADS: frozenset[str] = frozenset({"kiwi", "aussie"})

# Market convention: these are quoted in US dollars ("the euro at 1.08" is USD per EUR), with
# the range of US dollars per unit seen since 2000 widened by half: a figure in the range is
# read as dollars per unit ("the kina at 0.2465 against the dollar"), one outside it is not.
DOLLAR_QUOTED: dict[str, tuple[str, str]] = {
    "EUR": ("0.5", "2.5"), "GBP": ("0.7", "3.2"), "AUD": ("0.3", "1.6"), "NZD": ("0.25", "1.3"),
    "PGK": ("0.15", "0.75"), "FJD": ("0.25", "0.9"), "BWP": ("0.04", "0.3"),
}

# US dollars per unit that dollar-named currencies have traded within since 2000: a bare "$"
# figure outside the band, but whose inverse is inside, is the local dollar per US dollar
# ("the loonie traded in a range of $1.3008 to $1.3085" is C$ per US$).
DOLLAR_UNIT_BANDS: dict[str, tuple[str, str]] = {
    "CAD": ("0.6", "1.1"), "AUD": ("0.45", "1.1"), "NZD": ("0.38", "0.9"),
    "SGD": ("0.5", "0.85"), "HKD": ("0.12", "0.135"),
}

# Symbols babel's English locale does not give; other symbols come from babel.
EXTRA_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD",
    # dollar-sign pesos as Latin American and wire copy write them ("AR$ 900", "Col$ 4,000")
    "AR$": "ARS", "Ar$": "ARS", "CLP$": "CLP", "Col$": "COP", "COL$": "COP", "UY$": "UYU",
    "Mex$": "MXN", "RD$": "DOP", "J$": "JMD", "TT$": "TTD", "Z$": "ZWL", "N$": "NAD",
    "ARS$": "ARS", "MXN$": "MXN", "MX$": "MXN", "COP$": "COP", "UYU$": "UYU", "CL$": "CLP",
    # the Peruvian sol ("S/3.7270", "S/. 3.72")
    "S/": "PEN", "S/.": "PEN",
}

# --- forecasters and attribution -------------------------------------------------------------

# Phrase as written (case-insensitive) -> canonical forecaster. Specific ones win over generic.
FORECASTERS: dict[str, str] = {
    "imf": "IMF", "international monetary fund": "IMF", "the fund": "IMF",
    "world economic outlook": "IMF", "world bank": "World Bank", "oecd": "OECD",
    "organisation for economic co-operation and development": "OECD",
    "organisation for economic cooperation and development": "OECD",
    "organization for economic co-operation and development": "OECD",
    "organization for economic cooperation and development": "OECD",
    "global economic prospects": "World Bank",
    "atlanta fed": "Atlanta Fed", "gdpnow": "Atlanta Fed", "new york fed": "New York Fed",
    "asian development bank": "ADB", "adb": "ADB",
    "african development bank": "AfDB", "afdb": "AfDB",
    "ebrd": "EBRD", "european commission": "European Commission",
    "ministry of economic development": "Ministry of Economic Development",
    "economic development ministry": "Ministry of Economic Development",
    # (Russia's economy ministry is its Ministry of Economic Development: finish.py names it)
    "economy ministry": "Ministry of Economy",
    "ministry of economy": "Ministry of Economy",
    "finance ministry": "Ministry of Finance", "ministry of finance": "Ministry of Finance",
    "treasury": "Treasury", "congressional budget office": "CBO", "cbo": "CBO",
    "office for budget responsibility": "OBR", "obr": "OBR",
}
GENERIC_FORECASTERS: dict[str, str] = {
    "economists": "economists", "economist": "economists", "analysts": "analysts",
    "analyst": "analysts", "reuters poll": "Reuters poll", "bloomberg survey": "Bloomberg survey",
    "reuters survey": "Reuters poll", "bloomberg poll": "Bloomberg survey",
    "consensus": "consensus", "government": "government", "cabinet": "government",
    "markets": "markets", "traders": "markets", "investors": "markets",
    "mpc": "central bank", "monetary policy committee": "central bank",
    "monetary policy council": "central bank", "governing council": "central bank",
    "copom": "central bank", "fomc": "central bank", "committee participants": "central bank",
    "rate-setters": "central bank", "policymakers": "central bank",
    # "the Reserve Bank announced interest rates would remain at 1.75%" (Australia's, India's,
    # New Zealand's, South Africa's: the article's country says which)
    "reserve bank": "central bank",
}

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "said", "says", "say", "reported", "reports", "report", "showed", "shows", "show",
    "revealed", "reveals", "reveal", "found", "finds", "estimated", "estimates", "expects",
    "expected", "forecast", "forecasts", "projects", "projected", "predicts", "predicted",
    "warned", "warns", "announced", "announces", "noted", "notes", "told", "sees", "saw",
    "indicate", "indicates", "indicated", "suggest", "suggests", "suggested", "claimed",
    "expect", "project", "predict", "see", "estimate", "anticipate", "anticipates",
    "insisted", "insist", "insists", "argued", "argue", "argues", "believe", "believes",
    "contend", "contends", "maintain", "maintains", "alleged", "allege", "alleges",
    "asserted", "stated", "reckon", "reckons", "think", "thinks", "speculated", "fear",
    "fears", "calculated", "calculates", "computed",
    "claims", "wrote", "writes", "confirmed", "confirms", "put", "puts", "published",
    "warn", "forecasted",
    # a politician's figure: "President Bush Thursday cited the third-quarter growth ... to 7.2%"
    "cited", "cites", "touted", "touts", "boasted", "boasts",
)
# Adverbs that may stand between a source and its verb ("papers reportedly warn").
REPORTING_ADVERBS: tuple[str, ...] = (
    "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "also", "now",
    "still", "already", "recently", "previously", "earlier", "separately", "publicly",
    "privately", "openly", "repeatedly", "explicitly", "clearly", "further", "even",
    "reported", "actually", "indeed", "similarly", "likewise", "again", "first",
)
# Words in -ly that are nouns or adjectives of a source, not adverbs ("the assembly said").
LY_NON_ADVERBS: frozenset[str] = frozenset(
    {"assembly", "family", "daily", "weekly", "monthly", "quarterly", "ally", "rally",
     "supply", "anomaly", "monopoly", "oligopoly", "fly"}
)  # fmt: skip

# Nouns that make a subject phrase a source ("data from Rosstat showed").
SOURCE_NOUNS: tuple[str, ...] = (
    "data", "figures", "statistics", "memo", "memos", "documents", "document", "report",
    "reports", "survey", "poll", "officials", "official", "sources", "source", "analysts",
    "economists", "economist", "minister", "ministry", "governor", "chairman", "chair",
    "president", "spokesman", "spokeswoman", "statement", "estimate", "estimates", "office",
    "agency", "service", "bank", "fund", "ministers", "experts", "forecast", "projections",
    "commentators", "critics", "traders", "bloggers", "observers", "investors", "people",
    "residents", "lawmakers", "politicians", "opposition", "activists", "researchers",
    "strategists", "bankers", "executives", "post", "posts", "tweet", "message", "rumours",
    "rumors", "study", "paper", "note", "calculations", "institute", "bureau", "committee",
    "papers", "notes", "briefing", "briefings", "draft", "drafts", "cable", "cables",
    "presentation", "presentations", "slides", "slide", "dossier", "files", "file", "letter",
    "letters", "minutes", "transcript", "transcripts", "emails", "e-mails", "correspondence",
)

HEDGES: tuple[str, ...] = (
    "reportedly", "allegedly", "purportedly", "supposedly", "rumoured", "rumored", "leaked",
    "unconfirmed", "unverified", "anonymous", "unnamed", "is said to", "are said to",
    "was said to", "were said to", "sources say", "sources said", "according to sources",
    "according to people familiar", "claimed", "claims",
)

# --- indicator cues --------------------------------------------------------------------------

INFLATION_CUES: tuple[str, ...] = (
    "consumer price inflation", "consumer price index", "consumer prices", "cost of living",
    # New Zealand's official name
    "consumers price index", "consumers' price index", "consumers’ price index",
    "consumer price",  # "Consumer price fell to 1.7% in September"
    "inflation index",  # "the annual inflation index surged to 0.9 percent"
    "consumer prices index",  # the UK's official name
    "cpi index", "core cpi index",
    "all items index", "all-items index", "all items cpi", "all-items cpi",
    # the BLS's own wording: "The index for all items less food and energy rose 0.1 percent"
    "index for all items",
    "pce", "pce price index", "pce inflation", "personal consumption expenditures price index",
    "personal consumption expenditure price index", "personal consumer expenditures price index",
    "personal consumer expenditure price index", "consumer expenditures price index",
    "price growth", "price increases", "inflation rate", "inflation rates", "trimmed mean",
    # "the inflation growth at 0.9 percent", "CPI growth slowed to 3%": price growth
    "inflation growth", "cpi growth",
    # "expect the rate of price rises to peak at five per cent": inflation, not a policy rate
    "rate of price rises", "rate of price increases", "pace of price rises",
    "pace of price increases", "rate of price increase", "rate of price rise",
    "rate of price growth", "pace of price growth",
    "trimmed-mean", "trimmed mean inflation", "weighted median", "weighted-median",
    "rate of inflation", "hyperinflation", "pce index", "consumer-price growth",
    "consumer price growth", "consumer-price inflation", "consumer-price index",
    "cpi-median", "cpi-common", "cpi-trim",
    # the index glued to the word ("average CPI-inflation decelerating from 4.6%")
    "cpi-inflation", "hicp-inflation",
    # Sweden's CPI with a fixed interest rate, the Riksbank's target measure
    "cpif", "cpif excluding energy",
    # Eurostat's harmonised index, often named without "of consumer prices"
    "harmonised index", "harmonized index", "harmonised inflation", "harmonized inflation",
    "inflation", "deflation", "cpi", "hicp", "prices", "ipca", "cpih",
    # national indices named by their acronyms: Sri Lanka's Colombo and national CPIs, Mexico's
    # INPC, Brazil's IPCA-15, the US CPI-U and CPI-W (not "IPC": Mexico's stock index)
    "ccpi", "ncpi", "inpc", "ipca-15", "cpi-u", "cpi-w",
    # former target measures: South Africa's CPIX (CPI excluding mortgage interest, 2000-08)
    # and the UK's RPIX (1992-2003), with the retail prices index itself
    "cpix", "rpix", "rpi",
    # Norway's CPI adjusted for tax changes and without energy products, Norges Bank's gauge
    "cpi-ate",
    # India's name for CPI inflation (longer than the blocker "retail")
    "retail inflation", "retail price inflation",
    # "the core price index climbed 0.31%" (a bare "price index" may be a producers' one)
    "core price index", "core sub-index", "core subindex", "core index",
)
GDP_CUES: tuple[str, ...] = (
    "gross domestic product", "gdp", "economic growth", "growth rate", "growth rates",
    "economic output", "expansion rate",
    # "economic performance up 11.3 percent from the second quarter" (Wirtschaftsleistung)
    "economic performance",
    "economy", "economies", "growth", "output", "contraction", "recession", "expansion",
    # longer than the blocker "of the economy" (a share of it)
    "expansion of the economy", "growth of the economy", "contraction of the economy",
    # ... and than "of gdp": "Analysts projected growth of GDP of 3.35%"
    "growth of gdp", "growth of the gdp", "growth in gdp", "contraction of gdp",
    "contraction in gdp", "expansion of gdp", "growth of gross domestic product",
    "economic decline", "economic contraction",
    # "reported a shrinking of GDP of just 1.5%" (longer than the blocker "of gdp")
    "shrinking of gdp", "shrinkage of gdp",
    # "lowered its economic recovery forecast to 8%": the growth a recession is followed by
    "economic recovery",
    # "the timely estimate of GDP rose 4.3%": the estimate is of GDP growth, not a share
    "estimate of gdp", "estimates of gdp", "estimate of the gdp",
    "growth in gross domestic product", "growth of the gross domestic product",
    # "The volume of GDP rose by 3.7%": real GDP, not a share of it
    "volume of gdp", "volume of the gdp", "volume of gross domestic product",
    "volume of the gross domestic product",
)
# Verbs count for GDP only when an economy word is their subject ("the economy shrank").
GDP_VERBS: tuple[str, ...] = (
    "grew", "grow", "grows", "growing", "expanded", "expand", "expands", "expanding",
    "shrank", "shrink", "shrinks", "shrunk", "shrinking", "contracted", "contract",
    "contracts", "contracting",
)
# Policy-rate names that need no further context.
POLICY_CUES: tuple[str, ...] = (
    "key interest rate", "key rate", "policy rate", "main interest rate",
    # China's loan prime rate, the benchmark the PBOC steers since 2019
    "loan prime rate", "one-year loan prime rate", "lpr", "one-year lpr",
    # Saudi Arabia's policy rate (longer than the blocker "lending rate"); the Fed's and the
    # PBOC's of the 2000s as wires named them
    "repo lending rate", "overnight bank lending rate", "overnight lending rate",
    "benchmark lending rate",
    # the Philippine central bank's overnight borrowing (reverse repo) rate, its policy rate
    # before 2016, and the "key borrowing rate" of wires
    "key overnight borrowing rate", "key borrowing rate",
    "federal funds rate", "fed funds rate", "federal-funds rate", "fed-funds rate",
    "federal-funds", "fed-funds",
    "federal funds", "fed funds", "bank rate", "base rate", "refinancing rate", "refi rate",
    "main refinancing operations rate", "main refinancing rate", "deposit facility rate",
    "deposit rate", "one-week repo rate", "repo rate", "cash rate", "discount rate",
    # Argentina's and China's seven-day repo, named without "rate" ("The 7-day repo was held
    # at 40 percent")
    "7-day repo", "seven-day repo", "7-day reverse repo", "seven-day reverse repo",
    "7-day repo rate", "seven-day repo rate", "one-week repo",
    "benchmark rate", "benchmark interest rate", "policy interest rate", "target range",
    "benchmark lending rate", "central bank rate", "target lending rate",
    "overnight rate", "marginal lending rate", "repurchase rate", "overnight repurchase rate",
    "marginal lending facility rate",
    "deposit facility", "marginal lending facility", "main refinancing operations",
    "overnight deposit rate", "overnight lending rate", "selic", "selic rate",
    "federal funds target range", "official cash rate", "one-week repo auction rate",
    "cash rate target", "target cash rate", "policy target rate",
    "target for the federal funds rate", "target for the cash rate",
    "target for the overnight rate", "overnight rate target", "target for the key rate",
    "official interest rate", "lending facility rate", "lending facility",
    # Banxico's "overnight interest-rate target", Bank Indonesia's "BI rate"
    "interest-rate target", "interest rate target", "overnight interest rate target",
    "overnight interest-rate target", "bi rate", "bi-rate", "bi 7-day reverse repo rate",
    # acronyms of policy rates: New Zealand's official cash rate, Malaysia's overnight policy
    # rate, the monetary policy rates of Nigeria and Ghana, Botswana
    "ocr", "opr", "mpr", "mopr",
    # the Bank of Mozambique's interbank money-market (MIMO) rate, its policy rate
    "mimo rate", "mimo",
    # Iceland's collateralised lending rate (its policy rate until 2014); "kept its key lending
    # rate at 9.75%"
    "collateral lending rate", "collateralised lending rate", "collateralized lending rate",
    "key lending rate",
    # Danmarks Nationalbank's policy rate
    "current account rate", "current-account rate",
    # the People's Bank of China's benchmark until 2019: its one-year lending rate
    "main lending rate", "one-year lending rate", "one-year loan rate",
    "one-year loan interest rate", "one-year benchmark lending rate",
    # the Central Bank of Kenya's Central Bank Rate, written with the bank's initials
    "cbk rate", "cbk bank rate", "cbk bank rates",
    # the Bank of Papua New Guinea's Kina Facility Rate; Kazakhstan's "rate of refinancing"
    "kina facility rate", "kfr", "rate of refinancing", "interest rate of refinancing",
)
# Generic names that count only with a central bank or a policy verb in the clause.
POLICY_WEAK_CUES: tuple[str, ...] = (
    "interest rates", "interest rate", "borrowing costs", "rates", "rate", "benchmark",
    "target rate", "target interest rate",
    # "increased the official cost of borrowing to 2.5 percent"
    "cost of borrowing", "borrowing cost",
)
POLICY_VERBS: tuple[str, ...] = (
    "raised", "raise", "raises", "raising", "hiked", "hike", "hikes", "hiking", "lifted",
    "lift", "increased", "cut", "cuts", "cutting", "lowered", "lower", "lowers", "reduced",
    "reduce", "slashed", "slash", "trimmed", "trim", "clip", "clipped", "kept", "keep",
    "keeps", "held", "hold", "holds", "left", "leaves", "maintained", "unchanged", "set",
    "sets", "tightened", "eased",
    "decreased", "decrease", "increase", "increases", "lowering", "raising", "taking",
    "brought", "bringing", "took", "pushed", "pushing", "moved", "delivered",
)

# Numbers near these are about something else. Longer phrases shadow the cues above
# ("inflation target" is not inflation, "food prices" is not the CPI).
BLOCKER_CUES: tuple[str, ...] = (
    "inflation target", "inflation targets", "inflation goal", "inflation expectations",
    # a goal said with a verb: "The ECB wants inflation to be just below 2 per cent"
    "wants inflation", "want inflation", "wanted inflation", "aims to keep inflation",
    "aim to keep inflation", "seeks to keep inflation", "wants to keep inflation",
    "target of", "target", "targets", "goal", "unemployment", "jobless", "employment",
    "unemployment rate", "jobless rate", "employment rate", "participation rate",
    "per capita", "per capita gdp", "gdp per capita", "per-capita", "per-capita gdp",
    # rates of a central bank other than its policy rate
    "lombard rate", "lombard", "standing deposit facility", "marginal standing facility",
    "rediscount rate", "re-discount rate", "rediscount", "bill rediscount rate",
    "interest rates held constant", "interest rate held constant", "constant interest rate",
    "constant interest rates", "fixed interest rate", "fixed interest rates",
    "standing deposit facility rate", "marginal standing facility rate",
    "banks' reference rate", "banks’ reference rate", "economic activity index", "activity index",
    "imacec", "tolerance range", "target range for inflation", "target for inflation",
    "inflation target range", "inflation-target range",
    # China's two-year averages (2021, over the 2020 base) and other activity series
    "two-year average", "two-year average growth", "two-year average basis",
    "fixed-asset investment", "fixed asset investment", "fixed-asset investment growth",
    "capital formation", "fixed capital formation", "gross fixed capital formation",
    "capital formation rate", "fixed capital formation rate", "gross fixed capital formation rate",
    "fixed asset investment growth", "domestic demand", "final demand", "public investment",
    "private investment", "business investment", "inflation targeting", "nominal effective rate",
    "effective exchange rate", "nominal effective exchange rate", "real effective exchange rate",
    "special deposit account", "special deposit accounts",
    "wages", "wage", "salaries",
    "salary", "pensions", "pension", "incomes", "income", "voters", "respondents", "poll",
    "approval", "stocks", "stock", "shares", "index", "points", "bond", "bonds", "yield",
    "yields", "deficit", "surplus", "debt", "budget", "tax", "taxes", "tariff", "tariffs",
    # a ratio to GDP, written as one compound: "a debt-to-GDP ratio close to 70 percent"
    *(f"{what}-to-{gdp}{ratio}" for what in ("debt", "deficit", "tax", "credit", "revenue")
      for gdp in ("gdp", "gross domestic product") for ratio in ("", " ratio")),
    "exports", "imports", "trade", "sales", "retail", "industrial", "manufacturing", "pmi",
    "shipments", "shipment",
    # "productivity in Finland's economy grew by 3.8 percent": output per hour, not GDP
    "productivity", "labour productivity", "labor productivity",
    # publications named after what they forecast: "In its quarterly Inflation Report, the Bank
    # indicated that growth ..."; prices of currency forwards
    "inflation report", "inflation reports", "monetary policy report", "forward prices",
    # Brazil's government-set prices, a part of the IPCA basket
    "administered prices", "regulated prices", "monitored prices",
    # a currency's quote of the day, never the policy rate
    "closing rate", "opening rate",
    "oil prices", "gas prices", "fuel prices", "food prices", "energy prices",
    "crude prices", "crude oil prices", "oil price", "crude price", "crude futures",
    "house prices", "home prices", "housing prices", "property prices", "rent", "rents",
    "mortgage", "mortgages", "loans", "loan", "lending", "credit", "deposits", "savings",
    "profit", "profits", "revenue", "revenues", "earnings", "stake", "turnout", "majority",
    "population", "reserves", "reserve requirement", "reserve requirements",
    "reserve requirement ratio", "reserve requirement ratios", "reserve ratio",
    "required reserve ratio", "required reserves", "cash reserve ratio", "producer prices",
    "monetary reserve rate", "reserve requirement rate", "mandatory reserve rate",
    "required reserve rate", "cash reserve rate", "statutory reserve rate",
    "producer price", "ppi", "import prices",
    "export prices", "wholesale prices", "asset prices", "share prices", "stock prices",
    "commodity prices", "wheat prices", "metal prices", "gold", "wage growth",
    "credit growth", "loan growth", "lending growth", "money supply", "population growth",
    "money-supply", "money-supply growth", "money supply growth", "broad money",
    "output of grains", "output of grain", "grain output", "grain production", "crop output",
    "electricity output", "power output", "electricity generation", "power generation",
    "electricity production",
    # a mortgage rate that follows the ECB's ("tracker rates will fall by 0.5 points")
    "tracker rate", "tracker rates", "tracker mortgage", "tracker mortgages",
    "sales growth", "earnings growth", "revenue growth", "profit growth", "export growth",
    "import growth", "productivity growth", "job growth", "employment growth",
    "investment growth", "consumption growth", "spending growth", "industrial output",
    "investment", "investments", "paid services",
    "industrial production", "oil output", "production", "discount", "capacity", "market share",
    "services output", "construction output", "manufacturing output", "energy bills",
    "household bills", "utility bills",
    "vacancy", "occupancy", "probability", "chance", "odds", "of gdp", "margin", "interest",
    # a market's odds of a move: "a November rate reduction is priced at 67.3%"
    "priced at", "priced in at", "is priced", "are priced",
    "of the gdp", "of the country's gdp", "of the country’s gdp", "of its gdp", "of the economy",
    # "debt as a share of gross domestic product rose to 62%"
    "of gross domestic product", "of the gross domestic product", "to gdp",
    "to gross domestic product",
    "to economic growth", "to gdp growth", "sector output", "farm output",
    "dividend", "coupon", "market", "markets", "mortgage rates", "mortgage rate", "share",
    "services inflation", "service inflation", "food inflation", "energy inflation",
    # the same components named after the word: "Inflation in services was 4.4%"
    "inflation in services", "inflation for services", "inflation in food",
    "inflation for food", "inflation in goods", "inflation in energy",
    "rent inflation", "wage inflation", "producer price inflation", "house price inflation",
    "asset price inflation", "goods inflation", "shelter inflation",
    "services price inflation", "service price inflation", "food price inflation",
    "non-food inflation", "nonfood inflation", "food inflation rate", "non-food inflation rate",
    # Pakistan's weekly Sensitive Price Indicator and wholesale prices beside its CPI
    "wpi", "wholesale price index", "wholesale inflation", "wholesale price inflation", "spi",
    "wholesale-price inflation", "wholesale-price index", "wholesale-price inflation rate",
    "wholesale price inflation rate", "wholesale inflation rate", "wholesale price index inflation",
    "wpi inflation", "wpi-based inflation", "wpi based inflation",
    # the GDP deflator by its statistical name: "the implicit price index for GDP fell 0.7%"
    "implicit price index", "implicit price deflator", "implicit price index for gdp",
    "price index for gdp",
    "sensitive price indicator", "sensitive price index",
    "real rate", "real rates", "real interest rate", "real interest rates", "real policy rate",
    # a currency's move, not a policy rate: "the depreciation rate of 1.4 per cent this year"
    "depreciation rate", "appreciation rate", "rate of depreciation", "rate of appreciation",
    "lending rates", "lending rate", "loan rates", "deposit rates", "savings rates",
    "market rates", "bond rates", "interbank rates", "credit card rates", "objective",
    "upper limit", "lower limit", "ceiling", "floor", "limit", "tolerance band", "band",
    "preferred band", "preferred range", "target band", "comfort zone", "comfort range",
    "threshold",
    # price indices that are not consumer inflation
    "gdp price deflator", "gdp deflator", "price deflator", "deflator",
    # sub-aggregates and notional rates of GDP: not the economy's measured growth
    "non-oil gdp", "non-oil economy", "non-oil growth", "non-oil sector", "non-oil activity",
    "non-oil output", "oil gdp", "oil sector", "non-mining gdp", "non-mining economy",
    "oil activities", "non-oil activities", "oil activity", "non-oil activity",
    "non-agricultural gdp", "gdp excluding", "growth excluding", "economy excluding",
    "carry-over", "carryover", "carry over", "statistical overhang", "overhang",
    "carry-over growth", "carryover growth", "carry-over gdp growth", "carry-over annual growth",
    "carry-over annual gdp growth", "carryover gdp growth",
    # Italy's "acquired growth", France's "growth achievement" (acquis de croissance)
    "acquired growth", "acquired variation", "acquired variation growth", "growth achievement",
    "internal demand", "external demand", "aggregate demand",
    "potential growth", "potential output", "growth potential", "its potential",
    "rate corridor", "interest rate corridor", "corridor",
    "tax rate", "tax rates", "consumption tax", "sales tax", "vat", "value-added tax",
    "income tax", "corporate tax", "consumption tax rate", "sales tax rate", "vat rate",
    "income tax rate", "corporate tax rate",
    # components of GDP: their growth is not the economy's
    "public investment", "private investment", "government investment", "capital expenditure",
    "consumer spending", "household spending", "government spending", "public spending",
    "private consumption", "household consumption", "government consumption",
    "business investment", "fixed investment", "capital spending", "residential investment",
    "inventories", "inventory", "gross fixed capital formation", "fixed capital formation",
    "capital formation", "credit to the economy", "lending to the economy",
    "final consumption", "final consumption expenditure", "consumption expenditure",
    "exports of goods", "imports of goods", "exports of goods and services",
    "imports of goods and services",
    # a component's share of the growth: "external demand made a negative contribution of 0.1
    # point", "net exports detracted 0.4 percentage points"
    "contribution", "contributions", "contributed", "contributing", "detracted", "subtracted",
    # a part of the basket, or of output, is not the whole
    "non-core inflation", "noncore inflation", "non-core index", "non-core cpi",
    "non-core component", "non-core prices", "cpi goods", "cpi services", "goods annual rate",
    "services annual rate",
    "non-food inflation", "food costs", "energy costs", "value added", "agricultural value added",
    "non-agricultural value added", "agricultural output", "farm output", "gva", "gva growth",
    "gross value added", "nominal gdp", "nominal growth", "nominal gross domestic product",
    # income, not output: "the GDP shrank 0.1 percent, while the GNI grew 0.6 percent"
    "gni", "gross national income", "gross national product", "gnp",
    # the middle of a target band: "anchor inflation at the 4.5 percent mid-point"
    "mid-point", "midpoint",
    "prices of services", "services prices", "service prices", "prices of goods",
    "goods prices", "prices of food", "clothing prices", "prices of clothing",
    # a seller's own prices ("urged retailers to cut prices by 10%") are not inflation
    "cut prices", "cut their prices", "cut its prices", "cutting prices", "lower prices",
    "lower their prices", "lowering prices", "reduce prices", "reduce their prices",
    "reducing prices", "drop prices", "drop their prices", "slash prices", "slashed prices",
    "slashing prices", "raise prices", "raise their prices", "raising prices", "raised prices",
    "freeze prices", "freezing prices", "froze prices",
)

CORE_CUES: tuple[str, ...] = (
    "core", "underlying", "excluding food and energy", "excluding energy and food",
    "ex-food", "excluding volatile", "trimmed mean", "weighted median", "supercore",
    "cpi-median", "cpi-common",
    "cpi-trim", "cpif excluding energy",
    # the volatile items named as left out: "stripping out energy and unprocessed food"
    "stripping out energy", "stripping out food", "stripping out volatile", "strips out energy",
    "strips out food", "strips out volatile", "without unprocessed food", "without energy",
    "without food", "excluding unprocessed food", "excluding fresh food", "excluding energy",
    "excluding food", "less food and energy", "less food and fuel",
)

# --- measures --------------------------------------------------------------------------------

# "<connector> <base>" phrases name a measure by its comparison base, in any combination:
# "compared to the preceding month", "with respect to the previous three months".
_CONNECTORS = ("from", "compared with", "compared to", "on", "over", "versus", "against",
               "relative to", "with respect to", "in comparison with", "in comparison to",
               # "7.4 percent higher than in the corresponding period one year ago"
               "than in", "than")
_MONTH_BASES = ("the previous month", "the preceding month", "the prior month",
                "a month earlier", "a month ago", "the month before", "a month prior")
_QUARTER_BASES = ("the previous quarter", "the preceding quarter", "the prior quarter",
                  "a quarter earlier", "a quarter ago", "the quarter before", "a quarter prior",
                  "the previous three months", "the preceding three months",
                  "the previous three-month period", "the preceding three-month period",
                  "the prior three-month period")
_YEAR_BASES = ("a year earlier", "a year ago", "a year prior", "the year prior",
               "the previous year", "the preceding year",
               "the prior year", "the same month", "the same period", "the same quarter",
               "the corresponding month", "the corresponding period", "the corresponding quarter",
               # a list's comparison: "..., compared with the corresponding periods in 2009"
               "the corresponding periods", "the same periods", "the corresponding quarters",
               "the same quarters", "the corresponding months", "the same months")


def _against(bases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{c} {b}" for c in _CONNECTORS for b in bases)


MEASURE_CUES: dict[str, tuple[str, ...]] = {
    "mom": ("month-on-month", "month on month", "month-over-month", "month over month",
            "m/m", "mom", "mtm", "m-o-m", "month-to-month", "month to month",
            "from the previous month", "from a month earlier",
            "from the month before", "on the month", "monthly", "over the month",
            "over one month", "over a month",
            "on the previous month", "compared with the previous month", "on month",
            "compared to the previous month", "from the preceding month", "on-month",
            "per month",
            *_against(_MONTH_BASES)),
    "qoq": ("quarter-on-quarter", "quarter on quarter", "quarter-over-quarter", "q/q", "qoq",
            "q-o-q", "qtq",
            "from the previous quarter", "from the preceding quarter", "on the quarter",
            "from a quarter earlier", "quarterly", "sequential", "from the last quarter",
            "compared with the previous quarter", "from the previous three months",
            "from three months earlier", "from three months before", "over three months earlier",
            "compared with the previous three months", "compared to the previous quarter",
            "compared to the previous three months", "from the prior quarter",
            "on the previous quarter", "over the previous quarter", "on quarter", "on-quarter",
            "to the previous quarter", "to the preceding quarter",
            "quarter from the first", "quarter from the second", "quarter from the third",
            "quarter-by-quarter", "quarter-to-quarter", "three preceding months",
            "three immediately preceding months", "preceding three months",
            "immediately preceding quarter",
            *_against(_QUARTER_BASES)),
    "annualized": ("annualized", "annualised", "at an annual rate", "saar",
                   # "the equivalent of a 0.9% annual rate of decline"
                   "annual rate of decline", "annual rate of contraction",
                   "annual rate of growth", "annual rate of expansion"),
    "annual_avg": ("annual average", "average annual", "on average", "average inflation",
                   "averaged", "averaging", "average"),
    "dec_dec": ("december on december", "december-on-december", "dec/dec", "ended the year at",
                "end the year at", "closed the year at", "ended at", "closed at", "closed",
                "closing", "close the year", "closing the year",
                "december to december", "december-to-december", "year-end", "end-year",
                "end of the year", "end of year", "by year end", "ending december at",
                "end december at", "ending the year at"),
    "ytd": ("year-to-date", "year to date", "since the start of the year", "accumulated",
            "cumulative", "cumulated",
            # Latin American copy: "accrued inflation" (inflación acumulada)
            "accrued",
            "since the beginning of the year", "so far this year", "ytd",
            # "3.6% against December 2021": since the end of last year
            "against december", "against last december", "against the previous december"),
    "yoy": ("year-on-year", "year on year", "year-over-year", "year over year", "y/y", "yoy",
            "y-o-y", "yr/yr", "yr-on-yr", "yr-yr",
            # Latin American copy: "5.05% interannually" (tasa interanual)
            "interannual", "interannually", "inter-annual", "year-on-year basis",
            "from a year earlier", "from a year ago", "than a year earlier",
            # "5.9 percent above its level of a year earlier"
            "level of a year earlier", "level a year earlier", "level of a year ago",
            "levels of a year earlier", "level of the previous year",
            "from the year earlier", "from the year before", "from a year before",
            "from the last year", "from last year", "over last year", "on last year",
            "compared with a year earlier", "compared with a year ago", "on an annual basis",
            "in annual terms", "annual", "annually", "yearly", "12-month", "twelve-month",
            "12 months to", "12 months through", "12 months ended", "12 months ending",
            "twelve months ending", "twelve months to", "year to",
            "from the same month", "from the same period",
            "from the same quarter", "over the past 12 months", "over the past year",
            "on the year", "on year", "on-year", "than a year ago", "on a yearly basis",
            # "had dropped 0.5% over one month and 1.2% over the year"
            "over the year", "over one year", "this time last year", "this time a year ago",
            "on an annualized basis", "per year", "per annum", "over a year",
            "over the last 12 months", "compared with the previous year",
            "compared to the previous year", "from the previous year", "on the previous year",
            "than the previous year", "compared with the same month",
            "from the same month last year", "compared with the same period",
            "compared to the same period", "compared with the same quarter",
            "compared to the same quarter", "compared with the same month",
            "compared to the same month", "over the same period", "versus the same period",
            "on the same period", "from the same period last year", *_against(_YEAR_BASES)),
}

# --- direction -------------------------------------------------------------------------------

UP_WORDS: tuple[str, ...] = (
    "upgraded", "upgrade", "upgrades", "upgrading", "appreciation",
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
    "climbed", "climb", "climbs", "jumped", "jump", "jumps", "surged", "surge", "surges",
    "soared", "soar", "soars", "accelerated", "accelerate", "accelerates", "gained", "gain",
    "gains", "strengthened", "strengthen", "strengthens", "appreciated", "appreciate",
    "rallied", "rally", "firmed", "advanced", "spiked", "spike", "grew", "grow", "grows",
    "expanded", "expand", "expands", "raised", "raise", "raises", "hiked", "hike", "hikes",
    "lifted", "lift", "tightened", "up", "higher", "added", "topped", "exceeded", "doubled",
    "tripled", "skyrocketed", "rising", "climbing", "jumping", "soaring", "surging",
    "gaining", "strengthening", "accelerating", "rallying", "raising", "hiking", "lifting",
    "growing", "expanding", "appreciating", "increasing", "advancing", "spiking",
    "rebound", "rebounds", "rebounding", "rebounded", "recover", "recovers", "recovering",
    "recovered", "bounce", "bounced", "bouncing", "regained", "regain", "regains", "regaining",
)
DOWN_WORDS: tuple[str, ...] = (
    "downgraded", "downgrade", "downgrades", "downgrading",
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined",
    "decline", "declines", "decreased", "decrease", "slid", "slide", "slides", "slipped",
    "slip", "sank", "sink", "sinks", "plunged", "plunge", "plunges", "tumbled", "tumble",
    "slumped", "slump", "crashed", "crash", "collapsed", "collapse", "lost", "lose",
    "loses", "shed", "sheds", "weakened", "weaken", "weakens", "depreciated", "depreciate",
    "devalued", "eased", "ease", "eases", "slowed", "slow", "slows", "decelerated", "cooled",
    "cut", "cuts", "lowered", "lower", "reduced", "slashed", "trimmed", "down", "shrank",
    # "sliced a half point off its key rates"
    "sliced", "shaved", "lopped", "knocked",
    "shrink", "shrunk", "contracted", "contract", "contraction", "halved", "dipped", "dip",
    "retreated", "retreat", "deflation", "recession", "downturn", "negative", "minus",
    "dropping", "sliding", "slipping", "weakening", "plunging", "tumbling", "sinking",
    "losing", "declining", "shedding", "slumping", "crashing", "collapsing", "depreciating",
    "easing", "slowing", "cooling", "cutting", "lowering", "reducing", "shrinking",
    "contracting", "decelerating", "dipping", "devaluing", "reduce", "reduces", "lowers",
    "cuts", "decrease", "decreases", "trim", "trims", "slash", "slashes",
    # "to clip its refinance rate 25 basis points"
    "clip", "clips", "clipped", "clipping",
    "devaluation", "depreciation", "reduction", "reductions", "loss", "losses",
    "plummeted", "plummet", "plummets", "plummeting", "nosedived", "nosedive", "tanked",
    "cratered",
)
# Words that put a GDP or price figure below zero ("a contraction of 15%" is -15).
NEGATIVE_GROWTH_WORDS: tuple[str, ...] = (
    "shrank", "shrink", "shrinks", "shrunk", "shrinking", "contracted", "contract",
    "contracts", "contracting", "contraction", "contractions", "declined", "decline",
    "declines", "fell", "fall", "falls", "dropped", "drop", "drops", "slumped", "slump",
    "plunged", "plunge", "recession", "downturn", "deflation", "decrease", "decreased",
    "negative", "minus", "lost", "loss", "tumbled", "sank", "collapse", "collapsed",
    "reduction", "reduced", "reduce", "slid", "slide", "slides", "slipped", "slip", "slips",
    "dipped", "dip", "dips", "shrinkage", "backtracked", "backtracking",
    # "expect GDP to have fallen 1.2%", "after falling 0.3%"
    "fallen", "falling", "declining", "dropping", "sliding", "slipping", "slumping", "sunk",
    # "the economy shed 19 percent of its value"
    "shed", "sheds", "shedding",
)
CHANGE_NOUNS: tuple[str, ...] = (
    "rise", "increase", "gain", "jump", "climb", "surge", "rally", "appreciation", "fall",
    "drop", "decline", "slide", "slump", "plunge", "loss", "depreciation", "devaluation",
    "decrease", "hike", "cut", "reduction", "advance",
)
RATIO_VERBS: dict[str, str] = {
    "doubled": "2", "tripled": "3", "trebled": "3", "quadrupled": "4", "halved": "0.5",
}

# --- qualifiers, superlatives, horizon -------------------------------------------------------

QUALIFIERS: dict[str, str] = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "above": "at_least",
    "past": "at_least", "beyond": "at_least", "exceeding": "at_least", "exceeded": "at_least",
    "exceed": "at_least", "exceeds": "at_least", "surpass": "at_least", "top": "at_least",
    "in excess of": "at_least", "upwards of": "at_least", "north of": "at_least",
    "no less than": "at_least", "higher than": "at_least", "greater than": "at_least",
    "just over": "at_least", "just above": "at_least", "topped": "at_least",
    "surpassed": "at_least", "through": "at_least", "breached": "at_least",
    "breach": "at_least", "breaches": "at_least",
    "broken": "at_least", "broke": "at_least", "crossed": "at_least", "breaking": "at_least",
    "under": "at_most", "below": "at_most", "less than": "at_most", "at most": "at_most",
    "no more than": "at_most", "up to": "at_most", "lower than": "at_most",
    "beneath": "at_most", "just under": "at_most", "just below": "at_most",
    "shy of": "at_most", "short of": "at_most", "as much as": "at_most",
    "as high as": "at_most", "about": "approx", "around": "approx", "roughly": "approx",
    "some": "approx", "approximately": "approx", "nearly": "approx", "almost": "approx",
    "a maximum of": "at_most", "a minimum of": "at_least", "maximum of": "at_most",
    "a maximum": "at_most", "a minimum": "at_least", "maximum": "at_most", "minimum": "at_least",
    "minimum of": "at_least",
    "close to": "approx", "closer to": "approx", "circa": "approx", "near": "approx",
    "approaching": "approx", "~": "approx", "about a": "approx", "roughly a": "approx",
    "neared": "approx", "nearing": "approx", "nears": "approx", "approached": "approx",
    "approaches": "approx", "approach": "approx",
    # "inflation is likely to eclipse 280%"
    "eclipse": "at_least", "eclipses": "at_least", "eclipsed": "at_least",
    "more like": "approx", "something like": "approx", "more or less": "approx",
}
# Qualifiers that point the way the value moved ("fell past $1.05" is at most 1.05).
DIRECTIONAL_QUALIFIERS: frozenset[str] = frozenset(
    {"past", "beyond", "through", "breached", "broken", "broke", "crossed", "breaking"}
)

FORECAST_CUES: tuple[str, ...] = (
    "nowcast", "nowcasts", "gdpnow", "market estimate", "market estimates",
    # "signalled further cuts of up to 90 basis points this year": moves foretold
    "signalled further", "signaled further", "signalled more", "signaled more",
    "signalled another", "signaled another", "signals further", "signals more",
    "market expectation", "market expectations", "market consensus", "expectation range",
    "expectations range",
    "will", "would", "'ll", "shall", "expects", "expect", "expected", "expecting",
    "forecasts", "forecast", "forecasted", "forecasting", "projects", "project", "projected",
    "projecting", "projection", "projections", "predicts", "predict", "predicted",
    "anticipates", "anticipate", "anticipated", "anticipating", "outlook", "sees", "see",
    "seen", "is set to", "are set to", "set to", "on track to", "on course to", "likely",
    "could", "should", "may", "might", "estimates for", "estimate for",
    # what an economy is said to be able to do: "Argentina can grow above three percent"
    "can grow", "can expand", "can reach", "can achieve",
    # a consensus as traders word it: "economists were looking for a 0.2% rise"
    "looking for", "were looking for", "are looking for",
    # what money markets price: "markets are fully pricing in a 10 basis point cut"
    "pricing in", "priced in", "to price in", "fully priced", "fully discounted",
    "scenario", "baseline", "going to", "poised to",
    "assumes", "assumed", "assume", "assumption", "assumptions", "budgeted", "plans",
    "planned", "envisages", "envisaged", "median estimate", "consensus estimate",
    "consensus forecast", "prediction", "predictions", "predicting", "counting on",
    "prognosis", "prognoses", "consensus for",
    "inflation estimate", "growth estimate", "gdp estimate", "estimate range",
    # a consensus named as such: "beating expectations of 0.7% growth"
    "expectations of", "expectation of", "expectations for",
    # "the consensus expectation among economists of 0.1% growth"
    "consensus expectation", "consensus expectations",
    # a poll of forecasters reports forecasts: "growth was probably 3.2%, according to the
    # poll", "inflation eased to 3.1% in May, a Reuters poll showed"; "Westpac is tipping
    # growth of 0.5%"
    "probably", "tipping", "tipped to", "poll showed", "poll shows", "poll found",
    "according to the poll", "according to a poll", "according to a reuters poll",
    "according to the reuters poll", "according to a bloomberg poll",
    "according to a bloomberg survey", "polled by", "poll of economists", "poll of analysts",
    "survey of economists", "survey of analysts",
)
# Phrases with forecast words that describe an outcome ("faster than expected").
FORECAST_EXCLUSIONS: tuple[str, ...] = (
    "tipping point",
    "than expected", "than forecast", "than anticipated", "than projected",
    "than predicted", "as expected", "as forecast", "unexpected", "unexpectedly",
    "as was expected", "as had been expected", "as was widely expected", "as widely expected",
    "than economists expected", "than analysts expected", "than many expected",
    "than had been expected", "than most expected", "not seen since", "last seen",
    "than it had expected", "than it expected", "than they had expected", "than we had expected",
    "than it had forecast", "than it had projected",
    # a release of an outcome: "a revised GDP estimate showing a 2.8 per cent contraction"
    "revised gdp estimate", "revised growth estimate", "estimate showing", "estimates showing",
    "flash estimate", "preliminary estimate", "advance estimate",
    "seen since", "not been seen", "as projected", "in line with expectations",
    "should have", "could have", "may have", "might have", "has seen", "have seen",
    "had seen",
    # "the 0.4% rate seen in the previous quarter": observed, not forecast
    "seen in the previous", "seen in the prior", "seen in the preceding", "seen in the last",
    "seen last", "seen a year earlier", "seen a year ago", "seen the previous",
    "seen in the first quarter", "seen in the second quarter", "seen in the third quarter",
    "seen in the fourth quarter", "seen in the final quarter",
    "seen before the", "seen before it", "seen prior to",
    # "faster than the 2.3 per cent rise seen in June": a reading, named by its noun
    "rise seen in", "increase seen in", "growth seen in", "gain seen in", "decline seen in",
    "fall seen in", "drop seen in", "contraction seen in", "expansion seen in", "pace seen in",
    "rate seen in", "level seen in", "high seen in", "low seen in", "peak seen in",
    # "In a widely anticipated move, the bank lowered...": the move is the news, not a forecast
    "in a widely expected", "in a widely anticipated", "in a largely expected",
    "in a much-anticipated", "in a much anticipated", "in an expected move",
    "in an anticipated move", "in a move widely expected", "in a move that was widely expected",
    # a rate's name: "raised its baseline interest rate by a quarter point"
    "baseline interest rate", "baseline rate",
    # an outcome that had been foreseen: "The 25 basis points cut was widely forecast by"
    "was widely forecast", "was widely expected", "was widely anticipated",
    "had been widely forecast", "had been widely expected",
)

# --- sentence splitting ----------------------------------------------------------------------

ABBREVIATIONS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "mt", "no", "vs",
     "inc", "co", "corp", "ltd", "jr", "sr", "col", "lt", "capt", "sgt", "adm", "pres",
     "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m", "etc", "approx", "est", "dept",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "fig", "ave", "blvd", "u.s.a", "d.c", "op", "cf", "al", "bn", "mln", "pct",
     # a rupee's letters before its figure: "over Rs. 104 a dollar", "IRs. 65"
     "rs", "irs"}
)
# fmt: on
