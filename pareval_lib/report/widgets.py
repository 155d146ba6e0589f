"""The explorer: pick models (ours and published), domains and paradigms; redraw the comparison.

:func:`explorer` returns an ipywidgets box for JupyterLab; :func:`explorer_view` draws the same
tables and figures for one selection without widgets (what papermill runs, never waiting for
input).
"""

from __future__ import annotations

from typing import Any, Iterable

from pareval_lib.analysis import figures, published
from pareval_lib.analysis.published import OURS
from pareval_lib.problems.catalogue import DOMAINS, PARADIGMS
from pareval_lib.report.data import ReportData
from pareval_lib.report.display import show_figure, show_note, show_side_by_side
from pareval_lib.report.study import Study

__all__ = ["default_selection", "explorer", "explorer_view", "model_options"]


def model_options(study: Study) -> list[str]:
    """Models one can pick: ours (with results) first, then the seed report's."""
    ours = study.available_models()
    theirs = list(published.load_models()["model"]) if study.include_published else []
    return ours + [m for m in theirs if m not in ours]


def default_selection(study: Study) -> dict[str, Any]:
    """The subset shown when nothing is picked: our models, the highlighted published model, its
    reference and the seed report's similarly sized group; every domain and paradigm."""
    chosen = list(study.available_models())
    if study.include_published:
        models = published.load_models()
        similar = list(models.loc[models["group"] == "similarly sized", "model"])
        for name in (study.published_highlight, study.published_reference, *similar):
            if name and name not in chosen:
                chosen.append(name)
    return {"models": chosen, "domains": None, "paradigms": list(study.paradigms)}


def explorer_view(study: Study, models: Iterable[str] | None = None, domains: Iterable[str] | None = None,
                  paradigms: Iterable[str] | None = None, save_as: str | None = None) -> ReportData:
    """Draw the comparison for one selection: rate tables, then the rate, interval and domain figures.

    ``save_as``: name prefix to save the figures under the study's figures folder.
    """
    data = ReportData.load(study, models=models, domains=domains, paradigms=paradigms)
    chosen = list(models) if models is not None else None
    show_note(
        f"**Selection**: models {', '.join(chosen) if chosen else 'all'}; domains "
        f"{', '.join(domains) if domains else 'all'} (our runs only: the seed report has no per-domain counts); "
        f"paradigms {', '.join(paradigms or study.paradigms)}."
    )
    published_rates, our_rates = data.rate_tables("build")
    show_side_by_side(published_rates, our_rates, "Build success rate",
                      ["group", "model", "prompts", "builds", "build_rate_pct"])
    published_valid, our_valid = data.rate_tables("validation")
    show_side_by_side(published_valid, our_valid, "Validation among built and pass rate",
                      ["group", "model", "builds", "validated", "validation_rate_pct", "pass_rate_pct"])
    highlighted = study.highlighted()

    def name(suffix: str) -> str | None:
        return f"{save_as}_{suffix}" if save_as else None

    show_figure(figures.success_bars(data.rate_bars("build"), highlight=highlighted,
                                     title="Build success rate"), study, name("build_success"))
    show_figure(figures.paradigm_bars(data.paradigm_rates("build"), highlight=highlighted), study,
                name("mpi_vs_serial"))
    show_figure(figures.interval_plot(data.intervals(), highlight=highlighted), study, name("intervals"))
    if data.our_models:
        show_figure(figures.domain_profile(data.domain_table(), data.our_reference() or "",
                                           data.published_paradigm_rates(study.published_highlight)),
                    study, name("domain_profile"))
    else:
        show_note(f"No {OURS.lower()} in this selection: no per-domain profile.")
    return data


def explorer(study: Study) -> Any:
    """An ipywidgets box: model, domain and paradigm pickers over an output area that redraws."""
    import ipywidgets as widgets
    from IPython.display import display

    selection = default_selection(study)
    layout = widgets.Layout(width="32%", height="220px")
    models = widgets.SelectMultiple(options=model_options(study), value=tuple(selection["models"]),
                                    description="Models", layout=layout)
    domains = widgets.SelectMultiple(options=[(name, slug) for slug, name in DOMAINS.items()],
                                     value=tuple(DOMAINS), description="Domains", layout=layout)
    paradigms = widgets.SelectMultiple(options=list(PARADIGMS), value=tuple(selection["paradigms"]),
                                       description="Paradigms", layout=widgets.Layout(width="20%", height="80px"))
    output = widgets.Output()

    def redraw(*_: Any) -> None:
        with output:
            output.clear_output(wait=True)
            if not models.value or not paradigms.value:
                display("Pick at least one model and one paradigm.")
                return
            chosen_domains = None if set(domains.value) == set(DOMAINS) else list(domains.value)
            explorer_view(study, list(models.value), chosen_domains, list(paradigms.value))

    for picker in (models, domains, paradigms):
        picker.observe(redraw, names="value")
    redraw()
    return widgets.VBox([widgets.HBox([models, domains, paradigms]), output])
