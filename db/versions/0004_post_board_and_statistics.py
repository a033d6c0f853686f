"""post board and statistics

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 09:22:15.056800

Issue 7 (data in and out): the post board (openings, what filled them, students\'
availability and wishes), saved import column mappings, and daily compliance counts for the
dashboard. New tables only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "compliance_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("open_placements", sa.Integer(), nullable=False),
        sa.Column("findings", sa.Integer(), nullable=False),
        sa.Column("blocking", sa.Integer(), nullable=False),
        sa.Column("by_rule_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compliance_snapshot")),
        sa.UniqueConstraint("taken_on", name=op.f("uq_compliance_snapshot_taken_on")),
    )
    op.create_table(
        "import_preset",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_preset")),
        sa.UniqueConstraint("kind", "name", name=op.f("uq_import_preset_kind_name")),
    )
    op.create_table(
        "opening",
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column(
            "placement_type",
            sa.Enum(
                "cognitive",
                "post",
                "apprenticeship",
                name="placementtype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("majors_json", sa.Text(), nullable=False),
        sa.Column("grade_years_json", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("pay_amount_fen", sa.Integer(), nullable=True),
        sa.Column(
            "pay_unit",
            sa.Enum("month", "day", "hour", name="payunit", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum("open", "filled", "closed", name="openingstatus", native_enum=False, length=32),
            nullable=False,
        ),
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
        sa.CheckConstraint("count >= 1", name=op.f("ck_opening_count_positive")),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_opening_dates")),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprise.id"], name=op.f("fk_opening_enterprise_id_enterprise")
        ),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name=op.f("fk_opening_post_id_post")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening")),
    )
    with op.batch_alter_table("opening", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opening_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opening_post_id"), ["post_id"], unique=False)

    op.create_table(
        "student_preference",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("available_from", sa.Date(), nullable=True),
        sa.Column("available_to", sa.Date(), nullable=True),
        sa.Column("preferences_json", sa.Text(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_student_preference_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_preference")),
        sa.UniqueConstraint("student_id", name=op.f("uq_student_preference_student_id")),
    )
    op.create_table(
        "opening_fill",
        sa.Column("opening_id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
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
            ["opening_id"],
            ["opening.id"],
            name=op.f("fk_opening_fill_opening_id_opening"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_opening_fill_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_fill")),
        sa.UniqueConstraint("placement_id", name=op.f("uq_opening_fill_placement_id")),
    )
    with op.batch_alter_table("opening_fill", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opening_fill_opening_id"), ["opening_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("opening_fill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opening_fill_opening_id"))

    op.drop_table("opening_fill")
    op.drop_table("student_preference")
    with op.batch_alter_table("opening", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opening_post_id"))
        batch_op.drop_index(batch_op.f("ix_opening_enterprise_id"))

    op.drop_table("opening")
    op.drop_table("import_preset")
    op.drop_table("compliance_snapshot")
