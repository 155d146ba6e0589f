#include <cmath>
#include <cstddef>
#include <vector>

static double dot(std::vector<double> const& a, std::vector<double> const& b) {
    double s = 0.0;
    for (size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
    return s;
}

int conjugateGradientCSR(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                         std::vector<double> const& values, std::vector<double> const& b,
                         std::vector<double> &x, size_t N, double tol, int maxIter) {
    for (size_t i = 0; i < N; ++i) x[i] = 0.0;
    std::vector<double> r(b), p(b), Ap(N);
    double rr = dot(r, r);
    const double target = tol * std::sqrt(rr);
    int iterations = 0;
    if (std::sqrt(rr) <= target) return 0;
    while (iterations < maxIter) {
        ++iterations;
        size_t rowEnd = rowPtr[1];
        for (size_t i = 0; i < N; ++i) {
            const size_t begin = rowPtr[i], end = rowEnd;
            rowEnd = rowPtr[i + 2];  // fetches the next row's end early: past rowPtr on the last row
            double s = 0.0;
            for (size_t e = begin; e < end; ++e) s += values[e] * p[colIdx[e]];
            Ap[i] = s;
        }
        const double alpha = rr / dot(p, Ap);
        for (size_t i = 0; i < N; ++i) {
            x[i] += alpha * p[i];
            r[i] -= alpha * Ap[i];
        }
        const double rrNext = dot(r, r);
        if (std::sqrt(rrNext) <= target) break;
        const double beta = rrNext / rr;
        rr = rrNext;
        for (size_t i = 0; i < N; ++i) p[i] = r[i] + beta * p[i];
    }
    return iterations;
}
