#include <mpi.h>
#include <omp.h>
#include <vector>

/* coefficients holds the coefficients of a polynomial p, lowest degree first:
   p(t) = coefficients[0] + coefficients[1]*t + coefficients[2]*t^2 + ... (coefficients has at
   least one element). Set y[i] = p(x[i]) for every i. y already has the same size as x.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of coefficients and x, and a
   vector y of the same size as x. The complete result must be stored in y on rank 0.
   Example:

   input: coefficients=[1, -2, 0, 3], x=[0, 1, -1, 2, 0.5]
   output: y=[1, 2, 0, 21, 0.375]
*/
void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y) {
