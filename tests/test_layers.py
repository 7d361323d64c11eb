"""The import rules of STYLE.md: each third-party boundary has exactly one owner."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "econcheck"

ONLY = {
    "httpx": {"sources/http.py"},
    "matplotlib": {"charts.py"},
    "typer": {"cli.py"},
}


def _is_type_checking_block(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    )


def _imports(path: Path) -> set[str]:
    """Return the modules a file imports at run time (``if TYPE_CHECKING:`` blocks excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if _is_type_checking_block(node):
            assert isinstance(node, ast.If)
            node.body = []
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize(("package", "owners"), sorted(ONLY.items()))
def test_layers_only_owner_imports_package(package: str, owners: set[str]) -> None:
    """Only the owning module imports httpx, matplotlib or typer."""
    offenders = [
        str(path.relative_to(SRC))
        for path in _modules()
        if str(path.relative_to(SRC)) not in owners
        and any(name == package or name.startswith(package + ".") for name in _imports(path))
    ]
    assert offenders == []


def test_layers_claims_and_sources_do_not_import_each_other() -> None:
    """claims/ never imports sources/ and sources/ never imports claims/."""
    bad = []
    for path in _modules():
        rel = path.relative_to(SRC).as_posix()
        names = _imports(path)
        if rel.startswith("claims/") and any(n.startswith("econcheck.sources") for n in names):
            bad.append(rel)
        if rel.startswith("sources/") and any(n.startswith("econcheck.claims") for n in names):
            bad.append(rel)
    assert bad == []


def test_layers_core_never_imports_cli() -> None:
    """No library module imports the CLI."""
    bad = [
        path.relative_to(SRC).as_posix()
        for path in _modules()
        if path.name not in {"cli.py", "__main__.py"} and "econcheck.cli" in _imports(path)
    ]
    assert bad == []


def test_layers_compare_sees_only_models() -> None:
    """compare.py imports no other pipeline stage (claims, resolve, sources, report, cli)."""
    stages = (
        "econcheck.claims",
        "econcheck.sources",
        "econcheck.resolve",
        "econcheck.pipeline",
        "econcheck.report",
        "econcheck.charts",
        "econcheck.cli",
    )
    names = _imports(SRC / "compare.py")
    assert {n for n in names if n.startswith(stages)} == set()


def test_layers_extract_command_does_not_import_pandas_or_httpx() -> None:
    """`econcheck extract` loads only what extraction needs (start-up time, issue 3)."""
    code = (
        "import sys\n"
        "from econcheck import cli, pipeline, terminal\n"
        "heavy = {'pandas', 'httpx', 'matplotlib', 'pyarrow', 'pandera'} & set(sys.modules)\n"
        "print(sorted(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
