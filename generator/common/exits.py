"""The exit statuses every command of the generator shares."""

OK = 0
# Findings (a breaking change under --fail-on, nothing to release) or stale output (--check).
FINDINGS = 1
# Bad input: an invalid spec or argument, or a step that cannot be done with what was given.
BAD_INPUT = 2
# A bug in the generator: one line asking for a report (the traceback under --debug).
INTERNAL = 3

SCHEME = (
    "exit status: 0 ok; 1 findings or stale output; 2 bad input or a step that could not be "
    "done; 3 an internal error (please report it; --debug shows the traceback)"
)
