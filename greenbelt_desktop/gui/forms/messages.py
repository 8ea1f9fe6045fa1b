"""Validation messages in the user's language, chosen by the domain's stable issue code.

The domain (``validate_record``) names the field and a code; a code without a
translation here shows the domain's English message, never nothing.
"""

from __future__ import annotations

import re

from greenbelt_desktop.domain.validation import Issue
from greenbelt_desktop.gui.i18n import translate


def message(issue: Issue) -> str:
    value = "" if issue.value is None else str(issue.value)
    texts = {
        "required": translate("Validation", "This field is required."),
        "unknown_code": translate("Validation", "“%1” is not one of the choices.").replace(
            "%1", value
        ),
        "invalid_country": translate("Validation", "“%1” is not a country code.").replace(
            "%1", value
        ),
        "invalid_member_state": translate("Validation", "“%1” is not an SCO member state.").replace(
            "%1", value
        ),
        "invalid_party": translate(
            "Validation", "“%1” is not a member state or the Secretariat."
        ).replace("%1", value),
        "invalid_currency": translate("Validation", "“%1” is not a currency code.").replace(
            "%1", value
        ),
        "invalid_email": translate("Validation", "“%1” is not an e-mail address.").replace(
            "%1", value
        ),
        "invalid_url": translate("Validation", "“%1” is not a web address.").replace("%1", value),
        "invalid_reference": translate("Validation", "Choose a record from the list."),
        "invalid_timezone": translate("Validation", "“%1” is not a time zone.").replace(
            "%1", value
        ),
        "invalid_language": translate(
            "Validation", "“%1” is not a language code such as ru, zh or en."
        ).replace("%1", value),
        "invalid_date": translate("Validation", "This is not a date."),
        "end_before_start": translate("Validation", "The end is before the start."),
        "currency_required": translate("Validation", "A budget needs its currency."),
        "negative": translate("Validation", "This must not be negative."),
        "not_retirable": translate("Validation", "These codes are never retired."),
        "string_too_long": translate("Validation", "This text is too long."),
        "float_parsing": translate("Validation", "“%1” is not a number.").replace("%1", value),
        "finite_number": translate("Validation", "“%1” is not a number.").replace("%1", value),
    }
    if issue.value in (None, "") and issue.code.startswith(("unknown_code", "invalid_")):
        return texts["required"]  # nothing chosen in a picker that needs a choice
    if issue.code in texts:
        return texts[issue.code]
    if issue.code.startswith("date"):
        return texts["invalid_date"]
    return issue.message


def top_field(path: str) -> str:
    """``financing[0].currency`` → ``financing``."""
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def where_in_rows(path: str) -> str:
    """``financing[0].currency`` → "line 1" (for a message beside a table of lines)."""
    found = re.match(r"^[a-z_]+\[(\d+)\]", path)
    if not found:
        return ""
    return translate("Validation", "Line %1:").replace("%1", str(int(found.group(1)) + 1)) + " "
