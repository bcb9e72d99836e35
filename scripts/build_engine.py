"""Compile the engine's modules with Cython into build/engine (see attribution/engine/_native.py).

    python scripts/build_engine.py [--build-dir DIR] [--only MODULE ...] [--jobs N]

Builds only the modules whose current source has no build yet (a few seconds to a minute each) and removes
their older builds. Without Cython or a C compiler it says so and leaves the engine to run as plain Python
(exit 0), unless ATTRIBUTION_ENGINE=compiled, when a failed build is an error (CI).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
STRICT = os.environ.get("ATTRIBUTION_ENGINE") == "compiled"
os.environ["ATTRIBUTION_ENGINE"] = "python"  # this process imports the engine's sources, not what it replaces

from attribution.engine import _native  # noqa: E402


def build(names: list[str], build_dir: Path, jobs: int) -> list[Path]:
    """Compile each module in a scratch copy of the package (the source tree gets no .c or .so) and move the
    extension to its keyed name."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    targets = {name: _native.extension_path(name, build_dir) for name in names}
    build_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="engine-build-") as scratch:
        package = Path(scratch, *_native.PACKAGE.split("."))
        package.mkdir(parents=True)
        for folder in (package, package.parent):
            (folder / "__init__.py").touch()
        for source in (path for name in names for path in _native.sources(name)):
            shutil.copy(source, package)  # a .pxd beside its .py: Cython reads it as the module's declarations
        where, fast = _native.PACKAGE.replace(".", "/"), ["-g0", "-w"]  # no debug information, no warnings
        extensions = [Extension(f"{_native.PACKAGE}.{n}", [f"{where}/{n}.py"], extra_compile_args=fast) for n in names]
        cwd = os.getcwd()
        os.chdir(scratch)  # cythonize names the modules by the package folders around them
        try:
            compiled = cythonize(extensions, nthreads=jobs, compiler_directives=_native.DIRECTIVES)
            dist = Distribution({"ext_modules": compiled})
            command = dist.get_command_obj("build_ext")
            command.inplace, command.parallel = True, jobs
            dist.run_command("build_ext")
        finally:
            os.chdir(cwd)
        for name, target in targets.items():
            partial = target.with_name(target.name + ".part")
            shutil.copy(package / f"{name}{_native.SUFFIX}", partial)
            partial.replace(target)  # atomic: a process importing meanwhile sees the whole file or none
            for old in build_dir.glob(f"{name}.*{_native.SUFFIX}"):
                if old != target:
                    old.unlink()
    return list(targets.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", type=Path, default=_native.BUILD_DIR)
    parser.add_argument("--only", nargs="+", choices=_native.modules(), help="these modules (default: all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    names = [n for n in args.only or _native.modules() if not _native.extension_path(n, args.build_dir).is_file()]
    if not names:
        print(f"engine: compiled modules up to date in {args.build_dir}", file=sys.stderr)
        return 0
    start = time.perf_counter()
    try:
        build(names, args.build_dir, args.jobs)
    except Exception as exc:  # no Cython, no compiler or headers: the engine still runs as Python
        if STRICT:
            raise
        print(f"engine: not compiled ({type(exc).__name__}: {exc}); it runs as plain Python", file=sys.stderr)
        return 0
    print(f"engine: compiled {len(names)} modules in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
