"""Customisation: what an assistant and documents add to a conversation's replies.

ChatSession asks it, when it has one, for the system text and worked
examples (the assistant's instructions, then the conversation's own, then
attached documents that fit in the context whole), the assistant's
generation settings (a layer under the conversation's own) and its LoRA
adapter, and for a reply job: a callable the engine runs on its own thread
just before the reply, which embeds the question, searches the
conversation's and the assistant's documents and puts the best passages
before the question. Embedding, search and the reply thus queue in order,
and the GUI thread never waits for them. The passages used, and the
attachments that went in whole, are saved with the reply as its sources.

Lives on the session's thread (the GUI's); ReplyJob.__call__ runs on the
engine thread, and only reads the store (any thread may).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from app.assistants import Assistant, AssistantLibrary
from app.documents.indexer import Embedder
from app.documents.search import search
from app.engine import EngineError, GenParams
from app.engine.types import ModelRef
from app.store import StoreError
from app.store.documents import FAILED, DocumentStore

log = logging.getLogger(__name__)

TOP_PASSAGES = 4
WHOLE_SHARE = 0.5          # of the context: attachments up to this go in whole, longer ones are searched
CHARS_PER_TOKEN = 3.5      # a cautious estimate for the whole-or-search choice only (the meter counts exactly)
RESERVE_TOKENS = 1024      # room kept for the reply (a quarter of a smaller context)
# Of a document that went in whole, the characters kept with each reply as its source: all of
# one that fits an 8,192-token context's share (12,544), the beginning of a longer one.
WHOLE_KEPT = 20_000


class ReplyJob:
    """The messages of one reply, made on the engine thread with the passages its question finds."""

    def __init__(self, messages: list[dict], docs: DocumentStore, collections: list[int],
                 embedder: Embedder | None, whole: list[dict] = ()) -> None:
        """whole: the sources of the attachments that went into the system text whole."""
        self.messages = messages
        self.sources: list[dict] = list(whole)
        self._docs, self._collections, self._embedder = docs, collections, embedder

    def __call__(self) -> list[dict]:
        if not self._collections:
            return self.messages
        question = self.messages[-1]["content"]
        vector = None
        if self._embedder is not None:
            try:
                vector = self._embedder.embed([self._embedder.query_prefix + question])[0]
            except (EngineError, IndexError, TypeError):
                log.info("question not embedded; searching by words only")
        try:
            passages = search(self._docs, self._collections, question, vector,
                              self._embedder.id if self._embedder else "", top=TOP_PASSAGES)
        except StoreError:
            return self.messages
        if not passages:
            return self.messages
        found = [{"n": n, "file": p.name, "page": p.page, "section": p.section, "text": p.text}
                 for n, p in enumerate(passages, start=1)]
        self.sources += found
        excerpts = "\n\n".join(f"[{s['n']}] {source_label(s)}\n{s['text']}" for s in found)
        last = dict(self.messages[-1])
        last["content"] = (f"Excerpts from my documents (cite them as [1], [2] … where you use them):\n\n"
                           f"{excerpts}\n\nMy question: {question}")
        return self.messages[:-1] + [last]


def source_label(source: dict) -> str:
    """"report.pdf, p. 3", "handbook.docx, Leave": for the model; the UI words its own."""
    where = f"p. {source['page']}" if source.get("page") else source.get("section") or ""
    return f"{source['file']}, {where}" if where else source["file"]


class Customisation:
    def __init__(self, assistants: AssistantLibrary, docs: DocumentStore,
                 embedder: Callable[[], Embedder | None] = lambda: None,
                 find_model: Callable[[str], ModelRef | None] = lambda _name: None) -> None:
        """embedder: the one to ask on the engine thread (None: words only);
        find_model: an assistant's preferred model on this computer, if it is here."""
        self.assistants = assistants
        self.docs = docs
        self._embedder = embedder
        self._find_model = find_model
        self.draft_assistant: str | None = None

    # -- which assistant ------------------------------------------------------------------

    def new_draft(self, assistant_id: str | None) -> ModelRef | None:
        """A new chat, with an assistant or none; returns the model it prefers, if here."""
        self.draft_assistant = assistant_id
        try:
            self.docs.drop_unsaved()
        except StoreError:
            pass
        assistant = self.assistants.get(assistant_id)
        return self._find_model(assistant.model) if assistant and assistant.model else None

    def adopt_draft(self, conversation_id: int) -> None:
        """The new chat was saved: it keeps its assistant and its attachments."""
        try:
            if self.draft_assistant:
                self.docs.set_assistant(conversation_id, self.draft_assistant)
            draft = self.docs.conversation_collection(None, create=False)
            if draft is not None:
                self.docs.adopt(draft, conversation_id)
        except StoreError as exc:
            log.warning("the new chat's assistant or attachments were not kept: %s", exc)

    def assistant_of(self, conversation_id: int | None) -> Assistant | None:
        if conversation_id is None:
            return self.assistants.get(self.draft_assistant)
        try:
            return self.assistants.get(self.docs.assistant(conversation_id))
        except StoreError:
            return None

    # -- what the reply gets ------------------------------------------------------------------

    def prompt(self, conversation_id: int | None, own_prompt: str, context_length: int) -> tuple[str, list[dict]]:
        """The system text and the worked examples for a conversation."""
        assistant = self.assistant_of(conversation_id)
        parts = [assistant.system_prompt.strip()] if assistant and assistant.system_prompt.strip() else []
        if own_prompt.strip():
            parts.append(own_prompt.strip())
        whole = self.whole_documents(conversation_id, context_length)
        if whole:
            parts.append("The user attached these documents:\n\n" + "\n\n".join(
                f"<document name=\"{name}\">\n{text}\n</document>" for name, text in whole))
        examples = []
        for question, answer in assistant.examples if assistant else ():
            examples += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
        return "\n\n".join(parts), examples

    def layer(self, conversation_id: int | None) -> dict:
        assistant = self.assistant_of(conversation_id)
        return dict(assistant.settings) if assistant else {}

    def adapt(self, conversation_id: int | None, params: GenParams) -> GenParams:
        assistant = self.assistant_of(conversation_id)
        if assistant is None or not assistant.adapter:
            return params
        return replace(params, adapter=assistant.adapter, adapter_scale=assistant.adapter_scale)

    def reply_job(self, conversation_id: int, messages: list[dict], context_length: int) -> ReplyJob | list[dict]:
        texts = self.whole_documents(conversation_id, context_length)      # read once, for both
        collections = self.searched_collections(conversation_id, attachments_whole=bool(texts))
        whole = [{"file": name, "whole": True, "cut": len(text) > WHOLE_KEPT, "text": text[:WHOLE_KEPT]}
                 for name, text in texts]
        if not collections and not whole:
            return messages
        return ReplyJob(messages, self.docs, collections, self._embedder() if collections else None, whole)

    def finished(self, message_id: int, job) -> None:
        if isinstance(job, ReplyJob) and job.sources:
            try:
                self.docs.set_sources(message_id, job.sources)
            except StoreError as exc:
                log.warning("a reply's sources were not saved: %s", exc)

    # -- documents -------------------------------------------------------------------------------

    def searched_collections(self, conversation_id: int | None, attachments_whole: bool) -> list[int]:
        """Collections a question is searched in: the assistant's knowledge, and the attachments
        unless they go whole (attachments_whole: whole_documents() gave them)."""
        out = []
        try:
            assistant = self.assistant_of(conversation_id)
            if assistant is not None and assistant.documents:
                out.append(self.docs.owned_collection("assistant", assistant.id))
            own = self.docs.conversation_collection(conversation_id, create=False)
            if own is not None and self.docs.files([own]) and not attachments_whole:
                out.append(own)
        except StoreError:
            return []
        return out

    def whole_documents(self, conversation_id: int | None, context_length: int) -> list[tuple[str, str]]:
        """(name, text) of every attachment when all of them fit the context's share; else none."""
        try:
            own = self.docs.conversation_collection(conversation_id, create=False)
            files = [f for f in self.docs.files([own]) if f.status != FAILED] if own is not None else []
        except StoreError:
            return []
        budget = max(0, context_length - min(RESERVE_TOKENS, context_length // 4)) * WHOLE_SHARE * CHARS_PER_TOKEN
        if not files or sum(f.chars for f in files) > budget:
            return []
        texts = [(f.name, self.docs.whole_text(f.id)) for f in files]
        return [(name, text) for name, text in texts if text] if all(text for _n, text in texts) else []
