"""Reporting frames: a cue ("said", "according to"), the mention of who spoke, and the content.

Works on the tokens of one paragraph at a time, with quotations treated as opaque blocks. Covers
  SPEAKER CUE (that) CONTENT        Lavrov announced that …
  CONTENT, SPEAKER CUE / CUE SPEAKER  "…," Leavitt stated / "…," said Caddell
  according to SPEAKER              …, according to Leavitt.
  SPEAKER CUE: "QUOTE"              Caddell continued: "…"
  participial chains                …, stating there is no military solution
and, afterwards, split quotes ("…," she said, "…") and floating quotes that continue a speaker.

Each family of constructions has its own module (clauses, relays, nominal, labels, questions,
continuation) over the shallow phrases (phrases) and content boundaries (content) of a paragraph."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from ..models import Kind, Span
from .clauses import AUXILIARIES, between_cue_and_content, clause_opens, frame_at, relative_report
from .content import refers_back, says_nothing
from .continuation import attach_quotes
from .labels import is_headline, labelled_line, signed_quotes
from .lexicons import Lexicon
from .nominal import nominal_report
from .paragraph import Frame, FrameIndex, Paragraph, build_paragraph, contracted_pronoun, furthest_end, inside_any
from .phrases import SUBORDINATORS
from .questions import question_answered
from .quotes import Quote
from .relays import relay_mention, relay_only
from .stated_this import passive_this, pointed_this
from .tokens import Token, start_of, token_start


def find_frames(
    text: str,
    paragraphs: tuple[Span, ...],
    sentences: tuple[tuple[Span, ...], ...],
    quotes: tuple[Quote, ...],
    tokens: list[Token],
    lexicon: Lexicon,
) -> list[Frame]:
    frames: list[Frame] = []
    furniture: list[Span] = []
    parts = sorted((p for q in quotes for p in q.parts), key=start_of)
    t = q = 0
    body = False  # whether a paragraph has ended as a sentence does: the lines above it are the headline's
    for n, para in enumerate(paragraphs):
        first, t = t, bisect_left(tokens, para.end, lo=t, key=token_start)
        while q < len(parts) and parts[q].start < para.start:
            q += 1
        inside = []
        while q < len(parts) and para.contains(parts[q]):
            inside.append(parts[q])
            q += 1
        toks = tokens[first:t]
        if (
            not body
            and n + 1 < len(paragraphs)  # a headline has a story below it
            and not (body := not _unpunctuated(toks) or toks[-1].text in _GOES_ON)
            and toks[0].text not in _DOUBLE_OPENERS
            and not any(t.text in _SENTENCE_ENDS for t in toks)
        ):
            # A headline, a deck or a byline above the story ("Health officials urge travellers to check
            # records"): nobody's statement, and no quotation in it is anybody's continued words. A line that
            # opens with a double mark is a quotation signed after a dash ("“We will win.” — Ann Lee"); one
            # that ends in a semicolon or a colon goes on in the next; one with a sentence in it is the story's,
            # signed or credited after it ("… a source said. (AFP)").
            furniture.append(para)
            continue
        if (
            body
            and toks[-1].is_word  # most paragraphs end in a mark: a headline in a word
            and n + 1 < len(paragraphs)
            and _DATELINE_OPENING.match(text, paragraphs[n + 1].start) is not None
            and _unpunctuated(toks)
        ):
            furniture.append(para)  # a roundup's item headline above its dateline ("…\n\nKAMLOOPS, B.C. — …")
            continue
        if _caption(toks):
            furniture.append(para)  # "Mayor Ann Lee says … (Ben Nelms/CBC)": a photo's caption and its credit
            continue
        if _furniture(toks, lexicon) or (
            furniture and furniture[-1] is paragraphs[n - 1] and _bare_label(furniture[-1], tokens, lexicon)
            and _unpunctuated(toks)
        ):  # fmt: skip
            furniture.append(para)  # "READ MORE" on a line of its own, then the linked headline
            continue
        p = build_paragraph(n, toks, sentences[n], inside)
        if (toks[0].key in _CORRECTION_LABELS and len(toks) > 1 and toks[1].text == ":") or (
            n
            and paragraphs[n - 1].end - paragraphs[n - 1].start < _CORRECTION_HEAD_CHARS
            and text[paragraphs[n - 1].start : paragraphs[n - 1].end].lower().replace("’", "'") in _CORRECTION_HEADS
        ):  # "Editor's note" on a line of its own above the correction
            frames.extend(
                f for f in _frames_in(text, p, lexicon, frames) if not (_own_text(text, f) or _retracted(text, f))
            )
        else:
            frames.extend(_frames_in(text, p, lexicon, frames))
    if furniture:  # nor is a quotation in page furniture anybody's continued words
        quotes = tuple(q for q in quotes if not any(f.contains(q.span) for f in furniture))
    return attach_quotes(text, paragraphs, quotes, frames, lexicon)


_MAX_LABEL_TOKENS = 4
_NO_ONE = ("nobody ", "Nobody ", "no one ", "No one ")  # a subject that says no one spoke
# "Correction: An earlier version of this story said …": what the publication's own text said, retracted, is no
# one's statement (a report of someone in the line is: "Clarification: … to reflect that Fowler is calling for …")
_CORRECTION_LABELS = frozenset({"correction", "corrections", "clarification"})
_CORRECTION_HEADS = _CORRECTION_LABELS | {"editor's note", "note to readers", "clarifications"}
_CORRECTION_HEAD_CHARS = 16
_DATELINE_OPENING = re.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)? (?:—|–|-|\()")
_OWN_TEXT_NOUNS = frozenset({"story", "article", "version", "headline", "column", "report", "item", "caption"})
_DOUBLE_OPENERS = frozenset({'"', "“", "«", "„"})
_GOES_ON = frozenset({";", ",", ":"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_CLOSING_MARKS = frozenset({'"', "'", "”", "’"})
_LABEL_ENDS = frozenset({":", "|", "—", "–", "»"})
# A label that tells the reader to follow a link may go on before its colon: "Watch the video: …", "Read the
# full report: …" (and no more than _MAX_LABEL_TOKENS words).
_IMPERATIVE_LABELS = frozenset({"watch", "read", "listen", "see"})


def _furniture(toks: list[Token], lex: Lexicon) -> bool:
    """Whether a paragraph is page furniture: "READ MORE: …", "WATCH | …", "PHOTO: …", "Watch the video: …", or
    a label on a line of its own ("READ MORE")."""
    if not toks or (toks[0].key not in _label_firsts(lex.furniture_labels) and toks[0].key not in _IMPERATIVE_LABELS):
        return False  # most paragraphs open with no label's first word: one look-up instead of joins and a scan
    if len(toks) <= _MAX_LABEL_TOKENS and " ".join(t.key for t in toks) in lex.furniture_labels:
        return True
    end = next((k for k, t in enumerate(toks[: _MAX_LABEL_TOKENS + 1]) if t.text in _LABEL_ENDS), None)
    if not end:
        return False
    if " ".join(t.key for t in toks[:end]) in lex.furniture_labels:
        return True
    return toks[end].text == ":" and toks[0].key in _IMPERATIVE_LABELS and toks[0].is_capitalized


_MAX_CREDIT_TOKENS = 12
_CREDIT_OPENERS = frozenset({"submitted", "supplied", "courtesy", "photo", "file"})


def _caption(toks: list[Token]) -> bool:
    """Whether a paragraph ends in a photo's credit in parentheses: "(Ben Nelms/CBC)", "(Twitter/@annlee)",
    "(Submitted by Ottawa Police Service)" after a sentence; not a wire's "(AFP)" after the story's words."""
    if len(toks) < 4 or toks[-1].text != ")":
        return False
    opening = next((k for k in range(len(toks) - 2, max(0, len(toks) - _MAX_CREDIT_TOKENS) - 1, -1)
                    if toks[k].text in "()"), None)  # fmt: skip
    if opening is None or toks[opening].text != "(" or opening == 0 or toks[opening - 1].text[-1] not in ".!?":
        return False
    inside = toks[opening + 1 : -1]
    if inside and inside[0].key in _CREDIT_OPENERS:
        return True
    return any(t.text == "/" and k > 0 and inside[k - 1].is_capitalized for k, t in enumerate(inside))


@lru_cache(maxsize=4)
def _label_firsts(labels: frozenset[str]) -> frozenset[str]:
    """The first words of the furniture labels (keys joined by one space)."""
    return frozenset(label.split(" ")[0] for label in labels)


def _bare_label(para: Span, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a furniture paragraph is a label alone ("READ MORE"), so the line after it is what it links to."""
    first = bisect_left(tokens, para.start, key=token_start)
    last = bisect_left(tokens, para.end, lo=first, key=token_start)
    return last - first <= _MAX_LABEL_TOKENS and " ".join(t.key for t in tokens[first:last]) in lex.furniture_labels


def _unpunctuated(toks: list[Token]) -> bool:
    """A headline's shape: the line does not end as a sentence does. A quotation closing the line ends a sentence
    when its own words do ("… she said, “It is over.”"), a headline's when they do not ("Chair says board had 'no
    good options'")."""
    if not toks or toks[-1].text in _SENTENCE_ENDS or toks[-1].text == "…":
        return False
    return toks[-1].text not in _CLOSING_MARKS or (len(toks) > 1 and toks[-2].is_word)


_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})


def _subject_after(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the subject pronoun after a verb read mostly as a noun or with an object opens a clause ("has always
    maintained he acted in self-defence"), not after an article or a preposition ("the state she represents")."""
    return i > 0 and lex.word_class(toks[i - 1].key) not in ("determiner", "preposition")


def _media_after(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether toks[i] begins a media noun ("state news agency", "state television"): the word before it says
    which media, and is no cue."""
    return i < len(toks) and (
        lex.media_nouns.match_at(toks, i) is not None or toks[i].key in lex.outlet_shapes.get("group", ())
    )


def _in_subject_of(text: str, frame: Frame, earlier: Frame, last: Token) -> bool:
    """Whether an earlier frame's report lies in a relative clause on the subject of the frame's verb ("Nurses who
    … feared reprisals said"): the clause opens right after the frame's speaker mention, holds the earlier speaker and
    cue, and its content runs over the verb, leaving a word (`last`, before the verb) to keep."""
    return (
        frame.mention is not None
        and earlier.mention is not None
        and last.is_word
        and last.key != "to"  # "Residents who want the council to say sorry said …": an infinitive is no main verb
        and len(earlier.content) == 1
        and frame.mention.end <= earlier.mention.start
        and text[frame.mention.end : frame.mention.end + 7].lstrip().startswith(("who ", "whose "))
        and inside_any(frame.cue, earlier.content)
        and last.start >= earlier.content[0].start
    )


def _cut_before(frame: Frame, end: int) -> Frame:
    """The frame with its one content span ending at `end`."""
    return replace(frame, content=(Span(frame.content[0].start, end),))


def _inside(nominal: Frame, frames: list[Frame]) -> bool:
    """Whether a nominal report lies in the content of a frame found before it, which starts before its possessor:
    "she hopes the world remembers his call for unity" reports her hope, and the noun phrase is part of what she
    hopes, no statement of its own; "nobody answered Pruitt's criticism that …" is hers, the object of the verb."""
    at = nominal.cue.start if nominal.cue is not None else nominal.content[0].start
    owner = nominal.mention.start if nominal.mention is not None else at
    return any(part.start < owner and at < part.end for frame in frames[-3:] for part in frame.content)


def _frames_in(text: str, p: Paragraph, lex: Lexicon, earlier: list[Frame]) -> list[Frame]:
    found: list[Frame] = []
    toks = p.tokens
    # Only a word outside quotations that can start a cue or is a report noun is looked at closely.
    firsts, quote_of = lex.frame_firsts, p.quote_of
    candidates = [i for i, t in enumerate(toks) if t.key in firsts and quote_of[i] is None]
    resume = 0  # the token after the last cue taken
    # A frame's cue starts at or after its candidate token, so a frame whose content ends before that
    # token can neither hold the cue nor follow it: only the frames still reaching are compared, which
    # keeps a long paragraph linear.
    reaching: list[Frame] = []
    contents: set[tuple[Span, ...]] = set()
    for i in candidates:
        if i < resume:
            continue
        if (
            toks[i].key in lex.report_nouns
            and (nominal := nominal_report(text, p, i, lex)) is not None
            and not _inside(nominal, found)
        ):
            found.append(nominal)
            reaching.append(nominal)
            contents.add(nominal.content)
            continue
        hit = lex.cues.match_at(toks, i)
        if hit is None or quote_of[i : i + hit[0]].count(None) < hit[0]:
            continue  # a cue's words are all outside quotations (counted in C)
        if toks[i].key in lex.cue_compounds.first_keys and lex.cue_compounds.match_at(toks, i):
            continue  # "an analyst at the Prism think tank", "a show trial": a noun, no cue
        n, cue = hit
        if cue.noun and (
            not (
                clause_opens(p, i + n, lex)
                or (toks[i + n - 1] is not toks[-1] and toks[i + n].key in _SUBJECTS and _subject_after(toks, i, lex))
            )
            or _media_after(toks, i + n, lex)
        ):
            resume = i + n  # "in his home state", "the attacks on Paris", "state news agency RIA reported"
            continue
        # "the United States", "Reports" mid-sentence: a name, not a verb (the line's shape looked at only then)
        if toks[i].is_capitalized and i > 0 and p.sentence_of[i - 1] == p.sentence_of[i] and not is_headline(toks):
            continue
        if (
            i > 0
            and toks[i - 1].key.endswith(("'s", "s'"))
            and not contracted_pronoun(toks[i - 1], lex)
            and not (toks[i - 1].is_capitalized and _of_possessive(toks, i, lex))
        ):
            continue  # "Editor's note", "Trump's claims": a word after a possessive is a noun
        frame = frame_at(text, p, i, i + n, cue, lex, found or earlier[-1:])
        if frame is not None and frame.mention is not None and _asks_you(text, frame, p, i):
            frame = None  # "What do you say to people who …?": the interviewer's question, nobody's statement
        elif frame is not None and frame.mention is not None and text.startswith(_NO_ONE, frame.mention.start):
            frame = None  # "if nobody tells you it exists": no one said it
        elif frame is not None and _fronted_subordinate(text, frame):
            frame = None  # "As a heat warning settles over …, we asked Ann Lee what …": a clause of time, not said
        if (
            frame is not None
            and frame.speech
            and (_negated(toks, i, p) or (cue.lemma in lex.object_cues and _noun_object(frame, p, lex)))
        ):  # "did not say how much it would cost", "welcomed the decision": nothing was said
            frame = replace(frame, speech=False)
        elif (
            frame is not None
            and frame.speech
            and cue.lemma in _NAMING
            and not toks[i].key.endswith("ed")  # "called Rubio “Little Marco”" once is a jibe, said
            and _nickname(text, frame)
        ):
            frame = replace(frame, speech=False)  # "calling the twins “Salt” and “Pepper”": a name given, not said
        elif frame is not None and cue.lemma == "find" and _report_finds(text, frame) and not _negated(toks, i, p):
            frame = replace(frame, speech=True)  # "The study found that …": what a report says, as "the report said"
        if frame is not None:
            reaching = [f for f in reaching if furthest_end(f) > toks[i].start]
            for f in [f for f in reaching if _in_subject_of(text, frame, f, toks[i - 1])]:
                # "Nurses who asked not to be named because they feared reprisals said …": the fear is told in the
                # subject's clause and ends where the main verb starts; the main verb's report is its own
                cut = _cut_before(f, toks[i - 1].end)
                found[found.index(f)] = reaching[reaching.index(f)] = cut
                contents.discard(f.content)
                contents.add(cut.content)
        if (
            frame is not None
            and (
                relative_report(text, frame, lex)
                or not any(inside_any(frame.cue, f.content) and not relay_mention(text, f, lex) for f in reaching)
                # "Moss wrote that Kemp said …": Kemp's report is a statement of its own too
                or (
                    cue.lemma in _NESTED_REPORTS and toks[i - 1].key not in _UNREAL and _nested_report(text, frame, lex)
                )
            )
            and not any(between_cue_and_content(text, frame.cue, f) for f in reaching)  # "said, commenting on …, that"
            and frame.content not in contents  # "said in a Telegram post: “…”" is one act
        ):
            for f in [f for f in reaching if _skipped_to(f, frame)]:
                found.remove(f)  # "conceded in Regina but said her party had “…”": the quotation is said, not conceded
                reaching.remove(f)
                contents.discard(f.content)
            found.append(frame)  # a report inside another's content ("…, which he said were …") is its own
            reaching.append(frame)
            contents.add(frame.content)
        resume = i + n
    found += passive_this(text, p, found, lex)  # "Kyiv will not yield. This was stated by Umerov …"
    index = FrameIndex(found) if len(found) > 1 else None  # a lone frame relays no other
    found = [
        g
        for f in found
        if not relay_only(text, f, index, lex)
        and not question_answered(text, f, lex)
        # "Umerov said this …" points at the sentence before, if no other frame holds it; else it says nothing
        and (g := pointed_this(text, p, f, found, lex) if refers_back(text, f) else f) is not None
        and not says_nothing(text, g)
    ]
    if not found or all(_own_words(text, f) or not f.speech for f in found):
        labelled = labelled_line(text, p, lex)
        if labelled is not None and all(inside_any(f.content[0], labelled.content) for f in found):
            found = [labelled]  # "Halvorsen: … I wanted to give him a voice.": the answer is the labelled speaker's
    return found + signed_quotes(text, p, lex, found)


_NAMING = frozenset({"call", "dub", "nickname"})
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_NICKNAME_WORDS = 3


def _nickname(text: str, frame: Frame) -> bool:
    """Whether a naming verb's quoted words are all names ("the park “Dog Hill”"), not what it is called ("the plan
    “a disaster”")."""
    first = _QUOTED.search(text, frame.content[0].start, frame.content[-1].end)
    if first is None or "," in (before := text[frame.content[0].start : first.start()]) or len(before.split()) > 4:
        return False  # the quotation right after the object: not "called them to the stage, singing “…”"
    quoted = _QUOTED.findall(text, frame.content[0].start, frame.content[-1].end)
    return all(
        0 < len(words := q.strip(" .,!?").split()) <= _NICKNAME_WORDS and all(w[0].isupper() for w in words)
        for q in quoted
    )


def _fronted_subordinate(text: str, frame: Frame) -> bool:
    """Whether the content of "asked" opens before its speaker's mention with a fronted subordinate clause and goes
    on after the cue ("As …, we asked Ann Lee, …, what …"): the clause tells when, no one said it (not "If the levy
    passes, prices will rise, Lee said", nor "Because the plant is old it must close, Lee said")."""
    return (
        frame.mention is not None
        and frame.cue_text is not None
        and frame.cue_text.lower().startswith("ask")  # a question put, not "After that, he said, he does not know"
        and frame.kind is Kind.INDIRECT
        and bool(frame.content)
        and (first := frame.content[0]).end <= frame.mention.start
        and text[first.start : first.start + 8].split(" ", 1)[0].lower() in SUBORDINATORS
        and "," not in text[first.start : first.end]
        and frame.content[-1].start >= frame.mention.end  # the rest after the cue: the clause is no report's whole
    )


def _skipped_to(earlier: Frame, frame: Frame) -> bool:
    """Whether an earlier frame's cue took as its content what lies after a later cue, inside that cue's own."""
    return (
        earlier.cue is not None
        and frame.cue is not None
        and earlier.cue.end <= frame.cue.start
        and bool(earlier.content)
        and earlier.content[0].start >= frame.cue.end
        and all(inside_any(c, frame.content) for c in earlier.content)
    )


# Reporting verbs whose report, with its own speaker, inside another's content is a statement of its own as well
# ("Kemp said the levy was fair and his aides said it would pass", "the poll found that most voters say …"):
# PolNeAR annotates both; a nested belief or plan ("said he believes …") stays part of the outer content only.
_NESTED_REPORTS = frozenset({"say", "suggest"})
# Words before a verb that make its report one not made ("want the council to say sorry", "would say"), or a relay's
# ("reported Ushakov as saying …", which relay_mention reads).
_UNREAL = frozenset({"to", "would", "could", "might", "will", "may", "should", "can", "must", "as"})


def _nested_report(text: str, frame: Frame, lex: Lexicon) -> bool:
    """Whether a report inside another's content is one of its own: a speaker named for it, neither a relative pronoun
    (relative_report decides those) nor a poll's share ("the poll found that 72 percent of voters said …": the
    poll's finding), and a content with a subject ("names he said would be released": the gap is the names)."""
    if frame.mention is None or not frame.content:
        return False
    words = frame.mention.of(text)
    first = frame.content[0].of(text).split(maxsplit=1)
    return (
        bool(first)
        and first[0].lower() not in AUXILIARIES
        and lex.word_class(words.lower()) != "relative"
        and "percent" not in words
        and "%" not in words
        and not any(c.isdigit() for c in words)
    )


# Words that open a clause ("announced that …", "promised to …") or make one ("announced the plant would close").
_CLAUSE_OPENERS = frozenset({"that", "to", "whether", "if", "how", "why", "what", "when", "where", "who"})
_CLAUSE_WORDS = AUXILIARIES | {"be", "do", "that"}
_MAX_OBJECT_TOKENS = 20


_DEMONSTRATIVES = frozenset({"that", "this"})


def _noun_object(frame: Frame, p: Paragraph, lex: Lexicon) -> bool:
    """Whether an indirect frame's content is a bare noun phrase: "the decision", "a $5-million fund for clinics"
    (no clause word, no past form, no quotation, short)."""
    if frame.kind is not Kind.INDIRECT or len(frame.content) != 1:
        return False
    span = frame.content[0]
    if frame.cue is not None and span.end <= frame.cue.start:
        return False  # "… won $5 million, the corporation announced": what goes before the cue is a clause
    k = bisect_left(p.tokens, span.start, key=token_start)
    words = []
    while k < len(p.tokens) and p.tokens[k].start < span.end:
        if p.quote_of[k] is not None:
            return False
        words.append(p.tokens[k])
        k += 1
    if len(words) == 2 and words[0].key in _DEMONSTRATIVES and words[1].is_word and not words[1].is_capitalized:
        return lex.word_class(words[1].key) is None  # "rejected that explanation": a thing pointed at, no clause
    return (
        0 < len(words) <= _MAX_OBJECT_TOKENS
        and words[0].key not in _CLAUSE_OPENERS
        and lex.word_class(words[0].key) != "pronoun"
        and not any(w.key in _CLAUSE_WORDS or w.key.endswith(("ed", "n't")) for w in words)
    )


# What reports its findings in its own words: "The study found that …", "A city report found …", a court's ruling
# ("The court found that the trial judge erred") (a poll's or a survey's findings are figures, no statement; PolNeAR
# reads a panel's, a person's or researchers' finding as a perception).
_FINDERS = frozenset({"report", "study", "review", "audit", "analysis", "investigation", "inquiry"})
_RULERS = frozenset({"court", "tribunal"})  # a ruling's finding is a clause: "found that …", not "found an interest"


def _report_finds(text: str, frame: Frame) -> bool:
    # the head before an aside: "The report, released Thursday, found …"
    words = frame.mention.of(text).lower().split(",")[0].split() if frame.mention is not None else ()
    return bool(words) and (
        words[-1] in _FINDERS or (words[-1] in _RULERS and text.startswith("that ", frame.content[0].start))
    )


def _asks_you(text: str, frame: Frame, p: Paragraph, i: int) -> bool:
    """Whether the cue's subject is "you" in a sentence that ends in a question mark."""
    if frame.mention.of(text).lower() != "you":
        return False
    k, sentence = i, p.sentence_of[i]
    while k + 1 < len(p.tokens) and p.sentence_of[k + 1] == sentence:
        k += 1
    return p.tokens[k].text == "?"


_NEGATIONS = frozenset({"not", "never", "cannot"})


def _negated(toks: list[Token], i: int, p: Paragraph) -> bool:
    """Whether the cue at i is negated: "did not say", "didn't confirm", "has never said", "cannot say", "did not
    immediately respond" (an adverb in "-ly" between)."""
    k = i - 1
    if k > 0 and toks[k].key.endswith("ly") and not toks[k].is_capitalized and p.sentence_of[k] == p.sentence_of[i]:
        k -= 1
    if k >= 0 and toks[k].key in _NEGATIONS and p.sentence_of[k] == p.sentence_of[i]:
        return k > 0 and toks[k - 1].is_word  # "did not", "has never", not "Not said" opening a line
    return k >= 0 and toks[k].key.endswith("n't") and p.sentence_of[k] == p.sentence_of[i]


_FIRST_PERSON = frozenset({"i", "we"})


_OF_NAME_WORDS = 4  # "a friend of Ann Marie Lee's": the name's words between "of" and the possessive


def _of_possessive(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the possessive before the cue toks[i] closes "a friend of Ann Lee's": a person noun, "of" and a name,
    all the verb's subject ("A friend of Ann Lee's said …"), not a possessor of a noun ("a fan of Lee's claims")."""
    if toks[i].key[:-1] in lex.report_nouns:
        return False
    k = i - 1
    m = k - 1
    while m > 0 and k - m < _OF_NAME_WORDS and toks[m].is_capitalized:
        m -= 1
    if m < 1 or toks[m].key != "of":
        return False
    noun = lex.singular(toks[m - 1].key)  # a person, not "a report of Trump's claims", "the city of Regina's"
    things = (lex.document_nouns, lex.report_nouns, lex.impersonal_nouns, lex.body_nouns, lex.organisation_nouns)
    return noun in lex.person_nouns and not any(noun in t for t in things)


def _own_text(text: str, frame: Frame) -> bool:
    """Whether a frame's speaker is the publication's own text ("this story", "an earlier version"), or none."""
    return frame.mention is None or any(w in _OWN_TEXT_NOUNS for w in frame.mention.of(text).lower().split())


_RETRACTING = re.compile(r"\b(?:incorrectly|wrongly|erroneously|mistakenly) $")


def _retracted(text: str, frame: Frame) -> bool:
    """Whether a correction says the words were wrong ("An article on Page A3 incorrectly said …"): whoever the
    subject is read as, the publication's retracted words."""
    return frame.cue is not None and _RETRACTING.search(text, max(0, frame.cue.start - 13), frame.cue.start) is not None


def _own_words(text: str, frame: Frame) -> bool:
    """Whether a frame is the speaker's own report of themselves ("I wanted", "we said"): inside a labelled answer,
    part of the answer."""
    return frame.mention is not None and frame.mention.of(text).lower() in _FIRST_PERSON
