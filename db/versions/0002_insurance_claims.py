"""insurance claims

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 06:57:55.661038

Issue 4 (insurance register, incidents and claims):
- a policy number may recur for periods that do not overlap (a renewal under the old number):
  the UNIQUE (insurer, policy_no) constraint becomes an index on policy_no, and the service
  refuses overlapping duplicates;
- amounts are never negative (sum insured, premium, claimed, paid): CHECK constraints back the
  service's validation;
- indexes for the register's lookups (coverage by placement, incidents by policy).

Dropping a constraint makes SQLite rebuild `insurance_policy` (batch mode: copy, drop, rename).
The app migrates with foreign keys on, and dropping the old table first deletes its rows, which
would cascade to `coverage` and fail the key of `incident` (a deferred check would still count
the violation at commit). So the rows pointing at policies (nothing points at them in turn) are
set aside and removed, and put back with their ids once the rebuilt table holds the policies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHILDREN = ("coverage", "incident")  # the tables with a foreign key to insurance_policy


def _rebuild_policies(changes: Callable[[Any], None]) -> None:
    """Rebuild insurance_policy without losing the coverage and incident rows pointing at it."""
    for table in CHILDREN:
        op.execute(f"CREATE TEMP TABLE _kept_{table} AS SELECT * FROM {table}")
        op.execute(f"DELETE FROM {table}")
    with op.batch_alter_table("insurance_policy", schema=None) as batch_op:
        changes(batch_op)
    for table in CHILDREN:
        op.execute(f"INSERT INTO {table} SELECT * FROM _kept_{table}")
        op.execute(f"DROP TABLE _kept_{table}")


def upgrade() -> None:
    with op.batch_alter_table("coverage", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coverage_placement_id"), ["placement_id"], unique=False
        )

    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_policy_id"), ["policy_id"], unique=False)
        batch_op.create_check_constraint(
            op.f("ck_incident_claimed_nonneg"),
            sa.text("amount_claimed_fen IS NULL OR amount_claimed_fen >= 0"),
        )
        batch_op.create_check_constraint(
            op.f("ck_incident_paid_nonneg"),
            sa.text("amount_paid_fen IS NULL OR amount_paid_fen >= 0"),
        )

    def changes(batch_op: Any) -> None:
        batch_op.drop_constraint(
            batch_op.f("uq_insurance_policy_insurer_policy_no"), type_="unique"
        )
        batch_op.create_index(
            batch_op.f("ix_insurance_policy_policy_no"), ["policy_no"], unique=False
        )
        batch_op.create_check_constraint(
            op.f("ck_insurance_policy_sum_insured_nonneg"),
            sa.text("sum_insured_per_person_fen IS NULL OR sum_insured_per_person_fen >= 0"),
        )
        batch_op.create_check_constraint(
            op.f("ck_insurance_policy_premium_nonneg"),
            sa.text("premium_fen IS NULL OR premium_fen >= 0"),
        )

    _rebuild_policies(changes)


def downgrade() -> None:
    def changes(batch_op: Any) -> None:
        batch_op.drop_constraint(op.f("ck_insurance_policy_premium_nonneg"), type_="check")
        batch_op.drop_constraint(op.f("ck_insurance_policy_sum_insured_nonneg"), type_="check")
        batch_op.drop_index(batch_op.f("ix_insurance_policy_policy_no"))
        batch_op.create_unique_constraint(
            batch_op.f("uq_insurance_policy_insurer_policy_no"), ["insurer", "policy_no"]
        )

    _rebuild_policies(changes)

    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_incident_paid_nonneg"), type_="check")
        batch_op.drop_constraint(op.f("ck_incident_claimed_nonneg"), type_="check")
        batch_op.drop_index(batch_op.f("ix_incident_policy_id"))

    with op.batch_alter_table("coverage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_placement_id"))
