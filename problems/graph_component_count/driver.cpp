#include "pareval_harness.hpp"

#include <utility>
#include <vector>

int countComponents(int numVertices, std::vector<std::pair<int, int>> const& edges);
int PAREVAL_REFERENCE(countComponents)(int numVertices, std::vector<std::pair<int, int>> const& edges);

struct Problem {
    struct Input {
        int numVertices = 0;
        std::vector<std::pair<int, int>> edges;
    };
    using Output = int;
    static constexpr std::size_t default_size = 250'000;  // number of vertices

    // size = number of vertices.
    // variant 0: 40 edges per vertex, each inside one of 64 clusters of consecutive vertices; the
    //            last 5% of the vertices have no edges;
    // variant 1: no edges at all;
    // variant 2: one path through all vertices in random order (a single component);
    // variant 3: n/2 random edges, with self-loops and repeats (many small components).
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001, 5000},
                                        {{1, 1}, {9, 1}, {2, 2}, {7, 2}, {1001, 2},
                                         {1, 3}, {17, 3}, {999, 3}, {20001, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.numVertices = static_cast<int>(n);
        if (n == 0) return in;
        const auto N = static_cast<std::int64_t>(n);
        if (variant == 0) {
            const std::int64_t active = std::max<std::int64_t>(1, N - N / 20);
            const std::int64_t clusters = std::min<std::int64_t>(64, active);
            in.edges.resize(40 * n);
            for (auto& e : in.edges) {
                const std::int64_t c = rng.integer(0, clusters - 1);
                const std::int64_t lo = active * c / clusters, hi = active * (c + 1) / clusters - 1;
                e = {static_cast<int>(rng.integer(lo, hi)), static_cast<int>(rng.integer(lo, hi))};
            }
        } else if (variant == 2) {
            std::vector<int> order(n);
            for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<int>(i);
            for (std::size_t i = n; i > 1; --i)
                std::swap(order[i - 1], order[static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(i) - 1))]);
            for (std::size_t i = 0; i + 1 < n; ++i) in.edges.push_back({order[i], order[i + 1]});
        } else if (variant == 3) {
            in.edges.resize(n / 2);
            for (auto& e : in.edges) e = {static_cast<int>(rng.integer(0, N - 1)), static_cast<int>(rng.integer(0, N - 1))};
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        const int r = PAREVAL_REFERENCE(countComponents)(in.numVertices, in.edges);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        const int r = countComponents(in.numVertices, in.edges);
        timer.stop();
        return r;
    }

    // an integer count: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
