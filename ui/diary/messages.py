"""Calm words for every diary validation code. Core gives ``(field, code)``; this is the one place
they become sentences, shown beside the field they belong to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


def problem_message(code: str) -> str:
    """What to tell the person about one wrong field (``code`` is a ``core.diary.Code`` value)."""
    messages = {
        "value.required": translate("DiaryMessages", "Please fill this in."),
        "choice.invalid": translate("DiaryMessages", "Please pick one of the choices in the list."),
        "phone.invalid": translate(
            "DiaryMessages",
            "This doesn't look like a full phone number. Check the digits, or paste it as it "
            "appeared.",
        ),
        "phone.needs_country": translate(
            "DiaryMessages", "Please add the country code at the start, for example +44 or +34."
        ),
        "iban.invalid": translate(
            "DiaryMessages", "This doesn't look like an IBAN. Copy it again from the message."
        ),
        "iban.checksum": translate(
            "DiaryMessages",
            "One of the characters in this IBAN seems wrong. Check it against the message.",
        ),
        "iban.length": translate(
            "DiaryMessages", "This IBAN is too long or too short. Check you have all of it."
        ),
        "iban.country": translate(
            "DiaryMessages", "An IBAN starts with two letters for the country, such as ES or GB."
        ),
        "url.invalid": translate(
            "DiaryMessages", "This doesn't look like a link. Copy it again from the app or browser."
        ),
        "url.scheme": translate(
            "DiaryMessages", "Only web links starting with http:// or https:// can be kept here."
        ),
        "email.invalid": translate(
            "DiaryMessages", "This doesn't look like an e-mail address. Check it has an @."
        ),
        "amount.invalid": translate(
            "DiaryMessages", "Please write the amount in numbers, such as 250."
        ),
        "amount.negative": translate("DiaryMessages", "The amount can't be below zero."),
        "currency.unknown": translate(
            "DiaryMessages", "Harbour doesn't know this currency. Please pick one from the list."
        ),
        "currency.missing": translate("DiaryMessages", "Please choose the currency."),
        "date.invalid": translate(
            "DiaryMessages", "Please write the date like the example, or press Now."
        ),
        "time.invalid": translate(
            "DiaryMessages", "Please write the time like the example, for example 21:30."
        ),
        "region.unknown": translate("DiaryMessages", "Harbour doesn't know this region."),
        "sha256.invalid": translate(
            "DiaryMessages",
            "A SHA-256 is 64 letters and digits (0-9, a-f). Copy it again, or work it out "
            "from the file.",
        ),
        "link.invalid": translate(
            "DiaryMessages", "That person or account is no longer in this diary. Please pick again."
        ),
    }
    return messages.get(code, translate("DiaryMessages", "Please check this."))


def save_failed_message() -> str:
    """Shown when saving failed for a reason that is not a wrong field."""
    return translate(
        "DiaryMessages",
        "This could not be saved. Everything saved before is safe. Please try again.",
    )
