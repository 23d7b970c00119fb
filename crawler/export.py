"""Writing records (dicts of JSON values) as JSON Lines or as CSV that spreadsheets open.

CSV: UTF-8 with a byte order mark (so Excel and LibreOffice read umlauts right), comma
separated, a header row of the field names, CRLF line ends, and cells quoted where they hold
commas, quotes or line breaks. Strings are written as they are; numbers, ``true``/``false``,
lists and objects as JSON; ``null`` as an empty cell.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from typing import TextIO

FORMATS = ("jsonl", "csv")
BOM = "\ufeff"


def csv_cell(value) -> str:
    """One CSV cell: a string as it is, ``None`` empty, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def write_jsonl(records: Iterable[dict], stream: TextIO) -> None:
    """One JSON object per line."""
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_csv(records: Iterable[dict], stream: TextIO) -> None:
    """A BOM, a header row from the first record's fields, then one row per record."""
    writer = None
    stream.write(BOM)
    for record in records:
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(record))
            writer.writeheader()
        writer.writerow({name: csv_cell(value) for name, value in record.items()})


def write_records(records: Iterable[dict], fmt: str, stream: TextIO | None = None) -> None:
    """``records`` in ``fmt`` (``jsonl`` or ``csv``) to ``stream`` (UTF-8 standard output)."""
    if stream is not None:
        (write_csv if fmt == "csv" else write_jsonl)(records, stream)
        return
    # Standard output as UTF-8 without newline translation (CSV writes its own CRLF).
    sys.stdout.flush()
    stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        write_records(records, fmt, stdout)
        stdout.flush()
    finally:
        stdout.detach()  # leave sys.stdout open


def add_format_option(parser, default: str = "jsonl", formats: tuple = FORMATS) -> None:
    """The ``--format`` option of the listing commands."""
    parser.add_argument(
        "--format",
        choices=formats,
        default=default,
        help=f"output format (default {default}); CSV is UTF-8 with a BOM, one row per record",
    )
