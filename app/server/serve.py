"""`tramontane serve`: the local API without a window.

Loads one model (--model, else the default model of Settings, else the best
one in the app's folders), then serves it on --host:--port until Ctrl+C.
Loopback only unless asked otherwise, and never where the IT policy turns
the local API off or keeps it on this computer. Nothing leaves this
computer: the network gate is installed shut (no downloads, no company
servers). Runs on the main thread; the engine and the server have their own.
"""

from __future__ import annotations

import ipaddress
import os
import signal
import sys
import threading
from pathlib import Path

from app import settings as settings_file
from app.datafolder import effective_paths
from app.engine import LoadOptions, RuntimeHost
from app.engine.service import EngineService
from app.engine.types import FILE, ModelRef
from app.netguard import NetGuard
from app.paths import app_paths, bundled_models_dir
from app.policy import load_policy
from app.server import keys
from app.server.api import LocalAPI
from app.server.jobs import ApiJobs


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def refusal(host: str, policy) -> str:
    """Why the policy forbids serving on host ("" when it allows)."""
    if policy.locked.get("local_api") is False:
        return "Your organisation has turned the local API off."
    if not is_loopback(host) and policy.locked.get("local_api_lan") is False:
        return ("Your organisation keeps the local API on this computer: use --host 127.0.0.1 "
                "(the default).")
    return ""


def api_key(say) -> str:
    """TRAMONTANE_API_KEY, else the keychain's key, else a new one (shown once)."""
    key = os.environ.get(keys.ENV, "").strip()
    if key:
        say(f"API key: from {keys.ENV}.")
        return key
    key = keys.stored_key()
    if key:
        say("API key: the one in the system keychain (Settings → Servers shows how to replace it).")
        return key
    key, kept = keys.make_key()
    say(f"API key (shown once): {key}")
    say("It is kept in the system keychain." if kept else
        f"This computer has no keychain, so it lasts until this server stops; set {keys.ENV} to choose one.")
    return key


def run(host: str = "127.0.0.1", port: int = 8080, model: str | None = None, say=print) -> int:
    paths = app_paths()
    policy = load_policy()
    settings = policy.enforce(settings_file.peek(paths.config))
    why_not = refusal(host, policy)
    if why_not:
        say(why_not)
        return 2
    NetGuard(offline_only=True, servers_allowed=False).install()
    path = Path(model) if model else _default_model(settings, effective_paths(paths, settings.data_folder))
    if not path.is_file():
        say(f"There is no model file at {path}.")
        return 2
    key = api_key(say)
    engine = EngineService({FILE: RuntimeHost()})
    loaded = threading.Event()
    outcome: list = []
    say(f"Loading {path.name}…")
    engine.load(ModelRef.file(path), LoadOptions(context_length=settings.context_length or None,
                                                 gpu_layers=None if settings.gpu_layers < 0 else settings.gpu_layers,
                                                 threads=settings.threads or None),
                lambda info, error: (outcome.append((info, error)), loaded.set()))
    loaded.wait()
    info, error = outcome[0]
    if error is not None:
        say(f"The model could not be loaded: {error}")
        engine.close()
        return 1
    api = LocalAPI(ApiJobs(engine), key, host, port)
    try:
        address = api.start()
    except OSError as exc:
        say(f"Cannot listen on {host}:{port} ({exc.strerror or exc}). Is another server using that port? "
            "Choose another with --port.")
        engine.close()
        return 1
    say(f"Tramontane API on {address} (model “{path.stem}”, on {info.backend}). Ctrl+C stops it.")
    if not is_loopback(host):
        say("Other computers on the network can reach it; they need the key.")
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    while not stop.wait(0.5):
        pass
    api.stop()
    engine.close()
    say("Stopped.")
    return 0


def _default_model(settings, paths) -> Path:
    if settings.default_model:
        return Path(settings.default_model)
    from app.library.starter import best_model  # noqa: PLC0415 (reads GGUF headers; only when needed)

    return best_model([bundled_models_dir(), paths.models, *map(Path, settings.models_folders)])[0]


if __name__ == "__main__":
    sys.exit(run())
