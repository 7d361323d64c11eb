"""Split a stream of text into paragraphs (blocks) and sentences, keeping offsets.

Blocks: a line that does not end a sentence is joined to the next when the next starts
in lower case, or when the line looks like hard-wrapped prose (70-column e-mail or wire
copy: 50 to 100 characters, mostly lower-case words). Every other line break ends a
block, so headlines, bylines, datelines and one-paragraph-per-line text stay apart.
Sentences: split after . ! ? (and closing quotes) followed
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
_STARTS_PROSE = re.compile(r"\s*[\"“‘'(\[]?[A-Za-z0-9$€£¥₽]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A hard-wrapped line is about as long as the wrap width (60-80 columns in e-mail and
# wire copy); a longer line without an end is a paragraph of its own.
_WRAPPED_CHARS = range(50, 101)


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
    if not line.strip() or not pending.strip() or _ENDS_SENTENCE.search(pending):
        return False
    if _STARTS_LOWER.match(line):
        return True
    return _STARTS_PROSE.match(line) is not None and is_wrapped_prose(_last_line(pending))


def _last_line(text: str) -> str:
    body = text.rstrip("\r\n")
    return body[body.rfind("\n") + 1 :]


def is_wrapped_prose(line: str) -> bool:
    """Return True for a line that looks cut by a hard wrap: prose, about 70 columns long.

    Title-case lines (headlines, bylines, datelines) are not prose even when long.

    >>> is_wrapped_prose("Consumer prices jumped by more than 18% in October, and the bank")
    True
    >>> is_wrapped_prose("By Jane Doe and John Smith, Senior Economics Correspondents")
    False
    >>> is_wrapped_prose("Inflation quickens in October")
    False
    """
    text = line.strip()
    if len(text) not in _WRAPPED_CHARS:
        return False
    words = _WORD.findall(text)
    lower = sum(word[0].islower() for word in words)
    return len(words) >= 6 and 2 * lower > len(words)


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
