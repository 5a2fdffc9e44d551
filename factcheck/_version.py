"""The version of factcheck (one home; the package, the CLI and the reporters read it here)."""

__version__ = "0.1.0"
