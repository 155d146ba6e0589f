import sys

from pareval_lib.cli import main

sys.exit(main())
