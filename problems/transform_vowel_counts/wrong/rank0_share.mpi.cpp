#include <mpi.h>
#include <cctype>
#include <string>
#include <vector>

// Wrong on purpose: each rank counts only its own block of strings; nothing is gathered.
void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = words.size();
    for (std::size_t i = n * rank / size; i < n * (rank + 1) / size; ++i) {
        int v = 0;
        for (char c : words[i]) {
            const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u') ++v;
        }
        counts[i] = v;
    }
}
