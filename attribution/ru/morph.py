"""Russian morphology through pymorphy3 (its dictionary ships in the pymorphy3-dicts-ru wheel): one analyzer per
process, parses cached per word form."""

from __future__ import annotations

from functools import cache, lru_cache

import pymorphy3

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple:
    return tuple(analyzer().parse(word.lower()))


def reporting_forms(lemma: str) -> set[str]:
    """The past and present (3rd person) forms of a reporting verb: "заявить" → заявил, заявила, заявили, …"""
    forms: set[str] = set()
    for p in parses(lemma):
        if p.tag.POS != "INFN" or p.normal_form != lemma:
            continue
        for f in p.lexeme:
            tag = f.tag
            if tag.POS == "VERB" and (tag.tense == "past" or (tag.tense == "pres" and tag.person == "3per")):
                forms.add(f.word)
    return forms


def _cap(like: str, word: str) -> str:
    if like.isupper() and len(like) > 1:  # an abbreviation (ВТБ, МИД) is not inflected
        return like
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def is_first_name(word: str) -> bool:
    return any("Name" in p.tag for p in parses(word)[:3])


def is_known_word(word: str) -> bool:
    return analyzer().word_is_known(word.lower())


def is_place_or_org(word: str) -> bool:
    top = parses(word)[:2]
    return any(("Geox" in p.tag or "Orgn" in p.tag or "Abbr" in p.tag) for p in top)


def is_surname(word: str) -> bool:
    return any("Surn" in p.tag for p in parses(word)[:4])


def gender_of_name(words: list[str]) -> str | None:
    """ "masc" or "femn" from a first name, else from a surname's ending."""
    for p in parses(words[0])[:3]:
        if "Name" in p.tag and p.tag.gender in ("masc", "femn"):
            return p.tag.gender
    last = words[-1].lower()
    if last.endswith(("ова", "ева", "ина", "ына", "ская", "цкая", "ая")):
        return "femn"
    return "masc" if last[-1:] not in "ая" else None


def person_nominative(words: list[str], case: str | None = None) -> list[str]:
    """A person's name words in the nominative. With `case` given (по словам → gent), a parse in that case is
    preferred; otherwise a nominative reading is kept as written."""
    first = [p for p in parses(words[0]) if {"Name", "Surn"} & set(str(p.tag).replace(" ", ",").split(","))]
    options = first or list(parses(words[0]))
    if case is None and any(p.tag.case == "nomn" for p in options):
        return list(words)
    wanted = [p for p in options if p.tag.case == case] if case else [p for p in options if p.tag.case != "nomn"]
    chosen = (wanted or options)[0]
    gender, number = chosen.tag.gender, chosen.tag.number
    out = []
    for w in words:
        out.append(_cap(w, _nominative(w, chosen.tag.case, gender, number)))
    return out


def _nominative(word: str, case: str | None, gender: str | None, number: str | None) -> str:
    candidates = parses(word)
    for p in candidates:
        if p.tag.case == case and (gender is None or p.tag.gender in (gender, None, "ms-f")):
            if "Fixd" in p.tag:
                return word.lower()
            f = p.inflect({"nomn"})
            if f is not None:
                return f.word
    return word.lower()


def nominative_phrase(words: list[str]) -> list[str]:
    """An organisation's phrase with its head in the nominative: "региональном министерстве образования" →
    "региональное министерство образования"; the words after the head (genitives) are kept."""
    head = None
    for i, w in enumerate(words):
        ps = parses(w)
        if ps and ps[0].tag.POS == "NOUN":
            head = i
            break
        if not ps or ps[0].tag.POS not in ("ADJF", "PRTF"):
            return list(words)
    if head is None:
        return list(words)
    noun = next((p for p in parses(words[head]) if p.tag.POS == "NOUN" and p.tag.case != "nomn"), None)
    if noun is None:
        return list(words)
    nom = noun.inflect({"nomn"})
    if nom is None:
        return list(words)
    out = list(words)
    out[head] = _cap(words[head], nom.word)
    gender, number = nom.tag.gender, nom.tag.number
    for i in range(head):
        adj = next((p for p in parses(words[i]) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == noun.tag.case), None)
        grammemes = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", gender or "masc"}
        f = adj.inflect(grammemes) if adj else None
        if f is not None:
            out[i] = _cap(words[i], f.word)
    return out


def plural_nominative(word: str) -> str:
    """ "аналитиков" → "аналитики": a plural noun in the nominative (the word itself when it is no plural noun)."""
    for p in parses(word):
        if p.tag.POS == "NOUN" and p.tag.number == "plur":
            f = p.inflect({"nomn", "plur"})
            return f.word if f else word.lower()
    return word.lower()
