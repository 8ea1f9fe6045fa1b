"""Shared user-visible words: names of record kinds and of the reference data's lists,
translated at call time."""

from __future__ import annotations

from greenbelt_desktop.gui.i18n import translate


def entity_name(entity: str) -> str:
    names = {
        "organisation": translate("Entity", "Organisation"),
        "contact": translate("Entity", "Contact"),
        "event": translate("Entity", "Event"),
        "project": translate("Entity", "Project"),
        "recommendation": translate("Entity", "Recommendation"),
        "agreement": translate("Entity", "Agreement"),
        "practice": translate("Entity", "Practice"),
        "attachment": translate("Entity", "Attachment"),
        "reference": translate("Entity", "Reference entry"),
    }
    return names.get(entity, entity)


def entity_plural(entity: str) -> str:
    names = {
        "organisation": translate("Entity", "Organisations"),
        "contact": translate("Entity", "Contacts"),
        "event": translate("Entity", "Events"),
        "project": translate("Entity", "Projects"),
        "recommendation": translate("Entity", "Recommendations"),
        "agreement": translate("Entity", "Agreements"),
        "practice": translate("Entity", "Practices"),
        "attachment": translate("Entity", "Attachments"),
        "reference": translate("Entity", "Reference data"),
    }
    return names.get(entity, entity)


def list_names() -> dict[str, str]:
    """The reference data's lists (``REFERENCE_LISTS``), by code."""
    return {
        "member_states": translate("SettingsPage", "Member states"),
        "directions": translate("SettingsPage", "Directions of cooperation"),
        "forms": translate("SettingsPage", "Forms of cooperation"),
        "organisation_kind": translate("SettingsPage", "Kinds of organisation"),
        "contact_role": translate("SettingsPage", "Roles of contacts"),
        "event_kind": translate("SettingsPage", "Kinds of event"),
        "event_status": translate("SettingsPage", "Statuses of events"),
        "participant_role": translate("SettingsPage", "Roles of participants"),
        "project_status": translate("SettingsPage", "Statuses of projects"),
        "partner_role": translate("SettingsPage", "Roles of partners"),
        "financing_source": translate("SettingsPage", "Sources of financing"),
        "recommendation_status": translate("SettingsPage", "Statuses of recommendations"),
        "agreement_status": translate("SettingsPage", "Statuses of agreements"),
        "sharing": translate("SettingsPage", "Sharing levels"),
    }
