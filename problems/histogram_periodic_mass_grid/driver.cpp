#include "pareval_harness.hpp"

#include <vector>

struct Particle {
    double x, y;
    double mass;
};

void depositMassPeriodic(std::vector<Particle> const& particles, std::size_t width, std::size_t height,
                         std::vector<double>& grid);
void PAREVAL_REFERENCE(depositMassPeriodic)(std::vector<Particle> const& particles, std::size_t width,
                                            std::size_t height, std::vector<double>& grid);

struct Problem {
    struct Input {
        std::vector<Particle> particles;
        std::size_t width = 1, height = 1;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 10'000'000;

    // variant 0: positions spread over [-width, 2*width) x [-height, 2*height) (many outside the base
    //            cell range, both sides), 128 x 96 grid for large inputs, 7 x 5 for small ones;
    // variant 1: integer positions only (cell boundaries), including negative ones;
    // variant 2: a 1 x 9 grid; variant 3: a 13 x 1 grid with far-away positions (|x| up to 1e6);
    // variant 4: every particle in one cell
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {333, 1}, {999, 2}, {515, 3}, {257, 4}, {200'001, 0}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        if (variant == 2) { in.width = 1; in.height = 9; }
        else if (variant == 3) { in.width = 13; in.height = 1; }
        else if (n >= 100'000) { in.width = 128; in.height = 96; }
        else { in.width = 7; in.height = 5; }
        const double w = static_cast<double>(in.width), h = static_cast<double>(in.height);
        in.particles.resize(n);
        for (auto& p : in.particles) {
            if (variant == 1) {
                p.x = static_cast<double>(rng.integer(-2 * static_cast<long long>(in.width), 2 * in.width));
                p.y = static_cast<double>(rng.integer(-2 * static_cast<long long>(in.height), 2 * in.height));
            } else if (variant == 3) {
                p.x = rng.uniform(-1e6, 1e6);
                p.y = rng.uniform(-1e6, 1e6);
            } else if (variant == 4) {
                p.x = 3.25 + 5.0 * w;
                p.y = 2.5 - 3.0 * h;
            } else {
                p.x = rng.uniform(-w, 2.0 * w);
                p.y = rng.uniform(-h, 2.0 * h);
            }
            p.mass = rng.uniform(0.1, 2.0);
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output grid(in.width * in.height, 0.0);
        timer.start();
        PAREVAL_REFERENCE(depositMassPeriodic)(in.particles, in.width, in.height, grid);
        timer.stop();
        return grid;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output grid(in.width * in.height, 0.0);
        timer.start();
        depositMassPeriodic(in.particles, in.width, in.height, grid);
        timer.stop();
        return grid;
    }

    // masses are positive, so every cell total is a sum of positive terms whose order may differ
    // between a serial and a parallel deposit: relative tolerance 1e-9 per cell
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-9, 1e-12);
    }
};

PAREVAL_MAIN(Problem)
