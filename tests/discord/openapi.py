"""Checks requests against Discord's published OpenAPI description, as Discord itself would.

A small JSON Schema subset (the keywords the description uses for requests): $ref,
allOf/oneOf/anyOf, type, const, enum, required, properties, additionalProperties,
items, length/size/range limits and patterns. Snowflakes may also be sent as
integers, which Discord accepts and discord.py does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

#: A copy of ../shared/specs (MIT, see its LICENSE beside it), so tests run anywhere.
SPEC_PATH = Path(__file__).resolve().parents[1] / "specs" / "discord-openapi.json"

_TYPES: dict[str, Any] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


@dataclass(frozen=True, slots=True)
class Operation:
    method: str
    template: str
    spec: dict[str, Any]
    path_parameters: dict[str, Any]

    @property
    def needs_bot_token(self) -> bool:
        """Required, not merely accepted: `{}` among the options means "or nothing"."""
        options = self.spec.get("security", [])
        return bool(options) and all("BotToken" in option for option in options)

    @property
    def accepts_bot_token(self) -> bool:
        return any("BotToken" in option for option in self.spec.get("security", []))

    def query_names(self) -> set[str]:
        return {p["name"] for p in self.spec.get("parameters", []) if p.get("in") == "query"}

    def body_schema(self, content_type: str) -> dict[str, Any] | None:
        content = self.spec.get("requestBody", {}).get("content", {})
        chosen = content.get(content_type) or content.get("application/json")
        return chosen["schema"] if chosen else None

    @property
    def body_required(self) -> bool:
        return bool(self.spec.get("requestBody", {}).get("required"))


class OpenApi:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self._routes: list[tuple[re.Pattern[str], str, dict[str, Any]]] = []
        for template, item in document["paths"].items():
            pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
            self._routes.append((re.compile(f"^{pattern}$"), template, item))
        # Literal segments win over parameters: /users/@me before /users/{user_id}.
        self._routes.sort(key=lambda route: route[1].count("{"))

    def operation(self, method: str, path: str) -> Operation | None:
        for pattern, template, item in self._routes:
            match = pattern.match(path)
            if match and method.lower() in item:
                parameters = {p["name"]: p["schema"] for p in item.get("parameters", [])}
                found = {name: (value, parameters.get(name, {})) for name, value in
                         match.groupdict().items()}
                return Operation(method.upper(), template, item[method.lower()], found)
        return None

    def check_path(self, operation: Operation) -> list[str]:
        errors: list[str] = []
        for name, (value, schema) in operation.path_parameters.items():
            errors += self.validate(value, schema, f"path.{name}")
        return errors

    def validate(self, value: Any, schema: dict[str, Any], where: str) -> list[str]:
        """Every way `value` breaks `schema`; empty when it conforms."""
        if "$ref" in schema:
            return self.validate(value, self._resolve(schema["$ref"]), where)
        errors = [e for part in schema.get("allOf", []) for e in self.validate(value, part, where)]
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                errors += self._one_of(value, schema[keyword], where)
        errors += self._check_type(value, schema, where)
        if errors:
            return errors
        if "const" in schema and value != schema["const"]:
            errors.append(f"{where}: {value!r} is not {schema['const']!r}")
        if "enum" in schema and value not in schema["enum"]:
            errors.append(f"{where}: {value!r} not one of {schema['enum']}")
        if isinstance(value, dict):
            errors += self._check_object(value, schema, where)
        elif isinstance(value, list):
            errors += self._check_array(value, schema, where)
        elif isinstance(value, str):
            errors += _check_string(value, schema, where)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            errors += _check_number(value, schema, where)
        return errors

    def _resolve(self, reference: str) -> dict[str, Any]:
        node: Any = self.document
        for part in reference.removeprefix("#/").split("/"):
            node = node[part]
        return dict(node)

    def _one_of(self, value: Any, options: list[dict[str, Any]], where: str) -> list[str]:
        attempts = [self.validate(value, option, where) for option in options]
        if any(not attempt for attempt in attempts):
            return []
        closest = min(attempts, key=len)
        return [f"{where}: matches none of {len(options)} alternatives; closest: {closest[:3]}"]

    def _check_type(self, value: Any, schema: dict[str, Any], where: str) -> list[str]:
        if "type" not in schema:
            return []
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if any(_TYPES[name](value) for name in names):
            return []
        if schema.get("format") == "snowflake" and isinstance(value, int) and value >= 0:
            return []
        return [f"{where}: {type(value).__name__} is not {'/'.join(names)}"]

    def _check_object(self, value: dict[str, Any], schema: dict[str, Any], where: str) -> list[str]:
        errors = [f"{where}: missing required {name!r}" for name in schema.get("required", [])
                  if name not in value]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                errors += self.validate(item, properties[name], f"{where}.{name}")
            elif extra is False:
                errors.append(f"{where}: unknown field {name!r}")
            elif isinstance(extra, dict):
                errors += self.validate(item, extra, f"{where}.{name}")
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            errors.append(f"{where}: more than {schema['maxProperties']} properties")
        return errors

    def _check_array(self, value: list[Any], schema: dict[str, Any], where: str) -> list[str]:
        errors = []
        if len(value) > schema.get("maxItems", len(value)):
            errors.append(f"{where}: more than {schema['maxItems']} items")
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{where}: fewer than {schema['minItems']} items")
        if "items" in schema:
            for index, item in enumerate(value):
                errors += self.validate(item, schema["items"], f"{where}[{index}]")
        return errors


def _check_string(value: str, schema: dict[str, Any], where: str) -> list[str]:
    errors = []
    if len(value) > schema.get("maxLength", len(value)):
        errors.append(f"{where}: longer than {schema['maxLength']}")
    if len(value) < schema.get("minLength", 0):
        errors.append(f"{where}: shorter than {schema['minLength']}")
    if "pattern" in schema and re.search(schema["pattern"], value) is None:
        errors.append(f"{where}: {value!r} does not match {schema['pattern']}")
    return errors


def _check_number(value: float, schema: dict[str, Any], where: str) -> list[str]:
    errors = []
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{where}: below {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        errors.append(f"{where}: above {schema['maximum']}")
    return errors


@cache
def discord_api() -> OpenApi:
    """Parsed once per test session: the description is over a megabyte."""
    return OpenApi(json.loads(SPEC_PATH.read_text()))
