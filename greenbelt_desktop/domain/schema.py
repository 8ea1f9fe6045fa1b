"""JSON Schemas of the records' data, generated from the entity models.

``python -m greenbelt_desktop.domain.schema`` rewrites ``resources/schema/``;
a test fails when the committed files differ from what the code generates.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from greenbelt_desktop.domain.entities import MODELS
from greenbelt_desktop.domain.resources import resource_path

SCHEMA_VERSION = 1


def entity_schema(entity: str) -> dict[str, Any]:
    schema = MODELS[entity].model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://greenbelt.sco/schema/{SCHEMA_VERSION}/{entity}.schema.json",
        **schema,
    }


def render(entity: str) -> str:
    return json.dumps(entity_schema(entity), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_all(folder: Path | None = None) -> list[Path]:
    target = folder or resource_path("schema")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for entity in MODELS:
        path = target / f"{entity}.schema.json"
        path.write_text(render(entity), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all():
        print(path)
