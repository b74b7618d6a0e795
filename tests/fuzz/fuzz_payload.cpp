// Fuzzes one parser of outside input with arbitrary bytes; which one is chosen at build time
// (WARROOM_FUZZ_PARSER, see CMakeLists.txt): the history importers (GCP, Statuspage, and
// format detection as `warroomctl import` uses it) and the alert intake payloads
// (Alertmanager, Grafana, generic). Any input is either parsed or refused with a message.
#include "interchange/alertpayload.h"
#include "interchange/importbatch.h"

#include <cstddef>
#include <cstdint>

namespace {

template <typename T>
void check(const warroom::Result<T>& result)
{
    if (!result && result.error().message.isEmpty())
        __builtin_trap(); // every refusal must say why
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace warroom;
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.json");
#if WARROOM_FUZZ_PARSER == 1
    check(parseGcpHistory(bytes, name));
#elif WARROOM_FUZZ_PARSER == 2
    check(parseStatuspageHistory(bytes, name));
#elif WARROOM_FUZZ_PARSER == 3
    check(parseHistory(bytes, name, ImportFormat::Auto));
#elif WARROOM_FUZZ_PARSER == 4
    check(parseAlertmanagerPayload(bytes));
#elif WARROOM_FUZZ_PARSER == 5
    check(parseGrafanaPayload(bytes));
#elif WARROOM_FUZZ_PARSER == 6
    check(parseGenericAlertPayload(bytes));
#else
#error "WARROOM_FUZZ_PARSER selects the parser"
#endif
    return 0;
}
