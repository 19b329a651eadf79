from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses import admin_views

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("<int:pk>/", admin_views.overview, name="overview"),
    path("<int:pk>/tal.csv", admin_views.overview_csv, name="csv"),
]


@hooks.register("register_admin_urls")
def register_course_admin_urls():
    return [path("e-kurser/", include((urlpatterns, "e_kurser")))]


class CourseMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("courses.view_participant")


@hooks.register("register_admin_menu_item")
def register_course_menu_item():
    return CourseMenuItem("E-kurser", reverse("e_kurser:index"), icon_name="list-ul", order=450)
