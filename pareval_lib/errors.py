"""The one exception type whose message the CLI prints as a single line."""


class ParevalError(Exception):
    """Bad input or a missing tool: the message is a complete, one-line explanation."""
