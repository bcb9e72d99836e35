"""Issue 12's speed work of session 13: a module's augmenting .pxd (Cython's declarations beside its .py) is part of
what its build is keyed by, and the scans rewritten for speed find the same tokens."""

from __future__ import annotations

import hashlib

import pytest

from attribution.engine import _native
from attribution.engine.tokens import capitalized_words, tokenize
from tests.test_engine_compiled_s12 import _origin, _run, needs_compiler, project_copy


def _key(folder, name):
    return _native.extension_path(name, folder).name.split(".")[1]


def test_a_pxd_is_part_of_the_build_key(tmp_path, monkeypatch):
    monkeypatch.setattr(_native, "SOURCE_DIR", tmp_path)
    source, pxd = tmp_path / "m.py", tmp_path / "m.pxd"
    source.write_text("def f(x):\n    return x\n")
    alone = hashlib.sha256(_native._BUILD_KEY + source.read_bytes()).hexdigest()[:20]
    keys = [_key(tmp_path, "m")]
    for declarations in ["cpdef f(x)\n", "import cython\n@cython.locals(x=Py_ssize_t)\ncpdef f(x)\n", ""]:
        pxd.write_text(declarations)
        keys.append(_key(tmp_path, "m"))
    assert _native.sources("m") == [source, pxd]
    pxd.unlink()
    assert _native.sources("m") == [source] and _key(tmp_path, "m") == alone  # no .pxd: the key of the .py alone
    assert keys[0] == alone and len(set(keys)) == len(keys)  # every .pxd, even an empty one, another build


@needs_compiler
def test_an_edited_pxd_makes_the_build_stale(tmp_path):
    copy = project_copy(tmp_path)
    builds = tmp_path / "builds"
    env = {"ATTRIBUTION_BUILD_DIR": str(builds), "ATTRIBUTION_ENGINE": "auto"}
    pxd = copy / "attribution" / "engine" / "questions.pxd"
    pxd.write_text("import cython\n")
    build = ["scripts/build_engine.py", "--only", "questions", "--jobs", "1"]
    done = _run(build, copy, **env)
    assert done.returncode == 0, done.stderr
    [built] = builds.glob("questions.*")
    assert _origin(copy, "questions", **env) == f"{built} False"
    pxd.write_text("import cython\n# edited: a comment is a change too\n")
    source = copy / "attribution" / "engine" / "questions.py"
    assert _origin(copy, "questions", **env) == f"{source} False"  # the .py is unchanged, yet the build is stale
    done = _run(["-c", "import attribution.engine.questions"], copy, **{**env, "ATTRIBUTION_ENGINE": "compiled"})
    assert done.returncode != 0 and "no build of its current source" in done.stderr
    done = _run(build, copy, **env)
    assert done.returncode == 0, done.stderr
    [rebuilt] = builds.glob("questions.*")  # the old build is removed
    assert rebuilt != built and _origin(copy, "questions", **env) == f"{rebuilt} False"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister said", ["The"]),
        ("“Yes,” Mr. O'Brien told the U.S. Senate.", ["Yes", "Mr", "O'Brien", "U.S.", "Senate"]),
        ("eBay and iPhone; 3M, X-ray and Al-Amin", ["M", "X-ray", "Al-Amin"]),
        ("«Да», — сказал Иван Петров.", ["Да", "Иван", "Петров"]),
        ("no capitals here, 42 times!", []),
        ("", []),
    ],
)
def test_capitalized_words_are_the_capitalized_word_tokens(text, expected):
    tokens = tokenize(text)
    assert [tokens[i].text for i in capitalized_words(tokens)] == expected
    assert capitalized_words(tokens) == [i for i, t in enumerate(tokens) if t.is_word and t.is_capitalized]
