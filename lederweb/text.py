from django.utils.text import slugify

DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def danish_slugify(text):
    """Slug as on the old lederweb.dk: æ → ae, ø → oe, å → aa, other accents dropped."""
    return slugify(str(text).translate(DANISH_LETTERS))
