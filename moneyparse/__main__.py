import sys

from moneyparse.cli import main

sys.exit(main())
