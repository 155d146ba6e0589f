#include <algorithm>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

void stableSortByKey(std::vector<Record>& records) {
    const std::size_t n = records.size();
    std::vector<Record> out(n);
    std::vector<std::size_t> index(n);
    for (std::size_t i = 0; i < n; ++i) index[i] = i;
    std::stable_sort(index.begin(), index.end(),
                     [&](std::size_t a, std::size_t b) { return records[a].key < records[b].key; });
    for (std::size_t i = 0; i < n; ++i) {
        volatile int nextKey = records[index[i] + 1 < n ? index[i] + 1 : n].key;  // one past the end at the last record
        (void)nextKey;
        out[i] = records[index[i]];
    }
    records.swap(out);
}
