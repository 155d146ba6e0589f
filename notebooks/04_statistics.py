# %% [markdown]
# # 4. Statistical analysis
#
# Each prompt is one trial with a 0/1 outcome. Rates get 95% Wilson intervals (the seed report's
# printed intervals are Wald intervals, p ± z·sqrt(p(1-p)/n), though it quotes a t formula; they
# can leave [0, 100] %). Effect sizes: Cohen's d on 0/1 outcomes with the pooled population SD
# (the seed's definition) and Cohen's h. Our models answered the same prompts, so they are
# compared pairwise with McNemar's exact test, Holm-corrected across the matrix; from published
# totals only unpaired tests are possible. pass@k uses the unbiased estimator; speedups are
# summarised by geometric means with BCa bootstrap intervals over problems.

# %% tags=["parameters"]
models = ["smollm2-135m-q4", "reference"]  # our models (names in models.yaml)
problems = None  # problem ids, or None for the whole catalogue
problem_limit = None  # keep only the first N selected problems
domains = None  # domain slugs (dense_la, fft, ...), or None for all
paradigms = ["serial", "mpi", "openmp", "mpi+omp"]  # any subset
samples = 1  # samples per prompt
highlight = "smollm2-135m-q4"  # our highlighted model
published_highlight = "H2looP v0.1-coder"  # highlighted model of the seed report's data
published_reference = "H2looP v0.1-multimodal"  # the seed report's Cohen's d reference
include_published = True  # show the seed report's numbers beside ours
unanswered = "count_as_failures"  # prompts a model has no generation for: "count_as_failures" or "stop"
models_file = None  # your models file, merged over models.yaml
data_dir = None  # generations/ and results/ live here (None: the repository's data/)
out_dir = "reports"  # tables/ and figures/ are written here

# %%
from pareval_lib.analysis import figures, paradigms as paradigms_of_ours, results, tables, views
from pareval_lib.analysis.published import OURS, PUBLISHED
from pareval_lib.report import data as report_data, display

study = display.setup_notebook(globals())
data = report_data.ReportData.load(study)

# %% [markdown]
# ## 4.1 Confidence intervals
# ### 4.1.1 Build and validation rates with 95% intervals

# %%
published_intervals, our_intervals = data.interval_tables("wilson")
study.save_table(views.combine(published_intervals, our_intervals), "4_1_1_intervals")
display.show_side_by_side(
    views.with_printed_intervals(published_intervals), our_intervals, "Build and validation rates, 95% intervals",
    ["model", "build_rate_pct", "build_low_pct", "build_high_pct", "validation_rate_pct", "validation_low_pct",
     "validation_high_pct"],
    published_columns=["model", "build_rate_pct", "build_ci_printed", "build_wald_low_pct", "build_wald_high_pct",
                       "build_low_pct", "build_high_pct", "validation_ci_printed", "validation_low_pct",
                       "validation_high_pct"],
)
display.show_note("Published: `*_ci_printed` is the seed report's text, `*_wald_*` our Wald recomputation from its "
                  "counts, `*_low/high_pct` the Wilson interval. Ours: Wilson.")

# %% [markdown]
# ### 4.1.2 Effect sizes against a reference model
#
# Against H2looP v0.1-multimodal for the published data (as in the seed report) and against our
# highlighted model for ours. The primary effect is the risk difference (percentage points, model
# minus reference) with Newcombe's 95% interval; Cohen's h beside it; Cohen's d is kept to
# reproduce the seed report (|d| < 0.2 negligible, < 0.5 small, < 0.8 medium, else large; d is
# ±inf when both rates are 0 or 100 %, drawn at the plot's edge). The Fisher p-value is unpaired
# and Holm-corrected over each table.

# %%
published_d, our_d = data.cohens_d_tables()
study.save_table(views.combine(published_d, our_d), "4_1_2_cohens_d")
display.show_side_by_side(published_d, our_d, "Build success against the reference: risk difference, h and d",
                          ["model", "reference", "rate_pct", "difference_pct", "newcombe_low_pct", "newcombe_high_pct",
                           "cohens_h", "cohens_d", "magnitude", "fisher_pvalue_holm"])

# %% [markdown]
# ### 4.1.3 Effect-size matrices
#
# Cohen's d and Cohen's h of build success for every pair of models (row model against column
# model); the full matrices are in `tables/4_1_3_cohens_d_matrix.csv` and `4_1_3_cohens_h_matrix.csv`.

# %%
for effect, label in (("d", "Cohen's d"), ("h", "Cohen's h")):
    pairs = data.effect_pairs(effect)
    study.save_table(pairs.pivot_table(index=["source", "model"], columns="other", values="value", sort=False)
                     if not pairs.empty else pairs, f"4_1_3_cohens_{effect}_matrix")
    display.show_figure(figures.effect_heatmap(pairs, highlight=study.highlighted(), effect=label), study,
                        f"4_1_3_cohens_{effect}_matrix")

# %% [markdown]
# ## 4.2 Paired tests on our prompts: McNemar with Holm correction
#
# For every pair of our models, the prompts only one of them got right (`a_only`, `b_only`; one
# outcome per prompt, the majority of its samples) and the exact McNemar p-value, Holm-corrected
# over all pairs. The seed report publishes no
# per-prompt outcomes, so this table has no published flavour.

# %%
mcnemar = results.mcnemar_pairs(data.results)
study.save_table(mcnemar, "4_2_mcnemar")
display.show_side_by_side(None, mcnemar, "McNemar's exact test (valid outcome) with Holm correction",
                          empty_published="the seed report gives no per-prompt outcomes",
                          empty_ours="needs at least two of our models with results")

# %% [markdown]
# ### 4.2.1 Problems as the unit
#
# Samples of one prompt, and the serial and MPI prompts of one problem, are not independent
# trials. Validation rates below get intervals from a bootstrap that resamples whole problems
# (beside the Wilson interval that treats every sample as a trial). The serial-vs-MPI gap is
# paired by problem: the difference with a paired cluster-bootstrap interval and Newcombe's
# interval, Cohen's h, and McNemar's exact test on per-prompt outcomes (majority of samples),
# Holm-corrected over the models. Model against model: the geometric mean of per-problem runtime
# ratios on the problems both solved, with n and a bootstrap interval over problems (BCa from 20
# problems on, percentile below, none below 3).

# %%
unit = results.problem_unit_tables(data.results)
for name, frame in unit.items():
    study.save_table(frame, f"4_2_1_{name}")
display.show_table(unit["clustered_rates"], "Validation rate, intervals over problems", source=OURS,
                   empty="no results yet")
display.show_table(unit["paradigm_gap"], "Serial minus MPI, paired by problem", source=OURS,
                   empty="needs results in both paradigms")
display.show_table(unit["runtime_ratios"], "Runtime of model A over model B on the problems both solved",
                   source=OURS, empty="needs at least two of our models with results")

# %% [markdown]
# ### 4.2.2 The whole design
#
# Are our models equally good? Cochran's Q on the prompts every model answered (one outcome per
# prompt, the majority of its samples), with a p-value from permuting the model labels within each
# prompt, and a logistic mixed model `valid ~ model * paradigm + (1 | problem)` over every sample
# (statsmodels' Bayesian binomial mixed GLM, variational fit; log-odds with 95% intervals; terms
# with one level are left out). Families: each test below is its own question, not corrected with
# the pairwise tables above.

# %%
design = results.design_tables(data.results)
for name, frame in design.items():
    study.save_table(frame, f"4_2_2_{name}")
display.show_table(design["model_effect"], "All models equally good? Cochran's Q, permutation test", source=OURS,
                   empty="needs at least two of our models with results")
display.show_table(design["mixed_model"], "Logistic mixed model of validity", source=OURS, empty="no results yet")
display.show_note(tables.power_line(results.prompts_per_model(data.results)))

# %% [markdown]
# ## 4.3 pass@k and speedup@k

# %%
pass_at_k, speedup_at_k = results.at_k_tables(data.results, study.samples)
study.save_table(pass_at_k, "4_3_pass_at_k")
study.save_table(speedup_at_k, "4_3_speedup_at_k")
display.show_side_by_side(views.paradigm_rates(data.published, "pass", ["all"])
                          if data.published else None, pass_at_k,
                          "pass@k (published: pass rate = pass@1 from its single sample)",
                          published_columns=["model", "paradigm", "k", "n", "rate_pct"])
display.show_table(speedup_at_k, "speedup@k and efficiency@k (ParEval)", source=OURS, empty="no results yet")

# %% [markdown]
# ## 4.4 Speedups: geometric means with bootstrap intervals
#
# Speedup of each valid MPI candidate over the serial reference, summarised per model and rank
# count by the geometric mean over problems with a 95% BCa bootstrap interval (resampling
# problems). The seed report averages speedups arithmetically and gives no interval.

# %%
speedups = results.bootstrap_speedups(data.results)
study.save_table(speedups, "4_4_bootstrap_speedups")
published_speedups = display.rows_of(data.speedups(), None, source=PUBLISHED)
display.show_side_by_side(published_speedups, speedups, "Speedup over the serial reference",
                          ["model", "ranks", "problems", "geomean_speedup", "ci_low", "ci_high", "mean_speedup"],
                          published_columns=["model", "ranks", "speedup", "statistic"])

# %% [markdown]
# ## 4.5 Resource efficiency
#
# Build rate per GB, computed consistently (section 3.4) next to what the seed report printed
# (its performance/GB column mixes units; see `data/published/DISCREPANCIES.md`).

# %%
published_vram, our_vram = data.vram_tables()
display.show_side_by_side(views.with_printed_perf_per_gb(published_vram), our_vram, "Build success per GB",
                          ["model", "vram_gb", "rate_pct", "perf_per_gb", "efficiency_ratio"],
                          published_columns=["model", "vram_gb", "rate_pct", "perf_per_gb", "perf_per_gb_text",
                                             "efficiency_ratio", "efficiency_ratio_printed"])

# %% [markdown]
# ## 4.6 The paradigm gap: serial against each parallel paradigm (our runs)
#
# Per model, on the problems with both prompts: pass rates, the difference with a paired cluster
# bootstrap over problems, Cohen's h and McNemar's exact test, Holm-corrected over every row.

# %%
paradigm_gap = paradigms_of_ours.paradigm_gap_table(data.results)
study.save_table(paradigm_gap, "4_6_paradigm_gap")
display.show_table(paradigm_gap, "Serial against MPI, OpenMP and MPI+OpenMP, paired by problem", source=OURS,
                   empty="no model has serial and parallel results on the same problems")
