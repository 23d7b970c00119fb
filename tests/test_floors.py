"""The floors CI installs: every lower bound of pyproject.toml, read by .ci/floors.py."""

import importlib.util
import tomllib

import pytest
from packaging.version import Version

from tests.conftest import ROOT

SPEC = importlib.util.spec_from_file_location("floors", ROOT / ".ci" / "floors.py")
floors = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(floors)


def pyproject(dependencies, **extras) -> dict:
    return {"project": {"dependencies": dependencies, "optional-dependencies": extras}}


def test_every_requirement_of_the_project_has_a_floor():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = floors.floors(project)
    assert pins["scrapy"] >= Version("2.18")  # items from start() awaited before closing
    assert "psycopg" in pins and "pytest" in pins  # extras too, without their own extras


def test_a_distribution_named_twice_gets_the_higher_floor():
    pins = floors.floors(pyproject(["Psycopg[binary]>=3.2.1,<3.4"], test=["psycopg>=3.3"]))
    assert pins == {"psycopg": Version("3.3")}


def test_a_requirement_without_a_lower_bound_is_an_error():
    with pytest.raises(SystemExit, match="no lower bound"):
        floors.floors(pyproject(["scrapy<3"]))


def test_the_pins_are_printed_one_a_line(tmp_path, capsys):
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\ndependencies = ["b>=2.0", "a==1.5"]\n', encoding="utf-8")
    floors.main(["floors.py", str(path)])
    assert capsys.readouterr().out == "a==1.5\nb==2.0\n"
