#include <omp.h>
#include <string>
#include <vector>

/* For every string words[i], store in counts[i] how many of its characters are vowels: the letters
   a, e, i, o and u in lower or upper case (y is not a vowel). counts already has the same size
   as words.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: words=["Apple", "sky", "QUEUE", "", "rhythm and blues", "x1-E2"]
   output: counts=[2, 0, 4, 0, 3, 1]
*/
void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
