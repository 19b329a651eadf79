"""By hand what beat does weekly: compose an issue from what was published since the last
one and hand it to the Celery workers."""

import sys
import time

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from newsletter import planning, sending
from newsletter.models import Issue


class Command(BaseCommand):
    help = "Sammensætter ugens nyhedsbrev og sender det via Celery-workerne."

    def add_arguments(self, parser):
        parser.add_argument(
            "--wait", action="store_true", help="Vent, til alle mails er sendt eller fejlet."
        )
        parser.add_argument("--timeout", type=float, default=24 * 3600)

    def handle(self, *args, wait=False, timeout=0, **options):
        with transaction.atomic():
            issue = planning.compose(timezone.now())
            if issue is None:
                self.stdout.write("Intet nyt siden sidste nyhedsbrev – der er ikke sendt noget.")
                return
            sending.start(issue.pk)
            total = issue.deliveries.count()
            if not total:
                # An issue for nobody would use up the week's content (a new site with no
                # subscribers yet): undo it, so the content waits for the first real issue.
                transaction.set_rollback(True)
                self.stdout.write(
                    "Ingen modtagere: der er ingen bekræftede abonnenter, som nyhedsbrevet skal "
                    "til. Der er ikke sendt noget, og det nye indhold venter til næste gang."
                )
                return
        self.stdout.write(f"Nyhedsbrev {issue.pk} »{issue.subject}« sendes til {total} modtagere.")
        if wait:
            self.wait(issue, timeout)

    def wait(self, issue, timeout):
        deadline = time.monotonic() + timeout
        tty = sys.stdout.isatty()
        while True:
            figures = settled_progress(issue)
            if tty:
                self.stdout.write("\r" + bar(figures), ending="")
                self.stdout.flush()
            if not figures["pending"] or issue.status != Issue.Status.SENDING:
                break
            if time.monotonic() > deadline:
                self.stderr.write("\nGav op at vente.")
                break
            time.sleep(0.5)
        if tty:
            self.stdout.write("")
        self.stdout.write(
            f"Sendt: {figures['sent']}, fejlet: {figures['failed']}, "
            f"sprunget over: {figures['skipped']}, venter: {figures['pending']} "
            f"(status: {figures['status_label']})"
        )
        if issue.status == Issue.Status.PAUSED:
            self.stderr.write(f"På pause: {issue.pause_reason}")


def settled_progress(issue):
    """The figures as the database has them. With nothing left pending the issue is closed
    first, as the last chunk or beat's watchdog would close it: an issue with no recipients
    has no chunk to do so, and would otherwise still read »Sendes« here."""
    issue.refresh_from_db()
    figures = sending.progress(issue)
    if figures["pending"] or not sending.finish_if_done(issue.pk):
        return figures
    issue.refresh_from_db()
    return sending.progress(issue)


def bar(figures, width=30):
    filled = int(width * figures["percent"] / 100)
    return (
        f"[{'#' * filled}{'.' * (width - filled)}] {figures['percent']:5.1f} % "
        f"sendt {figures['sent']}, fejlet {figures['failed']}, venter {figures['pending']}"
    )
