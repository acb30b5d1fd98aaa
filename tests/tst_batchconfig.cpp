// A v2 batch's config is kept as the JSON text it came in (without white space), not as a tree:
// a page of batches then holds little more than its own size, and JSON Lines carry the config
// exactly as the server sent it.
#include "core/api/logging.h"
#include "core/batches/batch.h"
#include "core/export/batchexport.h"
#include "core/json/jsonslice.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BatchDeck;

namespace {

QByteArray batchBody(const QByteArray &config)
{
    return R"({"id":"bat-1","project_id":"prj-1","source_directory_id":"dir-1",)"
           R"("status":"COMPLETED","created_at":null,"updated_at":null,"config":)"
        + config + R"(,"results":null})";
}

// The JSON Lines export of one batch whose config is `config`: the line, and how many of its
// values held the API key.
struct ExportedLine
{
    QByteArray line;
    qint64 maskedValues = -1;
};

ExportedLine exportedLine(const QByteArray &config)
{
    Batch batch;
    if (const QString problem = Batch::fromJson(batchBody(config), &batch); !problem.isEmpty())
        return {problem.toUtf8()};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonLinesWriter writer(&buffer);
    if (!writer.writeHeader(BatchExport::fieldsFor(OutputFormat::JsonLines))
        || !writer.writeRow(BatchExport::rowFor(batch, OutputFormat::JsonLines)))
        return {"not written"};
    return {buffer.data(), writer.maskedValues()};
}

} // namespace

class TestBatchConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactBytes_data();
    void compactBytes();
    void configIsKeptAsItsText();
    void jsonLinesCarryTheConfigAsSent();
    void keyHiddenByEscapesInTheConfigIsMasked();
};

void TestBatchConfig::compactBytes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("already compact")
        << QByteArray(R"({"a":[1,2,{"b":null}]})") << QByteArray(R"({"a":[1,2,{"b":null}]})");
    QTest::newRow("spaces, tabs and line breaks between tokens")
        << QByteArray("{\n\t\"a\" : [ 1 ,\r\n 2 ] ,  \"b\":true }")
        << QByteArray(R"({"a":[1,2],"b":true})");
    QTest::newRow("spaces inside strings stay") << QByteArray(R"({ "a key" : " two  words " })")
                                                << QByteArray(R"({"a key":" two  words "})");
    QTest::newRow("escapes stay as sent")
        << QByteArray(R"({ "q" : "say \"hi\" \\ \u00e9 \/" , "n" : 1.50e+2 })")
        << QByteArray(R"({"q":"say \"hi\" \\ \u00e9 \/","n":1.50e+2})");
    QTest::newRow("member order and duplicate keys stay")
        << QByteArray(R"({"z": 1, "a": 2, "z": 3})") << QByteArray(R"({"z":1,"a":2,"z":3})");
    QTest::newRow("empty containers") << QByteArray("[ { } , [ ] ]") << QByteArray("[{},[]]");
}

void TestBatchConfig::compactBytes()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, compact);
    QJsonParseError error;
    const JsonSlice slice = JsonSlice::parse(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(slice.compactBytes(), compact);
    QVERIFY(slice.compactBytes().capacity() <= text.size());
}

void TestBatchConfig::configIsKeptAsItsText()
{
    const QByteArray config =
        "{ \"job\" : { \"type\" : \"parse_v2\", \"configuration_id\" : \"cfg-1\" },\n"
        "  \"zeta\" : [ 1, 2 ], \"alpha\" : { \"deep\" : \"a b\" } }";
    Batch batch;
    QCOMPARE(Batch::fromJson(batchBody(config), &batch), QString());
    QCOMPARE(batch.configJson,
             QByteArray(R"({"job":{"type":"parse_v2","configuration_id":"cfg-1"},)"
                        R"("zeta":[1,2],"alpha":{"deep":"a b"}})"));
    QCOMPARE(batch.config(), QJsonDocument::fromJson(config).object());
    QCOMPARE(batch.jobType, QStringLiteral("parse_v2"));
    QCOMPARE(toApiJson(batch).value(u"config").toObject(),
             QJsonDocument::fromJson(config).object());
}

void TestBatchConfig::jsonLinesCarryTheConfigAsSent()
{
    // Members in the server's order, numbers and escapes as written: the line holds what the
    // server said, not a re-encoding of a tree (which would sort the keys and rewrite 1.50e+2).
    const QByteArray config =
        R"({"job":{"type":"parse_v2","configuration_id":"cfg-1"},"zeta":1.50e+2,"alpha":"\u00e9"})";
    const QByteArray line = exportedLine(config).line;
    QVERIFY2(line.contains(QByteArray(R"("config":)" + config + R"(,"status":"COMPLETED")")),
             line.constData());
    QVERIFY(line.endsWith("}\n"));
    QCOMPARE(line.count('\n'), 1);
}

void TestBatchConfig::keyHiddenByEscapesInTheConfigIsMasked()
{
    // "\u0073k-…" is the key to any JSON reader: written as sent, masking would not see it.
    registerSecret(QStringLiteral("sk-escaped-secret-4711"));
    const QByteArray config = R"({"job":{"type":"parse_v2","configuration_id":"cfg-1"},)"
                              R"("note":"\u0073k-escaped-secret-4711"})";
    const ExportedLine exported = exportedLine(config);
    const QJsonObject line = QJsonDocument::fromJson(exported.line).object();
    QCOMPARE(line.value(u"config").toObject().value(u"note").toString(),
             QStringLiteral("[API key]"));
    QCOMPARE(exported.maskedValues, 1);
}

QTEST_GUILESS_MAIN(TestBatchConfig)
#include "tst_batchconfig.moc"
