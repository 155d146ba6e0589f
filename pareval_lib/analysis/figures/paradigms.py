"""The four paradigms side by side (our runs only): pass rates and speedups per paradigm."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from pareval_lib.analysis.figures.style import PARADIGM_COLORS, _empty_figure, _grid
from pareval_lib.problems.paradigms import LABELS, PARADIGMS


def paradigm_figure(table: pd.DataFrame, speedups: pd.DataFrame,
                    title: str | None = "Paradigms side by side (our runs; the seed report has serial and MPI only)") -> Figure:
    """Two panels from ``analysis.paradigms``: the pass rate per model and paradigm (bars, Wilson
    95% intervals), and the geometric-mean speedup of valid answers against workers (ranks x
    threads) per paradigm, one line per model and paradigm, the ideal speedup = workers dotted;
    oversubscribed layouts ringed."""
    if table.empty:
        return _empty_figure("no results to compare paradigms", "Model", "Pass rate (%)")
    figure, (left, right) = _grid(2, 2, 6.4, 4.4)
    models = list(dict.fromkeys(table["model"]))
    present = [p for p in PARADIGMS if p in set(table["paradigm"])]
    width = 0.8 / max(1, len(present))
    x = np.arange(len(models))
    for i, paradigm in enumerate(present):
        part = table[table["paradigm"] == paradigm].set_index("model").reindex(models)
        rate = part["pass_rate_pct"].to_numpy(dtype=float)
        errors = np.vstack([rate - part["pass_low_pct"].to_numpy(dtype=float),
                            part["pass_high_pct"].to_numpy(dtype=float) - rate])
        left.bar(x + (i - (len(present) - 1) / 2) * width, rate, width, yerr=np.clip(np.nan_to_num(errors), 0.0, None), capsize=3,
                 color=PARADIGM_COLORS[paradigm], label=LABELS[paradigm])
    left.set_xticks(x, models, rotation=20, ha="right")
    left.set_ylabel("Pass rate (% of prompts valid, 95% Wilson CI)")
    left.set_ylim(0, 105)
    left.legend(fontsize=8, loc="best")
    if speedups.empty:
        right.text(0.5, 0.5, "no valid parallel answers", ha="center", va="center", transform=right.transAxes)
    else:
        most = int(speedups["workers"].max())
        ideal = [w for w in (1, 2, 4, 8, 16, 32, 64) if w <= most] or [1]
        right.plot(ideal, ideal, linestyle=":", color="grey", label="ideal (speedup = workers)")
        markers = "osD^v<>"
        for j, model in enumerate(models):
            for paradigm in present:
                part = speedups[(speedups["model"] == model) & (speedups["paradigm"] == paradigm)]
                if part.empty:
                    continue
                best = part.sort_values("geomean_speedup").groupby("workers").tail(1).sort_values("workers")
                right.plot(best["workers"], best["geomean_speedup"], marker=markers[j % len(markers)],
                           color=PARADIGM_COLORS[paradigm], label=f"{model}: {LABELS[paradigm]}")
                over = best[best["oversubscribed"].astype(bool)]
                if len(over):
                    right.scatter(over["workers"], over["geomean_speedup"], s=160, facecolors="none", edgecolors="red",
                                  linewidths=1.4, zorder=5)
        right.set_xscale("log", base=2)
        right.set_xticks(ideal, [str(w) for w in ideal])
        right.set_xlabel("Workers (ranks x threads; best layout; red ring: oversubscribed)")
        right.set_ylabel("Speedup over the serial reference (x, geometric mean)")
        right.legend(fontsize=7, loc="best")
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure
