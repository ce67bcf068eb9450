"""Browse, filter, add, edit and delete records of one area (initiatives, organisations, policies, events)."""
