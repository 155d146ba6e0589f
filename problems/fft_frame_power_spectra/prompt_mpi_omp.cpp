#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

/* Compute the power spectrum of every frame of a real signal (a spectrogram). Frame f consists of
   the frameLen samples signal[f*hop] ... signal[f*hop + frameLen - 1]; the frames are all those
   that fit entirely in the signal, so there are F = (signal.size() - frameLen) / hop + 1 frames
   when signal.size() >= frameLen, and none otherwise. For each frame f and each k = 0 .. frameLen/2,
       spectra[f * (frameLen/2 + 1) + k] = |sum over n = 0 .. frameLen-1 of signal[f*hop + n] * exp(-2 pi i k n / frameLen)|^2.
   frameLen is a power of two (at least 1), hop is at least 1, and spectra already has
   F * (frameLen/2 + 1) elements.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of signal. The result must be
   stored in spectra on rank 0.
   Example:

   input: signal=[1, 0, -1, 0, 1, 2], frameLen=4, hop=2
   output: spectra=[0, 4, 0, 4, 8, 4]
*/
void framePowerSpectra(std::vector<double> const& signal, size_t frameLen, size_t hop, std::vector<double> &spectra) {
