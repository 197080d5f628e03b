"""The local OpenAI-compatible API (`tramontane serve`, or switched on in Settings). No Qt."""

from app.server.api import LocalAPI
from app.server.jobs import ApiJobs

__all__ = ["ApiJobs", "LocalAPI"]
