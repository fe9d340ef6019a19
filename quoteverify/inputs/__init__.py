"""Inputs: files, folders and corpora become documents, their markup read off the prose.

``load.py`` reads paths into :class:`~quoteverify.model.Document` records; ``markdown`` and
``html`` turn a file's markup into prose whose positions still point into the file.
"""
