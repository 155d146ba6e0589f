#include <algorithm>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

void stableSortByKey(std::vector<Record>& records) {
    std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) { return a.key < b.key; });
}
