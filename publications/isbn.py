from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def isbn13_digits(value):
    """The digits of an ISBN written with or without hyphens and spaces."""
    return "".join(ch for ch in str(value) if ch not in "- ")


def isbn13_check_digit(first_twelve):
    """ISBN-13 weights the digits 1, 3, 1, 3 …; the check digit tops the sum up to a ten."""
    total = sum(int(digit) * (3 if i % 2 else 1) for i, digit in enumerate(first_twelve))
    return str((10 - total % 10) % 10)


def validate_isbn13(value):
    digits = isbn13_digits(value)
    if len(digits) != 13 or not digits.isdigit() or digits[:3] not in ("978", "979"):
        raise ValidationError(
            _("Skriv et ISBN-13-nummer: 13 cifre, der begynder med 978 eller 979."),
            code="isbn_format",
        )
    if isbn13_check_digit(digits[:12]) != digits[12]:
        raise ValidationError(
            _("ISBN-nummeret er ikke gyldigt: kontrolcifferet passer ikke. Tjek for tastefejl."),
            code="isbn_checksum",
        )
