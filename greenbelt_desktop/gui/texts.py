"""Shared user-visible words: names of record kinds, translated at call time."""

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
    }
    return names.get(entity, entity)
