"""The fields of each entity's form, in order: name, label (context "Fields"), editor kind.

Kinds are described in ``forms/editors.py``. Every field of the domain model
(``domain/entities.py``) has a place here, so the form can show and edit
everything a record holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from greenbelt_desktop.gui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str = "line"


def _f(name: str, label: str, kind: str = "line") -> FieldSpec:
    return FieldSpec(name, label, kind)


_DIRECTIONS = _f(
    "directions", QT_TRANSLATE_NOOP("Fields", "Directions of cooperation"), "codes:directions"
)
_FORMS = _f("forms", QT_TRANSLATE_NOOP("Fields", "Forms of cooperation"), "codes:forms")
_COUNTRY = _f("country", QT_TRANSLATE_NOOP("Fields", "Country"), "country")
_NOTES = _f("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), "text")
_TITLE = _f("title", QT_TRANSLATE_NOOP("Fields", "Title"))
_SUMMARY = _f("summary", QT_TRANSLATE_NOOP("Fields", "Summary"), "text")

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "organisation": (
        _f("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        _f("name_en", QT_TRANSLATE_NOOP("Fields", "Name in English")),
        _f("name_ru", QT_TRANSLATE_NOOP("Fields", "Name in Russian")),
        _f("name_zh", QT_TRANSLATE_NOOP("Fields", "Name in Chinese")),
        _f("acronym", QT_TRANSLATE_NOOP("Fields", "Acronym")),
        _f("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "code:organisation_kind"),
        _COUNTRY,
        _f("website", QT_TRANSLATE_NOOP("Fields", "Website")),
        _f("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        _f("phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        _f("address", QT_TRANSLATE_NOOP("Fields", "Address"), "text"),
        _DIRECTIONS,
        _NOTES,
    ),
    "contact": (
        _f("full_name", QT_TRANSLATE_NOOP("Fields", "Full name")),
        _f("full_name_latin", QT_TRANSLATE_NOOP("Fields", "Full name in Latin letters")),
        _f("title", QT_TRANSLATE_NOOP("Fields", "Position")),
        _f("organisation", QT_TRANSLATE_NOOP("Fields", "Organisation"), "link:organisation"),
        _COUNTRY,
        _f("roles", QT_TRANSLATE_NOOP("Fields", "Roles"), "codes:contact_role"),
        _f("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        _f("emails", QT_TRANSLATE_NOOP("Fields", "Other e-mails (one a line)"), "lines"),
        _f("phones", QT_TRANSLATE_NOOP("Fields", "Phones (one a line)"), "lines"),
        _f("languages", QT_TRANSLATE_NOOP("Fields", "Working languages (ru, zh, en…)"), "lines"),
        _NOTES,
    ),
    "event": (
        _TITLE,
        _f("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), "code:event_kind"),
        _f("status", QT_TRANSLATE_NOOP("Fields", "Status"), "code:event_status"),
        _f("start", QT_TRANSLATE_NOOP("Fields", "Start"), "event_time"),
        _f("end", QT_TRANSLATE_NOOP("Fields", "End"), "event_time"),
        _f("timezone", QT_TRANSLATE_NOOP("Fields", "Time zone"), "timezone"),
        _f("venue", QT_TRANSLATE_NOOP("Fields", "Venue")),
        _f("city", QT_TRANSLATE_NOOP("Fields", "City")),
        _COUNTRY,
        _f("cross_border", QT_TRANSLATE_NOOP("Fields", "Cross-border or interregional"), "bool"),
        _f("organisers", QT_TRANSLATE_NOOP("Fields", "Organisers"), "links:organisation"),
        _f("participants", QT_TRANSLATE_NOOP("Fields", "Participants"), "rows:participants"),
        _DIRECTIONS,
        _FORMS,
        _f("agenda", QT_TRANSLATE_NOOP("Fields", "Agenda (one item a line)"), "lines"),
        _f("description", QT_TRANSLATE_NOOP("Fields", "Description"), "text"),
        _f("outcome", QT_TRANSLATE_NOOP("Fields", "Outcome"), "text"),
    ),
    "project": (
        _TITLE,
        _SUMMARY,
        _f("status", QT_TRANSLATE_NOOP("Fields", "Status"), "code:project_status"),
        _DIRECTIONS,
        _FORMS,
        _f("countries", QT_TRANSLATE_NOOP("Fields", "Participating member states"), "members"),
        _f("start", QT_TRANSLATE_NOOP("Fields", "Start"), "date"),
        _f("end", QT_TRANSLATE_NOOP("Fields", "End"), "date"),
        _f("budget", QT_TRANSLATE_NOOP("Fields", "Budget"), "number"),
        _f("budget_currency", QT_TRANSLATE_NOOP("Fields", "Budget currency"), "currency"),
        _f("partners", QT_TRANSLATE_NOOP("Fields", "Partner organisations"), "rows:partners"),
        _f("financing", QT_TRANSLATE_NOOP("Fields", "Financing"), "rows:financing"),
        _f("co2e_t_per_year", QT_TRANSLATE_NOOP("Fields", "t CO2e avoided a year"), "number"),
        _f("renewable_mw", QT_TRANSLATE_NOOP("Fields", "MW of renewable capacity"), "number"),
        _f("energy_saved_mwh_per_year", QT_TRANSLATE_NOOP("Fields", "MWh saved a year"), "number"),
        _f(
            "waste_t_per_year", QT_TRANSLATE_NOOP("Fields", "t of waste processed a year"), "number"
        ),
        _f("location", QT_TRANSLATE_NOOP("Fields", "Location")),
        _f("technology", QT_TRANSLATE_NOOP("Fields", "Technology")),
        _NOTES,
    ),
    "recommendation": (
        _TITLE,
        _f("text", QT_TRANSLATE_NOOP("Fields", "Text"), "text"),
        _f("proposed_by", QT_TRANSLATE_NOOP("Fields", "Proposed by"), "party"),
        _f("proposer", QT_TRANSLATE_NOOP("Fields", "Proposer"), "link:contact"),
        _f("meeting", QT_TRANSLATE_NOOP("Fields", "Meeting"), "link:event"),
        _f("status", QT_TRANSLATE_NOOP("Fields", "Status"), "code:recommendation_status"),
        _f("adopted_on", QT_TRANSLATE_NOOP("Fields", "Adopted on"), "date"),
        _DIRECTIONS,
        _f("follow_ups", QT_TRANSLATE_NOOP("Fields", "Follow-ups"), "rows:follow_ups"),
    ),
    "agreement": (
        _TITLE,
        _f("parties", QT_TRANSLATE_NOOP("Fields", "Parties"), "members"),
        _f("organisations", QT_TRANSLATE_NOOP("Fields", "Organisations"), "links:organisation"),
        _f("signed_on", QT_TRANSLATE_NOOP("Fields", "Signed on"), "date"),
        _f("status", QT_TRANSLATE_NOOP("Fields", "Status"), "code:agreement_status"),
        _SUMMARY,
        _DIRECTIONS,
    ),
    "practice": (
        _TITLE,
        _SUMMARY,
        _COUNTRY,
        _DIRECTIONS,
        _FORMS,
        _f("organisation", QT_TRANSLATE_NOOP("Fields", "Organisation"), "link:organisation"),
    ),
}

# Columns of sub-record tables: (key, label in context "Fields", kind).
ROWS: dict[str, tuple[FieldSpec, ...]] = {
    "participants": (
        _f("contact", QT_TRANSLATE_NOOP("Fields", "Contact"), "link:contact"),
        _f("role", QT_TRANSLATE_NOOP("Fields", "Role"), "code:participant_role"),
    ),
    "partners": (
        _f("organisation", QT_TRANSLATE_NOOP("Fields", "Organisation"), "link:organisation"),
        _f("role", QT_TRANSLATE_NOOP("Fields", "Role"), "code:partner_role"),
    ),
    "financing": (
        _f("amount", QT_TRANSLATE_NOOP("Fields", "Amount"), "number"),
        _f("currency", QT_TRANSLATE_NOOP("Fields", "Currency"), "currency"),
        _f("source", QT_TRANSLATE_NOOP("Fields", "Source"), "code:financing_source"),
        _f("organisation", QT_TRANSLATE_NOOP("Fields", "Organisation"), "link:organisation"),
        _f("note", QT_TRANSLATE_NOOP("Fields", "Note")),
    ),
    "follow_ups": (
        _f("date", QT_TRANSLATE_NOOP("Fields", "Date"), "date"),
        _f("text", QT_TRANSLATE_NOOP("Fields", "Text")),
        _f("done", QT_TRANSLATE_NOOP("Fields", "Done"), "bool"),
    ),
}
