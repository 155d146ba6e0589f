#include <algorithm>
#include <vector>

void sortAscending(std::vector<double>& x) {
    std::sort(x.begin(), x.end());
}
