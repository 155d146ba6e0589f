#include <vector>

// Wrong on purpose: leaves u unchanged.
void heatSteps1D(std::vector<double>& u, double r, int steps) {
    (void)u;
    (void)r;
    (void)steps;
}
