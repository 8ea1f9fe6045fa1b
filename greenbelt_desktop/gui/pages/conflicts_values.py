"""How the Conflicts page shows a record's fields: labels and readable values.

Codes are shown with their reference labels (directions, statuses, roles,
countries), links to other records with those records' titles. Field labels
come from the forms' field list (``gui/forms/specs.py``, context "Fields")
when it is present, so a field is named alike on the form and here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from greenbelt_desktop.domain.entities import LINKS
from greenbelt_desktop.domain.reference import Reference

translate = QCoreApplication.translate

# Fields holding codes of a reference list, per entity ("*": every entity).
CODE_FIELDS: dict[tuple[str, str], str] = {
    ("*", "directions"): "directions",
    ("*", "forms"): "forms",
    ("organisation", "kind"): "organisation_kind",
    ("contact", "roles"): "contact_role",
    ("event", "kind"): "event_kind",
    ("event", "status"): "event_status",
    ("event", "participants.role"): "participant_role",
    ("project", "status"): "project_status",
    ("project", "partners.role"): "partner_role",
    ("project", "financing.source"): "financing_source",
    ("recommendation", "status"): "recommendation_status",
    ("agreement", "status"): "agreement_status",
}
COUNTRY_FIELDS = frozenset({"country", "countries", "parties", "proposed_by"})


def _specs() -> dict[str, Any]:
    try:
        module = importlib.import_module("greenbelt_desktop.gui.forms.specs")
    except ModuleNotFoundError:
        return {}
    return dict(getattr(module, "FIELDS", {}))


def field_order(entity: str, *datas: dict[str, Any]) -> list[str]:
    """The fields of the forms' order first, then any other field the data holds."""
    names = [spec.name for spec in _specs().get(entity, ())]
    for data in datas:
        names += [name for name in data if name not in names]
    return names


def field_label(entity: str, name: str) -> str:
    for spec in _specs().get(entity, ()):
        if spec.name == name:
            return translate("Fields", spec.label)
    return translate("Fields", name.replace("_", " ").capitalize())


class ValueFormatter:
    """Turns stored values into what a person reads, in the current language."""

    def __init__(
        self,
        reference: Reference,
        language: str,
        titles: Callable[[str, list[str]], dict[str, str]],
    ) -> None:
        self.reference = reference
        self.language = language
        self._titles = titles

    def _link_target(self, entity: str, path: str) -> str | None:
        for field_path, target in LINKS.get(entity, ()):
            if field_path == path:
                return target
        return None

    def _code_list(self, entity: str, path: str) -> str | None:
        return CODE_FIELDS.get((entity, path)) or CODE_FIELDS.get(("*", path))

    def scalar(self, entity: str, path: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return translate("Conflicts", "yes") if value else translate("Conflicts", "no")
        name = path.rsplit(".", 1)[-1]
        code_list = self._code_list(entity, path)
        if code_list and isinstance(value, str):
            return self.reference.label(code_list, value, self.language)
        if name in COUNTRY_FIELDS and isinstance(value, str):
            return self.reference.party_name(value, self.language)
        target = self._link_target(entity, path)
        if target and isinstance(value, str):
            return self._titles(target, [value]).get(value, value)
        return str(value)

    def format(self, entity: str, name: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, list):
            parts = []
            for item in value:
                if isinstance(item, dict):
                    parts.append(
                        "; ".join(
                            f"{field_label(entity, key)}: "
                            f"{self.scalar(entity, f'{name}.{key}', item_value)}"
                            for key, item_value in item.items()
                            if item_value not in (None, "", [])
                        )
                    )
                else:
                    parts.append(self.scalar(entity, name, item))
            separator = "\n" if any(isinstance(item, dict) for item in value) else ", "
            return separator.join(parts)
        if isinstance(value, dict):
            return "; ".join(
                f"{field_label(entity, key)}: {self.scalar(entity, f'{name}.{key}', v)}"
                for key, v in value.items()
            )
        return self.scalar(entity, name, value)
