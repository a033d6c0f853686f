"""Every source string is translated (zh_CN is the default language; en and ko are complete too)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
spec = importlib.util.spec_from_file_location("i18n_update", I18N / "update.py")
assert spec and spec.loader
update = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update)


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = translation is None or (
                not (translation.text or "").strip() and not list(translation)
            )
            if (
                translation is not None and translation.get("type") in ("unfinished", "vanished")
            ) or empty:
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_no_unfinished_translations(language: str):
    assert unfinished(I18N / f"app_{language}.ts") == []


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_every_source_string_is_in_the_ts_file(tmp_path: Path, language: str):
    copy = tmp_path / f"app_{language}.ts"
    shutil.copy(I18N / f"app_{language}.ts", copy)
    update.lupdate([copy])
    assert unfinished(copy) == [], "run: python resources/i18n/update.py and translate"


@pytest.mark.parametrize("language", ["zh_CN", "en", "ko"])
def test_compiled_qm_is_current(tmp_path: Path, language: str):
    fresh = tmp_path / "fresh.qm"
    update.lrelease(I18N / f"app_{language}.ts", fresh)
    assert (I18N / f"app_{language}.qm").read_bytes() == fresh.read_bytes()


def test_chinese_is_really_chinese():
    root = ET.parse(I18N / "app_zh_CN.ts").getroot()
    texts = [m.findtext("translation") or "" for m in root.iter("message")]
    with_cjk = [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert len(with_cjk) >= 0.9 * len(texts)


def test_korean_is_really_korean():
    """Yanbian officers get Korean, not Chinese left over from a copied catalogue."""
    root = ET.parse(I18N / "app_ko.ts").getroot()
    texts = [
        m.findtext("translation") or m.findtext("translation/numerusform") or ""
        for m in root.iter("message")
    ]
    hangul = [t for t in texts if any("\uac00" <= ch <= "\ud7a3" for ch in t)]
    han = [t for t in texts if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert len(hangul) >= 0.95 * len(texts)
    assert len(han) <= 0.02 * len(texts)  # only Chinese values the importer must match


assert sys.version_info >= (3, 11)
