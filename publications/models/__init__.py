from publications.models.index import PublicationIndexPage
from publications.models.order import Order
from publications.models.publication import PrintRun, PublicationPage
from publications.models.settings import OrderSettings

__all__ = ["Order", "OrderSettings", "PrintRun", "PublicationIndexPage", "PublicationPage"]
