# English plural forms (the source text is the other messages' English). Every tr(..., n) message
# needs its singular and plural here: test_translations fails on a numerus message without them.
T = {
    '✔ Verified checkpoint: %n cosignature(s) of the %1 required. Last synced %2.': ['✔ Verified checkpoint: %n cosignature of the %1 required. Last synced %2.', '✔ Verified checkpoint: %n cosignatures of the %1 required. Last synced %2.'],
    '⚠ The checkpoint has %n cosignature(s) but %1 are required. Last synced %2.': ['⚠ The checkpoint has %n cosignature but %1 are required. Last synced %2.', '⚠ The checkpoint has %n cosignatures but %1 are required. Last synced %2.'],
    "Accepted within the allowed clock difference (%n second(s)): check this computer's clock.": [
        "Accepted within the allowed clock difference (%n second): check this computer's clock.",
        "Accepted within the allowed clock difference (%n seconds): check this computer's clock.",
    ],
    '%n accesses': ['%n access', '%n accesses'],
    '%n accesses between the weeks of %1 and %2; the busiest was the week of %3 with %4.': [
        '%n access between the weeks of %1 and %2; the busiest was the week of %3 with %4.',
        '%n accesses between the weeks of %1 and %2; the busiest was the week of %3 with %4.',
    ],
    '%n accesses between %1 and %2; the busiest day was %3 with %4.': [
        '%n access between %1 and %2; the busiest day was %3 with %4.',
        '%n accesses between %1 and %2; the busiest day was %3 with %4.',
    ],
    '%1 of %n accesses shown': ['%1 of %n access shown', '%1 of %n accesses shown'],
    '%n entries': ['%n entry', '%n entries'],
    'Alerts (%n)': ['Alerts (%n)', 'Alerts (%n)'],
    '%n active grants': ['%n active grant', '%n active grants'],
    '%n recorded accesses': ['%n recorded access', '%n recorded accesses'],
    '%n active emergency tokens': ['%n active emergency token', '%n active emergency tokens'],
    'This screen hides itself in %n second(s).': [
        'This screen hides itself in %n second.',
        'This screen hides itself in %n seconds.',
    ],
    '%n new entries verified': ['%n new entry verified', '%n new entries verified'],
    '%n new alerts': ['%n new alert', '%n new alerts'],
    '%n of your entries wait to be published': [
        '%n of your entries waits to be published',
        '%n of your entries wait to be published',
    ],
}
