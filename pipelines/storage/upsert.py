"""Insert-or-replace of one row by its key, as the database's own upsert
(``INSERT … ON CONFLICT (key) DO UPDATE``), so that two processes writing the same row
at once both succeed instead of one failing on a duplicate key."""

from __future__ import annotations

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

DIALECT_INSERTS = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def upsert(connection: Connection, table: Table, row: dict, keys: list[str]) -> None:
    """Write ``row`` into ``table``, replacing the row with the same ``keys`` if there is one."""
    insert = DIALECT_INSERTS[connection.dialect.name](table).values(row)
    changed = {name: insert.excluded[name] for name in row if name not in keys}
    connection.execute(insert.on_conflict_do_update(index_elements=keys, set_=changed))
