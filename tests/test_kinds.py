"""Every field of every kind of record has a place: a list column, a form field or a
workbook column, or it is declared stored only in the registry (``domain.entities.KINDS``).

Adding a field to a model without showing it anywhere fails here, naming the field.
"""

from __future__ import annotations

import pytest

from greenbelt_desktop.documents.sheets import SHEETS
from greenbelt_desktop.domain.entities import ENTITIES, KINDS, SYNCED_ENTITIES
from greenbelt_desktop.gui.forms.specs import FIELDS
from greenbelt_desktop.gui.models.columns import COLUMNS


def shown(entity: str) -> set[str]:
    """The fields of ``entity`` a list, a form or a workbook sheet shows."""
    names = {spec.name for spec in FIELDS.get(entity, ())}
    names |= {column.key for column in COLUMNS.get(entity, ())}
    for sheet in SHEETS:
        if sheet.entity == entity:
            # A sub-record sheet fills one list field of its kind's records.
            names |= {sheet.parent_field} if sheet.is_sub else {c.field for c in sheet.columns}
    return names


def test_every_kind_that_travels_is_in_the_registry() -> None:
    assert set(KINDS) == set(SYNCED_ENTITIES)


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_field_is_shown_or_declared_stored_only(entity: str) -> None:
    kind = KINDS[entity]
    assert set(kind.stored_only) <= set(kind.fields), "stored_only names a field the model lacks"
    missing = set(kind.fields) - shown(entity) - set(kind.stored_only)
    assert missing == set(), f"{entity}: no list, form or sheet shows {sorted(missing)}"


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_link_and_title_is_a_field(entity: str) -> None:
    kind = KINDS[entity]
    assert kind.title_field in kind.fields
    for path, target in kind.links:
        assert path.split(".")[0] in kind.fields and target in KINDS
