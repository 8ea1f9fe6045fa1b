"""``python -m greenbelt_desktop`` runs the ``greenbelt`` command."""

from greenbelt_desktop.cli import main

raise SystemExit(main())
