from __future__ import annotations

from greenbelt_desktop.domain.entities import MODELS
from greenbelt_desktop.domain.resources import resource_path
from greenbelt_desktop.domain.schema import render


def test_committed_schemas_match_the_code() -> None:
    for entity in MODELS:
        path = resource_path("schema", f"{entity}.schema.json")
        assert path.read_text(encoding="utf-8") == render(entity), (
            f"{path.name} is stale: run python -m greenbelt_desktop.domain.schema"
        )
