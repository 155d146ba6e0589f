#include <mpi.h>
#include <algorithm>
#include <cstddef>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

// Wrong on purpose: every rank stable-sorts its own block only; nothing is gathered or merged.
void stableSortByKey(std::vector<Record>& records) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = records.size();
    std::stable_sort(records.begin() + n * rank / size, records.begin() + n * (rank + 1) / size,
                     [](const Record& a, const Record& b) { return a.key < b.key; });
}
