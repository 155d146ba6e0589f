#include <mpi.h>
#include <cmath>
#include <vector>

/* Return the population standard deviation of the values in x:
   sqrt( (1/n) * sum over i of (x[i] - mean)^2 ), where n is the number of values and mean
   is their arithmetic mean. x has at least one element.
   Use MPI to compute in parallel. Assume MPI has already been initialized.
   Every rank has a complete copy of x. The result must be returned on rank 0;
   other ranks may return any value.
   Example:

   input: x=[2, 4, 4, 4, 5, 5, 7, 9]
   output: 2
*/
double populationStdDev(std::vector<double> const& x) {
