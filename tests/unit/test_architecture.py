"""Layering: ui -> services -> storage -> domain, services -> pdf; nothing below ui imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "jilin_apprentice"

# layer -> packages of ours it may import (besides itself and the Qt-free top-level helpers)
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "pdf": {"domain"},
    "services": {"storage", "domain", "pdf"},
    "ui": {"services", "domain"},
}
# Qt-free, importable by any layer
TOP_LEVEL_HELPERS = {
    "paths",
    "messages",
    "messages_pay",
    "messages_insurance",
    "messages_agreements",
    "finding_messages",
    "finding_messages_ledger",
    "cli",
    "__init__",
}


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, node.lineno))
    return found


def _layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_layers_import_only_downwards():
    problems = []
    for layer, allowed in ALLOWED.items():
        for path in _layer_files(layer):
            for module, line in _imports(path):
                parts = module.split(".")
                if parts[0] != "jilin_apprentice" or len(parts) < 2:
                    continue
                target = parts[1]
                if target in (layer, *TOP_LEVEL_HELPERS) or target in allowed:
                    continue
                problems.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
    assert problems == []


def test_nothing_below_ui_imports_qt():
    problems = []
    for layer in ("domain", "storage", "pdf", "services"):
        for path in _layer_files(layer):
            problems += [
                f"{path.relative_to(PACKAGE)}:{line} imports {module}"
                for module, line in _imports(path)
                if module.split(".")[0] in ("PySide6", "shiboken6")
            ]
    for name in ("paths.py", "messages.py", "cli.py", "logging_setup.py"):
        problems += [
            f"{name} imports {m}" for m, _ in _imports(PACKAGE / name) if m.startswith("PySide6")
        ]
    assert problems == []


def test_ui_never_touches_storage_directly():
    problems = [
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in _layer_files("ui")
        for module, _ in _imports(path)
        if module.startswith("jilin_apprentice.storage")
    ]
    assert problems == []


def test_importing_every_non_ui_module_loads_no_qt():
    """Dynamic check: the services stack really runs without Qt (the CLI and tests rely on it)."""
    modules = [
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in ("domain", "storage", "services", "pdf")
        for p in _layer_files(layer)
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PACKAGE.parent
    )
    assert out.stdout.strip() == "[]"


def test_modules_stay_small():
    too_big = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert too_big == {}
