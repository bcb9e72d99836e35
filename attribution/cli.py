"""`python -m attribution`: extract, ingest and export statements. A thin shell over the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import export, readers
from .errors import AttributionError
from .pipeline import extract_article
from .store import StatementFilter, Store

EXAMPLES = {
    "extract": "example: python -m attribution extract seeds/ --format table",
    "ingest": "example: python -m attribution ingest seeds/ articles.jsonl --db sqlite:///data/quotes.db",
    "export": "example: python -m attribution export --format csv --speaker 'Caroline Leavitt' > leavitt.csv",
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except AttributionError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m attribution",
        description="Find who said what in news text, in what capacity, through which outlet.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=help,
            description=help,
            epilog=EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument(
            "--db", metavar="URL", help="SQLAlchemy database URL (default: $DATABASE_URL or data/quotes.db)"
        )
        return sub

    sub = command("extract", "Print the statements found in files or folders (txt, jsonl, json, html).")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    sub.set_defaults(run=_extract)

    sub = command("ingest", "Store articles and their statements; an article already stored is not repeated.")
    sub.add_argument("paths", nargs="+", metavar="PATH")
    sub.add_argument("--only-if-empty", action="store_true", help="do nothing when the store already holds articles")
    sub.set_defaults(run=_ingest)

    sub = command("export", "Print the store's statements.")
    sub.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    sub.add_argument("--speaker", action="append", default=[], help="only this speaker (repeatable)")
    sub.set_defaults(run=_export)
    return parser


def _report_errors(errors: list[AttributionError]) -> None:
    for e in errors:
        print(f"skipped {e}", file=sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    result = readers.read_paths(args.paths)
    _report_errors(result.errors)
    if not result.articles:
        print("error: no article could be read", file=sys.stderr)
        return 1
    records = (export.statement_record(s) for a in result.articles for s in extract_article(a))
    if args.format == "jsonl":
        export.write_jsonl(records, sys.stdout)
    elif args.format == "csv":
        export.write_csv(records, sys.stdout)
    else:
        _table(list(records))
    return 0


def _table(records: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("article", "kind", "speaker", "affiliation", "outlet", "cue", "statement", show_lines=False)
    for r in records:
        speaker = r["speaker"] or "?"
        table.add_row(
            r["article"],
            r["kind"],
            speaker + (" (unnamed)" if r["anonymous"] else ""),
            r["affiliation"] or "",
            r["outlet"] or "",
            r["cue"] or "",
            r["text"],
        )
    Console().print(table)


def _ingest(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        if args.only_if_empty and not store.is_empty():
            print("the store already holds articles; nothing ingested")
            return 0
        result = readers.read_paths(args.paths)
        _report_errors(result.errors)
        summary = store.ingest(result.articles)
    print(
        f"articles: {summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{len(result.errors)} failed; statements stored: {summary.statements}"
    )
    return 0 if result.articles or not result.errors else 1


def _export(args: argparse.Namespace) -> int:
    with Store(args.db) as store:
        records = store.statements(StatementFilter(speakers=tuple(args.speaker)))
    if args.format == "jsonl":
        export.write_jsonl(records, sys.stdout)
    else:
        export.write_csv(records, sys.stdout, fields=(*export.FIELDS, "title", "publisher", "published", "url"))
    return 0
