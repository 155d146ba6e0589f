#include <omp.h>
#include <vector>

/* Solve the first-order linear recurrence
       y[0] = b[0],
       y[i] = a[i] * y[i-1] + b[i]   for i >= 1
   (a[0] is not used). a and b have the same size, and every coefficient satisfies |a[i]| <= 1.
   y already has that size when the function is called.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: a=[0.3, 0.5, -1.0, 0.5, 0.0, 1.0], b=[1.0, 2.0, 3.0, 4.0, 5.0, -6.0]
   output: y=[1.0, 2.5, 0.5, 4.25, 5.0, -1.0]
*/
void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
