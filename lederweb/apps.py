from django.apps import AppConfig


class LederwebConfig(AppConfig):
    name = "lederweb"
    verbose_name = "Lederweb"
