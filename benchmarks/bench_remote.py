"""Company servers and the local API: what they cost over the direct path.

1. RemoteBackend's first-token overhead over a direct streaming request to the
   same llama-server (llama.cpp's own, scripts/build_llama_server.py), same
   prompt and settings: target ≤ 30 ms. And Stop: from cancel() to the end of
   chat(): target ≤ 300 ms.
2. Generation speed through the local API (the openai client, streaming,
   from sending the request to the last chunk) against RuntimeHost.chat()
   called directly (from the call to its end), same model, prompt and
   process: target ≥ 0.95×.
3. Four clients at once through the local API: all served, each whole.

Runs alternate between the two sides, and the figures are medians (for the
overhead, the median of each pair's difference): the machine is shared and
loaded, so single runs wander. Exits non-zero on a miss.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx2
import openai

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_llama_server  # noqa: E402

from app.engine import GenParams, LoadOptions, RuntimeHost  # noqa: E402
from app.engine.remote import RemoteBackend  # noqa: E402
from app.engine.service import EngineService  # noqa: E402
from app.engine.types import FILE, ModelRef  # noqa: E402
from app.library.starter import FILENAME  # noqa: E402
from app.server.api import LocalAPI  # noqa: E402
from app.server.jobs import ApiJobs  # noqa: E402
from benchmarks.report import Report  # noqa: E402

MODEL = ROOT / "models" / FILENAME
PROMPT = [{"role": "user", "content": "Write one sentence about the sea."}]
ROUNDS = 30
KEY = "tram-bench"


def start_llama_server() -> tuple[subprocess.Popen, str]:
    binary = build_llama_server.server_binary() or build_llama_server.build()
    with __import__("socket").socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([str(binary), "-m", str(MODEL), "--alias", "starter", "--host", "127.0.0.1",
                             "--port", str(port), "-c", "2048", "-np", "1"], stdout=log, stderr=log)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx2.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc, f"http://127.0.0.1:{port}/v1"
        except httpx2.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("llama-server did not start")


def direct_ttft(client: httpx2.Client, base: str) -> float:
    body = {"model": "starter", "messages": PROMPT, "stream": True, "max_tokens": 8, "seed": 1,
            "temperature": 0.7, "top_p": 0.95, "top_k": 40, "min_p": 0.05,
            "stream_options": {"include_usage": True}}
    started = time.perf_counter()
    first = 0.0
    with client.stream("POST", f"{base}/chat/completions", json=body) as response:
        for event in httpx2.EventSource(response):     # read to the end, as RemoteBackend does
            if not first and '"content":"' in event.data and '"content":""' not in event.data:
                first = time.perf_counter() - started
    return first


def remote_ttft(backend: RemoteBackend) -> float:
    list(backend.chat(PROMPT, GenParams(max_tokens=8, seed=1)))
    return backend.last_stats.ttft_s


def stop_latency(backend: RemoteBackend) -> float:
    stopped = []
    for n, _piece in enumerate(backend.chat(PROMPT, GenParams(max_tokens=1000, ignore_eos=True))):
        if n == 2:
            stopped.append(time.perf_counter())
            threading.Thread(target=backend.cancel).start()
    return time.perf_counter() - stopped[0]


def api_speed(client: openai.OpenAI, model: str, tokens: int) -> float:
    """Tokens a second as the client sees them: from sending the request to the last chunk."""
    usage = None
    started = time.perf_counter()
    stream = client.chat.completions.create(model=model, messages=PROMPT, max_tokens=tokens, stream=True,
                                            stream_options={"include_usage": True}, extra_body={"ignore_eos": True})
    for chunk in stream:
        usage = chunk.usage or usage
    return usage.completion_tokens / (time.perf_counter() - started)


def main() -> int:
    report = Report()
    print("The machine is shared with other work; figures are medians of alternating runs.", flush=True)
    if "--api-only" not in sys.argv:
        server_figures(report)
    api_figures(report)
    return report.exit_code()


def server_figures(report: Report) -> None:
    proc, base = start_llama_server()
    try:
        backend = RemoteBackend(base, name="bench")
        backend.load("starter", LoadOptions())
        direct, remote = [], []
        with httpx2.Client(timeout=120) as client:
            direct_ttft(client, base)
            remote_ttft(backend)                    # both warm: prompt cached, connections open
            for _ in range(ROUNDS):
                direct.append(direct_ttft(client, base))
                remote.append(remote_ttft(backend))
        # Each remote run is paired with the direct run just before it; the median of the
        # differences cancels most of what the other work on the machine adds.
        overhead = statistics.median(r - d for r, d in zip(remote, direct, strict=True)) * 1000
        report.note("llama-server first token, direct request (median)", f"{statistics.median(direct) * 1000:.1f} ms")
        report.note("llama-server first token, RemoteBackend (median)", f"{statistics.median(remote) * 1000:.1f} ms")
        report.check("RemoteBackend first-token overhead (median of paired runs)", f"{overhead:.1f} ms", "≤ 30 ms",
                     overhead <= 30)
        stops = [stop_latency(backend) for _ in range(5)]
        report.check("RemoteBackend Stop: cancel() to the end of chat() (median)",
                     f"{statistics.median(stops) * 1000:.0f} ms", "≤ 300 ms", statistics.median(stops) <= 0.3)
        backend.close()
    finally:
        proc.terminate()
        proc.wait(30)


def api_figures(report: Report) -> None:
    host = RuntimeHost()
    engine = EngineService({FILE: host})
    loaded = threading.Event()
    engine.load(ModelRef.file(MODEL), LoadOptions(context_length=2048), lambda *_: loaded.set())
    loaded.wait()
    api = LocalAPI(ApiJobs(engine), KEY, "127.0.0.1", 0)
    api.start()
    client = openai.OpenAI(base_url=api.address, api_key=KEY, max_retries=0, timeout=600)
    model = client.models.list().data[0].id
    tokens = 256     # a reply of usual length: what a request costs once (HTTP, the context check) counts as in use
    params = GenParams(max_tokens=tokens, ignore_eos=True)

    def host_speed() -> float:
        """Tokens a second straight from RuntimeHost.chat(), from the call to its end."""
        timed: list[float] = []

        def work(backend) -> None:
            started = time.perf_counter()
            list(backend.chat(PROMPT, params))
            timed.append(backend.last_stats.generated_tokens / (time.perf_counter() - started))
        done = threading.Event()
        engine.call(work, lambda *_: done.set())
        done.wait()
        return timed[0]

    host_speed()
    api_speed(client, model, tokens)
    direct_runs, api_runs = [], []
    for _ in range(7):
        direct_runs.append(host_speed())
        api_runs.append(api_speed(client, model, tokens))
    ratio = statistics.median(api_runs) / statistics.median(direct_runs)
    report.note("RuntimeHost generation (median)", f"{statistics.median(direct_runs):.1f} tok/s")
    report.note("local API generation, openai client (median)", f"{statistics.median(api_runs):.1f} tok/s")
    report.check("local API generation / RuntimeHost", f"{ratio:.3f}×", "≥ 0.95×", ratio >= 0.95)

    results: dict[int, tuple[str, int]] = {}

    def ask(n: int) -> None:
        own = openai.OpenAI(base_url=api.address, api_key=KEY, max_retries=0, timeout=600)
        reply = own.chat.completions.create(model=model, messages=[{"role": "user", "content": f"Count to {n + 3}."}],
                                            max_tokens=32)
        results[n] = (reply.choices[0].finish_reason, reply.usage.completion_tokens)

    started = time.perf_counter()
    threads = [threading.Thread(target=ask, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    served = sum(1 for finish, count in results.values() if finish in ("stop", "length") and count > 0)
    report.check("four clients at once through the local API, all served", f"{served} of 4", "4 of 4", served == 4)
    report.note("four clients at once: wall time", f"{time.perf_counter() - started:.1f} s")
    api.stop()
    engine.close()


if __name__ == "__main__":
    sys.exit(main())
