# Vault suites (DESIGN §10) and the helper programs they run.

# A second instance, and the writer the SIGKILL test kills.
add_executable(vault_child ${CMAKE_CURRENT_LIST_DIR}/vault_child.cpp)
target_link_libraries(vault_child PRIVATE careledger_core careledger_flags)
target_include_directories(vault_child PRIVATE ${CMAKE_CURRENT_LIST_DIR})

# Makes tests/data/vault/schema-N (run by hand once per released schema).
add_executable(vault_make_fixture ${CMAKE_CURRENT_LIST_DIR}/vault_make_fixture.cpp)
target_link_libraries(vault_make_fixture PRIVATE careledger_core careledger_flags)

# A SQLite VFS that fails the Nth write/fsync; only tests include sqlite3.h outside core/vault.
add_library(vault_fault_vfs STATIC ${CMAKE_CURRENT_LIST_DIR}/vault_fault_vfs.cpp)
target_link_libraries(vault_fault_vfs PUBLIC careledger_flags PRIVATE PkgConfig::SQLCIPHER)
target_compile_definitions(vault_fault_vfs PRIVATE SQLITE_HAS_CODEC)

careledger_add_qtest(test_vault_kdf ${CMAKE_CURRENT_LIST_DIR}/test_vault_kdf.cpp LABELS unit)
careledger_add_qtest(test_vault_atomic_file ${CMAKE_CURRENT_LIST_DIR}/test_vault_atomic_file.cpp
                     LABELS unit)
careledger_add_qtest(test_vault ${CMAKE_CURRENT_LIST_DIR}/test_vault.cpp LABELS unit)
add_dependencies(test_vault vault_child)
target_compile_definitions(test_vault PRIVATE VAULT_CHILD_EXE="$<TARGET_FILE:vault_child>")

# SQLCipher trap 4: a program linked with the system libsqlite3 ahead of SQLCipher.
find_library(CARELEDGER_SYSTEM_SQLITE3 NAMES sqlite3)
if(CARELEDGER_SYSTEM_SQLITE3)
  add_executable(vault_plain_sqlite_probe ${CMAKE_CURRENT_LIST_DIR}/vault_plain_sqlite_probe.cpp)
  target_link_libraries(vault_plain_sqlite_probe PRIVATE ${CARELEDGER_SYSTEM_SQLITE3}
                        careledger_core careledger_flags)
  add_dependencies(test_vault vault_plain_sqlite_probe)
  target_compile_definitions(test_vault PRIVATE
    VAULT_PLAIN_PROBE_EXE="$<TARGET_FILE:vault_plain_sqlite_probe>")
endif()

careledger_add_qtest(test_vault_corruption ${CMAKE_CURRENT_LIST_DIR}/test_vault_corruption.cpp
                     LABELS unit)
careledger_add_qtest(test_vault_markers ${CMAKE_CURRENT_LIST_DIR}/test_vault_markers.cpp
                     LABELS unit)
careledger_add_qtest(test_vault_durability ${CMAKE_CURRENT_LIST_DIR}/test_vault_durability.cpp
                     LABELS unit TIMEOUT 900)
target_link_libraries(test_vault_durability PRIVATE vault_fault_vfs)
add_dependencies(test_vault_durability vault_child)
target_compile_definitions(test_vault_durability PRIVATE
  VAULT_CHILD_EXE="$<TARGET_FILE:vault_child>")
