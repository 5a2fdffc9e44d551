# pytester (for the pytest plugin's tests, tests/test_pytest_plugin.py) must be declared in a
# top-level conftest: pytest refuses 'pytest_plugins' in nested ones.
pytest_plugins = ["pytester"]

# Hypothesis profiles: "ci" (set the CI environment variable, as CI services do with
# CI=true) is deterministic and thorough; "dev" is quicker for local runs; "fuzz" is for
# a long local hunt (pytest tests/project/test_fuzz_loader.py --hypothesis-profile fuzz).
# Select another with --hypothesis-profile.
import os  # noqa: E402

from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, deadline=None, max_examples=200, print_blob=True)
settings.register_profile("dev", deadline=None, max_examples=60)
settings.register_profile("fuzz", deadline=None, max_examples=5_000, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI", "").lower() not in ("", "0", "false", "no") else "dev")
