"""Allows `python -m newsquiz`."""

from newsquiz.cli import main

raise SystemExit(main())
