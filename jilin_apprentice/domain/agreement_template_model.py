"""The shapes of an agreement template: clause templates, templates, printed clauses, Art 15.

Split from agreement_templates.py (which re-exports every name) so the clause texts can build on
these types without importing the module that collects them.
"""

from __future__ import annotations

from dataclasses import dataclass

# REG-2021 Art 15 para 2: the minimum contents of the agreement, in the order of the article.
ART15_ITEMS: dict[int, str] = {
    1: "各方基本信息",
    2: "实习的时间、地点、内容、要求与条件保障",
    3: "实习期间的食宿、工作时间和休息休假安排",
    4: "实习报酬及支付方式",
    5: "实习期间劳动保护和劳动安全、卫生、职业病危害防护条件",
    6: "责任保险与伤亡事故处理办法",
    7: "实习考核方式",
    8: "各方违约责任",
    9: "三方认为应当明确约定的其他事项",
}


@dataclass(frozen=True)
class Clause:
    """One numbered section as printed (re-exported by pdf.agreement_model, which the renderer and
    the services use; defined in the domain because the domain may not import the pdf layer)."""

    heading: str  # "第三条 实习期间的食宿、工作时间和休息休假安排"; "" for the preamble
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ClauseTemplate:
    """One clause before filling; `covers` lists the Art 15 items it satisfies (R-TPL-1)."""

    heading: str
    paragraphs: tuple[str, ...]
    covers: tuple[int, ...] = ()
    numbered: bool = True  # False: the preamble, printed without a number


@dataclass(frozen=True)
class Template:
    """A versioned document template; `numbering` is "article" (第一条) or "list" (一、)."""

    kind: str
    version: int
    title: str
    clauses: tuple[ClauseTemplate, ...]
    numbering: str = "article"
