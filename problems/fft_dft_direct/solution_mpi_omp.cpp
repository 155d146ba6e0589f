#include <mpi.h>
#include <omp.h>
#include <cmath>
#include <complex>
#include <cstddef>
#include <vector>

// Each rank computes a block of the output frequencies, its threads splitting that block;
// rank 0 gathers the blocks in place.
void discreteFourierTransform(std::vector<std::complex<double>> const& x, std::vector<std::complex<double>> &X) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const long N = static_cast<long>(x.size());
    std::vector<int> counts(size), displs(size);
    for (int r = 0; r < size; ++r) {
        displs[r] = static_cast<int>(N * r / size);
        counts[r] = static_cast<int>(N * (r + 1) / size) - displs[r];
    }
    const long begin = displs[rank], end = begin + counts[rank];

    std::vector<double> wr(N), wi(N);
    const double step = -2.0 * M_PI / static_cast<double>(N);
#pragma omp parallel
    {
#pragma omp for schedule(static)
        for (long m = 0; m < N; ++m) {
            wr[m] = std::cos(step * static_cast<double>(m));
            wi[m] = std::sin(step * static_cast<double>(m));
        }
#pragma omp for schedule(static)
        for (long k = begin; k < end; ++k) {
            double re = 0.0, im = 0.0;
            long idx = 0;
            for (long n = 0; n < N; ++n) {
                const double a = x[n].real(), b = x[n].imag();
                re += a * wr[idx] - b * wi[idx];
                im += a * wi[idx] + b * wr[idx];
                idx += k;
                if (idx >= N) idx -= N;
            }
            X[k] = std::complex<double>(re, im);
        }
    }

    // outside the parallel region: a complex<double> travels as two MPI_DOUBLEs
    for (int r = 0; r < size; ++r) {
        counts[r] *= 2;
        displs[r] *= 2;
    }
    double* data = reinterpret_cast<double*>(X.data());
    if (rank == 0) {
        MPI_Gatherv(MPI_IN_PLACE, counts[0], MPI_DOUBLE, data, counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(data + displs[rank], counts[rank], MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    }
}
