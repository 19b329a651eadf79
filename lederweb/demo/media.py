"""Demo images and task sheets drawn with Pillow (no network), stored as Wagtail images and
documents. Found again by title, so loading twice creates nothing new."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from lederweb.demo.illustrations import font, picture
from lederweb.text import danish_slugify


def ensure_image(title, alt_text, seed, label="", vaeksthus=None):
    """The image with this title, drawn (a duotone pattern in the Væksthus colour) if missing.
    alt_text may hold »{pattern}«, which becomes the words for the pattern drawn."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    jpeg, pattern = picture(seed, vaeksthus, label)
    file = ImageFile(jpeg, name=f"{danish_slugify(title)}.jpg")
    image = Image(title=title, description=alt_text.format(pattern=pattern), file=file)
    image.save()
    return image


def draw_sheet(title, lines):
    """A one-page A4 task sheet as PDF."""
    page = PillowImage.new("RGB", (1240, 1754), "#ffffff")
    draw = ImageDraw.Draw(page)
    draw.text((100, 120), title, fill="#073350", font=font(56))
    for number, line in enumerate(lines):
        draw.text((100, 280 + number * 90), line, fill="#1b1f24", font=font(34))
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
