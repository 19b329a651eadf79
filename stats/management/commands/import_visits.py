from django.core.management.base import BaseCommand, CommandError

from stats.importing import BadFile, import_file


class Command(BaseCommand):
    help = (
        "Indlæser besøgstal (pr. måned eller pr. dag) fra det tidligere statistikværktøj. "
        "Kolonner: periode;besøg;sidevisninger[;besøgende]. En måned i filen erstatter "
        "det, der stod for måneden før."
    )

    def add_arguments(self, parser):
        parser.add_argument("--src", required=True, help="CSV-filen")

    def handle(self, *args, src, **options):
        def progress(month, visits):
            self.stdout.write(f"{month:%m.%Y}: {visits:,} besøg".replace(",", "."))

        try:
            count = import_file(src, progress)
        except OSError as error:
            raise CommandError(f"Filen {src} kan ikke læses: {error.strerror}") from None
        except UnicodeDecodeError:
            raise CommandError(f"Filen {src} er ikke UTF-8-tekst.") from None
        except BadFile as error:
            raise CommandError(
                "Intet er indlæst. Ret disse linjer og prøv igen:\n" + str(error)
            ) from None
        self.stdout.write(self.style.SUCCESS(f"{count} rækker er indlæst som importerede tal."))
