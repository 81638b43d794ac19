"""Family page tests use a real Harbour; some open a real diary as well."""

from tests.texts.conftest import harbour, make_harbour, unlocked, vault_template

__all__ = ["harbour", "make_harbour", "unlocked", "vault_template"]
