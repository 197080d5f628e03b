"""The generation parameters of a reply: the app's settings, then an
assistant's, then the conversation's own, each layer over the one before.

A conversation's settings arrive from the store, which may hold an imported
file's values: only known names of the right type are taken, and each is
held inside the range the engine can use. Any thread.
"""

from __future__ import annotations

import math
from dataclasses import replace

from app.engine import GenParams
from app.settings import Settings

# name: (type, lowest, highest)
LIMITS: dict[str, tuple[type, float, float]] = {
    "temperature": (float, 0.0, 2.0),
    "top_p": (float, 0.0, 1.0),
    "top_k": (int, 0, 1000),
    "min_p": (float, 0.0, 1.0),
    "repeat_penalty": (float, 1.0, 2.0),
    "max_tokens": (int, 1, 32768),
    "seed": (int, 0, 2**31 - 1),
}


def clean(raw: object) -> dict:
    """The usable generation settings in raw (a conversation's or an assistant's)."""
    if not isinstance(raw, dict):
        return {}
    values = {}
    for name, (kind, low, high) in LIMITS.items():
        value = raw.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if isinstance(value, float) and not math.isfinite(value):
            continue
        if kind is int and value != int(value):
            continue
        values[name] = kind(min(max(value, low), high))
    return values


def generation_params(settings: Settings, *layers: dict) -> GenParams:
    """GenParams from the app's settings with each layer (assistant, conversation) on top."""
    params = GenParams(max_tokens=settings.max_tokens, temperature=settings.temperature, top_p=settings.top_p)
    for layer in layers:
        params = replace(params, **clean(layer))
    return params
