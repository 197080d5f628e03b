"""Fetch the models the model flavour of the installers carries, verified.

packaging/models/bundled_models.json lists them (a chat model now; an
embedding model later, by adding an entry). Each is downloaded from the hub at
its revision into build/bundled-models/ and kept only when its size and
SHA-256 are the pinned ones. Without network (as on the development machines)
nothing is fetched: the build says so and the installers carry the starter
model only; packaging/build.py then skips the model flavour.

Usage: python packaging/fetch_models.py   (exit 1 only on a wrong checksum)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from app.library.starter import sha256_of  # noqa: E402

MANIFEST = ROOT / "packaging" / "models" / "bundled_models.json"
DEST = ROOT / "build" / "bundled-models"


def entries() -> list[dict]:
    return json.loads(MANIFEST.read_text())["models"]


def ready() -> list[Path]:
    """The bundled models fetched and verified, in the manifest's order (what the spec bundles)."""
    paths = [DEST / e["file"] for e in entries()]
    return paths if paths and all(p.is_file() for p in paths) else []


def verified(path: Path, sha256: str | None, size: int | None) -> bool:
    return (sha256 is not None and path.is_file() and (size is None or path.stat().st_size == size)
            and sha256_of(path) == sha256)


def published(api, entry: dict, commit: str) -> tuple[str | None, int | None]:
    """The pinned SHA-256 and size, or else those the hub publishes for the file at that commit."""
    if entry["sha256"]:
        return entry["sha256"], entry["size"]
    info = api.model_info(entry["repo"], revision=commit, files_metadata=True)
    file = next((s for s in info.siblings if s.rfilename == entry["file"]), None)
    sha256 = getattr(getattr(file, "lfs", None), "sha256", None)
    print(f"{entry['name']}: not pinned yet; the hub publishes sha256 {sha256}, size {getattr(file, 'size', None)} "
          f"at {commit}: pin them in {MANIFEST.name}", flush=True)
    return sha256, getattr(file, "size", None)


def fetch(entry: dict) -> str:
    """'ok', 'offline' or 'bad' for one model."""
    dest = DEST / entry["file"]
    if entry["sha256"] and verified(dest, entry["sha256"], entry["size"]):
        return "ok"
    try:
        from huggingface_hub import HfApi, hf_hub_download  # noqa: PLC0415

        api = HfApi()
        commit = api.model_info(entry["repo"], revision=entry["revision"]).sha
        print(f"{entry['repo']}@{entry['revision']} is commit {commit}", flush=True)
        sha256, size = published(api, entry, commit)
        if verified(dest, sha256, size):
            return "ok"
        got = Path(hf_hub_download(entry["repo"], entry["file"], revision=commit, local_dir=DEST / ".download"))
    except Exception as exc:  # no network, no DNS, hub down: all mean "not now"
        print(f"{entry['name']}: the hub could not be reached ({type(exc).__name__}); "
              "the installers carry the starter model only.", flush=True)
        return "offline"
    if not verified(got, sha256, size):
        got.unlink(missing_ok=True)
        print(f"{entry['name']}: its SHA-256 or size is not the pinned or published one; it was not kept.",
              file=sys.stderr)
        return "bad"
    DEST.mkdir(parents=True, exist_ok=True)
    os.replace(got, dest)
    print(f"{entry['name']}: {dest} (SHA-256 verified)", flush=True)
    return "ok"


def main() -> int:
    results = [fetch(e) for e in entries()]
    return 1 if "bad" in results else 0


if __name__ == "__main__":
    sys.exit(main())
