#include "pareval_harness.hpp"

#include <complex>
#include <utility>
#include <vector>

void complexToPolar(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                    std::vector<double>& phase);
void PAREVAL_REFERENCE(complexToPolar)(std::vector<std::complex<double>> const& z, std::vector<double>& magnitude,
                                       std::vector<double>& phase);

struct Problem {
    using Input = std::vector<std::complex<double>>;
    using Output = std::pair<std::vector<double>, std::vector<double>>;  // magnitude, phase
    static constexpr std::size_t default_size = 2'500'000;

    // variant 1: points on the axes (including 0 and the negative real axis, phase pi);
    // variant 2: values of very different magnitudes (1e-150 .. 1e150);
    // variant 3: small Gaussian integers with duplicates
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{12, 1}, {1001, 1}, {999, 2}, {1003, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input z(n);
        for (std::size_t i = 0; i < n; ++i) {
            switch (variant) {
                case 1: {
                    const double r = static_cast<double>(rng.integer(0, 5));
                    static const std::complex<double> dirs[] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
                    z[i] = r * dirs[rng.integer(0, 3)];
                    if (r == 0) z[i] = {0.0, 0.0};  // no negative zeros
                    break;
                }
                case 2: {
                    const double scale = std::pow(10.0, static_cast<double>(rng.integer(-150, 150)));
                    z[i] = {scale * rng.uniform(-1, 1), scale * rng.uniform(-1, 1)};
                    break;
                }
                case 3:
                    z[i] = {static_cast<double>(rng.integer(-2, 2)), static_cast<double>(rng.integer(-2, 2))};
                    break;
                default: z[i] = {rng.uniform(-100, 100), rng.uniform(-100, 100)}; break;
            }
        }
        return z;
    }

    static Output reference(const Input& z, pareval::Timer& timer) {
        Output out{std::vector<double>(z.size(), 0.0), std::vector<double>(z.size(), 0.0)};
        timer.start();
        PAREVAL_REFERENCE(complexToPolar)(z, out.first, out.second);
        timer.stop();
        return out;
    }

    static Output candidate(const Input& z, pareval::Timer& timer) {
        Output out{pareval::unwritten<double>(z.size()), pareval::unwritten<double>(z.size())};
        timer.start();
        complexToPolar(z, out.first, out.second);
        timer.stop();
        return out;
    }

    // std::abs (hypot) versus sqrt(x*x + y*y), or atan2 versus other equivalent formulas, differ
    // only by rounding (magnitudes stay within 1e-150..1e150, so x*x neither overflows nor
    // underflows to 0): relative tolerance 1e-9, absolute 1e-12
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected.first, got.first, 1e-9, 1e-12) &&
               pareval::all_close(expected.second, got.second, 1e-9, 1e-12);
    }
};

PAREVAL_MAIN(Problem)
