# %% [markdown]
# # 1. Problem set
#
# Each problem of the benchmark is a C++ function to write twice: serially, and with MPI (MPI is
# initialised, every rank holds the whole input, the result is needed on rank 0). A driver builds
# the candidate, checks it against the serial reference on several inputs and times it. The seed
# report's section 1 describes 60 problems (120 prompts) in 12 domains (its text says 6); the
# tables below set what it printed beside the catalogue this report was run on.

# %% tags=["parameters"]
models = ["smollm2-135m-q4", "reference"]  # our models (names in models.yaml)
problems = None  # problem ids, or None for the whole catalogue
problem_limit = None  # keep only the first N selected problems
domains = None  # domain slugs (dense_la, fft, ...), or None for all
paradigms = ["serial", "mpi", "openmp", "mpi+omp"]  # any subset
ranks = [1, 2, 4]  # MPI rank counts
samples = 1  # samples per prompt
reps = 3  # timed repetitions (median reported)
warmup = 1
size = None  # override every problem's input size (small for smoke tests)
include_published = True  # show the seed report's numbers beside ours
data_dir = None  # generations/ and results/ live here (None: the repository's data/)
out_dir = "reports"  # tables/ and figures/ are written here

# %%
from pareval_lib.analysis import views
from pareval_lib.analysis.published import OURS
from pareval_lib.report import data as report_data, display

study = display.setup_notebook(globals())
selected = study.problem_list()

# %% [markdown]
# ## 1.1 Benchmark overview

# %%
display.show_side_by_side(views.published_benchmark_summary(), report_data.benchmark_summary(study), "Benchmark size")

# %% [markdown]
# ## 1.2 Problems by domain and paradigm

# %%
counts = views.problem_counts(selected, study.paradigms)
domains = views.published_domain_table(selected)
study.save_table(counts, "problem_counts")
study.save_table(domains, "domains")
display.show_side_by_side(
    domains, counts, "Domains: the seed report's table (1.3) and our problems and prompts per domain",
    published_columns=["domain", "description", "complexity_characteristics", "our_problems"],
)

# %% [markdown]
# ## 1.3 The problems

# %%
problem_table = views.problem_table(selected)
study.save_table(problem_table, "problems")
display.show_table(problem_table, f"{len(problem_table)} problems", source=OURS)

# %% [markdown]
# ## 1.4 Evaluation method

# %%
display.show_note(display.method_note(study))
