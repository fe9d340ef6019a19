"""One record of a corpus -> one document: the checks every corpus format shares (a JSON
Lines line, a Parquet row), and the reading of a text in its format (plain, Markdown, HTML).

Every problem raises :class:`InputError` naming ``where`` the record is (a file and a line or
row), so a bad record in an archive of millions can be found and fixed.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs

from quoteverify.errors import InputError
from quoteverify.inputs.dates import EXAMPLE, date_key
from quoteverify.inputs.html import html_document
from quoteverify.inputs.markdown import markdown_document
from quoteverify.model import Document

FORMATS = ("text", "markdown", "html")
"""The values of a corpus record's optional ``"format"`` field."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def document_in_format(doc_id: str, raw: str, source: str, form: str) -> Document:
    """A document from a file's text in a format: Markdown and HTML keep the file's text as
    their origin, so positions and suppression comments are read from the file itself.

    >>> document_in_format("a", "<p>a &amp; b</p>", "a.html", "html").text
    'a & b'
    """
    if form == "html":
        return html_document(raw, doc_id, source)
    if form == "markdown":
        return markdown_document(raw, doc_id, source)
    return Document(id=doc_id, text=raw, source=source)


def corpus_document(line: str, where: str, *, default_source: str) -> Document:
    """One line of a JSON Lines corpus as a document (:class:`InputError` naming ``where``).

    >>> corpus_document('{"id": "a", "text": "Hi."}', "c.jsonl: line 1", default_source="c:1")
    Document(id='a', text='Hi.', source='c:1', origin=None, date=None)
    >>> corpus_document('{"id": 7, "text": "x"}', "c.jsonl: line 2", default_source="c:2")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: c.jsonl: line 2: "id" must be a string, not a number
    """
    record = json_object(line, where)
    for field in ("id", "text"):
        if field not in record:
            raise InputError(f'{where}: missing "{field}" (a string)')
        if not isinstance(record[field], str):
            raise InputError(f'{where}: "{field}" must be a string, not {json_type(record[field])}')
    for field in ("source", "date"):
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise InputError(f'{where}: "{field}" must be a string or null, not {json_type(value)}')
    form = record.get("format", "text")
    if not isinstance(form, str):
        raise InputError(f'{where}: "format" must be {_FORMATS_SHOWN}, not {json_type(form)}')
    return record_document(
        record["id"],
        record["text"],
        record.get("source"),
        form,
        where,
        default_source=default_source,
        date=record.get("date"),
    )


def json_object(line: str, where: str) -> dict[str, Any]:
    """A line of JSON Lines that must hold an object (:class:`InputError` naming ``where``).

    >>> json_object("[1]", "c.jsonl: line 3")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: c.jsonl: line 3: expected a JSON object, not an array
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, not {json_type(record)}")
    return record


def record_document(
    doc_id: str,
    text: str,
    source: str | None,
    form: str,
    where: str,
    *,
    default_source: str,
    date: str | None = None,
) -> Document:
    """A corpus record whose fields are strings as a document, once its values are checked:
    an id that is not empty, valid Unicode, a known format, a date in ISO 8601 if any.

    >>> record_document("", "x", None, "text", "c.parquet: row 4", default_source="")
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: c.parquet: row 4: "id" must not be empty
    """
    if not doc_id:
        raise InputError(f'{where}: "id" must not be empty')
    for field, value in (("id", doc_id), ("text", text), ("source", source), ("date", date)):
        refuse_surrogates(value or "", f'{where}: "{field}"')
    if date and date_key(date) is None:
        # (a date that cannot be ordered would leave the document undated without a word)
        raise InputError(
            f'{where}: "date" must be an ISO 8601 date or date and time ({EXAMPLE}),'
            f" not {json.dumps(date, ensure_ascii=False)}"
        )
    if form not in FORMATS:
        raise InputError(f'{where}: "format" must be {_FORMATS_SHOWN}, not {json.dumps(form)}')
    document = document_in_format(doc_id, text, source or default_source, form)
    return attrs.evolve(document, date=date) if date else document


_FORMATS_SHOWN = '"text", "markdown" or "html"'


def refuse_surrogates(text: str, what: str) -> None:
    """JSON's ``"\\ud800"`` decodes to a lone surrogate, which no UTF-8 output can hold.

    >>> refuse_surrogates("a\\ud800", 'c.jsonl: line 1: "text"')
    Traceback (most recent call last):
    ...
    quoteverify.errors.InputError: c.jsonl: line 1: "text" holds a lone surrogate (\\ud800) at \
character 1; only valid Unicode can be read
    """
    found = _SURROGATE.search(text)
    if found:
        raise InputError(
            f"{what} holds a lone surrogate ({ascii(found.group())[1:-1]}) at character"
            f" {found.start()}; only valid Unicode can be read"
        )


def json_type(value: object) -> str:
    """Name a decoded JSON value's type as JSON does, for error messages.

    >>> json_type([1]), json_type(True), json_type(None), json_type(2.5)
    ('an array', 'a boolean', 'null', 'a number')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
