"""The exception types whose message the CLI prints as a single line."""


class ParevalError(Exception):
    """Bad input or a missing tool: the message is a complete, one-line explanation."""


class ModelCrashed(ParevalError):
    """A local model runtime died natively (illegal instruction, segfault, out of memory).

    Raised after every generation finished before the crash has been written.
    """
