"""DownloadsView: the downloads strip at the bottom of the Models pane.

One row per download: name, progress, speed and time left, and Pause /
Resume / Cancel; a finished or failed one can be dismissed. Hidden when
there is nothing to show. GUI thread; jobs arrive through the controller's
job_changed signal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout

from app.library.downloads import (
    ACTIVE,
    CANCELLED,
    DONE,
    DOWNLOADING,
    FAILED,
    PAUSED,
    QUEUED,
    STARTING,
    VERIFYING,
    Download,
)
from app.ui.models.words import Words
from app.ui.sentences import number_text, sentence


class DownloadRow(QFrame):
    def __init__(self, job: Download, view: "DownloadsView") -> None:
        super().__init__(objectName="downloadRow")
        self.job, self.view = job, view
        self.words = Words(self)
        self.title = QLabel(objectName="downloadTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(objectName="downloadBar", textVisible=False, maximum=1000)
        self.bar.setFixedHeight(8)
        self.status = QLabel(objectName="downloadStatus", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.pause = QPushButton()
        self.cancel = QPushButton()
        self.dismiss = QPushButton()
        self.pause.clicked.connect(self.on_pause)
        self.cancel.clicked.connect(lambda: view.controller.queue.cancel(self.job))
        self.dismiss.clicked.connect(lambda: view.remove(self.job))
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(self.title)
        text.addWidget(self.bar)
        text.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(text, 1)
        for button in (self.pause, self.cancel, self.dismiss):
            layout.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_job()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_pause(self) -> None:
        queue = self.view.controller.queue
        if self.job.state in (PAUSED, FAILED):
            queue.resume(self.job)
        else:
            queue.pause(self.job)

    def show_job(self) -> None:
        job = self.job
        self.title.setText(job.title)
        self.bar.setValue(int(job.fraction * 1000))
        self.status.setText(self.describe(job))
        self.status.setProperty("kind", "error" if job.state == FAILED else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        resumable = job.state in (PAUSED, FAILED)
        self.pause.setText(self.tr("Resume") if resumable else self.tr("Pause"))
        self.pause.setVisible(job.state not in (DONE, CANCELLED, VERIFYING))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setVisible(job.state not in (DONE, CANCELLED))
        self.dismiss.setText(self.tr("Dismiss"))
        self.dismiss.setVisible(job.state in (DONE, CANCELLED, FAILED))
        for button, what in ((self.pause, self.pause.text()), (self.cancel, self.tr("Cancel")),
                             (self.dismiss, self.tr("Dismiss"))):
            button.setAccessibleName(self.tr("{0} the download of {1}").format(what, job.title))

    def describe(self, job: Download) -> str:
        words = self.words
        amount = self.tr("{0} of {1}").format(words.size(job.done_bytes), words.size(job.total_bytes)) \
            if job.total_bytes else words.size(job.done_bytes)
        if job.state == DOWNLOADING:
            parts = [amount, words.speed(job.speed), words.time_left(job.eta)]
            return " · ".join(p for p in parts if p)
        return {
            QUEUED: self.tr("Waiting for the downloads before it"),
            STARTING: self.tr("Asking the hub about the file…"),
            PAUSED: self.tr("Paused at {0}").format(amount),
            VERIFYING: self.tr("Checking the file ({0}%)…").format(number_text(round(job.fraction * 100))),
            DONE: self.tr("Downloaded and checked; it is in your models list."),
            CANCELLED: self.tr("Cancelled; the partial file was deleted."),
            FAILED: sentence(job.error) if job.error is not None else "",
        }.get(job.state, "")


class DownloadsView(QFrame):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent, objectName="downloadsView")
        self.controller = controller
        self.rows: dict[int, DownloadRow] = {}
        self.heading = QLabel(objectName="sectionTitle")
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows_layout)
        self.retranslate()
        controller.job_changed.connect(self.on_job_changed)
        for job in controller.queue.jobs():
            self.on_job_changed(job)
        self.setVisible(bool(self.rows))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Downloads"))
        self.setAccessibleName(self.tr("Downloads"))
        for row in self.rows.values():
            row.show_job()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_job_changed(self, job: Download) -> None:
        row = self.rows.get(id(job))
        if row is None:
            if job.state == CANCELLED:
                return
            row = DownloadRow(job, self)
            self.rows[id(job)] = row
            self.rows_layout.addWidget(row)
        row.show_job()
        self.setVisible(True)

    def remove(self, job: Download) -> None:
        self.controller.queue.remove(job)
        row = self.rows.pop(id(job), None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()
        self.setVisible(bool(self.rows))

    def active(self) -> bool:
        return any(r.job.state in ACTIVE for r in self.rows.values())
