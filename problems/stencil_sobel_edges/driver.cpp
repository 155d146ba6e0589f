#include "pareval_harness.hpp"

#include <vector>

void sobelMagnitude(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows, std::size_t cols);
void PAREVAL_REFERENCE(sobelMagnitude)(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows,
                                       std::size_t cols);

struct Problem {
    struct Input {
        std::vector<int> image;
        std::size_t rows, cols;
    };
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 3600;  // rows; the image has 4 * rows / 3 columns

    // variant 0: smooth gradient plus a few bright rectangles plus noise, rows x (4*rows/3 + 1);
    // variant 1: constant image (edges only at the border); variant 2: a single row;
    // variant 3: a single column; variant 4: random noise with extreme values 0 and 255
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 4, 5, 7, 17, 64, 101},
                                        {{9, 1}, {1, 1}, {13, 2}, {1, 2}, {11, 3}, {2, 3}, {33, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in{{}, n, 4 * n / 3 + 1};
        if (variant == 2) { in.rows = 1; in.cols = n; }
        if (variant == 3) { in.rows = n; in.cols = 1; }
        const std::size_t R = in.rows, C = in.cols;
        in.image.assign(R * C, 0);
        auto& im = in.image;
        if (variant == 1) {
            im.assign(R * C, static_cast<int>(rng.integer(1, 255)));
        } else if (variant == 4) {
            for (auto& p : im) p = rng.integer(0, 1) ? 255 : 0;
        } else {
            for (std::size_t i = 0; i < R; ++i)
                for (std::size_t j = 0; j < C; ++j)
                    im[i * C + j] = static_cast<int>(40.0 + 100.0 * (i + j) / static_cast<double>(R + C)) +
                                    static_cast<int>(rng.integer(0, 15));
            for (int k = 0; k < 6; ++k) {  // bright rectangles give strong edges
                const std::size_t i0 = rng.integer(0, R - 1), j0 = rng.integer(0, C - 1);
                const std::size_t h = rng.integer(1, (R + 1) / 2), w = rng.integer(1, (C + 1) / 2);
                for (std::size_t i = i0; i < std::min(R, i0 + h); ++i)
                    for (std::size_t j = j0; j < std::min(C, j0 + w); ++j) im[i * C + j] = std::min(255, im[i * C + j] + 90);
            }
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output e(in.rows * in.cols, 0);
        timer.start();
        PAREVAL_REFERENCE(sobelMagnitude)(in.image, e, in.rows, in.cols);
        timer.stop();
        return e;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output e(in.rows * in.cols, pareval::sentinel<int>());
        timer.start();
        sobelMagnitude(in.image, e, in.rows, in.cols);
        timer.stop();
        return e;
    }

    // exact: integer outputs (floor of the square root of an integer below 2^22 is exact in double)
    static bool check(const Input&, const Output& expected, const Output& got) { return expected == got; }
};

PAREVAL_MAIN(Problem)
