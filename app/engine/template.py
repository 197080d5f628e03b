"""Turns a conversation into prompt tokens through the model's own chat template.

The template comes from the GGUF and renders in Jinja's immutable sandbox
(sandbox.py bounds it in time, size and depth). Message texts are swapped
for placeholders before rendering and tokenized on their own, as plain text,
afterwards: what a user types stays letters, so a typed `<|im_start|>` never
becomes a control token. Only the template's own text may hold control tokens.

A template that cannot be used (it does not compile, or runs past its
bounds, or breaks on an ordinary conversation) is replaced by a plain
ChatML template, for good, with a notice that take_notices() hands to the
runtime, which shows it with the model or the reply.
"""

from __future__ import annotations

import re

import jinja2

from app.engine.sandbox import BoundedTemplate, TemplateBudgetExceeded
from app.engine.types import EngineError, EngineNotice, PromptTooLong
from app.engine.vocab import Vocab

# For a model without a template; ChatML is what llama.cpp falls back to as well.
CHATML = ("{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
          "{{ message['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")

_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")


def _placeholder(i: int) -> str:
    return f"\ue000{i}\ue001"  # private-use characters: no real text contains them


class PromptBuilder:
    """Builds prompt tokens that fit a token limit; lives on the Runtime's thread."""

    def __init__(self, vocab: Vocab, template: str | None) -> None:
        self.vocab = vocab
        self._eos = vocab.token_text(vocab.eos)
        self._bos = vocab.token_text(vocab.bos)
        self._notices: list[EngineNotice] = []
        self.has_own_template = bool(template)
        self._template = BoundedTemplate(CHATML)
        if template:
            try:
                own = BoundedTemplate(template)
                # One ordinary turn, rendered now: a template that fails here would fail every reply.
                self._render_with(own, [{"role": "user", "content": _placeholder(0)}])
                self._template = own
            except Exception as exc:  # a broken or hostile template: anything it raises means "unusable"
                self._fall_back(exc)

    def take_notices(self) -> list[EngineNotice]:
        """Notices for the user since the last call (a template given up)."""
        notices, self._notices = self._notices, []
        return notices

    def build(self, messages: list[dict], limit: int) -> tuple[list[int], int]:
        """Tokens for the conversation and the number of old messages left out.

        When it is longer than limit, the oldest turns go first; the system
        prompt and the newest message always stay.
        """
        system = [m for m in messages[:1] if m["role"] == "system"]
        rest = messages[len(system):]
        dropped = 0
        while True:
            tokens = self.tokens(system + rest[dropped:])
            if len(tokens) <= limit:
                return tokens, dropped
            if dropped >= len(rest) - 1:
                raise PromptTooLong("too_long", needed=len(tokens), limit=limit)
            excess = len(tokens) - limit
            while excess > 0 and dropped < len(rest) - 1:
                excess -= len(self.vocab.tokenize(rest[dropped]["content"], False)) + 4
                dropped += 1
            # Keep the history starting at a question: many templates demand it.
            while dropped < len(rest) - 1 and rest[dropped]["role"] != "user":
                dropped += 1

    def tokens(self, messages: list[dict]) -> list[int]:
        """Render the template around placeholders, then tokenize piece by piece."""
        text = self._render(messages)
        tokens: list[int] = []
        at = 0
        for match in _PLACEHOLDER.finditer(text):
            index = int(match.group(1))
            if index >= len(messages):
                continue            # a placeholder the template made up: not a message
            tokens += self.vocab.tokenize(text[at:match.start()], True)
            tokens += self.vocab.tokenize(messages[index]["content"], False)
            at = match.end()
        tokens += self.vocab.tokenize(text[at:], True)
        if self.vocab.add_bos and self.vocab.bos >= 0 and tokens[:1] != [self.vocab.bos]:
            tokens.insert(0, self.vocab.bos)
        return tokens

    def _render(self, messages: list[dict]) -> str:
        stand_ins = [{"role": m["role"], "content": _placeholder(i)} for i, m in enumerate(messages)]
        try:
            return self._render_with(self._template, stand_ins)
        except jinja2.TemplateError as exc:
            # The template's own raise_exception() or a rule it checks: the conversation's shape.
            if messages and messages[0]["role"] == "system" and len(messages) > 1:
                # Some templates refuse a system role: fold it into the first question.
                first = dict(stand_ins[1], content=stand_ins[0]["content"] + "\n\n" + stand_ins[1]["content"])
                try:
                    return self._render_with(self._template, [first, *stand_ins[2:]])
                except jinja2.TemplateError:
                    pass
            raise EngineError("template_failed", detail=str(exc)) from exc
        except Exception as exc:  # past its bounds, or a bug in the template: give it up for good
            self._fall_back(exc)
            return self._render_with(self._template, stand_ins)

    def _render_with(self, template: BoundedTemplate, stand_ins: list[dict]) -> str:
        # enable_thinking=False: a model with a reasoning mode (Qwen3, the installers'
        # bundled model) answers directly; templates without the switch ignore it.
        return template.render(messages=stand_ins, eos_token=self._eos, bos_token=self._bos,
                               add_generation_prompt=True, enable_thinking=False)

    def _fall_back(self, exc: BaseException) -> None:
        if isinstance(exc, TemplateBudgetExceeded):
            why = str(exc)
        elif isinstance(exc, jinja2.TemplateSyntaxError):
            why = "it is not valid Jinja"
        else:
            why = f"it failed with {type(exc).__name__}"
        self._template = BoundedTemplate(CHATML)
        self.has_own_template = False
        self._notices.append(EngineNotice("template_fallback", why=why))   # why: English, a detail
