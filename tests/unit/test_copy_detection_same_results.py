"""The fast copy detector finds exactly what the earlier one did: same entries, same sources,
same similarity figures. `_reference_find` below is that earlier algorithm (string shingles cut
one slice at a time, full NFKC of every text), kept here as the yardstick."""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from itertools import chain

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jilin_apprentice.domain.copy_detection import (
    CopyMatch,
    CopySettings,
    LogText,
    ShingleCache,
    find_copies,
    normalise,
    shingles,
)
from jilin_apprentice.domain.copy_keys import cannot_reach, shingle_keys

# --- the earlier algorithm, verbatim apart from layout --------------------------------------------
_DROP = re.compile(r"[\W_]+")


def _ref_normalise(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", text)).lower()


def _ref_shingles(norm: str, n: int) -> frozenset[str]:
    if len(norm) <= n:
        return frozenset((norm,)) if norm else frozenset()
    return frozenset(norm[i : i + n] for i in range(len(norm) - n + 1))


def _sim(a: frozenset[str], b: frozenset[str]) -> int:
    denom = min(len(a), len(b))
    return (len(a & b) * 100) // denom if denom else 0


def _reaches(shared: int, a: int, b: int, pct: int) -> bool:
    return shared * 100 >= pct * min(a, b)


def _rank(m: CopyMatch) -> tuple[int, int, int]:
    return (m.similarity_pct, -m.source_week.toordinal(), -m.source_id)


def _reference_find(pool, s: CopySettings, targets=None) -> dict[int, CopyMatch]:
    by_id = {d.id: d for d in pool}
    norm = {i: _ref_normalise(d.text) for i, d in by_id.items()}
    sets = {i: _ref_shingles(v, s.n) for i, v in norm.items()}
    wanted = [i for i in (targets if targets is not None else by_id) if len(norm[i]) >= s.min_chars]
    cross_from = dt.date.min
    if s.cross_weeks is not None and wanted:
        cross_from = min(by_id[i].week for i in wanted) - dt.timedelta(weeks=s.cross_weeks)
    cross = {i: sets[i] for i, d in by_id.items() if d.week >= cross_from}
    cross = {i: v for i, v in cross.items() if len(norm[i]) >= s.min_chars}
    seen: set[str] = set()
    repeated: set[str] = set()
    for x in cross.values():
        repeated |= x & seen
        seen |= x
    kept = {i: x & repeated for i, x in cross.items()}
    df = Counter(chain.from_iterable(kept.values()))
    common = frozenset(g for g, c in df.items() if c > s.max_df)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, x in kept.items():
        for g in x - common:
            postings[g].append(i)
    own: dict[int, list[int]] = defaultdict(list)
    for i, d in by_id.items():
        own[d.student_id].append(i)
    pct, result = s.min_similarity_pct, {}
    for t in wanted:
        doc, a = by_id[t], sets[t]
        cands: list[CopyMatch] = []
        for j in own[doc.student_id]:
            src, b = by_id[j], sets[j]
            if (
                src.week < doc.week
                and len(norm[j]) >= s.min_chars
                and _reaches(len(a & b), len(a), len(b), pct)
            ):
                cands.append(CopyMatch(t, j, src.student_id, src.week, _sim(a, b), True))
        slack = len(a & common)
        counts = Counter(chain.from_iterable(map(postings.__getitem__, a & postings.keys())))
        for j, shared in counts.items():
            src, b = by_id[j], cross[j]
            if src.student_id == doc.student_id or src.week > doc.week:
                continue
            if _reaches(shared + slack, len(a), len(b), pct) and _reaches(
                len(a & b), len(a), len(b), pct
            ):
                cands.append(CopyMatch(t, j, src.student_id, src.week, _sim(a, b)))
        if cands:
            result[t] = max(cands, key=_rank)
    groups: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, x in cross.items():
        groups[x].append(i)
    for t in wanted:
        if t in result:
            continue
        for j in groups.get(sets[t], ()):
            src = by_id[j]
            if src.student_id != by_id[t].student_id and cross_from <= src.week <= by_id[t].week:
                result[t] = CopyMatch(t, j, src.student_id, src.week, 100, False)
                break
    return result


# --- texts ---------------------------------------------------------------------------------------
W = [dt.date(2026, 11, 2) + dt.timedelta(weeks=k) for k in range(4)]
STOCK = ["本周在企业导师的指导下", "继续在生产一线进行岗位实习", "学习了安全生产规章制度"]
# Chinese, Latin and digits (full- and half-width), punctuation, a non-BMP character,
# combining marks and compatibility forms that only full NFKC gets right
ALPHABET = list("焊接工艺车间实习师傅任务安全") + list("abcXYZ019ＡＢ１２，。！ _-") + [
    "𠀀", "e\u0301", "\u0301", "ﬁ", "㍿", "Ⅻ", "İ", "ß", "\u3000", "ｶﾞ", "\uff9e"
]  # fmt: skip


def _text(rng: random.Random, small: bool) -> str:
    alphabet = ALPHABET[: rng.randint(2, 6)] if small else ALPHABET
    parts = ["".join(rng.choices(alphabet, k=rng.randint(0, 45)))]
    if rng.random() < 0.5:
        parts += rng.sample(STOCK, rng.randint(1, 3))
    rng.shuffle(parts)
    return "，".join(parts)


def _pool(rng: random.Random, size: int) -> list[LogText]:
    """Random entries, with copies, padded copies, trimmed copies and repeated characters."""
    docs: list[LogText] = []
    for i in range(size):
        roll = rng.random()
        if docs and roll < 0.3:
            base = rng.choice(docs).text
            cut = rng.randint(0, max(0, len(base) - 1))
            text = rng.choice([base, base + _text(rng, True)[:8], base[cut:], base[:cut]])
        elif roll < 0.4:
            text = rng.choice("哈a1") * rng.randint(1, 40)  # one distinct shingle
        else:
            text = _text(rng, rng.random() < 0.3)
        docs.append(LogText(i + 1, rng.randint(1, max(2, size // 3)), rng.choice(W), text))
    return docs


def _settings(rng: random.Random) -> CopySettings:
    return CopySettings(
        rng.choice([0, 1, 50, 79, 80, 81, 99, 100]),
        rng.choice([0, 1, 3, 4, 5, 10, 30]),
        n=rng.choice([1, 2, 3, 4, 5]),
        max_df=rng.choice([1, 2, 3, 64]),
        cross_weeks=rng.choice([None, 0, 1]),
    )


def _same(pool: list[LogText], s: CopySettings, targets=None, cache=None) -> None:
    expected = _reference_find(pool, s, targets)
    assert find_copies(pool, s, targets=targets, cache=cache) == expected


@pytest.mark.parametrize("seed", range(60))
def test_random_pools_give_the_same_matches(seed: int):
    rng = random.Random(seed)
    pool = _pool(rng, rng.randint(2, 60))
    s = _settings(rng)
    targets = None if rng.random() < 0.5 else [d.id for d in rng.sample(pool, len(pool) // 2)]
    _same(pool, s, targets)


def test_a_shared_cache_across_checks_gives_the_same_matches():
    rng, cache = random.Random(99), ShingleCache(max_entries=7)  # smaller than the pool
    pool = _pool(rng, 40)
    for n in (4, 2, 4):  # the setting changes between checks: sets are re-cut, not reused
        _same(pool, CopySettings(80, 10, n=n), cache=cache)


def test_exactly_at_the_threshold_and_the_minimum_length():
    base = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星山川风云雷电春夏秋冬"
    at = base[:33] + "一二三四五六七"  # 30 of 37 shingles shared: 81 %
    short = base[:30]  # exactly min_chars after normalisation, 27 shingles all in `base`
    pool = [
        LogText(1, 1, W[0], base),
        LogText(2, 2, W[0], at),
        LogText(3, 3, W[1], short + "，。"),
        LogText(4, 4, W[1], short[:29] + " "),  # one below the minimum length
    ]
    for pct in (80, 81, 82, 100):
        for min_chars in (29, 30, 31):
            _same(pool, CopySettings(pct, min_chars))
    assert find_copies(pool, CopySettings(81, 30))[2].similarity_pct == 81
    assert 2 not in find_copies(pool, CopySettings(82, 30))


def test_texts_made_only_of_stock_phrases_and_repeated_characters():
    stock = "".join(STOCK)
    pool = [LogText(i, i, W[i % 2], stock) for i in range(1, 8)]
    pool += [LogText(10 + i, 10 + i, W[0], "哈" * (30 + i)) for i in range(4)]
    pool += [LogText(20, 20, W[1], "ＡＢＣ１２３" * 6), LogText(21, 21, W[1], "abc123" * 6)]
    for max_df in (1, 2, 64):
        _same(pool, CopySettings(80, 10, max_df=max_df))
    assert find_copies(pool, CopySettings(80, 10))[21].source_id == 20


_chars = st.sampled_from([*ALPHABET, *STOCK])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(st.lists(_chars, max_size=25).map("".join), min_size=2, max_size=12),
    n=st.integers(1, 5),
    pct=st.integers(0, 100),
    min_chars=st.integers(0, 12),
)
def test_any_small_pool_gives_the_same_matches(texts, n, pct, min_chars):
    pool = [LogText(i, i % 4, W[i % 3], t) for i, t in enumerate(texts)]
    _same(pool, CopySettings(pct, min_chars, n=n, max_df=2))


@pytest.mark.parametrize(
    "text",
    [
        "e，\u0301x",
        "，\u0301",
        "Ａ\u0301Ｂ",
        "ｶﾞｷﾞ，焊接",
        "ﬁ，ß，İ",
        "\u3000ａ\u0308",
        "한，\u1161",
        "Ω，㍿",
    ],
)
def test_normalise_where_full_width_forms_meet_combining_marks(text: str):
    assert normalise(text) == _ref_normalise(text)


@given(st.text(max_size=40))
def test_normalise_and_keys_match_the_string_shingles(text: str):
    norm = normalise(text)
    assert norm == _ref_normalise(text)
    for n in (1, 3, 4, 5):
        keys, strings = shingle_keys(norm, n), shingles(norm, n)
        assert len(keys) == len(strings)
        assert keys == {_ref_key(g, n) for g in strings}


def _ref_key(gram: str, n: int) -> int | bytes:
    raw = gram.encode("utf-16-le")
    if n == 4 and len(gram) == 4 and len(raw) == 8:  # 4 UTF-16 units: low bytes, high bytes
        return int.from_bytes(raw[0::2] + raw[1::2], sys.byteorder)
    return raw


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
def test_keys_of_mixed_texts_stand_for_the_shingles_one_to_one(n: int):
    rng = random.Random(n)
    texts = ["".join(rng.choices("焊接ab1𠀀😀工", k=rng.randint(0, 14))) for _ in range(400)]
    by_key: dict[int | bytes, str] = {}
    for text in texts:
        keys, strings = shingle_keys(text, n), shingles(text, n)
        assert keys == {_ref_key(g, n) for g in strings}
        for g in strings:
            assert by_key.setdefault(_ref_key(g, n), g) == g  # no two shingles share a key


def test_own_earlier_weeks_checked_on_characters_first_give_the_same_matches():
    """Targets of the last week only: the earlier weeks are not cut unless their characters
    allow a match (the path the 420,000-entry check takes)."""
    rng = random.Random(5)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 400)]
    pool: list[LogText] = []
    for student in range(1, 41):
        for week in W[:3]:
            text = "".join(rng.choices(chars, k=rng.randint(25, 60)))
            pool.append(LogText(len(pool) + 1, student, week, text))
        own = pool[-1 - rng.randint(0, 2)].text
        changed = list(own)
        for k in rng.sample(range(len(own)), rng.choice([0, 1, 2, 3, 5, 10, len(own) // 2])):
            changed[k] = rng.choice(chars)
        text = rng.choice(["".join(changed), own[: rng.randint(20, len(own))], rng.choice(STOCK)])
        pool.append(LogText(len(pool) + 1, student, W[3], text))
    targets = [d.id for d in pool if d.week == W[3]]
    for s in (CopySettings(80, 10, cross_weeks=0), CopySettings(50, 5, n=2, cross_weeks=0)):
        _same(pool, s, targets=targets)
    found = find_copies(pool, CopySettings(80, 10, cross_weeks=0), targets=targets)
    assert sum(m.same_student for m in found.values()) > 10


@settings(max_examples=300, deadline=None)
@given(
    a=st.text(alphabet="焊接工艺ab1哈", max_size=30),
    b=st.text(alphabet="焊接工艺xy2哈", max_size=30),
    n=st.integers(1, 5),
    pct=st.integers(-5, 105),
)
def test_ruling_out_on_characters_never_drops_a_pair_that_reaches(a, b, n, pct):
    sa, sb = shingles(a, n), shingles(b, n)
    if cannot_reach(frozenset(a), len(sa), b, n, pct):
        assert len(sa & sb) * 100 < pct * min(len(sa), len(sb))


def test_ruling_out_on_characters_catches_unrelated_texts():
    a, b = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉", "一二三四五六七八九十百千万亿兆京垓秭穰沟"
    assert cannot_reach(frozenset(a), len(shingles(a, 4)), b, 4, 80)
    assert not cannot_reach(frozenset(a), len(shingles(a, 4)), a[:12] + b[:8], 4, 50)
