"""The README is the project's front door: it opens with the two set-up commands, and the
second is the test command CI runs (`.ci/run`)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def _first_code_block(text: str) -> list[str]:
    match = re.search(r"```(?:bash|sh)?\n(?P<body>.*?)```", text, re.DOTALL)
    assert match is not None, "the README has no code block"
    return [line for line in match["body"].splitlines() if line.strip()]


def test_readme_opens_with_the_two_set_up_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.startswith("# econcheck\n")
    # the code block comes before any prose section
    assert text.index("```") < text.index("\n## ")
    commands = _first_code_block(text)
    assert len(commands) == 2, commands
    install_and_run, install_and_test = commands
    assert "pip install" in install_and_run
    assert "econcheck check examples/" in install_and_run
    assert "pip install" in install_and_test
    assert "pytest" in install_and_test


def test_readme_test_command_is_the_one_ci_runs() -> None:
    test_command = _first_code_block(README.read_text(encoding="utf-8"))[1]
    pytest_call = test_command.split("&&")[-1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert pytest_call.replace("python -m pytest", "").strip() in ci
    assert "python -m pytest" in ci


def test_readme_keeps_its_reference_sections() -> None:
    text = README.read_text(encoding="utf-8")
    # a truncated README would lose these: the measured figures and the way to reproduce them
    for anchor in ("scripts/eval_claims.py", "bench/bench_extract.py", "--offline"):
        assert anchor in text, anchor
    assert len(text.splitlines()) > 200
