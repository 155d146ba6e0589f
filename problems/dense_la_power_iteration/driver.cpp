#include "pareval_harness.hpp"

#include <cstddef>
#include <vector>

double powerIterationEigenvalue(std::vector<double> const& A, size_t N, int iterations);
double PAREVAL_REFERENCE(powerIterationEigenvalue)(std::vector<double> const& A, size_t N, int iterations);

struct Problem {
    struct Input {
        std::vector<double> A;
        size_t N = 0;
        int iterations = 0;
    };
    using Output = double;
    static constexpr std::size_t default_size = 2000;  // N; 20 iterations

    // variant 0: entries in [0, 1) (positive dominant eigenvalue), 12 iterations
    // variant 1: symmetric with entries in [-1, 1), 12 iterations
    // variant 2: diagonal matrix with a negative dominant entry, 30 iterations
    // variant 3: zero iterations (Rayleigh quotient of the all-ones vector)
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64, 101},
                                        {{33, 1}, {7, 1}, {9, 2}, {5, 2}, {13, 3}, {1, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.N = n;
        in.A.assign(n * n, 0.0);
        in.iterations = n == default_size ? 20 : (variant == 2 ? 30 : variant == 3 ? 0 : 12);
        if (variant == 1) {
            for (size_t i = 0; i < n; ++i)
                for (size_t j = 0; j <= i; ++j) in.A[i * n + j] = in.A[j * n + i] = rng.uniform(-1.0, 1.0);
        } else if (variant == 2) {
            for (size_t i = 0; i < n; ++i) in.A[i * n + i] = rng.uniform(0.5, 2.0);
            in.A[(n / 2) * n + n / 2] = -4.0;
        } else {
            for (auto& v : in.A) v = rng.uniform(0.0, 1.0);
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        const double r = PAREVAL_REFERENCE(powerIterationEigenvalue)(in.A, in.N, in.iterations);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        const double r = powerIterationEigenvalue(in.A, in.N, in.iterations);
        timer.stop();
        return r;
    }

    // relative tolerance 1e-7: only the summation order of the products and norms may differ
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::close_enough(expected, got, 1e-7, 1e-10);
    }
};

PAREVAL_MAIN(Problem)
