"""PyInstaller runtime hook (build.spec): import the bundle's modules from one shared archive.

Both executables (JilinApprentice, jilin-apprentice-cli) would otherwise each embed the same
~14 MB archive of compiled Python modules. build.spec gives each executable only the few
standard-library modules PyInstaller's bootstrap imports before this hook runs (ctypes and its
imports) and puts the complete archive once into _internal/ as SHARED. This hook, the first to
run, points PyInstaller's frozen importer at it. It uses PyInstaller's loader internals
(pyimod02_importers, PyInstaller 6), so it fails loudly if they change.
"""

import os
import sys

import pyimod01_archive  # PyInstaller's bootstrap modules: always present in a frozen app
import pyimod02_importers

SHARED = "jilin_apprentice.pyz"


def _use_shared_archive() -> None:
    path = os.path.join(sys._MEIPASS, SHARED)
    shared = pyimod01_archive.ZlibArchiveReader(path, check_pymagic=True)
    finders = [
        f
        for f in sys.path_importer_cache.values()
        if isinstance(f, pyimod02_importers.PyiFrozenFinder)
    ]
    if not hasattr(pyimod02_importers, "pyz_archive") or not all(
        hasattr(f, "_pyz_archive") for f in finders
    ):
        raise RuntimeError(f"PyInstaller's importer changed: cannot switch to {SHARED}")
    pyimod02_importers.pyz_archive = shared
    pyimod02_importers._pyz_tree = None  # rebuilt from the shared archive on first use
    for finder in finders:
        finder._pyz_archive = shared
    sys._jilin_shared_pyz = path  # for diagnostics and the bundle test


_use_shared_archive()
