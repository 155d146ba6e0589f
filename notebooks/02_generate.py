# %% [markdown]
# # 2. Models and generation
#
# The seed report evaluated 11 models through endpoints we do not have; its section 2 lists their
# sizes and declared VRAM. Our models are the entries of `models.yaml` chosen for this run: they
# generate here (what is missing is generated now; earlier generations are kept), and for local
# models the peak memory and throughput of generation are measured.

# %% tags=["parameters"]
models = ["smollm2-135m-q4", "reference"]  # our models (names in models.yaml)
problems = None  # problem ids, or None for the whole catalogue
problem_limit = None  # keep only the first N selected problems
domains = None  # domain slugs (dense_la, fft, ...), or None for all
paradigms = ["serial", "mpi", "openmp", "mpi+omp"]  # any subset
samples = 1  # samples per prompt
highlight = "smollm2-135m-q4"  # our highlighted model
published_highlight = "H2looP v0.1-coder"  # highlighted model of the seed report's data
include_published = True  # show the seed report's numbers beside ours
models_file = None  # your models file, merged over models.yaml
max_tokens = None  # generation length override
data_dir = None  # generations/ and results/ live here (None: the repository's data/)
out_dir = "reports"  # tables/ and figures/ are written here

# %%
from pareval_lib.analysis import views
from pareval_lib.analysis.published import OURS
from pareval_lib.report import data as report_data, display

study = display.setup_notebook(globals())

# %% [markdown]
# ## 2.1 Generation of what is missing

# %%
generation_status = study.generate_missing()
study.save_table(generation_status, "generation_status")
display.show_table(generation_status, "Generation status", source=OURS)
display.show_note(display.generation_note(generation_status))

# %% [markdown]
# ## 2.2 The models

# %%
published_models = views.published_model_table()
our_models = report_data.our_model_table(study)
study.save_table(views.combine(published_models, our_models), "models")
display.show_side_by_side(
    published_models if study.include_published else None, our_models,
    "Models: parameters and declared VRAM (seed report); registry facts and measured memory (ours)",
    ["model", "backend", "params_b", "quantisation", "declared_vram_gb", "measured_memory_gb", "memory_kind"],
    published_columns=["model", "params_b", "active_params_b", "vram_gb", "group", "quantisation"],
)

# %% [markdown]
# ## 2.3 Generation throughput

# %%
throughput = report_data.generation_throughput(study)
study.save_table(throughput, "generation_throughput")
display.show_table(throughput, "Generation throughput (completion tokens per second of generation)",
                   source=OURS)

# %% [markdown]
# ## 2.4 Memory relative to the reference model
#
# The seed report's "VRAM efficiency ratio" is a memory *requirement* ratio (VRAM / 19 GB of
# H2looP v0.1-coder): larger means more memory. Ours divides each model's measured (or declared)
# memory by that of the highlighted model.

# %%
memory = report_data.memory_table(study, include_published=study.include_published)
published_ratios, our_ratios = report_data.memory_ratios(memory, study)
study.save_table(views.combine(published_ratios, our_ratios), "memory_ratios")
display.show_side_by_side(published_ratios, our_ratios, "Memory relative to the reference model",
                          ["model", "memory_gb", "memory_kind", "reference", "vram_ratio", "vram_ratio_printed"],
                          empty_ours="none of our models has a memory figure (local models are measured while they "
                                     "generate; the reference model has none)")
