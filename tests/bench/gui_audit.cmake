# The access log with 100,000 audit events: memory (budget 250 MB) and smoothness figures.
if(TARGET careledger_ui)
  careledger_add_bench(bench_gui_audit ${CMAKE_CURRENT_LIST_DIR}/bench_gui_audit.cpp)
  set_target_properties(bench_gui_audit PROPERTIES AUTOMOC ON)
  target_link_libraries(bench_gui_audit PRIVATE careledger_ui)
  target_compile_definitions(bench_gui_audit PRIVATE
    CARELEDGER_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
  set_tests_properties(bench_gui_audit PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endif()
