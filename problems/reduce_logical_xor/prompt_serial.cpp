#include <vector>

/* Return the logical XOR of all elements of x: true if an odd number of elements are true,
   false otherwise (false for an empty vector).
   Write serial, single-threaded code: start no threads or processes.
   Examples:

   input: x=[false, false, false, true]
   output: true

   input: x=[false, true, true, false, true, true]
   output: false
*/
bool reduceLogicalXor(std::vector<bool> const& x) {
