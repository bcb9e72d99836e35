"""The Russian engine (attribution.ru): the same contract as the English one, for Russian news text."""

from .engine import extract_article

__all__ = ["extract_article"]
