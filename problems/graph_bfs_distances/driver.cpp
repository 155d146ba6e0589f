#include "pareval_harness.hpp"

#include <utility>
#include <vector>

void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances);
void PAREVAL_REFERENCE(hopDistances)(std::vector<int> const& offsets, std::vector<int> const& neighbors,
                                     int source, std::vector<int> &distances);

struct Problem {
    struct Input {
        std::vector<int> offsets, neighbors;
        int source = 0;
    };
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 300'000;  // number of vertices

    // size = number of vertices (at least 1).
    // variant 0: random graph with 16 edges per vertex (repeated edges possible);
    // variant 1: random graph with 1 edge per 2 vertices (many components, unreachable vertices);
    // variant 2: a path through all vertices in random order (as many levels as vertices);
    // variant 3: a star around vertex n-1, source is a leaf (or the only vertex);
    // variant 4: no edges at all.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 7, 17, 64, 1001},
                                        {{2, 1}, {17, 1}, {1001, 1}, {1, 2}, {7, 2}, {65, 2},
                                         {5, 3}, {101, 3}, {9, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        if (n == 0) n = 1;
        std::vector<std::pair<int, int>> edges;
        auto vertex = [&]() { return static_cast<int>(rng.integer(0, static_cast<std::int64_t>(n) - 1)); };
        if (variant == 0 || variant == 1) {
            const std::size_t m = variant == 0 ? 16 * n : n / 2;
            if (n > 1)
                for (std::size_t i = 0; i < m; ++i) {
                    const int u = vertex();
                    int v = static_cast<int>(rng.integer(0, static_cast<std::int64_t>(n) - 2));
                    if (v >= u) ++v;
                    edges.push_back({u, v});
                }
        } else if (variant == 2) {
            std::vector<int> order(n);
            for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<int>(i);
            for (std::size_t i = n; i > 1; --i)
                std::swap(order[i - 1], order[static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(i) - 1))]);
            for (std::size_t i = 0; i + 1 < n; ++i) edges.push_back({order[i], order[i + 1]});
        } else if (variant == 3) {
            for (std::size_t i = 0; i + 1 < n; ++i) edges.push_back({static_cast<int>(i), static_cast<int>(n - 1)});
        }
        Input in;
        in.offsets.assign(n + 1, 0);
        for (auto& e : edges) {
            ++in.offsets[e.first + 1];
            ++in.offsets[e.second + 1];
        }
        for (std::size_t i = 0; i < n; ++i) in.offsets[i + 1] += in.offsets[i];
        in.neighbors.resize(in.offsets[n]);
        std::vector<int> fill(in.offsets.begin(), in.offsets.end() - 1);
        for (auto& e : edges) {
            in.neighbors[fill[e.first]++] = e.second;
            in.neighbors[fill[e.second]++] = e.first;
        }
        in.source = variant == 3 ? 0 : vertex();
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output d(in.offsets.size() - 1, 0);
        timer.start();
        PAREVAL_REFERENCE(hopDistances)(in.offsets, in.neighbors, in.source, d);
        timer.stop();
        return d;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output d(in.offsets.size() - 1, pareval::sentinel<int>());
        timer.start();
        hopDistances(in.offsets, in.neighbors, in.source, d);
        timer.stop();
        return d;
    }

    // integer distances: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
