"""The top menu: the front page's children that editors mark "Vis i menuer" (show_in_menus),
in the order they have in the page tree, at most six."""

MENU_SIZE = 6


def menu_pages(root):
    return root.get_children().live().in_menu()
