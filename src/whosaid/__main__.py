"""``python -m whosaid``: the ``whosaid`` command line."""

from whosaid.cli import main

if __name__ == "__main__":
    main()
