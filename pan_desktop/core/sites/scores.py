"""Scores of an assessment, per EPO aspect and overall: (yes + ½ partly) / (items answered other than
not applicable), as a percentage with one decimal; ``None`` where nothing counts yet."""

from __future__ import annotations

from collections.abc import Iterable

# The guideline pack's aspect codes and the keys the scores are reported under, in the guideline's order.
ASPECT_KEYS = {"air": "air", "siting": "siting", "land-soil": "land_soil", "litter": "litter_debris", "water": "water"}
SCORE_KEYS = (*ASPECT_KEYS.values(), "overall")
WEIGHT = {"yes": 1.0, "partly": 0.5, "no": 0.0}


def percent(points: float, counted: int) -> float | None:
    return round(100 * points / counted, 1) if counted else None


def scores(answers: Iterable[tuple[str, str]]) -> dict[str, float | None]:
    """``{air, siting, land_soil, litter_debris, water, overall}`` from ``(aspect code, answer)`` pairs;
    an unanswered item (``""``) and ``na`` count for nothing."""
    points = dict.fromkeys(SCORE_KEYS, 0.0)
    counted = dict.fromkeys(SCORE_KEYS, 0)
    for aspect, answer in answers:
        if answer not in WEIGHT:
            continue
        for key in (ASPECT_KEYS.get(aspect), "overall"):
            if key is not None:
                points[key] += WEIGHT[answer]
                counted[key] += 1
    return {k: percent(points[k], counted[k]) for k in SCORE_KEYS}
