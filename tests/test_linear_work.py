"""The engine's work grows linearly with a paragraph's length, counted in Python calls rather than timed.

A paragraph without newlines, four times as long, must cost about four times the calls: a pass that
compares every frame with every other (quadratic) makes the ratio climb towards 16.
"""

from __future__ import annotations

import pytest

from attribution.engine import lexicons, pipeline
from conftest import count_calls

# One invented sentence pattern per construction whose frames are compared with their neighbours.
UNITS = {
    "quote then cue": '"We will keep at the harbour plan," the councillor said. '
    "Clerks told the Gazette that work went on. ",
    "relayed reports": "The vote moves to Monday, Interfax reported, citing an aide. "
    "Ms. Odum said it was fine, according to TASS. ",
    "signed quotations": '"Nothing is settled yet." ― Anna Berg. "We wait." ― Tom Reed, ',
    "announced quotations": 'The radio reported: Okafor added: "We are ready," she said, "to talk." ',
    "names to resolve": "Priya Lindqvist said the fees would rise. Lindqvist said the bus would run. ",
}
SHORT, LONG = 40, 160


def _calls(text: str, lex: lexicons.Lexicon) -> int:
    count, found = count_calls(lambda: pipeline.extract(text, lexicon=lex))
    assert found, "the pattern must yield statements, or the count measures nothing"
    return count


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_a_four_times_longer_paragraph_costs_about_four_times_the_calls(unit: str) -> None:
    lex = lexicons.load()
    short, long = _calls(unit * SHORT, lex), _calls(unit * LONG, lex)
    assert long / short < 4.5, f"{short} calls for {SHORT} sentences, {long} for {LONG}: not linear"
