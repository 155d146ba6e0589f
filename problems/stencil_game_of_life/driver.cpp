#include "pareval_harness.hpp"

#include <vector>

void lifeGenerations(std::vector<int>& board, std::size_t rows, std::size_t cols, int generations);
void PAREVAL_REFERENCE(lifeGenerations)(std::vector<int>& board, std::size_t rows, std::size_t cols,
                                        int generations);

struct Problem {
    struct Input {
        std::vector<int> board;
        std::size_t rows, cols;
        int generations;
    };
    using Output = std::vector<int>;
    static constexpr std::size_t default_size = 1000;  // rows; the board has rows + 3 columns

    // variant 0: random board (about 35% alive), rows x (rows + 3);
    // variant 1: zero generations; variant 2: a single row; variant 3: a single column;
    // variant 4: a glider on an empty square board, running into the edge;
    // variant 5: fully alive square board
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({1, 2, 3, 4, 5, 7, 17, 40, 64},
                                        {{9, 1}, {11, 2}, {1, 2}, {13, 3}, {2, 3}, {12, 4}, {30, 4}, {6, 5}, {21, 5}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input in{{}, n, n + 3, 0};
        switch (variant) {
            case 2: in.rows = 1; in.cols = n; break;
            case 3: in.rows = n; in.cols = 1; break;
            case 4: case 5: in.cols = n; break;
            default: break;
        }
        in.board.assign(in.rows * in.cols, 0);
        auto& b = in.board;
        switch (variant) {
            case 4:
                if (n >= 3) {  // glider heading down and right
                    b[0 * n + 1] = 1;
                    b[1 * n + 2] = 1;
                    b[2 * n + 0] = b[2 * n + 1] = b[2 * n + 2] = 1;
                }
                in.generations = static_cast<int>(4 * n + 2);
                break;
            case 5:
                b.assign(b.size(), 1);
                in.generations = static_cast<int>(n);
                break;
            default:
                for (auto& c : b) c = rng.uniform() < 0.35 ? 1 : 0;
                if (variant == 1) in.generations = 0;
                else if (variant == 0 && n >= 200) in.generations = 100;
                else in.generations = static_cast<int>(n + 4);
                break;
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output b = in.board;
        timer.start();
        PAREVAL_REFERENCE(lifeGenerations)(b, in.rows, in.cols, in.generations);
        timer.stop();
        return b;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output b = in.board;
        timer.start();
        lifeGenerations(b, in.rows, in.cols, in.generations);
        timer.stop();
        return b;
    }

    // exact: cells are 0 or 1
    static bool check(const Input&, const Output& expected, const Output& got) { return expected == got; }
};

PAREVAL_MAIN(Problem)
