"""Statements as flat records (the prediction format of the eval, plus role, country, cue offsets) and writers."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from .models import Statement

FIELDS = (
    "article", "start", "end", "spans", "kind", "speaker", "speaker_start", "speaker_end", "anonymous",
    "role", "affiliation", "country", "outlet", "cue", "cue_start", "cue_end", "confidence", "text",
)  # fmt: skip


def statement_record(s: Statement) -> dict:
    return {
        "article": s.article_id,
        "start": s.start,
        "end": s.end,
        "spans": [[span.start, span.end] for span in s.spans],
        "kind": s.kind.value,
        "speaker": s.speaker,
        "speaker_start": s.speaker_span.start if s.speaker_span else None,
        "speaker_end": s.speaker_span.end if s.speaker_span else None,
        "anonymous": s.anonymous,
        "role": s.role,
        "affiliation": s.affiliation,
        "country": s.country,
        "outlet": s.outlet,
        "cue": s.cue,
        "cue_start": s.cue_span.start if s.cue_span else None,
        "cue_end": s.cue_span.end if s.cue_span else None,
        "confidence": s.confidence,
        "text": s.text,
    }


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[dict], out: IO[str], fields: tuple[str, ...] = FIELDS) -> int:
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow({k: json.dumps(v) if isinstance(v, list) else v for k, v in record.items()})
        n += 1
    return n
