"""ModelSlot: the model a chat session's replies come from, and its state.

Loading another model replaces a load still under way; one that fails leaves
no model (NO_MODEL) and says why. When the model's process dies, in a reply or
any other job, the slot says so and loads the same model again, so the next
message works. A conversation keeps the model it was set to, and its history
goes only where it runs (runs_here).

Threads: the chat session's (the GUI's); the engine delivers its answers to
that same thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.chat.listener import SessionListener
from app.chat.notices import ChatNotice
from app.engine import LoadOptions, ModelInfo
from app.engine.service import EngineService, Ticket
from app.engine.types import FILE, ModelRef
from app.library.local import display_name
from app.settings import Settings
from app.store import Conversation

log = logging.getLogger(__name__)

LOADING, READY, NO_MODEL = "loading", "ready", "failed"


class ModelSlot:
    def __init__(self, engine: EngineService, settings: Callable[[], Settings], listener: SessionListener,
                 model_exists: Callable[[ModelRef], bool], loaded: Callable[[], None]) -> None:
        """loaded(): a model is ready (the session counts its context again)."""
        engine.watch_crashes(self._on_engine_crash)
        self.engine = engine
        self._settings = settings
        self.listener = listener
        self._model_exists = model_exists
        self._loaded = loaded
        self.model: ModelRef | None = None          # the model replies come from (loaded or loading)
        self.state = LOADING
        self.info: ModelInfo | None = None
        self.ticket: Ticket | None = None           # the load under way

    @property
    def context_length(self) -> int:
        return self.info.context_length if self.info else 0

    def load(self, ref: ModelRef) -> None:
        """Load ref; replies asked for meanwhile wait for it in the engine's queue."""
        self.engine.cancel(self.ticket)
        self.model, self.info = ref, None
        self._set_state(LOADING)
        ticket = self.ticket = self.engine.load(
            ref, self._load_options(), lambda info, error: self._on_loaded(ticket, info, error),
            on_progress=self.listener.on_load_progress)

    def reload(self) -> None:
        """Load the same model again (its hardware settings changed)."""
        if self.model is not None:
            self.load(self.model)

    def switch_to(self, ref: ModelRef | None, quiet: bool = False) -> None:
        """Load ref unless it is the model already. One that is not here stays unloaded, and
        unless quiet (an assistant's preferred model) the user hears why."""
        if ref is None or ref == self.model:
            return
        if self._model_exists(ref):
            self.load(ref)
        elif quiet:
            return
        elif ref.kind == FILE:
            self.listener.on_notice("info", ChatNotice("model_missing", name=ref_name(ref)))
        else:
            self.listener.on_notice("info", ChatNotice("server_unavailable", name=ref_name(ref)))

    def runs_here(self, conversation: Conversation | None) -> bool:
        """A conversation's history goes only where the conversation runs: between this computer
        and a company server it moves by the user's choice (ChatSession.use_model), never as a
        fallback. False, and the user is told, when the model in use runs elsewhere."""
        bound = ModelRef.parse(conversation.model) if conversation is not None else None
        if bound is None or self.model is None or bound == self.model or FILE == bound.kind == self.model.kind:
            return True
        self.listener.on_notice("error", ChatNotice("runs_elsewhere", name=ref_name(bound)))
        return False

    def label(self) -> str:
        """The model's name as a reply records it."""
        if self.info is not None:
            return display_name(self.info.local.path) if self.info.local else self.info.name
        if self.model is not None:
            return display_name(self.model.locator) if self.model.kind == FILE else self.model.locator
        return ""

    def _on_loaded(self, ticket: Ticket, info: ModelInfo | None, error: Exception | None) -> None:
        if ticket is not self.ticket:
            return   # a load that another one replaced
        self.ticket = None
        if error is not None:
            log.warning("model load failed: %s", getattr(error, "code", type(error).__name__))
            self.info = None
            self._set_state(NO_MODEL)
            self.listener.on_notice("error", ChatNotice("load_failed", reason=error))
            return
        self.info = info
        local = info.local
        if local is not None:     # facts for a help desk: which file and where, never a word of text
            log.info("model loaded: %s on %s, %d of %d layers on the GPU, %d threads, context %d",
                     display_name(local.path), info.backend, local.gpu_layers, local.layer_count, local.threads,
                     info.context_length)
        else:
            log.info("model chosen: %s on a company server, context %d", info.name, info.context_length)
        self._set_state(READY)
        for notice in info.notices:          # what a fallback did (EngineNotice)
            self.listener.on_notice("info", notice)
        self._loaded()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.listener.on_model_state(state, self.info)

    def _load_options(self) -> LoadOptions:
        s = self._settings()
        return LoadOptions(context_length=s.context_length or None,
                           gpu_layers=None if s.gpu_layers < 0 else s.gpu_layers, threads=s.threads or None)

    def _on_engine_crash(self) -> None:
        """The model's process died, in a reply or any other job (a local API request):
        say so and load the model again, so the next message works."""
        self.listener.on_notice("error", ChatNotice("runtime_restarting"))
        self.reload()


def ref_name(ref: ModelRef) -> str:
    return display_name(ref.locator) if ref.kind == FILE else ref.locator
