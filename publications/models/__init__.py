from publications.models.index import PublicationIndexPage
from publications.models.order import Order
from publications.models.publication import PrintRun, PublicationPage

__all__ = ["Order", "PrintRun", "PublicationIndexPage", "PublicationPage"]
