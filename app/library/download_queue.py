"""DownloadQueue: several downloads, one after another, on one thread.

Downloads run in the order they were asked for; pause, resume and cancel
work on running and waiting ones alike. Partial downloads left by an earlier
session come back as paused jobs (restore()). on_change(job) is called on
the queue's thread whenever a job changes; the GUI's adapter turns it into
a queued Qt signal. The thread is a daemon: closing the app mid-download
loses nothing, because what was fetched is already on disk with its marker.
Turning "offline only" on pauses every download at once (NetGuard.when_offline).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.library.downloads import ACTIVE, CANCELLED, DONE, FAILED, PAUSED, QUEUED, Download, Downloader, DownloadRequest


class DownloadQueue:
    def __init__(self, downloader: Downloader, on_change: Callable[[Download], None] = lambda job: None) -> None:
        self.downloader = downloader
        self.on_change = on_change
        self._jobs: list[Download] = []
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = False
        self._running: Download | None = None
        # "Offline only" switched on mid-download: the socket is already connected, so the
        # gate alone would not stop the bytes; pausing does, within one chunk.
        downloader.client.access.guard.when_offline(self.pause_all)

    # -- asked by the user (any thread) ----------------------------------------------

    def restore(self) -> list[Download]:
        """Bring back downloads an earlier session left unfinished, paused."""
        found = []
        with self._wake:
            known = {j.request.key() for j in self._jobs}
            for job in self.downloader.unfinished():
                if job.request.key() not in known:
                    self._jobs.append(job)
                    found.append(job)
        for job in found:
            self.on_change(job)
        return found

    def add(self, request: DownloadRequest) -> Download:
        """Queue a download (the same model twice is one job); UnsafeName if hostile."""
        request.check()
        with self._wake:
            for job in self._jobs:
                if job.request.key() == request.key() and job.state not in (DONE, CANCELLED):
                    if job.state in (PAUSED, FAILED):
                        job.state = QUEUED
                        self._start_locked()
                    break
            else:
                job = Download(request, total_bytes=request.approx_size or 0)
                self._jobs.append(job)
                self._start_locked()
        self.on_change(job)
        return job

    def pause(self, job: Download) -> None:
        with self._wake:
            if job.state == QUEUED:
                job.state = PAUSED
            elif job.state in ACTIVE:
                job.ask_stop("pause")
                return
            else:
                return
        self.on_change(job)

    def pause_all(self) -> None:
        """Pause the running download and every waiting one (any thread)."""
        for job in self.jobs():
            if job.state == QUEUED or job.state in ACTIVE:
                self.pause(job)

    def resume(self, job: Download) -> None:
        with self._wake:
            if job.state not in (PAUSED, FAILED):
                return
            job.state, job.error = QUEUED, None
            self._start_locked()
        self.on_change(job)

    def cancel(self, job: Download) -> None:
        """Stop and delete what was downloaded."""
        with self._wake:
            if job.state in ACTIVE:
                job.ask_stop("cancel")
                return
            if job.state in (DONE, CANCELLED):
                return
            job.state, job.done_bytes = CANCELLED, 0
        self.downloader.discard(job.request)
        self.on_change(job)

    def remove(self, job: Download) -> None:
        """Take a finished, failed or cancelled job off the list (failed ones keep their partial)."""
        with self._wake:
            if job.state in (DONE, CANCELLED, FAILED) and job in self._jobs:
                self._jobs.remove(job)

    def jobs(self) -> list[Download]:
        with self._wake:
            return list(self._jobs)

    def close(self, timeout: float = 5.0) -> None:
        """Pause the running download and let the thread end."""
        with self._wake:
            self._closing = True
            if self._running is not None:
                self._running.ask_stop("pause")
            self._wake.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    # -- the queue's thread -----------------------------------------------------------

    def _start_locked(self) -> None:
        self._wake.notify_all()
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="downloads", daemon=True)
            self._thread.start()

    def _next_locked(self) -> Download | None:
        return next((j for j in self._jobs if j.state == QUEUED), None)

    def _loop(self) -> None:
        while True:
            with self._wake:
                job = self._next_locked()
                while job is None and not self._closing:
                    self._wake.wait()
                    job = self._next_locked()
                if self._closing:
                    return
                self._running = job
            try:
                self.downloader.run(job, self.on_change)
            finally:
                with self._wake:
                    self._running = None
