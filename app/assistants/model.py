"""The Assistant record and its file format. Any thread.

An assistant is one JSON file:

    {"tramontane_assistant": 1,
     "name": "HR policy helper", "icon": "shield", "description": "Answers from the staff handbook",
     "system_prompt": "...", "examples": [{"question": "...", "answer": "..."}],
     "settings": {"temperature": 0.3}, "model": "Qwen3-4B-Q4_K_M.gguf",
     "documents": ["\\\\server\\hr\\handbook.pdf"], "adapter": "hr-style.gguf", "adapter_scale": 0.8}

Texts may instead be {"en": ..., "fr": ..., "de": ..., "es": ...}: the
built-in assistants speak the four languages of the app, and an
organisation's may too; the user's language is picked when the file is read.
Relative paths (documents, adapter) are relative to the file's folder, so IT
can ship an adapter beside the assistant. Files come from colleagues and
shares: every field is checked for type and size, and a file that fails is
skipped with a sentence that names it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, AppError

FORMAT_KEY = "tramontane_assistant"
FORMAT_VERSION = 1
BUILTIN, ORGANISATION, USER = "builtin", "organisation", "user"
MAX_FILE_BYTES = 256 * 1024
LIMITS = {"name": 80, "description": 200, "system_prompt": 20_000, "icon": 40, "model": 1000, "adapter": 1000}
MAX_EXAMPLES, MAX_EXAMPLE_CHARS, MAX_DOCUMENTS = 20, 4000, 100
ICONS = ("chat", "mail", "summary", "translate", "table", "pen", "shield", "general", "storage", "models",
         "help", "sliders")
SETTINGS = {"temperature": (0.0, 2.0), "top_p": (0.0, 1.0), "top_k": (0, 1000), "min_p": (0.0, 1.0),
            "repeat_penalty": (1.0, 2.0), "max_tokens": (1, 32768), "seed": (0, 2**31 - 1)}


class AssistantError(AppError):
    templates = {
        "unreadable": QT_TRANSLATE_NOOP("Errors", "The assistant file “{name}” could not be read ({reason}); "
                                                  "it was skipped."),
        "invalid": QT_TRANSLATE_NOOP("Errors", "The assistant file “{name}” is not usable ({what}); it was skipped."),
        "too_large": QT_TRANSLATE_NOOP("Errors", "The assistant file “{name}” is too large to be an assistant; "
                                                 "it was skipped."),
        "read_only": QT_TRANSLATE_NOOP("Errors", "“{name}” is provided by your organisation and cannot be "
                                                 "changed; duplicate it to make your own version."),
        "built_in": QT_TRANSLATE_NOOP("Errors", "“{name}” comes with Tramontane and cannot be changed; "
                                                "duplicate it to make your own version."),
        "not_allowed": QT_TRANSLATE_NOOP("Errors", "Your organisation does not allow changing assistants on "
                                                   "this computer."),
        "not_saved": QT_TRANSLATE_NOOP("Errors", "The assistant “{name}” could not be saved ({reason})."),
    }


@dataclass(frozen=True)
class Assistant:
    id: str                              # "<origin>:<file stem>"
    origin: str                          # BUILTIN, ORGANISATION or USER
    name: str
    icon: str = "chat"
    description: str = ""
    system_prompt: str = ""
    examples: tuple[tuple[str, str], ...] = ()     # (question, answer) pairs shown to the model first
    settings: dict = field(default_factory=dict, compare=False)   # generation settings under the conversation's
    model: str = ""                      # preferred model: a file name or a full path ("" = the one in use)
    documents: tuple[str, ...] = ()      # files and folders of its knowledge (full paths)
    adapter: str = ""                    # a LoRA adapter GGUF (full path; "" = none)
    adapter_scale: float = 1.0
    path: str = ""                       # the file it came from

    @property
    def editable(self) -> bool:
        return self.origin == USER

    def to_json(self) -> dict:
        """The file's content (paths as they are: full)."""
        return {FORMAT_KEY: FORMAT_VERSION, "name": self.name, "icon": self.icon, "description": self.description,
                "system_prompt": self.system_prompt,
                "examples": [{"question": q, "answer": a} for q, a in self.examples],
                "settings": dict(self.settings), "model": self.model, "documents": list(self.documents),
                "adapter": self.adapter, "adapter_scale": self.adapter_scale}


def parse(raw: bytes, path: Path, origin: str, language: str) -> Assistant:
    """An Assistant from a file's bytes; AssistantError naming the file when it is not one."""
    name = path.name
    if len(raw) > MAX_FILE_BYTES:
        raise AssistantError("too_large", name=name)
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise AssistantError("unreadable", name=name, reason=type(exc).__name__) from None
    if not isinstance(data, dict) or data.get(FORMAT_KEY) != FORMAT_VERSION:
        raise AssistantError("invalid", name=name, what="not a Tramontane assistant")

    def text(key: str, required: bool = False) -> str:
        value = data.get(key, "")
        if isinstance(value, dict):
            value = value.get(language) or value.get("en") or next(iter(value.values()), "")
        if not isinstance(value, str) or len(value) > LIMITS.get(key, MAX_EXAMPLE_CHARS):
            raise AssistantError("invalid", name=name, what=f"“{key}” is not a short text")
        if required and not value.strip():
            raise AssistantError("invalid", name=name, what=f"“{key}” is empty")
        return value.strip() if key != "system_prompt" else value

    def localised(value) -> str:
        if isinstance(value, dict):
            value = value.get(language) or value.get("en") or ""
        if not isinstance(value, str) or len(value) > MAX_EXAMPLE_CHARS:
            raise AssistantError("invalid", name=name, what="an example is not a short text")
        return value

    examples = data.get("examples", [])
    if not isinstance(examples, list) or len(examples) > MAX_EXAMPLES or \
            not all(isinstance(e, dict) for e in examples):
        raise AssistantError("invalid", name=name, what="“examples” is not a short list")
    documents = data.get("documents", [])
    if not isinstance(documents, list) or len(documents) > MAX_DOCUMENTS or \
            not all(isinstance(d, str) and 0 < len(d) <= 1000 for d in documents):
        raise AssistantError("invalid", name=name, what="“documents” is not a list of paths")
    scale = data.get("adapter_scale", 1.0)
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not 0.0 <= scale <= 2.0:
        raise AssistantError("invalid", name=name, what="“adapter_scale” is not between 0 and 2")
    icon = text("icon") or "chat"
    adapter = text("adapter")
    return Assistant(
        id=f"{origin}:{path.stem}", origin=origin, name=text("name", required=True),
        icon=icon if icon in ICONS else "chat", description=text("description"),
        system_prompt=text("system_prompt"),
        examples=tuple((localised(e.get("question", "")), localised(e.get("answer", ""))) for e in examples),
        settings=_settings(data.get("settings", {}), name), model=text("model"),
        documents=tuple(_resolve(path, d) for d in documents),
        adapter=_resolve(path, adapter) if adapter else "", adapter_scale=float(scale), path=str(path))


def _settings(raw, name: str) -> dict:
    if not isinstance(raw, dict):
        raise AssistantError("invalid", name=name, what="“settings” is not a list of settings")
    values = {}
    for key, (low, high) in SETTINGS.items():
        value = raw.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            continue
        values[key] = min(max(value, low), high)
    return values


def _resolve(path: Path, target: str) -> str:
    candidate = Path(target).expanduser()
    return str(candidate if candidate.is_absolute() or target.startswith("\\\\") else path.parent / candidate)


def _no_constant(value: str):
    raise ValueError(f"{value} is not a number")
