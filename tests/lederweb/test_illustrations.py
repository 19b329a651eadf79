"""The demo illustrations: the same picture on every run, in the Væksthus's own colours."""

from PIL import Image

from lederweb.demo.illustrations import COLOURS, cover, picture


def colours_of(jpeg):
    image = Image.open(jpeg).convert("RGB").quantize(colors=4).convert("RGB")
    return {colour for _, colour in image.getcolors()}


def hex_to_rgb(value):
    return tuple(int(value[i : i + 2], 16) for i in (1, 3, 5))


def off_the_duotone(colour, dark, light):
    """How far colour lies from the line between the two tones (0 for a pure mix of them)."""
    span = [b - a for a, b in zip(dark, light, strict=True)]
    share = sum(s * (c - a) for s, c, a in zip(span, colour, dark, strict=True))
    share = min(max(share / sum(s * s for s in span), 0), 1)
    return max(abs(c - (a + share * s)) for c, a, s in zip(colour, dark, span, strict=True))


def test_pictures_are_the_same_on_every_run_and_differ_between_articles():
    first, alt = picture(3, vaeksthus=2)
    again, alt_again = picture(3, vaeksthus=2)
    assert first.getvalue() == again.getvalue() and alt == alt_again
    assert picture(4, vaeksthus=2)[0].getvalue() != first.getvalue()
    assert alt.endswith("i grøn")


def test_pictures_and_covers_are_drawn_in_the_vaeksthus_colour_and_its_tint():
    dark, light = (hex_to_rgb(tone) for tone in COLOURS[3][:2])
    for jpeg in (picture(0, vaeksthus=3)[0], cover("Ledelse af frivillige", 2013, 3)):
        found = colours_of(jpeg)
        assert all(off_the_duotone(colour, dark, light) <= 16 for colour in found), found
        assert any(max(map(abs, map(int.__sub__, c, light))) <= 16 for c in found), found
    assert (
        cover("Ledelse af frivillige", 2013, 3).getvalue()
        == cover("Ledelse af frivillige", 2013, 3).getvalue()
    )
