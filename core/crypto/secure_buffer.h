// Secret bytes live only in sodium_malloc'd memory (guard pages, mlock, canary) and are wiped
// by sodium_free when the owner goes away. Move-only, so a secret is never silently copied.
#pragma once

#include "common/bytes.h"

#include <cstddef>
#include <cstdint>

namespace careledger::crypto {

class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    static SecureBuffer copy_of(ByteView bytes);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    [[nodiscard]] std::uint8_t* data() { return data_; }
    [[nodiscard]] const std::uint8_t* data() const { return data_; }
    [[nodiscard]] std::size_t size() const { return size_; }
    [[nodiscard]] bool empty() const { return size_ == 0; }
    [[nodiscard]] ByteView view() const { return {data_, size_}; }
    [[nodiscard]] std::span<std::uint8_t> span() { return {data_, size_}; }
    // Constant-time comparison.
    [[nodiscard]] bool equals(ByteView other) const;

private:
    std::uint8_t* data_ = nullptr;
    std::size_t size_ = 0;
};

// Wipe ordinary memory that briefly held a secret (e.g. a tty read buffer).
void wipe(void* p, std::size_t n);

} // namespace careledger::crypto
