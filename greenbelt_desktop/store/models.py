"""SQLAlchemy 2 typed models of the record store.

Every record table holds the record's sync metadata (BUNDLE-FORMAT.md §3),
its canonical ``data`` as JSON text (what validation returned: the source of
truth that is exported, compared and shown), and typed columns projected from
that data for sorting, filtering and reports. Sub-records (participants,
partners, financing lines) are projected into child tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RecordMixin:
    """Sync metadata and canonical data shared by every record table."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[str] = mapped_column(String(64))
    sharing: Mapped[str] = mapped_column(String(16))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32), index=True)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    # Local change counter of the last local edit; NULL for records received.
    change_counter: Mapped[int | None] = mapped_column(Integer, index=True)
    data: Mapped[str] = mapped_column(Text)


class Organisation(RecordMixin, Base):
    __tablename__ = "organisation"
    name: Mapped[str] = mapped_column(String(500), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    directions: Mapped[str] = mapped_column(Text, default="[]")


class Contact(RecordMixin, Base):
    __tablename__ = "contact"
    full_name: Mapped[str] = mapped_column(String(500), index=True)
    full_name_latin: Mapped[str | None] = mapped_column(String(500), index=True)
    organisation: Mapped[str | None] = mapped_column(String(36), index=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    roles: Mapped[str] = mapped_column(Text, default="[]")


class Event(RecordMixin, Base):
    __tablename__ = "event"
    title: Mapped[str] = mapped_column(String(500), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    start: Mapped[str] = mapped_column(String(40), index=True)
    end: Mapped[str] = mapped_column(String(40), index=True)
    starts_at_utc: Mapped[str] = mapped_column(String(32), index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    directions: Mapped[str] = mapped_column(Text, default="[]")
    forms: Mapped[str] = mapped_column(Text, default="[]")


class EventParticipant(Base):
    __tablename__ = "event_participant"
    event_id: Mapped[str] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact: Mapped[str] = mapped_column(String(36), index=True)
    role: Mapped[str] = mapped_column(String(32))


class Project(RecordMixin, Base):
    __tablename__ = "project"
    title: Mapped[str] = mapped_column(String(500), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    start: Mapped[str | None] = mapped_column(String(10), index=True)
    end: Mapped[str | None] = mapped_column(String(10), index=True)
    budget: Mapped[float | None] = mapped_column(Float, index=True)
    budget_currency: Mapped[str | None] = mapped_column(String(3))
    countries: Mapped[str] = mapped_column(Text, default="[]")
    directions: Mapped[str] = mapped_column(Text, default="[]")
    forms: Mapped[str] = mapped_column(Text, default="[]")
    co2e_t_per_year: Mapped[float | None] = mapped_column(Float, index=True)
    renewable_mw: Mapped[float | None] = mapped_column(Float, index=True)
    energy_saved_mwh_per_year: Mapped[float | None] = mapped_column(Float)
    waste_t_per_year: Mapped[float | None] = mapped_column(Float)


class ProjectPartner(Base):
    __tablename__ = "project_partner"
    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation: Mapped[str] = mapped_column(String(36), index=True)
    role: Mapped[str] = mapped_column(String(32))


class ProjectFinancing(Base):
    __tablename__ = "project_financing"
    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[float] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(3))
    source: Mapped[str] = mapped_column(String(32), index=True)
    organisation: Mapped[str | None] = mapped_column(String(36))


class Recommendation(RecordMixin, Base):
    __tablename__ = "recommendation"
    title: Mapped[str] = mapped_column(String(500), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    proposed_by: Mapped[str | None] = mapped_column(String(16), index=True)
    meeting: Mapped[str | None] = mapped_column(String(36), index=True)


class Agreement(RecordMixin, Base):
    __tablename__ = "agreement"
    title: Mapped[str] = mapped_column(String(500), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    signed_on: Mapped[str | None] = mapped_column(String(10), index=True)


class Practice(RecordMixin, Base):
    __tablename__ = "practice"
    title: Mapped[str] = mapped_column(String(500), index=True)
    country: Mapped[str] = mapped_column(String(2), index=True)


class Attachment(RecordMixin, Base):
    """A file of a record; ``data`` holds its metadata, ``content`` the bytes."""

    __tablename__ = "attachment"
    owner_entity: Mapped[str] = mapped_column(String(32))
    owner: Mapped[str] = mapped_column(String(36), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ReferenceRecord(RecordMixin, Base):
    """An entry of the Secretariat's reference data (``reference`` records: one code of
    one list, its labels and whether it is retired), laid over the shipped files."""

    __tablename__ = "reference_entry"
    code: Mapped[str] = mapped_column(String(64))
    list: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Installation(Base):
    """This installation: one row, created by ``greenbelt init``."""

    __tablename__ = "installation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device: Mapped[str] = mapped_column(String(36))
    party: Mapped[str] = mapped_column(String(16))
    focal_point: Mapped[str] = mapped_column(String(500))
    organisation: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    change_counter: Mapped[int] = mapped_column(Integer, default=0)
    clock: Mapped[str] = mapped_column(String(64), default="")


class Setting(Base):
    """Plain key/value settings that belong with the data (not with the user's desktop)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Append-only log: who changed what and when (never updated or deleted)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32), index=True)
    author: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")


Index("ix_audit_entity_record", AuditEntry.entity, AuditEntry.record_id)

RECORD_MODELS: dict[str, Any] = {
    "organisation": Organisation,
    "contact": Contact,
    "event": Event,
    "project": Project,
    "recommendation": Recommendation,
    "agreement": Agreement,
    "practice": Practice,
    "attachment": Attachment,
    "reference": ReferenceRecord,
}


# -- signed exchange bundles (greenbelt_desktop.sync) -------------------------


class SyncKey(Base):
    """A public key this installation knows: its own, trusted at setup, or learned from
    the Secretariat's registry. ``status`` is ``active``, ``revoked`` or ``rotated``."""

    __tablename__ = "sync_key"
    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    party: Mapped[str] = mapped_column(String(16), index=True)
    device: Mapped[str] = mapped_column(String(36), index=True)
    card: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    # The rotation (JWS, key card signed by old and new key) that introduced this key.
    rotation: Mapped[str | None] = mapped_column(Text)
    replaced_by: Mapped[str | None] = mapped_column(String(64))
    learned_at: Mapped[str] = mapped_column(String(32))
    learned_from: Mapped[str] = mapped_column(String(64), default="")


class SyncDevice(Base):
    """What was applied from each issuing device: the highest bundle sequence
    (acknowledgements, superseded bundles, rollback protection)."""

    __tablename__ = "sync_device"
    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    party: Mapped[str] = mapped_column(String(16))
    state_sequence: Mapped[int] = mapped_column(Integer, default=0)
    consolidated_sequence: Mapped[int] = mapped_column(Integer, default=0)
    consolidated_bundle: Mapped[str] = mapped_column(String(36), default="")


class SyncApplied(Base):
    """Every bundle (outer or inner) applied here, so a replay changes nothing."""

    __tablename__ = "sync_applied"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    applied_at: Mapped[str] = mapped_column(String(32))


class SyncExport(Base):
    """This device's own bundles: which change counter each sequence covered."""

    __tablename__ = "sync_export"
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36))
    change_counter: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(32))


class SyncForward(Base):
    """Members' inner bundles kept verbatim by the Secretariat for redistribution."""

    __tablename__ = "sync_forward"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device: Mapped[str] = mapped_column(String(36), index=True)
    party: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    jws: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String(32))


class SyncConflict(Base):
    """A local version that lost to a received one while it had unacknowledged edits."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    origin: Mapped[str] = mapped_column(String(16))
    lost_version: Mapped[str] = mapped_column(String(64))
    won_version: Mapped[str] = mapped_column(String(64))
    sharing: Mapped[str] = mapped_column(String(16))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[str] = mapped_column(Text)
    bundle_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(32))
    restored_at: Mapped[str | None] = mapped_column(String(32))


class SyncClash(Base):
    """A received change that was not applied and is kept to be seen: an id clash (its id
    is held under another kind of record or another owner) or a version too far ahead
    of this computer's clock (BUNDLE-FORMAT.md §8.1–8.2)."""

    __tablename__ = "sync_clash"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reason: Mapped[str] = mapped_column(String(16))  # "id" or "clock"
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    origin: Mapped[str] = mapped_column(String(16))
    version: Mapped[str] = mapped_column(String(64))
    sharing: Mapped[str] = mapped_column(String(16))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[str] = mapped_column(Text)
    sender: Mapped[str] = mapped_column(String(16))
    sender_device: Mapped[str] = mapped_column(String(36))
    bundle_id: Mapped[str] = mapped_column(String(36))
    held_entity: Mapped[str] = mapped_column(String(32))
    held_origin: Mapped[str] = mapped_column(String(16))
    held_state: Mapped[str] = mapped_column(String(16))  # live, deleted, conflict, bundle
    at: Mapped[str] = mapped_column(String(32))


class SyncExchange(Base):
    """The ledger of exchanges: every bundle written or applied, with its report."""

    __tablename__ = "sync_exchange"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))
    direction: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(32))
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    party: Mapped[str] = mapped_column(String(16))
    device: Mapped[str] = mapped_column(String(36))
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(Text)
    report: Mapped[str] = mapped_column(Text)


class SyncLock(Base):
    """One row per lock; an import takes ``import`` by updating it first thing in its
    transaction (BEGIN IMMEDIATE-like on SQLite, a row lock on PostgreSQL)."""

    __tablename__ = "sync_lock"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    taken_at: Mapped[str] = mapped_column(String(32), default="")
