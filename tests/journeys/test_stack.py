import pytest

pytestmark = pytest.mark.browser


def test_the_editor_logs_into_the_running_stack(dev_stack, editor_page):
    assert editor_page.locator("#id_password").count() == 0
    assert dev_stack.shell("import json; print(json.dumps(1 + 1))") == 2
