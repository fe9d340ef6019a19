"""Publication dates: the ISO 8601 forms a corpus line's ``"date"`` may take, read into one
order (first and last seen in the utterance view).

A date is a year, a month or a day (``2024``, ``2024-11``, ``2024-11-05``), optionally with a
time (``T`` or a space, then ``14:30``, ``14:30:05`` or ``14:30:05.250``) and a zone (``Z``,
``+01:00``, ``-0500``). A period stands for its first moment, and a time without a zone is
read as UTC, so ``2024-11-05`` comes before ``2024-11-05T09:00Z``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

_ISO = re.compile(
    r"(\d{4})(?:-(\d{2})(?:-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?",
    re.ASCII,
)

EXAMPLE = "2024-11-05 or 2024-11-05T14:30:00Z"
"""Shown in the message about a date that is not ISO 8601."""


def date_key(text: str) -> datetime | None:
    """The moment an ISO 8601 date or date and time stands for, in UTC; None for anything
    else.

    >>> date_key("2024-11-05")
    datetime.datetime(2024, 11, 5, 0, 0, tzinfo=datetime.timezone.utc)
    >>> date_key("2024-11-05T09:30:00+01:00") < date_key("2024-11-05T09:00Z")
    True
    >>> date_key("2024"), date_key("5 Nov 2024"), date_key("2024-13-01")
    (datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc), None, None)
    """
    found = _ISO.fullmatch(text.strip())
    if found is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    try:
        moment = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=_zone(zone),
        )
    except ValueError:  # (month 13, day 32, hour 25, zone +25:00)
        return None
    return moment.astimezone(timezone.utc)


def _zone(text: str | None) -> timezone:
    if text is None or text == "Z":
        return timezone.utc
    digits = text[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return timezone(-offset if text[0] == "-" else offset)
