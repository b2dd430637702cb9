#include "crypto/secure_buffer.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <sodium.h>

namespace careledger::crypto {

SecureBuffer::SecureBuffer(std::size_t size) : size_(size) {
    if (size == 0)
        return;
    data_ = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (data_ == nullptr)
        std::abort(); // out of locked memory: never fall back to unprotected storage
    sodium_memzero(data_, size);
}

SecureBuffer SecureBuffer::copy_of(ByteView bytes) {
    SecureBuffer b(bytes.size());
    if (!bytes.empty() && b.data_ != nullptr)
        std::memcpy(b.data_, bytes.data(), bytes.size());
    return b;
}

SecureBuffer::~SecureBuffer() {
    if (data_ != nullptr)
        sodium_free(data_);
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept : data_(other.data_), size_(other.size_) {
    other.data_ = nullptr;
    other.size_ = 0;
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        if (data_ != nullptr)
            sodium_free(data_);
        data_ = other.data_;
        size_ = other.size_;
        other.data_ = nullptr;
        other.size_ = 0;
    }
    return *this;
}

bool SecureBuffer::equals(ByteView other) const {
    return other.size() == size_ && (size_ == 0 || sodium_memcmp(data_, other.data(), size_) == 0);
}

void wipe(void* p, std::size_t n) {
    sodium_memzero(p, n);
}

} // namespace careledger::crypto
