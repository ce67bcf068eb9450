"""Scores of an assessment, per EPO aspect and overall: (yes + ½ partly) / (items answered other than
not applicable), as a percentage with one decimal; ``None`` where nothing counts yet."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

# The guideline pack's aspect codes and the keys the scores are reported under, in the guideline's order.
ASPECT_KEYS = {"air": "air", "siting": "siting", "land-soil": "land_soil", "litter": "litter_debris", "water": "water"}
SCORE_KEYS = (*ASPECT_KEYS.values(), "overall")
HALF_POINTS = {"yes": 2, "partly": 1, "no": 0}  # in halves, so the database can sum them as integers


def percent(half_points: int, counted: int) -> float | None:
    return round(50 * half_points / counted, 1) if counted else None


def from_totals(totals: dict[str, tuple[int, int]]) -> dict[str, float | None]:
    """Scores from ``{aspect code: (half points, items counted)}``."""
    points = dict.fromkeys(SCORE_KEYS, 0)
    counted = dict.fromkeys(SCORE_KEYS, 0)
    for aspect, (p, n) in totals.items():
        for key in (ASPECT_KEYS.get(aspect), "overall"):
            if key is not None:
                points[key] += p
                counted[key] += n
    return {k: percent(points[k], counted[k]) for k in SCORE_KEYS}


def scores(answers: Iterable[tuple[str, str]]) -> dict[str, float | None]:
    """``{air, siting, land_soil, litter_debris, water, overall}`` from ``(aspect code, answer)`` pairs;
    an unanswered item (``""``) and ``na`` count for nothing."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for aspect, answer in answers:
        if answer in HALF_POINTS:
            totals[aspect][0] += HALF_POINTS[answer]
            totals[aspect][1] += 1
    return from_totals({a: (p, n) for a, (p, n) in totals.items()})
