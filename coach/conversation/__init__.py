"""The conversation: the table of steps, its engine, commands, what free text means."""
