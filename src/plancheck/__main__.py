"""`python -m plancheck`: the same entry point as the console script (plancheck._entry)."""

from plancheck._entry import main

raise SystemExit(main())
