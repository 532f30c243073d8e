#include "sim/scenario/toml_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

namespace pujiang {

namespace {

constexpr std::size_t kMaxShownStringLength = 40;

}  // namespace

std::string printable(std::string_view text) {
    std::string out;
    for (char c : text) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    return out;
}

std::optional<std::string> readScenarioText(const std::filesystem::path& file, const SourcePosition& reportAt,
                                            DiagnosticList& diagnostics) {
    namespace fs = std::filesystem;
    const std::string shown = file.string();
    std::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (ec || !fs::exists(status)) {
        diagnostics.add(reportAt, fmt::format("cannot open scenario file '{}': no such file", shown));
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        diagnostics.add(reportAt, fmt::format("cannot open scenario file '{}': not a regular file", shown));
        return std::nullopt;
    }
    const std::uintmax_t size = fs::file_size(file, ec);
    if (!ec && size > kMaxScenarioBytes) {
        diagnostics.add(reportAt, fmt::format("scenario file '{}' is {} bytes; allowed: at most {} bytes (4 MiB)",
                                              shown, size, kMaxScenarioBytes));
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.add(reportAt, fmt::format("cannot read scenario file '{}': {}", shown, std::strerror(errno)));
        return std::nullopt;
    }
    std::string text;
    // Read at most one byte beyond the cap, in case the file grew after the size check.
    text.resize(kMaxScenarioBytes + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad()) {
        diagnostics.add(reportAt, fmt::format("cannot read scenario file '{}': read error", shown));
        return std::nullopt;
    }
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxScenarioBytes) {
        diagnostics.add(reportAt, fmt::format("scenario file '{}' is larger than 4 MiB", shown));
        return std::nullopt;
    }
    return text;
}

std::optional<toml::table> parseScenarioToml(std::string_view text, const std::string& sourceName,
                                             DiagnosticList& diagnostics) {
    try {
        return toml::parse(text, sourceName);
    } catch (const toml::parse_error& error) {
        SourcePosition at = positionOf(error.source());
        if (at.file.empty()) at.file = sourceName;
        diagnostics.add(at, fmt::format("TOML syntax error: {}", printable(error.description())));
        return std::nullopt;
    }
}

SourcePosition positionOf(const toml::source_region& region) {
    SourcePosition at;
    if (region.path) at.file = *region.path;
    at.line = static_cast<int>(region.begin.line);
    at.column = static_cast<int>(region.begin.column);
    return at;
}

std::string_view typeName(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a floating-point number";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::array: return "an array";
    case toml::node_type::table: return "a table";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time of day";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::none: break;
    }
    return "nothing";
}

std::string valueText(const toml::node& node) {
    if (const auto* s = node.as_string()) {
        const std::string& text = s->get();
        if (text.size() <= kMaxShownStringLength) return fmt::format("\"{}\"", printable(text));
        std::size_t cut = kMaxShownStringLength;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
        return fmt::format("\"{}...\"", printable(std::string_view(text).substr(0, cut)));
    }
    if (const auto* i = node.as_integer()) return fmt::format("{}", i->get());
    if (const auto* f = node.as_floating_point()) {
        // Keep the decimal point that made it a float: 2.0, not 2.
        std::string text = fmt::format("{}", f->get());
        if (text.find_first_of(".eni") == std::string::npos) text += ".0";
        return text;
    }
    if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";
    if (node.is_array()) return "[...]";
    if (node.is_table()) return "{...}";
    return std::string(typeName(node));
}

}  // namespace pujiang
