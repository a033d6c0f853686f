"""apprenticeships in depth

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 08:43:25.148275

Issue 6 (apprenticeships in depth): programmes and their members, training modules and
progress, the typed day calendar (one row per student and day), mentor pay, the weekly
logbook, site visits and site assessments, the two evaluations and the final grade, and
certificates. New tables only: no existing table is rebuilt.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# table groups in foreign-key order (db/schema_0003/*.py, loaded from files like 0001's parts)
PARTS = ("programmes_visits_certificates", "plans_logbook_evaluations")


def _part(name: str) -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "schema_0003" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"jilin_apprentice_schema_0003_{name}", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    for name in PARTS:
        _part(name).upgrade()


def downgrade() -> None:
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_log_entry_week_start"))
        batch_op.drop_index(batch_op.f("ix_log_entry_student_id"))
        batch_op.drop_index(batch_op.f("ix_log_entry_placement_id"))
        batch_op.drop_index(batch_op.f("ix_log_entry_apprenticeship_id"))

    op.drop_table("log_entry")
    op.drop_table("final_grade")
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_placement_id"))

    op.drop_table("evaluation")
    with op.batch_alter_table("training_day", schema=None) as batch_op:
        batch_op.drop_index("ix_training_day_apprenticeship_day")

    op.drop_table("training_day")
    with op.batch_alter_table("programme_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_member_programme_id"))

    op.drop_table("programme_member")
    with op.batch_alter_table("module_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_module_progress_module_id"))
        batch_op.drop_index(batch_op.f("ix_module_progress_apprenticeship_id"))

    op.drop_table("module_progress")
    with op.batch_alter_table("training_module", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_module_programme_id"))

    op.drop_table("training_module")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_student_id"))

    op.drop_table("certificate")
    with op.batch_alter_table("site_visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_visit_supervisor_id"))
        batch_op.drop_index(batch_op.f("ix_site_visit_enterprise_id"))

    op.drop_table("site_visit")
    with op.batch_alter_table("mentor_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentor_payment_staff_id"))

    op.drop_table("mentor_payment")
    with op.batch_alter_table("apprenticeship_programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_apprenticeship_programme_enterprise_id"))
        batch_op.drop_index(batch_op.f("ix_apprenticeship_programme_class_id"))

    op.drop_table("apprenticeship_programme")
    with op.batch_alter_table("site_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_assessment_enterprise_id"))

    op.drop_table("site_assessment")
