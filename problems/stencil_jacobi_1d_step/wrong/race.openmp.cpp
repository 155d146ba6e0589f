// Race: input is first copied into output, then output is smoothed in place, each thread sweeping
// its own block and keeping the old left neighbour in a local. A block's first point reads the
// value just left of it and its last point the value just right of it, but those belong to the
// neighbouring threads, which overwrite them in the same sweep. With one thread the in-place sweep
// is exact; with several, block-edge points read already smoothed values.
#include <omp.h>
#include <vector>

void jacobiStep1D(std::vector<double> const& input, std::vector<double>& output) {
    const long n = static_cast<long>(input.size());
    double* out = output.data();
#pragma omp parallel for schedule(static)
    for (long i = 0; i < n; ++i) out[i] = input[i];
#pragma omp parallel
    {
        const long nt = omp_get_num_threads(), id = omp_get_thread_num();
        const long lo = n * id / nt, hi = n * (id + 1) / nt;
        if (lo < hi) {
            double prev = lo > 0 ? out[lo - 1] : 0.0;
            for (long i = lo; i < hi; ++i) {
                const double here = out[i];
                const double right = i + 1 < n ? out[i + 1] : 0.0;
                out[i] = (prev + here + right) / 3.0;
                prev = here;
            }
        }
    }
}
