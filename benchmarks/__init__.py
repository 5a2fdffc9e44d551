"""Synthetic fact bases and benchmarks for factcheck (not part of the installed package)."""
