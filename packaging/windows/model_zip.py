"""Windows' model flavour: the installer and the model side by side in one .zip.

An NSIS installer cannot hold more than 2 GB, so the model does not go inside it:
the installer built with SIDE_MODEL copies the model from its own folder. Users
extract the .zip and run the installer; IT can put both on a share.

Usage: python packaging/windows/model_zip.py   (after make_installer.py --flavour model)
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
from fetch_models import DEST, entries  # noqa: E402

from app import __version__  # noqa: E402


def main() -> int:
    setup = ROOT / "dist" / f"Tramontane-{__version__}-windows-x64-with-model-setup.exe"
    model = DEST / next(e["file"] for e in entries() if e["role"] == "chat")
    out = setup.with_name(f"Tramontane-{__version__}-windows-x64-with-model.zip")
    # Stored, not deflated: GGUF weights hardly compress, and unzipping stays fast.
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
        zf.write(setup, setup.name)
        zf.write(model, model.name)
    setup.unlink()   # it is in the .zip; alone it would install the starter model only
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
