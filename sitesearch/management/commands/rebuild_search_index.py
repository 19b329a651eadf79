from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Page

from sitesearch import lexicon
from sitesearch.documents import extract, unread_documents
from sitesearch.indexing import index_in_batches
from sitesearch.models import SearchDocument

BAR_WIDTH = 30


def progress_bar(stdout, label):
    """A function (done, total) that redraws one line: "Sider  [#####-----]  50 %  (5/10)"."""

    live = stdout.isatty()

    def show(done, total):
        if not live and done < total:
            return  # a log gets the finished bar only
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        percent = 100 * done // total if total else 100
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        end = "\n" if done >= total else ""
        stdout.write(f"\r{label:<6} [{bar}] {percent:3d} %  ({done}/{total})", ending=end)
        stdout.flush()

    return show


class Command(BaseCommand):
    help = (
        "Bygger søgeindekset (/soeg/) op på ny fra alle offentlige sider, med teksten i "
        "deres PDF'er og ordlisten til »Mente du …?«. Kan køres flere gange."
    )

    def handle(self, *args, **options):
        # PDFs first, here rather than by a worker, so the index is complete when this ends.
        unread = unread_documents()
        show = progress_bar(self.stdout, "PDF'er")
        for done, document in enumerate(get_document_model().objects.filter(pk__in=unread), 1):
            extract(document)
            show(done, len(unread))
        page_ids = list(Page.objects.live().filter(depth__gt=1).values_list("pk", flat=True))
        with transaction.atomic():
            SearchDocument.objects.filter(page__live=False).delete()
            index_in_batches(
                page_ids, count_words=False, progress=progress_bar(self.stdout, "Sider")
            )
            lexicon.rebuild()
        count = SearchDocument.objects.count()
        self.stdout.write(self.style.SUCCESS(f"Søgeindekset er bygget: {count} sider."))
