#include "pareval_harness.hpp"

#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

void stableSortByKey(std::vector<Record>& records);
void PAREVAL_REFERENCE(stableSortByKey)(std::vector<Record>& records);

struct Problem {
    using Input = std::vector<Record>;
    using Output = std::vector<Record>;
    static constexpr std::size_t default_size = 1'200'000;

    // id is the input position, so any instability shows. variant 0: keys in [0, 1000);
    // variant 1: one key for all records (the order must not change); variant 2: keys in
    // descending runs; variant 3: negative and positive keys, only 3 distinct values;
    // variant 4: distinct keys
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 64, 1001},
                                        {{1000, 1}, {999, 2}, {1001, 3}, {513, 4}, {100'003, 0}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        Input r(n);
        for (std::size_t i = 0; i < n; ++i) {
            int key;
            if (variant == 1) key = 7;
            else if (variant == 2) key = static_cast<int>((n - i) / 10);
            else if (variant == 3) key = static_cast<int>(rng.integer(-1, 1)) * 1000;
            else if (variant == 4) key = static_cast<int>(i * 7919 % 100'003) - 50'000;
            else key = static_cast<int>(rng.integer(0, 999));
            r[i] = Record{key, static_cast<int>(i), rng.uniform(-1.0, 1.0)};
        }
        return r;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        Output r = in;
        timer.start();
        PAREVAL_REFERENCE(stableSortByKey)(r);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        Output r = in;
        timer.start();
        stableSortByKey(r);
        timer.stop();
        return r;
    }

    // exact: a stable order is unique
    static bool check(const Input&, const Output& expected, const Output& got) {
        if (expected.size() != got.size()) return false;
        for (std::size_t i = 0; i < got.size(); ++i)
            if (got[i].key != expected[i].key || got[i].id != expected[i].id || got[i].value != expected[i].value)
                return false;
        return true;
    }
};

PAREVAL_MAIN(Problem)
