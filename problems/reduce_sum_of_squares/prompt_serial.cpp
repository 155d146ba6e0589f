#include <vector>

/* Return the sum of the squares of the elements of x.
   Write serial, single-threaded code: start no threads or processes.
   Example:

   input: x=[1.0, -2.0, 3.0, 0.5]
   output: 14.25
*/
double sumOfSquares(std::vector<double> const& x) {
