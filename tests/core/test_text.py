"""Numbers as the print language writes them."""

from pan_desktop.core.text import number_text


def test_numbers_in_vietnamese_use_a_decimal_comma_and_a_thousands_dot():
    assert number_text(76.66, "vi") == "76,7" and number_text(76.66, "en") == "76.7"
    assert number_text(1234.5, "vi") == "1.234,5" and number_text(1234.5, "en") == "1,234.5"
    assert number_text(40.0, "vi") == "40" and number_text(2 / 3 * 100, "vi", 0) == "67"
