<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>Another program has this wallet open.</source>
        <translation>Un autre programme a ouvert ce portefeuille.</translation>
    </message>
    <message>
        <source>A file with that name exists already.</source>
        <translation>Un fichier portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>The passphrase is empty or too long.</source>
        <translation>La phrase secrète est vide ou trop longue.</translation>
    </message>
    <message>
        <source>A recovery word is mistyped (the checksum fails).</source>
        <translation>Un mot de récupération est mal saisi (la somme de contrôle échoue).</translation>
    </message>
    <message>
        <source>A word is not in the recovery word list.</source>
        <translation>Un mot ne figure pas dans la liste des mots de récupération.</translation>
    </message>
    <message>
        <source>Fill in the emergency card before issuing a token.</source>
        <translation>Remplissez la carte d'urgence avant d'émettre un jeton.</translation>
    </message>
    <message>
        <source>The wallet is locked.</source>
        <translation>Le portefeuille est verrouillé.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n'a pas pu être lu.</translation>
    </message>
    <message>
        <source>The ledger refused the entry: %1</source>
        <translation>Le registre a refusé l'entrée : %1</translation>
    </message>
    <message>
        <source>The ledger could not be opened: the overview says why. Check the network in Settings; changes apply at the next unlock.</source>
        <translation>Le registre n'a pas pu être ouvert ; la vue d'ensemble indique pourquoi. Vérifiez le réseau dans les paramètres ; les changements s'appliquent au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Enter the node's URL.</source>
        <translation>Saisissez l'URL du nœud.</translation>
    </message>
    <message>
        <source>The node URL is not valid: it must start with https://.</source>
        <translation>L'URL du nœud n'est pas valide : elle doit commencer par https://.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for a node on this computer (127.0.0.1 or localhost). Use https.</source>
        <translation>Le http non chiffré n'est autorisé que pour un nœud sur cet ordinateur (127.0.0.1 ou localhost). Utilisez https.</translation>
    </message>
    <message>
        <source>Choose the directory that holds the network and policy files.</source>
        <translation>Choisissez le dossier qui contient les fichiers « network » et « policy ».</translation>
    </message>
    <message>
        <source>That directory does not hold the network and policy files.</source>
        <translation>Ce dossier ne contient pas les fichiers « network » et « policy ».</translation>
    </message>
    <message>
        <source>The node cannot be reached. The wallet keeps its last verified state.</source>
        <translation>Le nœud est injoignable. Le portefeuille conserve son dernier état vérifié.</translation>
    </message>
    <message>
        <source>The node did not answer in time. The wallet keeps its last verified state.</source>
        <translation>Le nœud n'a pas répondu à temps. Le portefeuille conserve son dernier état vérifié.</translation>
    </message>
    <message>
        <source>The connection to the node is not secure (https is required).</source>
        <translation>La connexion au nœud n'est pas sécurisée (https est requis).</translation>
    </message>
    <message>
        <source>The node's checkpoint lacks the validators' quorum: nothing was accepted.</source>
        <translation>Il manque au point de contrôle du nœud le quorum des validateurs : rien n'a été accepté.</translation>
    </message>
    <message>
        <source>The validators' cosignatures on the node's checkpoint are too old: nothing was accepted.</source>
        <translation>Les cosignatures des validateurs sur le point de contrôle du nœud sont trop anciennes : rien n'a été accepté.</translation>
    </message>
    <message>
        <source>No node took the entry now. It waits and is sent again at the next sync.</source>
        <translation>Aucun nœud n'a accepté l'entrée pour l'instant. Elle attend et sera renvoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The node's checkpoint does not verify against the pinned network files: %1</source>
        <translation>Le point de contrôle du nœud ne se vérifie pas avec les fichiers réseau épinglés : %1</translation>
    </message>
    <message>
        <source>The node's answer failed verification and was refused: %1</source>
        <translation>La réponse du nœud n'a pas passé la vérification et a été refusée : %1</translation>
    </message>
    <message>
        <source>The network or policy file cannot be used: %1</source>
        <translation>Le fichier réseau ou de politique est inutilisable : %1</translation>
    </message>
    <message>
        <source>The node could not be used: %1</source>
        <translation>Le nœud n'a pas pu être utilisé : %1</translation>
    </message>
    <message>
        <source>The node has no room for your emergency summary (its storage limit is reached). Revoke old tokens, or try another node.</source>
        <translation>Le nœud n'a plus de place pour votre résumé d'urgence (sa limite de stockage est atteinte). Révoquez d'anciens jetons ou essayez un autre nœud.</translation>
    </message>
    <message>
        <source>The node refused the request as too old or too new: check this computer's clock.</source>
        <translation>Le nœud a refusé la requête comme trop ancienne ou trop récente : vérifiez l'horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The node stores summaries only for patients registered on its ledger: sync first so that your registration is published.</source>
        <translation>Le nœud ne conserve des résumés que pour les patients enregistrés sur son registre : synchronisez d'abord pour que votre enregistrement soit publié.</translation>
    </message>
    <message>
        <source>No node could be reached to store or delete your emergency summary. Try again when you are online.</source>
        <translation>Aucun nœud n'a pu être joint pour enregistrer ou supprimer votre résumé d'urgence. Réessayez une fois en ligne.</translation>
    </message>
</context>
<context>
    <name>GrantWizard</name>
    <message>
        <source>%1 (%2, %3) will be able to see your %4, %5, from %6 until %7. You can revoke this at any time; every time they read your records it will appear in your access log.</source>
        <extracomment>%1 provider's name, %2 organisation, %3 role, %4 list of record categories, %5 purpose phrase such as "for treatment", %6 and %7 dates</extracomment>
        <translation>%1 (%2, %3) pourra consulter vos %4 %5, du %6 au %7. Vous pouvez révoquer cette autorisation à tout moment ; chaque consultation de vos données apparaîtra dans votre journal des accès.</translation>
    </message>
</context>
<context>
    <name>VerdictTexts</name>
    <message>
        <source>Scan again, or type the text printed under the code. If it still fails, the card is damaged: treat per protocol.</source>
        <translation>Scannez à nouveau ou saisissez le texte imprimé sous le code. En cas de nouvel échec, la carte est endommagée : traitez selon le protocole.</translation>
    </message>
    <message>
        <source>Do not rely on this card's data: it may be forged or altered. Treat per protocol.</source>
        <translation>Ne vous fiez pas aux données de cette carte : elles peuvent être falsifiées ou altérées. Traitez selon le protocole.</translation>
    </message>
    <message>
        <source>Not a readable CareLedger emergency card</source>
        <translation>Pas une carte d'urgence CareLedger lisible</translation>
    </message>
    <message>
        <source>Card data is malformed or oversized</source>
        <translation>Les données de la carte sont mal formées ou trop volumineuses</translation>
    </message>
    <message>
        <source>No emergency QR code found in the image</source>
        <translation>Aucun code QR d'urgence trouvé dans l'image</translation>
    </message>
    <message>
        <source>Take a sharper picture with the whole code in view, or type the text.</source>
        <translation>Prenez une photo plus nette montrant tout le code, ou saisissez le texte.</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>La signature ne correspond pas</translation>
    </message>
    <message>
        <source>Issuer not known to this network</source>
        <translation>Émetteur inconnu de ce réseau</translation>
    </message>
    <message>
        <source>The card was not issued by a patient registered on this ledger. Sync the ledger if you are offline; otherwise treat per protocol.</source>
        <translation>La carte n'a pas été émise par un patient enregistré dans ce registre. Synchronisez le registre si vous étiez hors ligne ; sinon, traitez selon le protocole.</translation>
    </message>
    <message>
        <source>The patient's key was revoked</source>
        <translation>La clé du patient a été révoquée</translation>
    </message>
    <message>
        <source>Revoked by the patient</source>
        <translation>Révoqué par le patient</translation>
    </message>
    <message>
        <source>The patient withdrew this card. Ask for a current one; treat per protocol.</source>
        <translation>Le patient a retiré cette carte. Demandez-en une à jour ; traitez selon le protocole.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <source>Ask the patient or their contact for a current card; treat per protocol.</source>
        <translation>Demandez une carte à jour au patient ou à son contact ; traitez selon le protocole.</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>Non valable avant le %1</translation>
    </message>
    <message>
        <source>The card's start time is in the future: check this computer's clock.</source>
        <translation>La date de début de la carte est dans le futur : vérifiez l'horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Validity period is not allowed</source>
        <translation>La période de validité n'est pas autorisée</translation>
    </message>
    <message>
        <source>Revocation data is too old</source>
        <translation>Les données de révocation sont trop anciennes</translation>
    </message>
    <message>
        <source>Revocation data is too old (as of %1)</source>
        <translation>Les données de révocation sont trop anciennes (au %1)</translation>
    </message>
    <message>
        <source>This computer has not synced with the ledger recently, so a revocation could be missed. Connect and sync, then verify again.</source>
        <translation>Cet ordinateur ne s'est pas synchronisé récemment avec le registre : une révocation pourrait échapper. Connectez-vous et synchronisez, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>PIN requis</translation>
    </message>
    <message>
        <source>This card is protected by a PIN. Ask the patient or their contact for it.</source>
        <translation>Cette carte est protégée par un PIN. Demandez-le au patient ou à son contact.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN incorrect</translation>
    </message>
    <message>
        <source>Check the PIN and enter it again.</source>
        <translation>Vérifiez le PIN et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Single-use card already used</source>
        <translation>Carte à usage unique déjà utilisée</translation>
    </message>
    <message>
        <source>This card was already read on this computer and may be used only once.</source>
        <translation>Cette carte a déjà été lue sur cet ordinateur et ne peut être utilisée qu'une fois.</translation>
    </message>
    <message>
        <source>Summary does not match the card</source>
        <translation>Le résumé ne correspond pas à la carte</translation>
    </message>
    <message>
        <source>Could not verify the card</source>
        <translation>Impossible de vérifier la carte</translation>
    </message>
    <message>
        <source>The image could not be read</source>
        <translation>L'image n'a pas pu être lue</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG photo of the code, or type the text printed under it.</source>
        <translation>Ouvrez une photo PNG ou JPEG du code, ou saisissez le texte imprimé en dessous.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AboutDialog</name>
    <message>
        <source>About CareLedger</source>
        <translation>À propos de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger %1</source>
        <translation>CareLedger %1</translation>
    </message>
    <message>
        <source>A patient-controlled health-consent wallet: your keys stay in an encrypted vault on this computer, and every grant, revocation and read of your records is a signed, verified entry on the consent ledger.</source>
        <translation>Un portefeuille de consentements de santé contrôlé par le patient : vos clés restent dans un coffre chiffré sur cet ordinateur, et chaque autorisation, révocation et lecture de vos données est une entrée signée et vérifiée du registre des consentements.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0.</source>
        <translation>Distribué sous la licence Apache, version 2.0.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>careledger::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to CareLedger</source>
        <translation>Bienvenue dans CareLedger</translation>
    </message>
    <message>
        <source>Your wallet keeps the keys that decide who may see your health records. Everything stays on this computer, encrypted with your passphrase.</source>
        <translation>Votre portefeuille conserve les clés qui décident qui peut consulter vos données de santé. Tout reste sur cet ordinateur, chiffré avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>&amp;Créer un nouveau portefeuille</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase or shares</source>
        <translation>&amp;Restaurer un portefeuille à partir de sa phrase de récupération ou de ses parts</translation>
    </message>
    <message>
        <source>C&amp;linician mode: a provider wallet that verifies emergency tokens</source>
        <translation>Mode c&amp;linicien : un portefeuille de professionnel de santé qui vérifie les jetons d'urgence</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Restore your wallet</source>
        <translation>Restaurer votre portefeuille</translation>
    </message>
    <message>
        <source>Set up the clinician wallet</source>
        <translation>Configurer le portefeuille clinicien</translation>
    </message>
    <message>
        <source>Protect your wallet</source>
        <translation>Protéger votre portefeuille</translation>
    </message>
    <message>
        <source>Your &amp;name as shown to patients:</source>
        <translation>Votre &amp;nom tel que les patients le voient :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>e.g. Dr. Ada Example</source>
        <translation>p. ex. Dr Ada Exemple</translation>
    </message>
    <message>
        <source>Kept on this computer only</source>
        <translation>Conservé uniquement sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Répéter la phrase secrète :</translation>
    </message>
    <message>
        <source>Recovery &amp;phrase or shares (one per line):</source>
        <translation>&amp;Phrase de récupération ou parts (une par ligne) :</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Create wallet</source>
        <translation>&amp;Créer le portefeuille</translation>
    </message>
    <message>
        <source>Deriving the key from your passphrase. This takes a few seconds on purpose, to slow down anyone guessing it.</source>
        <translation>Dérivation de la clé à partir de votre phrase secrète. Cela prend volontairement quelques secondes, pour ralentir quiconque tenterait de la deviner.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Your recovery phrase</source>
        <translation>Votre phrase de récupération</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, and keep them somewhere safe. They are the only way to restore your wallet if this computer is lost. They are shown only once.</source>
        <translation>Écrivez ces mots sur papier, dans l'ordre, et conservez-les en lieu sûr. Ils sont le seul moyen de restaurer votre portefeuille si cet ordinateur est perdu. Ils ne sont affichés qu'une fois.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Phrase de récupération</translation>
    </message>
    <message>
        <source>I have &amp;written the words down</source>
        <translation>J'ai &amp;noté les mots</translation>
    </message>
    <message>
        <source>Confirm your recovery phrase</source>
        <translation>Confirmer votre phrase de récupération</translation>
    </message>
    <message>
        <source>Type the words asked for, to check that you wrote them down.</source>
        <translation>Saisissez les mots demandés, pour vérifier que vous les avez notés.</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation>Mot &amp;%1 :</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Mot %1</translation>
    </message>
    <message>
        <source>&amp;Show the words again</source>
        <translation>&amp;Afficher à nouveau les mots</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>A registrar certifies that this wallet belongs to a health professional. On a single machine the embedded ledger's local registrar can do it now.</source>
        <translation>Une autorité d'enregistrement certifie que ce portefeuille appartient à un professionnel de santé. Sur une seule machine, l'autorité d'enregistrement locale du registre intégré peut le faire dès maintenant.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Professional &amp;role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>e.g. physician</source>
        <translation>p. ex. médecin</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Certify with the local registrar</source>
        <translation>&amp;Certifier auprès de l'autorité d'enregistrement locale</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: several unrelated words work well.</source>
        <translation>Choisissez une phrase secrète plus longue : plusieurs mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>Word %1 does not match. Check what you wrote down.</source>
        <translation>Le mot %1 ne correspond pas. Vérifiez ce que vous avez noté.</translation>
    </message>
    <message>
        <source>Rec&amp;overy:</source>
        <translation>Réc&amp;upération :</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>One recovery phrase (20 words)</source>
        <translation>Une phrase de récupération (20 mots)</translation>
    </message>
    <message>
        <source>Shares: any 2 of 3 restore the wallet</source>
        <translation>Parts : 2 parts sur 3 suffisent à restaurer le portefeuille</translation>
    </message>
    <message>
        <source>Shares: any 3 of 5 restore the wallet</source>
        <translation>Parts : 3 parts sur 5 suffisent à restaurer le portefeuille</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été modifiée.</translation>
    </message>
    <message>
        <source>The backup was written.</source>
        <translation>La sauvegarde a été écrite.</translation>
    </message>
    <message>
        <source>This wallet is now a certified provider.</source>
        <translation>Ce portefeuille est désormais un professionnel de santé certifié.</translation>
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
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Journal des accès</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Vérifier un jeton</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About CareLedger</source>
        <translation>À propos de CareLedger</translation>
    </message>
    <message>
        <source>About CareLedger (F1)</source>
        <translation>À propos de CareLedger (F1)</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellente</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Robustesse : %1</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>%1, about %2 bits</source>
        <translation>%1, environ %2 bits</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecoverySharesDialog</name>
    <message>
        <source>New recovery shares</source>
        <translation>Nouvelles parts de récupération</translation>
    </message>
    <message>
        <source>New shares restore this wallet like its recovery phrase does. Your current phrase or shares keep working: destroy them if you no longer trust where they are kept.</source>
        <translation>De nouvelles parts restaurent ce portefeuille comme sa phrase de récupération. Votre phrase ou vos parts actuelles restent valables : détruisez-les si vous ne faites plus confiance à l'endroit où elles sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation>&amp;Parts :</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Any 2 of 3 shares restore the wallet</source>
        <translation>2 parts quelconques sur 3 restaurent le portefeuille</translation>
    </message>
    <message>
        <source>Any 3 of 5 shares restore the wallet</source>
        <translation>3 parts quelconques sur 5 restaurent le portefeuille</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Create shares</source>
        <translation>&amp;Créer les parts</translation>
    </message>
    <message>
        <source>Checking the passphrase and creating the shares…</source>
        <translation>Vérification de la phrase secrète et création des parts…</translation>
    </message>
    <message>
        <source>Write each share on its own sheet of paper and keep the sheets in different places. They are shown only now.</source>
        <translation>Écrivez chaque part sur sa propre feuille de papier et conservez les feuilles en des lieux différents. Elles ne sont affichées que maintenant.</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Parts de récupération</translation>
    </message>
    <message>
        <source>I have &amp;written every share down</source>
        <translation>J'ai &amp;noté chaque part</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecoveryWordsLabel</name>
    <message>
        <source>Share %1 of group %2:</source>
        <translation>Part %1 du groupe %2 :</translation>
    </message>
    <message>
        <source>Share %1 of %2:</source>
        <translation>Part %1 sur %2 :</translation>
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
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>médecin</translation>
    </message>
    <message>
        <source>This wallet is a certified provider.</source>
        <translation>Ce portefeuille est un professionnel de santé certifié.</translation>
    </message>
    <message>
        <source>This wallet is not certified yet: tokens can be verified, but access cannot be recorded.</source>
        <translation>Ce portefeuille n'est pas encore certifié : les jetons peuvent être vérifiés, mais l'accès ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes, 0 = never):</source>
        <translation>&amp;Verrouiller après inactivité (minutes, 0 = jamais) :</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutes avant verrouillage automatique</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after (seconds, 0 = never):</source>
        <translation>&amp;Effacer le texte copié après (secondes, 0 = jamais) :</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>Secondes avant effacement du presse-papiers</translation>
    </message>
    <message>
        <source>Lock &amp;now (Ctrl+L)</source>
        <translation>Verrouiller &amp;maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>&amp;Hide health details on screen (allergies, medications, problems)</source>
        <translation>&amp;Masquer les détails de santé à l'écran (allergies, médicaments, problèmes)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Embedded ledger on this computer</source>
        <translation>Registre &amp;intégré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Node URL</source>
        <translation>URL du nœud</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>Aucun portefeuille n'est ouvert.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Identifiant de clé : %1</translation>
    </message>
    <message>
        <source>E&amp;xport backup…</source>
        <translation>E&amp;xporter une sauvegarde…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Provider certification</source>
        <translation>Certification du professionnel de santé</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Exporter une sauvegarde</translation>
    </message>
    <message>
        <source>CareLedger backup (*.clbak)</source>
        <translation>Sauvegarde CareLedger (*.clbak)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Répéter la nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>✔ Saved: the embedded ledger, from the next unlock.</source>
        <translation>✔ Enregistré : le registre intégré, dès le prochain déverrouillage.</translation>
    </message>
    <message>
        <source>✔ Saved: node %1, from the next unlock.</source>
        <translation>✔ Enregistré : le nœud %1, dès le prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Choose the directory of the network and policy files</source>
        <translation>Choisir le dossier des fichiers « network » et « policy »</translation>
    </message>
    <message>
        <source>Node &amp;URL:</source>
        <translation>&amp;URL du nœud :</translation>
    </message>
    <message>
        <source>Network &amp;files:</source>
        <translation>&amp;Fichiers réseau :</translation>
    </message>
    <message>
        <source>Network files directory</source>
        <translation>Dossier des fichiers réseau</translation>
    </message>
    <message>
        <source>Directory with the network and policy files</source>
        <translation>Dossier contenant les fichiers « network » et « policy »</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for the network files directory</source>
        <translation>Rechercher le dossier des fichiers réseau</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>The pinned network and policy files (log key, validators and quorum) are checked on every sync. Plain http is accepted only for a node on this computer. Changes apply at the next unlock.</source>
        <translation>Les fichiers réseau et de politique épinglés (clé du journal, validateurs et quorum) sont vérifiés à chaque synchronisation. Le http non chiffré n'est accepté que pour un nœud sur cet ordinateur. Les changements s'appliquent au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Create new &amp;recovery shares…</source>
        <translation>Créer de nouvelles &amp;parts de récupération…</translation>
    </message>
    <message>
        <source>Connect to a no&amp;de</source>
        <translation>Se connecter à un &amp;nœud</translation>
    </message>
    <message>
        <source>Use this net&amp;work</source>
        <translation>Utiliser ce ré&amp;seau</translation>
    </message>
    <message>
        <source>Certify with the local regi&amp;strar…</source>
        <translation>Certifier auprès de l'autorité d'enregi&amp;strement locale…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::UnlockView</name>
    <message>
        <source>CareLedger is locked</source>
        <translation>CareLedger est verrouillé</translation>
    </message>
    <message>
        <source>Wallet: %1</source>
        <translation>Portefeuille : %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
</context>
<context>
    <name>careledger::ui::WalletController</name>
    <message>
        <source>Creating the wallet</source>
        <translation>Création du portefeuille</translation>
    </message>
    <message>
        <source>Restoring the wallet</source>
        <translation>Restauration du portefeuille</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Emergency access by an uncertified reader</source>
        <translation>Accès d'urgence par un lecteur non certifié</translation>
    </message>
    <message>
        <source>Emergency access by %1</source>
        <translation>Accès d'urgence par %1</translation>
    </message>
    <message>
        <source>Access by a reader that is not a certified provider</source>
        <translation>Accès par un lecteur qui n'est pas un professionnel de santé certifié</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Signing the grant</source>
        <translation>Signature de l'autorisation</translation>
    </message>
    <message>
        <source>Signing the revocation</source>
        <translation>Signature de la révocation</translation>
    </message>
    <message>
        <source>Saving the emergency card</source>
        <translation>Enregistrement de la carte d'urgence</translation>
    </message>
    <message>
        <source>Importing the health record</source>
        <translation>Importation du dossier de santé</translation>
    </message>
    <message>
        <source>Issuing the emergency token</source>
        <translation>Émission du jeton d'urgence</translation>
    </message>
    <message>
        <source>Revoking the emergency token</source>
        <translation>Révocation du jeton d'urgence</translation>
    </message>
    <message>
        <source>Verifying the token</source>
        <translation>Vérification du jeton</translation>
    </message>
    <message>
        <source>Registering the identity</source>
        <translation>Enregistrement de l'identité</translation>
    </message>
    <message>
        <source>Certifying</source>
        <translation>Certification en cours</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changement de la phrase secrète</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Écriture de la sauvegarde</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Access by a reader you never granted</source>
        <translation>Accès par un lecteur à qui vous n'avez jamais donné d'autorisation</translation>
    </message>
    <message>
        <source>An entry the node receipted was not published in time</source>
        <translation>Une entrée dont le nœud a accusé réception n'a pas été publiée à temps</translation>
    </message>
    <message>
        <source>A node served a ledger that contradicts the verified one</source>
        <translation>Un nœud a fourni un registre qui contredit le registre vérifié</translation>
    </message>
    <message>
        <source>Creating recovery shares</source>
        <translation>Création des parts de récupération</translation>
    </message>
</context>
<context>
    <name>careledger::ui::clinician::CameraScanner</name>
    <message>
        <source>No camera found.</source>
        <translation>Aucune caméra trouvée.</translation>
    </message>
    <message>
        <source>This build has no camera support.</source>
        <translation>Cette version ne prend pas en charge la caméra.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::clinician::ClinicianPage</name>
    <message>
        <source>Scan or paste the emergency token (CL1:…)</source>
        <translation>Scannez ou collez le jeton d'urgence (CL1:…)</translation>
    </message>
    <message>
        <source>Emergency token text</source>
        <translation>Texte du jeton d'urgence</translation>
    </message>
    <message>
        <source>A USB scanner types here; press Enter to verify what it typed.</source>
        <translation>Un lecteur USB saisit ici ; appuyez sur Entrée pour vérifier ce qu'il a saisi.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Vérifier un jeton</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>Ouvrir une &amp;image…</translation>
    </message>
    <message>
        <source>Open an image of the QR code</source>
        <translation>Ouvrir une image du code QR</translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation>Arrêter la &amp;caméra</translation>
    </message>
    <message>
        <source>Scan with &amp;camera</source>
        <translation>Scanner avec la &amp;caméra</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>No camera found: use a USB scanner, paste, or open an image.</source>
        <translation>Aucune caméra trouvée : utilisez un lecteur USB, collez le texte ou ouvrez une image.</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>État de la caméra</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>&amp;PIN de la carte :</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de la carte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Détail technique</translation>
    </message>
    <message>
        <source>Access record status</source>
        <translation>État de l'enregistrement de l'accès</translation>
    </message>
    <message>
        <source>Emergency data</source>
        <translation>Données d'urgence</translation>
    </message>
    <message>
        <source>Waiting for a card</source>
        <translation>En attente d'une carte</translation>
    </message>
    <message>
        <source>Nothing has been scanned yet.</source>
        <translation>Rien n'a encore été scanné.</translation>
    </message>
    <message>
        <source>Nothing to verify</source>
        <translation>Rien à vérifier</translation>
    </message>
    <message>
        <source>Scan or paste a token first.</source>
        <translation>Scannez ou collez d'abord un jeton.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Open an image of the emergency QR code</source>
        <translation>Ouvrir une image du code QR d'urgence</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera…</source>
        <translation>Présentez le code QR devant la caméra…</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NON VALIDE : %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>VALID emergency card</source>
        <translation>Carte d'urgence VALIDE</translation>
    </message>
    <message>
        <source>Signed by the patient's registered key; valid until %1.</source>
        <translation>Signée par la clé enregistrée du patient ; valable jusqu'au %1.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted within the allowed clock difference (%n second(s)): check this computer's clock.</source>
        <translation><numerusform>Accepté dans l'écart d'horloge autorisé (%n seconde) : vérifiez l'horloge de cet ordinateur.</numerusform><numerusform>Accepté dans l'écart d'horloge autorisé (%n secondes) : vérifiez l'horloge de cet ordinateur.</numerusform></translation>
    </message>
    <message>
        <source>Revocation data as of %1.</source>
        <translation>Données de révocation au %1.</translation>
    </message>
    <message>
        <source>Single-use card: it cannot be read again on this computer.</source>
        <translation>Carte à usage unique : elle ne peut plus être lue sur cet ordinateur.</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>RISQUE ÉLEVÉ</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>risque faible</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>risque non évalué</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Groupe sanguin</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Directives anticipées</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d'urgence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Patient key</source>
        <translation>Clé du patient</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>Carte valable jusqu'au</translation>
    </message>
    <message>
        <source>Recording your access on the ledger…</source>
        <translation>Enregistrement de votre accès dans le registre…</translation>
    </message>
    <message>
        <source>✔ Your access was recorded on the ledger (entry #%1). The patient will see it in their access log.</source>
        <translation>✔ Votre accès a été enregistré dans le registre (entrée n° %1). Le patient le verra dans son journal des accès.</translation>
    </message>
    <message>
        <source>✖ Your access could not be recorded: %1</source>
        <translation>✖ Votre accès n'a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>Symbole du verdict</translation>
    </message>
    <message>
        <source>Scan the patient's emergency QR code with a USB scanner, paste its text (it starts with CL1:), open or drop a photo of it, or use a camera. The card is verified on this computer and your access is recorded on the ledger.</source>
        <translation>Scannez le code QR d'urgence du patient avec un lecteur USB, collez son texte (il commence par CL1:), ouvrez ou déposez-en une photo, ou utilisez une caméra. La carte est vérifiée sur cet ordinateur et votre accès est enregistré dans le registre.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient</name>
    <message>
        <source>Access log</source>
        <translation>Journal des accès</translation>
    </message>
    <message>
        <source>Patient key id: %1</source>
        <translation>Identifiant de clé du patient : %1</translation>
    </message>
    <message>
        <source>No accesses recorded.</source>
        <translation>Aucun accès enregistré.</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Période : du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation><numerusform>%n accès</numerusform><numerusform>%n accès</numerusform></translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ vérifié</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>the PDF is empty</source>
        <translation>le PDF est vide</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Problems and diagnoses</source>
        <translation>Problèmes et diagnostics</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Vaccinations</translation>
    </message>
    <message>
        <source>Laboratory results</source>
        <translation>Résultats de laboratoire</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Signes vitaux</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notes cliniques</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Emergency summary</source>
        <translation>Résumé d'urgence</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two items of a list: "allergies, medications and notes"</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Emergency treatment</source>
        <translation>Traitement d'urgence</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>for treatment</source>
        <translation>pour les soins</translation>
    </message>
    <message>
        <source>for emergency treatment</source>
        <translation>pour un traitement d'urgence</translation>
    </message>
    <message>
        <source>for payment</source>
        <translation>pour le paiement</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>pour la recherche</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Emergency token</source>
        <translation>Jeton d'urgence</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Pas encore valable</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AccessChart</name>
    <message>
        <source>Accesses over time</source>
        <translation>Accès au fil du temps</translation>
    </message>
    <message>
        <source>No accesses to chart.</source>
        <translation>Aucun accès à représenter.</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses between the weeks of %1 and %2; the busiest was the week of %3 with %4.</source>
        <extracomment>%n accesses, %1 first date, %2 last date, %3 busiest day or week, %4 its count</extracomment>
        <translation><numerusform>%n accès entre les semaines du %1 et du %2 ; la plus chargée était la semaine du %3 avec %4.</numerusform><numerusform>%n accès entre les semaines du %1 et du %2 ; la plus chargée était la semaine du %3 avec %4.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accesses between %1 and %2; the busiest day was %3 with %4.</source>
        <translation><numerusform>%n accès entre le %1 et le %2 ; le jour le plus chargé était le %3 avec %4.</numerusform><numerusform>%n accès entre le %1 et le %2 ; le jour le plus chargé était le %3 avec %4.</numerusform></translation>
    </message>
    <message>
        <source>Accesses per week</source>
        <translation>Accès par semaine</translation>
    </message>
    <message>
        <source>Accesses per day</source>
        <translation>Accès par jour</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AccessLogPage</name>
    <message>
        <source>Access log</source>
        <translation>Journal des accès</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Reader, record category or purpose</source>
        <translation>Lecteur, catégorie de données ou finalité</translation>
    </message>
    <message>
        <source>Search the access log</source>
        <translation>Rechercher dans le journal des accès</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Lecteur :</translation>
    </message>
    <message>
        <source>Re&amp;cords:</source>
        <translation>&amp;Données :</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Fondement :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Verified:</source>
        <translation>&amp;Vérifié :</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Nobody has read your records yet. Every access a provider makes, under a grant or an emergency token, will be listed here with its proof.</source>
        <translation>Personne n'a encore consulté vos données. Chaque accès d'un professionnel, au titre d'une autorisation ou d'un jeton d'urgence, sera listé ici avec sa preuve.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N'importe qui</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Emergency token</source>
        <translation>Jeton d'urgence</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>✔ Verified only</source>
        <translation>✔ Vérifiés uniquement</translation>
    </message>
    <message>
        <source>✖ Not verified only</source>
        <translation>✖ Non vérifiés uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation><numerusform>%n accès</numerusform><numerusform>%n accès</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accesses shown</source>
        <translation><numerusform>%1 accès affiché sur %n</numerusform><numerusform>%1 accès affichés sur %n</numerusform></translation>
    </message>
    <message>
        <source>Export the access log as PDF</source>
        <translation>Exporter le journal des accès en PDF</translation>
    </message>
    <message>
        <source>Export the access log as CSV</source>
        <translation>Exporter le journal des accès en CSV</translation>
    </message>
    <message>
        <source>access-log.pdf</source>
        <translation>journal-acces.pdf</translation>
    </message>
    <message>
        <source>access-log.csv</source>
        <translation>journal-acces.csv</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AuditModel</name>
    <message>
        <source>Unknown reader %1</source>
        <translation>Lecteur inconnu %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Vérifié</translation>
    </message>
    <message>
        <source>✖ Not verified</source>
        <translation>✖ Non vérifié</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <extracomment>%1 the grant id or emergency token id in hex</extracomment>
        <translation>Référence %1</translation>
    </message>
    <message>
        <source>Signature checked and inclusion in the signed checkpoint proved (ledger entry #%1)</source>
        <translation>Signature vérifiée et inclusion dans le point de contrôle signé prouvée (entrée du registre n° %1)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Unknown reader</source>
        <translation>Lecteur inconnu</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::ConsentsPage</name>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>You have not granted anyone access yet. Use “New grant” to let a provider see chosen parts of your records for a limited time.</source>
        <translation>Vous n'avez encore accordé d'accès à personne. Utilisez « Nouvelle autorisation » pour permettre à un professionnel de consulter certaines de vos données pendant une durée limitée.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;Nouvelle autorisation…</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nouvelle autorisation</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected grant</source>
        <translation>Révoquer l'autorisation sélectionnée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 provider name, %2 organisation</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlisted key %1</source>
        <translation>Clé non répertoriée %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Revoke grant</source>
        <translation>Révoquer l'autorisation</translation>
    </message>
    <message>
        <source>Revoke the access of %1? They will no longer be able to read your records under this grant. This is recorded on the ledger and cannot be undone.</source>
        <translation>Révoquer l'accès de %1 ? Cette autorisation ne permettra plus de consulter vos données. Ceci est enregistré dans le registre et ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Keep the grant</source>
        <translation>Conserver l'autorisation</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::EmergencyPage</name>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>unable to assess</source>
        <translation>non évaluable</translation>
    </message>
    <message>
        <source>Allergy risk</source>
        <translation>Risque d'allergie</translation>
    </message>
    <message>
        <source>Import a FHIR R4 Bundle (International Patient Summary)</source>
        <translation>Importer un Bundle FHIR R4 (International Patient Summary)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Your emergency card: what a first responder sees when they scan your emergency QR code.</source>
        <translation>Votre carte d'urgence : ce que voit un secouriste lorsqu'il scanne votre code QR d'urgence.</translation>
    </message>
    <message>
        <source>&amp;Blood type:</source>
        <translation>&amp;Groupe sanguin :</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Allergies :</translation>
    </message>
    <message>
        <source>&amp;Medications:</source>
        <translation>&amp;Médicaments :</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problèmes :</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts :</translation>
    </message>
    <message>
        <source>Advance &amp;directive:</source>
        <translation>&amp;Directives anticipées :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>e.g. A+ or O−</source>
        <translation>p. ex. A+ ou O−</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Groupe sanguin</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d'urgence</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Directives anticipées</translation>
    </message>
    <message>
        <source>e.g. Do not resuscitate</source>
        <translation>p. ex. Ne pas réanimer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>e.g. en-GB</source>
        <translation>p. ex. fr-FR</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Add a row to the selected list</source>
        <translation>Ajouter une ligne à la liste sélectionnée</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Enregistrer la carte</translation>
    </message>
    <message>
        <source>Save the emergency card</source>
        <translation>Enregistrer la carte d'urgence</translation>
    </message>
    <message>
        <source>&amp;Import FHIR…</source>
        <translation>&amp;Importer FHIR…</translation>
    </message>
    <message>
        <source>Import the card from a FHIR bundle</source>
        <translation>Importer la carte depuis un bundle FHIR</translation>
    </message>
    <message>
        <source>Hidden details note</source>
        <translation>Note sur les détails masqués</translation>
    </message>
    <message>
        <source>Emergency tokens: time-limited QR codes you can revoke at any time.</source>
        <translation>Jetons d'urgence : des codes QR à durée limitée que vous pouvez révoquer à tout moment.</translation>
    </message>
    <message>
        <source>Valid for 1 day</source>
        <translation>Valable 1 jour</translation>
    </message>
    <message>
        <source>Valid for 7 days</source>
        <translation>Valable 7 jours</translation>
    </message>
    <message>
        <source>Valid for 30 days</source>
        <translation>Valable 30 jours</translation>
    </message>
    <message>
        <source>Valid for 90 days</source>
        <translation>Valable 90 jours</translation>
    </message>
    <message>
        <source>Valid for 1 year</source>
        <translation>Valable 1 an</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Durée de validité du jeton</translation>
    </message>
    <message>
        <source>Optional PIN</source>
        <translation>PIN facultatif</translation>
    </message>
    <message>
        <source>Optional PIN for the token</source>
        <translation>PIN facultatif pour le jeton</translation>
    </message>
    <message>
        <source>Single &amp;use</source>
        <translation>&amp;Usage unique</translation>
    </message>
    <message>
        <source>Single-use token</source>
        <translation>Jeton à usage unique</translation>
    </message>
    <message>
        <source>Issue &amp;token</source>
        <translation>Émettre un &amp;jeton</translation>
    </message>
    <message>
        <source>Issue an emergency token</source>
        <translation>Émettre un jeton d'urgence</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Your emergency tokens</source>
        <translation>Vos jetons d'urgence</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Révoquer le jeton sélectionné</translation>
    </message>
    <message>
        <source>Health details are hidden (Settings). Turn the setting off to see and edit your card.</source>
        <translation>Les détails de santé sont masqués (Paramètres). Désactivez ce réglage pour voir et modifier votre carte.</translation>
    </message>
    <message>
        <source>✖ The card was not saved: %1</source>
        <translation>✖ La carte n'a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>usage unique</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Revoke emergency token?</source>
        <translation>Révoquer le jeton d'urgence ?</translation>
    </message>
    <message>
        <source>Clinicians will be told this token is revoked, and its full summary is deleted for good. Printed cards with this code stop working.</source>
        <translation>Les cliniciens seront informés que ce jeton est révoqué, et son résumé complet est supprimé définitivement. Les cartes imprimées avec ce code cessent de fonctionner.</translation>
    </message>
    <message>
        <source>Confirm token revoke</source>
        <translation>Confirmer la révocation du jeton</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>État de la carte d'urgence</translation>
    </message>
    <message>
        <source>✔ Your emergency card was saved.</source>
        <translation>✔ Votre carte d'urgence a été enregistrée.</translation>
    </message>
    <message>
        <source>✔ Your emergency card was imported and saved.</source>
        <translation>✔ Votre carte d'urgence a été importée et enregistrée.</translation>
    </message>
    <message>
        <source>Revo&amp;ke token…</source>
        <translation>Ré&amp;voquer le jeton…</translation>
    </message>
    <message>
        <source>Waiting to be published</source>
        <translation>En attente de publication</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::GrantWizard</name>
    <message>
        <source>New grant</source>
        <translation>Nouvelle autorisation</translation>
    </message>
    <message>
        <source>&amp;Search the provider directory:</source>
        <translation>&amp;Rechercher dans l'annuaire des professionnels :</translation>
    </message>
    <message>
        <source>Name, organisation, role or key id</source>
        <translation>Nom, organisation, fonction ou identifiant de clé</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Rechercher des professionnels</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Professionnels de santé</translation>
    </message>
    <message>
        <source>No certified provider matches. Check the spelling, or sync to refresh the directory.</source>
        <translation>Aucun professionnel certifié ne correspond. Vérifiez l'orthographe ou synchronisez pour actualiser l'annuaire.</translation>
    </message>
    <message>
        <source>%1 — %2, %3
Key %4</source>
        <extracomment>provider list line: %1 name, %2 organisation, %3 role, %4 key id</extracomment>
        <translation>%1 — %2, %3
Clé %4</translation>
    </message>
    <message>
        <source>Which kinds of &amp;records may they see?</source>
        <translation>Quels types de &amp;données peuvent-ils consulter ?</translation>
    </message>
    <message>
        <source>Record categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 human name of a record category, %2 its code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Allow them to &amp;download copies</source>
        <translation>Autoriser le &amp;téléchargement de copies</translation>
    </message>
    <message>
        <source>Allow downloading copies</source>
        <translation>Autoriser le téléchargement de copies</translation>
    </message>
    <message>
        <source>&amp;Purpose of use:</source>
        <translation>&amp;Finalité d'utilisation :</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu'au</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valable à &amp;partir du :</translation>
    </message>
    <message>
        <source>Valid &amp;until (inclusive):</source>
        <translation>Valable &amp;jusqu'au (inclus) :</translation>
    </message>
    <message>
        <source>What you are about to grant</source>
        <translation>Ce que vous allez autoriser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Sign and grant</source>
        <translation>&amp;Signer et autoriser</translation>
    </message>
    <message>
        <source>Sign and grant</source>
        <translation>Signer et autoriser</translation>
    </message>
    <message>
        <source>Step 1 of 5: Who may see your records?</source>
        <translation>Étape 1 sur 5 : qui peut consulter vos données ?</translation>
    </message>
    <message>
        <source>Step 2 of 5: Which records?</source>
        <translation>Étape 2 sur 5 : quelles données ?</translation>
    </message>
    <message>
        <source>Step 3 of 5: For what purpose?</source>
        <translation>Étape 3 sur 5 : dans quel but ?</translation>
    </message>
    <message>
        <source>Step 4 of 5: For how long?</source>
        <translation>Étape 4 sur 5 : pour combien de temps ?</translation>
    </message>
    <message>
        <source>Step 5 of 5: Check and sign</source>
        <translation>Étape 5 sur 5 : vérifier et signer</translation>
    </message>
    <message>
        <source>⚠ The end date is before the start date.</source>
        <translation>⚠ La date de fin est antérieure à la date de début.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Your records at a glance</source>
        <translation>Vos données en un coup d'œil</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Fetch the ledger's newest checkpoint and verify it</source>
        <translation>Récupérer le point de contrôle le plus récent du registre et le vérifier</translation>
    </message>
    <message>
        <source>Show access &amp;log</source>
        <translation>Afficher le &amp;journal des accès</translation>
    </message>
    <message>
        <source>Show access log</source>
        <translation>Afficher le journal des accès</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Ledger details</source>
        <translation>Détails du registre</translation>
    </message>
    <message>
        <source>Not synced yet. Sync to fetch and verify the ledger's checkpoint.</source>
        <translation>Pas encore synchronisé. Synchronisez pour récupérer et vérifier le point de contrôle du registre.</translation>
    </message>
    <message>
        <source>✖ The last sync failed: %1</source>
        <extracomment>%1 is the reason, already in the user's language</extracomment>
        <translation>✖ La dernière synchronisation a échoué : %1</translation>
    </message>
    <message>
        <source>Embedded ledger at %1</source>
        <translation>Registre intégré dans %1</translation>
    </message>
    <message>
        <source>Network node %1</source>
        <translation>Nœud réseau %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entrée</numerusform><numerusform>%n entrées</numerusform></translation>
    </message>
    <message>
        <source>Checkpoint signed %1</source>
        <translation>Point de contrôle signé le %1</translation>
    </message>
    <message>
        <source>Root hash: %1</source>
        <translation>Hachage racine : %1</translation>
    </message>
    <message>
        <source>✔ No alerts. Nobody has used an emergency token or read your records without a grant.</source>
        <translation>✔ Aucune alerte. Personne n'a utilisé de jeton d'urgence ni consulté vos données sans autorisation.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d'urgence</translation>
    </message>
    <message>
        <source>Unknown reader</source>
        <translation>Lecteur inconnu</translation>
    </message>
    <message>
        <source>Missing submission</source>
        <translation>Soumission manquante</translation>
    </message>
    <message>
        <source>Inconsistent ledger node</source>
        <translation>Nœud de registre incohérent</translation>
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
        <translation>Entrée du registre n° %1</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <translation><numerusform>Alertes (%n)</numerusform><numerusform>Alertes (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active grants</source>
        <translation><numerusform>%n autorisation active</numerusform><numerusform>%n autorisations actives</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded accesses</source>
        <translation><numerusform>%n accès enregistré</numerusform><numerusform>%n accès enregistrés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active emergency tokens</source>
        <translation><numerusform>%n jeton d'urgence actif</numerusform><numerusform>%n jetons d'urgence actifs</numerusform></translation>
    </message>
    <message>
        <source>Last sync from %1: checkpoint %2 → %3</source>
        <extracomment>%1 the node's URL, %2 and %3 the checkpoint sizes before and after</extracomment>
        <translation>Dernière synchronisation depuis %1 : point de contrôle %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new entries verified</source>
        <translation><numerusform>%n nouvelle entrée vérifiée</numerusform><numerusform>%n nouvelles entrées vérifiées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts</source>
        <translation><numerusform>%n nouvelle alerte</numerusform><numerusform>%n nouvelles alertes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of your entries wait to be published</source>
        <translation><numerusform>%n de vos entrées attend sa publication</numerusform><numerusform>%n de vos entrées attendent leur publication</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✔ Verified checkpoint: %n cosignature(s) of the %1 required. Last synced %2.</source>
        <translation><numerusform>✔ Point de contrôle vérifié : %n cosignature sur les %1 requises. Dernière synchronisation : %2.</numerusform><numerusform>✔ Point de contrôle vérifié : %n cosignatures sur les %1 requises. Dernière synchronisation : %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The checkpoint has %n cosignature(s) but %1 are required. Last synced %2.</source>
        <translation><numerusform>⚠ Le point de contrôle a %n cosignature, mais %1 sont requises. Dernière synchronisation : %2.</numerusform><numerusform>⚠ Le point de contrôle a %n cosignatures, mais %1 sont requises. Dernière synchronisation : %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::QrFullscreenDialog</name>
    <message>
        <source>Emergency QR code</source>
        <translation>Code QR d'urgence</translation>
    </message>
    <message>
        <source>QR code of your emergency token. A clinician scans it with CareLedger.</source>
        <translation>Code QR de votre jeton d'urgence. Un clinicien le scanne avec CareLedger.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu'au %1</translation>
    </message>
    <message>
        <source>This token is too long for a QR code.</source>
        <translation>Ce jeton est trop long pour un code QR.</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Time until this screen hides</source>
        <translation>Temps avant que cet écran ne se masque</translation>
    </message>
    <message>
        <source>&amp;Save PDF card…</source>
        <translation>&amp;Enregistrer la carte PDF…</translation>
    </message>
    <message>
        <source>Save the printable PDF card</source>
        <translation>Enregistrer la carte PDF imprimable</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation>&amp;Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>This screen hides itself in %n second(s).</source>
        <translation><numerusform>Cet écran se masque dans %n seconde.</numerusform><numerusform>Cet écran se masque dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>Save emergency card</source>
        <translation>Enregistrer la carte d'urgence</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the card</source>
        <translation>Impossible d'enregistrer la carte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger: your health-consent wallet</source>
        <translation>CareLedger : votre portefeuille de consentements de santé</translation>
    </message>
    <message>
        <source>Wallet directory.</source>
        <translation>Dossier du portefeuille.</translation>
    </message>
    <message>
        <source>Embedded ledger directory.</source>
        <translation>Dossier du registre intégré.</translation>
    </message>
</context>
</TS>
