"""Who the article says made a claim ("according to Rosstat", "leaked memos from the Ministry
reveal"), as written: the nearest source phrase in the figure's clause.
"""

from __future__ import annotations

import functools
import re

from econcheck.claims import patterns as p
from econcheck.claims.context import clause_start
from econcheck.claims.vocab import LY_NON_ADVERBS, REPORTING_ADVERBS, SOURCE_NOUNS

_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "our", "my", "their",
     "his", "her", "its", "us", "who"}
)  # fmt: skip
_SOURCE_RE = re.compile(rf"(?i:\b(?:{'|'.join(SOURCE_NOUNS)})\b)|\b[A-Z][a-zA-Z]+")
_SOURCE_NOUN_RE = re.compile(rf"(?i:\b(?:{'|'.join(SOURCE_NOUNS)})\b)")
_OWNER = re.compile(r"\s(?:from|of|at|by|inside|within)\s", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(
    r"[,;:\"“”()]|\bthat\b|\bwhile\b|\band\b(?=\s+(?:the\s+)?[a-z]+\s+(?:said|says))"
    # "Trichet is under pressure as figures showed ...": a clause of its own begins
    r"|\b(?i:as|because|although|though|whereas|when|if|unless)\s+(?!well\b)"
    # "This dollar spike came after the Reserve Bank announced": the clause after "after"
    r"|\b(?i:after|before|until|once)\s+(?=(?i:the)\s)"
    # a dateline's dash: "COLUMBUS, Ohio (CNN) -- President Bush Thursday cited"
    r"|\s(?:--|—|–)\s"
)
_LEADING_CONJUNCTION = re.compile(
    r"^(?:but|and|while|whereas|as|so|yet|though|although|whilst|when|after|before|because|once)"
    r"\s+",
    re.I,
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE)


def attribution(sentence: str, anchor: int, num_end: int) -> str | None:
    """Return who the sentence says made the claim at ``anchor``, as written.

    >>> s = "This week, leaked memos from the Ministry reveal that GDP will shrink 15%."
    >>> attribution(s, 53, 70)
    'leaked memos from the Ministry'
    >>> attribution("Inflation hit 9%, according to Rosstat.", 0, 16)
    'Rosstat'
    """
    agent = by_agent(sentence, num_end)
    if agent is not None:
        return _clean(agent[1])  # "the 7.2 percent forecast by the central bank"
    candidates = [*_sources_before(sentence, anchor), *_sources_after(sentence, num_end)]
    if not candidates:
        return None
    return _clean(min(candidates, key=lambda c: c[0])[1])


def _sources_before(sentence: str, anchor: int) -> list[tuple[int, str]]:
    """Return (distance, source) for "according to X" and "X said/expects ..." phrases."""
    found = []
    clause = clause_start(sentence, anchor)
    for start, end, who in _according(sentence):
        penalty = 100 if end < clause else 0
        found.append((abs(start - anchor) + penalty, who))
    for start, end, subject in _verb_subjects(sentence):
        if end <= anchor and not _PASSIVE.search(sentence, max(0, start - 12), start):
            penalty = 100 if end < clause else 0
            found.append((anchor - start + penalty, subject))
    return found


def _sources_after(sentence: str, num_end: int) -> list[tuple[int, str]]:
    """Return (distance, source) for ", said X" and ", X said" after the number."""
    found = []
    for start, who in _said_after(sentence):
        if any(ch.isdigit() for ch in who) or _names_indicator(who):
            continue  # "The bank, which cut ..., said headline inflation rose": what was said
        if start >= num_end and clause_start(sentence, start) <= num_end:
            found.append((start - num_end + 20, who))
    for start, _, subject in _verb_subjects(sentence):
        if start < num_end or clause_start(sentence, start) > num_end:
            continue
        if sentence.find(subject, num_end) >= 0:
            found.append((start - num_end + 40, subject))
    return found


def by_agent(sentence: str, num_end: int) -> tuple[int, str] | None:
    """Return where the agent of a forecast participle right after the figure starts, and
    its name: "the 7.2 percent forecast by the Central Bank", "3.5% predicted by economists"."""
    match = _BY_AGENT.match(sentence, num_end)
    return None if match is None else (match.start("who"), match.group("who"))


_BY_AGENT = re.compile(
    r"(?:\s+(?:GDP\s+)?(?:growth|inflation|expansion|contraction|increase|rise|rate))?"
    r"\s+(?:(?:previously|earlier|originally|initially)\s+)?"
    r"(?:forecast|predicted|projected|estimated|expected|anticipated|seen|targeted)\s+by\s+"
    r"(?P<who>(?:the\s+)?(?:central\s+bank|government|ministry|economists|analysts|markets?)\b"
    r"|(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.&'’-]*){0,5})",
)


@functools.lru_cache(maxsize=256)
def _according(sentence: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.group("who")) for m in p.ACCORDING_RE.finditer(sentence))


@functools.lru_cache(maxsize=256)
def _said_after(sentence: str) -> tuple[tuple[int, str], ...]:
    return tuple((m.start(), m.group("who")) for m in p.SAID_AFTER_RE.finditer(sentence))


@functools.lru_cache(maxsize=256)
def _verb_subjects(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Return (start, end, subject) for each reporting verb with a source-like subject."""
    found = []
    for match in p.ATTRIBUTION_VERB_RE.finditer(sentence):
        if p.ATTRIBUTION_VERB_RE.match(sentence, match.end() + 1):
            continue  # "the estimate showed": the verb is the second word
        if _DETERMINER_BEFORE.search(sentence, max(0, match.start() - 8), match.start()):
            continue  # "downgraded its forecast": a noun, not a reporting verb
        if match.group().lower() in _NOUN_VERBS and _OF_AFTER.match(sentence, match.end()):
            continue  # "a Reuters poll forecast of 4.9%": a noun too ("warns of" is a verb)
        if match.group().lower() in _NOUN_VERBS and _NOUN_PHRASE_BEFORE.search(
            sentence, max(0, match.start() - 40), match.start()
        ):
            continue  # "JPMorgan kept its year-end forecast at 35%": the noun of a phrase
        subject = _subject_before(sentence, match.start())
        if subject is not None:
            found.append((match.start(), match.end(), subject))
    return tuple(found)


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_NOUN_VERBS = frozenset({"forecast", "forecasts", "estimate", "estimates", "projection"})
# "its year-end forecast" (lower-case words: "The Bank of Russia estimates" is a verb)
_NOUN_PHRASE_BEFORE = re.compile(
    r"\b(?i:its|their|the|a|an|his|her|our|this|that)\s+(?:[a-z][\w-]*\s+){1,3}$"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|the|a|an|his|her|our|this|that)\s+$", re.I)


def _subject_before(sentence: str, verb_start: int) -> str | None:
    window = sentence[max(0, verb_start - 120) : verb_start]
    if "(" in window:  # "the International Monetary Fund (IMF) and the World Bank have said"
        window = _ACRONYM.sub(lambda m: " " * len(m.group()), window)
    breaks = list(_SUBJECT_BREAK.finditer(window))
    subject = window[breaks[-1].end() :] if breaks else window
    subject = _drop_adverbs(_LEADING_CONJUNCTION.sub("", subject.strip()))
    words = subject.split()
    if not words or len(words) > 12 or subject.lower() in _PRONOUNS:
        return None
    if words[0].lower() in _PARTICIPLES:
        return None  # "6.4 percent, Having previously forecast 6.6 percent": no new subject
    digits = any(ch.isdigit() for ch in subject)
    counted = digits and _COUNTED_SOURCE.match(subject) is not None  # "All 17 economists ..."
    if (digits and not counted) or not _SOURCE_RE.search(subject):
        return None
    if _names_indicator(subject):
        return None
    if words[-1].lower() in ("it", "they", "he", "she", "we") and len(words) > 1:
        return None  # "The bank said it saw ...": the outer verb's subject is the source
    if words[-1].lower() in ("has", "have", "had", "is", "are", "was", "were", "also"):
        subject = " ".join(words[:-1])
    return subject or None


_PARTICIPLES = frozenset(
    {"having", "being", "citing", "noting", "adding", "saying", "expecting", "seeing",
     "forecasting", "predicting", "projecting", "estimating", "warning", "after", "before"}
)  # fmt: skip
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")
_COUNTED_SOURCE = re.compile(
    r"(?:all\s+|the\s+)?\d+(?:\s+(?:of|out\s+of)\s+(?:the\s+)?\d+)?\s+(?:economists|analysts|"
    r"forecasters|traders|respondents|banks|institutions|experts|strategists)\b(?!.*\d)",
    re.IGNORECASE,
)


def _names_indicator(subject: str) -> bool:
    """Return True when an indicator word heads the subject ("the economy shows").

    An indicator word inside the source's own name does not count: "documents from the
    economy ministry show" is a source, "data on inflation show" is not.

    >>> _names_indicator("growth figures"), _names_indicator("papers from the economy ministry")
    (True, False)
    """
    head = _OWNER.search(subject)
    limit = head.start() if head and _SOURCE_NOUN_RE.search(subject, 0, head.start()) else None
    return any(
        c.kind not in (p.CueKind.BLOCK, p.CueKind.NEUTRAL) and (limit is None or c.start < limit)
        for c in p.find_cues(subject)
    )


_WHEN_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
     "today", "tonight"}
)  # fmt: skip


def _drop_adverbs(subject: str) -> str:
    """Drop the adverbs (and a day) between a subject and its verb ("papers reportedly").

    >>> _drop_adverbs("leaked papers from the Ministry reportedly")
    'leaked papers from the Ministry'
    >>> _drop_adverbs("the national assembly")
    'the national assembly'
    """
    words = subject.split()
    while len(words) > 1 and (_is_adverb(words[-1]) or words[-1].lower() in _WHEN_WORDS):
        words.pop()  # "President Bush Thursday cited": the day is no part of the source
        if len(words) > 1 and words[-1].lower() in ("on", "last", "this"):
            words.pop()  # "Governor Riad Salameh on Friday projected"
    return " ".join(words) if len(words) < len(subject.split()) else subject


def _is_adverb(word: str) -> bool:
    if word in REPORTING_ADVERBS:
        return True
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in LY_NON_ADVERBS


def _clean(text: str) -> str | None:
    text = " ".join(text.split()).strip(" ,.;:")
    for article in ("the ", "The "):
        text = text.removeprefix(article)
    return text[:120] or None
