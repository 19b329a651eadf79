"""The device class of a request, the only thing an answer keeps of it (the 2014 survey
evaluates the phone version): the user agent itself is never stored."""

import re

PHONE = "telefon"
TABLET = "tablet"
DESKTOP = "computer"
LABELS = {PHONE: "Telefon", TABLET: "Tablet", DESKTOP: "Computer"}

_TABLET = re.compile(r"iPad|Tablet|Kindle|Silk|PlayBook|Android(?!.*Mobile)", re.IGNORECASE)
_PHONE = re.compile(r"Mobi|iPhone|iPod|Android.*Mobile|Windows Phone", re.IGNORECASE)


def device_class(user_agent):
    if _TABLET.search(user_agent or ""):
        return TABLET
    if _PHONE.search(user_agent or ""):
        return PHONE
    return DESKTOP
