"""Errors that stop a run before it starts, each naming the input at fault."""


class ConfigError(Exception):
    """Bad configuration or arguments: a database URL, a sources file, a path."""
