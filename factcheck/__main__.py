"""``python -m factcheck`` runs the CLI.

Layer: entry points, the top (held by ``tests/project/test_layers.py``): may import any
module below; never another entry point (the package's ``__init__``, ``__main__``,
``pytest_plugin``), and no factcheck module imports from it.
"""

from .cli import _entry

_entry()
