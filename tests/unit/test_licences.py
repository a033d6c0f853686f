"""The licence data behind Help ▸ About: every bundled library is installed and its texts ship."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest

from jilin_apprentice.paths import resources_dir

LICENCES = resources_dir() / "licences"
DATA = json.loads((LICENCES / "third_party.json").read_text(encoding="utf-8"))["components"]
# what pyproject.toml installs at run time must all be named (the brief's list and the deps)
REQUIRED = {
    "PySide6-Essentials",
    "PySide6-Addons",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "pyhanko",
    "openpyxl",
    "python-calamine",
    "python-dateutil",
    "python-stdnum",
    "platformdirs",
    "segno",
    "psycopg",
}


def _norm(name: str) -> str:
    return name.lower().replace("_", "-")


@pytest.mark.parametrize("entry", DATA, ids=[e["name"] for e in DATA])
def test_entry_is_installed_and_its_licence_files_exist(entry):
    assert entry["name"] and entry["licence"] and entry["url"].startswith("http")
    if entry["dist"] is not None:
        assert metadata.version(entry["dist"])  # raises PackageNotFoundError otherwise
    else:
        assert entry["name"] == "Python" or entry.get("version")
    assert entry["files"], "a licence text must ship with every component"
    for name in entry["files"]:
        path = (LICENCES / name).resolve()
        assert path.is_file(), name
        assert resources_dir().resolve() in path.parents  # bundled with resources/
        assert path.stat().st_size > 500, f"{name} looks truncated"


def test_every_runtime_dependency_is_listed():
    listed = {_norm(e["dist"]) for e in DATA if e["dist"]}
    assert {_norm(d) for d in REQUIRED} <= listed
    assert any("WenQuanYi" in e["name"] for e in DATA)
    assert any(e["name"] == "Python" for e in DATA)


def test_lgpl_components_ship_the_lgpl_and_the_gpl():
    """LGPL-3.0 §4: a copy of the GNU GPL and of the LGPL accompanies the combined work."""
    for entry in DATA:
        if "LGPL-3.0" in entry["licence"]:
            assert {"LGPL-3.0.txt", "GPL-3.0.txt"} <= set(entry["files"]), entry["name"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (LICENCES / "LGPL-3.0.txt").read_text()
    assert "Version 3" in (LICENCES / "GPL-3.0.txt").read_text()


def test_licence_in_the_data_matches_the_package_metadata():
    """Catch a library that changed its licence (the data file would then be wrong)."""
    for entry in DATA:
        if not entry["dist"]:
            continue
        meta = metadata.metadata(entry["dist"])
        declared = meta.get("License-Expression") or meta.get("License") or ""
        declared += " ".join(meta.get_all("Classifier") or [])
        first = entry["licence"].split(" / ")[0].split("-")[0]  # MIT, BSD, LGPL, Apache
        assert first.lower() in declared.lower(), (entry["name"], declared[:80])


def test_no_licence_file_is_orphaned():
    used = {Path(f).name for e in DATA for f in e["files"]}
    on_disk = {p.name for p in LICENCES.glob("*.txt")}
    assert on_disk <= used, sorted(on_disk - used)
