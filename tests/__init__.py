"""whosaid's tests (a package, so that ``tests.factories`` can be imported)."""
