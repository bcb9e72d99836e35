"""Records whose __init__ sets slots directly (models.slot_setting_init): the same records as the dataclass makes."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field
from typing import Any

import pytest

from attribution.engine.paragraph import Frame
from attribution.engine.quotes import Quote
from attribution.engine.roles import MentionParts
from attribution.engine.speakers import NameOccurrence, Speaker
from attribution.models import Kind, Span, Statement, slot_setting_init

_SPAN = Span(3, 9)

# A record of each class with every field given, positionally.
RECORDS: list[tuple[type, tuple[Any, ...]]] = [
    (Statement, ("a1", (_SPAN,), "text", Kind.MIXED, "Anna Berg", _SPAN, True, "mayor", "Halden council", "Norway",
                 "Halden Courier", "said", _SPAN, 0.48, False)),
    (Frame, ((_SPAN,), Kind.DIRECT, _SPAN, None, "said", True, 0.8, 4, True)),
    (MentionParts, ("the mayor", None, None, "mayor", "Halden council", None, None, "mayor", None, False)),
    (Speaker, ("Anna Berg", False, "mayor", None, "Norway", True)),
    (Quote, ((_SPAN, Span(12, 20)), True, False)),
    (NameOccurrence, (41, "Anna Berg", 50)),
]  # fmt: skip


def _values(record: Any) -> tuple[Any, ...]:
    return tuple(getattr(record, f.name) for f in dataclasses.fields(record))


def _generated(cls: type) -> type:
    """The same fields in a dataclass with the __init__ dataclasses generates."""
    own = [(f.name, f.type, field(default=f.default)) for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, own, frozen=True, slots=True)


@pytest.mark.parametrize(("cls", "values"), RECORDS, ids=[c.__name__ for c, _ in RECORDS])
def test_a_record_is_made_as_the_dataclass_makes_it(cls: type, values: tuple[Any, ...]) -> None:
    names = [f.name for f in dataclasses.fields(cls)]
    reference = _generated(cls)
    got = inspect.signature(cls).parameters
    want = inspect.signature(reference).parameters
    assert [(p.name, p.kind, p.default) for p in got.values()] == [(p.name, p.kind, p.default) for p in want.values()]
    record = cls(*values)
    assert _values(record) == values == _values(cls(**dict(zip(names, values, strict=True))))
    required = [v for v, p in zip(values, got.values(), strict=True) if p.default is inspect.Parameter.empty]
    assert _values(cls(*required)) == _values(reference(*required))  # the defaults
    assert record == cls(*values) and hash(record) == hash(cls(*values))
    assert pickle.loads(pickle.dumps(record)) == record
    assert dataclasses.replace(record, **{names[0]: values[1]}) == cls(values[1], *values[1:])
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, names[0], values[0])
    with pytest.raises(TypeError):
        cls(*required[:-1])  # a required field left out
    with pytest.raises(TypeError):
        cls(*values, unknown=1)
    with pytest.raises(TypeError):
        cls(*values, **{names[0]: values[0]})  # a field given twice


def _with_factory() -> type:
    @dataclass(frozen=True, slots=True)
    class WithFactory:
        a: int
        b: list[int] = field(default_factory=list)

    return WithFactory


def _not_in_init() -> type:
    @dataclass(frozen=True, slots=True)
    class NotInInit:
        a: int
        b: int = field(default=0, init=False)

    return NotInInit


def _keyword_only() -> type:
    @dataclass(frozen=True, slots=True, kw_only=True)
    class KeywordOnly:
        a: int

    return KeywordOnly


def _post_init() -> type:
    @dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            assert self.a >= 0

    return Checked


def _plain() -> type:
    @dataclass(frozen=True, slots=True)
    class Plain:
        a: int
        b: str = "x"

    return Plain


@pytest.mark.parametrize(
    ("make", "refused"),
    [(_with_factory, True), (_not_in_init, True), (_keyword_only, True), (_post_init, True), (_plain, False)],
)
def test_a_record_the_init_cannot_stand_for_is_refused_when_defined(make: Any, refused: bool) -> None:
    cls = make()
    if refused:
        with pytest.raises(TypeError, match="plain fields only"):
            slot_setting_init(cls)
        return
    made = slot_setting_init(cls)
    assert made is cls and _values(cls(1)) == (1, "x") and _values(cls(2, b="y")) == (2, "y")
