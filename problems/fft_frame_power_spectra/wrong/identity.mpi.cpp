#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: writes each frame's samples squared instead of its power spectrum.
void framePowerSpectra(std::vector<double> const& signal, size_t frameLen, size_t hop, std::vector<double> &spectra) {
    if (signal.size() < frameLen) return;
    const size_t frames = (signal.size() - frameLen) / hop + 1, bins = frameLen / 2 + 1;
    for (size_t f = 0; f < frames; ++f)
        for (size_t k = 0; k < bins; ++k) spectra[f * bins + k] = signal[f * hop + k] * signal[f * hop + k];
}
