// The name catalog under a hostile directory listing: wall time, time spent in the pickers'
// calls (projects() and directories() after every namesChanged, as the filter sidebar makes
// them on the GUI thread), and peak memory.
// A benchmark to run and report, not a test:
//   bench_name_catalog [PAGES] [MEGABYTES_PER_PAGE] [shape]
//   shape "huge-names":   every page 100 directories whose names fill the page (the default)
//   shape "many-entries": every page as many ordinary directories as fit
// Every page has fresh IDs and a next page token, so the listing never ends on its own.
#include "core/batches/batchesapi.h"
#include "core/catalog/catalogapi.h"
#include "core/catalog/namecatalog.h"
#include "core/jobs/jobsapi.h"
#include "testhttpserver.h"

#include "memoryusage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace BatchDeck;
using namespace BatchDeck::Testing;

using namespace BatchDeck::Bench;

namespace {

const QByteArray ProjectId = QByteArrayLiteral("11111111-1111-4111-8111-111111111111");

QByteArray directoryJson(qint64 number, const QByteArray &name)
{
    return QByteArrayLiteral(R"({"id":"dir-)") + QByteArray::number(number)
        + QByteArrayLiteral(R"(","project_id":")") + ProjectId + QByteArrayLiteral(R"(","name":")")
        + name
        + QByteArrayLiteral(R"(","description":null,"type":"user",)"
                            R"("created_at":"2026-11-29T03:41:30.860Z",)"
                            R"("updated_at":"2026-11-29T03:41:30.860Z","deleted_at":null})");
}

// Page `page` (from 0): fresh IDs, names that differ in case and letters, so sorting works.
QByteArray pageBody(int page, qint64 bytes, bool hugeNames)
{
    QByteArray body;
    body.reserve(bytes + 4096);
    body += QByteArrayLiteral(R"({"items":[)");
    const int count = hugeNames ? 100 : 0;
    const qint64 nameBytes = hugeNames ? bytes / 100 : 0;
    for (qint64 index = 0; hugeNames ? index < count : body.size() < bytes; ++index) {
        if (index > 0)
            body += ',';
        const qint64 number = qint64(page) * 1'000'000 + index;
        QByteArray name =
            (index % 2 ? "Dir " : "dir ") + QByteArray::number(number * 7919 % 100'003);
        if (hugeNames)
            name += QByteArray(nameBytes, char('a' + index % 26));
        body += directoryJson(number, name);
    }
    body += QByteArrayLiteral(R"(],"next_page_token":"page-)") + QByteArray::number(page + 1)
        + QByteArrayLiteral("\"}");
    return body;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int pages = arguments.size() > 1 ? arguments.at(1).toInt() : 100;
    const qint64 megabytes = arguments.size() > 2 ? arguments.at(2).toLongLong() : 20;
    const bool hugeNames =
        arguments.size() <= 3 || arguments.at(3) != QLatin1String("many-entries");

    int served = 0;
    TestHttpServer server([&](const TestRequest &request) {
        if (request.path == u"/api/v1/projects")
            return TestResponse::json(200, QByteArray("[]"));
        if (request.path != u"/api/v1/beta/directories")
            return TestResponse::json(404, QByteArray(R"({"detail":"Not Found"})"));
        const QString token = request.query.queryItemValue(QStringLiteral("page_token"));
        const int page = token.isEmpty() ? 0 : token.mid(5).toInt();
        if (page >= pages) // the listing ends here
            return TestResponse::json(200, QByteArray(R"({"items":[]})"));
        ++served;
        return TestResponse::json(200, pageBody(page, megabytes * 1024 * 1024, hugeNames));
    });

    QNetworkAccessManager network;
    ApiClient client(&network);
    ClientSettings settings;
    settings.baseUrl = server.baseUrl();
    settings.apiKey = QStringLiteral("sk-bench");
    settings.maxRetries = 0;
    settings.timeoutMs = 600'000;
    client.setSettings(settings);
    NameCatalog catalog(&client);

    // What the filter sidebar does on the GUI thread after every namesChanged.
    qint64 pickerNs = 0;
    int pickerCalls = 0;
    qint64 listed = 0;
    QObject::connect(&catalog, &NameCatalog::namesChanged, &catalog, [&] {
        QElapsedTimer timer;
        timer.start();
        listed = catalog.projects().size() + catalog.directories().size();
        pickerNs += timer.nsecsElapsed();
        ++pickerCalls;
    });
    QObject::connect(&catalog, &NameCatalog::loaded, &app, &QCoreApplication::quit);

    const qint64 before = residentBytes();
    QElapsedTimer wall;
    wall.start();
    catalog.refresh();
    app.exec();
    const qint64 wallMs = wall.elapsed();
    const qint64 peak = peakResidentBytes();
    const qint64 after = residentBytes();

    QTextStream out(stdout);
    out << "listing: " << served << " pages of " << megabytes << " MB ("
        << (hugeNames ? "huge-names" : "many-entries") << ")\n"
        << "kept: " << catalog.directories().size() << " directories\n"
        << "wall time to loaded(): " << wallMs << " ms\n"
        << "pickers' calls: " << pickerCalls << ", " << pickerNs / 1'000'000 << " ms in total\n"
        << "peak resident: " << (peak - before) / (1024 * 1024) << " MB above the start; "
        << "after loading: " << (after - before) / (1024 * 1024) << " MB\n"
        << "note: " << (catalog.problem().isEmpty() ? QStringLiteral("(none)") : catalog.problem())
        << '\n';
    Q_UNUSED(listed);
    return 0;
}
