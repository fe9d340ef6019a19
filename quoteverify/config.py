"""The options of matching and checking, gathered in one frozen record.

The library, the command line and ``[tool.quoteverify]`` all fill the same :class:`Config`, so
an option has one name everywhere.
"""

from __future__ import annotations

from typing import Any

import attrs

from quoteverify.model import STATUSES, Severity, Status

DEFAULT_SEVERITY: dict[Status, Severity] = {
    "altered": "error",
    "misattributed": "error",
    "uncorroborated": "warning",
    "partial": "info",
    "corroborated": "info",
}

TEXT_WARNING_SEVERITY: Severity = "warning"
"""The severity of a problem in a draft's text (a quote mark never closed): the quote it hides
is one the check cannot judge."""


def _check_severity(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name} must be a tuple of (status, severity) pairs")
    for status, severity in value:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        if severity not in ("error", "warning", "info"):
            raise ValueError(f"unknown severity {severity!r}; expected error, warning or info")


@attrs.frozen(kw_only=True)
class Config:
    """How quotes are matched and how findings are judged.

    >>> Config().min_words, Config(min_words=6).min_words
    (4, 6)
    >>> Config().severity_of("altered"), Config(strict=True).severity_of("uncorroborated")
    ('error', 'error')
    """

    min_words: int = attrs.field(default=4, validator=attrs.validators.ge(1))
    """Words a quote must share with a passage for a partial match (shorter quotes must match
    in full, and only inside another quote or a labelled transcript turn)."""

    score_cutoff: float = attrs.field(
        default=70.0, validator=[attrs.validators.ge(0.0), attrs.validators.le(100.0)]
    )
    """Alignments scoring below this (0-100, over the matched stretch) are not matches."""

    ngram: int = attrs.field(default=4, validator=attrs.validators.ge(2))
    """Word n-gram length of the candidate index."""

    max_df: int = attrs.field(default=50, validator=attrs.validators.ge(2))
    """An n-gram found in more documents than this (boilerplate) proposes no candidates."""

    severity: tuple[tuple[Status, Severity], ...] = attrs.field(
        default=tuple(DEFAULT_SEVERITY.items()), validator=_check_severity
    )
    """Severity per status; statuses left out keep their default."""

    strict: bool = False
    """Treat uncorroborated quotes as errors."""

    def severity_of(self, status: Status) -> Severity:
        """The severity a finding with this status is reported at."""
        severity = dict(self.severity).get(status, DEFAULT_SEVERITY[status])
        if self.strict and status == "uncorroborated":
            return "error"
        return severity
