"""The compiled engine (attribution/engine/_native.py, scripts/build_engine.py): a module runs compiled exactly
when a build of its current source exists; an edited module runs as Python; both give the same statements."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from attribution.engine import _native

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", _native.modules())
def test_a_module_is_its_build_when_one_matches_its_source(name):
    module = importlib.import_module(f"attribution.engine.{name}")
    source = _native.SOURCE_DIR / f"{name}.py"
    built = _native.extension_path(name)
    if _native.mode() != "python" and built.is_file():
        assert module.__spec__.origin == str(built) and name in _native.compiled_modules()
    else:
        assert module.__spec__.origin == str(source) and name not in _native.compiled_modules()
    assert module.__file__ == str(source)  # lexicons finds data/ from it


def test_the_source_tree_holds_no_extension():
    # CPython imports `clauses.*.so` before `clauses.py` in one folder: a stale one there would shadow edits.
    assert not [p for p in (ROOT / "attribution").rglob("*") if p.suffix in (".so", ".pyd")]


# Builds need a C compiler; CI installs gcc and runs with ATTRIBUTION_ENGINE=compiled, where this never skips.
needs_compiler = pytest.mark.skipif(
    not shutil.which((sysconfig.get_config_var("CC") or "cc").split()[0]) and _native.mode() != "compiled",
    reason="no C compiler here: the engine runs as Python (CI installs gcc and runs with ATTRIBUTION_ENGINE=compiled)",
)


def project_copy(tmp_path: Path) -> Path:
    """A copy of the library and its scripts to build and edit without touching the checkout."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "attribution", copy / "attribution", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "scripts", copy / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, timeout=600
    )


def _origin(copy: Path, module: str, **env: str) -> str:
    probe = f"import attribution.engine.{module} as m; print(m.__spec__.origin, getattr(m, 'EDITED', False))"
    done = _run(["-c", probe], copy, PYTHONPATH=str(copy), **env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@needs_compiler
def test_a_build_is_loaded_and_an_edit_makes_it_stale(tmp_path):
    copy = project_copy(tmp_path)
    builds = tmp_path / "builds"
    env = {"ATTRIBUTION_BUILD_DIR": str(builds), "ATTRIBUTION_ENGINE": "auto"}
    done = _run(["scripts/build_engine.py", "--only", "questions", "--jobs", "1"], copy, **env)
    built = list(builds.glob("questions.*"))
    assert done.returncode == 0 and len(built) == 1, done.stderr  # says why when Cython or the compiler is missing
    [built] = built
    source = copy / "attribution" / "engine" / "questions.py"
    cases = [  # (module, environment, expected origin, sees the edit)
        ("questions", env, built, False),
        ("questions", {**env, "ATTRIBUTION_ENGINE": "python"}, source, False),
        ("quotes", env, copy / "attribution" / "engine" / "quotes.py", False),  # not built: Python
    ]
    for module, environment, origin, edited in cases:
        assert _origin(copy, module, **environment) == f"{origin} {edited}"
    source.write_text(source.read_text() + "\nEDITED = True\n")
    assert _origin(copy, "questions", **env) == f"{source} True"  # the stale build is ignored
    done = _run(["-c", "import attribution.engine"], copy, **{**env, "ATTRIBUTION_ENGINE": "compiled"})
    assert done.returncode != 0 and "no build of its current source" in done.stderr
    done = _run(["scripts/build_engine.py", "--only", "questions", "--jobs", "1"], copy, **env)
    assert done.returncode == 0, done.stderr
    [rebuilt] = builds.glob("questions.*")  # the old build is removed
    assert rebuilt != built and _origin(copy, "questions", **env) == f"{rebuilt} True"


def test_compiled_and_python_engines_agree_on_the_seeds_and_test_articles():
    folders, ids = [], set()
    for folder in [ROOT / "seeds", *sorted(ROOT.glob("tests/news_*"))]:
        stems = {p.stem for p in folder.iterdir()}
        if not stems & ids:  # the CLI skips an article whose id it has read
            folders.append(str(folder.relative_to(ROOT)))
            ids |= stems
    outputs = [
        _run(["-m", "attribution", "extract", *folders, "--format", "jsonl"], ROOT, ATTRIBUTION_ENGINE=engine)
        for engine in ("python", _native.mode())  # the second compiled when built (always in CI)
    ]
    assert [done.returncode for done in outputs] == [0, 0], [done.stderr for done in outputs]
    python, current = (done.stdout for done in outputs)
    assert python.count("\n") > 300 and python == current
