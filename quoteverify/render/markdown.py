"""Corroboration report in GitHub-flavoured Markdown, for a pull-request comment.

A table of counts per document comes first, then a section per document with the quotes that
need attention (altered, misattributed, uncorroborated) before the others, which are folded
away. Document text never becomes markup: outside code it is backslash-escaped, and a diff is
put in a fence longer than any run of backticks inside it. Nor does it ping anyone: a
zero-width space after ``@``, ``#`` and ``GH-`` keeps GitHub from linking mentions and issues.
"""

from __future__ import annotations

import re

from quoteverify.model import STATUSES, Document, Finding, Report, Status, TextWarning
from quoteverify.render.diff import change_lines, match_diff_lines
from quoteverify.render.report_text import (
    MAX_MATCHES,
    Places,
    agreement,
    clean,
    quoted,
    speaker_name,
)

ATTENTION: tuple[Status, ...] = ("altered", "misattributed", "uncorroborated")
"""Statuses listed first and unfolded: a person should look at these quotes."""

QUOTE_WIDTH = 120
"""Quotes longer than this many characters are shortened (with "…")."""

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones
# that can start markup in running text (links need "[", images "![", so "(" and "!" are safe),
# in a table cell (|), in GitHub's math ($) or at the end of a heading (#). Line-start markup
# cannot occur: text is always put on one line after a prefix of ours.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$])")
# What GitHub links in a comment: @user and @org/team (a mention notifies them), #123 and
# GH-123 (a reference notifies the issue). A backslash or an HTML entity does not stop it, since
# GitHub links them after Markdown is read; a zero-width space after "@", "#" or "GH-" does.
_LINKED = re.compile(r"(@|#|\bGH-)(?=[A-Za-z0-9])", re.IGNORECASE)
_ZERO_WIDTH_SPACE = "\u200b"


def render_report_markdown(report: Report) -> str:
    """Render a report as Markdown for a pull-request comment.

    >>> from quoteverify.model import Quote
    >>> quote = Quote("Yes *now*", 1, 10, None, None, "utterance", 0)
    >>> report = Report((Document("a.txt", '"Yes *now*"'), Document("b_2.txt", "")),
    ...                 (Finding("a.txt", quote, "uncorroborated", 0.0, ()),))
    >>> print(render_report_markdown(report), end="")
    ## quoteverify: 1 quote in 2 documents
    <BLANKLINE>
    | document | corroborated | partial | altered | misattributed | uncorroborated |
    | :-- | --: | --: | --: | --: | --: |
    | a.txt | 0 | 0 | 0 | 0 | 1 |
    | b\\_2.txt | 0 | 0 | 0 | 0 | 0 |
    | **total** | 0 | 0 | 0 | 0 | 1 |
    <BLANKLINE>
    ### a.txt
    <BLANKLINE>
    - **uncorroborated** at 1:2, (no speaker): "Yes \\*now\\*"
    <BLANKLINE>
    ### b\\_2.txt
    <BLANKLINE>
    No quotes.
    """
    places = Places(report.documents)
    # A check report is about its drafts: the sources get no section of their own.
    shown = [d for d in report.documents if not report.drafts or d.id in report.drafts]
    by_document: dict[str, list[Finding]] = {document.id: [] for document in shown}
    for finding in report.findings:
        if finding.doc_id not in by_document:
            raise ValueError(f"the report has no document with id {finding.doc_id!r}")
        by_document[finding.doc_id].append(finding)
    quotes = f"{len(report.findings)} quote{'' if len(report.findings) == 1 else 's'}"
    documents = f"{len(shown)} document{'' if len(shown) == 1 else 's'}"
    silenced = sum(finding.suppressed for finding in report.findings)
    suppressed = f", {silenced} suppressed" if silenced else ""
    parts = [
        f"## quoteverify: {quotes} in {documents}{suppressed}",
        "",
        *_table(report, by_document),
    ]
    warnings: dict[str, list[TextWarning]] = {document.id: [] for document in report.documents}
    for doc_id, warning in report.warnings:
        if doc_id not in warnings:
            raise ValueError(f"the report has no document with id {doc_id!r}")
        warnings[doc_id].append(warning)
    for document in shown:
        section = _section(document, by_document[document.id], warnings[document.id], places)
        parts += ["", *section]
    return "\n".join(parts) + "\n"


def _table(report: Report, by_document: dict[str, list[Finding]]) -> list[str]:
    rows = [
        "| document | " + " | ".join(STATUSES) + " |",
        "| :-- |" + " --: |" * len(STATUSES),
    ]
    for doc_id, findings in by_document.items():
        counts = [sum(finding.status == status for finding in findings) for status in STATUSES]
        rows.append(f"| {escape(doc_id)} | " + " | ".join(map(str, counts)) + " |")
    totals = report.counts()
    rows.append("| **total** | " + " | ".join(str(totals[status]) for status in STATUSES) + " |")
    return rows


def _section(
    document: Document, findings: list[Finding], warnings: list[TextWarning], places: Places
) -> list[str]:
    lines = [f"### {escape(document.id)}", ""]
    attention = [f for f in findings if f.status in ATTENTION and not f.suppressed]
    others = [f for f in findings if f.status not in ATTENTION or f.suppressed]
    # Needing attention first, worst status first, then in the order of the text.
    attention.sort(key=lambda finding: ATTENTION.index(finding.status))
    if not findings:
        lines.append("No quotes.")
    elif not attention:
        lines.append("No quote needs attention.")
    for finding in attention:
        lines += _finding(finding, places)
    if others:
        kinds = "corroborated, partial or suppressed" if any(f.suppressed for f in others) else (
            "corroborated or partial"
        )
        summary = f"{len(others)} {kinds} quote{'' if len(others) == 1 else 's'}"
        lines += ["", "<details>", f"<summary>{summary}</summary>", ""]
        for finding in others:
            lines += _finding(finding, places)
        lines += ["", "</details>"]
    if warnings:
        lines += ["", "Text warnings:", ""]
        lines += [
            f"- {places.place(document.id, warning.start)} {warning.code}:"
            f" {escape(warning.message)}"
            for warning in warnings
        ]
    return lines


def _finding(finding: Finding, places: Places) -> list[str]:
    place = places.place(finding.doc_id, finding.quote.start)
    speaker = escape(speaker_name(finding.quote.speaker))
    text = escape(quoted(finding.quote.text, QUOTE_WIDTH))
    label = f"{finding.status}, suppressed" if finding.suppressed else finding.status
    lines = [f"- **{label}** at {place}, {speaker}: {text}"]
    for match in finding.matches[:MAX_MATCHES]:
        where = f"{escape(match.doc_id)} {places.place(match.doc_id, match.start)}"
        found = "" if match.quote is not None else ", in unquoted text"
        lines.append(
            f"  - {where}: {match.relation}, score {match.score:.1f},"
            f" {escape(agreement(match))}{found}"
        )
        lines += [f"    - {escape(change)}" for change in change_lines(match)]
        diff = [
            line
            for this, other in match_diff_lines(match)
            for line in (f"- {clean(this)}".rstrip(), f"+ {clean(other)}".rstrip())
        ]
        if diff:
            lines += ["    " + line for line in fenced(diff, "diff")]
    hidden = len(finding.matches) - MAX_MATCHES
    if hidden > 0:
        lines.append(f"  - and {hidden} more match{'' if hidden == 1 else 'es'}")
    return lines


def fenced(lines: list[str], info: str = "") -> list[str]:
    """Put lines in a code fence that no backtick run inside them can close.

    >>> print("\\n".join(fenced(["- a ``` b"], "diff")))
    ````diff
    - a ``` b
    ````
    """
    lines = [unlinked(line) for line in lines]  # an email of the comment is plain text
    longest = max((len(run) for line in lines for run in re.findall("`+", line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence + info, *lines, fence]


def escape(text: str) -> str:
    """Put text on one line and backslash-escape what Markdown would read as markup.

    >>> print(escape("<script>a|b</script> *x* `y`"))
    \\<script\\>a\\|b\\</script\\> \\*x\\* \\`y\\`
    """
    return unlinked(_SPECIAL.sub(r"\\\1", clean(text)))


def unlinked(text: str) -> str:
    """Keep GitHub from linking ``@user``, ``@org/team``, ``#123`` and ``GH-123``, so a
    comment pings nobody: a zero-width space goes after the ``@``, ``#`` or ``GH-``.

    >>> unlinked("@octocat, @acme/team, #12, gh-3 and me@example.org").count("\\u200b")
    5
    """
    return _LINKED.sub(lambda found: found.group() + _ZERO_WIDTH_SPACE, text)
