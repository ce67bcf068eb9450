"""What a person can choose for any printable: paper, language, large print, black and white, their
organisation's name, logo and signatories, and the date printed in the footer."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from pan_desktop.core.errors import Problem, ValidationError

PAPERS = ("A4", "A5", "Letter")
LANGS = ("vi", "en", "both")


@dataclass(frozen=True)
class PrintOptions:
    """Options shared by every printable.

    ``lang`` ``both`` prints Vietnamese first with the English beneath it. ``bw`` keeps every tint to
    greys (photocopy-safe); the default palette already reads well in black and white. ``large_print``
    sets the body text at 14 pt or more.
    """

    paper: str = "A4"
    lang: str = "vi"
    large_print: bool = False
    bw: bool = False
    org_name: str = ""
    org_logo: str = ""
    signatories: tuple[str, ...] = ()  # the names printed under the signature lines of certificates
    print_date: date = field(default_factory=date.today)
    qr: bool = True

    def __post_init__(self) -> None:
        problems = []
        if self.paper not in PAPERS:
            problems.append(Problem("paper", "invalid", f"paper must be one of {', '.join(PAPERS)}, not '{self.paper}'"))
        if self.lang not in LANGS:
            problems.append(Problem("lang", "invalid", f"language must be one of {', '.join(LANGS)}, not '{self.lang}'"))
        if problems:
            raise ValidationError(problems)

    @classmethod
    def from_settings(cls, settings, **overrides) -> "PrintOptions":
        """Options with the organisation's name, logo and signatories from
        :class:`pan_desktop.core.settings.Settings`."""
        names = tuple(n.strip() for n in (getattr(settings, "signatory_1", ""), getattr(settings, "signatory_2", ""))
                      if isinstance(n, str) and n.strip())
        base = cls(org_name=getattr(settings, "org_name", "") or "", org_logo=getattr(settings, "org_logo", "") or "",
                   signatories=names)
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def langs(self) -> tuple[str, ...]:
        """The languages to print, in order."""
        return ("vi", "en") if self.lang == "both" else (self.lang,)

    @property
    def primary(self) -> str:
        return "en" if self.lang == "en" else "vi"
