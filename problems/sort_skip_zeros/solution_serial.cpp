#include <algorithm>
#include <cstddef>
#include <vector>

void sortSkippingZeros(std::vector<int>& x) {
    std::size_t count = 0;
    for (int v : x) count += v != 0;
    std::vector<int> values(count);
    std::size_t k = 0;
    for (int v : x)
        if (v != 0) values[k++] = v;
    std::sort(values.begin(), values.end());
    k = 0;
    for (int& v : x)
        if (v != 0) v = values[k++];
}
