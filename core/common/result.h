// Errors as values. Every fallible core function returns Result<T>; nothing throws across a
// module boundary. An Error carries a stable machine code (dotted, e.g. "vault.wrong_passphrase")
// that UIs translate and tests assert on, and a one-line human message in English.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace careledger {

struct Error {
    std::string code;
    std::string message;
};

inline Error make_error(std::string code, std::string message) {
    return Error{std::move(code), std::move(message)};
}

template <class T> class [[nodiscard]] Result {
public:
    Result(T value)
        : v_(std::in_place_index<0>, std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : v_(std::in_place_index<1>, std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

// Result<void>: success or an Error.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : err_(std::move(error)), failed_(true) {} // NOLINT(google-explicit-constructor)
    [[nodiscard]] bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return err_; }

private:
    Error err_;
    bool failed_ = false;
};

using Status = Result<void>;

} // namespace careledger

// Propagate an error from an expression returning Result<...>.
#define CL_TRY(expr)                                                                               \
    do {                                                                                           \
        auto cl_try_result_ = (expr);                                                              \
        if (!cl_try_result_.ok())                                                                  \
            return cl_try_result_.error();                                                         \
    } while (false)

// Bind the value of a Result expression to `decl` or propagate its error.
#define CL_CONCAT_INNER(a, b) a##b
#define CL_CONCAT(a, b) CL_CONCAT_INNER(a, b)
#define CL_ASSIGN_OR_RETURN(decl, expr)                                                            \
    CL_ASSIGN_OR_RETURN_IMPL(CL_CONCAT(cl_r_, __LINE__), decl, expr)
// `decl` is a declaration ("auto x", "const T y") and cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define CL_ASSIGN_OR_RETURN_IMPL(tmp, decl, expr)                                                  \
    auto tmp = (expr);                                                                             \
    if (!tmp.ok())                                                                                 \
        return tmp.error();                                                                        \
    decl = std::move(tmp).value()
// NOLINTEND(bugprone-macro-parentheses)
