#include <cmath>
#include <cstddef>
#include <vector>

int conjugateGradientCSR(std::vector<size_t> const& rowPtr, std::vector<size_t> const& colIdx,
                         std::vector<double> const& values, std::vector<double> const& b,
                         std::vector<double> &x, size_t N, double tol, int maxIter) {
    std::vector<double> r(b), p(b), q(N);
    x.assign(N, 0.0);
    double rr = 0.0;
    for (size_t i = 0; i < N; ++i) rr += r[i] * r[i];
    const double stop = tol * std::sqrt(rr);
    if (std::sqrt(rr) <= stop) return 0;
    int k = 0;
    while (k < maxIter) {
        ++k;
        double pq = 0.0;
        for (size_t i = 0; i < N; ++i) {
            double s = 0.0;
            for (size_t e = rowPtr[i]; e < rowPtr[i + 1]; ++e) s += values[e] * p[colIdx[e]];
            q[i] = s;
            pq += p[i] * s;
        }
        const double alpha = rr / pq;
        double rrNew = 0.0;
        for (size_t i = 0; i < N; ++i) {
            x[i] += alpha * p[i];
            r[i] -= alpha * q[i];
            rrNew += r[i] * r[i];
        }
        if (std::sqrt(rrNew) <= stop) break;
        const double beta = rrNew / rr;
        rr = rrNew;
        for (size_t i = 0; i < N; ++i) p[i] = r[i] + beta * p[i];
    }
    return k;
}
