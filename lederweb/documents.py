"""Documents are served only through Wagtail's serve view (/dokumenter/<id>/<name>), which
asks for a collection's password or login before it sends a byte (WAGTAILDOCS_SERVE_METHOD =
"serve_view"). The files themselves lie under unguessable names, and the media address of a
document file (/media/documents/…) only ever redirects to the serve view.

For speed behind nginx, DOCUMENTS_ACCEL_REDIRECT=/private-media/ (a location marked
`internal` that maps to MEDIA_ROOT) makes the serve view answer with X-Accel-Redirect, so
nginx sends the file after Django has said yes."""

import posixpath
import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.cache import cache_control
from django.views.static import serve
from wagtail.documents import get_document_model

FOLDER = "documents"


class MediaStorage(FileSystemStorage):
    """The media storage: a document's file gets a random folder of its own
    (documents/<22 random characters>/<its name>), so no one can guess its address; the name
    it is downloaded under stays the editor's."""

    def generate_filename(self, filename):
        path = PurePosixPath(filename)
        if path.parts[:1] == (FOLDER,) and len(path.parts) == 2:
            filename = str(path.parent / secrets.token_urlsafe(16) / path.name)
        return super().generate_filename(filename)


@cache_control(public=True, max_age=24 * 60 * 60)
def serve_media(request, path):
    """/media/…, where this machine serves its own uploads: a document's file only ever as a
    redirect to its serve view, whichever way its path is written (./documents/…)."""
    path = posixpath.normpath("/" + path).lstrip("/")
    if PurePosixPath(path).parts[:1] == (FOLDER,):
        document = get_document_model().objects.filter(file=path).first()
        if document is None:
            raise Http404
        return redirect(document.url)
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def sendfile(request, filename, **kwargs):
    """A SENDFILE_BACKEND for nginx (wagtail.utils.sendfile adds the headers that describe
    the file): the file is named, nginx sends it."""
    relative = PurePosixPath(filename).relative_to(settings.MEDIA_ROOT)
    response = HttpResponse()
    response["X-Accel-Redirect"] = settings.DOCUMENTS_ACCEL_REDIRECT + str(relative)
    return response
