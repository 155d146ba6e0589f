#include "pareval_harness.hpp"

#include <vector>

void allPairsDistances(int n, std::vector<int> const& weights, std::vector<int> &dist);
void PAREVAL_REFERENCE(allPairsDistances)(int n, std::vector<int> const& weights, std::vector<int> &dist);

struct Problem {
    struct Input {
        int n = 0;
        std::vector<int> weights;
    };
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 880;  // number of vertices

    // size = number of vertices.
    // variant 0: each edge present with probability 5% (at least about 3 per vertex), lengths 1..100;
    // variant 1: no edges; variant 2: a directed cycle 0->1->...->n-1->0 plus random shortcuts
    //            that are long; variant 3: complete graph, lengths 1..1000;
    // variant 4: two halves with edges only inside each half and from the first to the second.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 101},
                                        {{1, 1}, {9, 1}, {5, 2}, {33, 2}, {4, 3}, {47, 3},
                                         {7, 4}, {61, 4}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in;
        in.n = static_cast<int>(n);
        in.weights.assign(n * n, -1);
        const double p = n > 0 ? std::max(0.05, 3.0 / static_cast<double>(n)) : 0.0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                int& w = in.weights[i * n + j];
                if (i == j) {
                    w = 0;
                } else if (variant == 0) {
                    if (rng.uniform() < p) w = static_cast<int>(rng.integer(1, 100));
                } else if (variant == 2) {
                    if (j == (i + 1) % n) w = static_cast<int>(rng.integer(1, 10));
                    else if (rng.uniform() < 0.1) w = static_cast<int>(rng.integer(50, 500));
                } else if (variant == 3) {
                    w = static_cast<int>(rng.integer(1, 1000));
                } else if (variant == 4) {
                    const bool fi = i < n / 2, fj = j < n / 2;
                    if ((fi == fj || (fi && !fj)) && rng.uniform() < 0.3) w = static_cast<int>(rng.integer(1, 100));
                }
            }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output d(in.weights.size(), 0);
        timer.start();
        PAREVAL_REFERENCE(allPairsDistances)(in.n, in.weights, d);
        timer.stop();
        return d;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output d(in.weights.size(), pareval::sentinel<int>());
        timer.start();
        allPairsDistances(in.n, in.weights, d);
        timer.stop();
        return d;
    }

    // integer path lengths: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
