"""Properties over arbitrary text: nothing raises, and every offset indexes the original text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution import extract

PIECES = st.sampled_from([
    "said", " said ", "told", "according to ", "Lavrov", "Sergey Lavrov", "she", "officials", "the", ",", ".", ":",
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "''", "``", "\n", "\n\n", " ", "that ", "Mr.", "U.S.", "RIA Novosti",
    "a presidential administration representative", "stating", "—", "…", "!!!", "?", "(", ")", "é", "\r\n", "\t",
])  # fmt: skip
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY)
def test_spans_index_the_original_text(text: str) -> None:
    for s in extract(text, "p"):
        assert s.text == " … ".join(text[p.start : p.end] for p in s.spans)
        assert all(0 <= p.start < p.end <= len(text) for p in s.spans)
        assert list(s.spans) == sorted(s.spans)
        for span in (s.speaker_span, s.cue_span):
            assert span is None or 0 <= span.start < span.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text_is_safe(text: str) -> None:
    extract(text, "p")
