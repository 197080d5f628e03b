"""Models on this computer: scan, import (copy or in place), split models, delete."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from app.library.errors import LibraryError
from app.library.local import BUNDLED, LINKED, OWN, SHARED


def u32(n): return struct.pack("<I", n)
def u64(n): return struct.pack("<Q", n)
def gstr(t): return u64(len(t.encode())) + t.encode()
def kv_str(k, v): return gstr(k) + u32(8) + gstr(v)
def kv_u32(k, v): return gstr(k) + u32(4) + u32(v)
def kv_u16(k, v): return gstr(k) + u32(2) + struct.pack("<H", v)


def tiny_part(number: int, count: int) -> bytes:
    """One part of a split GGUF model: a real header with split.no/split.count and one tensor."""
    kvs = [kv_str("general.architecture", "llama"), kv_u32("llama.context_length", 2048),
           kv_u32("llama.block_count", 2), kv_u32("llama.embedding_length", 8),
           kv_u32("llama.attention.head_count", 2), kv_u16("split.no", number - 1), kv_u16("split.count", count)]
    tensor = gstr(f"w{number}") + u32(2) + u64(4) + u64(2) + u32(0) + u64(0)
    body = b"GGUF" + u32(3) + u64(1) + u64(len(kvs)) + b"".join(kvs) + tensor
    return body + b"\0" * (-len(body) % 32) + bytes(32)


def write_split(folder: Path, base: str = "Tiny-Split.Q4_K_M", count: int = 3, skip: int | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / f"{base}-{n:05d}-of-{count:05d}.gguf"
        if n != skip:
            path.write_bytes(tiny_part(n, count))
        paths.append(path)
    return paths


def test_scan_lists_models_with_their_details(make_library, starter_model, tmp_path):
    lib = make_library()
    (lib.models_dir / "Starter.Q4_1.gguf").write_bytes(Path(starter_model).read_bytes())
    (lib.models_dir / "notes.gguf").write_text("not a model")
    (lib.models_dir / "cut.gguf").write_bytes(Path(starter_model).read_bytes()[:5_000_000])
    result = lib.scanner.scan()
    assert [m.name for m in result.models] == ["Starter"]
    model = result.models[0]
    assert model.size == Path(starter_model).stat().st_size and model.place == OWN and model.deletable
    assert model.parameter_count == 134515008 and model.quantization == "Q4_1"
    assert model.context_length == 8192 and model.licence == "apache-2.0"
    problems = {p.path.name: p.sentence for p in result.problems}
    assert "not a GGUF model file" in problems["notes.gguf"]
    assert "incomplete" in problems["cut.gguf"]


def test_shared_and_bundled_folders_are_listed_but_never_deletable(make_library, starter_model, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    (share / "Shared.Q4_1.gguf").write_bytes(Path(starter_model).read_bytes())
    lib = make_library(shared=[share, tmp_path / "away"])      # a share that is not there is skipped
    (lib.scanner.bundled_dir / "Bundled.Q4_1.gguf").write_bytes(Path(starter_model).read_bytes())
    models = {m.name: m for m in lib.scanner.scan().models}
    assert models["Shared"].place == SHARED and models["Bundled"].place == BUNDLED
    for model in models.values():
        assert not model.deletable
        with pytest.raises(LibraryError, match="does not manage"):
            lib.importer.delete_model(model)
        assert model.path.exists()


def test_split_model_counts_once_with_its_whole_size(make_library):
    lib = make_library()
    parts = write_split(lib.models_dir)
    models = lib.scanner.scan().models
    assert len(models) == 1
    assert models[0].path == parts[0] and models[0].parts == tuple(parts)
    assert models[0].size == sum(p.stat().st_size for p in parts)
    assert models[0].name == "Tiny Split"


def test_split_model_with_a_missing_part_is_not_listed(make_library):
    lib = make_library()
    write_split(lib.models_dir, skip=2)
    result = lib.scanner.scan()
    assert result.models == []
    assert "Part 2 of 3" in result.problems[0].sentence


def test_import_copies_a_valid_model_with_progress(make_library, starter_model):
    lib = make_library()
    seen = []
    path = lib.importer.import_model(Path(starter_model), copy=True, progress=lambda d, t: seen.append((d, t)))
    assert path.parent == lib.models_dir and path.read_bytes() == Path(starter_model).read_bytes()
    assert seen[-1][0] == seen[-1][1] == Path(starter_model).stat().st_size and len(seen) > 3
    assert [m.path for m in lib.scanner.scan().models] == [path]
    again = lib.importer.import_model(Path(starter_model), copy=True)
    assert again.name == "SmolLM2-135M-Instruct.Q4_1 (2).gguf"     # never overwrites


def test_import_refuses_a_file_that_is_not_a_model(make_library, tmp_path):
    lib = make_library()
    bad = tmp_path / "report.gguf"
    bad.write_bytes(b"%PDF-1.7 not a model at all" * 100)
    with pytest.raises(LibraryError) as caught:
        lib.importer.import_model(bad, copy=True)
    assert str(caught.value) == "report.gguf cannot be used: This file is not a GGUF model file."
    assert lib.scanner.scan().models == [] and not list(lib.models_dir.glob("*.gguf"))


def test_import_in_place_lists_the_file_and_delete_only_unlists_it(make_library, starter_model, tmp_path):
    lib = make_library()
    outside = tmp_path / "usb" / "Mine.Q4_1.gguf"
    outside.parent.mkdir()
    outside.write_bytes(Path(starter_model).read_bytes())
    assert lib.importer.import_model(outside, copy=False) == outside
    model = lib.scanner.scan().models[0]
    assert model.place == LINKED and not model.deletable
    lib.importer.delete_model(model)
    assert outside.exists() and lib.scanner.scan().models == []


def test_import_a_split_model_copies_every_part(make_library, tmp_path):
    lib = make_library()
    parts = write_split(tmp_path / "incoming", count=2)
    path = lib.importer.import_model(parts[0], copy=True)
    assert path == lib.models_dir / parts[0].name
    assert (lib.models_dir / parts[1].name).read_bytes() == parts[1].read_bytes()
    assert len(lib.scanner.scan().models) == 1


def test_import_with_too_little_disk_space_adds_nothing(make_library, starter_model):
    lib = make_library()
    lib.importer._free = lambda folder: 1000
    with pytest.raises(LibraryError, match="not enough free disk space"):
        lib.importer.import_model(Path(starter_model), copy=True)
    assert lib.scanner.scan().models == []


def test_cancelled_copy_leaves_nothing_behind(make_library, starter_model):
    lib = make_library()
    with pytest.raises(LibraryError, match="cancelled"):
        lib.importer.import_model(Path(starter_model), copy=True, should_stop=lambda: True)
    assert not list(lib.models_dir.rglob("*.gguf*"))


def test_delete_removes_every_part_of_an_own_model(make_library):
    lib = make_library()
    parts = write_split(lib.models_dir, count=2)
    lib.importer.delete_model(lib.scanner.scan().models[0])
    assert not any(p.exists() for p in parts)


def test_the_header_cache_keeps_only_what_the_last_scan_saw_and_is_bounded(make_library, monkeypatch):
    monkeypatch.setattr("app.library.local.MAX_CACHED", 4)
    lib = make_library()
    for i in range(6):
        (lib.models_dir / f"Tiny{i}.Q4_K_M.gguf").write_bytes(tiny_part(1, 1))
    assert len(lib.scanner.scan().models) == 6
    assert len(lib.scanner._cache) <= 4                 # bounded, however many files a folder holds
    for i in range(5):
        (lib.models_dir / f"Tiny{i}.Q4_K_M.gguf").unlink()
    assert len(lib.scanner.scan().models) == 1
    assert list(lib.scanner._cache) == [(lib.models_dir / "Tiny5.Q4_K_M.gguf").resolve()]   # the gone ones left it
