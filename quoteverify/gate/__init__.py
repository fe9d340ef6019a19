"""The gate: ``quoteverify check``, drafts matched against their sources, for CI.

``check.py`` judges each quote of a draft against the sources alone and applies the
suppression comments; ``settings.py`` reads ``[tool.quoteverify]`` or ``quoteverify.toml``
into a :class:`~quoteverify.config.Config`, the sources and the ignore patterns.
"""
