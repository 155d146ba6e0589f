#include <vector>

void heatSteps1D(std::vector<double>& u, double r, int steps) {
    const std::size_t n = u.size();
    if (n < 3) return;
    std::vector<double> next(u);
    for (int s = 0; s < steps; ++s) {
        for (std::size_t i = 1; i + 1 < n; ++i) next[i] = u[i] + r * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        u.swap(next);
    }
}
