"""The top menu: the front page's children that editors mark "Vis i menuer" (show_in_menus),
in the order they have in the page tree, at most six."""

from lederweb.restrictions import public_pages

MENU_SIZE = 6


def menu_pages(root):
    return public_pages(root.get_children().live().in_menu())
