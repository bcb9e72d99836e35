"""The engine's modules compiled with Cython, loaded only when built from exactly the source beside them.

`scripts/build_engine.py` (`make engine`, run by `make run` and `make test`) compiles each module of the engine,
unchanged, to a C extension in BUILD_DIR named by a hash of its source: its .py and, for a hot module, the
augmenting .pxd beside it (Cython's pure-Python mode: C types for its locals; Python never reads it). The finder
installed here loads a module's extension only when that hash matches, so an edited .py or .pxd is never shadowed
by a stale build (CPython itself would import a `.so` beside the `.py` before it, which is why none is put there).
Without a build (no compiler, no Cython) the engine runs as plain Python with the same results.

ATTRIBUTION_ENGINE: `auto` (default) loads what is built, `python` never loads an extension (debuggers,
coverage), `compiled` makes a module without a matching build an ImportError (CI, so its tests run compiled).
ATTRIBUTION_BUILD_DIR moves the build folder.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import os
import sys
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent
BUILD_DIR = Path(os.environ.get("ATTRIBUTION_BUILD_DIR") or SOURCE_DIR.parents[1] / "build" / "engine")
PACKAGE = __name__.rpartition(".")[0]
# Part of every key: a change to how modules are compiled makes every old build stale.
DIRECTIVES = {"language_level": 3, "annotation_typing": False}
_BUILD_KEY = repr(sorted(DIRECTIVES.items())).encode()
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # the interpreter's ABI: no other Python loads a build


def modules() -> list[str]:
    """The modules that are compiled: all of the engine but the package and this loader."""
    return sorted(p.stem for p in SOURCE_DIR.glob("*.py") if not p.stem.startswith("_"))


def sources(name: str) -> list[Path]:
    """The files a module's build is compiled from: its .py, and its .pxd when it has one."""
    pxd = SOURCE_DIR / f"{name}.pxd"
    return [SOURCE_DIR / f"{name}.py", *([pxd] if pxd.is_file() else [])]


def extension_path(name: str, build_dir: Path | None = None) -> Path:
    """Where the build of the module's current source is (whether or not it exists)."""
    py, *pxd = sources(name)
    digest = hashlib.sha256(_BUILD_KEY + py.read_bytes())
    for declarations in pxd:  # a module without a .pxd keeps the key of its .py alone
        digest.update(b"\0pxd\0" + declarations.read_bytes())
    key = digest.hexdigest()[:20]
    return (build_dir or BUILD_DIR) / f"{name}.{key}{SUFFIX}"


def mode() -> str:
    value = os.environ.get("ATTRIBUTION_ENGINE", "auto")
    if value not in ("auto", "python", "compiled"):
        raise ValueError(f"ATTRIBUTION_ENGINE must be auto, python or compiled, not {value!r}")
    return value


class _SourceFileLoader(importlib.machinery.ExtensionFileLoader):
    """An extension whose `__file__` is its source, so paths taken from it (lexicons' data folder) still hold."""

    def __init__(self, name: str, path: str, source: str) -> None:
        super().__init__(name, path)
        self.source = source

    def create_module(self, spec):
        module = super().create_module(spec)
        module.__file__ = self.source
        return module


class _Finder:
    """sys.meta_path entry for the engine's modules: their matching extension, or None (the .py as usual)."""

    def __init__(self, required: bool) -> None:
        self.required = required
        self.names = set(modules())

    def find_spec(self, fullname: str, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in self.names:
            return None
        extension = extension_path(name)
        if not extension.is_file():
            if self.required:
                raise ImportError(f"{fullname}: no build of its current source at {extension} (ATTRIBUTION_ENGINE)")
            return None
        loader = _SourceFileLoader(fullname, str(extension), str(SOURCE_DIR / f"{name}.py"))
        return importlib.machinery.ModuleSpec(fullname, loader, origin=str(extension))


def compiled_modules() -> list[str]:
    """The engine's modules this process has imported from a build (benchmarks report it)."""
    loaded = (sys.modules.get(f"{PACKAGE}.{name}") for name in modules())
    return [m.__name__.rpartition(".")[2] for m in loaded if m and isinstance(m.__spec__.loader, _SourceFileLoader)]


def install() -> None:
    """Put the finder before the path finder (once); the package's __init__ calls it before importing a module."""
    chosen = mode()
    if chosen != "python" and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder(required=chosen == "compiled"))
