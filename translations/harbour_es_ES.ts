<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Start your diary</source>
        <translation>Empieza tu diario</translation>
    </message>
    <message>
        <source>Your diary stays locked on this computer</source>
        <translation>Tu diario se queda bajo llave en este ordenador</translation>
    </message>
    <message>
        <source>Only you can open it. Harbour never sends anything anywhere.</source>
        <translation>Solo tú puedes abrirlo. Harbour nunca envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>This computer will unlock it for you. A passphrase adds protection if other people use this computer.</source>
        <translation>Este ordenador lo abrirá por ti. Una frase de contraseña lo protege más si otras personas usan este ordenador.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. You will need it to open your diary.</source>
        <translation>Elige una frase de contraseña. La necesitarás para abrir tu diario.</translation>
    </message>
    <message>
        <source>Also protect it with a passphrase (recommended)</source>
        <translation>Protegerlo también con una frase de contraseña (recomendado)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>A few words only you would think of</source>
        <translation>Unas palabras que solo se te ocurrirían a ti</translation>
    </message>
    <message>
        <source>The same words again</source>
        <translation>Las mismas palabras otra vez</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Empezar mi diario</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Please use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <source>Setting up your diary…</source>
        <translation>Preparando tu diario…</translation>
    </message>
</context>
<context>
    <name>CrisisBar</name>
    <message>
        <source>In danger now? Call %1</source>
        <translation>¿Estás en peligro ahora? Llama al %1</translation>
    </message>
    <message>
        <source>In danger now? Call your local emergency number</source>
        <translation>¿Estás en peligro ahora? Llama al número de emergencias de tu país</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Más ayuda</translation>
    </message>
    <message>
        <source>More help and crisis lines</source>
        <translation>Más ayuda y líneas de crisis</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Help right now</source>
        <translation>Ayuda ahora mismo</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>No tienes que pasar por esto sin ayuda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DraftBox</name>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text. You can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the text. It is cleared from the clipboard after %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Copiar</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">Imprimir…</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes in your diary, so you can come back to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from Harbour&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied — it will be cleared from the clipboard in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbour could not save the file there. Please try another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. It is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer was found, so nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleDialog</name>
    <message>
        <source>Example report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example is made up. Nothing in it comes from your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
    </message>
</context>
<context>
    <name>ExportWarningDialog</name>
    <message>
        <source>Before you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack is NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who opens this file can see your report and every evidence file in it. Your diary stays locked and encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who opens this file can read your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be saved here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it somewhere only you can reach, such as a USB stick you keep safe. Delete copies you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Prepare your family and friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person blackmailing you may contact people you know. Getting them ready takes away some of that power. You decide who to tell, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone 18 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the message is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should I tell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the person you tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can give this to the person you tell. It explains what is happening and how they can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My message for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarbourApp</name>
    <message>
        <source>Your organisation&apos;s settings file for Harbour has a problem, so Harbour is using its safest settings. Please tell whoever looks after this computer:</source>
        <translation>El archivo de ajustes de Harbour de tu organización tiene un problema, así que Harbour está usando sus ajustes más seguros. Avisa a quien se encargue de este ordenador:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock my diary</source>
        <translation>Bloquear mi diario</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Family and friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <source>How you paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My message about a payment by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <source>App or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help page address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My report text for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit (Esc)</source>
        <translation>Salida rápida (Esc)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hide Harbour at once and lock your diary. Shortcut: Esc.</source>
        <translation>Oculta Harbour al instante y bloquea tu diario. Atajo: Esc.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe</source>
        <translation>Guarda esta clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>If this computer can&apos;t unlock your diary, or you forget your passphrase, this key opens it. Write it down or print it. Harbour will not show it again.</source>
        <translation>Si este ordenador no puede desbloquear tu diario, o se te olvida la frase de contraseña, esta clave lo abre. Apúntala o imprímela. Harbour no volverá a enseñártela.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Anyone with this key can open your diary. Keep it away from the person blackmailing you. A copied key is wiped from the clipboard after 30 seconds.</source>
        <translation>Cualquiera que tenga esta clave puede abrir tu diario. Que no llegue nunca a la persona que te chantajea. Si la copias, se borra del portapapeles a los 30 segundos.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Ya la he guardado en un lugar seguro</translation>
    </message>
    <message>
        <source>Harbour recovery key</source>
        <translation>Clave de recuperación de Harbour</translation>
    </message>
    <message>
        <source>Save the recovery key?</source>
        <translation>¿Guardar la clave de recuperación?</translation>
    </message>
    <message>
        <source>The file will not be encrypted. Save it somewhere only you can reach, such as a USB stick you keep safe.</source>
        <translation>El archivo no estará cifrado. Guárdalo en un sitio al que solo llegues tú, como un pendrive que tengas bien guardado.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Show as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview as plain text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report for the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbour makes this report from your diary. Choose the form for where you will report. Add your own statement if you like. Then save it, print it, or make an evidence pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which police form the report follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words: what happened, when, and how it made you feel. It goes into the report. It is kept in your locked diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is empty so far. Add what happened, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file with the report, your evidence files and their fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See an example report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your statement is saved in your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbour could not make the preview just now. Your diary has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your report was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space there. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your evidence files did not pass its safety check, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbour could not save there. Nothing was saved. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Guardando…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the example…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language and region</source>
        <translation>Idioma y región</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que este ordenador</translation>
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
        <source>Show the guide one calm step at a time</source>
        <translation>Mostrar la guía paso a paso, con calma</translation>
    </message>
    <message>
        <source>Harbour never uses the internet. Everything stays on this computer.</source>
        <translation>Harbour nunca usa internet. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Locking your diary</source>
        <translation>Bloqueo de tu diario</translation>
    </message>
    <message>
        <source>Let this computer unlock my diary</source>
        <translation>Dejar que este ordenador desbloquee mi diario</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una clave de recuperación nueva</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Hacer ahora una copia de seguridad</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation>Añadir una frase de contraseña</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Type your new passphrase (at least 8 characters)</source>
        <translation>Escribe tu nueva frase de contraseña (al menos 8 caracteres)</translation>
    </message>
    <message>
        <source>Please use at least 8 characters.</source>
        <translation>Usa al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The two passphrases were not the same.</source>
        <translation>Las dos frases de contraseña no coincidían.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation>Copia de seguridad hecha y comprobada.</translation>
    </message>
</context>
<context>
    <name>StartDiaryPage</name>
    <message>
        <source>A private diary of what happened</source>
        <translation>Un diario privado de lo que ha pasado</translation>
    </message>
    <message>
        <source>Police and platforms will ask who contacted you, what they demanded and when. Your diary keeps this for you, locked on this computer. It is created the first time you save something.</source>
        <translation>La policía y las plataformas te preguntarán quién se puso en contacto contigo, qué te pidieron y cuándo. Tu diario lo guarda por ti, bajo llave en este ordenador. Se crea la primera vez que guardas algo.</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Empezar mi diario</translation>
    </message>
</context>
<context>
    <name>TextExport</name>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message>
        <source>Use the version I kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary has changed. Press Start again to use the new details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the version you kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextsPage</name>
    <message>
        <source>Texts ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbour writes these from your diary. Anything in [square brackets] is missing. Fill it in, or delete that line, before you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an app or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your bank or payment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnencryptedWarning</name>
    <message>
        <source>Save as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can open your files can read it. Save it somewhere private, such as a USB stick you keep safe. Delete the file when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your diary is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <source>The guide still works while it is locked. Unlock your diary to see or add what you saved.</source>
        <translation>La guía sigue funcionando aunque el diario esté bloqueado. Desbloquea tu diario para ver lo que guardaste o añadir algo.</translation>
    </message>
    <message>
        <source>Unlock with this computer</source>
        <translation>Desbloquear con este ordenador</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock with passphrase</source>
        <translation>Desbloquear con la frase de contraseña</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>Usar mi clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key, e.g. ABCDE-FGHJK-…</source>
        <translation>Clave de recuperación, p. ej. ABCDE-FGHJK-…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Unlock with recovery key</source>
        <translation>Desbloquear con la clave de recuperación</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la última copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the spare key file</source>
        <translation>Restaurar el archivo de clave de repuesto</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <source>The spare key file is back in place. Please unlock again.</source>
        <translation>El archivo de clave de repuesto vuelve a estar en su sitio. Desbloquea el diario otra vez.</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>This computer&apos;s keyring is locked, so it can&apos;t open your diary. Use your passphrase or recovery key instead. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keyring said no, so it can&apos;t open your diary. Use your passphrase or recovery key instead. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer doesn&apos;t hold the key for this diary (perhaps it was moved from another computer). Use your passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has turned off unlocking with this computer. Use your passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring Harbour can use. Please choose a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open your diary. Take your time and try again. Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key belongs to a different diary. Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has a typing slip in it. Check each group of letters and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary file is damaged. Harbour has not changed it. You can restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The small key file beside your diary is damaged. Harbour keeps a spare copy you can restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase to protect your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diary on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diary already exists here. Harbour will not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made. Your diary itself is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary is locked. Unlock it to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Your saved information is safe. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Text message: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Web: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
</context>
</TS>
