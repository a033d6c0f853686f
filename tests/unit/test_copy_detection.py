"""The copy detector: normalisation, thresholds at the boundary, short texts, the index."""

from __future__ import annotations

import datetime as dt

from jilin_apprentice.domain.copy_detection import (
    CopySettings,
    LogText,
    ShingleCache,
    find_copies,
    normalise,
    shingles,
    similarity_pct,
    text_similarity_pct,
)

W1, W2, W3 = dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 16)
# 40 distinct characters: every 4-gram occurs once, so shared shingles are easy to count
BASE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星山川风云雷电春夏秋冬"


def settings(pct: int = 80, min_chars: int = 30, **kw) -> CopySettings:
    return CopySettings(pct, min_chars, **kw)


def test_normalise_full_width_half_width_spaces_and_punctuation():
    assert normalise("ＡＢＣ　１２３，。！ a b\tc\n") == "abc123abc"
    assert normalise("本周，我 学习了“焊接”。") == "本周我学习了焊接"
    full = "本周完成ＰＬＣ编程练习，共计４０小时。"
    half = "本周完成PLC编程练习, 共计40小时."
    assert text_similarity_pct(full, half) == 100


def test_shingles_are_characters_not_words():
    assert shingles("焊接工艺", 2) == frozenset({"焊接", "接工", "工艺"})
    assert shingles("焊", 4) == frozenset({"焊"})
    assert shingles("", 4) == frozenset()


def test_similarity_is_containment_of_the_smaller_set():
    a, b = shingles(BASE, 4), shingles(BASE + "补充一句新的体会内容", 4)
    assert similarity_pct(a, b) == 100  # a copy padded with new text is still a copy
    assert similarity_pct(a, frozenset()) == 0


def _variant(shared: int) -> str:
    """A 40-character text sharing exactly `shared` of BASE's 37 shingles (the first ones)."""
    keep = BASE[: shared + 3]
    tail = "一二三四五六七八九十百千万亿兆京垓秭穰沟涧正载极恒河沙阿僧祇那由他不可思议无量大数"
    return keep + tail[: 40 - len(keep)]


def test_threshold_exactly_at_and_one_below():
    # BASE has 37 shingles; the variant has 37; 30 shared → 81 %, 29 shared → 78 %
    at = _variant(30)
    assert text_similarity_pct(BASE, at) == 81
    docs = [LogText(1, 1, W1, BASE), LogText(2, 2, W1, at)]
    assert find_copies(docs, settings(81))[2].similarity_pct == 81
    assert 2 not in find_copies(docs, settings(82))
    # exact arithmetic: 30/37 = 81.08 %, so 81 flags and 82 does not; and 74 of 100 vs 75
    hundred = "".join(chr(0x4E00 + i) for i in range(103))
    copy = hundred[:77] + "".join(chr(0x5E00 + i) for i in range(26))
    docs = [LogText(1, 1, W1, hundred), LogText(2, 2, W1, copy)]
    assert text_similarity_pct(hundred, copy) == 74
    assert 2 in find_copies(docs, settings(74))
    assert 2 not in find_copies(docs, settings(75))


def test_short_texts_are_ignored():
    short = "本周请假回家处理家中事务"
    docs = [LogText(1, 1, W1, short), LogText(2, 2, W1, short)]
    assert find_copies(docs, settings(80, min_chars=30)) == {}
    assert set(find_copies(docs, settings(80, min_chars=len(short)))) == {1, 2}
    # one long and one short: both must reach min_chars
    docs = [LogText(1, 1, W1, BASE), LogText(2, 2, W1, BASE[:20])]
    assert find_copies(docs, settings(80, min_chars=30)) == {}


def test_sources_other_students_any_earlier_week_own_earlier_weeks():
    other = _variant(5) + "其他内容"
    docs = [
        LogText(1, 1, W1, BASE),  # the original
        LogText(2, 2, W3, BASE),  # another student, two weeks later: copied
        LogText(3, 3, W1, other),
        LogText(4, 3, W2, other),  # own earlier week
        LogText(5, 4, W1, "、".join([BASE])),  # same week as 1: both flagged
    ]
    found = find_copies(docs, settings())
    assert found[2].source_id in (1, 5) and not found[2].same_student
    assert found[4].source_id == 3 and found[4].same_student and found[4].source_week == W1
    assert 3 not in found  # the student's later week is not a source for the earlier one
    assert found[1].source_id == 5 and found[5].source_id == 1


def test_targets_and_cross_week_window():
    docs = [LogText(1, 1, W1, BASE), LogText(2, 2, W3, BASE)]
    assert set(find_copies(docs, settings(), targets=[2])) == {2}
    assert find_copies(docs, settings(cross_weeks=1), targets=[2]) == {}


def test_common_shingles_are_skipped_but_never_lose_a_match():
    # 80 students share a stock opening; two of them also share the rest of the text
    stock = "本周在企业导师指导下继续进行岗位实习"
    docs = [
        LogText(i, i, W1, stock + "".join(chr(0x6000 + i * 40 + k) for k in range(30)))
        for i in range(80)
    ]
    docs.append(LogText(100, 100, W1, docs[7].text))
    found = find_copies(docs, settings(80, max_df=10))
    assert set(found) == {7, 100}
    assert found[100].similarity_pct == 100


def test_identical_texts_made_only_of_stock_phrases_match():
    stock = "本周在企业导师指导下继续进行岗位实习学习了安全生产规章制度"
    docs = [LogText(i, i, W1, stock) for i in range(5)]
    found = find_copies(docs, settings(80, min_chars=10, max_df=2))
    assert set(found) == {0, 1, 2, 3, 4}


def test_cache_reuses_sets_until_the_text_changes():
    cache = ShingleCache()
    doc = LogText(1, 1, W1, BASE)
    first = cache.get(doc, 4)
    assert cache.get(doc, 4) is not None and len(cache) == 1
    changed = cache.get(LogText(1, 1, W1, BASE + "新"), 4)
    assert changed[0] == first[0] + 1
