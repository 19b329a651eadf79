from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lederweb.redirect_import import import_old_paths


class Command(BaseCommand):
    help = (
        "Importerer gamle adresser fra en CSV-fil med to kolonner: gammel adresse, ny adresse "
        "(komma, semikolon eller tabulator; en første linje med kolonnenavne springes over). "
        "Nye adresser på sitet gemmes som siden selv og følger den, hvis den flyttes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--src", required=True, help="CSV-filen (UTF-8)")
        parser.add_argument(
            "--temporary", action="store_true", help="midlertidige (302) i stedet for permanente"
        )
        parser.add_argument("--dry-run", action="store_true", help="vis kun, hvad der ville ske")

    def handle(self, *args, src, temporary, dry_run, **options):
        try:
            text = Path(src).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Kan ikke læse {src}: {error}") from error
        report = import_old_paths(text, permanent=not temporary, dry_run=dry_run)
        for number, message in report.problems:
            self.stderr.write(f"Linje {number}: {message}")
        verb = "ville blive" if dry_run else "blev"
        self.stdout.write(
            f"{report.created} omdirigeringer {verb} oprettet og {report.updated} opdateret."
        )
        if report.problems:
            raise CommandError(f"{len(report.problems)} linjer kunne ikke importeres.")
