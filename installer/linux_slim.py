"""Linux-only slimming steps for build.spec, applied to Analysis.binaries after keep().

Each takes and returns a PyInstaller TOC list of (dest_name, src_name, typecode) entries and
says why its change is safe. On Windows there is nothing to do: Qt brings no ICU data and
PyInstaller collects no system libraries (OpenSSL stays twice there: Python's and psycopg's DLLs
have different names and Windows has no symlinks).
"""

from __future__ import annotations

import os
from pathlib import Path

Toc = list[tuple[str, str, str]]


def drop_orphan_libs(binaries: Toc) -> Toc:
    """Linux: drop shared libraries that no kept extension module or Qt plugin links any more.

    Analysis resolves library dependencies *before* keep() and the excludes act, so what only
    the dropped parts needed stays behind: platformthemes/libqgtk3 -> cairo, pango, gio, atk,
    harfbuzz...; libQt6Network -> krb5/gssapi (28 libraries). Walk the
    NEEDED entries from every extension module and Qt plugin (the things Python and Qt load)
    and drop the libraries that are not reached. A library that something dlopen()s instead
    of linking was never collected by PyInstaller in the first place.
    """
    from PyInstaller.depend.bindepend import get_imports

    def is_root(entry: tuple[str, str, str]) -> bool:
        dest = entry[0].replace("\\", "/")
        return entry[2] == "EXTENSION" or "/plugins/" in dest

    candidates = {
        os.path.basename(e[0]): e
        for e in binaries
        if e[2] == "BINARY"
        and not is_root(e)
        and not os.path.basename(e[0]).startswith("libpython")
    }
    queue = [e[1] for e in binaries if is_root(e) or os.path.basename(e[0]).startswith("libpython")]
    reached, seen = set(), set()
    while queue:
        src = queue.pop()
        if src in seen:
            continue
        seen.add(src)
        for name, _path in get_imports(src):
            lib = os.path.basename(name)
            if lib in candidates and lib not in reached:
                reached.add(lib)
                queue.append(candidates[lib][1])
    dropped = {name for name in candidates if name not in reached}
    print(
        f"build.spec: dropped {len(dropped)} unreferenced libraries: {', '.join(sorted(dropped))}"
    )
    return [e for e in binaries if os.path.basename(e[0]) not in dropped]


def with_trimmed_icu(binaries: Toc, work: str) -> Toc:
    """Linux: swap Qt's 32 MB ICU data library for one with only root/zh/en/ko (4.5 MB);
    installer/icu_trim.py says what is kept and why. Without the tools: the full library."""
    import icu_trim

    missing = icu_trim.tools_missing()
    if missing:
        print(f"build.spec: WARNING full ICU data kept, missing {missing} (apt icu-devtools)")
        return binaries
    result = []
    for entry in binaries:
        if os.path.basename(entry[0]) == "libicudata.so.73":
            small = icu_trim.trimmed_icudata(Path(entry[1]), Path(work))
            entry = (entry[0], str(small), entry[2])
        result.append(entry)
    return result


def share_openssl(binaries: Toc) -> Toc:
    """Linux: one OpenSSL instead of two (-5.4 MB). Python's _ssl/_hashlib link the system's
    libssl.so.3/libcrypto.so.3 (OpenSSL 3.0); psycopg-binary brings its own, newer 3.x under
    hashed names. Make the plain names symlinks to psycopg's copies: the loader finds them by
    file name and, by soname, loads each library once. _ssl and _hashlib use only OPENSSL_3.0.0
    symbols (objdump -T), which every 3.x provides; scrypt, hashes and TLS contexts give the same
    results (tests/e2e/test_bundle.py). Without psycopg's copies nothing changes."""
    by_name = {os.path.basename(e[0]): e for e in binaries}
    links = {}
    for plain, prefix in (("libcrypto.so.3", "libcrypto-"), ("libssl.so.3", "libssl-")):
        theirs = [
            e[0].replace("\\", "/")
            for e in binaries
            if e[0].replace("\\", "/").startswith("psycopg_binary.libs/" + prefix)
        ]
        if plain in by_name and by_name[plain][2] == "BINARY" and len(theirs) == 1:
            links[plain] = theirs[0]
    if len(links) != 2:
        return binaries
    print(f"build.spec: OpenSSL shared with psycopg: {links}")
    return [(e[0], links[e[0]], "SYMLINK") if e[0] in links else e for e in binaries]
