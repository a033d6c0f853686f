"""LogbookService: weeks, the review state machine, reviewers, copies, import, sheets, findings."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import DomainError, ValidationFailed
from jilin_apprentice.pdf.logbook_pdf import record_payload
from jilin_apprentice.services.logbook_dto import LogDraft, LogFilters
from jilin_apprentice.storage.models import AuditEntry, LogEntry, Placement, TrainingDay
from tests.factories import build_world

D = dt.date
START, END = D(2026, 10, 8), D(2027, 1, 15)  # a Thursday start; TODAY is Thu 2026-11-26
TEXT_A = (
    "本周在总装车间跟随李师傅学习发动机缸盖拆装，熟悉了扭力扳手的使用方法和拧紧顺序，"
    "并完成了三台发动机的气门间隙检查，填写了检查记录表。"
)
TEXT_B = (
    "这一周主要在仓库参与零部件盘点，学会使用扫码枪录入库存，核对了两百多种配件的编号，"
    "发现三处账实不符并报告了班组长，感觉细心非常重要。"
)


def add_placement(w, student: int, *, start=START, end=END, mentor=None, status="active") -> int:
    with w.services.uow() as session:
        p = Placement(
            student_id=student,
            enterprise_id=w.enterprise,
            post_id=w.post,
            type="post",
            status=status,
            start_date=start,
            end_date=end,
            days_per_week=5,
            enterprise_mentor_id=mentor or w.mentor,
            school_supervisor_id=w.supervisor,
        )
        session.add(p)
        session.flush()
        return p.id


@pytest.fixture
def world(services):
    w = build_world(services)
    w.placements = [add_placement(w, s) for s in w.students[:3]]
    return w


def codes(exc: ValidationFailed) -> dict[str, str]:
    return {v.field: v.code for v in exc.violations}


def entries_count(services) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(LogEntry))


def test_weeks_are_prefilled_from_the_working_days(world):
    weeks = world.services.logbook.weeks(world.placements[0])
    assert weeks[0].week_start == D(2026, 10, 5)  # the Monday of the starting week
    assert weeks[-1].week_start == D(2027, 1, 11)
    first = [d.day_type for d in weeks[0].days]
    assert first == [None, None, None, "enterprise", "enterprise", None, None]
    assert [d.day_type for d in weeks[1].days][:6] == ["enterprise"] * 5 + [None]
    assert all(w.entry_id is None and not w.from_calendar for w in weeks)


def test_weeks_use_the_calendar_when_there_is_one(world):
    from jilin_apprentice.storage.models import Apprenticeship

    with world.services.uow() as session:
        app = Apprenticeship(
            student_id=world.students[0],
            programme="school_joint",
            employer_id=world.enterprise,
            start_date=START,
            end_date=END,
        )
        session.add(app)
        session.flush()
        for i, kind in enumerate(["school", "school", "enterprise", "enterprise", "leave"]):
            session.add(
                TrainingDay(
                    student_id=world.students[0],
                    apprenticeship_id=app.id,
                    day=D(2026, 11, 16) + dt.timedelta(days=i),
                    day_type=kind,
                )
            )
    days = world.services.logbook.week_days(world.placements[0], D(2026, 11, 18))
    assert [d.day_type for d in days] == [
        "school",
        "school",
        "enterprise",
        "enterprise",
        "leave",
        None,
        None,
    ]


def test_draft_submit_approve(world):
    svc = world.services.logbook
    eid = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 18), TEXT_A, 400))
    row = svc.get(eid).row
    assert (row.week_start, row.status, row.hours_x10) == (D(2026, 11, 16), "draft", 400)
    svc.submit(eid)
    assert svc.get(eid).row.submitted_on == D(2026, 11, 26)
    svc.approve(eid, world.mentor, "认真")
    row = svc.get(eid).row
    assert (row.status, row.reviewer_name, row.reviewed_on) == (
        "approved",
        "李师傅",
        D(2026, 11, 26),
    )
    with world.services.uow.read() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "log_entry")
        ).all()
    assert {"create", "log.submitted", "log.approved"} <= set(actions)


def test_illegal_transitions_are_refused_clearly(world):
    svc = world.services.logbook
    eid = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), TEXT_A))
    with pytest.raises(DomainError) as caught:
        svc.approve(eid, world.mentor)
    assert caught.value.code == "logbook.review_not_submitted"
    svc.submit(eid)
    with pytest.raises(DomainError) as caught:
        svc.submit(eid)
    assert caught.value.code == "logbook.submit_not_allowed"
    with pytest.raises(DomainError) as caught:
        svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), "改", entry_id=eid))
    assert codes(caught.value)["log_entry"] == "logbook.not_editable"
    svc.approve(eid, world.supervisor)
    with pytest.raises(DomainError) as caught:
        svc.return_entry(eid, world.supervisor, "再写")
    assert caught.value.code == "logbook.review_not_submitted"


def test_return_needs_a_comment_then_the_entry_can_be_edited_again(world):
    svc = world.services.logbook
    eid = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), TEXT_A))
    svc.submit(eid)
    with pytest.raises(ValidationFailed) as caught:
        svc.return_entry(eid, world.mentor, "  ")
    assert codes(caught.value) == {"log_comment": "required"}
    assert svc.get(eid).row.status == "submitted"
    svc.return_entry(eid, world.mentor, "请补充安全操作要点")
    assert svc.get(eid).row.review_comment == "请补充安全操作要点"
    svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), TEXT_A + "补充。", entry_id=eid))
    svc.submit(eid)
    assert svc.get(eid).row.status == "submitted"


def test_an_empty_entry_cannot_be_submitted(world):
    svc = world.services.logbook
    eid = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), ""))
    with pytest.raises(ValidationFailed) as caught:
        svc.submit(eid)
    assert codes(caught.value) == {"log_text": "required"}


def test_reviewer_from_another_enterprise_is_refused(world):
    svc = world.services.logbook
    eid = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), TEXT_A))
    svc.submit(eid)
    with pytest.raises(ValidationFailed) as caught:
        svc.approve(eid, world.other_mentor)
    assert codes(caught.value) == {"log_reviewer": "logbook.reviewer_other_enterprise"}
    assert svc.get(eid).row.status == "submitted"
    assert [name for _i, name in svc.reviewers(eid)] == ["李师傅", "张老师"]


@pytest.mark.parametrize(
    ("week", "code"),
    [
        (D(2026, 9, 28), "logbook.outside_placement"),  # the week before the start
        (D(2026, 11, 30), "logbook.future_week"),  # next week
        (None, "required"),
    ],
)
def test_bad_weeks_write_nothing(world, week, code):
    with pytest.raises(ValidationFailed) as caught:
        world.services.logbook.save_draft(LogDraft(world.placements[0], week, TEXT_A))
    assert codes(caught.value)["log_week"] == code
    assert entries_count(world.services) == 0


def test_boundary_weeks_are_accepted(world):
    svc = world.services.logbook
    svc.save_draft(LogDraft(world.placements[0], D(2026, 10, 5), TEXT_A))  # start week
    svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 29), TEXT_A))  # this week (Sun)
    with pytest.raises(ValidationFailed) as caught:
        svc.save_draft(LogDraft(world.placements[0], D(2026, 10, 9), TEXT_B))
    assert codes(caught.value)["log_week"] == "logbook.duplicate_week"
    with pytest.raises(ValidationFailed) as caught:
        svc.save_draft(LogDraft(world.placements[0], D(2026, 10, 12), TEXT_B, hours_x10=1681))
    assert codes(caught.value)["log_hours"] == "number.range"
    assert entries_count(world.services) == 2


def test_copies_from_another_student_and_from_an_earlier_week(world):
    svc = world.services.logbook
    a = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), TEXT_A))
    b = svc.save_draft(LogDraft(world.placements[1], D(2026, 11, 16), "抄：" + TEXT_A))
    c = svc.save_draft(LogDraft(world.placements[2], D(2026, 11, 16), TEXT_B))
    again = svc.save_draft(LogDraft(world.placements[2], D(2026, 11, 23), TEXT_B))
    copy_b = svc.copies(b)
    assert len(copy_b) == 1 and copy_b[0].source_entry_id == a
    assert copy_b[0].source_student == "学**" and copy_b[0].similarity_pct == 100
    assert svc.copies(c) == []  # the earlier week is the original
    own = svc.copies(again)
    assert own[0].same_student and own[0].source_week == D(2026, 11, 16)
    flagged = {r.id for r in svc.entries(LogFilters(only_copies=True))}
    assert flagged == {a, b, again}


def test_entries_filter(world):
    svc = world.services.logbook
    svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), TEXT_A))
    b = svc.save_draft(LogDraft(world.placements[1], D(2026, 11, 9), TEXT_B))
    svc.submit(b)
    assert [r.id for r in svc.entries(LogFilters(status="submitted"))] == [b]
    assert [r.id for r in svc.entries(LogFilters(week=D(2026, 11, 12)))] == [b]
    assert len(svc.entries(LogFilters(class_id=world.class_id))) == 2
    assert len(svc.entries(LogFilters(enterprise_id=world.other_post))) == 0
    row = svc.entries(LogFilters(status="submitted"))[0]
    assert (row.class_name, row.enterprise_name, row.length) == (
        "2024级汽修1班",
        "长春一汽配套有限公司",
        len(TEXT_B),
    )


def test_findings_missing_weeks_and_copies(world):
    svc = world.services.logbook
    for week in (D(2026, 10, 5), D(2026, 10, 12)):
        eid = svc.save_draft(
            LogDraft(world.placements[0], week, TEXT_A if week.day == 5 else TEXT_B)
        )
        svc.submit(eid)
    found = svc.findings_for_all(D(2026, 11, 26))
    by_placement = {}
    for pid, f in found:
        by_placement.setdefault(pid, []).append(f)
    log = next(f for f in by_placement[world.placements[0]] if f.rule_id == "R-LOG-1")
    # weeks 10-05 .. 11-16 are over (7 weeks); two have entries; the week of 11-23 is not over
    assert log.params["count"] == 5
    assert log.params["weeks"] == "2026-10-19, 2026-10-26, 2026-11-02"
    assert by_placement[world.placements[1]][0].params["count"] == 7
    svc.save_draft(LogDraft(world.placements[1], D(2026, 11, 2), TEXT_A))
    copies = [(p, f) for p, f in svc.findings_for_all() if f.rule_id == "R-LOG-COPY"]
    assert copies and copies[0][0] == world.placements[1]
    assert copies[0][1].params["week"] == "2026-11-02"
    assert copies[0][1].params["similarity"] == 100


def test_weeks_wholly_at_school_need_no_entry(world):
    from jilin_apprentice.storage.models import Apprenticeship

    with world.services.uow() as session:
        app = Apprenticeship(
            student_id=world.students[1],
            programme="school_joint",
            employer_id=world.enterprise,
            start_date=START,
            end_date=END,
        )
        session.add(app)
        session.flush()
        for i in range(5):  # the week of 11-09 at school; 11-16 has one enterprise day
            for week, kind in ((D(2026, 11, 9), "school"), (D(2026, 11, 16), "school")):
                day = week + dt.timedelta(days=i)
                kind = "enterprise" if day == D(2026, 11, 20) else kind
                session.add(
                    TrainingDay(
                        student_id=world.students[1],
                        apprenticeship_id=app.id,
                        day=day,
                        day_type=kind,
                    )
                )
    found = dict(world.services.logbook.findings_for_all(D(2026, 11, 26)))
    assert found[world.placements[1]].params["count"] == 6  # 7 past weeks less the school week
    assert found[world.placements[0]].params["count"] == 7


def test_print_sheets_text_and_qr(world, tmp_path):
    svc = world.services.logbook
    eid = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), TEXT_A, 400))
    two = svc.save_draft(LogDraft(world.placements[1], D(2026, 11, 16), TEXT_B))
    path = svc.print_sheets([eid, two], tmp_path / "sheets.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("\f") == 2  # one page per entry
    assert "学生实习周志" in text and "2026-11-16 至 2026-11-22" in text
    assert record_payload(eid, TEXT_A) in text and record_payload(two, TEXT_B) in text
    assert "企业导师" in text and "签字" in text and "40 小时" in text
    assert "扭力扳手" in text


def test_print_sheets_qr_modules_match_the_payload(world, tmp_path):
    """No QR decoder is installed: render the page and read every module back instead."""
    import segno
    from PIL import Image

    from jilin_apprentice.pdf.logbook_pdf import MARGIN, PAGE_W, QR_SIDE

    svc = world.services.logbook
    eid = svc.save_draft(LogDraft(world.placements[0], D(2026, 11, 16), TEXT_A))
    path = svc.print_sheets([eid], tmp_path / "one.pdf")
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    matrix = segno.make(record_payload(eid, TEXT_A), error="m", micro=False).matrix
    n, scale = len(matrix), 300 / 72
    cell, left, top = QR_SIDE / n * scale, (PAGE_W - MARGIN - QR_SIDE) * scale, MARGIN * scale
    read = [
        [
            image.getpixel((int(left + (c + 0.5) * cell), int(top + (r + 0.5) * cell))) < 128
            for c in range(n)
        ]
        for r in range(n)
    ]
    assert read == [[bool(v) for v in row] for row in matrix]


def write_csv(path, rows, encoding="utf-8"):
    with path.open("w", newline="", encoding=encoding) as fh:
        csv.writer(fh).writerows(rows)


def test_import_preview_and_all_or_nothing(world, tmp_path):
    with world.services.uow() as session:
        from jilin_apprentice.storage.models import Student

        for i, sid in enumerate(world.students[:2]):
            session.get(Student, sid).student_no = f"2024{i:04d}"
    path = tmp_path / "log.csv"
    rows = [
        ["学号", "周开始日期", "周记内容", "工时"],
        ["20240000", "2026-11-18", TEXT_A, "40"],
        ["20249999", "2026-11-16", TEXT_B, "38"],
    ]
    write_csv(path, rows, "gbk")
    preview = world.services.logbook.preview_import(path)
    assert [r.ok for r in preview] == [True, False]
    assert preview[0].week_start == D(2026, 11, 16) and preview[0].hours_x10 == 400
    assert preview[1].reasons[0].code == "logbook.import_student"
    with pytest.raises(DomainError) as caught:
        world.services.logbook.import_sheet(path)
    assert caught.value.code == "logbook.import_bad_rows"
    assert entries_count(world.services) == 0
    result = world.services.logbook.import_sheet(path, skip_bad=True)
    assert (result.written, result.skipped) == (1, 1)
    assert entries_count(world.services) == 1


def test_import_xlsx_by_name_class_and_week_number(world, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "班级", "周次", "周记内容"])
    sheet.append(["学生1", "2024级汽修1班", 3, TEXT_B])
    sheet.append(["学生1", "2024级汽修1班", "第3周", TEXT_A])
    path = tmp_path / "log.xlsx"
    book.save(path)
    preview = world.services.logbook.preview_import(path)
    assert preview[0].ok and preview[0].week_start == D(2026, 10, 19)
    assert [v.code for v in preview[1].reasons] == ["logbook.import_twice"]


def test_import_without_the_columns_is_refused(world, tmp_path):
    path = tmp_path / "bad.csv"
    write_csv(path, [["名字", "内容"], ["学生1", "x"]])
    with pytest.raises(ValidationFailed) as caught:
        world.services.logbook.preview_import(path)
    assert codes(caught.value) == {"file": "logbook.import_columns"}
