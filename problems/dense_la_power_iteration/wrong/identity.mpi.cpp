#include <mpi.h>
#include <cstddef>
#include <vector>

// Wrong on purpose: returns the matrix's first entry instead of an eigenvalue estimate.
double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations) {
    return A.empty() ? 0.0 : A[0];
}
