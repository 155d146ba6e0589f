# %% [markdown]
# # 6. Explorer
#
# Pick models (ours and the seed report's), domains and paradigms; the tables and figures below
# are redrawn for that subset. In JupyterLab set `interactive = True` in the parameters cell;
# under papermill (`interactive = False`) the default subset is drawn once: our models, the seed
# report's highlighted model and reference, and its similarly sized group.

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
interactive = False  # widgets (JupyterLab) or a static default view (papermill)
models_file = None  # your models file, merged over models.yaml
data_dir = None  # generations/ and results/ live here (None: the repository's data/)
out_dir = "reports"  # tables/ and figures/ are written here

# %%
from IPython.display import display

from pareval_lib.report import widgets
from pareval_lib.report.display import setup_notebook

study = setup_notebook(globals())

# %%
if interactive:
    display(widgets.explorer(study))
else:
    widgets.explorer_view(study, **widgets.default_selection(study), save_as="6_explorer")
