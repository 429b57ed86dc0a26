"""One screen per module: home, study, summary, stats, settings."""
