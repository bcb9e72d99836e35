"""Build data/first_names.csv from Faker's person providers (MIT licence): a first name's gender where every
locale agrees.

A name that any locale lists for both genders ("Andrea" is a man's name in Italy, a woman's in the U.S.) is left
out: the engine never guesses a gender it does not know. Latin-script names only, since the
English engine reads Latin script. Run with Faker installed (pip install faker==40.54.0):

    python scripts/build_first_names.py > data/first_names.csv
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys

import faker
import faker.providers.person as person

_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]+")


def main() -> None:
    seen: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute, gender in (("first_names_female", "f"), ("first_names_male", "m")):
            for name in getattr(provider, attribute, ()) or ():
                if _LATIN.fullmatch(name):
                    seen.setdefault(name.lower(), set()).add(gender)
    out = sys.stdout
    out.write(
        f"# First names and their gender, from Faker {faker.VERSION} (person providers of every locale; MIT\n"
        "# licence, Copyright (c) 2012 Daniele Faraglia). Built by scripts/build_first_names.py: only names that\n"
        "# every locale gives one gender; a name given both is left out, so its gender stays unknown.\n"
        "name,gender\n"
    )
    for name in sorted(seen):
        if len(seen[name]) == 1:
            out.write(f"{name},{next(iter(seen[name]))}\n")


if __name__ == "__main__":
    main()
