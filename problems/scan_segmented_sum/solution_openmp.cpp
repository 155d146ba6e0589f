#include <omp.h>
#include <cstddef>
#include <vector>

// Every thread scans one contiguous block as if a segment started at its first index, noting where
// the block's first real segment start is and the sum of its open tail (the elements after its last
// segment start; the whole block if it has none). One thread then passes the carries along the
// blocks in order, and every thread adds its carry to the elements before its first segment start.
void segmentedPrefixSum(std::vector<double> const& x, std::vector<bool> const& startsSegment, std::vector<double>& output) {
    const std::size_t n = x.size();
    const int max_threads = omp_get_max_threads();
    std::vector<double> block_tail(max_threads, 0.0), block_carry(max_threads, 0.0);
    std::vector<char> block_has_start(max_threads, 0);

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const std::size_t lo = n * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = n * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);

        std::size_t first_start = hi;  // first index of the block that starts a segment
        double running = 0.0;
        for (std::size_t i = lo; i < hi; ++i) {
            const bool starts = i == 0 || startsSegment[i];
            if (starts && first_start == hi) first_start = i;
            running = (starts || i == lo) ? x[i] : running + x[i];
            output[i] = running;
        }
        block_tail[t] = hi > lo ? running : 0.0;
        block_has_start[t] = first_start < hi ? 1 : 0;

#pragma omp barrier
#pragma omp single
        {
            double carry = 0.0;  // sum of the segment still open where block k begins
            for (int k = 0; k < nt; ++k) {
                block_carry[k] = carry;
                carry = block_has_start[k] ? block_tail[k] : carry + block_tail[k];
            }
        }

        const double carry = block_carry[t];
        if (carry != 0.0)
            for (std::size_t i = lo; i < first_start; ++i) output[i] += carry;
    }
}
