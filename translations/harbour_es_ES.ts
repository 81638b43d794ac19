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
        <translation>El texto</translation>
    </message>
    <message>
        <source>The text. You can change it.</source>
        <translation>El texto. Puedes cambiarlo.</translation>
    </message>
    <message>
        <source>Copy the text. It is cleared from the clipboard after %1 seconds.</source>
        <translation>Copia el texto. Se borra del portapapeles a los %1 segundos.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Guardar mi versión</translation>
    </message>
    <message>
        <source>Save your changes in your diary, so you can come back to them.</source>
        <translation>Guarda tus cambios en tu diario para poder volver a ellos.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Start again from Harbour&apos;s text</source>
        <translation>Volver a empezar desde el texto de Harbour</translation>
    </message>
    <message>
        <source>Copied — it will be cleared from the clipboard in %1 seconds.</source>
        <translation>Copiado. Se borrará del portapapeles dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Guardar como texto</translation>
    </message>
    <message>
        <source>Harbour could not save the file there. Please try another place.</source>
        <translation>Harbour no ha podido guardar el archivo ahí. Prueba en otro sitio.</translation>
    </message>
    <message>
        <source>Saved as %1. It is not encrypted.</source>
        <translation>Guardado como %1. No está cifrado.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>No printer was found, so nothing was printed.</source>
        <translation>No se ha encontrado ninguna impresora, así que no se ha impreso nada.</translation>
    </message>
</context>
<context>
    <name>ExampleDialog</name>
    <message>
        <source>Example report</source>
        <translation>Informe de ejemplo</translation>
    </message>
    <message>
        <source>This example is made up. Nothing in it comes from your diary.</source>
        <translation>Este ejemplo es inventado. Nada de lo que contiene sale de tu diario.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ExportWarningDialog</name>
    <message>
        <source>Before you save</source>
        <translation>Antes de guardar</translation>
    </message>
    <message>
        <source>The evidence pack is NOT encrypted</source>
        <translation>El paquete de pruebas NO está cifrado</translation>
    </message>
    <message>
        <source>Anyone who opens this file can see your report and every evidence file in it. Your diary stays locked and encrypted.</source>
        <translation>Cualquiera que abra este archivo puede ver tu informe y todos los archivos de pruebas que contiene. Tu diario sigue bloqueado y cifrado.</translation>
    </message>
    <message>
        <source>This file is NOT encrypted</source>
        <translation>Este archivo NO está cifrado</translation>
    </message>
    <message>
        <source>Anyone who opens this file can read your report.</source>
        <translation>Cualquiera que abra este archivo puede leer tu informe.</translation>
    </message>
    <message>
        <source>It will be saved here:</source>
        <translation>Se guardará aquí:</translation>
    </message>
    <message>
        <source>Save it somewhere only you can reach, such as a USB stick you keep safe. Delete copies you no longer need.</source>
        <translation>Guárdalo en un sitio al que solo llegues tú, como un pendrive que tengas bien guardado. Borra las copias que ya no necesites.</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>Guardarlo</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>No guardar</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Prepare your family and friends</source>
        <translation>Prepara a tu familia y a tus amigos</translation>
    </message>
    <message>
        <source>The person blackmailing you may contact people you know. Getting them ready takes away some of that power. You decide who to tell, and when.</source>
        <translation>Puede que la persona que te chantajea se ponga en contacto con gente que conoces. Si les avisas antes, le quitas parte de ese poder. Tú decides a quién contárselo, y cuándo.</translation>
    </message>
    <message>
        <source>Wording for</source>
        <translation>Textos para</translation>
    </message>
    <message>
        <source>Someone 18 or over</source>
        <translation>Alguien de 18 años o más</translation>
    </message>
    <message>
        <source>Someone under 18</source>
        <translation>Alguien menor de 18 años</translation>
    </message>
    <message>
        <source>Message for</source>
        <translation>Mensaje para</translation>
    </message>
    <message>
        <source>Who the message is for</source>
        <translation>Para quién es el mensaje</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <source>Short message</source>
        <translation>Mensaje corto</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Detallado</translation>
    </message>
    <message>
        <source>Detailed message</source>
        <translation>Mensaje detallado</translation>
    </message>
    <message>
        <source>Should I tell?</source>
        <translation>¿Se lo cuento?</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escribir un mensaje</translation>
    </message>
    <message>
        <source>For the person you tell</source>
        <translation>Para la persona a la que se lo cuentas</translation>
    </message>
    <message>
        <source>Parts of this page</source>
        <translation>Partes de esta página</translation>
    </message>
    <message>
        <source>You can give this to the person you tell. It explains what is happening and how they can help.</source>
        <translation>Puedes darle esto a la persona a la que se lo cuentas. Explica qué está pasando y cómo puede ayudarte.</translation>
    </message>
    <message>
        <source>My message for: %1</source>
        <translation>Mi mensaje para: %1</translation>
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
        <translation>Familia y amigos</translation>
    </message>
    <message>
        <source>Texts to send</source>
        <translation>Textos para enviar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <source>How you paid</source>
        <translation>Cómo pagaste</translation>
    </message>
    <message>
        <source>My message about a payment by %1</source>
        <translation>Mi mensaje sobre un pago (%1)</translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <source>App or site</source>
        <translation>App o web</translation>
    </message>
    <message>
        <source>Help page address: %1</source>
        <translation>Dirección de la página de ayuda: %1</translation>
    </message>
    <message>
        <source>My report text for %1</source>
        <translation>Mi texto de denuncia para %1</translation>
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
        <translation>Ver como texto sin formato</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Report preview as plain text</source>
        <translation>Vista previa del informe como texto sin formato</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report for the police</source>
        <translation>Informe para la policía</translation>
    </message>
    <message>
        <source>Harbour makes this report from your diary. Choose the form for where you will report. Add your own statement if you like. Then save it, print it, or make an evidence pack.</source>
        <translation>Harbour crea este informe a partir de tu diario. Elige el formulario del sitio donde vas a denunciar. Si quieres, añade tu propia declaración. Después, guárdalo, imprímelo o crea un paquete de pruebas.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Which police form the report follows</source>
        <translation>Qué formulario de la policía sigue el informe</translation>
    </message>
    <message>
        <source>Your own statement</source>
        <translation>Tu propia declaración</translation>
    </message>
    <message>
        <source>In your own words: what happened, when, and how it made you feel. It goes into the report. It is kept in your locked diary.</source>
        <translation>Con tus propias palabras: qué pasó, cuándo y cómo te hizo sentir. Se incluye en el informe. Se guarda en tu diario, bajo llave.</translation>
    </message>
    <message>
        <source>Save my statement</source>
        <translation>Guardar mi declaración</translation>
    </message>
    <message>
        <source>Your diary is empty so far. Add what happened, then come back here.</source>
        <translation>Tu diario todavía está vacío. Añade lo que ha pasado y vuelve aquí.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Guardar como texto</translation>
    </message>
    <message>
        <source>Make an evidence pack</source>
        <translation>Crear un paquete de pruebas</translation>
    </message>
    <message>
        <source>One file with the report, your evidence files and their fingerprints.</source>
        <translation>Un solo archivo con el informe, tus archivos de pruebas y sus huellas digitales.</translation>
    </message>
    <message>
        <source>See an example report</source>
        <translation>Ver un informe de ejemplo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Your statement is saved in your diary.</source>
        <translation>Tu declaración está guardada en tu diario.</translation>
    </message>
    <message>
        <source>Harbour could not make the preview just now. Your diary has not changed.</source>
        <translation>Harbour no ha podido crear la vista previa ahora mismo. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Your report was sent to the printer.</source>
        <translation>Tu informe se ha enviado a la impresora.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Se ha parado. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>There is not enough free space there. Nothing was saved.</source>
        <translation>No hay espacio libre suficiente ahí. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>One of your evidence files did not pass its safety check, so nothing was saved.</source>
        <translation>Uno de tus archivos de pruebas no ha pasado la comprobación de seguridad, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Your diary is locked. Unlock it and try again.</source>
        <translation>Tu diario está bloqueado. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Harbour could not save there. Nothing was saved. Try another folder.</source>
        <translation>Harbour no ha podido guardar ahí. No se ha guardado nada. Prueba en otra carpeta.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Save the report as text</source>
        <translation>Guardar el informe como texto</translation>
    </message>
    <message>
        <source>Save the evidence pack</source>
        <translation>Guardar el paquete de pruebas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Making the example…</source>
        <translation>Creando el ejemplo…</translation>
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
        <translation>Archivos de texto (*.txt)</translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message>
        <source>Use the version I kept</source>
        <translation>Usar la versión que guardé</translation>
    </message>
    <message>
        <source>Your diary has changed. Press Start again to use the new details.</source>
        <translation>Tu diario ha cambiado. Pulsa Volver a empezar para usar los datos nuevos.</translation>
    </message>
    <message>
        <source>This is the version you kept.</source>
        <translation>Esta es la versión que guardaste.</translation>
    </message>
</context>
<context>
    <name>TextsPage</name>
    <message>
        <source>Texts ready to send</source>
        <translation>Textos listos para enviar</translation>
    </message>
    <message>
        <source>Harbour writes these from your diary. Anything in [square brackets] is missing. Fill it in, or delete that line, before you send.</source>
        <translation>Harbour escribe estos textos a partir de tu diario. Lo que está entre [corchetes] falta. Rellénalo, o borra esa línea, antes de enviarlo.</translation>
    </message>
    <message>
        <source>For an app or site</source>
        <translation>Para una app o una web</translation>
    </message>
    <message>
        <source>For your bank or payment service</source>
        <translation>Para tu banco o servicio de pago</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Tipo de texto</translation>
    </message>
</context>
<context>
    <name>UnencryptedWarning</name>
    <message>
        <source>Save as a file</source>
        <translation>Guardar como archivo</translation>
    </message>
    <message>
        <source>This file will not be encrypted</source>
        <translation>Este archivo no estará cifrado</translation>
    </message>
    <message>
        <source>Anyone who can open your files can read it. Save it somewhere private, such as a USB stick you keep safe. Delete the file when you no longer need it.</source>
        <translation>Cualquiera que pueda abrir tus archivos podrá leerlo. Guárdalo en un sitio privado, como un pendrive que tengas bien guardado. Borra el archivo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardarlo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>El llavero de contraseñas de este ordenador está bloqueado, así que no puede abrir tu diario. Usa tu frase de contraseña o tu clave de recuperación. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring said no, so it can&apos;t open your diary. Use your passphrase or recovery key instead. Nothing is lost.</source>
        <translation>El llavero de contraseñas de este ordenador no ha dado permiso, así que no puede abrir tu diario. Usa tu frase de contraseña o tu clave de recuperación. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t hold the key for this diary (perhaps it was moved from another computer). Use your passphrase or recovery key.</source>
        <translation>Este ordenador no tiene la llave de este diario (quizá el diario venga de otro ordenador). Usa tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Your organisation has turned off unlocking with this computer. Use your passphrase or recovery key.</source>
        <translation>Tu organización ha desactivado el desbloqueo con este ordenador. Usa tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>This computer has no keyring Harbour can use. Please choose a passphrase instead.</source>
        <translation>Este ordenador no tiene ningún llavero de contraseñas que Harbour pueda usar. Elige una frase de contraseña.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open your diary. Take your time and try again. Nothing has changed.</source>
        <translation>Esa frase de contraseña no ha abierto tu diario. Tómate tu tiempo y vuelve a intentarlo. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>That recovery key belongs to a different diary. Nothing has changed.</source>
        <translation>Esa clave de recuperación es de otro diario. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>That recovery key has a typing slip in it. Check each group of letters and try again.</source>
        <translation>Esa clave de recuperación tiene algún error al escribirla. Revisa cada grupo de letras y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your diary file is damaged. Harbour has not changed it. You can restore the latest backup.</source>
        <translation>El archivo de tu diario está dañado. Harbour no lo ha tocado. Puedes restaurar la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The small key file beside your diary is damaged. Harbour keeps a spare copy you can restore.</source>
        <translation>El pequeño archivo de clave que está junto a tu diario está dañado. Harbour guarda una copia de repuesto que puedes restaurar.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha podido guardar. Todo lo que guardaste antes está a salvo. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Please choose a passphrase to protect your diary.</source>
        <translation>Elige una frase de contraseña para proteger tu diario.</translation>
    </message>
    <message>
        <source>There is no diary on this computer yet.</source>
        <translation>Todavía no hay ningún diario en este ordenador.</translation>
    </message>
    <message>
        <source>A diary already exists here. Harbour will not replace it.</source>
        <translation>Aquí ya hay un diario. Harbour no lo va a sustituir.</translation>
    </message>
    <message>
        <source>The backup could not be made. Your diary itself is safe.</source>
        <translation>No se ha podido hacer la copia de seguridad. Tu diario está a salvo.</translation>
    </message>
    <message>
        <source>Your diary is locked. Unlock it to carry on.</source>
        <translation>Tu diario está bloqueado. Desbloquéalo para continuar.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved information is safe. Please try again.</source>
        <translation>Algo ha salido mal. La información que guardaste está a salvo. Vuelve a intentarlo.</translation>
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
