#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: returns the number of elements instead of the number of record highs.
std::size_t countRecordHighs(std::vector<double> const& x) {
    return x.size();
}
