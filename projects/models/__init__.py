"""Projects, their articles and their products (tools, idea collections, programmes)."""

from projects.models.articles import ArticleIndexPage, ArticlePage
from projects.models.contacts import Contact, ProjectContact, ProjectPartner
from projects.models.products import Idea, IdeaCollectionPage, ProgrammePage, ToolPage
from projects.models.projects import ProjectIndexPage, ProjectPage, product_models

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "Contact",
    "Idea",
    "IdeaCollectionPage",
    "ProgrammePage",
    "ProjectContact",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ToolPage",
    "product_models",
]
