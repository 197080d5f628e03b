"""CatalogView: the curated models as cards, best for this computer first. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.library.catalog import CatalogEntry, Ranked, ranked
from app.library.describe import parameters, writing_speed
from app.library.downloads import ACTIVE, CANCELLED, DONE, FAILED, QUEUED, DownloadRequest
from app.ui.models.words import Words
from app.ui.sentences import sentence


def _plain(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(objectName=name, wordWrap=wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class CatalogCard(QFrame):
    download_requested = Signal(object)     # CatalogEntry

    def __init__(self, row: Ranked, parent=None) -> None:
        super().__init__(parent, objectName="catalogCard")
        self.row = row
        self.words = Words(self)
        self.title = _plain(row.entry.name, "cardTitle")
        self.badge = _plain("", "recommendedBadge", wrap=False)
        self.setProperty("recommended", row.recommended)
        self.description = _plain("", "cardText")
        self.facts = _plain("", "cardFacts")
        self.licence = _plain("", "cardFacts")
        self.verdict = _plain("", "verdict")
        self.verdict.setProperty("verdict", row.advice.verdict)     # its colour comes from the theme (style.py)
        self.verdict.setProperty("slow", row.slow)                   # fits, but writes slower than people read
        self.button = QPushButton(objectName="cardDownload")
        self.button.clicked.connect(lambda: self.download_requested.emit(self.row.entry))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        foot = QHBoxLayout()
        foot.addWidget(self.verdict, 1)
        foot.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.description)
        layout.addWidget(self.facts)
        layout.addWidget(self.licence)
        layout.addLayout(foot)
        # Only now that the badge has a parent: shown without one, it would become a
        # window of its own and take the keyboard focus from the main window.
        self.badge.setVisible(row.recommended)
        self.state = ""
        self.offline = False
        self.retranslate()

    def retranslate(self) -> None:
        entry, advice = self.row.entry, self.row.advice
        self.badge.setText(self.tr("Recommended for this computer"))
        size = self.words.size(entry.download_size)
        if entry.size is None:
            size = self.tr("about {0}").format(size)
        self.description.setText(entry.description_in(QLocale().name().split("_")[0]))
        self.facts.setText(self.tr("{maker} · {params} parameters · {size} download · {quant}").format(
            maker=entry.maker, params=self.words.parameters(parameters(None, entry.parameters)), size=size,
            quant=entry.quantization))
        self.licence.setText(sentence(entry.licence_text))
        verdict = self.words.advice(advice)
        speed = writing_speed(advice.tokens_per_s)
        if speed is not None:
            verdict += self.tr("; {0}").format(sentence(speed))      # "writes about 4 words a second"
        elif self.row.slow:
            verdict += self.tr("; slow without a large graphics card")
        self.verdict.setText(verdict)
        self.set_state(self.state, self.offline)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_state(self, state: str, offline: bool = False) -> None:
        """"" (not here), "here", "queued" or "busy"."""
        self.state, self.offline = state, offline
        texts = {"here": self.tr("On this computer"), "busy": self.tr("Downloading…"), "queued": self.tr("Waiting…")}
        self.button.setText(texts.get(state, self.tr("Download")))
        self.button.setEnabled(state == "" and not offline)
        self.button.setAccessibleName(self.tr("Download {0}").format(self.row.entry.name))
        self.button.setToolTip(self.tr("Downloads are turned off: Tramontane is set to work offline only.")
                               if offline and state == "" else "")


class CatalogView(QWidget):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.cards: list[CatalogCard] = []
        self.hardware_label = _plain("", "paneHint")
        self.offline_label = _plain("", "offlineNote")
        error = controller.library.catalog_error
        self.error_label = _plain(sentence(error) if error else "", "paneError")
        self.grid_host = QWidget(objectName="catalogGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setSpacing(10)
        scroll = QScrollArea(objectName="catalogScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hardware_label)
        layout.addWidget(self.offline_label)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        self.error_label.setVisible(bool(controller.library.catalog_error))   # once it has a parent
        self.retranslate()
        controller.hardware_changed.connect(lambda _hw: self.rebuild())
        controller.models_changed.connect(lambda *_a: self.update_states())
        controller.job_changed.connect(lambda _job: self.update_states())
        controller.offline_changed.connect(lambda _off: self.update_states())
        self.rebuild()

    def retranslate(self) -> None:
        self.hardware_label.setText(self.tr("This computer: {0}. Models that fit come first.").format(
            sentence(self.controller.hardware.summary())))
        if self.controller.library.catalog_error:
            self.error_label.setText(sentence(self.controller.library.catalog_error))
        self.offline_label.setText(self.tr("Downloads are turned off because Tramontane is set to work offline "
                                           "only (Settings)."))
        self.setAccessibleName(self.tr("Model catalog"))
        for card in self.cards:
            card.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        columns = 2 if self.width() >= 860 else 1
        if columns != getattr(self, "_columns", 0):
            self._columns = columns
            self._place()

    def rebuild(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        rows = ranked(self.controller.library.catalog, self.controller.hardware)
        self.cards = [CatalogCard(row, self.grid_host) for row in rows]
        for card in self.cards:
            card.download_requested.connect(self.on_download)
        self._place()
        self.retranslate()
        self.update_states()

    def _place(self) -> None:
        columns = getattr(self, "_columns", 1) or 1
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)
        self.grid.setRowStretch(len(self.cards), 1)

    def update_states(self) -> None:
        offline = self.controller.offline_only
        self.offline_label.setVisible(offline)
        here = {m.path.name for m in self.controller.models}
        jobs = {(j.request.repo_id, j.request.paths[0]): j for j in self.controller.queue.jobs()}
        for card in self.cards:
            entry = card.row.entry
            job = jobs.get((entry.repo, entry.file))
            if entry.file in here:
                state = "here"
            elif job is not None and job.state in ACTIVE:
                state = "busy"
            elif job is not None and job.state == QUEUED:
                state = "queued"
            else:
                state = "" if job is None or job.state in (DONE, FAILED, CANCELLED) else "queued"
            card.set_state(state, offline)

    def on_download(self, entry: CatalogEntry) -> None:
        self.controller.download(DownloadRequest(
            entry.repo, (entry.file,), entry.revision, (entry.sha256,), entry.name, entry.licence,
            entry.approx_size or entry.size))
