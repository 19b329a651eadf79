"""Lists, and with --delete removes, the stray drafts Wagtail 8's autosave left on »new page«
before the create form stopped autosaving (lederweb/page_editing.py says how they are told
from drafts an editor saved)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from lederweb.page_editing import autosave_only_drafts


class Command(BaseCommand):
    help = (
        "Viser (og sletter med --delete) de aldrig udgivne kladder, som kun autosave har gemt, "
        "da redaktøren åbnede »ny side« og gik fra den."
    )

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Slet kladderne.")
        parser.add_argument(
            "--idle-days",
            type=float,
            default=1,
            help="Kun kladder, ingen har rørt i så mange dage (standard 1), så ingen, der "
            "skriver lige nu, mister noget.",
        )

    def handle(self, *args, delete=False, idle_days=1, **options):
        drafts = autosave_only_drafts(timezone.now() - timedelta(days=idle_days))
        for page in drafts:
            saved = timezone.localtime(page.latest_revision.created_at)
            self.stdout.write(
                f"{page.pk}: »{page.draft_title}« under »{page.get_parent().title}«, "
                f"sidst autogemt {saved:%d.%m.%Y %H:%M}"
            )
        self.stdout.write(
            "Sider, som autosave kun gemte én gang, kan ikke skelnes fra en redaktørs »Gem "
            "kladde« og bliver stående."
        )
        if not delete:
            self.stdout.write(f"{counted(drafts)} fundet. Slet med --delete.")
            return
        for page in drafts:
            page.delete()
        self.stdout.write(f"{counted(drafts)} slettet.")


def counted(drafts):
    return f"{len(drafts)} {'kladde' if len(drafts) == 1 else 'kladder'}"
