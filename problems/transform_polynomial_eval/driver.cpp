#include "pareval_harness.hpp"

#include <vector>

void evaluatePolynomial(std::vector<double> const& coefficients, std::vector<double> const& x,
                        std::vector<double>& y);
void PAREVAL_REFERENCE(evaluatePolynomial)(std::vector<double> const& coefficients, std::vector<double> const& x,
                                           std::vector<double>& y);

struct Problem {
    struct Input {
        std::vector<double> coefficients, x;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 4'000'000;

    // variant 0: degree 23, x in [-1.1, 1.1]; variant 1: a constant polynomial;
    // variant 2: degree 40 with x near +-1; variant 3: a linear polynomial, x with duplicates
    // and negatives; variant 4: degree 5 with integer coefficients and large |x|
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{100, 1}, {0, 1}, {999, 2}, {1003, 3}, {7, 3}, {65, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        static const int degrees[] = {23, 0, 40, 1, 5};
        Input in;
        in.coefficients.resize(degrees[variant] + 1);
        for (auto& c : in.coefficients)
            c = variant == 4 ? static_cast<double>(rng.integer(-9, 9)) : rng.uniform(-1.0, 1.0);
        in.x.resize(n);
        for (auto& v : in.x) {
            switch (variant) {
                case 2: v = (rng.integer(0, 1) ? 1.0 : -1.0) * rng.uniform(0.95, 1.05); break;
                case 3: v = static_cast<double>(rng.integer(-3, 3)); break;
                case 4: v = rng.uniform(-50.0, 50.0); break;
                default: v = rng.uniform(-1.1, 1.1); break;
            }
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output y(in.x.size(), 0.0);
        timer.start();
        PAREVAL_REFERENCE(evaluatePolynomial)(in.coefficients, in.x, y);
        timer.stop();
        return y;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output y(in.x.size(), pareval::sentinel<double>());
        timer.start();
        evaluatePolynomial(in.coefficients, in.x, y);
        timer.stop();
        return y;
    }

    // Horner's rule and summing powers round differently; the error of either is bounded by a
    // small multiple of eps * sum_k |c_k| |x|^k, so each element gets the tolerance
    // 1e-10 * sum_k |c_k| |x_i|^k + 1e-12.
    static bool check(const Input& in, const Output& expected, const Output& got) {
        if (expected.size() != got.size()) return false;
        for (std::size_t i = 0; i < got.size(); ++i) {
            double scale = 0.0, power = 1.0;
            for (double c : in.coefficients) {
                scale += std::fabs(c) * power;
                power *= std::fabs(in.x[i]);
            }
            if (!std::isfinite(got[i]) || std::fabs(expected[i] - got[i]) > 1e-10 * scale + 1e-12) return false;
        }
        return true;
    }
};

PAREVAL_MAIN(Problem)
