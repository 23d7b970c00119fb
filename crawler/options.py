"""Settings whose values are checked: each reader returns the value or raises ConfigError
naming the setting. The crawl command runs :func:`check_settings` before anything starts; the
components read their setting through the same functions, so a value is judged in one place.
"""

from __future__ import annotations

from crawler.errors import ConfigError
from crawler.guard import allowed_networks
from pipelines.text.language import iso_639_1

LANGUAGE_ACTIONS = ("drop", "flag")
WATCH_IRRELEVANT_ACTIONS = ("flag", "drop")


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


def check_settings(settings) -> None:
    """Every checked setting, read once: the first bad one raises ConfigError."""
    language_settings(settings)
    watch_irrelevant(settings)
    allowed_networks(settings)
