"""The HTML report opens offline in a real browser (headless Chromium; ``slow``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from econcheck import charts, report
from fixtures_results import CLAIMS, make_result

BROWSER = next(
    (path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None
)


@pytest.mark.slow
@pytest.mark.skipif(BROWSER is None, reason="Debian's chromium package is not installed")
def test_render_html_loads_in_headless_chromium(tmp_path: Path) -> None:
    """Chromium renders the report from file:// with every claim and embedded chart."""
    result = make_result()
    page = tmp_path / "report.html"
    page.write_text(report.render_html(result, charts.render_images(result)), encoding="utf-8")
    command = [
        str(BROWSER), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update",
        f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert dom.count("<article") == len(CLAIMS)
    assert dom.count('src="data:image/png;base64,') == len(CLAIMS) + 1
    assert "5 claims: 3 contradicted" in dom
