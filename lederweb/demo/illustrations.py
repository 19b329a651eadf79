"""Demo illustrations in the Væksthus colours, drawn with Pillow: duotone patterns for
articles and ideas, typographic covers for publications. Deterministic: the same arguments
give the same picture on every run (no randomness beyond a seeded choice of pattern)."""

from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

# The site's colour tokens (--vaeksthus-N and its tint, --board, --brand-dark), with the
# Danish colour name for the alt text.
COLOURS = {
    1: ("#00666b", "#e3f3f2", "petroleumsblå"),
    2: ("#2f6f1c", "#eaf3e3", "grøn"),
    3: ("#6a51a3", "#efebf8", "lilla"),
    "board": ("#8a4b00", "#f8eee1", "okker"),
    None: ("#073350", "#eef4f8", "mørkeblå"),
}
PICTURE_SIZE = (1200, 675)
COVER_SIZE = (600, 850)


def font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default(size=size)


def _mix(dark, light, share):
    """The colour `share` of the way from dark to light: the duotone's middle tones."""
    a, b = Image.new("RGB", (1, 1), dark), Image.new("RGB", (1, 1), light)
    return Image.blend(a, b, share).getpixel((0, 0))


def _arcs(draw, width, height, dark, light, variant):
    """Concentric quarter circles from one corner, like the growth rings of a tree."""
    corner = [(0, height), (width, height), (0, 0), (width, 0)][variant % 4]
    step = 46
    for number, radius in enumerate(range(width + height, 0, -step)):
        colour = light if number % 2 else _mix(dark, light, 0.25)
        x, y = corner
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)


def _halftone(draw, width, height, dark, light, variant):
    """A grid of dots that grow across the picture: a halftone gradient."""
    pitch = 40
    for row, y in enumerate(range(pitch // 2, height, pitch)):
        for column, x in enumerate(range(pitch // 2, width, pitch)):
            share = (column / (width / pitch) + (row / (height / pitch)) * (variant % 2)) / 2
            radius = 2 + share * pitch * 0.55
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=light)


def _stripes(draw, width, height, dark, light, variant):
    """Diagonal bands in three tones of the Væksthus colour."""
    tones = [light, _mix(dark, light, 0.45), dark]
    band = 90 + 20 * (variant % 3)
    for number, x in enumerate(range(-height, width + height, band)):
        colour = tones[number % 3]
        draw.polygon(
            [(x, 0), (x + band, 0), (x + band - height, height), (x - height, height)], fill=colour
        )


def _tiles(draw, width, height, dark, light, variant):
    """A grid of square tiles, each with a quarter or half circle turned its own way."""
    size = height // 3
    middle = _mix(dark, light, 0.5)
    for row in range(3):
        for column in range(width // size + 1):
            turn = (row * 7 + column * 3 + variant) % 4
            x, y = column * size, row * size
            if (row + column + variant) % 3 == 0:
                draw.rectangle((x, y, x + size, y + size), fill=middle)
            cx, cy = [(x, y), (x + size, y), (x + size, y + size), (x, y + size)][turn]
            box = (cx - size, cy - size, cx + size, cy + size)
            draw.pieslice(box, 90 * turn, 90 * turn + 90, fill=light)


def _steps(draw, width, height, dark, light, variant):
    """Bars that rise step by step: growth from left to right."""
    count = 9
    bar = width // count
    for number in range(count):
        rise = height * (0.2 + 0.75 * (number + 1) / count)
        colour = light if number % 2 == variant % 2 else _mix(dark, light, 0.6)
        draw.rectangle((number * bar, height - rise, (number + 1) * bar - 6, height), fill=colour)


PATTERNS = [
    (_arcs, "koncentriske buer"),
    (_halftone, "et prikmønster, hvor prikkerne vokser"),
    (_stripes, "diagonale striber"),
    (_tiles, "fliser med kvarte cirkler"),
    (_steps, "søjler, der stiger trin for trin"),
]


def _as_jpeg(image, quality=82):
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    buffer.seek(0)
    return buffer


def picture(seed, vaeksthus=None, label=""):
    """A duotone pattern picture in the Væksthus colour, with an optional big label set in
    a dark box. Returns the JPEG and words for the alt text (»koncentriske buer i lilla«)."""
    dark, light, colour_name = COLOURS[vaeksthus]
    drawing, pattern_name = PATTERNS[seed % len(PATTERNS)]
    image = Image.new("RGB", PICTURE_SIZE, dark)
    draw = ImageDraw.Draw(image)
    drawing(draw, *PICTURE_SIZE, dark, light, seed // len(PATTERNS))
    if label:
        label_font = font(220 if len(label) < 4 else 120, bold=True)
        left, top, right, bottom = draw.textbbox((80, 0), label, font=label_font)
        top_edge = PICTURE_SIZE[1] - 80 - (bottom - top)
        draw.rectangle((40, top_edge - 40, right + 40, PICTURE_SIZE[1] - 40), fill=dark)
        draw.text((80, top_edge - top), label, font=label_font, fill=light)
    return _as_jpeg(image), f"{pattern_name} i {colour_name}"


def _wrap(draw, text, text_font, width):
    """The words of text in lines no wider than width pixels."""
    lines = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=text_font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _fitted_title(draw, title, width, sizes=(56, 50, 44, 38, 32)):
    """The largest title font whose lines (at most four) all fit the width."""
    for size in sizes:
        title_font = font(size, bold=True)
        lines = _wrap(draw, title, title_font, width)
        widest = max(draw.textlength(line, font=title_font) for line in lines)
        if widest <= width and len(lines) <= 4:
            break
    return title_font, lines, int(size * 1.2)


def cover(title, year, vaeksthus=None, section=""):
    """A typographic cover: a pattern panel in the Væksthus colour, the title large on the
    tint below it, and »Væksthus for Ledelse«, the section (if one) and the year at the foot."""
    dark, light, _ = COLOURS[vaeksthus]
    width, height = COVER_SIZE
    image = Image.new("RGB", COVER_SIZE, light)
    draw = ImageDraw.Draw(image)
    panel = Image.new("RGB", (width, 340), dark)
    checksum = sum(ord(letter) * place for place, letter in enumerate(title, start=1))
    drawing, _ = PATTERNS[checksum % len(PATTERNS)]
    drawing(ImageDraw.Draw(panel), width, 340, dark, light, checksum // len(PATTERNS))
    image.paste(panel, (0, 0))
    title_font, lines, leading = _fitted_title(draw, title, width - 88)
    for number, line in enumerate(lines):
        draw.text((44, 384 + number * leading), line, font=title_font, fill=dark)
    foot = height - 150
    draw.rectangle((44, foot, 124, foot + 8), fill=dark)
    draw.text((44, foot + 28), "VÆKSTHUS FOR LEDELSE", font=font(22, bold=True), fill=dark)
    small = font(19)
    for number, line in enumerate(_wrap(draw, section, small, width - 88)[:2]):
        draw.text((44, foot + 62 + number * 24), line, font=small, fill=dark)
    draw.text((width - 44, foot + 28), str(year), font=font(22, bold=True), fill=dark, anchor="ra")
    return _as_jpeg(image, quality=85)
