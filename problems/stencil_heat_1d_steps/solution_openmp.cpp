#include <omp.h>
#include <vector>

// One parallel region for all time steps: each step's points are split statically over the
// threads, and the implicit barrier at the end of the `omp for` separates the steps. Every
// thread swaps its own copies of the two buffer pointers, so no extra synchronisation is needed.
void heatSteps1D(std::vector<double>& u, double r, int steps) {
    const long n = static_cast<long>(u.size());
    if (n < 3 || steps <= 0) return;
    std::vector<double> next(u);
    double* const a = u.data();
    double* const b = next.data();
#pragma omp parallel
    {
        const double* cur = a;
        double* nxt = b;
        for (int s = 0; s < steps; ++s) {
#pragma omp for schedule(static)
            for (long i = 1; i < n - 1; ++i) nxt[i] = cur[i] + r * (cur[i - 1] - 2.0 * cur[i] + cur[i + 1]);
            const double* t = cur;
            cur = nxt;
            nxt = const_cast<double*>(t);
        }
    }
    // after an odd number of steps the newest values are in `next`
    if (steps % 2 == 1) u.swap(next);
}
