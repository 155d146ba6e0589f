#include <omp.h>
#include <cstddef>
#include <vector>

// The inner dimension K is split among the threads: each thread computes, in a private buffer,
// the whole product restricted to its share of k, and those partial products must be ADDED.
// Instead every thread ASSIGNS its partial to the shared C with no synchronisation, so the last
// writer wins: right with one thread (its share is all of k), wrong with several.
void denseMatMul(std::vector<double> const& A, std::vector<double> const& B, std::vector<double> &C,
                 size_t M, size_t K, size_t N) {
#pragma omp parallel
    {
        const size_t t = static_cast<size_t>(omp_get_thread_num());
        const size_t nt = static_cast<size_t>(omp_get_num_threads());
        const size_t k0 = K * t / nt, k1 = K * (t + 1) / nt;
        std::vector<double> part(M * N, 0.0);
        for (size_t i = 0; i < M; ++i) {
            double* c = &part[i * N];
            for (size_t k = k0; k < k1; ++k) {
                const double a = A[i * K + k];
                const double* b = &B[k * N];
                for (size_t j = 0; j < N; ++j) c[j] += a * b[j];
            }
        }
        for (size_t e = 0; e < M * N; ++e) C[e] = part[e];
    }
}
