"""The extraction engine: article text in, Statement records out (`pipeline` reads top to bottom).

tokens, lexicons       words, and the data in data/ they are looked up in
segmenting, quotes     paragraphs, sentences and quotation marks as spans of the text
frames                 reporting frames (cue, mention of the speaker, content), paragraph by paragraph,
                       from one module per family of constructions:
    clauses              SPEAKER CUE (that) CONTENT, "…," SPEAKER CUE, according to, participial chains
    relays               "citing TASS", "TASS quoted X as saying", "…, according to Interfax"
    nominal              "Trump's claim that …", "Peskov had a clear message: …"
    raising              "The House is expected to pass the bill", "Trump was attacked by Clinton": about the subject
    labels               "NAME: …" lines, quotations signed with a dash, headlines
    questions            "was asked whether …"; a question answered is not a statement
    continuation         split, announced, block and floating quotations
  over paragraph (tokens, Frame), phrases (shallow noun phrases) and content (content boundaries)
speakers, roles        mention → speaker with role, affiliation and country
outlets                the outlet a statement was given to or relayed by

Imports run one way, in the order above from the bottom up: paragraph ← phrases ← content ←
the families ← frames ← pipeline.

Each module runs compiled when scripts/build_engine.py has built its current source (_native).
"""

from . import _native

_native.install()

from .pipeline import extract, extract_article  # noqa: E402

__all__ = ["extract", "extract_article"]
