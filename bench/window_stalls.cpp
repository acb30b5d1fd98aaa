// batchdeck-bench-window: how the window's GUI thread keeps up with 1,000-row pages, an
// auto-refresh and an export of every job, and how soon a started window is first painted.
// Run under a display (Xvfb), release build; bench/export-benchmark.sh runs it.
//
//   batchdeck-bench-window stalls --base-url URL [--runs N]
//       The MainWindow against a demo server (batchdeck-cli serve-demo, another process, so
//       that serving never runs on this GUI thread), 1,000-row pages. Prints, per figure:
//       figure=NAME median=MS min=MS max=MS runs=N
//   batchdeck-bench-window startup
//       Starts as src/app/main.cpp does and prints first_window_ms=MS cpu_ms=MS: from
//       BENCH_LAUNCH_EPOCH (bash's $EPOCHREALTIME just before exec) to the window's first paint,
//       and the process's CPU time until then.
#include "guiprobes.h"

#include "app/common/appsettings.h"
#include "app/connection/connectioncontroller.h"
#include "app/connection/credentialstore.h"
#include "app/export/exportrunner.h"
#include "app/jobs/jobsview.h"
#include "app/jobs/jobtableview.h"
#include "app/shell/applicationidentity.h"
#include "app/shell/mainwindow.h"
#include "core/api/logging.h"
#include "demo/demoserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <map>
#include <sys/resource.h>
#include <vector>

using namespace BatchDeck;
using namespace BenchProbes;

namespace {

void setUpApplication()
{
    setUpApplicationIdentity(); // as src/app/main.cpp, so that the start-up figure is the app's
}

int startup(int argc, char *argv[])
{
    const double launchedAt = qEnvironmentVariable("BENCH_LAUNCH_EPOCH").toDouble();
    if (launchedAt <= 0) {
        std::fprintf(stderr, "startup: set BENCH_LAUNCH_EPOCH=$EPOCHREALTIME before exec\n");
        return 2;
    }
    BatchDeck::installSecretMaskingMessageHandler();
    QApplication app(argc, argv);
    setUpApplication();
    MainWindow window;
    // The window's own first paint; its children paint in the same frame.
    PaintWatch firstPaint(&window);
    firstPaint.arm();
    QTimer waitForPaint;
    QObject::connect(&waitForPaint, &QTimer::timeout, &app, [&] {
        if (!firstPaint.painted())
            return;
        // The paint's moment on the wall clock, which is what BENCH_LAUNCH_EPOCH is on.
        const double sincePaintMs = nowMs() - firstPaint.paintedAtMs();
        const double epochNow =
            std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
        std::printf("first_window_ms=%.1f cpu_ms=%.1f\n",
                    (epochNow - launchedAt) * 1000 - sincePaintMs,
                    ms(usage.ru_utime) + ms(usage.ru_stime));
        std::fflush(stdout);
        QApplication::quit();
    });
    waitForPaint.start(1);
    window.show();
    window.start(false);
    return app.exec();
}

class Figures
{
public:
    void add(const std::string &name, double ms) { m_values[name].push_back(ms); }
    void print() const
    {
        for (const auto &[name, values] : m_values) {
            std::vector<double> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            const size_t n = sorted.size();
            const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            std::printf("figure=%s median=%.1f min=%.1f max=%.1f runs=%zu\n", name.c_str(), median,
                        sorted.front(), sorted.back(), n);
        }
        std::fflush(stdout);
    }

private:
    std::map<std::string, std::vector<double>> m_values;
};

// A stall figure and the GUI thread's CPU time during it ("NAME_cpu").
void addStall(Figures &figures, const std::string &name, const LagProbe &probe)
{
    figures.add(name, probe.largestGapMs());
    figures.add(name + "_cpu", probe.largestGapCpuMs());
}

int fail(const char *what)
{
    std::fprintf(stderr, "batchdeck-bench-window: timed out waiting for %s\n", what);
    return 1;
}

int stalls(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setUpApplication();
    QStandardPaths::setTestModeEnabled(true); // leave the user's own settings alone
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("base-url"), QStringLiteral("Demo server"), QStringLiteral("URL")},
         {QStringLiteral("runs"), QStringLiteral("Runs per figure"), QStringLiteral("N")}});
    parser.process(app);
    const QUrl baseUrl(parser.value(QStringLiteral("base-url")));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (!baseUrl.isValid() || baseUrl.isEmpty()) {
        std::fprintf(stderr, "batchdeck-bench-window stalls: --base-url URL is required\n");
        return 2;
    }

    AppSettings().savePageSize(1000);
    AppSettings().saveJobsFilter({});
    LagProbe probe;
    MemoryCredentialStore credentials;
    MainWindow window(&credentials);
    window.resize(1360, 780);
    window.showView(&window.jobsView());
    window.show();

    JobsView &jobs = window.jobsView();
    PaintWatch tablePaint(jobs.jobTable().viewport());
    int activeCalls = 0;
    double answeredAt = -1; // the first call to end after a request: the page's answer
    QObject::connect(&window.client(), &ApiClient::activeCallsChanged, &app, [&](int count) {
        if (count < activeCalls && answeredAt < 0)
            answeredAt = nowMs();
        activeCalls = count;
    });
    bool pageLoaded = false;
    // After JobsView's own connection: the model holds the page when the watch is armed.
    QObject::connect(&jobs.browser(), &JobBrowser::pageLoaded, &app, [&] {
        pageLoaded = true;
        tablePaint.arm();
    });
    const auto quiet = [&] {
        waitFor([&] { return activeCalls == 0; });
        settle(300);
    };

    ClientSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = DemoServer::apiKey();
    window.connection().useCloud(settings);
    if (!waitFor([&] { return pageLoaded && jobs.model().rowCount() == 1000; }))
        return fail("the first 1,000-row page");
    quiet();

    Figures figures;
    for (int run = 0; run < runs; ++run) {
        pageLoaded = false;
        answeredAt = -1;
        tablePaint.disarm(); // armed again when the page is in the model
        probe.reset();
        const double askedAt = nowMs();
        jobs.showPage(1 + run % 2); // always another page than the one shown
        if (!waitFor([&] { return tablePaint.painted(); }))
            return fail("a page to be painted");
        settle(100); // what the page sets off right after its paint counts too
        figures.add("page_request_to_paint", tablePaint.paintedAtMs() - askedAt);
        figures.add("page_answer_to_paint", tablePaint.paintedAtMs() - answeredAt);
        addStall(figures, "stall_page_load", probe);
        quiet();
    }
    std::fprintf(stderr, "  window: page loads done\n");

    for (int run = 0; run < runs; ++run) {
        pageLoaded = false;
        tablePaint.disarm();
        probe.reset();
        window.currentView()->autoRefresh(); // what AutoRefresh::due() calls
        if (!waitFor([&] { return pageLoaded; }))
            return fail("an auto-refresh");
        waitFor([&] { return tablePaint.painted(); }, 200); // no paint when nothing changed
        settle(100);
        addStall(figures, "stall_auto_refresh", probe);
        quiet();
    }
    std::fprintf(stderr, "  window: auto-refreshes done\n");

    QTemporaryDir folder;
    ExportResult result;
    bool exported = false;
    QObject::connect(&window.exportRunner(), &ExportRunner::finished, &app,
                     [&](const ExportResult &finished) {
                         result = finished;
                         exported = true;
                     });
    for (int run = 0; run < runs; ++run) {
        exported = false;
        probe.reset();
        const double startedAt = nowMs();
        window.exportRunner().exportMatching({}, folder.filePath(QStringLiteral("jobs.csv")),
                                             CsvOptions {});
        if (!waitFor([&] { return exported; }, 600'000))
            return fail("the export");
        const double tookMs = nowMs() - startedAt;
        figures.add("window_export_all", tookMs);
        settle(100);
        addStall(figures, "stall_export_all", probe);
        std::fprintf(stderr,
                     "  window: export %d took %.0f ms; its longest stall, %.1f ms (%.1f ms on "
                     "CPU), ended %.0f ms after its start\n",
                     run + 1, tookMs, probe.largestGapMs(), probe.largestGapCpuMs(),
                     probe.largestGapEndMs() - startedAt);
        if (!result.isOk()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(result.message));
            return 1;
        }
        for (QMessageBox *box : window.findChildren<QMessageBox *>())
            box->close();
        quiet();
    }
    std::fprintf(stderr, "  window: exports of %lld jobs done\n", result.rowsWritten);
    figures.print();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "startup")
        return startup(argc, argv);
    if (mode == "stalls")
        return stalls(argc, argv);
    std::fprintf(stderr,
                 "usage: batchdeck-bench-window stalls --base-url URL [--runs N]\n"
                 "       BENCH_LAUNCH_EPOCH=$EPOCHREALTIME batchdeck-bench-window startup\n");
    return 2;
}
