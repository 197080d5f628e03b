"""Tiny LoRA adapters for the starter model, written with the `gguf` package the
way llama.cpp's convert_lora_to_gguf writes them (general.type "adapter",
adapter.type "lora", pairs of <tensor>.lora_a / .lora_b)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from gguf import GGUFReader, GGUFWriter


def make_lora(model: Path, out: Path, *, architecture: str | None = None, extra_width: int = 0,
              rank: int = 4, seed: int = 0, size: float = 0.05) -> Path:
    """An adapter on every layer's ffn_down; extra_width makes one for a wider model of the same kind."""
    reader = GGUFReader(model)
    arch = architecture or reader.fields["general.architecture"].contents()
    writer = GGUFWriter(out, arch)
    writer.add_string("general.type", "adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(rank))
    rng = np.random.default_rng(seed)
    for tensor in reader.tensors:
        if tensor.name.endswith("ffn_down.weight"):
            n_in, n_out = (int(d) for d in tensor.shape)            # ggml order: [in, out]
            a = rng.normal(0, size, (rank, n_in + extra_width)).astype(np.float32)   # numpy order: reversed
            b = rng.normal(0, size, (n_out, rank)).astype(np.float32)
            writer.add_tensor(tensor.name + ".lora_a", a)
            writer.add_tensor(tensor.name + ".lora_b", b)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return out
