"""The store's tables (SQLAlchemy Core), as the Alembic migrations in migrations/ build them.

Same schema on SQLite and PostgreSQL; tests/test_store_schema.py checks that this file and the
migrations agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    ColumnElement,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
    literal_column,
    true,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(300), nullable=False, unique=True),  # the article id: file stem or record id
    Column("title", Text),
    Column("publisher", String(300)),
    Column("published", Date),
    Column("url", Text),
    Column("language", String(16)),  # ISO 639-1 code of the text ("en", "ru"), None when unknown
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("engine", String(64)),  # fingerprint of the engine and data that extracted the statements
    Column("fingerprint", BigInteger),  # aids.article_fingerprint(text): near-identical copies differ in few bits
    Column("wire", String(300)),  # aids.wire_credit(text): the wire service the article credits
    Column("added_by", String(200)),  # who last added or changed it in the dashboard (access.Identity.label)
    # Fetched from the web (attribution/web, migration 0010): the address asked, the one answered after
    # redirects, the one the page declares canonical (an article's identity across feeds and tracking
    # parameters), and when.
    Column("fetched_url", Text),
    Column("final_url", Text),
    Column("canonical_url", Text),
    Column("fetched_at", DateTime(timezone=True)),
    Column("etag", Text),  # the page's HTTP validators: fetched again, an unchanged page answers 304
    Column("last_modified", Text),
)

feeds = Table(  # RSS/Atom feeds a desk follows (attribution/store/web.py)
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("title", Text),
    Column("site", Text),  # the site's home page the feed belongs to
    Column("added_by", String(200)),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("last_polled", DateTime(timezone=True)),
    Column("etag", Text),  # HTTP validators: an unchanged feed answers 304 and costs nothing more
    Column("last_modified", Text),
    Column("last_status", String(32)),  # ok, not modified, or the failure's kind
    Column("last_error", Text),
    Column("article_count", Integer, nullable=False, server_default="0"),  # articles stored from the feed
    UniqueConstraint("url", name="uq_feeds_url"),
)

speakers = Table(
    "speakers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),  # canonical display name
    Column("kind", String(16), nullable=False),  # person or organisation
    Column("role", String(300)),
    Column("affiliation", String(300)),
    Column("country", String(100)),
    Column("known", Boolean, nullable=False),  # from the knowledge base, data/speakers.csv
    Column("merged_into", Integer, ForeignKey("speakers.id")),  # set when merged away; never deleted
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("key", String(64)),  # speakers.entity_key: unique, so concurrent ingests cannot create one entity twice
)

speaker_aliases = Table(
    "speaker_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("speaker_id", Integer, ForeignKey("speakers.id"), nullable=False),
    Column("alias", String(300), nullable=False),
    Column("folded", String(300), nullable=False),  # canonical.fold(alias): the look-up key
    UniqueConstraint("speaker_id", "folded", name="uq_speaker_aliases_speaker_folded"),
)

outlets = Table(
    "outlets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False, unique=True),  # as the engine gave it (statements.outlet)
    Column("country", String(100)),
    Column("kind", String(32)),
    # Merges (store/outlets.py, migration 0013): the outlet a person merged this one into (kept for undo), and the
    # one that stands for it now, those merges followed to the end (NULL: itself)
    Column("merged_into", Integer, ForeignKey("outlets.id", name="fk_outlets_merged_into")),
    Column("canonical_id", Integer),
    Column("folded", String(300)),  # outlets.fold(name): case, accents, punctuation and a leading "the" ignored
    Column("created_at", DateTime(timezone=True)),
    Column("edited_by", String(200)),  # who last set its country or kind
)

outlet_merges = Table(  # every merge of an outlet into another, and its undoing
    "outlet_merges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("outlet_id", Integer, ForeignKey("outlets.id"), nullable=False),
    Column("into_id", Integer, ForeignKey("outlets.id"), nullable=False),
    Column("reason", Text, nullable=False),
    Column("merged_by", String(200), nullable=False),
    Column("merged_at", DateTime(timezone=True), nullable=False),
    Column("undone_by", String(200)),
    Column("undone_at", DateTime(timezone=True)),
)


def _pair_suggestions(name: str, of: str) -> Table:
    """Pairs of `of` rows (speakers, outlets) that may be one, for a person to accept or reject."""
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column("a_id", Integer, ForeignKey(f"{of}.id"), nullable=False),
        Column("b_id", Integer, ForeignKey(f"{of}.id"), nullable=False),
        Column("score", Float, nullable=False),
        Column("reason", Text, nullable=False),
        Column("status", String(16), nullable=False),  # open, accepted, rejected, superseded
        Column("created_at", DateTime(timezone=True), nullable=False),
        Column("decided_by", String(200)),
        Column("decided_at", DateTime(timezone=True)),
        UniqueConstraint("a_id", "b_id", name=f"uq_{name}_pair"),
        CheckConstraint("a_id < b_id", name=f"ck_{name}_ordered"),
    )


outlet_suggestions = _pair_suggestions("outlet_suggestions", "outlets")  # as merge_suggestions are for speakers

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(64), nullable=False, unique=True),  # stable across re-ingests: article + words
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("spans", JSON, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker", String(300)),  # the engine's resolved name
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("anonymous", Boolean, nullable=False),
    Column("role", String(300)),
    Column("affiliation", String(300)),
    Column("country", String(100)),
    Column("outlet", String(300)),
    Column("cue", String(100)),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("confidence", Float, nullable=False),
    # a speech act ("said"), not a belief, plan or perception ("thinks"): the dashboard shows speech acts first
    Column("speech", Boolean, nullable=False, server_default=true()),
    # the canonical entity; the key's name is migration 0002's
    Column("speaker_id", Integer, ForeignKey("speakers.id", name="fk_statements_speaker_id_speakers")),
    Column("speaker_mention", String(300)),  # the words of the text that name the speaker
    Column("check_score", Float),
    Column("check_reasons", JSON),
    Column("retired", Boolean, nullable=False, server_default=false()),  # reviewed, but no longer found
)

statement_topics = Table(
    "statement_topics",
    metadata,
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("topic", String(100), primary_key=True),
)

reviews = Table(
    "reviews",
    metadata,
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("workflow", String(32), nullable=False, server_default="unstarted"),
    Column("verdict", String(32)),
    Column("rating", String(32)),
    Column("note", Text, nullable=False, server_default=""),
    Column("evidence_urls", JSON, nullable=False),
    Column("reviewer", String(200)),
    Column("updated_at", DateTime(timezone=True)),
    Column("version", Integer, nullable=False, server_default="0"),
    # What the review was made on (set by each save): a re-extraction that changes it sends the review back
    Column("reviewed_text", Text),
    Column("reviewed_speaker", String(300)),
    Column("reviewed_outlet", String(300)),
)

review_history = Table(
    "review_history",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("statement_id", Integer, ForeignKey("statements.id"), nullable=False),
    Column("field", String(32), nullable=False),
    Column("old", Text),
    Column("new", Text),
    Column("reviewer", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text, nullable=False),
)

merge_suggestions = _pair_suggestions("merge_suggestions", "speakers")

store_meta = Table(
    "store_meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

# -- fact-check aids (attribution/store/aids.py) --------------------------------------------------------
# Derived from the statements by attribution.aids and replaced when they change; no foreign keys to
# statements, so an update can still find the group of a statement that was deleted. group_links alone
# holds a person's decisions, which no recomputation replaces.

statement_groups = Table(
    "statement_groups",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # the smallest member statement id
    Column("canonical_id", Integer, nullable=False),  # the member with the most common wording
    Column("size", Integer, nullable=False),
    Column("wordings", Integer, nullable=False),
    Column("speaker", String(300)),
    Column("sources", JSON, nullable=False),  # one label per independent source
    Column("source_count", Integer, nullable=False),
)

statement_group_members = Table(
    "statement_group_members",
    metadata,
    Column("statement_id", Integer, primary_key=True, autoincrement=False),
    Column("group_id", Integer, nullable=False),  # a statement in no row is alone: its group id is its own id
)

misattribution_alerts = Table(
    "misattribution_alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("statement_id", Integer, nullable=False),
    Column("other_statement_id", Integer, nullable=False),
    Column("group_id", Integer, nullable=False),
    Column("other_group_id", Integer, nullable=False),
    Column("speaker", String(300), nullable=False),
    Column("other_speaker", String(300), nullable=False),
    Column("score", Float, nullable=False),
)

group_links = Table(
    "group_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("a_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
    Column("b_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(16), nullable=False),  # open (derived, replaced), accepted, rejected (a person's)
    Column("score", Float),
    Column("a_group_id", Integer),  # open suggestions: the two groups, so an update finds them
    Column("b_group_id", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("decided_by", String(200)),
    Column("decided_at", DateTime(timezone=True)),
    UniqueConstraint("a_id", "b_id", name="uq_group_links_pair"),
    CheckConstraint("a_id < b_id", name="ck_group_links_ordered"),
)

claim_matches = Table(
    "claim_matches",
    metadata,
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("reviewed_statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("score", Float, nullable=False),
    Column("same_speaker", Boolean, nullable=False),
)

aids_changes = Table(  # what changed since the aids were computed; an update consumes the rows it read
    "aids_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("statement_id", Integer),  # None with kind "all": everything (after the migration)
    Column("kind", String(16), nullable=False),  # statement (words, speaker, article), review (verdict), all
)

# Queries always leave retired statements out: indexes holding `retired` spare reading the (large) rows.
Index("ix_articles_published", articles.c.published)
Index("ix_articles_publisher", articles.c.publisher)
Index("ix_articles_language", articles.c.language)
Index("ix_articles_canonical_url", articles.c.canonical_url)
# speech last: an article's statements in order, and by publisher or date the default view's (speech acts) alone
Index(
    "ix_statements_article", statements.c.article_id, statements.c.retired, statements.c.position, statements.c.speech
)
Index("ix_statements_speaker", statements.c.speaker)
# The facets' indexes end with (retired, speech): a chart of the dashboard's default view (speech acts) reads
# them alone.
Index("ix_statements_affiliation", statements.c.affiliation, statements.c.retired, statements.c.speech)
Index("ix_statements_outlet", statements.c.outlet, statements.c.retired, statements.c.speech)
Index(
    "ix_statements_speaker_entity",
    statements.c.speaker_id,
    statements.c.speaker,
    statements.c.retired,
    statements.c.speech,
)
Index("ix_statements_country", statements.c.country, statements.c.retired, statements.c.speech)
Index("ix_statements_kind", statements.c.kind, statements.c.retired, statements.c.speech)
Index("ix_statements_check_score", statements.c.check_score)
# (retired, speech, id): is a statement live (and a speech act, the dashboard's default view), without its row
Index("ix_statements_retired", statements.c.retired, statements.c.speech)
Index("ix_statement_topics_topic", statement_topics.c.topic, statement_topics.c.statement_id)
Index("ix_reviews_workflow", reviews.c.workflow)
Index("ix_reviews_verdict", reviews.c.verdict)
Index("ix_reviews_rating", reviews.c.rating)
Index("ix_review_history_statement", review_history.c.statement_id)
Index("ix_speakers_merged_into", speakers.c.merged_into)
Index("ux_speakers_key", speakers.c.key, unique=True)
Index("ix_speaker_aliases_folded", speaker_aliases.c.folded)
Index("ix_merge_suggestions_status", merge_suggestions.c.status)
Index("ix_outlets_canonical", outlets.c.canonical_id)
Index("ix_outlets_folded", outlets.c.folded)
Index("ix_outlet_merges_outlet", outlet_merges.c.outlet_id)
Index("ix_outlet_suggestions_status", outlet_suggestions.c.status)
Index("ix_statement_group_members_group", statement_group_members.c.group_id)
Index("ix_statement_groups_size", statement_groups.c.size)
Index("ix_misattribution_alerts_group", misattribution_alerts.c.group_id)
Index("ix_misattribution_alerts_other_group", misattribution_alerts.c.other_group_id)
Index("ix_group_links_status", group_links.c.status)
Index("ix_group_links_a_group", group_links.c.a_group_id)
Index("ix_group_links_b_group", group_links.c.b_group_id)
Index("ix_group_links_b", group_links.c.b_id)
Index("ix_claim_matches_reviewed", claim_matches.c.reviewed_statement_id)

# Search indexes: the SQLite FTS5 tables (and the shadow tables FTS5 keeps) and the PostgreSQL GIN indexes
# (gin_trgm_ops, an expression) have no SQLAlchemy form, and one index is SQLite's alone, so schema comparisons
# leave them out.
SEARCH_TABLE = "statements_fts"  # statements' substring search (migration 0004)
SEARCH_INDEX = "ix_statements_text_trgm"
ARTICLE_SEARCH_TABLE = "articles_fts"  # articles' word search (migration 0006)
ARTICLE_SEARCH_INDEX = "ix_articles_text_words"
ARTICLE_LIST_INDEX = "ix_articles_listed"  # SQLite only (migration 0006)
# Punctuation and spaces beyond ASCII (Latin-1's and General Punctuation's): PostgreSQL's word parser in a
# C-locale database takes every non-ASCII character for a letter ("“final”" would be one word, quotes and all).
_WORD_BREAKS = (
    "\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xab\xac\xae\xaf\xb0\xb1\xb4\xb6\xb7\xb8\xbb\xbf\u2000"
    "\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2010\u2011\u2012\u2013\u2014\u2015"
    "\u2016\u2017\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2020\u2021\u2022\u2023\u2024\u2025"
    "\u2026\u2027\u2028\u2029\u202f\u2030\u2031\u2032\u2033\u2034\u2035\u2036\u2037\u2038\u2039\u203a"
    "\u203b\u203c\u203d\u203e\u203f\u2040\u2041\u2042\u2043\u2044\u2045\u2046\u2047\u2048\u2049\u204a"
    "\u204b\u204c\u204d\u204e\u204f\u2050\u2051\u2052\u2053\u2054\u2055\u2056\u2057\u2058\u2059\u205a"
    "\u205b\u205c\u205d\u205e\u205f"
)


def article_words(text: ColumnElement[str]) -> ColumnElement:
    """The words of an article's text on PostgreSQL: the expression ix_articles_text_words indexes, which a
    query must repeat for the index to serve it (constants, not parameters). Changing it takes a migration
    that builds the index again."""
    breaks, spaces = (literal_column(f"'{s}'") for s in (_WORD_BREAKS, " " * len(_WORD_BREAKS)))
    return func.to_tsvector(literal_column("'simple'"), func.translate(text, breaks, spaces))


_SEARCH_TABLES = (SEARCH_TABLE, ARTICLE_SEARCH_TABLE)


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """Alembic's include_name hook: everything but the search indexes."""
    if not name:
        return True
    search = (SEARCH_INDEX, ARTICLE_SEARCH_INDEX, ARTICLE_LIST_INDEX, *_SEARCH_TABLES)
    return name not in search and not name.startswith(tuple(f"{t}_" for t in _SEARCH_TABLES))
