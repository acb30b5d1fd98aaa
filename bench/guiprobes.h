#pragma once

// What batchdeck-bench-window measures the GUI thread with: a clock, an event-loop lag probe and
// a watch for the first paint of a widget.

#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <ctime>
#include <functional>

namespace BenchProbes {

// Milliseconds since the program's first call, with sub-millisecond resolution.
inline double nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return double(clock.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread, in milliseconds.
inline double threadCpuMs()
{
    timespec cpu {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    return double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6;
}

// A 1 ms timer on the GUI thread: the largest gap between its ticks is the longest time the
// thread did not get back to its event loop (a stall). Gaps of 1-2 ms are the timer itself.
// The thread's CPU time over that gap tells work of its own from waiting for a core that other
// processes hold (on a loaded machine).
class LagProbe : public QObject
{
public:
    LagProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = nowMs();
            const double cpu = threadCpuMs();
            if (now - m_lastTick > m_largestGap) {
                m_largestGap = now - m_lastTick;
                m_largestGapCpu = cpu - m_lastCpu;
                m_largestGapEnd = now;
            }
            m_lastTick = now;
            m_lastCpu = cpu;
        });
        reset();
        m_timer.start();
    }
    void reset()
    {
        m_lastTick = nowMs();
        m_lastCpu = threadCpuMs();
        m_largestGap = m_largestGapCpu = 0;
    }
    // Since reset(); the probe must have ticked since the phase ended.
    double largestGapMs() const { return m_largestGap; }
    // The GUI thread's CPU time during that gap.
    double largestGapCpuMs() const { return m_largestGapCpu; }
    // When that gap ended (nowMs()), to tell what the thread was doing.
    double largestGapEndMs() const { return m_largestGapEnd; }

private:
    QTimer m_timer;
    double m_lastTick = 0;
    double m_lastCpu = 0;
    double m_largestGap = 0;
    double m_largestGapCpu = 0;
    double m_largestGapEnd = 0;
};

// The time a widget was next painted after arm(): its paint event, then the first moment the
// event loop runs again (the painted frame has been flushed to the window system by then).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) { widget->installEventFilter(this); }
    void arm()
    {
        m_armed = true;
        m_paintedAtMs = -1;
    }
    // Forgets the last paint and waits for the next arm().
    void disarm()
    {
        m_armed = false;
        m_paintedAtMs = -1;
    }
    bool painted() const { return m_paintedAtMs >= 0; }
    double paintedAtMs() const { return m_paintedAtMs; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint) {
            m_armed = false;
            QTimer::singleShot(0, this, [this] { m_paintedAtMs = nowMs(); });
        }
        return false;
    }

private:
    bool m_armed = false;
    double m_paintedAtMs = -1;
};

// Runs the event loop until `done` holds or `timeoutMs` passes; false on the timeout.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 120'000)
{
    const double deadline = nowMs() + timeoutMs;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || nowMs() > deadline)
            loop.quit();
    });
    check.start();
    if (!done())
        loop.exec();
    return done();
}

// Runs the event loop for `ms` milliseconds.
inline void settle(int ms)
{
    const double until = nowMs() + ms;
    waitFor([until] { return nowMs() >= until; });
}

} // namespace BenchProbes
