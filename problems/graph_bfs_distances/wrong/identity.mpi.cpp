#include <vector>

// Wrong on purpose: a trivial answer, distance 0 to the source and -1 everywhere else.
void hopDistances(std::vector<int> const& offsets, std::vector<int> const& neighbors, int source,
                  std::vector<int> &distances) {
    (void)neighbors;
    distances.assign(offsets.size() - 1, -1);
    distances[source] = 0;
}
