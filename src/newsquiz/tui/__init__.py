"""The Textual study app: screens, widgets and the composition function `make_app`."""
