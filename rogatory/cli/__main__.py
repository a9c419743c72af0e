import sys

from rogatory.cli import main

sys.exit(main())
