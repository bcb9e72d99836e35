"""What an ingest worker does beside the engine (topic tags, the article's fingerprint, its wire credit,
check-worthiness, its language) gives what the plain definitions give, with less work: the work is counted in
Python calls where it matters, never timed (benchmarks/store_ingest.py times it)."""

from __future__ import annotations

import hashlib
import multiprocessing
import pickle
import re
from concurrent.futures import Executor, Future, ProcessPoolExecutor

import pytest
from sqlalchemy import event

from attribution import language, topics
from attribution.aids import article_fingerprint, sources
from attribution.engine import lexicons
from attribution.engine.lexicons import read_rows
from attribution.engine.tokens import tokenize
from attribution.models import Article
from attribution.store import Store
from attribution.store import ingest as ingest_module
from attribution.store.speakers import Linker
from conftest import count_calls

_TOPICS = (
    "topic,keywords\n"
    "talks,negotiat*|peace talks|cease-fire|U.S. envoy\n"
    "gas,LNG*|gas|pipe line\n"
    "money,$|euro*\n"  # a keyword opening with a sign: no word tells, the pattern always runs
    "cities,İstanbul|Zürich*|köln\n"  # keywords not in ASCII: "İ" matches "i" case-blind, which lower() does not say
    "tech,AI|e-mail|data centre\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "They negotiated for hours",
        "NEGOTIATIONS resumed; the cease fire holds",
        "a cease-fire and Peace   Talks",
        "peace\u00a0talks over a no-break space",
        "the U.S. envoy spoke",
        "LNGs and gas",
        "LNGs shipped",  # an acronym with a wildcard: its stem as written
        "lng cargoes",  # the acronym in capitals only
        "AI rules, not aid",
        "ai rules",  # not the acronym
        "an E-MAIL to the data-centre",
        "the pipe-line and the pipeline",
        "it cost $5",
        "Euros, and the eurozone",
        "talks in istanbul",  # ASCII text, a keyword not in ASCII: the pattern finds it case-blind
        "talks in Zurich and Koln",  # other letters: none
        "talks in ZÜRICH",
        "İstanbul talks on ΣΟΣ gas",  # non-ASCII words: the pattern alone decides
        "“Gas,” he said — negotiating",  # non-ASCII signs, ASCII words
        "nothing here",
        "",
    ],
)
def test_topic_tags_are_those_of_the_patterns_alone(tmp_path, text: str) -> None:
    """tag() asks only the patterns of topics a word of the text may start a keyword of; the tags are those of
    every pattern asked of every text."""
    (tmp_path / "topics.csv").write_text(_TOPICS, encoding="utf-8")
    every = tuple(t.name for t in topics.topics(tmp_path) if t.pattern.search(text))
    assert topics.tag(text, tmp_path) == every


def _calls(run) -> int:
    return count_calls(run)[0]


@pytest.mark.parametrize("text", ["The minister said the budget would pass", "Talks on gas resumed, he said"])
def test_tagging_a_statement_costs_the_same_however_many_topics(tmp_path, text: str) -> None:
    """A statement's words are looked up once, not asked of each topic (per topic and statement, that was a tenth of
    an ingest worker's time)."""
    calls = []
    for n in (5, 60):
        folder = tmp_path / str(n)
        folder.mkdir()
        rows = "".join(f"topic {i},keyword{i}|stem{i}*|two words{i}\n" for i in range(n))
        (folder / "topics.csv").write_text("topic,keywords\ntalks,talks|gas\n" + rows, encoding="utf-8")
        topics.tag(text, folder)  # the words met once are remembered
        calls.append(_calls(lambda folder=folder: topics.tag(text, folder)))
    assert calls[0] == calls[1]


def _simhash(text: str) -> int:
    """The fingerprint's definition: a SimHash of the blake2b hashes of the article's word shingles (three word
    tokens' keys), as a signed 64-bit integer."""
    words = [t.key for t in tokenize(text) if t.is_word]
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    hashes = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles]
    value = sum(1 << bit for bit in range(64) if 2 * sum(h >> bit & 1 for h in hashes) > len(hashes))
    return value - (1 << 64) if value >= 1 << 63 else value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one",
        "two words",
        "exactly three words",
        "The Minister said on Monday that the U.S. would pay $1,000.50 -- or more!!!",
        "Russia’s envoy and Russia's envoy, Russia-Ukraine talks; e-mail, 3rd, x_y, _under",
        "İSTANBUL İstanbul ΣΟΣ Ödön straße STRASSE ǅemal",  # lower() of the whole text would change its length
        "Don’t stop, DON’T — ’tis ‘quoted’ “double”",
        "tab\tand\nnew lines  and   spaces",
        "2024-05-01 10:30 ½ ² ٣ numbers",
        "KYIV (Reuters) - The talks went on. " * 40,
    ],
)
def test_the_article_fingerprint_is_its_definition(text: str) -> None:
    assert article_fingerprint(text) == _simhash(text)


_AGENCIES = ["AP", "AFP", "APA-Austria Presse Agentur", "Associated Press", "Associated Press of Pakistan", "dpa",
             "Agência Brasil", "ČTK", "A"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "KYIV (AP) - talks",
        "AP contributed to this report",
        "XAP contributed, dpa contributed, MAP, AP_ and AP2",  # a word character before or after: no name
        "(Associated Press of Pakistan) and (Associated Press)",
        "Associated Press of India",  # the longest name fails where it goes on: the shorter one is found
        "APA-Austria Presse Agentur contributed",
        "Agência Brasil, ČTK: wires; É ČTK",
        "A contributed, a contributed",
        "—AFP\nAFP",
        "nothing credited here",
        "",
    ],
)
def test_the_wire_alternation_finds_what_the_plain_one_finds(text: str) -> None:
    """The wire names' alternation opens each name with its character (the whole-word test after it), so that a
    credit is searched for by its first characters; it finds the names, spans and groups the plain one finds."""
    names = sorted(_AGENCIES, key=len, reverse=True)
    plain = re.compile("(?<!\\w)(?P<wire>" + "|".join(map(re.escape, names)) + ")(?!\\w)")
    fast = re.compile(f"(?P<wire>{sources._alternatives(names)})(?!\\w)")
    assert [m.span("wire") for m in fast.finditer(text)] == [m.span("wire") for m in plain.finditer(text)]
    for suffix in (r" contributed", r"\s*\)", r" of Pakistan\)"):
        found, expected = (re.compile(p.pattern + suffix).search(text) for p in (fast, plain))
        assert (found and found.span("wire")) == (expected and expected.span("wire"))


def test_the_wire_credits_of_the_data_folder_find_what_the_plain_alternation_finds() -> None:
    data = lexicons.data_dir().resolve()
    agency_rows = [row for _, row in read_rows(data / "outlets.csv", ("name",)) if row.get("kind") == "agency"]
    names = {n.strip() for row in agency_rows for n in (row["name"], *row.get("aliases", "").split("|")) if n.strip()}
    agencies = sorted(names, key=len, reverse=True)
    plain = "(?<!\\w)(?P<wire>" + "|".join(map(re.escape, agencies)) + ")(?!\\w)"
    rows = [row for _, row in read_rows(data / "wire_credits.csv", ("pattern", "region"))]
    texts = [f"{city} ({name}) - The talks {end}" for city, name, end in (
        ("KYIV", "Reuters", "went on."), ("PARIS", "AFP", "ended. — AFP"), ("ROME", "ANSA", "(c) ANSA"),
        ("X", "XReuters", "failed. Bloomberg News contributed to this report."), ("Y", "AP", "© Associated Press"),
    )]  # fmt: skip
    credited = 0
    for (pattern, region), row in zip(sources._credits(data), rows, strict=True):
        assert region == row["region"]
        expected = re.compile(row["pattern"].replace("{wire}", plain), re.MULTILINE)
        for text in texts:
            found, wanted = pattern.search(text), expected.search(text)
            assert (found and (found.span(), found.group("wire"))) == (wanted and (wanted.span(), wanted.group("wire")))
            credited += wanted is not None
    assert credited >= 4  # the cases meet the credits


def _model_loaded() -> bool:
    from py3langid import langid

    return langid.IDENTIFIER is not None


def test_workers_forked_after_a_preload_share_the_language_model() -> None:
    """The language model (~0.5 s of CPU to load) is loaded once before an ingest forks its workers, not in each
    worker that meets a text the function words do not tell."""
    language.preload()
    language.ready()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        assert pool.submit(_model_loaded).result()
    text = "Der Bürgermeister sagte am Montag, dass die neue Brücke im Mai eröffnet werde. " * 4
    assert language.detect(text) == "de"


ENGLISH = 'The mayor said the bridge would open in May. "We are ready," she added.'
GERMAN = "Der Bürgermeister sagte am Montag, dass die neue Brücke im Mai eröffnet werde. " * 4


@pytest.mark.parametrize(
    ("first", "loaded"),
    [
        ([Article("a", GERMAN)], True),  # the function words do not tell it: loaded once, before the fork
        ([Article("e", ENGLISH), Article("a", GERMAN)], True),
        ([Article("e", ENGLISH)], False),  # told English by its function words: no model (0.5 s of CPU saved)
        ([Article("a", GERMAN, language="de")], False),  # declared
    ],
)
def test_an_ingest_with_workers_forks_them_with_the_model_loaded_when_its_first_articles_need_it(
    tmp_path, monkeypatch, first: list[Article], loaded: bool
) -> None:
    from py3langid import langid

    monkeypatch.setattr(langid, "IDENTIFIER", None)  # as in a new process (an earlier test may have loaded it)
    monkeypatch.setattr(language, "_preloading", [])
    seen = []
    monkeypatch.setattr(language, "ready", lambda ready=language.ready: (ready(), seen.append(_model_loaded())))
    with Store(f"sqlite:///{tmp_path / 'q.db'}") as store:
        summary = store.ingest(first, workers=2)
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT key, language FROM articles").all()
    assert seen == [loaded]
    assert summary.new == len(first)
    assert dict(rows) == {a.id: "de" if a.text == GERMAN else "en" for a in first}  # detected as before


class _Recording(Executor):
    """A pool that extracts at once, recording what it was sent."""

    def __init__(self, events: list) -> None:
        self.events = events

    def submit(self, fn, /, *args, **kwargs) -> Future:
        self.events.append(("sent", args[0][0][0].id[:3]))
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_the_workers_get_the_first_chunks_before_the_speakers_are_read_and_stay_ahead(tmp_path, monkeypatch) -> None:
    """The workers start extracting before this process reads the store's speakers (the first chunk waited for it),
    and are two chunks ahead of the last one a transaction writes (one ahead, they waited at the end of each chunk
    for its slowest article while the main process had not yet sent the next). A transaction writes GROUP chunks
    extracted before it starts; once the input is all sent, each chunk is written as it comes."""
    events: list = []
    load = Linker.load
    monkeypatch.setattr(Linker, "load", lambda conn, lex: (events.append(("speakers",)), load(conn, lex))[1])
    write = ingest_module._write_new
    monkeypatch.setattr(ingest_module, "_write_new", lambda conn, found, *a: (
        events.append(("written", found[0][0].id[:3])), write(conn, found, *a))[1])  # fmt: skip
    monkeypatch.setattr(ingest_module, "GROUP", 4)
    batch = [Article(f"c{i // 2:02d}-{i}", f"Mayor Ana Ruiz{i} said the bridge would open in May.") for i in range(24)]
    with Store(f"sqlite:///{tmp_path / 'q.db'}") as store:
        event.listen(store.engine, "commit", lambda conn: events.append(("commit",)))
        summary = store.ingest(batch, batch_size=2, pool=_Recording(events))
    assert summary.new == 24
    sent = [("sent", f"c{n:02d}") for n in range(12)]
    written = [("written", f"c{n:02d}") for n in range(12)]
    expected = [*sent[:6], ("commit",), ("speakers",),  # that commit: the known speakers' transaction
                sent[6], sent[7], sent[8], sent[9], *written[:4], ("commit",),
                sent[10], sent[11], *written[4:7], ("commit",),  # all sent: a chunk a transaction from here
                *[e for w in written[7:] for e in (w, ("commit",))]]  # fmt: skip
    assert events[: len(expected)] == expected
    assert set(events[len(expected) :]) == {("commit",)}  # the statistics and the aids after


def test_an_article_the_engine_fails_on_in_a_worker_is_reported_and_the_others_stored(tmp_path, monkeypatch) -> None:
    """The failure comes back from the worker process as an IngestError; it could not be rebuilt there, which broke
    the pool and stopped the whole ingest ("the extraction workers stopped")."""
    extract_article = ingest_module.extract_article

    def failing(article, lex=None):
        if article.id == "bad":
            raise AttributeError("'NoneType' object has no attribute 'split'")
        return extract_article(article, lex)

    monkeypatch.setattr(ingest_module, "extract_article", failing)  # before the workers are forked: theirs too
    batch = [Article(i, f"Mayor Ana Ruiz said the bridge {i} would open in May.") for i in ("a", "bad", "c", "d")]
    with Store(f"sqlite:///{tmp_path / 'q.db'}") as store:
        summary = store.ingest(batch, workers=2, batch_size=2)
        stored = store.count_statements()
    assert (summary.new, summary.failed) == (3, 1)
    assert summary.errors == ("bad: the engine failed (AttributeError: 'NoneType' object has no attribute 'split')",)
    assert stored == 3
    error = pickle.loads(pickle.dumps(ingest_module.IngestError("x", "why")))
    assert (error.article_id, error.reason, str(error)) == ("x", "why", "x: why")
