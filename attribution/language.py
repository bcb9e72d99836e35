"""The language of an article, as declared (a JSONL "language", a page's lang) or detected offline, and which engine
reads it. English is told by its function words (data/english_function_words.txt, 0.09 ms an article); other text
of 200 letters or more by py3langid (a naive Bayes model over byte n-grams shipped in its wheel, 97 languages,
loaded once in ~0.6 s, ~2 ms an article on its first 1,000 characters); shorter text by its script alone:
Cyrillic is Russian, or Ukrainian where it has і, ї, є or ґ; anything else is left unknown (None), which the
English engine reads as before."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from functools import cache
from pathlib import Path

from .engine.lexicons import _words, data_dir
from .models import Article

# The languages an engine reads. Another language is stored and shown as such, with no statements: a
# Ukrainian engine would be attribution/uk/ with an extract_article(article) and data/uk/ (see README).
SUPPORTED = ("en", "ru")
NAMES = {"en": "English", "ru": "Russian", "uk": "Ukrainian", "be": "Belarusian", "de": "German", "fr": "French",
         "es": "Spanish", "it": "Italian", "pl": "Polish", "tr": "Turkish", "zh": "Chinese"}  # fmt: skip
_SAMPLE = 1000  # characters: enough for a stable answer on news text, cheap on long articles
_NOT_LETTERS = re.compile(r"[\W\d_]+")  # what is not a letter ([^\W\d_]): removed, the letters are left
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_SHORT = 200  # letters: below, n-gram statistics are unreliable and the script decides
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there are too few letters to tell."""
    sample = text[:_SAMPLE]
    told = _told(sample)
    if told is not _ASK_MODEL:
        return told
    ready()
    import py3langid  # lazily: the model loads on first use

    code, _ = py3langid.classify(sample)
    return code


def needs_model(text: str) -> bool:
    """Whether detect(text) asks the model: neither English's function words nor the script tell the language."""
    return _told(text[:_SAMPLE]) is _ASK_MODEL


_ASK_MODEL = "model"  # what _told says of a sample it cannot tell (not a language code: those are two letters)


def _told(sample: str) -> str | None:
    letters = len(_NOT_LETTERS.sub("", sample))  # counted without a string per letter (findall's)
    words = _LATIN_WORD.findall(sample)
    common = _english_words(data_dir())
    # English is told by its function words, without the model (~2 ms an article, half the English engine's time)
    if (
        len(words) >= 8
        and 2 * sum(map(len, words)) > letters
        and 5 * sum(w.lower() in common for w in words) >= len(words)
    ):
        return "en"
    if letters < _SHORT:
        if 2 * len(_CYRILLIC.findall(sample)) <= letters:
            return None
        return "uk" if _UKRAINIAN.search(sample) else "ru"
    return _ASK_MODEL


_preloading: list[threading.Thread] = []  # the thread loading the model, once started


def preload() -> None:
    """Start loading the model in a thread, for the worker processes a caller forks after ready(): loaded once
    there, not in every worker that meets a text the function words do not tell (~0.5 s of CPU each). Its
    decompression lets the calling thread go on meanwhile. A caller whose texts need no model (needs_model) saves
    the 0.5 s by not calling it."""
    if not _preloading:
        _preloading.append(threading.Thread(target=_load_model, name="language-model", daemon=True))
        _preloading[0].start()


def ready() -> None:
    """Wait for a model preload() started (before forking: a process forked meanwhile would have half of it)."""
    if _preloading:
        _preloading[0].join()


def _load_model() -> None:
    import py3langid

    py3langid.classify("")


@cache
def _english_words(directory: Path) -> frozenset[str]:
    return frozenset(w.lower() for w in _words(directory / "english_function_words.txt"))


def with_language(article: Article) -> Article:
    """The article with its language: the declared one kept, else the detected one."""
    if article.language:
        return article
    code = detect(article.text)
    return replace(article, language=code) if code else article


def label(code: str | None) -> str:
    """ "ru · Russian"; a language no engine reads says so: "uk · Ukrainian (not read)"."""
    if not code:
        return "unknown"
    name = f"{code} · {NAMES[code]}" if code in NAMES else code
    return name if code in SUPPORTED else f"{name} (not read)"
