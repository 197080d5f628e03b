"""Models on this computer: names for display.

(The models folder's scan, import and delete join this module with the
model library.)
"""

from __future__ import annotations

import re
from pathlib import Path

# Quantization suffixes such as .Q4_1, -Q4_K_M, .IQ3_XS, -f16, .bf16
_QUANT = re.compile(r"[.\-_](?:I?Q\d\w*|F16|F32|BF16)$", re.IGNORECASE)
_SPLIT = re.compile(r"-\d{5}-of-\d{5}$")


def display_name(path: str | Path) -> str:
    """"SmolLM2-135M-Instruct.Q4_1.gguf" -> "SmolLM2 135M Instruct"."""
    stem = _SPLIT.sub("", Path(path).stem)
    stem = _QUANT.sub("", stem)
    return " ".join(stem.replace("_", " ").replace("-", " ").split()) or Path(path).name


def quantization_of(path: str | Path) -> str:
    match = _QUANT.search(_SPLIT.sub("", Path(path).stem))
    return match.group(0)[1:].upper() if match else ""


def find_models(folders: list[Path]) -> list[Path]:
    """The GGUF models in these folders (not below them), by name; a split
    model counts once, by its first part."""
    found: dict[Path, None] = {}
    for folder in folders:
        try:
            entries = sorted(Path(folder).glob("*.gguf"))
        except OSError:
            continue   # a network share that is away is simply not listed
        for path in entries:
            split = _SPLIT.search(path.stem)
            if split and not path.stem.endswith("-00001" + split.group(0)[6:]):
                continue
            found[path.resolve()] = None
    return sorted(found, key=lambda p: display_name(p).lower())
