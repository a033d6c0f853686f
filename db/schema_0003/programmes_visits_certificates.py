"""Migration 0003, part 1: site assessments, programmes, mentor pay, site visits, certificates (loaded by db/versions/0003_*.py)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


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
