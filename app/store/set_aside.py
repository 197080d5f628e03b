"""Setting conversations that cannot be opened aside, so the app can start afresh.

When the conversations cannot be opened (their key is missing, damaged or
another computer's, or the file is damaged or not ours), the app used to say
so and quit, at every start, until the user found the data folder and moved
files by hand. Now the user may choose to start with no conversations.
Nothing is deleted: the database, its key file and the name of its keychain
entry move, unchanged, into a folder of their own inside the data folder,
from where they can be moved back should the key turn up.

Any thread, with the store closed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .database import DB_FILE
from .errors import from_os
from .keys import KEY_FILE, KEY_REF_FILE

# StoreError codes that starting afresh gets past; a locked keychain, a full disk,
# a newer version or another window holding the folder are not among them.
UNREADABLE = frozenset({"damaged", "not_ours", "wrong_key_keychain", "wrong_key_file", "key_damaged_keychain",
                        "key_damaged_file", "key_missing"})
_NAMES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEY_FILE, KEY_REF_FILE)


def set_aside(data_dir: Path) -> Path:
    """Moves the conversations and their key into a new folder in data_dir; that folder."""
    data_dir = Path(data_dir)
    stamp = time.strftime("%Y-%m-%d %H.%M.%S")
    try:
        folder, n = data_dir / f"Set aside {stamp}", 1
        while folder.exists():
            n += 1
            folder = data_dir / f"Set aside {stamp} ({n})"
        folder.mkdir()
        for name in _NAMES:
            if (data_dir / name).exists():
                os.replace(data_dir / name, folder / name)
    except OSError as exc:
        raise from_os(exc, data_dir) from exc
    return folder
