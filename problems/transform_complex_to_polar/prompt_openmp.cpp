#include <omp.h>
#include <complex>
#include <vector>

/* Convert every complex number z[i] to polar form: store its magnitude |z[i]| in magnitude[i]
   and its phase angle, in radians in the range [-pi, pi], in phase[i] (the phase of 0 is 0).
   magnitude and phase already have the same size as z.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: z=[3+4i, 0+1i, -2+0i, 1-1i, 0+0i]
   output: magnitude=[5, 1, 2, 1.41421, 0], phase=[0.927295, 1.5708, 3.14159, -0.785398, 0]
           (rounded to 6 significant digits)
*/
void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase) {
