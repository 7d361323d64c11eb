"""What the words around a number say about it: qualifier, direction, record, horizon,
hedge and basket (attribution is in attribution.py). Each function reads one window of a
sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from econcheck.claims import patterns as p
from econcheck.claims.dates import add_months
from econcheck.claims.period_patterns import MONTH_PATTERN
from econcheck.claims.periods import SINCE_CLAUSE_BODY, SINCE_EVENT_BODY, find_periods
from econcheck.claims.vocab import (
    COUNT_WORDS,
    DIRECTIONAL_QUALIFIERS,
    QUALIFIERS,
)
from econcheck.models import Basket, Qualifier, Superlative

_AFTER_QUALIFIER = re.compile(
    r"\s*(?:%|per\s*cent|percent)?\s*(?:or|and)\s+(?P<w>more|higher|above|over|less|lower|below)\b",
    re.IGNORECASE,
)
_THE = re.compile(r"\bthe\b", re.IGNORECASE)
_LEVEL_WORD = re.compile(r"\b(?:levels?|marks?)\b", re.IGNORECASE)
_A = re.compile(r"\ban?\b", re.IGNORECASE)
# a figure that is a reading or a forecast of its own, not a bound: "a 6.4% forecast"
_FIGURE_NOUN_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:forecast|estimate|expectation|consensus|prediction|projection|"
    r"median|reading|rise|increase|gain|fall|drop|decline|expansion|contraction)s?\b",
    re.IGNORECASE,
)
# a second figure coordinated with the first: "past levels at 152 and 155"
_COORDINATED = re.compile(r"(?P<num>\d[\d.,]*)\s*(?:%|percent|per\s+cent)?\s+(?:and|or)\s+$")
_MARK = re.compile(
    r"\s*(?:[\w-]+\s+)?-?(?:mark|level|threshold|barrier|line|point)\b", re.IGNORECASE
)
_HIGH = frozenset({"high", "peak", "top", "strong", "highs", "highest", "strongest"})
# The size of a move, not its sign: "grew at its fastest pace since" is a high, "shrank at
# its fastest pace since" a low.
_PACE = frozenset({"fastest", "quickest", "sharpest", "steepest", "biggest", "largest"})
_LOW = frozenset(
    {
        "low",
        "trough",
        "bottom",
        "weak",
        "lows",
        "lowest",
        "weakest",
        "slowest",
        "deepest",
        "smallest",
        "slightest",
    }
)


# A verb that makes "up to" a move: "pick up to", "ticked up to", "revised up to"
_PHRASAL_UP = re.compile(
    r"\b(?:pick|picks|picked|picking|tick|ticks|ticked|ticking|step|steps|stepped|speed|speeds|"
    r"sped|ramp|ramps|ramped|revise|revises|revised|revising|edge|edges|edged|inch|inches|inched|"
    r"creep|creeps|crept|move|moves|moved|go|goes|went|gone|jump|jumped|shot|push|pushed)\s$",
    re.IGNORECASE,
)
# ...and a verb of rising, unless a modal makes "up to" a bound: "inflation continues to
# increase up to 8.7 percent" is a move, "could rise up to 5%" a ceiling
_RISE_UP = re.compile(
    r"\b(?:increase|increases|increased|increasing|rise|rises|rising|climb|climbs|climbed|"
    # "inflation was up to 6.3 per cent for the first six months": had risen to
    r"climbing|surge|surges|surged|soar|soars|soared|was|were|is|are)\s$",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:could|may|might|can|would)\b", re.IGNORECASE)
_MOVE_THEN_DASH = re.compile(r"\d\s?(?:%|percent|per\s?cent)\s*[–—-]\s*$", re.IGNORECASE)
# A past move before "as high as": "rose as high as ¥160.88", "fell as low as 1.05"
_REACHED_AS = re.compile(
    r"\b(?:rose|climbed|jumped|surged|spiked|soared|rallied|advanced|gained|hit|reached|touched|"
    r"fell|dropped|slid|sank|slumped|tumbled|plunged|weakened|strengthened|firmed|traded|went|"
    r"peaked\s+at)\s+(?:briefly\s+|intraday\s+|earlier\s+)?$",
    re.IGNORECASE,
)
# A verb, its object, then "up to": "put the key rate up to 18%", "pushed it up to 9%"
_OBJECT_UP = re.compile(
    r"\b(?:put|puts|putting|push|pushes|pushed|pushing|shove|shoves|shoved|shoving|bump|bumps|"
    r"bumped|jack|jacked|ratchet|"
    r"ratcheted|take|takes|took|taking|bring|brings|brought|drive|drives|drove|driven|move|"
    r"moves|moved|lift|lifts|lifted|ramp|ramped|hike|hiked|nudge|nudged|raise|raised|bringing|"
    r"lifting|raising|pushing|taking|driving|moving|drag|drags|dragged|dragging)\s+"
    # "pushed Israel's annual rate up to 5.2%"
    r"(?:it|them|(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:rates?|costs|prices?|inflation|forecasts?|estimates?|projections?))\s+$",
    re.IGNORECASE,
)


# a comparative set against a figure the sentence gave first, the compared one dated on its
# own: "2.8% in May, slightly higher than 2.7% the previous month"
_COMPARATIVES = frozenset({"higher", "lower", "greater", "less", "more"})
_FIGURE_THEN_COMMA = re.compile(
    r"\d\s*(?:%|per\s?cent|percent)(?:[^;%]{0,40},\s+(?:\w+ly\s+|a\s+(?:bit|tad)\s+)?"
    r"|(?:age)?\s*points?\s+)$",  # "..., 0.15 percent points higher than"
    re.I,
)
_OWN_TIME_AFTER = re.compile(
    r"(?:\s+(?:percent|per\s?cent))?\s*,?\s+(?:(?:recorded|registered|reported|seen)\s+)?"
    r"(?:in\s+(?:the\s+)?|the\s+|a\s+|on\s+|for\s+)?(?:previous|prior|preceding|same|"
    rf"{MONTH_PATTERN}|month|quarter|year|last|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _compares_figures(
    sentence: str, match: re.Match[str], filler: str, offset: int, num_end: int
) -> bool:
    """Return True when the qualifier sets two figures side by side rather than bounding the
    figure: "above the 2.2% forecast" ("past the 100 mark" still bounds), "2.8% in May,
    slightly higher than 2.7% the previous month"."""
    if _THE.search(filler) and not _MARK.match(sentence, num_end):
        return not _LEVEL_WORD.search(filler)
    if _A.search(filler) and _FIGURE_NOUN_AFTER.match(sentence, num_end):
        return True  # "below a 6.4% forecast in a Reuters survey"
    return (
        match.group("q").lower().split()[0] in _COMPARATIVES
        and _FIGURE_THEN_COMMA.search(sentence, 0, offset + match.start("q")) is not None
        and _OWN_TIME_AFTER.match(sentence, num_end) is not None
    )


def qualifier(
    sentence: str, num_start: int, num_end: int, direction: int, *, inverted: bool = False
) -> Qualifier:
    """Return how the claimed value bounds the truth, from the words before (and after).

    "past"/"beyond" follow the movement: rising past 19% is at least 19, falling past
    $1.05 at most 1.05. "nearly"/"almost" read as approximate (just under, but close).

    >>> qualifier("inflation soared past 19%", 21, 24, 1).value
    'at_least'
    >>> qualifier("the euro fell past $1.05", 19, 24, -1).value
    'at_most'
    >>> qualifier("nearly 10%", 7, 10, 0).value, qualifier("21%", 0, 3, 0).value
    ('approx', 'exact')
    """
    before = sentence[max(0, num_start - 40) : num_start]
    filler = p.FILLER_RE.search(before).group()  # type: ignore[union-attr]
    match = p.QUALIFIER_RE.search(before[: len(before) - len(filler)] + " ")
    if match is not None and _compares_figures(
        sentence, match, filler, num_start - len(before), num_end
    ):
        match = None
    if (
        match is not None
        and match.group("q").lower().startswith("up")
        and (
            _PHRASAL_UP.search(before, 0, match.start("q"))
            # "dragging the full-year inflation rate up to 6.5%": a longer object, so a
            # longer look back than the qualifier's own
            or _OBJECT_UP.search(
                sentence, max(0, num_start - 70), num_start - len(before) + match.start("q")
            )
            or (_RISE_UP.search(before, 0, match.start("q")) and not _MODAL.search(before))
            # "devalued the tenge by 25% – up to 150 tenge for 1 U.S. dollar": the move's end
            or _MOVE_THEN_DASH.search(before, 0, match.start("q"))
        )
    ):
        match = None  # "growth will pick up to 5.2%": a move, not a bound
    if (
        match is not None
        and match.group("q")
        .lower()
        .startswith(("as high", "as low", "a max", "max", "a min", "min"))
        and _REACHED_AS.search(before, 0, match.start("q"))
    ):
        match = None  # "the dollar rose as high as ¥160.88": the day's high, a reading
    if (
        match is not None
        and match.group("q").lower().startswith("close")
        and _AT_THE.search(before, 0, match.start("q"))
    ):
        match = None  # "was paid at the close to 3,756 pesos": the closing quote
    if match is not None:
        word = " ".join(match.group("q").lower().split())
        if inverted and direction and word in _SIDES:
            # "the rupee fell below 62 per dollar": the rupee's fall is a rise of rupees per
            # dollar, so the bound follows the stored value's move, not the word's side
            return Qualifier.AT_LEAST if direction > 0 else Qualifier.AT_MOST
        if word in DIRECTIONAL_QUALIFIERS and direction < 0:
            return Qualifier.AT_MOST
        return Qualifier(QUALIFIERS[word])
    after = _AFTER_QUALIFIER.match(sentence, num_end)
    if after is not None:
        more = after.group("w").lower() in ("more", "higher", "above", "over")
        return Qualifier.AT_LEAST if more else Qualifier.AT_MOST
    coordinated = _COORDINATED.search(before)
    if coordinated is not None:
        first = num_start - len(before) + coordinated.start("num")
        return qualifier(sentence, first, first + len(coordinated["num"]), direction)
    return Qualifier.EXACT


_SIDES = frozenset({"below", "under", "beneath", "above", "over"})
_AT_THE = re.compile(r"\b(?:at|by|on)\s+the\s+$", re.IGNORECASE)


def direction(window: str) -> int:
    """Return +1 or -1 for the last verb of movement in ``window``, 0 when there is none.

    >>> direction("the ruble fell to an all-time low, dropping to"), direction("rose to")
    (-1, 1)
    """
    if window.endswith(("of up to ", "by up to ")):
        window = window[:-6]  # "further cuts of up to 90 basis points": a bound, not a rise
    last_up = max((m.start() for m in p.UP_RE.finditer(window)), default=-1)
    last_down = max((m.start() for m in p.DOWN_RE.finditer(window)), default=-1)
    if last_up == last_down:
        return 0
    return 1 if last_up > last_down else -1


def superlative(
    window: str,
    published: dt.date,
    movement: int,
    number_start: int = 0,
    *,
    flip: bool = False,
    counted_from: dt.date | None = None,
) -> tuple[Superlative | None, dt.date | None]:
    """Return the record claimed in ``window`` (of the subject as written) and its start.

    ``number_start`` is where the claim's number starts in ``window``; "a 22-year high" counts
    back from ``counted_from`` (the start of the claim's period), else from ``published``.
    The caller flips high/low when the subject is the quote currency (``flip``); a record
    with no direction ("hit 525, a record") is the number's own high, which the flip must not
    turn. An unreadable "since ..." gives no record at all rather than an all-time one.

    >>> superlative("fell to an all-time low", dt.date(2024, 11, 5), -1)
    (<Superlative.RECORD_LOW: 'record_low'>, None)
    >>> superlative("the highest since 2022", dt.date(2024, 11, 5), 0)
    (<Superlative.RECORD_HIGH: 'record_high'>, datetime.date(2022, 1, 1))
    >>> superlative("a 34-year low", dt.date(2024, 11, 5), 0)[1]
    datetime.date(1990, 11, 5)
    >>> superlative("fell below 2% for the first time since 2021", dt.date(2024, 11, 5), -1, 11)
    (<Superlative.RECORD_LOW: 'record_low'>, datetime.date(2021, 1, 1))
    >>> superlative("cut rates to 5% for the first time since 2021", dt.date(2024, 11, 5), -1, 13)
    (None, None)
    """
    if not p.SUPERLATIVE_HINT.search(window):
        return None, None
    # the record phrase nearest the number: "the largest since the RBNZ introduced the OCR
    # ... brought the rate to a 14-year high of 4.25%"
    matches = list(p.SUPERLATIVE_RE.finditer(window))
    if len(matches) > 1:
        matches.sort(key=lambda m: min(abs(m.end() - number_start), abs(m.start() - number_start)))
    for match in matches:
        found = _record(
            window, match, published, movement, number_start, flip=flip, counted_from=counted_from
        )
        if found[0] is not None:
            return found
    return None, None


# a clause with a subject of its own between the record phrase and the figure
_OTHER_CLAUSE = re.compile(
    r"\s+(?:after|when|as|because|since|while|before)\s+(?:the\s+)?[A-Za-z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*)*\s+(?:cut|raised|hiked|lowered|held|kept|left|said|announced)\b",
    re.IGNORECASE,
)
_NEAR_RECORD = re.compile(
    r"\b(?:close\s+to|near|nearing|approaching|just\s+(?:above|below|short\s+of))\s+(?:an?\s+|its\s+|the\s+)?$",
    re.IGNORECASE,
)


def _no_record(window: str, match: re.Match[str], number_start: int) -> bool:
    """Return True for a record phrase that claims no record of the figure."""
    if match.group("first") and not p.CROSSED_BEFORE_RE.search(window, 0, number_start):
        return True  # "cut rates to 5% for the first time in years": the move is new
    if match.end() <= number_start and _OTHER_CLAUSE.match(window, match.end(), number_start):
        return True  # "The kiwi hit a two month low after the RBNZ cut the cash rate to 4.25%"
    # "to more than 410 per euro, close to a two-year low": near one, not one
    return _NEAR_RECORD.search(window, max(0, match.start() - 16), match.start()) is not None


def _record(
    window: str,
    match: re.Match[str],
    published: dt.date,
    movement: int,
    number_start: int,
    *,
    flip: bool,
    counted_from: dt.date | None,
) -> tuple[Superlative | None, dt.date | None]:
    if _no_record(window, match, number_start):
        return None, None
    word = (
        match.group("rword")
        or match.group("nword")
        or match.group("mword")
        or match.group("neword")
        or _BARE_WORD.get((match.group("bare") or "").lower()[-4:])  # "a record-low 1.5%"
    )
    word = (word or "").lower()
    if word in _PACE:
        word = "" if movement else "highest"
    if not word and movement == 0 and (match.group("bare") or match.group("first")):
        word = (
            "low" if flip else "high"
        )  # "hit 525 on Friday, a record", "tested 36 for the first time"
    if match.group("unseen") and not movement:
        return None, None  # "stood at ¥160, a level unseen since 1986": high or low unsaid
    if word in _HIGH or (not word and movement > 0):
        kind = Superlative.RECORD_HIGH
    elif word in _LOW or (not word and movement < 0):
        kind = Superlative.RECORD_LOW
    else:
        return None, None
    if match.group("years"):
        return kind, _ago(match.group("years"), counted_from or published)
    for group, tail in _SINCE_TAILS:
        if match.group(group):
            return _since(window, match, tail, published, kind, counted_from)
    return kind, None


_BARE_WORD = {"-low": "low", " low": "low", "high": "high"}
# the record phrases that may name a start, and the group holding their "since ..." words
_SINCE_TAILS = (("most", "tail"), ("ftail", "ftail"), ("unseen", "utail"), ("ntail", "ntail"))


def _since(
    window: str,
    match: re.Match[str],
    group: str,
    published: dt.date,
    kind: Superlative,
    counted_from: dt.date | None,
) -> tuple[Superlative | None, dt.date | None]:
    tail = match.group(group).strip().lower()
    if tail.endswith(("record", "ever", "history")):
        return kind, None
    if tail.endswith(("this year", "the year")):
        return kind, dt.date(published.year, 1, 1)  # "its lowest level this year"
    index = tail.rfind("since")
    if index >= 0:
        rest = window[match.start(group) + match.group(group).lower().rfind("since") + 5 :]
        periods = find_periods(rest[:40], published)
        lead = 6 if rest.lstrip().lower().startswith("the ") else 2  # "since the March 2011 quake"
        if periods and periods[0].start <= lead:
            return kind, periods[0].past.start
        clause = _SINCE_CLAUSE.match(rest)  # "since it touched $1.26 in March 2018"
        if clause is not None:
            periods = find_periods(rest[: clause.end() + 30], published)
            return next(
                ((kind, m.past.start) for m in periods if m.start == clause.end()), (None, None)
            )
        return None, None
    since = _ago(tail, counted_from or published)
    return (kind, since) if since is not None else (None, None)


# "since it touched $1.26 in March 2018", "since the pandemic era in April 2020"
_SINCE_CLAUSE = re.compile(rf"\s*(?:{SINCE_CLAUSE_BODY}|{SINCE_EVENT_BODY})", re.IGNORECASE)


def _ago(text: str, published: dt.date) -> dt.date | None:
    """Return ``published`` less the span ``text`` names ("three years and five months")."""
    flat = text.replace("-", " ")
    match = p.AGO_RE.search(flat)
    if match is None:
        return None
    since = _back(match, published)
    more = _AND_MORE.match(flat, match.end())
    return since if since is None or more is None else _back(more, since)


# the second part of a span: "three years and five months"
_AND_MORE = re.compile(r"\s+and\s+" + p.AGO_RE.pattern, re.IGNORECASE)


def _back(match: re.Match[str], published: dt.date) -> dt.date | None:
    raw = match.group("n").lower()
    count = int(raw) if raw.isdigit() else COUNT_WORDS.get(raw)
    if count is None:
        return None
    unit = match.group("unit").lower().removeprefix("trading ")
    if unit.startswith(("day", "session")):  # "for the first time in three days"
        return published - dt.timedelta(days=count)
    if unit.startswith("week"):
        return published - dt.timedelta(weeks=count)
    months = count * {"m": 1, "y": 12, "d": 120}[unit[0]]
    return add_months(published, -months) if months < 12 * 1000 else None


def is_forecast(window: str) -> bool:
    """Return True when ``window`` has a forecast word ("expects", "will") not negated.

    >>> is_forecast("the IMF expects growth"), is_forecast("rose faster than expected")
    (True, False)
    """
    return any(
        m.group("yes") and m.group() != "May" and not _SEEN_IN_YEAR.match(window, m.end())
        for m in p.FORECAST_RE.finditer(window)
    )


# "below the 1.9% pace seen in 2016": a year's outcome (a later year's "seen" is a forecast
# again once the claim's period, still to come, is read: finish._horizon_by_period)
_SEEN_IN_YEAR = re.compile(r"(?<=seen)\s+(?:in|during)\s+(?:19|20)\d\d\b", re.IGNORECASE)


def looks_ahead(window: str) -> bool:
    """Return True when a forecast speaks of the future ("will", "expects ... to").

    A consensus figure ("the 2.2% forecast in a Reuters poll", "economists had expected
    8.3%") is a forecast about a period that may be past, so an open month stays past.

    >>> looks_ahead("the IMF expects growth to slow"), looks_ahead("above the forecast of")
    (True, False)
    """
    if _HAD_FORECAST.search(window) or _TO_HAVE.search(window):
        return False  # "had forecast that inflation would drop to 10.3% in January": a past view
    for match in p.FORECAST_RE.finditer(window):
        word = match.group().lower()
        if not match.group("yes") or match.group() == "May":
            continue
        if _PAST_PERFECT.search(window, max(0, match.start() - 10), match.start()):
            continue  # "economists had forecast that inflation would drop to 10.3% in January"
        if _CONSENSUS.search(window, max(0, match.start() - 30), match.start()):
            continue  # "shrank 0.2%, versus a forecast 0.1% growth": the same period
        if word not in _NOUN_LIKE or _VERB_USE.match(window, match.end()):
            return True
    return False


_NOUN_LIKE = frozenset(
    {"forecast", "forecasts", "projection", "projections", "outlook", "scenario", "baseline",
     "expected", "estimates for", "estimate for", "predicted", "anticipated", "projected",
     "forecasted",
     "median estimate", "consensus estimate", "consensus forecast",
     # a poll's figure may be of a period already over ("was probably 3.2% in the fourth
     # quarter, according to the poll", in January)
     "probably", "poll showed", "poll shows", "poll found", "according to the poll",
     "according to a poll", "according to a reuters poll", "according to the reuters poll",
     "according to a bloomberg poll", "according to a bloomberg survey", "polled by",
     "poll of economists", "poll of analysts", "survey of economists", "survey of analysts",
     "consensus expectation", "consensus expectations"}
)  # fmt: skip
_CONSENSUS = re.compile(
    r"\b(?:versus|vs\.?|against|than|below|above|missing|beating|compared\s+(?:with|to))\s+"
    r"(?:an?|the)?\s*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "is forecast to have slid to 23% in January": a forecast of a period already over
_TO_HAVE = re.compile(
    r"\bto\s+have\s+(?!been\s+(?:cut|raised|kept)\b)\w+(?:ed|en|id|wn|ung)\b", re.IGNORECASE
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
_HAD_FORECAST = re.compile(
    r"\b(?:had\s+(?:been\s+)?|previously\s+)"
    r"(?:forecast|forecasted|expected|predicted|projected|anticipated|estimated)\b"
    r"|\b(?:was|were|had\s+been)\s+expecting\b",
    re.IGNORECASE,
)
_VERB_USE = re.compile(
    # "forecasted annual average inflation to reach", "projected core prices to rise"
    r"\s+(?:to\b|that\b|growth|inflation|the\b|a\b|an\b|(?:[\w'’-]+\s+){1,3}?(?:inflation|"
    r"growth|prices|gdp|output|economy|rate)\s+to\b)",
    re.IGNORECASE,
)


def is_hedged(*texts: str | None) -> bool:
    """Return True when any text hedges ("reportedly", "leaked memos", "allegedly")."""
    return any(text and p.HEDGE_RE.search(text) for text in texts)


# a report the sentence itself says is unsourced: "..., Der Spiegel reported, without citing
# sources", "citing unnamed officials"
_UNSOURCED = re.compile(
    r"\bwithout\s+(?:citing|naming|identifying|giving|disclosing)\s+(?:its\s+|their\s+|any\s+)?"
    r"sources?\b|\bciting\s+(?:unnamed|anonymous|unidentified)\b",
    re.IGNORECASE,
)


def unsourced(sentence: str) -> bool:
    """Return True when the sentence reports a figure without a named source."""
    return _UNSOURCED.search(sentence) is not None


def basket(window: str) -> Basket:
    """Return CORE for "core"/"underlying" inflation, else HEADLINE."""
    return Basket.CORE if p.CORE_RE.search(window) else Basket.HEADLINE
