from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Opretter en administrator, hvis den ikke findes (rører ikke en eksisterende)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", required=True)
        parser.add_argument("--email", default="admin@lederweb.invalid")

    def handle(self, *args, username, password, email, **options):
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=username, defaults={"email": email, "is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(password)
            user.save()
            self.stdout.write(f"Administratoren {username} er oprettet.")
        elif not user.check_password(password):
            self.stdout.write(
                self.style.WARNING(
                    f"Administratoren {username} findes og har fået en anden adgangskode; "
                    "den printede adgangskode gælder ikke længere."
                )
            )
