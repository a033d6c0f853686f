"""`python -m jilin_apprentice`."""

from jilin_apprentice.app import main

raise SystemExit(main())
