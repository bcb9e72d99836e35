"""Fact-check aids: check-worthiness, one statement across outlets, quote diffs, misattribution alerts
and claim matches. Pure functions over small frozen records; the store persists what they return and a
person confirms every suggestion. Every threshold is in data/aids_thresholds.csv."""

from .checkworthiness import CheckScore, score
from .claims import match_claims
from .diff import quote_diff
from .grouping import group_statements
from .records import (
    AidStatement,
    ClaimMatch,
    DiffKind,
    DiffOp,
    Grouping,
    GroupSuggestion,
    MisattributionAlert,
    ReviewedStatement,
    StatementGroup,
)
from .sources import article_fingerprint, wire_credit
from .thresholds import Thresholds

__all__ = [
    "AidStatement",
    "CheckScore",
    "ClaimMatch",
    "DiffKind",
    "DiffOp",
    "GroupSuggestion",
    "Grouping",
    "MisattributionAlert",
    "ReviewedStatement",
    "StatementGroup",
    "Thresholds",
    "article_fingerprint",
    "group_statements",
    "match_claims",
    "quote_diff",
    "score",
    "wire_credit",
]
