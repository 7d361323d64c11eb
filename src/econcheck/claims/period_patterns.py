"""Regexes for time expressions; ``period_rules.py`` resolves what they match.

Each pattern has a cheap trigger (a word or a month name that must occur in the text)
so that a sentence only runs the patterns that can match it.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
#: A month's name, full or abbreviated, for patterns elsewhere.
MONTH_PATTERN = _MONTH
# (not a clock time in wire copy: "At 4:51 p.m. (2051 GMT)")
_YEAR = (
    r"(?<![\d.,$€£])(?:19|20)\d\d"
    r"(?!\d|\s?%|[.,]\d|s\b|\s?(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|JST|IST|SGT|HKT|hrs)\b)"
)
# "of 2024", "of last year", and without "of" "last year" ("the third quarter last year")
_OF_YEAR = (
    rf"(?:\s+(?i:of)\s+(?:(?P<y>{_YEAR})|(?P<yrel>(?i:this|last|next|the))\s+(?i:year))"
    r"|\s+(?P<yrel2>(?i:this|last|next))\s+(?i:year)(?![\w-]))?"
)
_ORD = r"(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)"
_SUFFIX = r"(?:st|nd|rd|th)?"
_PART = r"(?P<part>(?i:early|mid|late|the\s+(?:start|beginning|middle)\s+of|end|start))"
_SHORT_YEAR = r"(?:\s*['’](?P<yy>\d\d)|\s+(?:(?i:of)\s+)?(?P<y>{year})|(?P<yy2>\d\d))?(?![\w])"
_UNIT = r"(?P<unit>(?i:days?|weeks?|months?|years?|quarters?))\b"

# "shrank 0.3% in the quarter": the quarter (month) being reported, the last one completed
_REPORTED = r"(?:(?<=\b[Ii]n\s)|(?<=\b[Ff]or\s)|(?<=\b[Dd]uring\s)|(?<=\b[Oo]ver\s))(?:the|The)"

PATTERNS: dict[str, str] = {
    "iso": r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)",
    "dmy": (
        rf"(?<![\d.,])(?P<d>[0-3]?\d){_SUFFIX}\s+(?:of\s+)?(?P<mon>{_MONTH})"
        rf"(?:,?\s+(?P<y>{_YEAR})|\s+(?i:of\s+)?(?P<yrel>(?i:last|this))\s+(?i:year))?"
    ),
    # "in the period September 15-21", "the week August 18-24": days of one month
    "mdrange": (
        rf"(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)(?![\d%]|[.,]\d|\s?%)"
        rf"(?:,?\s+(?P<y>{_YEAR}))?"
    ),
    "mdy": (  # "Oct.28" too: an abbreviation's dot may stand for the space
        rf"(?P<mon>{_MONTH})(?:(?<=\.)\s*|\s+)(?P<d>[0-3]?\d){_SUFFIX}"
        rf"(?![\d%]|[.,]\d|\s?%|\s+(?i:per|percent))"
        # "December 31, last year"
        rf"(?:,?\s+(?P<y>{_YEAR})|,?\s+(?P<yrel>(?i:last|this))\s+(?i:year))?"
    ),
    "mpart": (  # "early October", "the first half of October" (Mexico's fortnightly CPI)
        rf"(?:{_PART}|(?P<half>(?i:(?:the\s+)?(?:first|second)\s+half\s+of)))[- ]?\s*"
        rf"(?P<mon>{_MONTH})(?:\s+(?P<y>{_YEAR})|\s+(?P<yrel>(?i:this|last))\s+(?i:year))?"
    ),
    "mrange": (
        rf"(?:(?i:between|from)\s+)?(?P<mon>{_MONTH})\s*(?:[-–](?:(?i:to|through)[-–])?|"
        r"\s(?i:and|to|through|or)\s)\s*"
        rf"(?P<mon2>{_MONTH})(?:\s+(?i:period|quarter))?"  # "the October-December period of"
        rf"(?:,?\s+(?i:of\s+)?(?P<y>{_YEAR})|\s+(?i:of\s+)?(?P<yrel>(?i:last|this|next))\s+(?i:year))?"
    ),
    "month": (
        rf"(?<!-on-)(?<!-to-)(?<!-over-)(?P<rel>(?i:last|this|next)\s+)?"
        # not "December on December": a measure (but "in July on June" names July, compared
        # with June); not the first month of "from December to January"
        rf"(?P<mon>{_MONTH})(?![- ](?i:to|over)[- ][A-Z])(?![- ](?i:on)[- ](?P=mon)\b)"
        rf"(?:(?:\s+of)?,?\s+(?P<y>{_YEAR})|(?:\s+of)?\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?"
    ),
    "quarter": (r"(?<![\w])(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)" + _SHORT_YEAR.format(year=_YEAR)),
    "oquarter": (  # not "the first quarter of growth since 2011"
        rf"(?:(?i:the)\s+)?(?P<ord>{_ORD})[- ](?i:quarters?)(?:\s*\((?:Q[1-4]|[1-4]Q)\))?{_OF_YEAR}"
        r"(?!\s+(?i:of)\s+(?i:growth|expansion|contraction|decline|increases?|gains?|losses))"
    ),
    "rquarter": (
        r"(?P<rel>(?i:last|this|next|the\s+previous|the\s+prior|the\s+preceding|the\s+current|"
        r"the\s+coming|the\s+latest|"
        rf"the\s+most\s+recent)|{_REPORTED})\s+(?i:quarter)(?!s|[- ]point)"
    ),
    # Q4: "the last quarter of 2023", "the final quarter of the previous year"
    "lastq": (
        rf"(?:(?i:the)\s+)?(?i:last|final)\s+(?i:quarter)\s+(?i:of)\s+(?:(?P<y>{_YEAR})|"
        r"(?P<yrel>(?i:last|this|the\s+previous|the\s+prior|the\s+past))\s+(?i:year))"
    ),
    # "in 2017's third quarter"
    "yquarter": rf"(?P<y>{_YEAR})['’]s\s+(?P<ord>{_ORD})[- ](?i:quarter)(?!s)",
    "mquarter": (  # "the December quarter of 2021", "the December 2017 quarter": AU and NZ Q4
        r"(?:(?i:the)\s+)?(?P<mon>March|June|September|December)\s+"
        rf"(?:(?P<y2>{_YEAR})\s+)?(?i:quarter)(?!s)"
        rf"(?:\s+(?i:of)\s+(?P<y>{_YEAR}))?"
    ),
    # "the first semester of 2023": a half year in Latin American and Iberian usage
    "half": (
        rf"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|1st|2nd))[- ](?i:half|semester){_OF_YEAR}"
    ),
    "hhalf": r"(?<![\w])(?:H(?P<h>[12])|(?P<h2>[12])H)" + _SHORT_YEAR.format(year=_YEAR),
    "firstn": (
        rf"(?:(?i:the)\s+)?(?i:first)\s+(?P<n>\d+|[a-z]+)\s+(?P<u>(?i:months|quarters|weeks|days))"
        # "in the first 21 days of September"
        rf"(?:\s+(?i:of)\s+(?P<fmon>{_MONTH})(?:\s+(?P<fy>{_YEAR}))?(?![\w])"
        rf"|\s+(?i:of)\s+(?P<mrel>(?i:the|this))\s+(?i:month)|{_OF_YEAR})"
    ),
    # "the final three months of 2013", "... of last year": the year's last months (a year
    # must be named)
    "lastn": (
        rf"(?:(?i:the)\s+)?(?i:final|last)\s+(?P<n>\d+|[a-z]+)[\s-]+(?P<u>(?i:months?|quarters?))"
        rf"(?:[\s-]+(?i:period))?\s+(?i:of)\s+(?:(?P<y>{_YEAR})|(?P<yrel>(?i:this|last))\s+(?i:year))"
    ),
    "ytd": (
        r"(?i:(?:since|(?:as\s+)?compared\s+(?:with|to))\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|"
        # the month so far: "since the start of the month", "so far this month"
        r"(?P<mtd>since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month|"
        r"so\s+far\s+this\s+month|this\s+month\s+so\s+far|"
        r"(?:in\s+)?(?:the\s+)?month[- ]to[- ]date)|"
        r"so\s+far\s+this\s+year|(?:in\s+the\s+)?year[- ]to[- ]date|this\s+year\s+so\s+far|"
        rf"so\s+far\s+in\s+(?P<y>{_YEAR})|in\s+(?P<y2>{_YEAR})\s+so\s+far)"
    ),
    "yearend": (
        r"(?i:(?:by|at|toward|towards|before|for|since|(?:as\s+)?(?:compared|relative)\s+(?:to|with))"
        r"\s+(?:the\s+)?"
        rf"(?:(?:end|close)\s+of\s+(?:(?P<y>{_YEAR})|(?P<yrel>this|next|last|the)\s+year)|"
        rf"year[- ]end|year['’]s\s+end)|(?<![\w-])end[- ](?P<y2>{_YEAR})"
        rf"|(?<![\w-])(?:end|ending|ended|close|closing|closed)\s+(?:(?P<y3>{_YEAR})|(?P<yrel2>this|the)\s+year)"
        rf"|(?:by|through|thru)\s+(?P<y4>{_YEAR})(?![-–/]\d))"  # "through 2025": its end
    ),
    "monthend": rf"(?i:(?:by|at|toward|towards|before)\s+)?(?i:the\s+end\s+of)\s+(?P<mon>{_MONTH})",
    "monthsto": (
        # "the three months through to the end of June", "the twelve months period ending January"
        # "the 12-month period to May", "the 12-month through September"
        r"(?i:the\s+)?(?P<n>\d+|[a-z]+)(?:\s+(?i:months)|-(?i:month))(?i:\s+period)?\s+"
        r"(?i:(?:to|through)(?:\s+to)?|(?:ending|ended)(?:\s+in)?)\s+(?i:the\s+end\s+of\s+)?"
        rf"(?P<mon>{_MONTH})(?:\s+(?P<day>\d{{1,2}})\b)?(?:,?\s+(?P<y>{_YEAR}))?"
    ),
    "fyear": (
        r"(?i:the\s+)?(?i:fiscal|financial)\s+(?i:year)\s+(?i:that\s+)?"
        r"(?P<verb>(?i:ended|ending|ends|to|through|began|beginning|begins|started|starting))"
        rf"\s+(?i:in\s+)?(?P<mon>{_MONTH})(?:\s+[0-3]?\d{_SUFFIX}(?![\d%]))?(?:,?\s+(?P<y>{_YEAR}))?"
    ),
    "fiscal": (
        r"(?i:the\s+)?(?i:fiscal|financial)\s+(?i:year)\s+(?i:to|ending(?:\s+in)?|through)\s+"
        rf"(?P<mon>{_MONTH})(?:\s+[0-3]?\d{_SUFFIX}(?![\d%]))?,?\s+(?P<y>{_YEAR})"
    ),
    # "the quarter ending in September", "the quarter ended June 30, 2024"
    "qending": (
        r"(?i:the\s+)?(?i:quarter)\s+(?i:that\s+)?(?i:ending|ended|ends|to|through)\s+"
        rf"(?i:in\s+)?(?P<mon>{_MONTH})(?:\s+[0-3]?\d{_SUFFIX}(?![\d%]))?(?:,?\s+(?P<y>{_YEAR}))?"
    ),
    # "to $1.10 in three months", "in a year's time": a forecast's horizon (period_relative)
    "inspan": rf"(?i:in)\s+(?P<n>\d+|[a-z-]+)\s+{_UNIT}(?P<time>['’]\s*s?\s+(?i:time))?",
    # "early 2014", "the start of next year", "late this year"
    "ypart": rf"{_PART}[- ]?\s*(?:(?P<y>{_YEAR})|(?P<yrel>(?i:this|next|last))\s+(?i:year))",
    "span": (
        r"(?i:(?:over|in|during|within|for|throughout)\s+)?(?i:the\s+)?"
        r"(?P<dir>(?i:next|coming|following|past|last|previous|prior))\s+"
        rf"(?P<n>\d+|[a-z-]+)\s+{_UNIT}"
    ),
    "within": rf"(?i:within)\s+(?P<n>\d+|[a-z-]+)\s+{_UNIT}",
    # "in the last three sessions", "over four consecutive days", "for a fifth straight session":
    # market days ending on the day of the article
    "sessions": (
        r"(?i:(?:over|in|during|for)\s+)(?i:the\s+)?(?:(?i:past|last|previous|prior)\s+)?"
        r"(?P<n>\d+|[a-z-]+)\s+(?i:(?:consecutive|straight|successive)\s+)?"
        r"(?P<unit>(?i:sessions|trading\s+(?:days|sessions)|days(?=\s|[,.;]|$)))"
        r"(?!\s+(?i:of|ago|before|after|earlier|later)\b)"
    ),
    "ryear": (
        r"(?P<rel>(?i:this|last|next|the\s+current|the\s+previous|the\s+coming|the\s+next|"
        r"the\s+following|"
        r"the\s+past|the\s+last|the\s+(?:entire|whole|full)|"
        r"(?<=[Ff]or\s)the(?=\s+year(?!\s+(?i:to(?!\s+[\d$€£])|ending|ended|through|thru|"
        r"before|after|earlier|ago|since|in|of)\b))))\s+(?i:year)(?![\w-])"
    ),
    # "this year and next", "2.1% this year and 1.8% next": next year, its noun left out
    "nextyear": (
        r"(?:(?<=(?i:year) and )|(?<=(?i:year), and )|(?<=%\s)|(?<=(?i:cent)\s))(?i:next)"
        r"(?![\w-])(?!\s+(?i:year|month|quarter|week|day|session|meeting|decade|few|two|three|"
        r"six|twelve|\d))"
        # "to 3.9 percent for this year and 3.4 percent for the next."
        r"|(?<=(?i:for) the )(?i:next)"
        r"(?=\s*[.,;)]|\s*$|\s+(?i:in|as|according|from|while|but|and|compared)\b)"
    ),
    "week": (
        r"(?P<rel>(?i:this|last|next|earlier\s+this|later\s+this|the\s+past|the\s+previous))"
        r"\s+(?i:week)(?![\w])"
        # a market's move "for the week", "a weekly loss": the week of the article
        r"|(?i:for|on)\s+(?i:the)\s+(?i:week)(?![\w])(?!\s+(?i:ending|ended|before|after|ahead)\b)"
        r"|(?i:weekly)(?=\s+(?i:(?:loss|losses|gain|gains|drop|fall|decline|rise|advance|"
        r"depreciation|appreciation)\b))"
    ),
    "rmonth": (
        r"(?P<rel>(?i:this|last|next|the\s+previous|the\s+past|the\s+preceding|the\s+prior|"
        rf"the\s+latest|the\s+most\s+recent)|{_REPORTED})\s+(?i:month)(?![\w])"
        r"(?!\s+(?i:of)\s+[A-Z])"  # "during the month of December" names the month
    ),
    # "the month before", "a month prior", "a quarter earlier"
    "before": (
        r"(?i:the|an?|one)\s+(?P<unit>(?i:year|quarter|month))\s+(?i:before|prior|earlier)"
        r"(?![\w-])(?!\s+(?i:to|than)\b)"
    ),
    # "compared with 1,394.7 won a month ago", "two years ago": that long before publication
    "agoback": (
        r"(?<![\w-])(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|"
        r"\d{1,2})\s+(?P<unit>(?i:days|weeks|months?|years?|decades?))\s+(?i:ago)\b"
    ),
    # "from 83.5 a week earlier", "a week ago": seven days before the day named, else publication
    "weekback": r"(?i:a|one)\s+(?i:week)\s+(?P<w>(?i:earlier|before|ago))\b(?!\s+(?i:to|than)\b)",
    "dayword": r"\b(?P<w>(?i:today|yesterday|tomorrow|now|currently|at\s+present))\b",
    # "compared with 18.64 in the previous session", "as against last close of 56.15"
    "prevday": (
        r"(?:(?:(?i:the|its|their)\s+)?(?i:previous|prior|last)\s+(?i:session|close|trading\s+"
        r"(?:day|session)|day|fix|fixing)(?:['’]s)?(?![\w-])(?!\s+(?i:of)\s+(?!\d))"
        r"|(?i:a|one)\s+(?i:day|session)\s+(?i:earlier|before)\b"
        r"|(?i:the)\s+(?i:day|session)\s+before(?!\s+(?i:the|a|an|its|their|his|her)\b))"
    ),
    # "closed at 1,475.6 won on the 21st": a day of the month, the month left unsaid (not
    # "on the 20th floor", "on the 3rd of March")
    "mday": (
        r"(?<![\w-])(?i:on)\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)(?![\w-])"
        rf"(?!\s+(?:(?i:of)\s+)?{_MONTH})"
        r"(?=\s*(?:[,.;:)–—]|$)|\s+(?i:when|as|after|and|but|from|before|at|while|with|"
        r"compared|against|versus|in|on|amid|up|down|to|following)\b)"
    ),
    # "fell to $1.1965 from $1.2015 in late U.S. trade": the New York close before an Asian
    # or European morning report, read so only as the base of a move (period_relative.py)
    "latetrade": (
        r"(?:(?i:in)\s+)?(?i:late)\s+(?:U\.S\.|US|New\s+York|NY|North\s+American)\s+"
        r"(?i:trade|trading)\b"
    ),
    "weekday": (
        r"(?:(?P<rel>(?i:last|this|next|on|for|effective(?:\s+from)?|starting))\s+)?"
        r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
    ),
    "season": (
        r"(?:(?P<rel>(?i:last|this|next|the\s+past|the\s+previous|the\s+coming|the\s+next))\s+)?"
        r"(?:(?P<part>(?i:early|mid|late))[- ]?\s*)?"
        r"(?P<s>(?i:spring|summer|autumn|winter)|(?i:fall)(?=(?:\s+of)?\s+(?:19|20)\d\d)|"
        r"(?:(?<=[Ll]ast\s)|(?<=[Tt]his\s)|(?<=[Nn]ext\s)|(?<=[Ee]arly\s)|(?<=[Ll]ate\s)|"
        r"(?<=[Ii]n\sthe\s)|(?<=[Ee]arly-)|(?<=[Ll]ate-))(?i:fall))"
        rf"(?:(?:\s+(?i:of))?\s+(?P<y>{_YEAR}))?(?![\w-])"
    ),
    "decade": r"(?:(?i:the)\s+)?(?:(?P<c>(?:19|20)\d)0s|['’](?P<c2>\d)0s)\b",
    "yrange": (
        r"(?P<pre>(?i:fiscal|financial)(?:\s+(?i:year))?\s+|FY\s?)?"
        rf"(?P<y>{_YEAR})[-–/](?P<y2>\d\d(?:\d\d)?)(?!\d)"
    ),
    # "FY25", "FY24-25", "FY2024/2025", "FY 2023-24"
    "fy": (r"(?<![\w])FY\s?['’]?(?:20)?(?P<yy>\d\d)(?:[-–/](?:20)?(?P<yy2>\d\d))?(?![\w])"),
    # "its full-year inflation forecast of 0.2% to 0.8%": this year's
    "fullyear": (
        r"(?<![\w-])(?i:full[- ]year)(?![\w-])(?!\s+(?:19|20)\d\d)"
        r"(?=\s+(?:[\w-]+\s+){0,3}?(?i:forecasts?|projections?|outlook|estimates?|predictions?|"
        r"guidance|targets?)\b)"
    ),
    "rfiscal": (
        r"(?P<rel>(?i:this|current|the\s+current|the\s+ongoing|ongoing|next|the\s+next|last|"
        r"the\s+last|previous|the\s+previous|the\s+coming|"
        # "the second quarter of the fiscal year": the current one
        r"(?<=of\s)the(?=\s+(?:fiscal|financial)\s+year)))\s+(?i:fiscal|financial)"
        r"(?:\s+(?i:year))?(?![\w-])"
    ),
    # not the last digits of a quote range ("$1.2080-2081"); "2020-2021" is a "yrange"
    "year": rf"(?P<pre>(?i:fiscal|FY|calendar)\s*)?(?<!\d-)(?<!\d–)(?<!\d/)(?P<y>{_YEAR})",
}
# Speed only: a lookahead on the characters a match can start with (case folding as in the
# pattern) lets the scan reject most positions before trying lookbehinds and alternations.
_FIRST_CHAR: dict[str, str] = {
    "dmy": r"\d",
    "mdrange": r"[JFMASOND]",
    "mpart": r"(?i:[emlstf])",
    "mrange": r"(?i:[bf])|[JFMASOND]",
    "month": r"(?i:[ltn])|[JFMASOND]",
    "span": r"(?i:[oidwftncpl])",
    "ryear": r"(?i:[tln])",
    "ytd": r"(?i:[sityac])",
    "weekday": r"(?i:[ltnofes])|[MTWFS]",
    "mday": r"(?i:o)",
    "latetrade": r"(?i:[il])",
    "decade": r"(?i:t)|[12'’]",
    "yrange": r"(?i:f)|[12]",
    "fy": r"F",
    "fullyear": r"(?i:f)",
    "rfiscal": r"(?i:[tcnlpo])",
    "year": r"(?i:[fc])|[12]",
    "iso": r"[12]",
    "ypart": r"(?i:[emlst])",
    "yearend": r"(?i:[abcetfsr])",
    "quarter": r"[Q1-4]",
    "hhalf": r"[H12]",
    "oquarter": r"(?i:[fst])|[1-4]",
    "half": r"(?i:[fst])|[12]",
    "rquarter": r"(?i:[lnt])",
    "mquarter": r"(?i:t)|[MJSD]",
    "lastq": r"(?i:[tlf])",
    "yquarter": r"[12]",
    "firstn": r"(?i:[ft])",
    "lastn": r"(?i:[flt])",
    "within": r"(?i:w)",
    "week": r"(?i:[elntfow])",
    "rmonth": r"(?i:[lnt])",
    "dayword": r"(?i:[acnty])",
    "prevday": r"(?i:[tlpao])",
    "weekback": r"(?i:[ao])",
    "agoback": r"(?i:[aotfsen])|\d",
    "before": r"(?i:[tao])",
    "fyear": r"(?i:[ft])",
    "fiscal": r"(?i:[ft])",
    "qending": r"(?i:[tq])",
    "inspan": r"(?i:i)",
    "monthend": r"(?i:[abt])",
}
COMPILED = {
    name: re.compile(f"(?={_FIRST_CHAR[name]})(?:{source})" if name in _FIRST_CHAR else source)
    for name, source in PATTERNS.items()
}
# Cheap pre-checks: a pattern runs only when its trigger is in the text (speed).
MONTH_TRIGGER = ("dmy", "mdrange", "mdy", "mpart", "mrange", "month")
YEAR_TRIGGER = ("iso", "yrange", "year", "decade")
WORD_TRIGGERS: dict[str, tuple[str, ...]] = {
    "quarter": ("q",),
    "oquarter": ("quarter",),
    "rquarter": ("quarter",),
    "mquarter": ("quarter",),
    "lastq": ("quarter",),
    "yquarter": ("quarter",),
    "half": ("half", "semester"),
    "hhalf": ("h1", "h2", "1h", "2h"),
    "firstn": ("months", "quarters", "weeks", "days"),
    "lastn": ("month", "quarter"),
    "ytd": ("year", "date", "so far"),
    "yearend": ("end", "close", "by ", "through", "thru"),
    "fiscal": ("fiscal", "financial"),
    "fyear": ("fiscal", "financial"),
    "fy": ("fy",),
    "rfiscal": ("fiscal", "financial"),
    "monthend": ("end of",),
    "fullyear": ("full",),
    "monthsto": ("months", "-month"),
    "ypart": ("early", "mid", "late", "end", "start", "beginning"),
    "span": ("next", "coming", "following", "past", "last", "previous", "prior"),
    "within": ("within",),
    "qending": ("quarter",),
    "inspan": ("month", "year", "week"),
    "sessions": ("session", "consecutive", "straight", "successive", "trading day"),
    "ryear": ("year",),
    "nextyear": ("next",),
    "week": ("week",),
    "rmonth": ("month",),
    "dayword": ("today", "yesterday", "tomorrow", "now", "currently", "present"),
    "prevday": ("session", "close", "day", "fix"),
    "weekback": ("week",),
    "agoback": ("ago",),
    "before": ("before", "prior", "earlier"),
    "weekday": ("day",),
    "mday": ("on the ",),
    "latetrade": ("late u", "late n"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
}
MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
YEARISH = re.compile(r"(?:19|20)\d\d|\d0s")
