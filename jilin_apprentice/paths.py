"""Where things live: read-only resources (frozen-aware) and the user's writable data folder."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "JilinApprentice"
DB_FILENAME = "jilin_apprentice.db"
DATA_DIR_ENV = "JILIN_APPRENTICE_DATA_DIR"


def resource_root() -> Path:
    """`resources/` and `db/` sit here: the PyInstaller bundle dir, or the repository root."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return resource_root() / "resources"


def migrations_dir() -> Path:
    return resource_root() / "db"


@dataclass(frozen=True)
class DataPaths:
    """The writable folders of one data directory (database, backups, exports, logs)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.exports, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def data_paths(override: str | os.PathLike[str] | None = None) -> DataPaths:
    """`--data-dir`, else $JILIN_APPRENTICE_DATA_DIR, else the platform's user data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return DataPaths(Path(chosen).expanduser().resolve())
    return DataPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))
