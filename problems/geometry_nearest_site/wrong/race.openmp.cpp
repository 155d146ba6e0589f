#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

// Each thread searches only its own share of the sites for every query and ASSIGNS the nearest
// site of that share to the shared nearest[i] with no synchronisation, instead of keeping the
// closer of the threads' answers: the last writer wins. Right with one thread (its share is every
// site); with several, nearest[i] is often the best site of another thread's share.
void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries,
                  std::vector<int> &nearest) {
    const long m = static_cast<long>(sites.size());
#pragma omp parallel
    {
        const long t = omp_get_thread_num(), T = omp_get_num_threads();
        const int s0 = static_cast<int>(m * t / T), s1 = static_cast<int>(m * (t + 1) / T);
        if (s0 < s1) {
            for (std::size_t i = 0; i < queries.size(); ++i) {
                const Point q = queries[i];
                int best = s0;
                double bestDist = (q.x - sites[s0].x) * (q.x - sites[s0].x) + (q.y - sites[s0].y) * (q.y - sites[s0].y);
                for (int s = s0 + 1; s < s1; ++s) {
                    const double dx = q.x - sites[s].x, dy = q.y - sites[s].y;
                    const double d = dx * dx + dy * dy;
                    if (d < bestDist) {
                        bestDist = d;
                        best = s;
                    }
                }
                nearest[i] = best;
            }
        }
    }
}
