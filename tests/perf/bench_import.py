"""Benchmark: importing a 10,000-row roster, dry run to the JSON report (issue 7 target: < 2 s),
against LibreOffice just opening the same file.

    .venv/bin/python tests/perf/bench_import.py [--rows 10000] [--runs 3]

The roster is an .xlsx as an academic office exports it (姓名, 身份证号码 as text, 性别, 班级,
手机号, 入学日期 as dates, 学号, 监护人, 监护人电话, 与学生关系; 2 % of rows broken in the
usual ways), in a database with 30 classes and the 300 demo-sized students already there (so
some rows are duplicates). Timed: `ImportService.preview` (read with python-calamine, find the
header, map, every row through StudentService.validate, duplicate and class lookups) plus
writing the JSON report. Then `soffice --headless --convert-to csv` of the same file (a warm
profile; the first, profile-creating start is not timed) and the ratio LibreOffice / ours.
Also the read alone with calamine and with openpyxl read-only, for the record.
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import Workbook

from jilin_apprentice.domain.validators import make_resident_id
from jilin_apprentice.services.container import open_services
from jilin_apprentice.services.import_report import json_report
from jilin_apprentice.storage.models import Major, SchoolClass
from tests.perf._report import emit, emit_speedup

TARGET_S = 2.0
HEADER = ["序号", "姓名", "身份证号码", "性别", "班级", "专业", "手机号", "入学日期", "学号",
          "监护人", "监护人电话", "与学生关系"]  # fmt: skip
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红"


def make_roster(path: Path, rows: int, classes: list[tuple[str, int]], rng: random.Random) -> None:
    book = Workbook(write_only=True)
    ws = book.create_sheet("花名册")
    ws.append(HEADER)
    for i in range(rows):
        name, cohort = classes[i % len(classes)]
        born = dt.date(cohort - 15, 1, 1) + dt.timedelta(days=rng.randrange(365))
        sex = "M" if i % 2 else "F"
        number = make_resident_id(rng.choice(("220102", "220104", "220202", "220302")), born,
                                  rng.randrange(0, 999), sex)  # fmt: skip
        row = [
            i + 1,
            rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
            number,
            "男" if sex == "M" else "女",
            name,
            "汽车运用与维修",
            f"138{rng.randrange(10**8):08d}",
            dt.date(cohort, 9, 1),
            f"{cohort}{i:06d}",
            rng.choice(SURNAMES) + "建国",
            f"139{rng.randrange(10**8):08d}",
            rng.choice(("父亲", "母亲")),
        ]
        broken = rng.random()
        if broken < 0.005:
            row[2] = float(number[:15] + "000")  # Excel turned it into a number
        elif broken < 0.01:
            row[2] = number[:17] + ("0" if number[17] != "0" else "1")
        elif broken < 0.015:
            row[4] = "不存在的班"
        elif broken < 0.02:
            row[7] = "2024年13月1日"
        ws.append(row)
    book.save(path)


def seed_classes(services, count: int) -> list[tuple[str, int]]:
    made = []
    with services.uow() as session:
        major = Major(code="700206", name="汽车运用与维修", category="交通运输大类")
        for i in range(count):
            cohort = 2024 + i % 3
            cls = SchoolClass(name=f"{cohort}级汽修{i + 1}班", major=major, cohort_year=cohort)
            session.add(cls)
            made.append((cls.name, cohort))
    return made


def soffice_open(path: Path, out: Path, profile: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "csv", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20261126)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        services = open_services(
            f"sqlite:///{tmp / 'bench.db'}", today=lambda: dt.date(2026, 11, 26)
        )
        classes = seed_classes(services, 30)
        roster = tmp / "roster.xlsx"
        make_roster(roster, args.rows, classes, rng)
        size_kib = roster.stat().st_size / 1024
        print(f"roster: {args.rows} rows, {size_kib:.0f} KiB")

        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            preview = services.imports.preview("students", roster)
            report = json_report(preview, None, dry_run=True)
            (tmp / "report.json").write_text(json.dumps(report, ensure_ascii=False), "utf-8")
            times.append(time.perf_counter() - started)
        ours = statistics.median(times)
        counts = {s: preview.count(s) for s in ("ok", "duplicate", "invalid")}
        print(f"preview + JSON report: median {ours:.3f} s of {args.runs} "
              f"({', '.join(f'{t:.3f}' for t in times)}); {counts}")  # fmt: skip
        print(f"target {TARGET_S:.1f} s: ratio measured/target {ours / TARGET_S:.2f} "
              f"({'met' if ours < TARGET_S else 'NOT met'})")  # fmt: skip
        emit("import.preview", f"import preview of a {args.rows:,}-row roster, dry run to the "
             "JSON report", ours, "s", TARGET_S, f"{counts['ok']:,} fine, "
             f"{counts['invalid']:,} invalid, {counts['duplicate']:,} duplicates")  # fmt: skip

        started = time.perf_counter()
        from python_calamine import CalamineWorkbook

        CalamineWorkbook.from_path(str(roster)).get_sheet_by_index(0).to_python()
        calamine_s = time.perf_counter() - started
        from openpyxl import load_workbook

        started = time.perf_counter()
        book = load_workbook(roster, read_only=True, data_only=True)
        sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
        book.close()
        openpyxl_s = time.perf_counter() - started
        ratio = openpyxl_s / calamine_s
        print(f"read alone: python-calamine {calamine_s:.3f} s, openpyxl read-only "
              f"{openpyxl_s:.3f} s ({ratio:.1f}x)")  # fmt: skip

        if shutil.which("soffice") is None:
            print("LibreOffice: soffice not found, no comparison")
            return 0
        profile = tmp / "lo-profile"
        try:
            soffice_open(roster, tmp / "warm", profile)  # creates the profile: not timed
            lo = [soffice_open(roster, tmp / f"lo{i}", profile) for i in range(args.runs)]
        except subprocess.CalledProcessError as exc:
            print(f"LibreOffice could not convert the file ({exc.returncode}); Calc installed?")
            return 0
        lo_s = statistics.median(lo)
        print(f"LibreOffice opening the same file (soffice --headless --convert-to csv): median "
              f"{lo_s:.3f} s ({', '.join(f'{t:.3f}' for t in lo)})")  # fmt: skip
        print(f"ratio LibreOffice / our whole dry run: {lo_s / ours:.1f}x")
        emit_speedup("import.libreoffice", "LibreOffice only opening the same roster (to CSV)",
                     lo_s, ours, 1.0)  # fmt: skip
        services.close()
    return 0  # a missed target is a result (BENCH-RESULT lines), not a failure of the script


if __name__ == "__main__":
    sys.exit(main())
