"""The multiple-comparison families, defined once: each question the report asks is one family,
and Holm's correction runs over all of its tests, whatever subset a table or figure displays.

A table with corrected p-values names its family in a ``holm_family`` column. Tests not listed
here (Cochran's Q over all models, the mixed model, a single pre-stated comparison) answer one
question each and are not corrected.
"""

from __future__ import annotations

#: family name -> the question and the tests in it.
FAMILIES = {
    "vs_reference": "Is each model's build success different from the reference model's? One Fisher exact test "
                    "per model (unpaired: totals only), over all models of one source.",
    "model_pairs": "Which pairs of our models differ in validity? One exact McNemar test per pair of our models, "
                   "on per-prompt outcomes, over all pairs.",
    "paradigm_gap": "Does each model do better serial than MPI? One test per model over all models of one source: "
                    "ours McNemar paired by problem, the seed report's Fisher on its totals.",
}


def family(name: str) -> str:
    """The name of a defined family (raises KeyError for one that is not defined)."""
    if name not in FAMILIES:
        raise KeyError(f"no multiple-comparison family {name!r}; defined: {', '.join(FAMILIES)}")
    return name
