# Runs one libFuzzer binary for a bounded time on a fresh copy of its seed corpus, so the
# repository is never written; fails on any crash, leak, timeout or broken invariant (libFuzzer
# exits non-zero and leaves the input in WORK/artifacts).
#   cmake -DFUZZER=<binary> -DSEEDS=<corpus dir> -DWORK=<scratch dir> -DSECONDS=<n>
#         [-DARGS=<flag>|<flag>...] -P run_fuzzer.cmake
foreach(var FUZZER SEEDS WORK SECONDS)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_fuzzer.cmake: ${var} is not set")
  endif()
endforeach()
if(NOT IS_DIRECTORY ${SEEDS})
  message(FATAL_ERROR "run_fuzzer.cmake: no seed corpus at ${SEEDS}")
endif()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
file(GLOB seeds ${SEEDS}/*)
file(COPY ${seeds} DESTINATION ${WORK}/corpus)
string(REPLACE "|" ";" extra "${ARGS}")

execute_process(
  COMMAND ${FUZZER} -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=30
          -max_len=8192 -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/ ${extra}
          ${WORK}/corpus
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(GLOB artifacts ${WORK}/artifacts/*)
  message(FATAL_ERROR "${FUZZER} failed (${rc}); inputs: ${artifacts}")
endif()
