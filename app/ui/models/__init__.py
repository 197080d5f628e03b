"""The Models pane: what is on this computer, the catalog, the hub, downloads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


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
    qt_app = QCoreApplication.instance()
    if qt_app is not None:
        qt_app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return pane
