"""Calm words for every evidence code, and the under-18 explanation. Core gives codes only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

IMAGE_REFUSALS = frozenset({"evidence.image_under18", "evidence.image_not_allowed"})


def under18_explanation() -> str:
    """Why a picture or video is refused, and what to do instead."""
    return translate(
        "EvidenceMessages",
        "Harbour never keeps pictures or videos of anyone under 18, even as evidence. "
        "Describe what it was and where you saw it instead — that is what police need.",
    )


def evidence_message(code: str) -> str:
    """What to tell the person for an ``EvidenceCode`` value (or a view refusal code)."""
    messages = {
        "evidence.not_found": translate(
            "EvidenceMessages", "That file is no longer there. It may have been moved."
        ),
        "evidence.symlink": translate(
            "EvidenceMessages", "That is a shortcut to another file. Please choose the file itself."
        ),
        "evidence.directory": translate(
            "EvidenceMessages", "That is a folder. Please choose the files inside it."
        ),
        "evidence.fifo": translate(
            "EvidenceMessages", "That is not an ordinary file, so Harbour left it alone."
        ),
        "evidence.socket": translate(
            "EvidenceMessages", "That is not an ordinary file, so Harbour left it alone."
        ),
        "evidence.device": translate(
            "EvidenceMessages", "That is a device, not a file, so Harbour left it alone."
        ),
        "evidence.not_regular": translate(
            "EvidenceMessages", "That is not an ordinary file, so Harbour left it alone."
        ),
        "evidence.changed": translate(
            "EvidenceMessages", "That file changed while it was being opened. Please try again."
        ),
        "evidence.unreadable": translate(
            "EvidenceMessages", "Harbour is not allowed to read that file, or it could not be read."
        ),
        "evidence.image_under18": under18_explanation(),
        "evidence.image_not_allowed": translate(
            "EvidenceMessages",
            "Pictures and videos can't be kept here. Describe what it was and where you saw "
            "it instead — that is what police need.",
        ),
        "evidence.cancelled": translate(
            "EvidenceMessages", "Stopped. Nothing of that file was kept."
        ),
        "evidence.disk_full": translate(
            "EvidenceMessages",
            "There is not enough space on this computer for that file. Nothing was kept. "
            "Everything saved before is safe.",
        ),
        "evidence.write_failed": translate(
            "EvidenceMessages",
            "That file could not be saved. Nothing was kept. Everything saved before is safe.",
        ),
        "evidence.no_file": translate(
            "EvidenceMessages", "This is a description only: there is no file to open."
        ),
        "evidence.blob_missing": translate(
            "EvidenceMessages",
            "The stored copy of this file is missing. The description and its SHA-256 are "
            "still in your diary.",
        ),
        "evidence.tampered": translate(
            "EvidenceMessages",
            "The stored copy of this file has been changed or damaged, so Harbour will "
            "not open it.",
        ),
        "evidence.hash_mismatch": translate(
            "EvidenceMessages",
            "The stored copy no longer matches its SHA-256, so Harbour will not use it.",
        ),
        "view.too_big": translate(
            "EvidenceMessages",
            "This picture is too large to show safely here. You can export a copy and open it "
            "with another program.",
        ),
        "view.not_an_image": translate(
            "EvidenceMessages",
            "Harbour can't show this file. Its details are below; export a copy to open it.",
        ),
        "view.unreadable": translate(
            "EvidenceMessages",
            "This picture could not be shown. It may be damaged. Its details are below.",
        ),
    }
    return messages.get(
        code,
        translate(
            "EvidenceMessages",
            "Something went wrong. Your saved information is safe. Please try again.",
        ),
    )
