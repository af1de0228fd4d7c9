"""`python -m gridgov_desktop` is the same as the `gridgov` command."""

import sys

from gridgov_desktop.cli import main

sys.exit(main())
