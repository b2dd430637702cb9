# Cold start of the desktop app to its first painted window (needs the GUI build).
if(TARGET careledger)
  careledger_add_bench(bench_gui_start ${CMAKE_CURRENT_LIST_DIR}/bench_gui_start.cpp)
  target_link_libraries(bench_gui_start PRIVATE Qt6::Core)
  target_compile_definitions(bench_gui_start PRIVATE
    CARELEDGER_GUI_EXE="$<TARGET_FILE:careledger>")
  add_dependencies(bench_gui_start careledger)
endif()
