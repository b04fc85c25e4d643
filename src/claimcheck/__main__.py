"""`python -m claimcheck`."""

from claimcheck.cli import main

raise SystemExit(main())
