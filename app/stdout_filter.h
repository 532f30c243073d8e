#pragma once
// Everything `pujiang` prints on standard output passes through this filter: a control character
// (ESC, CR, NUL, ... — anything below U+0020 but tab and newline, and DEL) becomes '?'. Scenario
// names, titles, exercise and case texts come from files; printed raw, an ESC sequence in one could
// rewrite the user's terminal. Files the program writes are not filtered.

#include <iostream>
#include <streambuf>

namespace pujiang::cli {

class ControlCharacterFilter : public std::streambuf {
public:
    explicit ControlCharacterFilter(std::streambuf* target) : m_target(target) {}
    static char shown(char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\n' && c != '\t') || byte == 0x7f ? '?' : c;
    }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        return m_target->sputc(shown(traits_type::to_char_type(c)));
    }
    std::streamsize xsputn(const char* text, std::streamsize count) override {
        for (std::streamsize i = 0; i < count; ++i)
            if (traits_type::eq_int_type(m_target->sputc(shown(text[i])), traits_type::eof())) return i;
        return count;
    }
    int sync() override { return m_target->pubsync(); }

private:
    std::streambuf* m_target;
};

// Installs the filter on std::cout for its lifetime.
class FilteredStdout {
public:
    FilteredStdout() : m_filter(std::cout.rdbuf()) { std::cout.rdbuf(&m_filter); }
    FilteredStdout(const FilteredStdout&) = delete;
    FilteredStdout& operator=(const FilteredStdout&) = delete;
    ~FilteredStdout() {
        std::cout.flush();
        std::cout.rdbuf(m_filter.target());
    }

private:
    class Filter : public ControlCharacterFilter {
    public:
        explicit Filter(std::streambuf* target) : ControlCharacterFilter(target), m_saved(target) {}
        std::streambuf* target() const { return m_saved; }

    private:
        std::streambuf* m_saved;
    };
    Filter m_filter;
};

}  // namespace pujiang::cli
