"""The store's tables (SQLAlchemy Core). Same schema on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
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
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

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
    Column("speaker", String(300)),
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
)

Index("ix_statements_article", statements.c.article_id, statements.c.position)
Index("ix_statements_speaker", statements.c.speaker)
Index("ix_statements_affiliation", statements.c.affiliation)
Index("ix_statements_outlet", statements.c.outlet)
