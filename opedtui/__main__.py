"""Allow ``python -m opedtui``."""

from opedtui.cli import main

raise SystemExit(main())
