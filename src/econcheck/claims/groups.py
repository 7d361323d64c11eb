"""Figures of a group of economies: "advanced economies", "developing Asia", "the region".

An outlook story gives growth and inflation for groups as well as countries: "Advanced
economies are expected to slow from 2.7 percent in 2022 to 1.3 percent in 2023". No country
series checks a group, so its figures are no claims; the world ("global growth") is one
(``finish.py``), and the euro area is a country here.
"""

from __future__ import annotations

import re

from econcheck.claims.context import SentenceContext, clause_end, clause_start
from econcheck.claims.patterns import Cue, CueKind
from econcheck.claims.quantities import Quantity

__all__ = ["is_group_figure"]

_GROUP = re.compile(
    r"\b(?:"
    # ("Africa's most developed economy" is one country)
    r"(?<!most\s)(?<!least\s)(?<!more\s)"
    r"(?:advanced|developed|developing|emerging(?:[- ]market)?|industriali[sz]ed|rich|poor|"
    r"low[- ]income|middle[- ]income|high[- ]income|frontier)"
    r"(?:\s+and\s+(?:developing|emerging(?:[- ]market)?|middle[- ]income))?"
    r"\s+(?:economy|economies|economies'|countries|nations|markets|world)"
    r"|emerging\s+markets|developing\s+Asia(?:['’]s)?|emerging\s+Asia|emerging\s+Europe"
    r"|sub-Saharan\s+Africa|Latin\s+America(?:\s+and\s+the\s+Caribbean)?|the\s+Asia[- ]Pacific"
    r"|(?:East|South|Southeast|South-East|Central)\s+Asia(?:n\s+economies)?"
    r"|the\s+Middle\s+East(?:\s+and\s+(?:North|Central)\s+A\w+)?"
    r"|the\s+G-?(?:7|20)(?:\s+(?:economies|countries|nations))?|OECD\s+(?:countries|economies|area)"
    r"|ASEAN(?:\s+economies)?"
    # regional blocs and groupings: "Growth in the Gulf Cooperation Council states", "the GCC
    # economies", "the Western Balkans", "the ECOWAS region"
    r"|(?:the\s+)?(?:Gulf\s+Cooperation\s+Council|GCC|Gulf\s+Arab)(?:\s+(?:states|countries|"
    r"economies|nations|region|bloc))?|the\s+Gulf\s+(?:region|states|economies)"
    r"|the\s+(?:Western\s+)?Balkans|the\s+Baltics|the\s+Caribbean|the\s+CIS"
    r"|(?:ECOWAS|WAEMU|CEMAC|SADC|COMESA|Mercosur)(?:\s+(?:region|countries|states|economies|bloc))?"
    # a continent as a whole: "Africa, with growth of about 5.8 per cent" (not South Africa)
    r"|(?<!South\s)Africa(?![\w-])|Asia(?![\w-])"
    r"|the\s+(?:economy|economies|growth)\s+of\s+the\s+region|the\s+region['’]s\s+economy"
    r"|regional\s+(?:growth|economy|economies|inflation)"
    r")\b"
    # "Southeast Asia's largest economy", "emerging Europe's biggest": one country
    r"(?!['’]s\s+(?:[\w-]+\s+)?(?:largest|biggest|second|third|fourth|top|No\.?\s?\d|number))",
    re.IGNORECASE,
)
# A group named as the comparison is not the subject: "faster than emerging markets"
_COMPARED = re.compile(
    r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|among|across|outpac\w*|ahead\s+of|"
    r"leads|led|leading|tops|topped|topping|"
    r"in\s+line\s+with|like|unlike|of\s+all)\s+(?:the\s+|other\s+|most\s+|many\s+)*$",
    re.IGNORECASE,
)
# ...or as the field of a superlative, whose figure is the subject's: "the highest in
# Southeast Asia at 8.7 percent", "one of the fastest-growing in emerging Europe"
_FIELD = re.compile(
    r"\b(?:\w+est(?:[- ]\w+)?|(?:most|least)\s+\w+)\s+(?:\w+\s+)?(?:in|among|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ...unless the figure follows it at once: "faster than advanced economies at 1.2 percent"
_OWN_FIGURE = re.compile(r"['’]?s?\s*(?:,\s*)?(?:at|with|of|on)?\s*(?:about|around|just\s+)?")
# "projected 3.3 percent GDP growth for Bangladesh": the place comes after the figure
_FOR_PLACE = re.compile(r"\b(?:for|in)\s+(?:the\s+)?$", re.IGNORECASE)
_GROWTH_OR_PRICES = (CueKind.GDP, CueKind.GDP_VERB, CueKind.INFLATION)
# a clause that hangs on the sentence's subject: ", with growth of 7.1 per cent this year"
_WITH_CLAUSE = re.compile(r"\s*,?\s*with\s+(?:\w+\s+){0,2}?(?:growth|inflation)\b", re.I)
_WITH_BEFORE = re.compile(r",\s*with\s+$", re.IGNORECASE)
_IN_THE = re.compile(r"\bin\s+the\s+$", re.IGNORECASE)
# the members named right after a group: "Developing Asia, including China and India,"
_MEMBERS_BEFORE = re.compile(r"\s*,?\s*(?:including|such\s+as|like|led\s+by)\s+[^,;]*", re.I)


def is_group_figure(ctx: SentenceContext, quantity: Quantity, cue: Cue) -> bool:
    """Return True for growth or inflation of a group of economies: the last subject named
    before the figure in its clause is a group, and no country is named between them.

    >>> import datetime as dt
    >>> from econcheck.claims.extract import extract_claims
    >>> extract_claims("Emerging markets will grow 4.1% in 2025.", published=dt.date(2024, 11, 5))
    []
    """
    if cue.kind not in _GROWTH_OR_PRICES:
        return False
    text = ctx.text
    start = clause_start(text, quantity.start)
    if _WITH_CLAUSE.match(text, start) or _WITH_BEFORE.search(text, max(0, start - 12), start):
        start = 0  # "Africa, with growth of about 5.8 per cent this year": the subject's
    group = None
    for match in _GROUP.finditer(text, start, quantity.start):
        before = max(0, match.start() - 30)
        if _FIELD.search(text, before, match.start()):
            continue
        compared = _COMPARED.search(text, before, match.start())
        if not compared or _OWN_FIGURE.fullmatch(text, match.end(), quantity.start):
            group = match
    if group is None:
        return False
    end = clause_end(text, quantity.end)
    return not any(
        e.country is not None
        # ("the fastest-growing region in the world": the superlative's field)
        and not (e.country == "WLD" and _IN_THE.search(text, max(0, e.start - 8), e.start))
        and (
            (
                group.end() <= e.start < quantity.start
                # "Developing Asia, including China and India, will ...": its members
                and not _MEMBERS_BEFORE.fullmatch(text, group.end(), e.start)
            )
            or (quantity.end <= e.start < end and _FOR_PLACE.search(text, quantity.end, e.start))
        )
        for e in ctx.entities
    )
