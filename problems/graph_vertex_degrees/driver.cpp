#include "pareval_harness.hpp"

#include <vector>

struct Edge {
    int u;
    int v;
};

std::vector<int> vertexDegrees(int numVertices, std::vector<Edge> const& edges);
std::vector<int> PAREVAL_REFERENCE(vertexDegrees)(int numVertices, std::vector<Edge> const& edges);

struct Problem {
    struct Input {
        int numVertices = 0;
        std::vector<Edge> edges;
    };
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 24'000'000;  // number of edges

    // size = number of edges.
    // variant 0: about 96 edges per vertex; variant 1: many more vertices than edges (isolated
    // vertices); variant 2: only 3 vertices, so edges repeat many times; variant 3: no vertices.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{0, 1}, {5, 1}, {333, 1}, {1, 2}, {99, 2}, {0, 3}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        if (variant == 3) return in;  // no vertices, hence no edges
        if (variant == 1) in.numVertices = static_cast<int>(2 * n + 3);
        else if (variant == 2) in.numVertices = 3;
        else in.numVertices = static_cast<int>(n / 96 + 3);
        in.edges.resize(n);
        for (auto& e : in.edges) {
            e.u = static_cast<int>(rng.integer(0, in.numVertices - 1));
            e.v = static_cast<int>(rng.integer(0, in.numVertices - 2));
            if (e.v >= e.u) ++e.v;  // no self-loops
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        Output r = PAREVAL_REFERENCE(vertexDegrees)(in.numVertices, in.edges);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        Output r = vertexDegrees(in.numVertices, in.edges);
        timer.stop();
        return r;
    }

    // integer counts: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
