"""Statistics for code-generation evaluations.

Thin, tested wrappers around statsmodels and scipy, plus the few estimators they do not provide
(pass@k, ParEval's speedup_n@k / efficiency_n@k, Cohen's d on 0/1 outcomes as the seed report
computes it, performance per GB of VRAM).

Conventions:
- proportions are fractions in [0, 1]; callers convert to percent for display;
- intervals are returned as ``(low, high)`` tuples of floats;
- invalid inputs raise ``ValueError`` with a message naming the offending argument.

Submodules (everything public is re-exported here, so ``stats.proportion_ci`` keeps working):

- :mod:`~pareval_lib.analysis.stats.proportions`: proportion intervals, Fisher's exact test,
  effect sizes (Cohen's d and h), the exact McNemar test and Holm's correction;
- :mod:`~pareval_lib.analysis.stats.performance`: pass@k, speedup_n@k / efficiency_n@k,
  geometric means, bootstrap and t intervals, Levene's test;
- :mod:`~pareval_lib.analysis.stats.memory`: performance per GB of VRAM and VRAM ratios;
- :mod:`~pareval_lib.analysis.stats.clustered`: problems as the unit (cluster bootstrap of rates
  and of paired differences), Newcombe's interval for a risk difference, paired runtime ratios;
- :mod:`~pareval_lib.analysis.stats.design`: the whole design: the smallest detectable difference,
  Cochran's Q with a within-prompt permutation test, the logistic mixed model.
"""

from __future__ import annotations

from pareval_lib.analysis.stats.clustered import (
    MIN_N_BCA,
    Interval,
    cluster_bootstrap_difference,
    cluster_bootstrap_rate,
    newcombe_difference_ci,
    paired_ratio,
)
from pareval_lib.analysis.stats.design import (
    PermutationResult,
    cochran_q,
    cochran_q_permutation,
    minimum_detectable_difference,
    mixed_model,
)
from pareval_lib.analysis.stats.memory import efficiency_ratio, vram_efficiency, vram_ratio
from pareval_lib.analysis.stats.performance import (
    HypothesisTestResult,
    bootstrap_ci,
    efficiency_at_k,
    geometric_mean,
    geometric_mean_ratio,
    levene,
    pass_at_k,
    speedup_at_k,
    t_interval,
    t_interval_from_summary,
)
from pareval_lib.analysis.stats.proportions import (
    PROPORTION_CI_METHODS,
    McNemarResult,
    cohens_d_binary,
    cohens_h,
    effect_size_label,
    fisher_exact_counts,
    holm,
    mcnemar_exact,
    proportion_ci,
)

__all__ = [
    "MIN_N_BCA",
    "Interval",
    "cluster_bootstrap_difference",
    "cluster_bootstrap_rate",
    "newcombe_difference_ci",
    "paired_ratio",
    "PermutationResult",
    "cochran_q",
    "cochran_q_permutation",
    "minimum_detectable_difference",
    "mixed_model",
    "PROPORTION_CI_METHODS",
    "McNemarResult",
    "HypothesisTestResult",
    "bootstrap_ci",
    "cohens_d_binary",
    "cohens_h",
    "effect_size_label",
    "efficiency_at_k",
    "efficiency_ratio",
    "fisher_exact_counts",
    "geometric_mean",
    "geometric_mean_ratio",
    "holm",
    "levene",
    "mcnemar_exact",
    "pass_at_k",
    "proportion_ci",
    "speedup_at_k",
    "t_interval",
    "t_interval_from_summary",
    "vram_efficiency",
    "vram_ratio",
]
