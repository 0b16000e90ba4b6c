"""The ``calfcare`` command: argument parsing and the subcommands."""
