#include <omp.h>
#include <vector>

// Every output point depends only on input, so the points are split evenly (static schedule)
// over the threads; the two end points are handled outside the loop so the loop has no branches.
void jacobiStep1D(std::vector<double> const& input, std::vector<double>& output) {
    const long n = static_cast<long>(input.size());
    if (n == 0) return;
    if (n == 1) {
        output[0] = input[0] / 3.0;
        return;
    }
    const double* in = input.data();
    double* out = output.data();
    out[0] = (in[0] + in[1]) / 3.0;
    out[n - 1] = (in[n - 2] + in[n - 1]) / 3.0;
#pragma omp parallel for schedule(static)
    for (long i = 1; i < n - 1; ++i) out[i] = (in[i - 1] + in[i] + in[i + 1]) / 3.0;
}
