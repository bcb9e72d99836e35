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

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate

from .lexicons import Cue, Lexicon
from .models import Kind, Span
from .quotes import Quote
from .tokens import Token, start_of, tokenize

_CLOSING = set("\"'”’»›")
_OPENING_MARKS = set("\"'“‘«‹„`")
_CLAUSE_END = {".", "!", "?", ";", "…"}
_MAX_MENTION_TOKENS = 12
_MAX_APPOSITIVE_TOKENS = 40  # "Kall -- co-editor of Debating The Donald, a book analyzing …, said"
_THAT_LOOKAHEAD = 10
_ADVERBIAL_LOOKAHEAD = 16


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
    t = q = 0
    for n, para in enumerate(paragraphs):
        first, t = t, bisect_left(tokens, para.end, lo=t, key=start_of)
        while q < len(parts) and parts[q].start < para.start:
            q += 1
        inside = []
        while q < len(parts) and para.contains(parts[q]):
            inside.append(parts[q])
            q += 1
        p = _paragraph(n, tokens[first:t], sentences[n], inside)
        frames.extend(_frames_in(text, p, lexicon, frames))
    return _attach_quotes(text, paragraphs, quotes, frames, lexicon)


def _paragraph(n: int, tokens: list[Token], sentences: tuple[Span, ...], quotes: list[Span]) -> _Paragraph:
    # Quotations and sentences are disjoint and in order, so each one's tokens are a run found by bisection.
    quote_of: list[int | None] = [None] * len(tokens)
    for q, quote in enumerate(quotes):
        first = bisect_left(tokens, quote.start, key=start_of)
        last = bisect_left(tokens, quote.end, lo=first, key=start_of)
        quote_of[first:last] = [q] * (last - first)
    sentence_of: list[int] = []
    for s, sentence in enumerate(sentences[:-1]):
        sentence_of += [s] * (bisect_left(tokens, sentence.end, key=start_of) - len(sentence_of))
    sentence_of += [max(len(sentences) - 1, 0)] * (len(tokens) - len(sentence_of))  # the last takes the rest
    return _Paragraph(n, tokens, quote_of, sentence_of, quotes)


def _frames_in(text: str, p: _Paragraph, lex: Lexicon, earlier: list[Frame]) -> list[Frame]:
    found: list[Frame] = []
    toks = p.tokens
    headline = _is_headline(toks)
    # Only a word outside quotations that can start a cue or is a report noun is looked at closely.
    cue_firsts, report_nouns, quote_of = lex.cues.first_keys, lex.report_nouns, p.quote_of
    candidates = [
        i for i, tok in enumerate(toks) if (tok.key in cue_firsts or tok.key in report_nouns) and quote_of[i] is None
    ]
    resume = 0  # the token after the last cue taken
    for i in candidates:
        if i < resume:
            continue
        if toks[i].key in lex.report_nouns and (nominal := _nominal_report(text, p, i, lex)) is not None:
            found.append(nominal)
            continue
        hit = lex.cues.match_at(toks, i)
        if hit is None or any(p.quote_of[k] is not None for k in range(i, i + hit[0])):
            continue
        n, cue = hit
        if cue.noun and not _clause_opens(p, i + n):
            resume = i + n  # "in his home state", "the attacks on Paris"
            continue
        if toks[i].is_capitalized and i > 0 and p.sentence_of[i - 1] == p.sentence_of[i] and not headline:
            continue  # "the United States", "Reports" mid-sentence: a name, not a verb
        if i > 0 and toks[i - 1].key.endswith(("'s", "s'")) and not _contracted_pronoun(toks[i - 1], lex):
            continue  # "Editor's note", "Trump's claims": a word after a possessive is a noun
        frame = _frame_at(text, p, i, i + n, cue, lex, found or earlier[-1:])
        if (
            frame is not None
            and (_relative_report(text, frame, lex) or not any(_inside(frame.cue, f.content) for f in found))
            and not any(_between_cue_and_content(text, frame.cue, f) for f in found)  # "said, commenting on …, that"
            and not any(f.content == frame.content for f in found)  # "said in a Telegram post: “…”" is one act
        ):
            found.append(frame)  # a report inside another's content ("…, which he said were …") is its own
        resume = i + n
    found = [f for f in found if not _relay_only(text, f, found, lex) and not _question_answered(text, f, lex)]
    if not found:
        labelled = _labelled(text, p, lex)
        if labelled is not None:
            found.append(labelled)
    return found + _signed_quotes(text, p, lex, found)


def _clause_opens(p: _Paragraph, k: int) -> bool:
    """Whether "that", a colon or a quotation follows at token k ("They state that …", "It states: “…”")."""
    if k >= len(p.tokens):
        return False
    if p.tokens[k].text == "," and k + 1 < len(p.tokens):
        k += 1
    return p.quote_of[k] is not None or p.tokens[k].key == "that" or p.tokens[k].text == ":"


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


# "Peskov had a clear message: …", "Zakharova issued a warning: …": the subject delivers what follows the colon.
_DELIVERS = frozenset({"had", "has", "have", "sent", "delivered", "gave", "issued", "offered", "repeated"})
_MAX_DELIVERY_WORDS = 4  # "had a clear and simple message:"


def _nominal_report(text: str, p: _Paragraph, i: int, lex: Lexicon) -> Frame | None:
    """ "Trump's claim that there have been thousands of shootings": the possessor is the speaker."""
    toks = p.tokens
    if 0 < i < len(toks) - 2 and toks[i + 1].text == ":" and p.quote_of[i + 1] is None:
        return _delivered_report(text, p, i, lex)
    if i == 0 or i + 2 >= len(toks) or toks[i + 1].key != "that" or p.quote_of[i + 1] is not None:
        return None
    owner = toks[i - 1]
    if owner.key in _POSSESSIVE_PRONOUNS:
        mention = owner.span
    elif owner.key.endswith(("'s", "s'")) and owner.is_capitalized:
        start = i - 1
        while (
            start > 0 and toks[start - 1].is_capitalized and toks[start - 1].is_word and p.quote_of[start - 1] is None
        ):
            start -= 1
        mention = Span(toks[start].start, owner.end - (2 if owner.key.endswith("'s") else 1))  # without the 's
    else:
        return None
    _, hi = _sentence_bounds(p, i)
    # The noun phrase sits inside a larger sentence, so its clause ends at the first comma.
    hi = next((m for m in range(i + 2, hi) if toks[m].text == "," and p.quote_of[m] is None), hi)
    content = _content_after(text, p, i + 1, hi, lex)
    cue = Cue(toks[i].key, toks[i].key, lex.report_nouns[toks[i].key])
    return _make(text, p, content, mention, toks[i].span, toks[i].text, cue, 0.6)


def _delivered_report(text: str, p: _Paragraph, i: int, lex: Lexicon) -> Frame | None:
    """ "Peskov had a clear message: Moscow will not accept preconditions" — SUBJECT VERB a NOUN: CONTENT."""
    toks = p.tokens
    lo, hi = _sentence_bounds(p, i)
    verb = next((m for m in range(i - 1, max(lo, i - _MAX_DELIVERY_WORDS - 1), -1) if toks[m].key in _DELIVERS), None)
    if verb is None or not all(t.is_word and not t.is_capitalized for t in toks[verb + 1 : i]):
        return None
    mention = _subject_left(toks, verb, lo, lex, p)
    if mention is None:
        return None
    content = _content_after(text, p, i + 2, hi, lex)
    cue = Cue(toks[i].key, toks[i].key, lex.report_nouns[toks[i].key])
    return _make(text, p, content, mention, toks[i + 1].span, toks[i + 1].text, cue, 0.6)


def _is_headline(toks: list[Token]) -> bool:
    """A title-cased line ("Obama Says Museum Will Tell of 'Suffering'"), where cues are capitalized too."""
    if len(toks) > 40:
        return False
    words = [t for t in toks if t.is_word and len(t.text) > 3]
    if len(words) < 3 or toks[-1].text in (".", "?", "!"):
        return False
    return sum(t.is_capitalized for t in words) >= 0.8 * len(words)


def _labelled(text: str, p: _Paragraph, lex: Lexicon) -> Frame | None:
    """ "Lavrov: Moscow is ready to talk" / "PENCE: …" — a name, a colon, and what the person said."""
    toks = p.tokens
    # A transcript line may sit inside a quotation that runs over the whole exchange: "WALLACE: …
    first = 1 if toks and not toks[0].is_word and p.quote_of[0] is not None else 0
    colon = next((k for k in range(first + 1, min(len(toks), first + 7)) if toks[k].text == ":"), None)
    if colon is None:
        return None
    label = toks[first:colon]
    if first and not all(t.text.isupper() for t in label if t.is_word):
        return None  # inside a quotation, only an upper-case speaker label counts
    if not first and (p.quote_of[colon] is not None or any(p.quote_of[k] is not None for k in range(colon))):
        return None
    if not all(t.is_capitalized or t.text in ("'", "’", ".", "-") for t in label) or not label[0].is_word:
        return None
    if text[label[0].start : label[-1].end].lower().replace("’", "'") in lex.colon_labels:
        return None
    content = _trimmed(text, toks[colon].end, toks[-1].end)
    if not content or len(text[content[0].start : content[0].end].split()) < 3:
        return None
    cue = Cue(":", ":", True)
    return _make(text, p, content, (first, colon), toks[colon].span, ":", cue, 0.6)


_DASHES = frozenset("―—–")


def _signed_quotes(text: str, p: _Paragraph, lex: Lexicon, found: list[Frame]) -> list[Frame]:
    """ "“…” ― Sonya Herridge": a quotation signed with a dash and a name."""
    toks = p.tokens
    out: list[Frame] = []
    for k in range(1, len(toks) - 1):
        if toks[k].text not in _DASHES or p.quote_of[k - 1] is None or p.quote_of[k] is not None:
            continue
        name_end = k + 1
        while name_end < len(toks) and toks[name_end].is_capitalized and name_end - k <= 4:
            name_end += 1
        rest = toks[name_end:]
        if name_end == k + 1 or (rest and rest[0].text not in (".", ",", "|") and p.quote_of[name_end] is None):
            continue
        quote = p.quotes[p.quote_of[k - 1]]
        if any(quote.overlaps(c) for f in found for c in f.content):
            continue
        cue = Cue(toks[k].text, "dash", True)
        frame = _make(text, p, (quote,), (k + 1, name_end), toks[k].span, toks[k].text, cue, 0.7)
        if frame is not None:
            out.append(frame)
    return out


def _relay_only(text: str, frame: Frame, found: list[Frame], lex: Lexicon) -> bool:
    """ "Peskov said …, citing TASS" / "…, according to Interfax": the outlet relays another frame's
    statement, so it is that statement's outlet, not a statement of its own."""
    if frame.chained and frame.content and _names_outlet(text, frame.content[0], lex):
        return True  # "…, citing TASS": the outlet the statement came through
    if frame.mention is None or not any(
        other is not frame
        and other.cue is not None
        and (_inside(other.cue, frame.content) or all(_inside(c, other.content) for c in frame.content))
        for other in found
    ):
        return False  # "…," TASS reported — unless TASS only relays a statement another frame reports
    words = tokenize(text, frame.mention.start, frame.mention.end)
    return any(lex.outlets.match_at(words, i) or lex.media_nouns.match_at(words, i) for i in range(len(words)))


def _cited(toks: list[Token], k: int, hi: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """The phrase a relaying participle at token k names: "citing a source in the delegation", "quoting TASS"."""
    if k >= hi or p.quote_of[k] is not None or not toks[k].key.endswith("ing"):
        return None
    hit = lex.cues.match_at(toks, k)
    if hit is None or hit[1].lemma not in lex.relay_cues:
        return None
    return _noun_phrase_right(toks, k + hit[0], hi, lex, p)


def _aside_cited(toks: list[Token], mention: tuple[int, int], lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """The phrase a subject's relaying aside names, up to the verb: "Interfax, citing a diplomatic source,"."""
    for m in range(mention[0] + 2, mention[1]):
        if toks[m - 1].text == "," and (cited := _cited(toks, m, mention[1], lex, p)) and cited[1] == mention[1]:
            return cited
    return None


def _reported_after(text: str, p: _Paragraph, cited: tuple[int, int] | None, hi: int, lex: Lexicon) -> bool:
    """Whether a comma and the main reporting verb follow a cited source ("citing a source, reported …")."""
    if cited is None or not _closes(p.tokens, cited, hi):
        return False
    if not _cited_source(text, p.tokens, cited, lex) and not _names_outlet(text, _phrase(p.tokens, cited), lex):
        return False  # "The Journal, citing internal documents, reported …": the documents are what it cites
    return _main_verb_cue(p, _past_adverbials_right(p.tokens, cited[1] + 1, hi, lex), hi, lex)


def _past_adverbials_right(toks: list[Token], k: int, hi: int, lex: Lexicon) -> int:
    while k < hi - 1 and _is_adverbial(toks[k], lex):
        k += 1
    return k


def _cited_source(text: str, toks: list[Token], cited: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a cited phrase names who spoke ("a diplomatic source", "three sources familiar with the
    talks", "Deputy Foreign Minister Sergei Ryabkov"), not the outlet that carried it ("citing TASS") nor
    a document or a reason, which the citing reports on its own ("citing internal documents")."""
    words = toks[cited[0] : cited[1]]
    if _names_outlet(text, _phrase(toks, cited), lex):
        return False
    # The head is the last word, or the source noun before its group ("sources familiar with the talks").
    n = next((n for n in range(1, len(words)) if words[n].key in _SOURCE_LINKS and _source_noun(words[n - 1], lex)), 0)
    head = n - 1 if n else len(words) - 1
    return words[head].is_capitalized or _source_noun(words[head], lex) or lex.titles.match_at(words, head) is not None


def _phrase(toks: list[Token], phrase: tuple[int, int]) -> Span:
    return Span(toks[phrase[0]].start, toks[phrase[1] - 1].end)


def _closes(toks: list[Token], phrase: tuple[int, int], hi: int) -> bool:
    """Whether a comma closes the phrase, so that it is an aside the sentence goes on after."""
    return phrase[1] + 1 < hi and toks[phrase[1]].text == ","


def _between_cue_and_content(text: str, span: Span | None, frame: Frame) -> bool:
    """An aside set off by a comma between a cue and its content: "said, commenting on the reports, that …"."""
    return (
        span is not None
        and frame.cue is not None
        and bool(frame.content)
        and frame.cue.end <= span.start
        and span.end <= frame.content[0].start
        and "," in text[frame.cue.end : span.start]
    )


_QUESTIONS = frozenset({"question", "questions", "query", "queries"})


def _question_answered(text: str, frame: Frame, lex: Lexicon) -> bool:
    """ "…, answering a question from TASS, said …": the question answered is not a statement (a quotation
    that starts "The question is …" is)."""
    if len(frame.content) != 1 or frame.kind is not Kind.INDIRECT:
        return False
    start = frame.content[0].start
    head = text[start : min(frame.content[0].end, start + 40)].lower()  # enough for "a question"
    if "quer" not in head and "quest" not in head:
        return False
    words = head.split()[:2]
    if words and lex.word_class(words[0]) == "determiner":
        words = words[1:]
    return bool(words) and words[0].strip(",.;:") in _QUESTIONS


def _names_outlet(text: str, span: Span, lex: Lexicon) -> bool:
    words = tokenize(text, span.start, span.end)
    hit = lex.outlets.match_at(words, 0) or lex.media_nouns.match_at(words, 0)
    return hit is not None and hit[0] == len(words)


def _relative_report(text: str, frame: Frame, lex: Lexicon) -> bool:
    """ "…, which he said were accompanied by …": a relative clause that reports someone else's words."""
    if frame.mention is None:
        return False
    before = text[max(0, frame.mention.start - 12) : frame.mention.start].split()
    return bool(before) and lex.word_class(before[-1].lower()) == "relative"


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
        if ci == lo:
            mention = _through_modifiers(toks, mention, hi, p)  # "According to a source in the delegation, …"
        after = mention[1]
        if after + 1 < hi and toks[after].text == ",":
            content = _content_after(text, p, _past_opener(p, after + 1, hi), hi, lex)  # According to X, CONTENT.
        else:
            content = _content_before(text, p, lo, ci)  # CONTENT, according to X.
        return _make(text, p, content, mention, cue_span, cue_text, cue, 0.8)

    if cue.lemma in lex.relay_cues and _as_cue(toks, _noun_phrase_right(toks, cj, hi, lex, p), hi, lex, p):
        return None  # "TASS quoted Lavrov as saying …": the report is the cue after "as", and Lavrov's
    be = _progressive(toks, ci, lo, lex)
    relay = None if be is not None else _relay(toks, ci, lo, lex, p)
    if relay is None and ci > lo and toks[ci - 1].key == "as" and cj + 1 < hi and toks[cj].key == "by":
        # "…, as reported by the BBC Russian service" / "As reported by TASS, …"
        mention = _noun_phrase_right(toks, cj + 1, hi, lex, p)
        if mention is None:
            return None
        if ci - 1 == lo and mention[1] < hi and toks[mention[1]].text == ",":
            content = _content_after(text, p, mention[1] + 1, hi, lex)
        else:
            content = _content_before(text, p, lo, ci - 1)
        return _make(text, p, content, mention, cue_span, cue_text, cue, 0.7)

    if ci > lo and toks[ci - 1].text == "," and _reported_after(text, p, _cited(toks, ci, hi, lex, p), hi, lex):
        return None  # "Interfax, citing a source, reported …": the aside names the report's speaker
    if cue.lemma in lex.question_cues and (asked := _passive_question(text, p, ci, cj, lo, hi, cue, lex)):
        return asked
    sentence_start = toks[lo].start
    # "…, Peskov said, adding …": a participle after a report in the same sentence continues it.
    continues = (
        toks[ci].key.endswith("ing")
        and ci > lo
        and toks[ci - 1].text == ","
        and bool(before)
        and before[-1].cue is not None
        and sentence_start <= before[-1].cue.start < toks[ci].start
        and not _inside(toks[ci].span, before[-1].content)
    )
    if relay is not None:
        mention = relay[0]
    else:
        mention = None if continues else _subject_left(toks, ci if be is None else be, lo, lex, p)
    if mention is not None and toks[mention[1] - 1].key == "percent" and cue.form == cue.lemma:
        mention = None  # "85 percent support among …" is a noun phrase; "Twelve percent indicated …" reports
    inverted = chained = joined = False
    if mention is None:
        k = ci - 1
        while k >= lo and _is_adverbial(toks[k], lex):
            k -= 1
        prev = toks[k] if k >= lo else None
        if prev is None or prev.text in (",", ":") or p.quote_of[k] is not None:
            mention = _noun_phrase_right(toks, cj, hi, lex, p)
            if mention is not None and not _ends_inverted(toks, mention[1], hi, lex):
                mention = None  # "adding he would never vote": the phrase is the content's subject
            if mention is not None and toks[ci].key.endswith("ing"):
                mention = None  # "…," said Caddell, but never "…, speaking of the health issue"
            inverted = mention is not None
        participle = toks[ci].key.endswith("ing")
        joined = prev is not None and (
            prev.key in _COORDINATORS
            or (participle and (prev.text == "," or lex.word_class(prev.key) == "preposition"))
        )
        if mention is None and joined:
            # "…, stating …" continues the statement just made; "Cruz exhorted … and said …",
            # "Trump revised his plan, promising …" are the sentence subject's.
            if participle and prev.text == "," and before and before[-1].cue and before[-1].cue.start >= sentence_start:
                chained = True
                continued = before[-1].mention
                if cue.lemma == "cite" and continued is not None and continued.start >= toks[cj].start:
                    return None  # "…, TASS reported, citing a source": the source is the report's speaker
            else:
                mention = _sentence_subject(toks, lo, k, lex, p)
        if mention is None and not chained:
            return None
    if (
        not chained
        and not inverted
        and not joined
        and be is None
        and relay is None
        and toks[ci].key.endswith("ing")
        and not (mention is not None and toks[mention[1]].text == ",")
    ):
        # "the officials saying…" without a finite verb is not a report here, unlike an aside about the
        # speaker ("Lindsey Graham, R-S.C., now saying …").
        return None
    who = continued if chained else mention
    aside = None if inverted or mention is None else _aside_cited(toks, mention, lex, p)
    if aside is not None and _cited_source(text, toks, aside, lex):
        who = aside  # "Interfax, citing a diplomatic source, reported …": the source spoke through Interfax
    tail = mention[1] if inverted else cj
    if relay and toks[tail].key == "by" and (agent := _noun_phrase_right(toks, tail + 1, hi, lex, p)):
        tail = agent[1]  # "was quoted as saying by TASS that …": the outlet only relays
    start = _skip_to_content(toks, tail, hi, lex, p, addressee=cue.lemma in lex.addressee_cues)
    clause_start = min(ci, mention[0]) if mention is not None else ci
    if relay is not None:
        clause_start = min(clause_start, relay[1])  # "“…,” TASS quoted Lavrov as saying"
    if clause_start > lo and toks[clause_start - 1].key == "as":
        clause_start -= 1  # "…, as Lavrov put it."
        if clause_start == lo and start < hi and toks[start].text == ",":
            start += 1  # "As Lavrov put it, the talks …"

    # "QUOTE," SPEAKER CUE (, "QUOTE") — the clause sits right after a quotation, maybe splitting it.
    quote_before = _quote_ending_at(p, clause_start, lo)
    if (
        quote_before is not None
        and quote_before.end <= toks[lo].start
        and not _only_adverbials(toks, start, hi, lex, p)
    ):
        quote_before = None  # “We will win.” Smith said the plan was fine. — the report follows the cue
    quote_after = p.quotes[p.quote_of[start]] if start < hi and p.quote_of[start] is not None else None
    if quote_after is not None and (not _quote_starts_clause(toks, start, tail) or _possessed(toks, start)):
        quote_after = None  # "told CBS's “Face the Nation”": a possessed quotation is a title
    if quote_after is not None and quote_before is None and toks[start - 1].key == "that":
        quote_after = None  # "said that “…”": the complementizer makes it a reported clause that quotes
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
    if cj - ci > 1 and _only_adverbials(toks, start, hi, lex, p) and lex.word_class(toks[cj - 1].key) is None:
        # "expressed satisfaction with the outcome": without a clause, the noun is what was expressed.
        cue_span = Span(toks[ci].start, toks[cj - 2].end)
        cue_text = text[cue_span.start : cue_span.end]
        return _make(
            text, p, _content_after(text, p, cj - 1, hi, lex, cue), who, cue_span, cue_text, cue, 0.6, chained=chained
        )
    if _titled_work(toks, start, hi, lex, p):
        return None  # "wrote the book “War and Peace”": a work and its title, not something said
    # SPEAKER CUE (that) CONTENT — not "who said and did …", where the cue is one of two verbs.
    if start < hi and toks[start].key not in _COORDINATORS and not _only_adverbials(toks, start, hi, lex, p):
        # The complementizer belongs to the reported clause ("announced [that the delegation …]").
        opener = start - 1 if start > tail and toks[start - 1].key == "that" else start
        content = _content_after(text, p, opener, hi, lex, cue)
        if toks[start].text == "," and inverted and _appositive_at(toks, start + 1, hi, lex):
            content = _content_before(text, p, lo, clause_start)  # "…, said Lee Epstein, who teaches …"
        elif (
            clause_start > lo
            and toks[clause_start - 1].text == ","
            and (
                toks[start].text == ","
                or (start - 1 > tail and toks[start - 1].text == "," and p.quote_of[start] is None)
            )
        ):
            # CONTENT, SPEAKER CUE, CONTENT: a parenthetical cue inside one reported sentence, maybe
            # with its own adverbial ("The plan, she said on Friday, was …") — unless a reporting
            # participle follows ("…, TASS reported, citing a source"): then the content ended before.
            rest = start + 1 if toks[start].text == "," else start
            content = _content_before(text, p, lo, clause_start)
            chain = lex.cues.match_at(toks, rest) if toks[rest].key.endswith("ing") else None
            if chain is None:
                content += _content_after(text, p, rest, hi, lex, cue)
            elif (cited := _cited(toks, rest, hi, lex, p)) and _cited_source(text, toks, cited, lex):
                who = cited  # "…, TASS reported, citing a source in the delegation": the source spoke
        elif toks[start].text == "," and _as_cue(toks, _cited(toks, start + 1, hi, lex, p), hi, lex, p):
            return None  # "Interfax reported, quoting Peskov as saying …": the report is Peskov's, after "as"
        elif toks[start].text == "," and (cited := _cited(toks, start + 1, hi, lex, p)) and _closes(toks, cited, hi):
            # "Interfax reported, citing a diplomatic source, that …": the content follows the aside.
            after = _skip_to_content(toks, cited[1] + 1, hi, lex, p)
            if after >= hi:
                return None
            opener = after - 1 if after > cited[1] + 1 and toks[after - 1].key == "that" else after
            content = _content_after(text, p, opener, hi, lex, cue)
            if _cited_source(text, toks, cited, lex):
                who = cited
        elif (
            cue.lemma in lex.relay_cues
            and (cited := _cited(toks, ci, hi, lex, p))
            and _closes(toks, cited, hi)
            and toks[cited[1] + 1].key == "that"
        ):
            if _names_outlet(text, _phrase(toks, cited), lex):
                return None  # "Interfax reported, citing TASS, that …": the channel, not a statement
            # "Interfax reported, citing internal documents, that …": the aside ends at its comma, and its
            # speaker is the report's, named before the content the frames are ordered by.
            content, chained = _trimmed(text, toks[cited[0]].start, toks[cited[1] - 1].end), False
        elif clause_start > lo and toks[clause_start - 1].key in _WH_WORDS and not chained:
            # "…, which he said were accompanied by …": the relative word stands for part of the content.
            content = (toks[clause_start - 1].span, *content)
        return _make(text, p, content, who, cue_span, cue_text, cue, 0.7, chained=chained)
    # CONTENT, SPEAKER CUE — the clause must follow a comma, maybe one inside a closing mark (“…,” she said).
    before = text[max(toks[lo].start, toks[clause_start].start - 8) : toks[clause_start].start]
    # Not for a relative clause ("…, said O'Donnell, who wrote about it"): what precedes it is not its content.
    if (
        clause_start > lo
        and before.rstrip().rstrip("".join(_CLOSING)).endswith(",")
        and lex.word_class(toks[clause_start].key) != "relative"
    ):
        content = _content_before(text, p, lo, clause_start)
        if content:
            return _make(text, p, content, who, cue_span, cue_text, cue, 0.8, chained=chained)
    return None


_POSSESSIVE_S = "'s"  # token keys spell ’ as '


def _possessed(toks: list[Token], k: int) -> bool:
    """Whether token k follows a possessive ("CBS's", "the agency's"): what it opens is a noun phrase."""
    return k > 0 and toks[k - 1].key.endswith(_POSSESSIVE_S)


def _titled_work(toks: list[Token], k: int, hi: int, lex: Lexicon, p: _Paragraph) -> bool:
    """Whether a work and its quoted title start at token k: "the book “…”", "his new film “…”"."""
    while k < hi and lex.word_class(toks[k].key) == "determiner":
        k += 1
    for m in range(k, min(hi - 1, k + 3)):  # up to two adjectives before the noun
        if toks[m].key in lex.work_nouns:
            return p.quote_of[m + 1] is not None
        if p.quote_of[m] is not None or lex.word_class(toks[m].key) is not None:
            return False
    return False


def _appositive_at(toks: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """Whether a phrase describing the speaker starts at token k: "who teaches law", "a pollster",
    "executive director of …", "R-Ky."."""
    if k >= hi:
        return False
    tok = toks[k]
    return (
        tok.is_capitalized
        or lex.word_class(tok.key) in ("relative", "determiner")
        or lex.names_someone(tok.key)
        or lex.titles.match_at(toks, k) is not None
    )


_BE = frozenset({"is", "are", "was", "were", "am", "be", "been", "'s"})
# Words that open the question in "Asked whether …", "when asked about …".
_QUESTION_OPENERS = frozenset({"if", "whether", "about", "what", "why", "how", "who", "when", "where", "which"})


def _passive_question(
    text: str, p: _Paragraph, ci: int, cj: int, lo: int, hi: int, cue: Cue, lex: Lexicon
) -> Frame | None:
    """ "Asked whether he would run, Smith said …", "when asked by a reporter about it": the question
    put to someone, up to the comma; its asker is the "by" phrase, if any."""
    toks = p.tokens
    k = ci - 1
    while k >= lo and _is_adverbial(toks[k], lex):
        k -= 1
    if k >= lo and toks[k].text != "," and toks[k].key not in _SUBORDINATORS and toks[k].key not in _BE:
        return None  # "Trump asked whether …": an active verb with its subject
    mention = None
    m = cj
    if m < hi and toks[m].key == "by":
        mention = _noun_phrase_right(toks, m + 1, hi, lex, p)
        m = mention[1] if mention is not None else m + 1
    opener = next((n for n in range(m, min(hi, m + _THAT_LOOKAHEAD)) if toks[n].key in _QUESTION_OPENERS), None)
    if opener is None or any(toks[n].text == "," or p.quote_of[n] is not None for n in range(m, opener)):
        return None
    end = next((n for n in range(opener + 1, hi) if toks[n].text == "," and p.quote_of[n] is None), hi)
    if toks[opener].key == "about" and opener + 1 < end:
        opener += 1  # "Asked about his paid speeches, …": the question is about the speeches
    content = _trimmed(text, toks[opener].start, _end_of(p, end))
    return _make(text, p, content, mention, Span(toks[ci].start, toks[cj - 1].end), toks[ci].text, cue, 0.6)


def _progressive(toks: list[Token], ci: int, lo: int, lex: Lexicon) -> int | None:
    """The "is" of a progressive cue ("Trump is demanding that …"), past adverbials ("is also urging")."""
    if not toks[ci].key.endswith("ing"):
        return None
    k = ci - 1
    while k >= lo and _is_adverbial(toks[k], lex):
        k -= 1
    return k if k >= lo and toks[k].key in _BE else None


def _relay(toks: list[Token], ci: int, lo: int, lex: Lexicon, p: _Paragraph) -> tuple[tuple[int, int], int] | None:
    """Who spoke when the cue follows "as" after a relaying verb, and where that verb's clause starts:
    the passive's subject ("Lavrov was quoted by TASS as saying") or the active's object ("TASS quoted
    Lavrov as saying", "…, quoting Lavrov as saying"); whoever quotes only relays."""
    if ci - 3 < lo or toks[ci - 1].key != "as" or p.quote_of[ci - 1] is not None:
        return None
    verb = next((m for m in range(ci - 2, max(lo, ci - 2 - _MAX_MENTION_TOKENS), -1) if _relays(toks, m, lex)), None)
    if verb is None or verb == lo or any(p.quote_of[m] is not None or toks[m].text == "," for m in range(verb, ci)):
        return None
    be = _past_adverbials(toks, verb - 1, lo, lex)
    if be >= lo and toks[be].key in _BE and not toks[verb].key.endswith("ing"):
        if verb + 1 < ci - 1 and toks[verb + 1].key != "by":
            return None  # only the agent may stand between: "quoted by the Interfax news agency as saying"
        mention = _subject_left(toks, be, lo, lex, p)
        return (mention, mention[0]) if mention is not None else None
    quoted = _source_group_left(toks, ci - 2, verb + 1, lex, p) or _noun_phrase_left(toks, ci - 2, verb + 1, lex, p)
    if quoted is None or quoted[0] != verb + 1:
        return None
    subject = None if toks[verb].key.endswith("ing") else _subject_left(toks, verb, lo, lex, p)
    return quoted, subject[0] if subject is not None else verb


def _relays(toks: list[Token], k: int, lex: Lexicon) -> bool:
    hit = lex.cues.match_at(toks, k)
    return hit is not None and hit[0] == 1 and hit[1].lemma in lex.relay_cues


def _as_cue(toks: list[Token], phrase: tuple[int, int] | None, hi: int, lex: Lexicon, p: _Paragraph) -> bool:
    """Whether "as" and a cue follow a phrase ("Lavrov as saying"): the phrase names that cue's speaker."""
    if phrase is None or phrase[1] + 1 >= hi or toks[phrase[1]].key != "as" or p.quote_of[phrase[1] + 1] is not None:
        return False
    return lex.cues.match_at(toks, phrase[1] + 1) is not None


def _quote_ending_at(p: _Paragraph, clause_start: int, lo: int) -> Span | None:
    """The quotation that ends just before a cue clause, with at most a comma between (“…,” she said)."""
    k = clause_start - 1
    if k >= lo and p.tokens[k].text == "," and p.quote_of[k] is None:
        k -= 1
    if k < 0 or p.quote_of[k] is None:
        return None
    if k < lo:  # “Does anybody know …?” Graham asked. — the question mark split the sentence
        lo = _sentence_bounds(p, k)[0]
    q = p.quote_of[k]
    first = k
    while first > lo and p.quote_of[first - 1] == q:
        first -= 1
    # Words before it make the quotation part of a larger content ("In an interview on “Face the
    # Nation,” Ryan said …", "It was “a disaster,” she said"), not the statement itself.
    if any(t.is_word and t.key not in _OPENERS for t in p.tokens[lo:first]):
        return None
    return p.quotes[q]


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
    elif mention[1] == mention[0] + 1 and _contraction(p.tokens[mention[0]]):
        base = p.tokens[mention[0]].key.partition("'")[0]
        mention_span = Span(p.tokens[mention[0]].start, p.tokens[mention[0]].start + len(base))  # "he" of "he's"
    else:
        mention_span = Span(p.tokens[mention[0]].start, p.tokens[mention[1] - 1].end)
    return Frame(content, kind, mention_span, cue_span, cue_text, cue.speech, confidence, p.index, chained)


def _sentence_bounds(p: _Paragraph, i: int) -> tuple[int, int]:
    """Token range of the sentence holding token i, widened so no quotation is cut."""
    s = p.sentence_of[i]
    # A "sentence" longer than any real one (a run-on without stops) is cut to a window around the
    # cue, so the cost per cue stays bounded and the whole pass linear.
    floor, ceiling = max(0, i - _MAX_SENTENCE_TOKENS), min(len(p.tokens), i + _MAX_SENTENCE_TOKENS)
    lo = i
    while lo > floor and (
        p.sentence_of[lo - 1] == s or (p.quote_of[lo - 1] is not None and p.quote_of[lo - 1] == p.quote_of[lo])
    ):
        lo -= 1
    hi = i + 1
    while hi < ceiling and (
        p.sentence_of[hi] == s or (p.quote_of[hi] is not None and p.quote_of[hi] == p.quote_of[hi - 1])
    ):
        hi += 1
    return lo, hi


_MAX_SENTENCE_TOKENS = 250


def _is_name_word(tok: Token, lex: Lexicon) -> bool:
    return tok.is_capitalized and lex.word_class(tok.key) not in ("boundary", "pronoun", "relative")


def _subject_left(toks: list[Token], ci: int, lo: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """The speaker mention ending just before the cue, skipping "also", "has" and appositives."""
    k = _past_time(toks, _past_adverbials(toks, ci - 1, lo, lex), lo, lex)
    if k < lo or p.quote_of[k] is not None:
        return None
    if toks[k].text == ",":
        return _subject_before_appositive(toks, k, lo, lex, p)
    if toks[k].text == "." and _abbreviation_dot(toks, k, lex):
        # "Joseph R. Biden Jr. said": the name without its suffix, which only tells him from his father.
        np = _noun_phrase_left(toks, k - 1, lo, lex, p)
        if np is None:
            return None
        return (np[0], k - 1) if k - 1 > np[0] else (np[0], k + 1)
    if toks[k].text == ")" or toks[k].text in _ASIDE_DASHES:
        # "Sen. David Perdue (R-Ga.) said", "Kall -- co-editor of a book -- said": the mention runs
        # through the parenthetical.
        mark, reach = ("(", 8) if toks[k].text == ")" else (toks[k].text, _MAX_APPOSITIVE_TOKENS)
        opening = next((m for m in range(k - 1, max(lo, k - reach) - 1, -1) if toks[m].text == mark), None)
        np = _noun_phrase_left(toks, opening - 1, lo, lex, p) if opening is not None else None
        if np is None or mark != "(":
            return np  # the aside between dashes describes the speaker but is not the name
        return np[0], k + 1
    return (
        _source_group_left(toks, k, lo, lex, p)
        or _noun_phrase_left(toks, k, lo, lex, p)
        or _head_before_modifier(toks, k, lo, lex, p)
    )


# Words that join an unnamed source to its group: "a source in the delegation", "a spokesman for the
# delegation", "sources close to the Kremlin", "two sources familiar with the talks" (roles.analyse
# reads the group).
_SOURCE_LINKS = frozenset({"in", "at", "within", "inside", "from", "for", "of", "close", "near", "familiar"})


def _source_noun(tok: Token, lex: Lexicon) -> bool:
    return lex.singular(tok.key) in lex.source_nouns


def _source_group_left(toks: list[Token], k: int, lo: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """The mention ending at token k when it is an unnamed source and its group: "a source in the Kremlin said"."""
    for m in range(k, max(lo, k - _MAX_MENTION_TOKENS), -1):
        tok = toks[m]
        if p.quote_of[m] is not None or not tok.is_word or _lower_cue(toks, m, lex):
            return None
        if tok.key in _SOURCE_LINKS and _source_noun(toks[m - 1], lex):
            np = _noun_phrase_left(toks, m - 1, lo, lex, p)
            return (np[0], k + 1) if np is not None else None
        if lex.word_class(tok.key) in ("boundary", "relative", "pronoun"):
            return None
    return None


def _source_group_right(toks: list[Token], end: int, hi: int, lex: Lexicon, p: _Paragraph) -> int:
    """Where an unnamed source's mention after the cue ends, over its group: "according to a source in the
    Turkish Foreign Ministry", "said a source close to the talks"."""
    # The link word may already close the noun phrase ("a source close" before "to the Kremlin").
    link = next((m for m in (end, end - 1) if 0 < m < hi and toks[m].key in _SOURCE_LINKS), None)
    if link is None or not _source_noun(toks[link - 1], lex):
        return end
    k = link + 1
    while k < hi and k - link < _MAX_MENTION_TOKENS and p.quote_of[k] is None:
        tok = toks[k]
        if tok.text == "." and _abbreviation_dot(toks, k, lex):
            k += 1
            continue
        if (
            not tok.is_word
            or lex.word_class(tok.key) in ("boundary", "relative", "pronoun")
            or _lower_cue(toks, k, lex)
        ):
            break
        if (tok.key.endswith("ing") and not tok.is_capitalized) or (
            k > link + 1 and lex.word_class(tok.key) == "preposition"
        ):
            break  # "… speaking to RIA Novosti", "… on Friday"
        k += 1
    return k if k > link + 1 else end


def _past_adverbials(toks: list[Token], k: int, lo: int, lex: Lexicon) -> int:
    while k >= lo and _is_adverbial(toks[k], lex):
        k -= 1
    return k


def _past_time(toks: list[Token], k: int, lo: int, lex: Lexicon) -> int:
    """Back past a time phrase between a subject and its verb ("who in 2010 said", "Trump last week said")."""
    j = k
    while j >= lo and k - j < _MAX_TIME_WORDS and (toks[j].key in lex.time_words or toks[j].text.isdigit()):
        j -= 1
    if j == k:
        return k
    if j >= lo and lex.word_class(toks[j].key) == "preposition":
        j -= 1
    return _past_adverbials(toks, j, lo, lex)


_MAX_TIME_WORDS = 3
_POSTMODIFIERS = frozenset({"of", "on", "for", "at", "from", "with", "in"})


def _head_before_modifier(toks: list[Token], k: int, lo: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """ "Experts on North Korea and nuclear nonproliferation said": the head sits before its modifier.

    Not when a closed-class word stands before the cue ("urged his supporters … to ask", "… and warned"):
    the phrase before it is an object, not the cue's subject."""
    if lex.word_class(toks[k].key) is not None:
        return None
    for m in range(k - 1, max(lo, k - _MAX_MENTION_TOKENS), -1):
        tok = toks[m]
        if p.quote_of[m] is not None or not tok.is_word or lex.cues.match_at(toks, m):
            return None
        if tok.key in _POSTMODIFIERS and m > lo:
            np = _noun_phrase_left(toks, m - 1, lo, lex, p)
            if np is not None and lex.word_class(toks[np[1] - 1].key) not in ("pronoun", "relative"):
                return np[0], k + 1
    return None


_WH_WORDS = frozenset({"which", "what", "how", "whom"})
_ARTICLES = frozenset({"the", "a", "an"})
_COORDINATORS = frozenset({"and", "but", "yet", "or"})
_SUBORDINATORS = frozenset({"though", "although", "while", "when", "as", "because", "since", "if", "after", "before"})


_MAX_SOURCE_TOKENS = 25  # "According to early results of the exit poll conducted by Edison Research for …,"


def _through_modifiers(toks: list[Token], mention: tuple[int, int], hi: int, p: _Paragraph) -> tuple[int, int]:
    """Extend a sentence-opening source over its modifiers up to the comma: "a source in the delegation,"."""
    for m in range(mention[1], min(hi, mention[0] + _MAX_SOURCE_TOKENS)):
        if p.quote_of[m] is not None:
            break
        if toks[m].text == ",":
            return mention[0], m
    return mention


def _ends_inverted(toks: list[Token], end: int, hi: int, lex: Lexicon) -> bool:
    """Whether a phrase after the cue closes an inverted report ("…," said Caddell, a pollster.)."""
    if end >= hi:
        return True
    tok = toks[end]
    return (
        not tok.is_word
        or lex.word_class(tok.key) == "preposition"
        or tok.key in lex.time_words
        or tok.key == "of"  # "…," said Mr. Nevins of Showtime.
    )


def _sentence_subject(toks: list[Token], lo: int, end: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """The subject at the start of a sentence, past an opening adverbial ("This week, the president …")."""
    commas = [m + 1 for m in range(lo, end) if toks[m].text == "," and p.quote_of[m] is None]
    starts = [lo, *commas[:2]]
    for start in starts:
        if start < end and toks[start].key in _SUBORDINATORS:
            start += 1  # "Though she called … and called for …"
        if start >= end or lex.word_class(toks[start].key) in ("preposition", "boundary", "relative"):
            continue
        np = _noun_phrase_right(toks, start, end, lex, p)
        if np is not None and _plausible(toks[np[0] : np[1]], lex):
            return np
    return None


def _is_adverbial(tok: Token, lex: Lexicon) -> bool:
    """Words between a subject and its verb: "also", "has", "didn't", "harshly"."""
    if tok.is_capitalized:
        return False
    key = tok.key
    return (
        lex.word_class(key) == "modifier"
        or key.endswith(("n't", "n’t"))
        or (key.endswith("ly") and len(key) > 4 and lex.word_class(key) is None)
    )


def _subject_before_appositive(
    toks: list[Token], comma: int, lo: int, lex: Lexicon, p: _Paragraph
) -> tuple[int, int] | None:
    """ "Vladimir Medinsky, who heads the Russian delegation, stated": the mention runs up to the comma.

    With several commas ("Donna Rawlings, 59, of Ashton, Md., who watched …, said") the speaker is the
    leftmost name that fills a whole comma segment; else the nearest name before a comma."""
    lo = max(lo, comma - _MAX_APPOSITIVE_TOKENS)
    nearest = leftmost = None
    end = comma  # the segment is toks[start:end]
    for n in range(_MAX_APPOSITIVE_COMMAS):
        start = end
        while start > lo and toks[start - 1].text != "," and p.quote_of[start - 1] is None:
            if toks[start - 1].text[0] in _CLAUSE_END and not _abbreviation_dot(toks, start - 1, lex):
                break
            start -= 1
        last = end - 1
        if end > start and toks[last].text == ")":  # "Sen. Claire McCaskill (D-Mo.), who …"
            last = next((m - 1 for m in range(last, start, -1) if toks[m].text == "("), last)
        np = _noun_phrase_left(toks, last, start, lex, p) if end > start else None
        if np is not None and last < end - 1:
            np = np[0], end
        if np is not None and any(_is_name_word(t, lex) for t in toks[np[0] : np[1]]):
            if np[0] == _past_opener(p, start, end) and np[1] == end:
                leftmost = np
            elif nearest is None and n > 0:
                nearest = np
        if start <= lo or toks[start - 1].text != ",":
            break
        end = start - 1
    found = leftmost or nearest
    return (found[0], comma) if found is not None else None


_MAX_APPOSITIVE_COMMAS = 6
_ASIDE_DASHES = frozenset({"--", "—", "–"})


def _abbreviation_dot(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """The dot of "Md.", "Sen.", an initial or any word before a comma ("Del.,"), not a sentence end."""
    if toks[k].text != "." or k == 0:
        return False
    before = toks[k - 1]
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (
        before.key + "." in lex.abbreviations
        or (len(before.text) == 1 and before.is_capitalized)
        or (after is not None and (after.text == "," or after.start == toks[k].end))  # "Del.,", "R-S.C."
    )


def _noun_phrase_left(toks: list[Token], k: int, lo: int, lex: Lexicon, p: _Paragraph) -> tuple[int, int] | None:
    """A noun phrase ending at token k: a pronoun, a name with its titles, or determiner + nouns."""
    if k < lo or p.quote_of[k] is not None:
        return None
    cls = lex.word_class(toks[k].key)
    if cls in ("pronoun", "relative") or _contracted_pronoun(toks[k], lex):
        return k, k + 1
    if toks[k].key in _QUANTITIES and (k == lo or not toks[k - 1].is_word):
        return k, k + 1  # "Some said …", "…, most said …"
    if not toks[k].is_word or cls is not None or (_lower_cue(toks, k, lex) and not _cue_noun(toks, k, lo, lex)):
        return None
    i = k
    while i - 1 >= lo and k - i < _MAX_MENTION_TOKENS and p.quote_of[i - 1] is None:
        prev = toks[i - 1]
        if prev.text == "." and i - 2 >= lo and _abbreviation_dot(toks, i - 1, lex) and not toks[i - 2].text.isdigit():
            i -= 2  # "Mr. Obama", "Leonard E. Burman"
            continue
        if not prev.is_word:
            break
        cls = lex.word_class(prev.key)
        if cls == "determiner":
            i -= 1
            break
        if (
            prev.key in lex.inner_words
            and not prev.is_capitalized
            and (start := lex.phrase_before(toks, lo, i)) is not None
        ):
            i = start  # "… Council of Ukraine Secretary", "Ministry of Foreign Affairs spokeswoman"
            continue
        if cls is not None or _lower_cue(toks, i - 1, lex):
            break
        i -= 1
    if not _plausible(toks[i : k + 1], lex):
        return None
    return i, k + 1


_CONTRACTIONS = ("'s", "'ve", "'d", "'ll", "'re", "'m")


def _contraction(tok: Token) -> bool:
    """ "he's", "they've", "she'd": a word glued to its auxiliary."""
    _, mark, rest = tok.key.partition("'")
    return bool(mark) and "'" + rest in _CONTRACTIONS


def _contracted_pronoun(tok: Token, lex: Lexicon) -> bool:
    """A subject pronoun glued to its auxiliary ("he's said", "they've argued")."""
    return _contraction(tok) and lex.word_class(tok.key.partition("'")[0]) in ("pronoun", "relative")


def _cue_noun(toks: list[Token], k: int, lo: int, lex: Lexicon) -> bool:
    """A cue word used as a speaker noun after a determiner: "the report said", "a poll shows"."""
    return k > lo and lex.word_class(toks[k - 1].key) == "determiner" and lex.names_someone(toks[k].key)


def _lower_cue(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A reporting verb, not a capitalized name that looks like one ("The Washington Post") nor a
    noun form before anything but "that", a colon or a quotation ("according to state law")."""
    if toks[k].is_capitalized:
        return False
    hit = lex.cues.match_at(toks, k)
    if hit is None:
        return False
    if not hit[1].noun:
        return True
    nxt = toks[k + hit[0]] if k + hit[0] < len(toks) else None
    return nxt is not None and (nxt.key == "that" or nxt.text == ":" or nxt.text[0] in _OPENING_MARKS)


_QUANTITIES = frozenset(
    {
        "percent",
        "majority",
        "minority",
        "half",
        "third",
        "quarter",
        "most",
        "many",
        "some",
        "all",
        "none",
        "few",
        "number",
        "share",
        "lot",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "chorus",
        "handful",
        "group",
    }
)


def _names_role(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether lower-case token k continues a speaker's phrase ("the Trump campaign", "Obama aides")."""
    tok = toks[k]
    return (
        lex.names_someone(tok.key)
        or lex.titles.match_at(toks, k) is not None
        or lex.media_nouns.match_at(toks, k) is not None
        or lex.countries.match_at(toks, k - 1) is not None  # "the Russian delegation", "Turkish officials"
    )


def _plausible(words: list[Token], lex: Lexicon) -> bool:
    """Whether the phrase can name a speaker: a name, or a head noun that names someone.

    Rejects "his home state", "85 percent support", "Istanbul represent" — a noun read as a cue.
    """
    of = next((n for n, w in enumerate(words) if w.key == "of" and 0 < n < len(words) - 1), None)
    if of is not None:
        # The head precedes "of" ("the head of the delegation", not "round of Russia") unless it
        # counts people ("52 percent of registered voters").
        words = words[of + 1 :] if words[of - 1].key in _QUANTITIES else words[:of]
    last = words[-1]
    if last.is_capitalized or last.text.isupper():
        return True
    if last.key == "percent" and len(words) > 1:
        return True  # "Twelve percent indicated …", "Another 19 percent said …"
    return (
        lex.names_someone(last.key)
        or lex.titles.match_at(words, len(words) - 1) is not None
        or lex.media_nouns.match_at(words, len(words) - 1) is not None
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
        if tok.text == "." and k > i and _abbreviation_dot(toks, k, lex) and not toks[k - 1].text.isdigit():
            k += 1  # "Mr.", "Jeffrey N. Trimble"
            continue
        if (
            k > i
            and tok.key in lex.inner_words
            and not tok.is_capitalized
            and (across := lex.phrase_across(toks, i, k))
        ):
            k = across  # "Secretary of State Marco Rubio": the title goes on over "of"
            continue
        if not tok.is_word or lex.word_class(tok.key) is not None or _lower_cue(toks, k, lex):
            break
        if k > i and toks[k - 1].is_capitalized and not tok.is_capitalized and not _names_role(toks, k, lex):
            break  # "Cruz exhorted …": the name ends where a verb begins
        k += 1
    if k == i:
        return None
    # "according to presidential administration sources speaking to RIA Novosti": stop at the participle.
    end = next((m for m in range(i + 1, k) if toks[m].key.endswith("ing") and not toks[m].is_capitalized), k)
    return j, _source_group_right(toks, end, hi, lex, p)


def _skip_to_content(toks: list[Token], j: int, hi: int, lex: Lexicon, p: _Paragraph, addressee: bool = False) -> int:
    """Where the content starts after a cue: past an addressee ("told reporters"), adverbials and "that"."""
    k = j
    if addressee:
        # "told Channel One that …": a listed outlet is the addressee at least whole, whatever its words.
        lead = int(k < hi and toks[k].key == "the")
        outlet = lex.outlets.match_at(toks, k + lead) if k + lead < hi else None
        np = _noun_phrase_right(toks, k, hi, lex, p)
        if outlet is not None and (np is None or np[1] < k + lead + outlet[0]):
            np = k, k + lead + outlet[0]
        if np is not None:
            k = np[1]
            if k < hi and p.quote_of[k] is not None and _possessed(toks, k):
                q = p.quote_of[k]  # "told CBS's “Face the Nation”": the programme is part of the addressee
                while k < hi and p.quote_of[k] == q:
                    k += 1
            if k + 1 < hi and toks[k].key == "about" and p.quote_of[k + 1] is None:
                return k + 1  # "asked Clinton about her email scandal"
    if (
        k + 1 < hi
        and toks[k].text == ","
        and toks[k + 1].key.endswith("ing")
        and not toks[k + 1].is_capitalized
        and not ((relay := lex.cues.match_at(toks, k + 1)) and relay[1].lemma in lex.relay_cues)
    ):
        # "said, commenting on the reports, that …": a participial aside before the reported clause ("reported,
        # citing a source, that …" names who spoke, and is read elsewhere).
        close = next((m for m in range(k + 2, min(hi, k + _ADVERBIAL_LOOKAHEAD)) if toks[m].text == ","), None)
        if close is not None and close + 2 < hi and toks[close + 1].key == "that" and p.quote_of[close + 1] is None:
            return close + 2
    # Look ahead for "that" over a run of adverbials ("said on Thursday that", "said at a joint press
    # conference with his Turkish counterpart Hakan Fidan that").
    # Not over an infinitive ("pledged to reclaim the land that …"): its "that" is a relative pronoun.
    lookahead = _THAT_LOOKAHEAD if _infinitive(toks, k, hi, lex) else _ADVERBIAL_LOOKAHEAD
    for m in range(k, min(hi, k + lookahead)):
        if p.quote_of[m] is not None or toks[m].text[0] in _CLAUSE_END or toks[m].text == ",":
            break
        if toks[m].key == "that":
            if m == k or lex.word_class(toks[k].key) == "preposition" or toks[k].key in lex.time_words:
                return m + 1
            break
    if (
        k < hi
        and not _infinitive(toks, k, hi, lex)
        and (lex.word_class(toks[k].key) == "preposition" or toks[k].key in lex.time_words or toks[k].key == "of")
    ):  # "said on Friday the …", "said of the plan, “…”"
        k = _past_adverbial(toks, k, hi, lex, p)
    while k < hi and toks[k].text in (",", ":") and k + 1 < hi and p.quote_of[k + 1] is not None:
        k += 1
    return k


def _infinitive(toks: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """ "to" and a verb ("to release his returns"), not "to" and a noun phrase ("to reporters")."""
    if k + 1 >= hi or toks[k].key != "to":
        return False
    nxt = toks[k + 1]
    return (
        nxt.is_word
        and not nxt.is_capitalized
        and lex.word_class(nxt.key) in (None, "modifier")
        and not nxt.key.isdigit()
    )


def _past_adverbial(toks: list[Token], k: int, hi: int, lex: Lexicon, p: _Paragraph) -> int:
    """Past "after the convention", "on Friday", "on the other hand," to where the reported clause starts.

    The clause starts at a quotation, after a comma, at a subject pronoun, or where a new noun phrase
    follows a noun ("said in a statement the company …"); otherwise the adverbial is left in place.
    """
    for m in range(k + 1, min(hi, k + _THAT_LOOKAHEAD)):
        tok = toks[m]
        if p.quote_of[m] is not None:
            # A quotation after an article is part of a noun phrase ("on a “1,000 for 1,000” swap").
            return k if lex.word_class(toks[m - 1].key) == "determiner" else m
        if tok.text == ",":
            return m + 1
        if tok.text[0] in _CLAUSE_END or tok.key == "that":
            break
        cls = lex.word_class(tok.key)
        if cls == "pronoun" and tok.key not in ("it", "you"):
            return m
        if cls == "determiner" and toks[m - 1].key in lex.time_words:
            return m  # "announced on Friday the arrest of …"
    return k


def _only_adverbials(toks: list[Token], start: int, hi: int, lex: Lexicon, p: _Paragraph) -> bool:
    """Whether what follows the cue is only punctuation or a short time/place phrase ("on Thursday.")."""
    words = [k for k in range(start, hi) if toks[k].is_word]
    if not words:
        return True
    if _infinitive(toks, start, hi, lex):
        return False  # "pledged to push for …", "declined to comment"
    if p.quote_of[words[0]] is not None:
        return False  # a quotation is what was said
    rest = [toks[k] for k in words]
    first = rest[0].key
    if len(rest) > 1 and rest[1].text[0].isdigit():
        return False  # "said about 20 people have …": a quantity, not an adverbial
    if lex.word_class(first) == "preposition" or first == "of":
        # "said in politics it takes time …": a subject after the phrase opens the reported clause.
        return not any(lex.word_class(t.key) == "pronoun" for t in rest[1:])
    return first in lex.time_words and len(rest) <= 4


def _quote_starts_clause(toks: list[Token], start: int, after: int) -> bool:
    return all(t.text in (",", ":") or t.key == "that" for t in toks[after:start])


def _content_after(
    text: str, p: _Paragraph, start: int, hi: int, lex: Lexicon, cue: Cue | None = None
) -> tuple[Span, ...]:
    """From token `start` to the end of the clause, before ", according to …" or a participial chain.

    `cue` is the reporting verb the content follows; a second verb joined to it starts a new report."""
    end = hi
    first = start + 1 if p.tokens[start].key == "that" and start + 1 < hi else start
    # "that if Iran were a stock, he would …": the comma closes the fronted clause, not the content.
    fronted = p.tokens[first].key in _SUBORDINATORS
    for m in range(start + 1, hi):
        tok = p.tokens[m]
        if p.quote_of[m] is not None:
            continue
        if tok.key == "yet" and p.tokens[m - 1].key == "not":
            continue  # "was not yet agreed": an adverb, not a conjunction
        if tok.text == ";":
            end = m  # "…; the council disagreed": a new clause
            break
        if tok.text == "," and m + 1 < hi and p.quote_of[m + 1] is None:
            if _ends_before(p, m + 1, hi, lex, start, fronted):
                # "…, adding …", "…, though she noted …", "…, the source added", "…, he does not defend it"
                end = m
                break
            fronted = False
        elif (
            p.quote_of[m - 1] is not None
            and _comma_closes(text, p, m - 1)
            and _ends_before(p, m, hi, lex, start, fronted)
        ):
            end = m  # "… the plan was “bold,” adding that …": the comma sits inside the closing mark
            break
        if (
            tok.key in _COORDINATORS
            and m + 1 < hi
            and (
                _coordinated_cue(p, m + 1, hi, lex, cue)
                or (m - first > _SUBJECT_WORDS and _report_clause_at(p, m + 1, hi, lex))
            )
        ):
            end = m  # "claimed vast wealth and said it ensured …": the next report starts
            break
        if (
            # "that Moscow and Kyiv agreed …" joins two subjects; after a few words a conjunction joins clauses.
            (
                (tok.key in _COORDINATORS and m - first > _SUBJECT_WORDS)
                or (tok.key in _CONCESSIVE and p.tokens[m - 1].text in (",", *_CLOSING))
            )
            and m + 1 < hi
            and _subject_report(p, m + 1, hi, lex)
        ):
            end = m  # "… and Democrats accused the GOP of …", "…,” but he said that …": another report
            break
        if p.quote_of[m - 1] is not None and _report_clause_at(p, m, hi, lex):
            end = m  # "… because “most people don’t know,” she said": that quotation is hers
            break
    return _trimmed(text, p.tokens[start].start, _end_of(p, end))


def _main_verb_cue(p: _Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """ "Lee, who estimated that …, said he voted …": a finite reporting verb right after a comma is
    the main clause's, so the content before it has ended ("said to cost" is not one)."""
    hit = lex.cues.match_at(p.tokens, m)
    if hit is None or p.tokens[m].is_capitalized:
        return False
    cue = hit[1]
    nxt = p.tokens[m + hit[0]] if m + hit[0] < hi else None
    return cue.speech and cue.form != cue.lemma and not cue.form.endswith("ing") and (nxt is None or nxt.key != "to")


def _resumes(p: _Paragraph, m: int, hi: int) -> bool:
    """Whether a comma later in the sentence closes an aside after which the clause goes on ("the
    decision, which struck down the rules, illustrates …")."""
    return any(p.tokens[k].text == "," and p.quote_of[k] is None for k in range(m, hi - 1))


def _appositive_ends(p: _Paragraph, m: int, hi: int) -> bool:
    """Whether a phrase after ", the"/", a" runs to the end of the sentence on its own ("…, the
    presumptive nominee."), rather than naming one item of a list or an aside the content resumes after
    ("on Israel, the Iranian deal and …", "Terris, the Post reporter, saw …")."""
    return not any(
        p.quote_of[k] is None and (p.tokens[k].text == "," or p.tokens[k].key in _COORDINATORS) for k in range(m, hi)
    )


def _ends_before(p: _Paragraph, k: int, hi: int, lex: Lexicon, start: int, fronted: bool) -> bool:
    """Whether the words at token k, right after a comma, start something other than the content:
    a report or participial chain, a new clause, a relative clause or appositive about its last noun."""
    nxt = p.tokens[k]
    participle = (
        nxt.key.endswith("ing")
        and not nxt.is_capitalized
        and len(nxt.key) > 5
        and lex.cues.match_at(p.tokens, k) is not None
    )
    return (
        nxt.key == "according"
        or participle
        or _opens_report(p, k, hi, lex)
        or _as_report(p, k, hi, lex)
        or _report_clause_at(p, k, hi, lex)
        or (lex.word_class(nxt.key) == "pronoun" and nxt.key not in ("it", "you") and not fronted)
        or (
            nxt.key in _COORDINATORS
            and k + 1 < hi
            and lex.word_class(p.tokens[k + 1].key) == "pronoun"
            and p.tokens[k + 1].key not in ("it", "you")
        )
        or (nxt.key in _WH_WORDS and _report_clause_at(p, k + 1, hi, lex))
        or (lex.word_class(nxt.key) == "relative" and p.tokens[start].key != "that" and not _resumes(p, k + 1, hi))
        or (nxt.key in _ARTICLES and not fronted and _appositive_ends(p, k + 1, hi))
        or _main_verb_cue(p, k, hi, lex)
    )


def _comma_closes(text: str, p: _Paragraph, k: int) -> bool:
    """Whether the quotation ending at token k ends with a comma inside its closing mark (“…,”)."""
    quote = p.quotes[p.quote_of[k]]
    return quote.end == p.tokens[k].end and text[quote.start : quote.end].rstrip("".join(_CLOSING)).endswith(",")


def _report_clause_at(p: _Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """Whether a short reporting clause starts at token m: "she said", "the source added",
    "attorneys for the family said", "said Mr. Barrett"."""
    for n in range(m, min(hi, m + _MAX_TRAILING_SUBJECT)):
        tok = p.tokens[n]
        if p.quote_of[n] is not None or not tok.is_word:
            return False
        if _lower_cue(p.tokens, n, lex):
            return (
                not tok.key.endswith("ing")
                and not _belief_of(p, n, hi, lex)
                and _clause_ends_after_cue(p, n, hi, lex, inverted=n == m)
                and (n == m or _can_speak(p.tokens, m, n, lex))
            )
        if lex.word_class(tok.key) in ("boundary", "relative") or (
            lex.word_class(tok.key) == "preposition" and tok.key not in ("for", "of", "at")
        ):
            return False
    return False


_MAX_TRAILING_SUBJECT = 7


def _can_speak(toks: list[Token], m: int, n: int, lex: Lexicon) -> bool:
    """Whether the words before a trailing cue can be its speaker ("the source", "Clinton"), not a
    verb phrase of the content ("and accepting support from …")."""
    while n > m and _is_adverbial(toks[n - 1], lex):
        n -= 1
    words = toks[m:n]
    if len(words) == 1 and lex.word_class(words[0].key) in ("pronoun", "relative"):
        return True
    return bool(words) and _plausible(words, lex)


def _clause_ends_after_cue(p: _Paragraph, n: int, hi: int, lex: Lexicon, inverted: bool) -> bool:
    """A trailing report ends its sentence soon after the cue: "…, the source added." """
    hit = lex.cues.match_at(p.tokens, n)
    k = n + (hit[0] if hit else 1)
    rest = [t for t in p.tokens[k:hi] if t.is_word]
    if len(rest) <= _MAX_TRAILING_SUBJECT or p.tokens[k].text == ",":
        return True
    if not inverted:
        return False
    # "…, said Lee Epstein, who teaches law at …": an inverted speaker and an appositive.
    np = _noun_phrase_right(p.tokens, k, hi, lex, p)
    return np is not None and np[1] < hi and p.tokens[np[1]].text == ","


def _coordinated_cue(p: _Paragraph, m: int, hi: int, lex: Lexicon, cue: Cue | None) -> bool:
    """Whether a reporting verb follows a conjunction, past adverbials ("and later said", "but noted").

    A bare verb after an inflected cue belongs to the content ("argued that the group should
    not endorse him and instead support her"), not to the speaker."""
    while m < hi and _is_adverbial(p.tokens[m], lex):
        m += 1
    if m >= hi or p.quote_of[m] is not None:
        return False
    hit = lex.cues.match_at(p.tokens, m)
    if hit is None or p.tokens[m].key.endswith("ing"):
        return False
    joined = hit[1]
    if _belief_of(p, m, hi, lex):
        return False
    return cue is None or joined.form != joined.lemma or cue.form == cue.lemma


def _belief_of(p: _Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """ "… and thought of the days when …": a belief verb before a preposition reports nothing."""
    hit = lex.cues.match_at(p.tokens, m)
    if hit is None or hit[1].speech or m + hit[0] >= hi:
        return False
    after = p.tokens[m + hit[0]]
    return after.key == "of" or lex.word_class(after.key) == "preposition"


def _as_report(p: _Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """ "…, as reported by TASS", "…, as Lavrov put it": the content ends before this comment clause."""
    if p.tokens[m].key != "as":
        return False
    return any(p.quote_of[n] is None and _lower_cue(p.tokens, n, lex) for n in range(m + 1, min(hi, m + 5)))


_CONCESSIVE = frozenset({"though", "although", "while", "whereas", "but"})


_SUBJECT_WORDS = 3


def _subject_report(p: _Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """Whether a speaker and a finite reporting verb start at token m ("Democrats accused …")."""
    for n in range(m, min(hi, m + _MAX_TRAILING_SUBJECT)):
        tok = p.tokens[n]
        if p.quote_of[n] is not None or not tok.is_word:
            return False
        if _lower_cue(p.tokens, n, lex):
            return (
                n > m
                and not tok.key.endswith("ing")
                and not _belief_of(p, n, hi, lex)
                and _can_speak(p.tokens, m, n, lex)
            )
        if lex.word_class(tok.key) in ("boundary", "relative") or (
            lex.word_class(tok.key) == "preposition" and tok.key not in ("for", "of", "at")
        ):
            return False
    return False


def _opens_report(p: _Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """ "…, though she noted …": a new report begins, so the content before it ends at the comma."""
    if p.tokens[m].key not in _CONCESSIVE:
        return False
    for n in range(m + 1, min(hi, m + 5)):
        if p.quote_of[n] is not None or not p.tokens[n].is_word:
            return False
        if lex.cues.match_at(p.tokens, n):
            return n > m + 1
    return False


def _content_before(text: str, p: _Paragraph, lo: int, clause_start: int) -> tuple[Span, ...]:
    lo = _past_opener(p, lo, clause_start)
    if clause_start <= lo:
        return ()
    return _trimmed(text, p.tokens[lo].start, p.tokens[clause_start - 1].end)


# Sentence openers that link to what came before and are not part of what was said.
_OPENERS = frozenset({"and", "but", "so", "yet", "or", "however", "still", "meanwhile", "moreover", "also", "plus"})


def _past_opener(p: _Paragraph, lo: int, end: int) -> int:
    """Past "And", "But", "However," at the start of reported content (not inside a quotation)."""
    while lo < end - 1 and p.quote_of[lo] is None and p.tokens[lo].key in _OPENERS:
        lo += 1
        if p.tokens[lo].text == ",":
            lo += 1
    return lo


def _end_of(p: _Paragraph, end: int) -> int:
    last = p.tokens[end - 1]
    if p.quote_of[end - 1] is not None:
        return p.quotes[p.quote_of[end - 1]].end
    return last.end


def _trimmed(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Cut white space and the sentence's own final punctuation; keep closing quotation marks."""
    while end > start and (text[end - 1].isspace() or (text[end - 1] in ",;:.!?…—–" and text[end - 1] not in _CLOSING)):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return (Span(start, end),) if end > start else ()


def _attach_quotes(
    text: str, paragraphs: tuple[Span, ...], quotes: tuple[Quote, ...], frames: list[Frame], lex: Lexicon
) -> list[Frame]:
    """Give quotations not yet used to the frame they continue: split quotes, "X said:" and floating quotes."""
    # A quotation over several paragraphs is one statement, though its cue sits by the last part only.
    later_part = {part: q for q in quotes for part in q.parts[1:]}
    for k, frame in enumerate(frames):
        if frame.content and (q := later_part.get(frame.content[0])) is not None:
            frames[k] = replace(frame, content=q.parts[: q.parts.index(frame.content[0])] + frame.content)
    # Sweeps and binary searches over sorted offsets keep this linear-logarithmic on huge inputs.
    contents = sorted(c for f in frames for c in f.content)
    content_starts = [c.start for c in contents]
    reach = list(accumulate((c.end for c in contents), max))  # the furthest end among contents so far
    paragraph_starts = [p.start for p in paragraphs]
    cued = sorted((k for k, f in enumerate(frames) if f.cue is not None), key=lambda k: frames[k].cue.start)
    cue_starts = [frames[k].cue.start for k in cued]
    out = list(frames)
    for quote in quotes:
        if not quote.double or _used(quote, content_starts, reach) or _after_possessive(text, quote.span.start):
            continue  # used, or a title: "CBS's “Face the Nation”" is nobody's words
        before = bisect_left(cue_starts, quote.span.start)
        if before == 0:
            continue
        para = bisect_right(paragraph_starts, quote.parts[0].start) - 1
        j = before - 1
        while (
            j > 0
            and (out[cued[j]].chained or _relative_speaker(text, out[cued[j]], lex))
            and out[cued[j - 1]].paragraph == out[cued[j]].paragraph == para
        ):
            j -= 1  # “…,” he said, referring to X. “…” / “…,” said Bob, who has accused X. “…”: not the aside's
        k = cued[j]
        frame = out[k]
        between = text[(frame.content[-1].end if frame.content else frame.cue.end) : quote.span.start]
        cue_between = frame.content and frame.cue.start >= frame.content[-1].end
        if (
            frame.paragraph == para
            and frame.kind is Kind.DIRECT
            and frame.content
            and not _has_sentence_text(between, cue_between)
        ):
            out[k] = replace(frame, content=frame.content + quote.parts)  # "…," she said, "…"  /  …" X said. "…"
        elif not frame.content and frame.paragraph in (para, para - 1):
            out[k] = replace(frame, content=quote.parts, kind=Kind.DIRECT)  # X continued: "…"
        elif (
            quote.closed  # a quotation left open and not continued is an excerpt or a slip, nobody's words
            and _starts_sentence(text, paragraphs[para], quote)
            and quote.words(text) >= 4
            and para - frame.paragraph <= 2
        ):
            out.append(  # quoted words were said, whatever the cue they follow ("X thinks …. “…”")
                Frame(quote.parts, Kind.DIRECT, frame.mention, None, None, True, 0.5, para, chained=True)
            )
    _block_quotes(text, paragraphs, out)
    return sorted((f for f in out if f.content), key=lambda f: f.content[0].start)


def _block_quotes(text: str, paragraphs: tuple[Span, ...], frames: list[Frame]) -> None:
    """ "Limbaugh added:" then a paragraph without quotation marks: the block quote is what he said."""
    taken = {f.paragraph for f in frames if f.content}
    for k, frame in enumerate(frames):
        following = frame.paragraph + 1
        if frame.content or following >= len(paragraphs) or following in taken:
            continue
        content = _trimmed(text, paragraphs[following].start, paragraphs[following].end)
        if content:
            frames[k] = replace(frame, content=content, kind=Kind.DIRECT, paragraph=following)
            taken.add(following)


def _after_possessive(text: str, at: int) -> bool:
    """Whether a possessive word ends right before offset `at` ("CBS's “…”")."""
    return text[max(0, at - 3) : at].rstrip().replace("’", "'").endswith(_POSSESSIVE_S)


def _relative_speaker(text: str, frame: Frame, lex: Lexicon) -> bool:
    """ "…, who has accused …": a report in a relative clause about another frame's speaker."""
    return frame.mention is not None and lex.word_class(frame.mention.of(text).lower()) == "relative"


def _used(quote: Quote, content_starts: list[int], reach: list[int]) -> bool:
    """Whether some frame's content overlaps one of the quotation's parts."""
    for part in quote.parts:
        n = bisect_left(content_starts, part.end)  # contents starting before the part ends
        if n and reach[n - 1] > part.start:
            return True
    return False


def _has_sentence_text(between: str, cue_between: bool) -> bool:
    """Whether the text between two quotes holds more than a cue clause ("she said,", "said X, an
    economist at the Tax Foundation's policy center.")."""
    return len(between.split()) > (_MAX_CUE_CLAUSE_WORDS if cue_between else 8)


_MAX_CUE_CLAUSE_WORDS = 40


def _starts_sentence(text: str, paragraph: Span, quote: Quote) -> bool:
    before = text[paragraph.start : quote.span.start].rstrip()
    return not before or before[-1] in '.!?:”"’'
