#include <vector>

void heatSteps1D(std::vector<double>& u, double r, int steps) {
    const std::size_t n = u.size();
    if (n < 3) return;
    std::vector<double> next(n);
    for (int s = 0; s < steps; ++s) {
        next[0] = u[0];
        next[n - 1] = u[n - 1];
        for (std::size_t i = 1; i + 1 < n; ++i) next[i] = u[i] + r * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        // copies back with an inclusive bound: reads one past the end of next
        for (std::size_t i = 0; i <= n; ++i) {
            volatile double v = next[i];
            if (i < n) u[i] = v;
        }
    }
}
