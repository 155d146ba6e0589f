# %% [markdown]
# # 3. Performance analysis
#
# Every generation is built, run at each rank count and validated against the serial reference
# (what is missing is evaluated now). Build rate = builds / prompts; validation rate = valid /
# builds (the seed report's "among built code"); pass rate = valid / prompts, the end-to-end
# measure the seed report never gives. Published tables are recomputed from the seed report's
# counts and split into its two groups (the H2looP models appear in both).

# %% tags=["parameters"]
models = ["smollm2-135m-q4", "reference"]  # our models (names in models.yaml)
problems = None  # problem ids, or None for the whole catalogue
problem_limit = None  # keep only the first N selected problems
domains = None  # domain slugs (dense_la, fft, ...), or None for all
paradigms = ["serial", "mpi", "openmp", "mpi+omp"]  # any subset
ranks = [1, 2, 4]  # MPI rank counts
threads = [1, 2, 4]  # OpenMP thread counts (openmp)
hybrid = ["1x1", "1x2", "2x1", "2x2"]  # ranks x threads (mpi+omp)
samples = 1  # samples per prompt
jobs = 2  # parallel builds
reps = 3  # timed repetitions (median reported)
warmup = 1
size = None  # override every problem's input size (small for smoke tests)
executor = "local"  # where candidates are built and run: "local", "dask" or "slurm" (README, On a cluster)
workers = 1  # dask/slurm: workers (Slurm jobs) at once, one candidate at a time each
scheduler = None  # dask: a running scheduler's address (None: a LocalCluster here)
cluster_config = None  # slurm: a YAML file of the site's knobs under 'slurm:'
highlight = "smollm2-135m-q4"  # our highlighted model
published_highlight = "H2looP v0.1-coder"  # highlighted model of the seed report's data
include_published = True  # show the seed report's numbers beside ours
unanswered = "count_as_failures"  # prompts a model has no generation for: "count_as_failures" or "stop"
models_file = None  # your models file, merged over models.yaml
data_dir = None  # generations/ and results/ live here (None: the repository's data/)
out_dir = "reports"  # tables/ and figures/ are written here

# %%
from pareval_lib.analysis import paradigms as paradigms_of_ours, results, tables, views
from pareval_lib.analysis.published import OURS
from pareval_lib.report import data as report_data, display

study = display.setup_notebook(globals())

# %% [markdown]
# ## 3.0 Evaluation of what is missing

# %%
evaluation_status = study.evaluate_missing()
study.save_table(evaluation_status, "evaluation_status")
data = report_data.ReportData.load(study)
display.show_table(evaluation_status, "Evaluation status", source=OURS)
display.show_note(display.evaluation_note(data))
evaluation_settings = results.settings_table(data.results)
study.save_table(evaluation_settings, "evaluation_settings")
display.show_table(evaluation_settings, "Settings these numbers rest on (records per setting)", source=OURS,
                   empty="no results yet")
outcomes = results.status_table(data.results)
study.save_table(outcomes, "outcomes")
display.show_table(outcomes, "Outcome of every prompt", source=OURS, empty="no results yet")
paradigm_check = results.paradigm_check_table(data.results)
study.save_table(paradigm_check, "paradigm_check")
display.show_table(paradigm_check, "Valid and as asked: MPI answers that communicate, OpenMP answers that open a "
                   "parallel region, serial answers on one thread",
                   source=OURS, empty="no results yet")

# %% [markdown]
# ## 3.1 Build and validation success
# ### 3.1.1 Build success rate

# %%
RATE_COLUMNS = ["group", "model", "prompts", "builds", "build_rate_pct"]
display.show_rate_tables(data, study, "3_1_1_build_rate", "Build success rate (all prompts)", "build", "all", RATE_COLUMNS)

# %% [markdown]
# ### 3.1.2 Validation success rate (among built code) and pass rate

# %%
display.show_rate_tables(data, study, "3_1_2_validation_rate", "Validation among built, and pass rate (valid / prompts)",
                         "validation", "all",
                         ["group", "model", "builds", "validated", "validation_rate_pct", "pass_rate_pct"])
display.show_note(tables.power_line(results.prompts_per_model(data.results) or 120))

# %% [markdown]
# ### 3.1.3 Build success rate, MPI

# %%
display.show_rate_tables(data, study, "3_1_3_build_rate_mpi", "Build success rate (MPI prompts)", "build", "mpi",
                         RATE_COLUMNS)

# %% [markdown]
# ### 3.1.4 Build success rate, serial

# %%
display.show_rate_tables(data, study, "3_1_4_build_rate_serial", "Build success rate (serial prompts)", "build",
                         "serial", RATE_COLUMNS)

# %% [markdown]
# ### 3.1.5 Serial against MPI
#
# The gap in build rate between a model's serial and MPI prompts. Ours are paired by problem:
# serial minus MPI over the problems with both prompts, with a paired cluster-bootstrap interval
# and Newcombe's interval, and McNemar's exact test on the per-prompt outcomes (majority of
# samples), Holm-corrected over the models. The seed report gives only totals, so its side gets
# the unpaired Fisher exact test (Holm over its table): read those p-values as a screen.

# %%
published_gap, our_gap = data.paradigm_gap()
study.save_table(views.combine(published_gap, our_gap), "3_1_5_serial_vs_mpi")
display.show_side_by_side(published_gap, our_gap, "Serial against MPI build success",
                          ["model", "problems", "serial_pct", "mpi_pct", "difference_pct", "cluster_low_pct",
                           "cluster_high_pct", "newcombe_low_pct", "newcombe_high_pct", "serial_only", "mpi_only",
                           "mcnemar_pvalue", "pvalue_holm"],
                          published_columns=["model", "serial_build_rate_pct", "mpi_build_rate_pct", "gap_pct_points",
                                             "fisher_pvalue", "fisher_pvalue_holm"])

# %% [markdown]
# ## 3.2 Runtime and speedup
#
# The seed report's form: arithmetic mean runtime of valid candidates (ours: serial at 1 rank, MPI
# at the largest rank count) and mean speedup over the serial reference (ours: timed by the
# problem's checker in its own process, beside the candidate's runs). Each model's mean is over
# its own valid problems, and problems differ in runtime by orders of magnitude, so these means
# are **not comparable between models**: they are kept to reproduce the seed report. Section
# 3.2.1 gives the comparable figure; section 4 bootstraps speedups.

# %%
published_runtime, our_runtime = data.runtime_tables()
study.save_table(views.combine(published_runtime, our_runtime), "3_2_runtime")
RUNTIME_COLUMNS = ["model", "serial_mean_runtime_s", "mpi_mean_runtime_s", "speedup_2", "speedup_4",
                   "n_valid_serial", "n_valid_mpi"]
display.show_side_by_side(published_runtime, our_runtime, "Runtime and speedup (as published: not comparable "
                          "between models)", RUNTIME_COLUMNS)

# %% [markdown]
# ### 3.2.1 Runtime relative to the serial reference
#
# Per model, paradigm and rank count: the geometric mean over problems of the candidate's runtime
# divided by the reference's on the same input (medians over a prompt's valid samples), with a
# 95% bootstrap interval over problems and the number of problems it rests on. Below 1 is faster
# than the reference. The seed report gives no such figure.

# %%
reference_ratios = results.reference_ratios(data.results)
study.save_table(reference_ratios, "3_2_1_runtime_over_reference")
display.show_table(reference_ratios, "Runtime / serial reference, geometric mean over problems", source=OURS,
                   empty="no valid runs yet")

# %% [markdown]
# ### 3.2.2 Timing noise
#
# How steady the timings were: the spread of each run's repetitions ((max - min) / median) at the
# median and 90th percentile over valid runs, the repetitions per run (they adapt: more while the
# last ones spread by more than the target), the runs that ended without meeting the target
# ("unsteady": read their numbers with care), the load average when the run was timed, and whether the rank count exceeded the machine's cores (oversubscribed: those
# timings understate the code, and figures ring them). Every repetition is kept in the records.

# %%
noise = results.timing_noise_table(data.results)
study.save_table(noise, "3_2_2_timing_noise")
display.show_table(noise, "Timing noise of valid runs", source=OURS, empty="no valid runs yet")

# %% [markdown]
# ## 3.3 Runtime statistics of the highlighted models
#
# Mean ± SD with a 95% t interval for the mean, serial and MPI.

# %%
STATS_COLUMNS = ["model", "serial_mean_runtime_s", "serial_sd_runtime_s", "serial_ci_low_s", "serial_ci_high_s",
                 "n_valid_serial", "mpi_mean_runtime_s", "mpi_sd_runtime_s", "mpi_ci_low_s", "mpi_ci_high_s",
                 "n_valid_mpi"]
display.show_side_by_side(display.rows_of(published_runtime, study.highlighted()),
                          display.rows_of(our_runtime, study.highlighted()),
                          "Runtime statistics (highlighted models)", STATS_COLUMNS)

# %% [markdown]
# ## 3.4 Resource efficiency: build success per GB
#
# Build rate (%) divided by memory (GB): declared VRAM for the seed report's models, measured peak
# memory of generation for ours (resident memory on CPU, GPU memory on a GPU). The efficiency ratio
# is relative to the highlighted model; "Reference is N x more efficient" is its inverse.

# %%
published_vram, our_vram = data.vram_tables()
study.save_table(views.combine(published_vram, our_vram), "3_4_perf_per_gb")
display.show_side_by_side(published_vram, our_vram, "Build success per GB of memory",
                          ["model", "vram_gb", "rate_pct", "perf_per_gb", "efficiency_ratio",
                           "reference_times_more_efficient"],
                          empty_ours="none of our models has a memory figure yet (local models are measured while "
                                     "they generate)")

# %% [markdown]
# ## 3.5 Domains: serial against MPI
#
# The seed report gives only per-paradigm totals of its highlighted models (3.5.1); our results
# break down by domain.

# %%
domain_table = data.domain_table()
study.save_table(domain_table, "3_5_domains")
display.show_side_by_side(
    display.rows_of(views.paradigm_rates(data.published), data.highlighted_published_models())
    if data.published else None,
    results.domain_pivot(domain_table),
    "Build and pass rate per domain, serial against MPI",
    published_columns=["model", "paradigm", "k", "n", "rate_pct"],
)

# %% [markdown]
# ## 3.6 The four paradigms side by side (our runs)
#
# Serial, MPI, OpenMP (1, 2 and 4 threads) and MPI+OpenMP (ranks x threads). The seed report has
# serial and MPI only, so its columns above stay those two; these rows are ours. Flagged: valid,
# but the paradigm check says the answer did not use its paradigm (no parallel region, no MPI
# communication); threads beyond: seen running more threads than its layout allows. Speedups are
# over the same serial reference for every paradigm, per layout (workers = ranks x threads).

# %%
paradigm_rows = paradigms_of_ours.paradigm_table(data.results)
study.save_table(paradigm_rows, "3_6_paradigms")
display.show_table(paradigm_rows, "Build and pass rate, paradigm checks and speedup at 2 workers, per paradigm",
                   source=OURS, empty="no results yet")
paradigm_speedups = paradigms_of_ours.paradigm_speedup_table(data.results)
study.save_table(paradigm_speedups, "3_6_paradigm_speedups")
display.show_table(paradigm_speedups, "Speedup over the serial reference per paradigm and layout (geometric mean)",
                   source=OURS, empty="no valid parallel answers yet")
