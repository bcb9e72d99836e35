"""Stable statement keys."""

from __future__ import annotations

import hashlib
import re


def statement_key(article_key: str, text: str, occurrence: int) -> str:
    """Stable across engine upgrades that move spans: the article, the words, and which repeat of them."""
    words = " ".join(re.findall(r"\w+", text.lower()))
    return hashlib.sha256(f"{article_key}\x1f{words}\x1f{occurrence}".encode()).hexdigest()[:32]
