"""Batch generation of agreements on several processes, with progress and cancel (issue 5).

The record is read in this process (the database stays here); the PDFs are drawn in the pool;
each finished PDF is stored in its own transaction, so a cancel or a crash keeps what was done.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from jilin_apprentice.domain.errors import NotFound, RuleBlocked, ValidationFailed
from jilin_apprentice.pdf.agreement_model import AgreementContent
from jilin_apprentice.services.agreement_dto import BatchReport, describe_failure
from jilin_apprentice.services.agreement_files import ensure_folder, render_to

if TYPE_CHECKING:
    from jilin_apprentice.services.agreements import AgreementService


def run_batch(
    service: AgreementService,
    placement_ids: list[int],
    folder: Path,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    workers: int,
) -> BatchReport:
    """One failure loses nothing else; `cancelled()` is polled between PDFs."""
    ensure_folder(folder)
    done: list[int] = []
    failed: dict[int, str] = {}
    jobs: list[tuple[int, AgreementContent, int]] = []
    for pid in placement_ids:
        try:
            content, version = service.prepare_job(pid)
            jobs.append((pid, content, version))
        except (RuleBlocked, ValidationFailed, NotFound) as exc:
            failed[pid] = describe_failure(exc)
    total, finished = len(placement_ids), len(failed)
    stopped = False
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        pending = {
            pool.submit(render_to, c, str(folder / f"{c.number}.pdf"), pid): (pid, c, v)
            for pid, c, v in jobs
        }
        while pending:
            ready, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if cancelled is not None and cancelled() and not stopped:
                stopped = True
                for future in pending:
                    future.cancel()
            for future in ready:
                pid, content, version = pending.pop(future)
                finished += 1
                try:
                    sha = future.result()
                    path = folder / f"{content.number}.pdf"
                    service.store_job(pid, content, version, path, sha)
                    done.append(pid)
                except Exception as exc:  # reported per placement, the rest go on
                    failed[pid] = describe_failure(exc)
                if progress is not None:
                    progress(finished, total)
            pending = {f: job for f, job in pending.items() if not f.cancelled()}
    return BatchReport(done, failed, stopped)
