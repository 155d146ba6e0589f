#include <mpi.h>
#include <cstddef>
#include <vector>

namespace {

// The affine map y_out = mul * y_in + add that a block applies to the value entering it.
struct Affine {
    double mul;
    double add;
};

// Composes an earlier map (in) with a later one (inout): later(earlier(y)). MPI applies it in rank order.
void compose(void* in, void* inout, int* len, MPI_Datatype*) {
    const Affine* first = static_cast<const Affine*>(in);
    Affine* second = static_cast<Affine*>(inout);
    for (int k = 0; k < *len; ++k) {
        second[k].add = second[k].mul * first[k].add + second[k].add;
        second[k].mul = second[k].mul * first[k].mul;
    }
}

}  // namespace

void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = b.size();
    auto block_begin = [&](int r) { return n * static_cast<std::size_t>(r) / static_cast<std::size_t>(size); };
    const std::size_t begin = block_begin(rank), end = block_begin(rank + 1);

    // Solve the block as if the value entering it were 0, and track the product of its a's.
    // (Element 0 ignores whatever enters it, so its multiplier is 0.)
    double mul = 1.0, add = 0.0;
    for (std::size_t i = begin; i < end; ++i) {
        const double ai = i == 0 ? 0.0 : a[i];
        add = ai * add + b[i];
        mul *= ai;
        y[i] = add;
    }
    Affine mine{mul, add};

    // the value entering this block: the composition of all earlier blocks applied to 0
    MPI_Datatype pair;
    MPI_Type_contiguous(2, MPI_DOUBLE, &pair);
    MPI_Type_commit(&pair);
    MPI_Op op;
    MPI_Op_create(&compose, 0 /* not commutative */, &op);
    Affine before{1.0, 0.0};
    MPI_Exscan(&mine, &before, 1, pair, op, MPI_COMM_WORLD);
    MPI_Op_free(&op);
    MPI_Type_free(&pair);
    const double carry = rank == 0 ? 0.0 : before.add;

    // y[i] = (local solution) + (product of a's since the block start) * carry; the product
    // shrinks (|a| <= 1) and once it is exactly 0 the rest of the block needs no correction
    if (carry != 0.0) {
        double p = 1.0;
        for (std::size_t i = begin; i < end; ++i) {
            p *= i == 0 ? 0.0 : a[i];
            if (p == 0.0) break;
            y[i] += p * carry;
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
        MPI_Gatherv(y.data() + begin, static_cast<int>(end - begin), MPI_DOUBLE, nullptr, nullptr, nullptr,
                    MPI_DOUBLE, 0, MPI_COMM_WORLD);
    }
}
