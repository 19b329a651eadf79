from importlib import import_module

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from lederweb.bulk_loading import bulk_load
from lederweb.models import HomePage

# In order: the site tree first, then each domain's content, which hangs below it.
LOADERS = [
    "lederweb.demo.site",
    "projects.demo",
    "publications.demo",
    "events.demo",
    "courses.demo",
    "newsletter.demo",
    "stats.demo",
    "reports.demo",
    "surveys.demo",
    "projects.demo.reads",
]


class Command(BaseCommand):
    help = "Indlæser indholdet fra statusnotatet 2013. Kan køres flere gange uden at dublere."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Kun på en tom database (uden forside), som `make serve` første gang.",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            return
        with transaction.atomic(), bulk_load():
            for path in LOADERS:
                import_module(path).load()
        self.stdout.write(self.style.SUCCESS("Demoindholdet er indlæst."))
        # The search index with the demo PDFs' text read at once, not left to a worker.
        call_command("rebuild_search_index", stdout=self.stdout._out)
