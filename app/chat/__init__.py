"""The rules of a conversation, below Qt: send, stop, regenerate, edit, branches,
history to backend messages, generation parameters, titles."""

from app.chat.listener import SessionListener
from app.chat.session import ChatSession

__all__ = ["ChatSession", "SessionListener"]
