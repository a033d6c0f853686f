"""Benchmark: flag copied weekly logs in a week of 20,000 entries with 20 earlier weeks.

Not run by the test suite: `.venv/bin/python tests/perf/bench_logbook.py [students] [weeks]`.
Target: under 2 s for the week. Texts are built from stock phrases (which the index skips) and
free text; 1 % are copied from another student the same week, 1 % from the student's own
earlier week. Two figures: the cross-student check of the week (inverted index) and the whole
check including every student's own earlier weeks (pairwise, about 20 per student).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from jilin_apprentice.domain.copy_detection import CopySettings, LogText, ShingleCache, find_copies
from tests.perf._report import emit

TARGET_S = 2.0

STOCK = [
    "本周在企业导师的指导下",
    "继续在生产一线进行岗位实习",
    "学习了安全生产规章制度",
    "严格遵守车间的各项管理规定",
    "通过这一周的实习我认识到",
    "理论知识与实际操作相结合非常重要",
    "下周我将继续努力提高自己的技能水平",
    "按时完成了师傅布置的各项任务",
]


def make_text(rng: random.Random, chars: list[str]) -> str:
    parts = [*rng.sample(STOCK, 3), "".join(rng.choices(chars, k=rng.randint(120, 220)))]
    rng.shuffle(parts)
    return "，".join(parts) + "。"


def build(students: int, weeks: int, seed: int = 7) -> tuple[list[LogText], list[int], set[int]]:
    rng = random.Random(seed)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3500)]
    this_week = dt.date(2026, 11, 23)
    docs: list[LogText] = []
    history: dict[int, list[str]] = {}
    next_id = 1
    for w in range(weeks, 0, -1):
        week = this_week - dt.timedelta(weeks=w)
        for s in range(students):
            text = make_text(rng, chars)
            history.setdefault(s, []).append(text)
            docs.append(LogText(next_id, s, week, text))
            next_id += 1
    targets, planted = [], set()
    week_texts: list[str] = []
    for s in range(students):
        roll = rng.random()
        if roll < 0.01 and week_texts:
            text = rng.choice(week_texts) + "补充一句。"
            planted.add(next_id)
        elif roll < 0.02:
            text = rng.choice(history[s])
            planted.add(next_id)
        else:
            text = make_text(rng, chars)
        week_texts.append(text)
        docs.append(LogText(next_id, s, this_week, text))
        targets.append(next_id)
        next_id += 1
    return docs, targets, planted


def main() -> None:
    students = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    weeks = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    docs, targets, planted = build(students, weeks)
    settings = CopySettings(80, 30, cross_weeks=0)
    print(f"entries: {len(docs):,} ({students:,} this week, {weeks} earlier weeks)")
    week_only = [d for d in docs if d.week == docs[-1].week]
    t0 = time.perf_counter()
    same_week = find_copies(week_only, settings, targets=targets)
    week_s = time.perf_counter() - t0
    print(
        f"other students, same week ({len(week_only):,} entries): "
        f"{week_s:.2f} s, flagged {len(same_week):,}"
    )
    emit("logbook.week", f"logbook copy check, {len(week_only):,} entries of one week",
         week_s, "s", TARGET_S, "own target")  # fmt: skip
    t0 = time.perf_counter()
    found = find_copies(docs, settings, targets=targets, cache=ShingleCache(students + 1000))
    took = time.perf_counter() - t0
    caught = planted & set(found)
    print(f"whole check incl. own earlier weeks: {took:.2f} s (target < 2 s)")
    print(f"flagged {len(found):,}; planted {len(planted):,}, caught {len(caught):,}")
    emit("logbook.history", f"the same plus {weeks} earlier weeks ({len(docs):,} entries)",
         took, "s", None, f"{len(caught):,} of {len(planted):,} planted copies found")  # fmt: skip


if __name__ == "__main__":
    main()
