#include <mpi.h>
#include <omp.h>
#include <complex>
#include <vector>

/* Convert every complex number z[i] to polar form: store its magnitude |z[i]| in magnitude[i]
   and its phase angle, in radians in the range [-pi, pi], in phase[i] (the phase of 0 is 0).
   magnitude and phase already have the same size as z.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of z, and magnitude and phase
   vectors of the same size as z. The complete results must be stored in magnitude and phase on
   rank 0.
   Example:

   input: z=[3+4i, 0+1i, -2+0i, 1-1i, 0+0i]
   output: magnitude=[5, 1, 2, 1.41421, 0], phase=[0.927295, 1.5708, 3.14159, -0.785398, 0]
           (rounded to 6 significant digits)
*/
void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
