#include <mpi.h>
#include <array>
#include <cstddef>
#include <omp.h>
#include <string>

/* Count how often each letter of the English alphabet occurs in text, ignoring case: element 0
   of the result counts both 'a' and 'A', element 1 counts 'b' and 'B', ..., element 25 counts
   'z' and 'Z'. Every other character (digits, spaces, punctuation) is ignored.
   The text consists of printable ASCII characters.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of text. The result must be
   returned on rank 0; other ranks may return any value.
   Example:

   input: text="Abba, zebra 42!"
   output: [3, 3, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]
*/
std::array<std::size_t, 26> letterFrequency(std::string const& text) {
