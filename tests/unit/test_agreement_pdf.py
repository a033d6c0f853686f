"""Agreement PDFs: every variant renders, its Chinese extracts back, and verifiers can read it."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from jilin_apprentice.domain.agreement_templates import DEFAULT_TEMPLATES, MANDATORY_ITEMS, fill
from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.pdf import agreement_pdf as ap
from jilin_apprentice.pdf.agreement_model import AgreementContent, Party, SignatureBlock
from tests.unit.test_agreement_templates import SAMPLE_VALUES

needs_poppler = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdfimages", "pdfinfo")),
    reason="poppler-utils not installed: apt-get install poppler-utils",
)
SCHOOL = "吉林省长春汽车工业高等专科学校"
ENTERPRISE = "长春一汽富维汽车零部件股份有限公司"
NOTE = "本文件依据学校自拟模板生成，模板尚未与教育部示范文本逐条核对。"


def signature_png(seed: int = 0) -> bytes:
    """A transparent PNG with a scribble, as a drawn signature would be."""
    img = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    points = [(10, 70), (80, 20 + seed % 30), (150, 80), (220, 25), (290, 60)]
    ImageDraw.Draw(img).line(points, fill=(20, 20, 120, 255), width=5)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def sample_content(
    kind: str = "post",
    *,
    number: str = "JLCQ-2026-0001",
    student: str = "李明轩",
    minor: bool = True,
    signed: bool = False,
) -> AgreementContent:
    """An agreement as the services would build it, with realistic Chinese values."""
    school = Party("school", "甲方（职业学校）", (
        ("名称", SCHOOL), ("统一社会信用代码", "12220000412345678X"),
        ("地址", "吉林省长春市绿园区东风大街2999号"), ("法定代表人", "张志远"),
        ("联系人", "王丽华"), ("联系电话", "0431-85901234"),
    ))  # fmt: skip
    enterprise = Party("enterprise", "乙方（实习单位）", (
        ("名称", ENTERPRISE), ("统一社会信用代码", "91220101123456789K"),
        ("地址", "吉林省长春市汽车经济技术开发区东风南街1399号"), ("联系人", "刘建国"),
        ("联系电话", "13904312255"),
    ))  # fmt: skip
    pupil = Party("student", "丙方（学生）" if kind != "consent" else "学生", (
        ("姓名", student), ("身份证号", "220102200805123415"), ("班级", "汽制2301班"),
        ("专业", "汽车制造与试验技术"), ("联系电话", "13596012345"),
    ))  # fmt: skip
    guardian = Party("guardian", "丁方（法定监护人）", (
        ("姓名", "李国强"), ("与学生关系", "父亲"), ("联系电话", "13844123456"),
    ))  # fmt: skip
    day, png = (dt.date(2026, 2, 26), signature_png()) if signed else (None, None)
    if kind == "consent":
        parties = (pupil, guardian)
        blocks = [SignatureBlock("student", "学生（签字）", student, day, png)]
    else:
        parties = (school, enterprise, pupil, guardian) if minor else (school, enterprise, pupil)
        blocks = [
            SignatureBlock("school", "甲方（盖章）", "", day, png),
            SignatureBlock("enterprise", "乙方（盖章）", "", day, None),
            SignatureBlock("student", "丙方（学生签字）", student, day, png),
        ]
    if minor or kind == "consent":
        blocks.append(SignatureBlock("guardian", "丁方（法定监护人签字）", "李国强", day, None))
    template = DEFAULT_TEMPLATES[kind]
    values = {**SAMPLE_VALUES, "student_name": student}
    return AgreementContent(
        kind=kind,
        title=template.title,
        number=number,
        version=1,
        template_version=template.version,
        parties=parties,
        clauses=fill(template, values),
        signatures=tuple(blocks),
        footer_note=NOTE,
        extra={"created_on": "2026-02-20"},
    )


def _run(*args: str | Path) -> str:
    done = subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True)
    return done.stdout


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, ap.RenderResult]]:
    out = tmp_path_factory.mktemp("agreements")
    result = {}
    for kind in DEFAULT_TEMPLATES:
        path = out / f"{kind}.pdf"
        result[kind] = (path, ap.render_agreement(sample_content(kind), path, placement_id=42))
    return result


@needs_poppler
@pytest.mark.parametrize("kind", list(DEFAULT_TEMPLATES))
def test_text_extracts_with_title_number_headings_parties_and_pages(kind, rendered) -> None:
    path, result = rendered[kind]
    content = sample_content(kind)
    text = _flat(_run("pdftotext", "-enc", "UTF-8", path, "-"))
    assert _flat(content.title) in text and content.number in text
    for party in content.parties:
        assert _flat(party.title) in text
        assert all(_flat(value) in text for _, value in party.lines)
    for clause in content.clauses:
        assert _flat(clause.heading) in text
    for heading in MANDATORY_ITEMS.get(kind, {}).values():
        assert _flat(heading) in text
    for page in range(1, result.pages + 1):
        assert f"第{page}页共{result.pages}页" in text
    assert re.search(r"^Pages:\s+(\d+)$", _run("pdfinfo", path), re.M)[1] == str(result.pages)
    assert result.content_sha256 == content.content_sha256() and result.content_sha256 in text


@needs_poppler
@pytest.mark.parametrize("kind", ["post", "consent"])
def test_paragraphs_copy_without_inserted_spaces(kind, rendered) -> None:
    """Justified lines must not gain spaces in extraction, or search in a viewer fails."""
    path, result = rendered[kind]
    content = sample_content(kind)
    chrome = {content.title, NOTE, f"内容校验码（SHA-256）：{result.content_sha256}"}
    lines = _run("pdftotext", "-raw", "-enc", "UTF-8", path, "-").replace("\f", "\n").split("\n")
    body = "".join(
        line for line in lines if line not in chrome and not line.startswith(("协议编号：", "第 "))
    )
    for clause in content.clauses:
        for paragraph in clause.paragraphs:
            assert paragraph in body


@needs_poppler
@pytest.mark.parametrize("kind", list(DEFAULT_TEMPLATES))
def test_no_page_ends_with_a_heading_and_signatures_never_stand_alone(kind, tmp_path) -> None:
    long_title = (
        "学生岗位实习知情同意书（附件：法定监护人或家长签署，一式两份，学校与学生各执一份）"
    )
    for content in (sample_content(kind), replace(sample_content(kind), title=long_title)):
        path = tmp_path / "a.pdf"
        ap.render_agreement(content, path)
        pages = _run("pdftotext", "-raw", "-enc", "UTF-8", path, "-").split("\f")[:-1]
        headings = {c.heading for c in content.clauses if c.heading}
        last_label = content.signatures[0].label + "："
        for page in pages:
            body = [line for line in page.splitlines() if line.strip()]
            body = body[: next(i for i, line in enumerate(body) if "内容校验码" in line) - 3]
            assert body and not body[-1].startswith(("协议编号", "第 ")), body[-3:]  # chrome cut
            assert body[-1] not in headings, body[-3:]
            if last_label in body:
                assert body.index(last_label) > 0  # some agreed text precedes the signatures


@needs_poppler
def test_the_font_is_embedded_as_a_subset_and_nothing_else_is_used(rendered) -> None:
    path, _ = rendered["post"]
    rows = _run("pdffonts", path).splitlines()[2:]
    assert rows
    for row in rows:
        assert "WenQuanYiMicroHei" in row and " yes yes yes " in row, row


def test_metadata_carries_placement_version_and_hash(rendered) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    path, result = rendered["post"]
    with path.open("rb") as fh:
        info = PdfFileReader(fh).trailer["/Info"]
        meta = json.loads(str(info["/JAAgreement"]))
        assert str(info["/Title"]) == DEFAULT_TEMPLATES["post"].title
        assert str(info["/Author"]) == SCHOOL
        assert json.loads(str(info["/Keywords"])) == meta
        assert str(info["/CreationDate"]).startswith("D:20260220")
    assert meta == {
        "number": "JLCQ-2026-0001",
        "version": 1,
        "placement_id": 42,
        "sha256": result.content_sha256,
        "kind": "post",
        "template_version": 1,
    }


def test_every_page_draws_the_qr_code_of_number_version_and_hash(rendered) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    path, result = rendered["post"]
    content = sample_content("post")
    payload = ap.qr_payload(content)
    assert payload == f"JA1|JLCQ-2026-0001|v1|{content.content_sha256()}"
    ops = ap._qr_ops(payload, ap.QR_X, ap.QR_Y)
    with path.open("rb") as fh:
        reader = PdfFileReader(fh)
        pages = [reader.root["/Pages"]["/Kids"][i] for i in range(result.pages)]
        streams = [page["/Contents"].data.decode("latin-1") for page in pages]
    assert all(ops in stream for stream in streams)


@needs_poppler
def test_the_printed_qr_modules_match_the_encoded_payload(rendered, tmp_path: Path) -> None:
    """No QR decoder is installed: sample every module of the rendered page instead."""
    import segno

    path, _ = rendered["consent"]
    _run("pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-gray", "-png", path, tmp_path / "p")
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    matrix = segno.make(ap.qr_payload(sample_content("consent")), error="m", mask=3).matrix
    n, scale = len(matrix), 300 / 72
    module = ap.QR_SIDE / n
    top = ap.PAGE_H - ap.QR_Y - ap.QR_SIDE
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            x = (ap.QR_X + (c + 0.5) * module) * scale
            y = (top + (r + 0.5) * module) * scale
            assert (page.getpixel((round(x), round(y))) < 128) == bool(dark), (r, c)


@needs_poppler
def test_signature_images_are_drawn_only_when_given(tmp_path: Path) -> None:
    signed, blank = tmp_path / "signed.pdf", tmp_path / "blank.pdf"
    ap.render_agreement(sample_content("post", signed=True), signed)
    ap.render_agreement(sample_content("post"), blank)
    images = [r for r in _run("pdfimages", "-list", signed).splitlines()[2:] if " image " in r]
    assert len(images) >= 1
    assert _run("pdfimages", "-list", blank).splitlines()[2:] == []
    assert "2026年2月26日" in _flat(_run("pdftotext", signed, "-"))


@needs_poppler
def test_a_minor_has_the_guardian_line_and_an_adult_does_not(tmp_path: Path) -> None:
    adult = tmp_path / "adult.pdf"
    ap.render_agreement(sample_content("post", minor=False), adult)
    assert "法定监护人签字" not in _flat(_run("pdftotext", adult, "-"))
    minor = tmp_path / "minor.pdf"
    ap.render_agreement(sample_content("post"), minor)
    assert "丁方（法定监护人签字）" in _flat(_run("pdftotext", minor, "-"))


def test_equal_content_gives_equal_bytes_and_a_change_changes_them() -> None:
    first, second, other = io.BytesIO(), io.BytesIO(), io.BytesIO()
    a = ap.render_agreement(sample_content("post"), first, placement_id=7)
    b = ap.render_agreement(sample_content("post"), second, placement_id=7)
    c = ap.render_agreement(sample_content("post", student="张雨涵"), other, placement_id=7)
    assert first.getvalue() == second.getvalue() and a == b
    assert a.sha256 != c.sha256 and a.content_sha256 != c.content_sha256
    assert a.size == len(first.getvalue()) and a.pages >= 3 and not a.missing_glyphs


def test_an_unwritable_target_is_a_domain_error_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "a.pdf"
    with pytest.raises(DomainError) as err:
        ap.render_agreement(sample_content("consent"), target)
    assert err.value.code == "pdf.write_failed"
    assert list(tmp_path.iterdir()) == []


def test_missing_glyphs_are_reported() -> None:
    result = ap.render_agreement(sample_content("consent", student="李\U0002a6a9轩"), io.BytesIO())
    assert result.missing_glyphs == "\U0002a6a9"


@pytest.mark.parametrize(
    "text",
    [
        SAMPLE_VALUES["insurance_text"] * 3,
        "统一社会信用代码91220101123456789K，实习期间为2026年3月1日至2026年8月31日，" * 4,
        "甲方、乙方和丙方应当遵守《职业学校学生实习管理规定》。" * 6,
    ],
)
@pytest.mark.parametrize("width", [150.0, 233.3, 317.0, 481.9])
def test_line_breaking_follows_the_cjk_rules(text: str, width: float) -> None:
    lines = [line for _, _, line in ap._layout(text, width, ap.BODY)]
    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[0] not in "，。、；：？！）》”", line
    for line in lines[:-1]:
        assert line[-1] not in "（《“", line
    for run in re.findall(r"[!-~]{4,}", text):
        assert any(run in line for line in lines), run  # Latin runs (IDs, dates) stay whole
    for _, spacing, _ in ap._layout(text, width, ap.BODY):
        assert 0 <= spacing <= 0.08 * ap.BODY.size


def test_ideographic_spaces_are_kept() -> None:
    lines = ap._layout("甲方　　乙方　丙方", 400, ap.BODY)
    assert [line for _, _, line in lines] == ["甲方　　乙方　丙方"]
