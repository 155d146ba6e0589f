#include <mpi.h>
#include <omp.h>
#include <complex>
#include <cstddef>
#include <vector>

/* Replace image by its two-dimensional discrete Fourier transform, in place. image is a
   rows x cols matrix of complex numbers stored in row-major order, and
       X[k1][k2] = sum over n1 < rows, n2 < cols of image[n1][n2] * exp(-2 pi i (k1 n1 / rows + k2 n2 / cols)).
   rows and cols are powers of two (each at least 1).
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of image. The result must be
   stored in image on rank 0.
   Example:

   input: image=[[1, 2], [3, 4i], [0, -1], [2, 0]], rows=4, cols=2
   output: image=[[7+4i, 5-4i], [8-1i, -6-1i], [-3-4i, -5+4i], [0+1i, 2+1i]]
*/
void fft2dInPlace(std::vector<std::complex<double>> &image, size_t rows, size_t cols) {
