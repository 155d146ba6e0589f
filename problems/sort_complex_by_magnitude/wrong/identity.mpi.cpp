#include <mpi.h>
#include <complex>
#include <vector>

// Wrong on purpose: leaves x unchanged.
void sortByMagnitude(std::vector<std::complex<double>>& x) {
    (void)x;
}
