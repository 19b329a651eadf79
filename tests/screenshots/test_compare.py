"""The comparison behind the visual-regression test: anti-aliasing noise is no difference, a
changed colour, a moved block or a longer page is."""

from PIL import Image, ImageDraw

from tests.screenshots.capture import SHARE, TOLERANCE, differing_share


def page(size=(200, 100), block=(20, 20, 60, 40), colour=(0, 90, 160)):
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle(block, fill=colour)
    return image


def test_the_same_picture_does_not_differ():
    share, picture = differing_share(page(), page())
    assert share == 0
    assert picture.size == (200, 100)


def test_noise_under_the_tolerance_does_not_differ():
    share, _ = differing_share(page(), page(colour=(0, 90, 160 - TOLERANCE)))
    assert share == 0


def test_a_changed_colour_differs_where_it_changed():
    share, picture = differing_share(page(), page(colour=(0, 90, 160 - TOLERANCE - 1)))
    assert share == 41 * 21 / (200 * 100) > SHARE
    assert picture.getpixel((30, 30)) == (220, 0, 0)
    assert picture.getpixel((100, 80)) != (220, 0, 0)


def test_a_moved_block_and_a_longer_page_differ():
    moved, _ = differing_share(page(), page(block=(22, 20, 62, 40)))
    assert moved == 2 * 2 * 21 / (200 * 100)
    longer, _ = differing_share(page(), page(size=(200, 120)))
    assert longer == 20 * 200 / (200 * 120)


def test_what_is_painted_over_in_either_shot_is_not_compared():
    magenta = (255, 0, 255)
    shorter, _ = differing_share(
        page(block=(20, 20, 60, 40), colour=magenta), page(block=(20, 20, 60, 50), colour=magenta)
    )
    assert shorter == 0
    longer, _ = differing_share(page(), page(size=(200, 120)))
    assert longer == 20 * 200 / (200 * 120)  # the padding of a longer page still differs
