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

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_assessment",
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=60), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("report", sa.String(length=260), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("valid_until >= assessed_on", name=op.f("ck_site_assessment_dates")),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_site_assessment_enterprise_id_enterprise"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_assessment")),
    )
    with op.batch_alter_table("site_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_site_assessment_enterprise_id"), ["enterprise_id"], unique=False
        )

    op.create_table(
        "apprenticeship_programme",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "programme",
            sa.Enum(
                "school_joint", "enterprise_new", name="programme", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column(
            "target_level",
            sa.Enum(
                "intermediate",
                "advanced",
                "technician",
                "senior_technician",
                name="skilllevel",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("training_agreement_ref", sa.String(length=60), nullable=True),
        sa.Column("training_agreement_date", sa.Date(), nullable=True),
        sa.Column("calendar_pattern", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "end_date >= start_date", name=op.f("ck_apprenticeship_programme_dates")
        ),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_apprenticeship_programme_class_id_school_class"),
        ),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_apprenticeship_programme_enterprise_id_enterprise"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_apprenticeship_programme")),
    )
    with op.batch_alter_table("apprenticeship_programme", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_apprenticeship_programme_class_id"), ["class_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_apprenticeship_programme_enterprise_id"), ["enterprise_id"], unique=False
        )

    op.create_table(
        "mentor_payment",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("allowance", "teaching", name="mentorpaykind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("payer", sa.String(length=60), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("amount_fen >= 0", name=op.f("ck_mentor_payment_amount_nonneg")),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_mentor_payment_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_payment")),
        sa.UniqueConstraint(
            "staff_id", "month", "kind", name=op.f("uq_mentor_payment_staff_id_month_kind")
        ),
    )
    with op.batch_alter_table("mentor_payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentor_payment_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "site_visit",
        sa.Column("supervisor_id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("visited_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "done", "cancelled", name="visitstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("checklist_json", sa.Text(), nullable=True),
        sa.Column("students_seen", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_site_visit_enterprise_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"], ["staff.id"], name=op.f("fk_site_visit_supervisor_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_visit")),
    )
    with op.batch_alter_table("site_visit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_site_visit_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_site_visit_supervisor_id"), ["supervisor_id"], unique=False
        )

    op.create_table(
        "certificate",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("occupation", sa.String(length=120), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "primary",
                "intermediate",
                "advanced",
                "technician",
                "senior_technician",
                name="certificatelevel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("cert_no", sa.String(length=60), nullable=True),
        sa.Column("issuer", sa.String(length=120), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("shortage_occupation", sa.Boolean(), nullable=False),
        sa.Column("subsidy_claimed_on", sa.Date(), nullable=True),
        sa.Column("subsidy_claimed_fen", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "subsidy_claimed_fen IS NULL OR subsidy_claimed_fen >= 0",
            name=op.f("ck_certificate_claimed_nonneg"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_certificate_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_student_id"), ["student_id"], unique=False)

    op.create_table(
        "training_module",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("competency", sa.Text(), nullable=True),
        sa.Column("planned_hours", sa.Integer(), nullable=False),
        sa.Column(
            "place",
            sa.Enum(
                "enterprise",
                "school",
                "holiday",
                "leave",
                name="daytype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("rotation_start", sa.Date(), nullable=True),
        sa.Column("rotation_end", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("planned_hours >= 0", name=op.f("ck_training_module_hours_nonneg")),
        sa.ForeignKeyConstraint(
            ["post_id"], ["post.id"], name=op.f("fk_training_module_post_id_post")
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["apprenticeship_programme.id"],
            name=op.f("fk_training_module_programme_id_apprenticeship_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_module")),
    )
    with op.batch_alter_table("training_module", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_module_programme_id"), ["programme_id"], unique=False
        )

    op.create_table(
        "module_progress",
        sa.Column("apprenticeship_id", sa.Integer(), nullable=False),
        sa.Column("module_id", sa.Integer(), nullable=False),
        sa.Column("hours_done", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("hours_done >= 0", name=op.f("ck_module_progress_hours_nonneg")),
        sa.ForeignKeyConstraint(
            ["apprenticeship_id"],
            ["apprenticeship.id"],
            name=op.f("fk_module_progress_apprenticeship_id_apprenticeship"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["module_id"],
            ["training_module.id"],
            name=op.f("fk_module_progress_module_id_training_module"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_module_progress")),
        sa.UniqueConstraint(
            "apprenticeship_id",
            "module_id",
            name=op.f("uq_module_progress_apprenticeship_id_module_id"),
        ),
    )
    with op.batch_alter_table("module_progress", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_module_progress_apprenticeship_id"), ["apprenticeship_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_module_progress_module_id"), ["module_id"], unique=False
        )

    op.create_table(
        "programme_member",
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("apprenticeship_id", sa.Integer(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["apprenticeship_id"],
            ["apprenticeship.id"],
            name=op.f("fk_programme_member_apprenticeship_id_apprenticeship"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["apprenticeship_programme.id"],
            name=op.f("fk_programme_member_programme_id_apprenticeship_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_member")),
        sa.UniqueConstraint(
            "apprenticeship_id", name=op.f("uq_programme_member_apprenticeship_id")
        ),
    )
    with op.batch_alter_table("programme_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_member_programme_id"), ["programme_id"], unique=False
        )

    op.create_table(
        "training_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("apprenticeship_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column(
            "day_type",
            sa.Enum(
                "enterprise",
                "school",
                "holiday",
                "leave",
                name="daytype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("hours_x10", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=120), nullable=True),
        sa.CheckConstraint(
            "hours_x10 IS NULL OR hours_x10 BETWEEN 0 AND 240", name=op.f("ck_training_day_hours")
        ),
        sa.ForeignKeyConstraint(
            ["apprenticeship_id"],
            ["apprenticeship.id"],
            name=op.f("fk_training_day_apprenticeship_id_apprenticeship"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_training_day_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_day")),
        sa.UniqueConstraint("student_id", "day", name=op.f("uq_training_day_student_id_day")),
    )
    with op.batch_alter_table("training_day", schema=None) as batch_op:
        batch_op.create_index(
            "ix_training_day_apprenticeship_day", ["apprenticeship_id", "day"], unique=False
        )

    op.create_table(
        "evaluation",
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column(
            "evaluator_role",
            sa.Enum(
                "enterprise_mentor",
                "school_supervisor",
                name="staffkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("evaluator_id", sa.Integer(), nullable=True),
        sa.Column("scores_json", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("score BETWEEN 0 AND 100", name=op.f("ck_evaluation_score_range")),
        sa.ForeignKeyConstraint(
            ["evaluator_id"], ["staff.id"], name=op.f("fk_evaluation_evaluator_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_evaluation_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation")),
        sa.UniqueConstraint(
            "placement_id", "evaluator_role", name=op.f("uq_evaluation_placement_id_evaluator_role")
        ),
    )
    with op.batch_alter_table("evaluation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_placement_id"), ["placement_id"], unique=False
        )

    op.create_table(
        "final_grade",
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("enterprise_score", sa.Integer(), nullable=False),
        sa.Column("school_score", sa.Integer(), nullable=False),
        sa.Column("enterprise_weight_pct", sa.Integer(), nullable=False),
        sa.Column("combined_score", sa.Integer(), nullable=False),
        sa.Column(
            "grade",
            sa.Enum(
                "excellent", "good", "pass", "fail", name="grade", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("graded_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_final_grade_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_final_grade")),
        sa.UniqueConstraint("placement_id", name=op.f("uq_final_grade_placement_id")),
    )
    op.create_table(
        "log_entry",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("apprenticeship_id", sa.Integer(), nullable=True),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("hours_x10", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "approved",
                "returned",
                name="logstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("reviewer_id", sa.Integer(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("review_comment", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["apprenticeship_id"],
            ["apprenticeship.id"],
            name=op.f("fk_log_entry_apprenticeship_id_apprenticeship"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_log_entry_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["staff.id"], name=op.f("fk_log_entry_reviewer_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["student.id"], name=op.f("fk_log_entry_student_id_student")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_entry")),
        sa.UniqueConstraint(
            "student_id", "week_start", name=op.f("uq_log_entry_student_id_week_start")
        ),
    )
    with op.batch_alter_table("log_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_log_entry_apprenticeship_id"), ["apprenticeship_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_log_entry_placement_id"), ["placement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_log_entry_student_id"), ["student_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_log_entry_week_start"), ["week_start"], unique=False)


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
