#include <omp.h>
#include <cmath>
#include <vector>

/* image is a grayscale image of rows x cols pixels with values 0..255, stored in row-major
   order (pixel (i, j) is image[i*cols + j]). Compute the Sobel edge magnitude of every pixel and
   store it in edges, which already has rows*cols elements:
       gx = (p(i-1,j+1) + 2*p(i,j+1) + p(i+1,j+1)) - (p(i-1,j-1) + 2*p(i,j-1) + p(i+1,j-1))
       gy = (p(i+1,j-1) + 2*p(i+1,j) + p(i+1,j+1)) - (p(i-1,j-1) + 2*p(i-1,j) + p(i-1,j+1))
       edges[i*cols + j] = floor(sqrt(gx*gx + gy*gy))
   where p(i, j) is the pixel value, and pixels outside the image count as 0.
   rows >= 1 and cols >= 1.
   Use OpenMP to compute in parallel. The number of threads is already set (OMP_NUM_THREADS):
   do not change it.
   Example:

   input: rows=3, cols=4, image=[[10, 10, 10, 80],
                                 [10, 10, 80, 80],
                                 [10, 80, 80, 80]]
   output: edges=[[ 42, 130, 326, 260],
                  [130, 296, 296, 259],
                  [172, 237, 259, 339]]
*/
void sobelMagnitude(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows, std::size_t cols) {
