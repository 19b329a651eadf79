from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "surveys"
    verbose_name = "Spørgeundersøgelser"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from surveys import tally  # noqa: F401 - rebuilds the totals on publish
