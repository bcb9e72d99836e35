"""`python -m attribution`: extract, ingest, export, review, speakers and outlets. A thin shell over the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict

from sqlalchemy.exc import SQLAlchemyError

from . import export, readers, untrusted
from .engine import extract_article
from .errors import AttributionError, UnsupportedLanguageError
from .language import with_language
from .models import Article
from .review import Rating, ReviewConflict, Verdict, Workflow
from .store import ORDERS, IngestSummary, LinkStatus, StatementFilter, Store, StoredStatement
from .store.outlets import KINDS as OUTLET_KINDS
from .store.outlets import ORDERS as OUTLET_ORDERS
from .web import commands as web_commands

EXAMPLES = {
    "extract": "example: python -m attribution extract seeds/ --format table",
    "ingest": (
        "examples:\n  python -m attribution ingest seeds/ articles.jsonl --workers 2 --db sqlite:///data/quotes.db\n"
        "  python -m attribution ingest https://www.example.org/news/1 https://www.example.org/news/2\n"
        "  python -m attribution ingest out/   # a folder `batch --out` wrote: its statements are loaded, not extracted"
    ),
    "batch": (
        "examples:\n  python -m attribution batch corpus/ wire-2025.jsonl.gz --out out/ --workers 2\n"
        "  python -m attribution batch corpus.parquet --out out/ --scheduler tcp://10.0.0.5:8786\n"
        "  python -m attribution ingest out/   # load the output into the store"
    ),
    "export": (
        "examples:\n  python -m attribution export --format csv --speaker 'Caroline Leavitt' > leavitt.csv\n"
        "  python -m attribution export --format claimreview --workflow done --org-name 'Example Checks' "
        "--org-url https://checks.example.org > reviews.json"
    ),
    "review": (
        "examples:\n  python -m attribution review show 12\n"
        "  python -m attribution review set 12 --expected-version 0 --reviewer ann --workflow 'in progress' "
        "--verdict confirmed --evidence https://example.org/transcript\n"
        "  python -m attribution review history 12\n"
        "  python -m attribution review bulk --workflow 'needs second review' --reviewer ann --speaker 'Sergey Lavrov'"
    ),
    "speakers": (
        "examples:\n  python -m attribution speakers list --search lavrov\n"
        "  python -m attribution speakers suggestions\n"
        "  python -m attribution speakers accept 3 --reviewer ann\n"
        "  python -m attribution speakers merge 5 9   # 9 becomes part of 5"
    ),
    "outlets": (
        "examples:\n  python -m attribution outlets list --search courier --listed no\n"
        "  python -m attribution outlets merge 'Agence France-Presse' France-Presse --reviewer ann   # by name or id\n"
        "  python -m attribution outlets unmerge France-Presse --reviewer ann\n"
        "  python -m attribution outlets suggest          # pairs that may be one outlet\n"
        "  python -m attribution outlets accept 3 --reviewer ann\n"
        "  python -m attribution outlets edit 'Halden Courier' --country Norway --kind newspaper --reviewer ann"
    ),
    "aids": (
        "examples:\n  python -m attribution aids status\n"
        "  python -m attribution aids refresh            # recompute everything (after a large ingest)\n"
        "  python -m attribution aids groups --statement 12\n"
        "  python -m attribution aids suggestions\n"
        "  python -m attribution aids accept 12 40 --reviewer ann   # statements 12 and 40 are one statement\n"
        "  python -m attribution aids alerts --statement 12"
    ),
}
REVIEWER_HELP = (
    "the name recorded with the change, as typed: for a local, single-user store. On a team's shared store make "
    "changes in the dashboard, where the signed-in identity is recorded (README, 'Team mode')"
)
CONFLICT = 3  # exit code of a stale review save: reload and try again
MAX_WORKERS = 64  # extraction processes: more only queue for the cores and hold their memory


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except ReviewConflict as e:
        print(f"conflict: {untrusted.terminal(str(e))}", file=sys.stderr)
        return CONFLICT
    except AttributionError as e:
        print(f"error: {untrusted.terminal(str(e))}", file=sys.stderr)  # messages quote the input they refuse
        return 2
    except SQLAlchemyError as e:  # the database failed mid-command (server gone, disk full): one line, no traceback
        reason = " ".join(str(getattr(e, "orig", None) or e).split())
        print(f"error: the store failed ({type(e).__name__}): {untrusted.terminal(reason)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m attribution",
        description="Find who said what in news text, in what capacity, through which outlet.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(parent, name: str, help: str, epilog: str = "", db: bool = True) -> argparse.ArgumentParser:
        sub = parent.add_parser(
            name, help=help, description=help, epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter
        )
        if db:
            sub.add_argument(
                "--db", metavar="URL", help="SQLAlchemy database URL (default: $DATABASE_URL or data/quotes.db)"
            )
        return sub

    sub = command(commands, "extract", "Print the statements found in files or folders (txt, jsonl, json, html).",
                  EXAMPLES["extract"], db=False)  # fmt: skip
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    sub.set_defaults(run=_extract)

    sub = command(commands, "ingest", "Store articles (files, folders, web addresses, batch outputs) and their "
                  "statements; an article already stored is not repeated.", EXAMPLES["ingest"])  # fmt: skip
    sub.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    sub.add_argument("--workers", type=_number(1, MAX_WORKERS), default=1,
                     help=f"processes extracting in parallel (default 1, at most {MAX_WORKERS})")  # fmt: skip
    sub.add_argument("--only-if-empty", action="store_true", help="do nothing when the store already holds articles")
    sub.set_defaults(run=_ingest)
    web_commands.add_parser(commands, command)

    sub = command(commands, "batch", "Extract a large input on a Dask cluster into Parquet (DIR/articles/, "
                  "DIR/statements/, a file per partition); a re-run resumes.", EXAMPLES["batch"], db=False)  # fmt: skip
    sub.add_argument("paths", nargs="+", metavar="INPUT")
    sub.add_argument("--out", required=True, metavar="DIR", help="output folder (a re-run skips partitions written)")
    where = sub.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler, e.g. tcp://host:8786")
    where.add_argument("--workers", type=_number(1, MAX_WORKERS),
                       help="worker processes of a local cluster (default: one a core)")  # fmt: skip
    sub.add_argument("--partition", type=_number(1), default=2000, metavar="N", help="articles a partition (2000)")
    sub.set_defaults(run=_batch)

    sub = command(
        commands, "export", "Print the store's statements (the dashboard's filters apply).", EXAMPLES["export"]
    )
    sub.add_argument("--format", choices=("jsonl", "csv", "claimreview"), default="jsonl")
    sub.add_argument("--order", choices=ORDERS, default="published_desc")
    _filter_options(sub)
    sub.add_argument("--org-name", help="ClaimReview: the reviewing organisation (or $ATTRIBUTION_ORG_NAME)")
    sub.add_argument("--org-url", help="ClaimReview: its web address (or $ATTRIBUTION_ORG_URL)")
    sub.add_argument("--review-url", help="ClaimReview: URL template of a review, with {base}, {id}, {key} "
                     "(default {base}/reviews/{key})")  # fmt: skip
    sub.add_argument("--include-unfinished", action="store_true",
                     help="ClaimReview: also reviews whose workflow is not done")  # fmt: skip
    sub.set_defaults(run=_export)

    review = command(commands, "review", "Show, save and list the reviews of statements.", EXAMPLES["review"], db=False)
    actions = review.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub = command(actions, "show", "Print a statement and its review (with the version to save against).")
    sub.add_argument("statement_id", type=_id("statement"))
    sub.set_defaults(run=_review_show)
    sub = command(actions, "set", "Save review fields; refused if someone saved since the version you saw.")
    sub.add_argument("statement_id", type=_id("statement"))
    sub.add_argument("--expected-version", type=_number(0, untrusted.MAX_ID), required=True,
                     help="the version `review show` printed")  # fmt: skip
    sub.add_argument("--reviewer", required=True, help=REVIEWER_HELP)
    sub.add_argument("--workflow", help=_choices(Workflow))
    sub.add_argument("--verdict", help=_choices(Verdict) + "; '' clears it")
    sub.add_argument("--rating", help=_choices(Rating) + "; '' clears it")
    sub.add_argument("--note", help="the conclusion")
    sub.add_argument("--evidence", action="append", metavar="URL", help="evidence URL (repeatable; replaces the list)")
    sub.add_argument("--comment", default="", help="why, kept in the history")
    sub.set_defaults(run=_review_set)
    sub = command(actions, "history", "Print every change to a statement's review, oldest first.")
    sub.add_argument("statement_id", type=_id("statement"))
    sub.set_defaults(run=_review_history)
    sub = command(actions, "bulk", "Set the workflow of every statement matching the filters.")
    sub.add_argument("--workflow", required=True, help=_choices(Workflow))
    sub.add_argument("--reviewer", required=True, help=REVIEWER_HELP)
    sub.add_argument("--comment", default="", help="why, kept in the history")
    _filter_options(sub, workflow=False)
    sub.add_argument("--from-workflow", action="append", default=[], metavar="W", help="only statements now in W")
    sub.set_defaults(run=_review_bulk)

    speakers = command(commands, "speakers", "List canonical speakers; accept, reject or make merges.",
                       EXAMPLES["speakers"], db=False)  # fmt: skip
    actions = speakers.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub = command(actions, "list", "Canonical speakers with their aliases, most statements first.")
    sub.add_argument("--search", default="", help="part of a name or alias (accents ignored)")
    sub.add_argument("--limit", type=_number(1), default=50)
    sub.set_defaults(run=_speakers_list)
    sub = command(actions, "suggestions", "Pairs of speakers that may be one person.")
    sub.add_argument("--status", choices=("open", "accepted", "rejected", "superseded", "all"), default="open")
    sub.set_defaults(run=_speakers_suggestions)
    for name, accept in (("accept", True), ("reject", False)):
        sub = command(actions, name, f"{name.title()} a merge suggestion.")
        sub.add_argument("suggestion_id", type=_id("merge suggestion"))
        sub.add_argument("--reviewer", required=True, help=REVIEWER_HELP)
        sub.set_defaults(run=_speakers_decide, accept=accept)
    sub = command(actions, "merge", "Merge two speakers you know are one person: DROP becomes part of KEEP.")
    sub.add_argument("keep", type=_id("speaker"))
    sub.add_argument("drop", type=_id("speaker"))
    sub.set_defaults(run=_speakers_merge)
    sub = command(actions, "reconcile", "Compare all speakers again (after editing data/speakers.csv).")
    sub.set_defaults(run=_speakers_reconcile)

    outlets = command(commands, "outlets", "List relay outlets; merge variants into one outlet, undo, suggest, edit.",
                      EXAMPLES["outlets"], db=False)  # fmt: skip
    actions = outlets.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub = command(actions, "list", "Outlets with their statements (variants merged in included), most first.")
    sub.add_argument("--search", default="", help="part of a name or variant (case and accents ignored)")
    sub.add_argument("--country", help="only outlets of this country")
    sub.add_argument("--kind", choices=OUTLET_KINDS, help="only outlets of this kind")
    sub.add_argument("--listed", choices=("yes", "no", "any"), default="any",
                     help="yes: named by data/outlets.csv; no: met only in text")  # fmt: skip
    sub.add_argument("--order", choices=OUTLET_ORDERS, default="statements")
    _page_options(sub)
    sub.set_defaults(run=_outlets_list)
    sub = command(actions, "merge", "Merge outlet DROP (and its variants) into KEEP: statements keep the engine's "
                  "words, everything else shows KEEP's name, and later ingests of DROP land on KEEP.")  # fmt: skip
    sub.add_argument("keep", type=_outlet, help="id or name")
    sub.add_argument("drop", type=_outlet, help="id or name")
    sub.add_argument("--reviewer", required=True, help=REVIEWER_HELP)
    sub.set_defaults(run=_outlets_merge)
    sub = command(actions, "unmerge", "Undo the merge of an outlet into another.")
    sub.add_argument("outlet", type=_outlet, help="id or name of the outlet merged away")
    sub.add_argument("--reviewer", required=True, help=REVIEWER_HELP)
    sub.set_defaults(run=_outlets_unmerge)
    sub = command(actions, "suggest", "Pairs of outlets that may be one (the outlets are compared again first).")
    sub.add_argument("--status", choices=("open", "accepted", "rejected", "superseded", "all"), default="open")
    sub.set_defaults(run=_outlets_suggest)
    for name, accept in (("accept", True), ("reject", False)):
        sub = command(actions, name, f"{name.title()} an outlet merge suggestion.")
        sub.add_argument("suggestion_id", type=_id("outlet merge suggestion"))
        sub.add_argument("--reviewer", required=True, help=REVIEWER_HELP)
        sub.set_defaults(run=_outlets_decide, accept=accept)
    sub = command(actions, "edit", "Set an outlet's country and kind (an empty value clears it).")
    sub.add_argument("outlet", type=_outlet, help="id or name")
    sub.add_argument("--country", help="omit to keep it")
    sub.add_argument("--kind", choices=(*OUTLET_KINDS, ""), help="omit to keep it")
    sub.add_argument("--reviewer", required=True, help=REVIEWER_HELP)
    sub.set_defaults(run=_outlets_edit)
    sub = command(actions, "history", "Merges made and undone, latest first.")
    sub.add_argument("outlet", type=_outlet, nargs="?", help="only the merges of and into this outlet")
    sub.add_argument("--limit", type=_number(1), default=50)
    sub.set_defaults(run=_outlets_history)

    aids = command(commands, "aids", "Fact-check aids: one statement across outlets, misattribution alerts, claim "
                   "matches.", EXAMPLES["aids"], db=False)  # fmt: skip
    actions = aids.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub = command(actions, "refresh", "Recompute the aids over the whole store (ingest and reviews update them).")
    sub.add_argument("--incremental", action="store_true", help="only take in the changes logged since the last update")
    sub.add_argument("--no-wait", action="store_true", help="exit at once if another process is updating the aids")
    sub.add_argument("--partition", type=_number(0), default=None, metavar="N",
                     help="statements a partition of a full refresh holds, bounding its memory (0: all at once; "
                          "default: 100,000 from 300,000 live statements)")  # fmt: skip
    sub.set_defaults(run=_aids_refresh)
    sub = command(actions, "status", "Whether the aids reflect every change, and when they were last refreshed.")
    sub.set_defaults(run=_aids_status)
    sub = command(actions, "groups", "Statements reported by several articles, largest first; or one statement's "
                  "group with its versions.")  # fmt: skip
    sub.add_argument(
        "--statement", type=_id("statement"), metavar="ID", help="show this statement's group, with word diffs"
    )
    _page_options(sub)
    sub.set_defaults(run=_aids_groups)
    sub = command(actions, "suggestions", "Pairs of statements that may be one statement, for a person to decide.")
    sub.add_argument("--status", choices=(*LinkStatus, "all"), default=LinkStatus.OPEN.value)
    _page_options(sub)
    sub.set_defaults(run=_aids_suggestions)
    for name, accept, what in (
        ("accept", True, "are one statement (grouped from now on)"),
        ("reject", False, "are not one statement (never grouped or suggested again)"),
    ):
        sub = command(actions, name, f"Record that statements A and B {what}.")
        sub.add_argument("a", type=_id("statement"), metavar="A")
        sub.add_argument("b", type=_id("statement"), metavar="B")
        sub.add_argument("--reviewer", required=True, help=REVIEWER_HELP)
        sub.set_defaults(run=_aids_decide, accept=accept)
    sub = command(actions, "alerts", "The same words given to different speakers in different articles.")
    sub.add_argument("--statement", type=_id("statement"), metavar="ID", help="only the alerts on this statement")
    _page_options(sub)
    sub.set_defaults(run=_aids_alerts)
    sub = command(actions, "claims", "Earlier reviews of statements similar to this one (suggestions only).")
    sub.add_argument("statement_id", type=_id("statement"))
    sub.set_defaults(run=_aids_claims)
    return parser


def _number(low: int = 0, high: int = untrusted.MAX_NUMBER) -> Callable[[str], int]:
    """An argument type: a whole number from low to high, read by the one helper URLs use too."""

    def parse(value: str) -> int:
        try:
            return untrusted.whole_number(value, low=low, high=high)
        except untrusted.InputError as e:  # argparse prints it with the usage, exit code 2
            raise argparse.ArgumentTypeError(str(e)) from None

    return parse


def _id(kind: str) -> Callable[[str], int]:
    """An argument type: the id of a stored `kind`; one that no record can have says "no {kind} with id …"."""

    def parse(value: str) -> int:
        try:
            return untrusted.record_id(value, kind)
        except untrusted.InputError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    return parse


def _outlet(value: str) -> int | str:
    """An argument type: an outlet's id (digits) or its name."""
    if value.strip().isdigit():
        return _id("outlet")(value)
    if not value.strip():
        raise argparse.ArgumentTypeError("expected an outlet's id or name, got nothing")
    return value.strip()


def _page_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--limit", type=_number(1), default=20)
    sub.add_argument("--offset", type=_number(), default=0)


def _choices(vocabulary) -> str:
    return "one of: " + ", ".join(m.label for m in vocabulary)


def _filter_options(sub: argparse.ArgumentParser, workflow: bool = True) -> None:
    group = sub.add_argument_group("filters (repeat an option for several values; the dashboard's filters)")
    for option, what in (("speaker", "canonical speaker"), ("affiliation", "affiliation"), ("country", "country"),
                         ("outlet", "relay outlet"), ("publisher", "publisher"), ("kind", "direct, indirect, mixed"),
                         ("topic", "topic"), ("workflow", _choices(Workflow)), ("verdict", _choices(Verdict)),
                         ("rating", _choices(Rating))):  # fmt: skip
        if option == "workflow" and not workflow:
            continue
        group.add_argument(f"--{option}", action="append", default=[], metavar="VALUE", help=what)
    group.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="published on or after")
    group.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    group.add_argument("--text", default="", help="statement text contains (case-insensitive)")
    group.add_argument("--fuzzy", action="store_true", help="rank --text by similarity instead")
    group.add_argument("--speech", choices=("yes", "no", "any"), default="any",
                       help="yes: speech acts only (said, told), as the dashboard shows first; no: beliefs, plans "
                       "and perceptions only (thinks, plans, polls show); any (default): both")  # fmt: skip


def _filter(args: argparse.Namespace, **override) -> StatementFilter:
    values = dict(
        speakers=args.speaker, affiliations=args.affiliation, countries=args.country, outlets=args.outlet,
        publishers=args.publisher, kinds=args.kind, topics=args.topic, workflows=getattr(args, "workflow", []),
        verdicts=args.verdict, ratings=args.rating, date_from=args.date_from, date_to=args.date_to, text=args.text,
        fuzzy=args.fuzzy, speech=None if args.speech == "any" else args.speech,
    )  # fmt: skip
    return StatementFilter(**(values | override))


def _report_errors(errors: Sequence[object]) -> None:
    for e in errors:
        print(f"skipped {untrusted.terminal(str(e))}", file=sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    read = _Reading(args.paths)
    records = (export.statement_record(s) for a in read.articles() for s in _read(a))
    if args.format == "jsonl":
        export.write_jsonl(records, sys.stdout)
    elif args.format == "csv":
        export.write_csv(records, sys.stdout)
    else:
        _table(list(records))
    return read.exit_code()


class _Reading:
    """The articles of the paths named, read as they are used; each input that fails is reported on stderr at
    once."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = paths
        self.read = self.failed = 0

    def articles(self):
        for article in readers.read_articles(self.paths, self.error):
            self.read += 1
            yield article

    def error(self, e: AttributionError) -> None:
        self.failed += 1
        _report_errors([e])

    def exit_code(self) -> int:
        """1 when anything failed or nothing was read (with a message saying so)."""
        if not self.read:
            found = (
                "could be read"
                if self.failed
                else "found (expected .txt, .jsonl, .jsonl.gz, .json, .parquet or .html files)"
            )
            print(f"error: no article {found}", file=sys.stderr)
        return 1 if self.failed or not self.read else 0


def _read(article: Article) -> list:
    """An article's statements; one in a language no engine reads is reported on stderr and the rest go on."""
    try:
        return extract_article(with_language(article))
    except UnsupportedLanguageError as e:
        print(f"not read: {e}", file=sys.stderr)
        return []


def _table(records: list[dict]) -> None:
    from rich.table import Table

    table = Table("article", "kind", "speaker", "affiliation", "outlet", "cue", "statement", show_lines=False)
    for r in records:
        speaker = r["speaker"] or "?"
        table.add_row(
            *map(_text, (r["article"], r["kind"], speaker + (" (unnamed)" if r["anonymous"] else ""), r["affiliation"],
                         r["outlet"], r["cue"], r["text"]))
        )  # fmt: skip
    _console().print(table)


def _ingest(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from . import batch

    with Store(args.db) as store:
        if args.only_if_empty and not store.is_empty():
            print("the store already holds articles; nothing ingested")
            return 0
        urls = [p for p in args.paths if web_commands.is_url(p)]
        failed_urls = web_commands.ingest(store, urls, args.workers) if urls else 0
        paths = [p for p in args.paths if not web_commands.is_url(p)]
        if not paths:
            return 1 if failed_urls else 0
        bar = Progress(
            TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
        )  # fmt: skip
        outputs = [p for p in paths if batch.is_output(p)]  # folders `batch --out` wrote: loaded, not read
        read = _Reading([p for p in paths if p not in outputs])
        with bar:  # the input is read as it is stored: how many articles it holds is not known beforehand
            task = bar.add_task("ingest", total=None)

            def progress(done: int, _total: int | None) -> None:
                bar.update(task, completed=done)

            summaries = [store.load_batch(out, progress, read.error) for out in outputs]
            if read.paths or not outputs:
                summaries.append(store.ingest(read.articles(), workers=args.workers, progress=progress))
        summary = IngestSummary.total(summaries)
        read.read += sum(s.new + s.updated + s.unchanged + s.failed for s in summaries[: len(outputs)])
        pending = store.aids_status().pending
    if not read.read:
        return max(read.exit_code(), 1 if failed_urls else 0)
    _report_errors(summary.errors)
    for note in summary.unread:
        print(f"stored, not read: {note}", file=sys.stderr)
    failed = read.failed + summary.failed + failed_urls
    print(
        f"articles: {summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{failed} failed; statements stored: {summary.statements}"
        + (f"; reviews re-linked: {summary.relinked}" if summary.relinked else "")
        + (f"; reviewed statements no longer found (kept, retired): {summary.retired}" if summary.retired else "")
    )
    if pending:  # a large ingest into a large store leaves the aids for a deliberate refresh
        print(f"fact-check aids: {pending} changes not taken in yet; run: python -m attribution aids refresh")
    return 1 if failed else 0  # a script must see that something was not stored


def _batch(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from . import batch

    console = Console(stderr=True)
    bar = Progress(TextColumn("partitions"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console, transient=True)  # fmt: skip
    task = None

    def started(link: str, todo: int, summary: batch.BatchSummary) -> None:
        nonlocal task
        _report_errors(summary.errors)  # inputs that cannot be read, found while partitioning
        total = summary.partitions
        if total > todo:
            console.print(f"{total - todo} of {total} partitions already written in {args.out}: skipped")
        if todo:
            console.print(f"Dask dashboard: {link}")
            task = bar.add_task("batch", total=todo)

    def part_done(result) -> None:
        bar.advance(task)
        for e in result.errors if result else ():
            bar.console.print(f"skipped {e}", markup=False, highlight=False)

    with bar:
        summary = batch.run(args.paths, args.out, scheduler=args.scheduler, workers=args.workers,
                            size=args.partition, on_start=started, on_part=part_done)  # fmt: skip
    _report_errors(summary.failed_partitions)
    for clash in summary.duplicates:
        print(f"duplicate id: {untrusted.terminal(clash)}", file=sys.stderr)
    print(f"partitions: {summary.partitions - summary.skipped} written, {summary.skipped} already written, "
          f"{len(summary.failed_partitions)} failed (run again to retry); articles: {summary.articles}; "
          f"statements: {summary.statements}; bad inputs or records: {len(summary.errors)}"
          + (f"; article ids used twice: {len(summary.duplicates)}" if summary.duplicates else ""))  # fmt: skip
    if not summary.partitions:
        print("error: no article found (expected .txt, .jsonl, .jsonl.gz, .json, .parquet or .html files)",
              file=sys.stderr)  # fmt: skip
        return 1
    return 1 if summary.errors or summary.failed_partitions or summary.duplicates else 0


def _export(args: argparse.Namespace) -> int:
    flt = _filter(args)
    with Store(args.db) as store:
        stmts = store.iter_statements(flt, order=args.order)
        if args.format == "claimreview":
            org = export.Organisation.from_env(args.org_name, args.org_url, args.review_url)
            reviews = export.claimreview(stmts, org, finished_only=not args.include_unfinished)
            export.write_claimreview(reviews, sys.stdout)
        elif args.format == "jsonl":
            export.write_jsonl(map(export.stored_record, stmts), sys.stdout)
        else:
            export.write_csv(map(export.stored_record, stmts), sys.stdout, fields=export.STORED_FIELDS)
    return 0


def _with_store(run: Callable[[Store, argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def wrapped(args: argparse.Namespace) -> int:
        with Store(args.db) as store:
            return run(store, args)

    return wrapped


def _json(value: object) -> None:
    print(untrusted.terminal_json(json.dumps(value, ensure_ascii=False, indent=2, default=str)))


@_with_store
def _review_show(store: Store, args: argparse.Namespace) -> int:
    s = store.statement(args.statement_id)
    _json({"statement": export.stored_record(s), "review": asdict(store.review(args.statement_id))})
    return 0


@_with_store
def _review_set(store: Store, args: argparse.Namespace) -> int:
    saved = store.save_review(
        args.statement_id, expected_version=args.expected_version, reviewer=args.reviewer, workflow=args.workflow,
        verdict=args.verdict, rating=args.rating, note=args.note, evidence_urls=args.evidence, comment=args.comment,
    )  # fmt: skip
    _json(asdict(saved))
    return 0


@_with_store
def _review_history(store: Store, args: argparse.Namespace) -> int:
    store.statement(args.statement_id)  # a clear error for an unknown id, rather than an empty list
    for h in store.review_history(args.statement_id):
        note = f"  ({h.note})" if h.note else ""
        print(untrusted.terminal(f"{h.at:%Y-%m-%d %H:%M:%S} {h.reviewer}: {h.field} {h.old!r} → {h.new!r}{note}"))
    return 0


@_with_store
def _review_bulk(store: Store, args: argparse.Namespace) -> int:
    n = store.bulk_set_workflow(_filter(args, workflows=args.from_workflow), args.workflow, reviewer=args.reviewer,
                                note=args.comment)  # fmt: skip
    print(f"workflow set on {n} statements")
    return 0


@_with_store
def _speakers_list(store: Store, args: argparse.Namespace) -> int:
    for e in store.speaker_entities(args.search, limit=args.limit):
        about = ", ".join(v for v in (e.role, e.affiliation, e.country) if v)
        aliases = f"; also {', '.join(e.aliases)}" if e.aliases else ""
        known = " (knowledge base)" if e.known else ""
        print(untrusted.terminal(f"{e.id}: {e.name}{known}, {e.statement_count} statements; {about or 'no details'}"
                                 f"{aliases}"))  # fmt: skip
    return 0


@_with_store
def _speakers_suggestions(store: Store, args: argparse.Namespace) -> int:
    for s in store.merge_suggestions(None if args.status == "all" else args.status):
        decided = f" [{s.status} by {s.decided_by}]" if s.decided_by else ""
        print(untrusted.terminal(f"{s.id}: {s.a.name} (#{s.a.id}, {s.a.statement_count}) ~ {s.b.name} (#{s.b.id}, "
                                 f"{s.b.statement_count}) score {s.score:.0f}: {s.reason}{decided}"))  # fmt: skip
    return 0


@_with_store
def _speakers_decide(store: Store, args: argparse.Namespace) -> int:
    if args.accept:
        kept = store.accept_merge(args.suggestion_id, args.reviewer)
        print(untrusted.terminal(f"merged into {kept.name} (#{kept.id})"))
    else:
        store.reject_merge(args.suggestion_id, args.reviewer)
        print("rejected; this pair will not be suggested again")
    return 0


@_with_store
def _speakers_merge(store: Store, args: argparse.Namespace) -> int:
    kept = store.merge_speakers(args.keep, args.drop)
    print(untrusted.terminal(f"merged into {kept.name} (#{kept.id}); aliases: {', '.join(kept.aliases) or '-'}"))
    return 0


@_with_store
def _speakers_reconcile(store: Store, args: argparse.Namespace) -> int:
    merged, suggested = store.reconcile_speakers()
    print(f"merged {merged} speakers automatically; {suggested} new merge suggestions")
    return 0


def _outlet_id(store: Store, ref: int | str, *, canonical: bool = True) -> int:
    """canonical: a merged variant's name stands for its outlet; else for its own row (the one to merge or undo)."""
    return ref if isinstance(ref, int) else store.outlet_id(ref, canonical=canonical)


def _outlet_line(o) -> str:
    about = ", ".join(v for v in (o.country, o.kind) if v) or "no country or kind"
    seen = f"{o.first_seen} to {o.last_seen}" if o.first_seen else "no dated article"
    variants = f"; also {', '.join(o.variants)}" if o.variants else ""
    return untrusted.terminal(f"{o.id}: {o.name} ({'listed' if o.listed else 'met in text'}), {o.statement_count} "
                              f"statements, {seen}; {about}{variants}")  # fmt: skip


@_with_store
def _outlets_list(store: Store, args: argparse.Namespace) -> int:
    listed = {"yes": True, "no": False}.get(args.listed)
    found = dict(search=args.search, country=args.country, kind=args.kind, listed=listed)
    for o in store.outlets(**found, order=args.order, limit=args.limit, offset=args.offset):
        print(_outlet_line(o))
    print(f"{store.count_outlets(**found)} outlets", file=sys.stderr)
    return 0


@_with_store
def _outlets_merge(store: Store, args: argparse.Namespace) -> int:
    drop = _outlet_id(store, args.drop, canonical=False)  # a variant merged already is refused, and says where
    kept = store.merge_outlets(_outlet_id(store, args.keep), drop, args.reviewer)
    print("merged: " + _outlet_line(kept))
    return 0


@_with_store
def _outlets_unmerge(store: Store, args: argparse.Namespace) -> int:
    outlet_id = _outlet_id(store, args.outlet, canonical=False)  # the outlet so named, not the one it joined
    print("stands alone again: " + _outlet_line(store.unmerge_outlet(outlet_id, args.reviewer)))
    return 0


@_with_store
def _outlets_suggest(store: Store, args: argparse.Namespace) -> int:
    if args.status == "open":
        store.refresh_outlet_suggestions()
    for s in store.outlet_suggestions(None if args.status == "all" else args.status):
        decided = f" [{s.status} by {s.decided_by}]" if s.decided_by else ""
        print(untrusted.terminal(f"{s.id}: {s.a.name} (#{s.a.id}, {s.a.statement_count}) ~ {s.b.name} (#{s.b.id}, "
                                 f"{s.b.statement_count}) score {s.score:.0f}: {s.reason}{decided}"))  # fmt: skip
    return 0


@_with_store
def _outlets_decide(store: Store, args: argparse.Namespace) -> int:
    if args.accept:
        print("merged: " + _outlet_line(store.accept_outlet_merge(args.suggestion_id, args.reviewer)))
    else:
        store.reject_outlet_merge(args.suggestion_id, args.reviewer)
        print("rejected; this pair will not be suggested again")
    return 0


@_with_store
def _outlets_edit(store: Store, args: argparse.Namespace) -> int:
    outlet = store.outlet(_outlet_id(store, args.outlet))
    country = outlet.country if args.country is None else args.country
    kind = outlet.kind if args.kind is None else args.kind
    print("edited: " + _outlet_line(store.edit_outlet(outlet.id, args.reviewer, country=country, kind=kind)))
    return 0


@_with_store
def _outlets_history(store: Store, args: argparse.Namespace) -> int:
    outlet_id = None if args.outlet is None else _outlet_id(store, args.outlet)
    for m in store.outlet_merges(outlet_id, limit=args.limit):
        undone = f"; undone by {m.undone_by} at {m.undone_at:%Y-%m-%d %H:%M}" if m.undone_at else ""
        print(untrusted.terminal(f"{m.merged_at:%Y-%m-%d %H:%M} {m.merged_by}: {m.outlet} into {m.into} ({m.reason})"
                                 f"{undone}"))  # fmt: skip
    return 0


def _console():
    from rich.console import Console

    return Console(highlight=False)


def _text(value: object):
    """Text from articles or people as a Rich renderable: shown as written, never read as markup ("[/bold]",
    "[link=…]"), emoji codes or terminal control sequences."""
    from rich.text import Text

    return Text(untrusted.terminal("" if value is None else str(value)))


def _said(s: StoredStatement) -> str:
    """A statement in one line: #id speaker (publisher, date): text."""
    where = ", ".join(v for v in (s.publisher, s.published and s.published.isoformat()) if v)
    return f"#{s.id} {s.speaker or '?'}" + (f" ({where})" if where else "") + f": {s.text}"


@_with_store
def _aids_refresh(store: Store, args: argparse.Namespace) -> int:
    s = store.refresh_aids(full=not args.incremental, wait=not args.no_wait, partition=args.partition)
    if s.mode in ("none", "deferred", "busy"):
        print({"none": "nothing pending", "busy": "another process is updating the aids: it takes the changes in",
               "deferred": f"{s.pending} changes are too many for an incremental update: run without --incremental"}[
                  s.mode])  # fmt: skip
        return 0
    print(f"{s.mode} update in {s.seconds:.1f} s: {s.changes} changes taken in; {s.groups} groups, "
          f"{s.suggestions} suggestions, {s.alerts} misattribution alerts, {s.claim_matches} claim matches written"
          + (f"; {s.pending} changes logged meanwhile are pending" if s.pending else ""))  # fmt: skip
    return 0


@_with_store
def _aids_status(store: Store, args: argparse.Namespace) -> int:
    s = store.aids_status()
    print("up to date" if s.up_to_date else
          f"{s.pending} changes pending: run `python -m attribution aids refresh`")  # fmt: skip
    for label, at in (("last full refresh", s.full_refresh_at), ("last update", s.updated_at)):
        print(f"{label}: {at:%Y-%m-%d %H:%M:%S} UTC" if at else f"{label}: never")
    return 0


@_with_store
def _aids_groups(store: Store, args: argparse.Namespace) -> int:
    from rich.table import Table
    from rich.text import Text

    if args.statement is not None:
        g = store.statement_group(args.statement)
        _console().print(_text(f"group {g.id}: {len(g.versions)} reports, {g.wordings} wordings, "
                               f"{g.independent_sources} independent sources ({', '.join(g.sources)})"
                               + (" — single source" if g.single_source else "")))  # fmt: skip
        table = Table("id", "publisher", "date", "speaker", "words ([-canonical's-] {+this version's+})")
        for v in g.versions:
            words = Text()
            for op in v.diff:
                old, new = untrusted.terminal(op.old), untrusted.terminal(op.new)
                if op.kind == "equal":
                    words.append(new + " ")
                    continue
                if old:
                    words.append(f"[-{old}-] ", style="red strike")
                if new:
                    words.append(f"{{+{new}+}} ", style="green bold")
            s = v.statement
            table.add_row(f"{s.id}{' (canonical)' if v.canonical else ''}", _text(s.publisher),
                          str(s.published or ""), _text(s.speaker or "?"), words)  # fmt: skip
        _console().print(table)
        return 0
    table = Table("group", "reports", "sources", "wordings", "speaker", "statement (canonical wording)")
    for g in store.statement_groups(limit=args.limit, offset=args.offset):
        canonical = next(v.statement for v in g.versions if v.canonical)
        table.add_row(str(g.id), str(len(g.versions)), _text(f"{g.independent_sources}: {', '.join(g.sources)}"),
                      str(g.wordings), _text(g.speaker or "?"), _text(canonical.text))  # fmt: skip
    _console().print(table if table.row_count else "no statement is reported by more than one article")
    return 0


@_with_store
def _aids_suggestions(store: Store, args: argparse.Namespace) -> int:
    from rich.table import Table

    table = Table("A", "B", "score", "status", "statement A", "statement B")
    for link in store.group_suggestions(None if args.status == "all" else args.status, limit=args.limit,
                                        offset=args.offset):  # fmt: skip
        status = link.status.value + (f" by {link.decided_by}" if link.decided_by else "")
        score = f"{link.score:.0f}" if link.score is not None else "-"
        table.add_row(str(link.a.id), str(link.b.id), score, _text(status), _text(_said(link.a)), _text(_said(link.b)))
    _console().print(table if table.row_count else f"no {args.status} suggestions")
    return 0


@_with_store
def _aids_decide(store: Store, args: argparse.Namespace) -> int:
    link = store.decide_group_link(args.a, args.b, args.accept, args.reviewer)
    if args.accept:
        print(f"statements {link.a.id} and {link.b.id} are one statement: group {store.statement(link.a.id).group_id}")
    else:
        print(f"statements {link.a.id} and {link.b.id} will not be grouped or suggested again")
    return 0


@_with_store
def _aids_alerts(store: Store, args: argparse.Namespace) -> int:
    from rich.table import Table

    table = Table("score", "statement", "other statement (the same words, another speaker)")
    for a in store.misattribution_alerts(args.statement, limit=args.limit, offset=args.offset):
        table.add_row(f"{a.score:.0f}", _text(_said(a.statement)), _text(_said(a.other)))
    _console().print(table if table.row_count else "no misattribution alerts")
    return 0


@_with_store
def _aids_claims(store: Store, args: argparse.Namespace) -> int:
    from rich.table import Table

    table = Table("score", "reviewed statement", "verdict", "rating", "reviewer", "same speaker")
    for m in store.claim_match(args.statement_id):
        verdict, rating = (v.label if v else "-" for v in (m.verdict, m.rating))
        table.add_row(f"{m.score:.0f}", _text(_said(m.reviewed)), verdict, rating, _text(m.reviewed.reviewer),
                      "yes" if m.same_speaker else "no")  # fmt: skip
    _console().print(table if table.row_count else "no earlier review of a similar statement")
    return 0
