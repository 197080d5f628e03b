"""Assistants: ready-made instructions, examples, settings, model, knowledge and
adapter, from the app (built in), the organisation's folder and the user. No Qt."""

from app.assistants.library import AssistantLibrary
from app.assistants.model import BUILTIN, ORGANISATION, USER, Assistant, AssistantError

__all__ = ["Assistant", "AssistantError", "AssistantLibrary", "BUILTIN", "ORGANISATION", "USER"]
