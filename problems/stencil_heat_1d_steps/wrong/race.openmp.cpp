// Race: each step updates u in place, every thread sweeping its own block and carrying the old
// left neighbour in a local. The first point of a block reads the old value just left of it, and
// the last point reads the old value just right of it, but those belong to the neighbouring
// threads, which overwrite them during the same step. With one thread the sweep is exact; with
// several, block-edge points mix values from two different time steps.
#include <omp.h>
#include <vector>

void heatSteps1D(std::vector<double>& u, double r, int steps) {
    const long n = static_cast<long>(u.size());
    if (n < 3) return;
    double* v = u.data();
    for (int s = 0; s < steps; ++s) {
#pragma omp parallel
        {
            const long nt = omp_get_num_threads(), id = omp_get_thread_num();
            const long m = n - 2;  // interior points 1 .. n-2
            const long lo = 1 + m * id / nt, hi = 1 + m * (id + 1) / nt;
            if (lo < hi) {
                double prev = v[lo - 1];
                for (long i = lo; i < hi; ++i) {
                    const double here = v[i];
                    v[i] = here + r * (prev - 2.0 * here + v[i + 1]);
                    prev = here;
                }
            }
        }
    }
}
