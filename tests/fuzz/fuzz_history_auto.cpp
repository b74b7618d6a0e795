// Fuzzes format detection plus parsing (parseHistory with ImportFormat::Auto), the path
// `warroomctl import` and the app's import take.
#include "interchange/importbatch.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto batch = warroom::parseHistory(bytes, QStringLiteral("fuzz.json"), warroom::ImportFormat::Auto);
    if (!batch && batch.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
