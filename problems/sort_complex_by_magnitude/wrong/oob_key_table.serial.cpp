#include <algorithm>
#include <complex>
#include <numeric>
#include <vector>

void sortByMagnitude(std::vector<std::complex<double>>& x) {
    const std::size_t n = x.size();
    std::vector<double> key(n);
    for (std::size_t i = 0; i < n; ++i) key[i] = std::abs(x[i]);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
    std::vector<std::complex<double>> sorted(n);
    for (std::size_t i = 0; i < n; ++i) sorted[i] = x[order[i]];
    // checks the result is ordered, comparing each key with the next one: reads key[n]
    volatile bool ordered = true;
    for (std::size_t i = 0; i < n; ++i) ordered = ordered && key[order[i]] <= key[i + 1 < n ? order[i + 1] : n];
    x.swap(sorted);
}
