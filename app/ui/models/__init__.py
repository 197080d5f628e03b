"""The Models pane: what is on this computer, the catalog, the hub, downloads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def build_models_pane(app):
    """The Models pane for the App (app/ui/app.py), wired to its settings, network
    gate, engine worker and chat controller. Downloads pause when Qt quits."""
    from app.library.library import ModelLibrary          # noqa: PLC0415 (loads huggingface_hub)
    from app.ui.models.controller import LibraryController  # noqa: PLC0415
    from app.ui.models.models_pane import ModelsPane       # noqa: PLC0415

    folders = [Path(f) for f in app.settings.current.models_folders]
    library = ModelLibrary(app.paths, app.guard, shared_folders=folders)
    controller = LibraryController(library, app.settings, app.tasks, chat=app.controller, engine=app.engine)
    pane = ModelsPane(controller)
    # A model imported or downloaded here is in the conversation's model picker at once.
    controller.models_changed.connect(lambda *_: app.chat.refresh_models())
    qt_app = QCoreApplication.instance()
    if qt_app is not None:
        qt_app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return pane


def unavailable_pane(error: Exception) -> QWidget:
    """What stands in the Models pane's place when it could not be built: the reason, in words."""
    pane = QWidget(objectName="modelsUnavailable")
    text = QCoreApplication.translate(
        "ModelsPane", "The model library could not be started (%1). Your conversations and the model in use "
                      "are not affected. Restart Tramontane; if this happens again, Help → Diagnostics has "
                      "the details for your help desk.").replace("%1", type(error).__name__)
    label = QLabel(text, textFormat=Qt.TextFormat.PlainText, wordWrap=True)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(40, 40, 40, 40)
    layout.addWidget(label)
    layout.addStretch(1)
    return pane
