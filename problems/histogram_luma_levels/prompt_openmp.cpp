#include <array>
#include <cstddef>
#include <omp.h>
#include <vector>

struct Pixel {
    unsigned char r, g, b;
};

/* The gray level of a pixel is (299*r + 587*g + 114*b) / 1000, computed in integer arithmetic
   (the division truncates), which lies in [0, 255]. Store in counts[v] the number of pixels of
   image whose gray level is v, for every v in [0, 255].
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: image=[{255,255,255}, {0,0,0}, {10,20,30}, {255,0,0}, {0,0,0}]
   output: counts[0]=2, counts[18]=1, counts[76]=1, counts[255]=1, every other count 0
*/
void lumaHistogram(std::vector<Pixel> const& image, std::array<std::size_t, 256>& counts) {
