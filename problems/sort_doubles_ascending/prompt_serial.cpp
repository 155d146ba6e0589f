#include <vector>

/* Sort x in ascending order, in place.
   Write serial, single-threaded code: start no threads or processes.
   Example:

   input: x=[4.5, -1.0, 3.25, 0.0, 3.25, -7.5]
   output: x=[-7.5, -1.0, 0.0, 3.25, 3.25, 4.5]
*/
void sortAscending(std::vector<double>& x) {
