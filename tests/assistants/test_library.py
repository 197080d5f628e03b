"""Assistants from the app, the organisation's folder and the user, as files on disk."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.assistants import BUILTIN, ORGANISATION, USER, Assistant, AssistantError, AssistantLibrary
from app.paths import resources_dir
from app.policy import load_policy

BUILTINS = resources_dir() / "assistants"


def library(tmp_path, org: Path | None = None, **kwargs) -> AssistantLibrary:
    return AssistantLibrary(BUILTINS, tmp_path / "user", org, **kwargs)


def test_the_built_in_assistants_speak_the_four_languages(tmp_path):
    names = {}
    for language in ("en", "fr", "de", "es"):
        lib = library(tmp_path, language=language)
        assistants = lib.load()
        assert lib.problems == []
        assert len(assistants) >= 4 and all(a.origin == BUILTIN and a.system_prompt for a in assistants)
        names[language] = {a.id: (a.name, a.description, a.system_prompt) for a in assistants}
    for language in ("fr", "de", "es"):
        for assistant_id, texts in names[language].items():
            assert all(t != e for t, e in zip(texts, names["en"][assistant_id], strict=True)), (language, assistant_id)


def write(folder: Path, name: str, content) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_the_organisations_assistants_are_read_only_and_bad_files_are_skipped_with_a_sentence(tmp_path):
    org = tmp_path / "share"
    write(org, "hr.json", {"tramontane_assistant": 1, "name": "HR policy helper", "icon": "shield",
                           "system_prompt": "Answer from the handbook.", "adapter": "hr-style.gguf",
                           "documents": ["handbook.pdf"], "settings": {"temperature": 0.3, "top_p": "high"}})
    write(org, "broken.json", "{not json")
    write(org, "wrong.json", {"tramontane_assistant": 1, "name": ["a list"]})
    write(org, "huge.json", {"tramontane_assistant": 1, "name": "x", "system_prompt": "y" * 300_000})
    lib = library(tmp_path, org)
    hr = next(a for a in lib.load() if a.origin == ORGANISATION)
    assert (hr.name, hr.icon, hr.settings) == ("HR policy helper", "shield", {"temperature": 0.3})
    assert hr.adapter == str(org / "hr-style.gguf") and hr.documents == (str(org / "handbook.pdf"),)
    assert sorted(e.params["name"] for e in lib.problems) == ["broken.json", "huge.json", "wrong.json"]
    assert all(e.params["name"] in str(e) and "skipped" in str(e) for e in lib.problems)
    with pytest.raises(AssistantError) as caught:
        lib.save(replace(hr, name="Mine now"))
    assert caught.value.code == "read_only"
    assert json.loads((org / "hr.json").read_text())["name"] == "HR policy helper"


def test_the_user_creates_edits_duplicates_deletes_exports_and_imports(tmp_path):
    lib = library(tmp_path)
    lib.load()
    mine = lib.save(Assistant(id="", origin=USER, name="Letter writer (French)", system_prompt="Écris en français.",
                              examples=(("Merci", "Je vous remercie vivement."),)))
    assert mine.editable and Path(mine.path).parent == tmp_path / "user"
    edited = lib.save(replace(mine, description="Formal letters"))
    assert edited.id == mine.id and library(tmp_path).load()[0].description == "Formal letters"
    copy = lib.duplicate(next(a.id for a in lib.all() if a.origin == BUILTIN))
    assert copy.editable and copy.name.endswith("(copy)")
    target = tmp_path / "shared" / "letter.json"
    lib.export(mine.id, target)
    lib.delete(mine.id)
    assert mine.id not in {a.id for a in library(tmp_path).load()}
    back = lib.import_file(target)
    assert (back.name, back.examples, back.origin) == ("Letter writer (French)", mine.examples, USER)
    with pytest.raises(AssistantError) as caught:
        lib.delete(next(a.id for a in lib.all() if a.origin == BUILTIN))
    assert caught.value.code == "built_in"


def test_when_the_policy_forbids_it_users_change_nothing(tmp_path):
    lib = library(tmp_path, may_edit=False)
    lib.load()
    for attempt in (lambda: lib.save(Assistant(id="", origin=USER, name="x")),
                    lambda: lib.duplicate(lib.all()[0].id)):
        with pytest.raises(AssistantError) as caught:
            attempt()
        assert caught.value.code == "not_allowed"


def test_the_policy_names_the_folder_and_fails_closed_on_editing(tmp_path):
    folder = tmp_path / "policy"
    folder.mkdir()
    share = str(tmp_path / "share")
    (folder / "policy.json").write_text(json.dumps({"lock": {"assistants_folder": share,
                                                             "users_may_edit_assistants": False}}))
    policy = load_policy([folder / "policy.json"], changeable=lambda _p: False)
    assert (policy.assistants_folder, policy.users_may_edit_assistants, policy.problems) == (share, False, ())
    (folder / "policy.json").write_text(json.dumps({"lock": {"users_may_edit_assistants": "no",
                                                             "assistants_folder": "relative/folder"}}))
    policy = load_policy([folder / "policy.json"], changeable=lambda _p: False)
    assert policy.users_may_edit_assistants is False and policy.assistants_folder == ""
    assert len(policy.problems) == 2
    assert load_policy([], changeable=lambda _p: False).users_may_edit_assistants is True
