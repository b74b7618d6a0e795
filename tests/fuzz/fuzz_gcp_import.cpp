// Fuzzes the Google Cloud status history importer (parseGcpHistory) with arbitrary bytes.
#include "interchange/importbatch.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto batch = warroom::parseGcpHistory(bytes, QStringLiteral("fuzz.json"));
    if (!batch && batch.error().message.isEmpty())
        __builtin_trap(); // every refusal must say why
    return 0;
}
