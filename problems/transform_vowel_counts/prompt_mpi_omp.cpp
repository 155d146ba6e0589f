#include <mpi.h>
#include <omp.h>
#include <string>
#include <vector>

/* For every string words[i], store in counts[i] how many of its characters are vowels: the letters
   a, e, i, o and u in lower or upper case (y is not a vowel). counts already has the same size
   as words.
   Use MPI and OpenMP to compute in parallel: MPI ranks, each running OpenMP threads.
   Assume MPI has already been initialized (with MPI_THREAD_FUNNELED: only the thread that called
   this function may make MPI calls). The number of threads per rank is already set
   (OMP_NUM_THREADS): do not change it. Every rank has a complete copy of words, and a counts vector
   of the same size. The complete result must be stored in counts on rank 0.
   Example:

   input: words=["Apple", "sky", "QUEUE", "", "rhythm and blues", "x1-E2"]
   output: counts=[2, 0, 4, 0, 3, 1]
*/
void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
