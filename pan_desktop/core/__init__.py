"""The whole product without a screen. Nothing under this package imports Qt."""
