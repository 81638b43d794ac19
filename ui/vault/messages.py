"""Calm words for every vault problem code. Core gives codes; this is where they become text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("VaultMessages", text)


def vault_message(code: str, reason: str = "") -> str:
    """What to tell the person for a vault error ``code`` (and keyring ``reason``)."""
    if code == "vault.keyring_unavailable":
        return {
            "locked": _t(
                "This computer's keyring is locked, so it can't open your diary. "
                "Use your passphrase or recovery key instead. Nothing is lost."
            ),
            "denied": _t(
                "This computer's keyring said no, so it can't open your diary. "
                "Use your passphrase or recovery key instead. Nothing is lost."
            ),
            "no_entry": _t(
                "This computer doesn't hold the key for this diary (perhaps it was "
                "moved from another computer). Use your passphrase or recovery key."
            ),
            "not_allowed": _t(
                "Your organisation has turned off unlocking with this computer. "
                "Use your passphrase or recovery key."
            ),
        }.get(
            reason,
            _t("This computer has no keyring Harbour can use. Please choose a passphrase instead."),
        )
    messages = {
        "vault.wrong_passphrase": _t(
            "That passphrase didn't open your diary. Take your time and "
            "try again. Nothing has changed."
        ),
        "vault.wrong_recovery_key": _t(
            "That recovery key belongs to a different diary. Nothing has changed."
        ),
        "vault.recovery_key_typo": _t(
            "That recovery key has a typing slip in it. Check each group of letters and try again."
        ),
        "vault.damaged": _t(
            "Your diary file is damaged. Harbour has not changed it. "
            "You can restore the latest backup."
        ),
        "vault.keyfile_damaged": _t(
            "The small key file beside your diary is damaged. Harbour "
            "keeps a spare copy you can restore."
        ),
        "vault.disk_full": _t(
            "The disk is full, so this could not be saved. Everything saved "
            "before is safe. Free some space and try again."
        ),
        "vault.method_not_set": _t("Please choose a passphrase to protect your diary."),
        "vault.not_found": _t("There is no diary on this computer yet."),
        "vault.exists": _t("A diary already exists here. Harbour will not replace it."),
        "vault.backup_failed": _t("The backup could not be made. Your diary itself is safe."),
        "vault.locked": _t("Your diary is locked. Unlock it to carry on."),
    }
    return messages.get(
        code, _t("Something went wrong. Your saved information is safe. Please try again.")
    )
