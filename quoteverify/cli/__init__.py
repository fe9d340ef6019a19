"""The ``quoteverify`` command: parse the arguments, read the input, call the library, write.

>>> build_parser().parse_args(["compare", "seeds/"]).command
'compare'
"""

from quoteverify.cli.main import main
from quoteverify.cli.parser import build_parser, help_markdown

__all__ = ["build_parser", "help_markdown", "main"]
