#include <omp.h>
#include <cstddef>
#include <vector>

// Three phases in one parallel region:
//   1. every thread solves its contiguous block as if the value entering it were 0, and records the
//      block's affine map y_out = mul * y_in + end (mul = product of the block's a's);
//   2. one thread composes the maps in block order: the value entering each block (an exclusive scan);
//   3. every thread adds (product of a's since its block start) * (entering value) to its block.
void solveLinearRecurrence(std::vector<double> const& a, std::vector<double> const& b, std::vector<double>& y) {
    const std::size_t n = b.size();
    if (n == 0) return;
    const int max_threads = omp_get_max_threads();
    std::vector<double> block_mul(max_threads, 1.0), block_end(max_threads, 0.0), block_in(max_threads, 0.0);

#pragma omp parallel
    {
        const int t = omp_get_thread_num();
        const int nt = omp_get_num_threads();
        const std::size_t lo = n * static_cast<std::size_t>(t) / static_cast<std::size_t>(nt);
        const std::size_t hi = n * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(nt);

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
        block_mul[t] = mul;
        block_end[t] = v;

#pragma omp barrier
#pragma omp single
        {
            double in = 0.0;
            for (int k = 0; k < nt; ++k) {
                block_in[k] = in;
                in = block_mul[k] * in + block_end[k];
            }
        }

        // |a| <= 1, so the product only shrinks; once it is exactly 0 nothing more changes
        const double carry = block_in[t];
        if (carry != 0.0) {
            double p = 1.0;
            for (std::size_t j = lo; j < hi; ++j) {
                p *= j == 0 ? 0.0 : a[j];
                if (p == 0.0) break;
                y[j] += p * carry;
            }
        }
    }
}
