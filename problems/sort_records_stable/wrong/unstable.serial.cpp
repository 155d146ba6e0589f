#include <algorithm>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

// Wrong on purpose: sorts by key with an unstable sort (equal keys may be reordered).
void stableSortByKey(std::vector<Record>& records) {
    std::sort(records.begin(), records.end(), [](const Record& a, const Record& b) { return a.key < b.key; });
}
