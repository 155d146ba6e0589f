#include <omp.h>
#include <cstddef>
#include <vector>

// Data race: the loop-carried dependency y[i] <- y[i-1] is split across threads, round-robin.
// Each y[i-1] is written by another thread than the one reading it, with no synchronisation,
// so threads read values not yet computed. With one thread the loop runs in order and is right.
void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
    const long n = static_cast<long>(b.size());
    if (n == 0) return;
    y[0] = b[0];
#pragma omp parallel for schedule(static, 1)
    for (long i = 1; i < n; ++i) y[i] = a[i] * y[i - 1] + b[i];
}
