# pytester (for the pytest plugin's tests in tests/integrations/) must be declared in a
# top-level conftest: pytest refuses 'pytest_plugins' in nested ones.
pytest_plugins = ["pytester"]
