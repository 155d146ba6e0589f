#include "pareval_harness.hpp"

#include <vector>

void histogramByEdges(std::vector<double> const& x, std::vector<double> const& edges, std::vector<std::size_t>& counts);
void PAREVAL_REFERENCE(histogramByEdges)(std::vector<double> const& x, std::vector<double> const& edges,
                                         std::vector<std::size_t>& counts);

struct Problem {
    struct Input {
        std::vector<double> x;
        std::vector<double> edges;
    };
    using Output = std::vector<std::size_t>;
    static constexpr std::size_t default_size = 2'000'000;

    // variant 0: 1 + n/2500 bins (801 at the default size) of random widths, x partly outside;
    // variant 1: a single bin; variant 2: every x equal to an edge (the first, an inner or the last);
    // variant 3: many duplicate x values and negative edges
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {5, 1}, {999, 2}, {130, 2}, {513, 3}});
    }

    static std::size_t bins_for(std::size_t n, int variant) {
        if (variant == 1) return 1;
        if (variant == 3) return 9;
        return 1 + n / 2500 + (n < 2500 ? n % 13 : 0);
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        const std::size_t bins = bins_for(n, variant);
        in.edges.resize(bins + 1);
        double e = variant == 3 ? -50.0 : rng.uniform(-1.0, 1.0);
        for (auto& v : in.edges) {
            v = e;
            e += variant == 3 ? 10.0 : rng.uniform(0.01, 1.0) * (1.0 + (rng.integer(0, 9) == 0 ? 20.0 : 0.0));
        }
        const double lo = in.edges.front(), hi = in.edges.back(), pad = 0.05 * (hi - lo);
        in.x.resize(n);
        for (auto& v : in.x) {
            if (variant == 2) v = in.edges[rng.integer(0, 2) == 0 ? 0 : rng.integer(0, 2) == 0 ? bins : rng.integer(0, bins)];
            else if (variant == 3) v = static_cast<double>(rng.integer(-60, 45));
            else v = rng.uniform(lo - pad, hi + pad);
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output counts(in.edges.size() - 1, 0);
        timer.start();
        PAREVAL_REFERENCE(histogramByEdges)(in.x, in.edges, counts);
        timer.stop();
        return counts;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output counts(in.edges.size() - 1, pareval::sentinel<std::size_t>());
        timer.start();
        histogramByEdges(in.x, in.edges, counts);
        timer.stop();
        return counts;
    }

    // exact integer counts
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
