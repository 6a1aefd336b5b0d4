"""`python -m renderer` runs the `reverie` command."""

from renderer.cli import main

raise SystemExit(main())
