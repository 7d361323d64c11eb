"""A forecast that inflation will reach its target by a stated time.

"The Bank expects inflation to return to the 2 percent target in the second quarter of 2011",
"inflation is projected to reach the target level of 4 percent in 2017": the target's figure is
what the forecaster says inflation will be then, so it is an inflation forecast, where a target
named alone ("the 2% target", "aims to bring inflation back to 2%") is a goal and no claim.
"""

from __future__ import annotations

import re

from econcheck.claims.context import SentenceContext, clause_start
from econcheck.claims.quantities import Quantity

__all__ = ["reaches_target"]

_FORECAST = (
    r"(?:expects?|expected|projects?|projected|forecasts?|forecasted|predicts?|predicted|sees|"
    r"seen|will|should|is\s+likely|are\s+likely|likely|projections?|shows?|showed|showing)"
)
_REACH = (
    r"(?:reach(?:es|ed|ing)?|return(?:s|ed|ing)?|converg(?:e|es|ed|ing)|"
    r"(?:come|comes|coming|get|gets|getting|fall|falls|falling|be)\s+back|"
    r"(?:ease|eases|easing|decline|declines|declining|slow|slows|slowing|moderate|moderates|"
    r"moderating)(?:\s+back)?)"
)
_THE = r"(?:the|its|their|our|a)\s+"
# "... to reach the target level of 4 percent"
_TARGET_OF_BEFORE = re.compile(
    rf"\b{_FORECAST}\b[^;%]{{0,80}}?\b{_REACH}\s+(?:(?:to|towards?|on)\s+)?{_THE}"
    r"(?:[\w-]+\s+){0,2}?(?:target|goal)(?:\s+level)?\s+of\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
# "... to return to the 2 percent target"
_FIGURE_TARGET_BEFORE = re.compile(
    rf"\b{_FORECAST}\b[^;%]{{0,80}}?\b{_REACH}\s+(?:to|towards?|on)\s+{_THE}"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TARGET_AFTER = re.compile(r"\s+(?:inflation\s+)?(?:target|goal)\b", re.IGNORECASE)
_WHEN_SPAN = 40  # how far after the figure the time it is reached may stand


def reaches_target(ctx: SentenceContext, quantity: Quantity) -> bool:
    """Return True for a target figure a forecast says inflation reaches at a stated time."""
    text = ctx.text
    if "arget" not in text and "goal" not in text:
        return False  # (a cheap test first: most sentences name no target)
    start = clause_start(text, quantity.start)
    if _TARGET_OF_BEFORE.search(text, start, quantity.start):
        end = quantity.per_end
    else:
        after = _TARGET_AFTER.match(text, quantity.per_end)
        if after is None or not _FIGURE_TARGET_BEFORE.search(text, start, quantity.start):
            return False
        end = after.end()
    return any(end <= m.start <= end + _WHEN_SPAN for m in ctx.periods)
