"""Who said what, in what capacity, through which outlet: quote attribution for news text."""

from .engine import extract, extract_article
from .errors import AttributionError, LexiconError, ReadError, StoreError
from .models import Article, Kind, Span, Statement

__all__ = [
    "Article",
    "AttributionError",
    "Kind",
    "LexiconError",
    "ReadError",
    "Span",
    "Statement",
    "StoreError",
    "extract",
    "extract_article",
]
