"""``python -m quoteverify``: the same as the ``quoteverify`` command."""

from quoteverify.cli import main

if __name__ == "__main__":  # pytest's doctest collection imports this module too
    raise SystemExit(main())
