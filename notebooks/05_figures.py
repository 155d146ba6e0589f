# %% [markdown]
# # 5. Figures
#
# Every figure has a panel per source, "Published (seed report)" and "Our runs", where the data
# allow. Highlighted models are orange, hatched or star-marked, with bold labels. Each figure is
# saved as PNG and SVG in `figures/`.

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
from pareval_lib.analysis import figures, paradigms as paradigms_of_ours, results
from pareval_lib.report import data as report_data, display

study = display.setup_notebook(globals())
data = report_data.ReportData.load(study)
highlighted = study.highlighted()

# %% [markdown]
# ## 5.1 Build and validation success, by model group

# %%
display.show_figure(figures.success_bars(data.rate_bars("build"), highlight=highlighted,
                                         title="Build success rate by model group"), study, "5_1_build_success")
display.show_figure(figures.success_bars(data.rate_bars("validation"), value="validation_rate_pct",
                                         xlabel="Validation success among built code (%)", highlight=highlighted,
                                         beside=("pass_rate_pct", "Pass rate: valid / prompts (%)"),
                                         title="Validation among built, and pass rate, by model group"),
                    study, "5_1_validation_success")

# %% [markdown]
# ## 5.2 MPI against serial

# %%
display.show_figure(figures.paradigm_bars(data.paradigm_rates("build"), highlight=highlighted,
                                          title="Build success: MPI against serial"), study, "5_2_mpi_vs_serial")
display.show_figure(figures.status_bars(results.status_table(data.results)), study, "5_2_outcomes")

# %% [markdown]
# ## 5.3 Confidence intervals and effect sizes

# %%
display.show_figure(figures.interval_plot(data.intervals("wilson"), highlight=highlighted), study,
                    "5_3_confidence_intervals")
display.show_figure(figures.cohens_d_plot(data.cohens_d(), highlight=highlighted), study, "5_3_cohens_d")

# %% [markdown]
# ## 5.4 VRAM efficiency
#
# Build success against memory on a log axis. Each source has its own efficiency frontier (the
# models no other model of that source beats with both less memory and a higher build rate):
# declared VRAM and our measured memory are different quantities.

# %%
display.show_figure(figures.vram_scatter(data.vram_points(), highlight=highlighted), study, "5_4_vram_efficiency")

# %% [markdown]
# ## 5.5 Per-domain profile

# %%
profile_model = data.our_reference()
display.show_figure(figures.domain_profile(data.domain_table(), profile_model or "",
                                           data.published_paradigm_rates(study.published_highlight)),
                    study, "5_5_domain_profile")

# %% [markdown]
# ## 5.6 Runtime and speedup trends
#
# Our runtimes as the geometric mean of candidate / reference runtime over the problems a model
# solved (n per point), then the arithmetic means of raw seconds as the seed report gives them:
# those average different problems per model and are not comparable between models.

# %%
display.show_figure(figures.runtime_ratio_plot(results.reference_ratios(data.results), highlight=highlighted),
                    study, "5_6_runtime_ratios")
display.show_figure(figures.runtime_trends(data.runtimes(), highlight=highlighted), study, "5_6_runtime_trends")
display.show_figure(figures.speedup_trends(data.speedups(), highlight=highlighted), study, "5_6_speedup_trends")

# %% [markdown]
# ## 5.7 The four paradigms side by side (our runs)
#
# Pass rate per paradigm with Wilson intervals, and speedup against workers (ranks x threads) per
# paradigm, the best layout at each count; the seed report has no OpenMP numbers to set beside.

# %%
display.show_figure(figures.paradigm_figure(paradigms_of_ours.paradigm_table(data.results),
                                            paradigms_of_ours.paradigm_speedup_table(data.results)),
                    study, "5_7_paradigms")
