"""Where the file dialogs open: the user's Documents folder.

Given no folder, Qt's own dialog opens in the process's working folder,
which for an app started from a menu or a shortcut is its install folder
or the root of the disk: the attach dialog showed the app's source tree.
GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> str:
    """The Documents folder, or the home folder where there is none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def in_documents(name: str) -> str:
    """A file name suggested for saving, in the Documents folder."""
    return str(Path(documents_folder()) / name)
