"""Turns a conversation into prompt tokens through the model's own chat template.

The template comes from the GGUF and renders in Jinja's immutable sandbox
(llama-cpp-python's Jinja2ChatFormatter). Message texts are swapped for
placeholders before rendering and tokenized on their own, as plain text,
afterwards: what a user types stays letters, so a typed `<|im_start|>` never
becomes a control token. Only the template's own text may hold control tokens.
"""

from __future__ import annotations

import re

import jinja2
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from app.engine.types import EngineError, PromptTooLong
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
        self.has_own_template = bool(template)
        self._formatter = Jinja2ChatFormatter(
            template=template or CHATML,
            eos_token=vocab.token_text(vocab.eos),
            bos_token=vocab.token_text(vocab.bos),
        )

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
                raise PromptTooLong(
                    f"This message is too long for the model: it needs {len(tokens):,} tokens "
                    f"and the model can read {limit:,}. Shorten it or raise the context length.")
            excess = len(tokens) - limit
            while excess > 0 and dropped < len(rest) - 1:
                excess -= len(self.vocab.tokenize(rest[dropped]["content"], False)) + 4
                dropped += 1
            # Keep the history starting at a question: many templates demand it.
            while dropped < len(rest) - 1 and rest[dropped]["role"] != "user":
                dropped += 1

    def tokens(self, messages: list[dict]) -> list[int]:
        """Render the template around placeholders, then tokenize piece by piece."""
        try:
            text = self._render(messages)
        except jinja2.TemplateError as exc:
            if messages and messages[0]["role"] == "system" and len(messages) > 1:
                # Some templates refuse a system role: fold it into the first question.
                first = dict(messages[1], content=messages[0]["content"] + "\n\n" + messages[1]["content"])
                return self.tokens([first, *messages[2:]])
            raise EngineError(f"This model's chat template failed on this conversation: {exc}") from exc
        tokens: list[int] = []
        at = 0
        for match in _PLACEHOLDER.finditer(text):
            tokens += self.vocab.tokenize(text[at:match.start()], True)
            tokens += self.vocab.tokenize(messages[int(match.group(1))]["content"], False)
            at = match.end()
        tokens += self.vocab.tokenize(text[at:], True)
        if self.vocab.add_bos and self.vocab.bos >= 0 and tokens[:1] != [self.vocab.bos]:
            tokens.insert(0, self.vocab.bos)
        return tokens

    def _render(self, messages: list[dict]) -> str:
        stand_ins = [{"role": m["role"], "content": _placeholder(i)} for i, m in enumerate(messages)]
        try:
            return self._formatter(messages=stand_ins).prompt
        except ValueError as exc:  # the template's raise_exception()
            raise jinja2.TemplateError(str(exc)) from exc
