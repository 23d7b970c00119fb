"""Print pip constraints that pin every lower bound of pyproject.toml exactly.

Usage: ``python .ci/floors.py [pyproject.toml] > floors.txt``, then
``pip install -c floors.txt -e '.[test]'``. Every requirement of ``[project]``
and of each optional-dependency group is read; one ``name==floor`` line is
printed per distribution (without extras, which pip refuses in constraints).
A requirement without a lower bound (``>=``, ``==``, ``~=``) is an error: the
floor test would not be testing it.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

LOWER_BOUNDS = (">=", "==", "~=")


def requirements(pyproject: dict) -> list[Requirement]:
    """The requirements of the project and of all its extras."""
    project = pyproject["project"]
    texts = list(project.get("dependencies", []))
    for group in project.get("optional-dependencies", {}).values():
        texts.extend(group)
    return [Requirement(text) for text in texts]


def floor(requirement: Requirement) -> Version:
    """The lowest version ``requirement`` allows, as its specifiers state it."""
    bounds = [Version(s.version) for s in requirement.specifier if s.operator in LOWER_BOUNDS]
    if not bounds:
        raise SystemExit(f"{requirement}: no lower bound to test")
    return max(bounds)


def floors(pyproject: dict) -> dict[str, Version]:
    """Each distribution's floor; the highest where several requirements name it."""
    pins: dict[str, Version] = {}
    for requirement in requirements(pyproject):
        name = canonicalize_name(requirement.name)
        pins[name] = max(pins.get(name, Version("0")), floor(requirement))
    return pins


def main(argv: list[str]) -> None:
    path = Path(argv[1] if len(argv) > 1 else Path(__file__).parent.parent / "pyproject.toml")
    pyproject = tomllib.loads(path.read_text(encoding="utf-8"))
    for name, version in sorted(floors(pyproject).items()):
        print(f"{name}=={version}")


if __name__ == "__main__":
    main(sys.argv)
