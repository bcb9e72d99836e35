"""`python -m attribution ingest URL…` and `python -m attribution feeds …`: thin shells over attribution.web."""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence

from ..store import Store
from ..store import web as stored
from .feeds import discover
from .http import Fetcher
from .intake import Outcome, PollResult, UrlResult, ingest_urls, poll

EXAMPLES = (
    "examples:\n  python -m attribution feeds add https://www.example.org/          # finds the site's feeds\n"
    "  python -m attribution feeds add https://www.example.org/rss.xml --added-by ann\n"
    "  python -m attribution feeds list\n"
    "  python -m attribution feeds poll                 # every feed once\n"
    "  python -m attribution feeds poll --every 15m     # keep polling (Ctrl-C stops)\n"
    "  python -m attribution feeds remove 3             # its articles stay"
)
_EVERY = re.compile(r"^(\d+)\s*([smh]?)$")


def is_url(arg: str) -> bool:
    """An argument of `ingest` that names a web address rather than a file."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", arg))


def ingest(store: Store, urls: Sequence[str], workers: int) -> int:
    """Fetch and store `urls`; one line per failed URL on stderr. How many failed."""
    with Fetcher() as fetcher, _progress("fetching") as tick:
        results = ingest_urls(store, urls, fetcher=fetcher, workers=workers, progress=tick)
    return _report(results)


def add_parser(commands, command: Callable[..., argparse.ArgumentParser]) -> None:
    feeds = command(commands, "feeds", "Follow RSS/Atom feeds and store their new articles.", EXAMPLES, db=False)
    actions = feeds.add_subparsers(dest="action", required=True, metavar="ACTION")
    sub = command(actions, "add", "Follow a feed (a feed's address, or a site's page that links to its feeds).")
    sub.add_argument("url")
    sub.add_argument("--title", help="a name for the feed (default: the feed's own title)")
    sub.add_argument("--added-by", metavar="NAME")
    sub.set_defaults(run=_with_store(_add))
    sub = command(actions, "list", "The feeds followed, their last poll and error.")
    sub.set_defaults(run=_with_store(_list))
    sub = command(actions, "remove", "Stop following a feed (by id); the articles it brought stay.")
    sub.add_argument("feed_id", type=int)
    sub.set_defaults(run=_with_store(_remove))
    sub = command(actions, "poll", "Fetch the feeds (all, or the ids given) and store their new articles.")
    sub.add_argument("feed_ids", type=int, nargs="*", metavar="ID")
    sub.add_argument("--every", type=_interval, metavar="INTERVAL", help="poll again after INTERVAL (30s, 15m, 1h)")
    sub.add_argument("--workers", type=_workers, default=1, help="processes extracting in parallel (default 1)")
    sub.set_defaults(run=_with_store(_poll))


def _with_store(run):
    def wrapped(args: argparse.Namespace) -> int:
        with Store(args.db) as store:
            return run(store, args)

    return wrapped


def _add(store: Store, args: argparse.Namespace) -> int:
    with Fetcher() as fetcher:
        found = discover(fetcher, args.url)
    if not found:
        print(f"error: {args.url}: no RSS or Atom feed found there; give the feed's own address", file=sys.stderr)
        return 1
    for url in found:
        try:
            feed = stored.add_feed(store, url, title=args.title, added_by=args.added_by)
        except stored.FeedExists as e:
            print(f"skipped: {e}", file=sys.stderr)
            continue
        print(f"following feed {feed.id}: {feed.url}")
    return 0


def _list(store: Store, args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table("id", "feed", "title", "last poll", "status", "articles", "last error")
    for f in stored.list_feeds(store):
        polled = f.last_polled.strftime("%Y-%m-%d %H:%M") if f.last_polled else "never"
        table.add_row(str(f.id), escape(f.url), escape(f.title or ""), polled, escape(f.last_status or ""),
                      str(f.article_count), escape(f.last_error or ""))  # fmt: skip
    Console(highlight=False).print(table)
    return 0


def _remove(store: Store, args: argparse.Namespace) -> int:
    feed = stored.remove_feed(store, args.feed_id)
    print(f"no longer following feed {feed.id}: {feed.url} (its {feed.article_count} articles stay)")
    return 0


def _poll(store: Store, args: argparse.Namespace) -> int:
    while True:
        with Fetcher() as fetcher, _progress("polling") as tick:
            polled = poll(store, args.feed_ids or None, fetcher=fetcher, workers=args.workers, progress=tick)
        failed = sum(_report_poll(p) for p in polled)
        if not polled:
            print("no feeds followed; add one with: python -m attribution feeds add URL")
        if args.every is None:
            return 1 if failed else 0
        try:
            time.sleep(args.every)
        except KeyboardInterrupt:
            return 1 if failed else 0


def _report_poll(p: PollResult) -> int:
    print(p.message, file=sys.stdout if p.ok else sys.stderr)
    return _report(p.results) + (not p.ok and not p.results)


def _report(results: Sequence[UrlResult]) -> int:
    failed = [r for r in results if r.outcome is Outcome.FAILED]
    for r in failed:
        print(f"failed {r.url}: {r.message}", file=sys.stderr)
    for r in results:
        if r.outcome is not Outcome.FAILED and r.not_read:
            print(f"{r.url}: {r.message}")
    counts = {o: sum(r.outcome is o for r in results) for o in Outcome}
    found = sum(r.statements for r in results if r.outcome in (Outcome.NEW, Outcome.UPDATED))
    if results:
        print(f"urls: {counts[Outcome.NEW]} new, {counts[Outcome.UPDATED]} updated, {counts[Outcome.UNCHANGED]} "
              f"unchanged, {len(failed)} failed; statements stored: {found}")  # fmt: skip
    return len(failed)


class _progress:
    """A rich progress bar on stderr, ticked with (done, total)."""

    def __init__(self, label: str) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)  # fmt: skip
        self.task = self.bar.add_task(label, total=None)

    def __enter__(self):
        self.bar.__enter__()
        return lambda done, total: self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)


def _workers(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {value!r}")
    return int(value)


def _interval(value: str) -> float:
    match = _EVERY.match(value.strip().lower())
    if not match or int(match[1]) == 0:
        raise argparse.ArgumentTypeError(f"expected an interval such as 30s, 15m or 1h, got {value!r}")
    return int(match[1]) * {"": 60, "s": 1, "m": 60, "h": 3600}[match[2]]
