"""Calm words for every vault problem code. Core gives codes; this is where they become text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def vault_message(code: str, reason: str = "") -> str:
    """What to tell the person for a vault error ``code`` (and keyring ``reason``)."""
    if code == "vault.keyring_unavailable":
        return {
            "locked": translate(
                "VaultMessages",
                "This computer's keyring is locked, so it can't open your diary. "
                "Use your passphrase or recovery key instead. Nothing is lost.",
            ),
            "denied": translate(
                "VaultMessages",
                "This computer's keyring said no, so it can't open your diary. "
                "Use your passphrase or recovery key instead. Nothing is lost.",
            ),
            "no_entry": translate(
                "VaultMessages",
                "This computer doesn't hold the key for this diary (perhaps it was "
                "moved from another computer). Use your passphrase or recovery key.",
            ),
            "not_allowed": translate(
                "VaultMessages",
                "Your organisation has turned off unlocking with this computer. "
                "Use your passphrase or recovery key.",
            ),
        }.get(
            reason,
            translate(
                "VaultMessages",
                "This computer has no keyring Harbour can use. Please choose a passphrase instead.",
            ),
        )
    messages = {
        "vault.wrong_passphrase": translate(
            "VaultMessages",
            "That passphrase didn't open your diary. Take your time and "
            "try again. Nothing has changed.",
        ),
        "vault.wrong_recovery_key": translate(
            "VaultMessages", "That recovery key belongs to a different diary. Nothing has changed."
        ),
        "vault.recovery_key_typo": translate(
            "VaultMessages",
            "That recovery key has a typing slip in it. Check each group of letters and try again.",
        ),
        "vault.damaged": translate(
            "VaultMessages",
            "Your diary file is damaged. Harbour has not changed it. "
            "You can restore the latest backup.",
        ),
        "vault.keyfile_damaged": translate(
            "VaultMessages",
            "The small key file beside your diary is damaged. Harbour "
            "keeps a spare copy you can restore.",
        ),
        "vault.disk_full": translate(
            "VaultMessages",
            "The disk is full, so this could not be saved. Everything saved "
            "before is safe. Free some space and try again.",
        ),
        "vault.method_not_set": translate(
            "VaultMessages", "Please choose a passphrase to protect your diary."
        ),
        "vault.not_found": translate("VaultMessages", "There is no diary on this computer yet."),
        "vault.exists": translate(
            "VaultMessages", "A diary already exists here. Harbour will not replace it."
        ),
        "vault.backup_failed": translate(
            "VaultMessages", "The backup could not be made. Your diary itself is safe."
        ),
        "vault.locked": translate("VaultMessages", "Your diary is locked. Unlock it to carry on."),
        "vault.journal_damaged": translate(
            "VaultMessages",
            "Harbour was closed suddenly last time, and part of its record of the last changes "
            "was damaged. Your diary is open, but some of the last changes may be missing. "
            "Please check your latest entries. Harbour has kept an encrypted copy of the "
            "damaged part.",
        ),
    }
    return messages.get(
        code,
        translate(
            "VaultMessages",
            "Something went wrong. Your saved information is safe. Please try again.",
        ),
    )
