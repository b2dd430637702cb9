<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <source>Another program has this wallet open.</source>
        <translation>Another program has this wallet open.</translation>
    </message>
    <message>
        <source>A file with that name exists already.</source>
        <translation>A file with that name exists already.</translation>
    </message>
    <message>
        <source>The passphrase is empty or too long.</source>
        <translation>The passphrase is empty or too long.</translation>
    </message>
    <message>
        <source>A recovery word is mistyped (the checksum fails).</source>
        <translation>A recovery word is mistyped (the checksum fails).</translation>
    </message>
    <message>
        <source>A word is not in the recovery word list.</source>
        <translation>A word is not in the recovery word list.</translation>
    </message>
    <message>
        <source>Fill in the emergency card before issuing a token.</source>
        <translation>Fill in the emergency card before issuing a token.</translation>
    </message>
    <message>
        <source>The wallet is locked.</source>
        <translation>The wallet is locked.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The ledger refused the entry: %1</source>
        <translation>The ledger refused the entry: %1</translation>
    </message>
    <message>
        <source>The ledger could not be opened: the overview says why. Check the network in Settings; changes apply at the next unlock.</source>
        <translation>The ledger could not be opened: the overview says why. Check the network in Settings; changes apply at the next unlock.</translation>
    </message>
    <message>
        <source>Enter the node's URL.</source>
        <translation>Enter the node's URL.</translation>
    </message>
    <message>
        <source>The node URL is not valid: it must start with https://.</source>
        <translation>The node URL is not valid: it must start with https://.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for a node on this computer (127.0.0.1 or localhost). Use https.</source>
        <translation>Plain http is allowed only for a node on this computer (127.0.0.1 or localhost). Use https.</translation>
    </message>
    <message>
        <source>Choose the directory that holds the network and policy files.</source>
        <translation>Choose the directory that holds the network and policy files.</translation>
    </message>
    <message>
        <source>That directory does not hold the network and policy files.</source>
        <translation>That directory does not hold the network and policy files.</translation>
    </message>
    <message>
        <source>The node cannot be reached. The wallet keeps its last verified state.</source>
        <translation>The node cannot be reached. The wallet keeps its last verified state.</translation>
    </message>
    <message>
        <source>The node did not answer in time. The wallet keeps its last verified state.</source>
        <translation>The node did not answer in time. The wallet keeps its last verified state.</translation>
    </message>
    <message>
        <source>The connection to the node is not secure (https is required).</source>
        <translation>The connection to the node is not secure (https is required).</translation>
    </message>
    <message>
        <source>The node's checkpoint lacks the validators' quorum: nothing was accepted.</source>
        <translation>The node's checkpoint lacks the validators' quorum: nothing was accepted.</translation>
    </message>
    <message>
        <source>The validators' cosignatures on the node's checkpoint are too old: nothing was accepted.</source>
        <translation>The validators' cosignatures on the node's checkpoint are too old: nothing was accepted.</translation>
    </message>
    <message>
        <source>No node took the entry now. It waits and is sent again at the next sync.</source>
        <translation>No node took the entry now. It waits and is sent again at the next sync.</translation>
    </message>
    <message>
        <source>The node's checkpoint does not verify against the pinned network files: %1</source>
        <translation>The node's checkpoint does not verify against the pinned network files: %1</translation>
    </message>
    <message>
        <source>The node's answer failed verification and was refused: %1</source>
        <translation>The node's answer failed verification and was refused: %1</translation>
    </message>
    <message>
        <source>The network or policy file cannot be used: %1</source>
        <translation>The network or policy file cannot be used: %1</translation>
    </message>
    <message>
        <source>The node could not be used: %1</source>
        <translation>The node could not be used: %1</translation>
    </message>
    <message>
        <source>The node has no room for your emergency summary (its storage limit is reached). Revoke old tokens, or try another node.</source>
        <translation>The node has no room for your emergency summary (its storage limit is reached). Revoke old tokens, or try another node.</translation>
    </message>
    <message>
        <source>The node refused the request as too old or too new: check this computer's clock.</source>
        <translation>The node refused the request as too old or too new: check this computer's clock.</translation>
    </message>
    <message>
        <source>The node stores summaries only for patients registered on its ledger: sync first so that your registration is published.</source>
        <translation>The node stores summaries only for patients registered on its ledger: sync first so that your registration is published.</translation>
    </message>
    <message>
        <source>No node could be reached to store or delete your emergency summary. Try again when you are online.</source>
        <translation>No node could be reached to store or delete your emergency summary. Try again when you are online.</translation>
    </message>
</context>
<context>
    <name>GrantWizard</name>
    <message>
        <source>%1 (%2, %3) will be able to see your %4, %5, from %6 until %7. You can revoke this at any time; every time they read your records it will appear in your access log.</source>
        <extracomment>%1 provider's name, %2 organisation, %3 role, %4 list of record categories, %5 purpose phrase such as "for treatment", %6 and %7 dates</extracomment>
        <translation>%1 (%2, %3) will be able to see your %4, %5, from %6 until %7. You can revoke this at any time; every time they read your records it will appear in your access log.</translation>
    </message>
</context>
<context>
    <name>VerdictTexts</name>
    <message>
        <source>Scan again, or type the text printed under the code. If it still fails, the card is damaged: treat per protocol.</source>
        <translation>Scan again, or type the text printed under the code. If it still fails, the card is damaged: treat per protocol.</translation>
    </message>
    <message>
        <source>Do not rely on this card's data: it may be forged or altered. Treat per protocol.</source>
        <translation>Do not rely on this card's data: it may be forged or altered. Treat per protocol.</translation>
    </message>
    <message>
        <source>Not a readable CareLedger emergency card</source>
        <translation>Not a readable CareLedger emergency card</translation>
    </message>
    <message>
        <source>Card data is malformed or oversized</source>
        <translation>Card data is malformed or oversized</translation>
    </message>
    <message>
        <source>No emergency QR code found in the image</source>
        <translation>No emergency QR code found in the image</translation>
    </message>
    <message>
        <source>Take a sharper picture with the whole code in view, or type the text.</source>
        <translation>Take a sharper picture with the whole code in view, or type the text.</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>Signature does not match</translation>
    </message>
    <message>
        <source>Issuer not known to this network</source>
        <translation>Issuer not known to this network</translation>
    </message>
    <message>
        <source>The card was not issued by a patient registered on this ledger. Sync the ledger if you are offline; otherwise treat per protocol.</source>
        <translation>The card was not issued by a patient registered on this ledger. Sync the ledger if you are offline; otherwise treat per protocol.</translation>
    </message>
    <message>
        <source>The patient's key was revoked</source>
        <translation>The patient's key was revoked</translation>
    </message>
    <message>
        <source>Revoked by the patient</source>
        <translation>Revoked by the patient</translation>
    </message>
    <message>
        <source>The patient withdrew this card. Ask for a current one; treat per protocol.</source>
        <translation>The patient withdrew this card. Ask for a current one; treat per protocol.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expired on %1</translation>
    </message>
    <message>
        <source>Ask the patient or their contact for a current card; treat per protocol.</source>
        <translation>Ask the patient or their contact for a current card; treat per protocol.</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Not valid yet</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Not valid before %1</translation>
    </message>
    <message>
        <source>The card's start time is in the future: check this computer's clock.</source>
        <translation>The card's start time is in the future: check this computer's clock.</translation>
    </message>
    <message>
        <source>Validity period is not allowed</source>
        <translation>Validity period is not allowed</translation>
    </message>
    <message>
        <source>Revocation data is too old</source>
        <translation>Revocation data is too old</translation>
    </message>
    <message>
        <source>Revocation data is too old (as of %1)</source>
        <translation>Revocation data is too old (as of %1)</translation>
    </message>
    <message>
        <source>This computer has not synced with the ledger recently, so a revocation could be missed. Connect and sync, then verify again.</source>
        <translation>This computer has not synced with the ledger recently, so a revocation could be missed. Connect and sync, then verify again.</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>PIN required</translation>
    </message>
    <message>
        <source>This card is protected by a PIN. Ask the patient or their contact for it.</source>
        <translation>This card is protected by a PIN. Ask the patient or their contact for it.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>Check the PIN and enter it again.</source>
        <translation>Check the PIN and enter it again.</translation>
    </message>
    <message>
        <source>Single-use card already used</source>
        <translation>Single-use card already used</translation>
    </message>
    <message>
        <source>This card was already read on this computer and may be used only once.</source>
        <translation>This card was already read on this computer and may be used only once.</translation>
    </message>
    <message>
        <source>Summary does not match the card</source>
        <translation>Summary does not match the card</translation>
    </message>
    <message>
        <source>Could not verify the card</source>
        <translation>Could not verify the card</translation>
    </message>
    <message>
        <source>The image could not be read</source>
        <translation>The image could not be read</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG photo of the code, or type the text printed under it.</source>
        <translation>Open a PNG or JPEG photo of the code, or type the text printed under it.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AboutDialog</name>
    <message>
        <source>About CareLedger</source>
        <translation>About CareLedger</translation>
    </message>
    <message>
        <source>CareLedger %1</source>
        <translation>CareLedger %1</translation>
    </message>
    <message>
        <source>A patient-controlled health-consent wallet: your keys stay in an encrypted vault on this computer, and every grant, revocation and read of your records is a signed, verified entry on the consent ledger.</source>
        <translation>A patient-controlled health-consent wallet: your keys stay in an encrypted vault on this computer, and every grant, revocation and read of your records is a signed, verified entry on the consent ledger.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0.</source>
        <translation>Licensed under the Apache License, version 2.0.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>careledger::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to CareLedger</source>
        <translation>Welcome to CareLedger</translation>
    </message>
    <message>
        <source>Your wallet keeps the keys that decide who may see your health records. Everything stays on this computer, encrypted with your passphrase.</source>
        <translation>Your wallet keeps the keys that decide who may see your health records. Everything stays on this computer, encrypted with your passphrase.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>&amp;Create a new wallet</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase or shares</source>
        <translation>&amp;Restore a wallet from its recovery phrase or shares</translation>
    </message>
    <message>
        <source>C&amp;linician mode: a provider wallet that verifies emergency tokens</source>
        <translation>C&amp;linician mode: a provider wallet that verifies emergency tokens</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Restore your wallet</source>
        <translation>Restore your wallet</translation>
    </message>
    <message>
        <source>Set up the clinician wallet</source>
        <translation>Set up the clinician wallet</translation>
    </message>
    <message>
        <source>Protect your wallet</source>
        <translation>Protect your wallet</translation>
    </message>
    <message>
        <source>Your &amp;name as shown to patients:</source>
        <translation>Your &amp;name as shown to patients:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Dr. Ada Example</source>
        <translation>e.g. Dr. Ada Example</translation>
    </message>
    <message>
        <source>Kept on this computer only</source>
        <translation>Kept on this computer only</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Recovery &amp;phrase or shares (one per line):</source>
        <translation>Recovery &amp;phrase or shares (one per line):</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Create wallet</source>
        <translation>&amp;Create wallet</translation>
    </message>
    <message>
        <source>Deriving the key from your passphrase. This takes a few seconds on purpose, to slow down anyone guessing it.</source>
        <translation>Deriving the key from your passphrase. This takes a few seconds on purpose, to slow down anyone guessing it.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Your recovery phrase</source>
        <translation>Your recovery phrase</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, and keep them somewhere safe. They are the only way to restore your wallet if this computer is lost. They are shown only once.</source>
        <translation>Write these words on paper, in order, and keep them somewhere safe. They are the only way to restore your wallet if this computer is lost. They are shown only once.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Recovery phrase</translation>
    </message>
    <message>
        <source>I have &amp;written the words down</source>
        <translation>I have &amp;written the words down</translation>
    </message>
    <message>
        <source>Confirm your recovery phrase</source>
        <translation>Confirm your recovery phrase</translation>
    </message>
    <message>
        <source>Type the words asked for, to check that you wrote them down.</source>
        <translation>Type the words asked for, to check that you wrote them down.</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation>Word &amp;%1:</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Word %1</translation>
    </message>
    <message>
        <source>&amp;Show the words again</source>
        <translation>&amp;Show the words again</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>A registrar certifies that this wallet belongs to a health professional. On a single machine the embedded ledger's local registrar can do it now.</source>
        <translation>A registrar certifies that this wallet belongs to a health professional. On a single machine the embedded ledger's local registrar can do it now.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Professional &amp;role:</source>
        <translation>Professional &amp;role:</translation>
    </message>
    <message>
        <source>e.g. physician</source>
        <translation>e.g. physician</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Certify with the local registrar</source>
        <translation>&amp;Certify with the local registrar</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: several unrelated words work well.</source>
        <translation>Choose a longer passphrase: several unrelated words work well.</translation>
    </message>
    <message>
        <source>Word %1 does not match. Check what you wrote down.</source>
        <translation>Word %1 does not match. Check what you wrote down.</translation>
    </message>
    <message>
        <source>Rec&amp;overy:</source>
        <translation>Rec&amp;overy:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <source>One recovery phrase (20 words)</source>
        <translation>One recovery phrase (20 words)</translation>
    </message>
    <message>
        <source>Shares: any 2 of 3 restore the wallet</source>
        <translation>Shares: any 2 of 3 restore the wallet</translation>
    </message>
    <message>
        <source>Shares: any 3 of 5 restore the wallet</source>
        <translation>Shares: any 3 of 5 restore the wallet</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>The backup was written.</source>
        <translation>The backup was written.</translation>
    </message>
    <message>
        <source>This wallet is now a certified provider.</source>
        <translation>This wallet is now a certified provider.</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>CareLedger — %1</source>
        <translation>CareLedger — %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Verify token</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>About CareLedger</source>
        <translation>About CareLedger</translation>
    </message>
    <message>
        <source>About CareLedger (F1)</source>
        <translation>About CareLedger (F1)</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>%1, about %2 bits</source>
        <translation>%1, about %2 bits</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecoverySharesDialog</name>
    <message>
        <source>New recovery shares</source>
        <translation>New recovery shares</translation>
    </message>
    <message>
        <source>New shares restore this wallet like its recovery phrase does. Your current phrase or shares keep working: destroy them if you no longer trust where they are kept.</source>
        <translation>New shares restore this wallet like its recovery phrase does. Your current phrase or shares keep working: destroy them if you no longer trust where they are kept.</translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation>&amp;Shares:</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Any 2 of 3 shares restore the wallet</source>
        <translation>Any 2 of 3 shares restore the wallet</translation>
    </message>
    <message>
        <source>Any 3 of 5 shares restore the wallet</source>
        <translation>Any 3 of 5 shares restore the wallet</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Create shares</source>
        <translation>&amp;Create shares</translation>
    </message>
    <message>
        <source>Checking the passphrase and creating the shares…</source>
        <translation>Checking the passphrase and creating the shares…</translation>
    </message>
    <message>
        <source>Write each share on its own sheet of paper and keep the sheets in different places. They are shown only now.</source>
        <translation>Write each share on its own sheet of paper and keep the sheets in different places. They are shown only now.</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Recovery shares</translation>
    </message>
    <message>
        <source>I have &amp;written every share down</source>
        <translation>I have &amp;written every share down</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecoveryWordsLabel</name>
    <message>
        <source>Share %1 of group %2:</source>
        <translation>Share %1 of group %2:</translation>
    </message>
    <message>
        <source>Share %1 of %2:</source>
        <translation>Share %1 of %2:</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SettingsPage</name>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>physician</translation>
    </message>
    <message>
        <source>This wallet is a certified provider.</source>
        <translation>This wallet is a certified provider.</translation>
    </message>
    <message>
        <source>This wallet is not certified yet: tokens can be verified, but access cannot be recorded.</source>
        <translation>This wallet is not certified yet: tokens can be verified, but access cannot be recorded.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes, 0 = never):</source>
        <translation>&amp;Lock after idle (minutes, 0 = never):</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Auto-lock minutes</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after (seconds, 0 = never):</source>
        <translation>&amp;Clear copied text after (seconds, 0 = never):</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>Clipboard clear seconds</translation>
    </message>
    <message>
        <source>Lock &amp;now (Ctrl+L)</source>
        <translation>Lock &amp;now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>&amp;Hide health details on screen (allergies, medications, problems)</source>
        <translation>&amp;Hide health details on screen (allergies, medications, problems)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>&amp;Embedded ledger on this computer</source>
        <translation>&amp;Embedded ledger on this computer</translation>
    </message>
    <message>
        <source>Node URL</source>
        <translation>Node URL</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>No wallet is open.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Key ID: %1</translation>
    </message>
    <message>
        <source>E&amp;xport backup…</source>
        <translation>E&amp;xport backup…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>Provider certification</source>
        <translation>Provider certification</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Export backup</translation>
    </message>
    <message>
        <source>CareLedger backup (*.clbak)</source>
        <translation>CareLedger backup (*.clbak)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Repeat new passphrase:</translation>
    </message>
    <message>
        <source>✔ Saved: the embedded ledger, from the next unlock.</source>
        <translation>✔ Saved: the embedded ledger, from the next unlock.</translation>
    </message>
    <message>
        <source>✔ Saved: node %1, from the next unlock.</source>
        <translation>✔ Saved: node %1, from the next unlock.</translation>
    </message>
    <message>
        <source>Choose the directory of the network and policy files</source>
        <translation>Choose the directory of the network and policy files</translation>
    </message>
    <message>
        <source>Node &amp;URL:</source>
        <translation>Node &amp;URL:</translation>
    </message>
    <message>
        <source>Network &amp;files:</source>
        <translation>Network &amp;files:</translation>
    </message>
    <message>
        <source>Network files directory</source>
        <translation>Network files directory</translation>
    </message>
    <message>
        <source>Directory with the network and policy files</source>
        <translation>Directory with the network and policy files</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the network files directory</source>
        <translation>Browse for the network files directory</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>The pinned network and policy files (log key, validators and quorum) are checked on every sync. Plain http is accepted only for a node on this computer. Changes apply at the next unlock.</source>
        <translation>The pinned network and policy files (log key, validators and quorum) are checked on every sync. Plain http is accepted only for a node on this computer. Changes apply at the next unlock.</translation>
    </message>
    <message>
        <source>Create new &amp;recovery shares…</source>
        <translation>Create new &amp;recovery shares…</translation>
    </message>
    <message>
        <source>Connect to a no&amp;de</source>
        <translation>Connect to a no&amp;de</translation>
    </message>
    <message>
        <source>Use this net&amp;work</source>
        <translation>Use this net&amp;work</translation>
    </message>
    <message>
        <source>Certify with the local regi&amp;strar…</source>
        <translation>Certify with the local regi&amp;strar…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::UnlockView</name>
    <message>
        <source>CareLedger is locked</source>
        <translation>CareLedger is locked</translation>
    </message>
    <message>
        <source>Wallet: %1</source>
        <translation>Wallet: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
</context>
<context>
    <name>careledger::ui::WalletController</name>
    <message>
        <source>Creating the wallet</source>
        <translation>Creating the wallet</translation>
    </message>
    <message>
        <source>Restoring the wallet</source>
        <translation>Restoring the wallet</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Locking</translation>
    </message>
    <message>
        <source>Emergency access by an uncertified reader</source>
        <translation>Emergency access by an uncertified reader</translation>
    </message>
    <message>
        <source>Emergency access by %1</source>
        <translation>Emergency access by %1</translation>
    </message>
    <message>
        <source>Access by a reader that is not a certified provider</source>
        <translation>Access by a reader that is not a certified provider</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronising</translation>
    </message>
    <message>
        <source>Signing the grant</source>
        <translation>Signing the grant</translation>
    </message>
    <message>
        <source>Signing the revocation</source>
        <translation>Signing the revocation</translation>
    </message>
    <message>
        <source>Saving the emergency card</source>
        <translation>Saving the emergency card</translation>
    </message>
    <message>
        <source>Importing the health record</source>
        <translation>Importing the health record</translation>
    </message>
    <message>
        <source>Issuing the emergency token</source>
        <translation>Issuing the emergency token</translation>
    </message>
    <message>
        <source>Revoking the emergency token</source>
        <translation>Revoking the emergency token</translation>
    </message>
    <message>
        <source>Verifying the token</source>
        <translation>Verifying the token</translation>
    </message>
    <message>
        <source>Registering the identity</source>
        <translation>Registering the identity</translation>
    </message>
    <message>
        <source>Certifying</source>
        <translation>Certifying</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Writing the backup</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Access by a reader you never granted</source>
        <translation>Access by a reader you never granted</translation>
    </message>
    <message>
        <source>An entry the node receipted was not published in time</source>
        <translation>An entry the node receipted was not published in time</translation>
    </message>
    <message>
        <source>A node served a ledger that contradicts the verified one</source>
        <translation>A node served a ledger that contradicts the verified one</translation>
    </message>
    <message>
        <source>Creating recovery shares</source>
        <translation>Creating recovery shares</translation>
    </message>
</context>
<context>
    <name>careledger::ui::clinician::CameraScanner</name>
    <message>
        <source>No camera found.</source>
        <translation>No camera found.</translation>
    </message>
    <message>
        <source>This build has no camera support.</source>
        <translation>This build has no camera support.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::clinician::ClinicianPage</name>
    <message>
        <source>Scan or paste the emergency token (CL1:…)</source>
        <translation>Scan or paste the emergency token (CL1:…)</translation>
    </message>
    <message>
        <source>Emergency token text</source>
        <translation>Emergency token text</translation>
    </message>
    <message>
        <source>A USB scanner types here; press Enter to verify what it typed.</source>
        <translation>A USB scanner types here; press Enter to verify what it typed.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Verify token</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>Open &amp;image…</translation>
    </message>
    <message>
        <source>Open an image of the QR code</source>
        <translation>Open an image of the QR code</translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation>Stop &amp;camera</translation>
    </message>
    <message>
        <source>Scan with &amp;camera</source>
        <translation>Scan with &amp;camera</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Scan with camera</translation>
    </message>
    <message>
        <source>No camera found: use a USB scanner, paste, or open an image.</source>
        <translation>No camera found: use a USB scanner, paste, or open an image.</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Camera status</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>Card &amp;PIN:</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>Card PIN</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technical detail</translation>
    </message>
    <message>
        <source>Access record status</source>
        <translation>Access record status</translation>
    </message>
    <message>
        <source>Emergency data</source>
        <translation>Emergency data</translation>
    </message>
    <message>
        <source>Waiting for a card</source>
        <translation>Waiting for a card</translation>
    </message>
    <message>
        <source>Nothing has been scanned yet.</source>
        <translation>Nothing has been scanned yet.</translation>
    </message>
    <message>
        <source>Nothing to verify</source>
        <translation>Nothing to verify</translation>
    </message>
    <message>
        <source>Scan or paste a token first.</source>
        <translation>Scan or paste a token first.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Open an image of the emergency QR code</source>
        <translation>Open an image of the emergency QR code</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera…</source>
        <translation>Hold the QR code in front of the camera…</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NOT VALID: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technical detail: %1</translation>
    </message>
    <message>
        <source>VALID emergency card</source>
        <translation>VALID emergency card</translation>
    </message>
    <message>
        <source>Signed by the patient's registered key; valid until %1.</source>
        <translation>Signed by the patient's registered key; valid until %1.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted within the allowed clock difference (%n second(s)): check this computer's clock.</source>
        <translation><numerusform>Accepted within the allowed clock difference (%n second): check this computer's clock.</numerusform><numerusform>Accepted within the allowed clock difference (%n seconds): check this computer's clock.</numerusform></translation>
    </message>
    <message>
        <source>Revocation data as of %1.</source>
        <translation>Revocation data as of %1.</translation>
    </message>
    <message>
        <source>Single-use card: it cannot be read again on this computer.</source>
        <translation>Single-use card: it cannot be read again on this computer.</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>HIGH RISK</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>low risk</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>risk not assessed</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Advance directive</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Patient key</source>
        <translation>Patient key</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>Card valid until</translation>
    </message>
    <message>
        <source>Recording your access on the ledger…</source>
        <translation>Recording your access on the ledger…</translation>
    </message>
    <message>
        <source>✔ Your access was recorded on the ledger (entry #%1). The patient will see it in their access log.</source>
        <translation>✔ Your access was recorded on the ledger (entry #%1). The patient will see it in their access log.</translation>
    </message>
    <message>
        <source>✖ Your access could not be recorded: %1</source>
        <translation>✖ Your access could not be recorded: %1</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>Verdict symbol</translation>
    </message>
    <message>
        <source>Scan the patient's emergency QR code with a USB scanner, paste its text (it starts with CL1:), open or drop a photo of it, or use a camera. The card is verified on this computer and your access is recorded on the ledger.</source>
        <translation>Scan the patient's emergency QR code with a USB scanner, paste its text (it starts with CL1:), open or drop a photo of it, or use a camera. The card is verified on this computer and your access is recorded on the ledger.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Patient key id: %1</source>
        <translation>Patient key id: %1</translation>
    </message>
    <message>
        <source>No accesses recorded.</source>
        <translation>No accesses recorded.</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation><numerusform>%n access</numerusform><numerusform>%n accesses</numerusform></translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation>Generated at %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ verified</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>the PDF is empty</source>
        <translation>the PDF is empty</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <source>Problems and diagnoses</source>
        <translation>Problems and diagnoses</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Immunizations</translation>
    </message>
    <message>
        <source>Laboratory results</source>
        <translation>Laboratory results</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imaging</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Vital signs</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Clinical notes</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Emergency summary</source>
        <translation>Emergency summary</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two items of a list: "allergies, medications and notes"</extracomment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Emergency treatment</source>
        <translation>Emergency treatment</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>for treatment</source>
        <translation>for treatment</translation>
    </message>
    <message>
        <source>for emergency treatment</source>
        <translation>for emergency treatment</translation>
    </message>
    <message>
        <source>for payment</source>
        <translation>for payment</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>for research</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>Emergency token</source>
        <translation>Emergency token</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AccessChart</name>
    <message>
        <source>Accesses over time</source>
        <translation>Accesses over time</translation>
    </message>
    <message>
        <source>No accesses to chart.</source>
        <translation>No accesses to chart.</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses between the weeks of %1 and %2; the busiest was the week of %3 with %4.</source>
        <extracomment>%n accesses, %1 first date, %2 last date, %3 busiest day or week, %4 its count</extracomment>
        <translation><numerusform>%n access between the weeks of %1 and %2; the busiest was the week of %3 with %4.</numerusform><numerusform>%n accesses between the weeks of %1 and %2; the busiest was the week of %3 with %4.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accesses between %1 and %2; the busiest day was %3 with %4.</source>
        <translation><numerusform>%n access between %1 and %2; the busiest day was %3 with %4.</numerusform><numerusform>%n accesses between %1 and %2; the busiest day was %3 with %4.</numerusform></translation>
    </message>
    <message>
        <source>Accesses per week</source>
        <translation>Accesses per week</translation>
    </message>
    <message>
        <source>Accesses per day</source>
        <translation>Accesses per day</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AccessLogPage</name>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Reader, record category or purpose</source>
        <translation>Reader, record category or purpose</translation>
    </message>
    <message>
        <source>Search the access log</source>
        <translation>Search the access log</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Reader:</translation>
    </message>
    <message>
        <source>Re&amp;cords:</source>
        <translation>Re&amp;cords:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Verified:</source>
        <translation>&amp;Verified:</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Accesses</translation>
    </message>
    <message>
        <source>Nobody has read your records yet. Every access a provider makes, under a grant or an emergency token, will be listed here with its proof.</source>
        <translation>Nobody has read your records yet. Every access a provider makes, under a grant or an emergency token, will be listed here with its proof.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Emergency token</source>
        <translation>Emergency token</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>✔ Verified only</source>
        <translation>✔ Verified only</translation>
    </message>
    <message>
        <source>✖ Not verified only</source>
        <translation>✖ Not verified only</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation><numerusform>%n access</numerusform><numerusform>%n accesses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accesses shown</source>
        <translation><numerusform>%1 of %n access shown</numerusform><numerusform>%1 of %n accesses shown</numerusform></translation>
    </message>
    <message>
        <source>Export the access log as PDF</source>
        <translation>Export the access log as PDF</translation>
    </message>
    <message>
        <source>Export the access log as CSV</source>
        <translation>Export the access log as CSV</translation>
    </message>
    <message>
        <source>access-log.pdf</source>
        <translation>access-log.pdf</translation>
    </message>
    <message>
        <source>access-log.csv</source>
        <translation>access-log.csv</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AuditModel</name>
    <message>
        <source>Unknown reader %1</source>
        <translation>Unknown reader %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Verified</translation>
    </message>
    <message>
        <source>✖ Not verified</source>
        <translation>✖ Not verified</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <extracomment>%1 the grant id or emergency token id in hex</extracomment>
        <translation>Reference %1</translation>
    </message>
    <message>
        <source>Signature checked and inclusion in the signed checkpoint proved (ledger entry #%1)</source>
        <translation>Signature checked and inclusion in the signed checkpoint proved (ledger entry #%1)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Not verified: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Unknown reader</source>
        <translation>Unknown reader</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::ConsentsPage</name>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>You have not granted anyone access yet. Use “New grant” to let a provider see chosen parts of your records for a limited time.</source>
        <translation>You have not granted anyone access yet. Use “New grant” to let a provider see chosen parts of your records for a limited time.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>Grantee</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;New grant…</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>New grant</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Revoke the selected grant</source>
        <translation>Revoke the selected grant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 provider name, %2 organisation</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlisted key %1</source>
        <translation>Unlisted key %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revoked on %1</translation>
    </message>
    <message>
        <source>Revoke grant</source>
        <translation>Revoke grant</translation>
    </message>
    <message>
        <source>Revoke the access of %1? They will no longer be able to read your records under this grant. This is recorded on the ledger and cannot be undone.</source>
        <translation>Revoke the access of %1? They will no longer be able to read your records under this grant. This is recorded on the ledger and cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Keep the grant</source>
        <translation>Keep the grant</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::EmergencyPage</name>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>unable to assess</source>
        <translation>unable to assess</translation>
    </message>
    <message>
        <source>Allergy risk</source>
        <translation>Allergy risk</translation>
    </message>
    <message>
        <source>Import a FHIR R4 Bundle (International Patient Summary)</source>
        <translation>Import a FHIR R4 Bundle (International Patient Summary)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Your emergency card: what a first responder sees when they scan your emergency QR code.</source>
        <translation>Your emergency card: what a first responder sees when they scan your emergency QR code.</translation>
    </message>
    <message>
        <source>&amp;Blood type:</source>
        <translation>&amp;Blood type:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Allergies:</translation>
    </message>
    <message>
        <source>&amp;Medications:</source>
        <translation>&amp;Medications:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problems:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts:</translation>
    </message>
    <message>
        <source>Advance &amp;directive:</source>
        <translation>Advance &amp;directive:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>e.g. A+ or O−</source>
        <translation>e.g. A+ or O−</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Emergency contacts</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Advance directive</translation>
    </message>
    <message>
        <source>e.g. Do not resuscitate</source>
        <translation>e.g. Do not resuscitate</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>e.g. en-GB</source>
        <translation>e.g. en-GB</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Add &amp;row</translation>
    </message>
    <message>
        <source>Add a row to the selected list</source>
        <translation>Add a row to the selected list</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Remo&amp;ve row</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Remove the selected row</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Save card</translation>
    </message>
    <message>
        <source>Save the emergency card</source>
        <translation>Save the emergency card</translation>
    </message>
    <message>
        <source>&amp;Import FHIR…</source>
        <translation>&amp;Import FHIR…</translation>
    </message>
    <message>
        <source>Import the card from a FHIR bundle</source>
        <translation>Import the card from a FHIR bundle</translation>
    </message>
    <message>
        <source>Hidden details note</source>
        <translation>Hidden details note</translation>
    </message>
    <message>
        <source>Emergency tokens: time-limited QR codes you can revoke at any time.</source>
        <translation>Emergency tokens: time-limited QR codes you can revoke at any time.</translation>
    </message>
    <message>
        <source>Valid for 1 day</source>
        <translation>Valid for 1 day</translation>
    </message>
    <message>
        <source>Valid for 7 days</source>
        <translation>Valid for 7 days</translation>
    </message>
    <message>
        <source>Valid for 30 days</source>
        <translation>Valid for 30 days</translation>
    </message>
    <message>
        <source>Valid for 90 days</source>
        <translation>Valid for 90 days</translation>
    </message>
    <message>
        <source>Valid for 1 year</source>
        <translation>Valid for 1 year</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Token lifetime</translation>
    </message>
    <message>
        <source>Optional PIN</source>
        <translation>Optional PIN</translation>
    </message>
    <message>
        <source>Optional PIN for the token</source>
        <translation>Optional PIN for the token</translation>
    </message>
    <message>
        <source>Single &amp;use</source>
        <translation>Single &amp;use</translation>
    </message>
    <message>
        <source>Single-use token</source>
        <translation>Single-use token</translation>
    </message>
    <message>
        <source>Issue &amp;token</source>
        <translation>Issue &amp;token</translation>
    </message>
    <message>
        <source>Issue an emergency token</source>
        <translation>Issue an emergency token</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your emergency tokens</source>
        <translation>Your emergency tokens</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Revoke the selected token</translation>
    </message>
    <message>
        <source>Health details are hidden (Settings). Turn the setting off to see and edit your card.</source>
        <translation>Health details are hidden (Settings). Turn the setting off to see and edit your card.</translation>
    </message>
    <message>
        <source>✖ The card was not saved: %1</source>
        <translation>✖ The card was not saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>single use</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Revoke emergency token?</source>
        <translation>Revoke emergency token?</translation>
    </message>
    <message>
        <source>Clinicians will be told this token is revoked, and its full summary is deleted for good. Printed cards with this code stop working.</source>
        <translation>Clinicians will be told this token is revoked, and its full summary is deleted for good. Printed cards with this code stop working.</translation>
    </message>
    <message>
        <source>Confirm token revoke</source>
        <translation>Confirm token revoke</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Card status</translation>
    </message>
    <message>
        <source>✔ Your emergency card was saved.</source>
        <translation>✔ Your emergency card was saved.</translation>
    </message>
    <message>
        <source>✔ Your emergency card was imported and saved.</source>
        <translation>✔ Your emergency card was imported and saved.</translation>
    </message>
    <message>
        <source>Revo&amp;ke token…</source>
        <translation>Revo&amp;ke token…</translation>
    </message>
    <message>
        <source>Waiting to be published</source>
        <translation>Waiting to be published</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::GrantWizard</name>
    <message>
        <source>New grant</source>
        <translation>New grant</translation>
    </message>
    <message>
        <source>&amp;Search the provider directory:</source>
        <translation>&amp;Search the provider directory:</translation>
    </message>
    <message>
        <source>Name, organisation, role or key id</source>
        <translation>Name, organisation, role or key id</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Search providers</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>No certified provider matches. Check the spelling, or sync to refresh the directory.</source>
        <translation>No certified provider matches. Check the spelling, or sync to refresh the directory.</translation>
    </message>
    <message>
        <source>%1 — %2, %3
Key %4</source>
        <extracomment>provider list line: %1 name, %2 organisation, %3 role, %4 key id</extracomment>
        <translation>%1 — %2, %3
Key %4</translation>
    </message>
    <message>
        <source>Which kinds of &amp;records may they see?</source>
        <translation>Which kinds of &amp;records may they see?</translation>
    </message>
    <message>
        <source>Record categories</source>
        <translation>Record categories</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 human name of a record category, %2 its code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Allow them to &amp;download copies</source>
        <translation>Allow them to &amp;download copies</translation>
    </message>
    <message>
        <source>Allow downloading copies</source>
        <translation>Allow downloading copies</translation>
    </message>
    <message>
        <source>&amp;Purpose of use:</source>
        <translation>&amp;Purpose of use:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>Valid &amp;until (inclusive):</source>
        <translation>Valid &amp;until (inclusive):</translation>
    </message>
    <message>
        <source>What you are about to grant</source>
        <translation>What you are about to grant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>&amp;Sign and grant</source>
        <translation>&amp;Sign and grant</translation>
    </message>
    <message>
        <source>Sign and grant</source>
        <translation>Sign and grant</translation>
    </message>
    <message>
        <source>Step 1 of 5: Who may see your records?</source>
        <translation>Step 1 of 5: Who may see your records?</translation>
    </message>
    <message>
        <source>Step 2 of 5: Which records?</source>
        <translation>Step 2 of 5: Which records?</translation>
    </message>
    <message>
        <source>Step 3 of 5: For what purpose?</source>
        <translation>Step 3 of 5: For what purpose?</translation>
    </message>
    <message>
        <source>Step 4 of 5: For how long?</source>
        <translation>Step 4 of 5: For how long?</translation>
    </message>
    <message>
        <source>Step 5 of 5: Check and sign</source>
        <translation>Step 5 of 5: Check and sign</translation>
    </message>
    <message>
        <source>⚠ The end date is before the start date.</source>
        <translation>⚠ The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Your records at a glance</source>
        <translation>Your records at a glance</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Fetch the ledger's newest checkpoint and verify it</source>
        <translation>Fetch the ledger's newest checkpoint and verify it</translation>
    </message>
    <message>
        <source>Show access &amp;log</source>
        <translation>Show access &amp;log</translation>
    </message>
    <message>
        <source>Show access log</source>
        <translation>Show access log</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync state</translation>
    </message>
    <message>
        <source>Ledger details</source>
        <translation>Ledger details</translation>
    </message>
    <message>
        <source>Not synced yet. Sync to fetch and verify the ledger's checkpoint.</source>
        <translation>Not synced yet. Sync to fetch and verify the ledger's checkpoint.</translation>
    </message>
    <message>
        <source>✖ The last sync failed: %1</source>
        <extracomment>%1 is the reason, already in the user's language</extracomment>
        <translation>✖ The last sync failed: %1</translation>
    </message>
    <message>
        <source>Embedded ledger at %1</source>
        <translation>Embedded ledger at %1</translation>
    </message>
    <message>
        <source>Network node %1</source>
        <translation>Network node %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message>
        <source>Checkpoint signed %1</source>
        <translation>Checkpoint signed %1</translation>
    </message>
    <message>
        <source>Root hash: %1</source>
        <translation>Root hash: %1</translation>
    </message>
    <message>
        <source>✔ No alerts. Nobody has used an emergency token or read your records without a grant.</source>
        <translation>✔ No alerts. Nobody has used an emergency token or read your records without a grant.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Unknown reader</source>
        <translation>Unknown reader</translation>
    </message>
    <message>
        <source>Missing submission</source>
        <translation>Missing submission</translation>
    </message>
    <message>
        <source>Inconsistent ledger node</source>
        <translation>Inconsistent ledger node</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <extracomment>%1 kind of alert, %2 date and time, %3 one-line summary</extracomment>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>Ledger entry #%1</source>
        <translation>Ledger entry #%1</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <translation><numerusform>Alerts (%n)</numerusform><numerusform>Alerts (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active grants</source>
        <translation><numerusform>%n active grant</numerusform><numerusform>%n active grants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded accesses</source>
        <translation><numerusform>%n recorded access</numerusform><numerusform>%n recorded accesses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active emergency tokens</source>
        <translation><numerusform>%n active emergency token</numerusform><numerusform>%n active emergency tokens</numerusform></translation>
    </message>
    <message>
        <source>Last sync from %1: checkpoint %2 → %3</source>
        <extracomment>%1 the node's URL, %2 and %3 the checkpoint sizes before and after</extracomment>
        <translation>Last sync from %1: checkpoint %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new entries verified</source>
        <translation><numerusform>%n new entry verified</numerusform><numerusform>%n new entries verified</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts</source>
        <translation><numerusform>%n new alert</numerusform><numerusform>%n new alerts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of your entries wait to be published</source>
        <translation><numerusform>%n of your entries waits to be published</numerusform><numerusform>%n of your entries wait to be published</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✔ Verified checkpoint: %n cosignature(s) of the %1 required. Last synced %2.</source>
        <translation><numerusform>✔ Verified checkpoint: %n cosignature of the %1 required. Last synced %2.</numerusform><numerusform>✔ Verified checkpoint: %n cosignatures of the %1 required. Last synced %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The checkpoint has %n cosignature(s) but %1 are required. Last synced %2.</source>
        <translation><numerusform>⚠ The checkpoint has %n cosignature but %1 are required. Last synced %2.</numerusform><numerusform>⚠ The checkpoint has %n cosignatures but %1 are required. Last synced %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::QrFullscreenDialog</name>
    <message>
        <source>Emergency QR code</source>
        <translation>Emergency QR code</translation>
    </message>
    <message>
        <source>QR code of your emergency token. A clinician scans it with CareLedger.</source>
        <translation>QR code of your emergency token. A clinician scans it with CareLedger.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>This token is too long for a QR code.</source>
        <translation>This token is too long for a QR code.</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Token expiry</translation>
    </message>
    <message>
        <source>Time until this screen hides</source>
        <translation>Time until this screen hides</translation>
    </message>
    <message>
        <source>&amp;Save PDF card…</source>
        <translation>&amp;Save PDF card…</translation>
    </message>
    <message>
        <source>Save the printable PDF card</source>
        <translation>Save the printable PDF card</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation>Print the card</translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>This screen hides itself in %n second(s).</source>
        <translation><numerusform>This screen hides itself in %n second.</numerusform><numerusform>This screen hides itself in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Save emergency card</source>
        <translation>Save emergency card</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the card</source>
        <translation>Could not save the card</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger: your health-consent wallet</source>
        <translation>CareLedger: your health-consent wallet</translation>
    </message>
    <message>
        <source>Wallet directory.</source>
        <translation>Wallet directory.</translation>
    </message>
    <message>
        <source>Embedded ledger directory.</source>
        <translation>Embedded ledger directory.</translation>
    </message>
</context>
</TS>
