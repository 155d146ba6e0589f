#include <mpi.h>
#include <vector>

/* Sort the non-zero elements of x in ascending order, in place, while every element equal to zero
   stays at its index.
   Use MPI to compute in parallel. Assume MPI has already been initialized.
   Every rank has a complete copy of x. The result must be stored in x on rank 0.
   Example:

   input: x=[5, 0, -2, 7, 0, 0, 3, 1]
   output: x=[-2, 0, 1, 3, 0, 0, 5, 7]
*/
void sortSkippingZeros(std::vector<int>& x) {
