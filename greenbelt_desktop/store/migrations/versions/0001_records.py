"""Records with sync metadata, child tables, installation, settings and audit log.

Revision ID: 0001_records
Revises:
Create Date: 2026-11-25 12:19:14.472301
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_records"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("signed_on", sa.String(length=10), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_signed_on"), ["signed_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_title"), ["title"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("owner_entity", sa.String(length=32), nullable=False),
        sa.Column("owner", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachment_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity_record", ["entity", "record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_record_id"), ["record_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("full_name", sa.String(length=500), nullable=False),
        sa.Column("full_name_latin", sa.String(length=500), nullable=True),
        sa.Column("organisation", sa.String(length=36), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("roles", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_full_name"), ["full_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_organisation"), ["organisation"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "event",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("start", sa.String(length=40), nullable=False),
        sa.Column("end", sa.String(length=40), nullable=False),
        sa.Column("starts_at_utc", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("cross_border", sa.Boolean(), nullable=False),
        sa.Column("directions", sa.Text(), nullable=False),
        sa.Column("forms", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_start"), ["start"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_starts_at_utc"), ["starts_at_utc"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_title"), ["title"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=16), nullable=False),
        sa.Column("focal_point", sa.String(length=500), nullable=False),
        sa.Column("organisation", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=False),
        sa.Column("clock", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
    )
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("directions", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisation_origin"), ["origin"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "practice",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice")),
    )
    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_practice_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_practice_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_practice_title"), ["title"], unique=False)
        batch_op.create_index(batch_op.f("ix_practice_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "project",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("budget_currency", sa.String(length=3), nullable=True),
        sa.Column("countries", sa.Text(), nullable=False),
        sa.Column("directions", sa.Text(), nullable=False),
        sa.Column("forms", sa.Text(), nullable=False),
        sa.Column("co2e_t_per_year", sa.Float(), nullable=True),
        sa.Column("renewable_mw", sa.Float(), nullable=True),
        sa.Column("energy_saved_mwh_per_year", sa.Float(), nullable=True),
        sa.Column("waste_t_per_year", sa.Float(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_start"), ["start"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_title"), ["title"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "recommendation",
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("proposed_by", sa.String(length=16), nullable=True),
        sa.Column("meeting", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_recommendation_meeting"), ["meeting"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_origin"), ["origin"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_title"), ["title"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_recommendation_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "event_participant",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("contact", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_participant_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "position", name=op.f("pk_event_participant")),
    )
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_participant_contact"), ["contact"], unique=False)

    op.create_table(
        "project_financing",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_financing_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "position", name=op.f("pk_project_financing")),
    )
    with op.batch_alter_table("project_financing", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_financing_source"), ["source"], unique=False)

    op.create_table(
        "project_partner",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_partner_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "position", name=op.f("pk_project_partner")),
    )
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_partner_organisation"), ["organisation"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_partner_organisation"))

    op.drop_table("project_partner")
    with op.batch_alter_table("project_financing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_financing_source"))

    op.drop_table("project_financing")
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_participant_contact"))

    op.drop_table("event_participant")
    op.drop_table("setting")
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_updated_at"))
        batch_op.drop_index(batch_op.f("ix_recommendation_title"))
        batch_op.drop_index(batch_op.f("ix_recommendation_status"))
        batch_op.drop_index(batch_op.f("ix_recommendation_origin"))
        batch_op.drop_index(batch_op.f("ix_recommendation_meeting"))
        batch_op.drop_index(batch_op.f("ix_recommendation_change_counter"))

    op.drop_table("recommendation")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_updated_at"))
        batch_op.drop_index(batch_op.f("ix_project_title"))
        batch_op.drop_index(batch_op.f("ix_project_status"))
        batch_op.drop_index(batch_op.f("ix_project_start"))
        batch_op.drop_index(batch_op.f("ix_project_origin"))
        batch_op.drop_index(batch_op.f("ix_project_change_counter"))

    op.drop_table("project")
    with op.batch_alter_table("practice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_updated_at"))
        batch_op.drop_index(batch_op.f("ix_practice_title"))
        batch_op.drop_index(batch_op.f("ix_practice_origin"))
        batch_op.drop_index(batch_op.f("ix_practice_country"))
        batch_op.drop_index(batch_op.f("ix_practice_change_counter"))

    op.drop_table("practice")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_updated_at"))
        batch_op.drop_index(batch_op.f("ix_organisation_origin"))
        batch_op.drop_index(batch_op.f("ix_organisation_name"))
        batch_op.drop_index(batch_op.f("ix_organisation_kind"))
        batch_op.drop_index(batch_op.f("ix_organisation_country"))
        batch_op.drop_index(batch_op.f("ix_organisation_change_counter"))

    op.drop_table("organisation")
    op.drop_table("installation")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_updated_at"))
        batch_op.drop_index(batch_op.f("ix_event_title"))
        batch_op.drop_index(batch_op.f("ix_event_status"))
        batch_op.drop_index(batch_op.f("ix_event_starts_at_utc"))
        batch_op.drop_index(batch_op.f("ix_event_start"))
        batch_op.drop_index(batch_op.f("ix_event_origin"))
        batch_op.drop_index(batch_op.f("ix_event_kind"))
        batch_op.drop_index(batch_op.f("ix_event_country"))
        batch_op.drop_index(batch_op.f("ix_event_change_counter"))

    op.drop_table("event")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_updated_at"))
        batch_op.drop_index(batch_op.f("ix_contact_origin"))
        batch_op.drop_index(batch_op.f("ix_contact_organisation"))
        batch_op.drop_index(batch_op.f("ix_contact_full_name"))
        batch_op.drop_index(batch_op.f("ix_contact_country"))
        batch_op.drop_index(batch_op.f("ix_contact_change_counter"))

    op.drop_table("contact")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_record_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index("ix_audit_entity_record")

    op.drop_table("audit_log")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_updated_at"))
        batch_op.drop_index(batch_op.f("ix_attachment_owner"))
        batch_op.drop_index(batch_op.f("ix_attachment_origin"))
        batch_op.drop_index(batch_op.f("ix_attachment_change_counter"))

    op.drop_table("attachment")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_updated_at"))
        batch_op.drop_index(batch_op.f("ix_agreement_title"))
        batch_op.drop_index(batch_op.f("ix_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_signed_on"))
        batch_op.drop_index(batch_op.f("ix_agreement_origin"))
        batch_op.drop_index(batch_op.f("ix_agreement_change_counter"))

    op.drop_table("agreement")
