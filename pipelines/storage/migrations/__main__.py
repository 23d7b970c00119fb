"""``python -m pipelines.storage.migrations ARGS``: Alembic's own command line on newsmon's
migrations (there is no alembic.ini), against the database at ``DATABASE_URL``.

For developers adding a revision (see README beside this file), e.g.::

    DATABASE_URL=sqlite:////tmp/head.db python -m pipelines.storage.migrations \\
        revision --autogenerate --rev-id 0003 -m "what changes"

Users run ``scrapy db upgrade | current`` instead.
"""

from __future__ import annotations

import os

from alembic.config import CommandLine

from pipelines.storage.schema import alembic_config


def main(argv: list[str] | None = None) -> None:
    cli = CommandLine(prog="python -m pipelines.storage.migrations")
    options = cli.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        cli.parser.error("too few arguments")
    url = os.environ.get("DATABASE_URL")
    if not url:
        cli.parser.error("set DATABASE_URL to the database to compare or migrate")
    config = alembic_config(url=url)
    config.cmd_opts = options
    cli.run_cmd(config, options)


if __name__ == "__main__":
    main()
