"""The save step: charts and reports written to files (the only writing outside the CLI).

Markdown reports get their PNG charts in a folder beside them (``<stem>_charts/``); HTML
reports embed them, so the one file opens offline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from econcheck import charts, report
from econcheck.chart_data import chart_name
from econcheck.errors import InputError
from econcheck.models import CheckResult

REPORT_SUFFIXES = (".md", ".html", ".htm")
T = TypeVar("T")


def save_charts(result: CheckResult, out_dir: Path) -> list[Path]:
    """Write a PNG and an SVG per claim and of the summary into ``out_dir``."""
    return _writing(out_dir, lambda: charts.save_all(result, out_dir))


def save_report(result: CheckResult, path: Path) -> Path:
    """Write a Markdown (.md) or self-contained HTML (.html) report; return its path.

    Raises:
        InputError: the suffix is neither, or the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        msg = f"--report {path}: the file name must end in .md or .html"
        raise InputError(msg)
    if suffix == ".md":
        folder = path.parent / f"{path.stem}_charts"
        _writing(folder, lambda: charts.save_all(result, folder, formats=("png",)))
        images = {"summary": f"{folder.name}/summary.png"}
        for index, claim in enumerate(result.claims, 1):
            images[claim.id] = f"{folder.name}/{chart_name(index, claim)}.png"
        text = report.render_markdown(result, images)
    else:
        text = report.render_html(result, charts.render_images(result, "png"))
    _writing(path, lambda: path.write_text(text, encoding="utf-8"))
    return path


def _writing(target: Path, write: Callable[[], T]) -> T:
    """Run ``write``, turning a filesystem error into an InputError naming ``target``."""
    try:
        return write()
    except OSError as exc:
        msg = f"cannot write {target}: {exc.strerror or exc}"
        raise InputError(msg) from exc
