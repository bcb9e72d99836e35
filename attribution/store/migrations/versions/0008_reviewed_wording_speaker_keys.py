"""What a review was made on, and a unique key for speaker entities.

- reviews.reviewed_text / reviewed_speaker / reviewed_outlet: the statement's words, speaker and outlet when the
  review was last saved. A re-extraction that changes any of them keeps these, records the change in the history
  and sends the review back to a person (workflow needs_recheck); ClaimReview publishes a verdict only for the
  words reviewed. Reviews saved before this migration take the statement's current values (all the store knows).
- speakers.key (speakers.entity_key: kind and folded name, affiliation, country), unique: two ingests creating
  one entity at once make it once. A store that already holds such twins keeps them (the older takes the key,
  the others none); merge them on the Speakers page.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS = (("reviewed_text", "text"), ("reviewed_speaker", "speaker"), ("reviewed_outlet", "outlet"))


def upgrade() -> None:
    from attribution.canonical import SpeakerKind
    from attribution.store.speakers import entity_key

    op.add_column("speakers", sa.Column("key", sa.String(64)))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, name, kind, affiliation, country FROM speakers ORDER BY id")).all()
    keys: dict[str, int] = {}
    for r in rows:
        keys.setdefault(entity_key(r.name, SpeakerKind(r.kind), r.affiliation, r.country), r.id)
    if keys:
        bind.execute(
            sa.text("UPDATE speakers SET key = :key WHERE id = :id"), [{"key": k, "id": i} for k, i in keys.items()]
        )
    op.create_index("ux_speakers_key", "speakers", ["key"], unique=True)
    op.add_column("reviews", sa.Column("reviewed_text", sa.Text()))
    op.add_column("reviews", sa.Column("reviewed_speaker", sa.String(300)))
    op.add_column("reviews", sa.Column("reviewed_outlet", sa.String(300)))
    for column, source in _COLUMNS:
        op.execute(
            f"UPDATE reviews SET {column} = (SELECT statements.{source} FROM statements "
            "WHERE statements.id = reviews.statement_id) WHERE version > 0"
        )


def downgrade() -> None:
    for column, _ in reversed(_COLUMNS):
        op.drop_column("reviews", column)
    op.drop_index("ux_speakers_key", "speakers")
    op.drop_column("speakers", "key")
