"""``python -m moneyparse``: the command line.

The guard matters: where worker processes are spawned rather than forked (macOS,
Windows), each worker imports this module again, and must not run the command line.
"""

import sys

from moneyparse.cli import main

if __name__ == "__main__":
    sys.exit(main())
