from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Gør databasen klar til `make dev` og `make serve` i én proces: migrerer, samler de "
        "statiske filer (--collectstatic), indlæser demoindholdet og sikrer administratoren."
    )

    def add_arguments(self, parser):
        parser.add_argument("--collectstatic", action="store_true")
        parser.add_argument(
            "--demo-if-empty",
            action="store_true",
            help="Demoindholdet kun på en tom database (`make serve`).",
        )
        parser.add_argument("--admin-password", help="Sikrer administratoren admin.")

    def handle(self, *args, collectstatic, demo_if_empty, admin_password, **options):
        # One process instead of one manage.py per step: each start of Django and Wagtail
        # costs about two seconds, and a second `make dev` must serve within 30 s.
        call_command("migrate", interactive=False, verbosity=0)
        if collectstatic:
            call_command("collectstatic", interactive=False, verbosity=0)
        call_command("load_demo_content", if_empty=demo_if_empty, stdout=self.stdout._out)
        if admin_password:
            call_command(
                "ensure_admin",
                username="admin",
                password=admin_password,
                stdout=self.stdout._out,
            )
