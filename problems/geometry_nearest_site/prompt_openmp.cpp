#include <omp.h>
#include <vector>

struct Point {
    double x, y;
};

/* For every point queries[i], find the site in `sites` closest to it in Euclidean distance
   and store that site's index in nearest[i]. When several sites are equally close, take the
   smallest index. sites is not empty; nearest already has queries.size() elements.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: sites=[{0, 0}, {10, 0}, {0, 10}], queries=[{1, 2}, {9, 9}, {6, 1}, {5, 5}]
   output: nearest=[0, 1, 1, 0]
*/
void nearestSites(std::vector<Point> const& sites, std::vector<Point> const& queries,
                  std::vector<int> &nearest) {
