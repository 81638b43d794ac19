"""Checking and normalising what people paste: phone numbers, IBANs, links, e-mail, codes.

Each function takes the text as typed (stray spaces and line breaks are fine) and returns the
normal form to store, or raises ``ValidationError`` naming the field and a stable code. The checks
come from well-kept libraries (phonenumbers, schwifty, rfc3986, email-validator, babel, pycountry).
"""

from __future__ import annotations

import string

import email_validator
import phonenumbers
import pycountry
import rfc3986
import schwifty
from rfc3986 import exceptions as uri_errors
from rfc3986 import validators as uri_validators
from schwifty import exceptions as iban_errors

from core.diary.currencies import known_currencies
from core.diary.errors import Code, ValidationError

_WEB_SCHEMES = ("http", "https")


def clean_line(text: str | None) -> str | None:
    """Trim and collapse all runs of whitespace (line breaks included) to single spaces."""
    if text is None:
        return None
    collapsed = " ".join(text.split())
    return collapsed or None


def clean_text(text: str | None) -> str | None:
    """Tidy multi-line text: unify line endings, drop trailing spaces and blank edges."""
    if text is None:
        return None
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    tidied = "\n".join(lines).strip()
    return tidied or None


def country_of(region: str | None) -> str | None:
    """The ISO 3166 country part of a region such as ``GB-WLS`` (``GB``), or None."""
    return region.split("-", 1)[0] if region else None


def normalise_region(field: str, text: str | None) -> str | None:
    """An ISO 3166-1 country (``ES``) or ISO 3166-2 subdivision (``GB-WLS``), upper case."""
    code = clean_line(text)
    if code is None:
        return None
    code = code.upper()
    if "-" in code:
        known = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    else:
        known = pycountry.countries.get(alpha_2=code)
    if known is None:
        raise ValidationError.single(field, Code.REGION_UNKNOWN)
    return code


def normalise_phone(field: str, text: str | None, region: str | None) -> str | None:
    """E.164 form (``+34612345678``); numbers without ``+`` are read in the case's country."""
    raw = clean_line(text)
    if raw is None:
        return None
    try:
        number = phonenumbers.parse(raw, country_of(region))
    except phonenumbers.NumberParseException as exc:
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
            raise ValidationError.single(field, Code.PHONE_NEEDS_COUNTRY) from exc
        raise ValidationError.single(field, Code.PHONE_INVALID) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError.single(field, Code.PHONE_INVALID)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def phone_search_forms(e164: str) -> list[str]:
    """The ways people write a stored number, so search finds "612 34 56 78" too."""
    number = phonenumbers.parse(e164, None)
    formats = (
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        phonenumbers.PhoneNumberFormat.NATIONAL,
    )
    return [e164, *(str(phonenumbers.format_number(number, f)) for f in formats)]


def normalise_iban(field: str, text: str | None) -> str | None:
    """Compact upper-case IBAN (``ES9121000418450200051332``) after schwifty's full checks."""
    raw = clean_line(text)
    if raw is None:
        return None
    try:
        return str(schwifty.IBAN(raw).compact)
    except iban_errors.InvalidChecksumDigits as exc:
        raise ValidationError.single(field, Code.IBAN_CHECKSUM) from exc
    except iban_errors.InvalidLength as exc:
        raise ValidationError.single(field, Code.IBAN_LENGTH) from exc
    except iban_errors.InvalidCountryCode as exc:
        raise ValidationError.single(field, Code.IBAN_COUNTRY) from exc
    except iban_errors.SchwiftyException as exc:
        raise ValidationError.single(field, Code.IBAN_INVALID) from exc


def normalise_url(field: str, text: str | None) -> str | None:
    """A normalised http(s) link; ``instagram.com/name`` gains ``https://``; IDN hosts punycoded."""
    raw = clean_line(text)
    if raw is None:
        return None
    if " " in raw:
        raise ValidationError.single(field, Code.URL_INVALID)
    try:
        ref = rfc3986.iri_reference(raw).encode()
        if ref.scheme is None and ref.authority is None:
            ref = rfc3986.iri_reference("https://" + raw).encode()
        ref = ref.normalize()
        if ref.scheme not in _WEB_SCHEMES:
            raise ValidationError.single(field, Code.URL_SCHEME)
        uri_validators.Validator().require_presence_of("scheme", "host").check_validity_of(
            "scheme", "userinfo", "host", "port", "path", "query", "fragment"
        ).validate(ref)
    except (uri_errors.RFC3986Exception, ValueError, UnicodeError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError.single(field, Code.URL_INVALID) from exc
    return str(ref.unsplit())


def normalise_email(field: str, text: str | None) -> str | None:
    """The address in email-validator's normal form; syntax only, never a network look-up."""
    raw = clean_line(text)
    if raw is None:
        return None
    try:
        checked = email_validator.validate_email(raw, check_deliverability=False)
    except email_validator.EmailNotValidError as exc:
        raise ValidationError.single(field, Code.EMAIL_INVALID) from exc
    return str(checked.normalized)


def normalise_currency(field: str, text: str | None) -> str | None:
    """An ISO 4217 code that babel knows (``eur`` -> ``EUR``), or a crypto-asset (``BTC``)."""
    raw = clean_line(text)
    if raw is None:
        return None
    code = raw.upper()
    if code not in known_currencies():
        raise ValidationError.single(field, Code.CURRENCY_UNKNOWN)
    return code


def normalise_sha256(field: str, text: str | None) -> str | None:
    """A SHA-256 as 64 lower-case hex digits (spaces and a ``sha256:`` prefix are allowed)."""
    raw = clean_line(text)
    if raw is None:
        return None
    digits = "".join(raw.lower().removeprefix("sha256:").split())
    if len(digits) != 64 or not set(digits) <= set(string.hexdigits.lower()):
        raise ValidationError.single(field, Code.SHA256_INVALID)
    return digits
