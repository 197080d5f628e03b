"""`tramontane doctor`: what a help desk asks a user to run.

Prints the version, devices and backend, memory, folders and the starter
model's state, then loads the model and writes 32 tokens. Exit status 0 only
when every step worked.
"""

from __future__ import annotations

import platform
import sys
import time

from app import __version__
from app.engine import GenParams, LoadOptions, RuntimeHost
from app.engine.hardware import best_gpu, gib, system_ram
from app.library.local import display_name
from app.library.starter import starter_model_ok, starter_model_path
from app.paths import app_paths


def run(out=sys.stdout) -> int:
    def say(label: str, value: str) -> None:
        print(f"{label:<14} {value}", file=out, flush=True)

    ok = True
    say("Tramontane", f"{__version__} (Python {platform.python_version()}, {platform.platform()})")
    total, available = system_ram()
    say("Memory", f"{gib(total)} in all, {gib(available)} available")
    paths = app_paths()
    for name in ("data", "config", "cache", "logs", "models"):
        say(f"{name.capitalize()} folder", str(getattr(paths, name)))
    host = RuntimeHost()
    try:
        devices = host.devices()
        for dev in devices:
            say("Device", f"{dev.name}: {dev.description} ({gib(dev.free_bytes)} free of {gib(dev.total_bytes)})")
        gpu = best_gpu(devices)
        say("Backend", f"{gpu.name} ({gpu.description})" if gpu else "CPU")
        model = starter_model_path()
        if starter_model_ok(model):
            say("Starter model", f"{model} (checksum verified)")
        else:
            ok = False
            say("Starter model", f"MISSING OR DAMAGED at {model}")
            return 1
        started = time.perf_counter()
        info = host.load(model, LoadOptions(context_length=2048))
        say("Load", f"{display_name(info.path)}: {time.perf_counter() - started:.2f} s on {info.backend}, "
                    f"{info.gpu_layers} GPU layers, {info.threads} threads")
        if info.notice:
            say("Note", info.notice)
        text = "".join(host.chat([{"role": "user", "content": "Write one sentence about the sea."}],
                                 GenParams(max_tokens=32, ignore_eos=True, temperature=0)))
        stats = host.last_stats
        say("Generation", f"{stats.generated_tokens} tokens at {stats.tokens_per_s:.1f} tokens/s "
                          f"(first token after {stats.ttft_s * 1000:.0f} ms)")
        ok = ok and stats.generated_tokens == 32 and bool(text.strip())
    except Exception as exc:  # the doctor reports whatever went wrong, in one line
        say("FAILED", str(exc))
        ok = False
    finally:
        host.close()
    say("Result", "all checks passed" if ok else "some checks failed")
    return 0 if ok else 1
