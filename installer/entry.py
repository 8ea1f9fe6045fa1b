"""Entry point of the frozen program: the ``greenbelt`` command (no subcommand: the GUI)."""

from greenbelt_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
