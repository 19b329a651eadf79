"""Demo images and task sheets drawn with Pillow (no network), stored as Wagtail images and
documents. Found again by title, so loading twice creates nothing new."""

import random
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from lederweb.text import danish_slugify

PALETTES = [
    ("#0b4a6f", "#5fa8d3", "#ffbf47"),
    ("#073350", "#9c2b23", "#eef4f8"),
    ("#1e5128", "#4e9f3d", "#d8e9a8"),
    ("#3d2c8d", "#916bbf", "#c996cc"),
    ("#7a3e00", "#e07a10", "#ffe3b3"),
]
SIZE = (1200, 675)


def _font(size):
    return ImageFont.load_default(size=size)


def draw_picture(seed, label=""):
    """An abstract picture: overlapping shapes in one palette, optionally a big label."""
    rng = random.Random(seed)  # noqa: S311 - reproducible pictures, not secrets
    background, shape, accent = PALETTES[seed % len(PALETTES)]
    canvas = PillowImage.new("RGB", SIZE, background)
    draw = ImageDraw.Draw(canvas)
    for _ in range(7):
        x, y = rng.randrange(SIZE[0]), rng.randrange(SIZE[1])
        radius = rng.randrange(60, 260)
        colour = rng.choice([shape, accent])
        box = (x - radius, y - radius, x + radius, y + radius)
        (draw.ellipse if rng.random() < 0.6 else draw.rectangle)(box, fill=colour)
    if label:
        draw.text(
            (60, SIZE[1] - 200),
            label,
            fill="#ffffff",
            font=_font(150),
            stroke_width=6,
            stroke_fill=background,
        )
    buffer = BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    return buffer


def ensure_image(title, alt_text, seed, label=""):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    file = ImageFile(draw_picture(seed, label), name=f"{danish_slugify(title)}.jpg")
    image = Image(title=title, description=alt_text, file=file)
    image.save()
    return image


def draw_sheet(title, lines):
    """A one-page A4 task sheet as PDF."""
    page = PillowImage.new("RGB", (1240, 1754), "#ffffff")
    draw = ImageDraw.Draw(page)
    draw.text((100, 120), title, fill="#073350", font=_font(56))
    for number, line in enumerate(lines):
        draw.text((100, 280 + number * 90), line, fill="#1b1f24", font=_font(34))
    buffer = BytesIO()
    page.save(buffer, "PDF", resolution=150, title=title)
    return buffer.getvalue()


def ensure_document(title, lines):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    file = ContentFile(draw_sheet(title, lines), name=f"{danish_slugify(title)}.pdf")
    document = Document(title=title, file=file)
    document.save()
    return document
