#pragma once
// The run log open for appending: one program at a time (an exclusive lock for as long as it is
// open), one write per record with its newline (a kill leaves whole lines or none), every write
// checked (a full disk stops the experiment with the reason), and a record cut by an earlier kill
// dropped before anything is appended after it.

#include <string>

namespace pujiang {

class RunLogFile {
public:
    // Opens (creating) `path` and locks it. Throws std::runtime_error naming the file when another
    // program holds it, or it cannot be opened, read or repaired.
    explicit RunLogFile(std::string path);
    RunLogFile(const RunLogFile&) = delete;
    RunLogFile& operator=(const RunLogFile&) = delete;
    ~RunLogFile();

    // Writes `line` and a newline in one call; throws std::runtime_error with the system's reason
    // when the write fails or is short (what was written before stays valid: a short write is cut
    // back to the previous record).
    void append(const std::string& line);
    // The file is empty: a new log, whose header is yet to be written.
    bool empty() const;
    // The bytes of an unfinished last record dropped when the file was opened (0: none).
    long droppedBytes() const { return m_dropped; }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    int m_fd = -1;
    long m_dropped = 0;
};

}  // namespace pujiang
