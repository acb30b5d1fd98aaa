#pragma once

#include <csignal>
#include <sys/resource.h>

namespace BatchDeck::Testing {

// Makes writes to regular files fail past `bytes` (EFBIG, "File too large") while alive: lowers
// RLIMIT_FSIZE for this process and ignores SIGXFSZ, which would otherwise kill it; restores both
// when destroyed. Pipes and devices are not limited, so test output is unaffected.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        if (::sigaction(SIGXFSZ, &ignore, &m_previousAction) != 0)
            return;
        if (::getrlimit(RLIMIT_FSIZE, &m_previousLimit) != 0) {
            ::sigaction(SIGXFSZ, &m_previousAction, nullptr);
            return;
        }
        struct rlimit lowered = m_previousLimit;
        lowered.rlim_cur = bytes;
        m_active = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
        if (!m_active)
            ::sigaction(SIGXFSZ, &m_previousAction, nullptr);
    }
    ~FileSizeLimit()
    {
        if (!m_active)
            return;
        ::setrlimit(RLIMIT_FSIZE, &m_previousLimit);
        ::sigaction(SIGXFSZ, &m_previousAction, nullptr);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    struct rlimit m_previousLimit = {};
    struct sigaction m_previousAction = {};
    bool m_active = false;
};

} // namespace BatchDeck::Testing
