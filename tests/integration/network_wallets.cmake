# Real careledger-cli wallets against the careledgerd network of test_network (issue 5): the suite
# runs the CLI too, and its wallets' Argon2id unlocks take time on this machine.
target_compile_definitions(test_network PRIVATE CARELEDGER_CLI="$<TARGET_FILE:careledger-cli>")
add_dependencies(test_network careledger-cli)
set_tests_properties(test_network PROPERTIES TIMEOUT 900)
