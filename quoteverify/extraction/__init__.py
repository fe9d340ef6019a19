"""Extraction: a text becomes quotes, each with its span, speaker, cue and kind.

``extract.py`` wires the stages: ``marks`` pairs the quote marks paragraph by paragraph,
``tokens`` reads the words around each quote, and the attribution modules find the cue, the
speaker and the kind of each quote. Nothing here reads another document.
"""
