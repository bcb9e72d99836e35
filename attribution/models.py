"""Typed records that flow through the pipeline. Offsets always index `Article.text` as read."""

from __future__ import annotations

import hashlib
from dataclasses import MISSING, dataclass, fields
from datetime import date
from enum import StrEnum
from operator import attrgetter
from typing import TypeVar

_Record = TypeVar("_Record", bound=type)


def slot_setting_init(cls: _Record) -> _Record:
    """Gives a frozen, slotted dataclass an __init__ that sets each field through its slot's own setter. The
    generated one calls object.__setattr__ per field (a look-up and a call of a slot wrapper each: most of the
    cost of a record), and the engine makes thousands of records per article. Same parameters, defaults and
    frozenness; a class with what this does not handle (a default factory, a field left out of __init__ or made
    keyword-only, a __post_init__) is refused when it is defined, never given a different __init__."""
    own = fields(cls)
    if hasattr(cls, "__post_init__") or any(f.default_factory is not MISSING or not f.init or f.kw_only for f in own):
        raise TypeError(f"{cls.__name__}: slot_setting_init handles plain fields only (no factory, init=False, "
                        "kw_only or __post_init__)")  # fmt: skip
    params = "".join(f", {f.name}" if f.default is MISSING else f", {f.name}=_default_{f.name}" for f in own)
    body = "".join(f"\n    _set_{f.name}(self, {f.name})" for f in own)
    namespace = {f"_set_{f.name}": getattr(cls, f.name).__set__ for f in own}
    namespace |= {f"_default_{f.name}": f.default for f in own if f.default is not MISSING}
    exec(f"def __init__(self{params}):{body or ' pass'}", namespace)  # as dataclasses makes its own
    init = namespace["__init__"]
    init.__annotations__ = cls.__init__.__annotations__
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls


def pickled_by_fields(cls: _Record) -> _Record:
    """Pickles a frozen, slotted dataclass as a call of the class with its fields in order (each field a positional
    parameter of __init__, as dataclasses and slot_setting_init make it). Its default pickling sets each field
    through object.__setattr__ when it is read back: half of what sending an ingest worker's statements back to
    the process that stores them cost, on both sides."""
    own = fields(cls)
    if len(own) < 2 or any(not f.init or f.kw_only for f in own):  # attrgetter of one name gives no tuple
        raise TypeError(f"{cls.__name__}: pickled_by_fields handles two or more positional fields only")
    get = attrgetter(*(f.name for f in own))
    cls.__reduce__ = lambda self: (cls, get(self))  # type: ignore[method-assign]
    return cls


class Kind(StrEnum):
    """How a statement is rendered: in the speaker's words, paraphrased, or a paraphrase quoting some words."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


@pickled_by_fields
@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range of code-point offsets into an article's text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written out rather than generated with a __post_init__: an article makes thousands of spans, and the
        # slots' own setters cost a third of the generated frozen __init__.
        if not 0 <= start <= end:
            raise ValueError(f"a span needs 0 <= start <= end, got {start}..{end}")
        _set_start(self, start)
        _set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


_set_start = Span.start.__set__  # the slots' setters, past the frozen class's __setattr__
_set_end = Span.end.__set__


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """A news article exactly as read; `publisher` is who published it, never a relay outlet."""

    id: str
    text: str
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None  # ISO 639-1 code ("en", "ru") as given or detected; None when unknown

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@pickled_by_fields
@slot_setting_init
@dataclass(frozen=True, slots=True)
class Statement:
    """One quoted or reported statement and who made it, to whom, in what capacity."""

    article_id: str
    spans: tuple[Span, ...]
    text: str
    kind: Kind
    speaker: str | None = None
    speaker_span: Span | None = None
    anonymous: bool = False
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    outlet: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    confidence: float = 0.5
    speech: bool = True  # a speech act ("said", "told"), not a belief, plan or perception ("thinks", "plans")

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end
