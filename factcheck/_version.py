"""The version of factcheck (one home; the package, the CLI and the reporters read it here).

Layer: types, the lowest (held by ``tests/project/test_layers.py``): imports no other
factcheck module.
"""

__version__ = "0.1.0"
