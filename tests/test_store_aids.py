"""The fact-check aids in the store, on a fresh SQLite file and on a real PostgreSQL server: groups across
outlets, independent sources, misattribution alerts, claim matches, a person's link decisions, the filters,
and incremental updates that end where a full refresh does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from attribution import Article
from attribution.aids import AidStatement, DiffKind
from attribution.aids.corpus import Corpus
from attribution.aids.thresholds import load as load_thresholds
from attribution.review import Verdict, Workflow
from attribution.store import (
    AidsError,
    AidsMode,
    FilterError,
    LinkStatus,
    NotFound,
    StatementFilter,
    Store,
    StoredStatement,
)
from attribution.store import aids as store_aids
from conftest import derived_aids

LONG = "There is no military solution to the conflict in the region"
BODY = (
    "The talks in the capital lasted for six hours and ended late on Tuesday evening. Delegations from both "
    "countries met in a conference hall near the river, and the meeting was closed to the press. Another round "
    "of negotiations is planned for next month, although no date has been set so far. The previous round "
    "collapsed in the spring after a dispute over prisoner exchanges and the future of the grain corridor. "
    "Both sides have exchanged prisoners twice this year, and aid convoys reached the eastern towns in June."
)


# Unrelated news, one paragraph per article, so that articles are not copies of each other (identical or
# near-identical article texts are one source, however many publishers print them).
OTHER_NEWS = [
    "Farmers in the south began the harvest early this year because of the dry summer and high prices for wheat.",
    "The national football team lost its opening match on Sunday after a late goal in the second half.",
    "A new bridge over the river will open to traffic in March, two years later than first planned.",
    "Heavy snow closed several mountain roads overnight and delayed trains between the two largest cities.",
    "Interest rates stayed at four percent for the third month in a row, and the currency rose slightly.",
    "Museum visitors can see the restored paintings from next week, after four years of careful work.",
    "Shipping companies raised their freight rates again as fuel costs climbed for a third month.",
    "The city council approved a plan to plant ten thousand trees along the main avenues by next spring.",
    "A small earthquake shook the coastal towns early on Friday, but no damage was reported there.",
    "Students returned to school on Monday after the holidays, with smaller classes in most towns.",
]


def report(key: str, quote: str, speaker: str, publisher: str, *, wire: str | None = None, body: str = "") -> Article:
    """An article quoting `speaker` once; `wire` adds a dateline credit ("KYIV (Reuters) -"). Without `body`, the
    article gets its own paragraph of other news (by its key)."""
    dateline = f"KYIV ({wire}) - " if wire else ""
    body = body or OTHER_NEWS[sum(map(ord, key)) % len(OTHER_NEWS)]
    return Article(key, f"{dateline}“{quote},” {speaker} said.\n{body}", title=key, publisher=publisher)


def only(store: Store, key: str) -> StoredStatement:
    """The one statement of article `key`."""
    (found,) = [s for s in store.statements(limit=None, order="position") if s.article_key == key]
    return found


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as s:
        yield s


def outcome(store: Store) -> str:
    """What the aids made of the store's two statements: group, suggest, alert or none."""
    kinds = [
        kind
        for kind, found in (
            ("group", store.statement_groups()),
            ("suggest", store.group_suggestions()),
            ("alert", store.misattribution_alerts()),
        )
        if found
    ]
    assert len(kinds) <= 1, kinds
    return kinds[0] if kinds else "none"


@pytest.mark.parametrize(
    ("a", "a_speaker", "b", "b_speaker", "expected"),
    [
        (LONG, "Ivan Petrov", LONG, "Ivan Petrov", "group"),
        (LONG, "Ivan Petrov", LONG.replace("the conflict", "this conflict"), "Ivan Petrov", "group"),
        ("We will not attend the summit in Geneva next week", "Ana Lind",
         "We won't attend the summit in Geneva next week", "Ana Lind", "group"),
        ("Our troops will stay in the region until the job is done", "Ana Lind",
         "Our troops will stay in the area until the work is done", "Ana Lind", "suggest"),
        (LONG, "Ivan Petrov", LONG, "Maria Olsen", "alert"),
        # Near-misses that must not be grouped.
        ("Shelling killed 5 people in the northern town on Monday", "Ana Lind",
         "Shelling killed 50 people in the northern town on Monday", "Ana Lind", "none"),
        ("We will attend the summit in Geneva next week", "Ana Lind",
         "We will not attend the summit in Geneva next week", "Ana Lind", "none"),
        ("That is not true", "Ivan Petrov", "That is not true", "Ivan Petrov", "none"),  # too short: said by many
        ("That is not true", "Ivan Petrov", "That is not true", "Maria Olsen", "none"),
        (LONG, "Ivan Petrov", "The economy grew by three percent in the region last year", "Ivan Petrov", "none"),
    ],
)  # fmt: skip
def test_two_reports_across_outlets(store: Store, a: str, a_speaker: str, b: str, b_speaker: str, expected: str):
    store.ingest([report("a", a, a_speaker, "Daily Alpha"), report("b", b, b_speaker, "Morning Beta")])
    assert store.aids_status().up_to_date
    assert outcome(store) == expected
    first, second = only(store, "a"), only(store, "b")
    assert (first.group_id == second.group_id == first.id) is (expected == "group")
    assert (first.group_size, first.sources, first.single_source) == (
        (2, 2, False) if expected == "group" else (1, 1, True)
    )
    assert first.misattributed is second.misattributed is (expected == "alert")


@pytest.mark.parametrize(
    ("reports", "expected_sources"),
    [
        # three publishers, no wire: three sources
        ([("Daily Alpha", None, ""), ("Morning Beta", None, ""), ("Evening Gamma", None, "")],
         ("Daily Alpha", "Evening Gamma", "Morning Beta")),
        # two copies of one Reuters story count once
        ([("Daily Alpha", "Reuters", ""), ("Morning Beta", "Reuters", ""), ("Evening Gamma", None, "")],
         ("Evening Gamma", "Reuters")),
        # a wire copy credited by another name of the same agency (AP) still counts once
        ([("Daily Alpha", "AP", ""), ("Morning Beta", "Associated Press", "")], ("Associated Press",)),
        # near-identical article texts (one copy with a footer) are one source
        ([("Daily Alpha", None, BODY), ("Morning Beta", None, BODY + "\nCopyright Morning Beta.")], ("Daily Alpha",)),
        # different wires are independent
        ([("Daily Alpha", "Reuters", ""), ("Morning Beta", "AFP", "")], ("Agence France-Presse", "Reuters")),
    ],
)  # fmt: skip
def test_wire_copies_count_once(store: Store, reports: list, expected_sources: tuple[str, ...]) -> None:
    store.ingest(
        [report(f"r{i}", LONG, "Ivan Petrov", pub, wire=wire, body=body) for i, (pub, wire, body) in enumerate(reports)]
    )
    (group,) = store.statement_groups()
    assert len(group.versions) == len(reports)
    assert group.sources == expected_sources
    assert group.single_source is (len(expected_sources) == 1)
    assert {s.sources for s in store.statements(limit=None)} == {len(expected_sources)}
    single = StatementFilter(single_source=True)
    assert store.count_statements(single) == (len(reports) if len(expected_sources) == 1 else 0)
    assert store.count_statements(StatementFilter(single_source=False)) == len(reports) - store.count_statements(single)


def test_a_group_shows_each_version_with_its_word_diff(store: Store) -> None:
    reworded = LONG.replace("the conflict", "this conflict")
    store.ingest([report("a", LONG, "Ivan Petrov", "Daily Alpha"), report("b", LONG, "Ivan Petrov", "Morning Beta"),
                  report("c", reworded, "Ivan Petrov", "Evening Gamma")])  # fmt: skip
    a, c = only(store, "a"), only(store, "c")
    group = store.statement_group(c.id)
    assert (group.id, group.canonical_id, group.wordings, group.speaker) == (a.id, a.id, 2, "Ivan Petrov")
    assert [(v.statement.article_key, v.canonical, v.altered) for v in group.versions] == [
        ("a", True, False), ("b", False, False), ("c", False, True),
    ]  # fmt: skip
    changed = [op for op in group.versions[2].diff if op.kind is not DiffKind.EQUAL]
    assert [(op.kind, op.old, op.new) for op in changed] == [(DiffKind.REPLACE, "the", "this")]
    assert store.statement_group(a.id) == group


def test_a_statement_alone_is_its_own_group(store: Store) -> None:
    store.ingest([report("a", LONG, "Ivan Petrov", "Daily Alpha")])
    a = only(store, "a")
    group = store.statement_group(a.id)
    assert (group.id, group.canonical_id, group.sources, group.single_source) == (a.id, a.id, ("Daily Alpha",), True)
    assert [v.statement.id for v in group.versions] == [a.id] and not group.versions[0].altered
    assert a.group_id is None and (a.group_size, a.sources, a.single_source) == (1, 1, True)
    assert store.statement_groups() == []


def test_a_misattribution_is_flagged_on_both_statements(store: Store) -> None:
    store.ingest([report("a", LONG, "Ivan Petrov", "Daily Alpha"), report("b", LONG, "Ivan Petrov", "Morning Beta"),
                  report("c", LONG, "Maria Olsen", "Evening Gamma"),
                  report("d", "The economy grew by three percent in the region last year", "Maria Olsen",
                         "Evening Gamma")])  # fmt: skip
    a, b, c, d = (only(store, k) for k in "abcd")
    assert [s.misattributed for s in (a, b, c, d)] == [True, True, True, False]
    (alert,) = store.misattribution_alerts(c.id)  # the side asked about first
    assert (alert.statement.id, alert.other.id, alert.speaker, alert.other_speaker) == (
        c.id, a.id, "Maria Olsen", "Ivan Petrov",
    )  # fmt: skip
    assert alert.score == 100
    (from_a,) = store.misattribution_alerts(b.id)
    assert (from_a.group_id, from_a.other_group_id, from_a.speaker) == (a.id, c.id, "Ivan Petrov")
    assert store.misattribution_alerts(d.id) == [] and len(store.misattribution_alerts()) == 1
    flagged = store.statements(StatementFilter(misattributed=True), limit=None, order="position")
    assert sorted(s.id for s in flagged) == [a.id, b.id, c.id]
    assert [s.id for s in store.statements(StatementFilter(misattributed=False), limit=None)] == [d.id]
    assert store.facet_counts(StatementFilter(misattributed=True), "speaker") == [
        ("Ivan Petrov", 2),
        ("Maria Olsen", 1),
    ]


def test_the_same_words_from_two_speakers_of_one_article_are_no_misattribution(store: Store) -> None:
    agreed = Article("a", f"“{LONG},” Ivan Petrov said.\n“{LONG},” Maria Olsen said.\n{OTHER_NEWS[0]}")
    store.ingest([agreed])
    found = store.statements(limit=None, order="position")
    assert [s.speaker for s in found] == ["Ivan Petrov", "Maria Olsen"]
    assert store.misattribution_alerts() == [] and not any(s.misattributed for s in found)


def test_a_claim_match_is_shown_but_never_applied(store: Store) -> None:
    store.ingest([report("old", LONG, "Ivan Petrov", "Daily Alpha")])
    old = only(store, "old")
    store.save_review(old.id, expected_version=0, reviewer="ann", verdict="confirmed", rating="mostly_true",
                      note="checked against the transcript")  # fmt: skip
    store.ingest([report("new", LONG.replace("the conflict", "this war"), "Maria Olsen", "Morning Beta"),
                  report("other", "The economy grew by three percent in the region last year", "Ivan Petrov",
                         "Morning Beta")])  # fmt: skip
    new, other = only(store, "new"), only(store, "other")
    (match,) = store.claim_match(new.id)
    assert (match.statement_id, match.reviewed.id, match.verdict, match.same_speaker) == (
        new.id, old.id, Verdict.CONFIRMED, False,
    )  # fmt: skip
    assert match.reviewed.note == "checked against the transcript" and 85 <= match.score < 100
    review = store.review(new.id)
    assert (review.version, review.workflow, review.verdict, review.rating) == (0, Workflow.UNSTARTED, None, None)
    assert (new.has_claim_match, other.has_claim_match, only(store, "old").has_claim_match) == (True, False, False)
    assert store.claim_match(other.id) == [] and store.claim_match(old.id) == []
    matched = StatementFilter(has_claim_match=True)
    assert [s.id for s in store.statements(matched)] == [new.id]
    # The verdict goes: so does the suggestion.
    store.save_review(old.id, expected_version=1, reviewer="ann", verdict="", rating="")
    assert store.claim_match(new.id) == [] and store.count_statements(matched) == 0


SUGGESTED = ("Our troops will stay in the region until the job is done",
             "Our troops will stay in the area until the work is done")  # fmt: skip


@pytest.mark.parametrize("accept", [True, False])
def test_a_persons_link_decision_survives_a_full_refresh(store: Store, accept: bool) -> None:
    store.ingest([report("a", SUGGESTED[0], "Ana Lind", "Daily Alpha"),
                  report("b", SUGGESTED[1], "Ana Lind", "Morning Beta")])  # fmt: skip
    a, b = only(store, "a"), only(store, "b")
    (open_link,) = store.group_suggestions()
    assert (open_link.a.id, open_link.b.id, open_link.status, open_link.decided_by) == (a.id, b.id, "open", None)
    link = store.decide_group_link(b.id, a.id, accept, "ann")  # either order
    assert (link.a.id, link.b.id, link.status, link.decided_by) == (
        a.id, b.id, LinkStatus.ACCEPTED if accept else LinkStatus.REJECTED, "ann",
    )  # fmt: skip
    for _ in range(2):
        assert store.group_suggestions() == []
        assert [x.status for x in store.group_suggestions(None)] == [link.status]
        assert (len(store.statement_groups()) == 1) is accept
        assert store.refresh_aids(full=True).mode is AidsMode.FULL
    assert store.group_suggestions("accepted" if accept else "rejected")[0].decided_by == "ann"


def test_a_person_can_link_statements_never_suggested_and_change_their_mind(store: Store) -> None:
    store.ingest([report("a", LONG, "Ivan Petrov", "Daily Alpha"),
                  report("b", "The economy grew by three percent in the region last year", "Ivan Petrov",
                         "Morning Beta")])  # fmt: skip
    a, b = only(store, "a"), only(store, "b")
    store.decide_group_link(a.id, b.id, True, "ann")
    assert only(store, "b").group_id == a.id
    link = store.decide_group_link(a.id, b.id, False, "bob")
    assert (link.status, link.score, link.decided_by) == (LinkStatus.REJECTED, None, "bob")
    assert store.statement_groups() == [] and only(store, "b").group_id is None


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda s, a: s.decide_group_link(a, a, True, "ann"), AidsError, "itself"),
        (lambda s, a: s.decide_group_link(a, a + 1000, True, "ann"), NotFound, "no statement"),
        (lambda s, a: s.decide_group_link(a, a + 1, True, "  "), AidsError, "reviewer"),
        (lambda s, a: s.statement_group(a + 1000), NotFound, "no statement"),
        (lambda s, a: s.misattribution_alerts(a + 1000), NotFound, "no statement"),
        (lambda s, a: s.claim_match(a + 1000), NotFound, "no statement"),
        (lambda s, a: s.group_suggestions("maybe"), AidsError, "status must be one of"),
    ],
)
def test_bad_requests_are_named_errors(store: Store, call, error: type[Exception], message: str) -> None:
    store.ingest([report("a", LONG, "Ivan Petrov", "Daily Alpha")])
    with pytest.raises(error, match=message):
        call(store, only(store, "a").id)


REWORDED = LONG.replace("the conflict", "this conflict")
ECONOMY = "The economy grew by three percent in the region last year"
STEPS = [
    ("ingest", report("s1", LONG, "Ivan Petrov", "Daily Alpha")),
    ("review", "s1"),
    ("ingest", report("s2", REWORDED, "Ivan Petrov", "Morning Beta", wire="Reuters")),
    ("ingest", report("s3", LONG, "Maria Olsen", "Evening Gamma")),
    ("ingest", report("s4", SUGGESTED[0], "Ana Lind", "Daily Alpha")),
    ("ingest", report("s5", SUGGESTED[1], "Ana Lind", "Evening Gamma")),
    ("ingest", report("s6", LONG.replace("the conflict", "this war"), "Ana Lind", "Harbour Post")),
    ("ingest", report("s7", REWORDED, "Ivan Petrov", "Northwind", wire="Reuters")),
    ("reject", ("s4", "s5")),
    ("ingest", report("s2", ECONOMY, "Ivan Petrov", "Morning Beta")),  # s2 now says something else
    ("ingest", report("s8", SUGGESTED[1], "Ana Lind", "Daily Alpha")),
    ("accept", ("s1", "s8")),
    ("ingest", Article("s3", "Nothing was said.", title="s3", publisher="Evening Gamma")),  # the alert's side goes
    ("unreview", "s1"),
]


def test_incremental_updates_end_where_a_full_refresh_does(store: Store) -> None:
    ids: dict[str, int] = {}
    seen: set[str] = set()
    for n, (action, arg) in enumerate(STEPS):
        if action == "ingest":
            store.ingest([arg])
            ids.update({s.article_key: s.id for s in store.statements(limit=None)})
        elif action in ("review", "unreview"):
            review = store.review(ids[arg])
            verdict = "confirmed" if action == "review" else ""
            store.save_review(ids[arg], expected_version=review.version, reviewer="ann", verdict=verdict)
        else:
            store.decide_group_link(ids[arg[0]], ids[arg[1]], action == "accept", "ann")
        status = store.aids_status()
        assert status.up_to_date, n
        if n:  # the first ingest takes in the migration's "everything changed": a full refresh
            assert status.updated_at > status.full_refresh_at, n
        incremental = derived_aids(store)
        assert store.refresh_aids(full=True).mode is AidsMode.FULL
        assert derived_aids(store) == incremental, (n, action, arg)
        seen |= {kind for kind, rows in incremental.items() if rows}
    assert seen == {"groups", "members", "alerts", "suggestions", "claims"}, "every kind of aid should be compared"


def _recomputed(store: Store) -> dict[str, set]:
    """What a full refresh would write now (computed, not written), in the form of derived_aids."""
    with store_aids._snapshot(store) as conn:
        plan = store_aids._full(conn, load_thresholds())
    keys = {"groups": ("id", "canonical_id", "size", "wordings", "speaker", "source_count"),
            "alerts": ("statement_id", "other_statement_id", "group_id", "other_group_id", "speaker", "other_speaker",
                       "score"),
            "suggestions": ("a_id", "b_id", "a_group_id", "b_group_id", "score"),
            "claims": ("statement_id", "reviewed_statement_id", "score", "same_speaker")}  # fmt: skip
    rows = {kind: [tuple(r[k] for k in keys[kind]) for r in getattr(plan, kind)] for kind in keys}
    rows["groups"] = [(*r, tuple(g["sources"])) for r, g in zip(rows["groups"], plan.groups, strict=True)]
    rows["members"] = plan.members
    return {kind: set(found) for kind, found in rows.items()}


def test_two_processes_updating_in_turn_end_where_a_full_refresh_does(store_url: str) -> None:
    """Each store updates the aids after its own writes, keeping what it read for its next update: what the other
    changed meanwhile must be read again."""
    with Store(store_url) as one, Store(store_url) as other:
        ids: dict[str, int] = {}
        for n, (action, arg) in enumerate(STEPS):
            store = (one, other)[n % 2]
            if action == "ingest":
                store.ingest([arg])
                ids.update({s.article_key: s.id for s in store.statements(limit=None)})
            elif action in ("review", "unreview"):
                review = store.review(ids[arg])
                store.save_review(ids[arg], expected_version=review.version, reviewer="ann",
                                  verdict="confirmed" if action == "review" else "")  # fmt: skip
            else:
                store.decide_group_link(ids[arg[0]], ids[arg[1]], action == "accept", "ann")
            assert store.aids_status().up_to_date, n
            assert derived_aids(store) == _recomputed(store), (n, action, arg)


KEPT = {1: LONG, 2: LONG.upper(), 3: REWORDED, 4: ECONOMY}


@pytest.mark.parametrize(
    ("changes", "queries", "live", "similar"),
    [
        ({}, [1], {1, 2, 3, 4}, {1, 2, 3}),
        ({}, [9], {1, 2, 3, 4}, set()),  # not kept: similar to nothing
        ({2: None}, [1], {1, 3, 4}, {1, 3}),  # no longer live
        ({2: None, 9: None}, [2], {1, 3, 4}, set()),
        ({3: ECONOMY}, [4], {1, 2, 3, 4}, {3, 4}),  # new words
        ({1: ECONOMY}, [1], {1, 2, 3, 4}, {1, 4}),  # the query's own new words
        ({5: LONG, 0: REWORDED}, [1], {0, 1, 2, 3, 4, 5}, {0, 1, 2, 3, 5}),  # new statements
        ({5: LONG, 2: None}, [5, 4], {1, 3, 4, 5}, {1, 3, 4, 5}),
    ],
)
def test_kept_texts_follow_changes(changes: dict, queries: list[int], live: set[int], similar: set[int]) -> None:
    texts = store_aids._Texts.of(Corpus.of([AidStatement(i, i, t) for i, t in KEPT.items()]), 1)
    texts.replace(changes)
    assert texts.live(range(10)) == live
    assert texts.similar(queries, 80) == similar


def test_many_changes_on_a_large_store_wait_for_a_refresh(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.ingest([report("a", LONG, "Ivan Petrov", "Daily Alpha")])
    monkeypatch.setattr(store_aids, "INCREMENTAL_MAX", 1)
    monkeypatch.setattr(store_aids, "SYNC_FULL_MAX", 1)
    monkeypatch.setattr(store_aids, "FULL_SHARE", 1.0)
    store.ingest([report(k, LONG, "Ivan Petrov", pub) for k, pub in (("b", "Morning Beta"), ("c", "Evening Gamma"))])
    assert store.aids_status().pending == 2 and store.statement_groups() == []
    assert store.refresh_aids(full=False).mode is AidsMode.DEFERRED
    summary = store.refresh_aids()
    assert (summary.mode, summary.changes, summary.pending, summary.groups) == (AidsMode.FULL, 2, 0, 1)
    assert store.aids_status().up_to_date and len(store.statement_groups()[0].versions) == 3


def test_an_update_while_another_runs_leaves_its_changes_to_it(store: Store) -> None:
    store.ingest([report("a", LONG, "Ivan Petrov", "Daily Alpha")])
    with store_aids._lock(store, wait=True):
        store.ingest([report("b", LONG, "Ivan Petrov", "Morning Beta")])
        assert store.aids_status().pending == 1
    summary = store.refresh_aids(full=False)
    assert (summary.mode, summary.pending, summary.groups) == (AidsMode.INCREMENTAL, 0, 1)


@pytest.mark.parametrize(
    ("flt", "params"),
    [
        (StatementFilter(single_source=True), {"single_source": "1"}),
        (StatementFilter(misattributed=False, speakers=("Ivan Petrov",)),
         {"speaker": ["Ivan Petrov"], "misattributed": "0"}),
        (StatementFilter(has_claim_match=True, single_source=False), {"single_source": "0", "claim_match": "1"}),
        (StatementFilter(), {}),
    ],
)  # fmt: skip
def test_aid_filters_round_trip_through_query_params(flt: StatementFilter, params: dict) -> None:
    assert flt.to_query_params() == params
    assert StatementFilter.from_query_params(params) == flt


@pytest.mark.parametrize(("value", "expected"), [("yes", True), ("true", True), ("off", False), (False, False)])
def test_aid_filter_values(value: object, expected: bool) -> None:
    assert StatementFilter(misattributed=value).misattributed is expected


def test_a_bad_aid_filter_value_is_a_filter_error() -> None:
    with pytest.raises(FilterError, match="claim_match: expected 1"):
        StatementFilter.from_query_params({"claim_match": "perhaps"})
