"""Resource efficiency: performance per GB of VRAM and ratios against a reference model."""

from __future__ import annotations

import math


# --------------------------------------------------------------------------------------------
# Resource efficiency
# --------------------------------------------------------------------------------------------


def _vram_or_nan(vram_gb: float | None, name: str = "vram_gb") -> float:
    if vram_gb is None or (isinstance(vram_gb, float) and math.isnan(vram_gb)):
        return math.nan
    if vram_gb <= 0:
        raise ValueError(f"{name} must be positive, got {vram_gb}")
    return float(vram_gb)


def vram_efficiency(rate: float, vram_gb: float | None) -> float:
    """Performance per GB: ``rate / vram_gb`` in the units of ``rate`` per GB.

    Pass the rate in percent to get the report's "% per GB" (61.67 / 19 = 3.25 % per GB).
    Unknown VRAM (None/nan) gives nan.
    """
    return float(rate) / _vram_or_nan(vram_gb)


def efficiency_ratio(
    rate: float, vram_gb: float | None, reference_rate: float, reference_vram_gb: float | None
) -> float:
    """Performance-per-GB of a model relative to a reference model (report 3.4.1's last column).

    NaN ("not defined") when the reference's rate per GB is zero or unknown: a ratio against zero
    is no statement about either model.
    """
    denominator = vram_efficiency(reference_rate, reference_vram_gb)
    if not denominator or math.isnan(denominator):
        return math.nan
    return vram_efficiency(rate, vram_gb) / denominator


def vram_ratio(vram_gb: float | None, reference_vram_gb: float | None) -> float:
    """VRAM needed relative to a reference (report 2.1's "VRAM efficiency ratio": 1280/19 = 67.37)."""
    return _vram_or_nan(vram_gb) / _vram_or_nan(reference_vram_gb, "reference_vram_gb")
