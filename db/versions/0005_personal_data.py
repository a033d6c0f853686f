"""personal data

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 10:03:24.542433

Issue 8 (personal data): which version of the privacy notice each student acknowledged and
when (PIPL Art 17, R-PI-3). New tables only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "privacy_notice_ack",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("notice_version", sa.Integer(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=False),
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
            name=op.f("fk_privacy_notice_ack_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_notice_ack")),
        sa.UniqueConstraint(
            "student_id",
            "notice_version",
            name=op.f("uq_privacy_notice_ack_student_id_notice_version"),
        ),
    )
    with op.batch_alter_table("privacy_notice_ack", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_privacy_notice_ack_student_id"), ["student_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("privacy_notice_ack", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_privacy_notice_ack_student_id"))

    op.drop_table("privacy_notice_ack")
