"""Training sessions: planning, attendance and scores, indicators, certificates (issue 14)."""
