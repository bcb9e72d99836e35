"""The extraction engine: article text in, Statement records out (`pipeline` reads top to bottom).

tokens, lexicons       words and the data in data/ they are looked up in
segmenting, quotes     paragraphs, sentences and quotation marks as spans of the text
cues                   reporting frames: cue, mention of the speaker, content
speakers, roles        mention → speaker with role, affiliation and country
outlets                the outlet a statement was given to or relayed by
"""

from .pipeline import extract, extract_article

__all__ = ["extract", "extract_article"]
