<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>Another program has this wallet open.</source>
        <translation>Otro programa tiene abierto este monedero.</translation>
    </message>
    <message>
        <source>A file with that name exists already.</source>
        <translation>Ya existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>The passphrase is empty or too long.</source>
        <translation>La frase de contraseña está vacía o es demasiado larga.</translation>
    </message>
    <message>
        <source>A recovery word is mistyped (the checksum fails).</source>
        <translation>Una palabra de recuperación está mal escrita (la suma de comprobación falla).</translation>
    </message>
    <message>
        <source>A word is not in the recovery word list.</source>
        <translation>Una palabra no está en la lista de palabras de recuperación.</translation>
    </message>
    <message>
        <source>Fill in the emergency card before issuing a token.</source>
        <translation>Rellene la tarjeta de emergencia antes de emitir un token.</translation>
    </message>
    <message>
        <source>The wallet is locked.</source>
        <translation>El monedero está bloqueado.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The ledger refused the entry: %1</source>
        <translation>El registro rechazó la entrada: %1</translation>
    </message>
    <message>
        <source>The ledger could not be opened: the overview says why. Check the network in Settings; changes apply at the next unlock.</source>
        <translation>No se pudo abrir el registro; el resumen indica por qué. Compruebe la red en la configuración; los cambios se aplican en el próximo desbloqueo.</translation>
    </message>
    <message>
        <source>Enter the node's URL.</source>
        <translation>Introduzca la URL del nodo.</translation>
    </message>
    <message>
        <source>The node URL is not valid: it must start with https://.</source>
        <translation>La URL del nodo no es válida: debe empezar por https://.</translation>
    </message>
    <message>
        <source>Plain http is allowed only for a node on this computer (127.0.0.1 or localhost). Use https.</source>
        <translation>El http sin cifrar solo se permite para un nodo en este ordenador (127.0.0.1 o localhost). Use https.</translation>
    </message>
    <message>
        <source>Choose the directory that holds the network and policy files.</source>
        <translation>Elija la carpeta que contiene los archivos «network» y «policy».</translation>
    </message>
    <message>
        <source>That directory does not hold the network and policy files.</source>
        <translation>Esa carpeta no contiene los archivos «network» y «policy».</translation>
    </message>
    <message>
        <source>The node cannot be reached. The wallet keeps its last verified state.</source>
        <translation>No se puede contactar con el nodo. El monedero conserva su último estado verificado.</translation>
    </message>
    <message>
        <source>The node did not answer in time. The wallet keeps its last verified state.</source>
        <translation>El nodo no respondió a tiempo. El monedero conserva su último estado verificado.</translation>
    </message>
    <message>
        <source>The connection to the node is not secure (https is required).</source>
        <translation>La conexión con el nodo no es segura (se requiere https).</translation>
    </message>
    <message>
        <source>The node's checkpoint lacks the validators' quorum: nothing was accepted.</source>
        <translation>Al punto de control del nodo le falta el quórum de los validadores: no se aceptó nada.</translation>
    </message>
    <message>
        <source>The validators' cosignatures on the node's checkpoint are too old: nothing was accepted.</source>
        <translation>Las cofirmas de los validadores en el punto de control del nodo son demasiado antiguas: no se aceptó nada.</translation>
    </message>
    <message>
        <source>No node took the entry now. It waits and is sent again at the next sync.</source>
        <translation>Ningún nodo aceptó la entrada por ahora. Queda en espera y se enviará de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The node's checkpoint does not verify against the pinned network files: %1</source>
        <translation>El punto de control del nodo no se verifica con los archivos de red fijados: %1</translation>
    </message>
    <message>
        <source>The node's answer failed verification and was refused: %1</source>
        <translation>La respuesta del nodo no superó la verificación y se rechazó: %1</translation>
    </message>
    <message>
        <source>The network or policy file cannot be used: %1</source>
        <translation>El archivo de red o de política no se puede usar: %1</translation>
    </message>
    <message>
        <source>The node could not be used: %1</source>
        <translation>No se pudo usar el nodo: %1</translation>
    </message>
    <message>
        <source>The node has no room for your emergency summary (its storage limit is reached). Revoke old tokens, or try another node.</source>
        <translation>El nodo no tiene espacio para su resumen de emergencia (ha alcanzado su límite de almacenamiento). Revoque tokens antiguos o pruebe con otro nodo.</translation>
    </message>
    <message>
        <source>The node refused the request as too old or too new: check this computer's clock.</source>
        <translation>El nodo rechazó la solicitud por demasiado antigua o demasiado nueva: compruebe el reloj de este ordenador.</translation>
    </message>
    <message>
        <source>The node stores summaries only for patients registered on its ledger: sync first so that your registration is published.</source>
        <translation>El nodo solo guarda resúmenes de pacientes registrados en su registro: sincronice primero para que se publique su registro.</translation>
    </message>
    <message>
        <source>No node could be reached to store or delete your emergency summary. Try again when you are online.</source>
        <translation>No se pudo contactar con ningún nodo para guardar o eliminar su resumen de emergencia. Inténtelo de nuevo cuando tenga conexión.</translation>
    </message>
</context>
<context>
    <name>GrantWizard</name>
    <message>
        <source>%1 (%2, %3) will be able to see your %4, %5, from %6 until %7. You can revoke this at any time; every time they read your records it will appear in your access log.</source>
        <extracomment>%1 provider's name, %2 organisation, %3 role, %4 list of record categories, %5 purpose phrase such as "for treatment", %6 and %7 dates</extracomment>
        <translation>%1 (%2, %3) podrá ver sus %4 %5, desde el %6 hasta el %7. Puede revocarlo en cualquier momento; cada vez que consulte sus datos aparecerá en su registro de accesos.</translation>
    </message>
</context>
<context>
    <name>VerdictTexts</name>
    <message>
        <source>Scan again, or type the text printed under the code. If it still fails, the card is damaged: treat per protocol.</source>
        <translation>Vuelva a escanear o escriba el texto impreso bajo el código. Si sigue fallando, la tarjeta está dañada: actúe según el protocolo.</translation>
    </message>
    <message>
        <source>Do not rely on this card's data: it may be forged or altered. Treat per protocol.</source>
        <translation>No confíe en los datos de esta tarjeta: pueden estar falsificados o alterados. Actúe según el protocolo.</translation>
    </message>
    <message>
        <source>Not a readable CareLedger emergency card</source>
        <translation>No es una tarjeta de emergencia de CareLedger legible</translation>
    </message>
    <message>
        <source>Card data is malformed or oversized</source>
        <translation>Los datos de la tarjeta están mal formados o son demasiado grandes</translation>
    </message>
    <message>
        <source>No emergency QR code found in the image</source>
        <translation>No se encontró ningún código QR de emergencia en la imagen</translation>
    </message>
    <message>
        <source>Take a sharper picture with the whole code in view, or type the text.</source>
        <translation>Tome una foto más nítida con todo el código a la vista, o escriba el texto.</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>La firma no coincide</translation>
    </message>
    <message>
        <source>Issuer not known to this network</source>
        <translation>Emisor desconocido en esta red</translation>
    </message>
    <message>
        <source>The card was not issued by a patient registered on this ledger. Sync the ledger if you are offline; otherwise treat per protocol.</source>
        <translation>La tarjeta no la emitió un paciente inscrito en este registro. Sincronice el registro si estaba sin conexión; si no, actúe según el protocolo.</translation>
    </message>
    <message>
        <source>The patient's key was revoked</source>
        <translation>La clave del paciente fue revocada</translation>
    </message>
    <message>
        <source>Revoked by the patient</source>
        <translation>Revocado por el paciente</translation>
    </message>
    <message>
        <source>The patient withdrew this card. Ask for a current one; treat per protocol.</source>
        <translation>El paciente retiró esta tarjeta. Pida una vigente; actúe según el protocolo.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Caducó el %1</translation>
    </message>
    <message>
        <source>Ask the patient or their contact for a current card; treat per protocol.</source>
        <translation>Pida al paciente o a su contacto una tarjeta vigente; actúe según el protocolo.</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Aún no válida</translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation>No válida antes del %1</translation>
    </message>
    <message>
        <source>The card's start time is in the future: check this computer's clock.</source>
        <translation>La hora de inicio de la tarjeta está en el futuro: compruebe el reloj de este ordenador.</translation>
    </message>
    <message>
        <source>Validity period is not allowed</source>
        <translation>El periodo de validez no está permitido</translation>
    </message>
    <message>
        <source>Revocation data is too old</source>
        <translation>Los datos de revocación son demasiado antiguos</translation>
    </message>
    <message>
        <source>Revocation data is too old (as of %1)</source>
        <translation>Los datos de revocación son demasiado antiguos (a fecha de %1)</translation>
    </message>
    <message>
        <source>This computer has not synced with the ledger recently, so a revocation could be missed. Connect and sync, then verify again.</source>
        <translation>Este ordenador no se ha sincronizado recientemente con el registro, por lo que podría pasarse por alto una revocación. Conéctese y sincronice; luego vuelva a verificar.</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>Se requiere PIN</translation>
    </message>
    <message>
        <source>This card is protected by a PIN. Ask the patient or their contact for it.</source>
        <translation>Esta tarjeta está protegida con un PIN. Pídaselo al paciente o a su contacto.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>Check the PIN and enter it again.</source>
        <translation>Compruebe el PIN e introdúzcalo de nuevo.</translation>
    </message>
    <message>
        <source>Single-use card already used</source>
        <translation>Tarjeta de un solo uso ya utilizada</translation>
    </message>
    <message>
        <source>This card was already read on this computer and may be used only once.</source>
        <translation>Esta tarjeta ya se leyó en este ordenador y solo puede usarse una vez.</translation>
    </message>
    <message>
        <source>Summary does not match the card</source>
        <translation>El resumen no coincide con la tarjeta</translation>
    </message>
    <message>
        <source>Could not verify the card</source>
        <translation>No se pudo verificar la tarjeta</translation>
    </message>
    <message>
        <source>The image could not be read</source>
        <translation>No se pudo leer la imagen</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG photo of the code, or type the text printed under it.</source>
        <translation>Abra una foto PNG o JPEG del código o escriba el texto impreso debajo.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AboutDialog</name>
    <message>
        <source>About CareLedger</source>
        <translation>Acerca de CareLedger</translation>
    </message>
    <message>
        <source>CareLedger %1</source>
        <translation>CareLedger %1</translation>
    </message>
    <message>
        <source>A patient-controlled health-consent wallet: your keys stay in an encrypted vault on this computer, and every grant, revocation and read of your records is a signed, verified entry on the consent ledger.</source>
        <translation>Un monedero de consentimientos de salud controlado por el paciente: sus claves permanecen en una bóveda cifrada en este ordenador, y cada autorización, revocación y lectura de sus datos es una entrada firmada y verificada en el registro de consentimientos.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0.</source>
        <translation>Publicado bajo la licencia Apache, versión 2.0.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>careledger::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to CareLedger</source>
        <translation>Bienvenido a CareLedger</translation>
    </message>
    <message>
        <source>Your wallet keeps the keys that decide who may see your health records. Everything stays on this computer, encrypted with your passphrase.</source>
        <translation>Su monedero guarda las claves que deciden quién puede ver sus datos de salud. Todo permanece en este ordenador, cifrado con su frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>&amp;Crear un monedero nuevo</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase or shares</source>
        <translation>&amp;Restaurar un monedero desde su frase de recuperación o sus partes</translation>
    </message>
    <message>
        <source>C&amp;linician mode: a provider wallet that verifies emergency tokens</source>
        <translation>Modo c&amp;línico: un monedero de profesional sanitario que verifica tokens de emergencia</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Restore your wallet</source>
        <translation>Restaurar su monedero</translation>
    </message>
    <message>
        <source>Set up the clinician wallet</source>
        <translation>Configurar el monedero clínico</translation>
    </message>
    <message>
        <source>Protect your wallet</source>
        <translation>Proteger su monedero</translation>
    </message>
    <message>
        <source>Your &amp;name as shown to patients:</source>
        <translation>Su &amp;nombre tal como lo ven los pacientes:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>e.g. Dr. Ada Example</source>
        <translation>p. ej. Dra. Ada Ejemplo</translation>
    </message>
    <message>
        <source>Kept on this computer only</source>
        <translation>Se guarda solo en este ordenador</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repetir la frase de contraseña:</translation>
    </message>
    <message>
        <source>Recovery &amp;phrase or shares (one per line):</source>
        <translation>&amp;Frase de recuperación o partes (una por línea):</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Create wallet</source>
        <translation>&amp;Crear monedero</translation>
    </message>
    <message>
        <source>Deriving the key from your passphrase. This takes a few seconds on purpose, to slow down anyone guessing it.</source>
        <translation>Derivando la clave de su frase de contraseña. Tarda unos segundos a propósito, para frenar a quien intente adivinarla.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Your recovery phrase</source>
        <translation>Su frase de recuperación</translation>
    </message>
    <message>
        <source>Write these words on paper, in order, and keep them somewhere safe. They are the only way to restore your wallet if this computer is lost. They are shown only once.</source>
        <translation>Escriba estas palabras en papel, en orden, y guárdelas en un lugar seguro. Son la única forma de restaurar su monedero si pierde este ordenador. Solo se muestran una vez.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Frase de recuperación</translation>
    </message>
    <message>
        <source>I have &amp;written the words down</source>
        <translation>He &amp;anotado las palabras</translation>
    </message>
    <message>
        <source>Confirm your recovery phrase</source>
        <translation>Confirmar su frase de recuperación</translation>
    </message>
    <message>
        <source>Type the words asked for, to check that you wrote them down.</source>
        <translation>Escriba las palabras que se piden, para comprobar que las ha anotado.</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation>Palabra &amp;%1:</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Palabra %1</translation>
    </message>
    <message>
        <source>&amp;Show the words again</source>
        <translation>&amp;Mostrar de nuevo las palabras</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>A registrar certifies that this wallet belongs to a health professional. On a single machine the embedded ledger's local registrar can do it now.</source>
        <translation>Una autoridad de registro certifica que este monedero pertenece a un profesional sanitario. En un solo equipo, la autoridad de registro local del registro integrado puede hacerlo ahora.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Professional &amp;role:</source>
        <translation>&amp;Función profesional:</translation>
    </message>
    <message>
        <source>e.g. physician</source>
        <translation>p. ej. médico</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;Certify with the local registrar</source>
        <translation>&amp;Certificar con la autoridad de registro local</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: several unrelated words work well.</source>
        <translation>Elija una frase de contraseña más larga: varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Word %1 does not match. Check what you wrote down.</source>
        <translation>La palabra %1 no coincide. Revise lo que anotó.</translation>
    </message>
    <message>
        <source>Rec&amp;overy:</source>
        <translation>Rec&amp;uperación:</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>One recovery phrase (20 words)</source>
        <translation>Una frase de recuperación (20 palabras)</translation>
    </message>
    <message>
        <source>Shares: any 2 of 3 restore the wallet</source>
        <translation>Partes: 2 cualesquiera de 3 restauran el monedero</translation>
    </message>
    <message>
        <source>Shares: any 3 of 5 restore the wallet</source>
        <translation>Partes: 3 cualesquiera de 5 restauran el monedero</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MainWindow</name>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>The backup was written.</source>
        <translation>Se escribió la copia de seguridad.</translation>
    </message>
    <message>
        <source>This wallet is now a certified provider.</source>
        <translation>Este monedero es ahora un profesional sanitario certificado.</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Registro de accesos</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Verificar token</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About CareLedger</source>
        <translation>Acerca de CareLedger</translation>
    </message>
    <message>
        <source>About CareLedger (F1)</source>
        <translation>Acerca de CareLedger (F1)</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Robustez: %1</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez de la frase de contraseña</translation>
    </message>
    <message>
        <source>%1, about %2 bits</source>
        <translation>%1, unos %2 bits</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecoverySharesDialog</name>
    <message>
        <source>New recovery shares</source>
        <translation>Nuevas partes de recuperación</translation>
    </message>
    <message>
        <source>New shares restore this wallet like its recovery phrase does. Your current phrase or shares keep working: destroy them if you no longer trust where they are kept.</source>
        <translation>Las nuevas partes restauran este monedero igual que su frase de recuperación. Su frase o sus partes actuales siguen siendo válidas: destrúyalas si ya no confía en el lugar donde las guarda.</translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation>&amp;Partes:</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Any 2 of 3 shares restore the wallet</source>
        <translation>2 partes cualesquiera de 3 restauran el monedero</translation>
    </message>
    <message>
        <source>Any 3 of 5 shares restore the wallet</source>
        <translation>3 partes cualesquiera de 5 restauran el monedero</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Create shares</source>
        <translation>&amp;Crear las partes</translation>
    </message>
    <message>
        <source>Checking the passphrase and creating the shares…</source>
        <translation>Comprobando la frase de contraseña y creando las partes…</translation>
    </message>
    <message>
        <source>Write each share on its own sheet of paper and keep the sheets in different places. They are shown only now.</source>
        <translation>Escriba cada parte en su propia hoja de papel y guarde las hojas en lugares distintos. Solo se muestran ahora.</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Partes de recuperación</translation>
    </message>
    <message>
        <source>I have &amp;written every share down</source>
        <translation>He &amp;anotado todas las partes</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecoveryWordsLabel</name>
    <message>
        <source>Share %1 of group %2:</source>
        <translation>Parte %1 del grupo %2:</translation>
    </message>
    <message>
        <source>Share %1 of %2:</source>
        <translation>Parte %1 de %2:</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SettingsPage</name>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>médico</translation>
    </message>
    <message>
        <source>This wallet is a certified provider.</source>
        <translation>Este monedero es un profesional sanitario certificado.</translation>
    </message>
    <message>
        <source>This wallet is not certified yet: tokens can be verified, but access cannot be recorded.</source>
        <translation>Este monedero aún no está certificado: se pueden verificar tokens, pero no registrar el acceso.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;Lock after idle (minutes, 0 = never):</source>
        <translation>&amp;Bloquear tras inactividad (minutos, 0 = nunca):</translation>
    </message>
    <message>
        <source>Auto-lock minutes</source>
        <translation>Minutos hasta el bloqueo automático</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after (seconds, 0 = never):</source>
        <translation>&amp;Borrar el texto copiado tras (segundos, 0 = nunca):</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>Segundos hasta vaciar el portapapeles</translation>
    </message>
    <message>
        <source>Lock &amp;now (Ctrl+L)</source>
        <translation>Bloquear &amp;ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>&amp;Hide health details on screen (allergies, medications, problems)</source>
        <translation>&amp;Ocultar los detalles de salud en pantalla (alergias, medicamentos, problemas)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&amp;Embedded ledger on this computer</source>
        <translation>Registro &amp;integrado en este ordenador</translation>
    </message>
    <message>
        <source>Node URL</source>
        <translation>URL del nodo</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Monedero</translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation>No hay ningún monedero abierto.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>ID de clave: %1</translation>
    </message>
    <message>
        <source>E&amp;xport backup…</source>
        <translation>E&amp;xportar copia de seguridad…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Provider certification</source>
        <translation>Certificación del profesional sanitario</translation>
    </message>
    <message>
        <source>Export backup</source>
        <translation>Exportar copia de seguridad</translation>
    </message>
    <message>
        <source>CareLedger backup (*.clbak)</source>
        <translation>Copia de seguridad de CareLedger (*.clbak)</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new passphrase:</source>
        <translation>&amp;Repetir la nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>✔ Saved: the embedded ledger, from the next unlock.</source>
        <translation>✔ Guardado: el registro integrado, a partir del próximo desbloqueo.</translation>
    </message>
    <message>
        <source>✔ Saved: node %1, from the next unlock.</source>
        <translation>✔ Guardado: el nodo %1, a partir del próximo desbloqueo.</translation>
    </message>
    <message>
        <source>Choose the directory of the network and policy files</source>
        <translation>Elegir la carpeta de los archivos «network» y «policy»</translation>
    </message>
    <message>
        <source>Node &amp;URL:</source>
        <translation>&amp;URL del nodo:</translation>
    </message>
    <message>
        <source>Network &amp;files:</source>
        <translation>&amp;Archivos de red:</translation>
    </message>
    <message>
        <source>Network files directory</source>
        <translation>Carpeta de los archivos de red</translation>
    </message>
    <message>
        <source>Directory with the network and policy files</source>
        <translation>Carpeta con los archivos «network» y «policy»</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for the network files directory</source>
        <translation>Buscar la carpeta de los archivos de red</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar &amp;ya</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>The pinned network and policy files (log key, validators and quorum) are checked on every sync. Plain http is accepted only for a node on this computer. Changes apply at the next unlock.</source>
        <translation>Los archivos de red y de política fijados (clave del registro, validadores y quórum) se comprueban en cada sincronización. El http sin cifrar solo se acepta para un nodo en este ordenador. Los cambios se aplican en el próximo desbloqueo.</translation>
    </message>
    <message>
        <source>Create new &amp;recovery shares…</source>
        <translation>Crear nuevas partes de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Connect to a no&amp;de</source>
        <translation>Conectarse a un &amp;nodo</translation>
    </message>
    <message>
        <source>Use this net&amp;work</source>
        <translation>Usar esta re&amp;d</translation>
    </message>
    <message>
        <source>Certify with the local regi&amp;strar…</source>
        <translation>Certificar con la autoridad de regi&amp;stro local…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::UnlockView</name>
    <message>
        <source>CareLedger is locked</source>
        <translation>CareLedger está bloqueado</translation>
    </message>
    <message>
        <source>Wallet: %1</source>
        <translation>Monedero: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
</context>
<context>
    <name>careledger::ui::WalletController</name>
    <message>
        <source>Creating the wallet</source>
        <translation>Creando el monedero</translation>
    </message>
    <message>
        <source>Restoring the wallet</source>
        <translation>Restaurando el monedero</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueando</translation>
    </message>
    <message>
        <source>Emergency access by an uncertified reader</source>
        <translation>Acceso de emergencia por un lector no certificado</translation>
    </message>
    <message>
        <source>Emergency access by %1</source>
        <translation>Acceso de emergencia por %1</translation>
    </message>
    <message>
        <source>Access by a reader that is not a certified provider</source>
        <translation>Acceso por un lector que no es un profesional sanitario certificado</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Signing the grant</source>
        <translation>Firmando la autorización</translation>
    </message>
    <message>
        <source>Signing the revocation</source>
        <translation>Firmando la revocación</translation>
    </message>
    <message>
        <source>Saving the emergency card</source>
        <translation>Guardando la tarjeta de emergencia</translation>
    </message>
    <message>
        <source>Importing the health record</source>
        <translation>Importando la historia clínica</translation>
    </message>
    <message>
        <source>Issuing the emergency token</source>
        <translation>Emitiendo el token de emergencia</translation>
    </message>
    <message>
        <source>Revoking the emergency token</source>
        <translation>Revocando el token de emergencia</translation>
    </message>
    <message>
        <source>Verifying the token</source>
        <translation>Verificando el token</translation>
    </message>
    <message>
        <source>Registering the identity</source>
        <translation>Registrando la identidad</translation>
    </message>
    <message>
        <source>Certifying</source>
        <translation>Certificando</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Escribiendo la copia de seguridad</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Access by a reader you never granted</source>
        <translation>Acceso de un lector al que nunca dio una autorización</translation>
    </message>
    <message>
        <source>An entry the node receipted was not published in time</source>
        <translation>Una entrada cuyo recibo emitió el nodo no se publicó a tiempo</translation>
    </message>
    <message>
        <source>A node served a ledger that contradicts the verified one</source>
        <translation>Un nodo entregó un registro que contradice el verificado</translation>
    </message>
    <message>
        <source>Creating recovery shares</source>
        <translation>Creando las partes de recuperación</translation>
    </message>
</context>
<context>
    <name>careledger::ui::clinician::CameraScanner</name>
    <message>
        <source>No camera found.</source>
        <translation>No se encontró ninguna cámara.</translation>
    </message>
    <message>
        <source>This build has no camera support.</source>
        <translation>Esta versión no admite cámara.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::clinician::ClinicianPage</name>
    <message>
        <source>Scan or paste the emergency token (CL1:…)</source>
        <translation>Escanee o pegue el token de emergencia (CL1:…)</translation>
    </message>
    <message>
        <source>Emergency token text</source>
        <translation>Texto del token de emergencia</translation>
    </message>
    <message>
        <source>A USB scanner types here; press Enter to verify what it typed.</source>
        <translation>Un lector USB escribe aquí; pulse Intro para verificar lo que escribió.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Verificar token</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>Abrir &amp;imagen…</translation>
    </message>
    <message>
        <source>Open an image of the QR code</source>
        <translation>Abrir una imagen del código QR</translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation>Detener la &amp;cámara</translation>
    </message>
    <message>
        <source>Scan with &amp;camera</source>
        <translation>Escanear con la &amp;cámara</translation>
    </message>
    <message>
        <source>Scan with camera</source>
        <translation>Escanear con la cámara</translation>
    </message>
    <message>
        <source>No camera found: use a USB scanner, paste, or open an image.</source>
        <translation>No se encontró ninguna cámara: use un lector USB, pegue el texto o abra una imagen.</translation>
    </message>
    <message>
        <source>Camera status</source>
        <translation>Estado de la cámara</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>Card &amp;PIN:</source>
        <translation>&amp;PIN de la tarjeta:</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>PIN de la tarjeta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Detalle técnico</translation>
    </message>
    <message>
        <source>Access record status</source>
        <translation>Estado del registro del acceso</translation>
    </message>
    <message>
        <source>Emergency data</source>
        <translation>Datos de emergencia</translation>
    </message>
    <message>
        <source>Waiting for a card</source>
        <translation>Esperando una tarjeta</translation>
    </message>
    <message>
        <source>Nothing has been scanned yet.</source>
        <translation>Aún no se ha escaneado nada.</translation>
    </message>
    <message>
        <source>Nothing to verify</source>
        <translation>Nada que verificar</translation>
    </message>
    <message>
        <source>Scan or paste a token first.</source>
        <translation>Escanee o pegue primero un token.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Open an image of the emergency QR code</source>
        <translation>Abrir una imagen del código QR de emergencia</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera…</source>
        <translation>Sostenga el código QR delante de la cámara…</translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation>NO VÁLIDA: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Detalle técnico: %1</translation>
    </message>
    <message>
        <source>VALID emergency card</source>
        <translation>Tarjeta de emergencia VÁLIDA</translation>
    </message>
    <message>
        <source>Signed by the patient's registered key; valid until %1.</source>
        <translation>Firmada con la clave registrada del paciente; válida hasta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted within the allowed clock difference (%n second(s)): check this computer's clock.</source>
        <translation><numerusform>Aceptado dentro de la diferencia de reloj permitida (%n segundo): compruebe el reloj de este ordenador.</numerusform><numerusform>Aceptado dentro de la diferencia de reloj permitida (%n segundos): compruebe el reloj de este ordenador.</numerusform></translation>
    </message>
    <message>
        <source>Revocation data as of %1.</source>
        <translation>Datos de revocación a fecha de %1.</translation>
    </message>
    <message>
        <source>Single-use card: it cannot be read again on this computer.</source>
        <translation>Tarjeta de un solo uso: no se puede volver a leer en este ordenador.</translation>
    </message>
    <message>
        <source>HIGH RISK</source>
        <translation>RIESGO ALTO</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>riesgo bajo</translation>
    </message>
    <message>
        <source>risk not assessed</source>
        <translation>riesgo no evaluado</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Instrucciones previas</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Patient key</source>
        <translation>Clave del paciente</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>Tarjeta válida hasta</translation>
    </message>
    <message>
        <source>Recording your access on the ledger…</source>
        <translation>Registrando su acceso en el registro…</translation>
    </message>
    <message>
        <source>✔ Your access was recorded on the ledger (entry #%1). The patient will see it in their access log.</source>
        <translation>✔ Su acceso quedó registrado en el registro (entrada n.º %1). El paciente lo verá en su registro de accesos.</translation>
    </message>
    <message>
        <source>✖ Your access could not be recorded: %1</source>
        <translation>✖ No se pudo registrar su acceso: %1</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>Símbolo del veredicto</translation>
    </message>
    <message>
        <source>Scan the patient's emergency QR code with a USB scanner, paste its text (it starts with CL1:), open or drop a photo of it, or use a camera. The card is verified on this computer and your access is recorded on the ledger.</source>
        <translation>Escanee el código QR de emergencia del paciente con un lector USB, pegue su texto (empieza por CL1:), abra o arrastre una foto del código, o use una cámara. La tarjeta se verifica en este ordenador y su acceso queda registrado en el registro.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient</name>
    <message>
        <source>Access log</source>
        <translation>Registro de accesos</translation>
    </message>
    <message>
        <source>Patient key id: %1</source>
        <translation>ID de clave del paciente: %1</translation>
    </message>
    <message>
        <source>No accesses recorded.</source>
        <translation>No hay accesos registrados.</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation><numerusform>%n acceso</numerusform><numerusform>%n accesos</numerusform></translation>
    </message>
    <message>
        <source>Generated at %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ verificado</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>the PDF is empty</source>
        <translation>el PDF está vacío</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Problems and diagnoses</source>
        <translation>Problemas y diagnósticos</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Vacunas</translation>
    </message>
    <message>
        <source>Laboratory results</source>
        <translation>Resultados de laboratorio</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagen médica</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Constantes vitales</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notas clínicas</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Emergency summary</source>
        <translation>Resumen de emergencia</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two items of a list: "allergies, medications and notes"</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Emergency treatment</source>
        <translation>Tratamiento de emergencia</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>for treatment</source>
        <translation>para tratamiento</translation>
    </message>
    <message>
        <source>for emergency treatment</source>
        <translation>para tratamiento de emergencia</translation>
    </message>
    <message>
        <source>for payment</source>
        <translation>para el pago</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>para investigación</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Emergency token</source>
        <translation>Token de emergencia</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Aún no válida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AccessChart</name>
    <message>
        <source>Accesses over time</source>
        <translation>Accesos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No accesses to chart.</source>
        <translation>No hay accesos que representar.</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses between the weeks of %1 and %2; the busiest was the week of %3 with %4.</source>
        <extracomment>%n accesses, %1 first date, %2 last date, %3 busiest day or week, %4 its count</extracomment>
        <translation><numerusform>%n acceso entre las semanas del %1 y del %2; la de más actividad fue la semana del %3 con %4.</numerusform><numerusform>%n accesos entre las semanas del %1 y del %2; la de más actividad fue la semana del %3 con %4.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accesses between %1 and %2; the busiest day was %3 with %4.</source>
        <translation><numerusform>%n acceso entre el %1 y el %2; el día con más actividad fue el %3 con %4.</numerusform><numerusform>%n accesos entre el %1 y el %2; el día con más actividad fue el %3 con %4.</numerusform></translation>
    </message>
    <message>
        <source>Accesses per week</source>
        <translation>Accesos por semana</translation>
    </message>
    <message>
        <source>Accesses per day</source>
        <translation>Accesos por día</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AccessLogPage</name>
    <message>
        <source>Access log</source>
        <translation>Registro de accesos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Reader, record category or purpose</source>
        <translation>Lector, categoría de datos o finalidad</translation>
    </message>
    <message>
        <source>Search the access log</source>
        <translation>Buscar en el registro de accesos</translation>
    </message>
    <message>
        <source>&amp;Reader:</source>
        <translation>&amp;Lector:</translation>
    </message>
    <message>
        <source>Re&amp;cords:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Verified:</source>
        <translation>&amp;Verificado:</translation>
    </message>
    <message>
        <source>Accesses</source>
        <translation>Accesos</translation>
    </message>
    <message>
        <source>Nobody has read your records yet. Every access a provider makes, under a grant or an emergency token, will be listed here with its proof.</source>
        <translation>Nadie ha consultado aún sus datos. Cada acceso de un profesional, con una autorización o un token de emergencia, aparecerá aquí con su prueba.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquier lector</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>Emergency token</source>
        <translation>Token de emergencia</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>✔ Verified only</source>
        <translation>✔ Solo verificados</translation>
    </message>
    <message>
        <source>✖ Not verified only</source>
        <translation>✖ Solo no verificados</translation>
    </message>
    <message numerus="yes">
        <source>%n accesses</source>
        <translation><numerusform>%n acceso</numerusform><numerusform>%n accesos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accesses shown</source>
        <translation><numerusform>%1 de %n acceso mostrado</numerusform><numerusform>%1 de %n accesos mostrados</numerusform></translation>
    </message>
    <message>
        <source>Export the access log as PDF</source>
        <translation>Exportar el registro de accesos como PDF</translation>
    </message>
    <message>
        <source>Export the access log as CSV</source>
        <translation>Exportar el registro de accesos como CSV</translation>
    </message>
    <message>
        <source>access-log.pdf</source>
        <translation>registro-accesos.pdf</translation>
    </message>
    <message>
        <source>access-log.csv</source>
        <translation>registro-accesos.csv</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::AuditModel</name>
    <message>
        <source>Unknown reader %1</source>
        <translation>Lector desconocido %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ Verificado</translation>
    </message>
    <message>
        <source>✖ Not verified</source>
        <translation>✖ No verificado</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <extracomment>%1 the grant id or emergency token id in hex</extracomment>
        <translation>Referencia %1</translation>
    </message>
    <message>
        <source>Signature checked and inclusion in the signed checkpoint proved (ledger entry #%1)</source>
        <translation>Firma comprobada e inclusión en el punto de control firmado demostrada (entrada del registro n.º %1)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>No verificado: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Unknown reader</source>
        <translation>Lector desconocido</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::ConsentsPage</name>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>You have not granted anyone access yet. Use “New grant” to let a provider see chosen parts of your records for a limited time.</source>
        <translation>Aún no ha dado acceso a nadie. Use «Nueva autorización» para que un profesional vea partes elegidas de sus datos durante un tiempo limitado.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;Nueva autorización…</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nueva autorización</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected grant</source>
        <translation>Revocar la autorización seleccionada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 provider name, %2 organisation</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unlisted key %1</source>
        <translation>Clave no listada %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <source>Revoke grant</source>
        <translation>Revocar la autorización</translation>
    </message>
    <message>
        <source>Revoke the access of %1? They will no longer be able to read your records under this grant. This is recorded on the ledger and cannot be undone.</source>
        <translation>¿Revocar el acceso de %1? Ya no podrá consultar sus datos con esta autorización. Esto queda registrado en el registro y no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Keep the grant</source>
        <translation>Conservar la autorización</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::EmergencyPage</name>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>unable to assess</source>
        <translation>no evaluable</translation>
    </message>
    <message>
        <source>Allergy risk</source>
        <translation>Riesgo de alergia</translation>
    </message>
    <message>
        <source>Import a FHIR R4 Bundle (International Patient Summary)</source>
        <translation>Importar un Bundle FHIR R4 (International Patient Summary)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Your emergency card: what a first responder sees when they scan your emergency QR code.</source>
        <translation>Su tarjeta de emergencia: lo que ve un equipo de emergencias al escanear su código QR de emergencia.</translation>
    </message>
    <message>
        <source>&amp;Blood type:</source>
        <translation>&amp;Grupo sanguíneo:</translation>
    </message>
    <message>
        <source>&amp;Allergies:</source>
        <translation>&amp;Alergias:</translation>
    </message>
    <message>
        <source>&amp;Medications:</source>
        <translation>&amp;Medicamentos:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemas:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contactos:</translation>
    </message>
    <message>
        <source>Advance &amp;directive:</source>
        <translation>&amp;Instrucciones previas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>e.g. A+ or O−</source>
        <translation>p. ej. A+ o O−</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>Advance directive</source>
        <translation>Instrucciones previas</translation>
    </message>
    <message>
        <source>e.g. Do not resuscitate</source>
        <translation>p. ej. No reanimar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>e.g. en-GB</source>
        <translation>p. ej. es-ES</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Añadir &amp;fila</translation>
    </message>
    <message>
        <source>Add a row to the selected list</source>
        <translation>Añadir una fila a la lista seleccionada</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Guardar tarjeta</translation>
    </message>
    <message>
        <source>Save the emergency card</source>
        <translation>Guardar la tarjeta de emergencia</translation>
    </message>
    <message>
        <source>&amp;Import FHIR…</source>
        <translation>&amp;Importar FHIR…</translation>
    </message>
    <message>
        <source>Import the card from a FHIR bundle</source>
        <translation>Importar la tarjeta desde un bundle FHIR</translation>
    </message>
    <message>
        <source>Hidden details note</source>
        <translation>Nota sobre los detalles ocultos</translation>
    </message>
    <message>
        <source>Emergency tokens: time-limited QR codes you can revoke at any time.</source>
        <translation>Tokens de emergencia: códigos QR de duración limitada que puede revocar en cualquier momento.</translation>
    </message>
    <message>
        <source>Valid for 1 day</source>
        <translation>Válido 1 día</translation>
    </message>
    <message>
        <source>Valid for 7 days</source>
        <translation>Válido 7 días</translation>
    </message>
    <message>
        <source>Valid for 30 days</source>
        <translation>Válido 30 días</translation>
    </message>
    <message>
        <source>Valid for 90 days</source>
        <translation>Válido 90 días</translation>
    </message>
    <message>
        <source>Valid for 1 year</source>
        <translation>Válido 1 año</translation>
    </message>
    <message>
        <source>Token lifetime</source>
        <translation>Validez del token</translation>
    </message>
    <message>
        <source>Optional PIN</source>
        <translation>PIN opcional</translation>
    </message>
    <message>
        <source>Optional PIN for the token</source>
        <translation>PIN opcional para el token</translation>
    </message>
    <message>
        <source>Single &amp;use</source>
        <translation>&amp;Un solo uso</translation>
    </message>
    <message>
        <source>Single-use token</source>
        <translation>Token de un solo uso</translation>
    </message>
    <message>
        <source>Issue &amp;token</source>
        <translation>Emitir &amp;token</translation>
    </message>
    <message>
        <source>Issue an emergency token</source>
        <translation>Emitir un token de emergencia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Your emergency tokens</source>
        <translation>Sus tokens de emergencia</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Revocar el token seleccionado</translation>
    </message>
    <message>
        <source>Health details are hidden (Settings). Turn the setting off to see and edit your card.</source>
        <translation>Los detalles de salud están ocultos (Ajustes). Desactive el ajuste para ver y editar su tarjeta.</translation>
    </message>
    <message>
        <source>✖ The card was not saved: %1</source>
        <translation>✖ No se guardó la tarjeta: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>single use</source>
        <translation>un solo uso</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Revoke emergency token?</source>
        <translation>¿Revocar el token de emergencia?</translation>
    </message>
    <message>
        <source>Clinicians will be told this token is revoked, and its full summary is deleted for good. Printed cards with this code stop working.</source>
        <translation>Se informará a los clínicos de que este token está revocado, y su resumen completo se borra definitivamente. Las tarjetas impresas con este código dejan de funcionar.</translation>
    </message>
    <message>
        <source>Confirm token revoke</source>
        <translation>Confirmar la revocación del token</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Estado de la tarjeta de emergencia</translation>
    </message>
    <message>
        <source>✔ Your emergency card was saved.</source>
        <translation>✔ Su tarjeta de emergencia se guardó.</translation>
    </message>
    <message>
        <source>✔ Your emergency card was imported and saved.</source>
        <translation>✔ Su tarjeta de emergencia se importó y se guardó.</translation>
    </message>
    <message>
        <source>Revo&amp;ke token…</source>
        <translation>Re&amp;vocar token…</translation>
    </message>
    <message>
        <source>Waiting to be published</source>
        <translation>Pendiente de publicación</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::GrantWizard</name>
    <message>
        <source>New grant</source>
        <translation>Nueva autorización</translation>
    </message>
    <message>
        <source>&amp;Search the provider directory:</source>
        <translation>&amp;Buscar en el directorio de profesionales:</translation>
    </message>
    <message>
        <source>Name, organisation, role or key id</source>
        <translation>Nombre, organización, función o ID de clave</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Buscar profesionales</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Profesionales sanitarios</translation>
    </message>
    <message>
        <source>No certified provider matches. Check the spelling, or sync to refresh the directory.</source>
        <translation>Ningún profesional certificado coincide. Revise la ortografía o sincronice para actualizar el directorio.</translation>
    </message>
    <message>
        <source>%1 — %2, %3
Key %4</source>
        <extracomment>provider list line: %1 name, %2 organisation, %3 role, %4 key id</extracomment>
        <translation>%1 — %2, %3
Clave %4</translation>
    </message>
    <message>
        <source>Which kinds of &amp;records may they see?</source>
        <translation>¿Qué tipos de &amp;datos puede ver?</translation>
    </message>
    <message>
        <source>Record categories</source>
        <translation>Categorías de datos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 human name of a record category, %2 its code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Allow them to &amp;download copies</source>
        <translation>Permitir &amp;descargar copias</translation>
    </message>
    <message>
        <source>Allow downloading copies</source>
        <translation>Permitir descargar copias</translation>
    </message>
    <message>
        <source>&amp;Purpose of use:</source>
        <translation>&amp;Finalidad de uso:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Válida &amp;desde:</translation>
    </message>
    <message>
        <source>Valid &amp;until (inclusive):</source>
        <translation>Válida &amp;hasta (inclusive):</translation>
    </message>
    <message>
        <source>What you are about to grant</source>
        <translation>Lo que va a autorizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Sign and grant</source>
        <translation>&amp;Firmar y autorizar</translation>
    </message>
    <message>
        <source>Sign and grant</source>
        <translation>Firmar y autorizar</translation>
    </message>
    <message>
        <source>Step 1 of 5: Who may see your records?</source>
        <translation>Paso 1 de 5: ¿Quién puede ver sus datos?</translation>
    </message>
    <message>
        <source>Step 2 of 5: Which records?</source>
        <translation>Paso 2 de 5: ¿Qué datos?</translation>
    </message>
    <message>
        <source>Step 3 of 5: For what purpose?</source>
        <translation>Paso 3 de 5: ¿Con qué finalidad?</translation>
    </message>
    <message>
        <source>Step 4 of 5: For how long?</source>
        <translation>Paso 4 de 5: ¿Durante cuánto tiempo?</translation>
    </message>
    <message>
        <source>Step 5 of 5: Check and sign</source>
        <translation>Paso 5 de 5: Revisar y firmar</translation>
    </message>
    <message>
        <source>⚠ The end date is before the start date.</source>
        <translation>⚠ La fecha de fin es anterior a la de inicio.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Your records at a glance</source>
        <translation>Sus datos de un vistazo</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Fetch the ledger's newest checkpoint and verify it</source>
        <translation>Obtener el punto de control más reciente del registro y verificarlo</translation>
    </message>
    <message>
        <source>Show access &amp;log</source>
        <translation>Mostrar el &amp;registro de accesos</translation>
    </message>
    <message>
        <source>Show access log</source>
        <translation>Mostrar el registro de accesos</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Ledger details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>Not synced yet. Sync to fetch and verify the ledger's checkpoint.</source>
        <translation>Aún no sincronizado. Sincronice para obtener y verificar el punto de control del registro.</translation>
    </message>
    <message>
        <source>✖ The last sync failed: %1</source>
        <extracomment>%1 is the reason, already in the user's language</extracomment>
        <translation>✖ La última sincronización falló: %1</translation>
    </message>
    <message>
        <source>Embedded ledger at %1</source>
        <translation>Registro integrado en %1</translation>
    </message>
    <message>
        <source>Network node %1</source>
        <translation>Nodo de red %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entrada</numerusform><numerusform>%n entradas</numerusform></translation>
    </message>
    <message>
        <source>Checkpoint signed %1</source>
        <translation>Punto de control firmado el %1</translation>
    </message>
    <message>
        <source>Root hash: %1</source>
        <translation>Hash raíz: %1</translation>
    </message>
    <message>
        <source>✔ No alerts. Nobody has used an emergency token or read your records without a grant.</source>
        <translation>✔ Sin alertas. Nadie ha usado un token de emergencia ni consultado sus datos sin autorización.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Unknown reader</source>
        <translation>Lector desconocido</translation>
    </message>
    <message>
        <source>Missing submission</source>
        <translation>Envío ausente</translation>
    </message>
    <message>
        <source>Inconsistent ledger node</source>
        <translation>Nodo del registro incoherente</translation>
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
        <translation>Entrada del registro n.º %1</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n)</source>
        <translation><numerusform>Alertas (%n)</numerusform><numerusform>Alertas (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active grants</source>
        <translation><numerusform>%n autorización activa</numerusform><numerusform>%n autorizaciones activas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded accesses</source>
        <translation><numerusform>%n acceso registrado</numerusform><numerusform>%n accesos registrados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n active emergency tokens</source>
        <translation><numerusform>%n token de emergencia activo</numerusform><numerusform>%n tokens de emergencia activos</numerusform></translation>
    </message>
    <message>
        <source>Last sync from %1: checkpoint %2 → %3</source>
        <extracomment>%1 the node's URL, %2 and %3 the checkpoint sizes before and after</extracomment>
        <translation>Última sincronización desde %1: punto de control %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new entries verified</source>
        <translation><numerusform>%n entrada nueva verificada</numerusform><numerusform>%n entradas nuevas verificadas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts</source>
        <translation><numerusform>%n alerta nueva</numerusform><numerusform>%n alertas nuevas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of your entries wait to be published</source>
        <translation><numerusform>%n de sus entradas espera su publicación</numerusform><numerusform>%n de sus entradas esperan su publicación</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✔ Verified checkpoint: %n cosignature(s) of the %1 required. Last synced %2.</source>
        <translation><numerusform>✔ Punto de control verificado: %n cofirma de las %1 requeridas. Última sincronización: %2.</numerusform><numerusform>✔ Punto de control verificado: %n cofirmas de las %1 requeridas. Última sincronización: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ The checkpoint has %n cosignature(s) but %1 are required. Last synced %2.</source>
        <translation><numerusform>⚠ El punto de control tiene %n cofirma, pero se requieren %1. Última sincronización: %2.</numerusform><numerusform>⚠ El punto de control tiene %n cofirmas, pero se requieren %1. Última sincronización: %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>careledger::ui::patient::QrFullscreenDialog</name>
    <message>
        <source>Emergency QR code</source>
        <translation>Código QR de emergencia</translation>
    </message>
    <message>
        <source>QR code of your emergency token. A clinician scans it with CareLedger.</source>
        <translation>Código QR de su token de emergencia. Un clínico lo escanea con CareLedger.</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Válida hasta %1</translation>
    </message>
    <message>
        <source>This token is too long for a QR code.</source>
        <translation>Este token es demasiado largo para un código QR.</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Caducidad del token</translation>
    </message>
    <message>
        <source>Time until this screen hides</source>
        <translation>Tiempo hasta que se oculte esta pantalla</translation>
    </message>
    <message>
        <source>&amp;Save PDF card…</source>
        <translation>&amp;Guardar tarjeta PDF…</translation>
    </message>
    <message>
        <source>Save the printable PDF card</source>
        <translation>Guardar la tarjeta PDF imprimible</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the card</source>
        <translation>Imprimir la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Close (Esc)</source>
        <translation>&amp;Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>This screen hides itself in %n second(s).</source>
        <translation><numerusform>Esta pantalla se oculta en %n segundo.</numerusform><numerusform>Esta pantalla se oculta en %n segundos.</numerusform></translation>
    </message>
    <message>
        <source>Save emergency card</source>
        <translation>Guardar la tarjeta de emergencia</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the card</source>
        <translation>No se pudo guardar la tarjeta</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger: your health-consent wallet</source>
        <translation>CareLedger: su monedero de consentimientos de salud</translation>
    </message>
    <message>
        <source>Wallet directory.</source>
        <translation>Directorio del monedero.</translation>
    </message>
    <message>
        <source>Embedded ledger directory.</source>
        <translation>Directorio del registro integrado.</translation>
    </message>
</context>
</TS>
