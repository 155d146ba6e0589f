#include <mpi.h>
#include <omp.h>
#include <string>
#include <vector>

namespace {
int vowelsIn(std::string const& word) {
    int vowels = 0;
    for (char c : word) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
            case 'A': case 'E': case 'I': case 'O': case 'U':
                ++vowels;
                break;
            default:
                break;
        }
    }
    return vowels;
}
}  // namespace

// Each rank counts a contiguous block of the strings with its threads, then rank 0 gathers the
// blocks in place.
void countVowelsPerWord(std::vector<std::string> const& words, std::vector<int>& counts) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = words.size();
    std::vector<int> sizes(size), displs(size);
    for (int p = 0; p < size; ++p) {
        displs[p] = static_cast<int>(n * p / size);
        sizes[p] = static_cast<int>(n * (p + 1) / size) - displs[p];
    }
    const int begin = displs[rank], end = displs[rank] + sizes[rank];
#pragma omp parallel for schedule(static)
    for (int i = begin; i < end; ++i) counts[i] = vowelsIn(words[i]);
    if (rank == 0)
        MPI_Gatherv(MPI_IN_PLACE, sizes[0], MPI_INT, counts.data(), sizes.data(), displs.data(), MPI_INT, 0,
                    MPI_COMM_WORLD);
    else
        MPI_Gatherv(counts.data() + displs[rank], sizes[rank], MPI_INT, nullptr, nullptr, nullptr, MPI_INT, 0,
                    MPI_COMM_WORLD);
}
