#include <mpi.h>
#include <omp.h>
#include <cstddef>
#include <vector>

namespace {

// The affine map y_out = mul * y_in + add that a stretch of the recurrence applies to its input.
struct Affine {
    double mul;
    double add;
};

// MPI reduction: inout = later(earlier(y)) with earlier = in (a lower rank). Not commutative.
void composeMaps(void* in, void* inout, int* len, MPI_Datatype*) {
    const Affine* earlier = static_cast<const Affine*>(in);
    Affine* later = static_cast<Affine*>(inout);
    for (int k = 0; k < *len; ++k) {
        later[k].add = later[k].mul * earlier[k].add + later[k].add;
        later[k].mul = later[k].mul * earlier[k].mul;
    }
}

}  // namespace

// Each rank owns a contiguous block, split again into one piece per thread. Each thread solves its
// piece from a zero start (recording the piece's affine map); the rank composes its threads' maps,
// MPI_Exscan composes the ranks' maps, and each thread then corrects its piece with the value that
// really enters it. Rank 0 gathers the blocks.
void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = b.size();
    auto block_begin = [&](int r) { return n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size); };
    const std::size_t begin = block_begin(rank), end = block_begin(rank + 1);
    const std::size_t len = end - begin;

    const int max_threads = omp_get_max_threads();
    std::vector<Affine> piece(max_threads, Affine{1.0, 0.0});
    std::vector<double> piece_in(max_threads, 0.0);
    int team = 1;

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
#pragma omp single nowait
        team = nt;
        const std::size_t lo = begin + len * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = begin + len * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        double mul = 1.0, v = 0.0;
        std::size_t i = lo;
        if (i == 0 && i < hi) {  // y[0] = b[0] whatever enters: its multiplier is 0
            v = b[0];
            mul = 0.0;
            y[0] = v;
            ++i;
        }
        for (; i < hi; ++i) {
            v = a[i] * v + b[i];
            mul *= a[i];
            y[i] = v;
        }
        piece[t] = Affine{mul, v};
    }

    // the rank's map: its pieces composed in order
    Affine mine{1.0, 0.0};
    for (int k = 0; k < team; ++k) {
        mine.add = piece[k].mul * mine.add + piece[k].add;
        mine.mul = piece[k].mul * mine.mul;
    }

    MPI_Datatype pair;
    MPI_Type_contiguous(2, MPI_DOUBLE, &pair);
    MPI_Type_commit(&pair);
    MPI_Op op;
    MPI_Op_create(&composeMaps, 0 /* not commutative */, &op);
    Affine before{1.0, 0.0};
    MPI_Exscan(&mine, &before, 1, pair, op, MPI_COMM_WORLD);
    MPI_Op_free(&op);
    MPI_Type_free(&pair);

    // the value entering each piece: the earlier ranks' result pushed through the earlier pieces
    double in = rank == 0 ? 0.0 : before.add;
    for (int k = 0; k < team; ++k) {
        piece_in[k] = in;
        in = piece[k].mul * in + piece[k].add;
    }

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const std::size_t lo = begin + len * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = begin + len * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);
        // |a| <= 1, so the product only shrinks; once it is exactly 0 nothing more changes
        const double carry = t < team ? piece_in[t] : 0.0;
        if (carry != 0.0) {
            double p = 1.0;
            for (std::size_t j = lo; j < hi; ++j) {
                p *= j == 0 ? 0.0 : a[j];
                if (p == 0.0) break;
                y[j] += p * carry;
            }
        }
    }

    std::vector<int> counts, displs;
    if (rank == 0) {
        counts.resize(size);
        displs.resize(size);
        for (int r = 0; r < size; ++r) {
            counts[r] = static_cast<int>(block_begin(r + 1) - block_begin(r));
            displs[r] = static_cast<int>(block_begin(r));
        }
        MPI_Gatherv(MPI_IN_PLACE, 0, MPI_DOUBLE, y.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    } else {
        MPI_Gatherv(y.data() + begin, static_cast<int>(len), MPI_DOUBLE, nullptr, nullptr, nullptr, MPI_DOUBLE, 0,
                    MPI_COMM_WORLD);
    }
}
