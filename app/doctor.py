"""`tramontane doctor`: what a help desk asks a user to run.

Prints the same rows as the diagnostics panel (version, system, processor
and its features, memory, folders, log file, IT policy, devices, the backend
in use, and each llama.cpp backend found: used, or skipped and why), checks
the starter model, then loads it with the user's hardware settings
and writes 32 tokens. Exit status 0 only when every step worked.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app import settings as settings_file
from app.datafolder import effective_paths
from app.diagnostics import device_rows, model_rows, system_rows
from app.engine import GenParams, LoadOptions, RuntimeHost
from app.engine.hardware import loaded_ggml_libraries
from app.library.starter import starter_model_ok, starter_model_path
from app.logs import log_path
from app.paths import app_paths
from app.policy import load_policy


def run(out=sys.stdout) -> int:
    def say(label: str, value: str) -> None:
        print(f"{label:<14} {value}", file=out, flush=True)

    ok = True
    policy = load_policy()
    base = app_paths()
    settings = policy.enforce(settings_file.peek(base.config))
    paths = effective_paths(base, settings.data_folder)
    for row in system_rows(paths, log_path(paths.logs), policy):
        say(*row)
    host = RuntimeHost()
    try:
        for row in device_rows(host.devices(), host.backends()):
            say(*row)
        model = starter_model_path()
        if starter_model_ok(model):
            say("Starter model", f"{model} (checksum verified)")
        else:
            ok = False
            say("Starter model", f"MISSING OR DAMAGED at {model}")
            return 1
        started = time.perf_counter()
        info = host.load(model, LoadOptions(context_length=2048,
                                            gpu_layers=None if settings.gpu_layers < 0 else settings.gpu_layers,
                                            threads=settings.threads or None))
        say("Load", f"{time.perf_counter() - started:.2f} s")
        cpu_kernels = [Path(p).name for p in loaded_ggml_libraries(host.pid) if "ggml-cpu" in Path(p).name]
        if cpu_kernels:   # in the installers' builds, the CPU variant ggml chose for this processor
            say("CPU kernels", ", ".join(cpu_kernels))
        for row in model_rows(info, settings):
            say(*row)
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
