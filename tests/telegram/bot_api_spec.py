"""Checks Bot API calls against the published list of methods, fields and types.

The fake server runs every request through `check_request` (unknown method,
missing required field, unknown field, wrong type, Telegram's documented
length limits) and every update it hands out through `check_object`, so the
fakes cannot drift from what Telegram really sends and accepts.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: A copy of ../shared/specs (MIT, see its LICENSE beside it), so tests run anywhere.
SPEC_PATH = Path(__file__).resolve().parents[1] / "specs" / "telegram-bot-api.json"

_PRIMITIVES: dict[str, Callable[[Any], bool]] = {
    "Integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "Float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "Boolean": lambda v: isinstance(v, bool),
    "String": lambda v: isinstance(v, str),
}

#: Length limits the spec states in prose: (min, max) in UTF-16 units.
_TEXT_LIMITS = {
    ("sendMessage", "text"): (1, 4096),
    ("editMessageText", "text"): (1, 4096),
    ("sendDocument", "caption"): (0, 1024),
    ("sendPhoto", "caption"): (0, 1024),
    ("answerCallbackQuery", "text"): (0, 200),
}
_CHAT_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice",
                 "upload_voice", "upload_document", "choose_sticker", "find_location",
                 "record_video_note", "upload_video_note"}
_BUTTON_ACTIONS = {"url", "callback_data", "web_app", "login_url", "switch_inline_query",
                   "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
                   "copy_text", "callback_game", "pay"}
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    filename: str
    content: bytes
    content_type: str


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class BotApiSpec:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.version: str = spec["version"]
        self.methods: Mapping[str, Any] = spec["methods"]
        self.types: Mapping[str, Any] = spec["types"]

    @classmethod
    @functools.cache
    def load(cls) -> BotApiSpec:
        return cls(json.loads(SPEC_PATH.read_text(encoding="utf-8")))

    def check_request(
        self, method: str, form: Mapping[str, str | Upload]
    ) -> tuple[dict[str, Any], list[str]]:
        """The request's parameters decoded, and what is wrong with them."""
        spec = self.methods.get(method)
        if spec is None:
            return dict(form), [f"{method}: no such Bot API method"]
        fields = {field["name"]: field for field in spec.get("fields", [])}
        problems = [f"{method}: required field {name} missing"
                    for name, field in fields.items() if field["required"] and name not in form]
        decoded: dict[str, Any] = {}
        for name, raw in form.items():
            if name not in fields:
                problems.append(f"{method}: unknown field {name}")
                decoded[name] = raw
                continue
            decoded[name], errors = self._decode(raw, fields[name]["types"], f"{method}.{name}")
            problems += errors
        return decoded, problems + self._request_limits(method, decoded)

    def _decode(self, raw: str | Upload, types: list[str], where: str) -> tuple[Any, list[str]]:
        """Form values are strings, JSON-encoded unless the field is a String."""
        if isinstance(raw, Upload):
            return raw, [] if "InputFile" in types else [f"{where}: file upload not allowed"]
        others = [name for name in types if name not in ("String", "InputFile")]
        if others:
            try:
                value = json.loads(raw)
            except ValueError:
                value = None
            else:
                problems = self.check_value(value, others, where)
                if not problems or "String" not in types:
                    return value, problems
        if "String" in types or "InputFile" in types:
            return raw, []
        return raw, [f"{where}: {raw[:40]!r} is not {types}"]

    def check_value(self, value: Any, types: list[str], where: str) -> list[str]:
        """Problems with `value` as the best-matching of `types`; [] if any type fits."""
        first: list[str] | None = None
        for type_name in types:
            problems = self._check_type(value, type_name, where)
            if not problems:
                return []
            first = first if first is not None else problems
        return first or []

    def _check_type(self, value: Any, type_name: str, where: str) -> list[str]:
        if type_name.startswith("Array of "):
            if not isinstance(value, list):
                return [f"{where}: expected {type_name}"]
            inner = type_name.removeprefix("Array of ")
            return [problem for index, item in enumerate(value)
                    for problem in self._check_type(item, inner, f"{where}[{index}]")]
        if type_name in _PRIMITIVES:
            ok = _PRIMITIVES[type_name](value)
            return [] if ok else [f"{where}: expected {type_name}, got {type(value).__name__}"]
        return self.check_object(value, type_name, where)

    def check_object(self, value: Any, type_name: str, where: str) -> list[str]:
        """Problems with `value` as a `type_name` object (required, unknown, nested fields)."""
        spec = self.types.get(type_name)
        if spec is None:
            return [f"{where}: unknown type {type_name}"]
        if "subtypes" in spec:
            return self.check_value(value, spec["subtypes"], where)
        if not isinstance(value, dict):
            return [f"{where}: expected a {type_name} object"]
        fields = {field["name"]: field for field in spec.get("fields", [])}
        problems = [f"{where}: {type_name} lacks required {name}"
                    for name, field in fields.items() if field["required"] and name not in value]
        for name, item in value.items():
            if name not in fields:
                problems.append(f"{where}: unknown field {name} in {type_name}")
            else:
                problems += self.check_value(item, fields[name]["types"], f"{where}.{name}")
        return problems + _object_limits(type_name, value, where)

    @staticmethod
    def _request_limits(method: str, params: Mapping[str, Any]) -> list[str]:
        problems = []
        for (limited, name), (low, high) in _TEXT_LIMITS.items():
            value = params.get(name)
            if limited == method and isinstance(value, str) and not low <= _utf16(value) <= high:
                problems.append(f"{method}.{name}: {_utf16(value)} characters, not {low}-{high}")
        if method == "sendChatAction" and params.get("action") not in _CHAT_ACTIONS:
            problems.append(f"sendChatAction.action: unknown action {params.get('action')!r}")
        secret = params.get("secret_token")
        if method == "setWebhook" and secret is not None and not _SECRET_TOKEN.fullmatch(secret):
            problems.append("setWebhook.secret_token: not 1-256 of A-Z, a-z, 0-9, _ and -")
        return problems


def _object_limits(type_name: str, value: Mapping[str, Any], where: str) -> list[str]:
    problems = []
    if type_name == "InlineKeyboardButton":
        actions = _BUTTON_ACTIONS & value.keys()
        if len(actions) != 1:
            problems.append(f"{where}: a button needs exactly one action, has {sorted(actions)}")
        data = value.get("callback_data")
        if isinstance(data, str) and not 1 <= len(data.encode()) <= 64:
            problems.append(f"{where}.callback_data: {len(data.encode())} bytes, not 1-64")
    if type_name == "BotCommand":
        if not _COMMAND_NAME.fullmatch(str(value.get("command", ""))):
            problems.append(f"{where}.command: not 1-32 of a-z, 0-9 and _")
        if not 1 <= len(str(value.get("description", ""))) <= 256:
            problems.append(f"{where}.description: not 1-256 characters")
    return problems
