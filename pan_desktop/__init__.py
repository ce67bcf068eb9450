"""PAN Desktop: the Plastic Action Network's offline knowledge and capacity-building app."""

__version__ = "0.1.0"
