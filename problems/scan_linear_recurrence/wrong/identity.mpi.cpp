#include <mpi.h>
#include <vector>

// Wrong on purpose: returns b unchanged (ignores the recurrence).
void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
    y = b;
}
