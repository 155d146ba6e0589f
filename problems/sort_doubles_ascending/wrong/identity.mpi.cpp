#include <mpi.h>
#include <vector>

// Wrong on purpose: leaves x unchanged.
void sortAscending(std::vector<double>& x) {
    (void)x;
}
