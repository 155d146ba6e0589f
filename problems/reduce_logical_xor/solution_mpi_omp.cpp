#include <mpi.h>
#include <omp.h>
#include <vector>

bool reduceLogicalXor(std::vector<bool> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long n = static_cast<long>(x.size());
    const long begin = n * rank / size;
    const long end = n * (rank + 1) / size;
    const long len = end - begin;

    int mine = 0;
    // the rank's block split again into one contiguous sub-block per thread
#pragma omp parallel reduction(^ : mine)
    {
        const long t = omp_get_thread_num(), threads = omp_get_num_threads();
        bool local = false;
        for (auto it = x.begin() + (begin + len * t / threads), stop = x.begin() + (begin + len * (t + 1) / threads);
             it != stop; ++it)
            local ^= *it;
        mine ^= local ? 1 : 0;
    }

    int total = 0;
    MPI_Reduce(&mine, &total, 1, MPI_INT, MPI_LXOR, 0, MPI_COMM_WORLD);
    return total != 0;
}
