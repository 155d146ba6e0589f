#include "pareval_harness.hpp"

#include <vector>

void heatSteps1D(std::vector<double>& u, double r, int steps);
void PAREVAL_REFERENCE(heatSteps1D)(std::vector<double>& u, double r, int steps);

struct Problem {
    struct Input {
        std::vector<double> u;
        double r;
        int steps;
    };
    using Output = std::vector<double>;
    static constexpr std::size_t default_size = 500'000;

    // variant 0: random temperatures; on small rods the steps let heat cross block boundaries;
    // variant 1: zero steps; variant 2: one hot spot in a cold rod, r = 0.5;
    // variant 3: hot ends, cold interior, many steps; variant 4: constant rod
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 4, 5, 7, 17, 64, 1001},
                                        {{100, 1}, {33, 2}, {1001, 2}, {2, 3}, {19, 3}, {999, 3}, {50, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in{std::vector<double>(n), 0.25, 0};
        auto& u = in.u;
        const bool timed = n >= 100'000;  // the timed input: few steps relative to its size
        switch (variant) {
            case 1:
                for (auto& v : u) v = rng.uniform(-1, 1);
                in.steps = 0;
                break;
            case 2:
                if (n > 0) u[n / 2] = 100.0;
                in.r = 0.5;
                in.steps = static_cast<int>(std::min<std::size_t>(n, 60));
                break;
            case 3:
                if (n > 0) u[0] = 10.0;
                if (n > 1) u[n - 1] = -4.0;
                in.r = 0.4;
                in.steps = static_cast<int>(std::min<std::size_t>(3 * n + 5, 80));
                break;
            case 4:
                u.assign(n, 2.5);
                in.steps = 20;
                break;
            default:
                for (auto& v : u) v = rng.uniform(0, 100);
                in.r = rng.uniform(0.1, 0.5);
                in.steps = timed ? 400 : static_cast<int>(std::min<std::size_t>(n / 2 + 3, 40));
                break;
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output u = in.u;
        timer.start();
        PAREVAL_REFERENCE(heatSteps1D)(u, in.r, in.steps);
        timer.stop();
        return u;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output u = in.u;
        timer.start();
        heatSteps1D(u, in.r, in.steps);
        timer.stop();
        return u;
    }

    // the update is stable (r <= 0.5), so rounding differences from other (equivalent) ways of
    // writing it stay tiny: relative tolerance 1e-8, absolute 1e-9
    static bool check(const Input&, const Output& expected, const Output& got) {
        return pareval::all_close(expected, got, 1e-8, 1e-9);
    }
};

PAREVAL_MAIN(Problem)
