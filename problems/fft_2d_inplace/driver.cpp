#include "pareval_harness.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstddef>
#include <vector>

void fft2dInPlace(std::vector<std::complex<double>> &image, size_t rows, size_t cols);
void PAREVAL_REFERENCE(fft2dInPlace)(std::vector<std::complex<double>> &image, size_t rows, size_t cols);

struct Problem {
    struct Input {
        std::vector<std::complex<double>> image;
        size_t rows = 1, cols = 1;
    };
    using Output = std::vector<std::complex<double>>;
    static constexpr std::size_t default_size = 2048;  // rows; cols = 1024

    // The size is the number of rows (a power of two).
    // variant 0: square (the timed input is 2048 x 1024), random complex values in [-1, 1)^2
    // variant 1: a single column (cols = 1)
    // variant 2: wide (cols = 4 * rows), a real plane wave plus small noise
    // variant 3: tall (cols = rows / 8), a single nonzero pixel
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 4, 8, 32, 64},
                                        {{16, 1}, {1, 1}, {2, 2}, {16, 2}, {64, 3}, {8, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.rows = n;
        in.cols = n == default_size ? n / 2
                  : variant == 1 ? 1 : variant == 2 ? 4 * n : variant == 3 ? std::max<size_t>(1, n / 8) : n;
        in.image.resize(in.rows * in.cols);
        for (size_t r = 0; r < in.rows; ++r)
            for (size_t c = 0; c < in.cols; ++c) {
                const double re = rng.uniform(-1.0, 1.0), im = rng.uniform(-1.0, 1.0);
                std::complex<double> v(re, im);
                if (variant == 2)
                    v = std::cos(2.0 * M_PI * (static_cast<double>(r) / in.rows + 3.0 * c / in.cols)) + 0.01 * re;
                if (variant == 3) v = 0.0;
                in.image[r * in.cols + c] = v;
            }
        if (variant == 3) in.image[(in.rows / 2) * in.cols + in.cols - 1] = std::complex<double>(2.0, -1.0);
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output x = in.image;
        timer.start();
        PAREVAL_REFERENCE(fft2dInPlace)(x, in.rows, in.cols);
        timer.stop();
        return x;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output x = in.image;
        timer.start();
        fft2dInPlace(x, in.rows, in.cols);
        timer.stop();
        return x;
    }

    // each component within 1e-6 relative plus 1e-9 * sqrt(rows*cols) * max|x| absolute (FFT
    // rounding grows with the size; other algorithms round differently)
    static bool check(const Input& in, const Output& expected, const Output& got) {
        double mx = 0.0;
        for (auto& v : in.image) mx = std::max(mx, std::abs(v));
        const double n = static_cast<double>(in.image.size());
        return pareval::all_close(expected, got, 1e-6, 1e-9 * std::sqrt(n) * mx + 1e-12);
    }
};

PAREVAL_MAIN(Problem)
