"""Pure rules over a search: goals, insights, the pipeline, countries and their lines."""
