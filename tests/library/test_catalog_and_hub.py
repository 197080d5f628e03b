"""The catalog and its advice on fake hardware; hub search and file lists over real HTTP."""

from __future__ import annotations

import json
import re

import pytest
from hubstandin import TOKEN

from app.engine.types import Device
from app.library.catalog import CatalogError, load_catalog, ranked
from app.library.describe import licence_words, parameters, quantization_words
from app.library.errors import HubError, TokenRequired
from app.library.fit import Hardware, advise

GB = 10**9


def office_pc(ram_free=6 * GB, gpu_free=0) -> Hardware:
    devices = (Device("CUDA0", "NVIDIA GeForce RTX 4060", "gpu", gpu_free, gpu_free + GB),) if gpu_free else ()
    return Hardware(ram_total=16 * GB, ram_available=ram_free, devices=devices)


def test_the_shipped_catalog_is_complete_and_honest():
    entries = load_catalog()
    assert 10 <= len(entries) <= 16
    makers = {e.maker for e in entries}
    assert {"Meta", "Google", "Microsoft", "Mistral AI"} <= makers
    assert sum(e.maker.startswith("Mistral AI") for e in entries) >= 3
    for e in entries:
        assert e.description.endswith(".") and len(e.description) < 130
        assert e.sha256 is None or re.fullmatch(r"[0-9a-f]{64}", e.sha256)
        assert (e.size is None) == (e.sha256 is None), "exact size and checksum come from the same record"
        if e.sha256 is None:
            assert e.approx_size and "checksum" in e.notes.lower() or "sha-256" in e.notes.lower()
        assert e.licence_text.code != "unknown"
        assert {language for language, _text in e.descriptions} == {"en", "fr", "de", "es"}


def test_damaged_catalog_gives_a_sentence(tmp_path):
    bad = tmp_path / "catalog.json"
    bad.write_text("{not json")
    with pytest.raises(CatalogError, match="damaged"):
        load_catalog(bad)
    entry = json.loads((load_catalog.__globals__["resources_dir"]() / "catalog.json").read_text())
    entry["models"][0]["file"] = "../../evil.gguf"
    bad.write_text(json.dumps(entry))
    with pytest.raises(CatalogError, match="damaged entry"):
        load_catalog(bad)


def test_fit_verdicts_in_words():
    fits = advise(2 * GB, 0, office_pc(ram_free=8 * GB))
    assert fits.verdict == "fits" and re.fullmatch(r"needs about 2\.\d GB, 7\.5 GB free", str(fits.reason))
    tight = advise(5 * GB, 0, office_pc(ram_free=6 * GB))
    assert tight.verdict == "tight" and "other programs may slow down" in str(tight.reason)
    no = advise(7 * GB, 0, office_pc(ram_free=3 * GB))
    assert no.verdict == "does not fit" and str(no.reason).startswith("needs about 6.8 GB, 2.8 GB free")
    gpu = advise(4 * GB, 0, office_pc(ram_free=2 * GB, gpu_free=8 * GB))
    assert gpu.verdict == "fits" and gpu.where == "graphics card"
    assert str(gpu.reason).endswith("on the graphics card")


def test_catalog_ranks_the_best_model_that_fits_first():
    entries = load_catalog()
    small = ranked(entries, office_pc(ram_free=4 * GB))
    assert small[0].recommended and small[0].advice.verdict == "fits"
    assert sum(r.recommended for r in small) == 1
    verdicts = [r.advice.rank for r in small]
    assert verdicts == sorted(verdicts)
    # the recommended one is the largest of those that fit comfortably
    fitting = [r.entry.download_size for r in small if r.advice.verdict == "fits"]
    assert small[0].entry.download_size == max(fitting)
    big = ranked(entries, office_pc(ram_free=12 * GB))
    assert big[0].entry.download_size > small[0].entry.download_size
    assert not big[0].slow
    with_gpu = ranked(entries, office_pc(ram_free=12 * GB, gpu_free=24 * GB))
    assert with_gpu[0].entry.id == "mistral-small-3.2" and with_gpu[0].advice.where == "graphics card"
    tiny = ranked(entries, office_pc(ram_free=GB // 2))
    assert not any(r.recommended for r in tiny)
    assert tiny[0].advice.verdict in ("tight", "does not fit")


def test_plain_words():
    assert str(parameters(134_515_008)) == "135 million" and str(parameters(3_212_749_888)) == "3.2 billion"
    assert str(parameters(None, "8B")) == "8 billion" and parameters(None, "") is None
    assert quantization_words("Q4_K_M").startswith("the usual choice")
    assert quantization_words("Q3_K_S") == "small, noticeably lower quality"
    assert "also at work and for business" in str(licence_words("apache-2.0"))
    assert "research" in str(licence_words("mrl")) and "business" in str(licence_words("mrl"))
    assert str(licence_words("")).startswith("Licence not stated")
    assert str(licence_words("my-own")) == "my-own: check the licence before using it at work"


def test_search_and_file_list_over_http(hub, make_library, starter_bytes):
    hub.add("standin/Mistral-7B-Instruct-GGUF", "Mistral-7B-Instruct.Q4_K_M.gguf", starter_bytes[:1000])
    hub.add("standin/Mistral-7B-Instruct-GGUF", "Mistral-7B-Instruct.Q8_0.gguf", starter_bytes[:2000])
    hub.add("standin/Mistral-7B-Instruct-GGUF", "Q2/Mistral-7B-Instruct.Q2_K-00001-of-00002.gguf", b"a" * 300)
    hub.add("standin/Mistral-7B-Instruct-GGUF", "Q2/Mistral-7B-Instruct.Q2_K-00002-of-00002.gguf", b"b" * 300)
    hub.add("standin/Mistral-7B-Instruct-GGUF", "mmproj-f16.gguf", b"p")
    hub.add("standin/Mistral-7B-Instruct-GGUF", "..\\evil.gguf", b"x")
    hub.add("standin/Other-GGUF", "other.Q4_0.gguf", b"o", licence="mrl")
    lib = make_library(hub)
    found = lib.hub.search("mistral")
    assert [r.id for r in found] == ["standin/Mistral-7B-Instruct-GGUF"]
    assert found[0].licence == "apache-2.0"
    files = lib.hub.repo_files(found[0].id)
    names = [f.paths[0] for f in files.files]
    assert names == ["Q2/Mistral-7B-Instruct.Q2_K-00001-of-00002.gguf", "Mistral-7B-Instruct.Q4_K_M.gguf",
                     "Mistral-7B-Instruct.Q8_0.gguf"]
    split = files.files[0]
    assert split.size == 600 and len(split.paths) == 2 and split.quantization == "Q2_K"
    assert split.filename == "Mistral-7B-Instruct.Q2_K-00001-of-00002.gguf"
    assert files.files[1].quantization_text.startswith("the usual choice")
    assert files.files[1].sha256[0] == hub.repos["standin/Mistral-7B-Instruct-GGUF"].files[
        "Mistral-7B-Instruct.Q4_K_M.gguf"].sha256
    assert len(files.refused) == 1 and "unsafe name" in str(files.refused[0])
    assert "research" in str(licence_words(lib.hub.repo_files("standin/Other-GGUF").repo.licence))
    assert lib.hub.search("   ") == []


def test_hub_errors_for_listing(hub, make_library, starter_bytes):
    hub.add("standin/Gated-GGUF", "g.Q4_K_M.gguf", b"g", gated=True)
    lib = make_library(hub)
    with pytest.raises(HubError, match="not found"):
        lib.hub.repo_files("standin/none")
    # As on the real hub, a gated repository's file list is public; its files are not.
    assert lib.hub.repo_files("standin/Gated-GGUF").repo.gated
    with pytest.raises(TokenRequired), lib.access.online():
        lib.hub.file_meta("standin/Gated-GGUF", "g.Q4_K_M.gguf")
    lib.tokens.set(TOKEN)
    with lib.access.online():
        assert lib.hub.file_meta("standin/Gated-GGUF", "g.Q4_K_M.gguf").size == 1
    with pytest.raises(HubError, match="not a valid model repository"):
        lib.hub.repo_files("../../etc")


def test_offline_only_refuses_search_without_a_request(hub, make_library):
    lib = make_library(hub, offline_only=True)
    with pytest.raises(HubError, match="offline only"):
        lib.hub.search("llama")
    assert hub.requests == []


def test_huggingface_hub_stays_offline_outside_a_user_action(hub, make_library):
    from huggingface_hub import HfApi, constants
    from huggingface_hub.errors import OfflineModeIsEnabled

    lib = make_library(hub)
    assert constants.HF_HUB_OFFLINE and constants.HF_HUB_DISABLE_XET
    with pytest.raises(OfflineModeIsEnabled):
        HfApi(endpoint=hub.url).model_info("standin/x")       # nobody opened the way
    with lib.access.online():
        assert not constants.HF_HUB_OFFLINE and lib.access.guard.is_open
    assert constants.HF_HUB_OFFLINE and not lib.access.guard.is_open
    assert hub.requests == []


def test_token_store_uses_the_keychain(make_library, memory_keyring):
    lib = make_library()
    assert lib.tokens.get() is None
    assert lib.tokens.set("  hf_abc  ") and lib.tokens.get() == "hf_abc"
    assert memory_keyring.secrets == {("Tramontane", "huggingface-token"): "hf_abc"}
    assert lib.tokens.clear() and lib.tokens.get() is None
