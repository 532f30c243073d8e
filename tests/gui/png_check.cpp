// gui_png_check FILE WIDTH HEIGHT: exit 0 when FILE is a PNG of that size with enough distinct
// colours to be a drawn window rather than a blank or single-colour frame.
#include <cstdio>
#include <cstdlib>
#include <set>

#include <SFML/Graphics/Image.hpp>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: gui_png_check FILE WIDTH HEIGHT\n");
        return 2;
    }
    sf::Image image;
    if (!image.loadFromFile(argv[1])) return 1;
    const sf::Vector2u size = image.getSize();
    const unsigned width = static_cast<unsigned>(std::atoi(argv[2]));
    const unsigned height = static_cast<unsigned>(std::atoi(argv[3]));
    if (size.x != width || size.y != height) {
        std::fprintf(stderr, "%s: %ux%u, expected %ux%u\n", argv[1], size.x, size.y, width, height);
        return 1;
    }
    std::set<sf::Uint32> colours;
    for (unsigned y = 0; y < size.y; y += 2)
        for (unsigned x = 0; x < size.x; x += 2) colours.insert(image.getPixel(x, y).toInteger());
    // Anti-aliased text alone gives dozens of shades; a blank clear colour gives one.
    const std::size_t kMinColours = 32;
    std::printf("%s: %zu distinct colours\n", argv[1], colours.size());
    return colours.size() >= kMinColours ? 0 : 1;
}
