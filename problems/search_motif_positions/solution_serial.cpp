#include <string>
#include <vector>

namespace {
struct Match {
    std::size_t position;
};
}  // namespace

std::vector<std::size_t> motifPositions(std::string const& genome, std::string const& motif) {
    const std::size_t n = genome.size(), m = motif.size();
    std::vector<Match> found;
    if (m <= n)
        for (std::size_t p = 0; p + m <= n; ++p) {
            std::size_t k = 0;
            while (k < m && genome[p + k] == motif[k]) ++k;
            if (k == m) found.push_back({p});
        }
    std::vector<std::size_t> result(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) result[i] = found[i].position;
    return result;
}
