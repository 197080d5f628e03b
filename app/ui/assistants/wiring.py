"""build_chat_extras: assistants and documents made and wired into the App. GUI thread.

Called once by App (app/ui/app.py) after the chat pane exists: the assistant
library (built-in, the policy's folder, the user's), the documents' part of
the store, the embedding model, the session's Customisation, the indexing
controller, and the Chat pane's widgets for them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from app.assistants import AssistantLibrary
from app.chat.customisation import Customisation
from app.documents.embedding import choose
from app.engine.types import ModelRef
from app.library.starter import FILENAME as STARTER
from app.paths import bundled_models_dir, resources_dir
from app.store.documents import DocumentStore
from app.ui.assistants.chat_extras import ChatExtras
from app.ui.documents.controller import DocumentsController


def build_chat_extras(app) -> ChatExtras:
    policy, settings = app.policy, app.settings.current
    library = AssistantLibrary(resources_dir() / "assistants", app.paths.data / "assistants",
                               Path(policy.assistants_folder) if policy.assistants_folder else None,
                               may_edit=policy.users_may_edit_assistants, language=_language(settings.language))
    library.load()
    docs = DocumentStore(app.store)
    folders = app.model_folders(settings)
    model = choose(folders, bundled_models_dir() / STARTER)
    session = app.controller.session
    documents = DocumentsController(docs, app.engine, app.tasks, model, session, app.host)

    def find_model(name: str) -> ModelRef | None:
        candidates = [Path(name)] if Path(name).is_absolute() else [Path(f) / name for f in folders]
        return next((ModelRef.file(p) for p in candidates if p.is_file()), None)

    session.extras = Customisation(library, docs, documents.reply_embedder, find_model)
    extras = ChatExtras(app.controller, documents, library, lambda name: app.icons.icon(name, app.appearance.colors))
    app.chat.add_extras(extras)
    app.translations.language_changed.connect(lambda code: (library.load(_language(code)), extras.retranslate()))
    documents.resume()
    return extras


def _language(code: str) -> str:
    code = code or QLocale().name()[:2]
    return code if code in ("en", "fr", "de", "es") else "en"
