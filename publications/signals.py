from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model

from publications.models import PublicationPage
from publications.pdf import count_pdf_pages


@receiver(post_save, sender=get_document_model())
def recount_pages_of_replaced_pdf(sender, instance, **kwargs):
    """An editor can replace a document's file in place; publications showing it then get
    the new page count, counted once here rather than on every request."""
    stale = PublicationPage.objects.filter(document=instance).exclude(
        page_count_source=instance.file.name
    )
    if stale.exists():
        stale.update(page_count=count_pdf_pages(instance), page_count_source=instance.file.name)
