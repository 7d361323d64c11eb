"""Word tables for places: country aliases, demonyms, capitals, central banks.

Data only, like ``vocab.py``: every entry maps to an ISO 3166-1 alpha-2 code that
``subjects.py`` checks and converts to alpha-3 through pycountry ("EA" is the euro area).
"""

from __future__ import annotations

# fmt: off
# --- countries -------------------------------------------------------------------------------

# Common English names not in pycountry or babel, and abbreviations: name -> alpha-2.
# Case matters for entries with capitals. "EA" (euro area) and "WLD" (world) are our own.
COUNTRY_ALIASES: dict[str, str] = {
    "Russia": "RU", "Turkey": "TR", "Türkiye": "TR", "Turkiye": "TR", "U.S.": "US",
    "US": "US", "USA": "US", "U.S.A.": "US", "America": "US", "United States": "US",
    "United States of America": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB",
    "South Korea": "KR", "Korea": "KR", "North Korea": "KP", "Iran": "IR", "Syria": "SY",
    "Vietnam": "VN", "Laos": "LA", "Moldova": "MD", "Bolivia": "BO", "Venezuela": "VE",
    "Tanzania": "TZ", "Taiwan": "TW", "Czech Republic": "CZ", "Czechia": "CZ",
    "the Netherlands": "NL", "Holland": "NL", "Ivory Coast": "CI", "the Philippines": "PH",
    "the UAE": "AE", "UAE": "AE", "Kyrgyzstan": "KG", "Congo": "CD", "PNG": "PG",
}

EURO_AREA_NAMES: tuple[str, ...] = (
    "euro area", "euro-area", "eurozone", "euro zone", "euro-zone", "single-currency bloc",
    "the bloc", "the currency bloc", "the 20-nation bloc", "the 20-country bloc",
    "the single currency area",
)
WORLD_WORDS: tuple[str, ...] = ("global", "world", "worldwide", "world's")

# Adjectives of nationality -> alpha-2 (capitalised as written in prose).
DEMONYMS: dict[str, str] = {
    "Russian": "RU", "Turkish": "TR", "American": "US", "British": "GB", "Chinese": "CN",
    "Japanese": "JP", "German": "DE", "French": "FR", "Italian": "IT", "Spanish": "ES",
    "Ukrainian": "UA", "Indian": "IN", "Brazilian": "BR", "Mexican": "MX", "Canadian": "CA",
    "Australian": "AU", "South Korean": "KR", "Korean": "KR", "Kazakh": "KZ",
    "Kazakhstani": "KZ", "Belarusian": "BY", "Polish": "PL", "Hungarian": "HU",
    "Czech": "CZ", "Swiss": "CH", "Swedish": "SE", "Norwegian": "NO", "Danish": "DK",
    "Dutch": "NL", "Belgian": "BE", "Austrian": "AT", "Greek": "GR", "Portuguese": "PT",
    "Irish": "IE", "Finnish": "FI", "Argentine": "AR", "Argentinian": "AR", "Chilean": "CL",
    "Colombian": "CO", "Peruvian": "PE", "Egyptian": "EG", "Nigerian": "NG",
    "South African": "ZA", "Saudi": "SA", "Iranian": "IR", "Israeli": "IL",
    "Indonesian": "ID", "Thai": "TH", "Vietnamese": "VN", "Malaysian": "MY",
    "Philippine": "PH", "Filipino": "PH", "Pakistani": "PK", "Bangladeshi": "BD",
    "Georgian": "GE", "Armenian": "AM", "Azerbaijani": "AZ", "Uzbek": "UZ", "Kyrgyz": "KG",
    "Serbian": "RS", "Romanian": "RO", "Bulgarian": "BG", "Croatian": "HR", "Kenyan": "KE",
    "Venezuelan": "VE", "Ghanaian": "GH", "Ethiopian": "ET", "Moroccan": "MA",
    "Algerian": "DZ", "Qatari": "QA", "Emirati": "AE", "Sri Lankan": "LK", "Turkmen": "TM",
    "Tajik": "TJ", "Mongolian": "MN", "Lebanese": "LB", "Iraqi": "IQ", "Syrian": "SY",
    "New Zealand": "NZ", "Icelandic": "IS", "Slovak": "SK", "Slovenian": "SI",
    "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT", "Moldovan": "MD",
    "Zimbabwean": "ZW", "Zambian": "ZM", "Ugandan": "UG", "Tanzanian": "TZ",
    "Taiwanese": "TW", "Singaporean": "SG",
    "Costa Rican": "CR", "Dominican": "DO", "Guatemalan": "GT", "Honduran": "HN",
    "Salvadoran": "SV", "Nicaraguan": "NI", "Panamanian": "PA", "Paraguayan": "PY",
    "Uruguayan": "UY", "Ecuadorian": "EC", "Bolivian": "BO", "Cuban": "CU", "Jamaican": "JM",
    "Haitian": "HT", "Trinidadian": "TT", "Jordanian": "JO", "Kuwaiti": "KW", "Omani": "OM",
    "Bahraini": "BH", "Tunisian": "TN", "Libyan": "LY", "Sudanese": "SD", "Angolan": "AO",
    "Mozambican": "MZ", "Namibian": "NA", "Botswanan": "BW", "Rwandan": "RW",
    "Senegalese": "SN", "Ivorian": "CI", "Cameroonian": "CM", "Malawian": "MW",
    "Mauritian": "MU", "Nepalese": "NP", "Nepali": "NP", "Cambodian": "KH", "Afghan": "AF",
    "Bosnian": "BA", "Albanian": "AL", "Macedonian": "MK", "Montenegrin": "ME",
    "Cypriot": "CY", "Maltese": "MT", "Luxembourgish": "LU", "Fijian": "FJ",
    "Papua New Guinean": "PG", "Mauritanian": "MR", "Congolese": "CD",
}

# Capitals and other places used as metonyms for a government or central bank.
CAPITALS: dict[str, str] = {
    "Moscow": "RU", "Kremlin": "RU", "Ankara": "TR", "Washington": "US",
    "White House": "US", "Beijing": "CN", "Tokyo": "JP", "Berlin": "DE", "Paris": "FR",
    "Rome": "IT", "Madrid": "ES", "Kyiv": "UA", "Kiev": "UA", "New Delhi": "IN",
    "Brasilia": "BR", "Brasília": "BR", "Mexico City": "MX", "Ottawa": "CA", "Canberra": "AU",
    "Seoul": "KR", "Astana": "KZ", "Minsk": "BY", "Warsaw": "PL", "Budapest": "HU",
    "Prague": "CZ", "Bern": "CH", "Stockholm": "SE", "Oslo": "NO", "Copenhagen": "DK",
    "Buenos Aires": "AR", "Cairo": "EG", "Abuja": "NG", "Pretoria": "ZA", "Riyadh": "SA",
    "Tehran": "IR", "Jakarta": "ID", "Bangkok": "TH", "Hanoi": "VN", "Islamabad": "PK",
    "Tbilisi": "GE", "Yerevan": "AM", "Baku": "AZ", "Tashkent": "UZ", "Bishkek": "KG",
    "Belgrade": "RS", "Bucharest": "RO", "Sofia": "BG", "Nairobi": "KE", "Caracas": "VE",
    "Downing Street": "GB", "Whitehall": "GB", "Frankfurt": "EA",
    # capitals and financial centres that datelines and market reports name for the country
    "Colombo": "LK", "Karachi": "PK", "Mumbai": "IN", "Dhaka": "BD", "Manila": "PH",
    "Kuala Lumpur": "MY", "Lagos": "NG", "Accra": "GH", "Kampala": "UG", "Dar es Salaam": "TZ",
    "Lusaka": "ZM", "Addis Ababa": "ET", "Luanda": "AO", "Tunis": "TN", "Rabat": "MA",
    "Amman": "JO", "Lima": "PE", "Bogota": "CO", "Bogotá": "CO", "Montevideo": "UY",
    "Asuncion": "PY", "Asunción": "PY", "Quito": "EC", "Kathmandu": "NP", "Ulaanbaatar": "MN",
    "Phnom Penh": "KH", "Reykjavik": "IS", "Dublin": "IE", "Lisbon": "PT", "Athens": "GR",
    "Helsinki": "FI", "Vienna": "AT", "Zagreb": "HR", "Wellington": "NZ", "Taipei": "TW",
    "Doha": "QA", "Kuwait City": "KW", "Abu Dhabi": "AE", "Muscat": "OM", "Manama": "BH",
    "Istanbul": "TR", "Johannesburg": "ZA", "Tel Aviv": "IL", "Jerusalem": "IL",
}

# Regions whose figures the news gives under their English names (ISO 3166-2 has the local
# ones): a figure of one is no claim about the country's series (regions.py). Capitals used
# for their governments ("Beijing", "Tokyo") count as regions only for inflation and GDP.
REGION_NAMES_EN: tuple[str, ...] = (
    "Bavaria", "Hesse", "Lower Saxony", "North Rhine-Westphalia", "Saxony", "Thuringia",
    "Catalonia", "Andalusia", "Basque Country", "Lombardy", "Sicily", "Sardinia", "Tuscany",
    "Flanders", "Wallonia", "Scotland", "Wales", "Northern Ireland", "Quebec", "Ontario",
    "Alberta", "British Columbia", "Tokyo", "Osaka", "Hokkaido", "Okinawa", "Shanghai",
    "Beijing", "Guangdong", "Shenzhen", "Chongqing", "Tianjin", "Java", "Sumatra", "Bali",
    "Kalimantan", "Sulawesi", "Metro Manila", "National Capital Region", "NCR", "Calgary",
    "Sao Paulo", "São Paulo", "Rio de Janeiro", "Kerala", "Tamil Nadu", "Maharashtra",
    "California", "Texas", "Michigan", "Chukotka", "Komi", "Tatarstan", "Moscow region",
    # the emirates, whose own statistics offices publish GDP and inflation
    "Dubai", "Abu Dhabi", "Sharjah",
)
REGIONAL_ADJECTIVES: tuple[str, ...] = (
    "Catalan", "Scottish", "Welsh", "Bavarian", "Californian", "Texan", "Quebec", "Albertan",
    "Ontarian", "Basque", "Andalusian", "Lombard", "Flemish", "Walloon", "Hessian",
)

# Names that contain a place but are not about it (newspapers, universities).
NON_COUNTRY_NAMES: tuple[str, ...] = (
    "Washington Post", "New York Times", "Financial Times", "Wall Street Journal",
    "Los Angeles Times", "Moscow Times", "London School of Economics",
    "Bank of America", "Deutsche Bank", "Japan Times", "China Daily", "Kyiv Independent",
    "Washington Consensus", "Paris Agreement", "Paris Club",
    # regions named with a country's word: "the Central American country" is not the US
    "Central American", "South American", "Latin American", "North American",
    "Central America", "South America", "Latin America", "North America",
    "Inter-American", "Pan-American", "Americas",
    # a language, not a country: "known by its Portuguese acronym MIMO"
    "Portuguese acronym", "Spanish acronym", "French acronym", "Arabic acronym",
    "Russian acronym", "German acronym", "Portuguese initials", "Spanish initials",
    "French initials", "Portuguese abbreviation", "Spanish abbreviation", "French abbreviation",
    "Portuguese-language", "Spanish-language", "French-language", "Arabic-language",
    "English-language", "Russian-language",
)

# Central banks: how prose names them (case as written) -> (alpha-2, canonical name).
# "Bank of <Country>", "Central Bank of <Country>" and "<Demonym> central bank" are
# recognised generically in subjects.py; this table has acronyms and irregular names. Acronyms
# two banks share are left out: CBK (Kenya, Kuwait), BoT (Thailand, Tanzania), BoC (Canada,
# China), BoI (Israel, Italy), NBK, NBG, CBU, BoG.
CENTRAL_BANKS: dict[str, tuple[str, str]] = {
    "Bank of Russia": ("RU", "Bank of Russia"), "CBR": ("RU", "Bank of Russia"),
    "Federal Reserve": ("US", "Federal Reserve"), "Fed": ("US", "Federal Reserve"),
    "FOMC": ("US", "Federal Reserve"), "ECB": ("EA", "ECB"),
    "European Central Bank": ("EA", "ECB"), "Bank of England": ("GB", "Bank of England"),
    "BoE": ("GB", "Bank of England"), "BOE": ("GB", "Bank of England"),
    "Threadneedle Street": ("GB", "Bank of England"),
    "CBRT": ("TR", "CBRT"), "Bank of Japan": ("JP", "Bank of Japan"),
    "BoJ": ("JP", "Bank of Japan"), "BOJ": ("JP", "Bank of Japan"),
    "People's Bank of China": ("CN", "People's Bank of China"),
    "PBOC": ("CN", "People's Bank of China"), "PBoC": ("CN", "People's Bank of China"),
    "Reserve Bank of India": ("IN", "Reserve Bank of India"),
    "RBI": ("IN", "Reserve Bank of India"), "NBU": ("UA", "National Bank of Ukraine"),
    "SNB": ("CH", "Swiss National Bank"), "Swiss National Bank": ("CH", "Swiss National Bank"),
    "RBA": ("AU", "Reserve Bank of Australia"), "RBNZ": ("NZ", "Reserve Bank of New Zealand"),
    "Riksbank": ("SE", "Riksbank"), "Norges Bank": ("NO", "Norges Bank"),
    "Nationalbanken": ("DK", "Danmarks Nationalbank"),
    "Danmarks Nationalbank": ("DK", "Danmarks Nationalbank"),
    "Banxico": ("MX", "Bank of Mexico"), "SARB": ("ZA", "South African Reserve Bank"),
    "NBP": ("PL", "National Bank of Poland"), "BCRA": ("AR", "Central Bank of Argentina"),
    "Bank Indonesia": ("ID", "Bank Indonesia"), "BI": ("ID", "Bank Indonesia"),
    "Bundesbank": ("DE", "Bundesbank"),
    "Banco Central do Brasil": ("BR", "Banco Central do Brasil"),
    "Bank Negara Malaysia": ("MY", "Bank Negara Malaysia"),
    "Bank Negara": ("MY", "Bank Negara Malaysia"), "BNM": ("MY", "Bank Negara Malaysia"),
    "Bangko Sentral ng Pilipinas": ("PH", "Bangko Sentral ng Pilipinas"),
    "Bangko Sentral": ("PH", "Bangko Sentral ng Pilipinas"),
    "BSP": ("PH", "Bangko Sentral ng Pilipinas"),
    "BPNG": ("PG", "Bank of Papua New Guinea"),
    "State Bank of Pakistan": ("PK", "State Bank of Pakistan"),
    "SBP": ("PK", "State Bank of Pakistan"),
    "BOK": ("KR", "Bank of Korea"), "BoK": ("KR", "Bank of Korea"),
    "CBN": ("NG", "Central Bank of Nigeria"),
    "CBE": ("EG", "Central Bank of Egypt"), "NBH": ("HU", "National Bank of Hungary"),
    "CNB": ("CZ", "Czech National Bank"), "Czech National Bank": ("CZ", "Czech National Bank"),
    "BCRP": ("PE", "Central Reserve Bank of Peru"),
    # El Salvador's namesake has set no policy rate since it adopted the dollar in 2001
    "Central Reserve Bank": ("PE", "Central Reserve Bank of Peru"),
    "BCCh": ("CL", "Central Bank of Chile"),
    "Banrep": ("CO", "Banco de la República"), "BanRep": ("CO", "Banco de la República"),
    "Banco de la República": ("CO", "Banco de la República"),
    "Bank Al-Maghrib": ("MA", "Bank Al-Maghrib"),
    # the Saudi Central Bank kept the acronym of its former name, the Saudi Arabian Monetary
    # Authority
    "SAMA": ("SA", "central bank of Saudi Arabia"),
    # house-style abbreviations with a lower-case "o" ("BOC" is also the Bank of China)
    "BoC": ("CA", "Bank of Canada"), "BoT": ("TH", "Bank of Thailand"),
    "BoI": ("IL", "Bank of Israel"), "BoG": ("GH", "Bank of Ghana"),
}  # fmt: skip

# Government fiscal years that are not the calendar year, by alpha-2: (first month, which year
# names it). "FY25" in India is April 2024 to March 2025 (named by the year it ends); Japan's
# "fiscal 2024" starts in April 2024 (named by the year it starts). Sources: the finance
# ministries' budget calendars.
FISCAL_YEARS: dict[str, tuple[int, str]] = {
    "IN": (4, "end"), "GB": (4, "end"), "CA": (4, "end"), "ZA": (4, "end"), "HK": (4, "end"),
    "SG": (4, "end"), "NG": (1, "end"), "JP": (4, "start"), "US": (10, "end"),
    "TH": (10, "end"), "AU": (7, "end"), "NZ": (7, "end"), "EG": (7, "end"),
    "PK": (7, "end"), "BD": (7, "end"), "KE": (7, "end"), "UG": (7, "end"),
    "TZ": (7, "end"), "ET": (7, "end"),
}

# Where news numbers a bare quarter ("growth of 6.7% in the second quarter") in the fiscal year:
# India's statistics office and central bank report by fiscal quarter (Q1 is April-June).
FISCAL_QUARTER_NEWS = frozenset({"IN"})

# Where headline inflation is published by quarter, so "2.4% in the year to December" is the
# December quarter: Australia's and New Zealand's CPI.
QUARTERLY_CPI = frozenset({"AU", "NZ"})

# Canonical central-bank names by alpha-2 ("the central bank" in a Russian story).
CENTRAL_BANK_BY_COUNTRY: dict[str, str] = {
    "RU": "Bank of Russia", "US": "Federal Reserve", "EA": "ECB", "GB": "Bank of England",
    "TR": "CBRT", "JP": "Bank of Japan", "CN": "People's Bank of China",
    "IN": "Reserve Bank of India", "UA": "National Bank of Ukraine",
    "CH": "Swiss National Bank", "AU": "Reserve Bank of Australia", "SE": "Riksbank",
    "NO": "Norges Bank", "MX": "Bank of Mexico", "ZA": "South African Reserve Bank",
    "PL": "National Bank of Poland", "AR": "Central Bank of Argentina",
    "BR": "Banco Central do Brasil",
    "KZ": "National Bank of Kazakhstan", "MY": "Bank Negara Malaysia",
    "PH": "Bangko Sentral ng Pilipinas", "PK": "State Bank of Pakistan", "KR": "Bank of Korea",
    "TH": "Bank of Thailand", "NG": "Central Bank of Nigeria", "KE": "Central Bank of Kenya",
    "EG": "Central Bank of Egypt", "HU": "National Bank of Hungary", "CZ": "Czech National Bank",
    "GE": "National Bank of Georgia", "PE": "Central Reserve Bank of Peru",
    "CL": "Central Bank of Chile", "CO": "Banco de la República", "CA": "Bank of Canada",
    "MA": "Bank Al-Maghrib", "UZ": "Central Bank of Uzbekistan", "IL": "Bank of Israel",
    "ID": "Bank Indonesia", "NZ": "Reserve Bank of New Zealand", "GH": "Bank of Ghana",
}  # fmt: skip

# Institutions, statistics offices and rate names that belong to one country; they name
# the country of a claim when the sentence names no place. Lower-case, matched blind.
IMPLIED_COUNTRIES: dict[str, str] = {
    "federal funds": "US", "fed funds": "US", "federal-funds": "US", "fed-funds": "US",
    "fomc": "US", "labor department": "US",
    "atlanta fed": "US", "new york fed": "US", "gdpnow": "US",
    "bureau of labor statistics": "US", "commerce department": "US",
    "bureau of economic analysis": "US", "bea": "US", "wall street": "US",
    "loan prime rate": "CN", "lpr": "CN",
    "office for national statistics": "GB", "selic": "BR", "copom": "BR", "ipca": "BR",
    "ibge": "BR", "deposit facility": "EA", "main refinancing": "EA",
    "marginal standing facility": "IN",
    # Sri Lanka's standing lending facility rate by its initials (the Gambia's facility has the
    # same name, India's ceiling is the marginal standing facility)
    "slfr": "LK",
    "governing council": "EA", "eurostat": "EA", "hicp": "EA", "rosstat": "RU",
    "muscovite": "RU", "muscovites": "RU", "sberbank": "RU", "moscow exchange": "RU",
    "turkstat": "TR", "banxico": "MX", "pce": "US", "destatis": "DE", "insee": "FR", "istat": "IT",
    "statistics sa": "ZA", "stats sa": "ZA", "statistics south africa": "ZA", "sarb": "ZA",
    "inegi": "MX", "statistics canada": "CA", "statcan": "CA", "bangko sentral": "PH",
    "bsp": "PH", "mnb": "HU", "nbp": "PL", "statistics korea": "KR", "kostat": "KR",
    "national bureau of statistics of nigeria": "NG", "cbn": "NG", "rba": "AU",
    "australian bureau of statistics": "AU", "rbnz": "NZ", "stats nz": "NZ",
    "norges bank": "NO", "riksbank": "SE", "snb": "CH", "boj": "JP", "boe": "GB",
    "rbi": "IN", "mospi": "IN", "tuik": "TR", "cbrt": "TR", "bi rate": "ID", "bi-rate": "ID",
    # national statistics offices, by their usual English names and acronyms
    "dane": "CO", "national department of administrative statistics": "CO", "indec": "AR",
    "capmas": "EG", "gastat": "SA", "general authority for statistics": "SA", "nesdc": "TH",
    "national economic and social development council": "TH",
    "pakistan bureau of statistics": "PK", "ghana statistical service": "GH",
    "philippine statistics authority": "PH", "knbs": "KE",
    "kenya national bureau of statistics": "KE", "statistics netherlands": "NL",
    "statistics sweden": "SE", "statistics norway": "NO", "czso": "CZ",
    "czech statistical office": "CZ", "geostat": "GE", "badan pusat statistik": "ID",
    "statistics indonesia": "ID", "department of statistics malaysia": "MY", "dosm": "MY",
    "general statistics office of vietnam": "VN", "turkish statistical institute": "TR",
    "ons": "GB", "inei": "PE", "ubos": "UG",
    "national bureau of statistics of tanzania": "TZ", "zamstats": "ZM",
    # Ethiopia's Central Statistical Agency (the Ethiopian Statistics Service since 2021)
    "central statistical agency": "ET", "ethiopian statistics service": "ET",
    # price indices named by acronyms one country uses: Sri Lanka's Colombo CPI, Mexico's
    # INPC, the UK's CPIH, Sweden's CPIF, Norway's CPI-ATE (a "national CPI", NCPI, is
    # Sri Lanka's and Tanzania's alike, so it names no country)
    # and the former targets, South Africa's CPIX and the UK's RPIX
    "ccpi": "LK", "inpc": "MX", "cpih": "GB", "cpif": "SE", "cpi-ate": "NO", "cpix": "ZA",
    "rpix": "GB",
    "statistics iceland": "IS", "statistics finland": "FI",
    "statistics denmark": "DK", "statistics austria": "AT", "hellenic statistical authority": "GR",
    "elstat": "GR", "statistics portugal": "PT", "census and statistics department": "HK",
    "singstat": "SG", "dgbas": "TW",
}
# Used only when neither the sentence nor the article names a place.
# Names several countries' offices share: Ireland's Central Statistics Office (and India's until
# 2019, Zambia's, Botswana's); Singapore's Ministry of Trade and Industry (and Ghana's, Egypt's).
# They count for the article's country only when it names none (subjects.count_institutions).
SHARED_OFFICE_COUNTRIES: dict[str, str] = {
    "central statistics office": "IE", "ministry of trade and industry": "SG",
    # India's standing deposit facility (since 2022); Sri Lanka's standing deposit facility rate
    "standing deposit facility": "IN",
}
WEAKLY_IMPLIED_COUNTRIES: dict[str, str] = {
    "key rate": "RU", "bank rate": "GB", **SHARED_OFFICE_COUNTRIES,
}
# fmt: on

# Currencies that say nothing about an article's country: the US dollar is quoted in
# news from everywhere (rates "per dollar", prices in dollars).
NON_EVIDENCE_CURRENCIES: frozenset[str] = frozenset({"USD"})
