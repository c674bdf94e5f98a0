"""The edge: platform adapters, the runner and the `coach` command."""
