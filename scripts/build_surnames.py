"""Build data/surnames.txt from Faker's person providers (MIT licence): the surnames of every locale, Latin script.

A bare capitalized word after "told", "according to" or "reported by" that the outlet lists do not hold is read as
an outlet ("told Nordvision") unless it is a surname ("told Smith": a person). Run with Faker installed (pip install
faker==40.54.0):

    python scripts/build_surnames.py > data/surnames.txt
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys

import faker
import faker.providers.person as person

_LATIN = re.compile(r"[A-Z][a-zà-öø-ÿ'’-]+")  # one capitalized word: "Smith", "O'Neil", not "Van der Berg"


def main() -> None:
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        names.update(n for n in getattr(provider, "last_names", ()) or () if _LATIN.fullmatch(n))
    out = sys.stdout
    out.write(
        f"# Surnames, one a line, from Faker {faker.VERSION} (last names of the person providers of every locale,\n"
        "# Latin script; MIT licence, Copyright (c) 2012 Daniele Faraglia). Built by scripts/build_surnames.py.\n"
        '# A bare word after "told" that is one of these is a person, not an unlisted outlet ("told Smith").\n'
    )
    for name in sorted(names):
        out.write(name + "\n")


if __name__ == "__main__":
    main()
