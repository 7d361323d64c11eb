"""Write a benchmark's figures into its marked section of a Markdown file."""

from __future__ import annotations

from pathlib import Path


def replace_section(path: Path, *, start: str, end: str, title: str, section: str) -> None:
    """Replace the text between ``start`` and ``end`` markers, or append it under ``title``.

    ``section`` includes both markers.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + section + rest.split(end, 1)[1]
    else:
        text = f"{text.rstrip()}\n\n{title}\n\n{section}\n"
    path.write_text(text, encoding="utf-8")
