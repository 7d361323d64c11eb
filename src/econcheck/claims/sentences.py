"""Split a stream of text into paragraphs (blocks) and sentences, keeping offsets.

Blocks: lines are joined when a line does not end a sentence and the next one starts in
lower case (hard-wrapped prose); every other line break ends a block, so headlines and
datelines stay on their own. Sentences: split after . ! ? (and closing quotes) followed
by an upper-case letter, a digit or a quote, except after abbreviations and initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from econcheck.claims.vocab import ABBREVIATIONS

# A block that grows past this without a line break is cut at its last space.
MAX_BLOCK_CHARS = 1_000_000
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|[.!?]+[\"”’')\]]*(?=\s*\n)")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]]\s*$")
_STARTS_LOWER = re.compile(r"\s*[a-z(,;]")


def iter_blocks(chunks: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Yield (offset, block) pairs; offsets count code points in the concatenated chunks.

    Each chunk is a paragraph or a line: its end is a line break even when it has no
    newline character, and a chunk may hold several lines.

    >>> list(iter_blocks(["Headline\\n", "The ruble fell\\n", "sharply. Then\\n", "More.\\n"]))
    [(0, 'Headline\\n'), (9, 'The ruble fell\\nsharply. Then\\n'), (38, 'More.\\n')]
    >>> list(iter_blocks(["First paragraph.", "Second one."]))
    [(0, 'First paragraph.'), (16, 'Second one.')]
    """
    offset = 0  # offset of the first character of ``pending``
    pending = ""  # lines of the current block
    partial = ""  # an over-long line being cut (see MAX_BLOCK_CHARS)
    for chunk in chunks:
        lines = (partial + chunk).splitlines(keepends=True)
        partial = ""
        for line in lines:
            if pending and not _joins(pending, line):
                yield offset, pending
                offset, pending = offset + len(pending), ""
            pending += line
            while len(pending) > MAX_BLOCK_CHARS:  # one endless line: cut it at a space
                cut = pending.rfind(" ", 0, MAX_BLOCK_CHARS) + 1 or MAX_BLOCK_CHARS
                yield offset, pending[:cut]
                offset, pending = offset + cut, pending[cut:]
    if pending:
        yield offset, pending


def _joins(pending: str, line: str) -> bool:
    if not line.strip() or not pending.strip():
        return False
    return not _ENDS_SENTENCE.search(pending) and bool(_STARTS_LOWER.match(line))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in a block, whitespace trimmed.

    >>> text = "The U.S. dollar rose. Dr. Smith said 1.5% was low. Then it fell!"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['The U.S. dollar rose.', 'Dr. Smith said 1.5% was low.', 'Then it fell!']
    """
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, *span)) is not None]


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[word_start].isupper():
        return True  # an initial: "A. Writer"
    return word in ABBREVIATIONS and not _ends_abbreviated_sentence(text, dot)


def _ends_abbreviated_sentence(text: str, dot: int) -> bool:
    """Return True for "... in the U.S. The ruble" where a new sentence clearly starts."""
    after = text[dot + 1 : dot + 12].lstrip()
    return after.startswith(("The ", "It ", "In ", "A ", "This ", "But ", "He ", "She "))


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
