// The lean JSON reader against QJsonDocument: the same values from valid text, and a refusal,
// with Qt's error code and a byte offset, wherever Qt refuses (and in the few places where it is
// stricter than Qt, on purpose).
#include "core/jobs/job.h"
#include "core/jobs/jobitem.h"
#include "core/json/jsonslice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace BatchDeck;

namespace {

QByteArray nestedArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray nestedObjects(int depth)
{
    QByteArray text;
    for (int level = 1; level < depth; ++level)
        text += R"({"a":)";
    return text + "{}" + QByteArray(depth - 1, '}');
}

// Compares what the slice reads, through its own accessors (not toJsonValue), with Qt's value.
void compareWithQt(const JsonSlice &ours, const QJsonValue &qt, const QString &path)
{
    QVERIFY2(ours.type() == qt.type(), qPrintable(path));
    switch (qt.type()) {
    case QJsonValue::Double: {
        const double mine = ours.toDouble(), theirs = qt.toDouble();
        QVERIFY2(mine == theirs && std::signbit(mine) == std::signbit(theirs), qPrintable(path));
        QCOMPARE(ours.toInteger(-1), qt.toInteger(-1));
        QCOMPARE(ours.isInteger(), qt.toInteger(1) == qt.toInteger(2)); // no default used
        break;
    }
    case QJsonValue::String:
        QCOMPARE(ours.toString(), qt.toString());
        break;
    case QJsonValue::Bool:
        QCOMPARE(ours.toBool(), qt.toBool());
        break;
    case QJsonValue::Array: {
        const QList<JsonSlice> elements = ours.elements();
        const QJsonArray array = qt.toArray();
        QCOMPARE(elements.size(), array.size());
        for (qsizetype index = 0; index < elements.size() && !QTest::currentTestFailed(); ++index)
            compareWithQt(elements.at(index), array.at(index),
                          path + u'[' + QString::number(index) + u']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = qt.toObject();
        QSet<QString> keys;
        for (const JsonMember &member : ours.members())
            keys.insert(member.key());
        const QStringList qtKeys = object.keys();
        QCOMPARE(keys, QSet<QString>(qtKeys.begin(), qtKeys.end()));
        for (auto it = object.begin(); it != object.end() && !QTest::currentTestFailed(); ++it)
            compareWithQt(ours.member(it.key()), it.value(), path + u'.' + it.key());
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
}

} // namespace

class TestJsonSlice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtReads_data();
    void readsWhatQtReads();
    void refusesInvalidText_data();
    void refusesInvalidText();
    void keepsByteOrderMarkInsideAString();
    void lastDuplicateKeyWins();
    void slicesPointIntoTheText();
    void nestedSliceAsQtTypes();
    void pageReadsAsFromADocument_data();
    void pageReadsAsFromADocument();
    void unreadablePageSaysWhereAndWhy_data();
    void unreadablePageSaysWhereAndWhy();
};

void TestJsonSlice::readsWhatQtReads_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("empty containers inside") << QByteArray(R"({"a":[],"b":{},"c":[{}]})");
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] , \"b\" : { } }\r\n ");
    QTest::newRow("byte order mark before the text") << QByteArray("\xEF\xBB\xBF{\"a\":1}");
    QTest::newRow("short escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t"])");
    QTest::newRow("unicode escapes") << QByteArray(R"(["\u0041\u00e9\u4E2D\u0000"])");
    QTest::newRow("escapes between text") << QByteArray(R"(["a\nb\\c\u0041d", "\t"])");
    QTest::newRow("surrogate pair") << QByteArray(R"(["\ud83d\ude00"])");
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])");
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00x"])");
    QTest::newRow("surrogates in reverse order") << QByteArray(R"(["\udc00\ud800"])");
    QTest::newRow("raw UTF-8") << QByteArray("[\"\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80\"]");
    QTest::newRow("noncharacter U+FFFE") << QByteArray("[\"\xEF\xBF\xBE\"]");
    QTest::newRow("empty string and empty key") << QByteArray(R"({"":""})");
    QTest::newRow("literals") << QByteArray("[true,false,null]");
    QTest::newRow("zero") << QByteArray("[0]");
    QTest::newRow("minus zero") << QByteArray("[-0]");
    QTest::newRow("minus zero point zero") << QByteArray("[-0.0]");
    QTest::newRow("1e308") << QByteArray("[1e308]");
    QTest::newRow("-1.7976931348623157e308") << QByteArray("[-1.7976931348623157e308]");
    QTest::newRow("smallest subnormal") << QByteArray("[5e-324]");
    QTest::newRow("2^53") << QByteArray("[9007199254740992]");
    QTest::newRow("2^53 + 1 stays exact as an integer") << QByteArray("[9007199254740993]");
    QTest::newRow("qint64 max") << QByteArray("[9223372036854775807]");
    QTest::newRow("qint64 min") << QByteArray("[-9223372036854775808]");
    QTest::newRow("2^63 is a double") << QByteArray("[9223372036854775808]");
    QTest::newRow("30 digits") << QByteArray("[123456789012345678901234567890]");
    QTest::newRow("fractions") << QByteArray("[1.5,0.1,-2.25,1.00000000000000000000000001]");
    QTest::newRow("exponents") << QByteArray("[1E+2,1e-2,2.5e3,1e0]");
    QTest::newRow("duplicate keys") << QByteArray(R"({"a":1,"b":2,"a":3})");
    QTest::newRow("duplicate key spelled with an escape") << QByteArray(R"({"\u0061":1,"a":2})");
    QTest::newRow("escaped key last") << QByteArray(R"({"a":1,"\u0061":2})");
    QTest::newRow("1024 nested arrays") << nestedArrays(1024);
    QTest::newRow("1024 nested objects") << nestedObjects(1024);
    QTest::newRow("a job") << QByteArray(
        R"({"total_size":null,"items":[{"id":"bjb-1","total_items":27,)"
        R"("created_at":"2026-11-29T03:41:30.860123Z","error_message":"a \"b\""}]})");
}

void TestJsonSlice::readsWhatQtReads()
{
    QFETCH(QByteArray, json);
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);

    QJsonParseError error;
    const JsonSlice root = JsonSlice::parse(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(error.offset, 0);
    const QJsonValue qtRoot =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    compareWithQt(root, qtRoot, QStringLiteral("$"));
    QCOMPARE(root.toJsonValue(), qtRoot);
}

void TestJsonSlice::refusesInvalidText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // Qt's own sentence for the error code
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("qtAccepts"); // where this reader is stricter than Qt, on purpose

    const QString illegalValue = QStringLiteral("illegal value");
    const QString illegalNumber = QStringLiteral("illegal number");
    const QString badUtf8 = QStringLiteral("invalid UTF8 string");
    const QString badEscape = QStringLiteral("invalid escape sequence");
    const QString noComma = QStringLiteral("missing value separator");
    const QString missingObject = QStringLiteral("object is missing after a comma");
    const QString byNumber = QStringLiteral("invalid termination by number");

    QTest::newRow("empty body") << QByteArray() << illegalValue << 0 << false;
    QTest::newRow("only whitespace") << QByteArray(" \n") << illegalValue << 2 << false;
    QTest::newRow("a lone string") << QByteArray(R"("a")") << illegalValue << 0 << false;
    QTest::newRow("a lone number") << QByteArray("1") << illegalValue << 0 << false;
    QTest::newRow("only a byte order mark")
        << QByteArray("\xEF\xBB\xBF") << illegalValue << 0 << false;
    QTest::newRow("byte order mark after a space")
        << QByteArray(" \xEF\xBB\xBF{}") << illegalValue << 1 << false;
    QTest::newRow("garbage after the object")
        << QByteArray("{} x") << QStringLiteral("garbage at the end of the document") << 3 << false;
    QTest::newRow("two objects") << QByteArray("{}{}")
                                 << QStringLiteral("garbage at the end of the document") << 2
                                 << false;
    QTest::newRow("object cut after a number") << QByteArray(R"({"a":1)") << byNumber << 6 << false;
    QTest::newRow("object cut after a colon")
        << QByteArray(R"({"a":)") << illegalValue << 5 << false;
    QTest::newRow("object cut after a brace")
        << QByteArray("{") << QStringLiteral("unterminated object") << 1 << false;
    QTest::newRow("array cut after a literal")
        << QByteArray("[true") << QStringLiteral("unterminated array") << 5 << false;
    QTest::newRow("string cut") << QByteArray(R"(["abc)") << QStringLiteral("unterminated string")
                                << 1 << false;
    QTest::newRow("string cut in an escape")
        << QByteArray(R"(["\)") << QStringLiteral("unterminated string") << 1 << false;
    QTest::newRow("trailing comma in an array")
        << QByteArray("[1,]") << missingObject << 3 << false;
    QTest::newRow("trailing comma in an object")
        << QByteArray(R"({"a":1,})") << missingObject << 7 << false;
    QTest::newRow("key without a colon")
        << QByteArray(R"({"a" 1})") << QStringLiteral("missing name separator") << 5 << false;
    QTest::newRow("key that is not a string")
        << QByteArray("{a:1}") << QStringLiteral("unterminated object") << 1 << false;
    QTest::newRow("values without a comma") << QByteArray("[1 2]") << noComma << 3 << false;
    QTest::newRow("members without a comma")
        << QByteArray(R"({"a":1 "b":2})") << noComma << 7 << false;
    QTest::newRow("leading zero") << QByteArray("[01]") << noComma << 2 << false;
    QTest::newRow("hexadecimal number") << QByteArray("[0x10]") << noComma << 2 << false;
    QTest::newRow("a minus alone") << QByteArray("[-]") << illegalNumber << 1 << false;
    QTest::newRow("a plus sign") << QByteArray("[+1]") << illegalNumber << 1 << false;
    QTest::newRow("exponent without digits") << QByteArray("[1e]") << illegalNumber << 1 << false;
    QTest::newRow("1e309 overflows") << QByteArray("[1e309]") << illegalNumber << 1 << false;
    QTest::newRow("-1e309 overflows") << QByteArray("[-1e309]") << illegalNumber << 1 << false;
    QTest::newRow("1e-400 underflows") << QByteArray("[1e-400]") << illegalNumber << 1 << false;
    QTest::newRow("NaN") << QByteArray("[NaN]") << illegalNumber << 1 << false;
    QTest::newRow("Infinity") << QByteArray("[Infinity]") << illegalNumber << 1 << false;
    QTest::newRow("misspelled null") << QByteArray("[nul]") << illegalValue << 1 << false;
    QTest::newRow("misspelled true") << QByteArray("[tru]") << illegalValue << 1 << false;
    QTest::newRow("null with a letter more") << QByteArray("[nulll]") << noComma << 5 << false;
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << badEscape << 2 << false;
    QTest::newRow("unicode escape with a non-hex digit")
        << QByteArray(R"(["\u12g4"])") << badEscape << 2 << false;
    QTest::newRow("invalid UTF-8 byte") << QByteArray("[\"a\xFF\"]") << badUtf8 << 1 << false;
    QTest::newRow("UTF-8 lead byte without its tail")
        << QByteArray("[\"\xC3\x28\"]") << badUtf8 << 1 << false;
    QTest::newRow("UTF-8 cut at the end of a string")
        << QByteArray("[\"\xE4\xB8\"]") << badUtf8 << 1 << false;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xC0\xAF\"]") << badUtf8 << 1 << false;
    QTest::newRow("UTF-8 encoded surrogate")
        << QByteArray("[\"\xED\xA0\x80\"]") << badUtf8 << 1 << false;
    QTest::newRow("UTF-8 beyond U+10FFFF")
        << QByteArray("[\"\xF4\x90\x80\x80\"]") << badUtf8 << 1 << false;
    QTest::newRow("invalid UTF-8 in a key") << QByteArray("{\"\xFF\":1}") << badUtf8 << 1 << false;
    QTest::newRow("1025 nested arrays")
        << nestedArrays(1025) << QStringLiteral("too deeply nested document") << 1024 << false;
    QTest::newRow("1025 nested objects")
        << nestedObjects(1025) << QStringLiteral("too deeply nested document") << 5 * 1024 << false;
    // Stricter than Qt, as RFC 8259 is:
    QTest::newRow("unknown escape") << QByteArray(R"(["\x"])") << badEscape << 2 << true;
    QTest::newRow("raw tab in a string") << QByteArray("[\"a\tb\"]") << illegalValue << 3 << true;
    QTest::newRow("raw NUL in a string")
        << QByteArray("[\"a\0b\"]", 7) << illegalValue << 3 << true;
    QTest::newRow("fraction without digits") << QByteArray("[1.]") << illegalNumber << 1 << true;
    QTest::newRow("number starting with a point")
        << QByteArray("[.5]") << illegalNumber << 1 << true;
}

void TestJsonSlice::refusesInvalidText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(int, offset);
    QFETCH(bool, qtAccepts);

    QJsonParseError error;
    const JsonSlice root = JsonSlice::parse(json, &error);
    QVERIFY(root.isUndefined());
    QCOMPARE(error.errorString(), message);
    QCOMPARE(error.offset, offset);

    QJsonParseError qtError;
    QJsonDocument::fromJson(json, &qtError);
    QCOMPARE(qtError.error == QJsonParseError::NoError, qtAccepts);
}

void TestJsonSlice::keepsByteOrderMarkInsideAString()
{
    // Qt drops a U+FEFF that starts a string; it is text the server sent, so this keeps it.
    const QByteArray json("[\"\xEF\xBB\xBFx\",\"\\ufeffy\"]");
    QJsonParseError error;
    const QList<JsonSlice> elements = JsonSlice::parse(json, &error).elements();
    QCOMPARE(elements.size(), 2);
    QCOMPARE(elements.at(0).toString(), QStringLiteral(u"\uFEFFx"));
    QCOMPARE(elements.at(1).toString(), QStringLiteral(u"\uFEFFy"));
}

void TestJsonSlice::lastDuplicateKeyWins()
{
    const QByteArray json(R"({"id":"first","\u0069d":"second","other":1})");
    QJsonParseError error;
    const JsonSlice object = JsonSlice::parse(json, &error);
    QCOMPARE(object.members().size(), 3);
    QCOMPARE(object.members().at(1).key(), QStringLiteral("id"));
    QVERIFY(object.members().at(1).hasKey(u"id"));
    QCOMPARE(object.member(u"id").toString(), QStringLiteral("second"));
    QVERIFY(object.member(u"missing").isUndefined());
    QVERIFY(object.member(u"other").isDouble());
    QCOMPARE(object.member(u"other").toString(), QString()); // not a string: like QJsonValue
}

void TestJsonSlice::slicesPointIntoTheText()
{
    // Reading must not copy the body: every slice is a view of the bytes parsed.
    const QByteArray json(R"({"items":[{"error_message":"long text"}]})");
    QJsonParseError error;
    const JsonSlice root = JsonSlice::parse(json, &error);
    const JsonSlice message = root.member(u"items").elements().at(0).member(u"error_message");
    QCOMPARE(message.bytes(), QByteArrayView("\"long text\""));
    QCOMPARE(message.bytes().data(), json.constData() + json.indexOf("\"long"));
}

void TestJsonSlice::nestedSliceAsQtTypes()
{
    const QByteArray json(R"({"a":{"b":[1,"x",{"c":null}]},"d":2})");
    QJsonParseError error;
    const JsonSlice root = JsonSlice::parse(json, &error);
    const QJsonValue nested = root.member(u"a").toJsonValue();
    QCOMPARE(nested, QJsonDocument::fromJson(json).object().value(u"a"));
    QCOMPARE(root.member(u"d").toJsonValue(), QJsonValue(2));
    QVERIFY(root.member(u"none").toJsonValue().isUndefined());
}

void TestJsonSlice::pageReadsAsFromADocument_data()
{
    QTest::addColumn<QByteArray>("job"); // one element of "items"
    const QByteArray plain =
        R"("id":"bjb-1","project_id":"p","job_type":"parse","status":"failed",)"
        R"("total_items":27,"created_at":"2026-11-29T03:41:30.860123Z")";
    QTest::newRow("plain job") << "{" + plain + "}";
    QTest::newRow("escapes and unicode in strings")
        << "{" + plain + R"(,"error_message":"a\"b\\c\n\u00e9\ud83d\ude00 é"})";
    QTest::newRow("every optional field") << "{" + plain
            + R"(,"processed_items":3,"failed_items":1,"skipped_items":0,)"
              R"("effective_at":"2026-11-29T03:42:43.925Z","started_at":null,)"
              R"("directory_id":"d","job_record_id":"jr","workflow_id":"w"})";
    QTest::newRow("duplicate key: the last counts") << "{" + plain + R"(,"id":"bjb-2"})";
    QTest::newRow("key spelled with an escape") << "{" + plain + R"(,"\u0069d":"bjb-3"})";
    QTest::newRow("counts written as 1e1 and 2.0")
        << "{" + plain + R"(,"processed_items":1e1,"failed_items":2.0})";
    QTest::newRow("fractional count") << "{" + plain + R"(,"failed_items":1.5})";
    QTest::newRow("count beyond 2^53") << "{" + plain + R"(,"failed_items":9007199254740993})";
    QTest::newRow("string for a count") << "{" + plain + R"(,"failed_items":"3"})";
    QTest::newRow("array for a string") << "{" + plain + R"(,"error_message":[1]})";
    QTest::newRow("missing id") << QByteArray(R"({"project_id":"p"})");
    QTest::newRow("a number, not an object") << QByteArray("42");
    QTest::newRow("null, not an object") << QByteArray("null");
}

void TestJsonSlice::pageReadsAsFromADocument()
{
    // The same jobs, and the same sentences for the ones that cannot be read, as reading
    // each job from a QJsonDocument.
    QFETCH(QByteArray, job);
    const QByteArray body = R"({"total_size":2,"items":[)" + job + "," + job + "]}";
    JobPage page;
    QCOMPARE(JobPage::fromJson(body, 10, &page), QString());
    QCOMPARE(page.totalSize, std::optional<qint64>(2));

    const QJsonArray items = QJsonDocument::fromJson(body).object().value(u"items").toArray();
    QCOMPARE(items.size(), 2);
    Job expected;
    const QString problem = Job::fromJson(items.at(0), &expected);
    if (problem.isEmpty()) {
        QCOMPARE(page.jobs, QList<Job>({expected, expected}));
        QVERIFY(page.invalidJobs.isEmpty());
    } else {
        QVERIFY(page.jobs.isEmpty());
        QCOMPARE(page.invalidJobs.size(), 2);
        QCOMPARE(page.invalidJobs.at(1).position, 11);
        QCOMPARE(page.invalidJobs.at(1).problem, problem);
    }

    const QByteArray itemBody = R"({"items":[{"item_id":"i","item_name":"n","status":"failed",)"
                                R"("error_message":)"
        + QJsonDocument(QJsonArray {expected.errorMessage})
              .toJson(QJsonDocument::Compact)
              .mid(1)
              .chopped(1)
        + "}]}";
    ItemPage items2;
    QCOMPARE(ItemPage::fromJson(itemBody, 0, &items2), QString());
    QCOMPARE(items2.items.size(), 1);
    QCOMPARE(items2.items.at(0).errorMessage, expected.errorMessage);
}

void TestJsonSlice::unreadablePageSaysWhereAndWhy_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray(" \r\n") << QStringLiteral("the body is empty");
    QTest::newRow("garbage after the page")
        << QByteArray(R"({"items":[]} x)")
        << QStringLiteral("the body is not JSON (garbage at the end of the document at byte 13)");
    QTest::newRow("cut in a string")
        << QByteArray(R"({"items":[{"id":"bj)")
        << QStringLiteral("the body is not JSON (unterminated string at byte 16)");
    QTest::newRow("invalid UTF-8 in a job")
        << QByteArray("{\"items\":[{\"id\":\"\xFF\"}]}")
        << QStringLiteral("the body is not JSON (invalid UTF8 string at byte 16)");
    QTest::newRow("raw tab in a string")
        << QByteArray("{\"items\":[{\"id\":\"a\tb\"}]}")
        << QStringLiteral("the body is not JSON (illegal value at byte 18)");
    QTest::newRow("an array, not an object")
        << QByteArray("[]") << QStringLiteral("the body is not a JSON object");
    QTest::newRow("items missing")
        << QByteArray("{}") << QStringLiteral("field \"items\" is missing");
    QTest::newRow("items an object")
        << QByteArray(R"({"items":{}})")
        << QStringLiteral("field \"items\" should be an array but is an object");
}

void TestJsonSlice::unreadablePageSaysWhereAndWhy()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    JobPage page;
    page.totalSize = 7;
    QCOMPARE(JobPage::fromJson(body, 0, &page), problem);
    QCOMPARE(page.totalSize, std::optional<qint64>(7)); // untouched
}

QTEST_GUILESS_MAIN(TestJsonSlice)
#include "tst_jsonslice.moc"
