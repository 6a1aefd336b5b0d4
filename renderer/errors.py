"""The one exception type that reaches the user as a one-line message."""


class ReverieError(Exception):
    """A problem the user can act on; the CLI prints it on one line and exits non-zero."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
