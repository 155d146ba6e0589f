#include "pareval_harness.hpp"

#include <algorithm>
#include <utility>
#include <vector>

long long countTriangles(std::vector<int> const& offsets, std::vector<int> const& neighbors);
long long PAREVAL_REFERENCE(countTriangles)(std::vector<int> const& offsets, std::vector<int> const& neighbors);

struct Problem {
    struct Input {
        std::vector<int> offsets, neighbors;
    };
    using Output = long long;
    static constexpr std::size_t default_size = 70'000;  // number of vertices

    // size = number of vertices.
    // variant 0: each vertex u links to about 10 vertices among u+1..u+64 and to about 4 random
    //            larger vertices (many triangles, skewed towards nearby vertices);
    // variant 1: complete graph; variant 2: complete bipartite graph (no triangles);
    // variant 3: sparse random graph with n edges (few triangles, isolated vertices).
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001, 4099},
                                        {{3, 1}, {4, 1}, {7, 1}, {33, 1}, {6, 2}, {41, 2},
                                         {17, 3}, {1001, 3}, {3001, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        // Edges (u, v) with u < v, generated in increasing u with increasing v for each u, so that
        // appending both directions in this order yields sorted adjacency lists.
        std::vector<std::vector<int>> later(n);
        const auto N = static_cast<std::int64_t>(n);
        for (std::int64_t u = 0; u < N; ++u) {
            auto& out = later[u];
            if (variant == 0) {
                for (int t = 0; t < 10; ++t) out.push_back(static_cast<int>(u + rng.integer(1, 64)));
                for (int t = 0; t < 4; ++t) out.push_back(static_cast<int>(rng.integer(u, N)));
            } else if (variant == 1) {
                for (std::int64_t v = u + 1; v < N; ++v) out.push_back(static_cast<int>(v));
            } else if (variant == 2) {
                for (std::int64_t v = u + 1; v < N; ++v)
                    if ((u % 2) != (v % 2)) out.push_back(static_cast<int>(v));
            } else {
                out.push_back(static_cast<int>(rng.integer(0, 2 * N)));
            }
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
            out.erase(std::remove_if(out.begin(), out.end(), [&](int v) { return v <= u || v >= N; }), out.end());
        }
        Input in;
        in.offsets.assign(n + 1, 0);
        for (std::size_t u = 0; u < n; ++u)
            for (int v : later[u]) {
                ++in.offsets[u + 1];
                ++in.offsets[v + 1];
            }
        for (std::size_t i = 0; i < n; ++i) in.offsets[i + 1] += in.offsets[i];
        in.neighbors.resize(in.offsets[n]);
        std::vector<int> fill(in.offsets.begin(), in.offsets.end() - 1);
        for (std::size_t u = 0; u < n; ++u)
            for (int v : later[u]) {
                in.neighbors[fill[u]++] = v;
                in.neighbors[fill[v]++] = static_cast<int>(u);
            }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        const long long r = PAREVAL_REFERENCE(countTriangles)(in.offsets, in.neighbors);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        const long long r = countTriangles(in.offsets, in.neighbors);
        timer.stop();
        return r;
    }

    // an integer count: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
