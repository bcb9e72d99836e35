"""The Russian engine: Russian news text in, the same Statement records as the English engine out.

quotes (masked) → sentences (razdel) → frames (direct: «…», — сказал X / X сказал: «…» / split «…, — сказал
он. — …»; reported: X заявил, что …; …, сообщил X; по словам X, …; как отметил X, …; lede + «Об этом заявил X»)
→ people of the article (pymorphy3: names to the nominative) → speakers (names, pronouns, nominal anaphors,
organisations, unnamed sources) → relay outlets (named, «агентству», paragraph tails, carried over per speaker).
Offsets index the original text throughout.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from razdel import sentenize

from ..engine import lexicons
from ..models import Article, Kind, Span, Statement
from . import morph
from .lexicon import RuLexicon
from .lexicon import load as load_lexicon

_JOINER = " … "
_MASK = "▒"
_OPEN = {"«": "»", "„": "“"}
_DASH = r"[—–-]"
_DATELINE = re.compile(
    r"\s*[А-ЯЁA-Z][А-ЯЁA-Zа-яё\- ]*[.,]\s*\d{1,2}\s+[а-яё]+\.?\s*"
    r"(?:/(?P<a>[^/\n]{2,30})/\.?|[—–-]\s*(?P<b>[^.\n]{2,30})\.|(?P<c>[A-Z][A-Z.]+)\s*[—–-])\s*"
)
_WORD = re.compile(r"«[^«»]*»|„[^„“]*“|\"[^\"]*\"|[\w][\w\-‑]*|[^\w\s]")
_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?")
_PRONOUNS = {"он": "masc", "она": "femn", "его": "masc", "ее": "femn", "её": "femn", "они": None, "их": None}
_TAIL_VERBS = r"(?:передает|передаёт|сообщает|пишет|цитирует)"
_RELAY = re.compile(r"\bсо ссылкой на\b")
_UNLISTED = re.compile(
    r"(?:в интервью|в беседе с|в беседе со|в комментарии|в эфире|изданию|газете|агентству|телеканалу|журналу|"
    r"порталу|радиостанции)\s+[«\"](?P<name>[^»\"\n]{2,40})[»\"]"
)
_PARTICIPLE = re.compile(r"\s*(?:знаком|близк|пожелавш|попросивш|осведомлен)\w*")


@dataclass(frozen=True, slots=True)
class _Frame:
    content: tuple[Span, ...]
    kind: Kind
    cue: Span | None
    cue_text: str
    speech: bool
    mention: tuple[int, int] | None  # the region the speaker's mention is read from
    zone: tuple[tuple[int, int], ...]  # where the relay outlet or a venue may be named
    paragraph: int
    case: str | None = None  # the mention's grammatical case where the construction fixes it
    feminine: bool | None = None


@dataclass(frozen=True, slots=True)
class _Person:
    name: str  # nominative full name (the knowledge base's name where listed)
    surname: str
    gender: str | None
    start: int


@dataclass(slots=True)
class _Speaker:
    name: str | None
    kind: str  # person, organisation, anonymous, group
    mention: Span | None
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    country: str | None = None


@dataclass(slots=True)
class _Doc:
    text: str
    masked: str
    lex: RuLexicon
    dateline_end: int = 0
    dateline_outlet: str | None = None
    quotes: list[tuple[int, int]] = field(default_factory=list)
    outlet_marks: list[tuple[int, str]] = field(default_factory=list)  # every named outlet, by position
    people: list[_Person] = field(default_factory=list)
    mentions: list[tuple[int, _Person]] = field(default_factory=list)  # people named outside statements
    full_names: dict[int, _Person] = field(default_factory=dict)  # where a first name and surname start


def extract_article(article: Article) -> list[Statement]:
    lex = load_lexicon()
    text = article.text
    quotes = _quotes(text)
    doc = _Doc(text, _mask(text, quotes), lex, quotes=quotes)
    m = _DATELINE.match(text)
    if m:
        credit = (m.group("a") or m.group("b") or m.group("c") or "").strip()
        doc.dateline_end, doc.dateline_outlet = m.end(), lex.outlet_names.get(credit)
    doc.outlet_marks = [(o.start(), lex.outlet_names[o.group("form")]) for o in lex.outlet_pattern.finditer(text)]

    frames: list[_Frame] = []
    tails: dict[int, str] = {}
    for number, (p_start, p_end) in enumerate(_paragraphs(text)):
        sentences = _sentences(doc, p_start, p_end)
        used: set[int] = set()
        frames += _direct_frames(doc, number, p_start, p_end, sentences, used)
        dialogue = _dialogue_frame(doc, number, p_start, p_end, used)
        if dialogue:
            frames.append(dialogue)
        frames += _reported_frames(doc, number, sentences, used, tails)
    frames.sort(key=lambda f: f.content[0].start)
    covered = [s for f in frames for s in f.content]
    _find_people(doc, covered)
    return _statements(doc, article.id, frames, tails)


# ---------------------------------------------------------------- text structure


def _quotes(text: str) -> list[tuple[int, int]]:
    """Outermost quotation marks as (open, close) offsets, per line: «…» (with „…“ or «…» inside), „…“, "…"."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in re.finditer(r"[«»„“\"\n]", text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            stack.clear()
        elif ch in _OPEN:
            stack.append((ch, i))
        elif ch in "»“":
            opener = "«" if ch == "»" else "„"
            while stack and stack[-1][0] != opener:
                stack.pop()
            if stack:
                _, start = stack.pop()
                if not stack:
                    out.append((start, i))
        else:  # a straight quote opens after a space or an opening mark and closes otherwise
            before = text[i - 1] if i else " "
            if stack and stack[-1][0] == '"' and not before.isspace():
                _, start = stack.pop()
                if not stack:
                    out.append((start, i))
            elif before.isspace() or before in "(«„:":
                stack.append(('"', i))
    return sorted(out)


def _mask(text: str, quotes: list[tuple[int, int]]) -> str:
    chars = list(text)
    for o, c in quotes:
        for i in range(o + 1, c):
            if chars[i] != "\n":
                chars[i] = _MASK
    return "".join(chars)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _sentences(doc: _Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of a paragraph (razdel on the masked text, so that no sentence ends inside a quote)."""
    out = []
    for s in sentenize(doc.masked[start:end]):
        a, b = start + s.start, start + s.stop
        if a < doc.dateline_end < b:
            a = doc.dateline_end
        out.append((a, b))
    return out


def _trim(doc: _Doc, a: int, b: int) -> tuple[int, int]:
    """A content range without surrounding spaces, the final period or comma, or a tail (", передает ТАСС")."""
    tail = re.search(rf",\s+{_TAIL_VERBS}\s+[^,]*$", doc.masked[a:b])
    if tail and doc.lex.outlet_pattern.search(doc.text, a + tail.start(), b):
        b = a + tail.start()
    while b > a and doc.text[b - 1] in " .,;:\n":
        b -= 1
    while a < b and doc.text[a] in " \n":
        a += 1
    return a, b


def _sentence_end(doc: _Doc, i: int, limit: int) -> int:
    m = re.compile(r"[.!?](?=\s|$)").search(doc.masked, i, limit)
    return m.end() if m else limit


def _cue_at(doc: _Doc, i: int) -> re.Match[str] | None:
    return doc.lex.cue_pattern.match(doc.masked, i)


def _feminine(cue: str) -> bool | None:
    word = cue.split()[0].lower()
    if word.endswith(("ла", "лась", "на")):
        return True
    if word.endswith(("л", "лся", "ен")):
        return False
    return None


# ---------------------------------------------------------------- frames


def _direct_frames(doc: _Doc, number: int, p_start: int, p_end: int, sentences, used: set[int]) -> list[_Frame]:
    text, masked, lex = doc.text, doc.masked, doc.lex
    frames = []
    for o, c in doc.quotes:
        if not p_start <= o < p_end:
            continue
        inner_a, inner_b = _trim(doc, o + 1, c)
        split = None
        for m in re.finditer(rf"[,!?…]\s+{_DASH}\s+", text[o + 1 : c]):
            cue = lex.cue_pattern.match(text, o + 1 + m.end())
            if cue:
                rest = re.compile(rf"[.!?]\s+{_DASH}\s+").search(text, cue.end(), c)
                if rest:
                    split = (o + 1 + m.start(), cue, rest)
                    break
        if split:
            comma, cue, rest = split
            first = Span(inner_a, comma + (1 if text[comma] in "!?…" else 0))
            frames.append(_Frame((first, Span(rest.end(), inner_b)), Kind.DIRECT, Span(cue.start(), cue.end()),
                                 cue.group(), lex.cue_speech.get(cue.group().lower(), True), (cue.end(), rest.start()),
                                 ((cue.end(), rest.start()),), number, "nomn", _feminine(cue.group())))  # fmt: skip
            used.add(cue.start())
            continue
        after = re.compile(rf"[,!?…]?\s*{_DASH}\s+").match(masked, c + 1)
        cue = _cue_at(doc, after.end()) if after else None
        if cue:
            end = _sentence_end(doc, cue.end(), p_end)
            region = (cue.end(), _trim(doc, cue.end(), end)[1])
            frames.append(_Frame((Span(inner_a, inner_b),), Kind.DIRECT, Span(cue.start(), cue.end()), cue.group(),
                                 lex.cue_speech.get(cue.group().lower(), True), region, (region,), number, None,
                                 _feminine(cue.group())))  # fmt: skip
            used.add(cue.start())
            continue
        colon = re.search(r"(?P<cue>[\w-]+(?: [\w-]+)?)\s*:\s*$", masked[max(p_start, o - 40) : o])
        if colon:
            base = max(p_start, o - 40)
            cue = next((m for m in lex.cue_pattern.finditer(masked, base + colon.start(), base + colon.end())), None)
            if cue:
                s_start = max((a for a, _ in sentences if a <= cue.start()), default=p_start)
                region = (s_start, cue.start())
                frames.append(_Frame((Span(inner_a, inner_b),), Kind.DIRECT, Span(cue.start(), cue.end()),
                                     cue.group(), lex.cue_speech.get(cue.group().lower(), True), region, (region,),
                                     number, "nomn", _feminine(cue.group())))  # fmt: skip
                used.add(cue.start())
    return frames


def _dialogue_frame(doc: _Doc, number: int, p_start: int, p_end: int, used: set[int]) -> _Frame | None:
    """A paragraph opening with a dash is direct speech without quotation marks: "— Мы готовы, — сказал он.
    — Но не сейчас." (one statement, in two spans where the speech goes on after the cue)."""
    opening = re.compile(r"\s*[—–]\s+").match(doc.masked, p_start, p_end)
    if not opening:
        return None
    start = opening.end()
    for dash in re.compile(r"[,!?…]\s+[—–]\s+").finditer(doc.masked, start, p_end):
        cue = _cue_at(doc, dash.end())
        if not cue:
            continue
        first = Span(start, dash.start() + (0 if doc.text[dash.start()] == "," else 1))
        rest = re.compile(r"[.!?]\s+[—–]\s+").search(doc.masked, cue.end(), p_end)
        end = rest.start() if rest else _sentence_end(doc, cue.end(), p_end)
        spans = (first, Span(*_trim(doc, rest.end(), p_end))) if rest else (first,)
        used.add(cue.start())
        region = (cue.end(), _trim(doc, cue.end(), end)[1])
        return _Frame(spans, Kind.DIRECT, Span(cue.start(), cue.end()), cue.group(),
                      doc.lex.cue_speech.get(cue.group().lower(), True), region, (region,), number, "nomn",
                      _feminine(cue.group()))  # fmt: skip
    return None


def _reported_frames(doc: _Doc, number: int, sentences, used: set[int], tails: dict[int, str]) -> list[_Frame]:
    masked, lex = doc.masked, doc.lex
    frames = []
    previous: tuple[int, int] | None = None
    for a, b in sentences:
        s = masked[a:b]
        tail = re.search(rf",\s+{_TAIL_VERBS}\s+(?:газета|агентство|издание|телеканал)?\s*(?P<o>.+?)\.?\s*$", s)
        if tail and not _RELAY.search(tail.group()):
            o = lex.outlet_pattern.search(doc.text, a + tail.start("o"), b)
            if o:
                tails[number] = lex.outlet_names[o.group("form")]
        cues = [m for m in lex.cue_pattern.finditer(masked, a, b) if m.start() not in used]
        frame = _reported(doc, number, a, b, s, cues, previous) if cues or s.lstrip().startswith("По ") else None
        if frame:
            frames.append(frame)
        previous = (a, b)
    return frames


def _frame(doc, number, content, cue, mention, zone, case=None) -> _Frame | None:
    ca, cb = _trim(doc, *content)
    if cb - ca < 3:
        return None
    quoted = re.search(r"[«„\"][^\W\d_]*[а-яё]", doc.text[ca:cb]) and any(
        ca <= o and c <= cb and doc.text[o + 1 : o + 2].islower() for o, c in doc.quotes
    )
    text = cue.group() if cue else ""
    return _Frame((Span(ca, cb),), Kind.MIXED if quoted else Kind.INDIRECT,
                  Span(cue.start(), cue.end()) if cue else None, text, doc.lex.cue_speech.get(text.lower(), True),
                  mention, zone, number, case, _feminine(text) if text else None)  # fmt: skip


def _reported(doc: _Doc, number, a, b, s, cues, previous) -> _Frame | None:
    masked = doc.masked
    lead = len(s) - len(s.lstrip())
    # lede, then «Об этом заявил X»: the statement is the sentence before
    if re.match(r"\s*Об этом\b", s) and cues and previous:
        cue = cues[0]
        region = (cue.end(), _trim(doc, cue.end(), b)[1])
        return _frame(doc, number, previous, cue, _relayed(doc, region), ((a, b),), "nomn")
    # по словам X, …  /  по данным X, …
    m = re.match(r"\s*По\s+(?:(?P<p>его|ее|её|их)\s+)?(?P<w>словам|данным|информации|мнению)\s*(?P<m>[^,]*),\s*", s)
    if m:
        cue = re.compile(r"По\s+(?:\w+\s+)?\w+").match(masked, a + lead)
        region = (a + m.start("p"), a + m.end("p")) if m.group("p") else (a + m.start("m"), a + m.end("m"))
        if not _has_words(doc, *region) and doc.lex.outlet_pattern.search(doc.text, *region):
            return None  # "По информации «Ведомостей», …": the outlet's own report
        return _frame(doc, number, (a + m.end(), b), cue, region, ((a, a + m.end()),), "gent")
    # как отметил X, …
    m = re.match(r"\s*Как\s+", s)
    if m and cues and cues[0].start() == a + m.end():
        cue = cues[0]
        comma = masked.find(",", cue.end(), b)
        if comma < 0:
            return None
        participle = _PARTICIPLE.match(masked, comma + 1)
        if participle:
            comma = masked.find(",", participle.end(), b)
            if comma < 0:
                return None
        region = (cue.end(), comma)
        return _frame(doc, number, (comma + 1, b), cue, _relayed(doc, region), ((a, comma),), "nomn")
    for cue in cues:
        # X заявил, что …
        that = re.compile(r",\s+что\s+").search(masked, cue.end(), b)
        if that and not any(cue.end() <= c.start() < that.start() for c in cues):
            if masked[cue.end() : that.start()].strip(" ,") and ":" in masked[cue.end() : that.start()]:
                continue
            subject = (a + lead, cue.start())
            mid = (cue.end(), that.start())
            if not _has_words(doc, *subject) and doc.lex.outlet_pattern.search(doc.text, *subject):
                return None  # "Ранее Укринформ сообщал, что …": the outlet's own earlier report
            region = subject if _has_words(doc, *subject) else mid
            return _frame(doc, number, (that.end(), b), cue, region, (subject, mid), "nomn")
        # …, сообщил X.
        before = masked[a : cue.start()]
        if re.search(r",\s*$", before) and len(before.strip()) > 10 and not re.match(r"\s*(?:Об этом|Как)\b", s):
            end = _trim(doc, cue.end(), b)[1]
            region = _relayed(doc, (cue.end(), end))
            if region[1] - region[0] < 2 or not _has_words(doc, *region):
                continue
            return _frame(doc, number, (a + lead, a + len(before.rstrip())), cue, region, ((cue.end(), b),), "nomn")
    return None


def _relayed(doc: _Doc, region: tuple[int, int]) -> tuple[int, int]:
    """In "сообщает РБК со ссылкой на источник", the speaker is the one after "со ссылкой на"."""
    m = _RELAY.search(doc.masked, *region)
    return (m.end(), region[1]) if m else region


def _has_words(doc: _Doc, a: int, b: int) -> bool:
    return bool(_np_words(doc, a, b))


# ---------------------------------------------------------------- mentions


def _np_words(doc: _Doc, a: int, b: int) -> list[re.Match[str]]:
    """The words of a mention region left when outlets, venues, adverbs and their prepositions are taken out."""
    lex, text = doc.lex, doc.text
    blocked: list[tuple[int, int]] = []
    for m in lex.outlet_pattern.finditer(text, a, b):
        blocked.append((m.start(), m.end()))
    low = text[a:b].lower()
    for phrase in (*lex.venues, *lex.adverbs):
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low):
            blocked.append((a + m.start(), a + m.end()))
    for m in re.finditer(r"(?<![\w-])в программе\s+«[^»]*»", low):
        blocked.append((a + m.start(), a + m.end()))
    words = []
    for w in _WORD.finditer(text, a, b):
        if any(x <= w.start() < y for x, y in blocked):
            continue
        key = w.group().lower()
        if key in lex.generic_outlets or key in lex.media_words:
            continue
        words.append(w)
    # the prepositions of a dropped venue or outlet ("в беседе с «Ъ»") and lone punctuation
    while words and (words[-1].group().lower() in ("в", "во", "с", "со", "на") or (not words[-1].group()[0].isalnum()
                     and words[-1].group()[0] not in "«\"„")):  # fmt: skip
        words.pop()
    while words and not (words[0].group()[0].isalnum() or words[0].group()[0] in '«"„'):
        words.pop(0)
    return words


def _find_people(doc: _Doc, covered: list[Span]) -> None:
    """Every person named with a first name and surname (outside quotes), nominative, once per surname."""
    text = doc.text
    by_surname: dict[str, _Person] = {}
    starts = sorted(s.start for s in covered)
    ends = {s.start: s.end for s in covered}
    quote_starts = [o for o, _ in doc.quotes]
    for run in re.finditer(rf"{_CAPITALISED.pattern}(?:\s+{_CAPITALISED.pattern})+", text):
        if _inside_quote(doc, run.start(), quote_starts):
            continue
        words = [(w.start(), w.group()) for w in _CAPITALISED.finditer(run.group())]
        i = 0
        while i < len(words) - 1:
            first, second = words[i][1], words[i + 1][1]
            if morph.is_first_name(second) and not morph.is_first_name(first):  # "мэр Ирпеня Богдан Коваль"
                i += 1
                continue
            if morph.is_first_name(first) or (not morph.is_known_word(first) and morph.is_surname(second)):
                n = 3 if i + 2 < len(words) and first and morph.parses(words[i + 1][1])[0].tag.POS == "NOUN" and \
                    "Patr" in str(morph.parses(words[i + 1][1])[0].tag) else 2  # fmt: skip
                names = [w for _, w in words[i : i + n]]
                nominative = morph.person_nominative(names)
                full = " ".join(nominative)
                known = lexicons.load().speakers.get(full)
                surname = nominative[-1]
                person = by_surname.get(_stem(surname)) or _Person(
                    known.name if known else full, surname, morph.gender_of_name(nominative), run.start() + words[i][0]
                )
                by_surname.setdefault(_stem(surname), person)
                position = run.start() + words[i][0]
                doc.full_names[position] = person
                if not _covered(position, starts, ends):
                    doc.mentions.append((position, person))
                i += n
            else:
                i += 1
    doc.people = list(by_surname.values())
    for w in _CAPITALISED.finditer(text):
        person = _person_by_surname(doc, w.group())
        if person and not _covered(w.start(), starts, ends) and not _inside_quote(doc, w.start(), quote_starts):
            doc.mentions.append((w.start(), person))
    doc.mentions.sort(key=lambda m: m[0])


def _inside_quote(doc: _Doc, i: int, quote_starts: list[int]) -> bool:
    k = bisect_right(quote_starts, i) - 1
    return k >= 0 and doc.quotes[k][0] < i < doc.quotes[k][1]


def _covered(i: int, starts: list[int], ends: dict[int, int]) -> bool:
    k = bisect_right(starts, i) - 1
    return k >= 0 and i < ends[starts[k]]


def _stem(surname: str) -> str:
    s = surname.lower().replace("ё", "е")
    return s[:-1] if len(s) > 4 and s[-1] in "аяьйоы" else s


def _person_by_surname(doc: _Doc, word: str) -> _Person | None:
    w = word.lower().replace("ё", "е")
    for p in doc.people:
        stem = _stem(p.surname)
        if w == p.surname.lower() or (w.startswith(stem) and len(w) - len(stem) <= 3 and len(stem) >= 3):
            return p
    return None


# ---------------------------------------------------------------- statements


@dataclass(slots=True)
class _State:
    spoken: list[_Speaker] = field(default_factory=list)
    outlet_of: dict[str, str | None] = field(default_factory=dict)
    person_roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


def _statements(doc: _Doc, article_id: str, frames: list[_Frame], tails: dict[int, str]) -> list[Statement]:
    state = _State()
    out = []
    marks = [p for p, _ in doc.outlet_marks]
    for f in frames:
        speaker = _resolve(doc, f, state)
        named, venue = _zone_outlet(doc, f, marks)
        if named is None and f.mention and speaker.kind == "anonymous":
            named = _generic_outlet(doc, f.mention, marks)
        if named:
            outlet = named
        elif f.paragraph in tails:
            outlet = tails[f.paragraph]
        elif venue:
            outlet = None
        else:
            outlet = state.outlet_of.get(speaker.name or "") if speaker.name else None
        if speaker.name:
            state.outlet_of[speaker.name] = outlet
        state.spoken.append(speaker)
        text = _JOINER.join(span.of(doc.text) for span in f.content)
        confidence = (0.8 if f.kind is Kind.DIRECT else 0.7) * (1.0 if speaker.name else 0.6)
        out.append(Statement(
            article_id=article_id, spans=f.content, text=text, kind=f.kind, speaker=speaker.name,
            speaker_span=speaker.mention, anonymous=speaker.kind == "anonymous", role=speaker.role,
            affiliation=speaker.affiliation, country=speaker.country, outlet=outlet, cue=f.cue_text or None,
            cue_span=f.cue, confidence=round(confidence, 2), speech=f.speech,
        ))  # fmt: skip
    return out


def _zone_outlet(doc: _Doc, f: _Frame, marks: list[int]) -> tuple[str | None, bool]:
    """The outlet named around the cue (or "агентству": the one named last, or the dateline's), and whether
    a venue that is no outlet is named there instead ("журналистам", "в Telegram-канале")."""
    lex, text = doc.lex, doc.text
    venue = False
    for a, b in f.zone:
        for m in lex.outlet_pattern.finditer(text, a, b):
            if not any(s.start <= m.start() < s.end for s in f.content):
                return lex.outlet_names[m.group("form")], False
        low = text[a:b].lower()
        if any(re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", low) for v in lex.venues):
            venue = True
    for a, b in f.zone:
        unlisted = _UNLISTED.search(text, a, b)
        if unlisted:  # "в интервью «Парламентской газете»": an outlet not in data/ru/outlets.csv, in the nominative
            return " ".join(morph.nominative_phrase(unlisted.group("name").split())), False
        generic = _generic_outlet(doc, (a, b), marks)
        if generic:
            return generic, False
    return None, venue


def _generic_outlet(doc: _Doc, region: tuple[int, int], marks: list[int]) -> str | None:
    quote_starts = [o for o, _ in doc.quotes]
    for w in re.finditer(r"[\w-]+", doc.text[region[0] : region[1]]):
        if w.group().lower() in doc.lex.generic_outlets and not _inside_quote(doc, region[0] + w.start(), quote_starts):
            k = bisect_right(marks, region[0] + w.start()) - 1
            while k >= 0 and doc.outlet_marks[k][0] < doc.dateline_end:
                k = -1
            return doc.outlet_marks[k][1] if k >= 0 else doc.dateline_outlet
    return None


def _resolve(doc: _Doc, f: _Frame, state: _State) -> _Speaker:
    if f.mention is None:
        return _Speaker(None, "group", None)
    words = _np_words(doc, *f.mention)
    if not words:
        return _last_person(state) or _Speaker(None, "group", None)
    lex = doc.lex
    start = words[0].start()
    keys = [w.group().lower() for w in words]
    # a person named here, by full name ("Адвокат Марченко Юлия Стасюк" is Стасюк) or else by surname
    named = [(i, w, doc.full_names.get(w.start())) for i, w in enumerate(words) if _CAPITALISED.fullmatch(w.group())]
    if not any(p for _, _, p in named):
        named = [(i, w, _person_by_surname(doc, w.group())) for i, w, _ in named if keys[i] not in _PRONOUNS]
    for i, w, person in named:
        if person is None:
            continue
        end = w.end()
        j = i + 1
        while j < len(words) and _CAPITALISED.fullmatch(words[j].group()) and _person_by_surname(doc, words[j].group()):
            end = words[j].end()
            j += 1
        title = " ".join(x.group() for x in words[:i]).replace(" ,", ",")  # without the outlet and venue words
        return _person_speaker(doc, person, Span(start, end), title, state)
    if keys[0] in _PRONOUNS:
        return _pronoun(doc, words[0], state)
    if keys[0] in lex.group_nouns or morph.plural_nominative(keys[0]) in lex.group_nouns:
        return _Speaker(None, "group", Span(start, words[-1].end()))
    source = next((i for i, k in enumerate(keys) if k in lex.source_nouns), None)
    if source is not None and source <= 2:
        return _anonymous(doc, words, source, state)
    phrase = " ".join(keys)
    for anaphor in lex.anaphors:
        if re.match(rf"(?:\w+\s+)?{re.escape(anaphor)}\b", phrase):
            found = _last_person(state, anaphor)
            if found:
                return _Speaker(found.name, "person", Span(start, words[-1].end()), found.role, found.affiliation,
                                found.gender, found.country)  # fmt: skip
    return _organisation(doc, words, state)


def _person_speaker(doc: _Doc, person: _Person, mention: Span, title: str, state: _State) -> _Speaker:
    role, affiliation = _affiliation(doc, title) if title else (None, None)
    known = lexicons.load().speakers.get(person.name)
    if known:  # the knowledge base's role and affiliation: one entity with the English reports of the same person
        role, affiliation = known.role or role, known.affiliation or affiliation
    known_role, known_affiliation = state.person_roles.get(person.name, (None, None))
    role, affiliation = role or known_role, affiliation or known_affiliation
    state.person_roles.setdefault(person.name, (role, affiliation))
    return _Speaker(person.name, "person", mention, role, affiliation, person.gender, known.country if known else None)


def _pronoun(doc: _Doc, word: re.Match[str], state: _State) -> _Speaker:
    gender = _PRONOUNS[word.group().lower()]
    mention = Span(word.start(), word.end())
    for position, person in reversed(doc.mentions):
        if position < word.start() and (gender is None or person.gender in (gender, None)):
            role, affiliation = state.person_roles.get(person.name, (None, None))
            known = lexicons.load().speakers.get(person.name)
            if known:
                role, affiliation = known.role or role, known.affiliation or affiliation
            return _Speaker(person.name, "person", mention, role, affiliation, person.gender,
                            known.country if known else None)  # fmt: skip
    found = _last_person(state, gender=gender)
    if found:
        return _Speaker(found.name, "person", mention, found.role, found.affiliation, found.gender, found.country)
    return _Speaker(None, "person", mention)


def _last_person(state: _State, noun: str | None = None, gender: str | None = None) -> _Speaker | None:
    people = [s for s in reversed(state.spoken) if s.kind == "person" and s.name]
    if gender:
        people = [s for s in people if s.gender in (gender, None)]
    if noun:  # "министр": the last speaker whose title does not say otherwise
        stem = noun.split()[0][:5]
        return next((s for s in people if not s.role or stem in s.role.lower()), people[0] if people else None)
    return people[0] if people else None


def _anonymous(doc: _Doc, words: list[re.Match[str]], source: int, state: _State) -> _Speaker:
    lex = doc.lex
    mention = Span(words[0].start(), words[-1].end())
    rest = [w.group().lower() for w in words[source + 1 :]]
    if words[source].group().lower().startswith("собеседни") and (not rest or rest[0] not in ("в", "во", ",")):
        for s in reversed(state.spoken):  # "собеседник агентства": the source that spoke before
            if s.kind == "anonymous":
                return _Speaker(s.name, "anonymous", mention, s.role, s.affiliation)
        org = next((s for s in reversed(state.spoken) if s.kind == "organisation"), None)
        return _Speaker("неназванный источник", "anonymous", mention, None, org.affiliation if org else None)
    affiliation = None
    # "источник в правительстве", "представитель компании": the body it speaks for, when it is one
    first = source + 2 if rest[:1] in (["в"], ["во"]) else source + 1
    body = morph.nominative_phrase([w.group() for w in words[first : first + 2]])
    if body and body[0].lower() in lex.body_nouns:
        affiliation = body[0].lower() if len(body) == 1 or not body[1][:1].isupper() else " ".join(body)
    label = "неназванный " + doc.text[words[source].start() : mention.end].lower()
    return _Speaker(label, "anonymous", mention, None, affiliation)


def _organisation(doc: _Doc, words: list[re.Match[str]], state: _State) -> _Speaker:
    lex = doc.lex
    keys = [w.group().lower() for w in words]
    i = 0
    if keys[0] in ("в", "во"):
        i = 1
    if i < len(keys) and keys[i].startswith("пресс-служб") and i + 1 < len(keys):
        i += 1
    if i < len(words) and words[i].group() in lex.legal_forms and i + 1 < len(words):
        i += 1
    if i >= len(words):
        return _Speaker(None, "group", None)
    mention = Span(words[min(i, len(words) - 1) if keys[0] in ("в", "во") else 0].start(), words[-1].end())
    first = words[i].group()
    if first[0] in '«"„':
        name = " ".join(morph.nominative_phrase(first[1:-1].split()))
    elif not first[0].isupper() and len(words) - i == 1:
        return _organisation_anaphor(doc, first, mention, state)
    else:
        tokens = [w.group() for w in words[i:] if w.group()[0].isalnum() or w.group()[0] in '«"„']
        name = " ".join(morph.nominative_phrase(tokens))
    if not name:
        return _Speaker(None, "group", mention)
    return _Speaker(name, "organisation", mention, None, name)


def _organisation_anaphor(doc: _Doc, word: str, mention: Span, state: _State) -> _Speaker:
    """ "ведомства", "суда": the organisation that spoke last, or the one of that kind named before."""
    noun = next((p for p in morph.parses(word) if p.tag.POS == "NOUN"), None)
    lemma = noun.normal_form if noun else word.lower()
    stem = lemma[:5]
    for s in reversed(state.spoken):
        if s.kind == "organisation" and s.name and (stem in s.name.lower() or lemma == "ведомство"):
            return _Speaker(s.name, "organisation", mention, None, s.affiliation)
    pattern = re.compile(rf"((?:[А-ЯЁ][а-яё]+\s+)+){re.escape(stem)}\w*((?:\s+[А-ЯЁ][а-яё]+)?)")
    found = [m for m in pattern.finditer(doc.text, 0, mention.start)]
    if found:
        m = found[-1]
        words = [*m.group(1).split(), lemma, *m.group(2).split()]
        name = " ".join(morph.nominative_phrase(words[:-1] if m.group(2) else words)) + (
            f" {m.group(2).strip()}" if m.group(2) else ""
        )
        return _Speaker(name, "organisation", mention, None, name)
    return _Speaker(None, "group", mention)  # "Сам подсудимый": no body to name


def _affiliation(doc: _Doc, title: str) -> tuple[str | None, str | None]:
    """The role and the body a title names: "министр иностранных дел России" → Министерство иностранных дел
    России; "глава администрации Анадыря" → администрация Анадыря; "адвокат осужденного" → none."""
    lex = doc.lex
    role = title.strip(" ,")
    low = role.lower()
    for known, template in lex.titles:
        if low.startswith(known + " ") or low == known:
            rest = role[len(known) :].strip()
            if "{rest}" in template and not rest:
                break
            words = morph.nominative_phrase(rest.split()) if template.startswith("{rest}") else rest.split()
            value = template.replace("{rest}", " ".join(words)).strip()
            if value.startswith("Министерство "):
                value = re.sub(r"\bРФ$", "России", value)
            return role, value
    for part in reversed([p.strip() for p in role.split(",") if p.strip()]):
        tokens = [w.group() for w in _WORD.finditer(part)]
        for i, t in enumerate(tokens):
            if i == 0:
                continue
            lower = t.lower()
            capital = t[0].isupper() and not morph.is_surname(t) and not morph.is_first_name(t)
            if capital or t[0] in '«"„' or lower in lex.body_nouns:
                j = i
                while j > 1 and morph.parses(tokens[j - 1])[0].tag.POS in ("ADJF", "PRTF"):
                    j -= 1
                words = tokens[j:]
                if words[0][0] in '«"„':
                    return role, " ".join(morph.nominative_phrase(words[0][1:-1].split()))
                return role, " ".join(morph.nominative_phrase(words))
    return role, None
