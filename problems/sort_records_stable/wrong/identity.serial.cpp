#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

// Wrong on purpose: leaves the records unchanged.
void stableSortByKey(std::vector<Record>& records) {
    (void)records;
}
