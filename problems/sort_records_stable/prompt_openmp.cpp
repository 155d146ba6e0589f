#include <omp.h>
#include <vector>

struct Record {
    int key;
    int id;
    double value;
};

/* Sort records in place in ascending order of key. The sort must be stable: records with equal
   keys keep the relative order they had in the input.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: records=[{3, 10, 0.5}, {1, 11, 2.0}, {3, 12, -1.0}, {2, 13, 4.0}, {1, 14, 8.0}]
   output: records=[{1, 11, 2.0}, {1, 14, 8.0}, {2, 13, 4.0}, {3, 10, 0.5}, {3, 12, -1.0}]
*/
void stableSortByKey(std::vector<Record>& records) {
