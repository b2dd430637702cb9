# The desktop app against a real careledgerd on loopback (issue 4): Settings → Network.
if(TARGET careledgerd)
  careledger_add_gui_test(test_settings_network ${CMAKE_CURRENT_LIST_DIR}/test_settings_network.cpp
                          TIMEOUT 300)
  target_compile_definitions(test_settings_network PRIVATE CARELEDGERD="$<TARGET_FILE:careledgerd>")
  add_dependencies(test_settings_network careledgerd)
endif()
