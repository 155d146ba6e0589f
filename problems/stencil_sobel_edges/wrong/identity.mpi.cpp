#include <vector>

// Wrong on purpose: copies the image unchanged to the output.
void sobelMagnitude(std::vector<int> const& image, std::vector<int>& edges, std::size_t rows, std::size_t cols) {
    (void)rows;
    (void)cols;
    edges = image;
}
