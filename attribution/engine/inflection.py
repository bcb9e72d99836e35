"""Regular English inflection of reporting verbs: base, third person, past (and participle), -ing.

Irregular verbs ("say", "tell", "plead") list their forms in data/reporting_cues.csv; verbs stressed on the last
syllable, which double their final consonant like one-syllable verbs ("admit" → "admitted"), are listed in
data/final_stress.txt, since spelling alone cannot tell "admit" from "visit".
"""

from __future__ import annotations

from collections.abc import Collection

_VOWELS = frozenset("aeiou")
_SIBILANTS = ("s", "sh", "ch", "x", "z")


def verb_forms(verb: str, final_stress: Collection[str] = ()) -> list[str]:
    """The forms of a one-word verb, each once, in the order base, -s, -ed, -ing; British and American
    spellings both where they differ ("signal" → "signaled", "signalled")."""
    if verb.endswith("ie"):  # lie → lies, lied, lying
        return [verb, verb + "s", verb + "d", verb[:-2] + "ying"]
    if verb.endswith(("ee", "ye", "oe")):  # agree → agreeing: the e stays before -ing
        return [verb, verb + "s", verb + "d", verb + "ing"]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    sibilant = verb.endswith(_SIBILANTS) or (verb.endswith("o") and verb[-2:-1] not in _VOWELS)  # echo → echoes
    third = verb + "es" if sibilant else verb + "s"
    if verb.endswith("c") and _syllables(verb) > 1:  # panic → panicked, panicking
        return [verb, third, verb + "ked", verb + "king"]
    if _doubles(verb):
        if _syllables(verb) == 1 or verb in final_stress:  # quip → quipped, admit → admitted
            doubled = verb + verb[-1]
            return [verb, doubled + "es" if verb.endswith(("s", "z")) else third, doubled + "ed", doubled + "ing"]
        if verb.endswith("l"):  # signal → signaled (American), signalled (British)
            return [verb, third, verb + "ed", verb + "led", verb + "ing", verb + "ling"]
    return [verb, third, verb + "ed", verb + "ing"]


def phrase_forms(lemma: str, final_stress: Collection[str] = ()) -> list[str]:
    """The forms of a verb phrase: its first word inflects ("brush off" → "brushed off")."""
    verb, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    return [form + tail for form in verb_forms(verb, final_stress)]


def _letters(verb: str) -> str:
    """The verb with the u of "qu" taken as a consonant ("quip" has one vowel, i)."""
    return verb.replace("qu", "qw")


def _syllables(verb: str) -> int:
    """Vowel groups, a rough count that is right for the verbs it is asked about."""
    letters, groups, before = _letters(verb), 0, False
    for ch in letters:
        vowel = ch in _VOWELS or (ch == "y" and groups > 0 and not before)
        groups += vowel and not before
        before = vowel
    return groups


def _doubles(verb: str) -> bool:
    """Ends in one vowel and one consonant that doubles (not w, x or y): "quip", "signal", "admit"."""
    letters = _letters(verb)
    return (
        len(letters) >= 3
        and letters[-1] not in _VOWELS
        and letters[-1] not in "wxyh"
        and letters[-2] in _VOWELS
        and letters[-3] not in _VOWELS
    )
