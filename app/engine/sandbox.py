"""A chat template in Jinja's immutable sandbox, bounded in time, size and depth.

The template is code from the model file. Jinja's sandbox stops it from
reaching Python's insides, but not from running forever (nested loops),
filling memory ('x' * 10**10, a string doubled in a loop, a width of a
billion) or recursing without end (a macro calling itself). Here:

- time: a trace function on the template's own frames checks a deadline at
  every line, so a loop that writes nothing is stopped too (RENDER_SECONDS);
- size: every operator, call and filter that could make a large value is
  checked *before* it runs (a number argument over MAX_TEXT, a product,
  sum or join longer than MAX_TEXT, a format width of 7 digits), and the
  output is counted as it is produced;
- depth: macro calls nest at most MAX_DEPTH deep.

Any of these raises TemplateBudgetExceeded; the caller (template.py) then
gives the template up. No constant folding (optimized=False): nothing the
template says runs while it compiles. Runs on the engine's thread; tracing
is per thread and the previous tracer comes back afterwards.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import time
from datetime import datetime

import jinja2
from jinja2.ext import Extension, loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment

RENDER_SECONDS = 2.0           # a real template renders in a few milliseconds
MAX_TEXT = 1_000_000           # characters (or items) of any value the template makes, and of its output
MAX_DEPTH = 64                 # nested macro calls
MAX_INT_BITS = 4096            # integers beyond this are only good for burning time
_HUGE_WIDTH = re.compile(r"\d{7,}")
_FILENAME = "<template>"       # what Jinja names the code of a template compiled from a string


class TemplateBudgetExceeded(RuntimeError):
    """The template ran past a bound; str() says which, in words for a sentence."""


def _too_big(what: str) -> TemplateBudgetExceeded:
    return TemplateBudgetExceeded(f"it {what}")


def _size(value) -> int:
    return len(value) if isinstance(value, (str, bytes, list, tuple, dict, set)) else 0


def _check_number(value) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
        raise _too_big(f"asked for a number larger than {MAX_TEXT:,}")


def _check_arguments(args, kwargs) -> None:
    for value in (*args, *kwargs.values()):
        _check_number(value)
        if isinstance(value, (list, tuple)):
            for item in value[:64]:
                _check_number(item)


def _check_result(value):
    if _size(value) > MAX_TEXT:
        raise _too_big(f"made a text longer than {MAX_TEXT:,} characters")
    return value


def _check_format(text) -> None:
    if isinstance(text, str) and _HUGE_WIDTH.search(text) and ("%" in text or "{" in text):
        raise _too_big("asked for a field millions of characters wide")


def _guarded(func):
    """A filter or global that checks its arguments first and its result after.
    functools.wraps keeps Jinja's pass_context markers, so it is called as before."""
    @functools.wraps(func)
    def guarded(*args, **kwargs):
        _check_arguments(args, kwargs)
        return _check_result(func(*args, **kwargs))
    return guarded


def _guarded_format(func):
    @functools.wraps(func)
    def guarded(value, *args, **kwargs):
        _check_format(value)
        _check_arguments(args, kwargs)
        return _check_result(func(value, *args, **kwargs))
    return guarded


def _join(parts) -> str:
    parts = [str(p) for p in parts]
    if sum(map(len, parts)) > MAX_TEXT:
        raise _too_big(f"made a text longer than {MAX_TEXT:,} characters")
    return "".join(parts)


def _raise_exception(message: str):
    raise jinja2.TemplateError(str(message)[:500])


def _tojson(value, ensure_ascii=False, indent=None, separators=None, sort_keys=False) -> str:
    # As transformers renders templates: plain json.dumps, not Jinja's HTML-safe one.
    return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(str(fmt)[:100])


class _GenerationTags(Extension):
    """Reads past transformers' {% generation %} ... {% endgeneration %} markers."""
    tags = {"generation"}

    def parse(self, parser):
        parser.stream.skip(1)
        return parser.parse_statements(("name:endgeneration",), drop_needle=True)


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%", "//"})
    concat = staticmethod(_join)

    def __init__(self) -> None:
        super().__init__(loader=jinja2.BaseLoader(), trim_blocks=True, lstrip_blocks=True, optimized=False,
                         extensions=[_GenerationTags, loopcontrols])
        self.filters["tojson"] = _tojson
        self.filters = {name: (_guarded_format(f) if name == "format" else _guarded(f))
                        for name, f in self.filters.items()}
        self.globals = {name: _guarded(f) if callable(f) else f for name, f in self.globals.items()}
        self.globals.update(raise_exception=_raise_exception, strftime_now=_guarded(_strftime_now))

    def call_binop(self, context, operator, left, right):
        if operator == "*":
            for count, other in ((left, right), (right, left)):
                if isinstance(count, int) and _size(other) and _size(other) * count > MAX_TEXT:
                    raise _too_big(f"made a text longer than {MAX_TEXT:,} characters")
            if isinstance(left, int) and isinstance(right, int) and (
                    abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS):
                raise _too_big("made a number too large to write")
        elif operator == "**":
            if (isinstance(left, int) and isinstance(right, int) and right > 0
                    and max(abs(left).bit_length(), 1) * right > MAX_INT_BITS):
                raise _too_big("made a number too large to write")
        elif operator == "+":
            if _size(left) + _size(right) > MAX_TEXT:
                raise _too_big(f"made a text longer than {MAX_TEXT:,} characters")
        elif operator == "%":
            _check_format(left)
            _check_arguments(right if isinstance(right, tuple) else (right,), {})
        return _check_result(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        _check_arguments(args, kwargs)
        return _check_result(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value):
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        _check_format(value.__self__)
        return _guarded(wrapper)


class BoundedTemplate:
    """One compiled template; render() is bounded. Compiling raises what Jinja raises."""

    def __init__(self, source: str) -> None:
        self._template = _Sandbox().from_string(source)
        # "a ~ b" compiles to str_join (markup_join with autoescape, which is off), looked up in the
        # template's own module.
        namespace = self._template.root_render_func.__globals__
        namespace["str_join"] = namespace["markup_join"] = _join

    def render(self, **context) -> str:
        deadline = time.monotonic() + RENDER_SECONDS
        depth = 0

        def in_template(frame, event, arg):
            nonlocal depth
            if event == "line":
                if time.monotonic() > deadline:
                    raise _too_big(f"took longer than {RENDER_SECONDS:g} seconds")
            elif event == "return":
                depth -= 1
            return in_template

        def on_call(frame, event, arg):
            nonlocal depth
            if frame.f_code.co_filename != _FILENAME:
                return None                     # Jinja's and Python's own code: not traced
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_big(f"called itself more than {MAX_DEPTH} deep")
            if time.monotonic() > deadline:
                raise _too_big(f"took longer than {RENDER_SECONDS:g} seconds")
            return in_template

        before = sys.gettrace()
        sys.settrace(on_call)
        try:
            pieces, size = [], 0
            for piece in self._template.generate(**context):
                size += len(piece)
                if size > MAX_TEXT:
                    raise _too_big(f"wrote more than {MAX_TEXT:,} characters")
                pieces.append(piece)
            return "".join(pieces)
        except RecursionError:
            raise _too_big("called itself without end") from None
        finally:
            sys.settrace(before)
