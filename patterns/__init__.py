"""Rule data files (CSV/JSONL), shipped with the package; read by reformnlp.patterns."""
