"""Rules: one module per rule; :mod:`factcheck.rules.registry` lists them explicitly.

The docstring of each ``fcNNN_*`` module is that rule's documentation (``factcheck rule``,
``docs/rules.md``: what, why, an example that fails, the fix), so their layer is stated here
once; the ``_*`` modules hold what several rules share.

Layer: rules (held by ``tests/project/test_layers.py``): may import ``factcheck.rules``
itself, the loader, the normalisers, the data modules and the types; never checking, an
output wing, authoring or the cli.
"""
