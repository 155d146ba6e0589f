#include "pareval_harness.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

int jacobiSolve(std::vector<double> const& A, std::vector<double> const& b, std::vector<double> &x,
                size_t N, double tol, int maxIter);
int PAREVAL_REFERENCE(jacobiSolve)(std::vector<double> const& A, std::vector<double> const& b,
                                   std::vector<double> &x, size_t N, double tol, int maxIter);

struct Problem {
    struct Input {
        std::vector<double> A, b;
        size_t N = 0;
        double tol = 0.0;
        int maxIter = 0;
    };
    struct Output {
        int iterations = -1;
        std::vector<double> x;
        template <class S> friend auto pareval_fields(S& o) { return std::tie(o.iterations, o.x); }
    };
    static constexpr std::size_t default_size = 1500;  // N

    // variant 0: positive off-diagonals, diagonal = row sum / 0.6 (slow, steady convergence)
    // variant 1: off-diagonals of both signs, negative diagonal entries
    // variant 2: tol = 0, so exactly maxIter = 25 iterations run
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64, 101},
                                        {{33, 1}, {5, 1}, {9, 2}, {1, 2}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.N = n;
        in.A.assign(n * n, 0.0);
        in.b.resize(n);
        in.tol = variant == 2 ? 0.0 : 1e-10;
        in.maxIter = variant == 2 ? 25 : 1000;
        for (size_t i = 0; i < n; ++i) {
            double rowsum = 0.0;
            for (size_t j = 0; j < n; ++j) {
                if (j == i) continue;
                const double v = variant == 1 ? rng.uniform(-1.0, 1.0) : rng.uniform(0.0, 1.0);
                in.A[i * n + j] = v;
                rowsum += std::fabs(v);
            }
            double d = rowsum / 0.6 + rng.uniform(0.5, 1.0);
            if (variant == 1 && i % 2 == 1) d = -d;
            in.A[i * n + i] = d;
            in.b[i] = rng.uniform(-10.0, 10.0);
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output out;
        out.x.assign(in.N, 0.0);
        timer.start();
        out.iterations = PAREVAL_REFERENCE(jacobiSolve)(in.A, in.b, out.x, in.N, in.tol, in.maxIter);
        timer.stop();
        return out;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output out;
        out.x.assign(in.N, pareval::sentinel<double>());
        timer.start();
        out.iterations = jacobiSolve(in.A, in.b, out.x, in.N, in.tol, in.maxIter);
        timer.stop();
        return out;
    }

    // The iteration count may differ by one (a different summation order can move an update
    // size across tol); x must then agree within 2*tol + 1e-9 relative per element.
    static bool check(const Input& in, const Output& expected, const Output& got) {
        if (std::abs(expected.iterations - got.iterations) > (in.tol > 0.0 ? 1 : 0)) return false;
        return pareval::all_close(expected.x, got.x, 1e-9, 2.0 * in.tol + 1e-12);
    }
};

PAREVAL_MAIN(Problem)
