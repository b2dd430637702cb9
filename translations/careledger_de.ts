<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Die Passphrase ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Another program has this wallet open.</source>
        <translation>Ein anderes Programm hat diese Wallet geöffnet.</translation>
    </message>
    <message>
        <source>A file with that name exists already.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>The passphrase is empty or too long.</source>
        <translation>Die Passphrase ist leer oder zu lang.</translation>
    </message>
    <message>
        <source>A recovery word is mistyped (the checksum fails).</source>
        <translation>Ein Wiederherstellungswort ist falsch geschrieben (die Prüfsumme stimmt nicht).</translation>
    </message>
    <message>
        <source>A word is not in the recovery word list.</source>
        <translation>Ein Wort steht nicht in der Liste der Wiederherstellungswörter.</translation>
    </message>
    <message>
        <source>Fill in the emergency card before issuing a token.</source>
        <translation>Füllen Sie den Notfallausweis aus, bevor Sie ein Token ausstellen.</translation>
    </message>
    <message>
        <source>The wallet is locked.</source>
        <translation>Die Wallet ist gesperrt.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The ledger refused the entry: %1</source>
        <translation>Das Register hat den Eintrag abgelehnt: %1</translation>
    </message>
    <message>
        <source>The ledger could not be opened: the overview says why. Check the network in Settings; changes apply at the next unlock.</source>
        <translation>Das Register konnte nicht geöffnet werden; die Übersicht nennt den Grund. Prüfen Sie das Netzwerk in den Einstellungen; Änderungen gelten ab dem nächsten Entsperren.</translation>
    </message>
    <message>
        <source>Enter the node's URL.</source>
        <translation>Geben Sie die URL des Knotens ein.</translation>
    </message>
    <message>
        <source>The node URL is not valid: it must start with https://.</source>
        <translation>Die URL des Knotens ist ungültig: Sie muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for a node on this computer (127.0.0.1 or localhost). Use https.</source>
        <translation>Unverschlüsseltes http ist nur für einen Knoten auf diesem Computer erlaubt (127.0.0.1 oder localhost). Verwenden Sie https.</translation>
    </message>
    <message>
        <source>Choose the directory that holds the network and policy files.</source>
        <translation>Wählen Sie das Verzeichnis mit den Dateien „network“ und „policy“.</translation>
    </message>
    <message>
        <source>That directory does not hold the network and policy files.</source>
        <translation>Dieses Verzeichnis enthält die Dateien „network“ und „policy“ nicht.</translation>
    </message>
    <message>
        <source>The node cannot be reached. The wallet keeps its last verified state.</source>
        <translation>Der Knoten ist nicht erreichbar. Die Wallet behält ihren zuletzt geprüften Stand.</translation>
    </message>
    <message>
        <source>The node did not answer in time. The wallet keeps its last verified state.</source>
        <translation>Der Knoten hat nicht rechtzeitig geantwortet. Die Wallet behält ihren zuletzt geprüften Stand.</translation>
    </message>
    <message>
        <source>The connection to the node is not secure (https is required).</source>
        <translation>Die Verbindung zum Knoten ist nicht sicher (https ist erforderlich).</translation>
    </message>
    <message>
        <source>The node's checkpoint lacks the validators' quorum: nothing was accepted.</source>
        <translation>Dem Prüfpunkt des Knotens fehlt das Quorum der Validierer: Nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>The validators' cosignatures on the node's checkpoint are too old: nothing was accepted.</source>
        <translation>Die Gegensignaturen der Validierer auf dem Prüfpunkt des Knotens sind zu alt: Nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>No node took the entry now. It waits and is sent again at the next sync.</source>
        <translation>Kein Knoten hat den Eintrag jetzt angenommen. Er wartet und wird bei der nächsten Synchronisierung erneut gesendet.</translation>
    </message>
    <message>
        <source>The node's checkpoint does not verify against the pinned network files: %1</source>
        <translation>Der Prüfpunkt des Knotens lässt sich mit den festgelegten Netzwerkdateien nicht bestätigen: %1</translation>
    </message>
    <message>
        <source>The node's answer failed verification and was refused: %1</source>
        <translation>Die Antwort des Knotens hat die Prüfung nicht bestanden und wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The network or policy file cannot be used: %1</source>
        <translation>Die Netzwerk- oder Richtliniendatei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The node could not be used: %1</source>
        <translation>Der Knoten konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The node has no room for your emergency summary (its storage limit is reached). Revoke old tokens, or try another node.</source>
        <translation>Der Knoten hat keinen Platz für Ihre Notfallzusammenfassung (sein Speicherlimit ist erreicht). Widerrufen Sie alte Token oder versuchen Sie einen anderen Knoten.</translation>
    </message>
    <message>
        <source>The node refused the request as too old or too new: check this computer's clock.</source>
        <translation>Der Knoten hat die Anfrage als zu alt oder zu neu abgelehnt: Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The node stores summaries only for patients registered on its ledger: sync first so that your registration is published.</source>
        <translation>Der Knoten speichert Zusammenfassungen nur für Patienten, die in seinem Ledger registriert sind: Synchronisieren Sie zuerst, damit Ihre Registrierung veröffentlicht wird.</translation>
    </message>
    <message>
        <source>No node could be reached to store or delete your emergency summary. Try again when you are online.</source>
        <translation>Kein Knoten war erreichbar, um Ihre Notfallzusammenfassung zu speichern oder zu löschen. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
</context>
<context>
    <name>GrantWizard</name>
    <message>
        <source>%1 (%2, %3) will be able to see your %4, %5, from %6 until %7. You can revoke this at any time; every time they read your records it will appear in your access log.</source>
        <extracomment>%1 provider's name, %2 organisation, %3 role, %4 list of record categories, %5 purpose phrase such as "for treatment", %6 and %7 dates</extracomment>
        <translation>%1 (%2, %3) kann Ihre %4 %5 vom %6 bis zum %7 einsehen. Sie können dies jederzeit widerrufen; jeder Zugriff auf Ihre Daten erscheint in Ihrem Zugriffsprotokoll.</translation>
    </message>
</context>
<context>
    <name>VerdictTexts</name>
    <message>
        <source>Scan again, or type the text printed under the code. If it still fails, the card is damaged: treat per protocol.</source>
        <translation>Scannen Sie erneut oder tippen Sie den unter dem Code gedruckten Text ein. Schlägt es weiter fehl, ist der Ausweis beschädigt: Behandeln Sie nach Protokoll.</translation>
    </message>
    <message>
        <source>Do not rely on this card's data: it may be forged or altered. Treat per protocol.</source>
        <translation>Verlassen Sie sich nicht auf die Daten dieses Ausweises: Sie könnten gefälscht oder verändert sein. Behandeln Sie nach Protokoll.</translation>
    </message>
    <message>
        <source>Not a readable CareLedger emergency card</source>
        <translation>Kein lesbarer CareLedger-Notfallausweis</translation>
    </message>
    <message>
        <source>Card data is malformed or oversized</source>
        <translation>Die Ausweisdaten sind fehlerhaft oder zu groß</translation>
    </message>
    <message>
        <source>No emergency QR code found in the image</source>
        <translation>Kein Notfall-QR-Code im Bild gefunden</translation>
    </message>
    <message>
        <source>Take a sharper picture with the whole code in view, or type the text.</source>
        <translation>Nehmen Sie ein schärferes Bild mit dem ganzen Code auf oder tippen Sie den Text ein.</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>Signatur stimmt nicht</translation>
    </message>
    <message>
        <source>Issuer not known to this network</source>
        <translation>Aussteller in diesem Netzwerk unbekannt</translation>
    </message>
    <message>
        <source>The card was not issued by a patient registered on this ledger. Sync the ledger if you are offline; otherwise treat per protocol.</source>
        <translation>Der Ausweis wurde nicht von einem in diesem Register eingetragenen Patienten ausgestellt. Synchronisieren Sie das Register, falls Sie offline waren; andernfalls behandeln Sie nach Protokoll.</translation>
    </message>
    <message>
        <source>The patient's key was revoked</source>
        <translation>Der Schlüssel des Patienten wurde widerrufen</translation>
    </message>
    <message>
        <source>Revoked by the patient</source>
        <translation>Vom Patienten widerrufen</translation>
    </message>
    <message>
        <source>The patient withdrew this card. Ask for a current one; treat per protocol.</source>
        <translation>Der Patient hat diesen Ausweis zurückgezogen. Fragen Sie nach einem aktuellen; behandeln Sie nach Protokoll.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Ask the patient or their contact for a current card; treat per protocol.</source>
        <translation>Fragen Sie den Patienten oder seine Kontaktperson nach einem aktuellen Ausweis; behandeln Sie nach Protokoll.</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Nicht gültig vor %1</translation>
    </message>
    <message>
        <source>The card's start time is in the future: check this computer's clock.</source>
        <translation>Die Startzeit des Ausweises liegt in der Zukunft: Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Validity period is not allowed</source>
        <translation>Gültigkeitszeitraum nicht zulässig</translation>
    </message>
    <message>
        <source>Revocation data is too old</source>
        <translation>Die Widerrufsdaten sind zu alt</translation>
    </message>
    <message>
        <source>Revocation data is too old (as of %1)</source>
        <translation>Die Widerrufsdaten sind zu alt (Stand %1)</translation>
    </message>
    <message>
        <source>This computer has not synced with the ledger recently, so a revocation could be missed. Connect and sync, then verify again.</source>
        <translation>Dieser Computer hat sich länger nicht mit dem Register synchronisiert, daher könnte ein Widerruf übersehen werden. Verbinden und synchronisieren Sie, dann prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>PIN erforderlich</translation>
    </message>
    <message>
        <source>This card is protected by a PIN. Ask the patient or their contact for it.</source>
        <translation>Dieser Ausweis ist mit einer PIN geschützt. Fragen Sie den Patienten oder seine Kontaktperson danach.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <source>Check the PIN and enter it again.</source>
        <translation>Prüfen Sie die PIN und geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Single-use card already used</source>
        <translation>Einmal-Ausweis bereits verwendet</translation>
    </message>
    <message>
        <source>This card was already read on this computer and may be used only once.</source>
        <translation>Dieser Ausweis wurde auf diesem Computer bereits gelesen und darf nur einmal verwendet werden.</translation>
    </message>
    <message>
        <source>Summary does not match the card</source>
        <translation>Die Zusammenfassung passt nicht zum Ausweis</translation>
    </message>
    <message>
        <source>Could not verify the card</source>
        <translation>Der Ausweis konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The image could not be read</source>
        <translation>Das Bild konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG photo of the code, or type the text printed under it.</source>
        <translation>Öffnen Sie ein PNG- oder JPEG-Foto des Codes oder tippen Sie den darunter gedruckten Text ein.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AboutDialog</name>
    <message>
        <source>About CareLedger</source>
        <translation>Über CareLedger</translation>
    </message>
    <message>
        <source>CareLedger %1</source>
        <translation>CareLedger %1</translation>
    </message>
    <message>
        <source>A patient-controlled health-consent wallet: your keys stay in an encrypted vault on this computer, and every grant, revocation and read of your records is a signed, verified entry on the consent ledger.</source>
        <translation>Eine Wallet für Gesundheitseinwilligungen in der Hand der Patientin oder des Patienten: Ihre Schlüssel bleiben in einem verschlüsselten Tresor auf diesem Computer, und jede Freigabe, jeder Widerruf und jeder Zugriff auf Ihre Daten ist ein signierter, geprüfter Eintrag im Einwilligungsregister.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0.</source>
        <translation>Lizenziert unter der Apache License, Version 2.0.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>careledger::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to CareLedger</source>
        <translation>Willkommen bei CareLedger</translation>
    </message>
    <message>
        <source>Your wallet keeps the keys that decide who may see your health records. Everything stays on this computer, encrypted with your passphrase.</source>
        <translation>Ihre Wallet verwahrt die Schlüssel, die bestimmen, wer Ihre Gesundheitsdaten sehen darf. Alles bleibt auf diesem Computer, verschlüsselt mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>Neue Wallet &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase or shares</source>
        <translation>Wallet aus Wiederherstellungsphrase oder Anteilen &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>C&amp;linician mode: a provider wallet that verifies emergency tokens</source>
        <translation>&amp;Klinikmodus: eine Wallet für Leistungserbringer, die Notfall-Token prüft</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Restore your wallet</source>
        <translation>Wallet wiederherstellen</translation>
    </message>
    <message>
        <source>Set up the clinician wallet</source>
        <translation>Klinik-Wallet einrichten</translation>
    </message>
    <message>
        <source>Protect your wallet</source>
        <translation>Wallet schützen</translation>
    </message>
    <message>
        <source>Your &amp;name as shown to patients:</source>
        <translation>Ihr &amp;Name, wie Patienten ihn sehen:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Dr. Ada Example</source>
        <translation>z. B. Dr. Ada Beispiel</translation>
    </message>
    <message>
        <source>Kept on this computer only</source>
        <translation>Bleibt nur auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Recovery &amp;phrase or shares (one per line):</source>
        <translation>Wiederherstellungs&amp;phrase oder Anteile (einer pro Zeile):</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Create wallet</source>
        <translation>Wallet &amp;erstellen</translation>
    </message>
    <message>
        <source>Deriving the key from your passphrase. This takes a few seconds on purpose, to slow down anyone guessing it.</source>
        <translation>Der Schlüssel wird aus Ihrer Passphrase abgeleitet. Das dauert absichtlich einige Sekunden, um Rateversuche zu bremsen.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Your recovery phrase</source>
        <translation>Ihre Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, and keep them somewhere safe. They are the only way to restore your wallet if this computer is lost. They are shown only once.</source>
        <translation>Schreiben Sie diese Wörter der Reihe nach auf Papier und bewahren Sie sie sicher auf. Nur mit ihnen lässt sich Ihre Wallet wiederherstellen, wenn dieser Computer verloren geht. Sie werden nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>I have &amp;written the words down</source>
        <translation>Ich habe die Wörter &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>Confirm your recovery phrase</source>
        <translation>Wiederherstellungsphrase bestätigen</translation>
    </message>
    <message>
        <source>Type the words asked for, to check that you wrote them down.</source>
        <translation>Geben Sie die erfragten Wörter ein, um zu prüfen, dass Sie sie aufgeschrieben haben.</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation>Wort &amp;%1:</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Wort %1</translation>
    </message>
    <message>
        <source>&amp;Show the words again</source>
        <translation>Wörter erneut &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>A registrar certifies that this wallet belongs to a health professional. On a single machine the embedded ledger's local registrar can do it now.</source>
        <translation>Eine Registrierungsstelle bestätigt, dass diese Wallet einer Gesundheitsfachperson gehört. Auf einem einzelnen Rechner kann das die lokale Registrierungsstelle des eingebetteten Registers sofort erledigen.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Professional &amp;role:</source>
        <translation>Berufliche &amp;Rolle:</translation>
    </message>
    <message>
        <source>e.g. physician</source>
        <translation>z. B. Ärztin/Arzt</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Certify with the local registrar</source>
        <translation>Bei der lokalen Registrierungsstelle &amp;zertifizieren</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: several unrelated words work well.</source>
        <translation>Wählen Sie eine längere Passphrase: mehrere unzusammenhängende Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>Word %1 does not match. Check what you wrote down.</source>
        <translation>Wort %1 stimmt nicht. Prüfen Sie Ihre Notiz.</translation>
    </message>
    <message>
        <source>Rec&amp;overy:</source>
        <translation>Wieder&amp;herstellung:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>One recovery phrase (20 words)</source>
        <translation>Eine Wiederherstellungsphrase (20 Wörter)</translation>
    </message>
    <message>
        <source>Shares: any 2 of 3 restore the wallet</source>
        <translation>Anteile: je 2 von 3 stellen die Wallet wieder her</translation>
    </message>
    <message>
        <source>Shares: any 3 of 5 restore the wallet</source>
        <translation>Anteile: je 3 von 5 stellen die Wallet wieder her</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>The backup was written.</source>
        <translation>Die Sicherung wurde geschrieben.</translation>
    </message>
    <message>
        <source>This wallet is now a certified provider.</source>
        <translation>Diese Wallet ist jetzt ein zertifizierter Leistungserbringer.</translation>
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
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About CareLedger</source>
        <translation>Über CareLedger</translation>
    </message>
    <message>
        <source>About CareLedger (F1)</source>
        <translation>Über CareLedger (F1)</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>%1, about %2 bits</source>
        <translation>%1, etwa %2 Bit</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecoverySharesDialog</name>
    <message>
        <source>New recovery shares</source>
        <translation>Neue Wiederherstellungsanteile</translation>
    </message>
    <message>
        <source>New shares restore this wallet like its recovery phrase does. Your current phrase or shares keep working: destroy them if you no longer trust where they are kept.</source>
        <translation>Neue Anteile stellen diese Wallet wieder her wie ihre Wiederherstellungsphrase. Ihre bisherige Phrase oder Ihre bisherigen Anteile bleiben gültig: Vernichten Sie sie, wenn Sie ihrem Aufbewahrungsort nicht mehr vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation>&amp;Anteile:</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Anteile</translation>
    </message>
    <message>
        <source>Any 2 of 3 shares restore the wallet</source>
        <translation>Je 2 von 3 Anteilen stellen die Wallet wieder her</translation>
    </message>
    <message>
        <source>Any 3 of 5 shares restore the wallet</source>
        <translation>Je 3 von 5 Anteilen stellen die Wallet wieder her</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Create shares</source>
        <translation>Anteile &amp;erstellen</translation>
    </message>
    <message>
        <source>Checking the passphrase and creating the shares…</source>
        <translation>Die Passphrase wird geprüft und die Anteile werden erstellt…</translation>
    </message>
    <message>
        <source>Write each share on its own sheet of paper and keep the sheets in different places. They are shown only now.</source>
        <translation>Schreiben Sie jeden Anteil auf ein eigenes Blatt Papier und bewahren Sie die Blätter an verschiedenen Orten auf. Sie werden nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Wiederherstellungsanteile</translation>
    </message>
    <message>
        <source>I have &amp;written every share down</source>
        <translation>Ich habe jeden Anteil &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecoveryWordsLabel</name>
    <message>
        <source>Share %1 of group %2:</source>
        <translation>Anteil %1 der Gruppe %2:</translation>
    </message>
    <message>
        <source>Share %1 of %2:</source>
        <translation>Anteil %1 von %2:</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SettingsPage</name>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>This wallet is a certified provider.</source>
        <translation>Diese Wallet ist ein zertifizierter Leistungserbringer.</translation>
    </message>
    <message>
        <source>This wallet is not certified yet: tokens can be verified, but access cannot be recorded.</source>
        <translation>Diese Wallet ist noch nicht zertifiziert: Token können geprüft, Zugriffe aber nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes, 0 = never):</source>
        <translation>Bei Inaktivität &amp;sperren (Minuten, 0 = nie):</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minuten bis zur automatischen Sperre</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after (seconds, 0 = never):</source>
        <translation>Kopierten Text &amp;löschen nach (Sekunden, 0 = nie):</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>Sekunden bis zum Leeren der Zwischenablage</translation>
    </message>
    <message>
        <source>Lock &amp;now (Ctrl+L)</source>
        <translation>&amp;Jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Hide health details on screen (allergies, medications, problems)</source>
        <translation>Gesundheitsdetails am Bildschirm &amp;ausblenden (Allergien, Medikamente, Diagnosen)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Embedded ledger on this computer</source>
        <translation>&amp;Eingebettetes Register auf diesem Computer</translation>
    </message>
    <message>
        <source>Node URL</source>
        <translation>Knoten-URL</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>Keine Wallet geöffnet.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <source>E&amp;xport backup…</source>
        <translation>Sicherung e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern …</translation>
    </message>
    <message>
        <source>Provider certification</source>
        <translation>Zertifizierung als Leistungserbringer</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Sicherung exportieren</translation>
    </message>
    <message>
        <source>CareLedger backup (*.clbak)</source>
        <translation>CareLedger-Sicherung (*.clbak)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>Neue Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>✔ Saved: the embedded ledger, from the next unlock.</source>
        <translation>✔ Gespeichert: das eingebettete Register, ab dem nächsten Entsperren.</translation>
    </message>
    <message>
        <source>✔ Saved: node %1, from the next unlock.</source>
        <translation>✔ Gespeichert: Knoten %1, ab dem nächsten Entsperren.</translation>
    </message>
    <message>
        <source>Choose the directory of the network and policy files</source>
        <translation>Verzeichnis der Dateien „network“ und „policy“ wählen</translation>
    </message>
    <message>
        <source>Node &amp;URL:</source>
        <translation>&amp;URL des Knotens:</translation>
    </message>
    <message>
        <source>Network &amp;files:</source>
        <translation>Netzwerk&amp;dateien:</translation>
    </message>
    <message>
        <source>Network files directory</source>
        <translation>Verzeichnis der Netzwerkdateien</translation>
    </message>
    <message>
        <source>Directory with the network and policy files</source>
        <translation>Verzeichnis mit den Dateien „network“ und „policy“</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Browse for the network files directory</source>
        <translation>Verzeichnis der Netzwerkdateien suchen</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>The pinned network and policy files (log key, validators and quorum) are checked on every sync. Plain http is accepted only for a node on this computer. Changes apply at the next unlock.</source>
        <translation>Die festgelegten Netzwerk- und Richtliniendateien (Log-Schlüssel, Validierer und Quorum) werden bei jeder Synchronisierung geprüft. Unverschlüsseltes http wird nur für einen Knoten auf diesem Computer akzeptiert. Änderungen gelten ab dem nächsten Entsperren.</translation>
    </message>
    <message>
        <source>Create new &amp;recovery shares…</source>
        <translation>Neue &amp;Wiederherstellungsanteile erstellen…</translation>
    </message>
    <message>
        <source>Connect to a no&amp;de</source>
        <translation>Mit einem &amp;Knoten verbinden</translation>
    </message>
    <message>
        <source>Use this net&amp;work</source>
        <translation>Dieses Netzwerk &amp;verwenden</translation>
    </message>
    <message>
        <source>Certify with the local regi&amp;strar…</source>
        <translation>Bei der lokalen Registrierungs&amp;stelle zertifizieren …</translation>
    </message>
</context>
<context>
    <name>careledger::ui::UnlockView</name>
    <message>
        <source>CareLedger is locked</source>
        <translation>CareLedger ist gesperrt</translation>
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
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
</context>
<context>
    <name>careledger::ui::WalletController</name>
    <message>
        <source>Creating the wallet</source>
        <translation>Wallet wird erstellt</translation>
    </message>
    <message>
        <source>Restoring the wallet</source>
        <translation>Wallet wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Wird gesperrt</translation>
    </message>
    <message>
        <source>Emergency access by an uncertified reader</source>
        <translation>Notfallzugriff durch einen nicht zertifizierten Leser</translation>
    </message>
    <message>
        <source>Emergency access by %1</source>
        <translation>Notfallzugriff durch %1</translation>
    </message>
    <message>
        <source>Access by a reader that is not a certified provider</source>
        <translation>Zugriff durch einen Leser, der kein zertifizierter Leistungserbringer ist</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Signing the grant</source>
        <translation>Freigabe wird signiert</translation>
    </message>
    <message>
        <source>Signing the revocation</source>
        <translation>Widerruf wird signiert</translation>
    </message>
    <message>
        <source>Saving the emergency card</source>
        <translation>Notfallausweis wird gespeichert</translation>
    </message>
    <message>
        <source>Importing the health record</source>
        <translation>Gesundheitsakte wird importiert</translation>
    </message>
    <message>
        <source>Issuing the emergency token</source>
        <translation>Notfall-Token wird ausgestellt</translation>
    </message>
    <message>
        <source>Revoking the emergency token</source>
        <translation>Notfall-Token wird widerrufen</translation>
    </message>
    <message>
        <source>Verifying the token</source>
        <translation>Token wird geprüft</translation>
    </message>
    <message>
        <source>Registering the identity</source>
        <translation>Identität wird registriert</translation>
    </message>
    <message>
        <source>Certifying</source>
        <translation>Wird zertifiziert</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Sicherung wird geschrieben</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Access by a reader you never granted</source>
        <translation>Zugriff durch einen Leser, dem Sie nie eine Freigabe erteilt haben</translation>
    </message>
    <message>
        <source>An entry the node receipted was not published in time</source>
        <translation>Ein vom Knoten quittierter Eintrag wurde nicht rechtzeitig veröffentlicht</translation>
    </message>
    <message>
        <source>A node served a ledger that contradicts the verified one</source>
        <translation>Ein Knoten lieferte ein Register, das dem geprüften widerspricht</translation>
    </message>
    <message>
        <source>Creating recovery shares</source>
        <translation>Wiederherstellungsanteile werden erstellt</translation>
    </message>
</context>
<context>
    <name>careledger::ui::clinician::CameraScanner</name>
    <message>
        <source>No camera found.</source>
        <translation>Keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>This build has no camera support.</source>
        <translation>Diese Version unterstützt keine Kamera.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::clinician::ClinicianPage</name>
    <message>
        <source>Scan or paste the emergency token (CL1:…)</source>
        <translation>Notfall-Token scannen oder einfügen (CL1:…)</translation>
    </message>
    <message>
        <source>Emergency token text</source>
        <translation>Text des Notfall-Tokens</translation>
    </message>
    <message>
        <source>A USB scanner types here; press Enter to verify what it typed.</source>
        <translation>Ein USB-Scanner tippt hier; drücken Sie die Eingabetaste, um das Getippte zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>Bild ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an image of the QR code</source>
        <translation>Ein Bild des QR-Codes öffnen</translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation>&amp;Kamera stoppen</translation>
    </message>
    <message>
        <source>Scan with &amp;camera</source>
        <translation>Mit &amp;Kamera scannen</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Mit Kamera scannen</translation>
    </message>
    <message>
        <source>No camera found: use a USB scanner, paste, or open an image.</source>
        <translation>Keine Kamera gefunden: Verwenden Sie einen USB-Scanner, fügen Sie den Text ein oder öffnen Sie ein Bild.</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Kamerastatus</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>Ausweis-&amp;PIN:</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>Ausweis-PIN</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Technisches Detail</translation>
    </message>
    <message>
        <source>Access record status</source>
        <translation>Status der Zugriffsprotokollierung</translation>
    </message>
    <message>
        <source>Emergency data</source>
        <translation>Notfalldaten</translation>
    </message>
    <message>
        <source>Waiting for a card</source>
        <translation>Warte auf einen Ausweis</translation>
    </message>
    <message>
        <source>Nothing has been scanned yet.</source>
        <translation>Es wurde noch nichts gescannt.</translation>
    </message>
    <message>
        <source>Nothing to verify</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>Scan or paste a token first.</source>
        <translation>Scannen Sie zuerst ein Token oder fügen Sie es ein.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Open an image of the emergency QR code</source>
        <translation>Ein Bild des Notfall-QR-Codes öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera…</source>
        <translation>Halten Sie den QR-Code vor die Kamera …</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>UNGÜLTIG: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message>
        <source>VALID emergency card</source>
        <translation>GÜLTIGER Notfallausweis</translation>
    </message>
    <message>
        <source>Signed by the patient's registered key; valid until %1.</source>
        <translation>Mit dem registrierten Schlüssel des Patienten signiert; gültig bis %1.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted within the allowed clock difference (%n second(s)): check this computer's clock.</source>
        <translation><numerusform>Innerhalb der erlaubten Zeitabweichung akzeptiert (%n Sekunde): Prüfen Sie die Uhr dieses Computers.</numerusform><numerusform>Innerhalb der erlaubten Zeitabweichung akzeptiert (%n Sekunden): Prüfen Sie die Uhr dieses Computers.</numerusform></translation>
    </message>
    <message>
        <source>Revocation data as of %1.</source>
        <translation>Widerrufsdaten mit Stand %1.</translation>
    </message>
    <message>
        <source>Single-use card: it cannot be read again on this computer.</source>
        <translation>Einmal-Ausweis: Er kann auf diesem Computer nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>HOHES RISIKO</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>geringes Risiko</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>Risiko nicht beurteilt</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Patientenverfügung</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Patient key</source>
        <translation>Patientenschlüssel</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>Ausweis gültig bis</translation>
    </message>
    <message>
        <source>Recording your access on the ledger…</source>
        <translation>Ihr Zugriff wird im Register protokolliert …</translation>
    </message>
    <message>
        <source>✔ Your access was recorded on the ledger (entry #%1). The patient will see it in their access log.</source>
        <translation>✔ Ihr Zugriff wurde im Register protokolliert (Eintrag Nr. %1). Der Patient sieht ihn in seinem Zugriffsprotokoll.</translation>
    </message>
    <message>
        <source>✖ Your access could not be recorded: %1</source>
        <translation>✖ Ihr Zugriff konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>Symbol des Ergebnisses</translation>
    </message>
    <message>
        <source>Scan the patient's emergency QR code with a USB scanner, paste its text (it starts with CL1:), open or drop a photo of it, or use a camera. The card is verified on this computer and your access is recorded on the ledger.</source>
        <translation>Scannen Sie den Notfall-QR-Code des Patienten mit einem USB-Scanner, fügen Sie seinen Text ein (er beginnt mit CL1:), öffnen Sie ein Foto davon oder ziehen Sie es hierher, oder verwenden Sie eine Kamera. Der Ausweis wird auf diesem Computer geprüft und Ihr Zugriff im Register protokolliert.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient</name>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Patient key id: %1</source>
        <translation>Schlüssel-ID des Patienten: %1</translation>
    </message>
    <message>
        <source>No accesses recorded.</source>
        <translation>Keine Zugriffe protokolliert.</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation><numerusform>%n Zugriff</numerusform><numerusform>%n Zugriffe</numerusform></translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ geprüft</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>the PDF is empty</source>
        <translation>das PDF ist leer</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Problems and diagnoses</source>
        <translation>Probleme und Diagnosen</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Laboratory results</source>
        <translation>Laborbefunde</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Vitalzeichen</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Eingriffe</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Klinische Notizen</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische Gesundheit</translation>
    </message>
    <message>
        <source>Emergency summary</source>
        <translation>Notfallzusammenfassung</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two items of a list: "allergies, medications and notes"</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Emergency treatment</source>
        <translation>Notfallbehandlung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>for treatment</source>
        <translation>zur Behandlung</translation>
    </message>
    <message>
        <source>for emergency treatment</source>
        <translation>zur Notfallbehandlung</translation>
    </message>
    <message>
        <source>for payment</source>
        <translation>zur Abrechnung</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>zur Forschung</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Emergency token</source>
        <translation>Notfall-Token</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AccessChart</name>
    <message>
        <source>Accesses over time</source>
        <translation>Zugriffe im Zeitverlauf</translation>
    </message>
    <message>
        <source>No accesses to chart.</source>
        <translation>Keine Zugriffe für das Diagramm.</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses between the weeks of %1 and %2; the busiest was the week of %3 with %4.</source>
        <extracomment>%n accesses, %1 first date, %2 last date, %3 busiest day or week, %4 its count</extracomment>
        <translation><numerusform>%n Zugriff zwischen den Wochen vom %1 und %2; der meiste Betrieb war in der Woche vom %3 mit %4.</numerusform><numerusform>%n Zugriffe zwischen den Wochen vom %1 und %2; der meiste Betrieb war in der Woche vom %3 mit %4.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accesses between %1 and %2; the busiest day was %3 with %4.</source>
        <translation><numerusform>%n Zugriff zwischen %1 und %2; der meiste Betrieb war am %3 mit %4.</numerusform><numerusform>%n Zugriffe zwischen %1 und %2; der meiste Betrieb war am %3 mit %4.</numerusform></translation>
    </message>
    <message>
        <source>Accesses per week</source>
        <translation>Zugriffe pro Woche</translation>
    </message>
    <message>
        <source>Accesses per day</source>
        <translation>Zugriffe pro Tag</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AccessLogPage</name>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Reader, record category or purpose</source>
        <translation>Leser, Datenkategorie oder Zweck</translation>
    </message>
    <message>
        <source>Search the access log</source>
        <translation>Das Zugriffsprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Leser:</translation>
    </message>
    <message>
        <source>Re&amp;cords:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Grundlage:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Verified:</source>
        <translation>&amp;Geprüft:</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Zugriffe</translation>
    </message>
    <message>
        <source>Nobody has read your records yet. Every access a provider makes, under a grant or an emergency token, will be listed here with its proof.</source>
        <translation>Bisher hat niemand Ihre Daten gelesen. Jeder Zugriff eines Leistungserbringers, mit Freigabe oder Notfall-Token, wird hier mit seinem Nachweis aufgeführt.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Leser</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Emergency token</source>
        <translation>Notfall-Token</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>✔ Verified only</source>
        <translation>✔ Nur geprüfte</translation>
    </message>
    <message>
        <source>✖ Not verified only</source>
        <translation>✖ Nur ungeprüfte</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation><numerusform>%n Zugriff</numerusform><numerusform>%n Zugriffe</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accesses shown</source>
        <translation><numerusform>%1 von %n Zugriff angezeigt</numerusform><numerusform>%1 von %n Zugriffen angezeigt</numerusform></translation>
    </message>
    <message>
        <source>Export the access log as PDF</source>
        <translation>Das Zugriffsprotokoll als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the access log as CSV</source>
        <translation>Das Zugriffsprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>access-log.pdf</source>
        <translation>zugriffsprotokoll.pdf</translation>
    </message>
    <message>
        <source>access-log.csv</source>
        <translation>zugriffsprotokoll.csv</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AuditModel</name>
    <message>
        <source>Unknown reader %1</source>
        <translation>Unbekannter Leser %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Geprüft</translation>
    </message>
    <message>
        <source>✖ Not verified</source>
        <translation>✖ Nicht geprüft</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <extracomment>%1 the grant id or emergency token id in hex</extracomment>
        <translation>Referenz %1</translation>
    </message>
    <message>
        <source>Signature checked and inclusion in the signed checkpoint proved (ledger entry #%1)</source>
        <translation>Signatur geprüft und Aufnahme in den signierten Prüfpunkt nachgewiesen (Registereintrag Nr. %1)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Unknown reader</source>
        <translation>Unbekannter Leser</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::ConsentsPage</name>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>You have not granted anyone access yet. Use “New grant” to let a provider see chosen parts of your records for a limited time.</source>
        <translation>Sie haben noch niemandem Zugriff gewährt. Mit „Neue Freigabe“ lassen Sie einen Leistungserbringer ausgewählte Teile Ihrer Daten für begrenzte Zeit sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;Neue Freigabe …</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Neue Freigabe</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Revoke the selected grant</source>
        <translation>Die ausgewählte Freigabe widerrufen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 provider name, %2 organisation</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlisted key %1</source>
        <translation>Nicht verzeichneter Schlüssel %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Revoke grant</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <source>Revoke the access of %1? They will no longer be able to read your records under this grant. This is recorded on the ledger and cannot be undone.</source>
        <translation>Den Zugriff von %1 widerrufen? Mit dieser Freigabe können Ihre Daten dann nicht mehr gelesen werden. Dies wird im Register protokolliert und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Keep the grant</source>
        <translation>Freigabe behalten</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::EmergencyPage</name>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>unable to assess</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <source>Allergy risk</source>
        <translation>Allergierisiko</translation>
    </message>
    <message>
        <source>Import a FHIR R4 Bundle (International Patient Summary)</source>
        <translation>Ein FHIR-R4-Bundle importieren (International Patient Summary)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Your emergency card: what a first responder sees when they scan your emergency QR code.</source>
        <translation>Ihr Notfallausweis: Das sehen Ersthelfende, wenn sie Ihren Notfall-QR-Code scannen.</translation>
    </message>
    <message>
        <source>&amp;Blood type:</source>
        <translation>&amp;Blutgruppe:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Allergien:</translation>
    </message>
    <message>
        <source>&amp;Medications:</source>
        <translation>&amp;Medikamente:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Diagnosen:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <source>Advance &amp;directive:</source>
        <translation>&amp;Patientenverfügung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>e.g. A+ or O−</source>
        <translation>z. B. A+ oder 0−</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Patientenverfügung</translation>
    </message>
    <message>
        <source>e.g. Do not resuscitate</source>
        <translation>z. B. Keine Wiederbelebung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>e.g. en-GB</source>
        <translation>z. B. de-DE</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a row to the selected list</source>
        <translation>Der ausgewählten Liste eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>Ausweis &amp;speichern</translation>
    </message>
    <message>
        <source>Save the emergency card</source>
        <translation>Den Notfallausweis speichern</translation>
    </message>
    <message>
        <source>&amp;Import FHIR…</source>
        <translation>FHIR &amp;importieren …</translation>
    </message>
    <message>
        <source>Import the card from a FHIR bundle</source>
        <translation>Den Ausweis aus einem FHIR-Bundle importieren</translation>
    </message>
    <message>
        <source>Hidden details note</source>
        <translation>Hinweis zu ausgeblendeten Details</translation>
    </message>
    <message>
        <source>Emergency tokens: time-limited QR codes you can revoke at any time.</source>
        <translation>Notfall-Token: zeitlich begrenzte QR-Codes, die Sie jederzeit widerrufen können.</translation>
    </message>
    <message>
        <source>Valid for 1 day</source>
        <translation>1 Tag gültig</translation>
    </message>
    <message>
        <source>Valid for 7 days</source>
        <translation>7 Tage gültig</translation>
    </message>
    <message>
        <source>Valid for 30 days</source>
        <translation>30 Tage gültig</translation>
    </message>
    <message>
        <source>Valid for 90 days</source>
        <translation>90 Tage gültig</translation>
    </message>
    <message>
        <source>Valid for 1 year</source>
        <translation>1 Jahr gültig</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Gültigkeitsdauer des Tokens</translation>
    </message>
    <message>
        <source>Optional PIN</source>
        <translation>Optionale PIN</translation>
    </message>
    <message>
        <source>Optional PIN for the token</source>
        <translation>Optionale PIN für das Token</translation>
    </message>
    <message>
        <source>Single &amp;use</source>
        <translation>&amp;Einmalig verwendbar</translation>
    </message>
    <message>
        <source>Single-use token</source>
        <translation>Einmal-Token</translation>
    </message>
    <message>
        <source>Issue &amp;token</source>
        <translation>&amp;Token ausstellen</translation>
    </message>
    <message>
        <source>Issue an emergency token</source>
        <translation>Ein Notfall-Token ausstellen</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your emergency tokens</source>
        <translation>Ihre Notfall-Token</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Das ausgewählte Token widerrufen</translation>
    </message>
    <message>
        <source>Health details are hidden (Settings). Turn the setting off to see and edit your card.</source>
        <translation>Gesundheitsdetails sind ausgeblendet (Einstellungen). Schalten Sie die Einstellung aus, um Ihren Ausweis zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>✖ The card was not saved: %1</source>
        <translation>✖ Der Ausweis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Revoke emergency token?</source>
        <translation>Notfall-Token widerrufen?</translation>
    </message>
    <message>
        <source>Clinicians will be told this token is revoked, and its full summary is deleted for good. Printed cards with this code stop working.</source>
        <translation>Behandelnde erfahren, dass dieses Token widerrufen ist, und seine vollständige Zusammenfassung wird endgültig gelöscht. Gedruckte Ausweise mit diesem Code funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Confirm token revoke</source>
        <translation>Widerruf des Tokens bestätigen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Status des Notfallausweises</translation>
    </message>
    <message>
        <source>✔ Your emergency card was saved.</source>
        <translation>✔ Ihr Notfallausweis wurde gespeichert.</translation>
    </message>
    <message>
        <source>✔ Your emergency card was imported and saved.</source>
        <translation>✔ Ihr Notfallausweis wurde importiert und gespeichert.</translation>
    </message>
    <message>
        <source>Revo&amp;ke token…</source>
        <translation>Token wider&amp;rufen …</translation>
    </message>
    <message>
        <source>Waiting to be published</source>
        <translation>Wartet auf Veröffentlichung</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::GrantWizard</name>
    <message>
        <source>New grant</source>
        <translation>Neue Freigabe</translation>
    </message>
    <message>
        <source>&amp;Search the provider directory:</source>
        <translation>Im Verzeichnis der Leistungserbringer &amp;suchen:</translation>
    </message>
    <message>
        <source>Name, organisation, role or key id</source>
        <translation>Name, Organisation, Rolle oder Schlüssel-ID</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Leistungserbringer suchen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Leistungserbringer</translation>
    </message>
    <message>
        <source>No certified provider matches. Check the spelling, or sync to refresh the directory.</source>
        <translation>Kein zertifizierter Leistungserbringer passt. Prüfen Sie die Schreibweise oder synchronisieren Sie, um das Verzeichnis zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 — %2, %3
Key %4</source>
        <extracomment>provider list line: %1 name, %2 organisation, %3 role, %4 key id</extracomment>
        <translation>%1 — %2, %3
Schlüssel %4</translation>
    </message>
    <message>
        <source>Which kinds of &amp;records may they see?</source>
        <translation>Welche &amp;Datenarten dürfen eingesehen werden?</translation>
    </message>
    <message>
        <source>Record categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 human name of a record category, %2 its code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Allow them to &amp;download copies</source>
        <translation>Herunterladen von &amp;Kopien erlauben</translation>
    </message>
    <message>
        <source>Allow downloading copies</source>
        <translation>Herunterladen von Kopien erlauben</translation>
    </message>
    <message>
        <source>&amp;Purpose of use:</source>
        <translation>&amp;Verwendungszweck:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <source>Valid &amp;until (inclusive):</source>
        <translation>Gültig &amp;bis (einschließlich):</translation>
    </message>
    <message>
        <source>What you are about to grant</source>
        <translation>Was Sie freigeben werden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;Sign and grant</source>
        <translation>&amp;Signieren und freigeben</translation>
    </message>
    <message>
        <source>Sign and grant</source>
        <translation>Signieren und freigeben</translation>
    </message>
    <message>
        <source>Step 1 of 5: Who may see your records?</source>
        <translation>Schritt 1 von 5: Wer darf Ihre Daten sehen?</translation>
    </message>
    <message>
        <source>Step 2 of 5: Which records?</source>
        <translation>Schritt 2 von 5: Welche Daten?</translation>
    </message>
    <message>
        <source>Step 3 of 5: For what purpose?</source>
        <translation>Schritt 3 von 5: Zu welchem Zweck?</translation>
    </message>
    <message>
        <source>Step 4 of 5: For how long?</source>
        <translation>Schritt 4 von 5: Wie lange?</translation>
    </message>
    <message>
        <source>Step 5 of 5: Check and sign</source>
        <translation>Schritt 5 von 5: Prüfen und signieren</translation>
    </message>
    <message>
        <source>⚠ The end date is before the start date.</source>
        <translation>⚠ Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Your records at a glance</source>
        <translation>Ihre Daten auf einen Blick</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the ledger's newest checkpoint and verify it</source>
        <translation>Den neuesten Prüfpunkt des Registers abrufen und prüfen</translation>
    </message>
    <message>
        <source>Show access &amp;log</source>
        <translation>Zugriffs&amp;protokoll anzeigen</translation>
    </message>
    <message>
        <source>Show access log</source>
        <translation>Zugriffsprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Ledger details</source>
        <translation>Registerdetails</translation>
    </message>
    <message>
        <source>Not synced yet. Sync to fetch and verify the ledger's checkpoint.</source>
        <translation>Noch nicht synchronisiert. Synchronisieren Sie, um den Prüfpunkt des Registers abzurufen und zu prüfen.</translation>
    </message>
    <message>
        <source>✖ The last sync failed: %1</source>
        <extracomment>%1 is the reason, already in the user's language</extracomment>
        <translation>✖ Die letzte Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Embedded ledger at %1</source>
        <translation>Eingebettetes Register in %1</translation>
    </message>
    <message>
        <source>Network node %1</source>
        <translation>Netzwerkknoten %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n Eintrag</numerusform><numerusform>%n Einträge</numerusform></translation>
    </message>
    <message>
        <source>Checkpoint signed %1</source>
        <translation>Prüfpunkt signiert am %1</translation>
    </message>
    <message>
        <source>Root hash: %1</source>
        <translation>Wurzel-Hash: %1</translation>
    </message>
    <message>
        <source>✔ No alerts. Nobody has used an emergency token or read your records without a grant.</source>
        <translation>✔ Keine Warnungen. Niemand hat ein Notfall-Token verwendet oder Ihre Daten ohne Freigabe gelesen.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Notfallzugriff</translation>
    </message>
    <message>
        <source>Unknown reader</source>
        <translation>Unbekannter Leser</translation>
    </message>
    <message>
        <source>Missing submission</source>
        <translation>Fehlende Übermittlung</translation>
    </message>
    <message>
        <source>Inconsistent ledger node</source>
        <translation>Widersprüchlicher Registerknoten</translation>
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
        <translation>Registereintrag Nr. %1</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <translation><numerusform>Warnungen (%n)</numerusform><numerusform>Warnungen (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active grants</source>
        <translation><numerusform>%n aktive Freigabe</numerusform><numerusform>%n aktive Freigaben</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded accesses</source>
        <translation><numerusform>%n protokollierter Zugriff</numerusform><numerusform>%n protokollierte Zugriffe</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active emergency tokens</source>
        <translation><numerusform>%n aktives Notfall-Token</numerusform><numerusform>%n aktive Notfall-Token</numerusform></translation>
    </message>
    <message>
        <source>Last sync from %1: checkpoint %2 → %3</source>
        <extracomment>%1 the node's URL, %2 and %3 the checkpoint sizes before and after</extracomment>
        <translation>Letzte Synchronisierung von %1: Prüfpunkt %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new entries verified</source>
        <translation><numerusform>%n neuer Eintrag geprüft</numerusform><numerusform>%n neue Einträge geprüft</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts</source>
        <translation><numerusform>%n neue Warnung</numerusform><numerusform>%n neue Warnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of your entries wait to be published</source>
        <translation><numerusform>%n Ihrer Einträge wartet auf Veröffentlichung</numerusform><numerusform>%n Ihrer Einträge warten auf Veröffentlichung</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✔ Verified checkpoint: %n cosignature(s) of the %1 required. Last synced %2.</source>
        <translation><numerusform>✔ Geprüfter Prüfpunkt: %n Gegensignatur von %1 erforderlichen. Zuletzt synchronisiert: %2.</numerusform><numerusform>✔ Geprüfter Prüfpunkt: %n Gegensignaturen von %1 erforderlichen. Zuletzt synchronisiert: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The checkpoint has %n cosignature(s) but %1 are required. Last synced %2.</source>
        <translation><numerusform>⚠ Der Prüfpunkt hat %n Gegensignatur, erforderlich sind %1. Zuletzt synchronisiert: %2.</numerusform><numerusform>⚠ Der Prüfpunkt hat %n Gegensignaturen, erforderlich sind %1. Zuletzt synchronisiert: %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::QrFullscreenDialog</name>
    <message>
        <source>Emergency QR code</source>
        <translation>Notfall-QR-Code</translation>
    </message>
    <message>
        <source>QR code of your emergency token. A clinician scans it with CareLedger.</source>
        <translation>QR-Code Ihres Notfall-Tokens. Behandelnde scannen ihn mit CareLedger.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>This token is too long for a QR code.</source>
        <translation>Dieses Token ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <source>Time until this screen hides</source>
        <translation>Zeit bis zum Ausblenden dieser Anzeige</translation>
    </message>
    <message>
        <source>&amp;Save PDF card…</source>
        <translation>PDF-Ausweis &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the printable PDF card</source>
        <translation>Den druckbaren PDF-Ausweis speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation>Den Ausweis drucken</translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation>&amp;Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>This screen hides itself in %n second(s).</source>
        <translation><numerusform>Diese Anzeige blendet sich in %n Sekunde aus.</numerusform><numerusform>Diese Anzeige blendet sich in %n Sekunden aus.</numerusform></translation>
    </message>
    <message>
        <source>Save emergency card</source>
        <translation>Notfallausweis speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the card</source>
        <translation>Der Ausweis konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger: your health-consent wallet</source>
        <translation>CareLedger: Ihre Wallet für Gesundheits-Einwilligungen</translation>
    </message>
    <message>
        <source>Wallet directory.</source>
        <translation>Wallet-Verzeichnis.</translation>
    </message>
    <message>
        <source>Embedded ledger directory.</source>
        <translation>Verzeichnis des eingebetteten Registers.</translation>
    </message>
</context>
</TS>
