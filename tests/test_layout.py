"""The project's contracts: import direction, stage order, settings documented once."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

import pytest
from scrapy.settings import Settings, default_settings

from crawler import settings as project_settings
from crawler.errors import ConfigError
from crawler.itemflow import check_item_pipelines
from tests.conftest import ROOT

ENGINES = ("pipelines.text", "pipelines.dates", "pipelines.similarity", "pipelines.storage")
# The crawl-wide contracts: plain data and errors that every layer may import.
CONTRACTS = {"crawler.items", "crawler.errors", "crawler.signals", "crawler.sources"}
STAGES = {path.rsplit(".", 1)[0] for path in project_settings.ITEM_PIPELINES}


def imports_of(path) -> set[str]:
    """The project modules a source file imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] in ("crawler", "pipelines", "scrapy")}


def modules_under(*folders: str):
    for folder in folders:
        for path in sorted((ROOT / folder.replace(".", "/")).rglob("*.py")):
            yield ".".join(path.relative_to(ROOT).with_suffix("").parts), path


@pytest.mark.parametrize("module, path", list(modules_under(*ENGINES)))
def test_engines_import_neither_scrapy_nor_crawl_components_nor_stages(module, path):
    wrong = {
        name
        for name in imports_of(path) - CONTRACTS
        if name.startswith(("scrapy", "crawler")) or name in STAGES
    }
    assert not wrong, f"{module} imports {sorted(wrong)}"


@pytest.mark.parametrize("module, path", list(modules_under("crawler")))
def test_the_crawler_never_imports_a_stage(module, path):
    assert not imports_of(path) & STAGES, module


@pytest.mark.parametrize("module", sorted(CONTRACTS))
def test_contracts_import_no_scrapy_and_no_crawl_component(module):
    path = ROOT / (module.replace(".", "/") + ".py")
    wrong = {
        name
        for name in imports_of(path) - CONTRACTS
        if name.startswith(("scrapy", "crawler")) or name in STAGES
    }
    assert not wrong, f"{module} imports {sorted(wrong)}"


def test_the_stages_are_the_top_of_pipelines_and_nothing_else():
    top = {p.stem for p in (ROOT / "pipelines").glob("*.py")} - {"__init__"}
    assert {f"pipelines.{name}" for name in top} == STAGES


def test_the_project_order_of_stages_is_valid():
    check_item_pipelines(project(ITEM_PIPELINES=project_settings.ITEM_PIPELINES))


def project(**overrides) -> Settings:
    values = Settings()
    values.setmodule(project_settings)
    values.update(overrides)
    return values


def test_a_stage_before_what_it_reads_stops_the_run():
    pipelines = {**project_settings.ITEM_PIPELINES, "pipelines.date.DatePipeline": 150}
    with pytest.raises(ConfigError, match="DatePipeline reads what LanguagePipeline writes"):
        check_item_pipelines(project(ITEM_PIPELINES=pipelines))


def test_an_asynchronous_stage_between_dedup_and_store_stops_the_run():
    pipelines = {**project_settings.ITEM_PIPELINES, "pipelines.watch.WatchPipeline": 420}
    with pytest.raises(ConfigError, match="WatchPipeline is asynchronous"):
        check_item_pipelines(project(ITEM_PIPELINES=pipelines))


def test_an_asynchronous_stage_between_the_shared_step_and_dedup_stops_the_run():
    # Distributed mode takes the store lock in the shared step: dedup must decide under it.
    pipelines = {**project_settings.ITEM_PIPELINES, "pipelines.watch.WatchPipeline": 395}
    with pytest.raises(ConfigError, match="WatchPipeline is asynchronous but runs between Shared"):
        check_item_pipelines(project(ITEM_PIPELINES=pipelines))


def documented_settings() -> set[str]:
    """The settings named in the first cell of the README's Configuration table."""
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    names = set()
    for row in table.splitlines():
        if row.startswith("| `"):
            names.update(re.findall(r"`([A-Z][A-Z0-9_]+)\*?`", row.split("|")[1]))
    return names


def newsmon_settings() -> set[str]:
    """Settings newsmon defines itself, or reads: not Scrapy's own."""
    defined = {name for name in vars(project_settings) if name.isupper()}
    read = set()
    for folder in ("crawler", "pipelines"):
        for path in (ROOT / folder).rglob("*.py"):
            read.update(
                re.findall(r"settings(?:\.get\w*\(|\[)\"([A-Z][A-Z0-9_]+)\"", path.read_text())
            )
    return (defined | read) - set(vars(default_settings))


def test_every_setting_of_newsmon_is_in_the_readme_table():
    documented = documented_settings()
    prefixes = {name for name in documented if name.endswith("_")}
    missing = {
        name
        for name in newsmon_settings()
        if name not in documented and not any(name.startswith(p) for p in prefixes)
    }
    assert not missing, f"add to the README's Configuration table: {sorted(missing)}"


def test_every_setting_read_is_defined_once_in_the_settings_module():
    defined = {name for name in vars(project_settings) if name.isupper()}
    assert newsmon_settings() <= defined


def test_a_bad_watch_irrelevant_stops_the_run_in_one_line(scrapy, sqlite_url):
    result = scrapy(
        "crawl",
        "replay",
        "-a",
        "path=seeds",
        "-s",
        "WATCH_IRRELEVANT=delete",
        database_url=sqlite_url,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == ["newsmon: error: WATCH_IRRELEVANT 'delete' is not usable: choose flag or drop"]


def test_a_crawl_without_redis_needs_no_scrapy_redis():
    # scrapy-redis is an optional extra: the addon that switches distributed mode on must
    # import without it, and name it when REDIS_URL asks for it.
    script = (
        "import sys; sys.modules['scrapy_redis'] = None\n"
        "from scrapy.settings import Settings\n"
        "from scrapy.utils.misc import load_object\n"
        "from crawler import settings\n"
        "from crawler.errors import ConfigError\n"
        "[addon] = [load_object(path)() for path in settings.ADDONS]\n"
        "addon.update_settings(Settings({'REDIS_URL': ''}))\n"
        "try:\n"
        "    addon.update_settings(Settings({'REDIS_URL': 'redis://127.0.0.1:6379/0',"
        " 'FRONTIER_IDLE_SECONDS': 20}))\n"
        "except ConfigError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("REDIS_URL is set, but distributed mode's scrapy_redis")
    assert "pip install -e '.[redis,postgres]'" in result.stdout
