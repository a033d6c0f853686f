"""Fill unfinished .ts entries from a JSON map {English source: translation}, and the English
file with the source text itself; then run update.py to rebuild the .qm files.

    python resources/i18n/fill.py zh.json [--contexts A,B]          # Chinese (and English)
    python resources/i18n/fill.py ko.json --language ko             # Korean only
"""

from __future__ import annotations

import argparse
import json
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fill(ts: Path, mapping: dict[str, str] | None, contexts: set[str] | None) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        if contexts and name not in contexts:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = source if mapping is None else mapping.get(source)
            if text is None:
                continue
            if message.get("numerus") == "yes":
                # Chinese and Korean have one form; English two: "(s)" dropped, then spelled out
                forms = (
                    [text]
                    if mapping is not None
                    else [text.replace("(s)", ""), text.replace("(s)", "s")]
                )
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("json_map")
    parser.add_argument("--contexts", default="")
    parser.add_argument("--language", default="zh_CN", choices=("zh_CN", "ko"))
    args = parser.parse_args()
    contexts = set(filter(None, args.contexts.split(","))) or None
    mapping = json.loads(Path(args.json_map).read_text(encoding="utf-8"))
    if args.language == "ko":
        print(f"filled {fill(HERE / 'app_ko.ts', mapping, contexts)} ko entries")
        return 0
    zh = fill(HERE / "app_zh_CN.ts", mapping, contexts)
    en = fill(HERE / "app_en.ts", None, contexts)
    print(f"filled {zh} zh_CN and {en} en entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
