"""One module per `reverie` sub-command: HELP, add_arguments(parser), run(args) -> int."""
