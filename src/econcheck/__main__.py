"""``python -m econcheck``: the same command line as the ``econcheck`` script."""

from econcheck.cli import main

if __name__ == "__main__":
    main()
