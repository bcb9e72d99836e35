"""Reporting frames: a cue ("said", "according to"), the mention of who spoke, and the content.

Works on the tokens of one paragraph at a time, with quotations treated as opaque blocks. Covers
  SPEAKER CUE (that) CONTENT        Lavrov announced that …
  CONTENT, SPEAKER CUE / CUE SPEAKER  "…," Leavitt stated / "…," said Caddell
  according to SPEAKER              …, according to Leavitt.
  SPEAKER CUE: "QUOTE"              Caddell continued: "…"
  participial chains                …, stating there is no military solution
and, afterwards, split quotes ("…," she said, "…") and floating quotes that continue a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .lexicons import Cue, Lexicon
from .models import Kind, Span
from .quotes import Quote
from .tokens import Token

_CLOSING = set("\"'”’»›")
_CLAUSE_END = {".", "!", "?", ";", "…"}
_MAX_MENTION_TOKENS = 12
_THAT_LOOKAHEAD = 10


@dataclass(frozen=True, slots=True)
class Frame:
    """A cue with the mention of its speaker and the content it introduces, before names are resolved."""

    content: tuple[Span, ...]
    kind: Kind
    mention: Span | None
    cue: Span | None
    cue_text: str | None
    speech: bool
    confidence: float
    paragraph: int
    chained: bool = False  # the speaker is the previous frame's ("…, stating …", floating quotes)


@dataclass(slots=True)
class _Paragraph:
    """Tokens of one paragraph with, for each token, the quote it lies in (or None) and its sentence."""

    index: int
    tokens: list[Token]
    quote_of: list[int | None]
    sentence_of: list[int]
    quotes: list[Span]  # the parts of quotations inside this paragraph


def find_frames(
    text: str,
    paragraphs: tuple[Span, ...],
    sentences: tuple[tuple[Span, ...], ...],
    quotes: tuple[Quote, ...],
    tokens: list[Token],
    lexicon: Lexicon,
) -> list[Frame]:
    frames: list[Frame] = []
    parts = sorted((p for q in quotes for p in q.parts), key=lambda s: s.start)
    t = 0
    for n, para in enumerate(paragraphs):
        first = t
        while t < len(tokens) and tokens[t].start < para.end:
            t += 1
        p = _paragraph(n, tokens[first:t], sentences[n], [s for s in parts if para.contains(s)])
        frames.extend(_frames_in(text, p, lexicon, frames))
    return _attach_quotes(text, paragraphs, quotes, frames)


def _paragraph(n: int, tokens: list[Token], sentences: tuple[Span, ...], quotes: list[Span]) -> _Paragraph:
    quote_of: list[int | None] = []
    sentence_of: list[int] = []
    q = s = 0
    for tok in tokens:
        while q < len(quotes) and quotes[q].end <= tok.start:
            q += 1
        quote_of.append(q if q < len(quotes) and quotes[q].start <= tok.start else None)
        while s < len(sentences) - 1 and sentences[s].end <= tok.start:
            s += 1
        sentence_of.append(s)
    return _Paragraph(n, tokens, quote_of, sentence_of, quotes)


def _frames_in(text: str, p: _Paragraph, lex: Lexicon, earlier: list[Frame]) -> list[Frame]:
    found: list[Frame] = []
    i = 0
    toks = p.tokens
    while i < len(toks):
        if p.quote_of[i] is not None:
            i += 1
            continue
        hit = lex.cues.match_at(toks, i)
        if hit is None or any(p.quote_of[k] is not None for k in range(i, i + hit[0])):
            i += 1
            continue
        n, cue = hit
        if toks[i].is_capitalized and i > 0 and p.sentence_of[i - 1] == p.sentence_of[i]:
            i += 1  # "the United States", "Reports" mid-sentence: a name, not a verb
            continue
        frame = _frame_at(text, p, i, i + n, cue, lex, found or earlier[-1:])
        if frame is not None and not any(_inside(frame.cue, f.content) for f in found):
            found.append(frame)
        i += n
    return found


def _inside(span: Span | None, content: tuple[Span, ...]) -> bool:
    return span is not None and any(c.contains(span) for c in content)


def _frame_at(text: str, p: _Paragraph, ci: int, cj: int, cue: Cue, lex: Lexicon, before: list[Frame]) -> Frame | None:
    toks = p.tokens
    continued: Span | None = None
    lo, hi = _sentence_bounds(p, ci)
    cue_span = Span(toks[ci].start, toks[cj - 1].end)
    cue_text = text[cue_span.start : cue_span.end]

    if cue.lemma == "according to":
        mention = _noun_phrase_right(toks, cj, hi, lex, p)
        if mention is None:
            return None
        after = mention[1]
        if after + 1 < hi and toks[after].text == ",":
            content = _content_after(text, p, after + 1, hi, lex)  # According to X, CONTENT.
        else:
            content = _content_before(text, p, lo, ci)  # CONTENT, according to X.
        return _make(text, p, content, mention, cue_span, cue_text, cue, 0.8)

    mention = _subject_left(toks, ci, lo, lex, p)
    inverted = False
    chained = False
    if mention is None:
        prev = toks[ci - 1] if ci > lo else None
        after_comma_or_quote = prev is None or prev.text in (",", ":") or p.quote_of[ci - 1] is not None
        if after_comma_or_quote:
            mention = _noun_phrase_right(toks, cj, hi, lex, p)
            inverted = mention is not None
        if mention is None and prev is not None and prev.text == "," and toks[ci].key.endswith("ing") and before:
            chained = True  # "…, stating there is no military solution"
            continued = before[-1].mention
        elif mention is None:
            return None
    if not chained and not inverted and toks[ci].key.endswith("ing"):
        return None  # "the officials saying…" without a finite verb is not a report here
    who = continued if chained else mention
    tail = mention[1] if inverted else cj
    start = _skip_to_content(toks, tail, hi, lex, p, addressee=cue.lemma in lex.addressee_cues)
    clause_start = min(ci, mention[0]) if mention is not None else ci

    # "QUOTE," SPEAKER CUE (, "QUOTE") — the clause sits right after a quotation, maybe splitting it.
    quote_before = _quote_ending_at(p, clause_start, lo)
    quote_after = p.quotes[p.quote_of[start]] if start < hi and p.quote_of[start] is not None else None
    if quote_after is not None and not _quote_starts_clause(toks, start, tail):
        quote_after = None
    if quote_before is not None:
        content = (quote_before, quote_after) if quote_after is not None else (quote_before,)
        return _make(text, p, content, who, cue_span, cue_text, cue, 0.9, chained=chained)
    # SPEAKER CUE: "QUOTE" — possibly the quote opens the next paragraph.
    if quote_after is not None:
        return _make(text, p, (quote_after,), who, cue_span, cue_text, cue, 0.9, chained=chained)
    if all(t.text == ":" for t in toks[start:hi]) and toks[hi - 1].text == ":" and not inverted:
        return _make(text, p, (), who, cue_span, cue_text, cue, 0.7, chained=chained, wants_next_quote=True)
    if cue.lemma in lex.quote_only_cues:
        return None
    # SPEAKER CUE (that) CONTENT
    if start < hi and not _only_adverbials(toks, start, hi, lex, p):
        content = _content_after(text, p, start, hi, lex)
        return _make(text, p, content, who, cue_span, cue_text, cue, 0.7, chained=chained)
    # CONTENT, SPEAKER CUE — the clause must follow a comma.
    if clause_start > lo and toks[clause_start - 1].text == ",":
        content = _content_before(text, p, lo, clause_start)
        if content:
            return _make(text, p, content, who, cue_span, cue_text, cue, 0.8, chained=chained)
    return None


def _quote_ending_at(p: _Paragraph, clause_start: int, lo: int) -> Span | None:
    """The quotation that ends just before a cue clause, with at most a comma between (“…,” she said)."""
    k = clause_start - 1
    if k >= lo and p.tokens[k].text == "," and p.quote_of[k] is None:
        k -= 1
    if k >= lo and p.quote_of[k] is not None:
        return p.quotes[p.quote_of[k]]
    return None


def _make(
    text: str,
    p: _Paragraph,
    content: tuple[Span, ...],
    mention: tuple[int, int] | Span | None,
    cue_span: Span,
    cue_text: str,
    cue: Cue,
    confidence: float,
    chained: bool = False,
    wants_next_quote: bool = False,
) -> Frame | None:
    if not content and not wants_next_quote:
        return None
    quoted = [c for c in content if any(q.start <= c.start and c.end <= q.end for q in p.quotes)]
    if content and len(quoted) == len(content):
        kind = Kind.DIRECT
    elif any(q.overlaps(c) for c in content for q in p.quotes):
        kind = Kind.MIXED
    else:
        kind = Kind.INDIRECT
    if isinstance(mention, Span) or mention is None:
        mention_span = mention
    else:
        mention_span = Span(p.tokens[mention[0]].start, p.tokens[mention[1] - 1].end)
    return Frame(content, kind, mention_span, cue_span, cue_text, cue.speech, confidence, p.index, chained)


def _sentence_bounds(p: _Paragraph, i: int) -> tuple[int, int]:
    """Token range of the sentence holding token i, widened so no quotation is cut."""
    s = p.sentence_of[i]
    lo = i
    while lo > 0 and (
        p.sentence_of[lo - 1] == s or (p.quote_of[lo - 1] is not None and p.quote_of[lo - 1] == p.quote_of[lo])
    ):
        lo -= 1
    hi = i + 1
    while hi < len(p.tokens) and (
        p.sentence_of[hi] == s or (p.quote_of[hi] is not None and p.quote_of[hi] == p.quote_of[hi - 1])
    ):
        hi += 1
    return lo, hi


def _is_name_word(tok: Token, lex: Lexicon) -> bool:
    return tok.is_capitalized and lex.word_class(tok.key) not in ("boundary", "pronoun", "relative")


def _subject_left(toks: list[Token], ci: int, lo: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """The speaker mention ending just before the cue, skipping "also", "has" and appositives."""
    k = ci - 1
    while k >= lo and lex.word_class(toks[k].key) == "modifier" and not toks[k].is_capitalized:
        k -= 1
    if k < lo or p.quote_of[k] is not None:
        return None
    if toks[k].text == ",":
        return _subject_before_appositive(toks, k, lo, lex, p)
    return _noun_phrase_left(toks, k, lo, lex, p)


def _subject_before_appositive(
    toks: list[Token], comma: int, lo: int, lex: Lexicon, p: _Paragraph
) -> tuple[int, int] | None:
    """ "Vladimir Medinsky, who heads the Russian delegation, stated": the mention runs up to the comma."""
    k = comma - 1
    for _ in range(3):  # "Name, 59, of Ashton, Md., said" has several commas
        while k >= lo and toks[k].text != "," and p.quote_of[k] is None and toks[k].text not in _CLAUSE_END:
            k -= 1
        if k < lo or toks[k].text != ",":
            return None
        np = _noun_phrase_left(toks, k - 1, lo, lex, p)
        if np is not None and any(_is_name_word(t, lex) for t in toks[np[0] : np[1]]):
            return np[0], comma
        k -= 1
    return None


def _noun_phrase_left(toks: list[Token], k: int, lo: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """A noun phrase ending at token k: a pronoun, a name with its titles, or determiner + nouns."""
    if k < lo or p.quote_of[k] is not None:
        return None
    cls = lex.word_class(toks[k].key)
    if cls in ("pronoun", "relative"):
        return k, k + 1
    if not toks[k].is_word or cls is not None or lex.cues.match_at(toks, k):
        return None
    i = k
    while i - 1 >= lo and k - i < _MAX_MENTION_TOKENS and p.quote_of[i - 1] is None:
        prev = toks[i - 1]
        if prev.text == "." and i - 2 >= lo and toks[i - 2].key + "." in lex.abbreviations:
            i -= 2  # "Mr. Obama"
            continue
        if not prev.is_word:
            break
        cls = lex.word_class(prev.key)
        if cls == "determiner":
            i -= 1
            break
        if cls is not None or lex.cues.match_at(toks, i - 1):
            break
        i -= 1
    if not _plausible(toks[i : k + 1], lex):
        return None
    return i, k + 1


def _plausible(words: list[Token], lex: Lexicon) -> bool:
    """Reject "Istanbul represent": a capitalized word then a lower-case word that names no one."""
    last = words[-1]
    if last.is_capitalized or len(words) == 1 or lex.word_class(words[0].key) == "determiner":
        return True
    return (
        last.key in lex.source_nouns
        or lex.titles.match_at(words, len(words) - 1) is not None
        or not words[-2].is_capitalized
    )


def _noun_phrase_right(toks: list[Token], j: int, hi: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """The speaker after an inverted cue: "said Caddell", "said the president", "according to Leavitt"."""
    if j >= hi or p.quote_of[j] is not None:
        return None
    cls = lex.word_class(toks[j].key)
    if cls == "pronoun":
        return j, j + 1
    i = j + 1 if cls == "determiner" else j
    if i >= hi or not toks[i].is_word or lex.word_class(toks[i].key) is not None:
        return None
    k = i
    while k < hi and k - j < _MAX_MENTION_TOKENS and p.quote_of[k] is None:
        tok = toks[k]
        if tok.text == "." and k > i and toks[k - 1].key + "." in lex.abbreviations:
            k += 1
            continue
        if not tok.is_word or lex.word_class(tok.key) is not None or lex.cues.match_at(toks, k):
            break
        k += 1
    if k == i:
        return None
    # "according to presidential administration sources speaking to RIA Novosti": stop at the participle.
    end = next((m for m in range(i + 1, k) if toks[m].key.endswith("ing") and not toks[m].is_capitalized), k)
    return j, end


def _skip_to_content(toks: list[Token], j: int, hi: int, lex: Lexicon, p: _Paragraph, addressee: bool = False) -> int:
    """Where the content starts after a cue: past an addressee ("told reporters"), adverbials and "that"."""
    k = j
    if addressee:
        np = _noun_phrase_right(toks, k, hi, lex, p)
        if np is not None:
            k = np[1]
    # Look ahead for "that" over a short run of adverbials ("said on Thursday that").
    for m in range(k, min(hi, k + _THAT_LOOKAHEAD)):
        if p.quote_of[m] is not None or toks[m].text in _CLAUSE_END or toks[m].text == ",":
            break
        if toks[m].key == "that":
            if m == k or lex.word_class(toks[k].key) == "preposition" or toks[k].key in lex.time_words:
                return m + 1
            break
    while k < hi and toks[k].text in (",", ":") and k + 1 < hi and p.quote_of[k + 1] is not None:
        k += 1
    return k


def _only_adverbials(toks: list[Token], start: int, hi: int, lex: Lexicon, p: _Paragraph) -> bool:
    """Whether what follows the cue is only punctuation or a short time/place phrase ("on Thursday.")."""
    rest = [t for t in toks[start:hi] if t.is_word]
    if not rest:
        return True
    first = rest[0].key
    return lex.word_class(first) == "preposition" or (first in lex.time_words and len(rest) <= 4)


def _quote_starts_clause(toks: list[Token], start: int, after: int) -> bool:
    return all(t.text in (",", ":") or t.key == "that" for t in toks[after:start])


def _content_after(text: str, p: _Paragraph, start: int, hi: int, lex: Lexicon) -> tuple[Span, ...]:
    """From token `start` to the end of the clause, before ", according to …" or a participial chain."""
    end = hi
    for m in range(start + 1, hi):
        tok = p.tokens[m]
        if p.quote_of[m] is not None:
            continue
        if tok.text == "," and m + 1 < hi and p.quote_of[m + 1] is None:
            nxt = p.tokens[m + 1].key
            chain = nxt.endswith("ing") and lex.cues.match_at(p.tokens, m + 1)
            if nxt == "according" or (chain and chain[1].speech):
                end = m
                break
    return _trimmed(text, p.tokens[start].start, _end_of(p, end))


def _content_before(text: str, p: _Paragraph, lo: int, clause_start: int) -> tuple[Span, ...]:
    if clause_start <= lo:
        return ()
    return _trimmed(text, p.tokens[lo].start, p.tokens[clause_start - 1].end)


def _end_of(p: _Paragraph, end: int) -> int:
    last = p.tokens[end - 1]
    if p.quote_of[end - 1] is not None:
        return p.quotes[p.quote_of[end - 1]].end
    return last.end


def _trimmed(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Cut white space and the sentence's own final punctuation; keep closing quotation marks."""
    while end > start and (text[end - 1].isspace() or (text[end - 1] in ",;:.!?…" and text[end - 1] not in _CLOSING)):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return (Span(start, end),) if end > start else ()


def _attach_quotes(
    text: str, paragraphs: tuple[Span, ...], quotes: tuple[Quote, ...], frames: list[Frame]
) -> list[Frame]:
    """Give quotations not yet used to the frame they continue: split quotes, "X said:" and floating quotes."""
    used = [q for q in quotes if any(any(c.overlaps(p) for p in q.parts) for f in frames for c in f.content)]
    free = [q for q in quotes if q not in used and q.double]
    out = list(frames)
    for quote in free:
        para = next(n for n, p in enumerate(paragraphs) if p.contains(quote.parts[0]))
        prior = [k for k, f in enumerate(out) if f.cue is not None and f.cue.start < quote.span.start]
        if not prior:
            continue
        k = prior[-1]
        frame = out[k]
        between = text[(frame.content[-1].end if frame.content else frame.cue.end) : quote.span.start]
        if frame.paragraph == para and frame.kind is Kind.DIRECT and frame.content and not _has_sentence_text(between):
            out[k] = replace(frame, content=frame.content + quote.parts)  # "…," she said, "…"  /  …" X said. "…"
        elif not frame.content and frame.paragraph in (para, para - 1):
            out[k] = replace(frame, content=quote.parts, kind=Kind.DIRECT)  # X continued: "…"
        elif _starts_sentence(text, paragraphs[para], quote) and quote.words(text) >= 4 and para - frame.paragraph <= 2:
            out.append(
                Frame(quote.parts, Kind.DIRECT, frame.mention, None, None, frame.speech, 0.5, para, chained=True)
            )
    return sorted((f for f in out if f.content), key=lambda f: f.content[0].start)


def _has_sentence_text(between: str) -> bool:
    """Whether the text between two quotes holds more than a cue clause ("she said,")."""
    return len(between.split()) > 8


def _starts_sentence(text: str, paragraph: Span, quote: Quote) -> bool:
    before = text[paragraph.start : quote.span.start].rstrip()
    return not before or before[-1] in '.!?:”"’'
