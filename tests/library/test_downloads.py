"""Downloads over real HTTP from the hub stand-in, with the real starter model."""

from __future__ import annotations

import hashlib
import threading
import time

import pytest
from hubstandin import TOKEN
from huggingface_hub import constants

from app.library.download_queue import DownloadQueue
from app.library.downloads import CANCELLED, DONE, FAILED, PAUSED, Download, DownloadRequest
from app.library.safety import UnsafeName

REPO = "standin/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def request(**extra) -> DownloadRequest:
    return DownloadRequest(REPO, (extra.pop("path", FILE),), title="SmolLM2 135M", licence="apache-2.0", **extra)


def run(lib, req: DownloadRequest) -> Download:
    job = Download(req)
    lib.downloader.run(job)
    return job


def listed(lib) -> list[str]:
    return [m.path.name for m in lib.scanner.scan().models]


def no_partials(lib) -> bool:
    partial = lib.models_dir / ".partial"
    return not partial.exists() or not any(partial.iterdir())


def test_download_completes_is_verified_and_listed(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes)
    lib = make_library(hub)
    seen = []
    job = Download(request())
    lib.downloader.run(job, lambda j: seen.append(j.state))
    assert job.state == DONE, job.error
    assert job.result == lib.models_dir / FILE
    assert hashlib.sha256(job.result.read_bytes()).hexdigest() == hashlib.sha256(starter_bytes).hexdigest()
    assert listed(lib) == [FILE]
    assert "verifying" in seen and seen[-1] == DONE
    assert no_partials(lib)
    # The hub redirected to its storage host; the bytes came from there, with no token.
    assert hub.seen("GET", "/cdn/") and all("authorization" not in h for h in hub.seen("GET", "/cdn/"))
    model = lib.scanner.scan().models[0]
    assert model.licence == "apache-2.0" and model.deletable


def test_connection_cut_halfway_resumes_to_a_verified_file(hub, make_library, starter_bytes):
    half = len(starter_bytes) // 2
    hub.add(REPO, FILE, starter_bytes, cut_once_at=half)
    lib = make_library(hub)
    job = run(lib, request())
    assert job.state == DONE, job.error
    ranges = [h.get("range") for h in hub.seen("GET", "/cdn/") if h.get("range")]
    # It went on from the last whole chunk it had written, not from the start.
    assert ranges and int(ranges[0].split("=")[1].split("-")[0]) >= half - constants.DOWNLOAD_CHUNK_SIZE
    assert listed(lib) == [FILE]


def test_wrong_bytes_of_the_right_size_are_rejected_and_deleted(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes, wrong_bytes=True)
    lib = make_library(hub)
    job = run(lib, request())
    assert job.state == FAILED
    assert "did not match its published checksum" in str(job.error)
    assert listed(lib) == [] and no_partials(lib)


def test_catalog_checksum_that_differs_from_the_hub_refuses_before_downloading(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes)
    lib = make_library(hub)
    job = run(lib, request(sha256=("0" * 64,)))
    assert job.state == FAILED and "checksum differs" in str(job.error)
    assert not hub.seen("GET", "/cdn/") and listed(lib) == []


@pytest.mark.parametrize("status, words", [(404, "not found"), (500, "error 500"), (403, "access token")])
def test_hub_errors_give_sentences(hub, make_library, starter_bytes, status, words):
    hub.add(REPO, FILE, starter_bytes, status=status)
    lib = make_library(hub)
    job = run(lib, request())
    assert job.state == FAILED
    assert words in str(job.error) and str(job.error).endswith(".") and "Traceback" not in str(job.error)
    assert listed(lib) == []


def test_missing_file_and_missing_repository(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes)
    lib = make_library(hub)
    assert "no longer on the hub" in str(run(lib, request(path="Other.Q4_K_M.gguf")).error)
    job = run(lib, DownloadRequest("nobody/nothing-GGUF", (FILE,)))
    assert job.state == FAILED and "not found" in str(job.error)


def test_a_hub_that_does_not_answer_times_out_with_a_sentence(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes, hang=5)
    lib = make_library(hub)
    lib.hub.timeout = 0.5
    job = run(lib, request())
    assert job.state == FAILED and "did not answer in time" in str(job.error)


def test_unreachable_hub(make_library):
    lib = make_library(None)      # nothing listens on port 9
    job = run(lib, request())
    assert job.state == FAILED and "could not be reached" in str(job.error)


@pytest.mark.parametrize("name", ["../evil.gguf", "/etc/evil.gguf", "dir\\evil.gguf", "C:evil.gguf",
                                  "a/../../evil.gguf", "evil.exe"])
def test_hostile_file_names_are_refused(hub, make_library, starter_bytes, name):
    hub.add(REPO, name, starter_bytes)
    lib = make_library(hub)
    with pytest.raises(UnsafeName):
        DownloadQueue(lib.downloader).add(request(path=name))
    job = run(lib, request(path=name))
    assert job.state == FAILED and ("unsafe name" in str(job.error) or "not a GGUF" in str(job.error))
    assert not hub.requests                       # refused before anything was asked
    assert not (lib.models_dir.parent / "evil.gguf").exists()


def test_gated_model_needs_the_token_from_the_keychain(hub, make_library, starter_bytes, memory_keyring):
    hub.add(REPO, FILE, starter_bytes, gated=True)
    lib = make_library(hub)
    job = run(lib, request())
    assert job.state == FAILED and job.needs_token and "access token" in str(job.error)
    assert lib.tokens.set(TOKEN)
    assert ("Tramontane", "huggingface-token") in memory_keyring.secrets
    job = run(lib, request())
    assert job.state == DONE, job.error
    resolve = hub.seen("HEAD", f"/{REPO}/resolve/")
    assert resolve[-1].get("authorization") == f"Bearer {TOKEN}"
    assert all("authorization" not in h for h in hub.seen("GET", "/cdn/"))   # never to the storage host
    lib.tokens.set("hf_wrong")                    # a mistyped token is refused, in words
    job = run(lib, request())
    assert job.state == FAILED and job.needs_token and "access token" in str(job.error)
    assert listed(lib) == [FILE]


def test_not_enough_disk_space_is_said_before_downloading(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes)
    lib = make_library(hub)
    lib.downloader._free = lambda folder: 10 * 10**6
    job = run(lib, request())
    assert job.state == FAILED and "not enough free disk space" in str(job.error)
    # Sizes as Windows Explorer counts them (1 MB = 1024² bytes): 98,362,432 bytes are 93.8 MB.
    assert "needs 93.8 MB more" in str(job.error) and "9.5 MB free" in str(job.error)
    assert not hub.seen("GET", "/cdn/")


def test_offline_only_never_contacts_the_hub(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes)
    lib = make_library(hub, offline_only=True)
    job = run(lib, request())
    assert job.state == FAILED and "offline only" in str(job.error)
    assert hub.requests == []


def _wait(predicate, seconds=30.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_pause_resume_cancel_and_queue_order(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes, delay=0.01)
    hub.add("standin/second-GGUF", "second.Q4_1.gguf", starter_bytes)
    lib = make_library(hub)
    changes = []
    queue = DownloadQueue(lib.downloader, lambda j: changes.append((j.title, j.state)))
    first = queue.add(request())
    second = queue.add(DownloadRequest("standin/second-GGUF", ("second.Q4_1.gguf",), title="second"))
    assert queue.add(request()) is first                         # the same model twice is one job
    assert _wait(lambda: first.done_bytes > len(starter_bytes) // 5)
    assert second.state == "queued"                                # one at a time, in order
    queue.pause(first)
    assert _wait(lambda: first.state == PAUSED)
    kept = first.done_bytes
    assert 0 < kept < len(starter_bytes)
    assert _wait(lambda: second.state == DONE)                     # the next one went ahead
    hub.gate.set()                                                 # the network is fast again
    queue.resume(first)
    assert _wait(lambda: first.state == DONE), first.error
    ranges = [h.get("range") for h in hub.seen("GET", f"/cdn/{REPO}") if h.get("range")]
    assert ranges, "resume must continue with a Range request"
    assert sorted(listed(lib)) == [FILE, "second.Q4_1.gguf"]
    third = queue.add(DownloadRequest("standin/second-GGUF", ("second.Q4_1.gguf",), title="again"))
    queue.cancel(third)
    assert _wait(lambda: third.state == CANCELLED)
    assert no_partials(lib)
    queue.close()


def test_offline_mode_pauses_a_running_download_at_once(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes, delay=0.01)
    lib = make_library(hub)
    queue = DownloadQueue(lib.downloader)
    job = queue.add(request())
    waiting = queue.add(DownloadRequest("standin/none-GGUF", ("none.Q4_1.gguf",), title="waiting"))
    assert _wait(lambda: job.done_bytes > 0)
    lib.access.guard.offline_only = True            # what Settings → Privacy does
    assert _wait(lambda: job.state == PAUSED)
    part = lib.downloader.part_path(job.request, 0)
    assert waiting.state == PAUSED and job.done_bytes < len(starter_bytes)
    assert part.stat().st_size == job.done_bytes    # nothing arrives once paused
    queue.resume(job)                               # offline: resuming fails with a sentence, bytes kept
    assert _wait(lambda: job.state == "failed") and "offline" in str(job.error)
    assert part.stat().st_size > 0
    queue.close()


def test_resume_after_the_app_was_closed(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes, delay=0.01)
    lib = make_library(hub)
    queue = DownloadQueue(lib.downloader)
    job = queue.add(request())
    assert _wait(lambda: job.done_bytes > len(starter_bytes) // 4)
    queue.close()                                                  # the app quits mid-download
    assert job.state == PAUSED and listed(lib) == []
    hub.gate.set()

    later = make_library(hub)                                      # the next session
    queue = DownloadQueue(later.downloader)
    restored = queue.restore()
    assert len(restored) == 1 and restored[0].state == PAUSED
    assert restored[0].done_bytes >= job.done_bytes > 0 and restored[0].title == "SmolLM2 135M"
    queue.resume(restored[0])
    assert _wait(lambda: restored[0].state == DONE), restored[0].error
    assert listed(later) == [FILE]
    ranges = [h["range"] for h in hub.seen("GET", "/cdn/") if h.get("range")]
    assert ranges and int(ranges[-1].split("=")[1].split("-")[0]) >= job.done_bytes - constants.DOWNLOAD_CHUNK_SIZE
    queue.close()


def test_cancel_deletes_the_partial_download(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes, delay=0.01)
    lib = make_library(hub)
    queue = DownloadQueue(lib.downloader)
    job = queue.add(request())
    assert _wait(lambda: job.done_bytes > 0)
    queue.cancel(job)
    assert _wait(lambda: job.state == CANCELLED)
    assert no_partials(lib) and listed(lib) == []
    queue.close()


def test_progress_reports_speed_and_time_left(hub, make_library, starter_bytes):
    hub.add(REPO, FILE, starter_bytes, delay=0.005)
    lib = make_library(hub)
    samples = []
    done = threading.Event()

    def on_change(job):
        if job.state == "downloading" and job.speed:
            samples.append((job.speed, job.eta, job.fraction))
        if job.state in (DONE, FAILED):
            done.set()

    queue = DownloadQueue(lib.downloader, on_change)
    queue.add(request())
    assert done.wait(60)
    assert samples, "no progress with a speed was reported"
    speed, eta, fraction = samples[-1]
    assert speed > 0 and eta is not None and eta >= 0 and 0 < fraction <= 1
    queue.close()
