# Strict, hardened builds (STYLE.md §16). Applied to our targets only, through careledger_flags.
# -Wnull-dereference is left out: with GCC 12 at -O2 it reports libstdc++'s own inlined
# iterators and shared_ptr as "potential" null dereferences (false positives).
add_library(careledger_flags INTERFACE)
target_compile_options(careledger_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2
  -fstack-protector-strong -fvisibility=hidden
  "-ffile-prefix-map=${CMAKE_SOURCE_DIR}=."
  # After the source mapping, so that it wins for a build directory inside the source tree: the
  # build directory's name and place (the debug info's comp_dir, hence the build id the stripped
  # binary keeps) must not change the packages (packaging/check-reproducible.sh).
  "-ffile-prefix-map=${CMAKE_BINARY_DIR}=build")
if(CARELEDGER_WERROR)
  target_compile_options(careledger_flags INTERFACE -Werror)
endif()
target_compile_definitions(careledger_flags INTERFACE
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2> _GLIBCXX_ASSERTIONS)
target_link_options(careledger_flags INTERFACE -Wl,-z,relro,-z,now -Wl,--as-needed)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(CARELEDGER_SANITIZE)
  target_compile_options(careledger_flags INTERFACE -fsanitize=address,undefined
    -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(careledger_flags INTERFACE -fsanitize=address,undefined)
endif()
