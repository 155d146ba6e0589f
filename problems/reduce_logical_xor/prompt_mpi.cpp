#include <mpi.h>
#include <vector>

/* Return the logical XOR of all elements of x: true if an odd number of elements are true,
   false otherwise (false for an empty vector).
   Use MPI to compute in parallel. Assume MPI has already been initialized.
   Every rank has a complete copy of x. The result must be returned on rank 0;
   other ranks may return any value.
   Examples:

   input: x=[false, false, false, true]
   output: true

   input: x=[false, true, true, false, true, true]
   output: false
*/
bool reduceLogicalXor(std::vector<bool> const& x) {
