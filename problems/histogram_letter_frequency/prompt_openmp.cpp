#include <array>
#include <cstddef>
#include <omp.h>
#include <string>

/* Count how often each letter of the English alphabet occurs in text, ignoring case: element 0
   of the result counts both 'a' and 'A', element 1 counts 'b' and 'B', ..., element 25 counts
   'z' and 'Z'. Every other character (digits, spaces, punctuation) is ignored.
   The text consists of printable ASCII characters.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: text="Abba, zebra 42!"
   output: [3, 3, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]
*/
std::array<std::size_t, 26> letterFrequency(std::string const& text) {
