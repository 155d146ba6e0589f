#include <algorithm>
#include <vector>

void sortSkippingZeros(std::vector<int>& x) {
    std::vector<int> values;
    for (int v : x)
        if (v != 0) values.push_back(v);
    std::sort(values.begin(), values.end());
    std::size_t next = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        volatile int ahead = x[i + 1];  // looks at the next slot: one past the end of x at the last one
        (void)ahead;
        if (x[i] != 0) x[i] = values[next++];
    }
}
