"""The whole App for the local API's GUI tests (the settings tests' fixture)."""

from tests.ui.settings.conftest import make_app  # noqa: F401
