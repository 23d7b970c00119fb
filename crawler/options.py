"""Settings whose values are checked: each reader returns the value or raises ConfigError
naming the setting. The crawl command runs :func:`check_settings` before anything starts; the
components read their setting through the same functions, so a value is judged in one place.
"""

from __future__ import annotations

from crawler.errors import ConfigError
from crawler.guard import allowed_networks
from crawler.itemflow import check_item_pipelines
from crawler.sources import RENDER_CHOICES
from pipelines.text.language import iso_639_1

LANGUAGE_ACTIONS = ("drop", "flag")
WATCH_IRRELEVANT_ACTIONS = ("flag", "drop")
RENDER_WAIT_CHOICES = ("load", "domcontentloaded", "networkidle")
SPLASH_ENDPOINTS = ("render.html", "execute")


def choice(settings, name: str, choices: tuple[str, ...]) -> str:
    """The setting ``name``, one of ``choices`` (case and spaces ignored)."""
    value = str(settings.get(name)).strip().lower()
    if value not in choices:
        raise ConfigError(f"{name} {value!r} is not usable: choose {' or '.join(choices)}")
    return value


def language_settings(settings) -> tuple[set[str], str]:
    """The wanted languages (``LANGUAGES``) and what happens to others (``LANGUAGE_ACTION``)."""
    action = choice(settings, "LANGUAGE_ACTION", LANGUAGE_ACTIONS)
    return {iso_639_1(code) for code in settings.getlist("LANGUAGES") if code.strip()}, action


def watch_irrelevant(settings) -> str:
    """What happens to articles relevant to no watch (``WATCH_IRRELEVANT``)."""
    return choice(settings, "WATCH_IRRELEVANT", WATCH_IRRELEVANT_ACTIONS)


def render_setting(settings) -> str:
    """How sources without their own ``render`` are fetched (``RENDER``)."""
    return choice(settings, "RENDER", RENDER_CHOICES)


def render_wait_until(settings) -> str:
    """When Chromium counts a page as rendered (``RENDER_WAIT_UNTIL``)."""
    return choice(settings, "RENDER_WAIT_UNTIL", RENDER_WAIT_CHOICES)


def splash_endpoint(settings) -> str:
    """The Splash endpoint newsmon calls (``SPLASH_ENDPOINT``)."""
    return choice(settings, "SPLASH_ENDPOINT", SPLASH_ENDPOINTS)


def check_settings(settings) -> None:
    """Every checked setting, read once: the first bad one raises ConfigError."""
    check_item_pipelines(settings)
    language_settings(settings)
    watch_irrelevant(settings)
    render_setting(settings)
    render_wait_until(settings)
    splash_endpoint(settings)
    allowed_networks(settings)
