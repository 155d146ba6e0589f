#include "pareval_harness.hpp"

#include <string>
#include <vector>

std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif);
std::vector<std::size_t> PAREVAL_REFERENCE(motifPositions)(std::string const& genome, std::string const& motif);

struct Problem {
    struct Input {
        std::string genome, motif;
    };
    using Output = std::vector<std::size_t>;
    static constexpr std::size_t default_size = 30'000'000;  // genome length

    // size = genome length.
    // variant 0: random genome, random 12-letter motif planted at about size/1000 places;
    // variant 1: genome of mostly A, motif "AAAA" (heavily overlapping occurrences);
    // variant 2: motif longer than the genome; variant 3: motif equal to the whole genome;
    // variant 4: one-letter motif; variant 5: motif "ACGACG" planted back to back in runs.
    static std::vector<pareval::Case> validation_cases() {
        return pareval::cases_for_sizes({0, 1, 2, 3, 7, 17, 1001, 20011},
                                        {{64, 1}, {1001, 1}, {5, 2}, {7, 3}, {1, 3}, {333, 4}, {3001, 5}});
    }

    static Input make_input(pareval::Rng& rng, std::size_t n, int variant) {
        static const char letters[4] = {'A', 'C', 'G', 'T'};
        auto randomString = [&](std::size_t len) {
            std::string s(len, 'A');
            for (std::size_t i = 0; i < len; i += 32) {
                std::uint64_t bits = rng.next();
                for (std::size_t j = i; j < len && j < i + 32; ++j, bits >>= 2) s[j] = letters[bits & 3];
            }
            return s;
        };
        Input in;
        in.genome = randomString(n);
        if (variant == 1) {
            for (auto& c : in.genome)
                if (rng.integer(0, 9) != 0) c = 'A';
            in.motif = "AAAA";
            return in;
        }
        if (variant == 2) {
            in.motif = randomString(n + 1 + static_cast<std::size_t>(rng.integer(0, 5)));
            return in;
        }
        if (variant == 3) {
            in.motif = in.genome.empty() ? "A" : in.genome;
            return in;
        }
        if (variant == 4) {
            in.motif = "G";
            return in;
        }
        in.motif = variant == 5 ? "ACGACG" : randomString(12);
        const std::size_t m = in.motif.size();
        if (n >= m) {
            const std::size_t plants = variant == 5 ? n / 40 + 1 : n / 1000 + 2;
            for (std::size_t t = 0; t < plants; ++t) {
                const std::size_t p = static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(n - m)));
                const std::size_t copies = variant == 5 ? 3 : 1;
                for (std::size_t c = 0; c < copies && p + (c + 1) * m <= n; ++c) in.genome.replace(p + c * m, m, in.motif);
            }
        }
        return in;
    }

    static Output reference(const Input& in, pareval::Timer& timer) {
        timer.start();
        Output r = PAREVAL_REFERENCE(motifPositions)(in.genome, in.motif);
        timer.stop();
        return r;
    }

    static Output candidate(const Input& in, pareval::Timer& timer) {
        timer.start();
        Output r = motifPositions(in.genome, in.motif);
        timer.stop();
        return r;
    }

    // positions: exact comparison
    static bool check(const Input&, const Output& expected, const Output& got) {
        return expected == got;
    }
};

PAREVAL_MAIN(Problem)
