"""Copied weekly logbook entries (R-LOG-1 / R-REC-1 item (5)): pure text comparison.

A log that repeats another student's week, or the student's own earlier week, is not evidence
of the week it claims to describe. The check works on characters, not words, because Chinese
has no spaces: texts are normalised (NFKC turns full-width letters, digits and punctuation into
their half-width forms; whitespace and punctuation are dropped; letters lower-cased) and cut
into overlapping character n-grams ("shingles").

Similarity is the *containment* of the smaller shingle set in the larger one
(|A ∩ B| / min(|A|, |B|), the overlap coefficient), so a copied week padded with a sentence of
its own is still caught, which Jaccard would let slip. An entry is flagged when the similarity
is at least `min_similarity_pct` and both normalised texts have at least `min_chars`
characters (short texts such as "本周请假" are alike by nature). Both thresholds are reference
data (key `logbook`), never constants here.

For many entries an inverted index on shingles finds the candidates; shingles found in more
than `max_df` entries (stock phrases) are not indexed, and the count they could add is used as
an upper bound, so skipping them never loses a match that reaches the threshold. Candidates are
then compared exactly.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

DEFAULT_SHINGLE = 4  # characters per shingle when the reference data names none
DEFAULT_MAX_DF = 64  # a shingle in more entries than this is a stock phrase, not evidence
_DROP = re.compile(r"[\W_]+")  # whitespace, punctuation, symbols (Unicode-aware)


def normalise(text: str) -> str:
    """NFKC (full-width → half-width), lower case, no whitespace or punctuation."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text)).lower()


def shingles(norm: str, n: int = DEFAULT_SHINGLE) -> frozenset[str]:
    """The set of character n-grams of a normalised text (the text itself if shorter)."""
    if len(norm) <= n:
        return frozenset((norm,)) if norm else frozenset()
    return frozenset(norm[i : i + n] for i in range(len(norm) - n + 1))


def similarity_pct(a: frozenset[str], b: frozenset[str]) -> int:
    """Containment of the smaller set in the larger, in whole percent (rounded down)."""
    denom = min(len(a), len(b))
    return (len(a & b) * 100) // denom if denom else 0


def text_similarity_pct(a: str, b: str, n: int = DEFAULT_SHINGLE) -> int:
    return similarity_pct(shingles(normalise(a), n), shingles(normalise(b), n))


@dataclass(frozen=True)
class LogText:
    """One entry as the detector sees it."""

    id: int
    student_id: int
    week: dt.date
    text: str


@dataclass(frozen=True)
class CopyMatch:
    """The most similar earlier (or same-week) entry that an entry resembles too closely."""

    entry_id: int
    source_id: int
    source_student_id: int
    source_week: dt.date
    similarity_pct: int
    same_student: bool = False


class ShingleCache:
    """Recently used shingle sets by entry id and text (least recently used dropped first).

    A set of ~200 shingles costs ~15 KB, so the cache is bounded; a changed text is re-cut.
    """

    def __init__(self, max_entries: int = 5000) -> None:
        self._sets: OrderedDict[int, tuple[str, int, frozenset[str]]] = OrderedDict()
        self._max = max_entries

    def get(self, doc: LogText, n: int) -> tuple[int, frozenset[str]]:
        """(normalised length, shingle set) of the entry's current text."""
        hit = self._sets.get(doc.id)
        if hit is not None and hit[0] == doc.text:
            self._sets.move_to_end(doc.id)
            return hit[1], hit[2]
        norm = normalise(doc.text)
        value = (doc.text, len(norm), shingles(norm, n) if len(norm) else frozenset())
        self._sets[doc.id] = value
        if len(self._sets) > self._max:
            self._sets.popitem(last=False)
        return value[1], value[2]

    def __len__(self) -> int:
        return len(self._sets)


@dataclass(frozen=True)
class CopySettings:
    min_similarity_pct: int
    min_chars: int
    n: int = DEFAULT_SHINGLE
    max_df: int = DEFAULT_MAX_DF
    cross_weeks: int | None = None  # another student's entries up to this many weeks back


def _reaches(shared: int, a: int, b: int, pct: int) -> bool:
    return shared * 100 >= pct * min(a, b)


def find_copies(
    pool: Sequence[LogText],
    settings: CopySettings,
    *,
    targets: Iterable[int] | None = None,
    cache: ShingleCache | None = None,
) -> dict[int, CopyMatch]:
    """The best match of each target entry (default: every entry of `pool`), if it is a copy.

    Sources are another student's entry of the same or an earlier week (a same-week pair flags
    both), and the same student's entries of earlier weeks. Exact integer arithmetic decides
    the threshold, so "exactly at" counts and "one below" does not.
    """
    s = settings
    cache = cache if cache is not None else ShingleCache(max_entries=len(pool) + 1)
    by_id = {doc.id: doc for doc in pool}

    def long_enough(i: int) -> bool:
        return cache.get(by_id[i], s.n)[0] >= s.min_chars

    wanted = [i for i in (targets if targets is not None else by_id) if long_enough(i)]
    cross_from = _cross_start(by_id, wanted, s.cross_weeks)
    cross = {i: cache.get(d, s.n)[1] for i, d in by_id.items() if d.week >= cross_from}
    cross = {i: v for i, v in cross.items() if long_enough(i)}
    postings, common = _index(cross, s.max_df)
    own: dict[int, list[int]] = defaultdict(list)
    wanted_students = {by_id[i].student_id for i in wanted}
    for i, d in by_id.items():
        if d.student_id in wanted_students:
            own[d.student_id].append(i)
    result: dict[int, CopyMatch] = {}
    pct = s.min_similarity_pct
    for t in wanted:
        doc, a = by_id[t], cache.get(by_id[t], s.n)[1]
        earlier = [by_id[j] for j in own[doc.student_id] if by_id[j].week < doc.week]
        best = _best_own(t, a, earlier, cache, s)
        other = _best_other(t, doc, a, postings, common, by_id, cross, pct)
        pick = max((m for m in (best, other) if m), key=_rank, default=None)
        if pick is not None:
            result[t] = pick
    _same_text_groups(wanted, by_id, cross, cache, s, cross_from, result)
    return result


def _index(
    sets: dict[int, frozenset[str]], max_df: int
) -> tuple[dict[str, list[int]], frozenset[str]]:
    """Postings of the shingles two or more entries share (a shingle found once cannot show a
    copy), without the stock phrases found in more than `max_df` entries."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for shingle_set in sets.values():  # set algebra in C: most shingles occur only once
        repeated |= shingle_set & seen
        seen |= shingle_set
    del seen
    kept = {i: shingle_set & repeated for i, shingle_set in sets.items()}
    df = Counter(chain.from_iterable(kept.values()))
    common = frozenset(sh for sh, n in df.items() if n > max_df)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, shingle_set in kept.items():
        for sh in shingle_set - common:
            postings[sh].append(i)
    return postings, common


def _rank(m: CopyMatch) -> tuple[int, int, int]:
    return (m.similarity_pct, -m.source_week.toordinal(), -m.source_id)


def _cross_start(by_id: dict[int, LogText], wanted: list[int], weeks: int | None) -> dt.date:
    if weeks is None or not wanted:
        return dt.date.min
    return min(by_id[i].week for i in wanted) - dt.timedelta(weeks=weeks)


def _best_own(
    t: int, a: frozenset[str], earlier: list[LogText], cache: ShingleCache, s: CopySettings
) -> CopyMatch | None:
    """The same student's earlier weeks, compared pair by pair (about 20 per student)."""
    best: CopyMatch | None = None
    for src in earlier:
        length, b = cache.get(src, s.n)
        if length < s.min_chars:
            continue
        if _reaches(len(a & b), len(a), len(b), s.min_similarity_pct):
            m = CopyMatch(t, src.id, src.student_id, src.week, similarity_pct(a, b), True)
            best = m if best is None or _rank(m) > _rank(best) else best
    return best


def _best_other(
    t: int,
    doc: LogText,
    a: frozenset[str],
    postings: dict[str, list[int]],
    common: frozenset[str],
    by_id: dict[int, LogText],
    sets: dict[int, frozenset[str]],
    pct: int,
) -> CopyMatch | None:
    slack = len(a & common)  # shingles of `a` not indexed: at most this many more shared
    counts = Counter(chain.from_iterable(map(postings.__getitem__, a & postings.keys())))
    best: CopyMatch | None = None
    for j, shared in counts.items():
        src = by_id[j]
        if src.student_id == doc.student_id or src.week > doc.week:
            continue
        b = sets[j]
        if not _reaches(shared + slack, len(a), len(b), pct):
            continue
        if _reaches(len(a & b), len(a), len(b), pct):
            m = CopyMatch(t, j, src.student_id, src.week, similarity_pct(a, b))
            best = m if best is None or _rank(m) > _rank(best) else best
    return best


def _same_text_groups(
    wanted: list[int],
    by_id: dict[int, LogText],
    cross: dict[int, frozenset[str]],
    cache: ShingleCache,
    s: CopySettings,
    cross_from: dt.date,
    result: dict[int, CopyMatch],
) -> None:
    """Entries made only of stock phrases share no indexed shingle; identical sets still match
    (another student's entry; the own earlier weeks were compared pair by pair)."""
    groups: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, shingle_set in cross.items():
        groups[shingle_set].append(i)
    for t in wanted:
        if t in result:
            continue
        doc = by_id[t]
        for j in groups.get(cache.get(doc, s.n)[1], ()):
            src = by_id[j]
            if src.student_id != doc.student_id and cross_from <= src.week <= doc.week:
                result[t] = CopyMatch(t, j, src.student_id, src.week, 100, False)
                break
