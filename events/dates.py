"""How events' times read in Danish: "12. juni 2013 kl. 9.30–15.30"."""

from django.utils import formats, timezone


def clock(moment):
    return f"{moment.hour}.{moment:%M}"


def day(moment):
    return formats.date_format(moment, "j. F Y")


def period_label(start, end):
    start, end = timezone.localtime(start), timezone.localtime(end)
    if start.date() == end.date():
        return f"{day(start)} kl. {clock(start)}–{clock(end)}"
    return f"{day(start)} kl. {clock(start)} – {day(end)} kl. {clock(end)}"


def moment_label(moment):
    moment = timezone.localtime(moment)
    return f"{day(moment)} kl. {clock(moment)}"
