"""Errors and the library's words, made below the UI in English, read in French.

The core raises codes and facts and the engine's child pickles them across;
the UI words them once (app/ui/sentences.py, app/ui/models/words.py) with
the French translation the app ships and the French way of writing numbers
and sizes. Nested errors are worded too.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.chat.notices import ChatNotice
from app.engine.gguf import GGUFError
from app.engine.types import ModelLoadError, PromptTooLong
from app.errors import Size
from app.library.describe import licence_words, parameters, writing_speed
from app.library.errors import LibraryError
from app.library.fit import Hardware, advise
from app.store.errors import StoreError
from app.ui.i18n import translations_dir
from app.ui.models.words import Words
from app.ui.sentences import sentence

GB = 2**30
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def french(qtbot):
    before = QLocale()
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "tramontane_fr.qm")), "run make translations"
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale("fr"))
    yield Words()
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def test_errors_from_the_store_library_and_engine_read_in_french(french):
    full = StoreError("disk_full", folder=Path("/home/anne/Tramontane"))
    assert sentence(full).startswith("Le disque qui contient /home/anne/Tramontane est plein")
    assert str(full).startswith("The disk that holds /home/anne/Tramontane is full")     # the log keeps English
    space = LibraryError("no_space_copy", needed=Size(5 * GB), free=Size(GB + GB // 2))
    assert sentence(space) == ("Il n'y a pas assez d'espace disque libre pour copier ce modèle" + NBSP + ": il lui "
                               "faut 5,0 Go et le disque n'a que 1,5 Go de libre.")
    too_long = PromptTooLong("too_long", needed=12345, limit=8192)
    assert f"12{NNBSP}345 jetons" in sentence(too_long) or f"12{NBSP}345 jetons" in sentence(too_long)


def test_a_nested_error_from_the_engines_child_is_worded_whole(french):
    crossed = pickle.loads(pickle.dumps(ModelLoadError("file", reason=GGUFError("not_gguf"))))
    notice = ChatNotice("load_failed", reason=crossed)
    assert sentence(notice) == "Le modèle n'a pas pu être chargé. Ce fichier n'est pas un fichier de modèle GGUF."


def test_the_models_pane_words_in_french(french):
    words = french
    assert words.parameters(parameters(134_515_008)) == "135 millions"
    assert words.parameters(parameters(1_000_000_000)) == "1 milliard"
    assert words.parameters(parameters(3_212_749_888)) == "3,2 milliards"
    assert words.parameters(parameters(None, "8B")) == "8 milliards"
    assert words.parameters(None) == "inconnu"
    assert words.context(8192).replace(NNBSP, " ").replace(NBSP, " ") == "8 192 jetons à la fois"
    assert words.size(98_362_432) == "93,8 Mo"
    assert words.time_left(180) == "environ 3 minutes restantes" and words.time_left(30).startswith("moins d'une")
    hardware = Hardware(16 * GB, 8 * GB, cores=4)
    assert words.advice(advise(GB // 2, 0, hardware)).startswith("Tient" + NBSP + ": demande environ")
    assert sentence(licence_words("apache-2.0")).startswith("Apache 2.0" + NBSP + ": utilisation libre")
    assert words.quantization("Q4_1") == "Q4_1" + NBSP + ": plus petit, qualité légèrement inférieure"
    assert sentence(writing_speed(5.5)) == "écrit environ 4 mots par seconde"
    assert sentence(hardware.summary()) == "16,0 Go de mémoire (8,0 Go libres)"
