"""Reviews on SQLite and PostgreSQL: vocabularies, optimistic saves, an append-only history, no lost update."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from attribution import Article
from attribution.review import Rating, ReviewConflict, ReviewError, Verdict, Workflow, parse, scale_point
from attribution.store import NotFound, StatementFilter, Store

TEXT = (
    "Russian Foreign Minister Sergey Lavrov announced that the delegation is ready.\n"
    "“We hope so,” Caroline Leavitt said.\n"
    "White House Press Secretary Caroline Leavitt said that new sanctions on Russian oil are coming."
)


@pytest.fixture
def store(store_url: str):
    with Store(store_url) as s:
        s.ingest([Article("a1", TEXT)])
        yield s


@pytest.fixture
def sid(store: Store) -> int:
    return store.statements(order="position")[0].id


@pytest.mark.parametrize(
    ("vocabulary", "given", "expected"),
    [
        (Workflow, "in progress", Workflow.IN_PROGRESS),
        (Workflow, "In_Progress", Workflow.IN_PROGRESS),
        (Workflow, "needs-second-review", Workflow.NEEDS_SECOND_REVIEW),
        (Workflow, Workflow.DONE, Workflow.DONE),
        (Verdict, "denied by speaker", Verdict.DENIED_BY_SPEAKER),
        (Verdict, "single_source", Verdict.SINGLE_SOURCE),
        (Rating, "not a factual claim", Rating.NOT_A_FACTUAL_CLAIM),
        (Rating, "FALSE", Rating.FALSE),
    ],
)
def test_vocabularies_read_values_and_labels(vocabulary, given, expected) -> None:
    assert parse(vocabulary, given) is expected


@pytest.mark.parametrize(
    ("vocabulary", "given"), [(Workflow, "finished"), (Verdict, "true"), (Rating, "confirmed"), (Rating, "")]
)
def test_values_outside_a_vocabulary_are_named_errors(vocabulary, given) -> None:
    with pytest.raises(ReviewError, match="expected one of"):
        parse(vocabulary, given)


def test_labels_and_claimreview_scale_are_complete() -> None:
    assert Workflow.NEEDS_SECOND_REVIEW.label == "needs second review"
    assert [m.label for m in Workflow] == [
        "unstarted",
        "in progress",
        "needs second review",
        "done",
        "sent back",
        "needs recheck",
    ]
    assert scale_point(Verdict.CONFIRMED).alternate_name == "Accurately attributed"
    assert scale_point(Verdict.MISATTRIBUTED).rating_value == 1
    assert scale_point(Verdict.FAIR_PARAPHRASE).rating_value == 4
    assert scale_point(Rating.NOT_A_FACTUAL_CLAIM).rating_value is None
    assert all(1 <= (scale_point(m).rating_value or 1) <= 5 for m in (*Verdict, *Rating))


def test_a_never_reviewed_statement_is_unstarted_version_0(store: Store, sid: int) -> None:
    review = store.review(sid)
    assert (review.workflow, review.verdict, review.rating, review.version, review.note) == (
        Workflow.UNSTARTED, None, None, 0, "",
    )  # fmt: skip
    assert store.review_history(sid) == []


def test_save_then_history_records_old_new_reviewer_time_and_note(store: Store, sid: int) -> None:
    first = store.save_review(sid, expected_version=0, reviewer="ann", workflow="in progress", verdict="confirmed",
                              evidence_urls=["https://example.org/video"], comment="watched the briefing")  # fmt: skip
    assert (first.version, first.workflow, first.verdict, first.reviewer) == (1, "in_progress", "confirmed", "ann")
    second = store.save_review(sid, expected_version=1, reviewer="bob", workflow="done", rating="mostly true",
                               note="Said at the briefing.", verdict="")  # fmt: skip
    assert (second.version, second.verdict, second.rating, second.note) == (
        2,
        None,
        "mostly_true",
        "Said at the briefing.",
    )
    history = store.review_history(sid)
    assert [(h.field, h.old, h.new, h.reviewer) for h in history] == [
        ("workflow", "unstarted", "in_progress", "ann"),
        ("verdict", None, "confirmed", "ann"),
        ("evidence_urls", None, "https://example.org/video", "ann"),
        ("workflow", "in_progress", "done", "bob"),
        ("verdict", "confirmed", None, "bob"),
        ("rating", None, "mostly_true", "bob"),
        ("note", "", "Said at the briefing.", "bob"),
    ]
    assert history[0].note == "watched the briefing" and history[0].at.tzinfo is not None
    assert history[0].at <= history[-1].at
    listed = store.statements(StatementFilter(statement_ids=(sid,)))[0]
    assert (listed.workflow, listed.rating, listed.reviewer, listed.review_version) == ("done", "mostly_true", "bob", 2)


def test_a_stale_save_raises_a_conflict_and_changes_nothing(store: Store, sid: int) -> None:
    store.save_review(sid, expected_version=0, reviewer="ann", verdict="confirmed")
    with pytest.raises(ReviewConflict) as raised:
        store.save_review(sid, expected_version=0, reviewer="bob", verdict="fabricated", note="mine")
    assert raised.value.current.verdict == "confirmed" and raised.value.current.reviewer == "ann"
    assert "ann" in str(raised.value) and "reload" in str(raised.value)
    assert store.review(sid).verdict == "confirmed" and store.review(sid).note == ""
    assert len(store.review_history(sid)) == 1


def test_saving_nothing_new_makes_no_version(store: Store, sid: int) -> None:
    saved = store.save_review(sid, expected_version=0, reviewer="ann", verdict="confirmed")
    again = store.save_review(sid, expected_version=1, reviewer="ann", verdict="confirmed")
    assert again == saved and len(store.review_history(sid)) == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"reviewer": " "}, "reviewer's name"),
        ({"workflow": "finished"}, "not a workflow"),
        ({"verdict": "true"}, "not a verdict"),
        ({"rating": "confirmed"}, "not a rating"),
        ({"evidence_urls": ["example.org/x"]}, "not a web address"),
        ({"evidence_urls": ["javascript:alert(1)"]}, "not a web address"),
    ],
)
def test_bad_review_input_is_a_named_error_and_saves_nothing(
    store: Store, sid: int, fields: dict, message: str
) -> None:
    with pytest.raises(ReviewError, match=message):
        store.save_review(sid, expected_version=0, **({"reviewer": "ann"} | fields))
    assert store.review(sid).version == 0


def test_evidence_urls_are_kept_in_order_without_repeats(store: Store, sid: int) -> None:
    urls = ["https://a.example/1", " https://b.example/2 ", "https://a.example/1", ""]
    assert store.save_review(sid, expected_version=0, reviewer="ann", evidence_urls=urls).evidence_urls == (
        "https://a.example/1", "https://b.example/2",
    )  # fmt: skip


def test_unknown_statement(store: Store) -> None:
    with pytest.raises(NotFound):
        store.save_review(12345, expected_version=0, reviewer="ann", verdict="confirmed")


def test_history_is_append_only_in_the_database(store: Store, sid: int) -> None:
    store.save_review(sid, expected_version=0, reviewer="ann", verdict="confirmed")
    for sql in ("UPDATE review_history SET new = 'fabricated'", "DELETE FROM review_history"):
        with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(sql))
    assert store.review_history(sid)[0].new == "confirmed"


def test_bulk_workflow_changes_the_matching_statements_with_history(store: Store) -> None:
    leavitt = StatementFilter(speakers=("Caroline Leavitt",))
    first = store.statements(leavitt)[0]
    store.save_review(first.id, expected_version=0, reviewer="ann", workflow="needs second review")
    n = store.bulk_set_workflow(leavitt, "needs second review", reviewer="lead", note="second look at Leavitt")
    assert n == 1  # the one already there is left alone
    assert dict(store.facet_counts(StatementFilter(), "workflow")) == {"needs_second_review": 2, "unstarted": 1}
    other = store.statements(leavitt)[1]
    review = store.review(other.id)
    assert review.version == 1 and review.reviewer == "lead"
    entry = store.review_history(other.id)[0]
    assert (entry.field, entry.old, entry.new, entry.note) == ("workflow", "unstarted", "needs_second_review",
                                                               "second look at Leavitt")  # fmt: skip
    with pytest.raises(ReviewConflict):  # a reviewer who loaded version 0 before the bulk change
        store.save_review(other.id, expected_version=0, reviewer="bob", workflow="done")


@pytest.mark.parametrize("reviewers", [2, 4])
def test_concurrent_reviewers_lose_no_update(store_url: str, store: Store, sid: int, reviewers: int) -> None:
    """Each reviewer adds its own evidence URL several times over, reloading on conflict: all of them survive."""
    rounds = 5
    conflicts = []

    def reviewer(n: int) -> None:
        with Store(store_url) as mine:  # one connection pool per reviewer, as with separate dashboard sessions
            for r in range(rounds):
                while True:
                    seen = mine.review(sid)
                    urls = (*seen.evidence_urls, f"https://example.org/{n}/{r}")
                    try:
                        mine.save_review(sid, expected_version=seen.version, reviewer=f"r{n}", evidence_urls=urls)
                        break
                    except ReviewConflict:
                        conflicts.append(n)

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(reviewers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    final = store.review(sid)
    expected = {f"https://example.org/{n}/{r}" for n in range(reviewers) for r in range(rounds)}
    assert set(final.evidence_urls) == expected and len(final.evidence_urls) == len(expected)
    assert final.version == reviewers * rounds == len(store.review_history(sid))


def test_two_reviewers_with_the_same_version_one_wins(store_url: str, store: Store, sid: int) -> None:
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(name: str, verdict: str) -> None:
        with Store(store_url) as mine:
            barrier.wait()
            try:
                outcomes[name] = mine.save_review(sid, expected_version=0, reviewer=name, verdict=verdict)
            except ReviewConflict as e:
                outcomes[name] = e

    threads = [threading.Thread(target=save, args=a) for a in (("ann", "confirmed"), ("bob", "fabricated"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    conflicts = [o for o in outcomes.values() if isinstance(o, ReviewConflict)]
    saved = [o for o in outcomes.values() if not isinstance(o, ReviewConflict)]
    assert len(conflicts) == 1 and len(saved) == 1
    assert conflicts[0].current == saved[0] == store.review(sid)
    assert len(store.review_history(sid)) == 1
