"""Migration 0003, part 2: training modules and progress, members, training days, evaluations, grades, the logbook (loaded by db/versions/0003_*.py)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def upgrade() -> None:
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
