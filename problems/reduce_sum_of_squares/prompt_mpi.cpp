#include <mpi.h>
#include <vector>

/* Return the sum of the squares of the elements of x.
   Use MPI to compute in parallel. Assume MPI has already been initialized.
   Every rank has a complete copy of x. The result must be returned on rank 0;
   other ranks may return any value.
   Example:

   input: x=[1.0, -2.0, 3.0, 0.5]
   output: 14.25
*/
double sumOfSquares(std::vector<double> const& x) {
