"""Rules: one module per rule; :mod:`factcheck.rules.registry` lists them explicitly."""
