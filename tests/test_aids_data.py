"""The aids' data files: thresholds, claim words and wire credits load, and bad rows get named errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from attribution.aids import similarity, sources, thresholds
from attribution.errors import LexiconError
from conftest import ROOT

DATA = ROOT / "data"


def test_thresholds_load() -> None:
    t = thresholds.load()
    assert t.group_suggest <= t.group_auto
    assert t.min_words >= 1


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("group_auto,92", "group_auto,high"), "group_auto must be a number, got 'high'"),
        (("min_words,5", "min_words,5.5"), "min_words must be an integer"),
        (("group_auto,92", "group_auto,120"), "group_auto must be a score in 0..100"),
        (("group_suggest,80", "group_suggest,95"), "group_suggest .95.0. must not exceed group_auto"),
        (("block_overlap,0.5", "block_overlap,0"), "block_overlap must be in"),
        (("max_block,5000", "max_block,0"), "max_block must be at least 1"),
        (("article_simhash_bits,6", "article_simhash_bits,65"), "article_simhash_bits must be in 0..64"),
        (("group_auto,92,", "group_autox,92,"), "unknown threshold 'group_autox'"),
        (("wire_credit_chars,300,", "# wire_credit_chars,300,"), "missing thresholds: wire_credit_chars"),
    ],
)
def test_bad_threshold_is_named(tmp_path: Path, edit: tuple[str, str], message: str) -> None:
    text = (DATA / "aids_thresholds.csv").read_text(encoding="utf-8")
    assert edit[0] in text
    (tmp_path / "aids_thresholds.csv").write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        thresholds.load(tmp_path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("five,number,", "a number word needs a numeric value"),
        ("five,number,many", "a number word needs a numeric value"),
        ("not,negative,", "class must be negation or number"),
    ],
)
def test_bad_claim_word_is_named(tmp_path: Path, row: str, message: str) -> None:
    (tmp_path / "claim_words.csv").write_text(f"word,class,value\n{row}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        similarity.load(tmp_path)


def test_users_add_claim_words(tmp_path: Path) -> None:
    (tmp_path / "claim_words.csv").write_text("word,class,value\nnie,negation,\nsto,number,100\n", encoding="utf-8")
    normal = similarity.normalise("Nie 100 sto", similarity.load(tmp_path))
    assert (normal.negations, normal.numbers) == (1, ("100.0", "100.0"))


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path / "data"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("\\({wire}\\),middle", "region must be head, tail or any"),
        ("\\(Reuters\\),head", "the pattern must contain {wire}"),
        ("({wire},head", "invalid regular expression"),
    ],
)
def test_bad_wire_credit_is_named(data_copy: Path, row: str, message: str) -> None:
    (data_copy / "wire_credits.csv").write_text(f"pattern,region\n{row}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        sources.wire_credit("KYIV (Reuters) - text", directory=data_copy)


def test_users_add_wires(data_copy: Path) -> None:
    with open(data_copy / "outlets.csv", "a", encoding="utf-8") as f:
        f.write("Example Wire,ExW,Nowhere,agency\n")
    assert sources.wire_credit("TOWN (ExW) - text", directory=data_copy) == "Example Wire"
