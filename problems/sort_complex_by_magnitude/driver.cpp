#include "pareval_harness.hpp"

#include <complex>
#include <vector>

void sortByMagnitude(std::vector<std::complex<double>>& x);
void PAREVAL_REFERENCE(sortByMagnitude)(std::vector<std::complex<double>>& x);

struct Problem {
    using Input = std::vector<std::complex<double>>;
    using Output = std::vector<std::complex<double>>;
    static constexpr std::size_t default_size = 300'000;

    // variant 0: real and imaginary parts uniform in [-100, 100);
    // variant 1: many ties: points with integer coordinates in [-5, 5] (e.g. 3+4i, -5, 5i);
    // variant 2: purely real values of both signs (magnitude order differs from value order);
    // variant 3: magnitudes spread over many orders of magnitude
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 1}, {513, 2}, {1001, 3}, {40'001, 0}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input x(n);
        for (auto& z : x) {
            if (variant == 1) z = {static_cast<double>(rng.integer(-5, 5)), static_cast<double>(rng.integer(-5, 5))};
            else if (variant == 2) z = {rng.uniform(-10.0, 10.0), 0.0};
            else if (variant == 3) z = std::polar(std::pow(10.0, rng.uniform(-8.0, 8.0)), rng.uniform(-3.14159, 3.14159));
            else z = {rng.uniform(-100.0, 100.0), rng.uniform(-100.0, 100.0)};
        }
        return x;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output x = in;
        timer.start();
        PAREVAL_REFERENCE(sortByMagnitude)(x);
        timer.stop();
        return x;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output x = in;
        timer.start();
        sortByMagnitude(x);
        timer.stop();
        return x;
    }

    // Elements of equal magnitude may come in any order, so instead of comparing with the
    // reference element by element: got must be a permutation of the input (exact), and its
    // magnitudes must not decrease, allowing a relative 1e-12 for a candidate that compares
    // |z|^2 or computes |z| differently.
    static bool check(const Input& in, const Output& expected, const Output& got) {
        if (got.size() != in.size() || expected.size() != in.size()) return false;
        auto lex = [](const std::complex<double>& a, const std::complex<double>& b) {
            return a.real() < b.real() || (a.real() == b.real() && a.imag() < b.imag());
        };
        Output a = in, b = got;
        std::sort(a.begin(), a.end(), lex);
        std::sort(b.begin(), b.end(), lex);
        if (a != b) return false;
        for (std::size_t i = 1; i < got.size(); ++i)
            if (std::abs(got[i]) < std::abs(got[i - 1]) * (1.0 - 1e-12)) return false;
        return true;
    }
};

PAREVAL_MAIN(Problem)
