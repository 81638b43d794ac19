<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionForm</name>
    <message>
        <source>Something you did</source>
        <translation>Algo que hiciste</translation>
    </message>
    <message>
        <source>Change this step</source>
        <translation>Cambiar este paso</translation>
    </message>
    <message>
        <source>Each step you take counts. Write it down so you can show it.</source>
        <translation>Cada paso que das es importante. Apúntalo para poder demostrarlo.</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué hiciste?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App o web</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>For example the police crime reference or the report number</source>
        <translation>Por ejemplo, el número de tu denuncia en la policía o en la app</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Añadir pruebas</translation>
    </message>
    <message>
        <source>Keep screenshots of their profile and messages, and receipts of any payment. Delete nothing. Harbour keeps an encrypted copy on this computer.</source>
        <translation>Guarda capturas de pantalla de su perfil y de sus mensajes, y los recibos de cualquier pago. No borres nada. Harbour guarda una copia cifrada en este ordenador.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip the breathing exercise</source>
        <translation>Saltar el ejercicio de respiración</translation>
    </message>
    <message>
        <source>Breathe with me again</source>
        <translation>Respirar conmigo otra vez</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Círculo de respiración</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>No call is open. Start a new call, or open a case from the case list.</source>
        <translation>No hay ninguna llamada abierta. Empieza una llamada nueva o abre un caso de la lista de casos.</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Llamada nueva</translation>
    </message>
    <message>
        <source>Case title (optional, e.g. a first name or nickname)</source>
        <translation>Título del caso (opcional, p. ej. un nombre o un apodo)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Call stages</source>
        <translation>Fases de la llamada</translation>
    </message>
    <message>
        <source>Quick note: type one line and press Enter</source>
        <translation>Nota rápida: escribe una línea y pulsa Intro</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Notas recientes</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Search every case: names, numbers, notes, messages</source>
        <translation>Buscar en todos los casos: nombres, números, notas, mensajes</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Llamada nueva</translation>
    </message>
    <message>
        <source>Start a case for a new call</source>
        <translation>Abrir un caso para una llamada nueva</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Mostrar casos</translation>
    </message>
    <message>
        <source>Open and follow-up</source>
        <translation>Abiertos y en seguimiento</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>En seguimiento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Columns of the case list</source>
        <translation>Columnas de la lista de casos</translation>
    </message>
    <message>
        <source>Cases removed after the retention period</source>
        <translation>Casos borrados al acabar el plazo de conservación</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Cases removed for good</source>
        <translation>Casos borrados definitivamente</translation>
    </message>
    <message>
        <source>Columns of the removed cases</source>
        <translation>Columnas de los casos borrados</translation>
    </message>
    <message>
        <source>No case matches your search.</source>
        <translation>Ningún caso coincide con tu búsqueda.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Todavía no hay casos.</translation>
    </message>
</context>
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
    <name>DeleteTwice</name>
    <message>
        <source>Delete this from your diary?</source>
        <translation>¿Borrar esto de tu diario?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>¿Seguro que quieres borrarlo?</translation>
    </message>
    <message>
        <source>Police and platforms may need it later. You can undo this until you lock your diary. After that it is gone for good.</source>
        <translation>Puede que la policía o las plataformas lo necesiten más adelante. Puedes deshacerlo hasta que cierres tu diario con llave. Después, se borrará para siempre.</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Sí, borrarlo</translation>
    </message>
</context>
<context>
    <name>DemandForm</name>
    <message>
        <source>What they demanded</source>
        <translation>Lo que te exigieron</translation>
    </message>
    <message>
        <source>Change this demand</source>
        <translation>Cambiar esta exigencia</translation>
    </message>
    <message>
        <source>Please don&apos;t pay. Paying does not get images deleted, and the demands usually grow. Writing the demand down helps the police.</source>
        <translation>Por favor, no pagues. Pagar no consigue que borren las imágenes, y lo que piden suele ir a más. Apuntar lo que te exigen ayuda a la policía.</translation>
    </message>
    <message>
        <source>When did they ask?</source>
        <translation>¿Cuándo te lo pidieron?</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>How they want it paid</source>
        <translation>Cómo quieren que pagues</translation>
    </message>
    <message>
        <source>Bank transfer, Western Union, gift cards, Bitcoin…</source>
        <translation>Transferencia, Western Union, tarjetas regalo, bitcoins…</translation>
    </message>
    <message>
        <source>Where to send it</source>
        <translation>Adónde enviarlo</translation>
    </message>
    <message>
        <source>The account, IBAN, wallet or name they gave</source>
        <translation>La cuenta, el IBAN, el monedero o el nombre que te dieron</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Qué cuenta</translation>
    </message>
</context>
<context>
    <name>DescribeDialog</name>
    <message>
        <source>Work it out from a file…</source>
        <translation>Calcularlo a partir de un archivo…</translation>
    </message>
    <message>
        <source>Harbour reads the file to work out its SHA-256 and keeps none of it.</source>
        <translation>Harbour lee el archivo para calcular su SHA-256 y no guarda nada de él.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Working out the SHA-256</source>
        <translation>Calculando el SHA-256</translation>
    </message>
    <message>
        <source>Say what it showed and where you saw it. If you have the file, its SHA-256 lets police match it later without Harbour keeping it.</source>
        <translation>Cuenta qué se veía y dónde lo viste. Si tienes el archivo, su SHA-256 permite a la policía identificarlo más adelante sin que Harbour lo guarde.</translation>
    </message>
    <message>
        <source>Describe it instead</source>
        <translation>Describirlo sin el archivo</translation>
    </message>
    <message>
        <source>Change the details of this evidence</source>
        <translation>Cambiar los datos de esta prueba</translation>
    </message>
    <message>
        <source>What was it?</source>
        <translation>¿Qué era?</translation>
    </message>
    <message>
        <source>For example: a video call recording they say they have</source>
        <translation>Por ejemplo: una grabación de una videollamada que dicen que tienen</translation>
    </message>
    <message>
        <source>Where did you see it?</source>
        <translation>¿Dónde lo viste?</translation>
    </message>
    <message>
        <source>The app, chat or link where it was</source>
        <translation>La app, el chat o el enlace donde estaba</translation>
    </message>
    <message>
        <source>SHA-256 (if you have it)</source>
        <translation>SHA-256 (si lo tienes)</translation>
    </message>
    <message>
        <source>64 letters and digits</source>
        <translation>64 letras y números</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose the file to work out its SHA-256</source>
        <translation>Elige el archivo para calcular su SHA-256</translation>
    </message>
</context>
<context>
    <name>DiaryMessages</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Rellena esto, por favor.</translation>
    </message>
    <message>
        <source>Please pick one of the choices in the list.</source>
        <translation>Elige una de las opciones de la lista, por favor.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a full phone number. Check the digits, or paste it as it appeared.</source>
        <translation>No parece un número de teléfono completo. Revisa los números, o pégalo tal como aparecía.</translation>
    </message>
    <message>
        <source>Please add the country code at the start, for example +44 or +34.</source>
        <translation>Añade el prefijo del país al principio, por ejemplo +34 o +44.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an IBAN. Copy it again from the message.</source>
        <translation>No parece un IBAN. Vuelve a copiarlo del mensaje.</translation>
    </message>
    <message>
        <source>One of the characters in this IBAN seems wrong. Check it against the message.</source>
        <translation>Parece que uno de los caracteres de este IBAN no está bien. Compáralo con el mensaje.</translation>
    </message>
    <message>
        <source>This IBAN is too long or too short. Check you have all of it.</source>
        <translation>Este IBAN es demasiado largo o demasiado corto. Comprueba que lo tienes entero.</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country, such as ES or GB.</source>
        <translation>Un IBAN empieza con dos letras que indican el país, como ES o GB.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a link. Copy it again from the app or browser.</source>
        <translation>No parece un enlace. Vuelve a copiarlo de la app o del navegador.</translation>
    </message>
    <message>
        <source>Only web links starting with http:// or https:// can be kept here.</source>
        <translation>Aquí solo se pueden guardar enlaces web que empiecen por http:// o https://.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an e-mail address. Check it has an @.</source>
        <translation>No parece una dirección de correo electrónico. Comprueba que tiene una @.</translation>
    </message>
    <message>
        <source>Please write the amount in numbers, such as 250.</source>
        <translation>Escribe la cantidad en números, por ejemplo 250.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be below zero.</source>
        <translation>La cantidad no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>Harbour doesn&apos;t know this currency. Please pick one from the list.</source>
        <translation>Harbour no conoce esta moneda. Elige una de la lista, por favor.</translation>
    </message>
    <message>
        <source>Please choose the currency.</source>
        <translation>Elige la moneda, por favor.</translation>
    </message>
    <message>
        <source>Please write the date like the example, or press Now.</source>
        <translation>Escribe la fecha como en el ejemplo, o pulsa Ahora.</translation>
    </message>
    <message>
        <source>Please write the time like the example, for example 21:30.</source>
        <translation>Escribe la hora como en el ejemplo, por ejemplo 21:30.</translation>
    </message>
    <message>
        <source>Harbour doesn&apos;t know this region.</source>
        <translation>Harbour no conoce esta región.</translation>
    </message>
    <message>
        <source>A SHA-256 is 64 letters and digits (0-9, a-f). Copy it again, or work it out from the file.</source>
        <translation>Un SHA-256 tiene 64 letras y números (0-9, a-f). Vuelve a copiarlo, o calcúlalo a partir del archivo.</translation>
    </message>
    <message>
        <source>That person or account is no longer in this diary. Please pick again.</source>
        <translation>Esa persona o cuenta ya no está en este diario. Vuelve a elegir, por favor.</translation>
    </message>
    <message>
        <source>Please check this.</source>
        <translation>Revisa esto, por favor.</translation>
    </message>
    <message>
        <source>This could not be saved. Everything saved before is safe. Please try again.</source>
        <translation>No se ha podido guardar. Todo lo que guardaste antes está a salvo. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Your diary</source>
        <translation>Tu diario</translation>
    </message>
    <message>
        <source>Write things down as you remember them, in any order. It stays locked on this computer. Police and platforms will ask for these details.</source>
        <translation>Apunta las cosas según las vayas recordando, en el orden que quieras. Se queda bajo llave en este ordenador. La policía y las plataformas te pedirán estos datos.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ha pasado?</translation>
    </message>
    <message>
        <source>Account or person</source>
        <translation>Cuenta o persona</translation>
    </message>
    <message>
        <source>Message or threat</source>
        <translation>Mensaje o amenaza</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation>Lo que te exigieron</translation>
    </message>
    <message>
        <source>A payment</source>
        <translation>Un pago</translation>
    </message>
    <message>
        <source>Something I did</source>
        <translation>Algo que hice</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Search your diary</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation>Lo que ha pasado, en orden</translation>
    </message>
    <message>
        <source>What your search found</source>
        <translation>Lo que ha encontrado tu búsqueda</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Open or change</source>
        <translation>Abrir o cambiar</translation>
    </message>
    <message>
        <source>Shortcut: Enter</source>
        <translation>Atajo: Intro</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Shortcut: Delete</source>
        <translation>Atajo: Supr</translation>
    </message>
    <message>
        <source>Nothing is written down yet. Start with what happened.</source>
        <translation>Todavía no hay nada apuntado. Empieza por lo que ha pasado.</translation>
    </message>
    <message>
        <source>Demanded: %1</source>
        <translation>Exigido: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Pagado: %1</translation>
    </message>
    <message>
        <source>Nothing in your diary matches that.</source>
        <translation>No hay nada en tu diario que coincida.</translation>
    </message>
    <message>
        <source>That could not be done. Everything saved before is safe. Please try again.</source>
        <translation>No se ha podido hacer. Todo lo que guardaste antes está a salvo. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>Account or person</source>
        <translation>Cuenta o persona</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Exigencia</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Something I did</source>
        <translation>Algo que hice</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Blocked them</source>
        <translation>Bloqueé su cuenta</translation>
    </message>
    <message>
        <source>Reported them to the platform</source>
        <translation>Denuncié su cuenta en la plataforma</translation>
    </message>
    <message>
        <source>Reported it to the police</source>
        <translation>Puse una denuncia en la policía</translation>
    </message>
    <message>
        <source>Contacted the bank or money service</source>
        <translation>Hablé con el banco o el servicio de envío de dinero</translation>
    </message>
    <message>
        <source>Asked for images to be removed</source>
        <translation>Pedí que retiraran las imágenes</translation>
    </message>
    <message>
        <source>Made my accounts safer</source>
        <translation>Protegí mis cuentas</translation>
    </message>
    <message>
        <source>Told someone I trust</source>
        <translation>Se lo conté a una persona de confianza</translation>
    </message>
    <message>
        <source>They wrote</source>
        <translation>Escribieron</translation>
    </message>
    <message>
        <source>I wrote</source>
        <translation>Escribí</translation>
    </message>
    <message>
        <source>Threat:</source>
        <translation>Amenaza:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>plazo:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>Described:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Described</source>
        <translation>Prueba descrita</translation>
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
    <name>EntryForm</name>
    <message>
        <source>Not sure, or not listed</source>
        <translation>No lo sé, o no está en la lista</translation>
    </message>
    <message>
        <source>Please check the part marked below.</source>
        <translation>Revisa la parte marcada abajo, por favor.</translation>
    </message>
    <message>
        <source>Please check the %1 parts marked below.</source>
        <translation>Revisa las %1 partes marcadas abajo, por favor.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this in your diary</source>
        <translation>Guardar esto en tu diario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <source>Pasted picture %1.png</source>
        <translation>Imagen pegada %1.png</translation>
    </message>
</context>
<context>
    <name>EvidenceMessages</name>
    <message>
        <source>Harbour never keeps pictures or videos of anyone under 18, even as evidence. Describe what it was and where you saw it instead — that is what police need.</source>
        <translation>Harbour nunca guarda fotos ni vídeos de menores de 18 años, ni siquiera como prueba. En vez de eso, describe qué era y dónde lo viste. Es lo que necesita la policía.</translation>
    </message>
    <message>
        <source>That file is no longer there. It may have been moved.</source>
        <translation>Ese archivo ya no está ahí. Puede que se haya movido.</translation>
    </message>
    <message>
        <source>That is a shortcut to another file. Please choose the file itself.</source>
        <translation>Eso es un acceso directo a otro archivo. Elige el archivo en sí, por favor.</translation>
    </message>
    <message>
        <source>That is a folder. Please choose the files inside it.</source>
        <translation>Eso es una carpeta. Elige los archivos que hay dentro, por favor.</translation>
    </message>
    <message>
        <source>That is not an ordinary file, so Harbour left it alone.</source>
        <translation>Eso no es un archivo normal, así que Harbour no lo ha tocado.</translation>
    </message>
    <message>
        <source>That is a device, not a file, so Harbour left it alone.</source>
        <translation>Eso es un dispositivo, no un archivo, así que Harbour no lo ha tocado.</translation>
    </message>
    <message>
        <source>That file changed while it was being opened. Please try again.</source>
        <translation>Ese archivo ha cambiado mientras se abría. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Harbour is not allowed to read that file, or it could not be read.</source>
        <translation>Harbour no tiene permiso para leer ese archivo, o no se ha podido leer.</translation>
    </message>
    <message>
        <source>Pictures and videos can&apos;t be kept here. Describe what it was and where you saw it instead — that is what police need.</source>
        <translation>Aquí no se pueden guardar fotos ni vídeos. En vez de eso, describe qué era y dónde lo viste. Es lo que necesita la policía.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of that file was kept.</source>
        <translation>Se ha parado. No se ha guardado nada de ese archivo.</translation>
    </message>
    <message>
        <source>There is not enough space on this computer for that file. Nothing was kept. Everything saved before is safe.</source>
        <translation>No hay espacio suficiente en este ordenador para ese archivo. No se ha guardado nada. Todo lo que guardaste antes está a salvo.</translation>
    </message>
    <message>
        <source>That file could not be saved. Nothing was kept. Everything saved before is safe.</source>
        <translation>No se ha podido guardar ese archivo. No se ha guardado nada. Todo lo que guardaste antes está a salvo.</translation>
    </message>
    <message>
        <source>This is a description only: there is no file to open.</source>
        <translation>Esto es solo una descripción: no hay ningún archivo que abrir.</translation>
    </message>
    <message>
        <source>The stored copy of this file is missing. The description and its SHA-256 are still in your diary.</source>
        <translation>Falta la copia guardada de este archivo. La descripción y su SHA-256 siguen en tu diario.</translation>
    </message>
    <message>
        <source>The stored copy of this file has been changed or damaged, so Harbour will not open it.</source>
        <translation>La copia guardada de este archivo ha cambiado o está dañada, así que Harbour no la va a abrir.</translation>
    </message>
    <message>
        <source>The stored copy no longer matches its SHA-256, so Harbour will not use it.</source>
        <translation>La copia guardada ya no coincide con su SHA-256, así que Harbour no la va a usar.</translation>
    </message>
    <message>
        <source>This picture is too large to show safely here. You can export a copy and open it with another program.</source>
        <translation>Esta imagen es demasiado grande para mostrarla aquí de forma segura. Puedes exportar una copia y abrirla con otro programa.</translation>
    </message>
    <message>
        <source>Harbour can&apos;t show this file. Its details are below; export a copy to open it.</source>
        <translation>Harbour no puede mostrar este archivo. Sus datos están abajo. Exporta una copia para abrirlo.</translation>
    </message>
    <message>
        <source>This picture could not be shown. It may be damaged. Its details are below.</source>
        <translation>No se ha podido mostrar esta imagen. Puede que esté dañada. Sus datos están abajo.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved information is safe. Please try again.</source>
        <translation>Algo ha salido mal. La información que guardaste está a salvo. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Screenshots, saved chats and receipts, kept encrypted on this computer. Each file gets a SHA-256, a fingerprint that shows it was not changed.</source>
        <translation>Capturas de pantalla, chats guardados y recibos, cifrados en este ordenador. Cada archivo recibe un SHA-256, una huella digital que demuestra que no se ha cambiado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your evidence</source>
        <translation>Tus pruebas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>No evidence yet. Add files, paste a screenshot, or describe it.</source>
        <translation>Todavía no hay pruebas. Añade archivos, pega una captura de pantalla o describe lo que viste.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exportar una copia…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy in a folder you choose</source>
        <translation>Guardar una copia sin cifrar en la carpeta que elijas</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copiar el SHA-256</translation>
    </message>
    <message>
        <source>Change details…</source>
        <translation>Cambiar los datos…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>¿Exportar una copia sin cifrar?</translation>
    </message>
    <message>
        <source>The copy will not be locked. Anyone who can open that folder can see it. Save it somewhere safe, such as a USB stick you keep, and delete it when you no longer need it.</source>
        <translation>La copia no estará protegida. Cualquiera que pueda abrir esa carpeta podrá verla. Guárdala en un sitio seguro, como un pendrive que tengas bien guardado, y bórrala cuando ya no la necesites.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>Elige dónde guardarla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Guardando una copia…</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <source>SHA-256 copied.</source>
        <translation>SHA-256 copiado.</translation>
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
        <translation>Cualquiera que abra este archivo puede ver tu informe y todos los archivos de pruebas que contiene. Tu diario sigue cerrado con llave y cifrado.</translation>
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
    <message>
        <source>Printing takes this out of the locked diary</source>
        <translation>Al imprimir, esto sale del diario cerrado con llave</translation>
    </message>
    <message>
        <source>The printer and this computer&apos;s print system receive the text unencrypted. Collect the pages at once and keep them somewhere safe.</source>
        <translation>La impresora y el sistema de impresión de este ordenador reciben el texto sin cifrar. Recoge las páginas enseguida y guárdalas en un sitio seguro.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>This file will not be encrypted</source>
        <translation>Este archivo no estará cifrado</translation>
    </message>
    <message>
        <source>Anyone who can open the file can read it. Save it only where your organisation keeps safeguarding records, and delete any other copy.</source>
        <translation>Cualquiera que pueda abrir el archivo podrá leerlo. Guárdalo solo donde tu organización guarda los registros de protección, y borra cualquier otra copia.</translation>
    </message>
    <message>
        <source>I understand, export</source>
        <translation>Entendido, exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
    <name>FlowWalker</name>
    <message>
        <source>Steps on this route</source>
        <translation>Pasos de este recorrido</translation>
    </message>
    <message>
        <source>Reason or reference for the next answer or tick (optional)</source>
        <translation>Motivo o referencia de la próxima respuesta o marca (opcional)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
</context>
<context>
    <name>HappenedPanel</name>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation>Qué ha pasado, con las palabras de la persona que llama</translation>
    </message>
    <message>
        <source>Save as a note</source>
        <translation>Guardar como nota</translation>
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
    <name>ImportPanel</name>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Screenshots, saved chats, receipts… Harbour keeps an encrypted copy.</source>
        <translation>Capturas de pantalla, chats guardados, recibos… Harbour guarda una copia cifrada.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+V</source>
        <translation>Atajo: Ctrl+V</translation>
    </message>
    <message>
        <source>Describe it instead…</source>
        <translation>Describirlo sin el archivo…</translation>
    </message>
    <message>
        <source>Record what it was, where you saw it and its SHA-256, without the file.</source>
        <translation>Apunta qué era, dónde lo viste y su SHA-256, sin guardar el archivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop adding files</source>
        <translation>Dejar de añadir archivos</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Añadiendo archivos</translation>
    </message>
    <message>
        <source>You can also drag files here, or paste a screenshot.</source>
        <translation>También puedes arrastrar archivos aquí, o pegar una captura de pantalla.</translation>
    </message>
    <message>
        <source>You can also drag files here.</source>
        <translation>También puedes arrastrar archivos aquí.</translation>
    </message>
    <message>
        <source>Choose files to keep as evidence</source>
        <translation>Elige los archivos que quieres guardar como pruebas</translation>
    </message>
    <message>
        <source>There is no file or picture to paste. Copy one first.</source>
        <translation>No hay ningún archivo ni imagen para pegar. Copia uno primero.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Añadiendo %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <source>Adding %1: %2 of %3</source>
        <translation>Añadiendo %1: %2 de %3</translation>
    </message>
    <message>
        <source>(file %1 of %2)</source>
        <translation>(archivo %1 de %2)</translation>
    </message>
    <message>
        <source>%1 added to your evidence.</source>
        <translation>%1 se ha añadido a tus pruebas.</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the link %1</source>
        <translation>Copiar el enlace %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Enlace copiado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Cerrar con llave</translation>
    </message>
    <message>
        <source>Lock my diary</source>
        <translation>Cerrar mi diario con llave</translation>
    </message>
    <message>
        <source>About your diary</source>
        <translation>Sobre tu diario</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>They contacted me</source>
        <translation>Se pusieron en contacto conmigo</translation>
    </message>
    <message>
        <source>I wrote to them</source>
        <translation>Les escribí yo</translation>
    </message>
    <message>
        <source>A message or threat</source>
        <translation>Un mensaje o una amenaza</translation>
    </message>
    <message>
        <source>Change this message</source>
        <translation>Cambiar este mensaje</translation>
    </message>
    <message>
        <source>Paste the words as they were written. You don&apos;t need to reply to them.</source>
        <translation>Pega las palabras tal como las escribieron. No tienes que responderles.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App o web</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>Quién escribió</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Qué cuenta</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>Paste or type the message</source>
        <translation>Pega o escribe el mensaje</translation>
    </message>
    <message>
        <source>What did they threaten?</source>
        <translation>¿Con qué te amenazaron?</translation>
    </message>
    <message>
        <source>For example: to send a video to my friends</source>
        <translation>Por ejemplo: con enviar un vídeo a mis amigos</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo, %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Pupil&apos;s record</source>
        <translation>Registro del alumno/a</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Familia y amigos</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
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
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Next steps: what happens next, and who does it</source>
        <translation>Próximos pasos: qué pasa ahora y quién se encarga</translation>
    </message>
    <message>
        <source>Save next steps</source>
        <translation>Guardar los próximos pasos</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>You can select words in your note and turn them into a separate message or demand.</source>
        <translation>Puedes seleccionar palabras de tu nota y convertirlas en un mensaje o una exigencia aparte.</translation>
    </message>
    <message>
        <source>Selected words → message</source>
        <translation>Palabras seleccionadas → mensaje</translation>
    </message>
    <message>
        <source>Selected words → demand</source>
        <translation>Palabras seleccionadas → exigencia</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ha pasado?</translation>
    </message>
    <message>
        <source>Change this note</source>
        <translation>Cambiar esta nota</translation>
    </message>
    <message>
        <source>Write it in your own words, in any order. There is no wrong way.</source>
        <translation>Escríbelo con tus propias palabras, en el orden que quieras. No hay una forma mala de hacerlo.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Start anywhere</source>
        <translation>Empieza por donde quieras</translation>
    </message>
    <message>
        <source>Select some words in the note first.</source>
        <translation>Primero selecciona algunas palabras de la nota.</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Explained at %1.</source>
        <translation>Explicado a las %1.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Everything, in order</source>
        <translation>Todo, en orden</translation>
    </message>
    <message>
        <source>One step at a time</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Show one calm step per screen</source>
        <translation>Mostrar un paso tranquilo en cada pantalla</translation>
    </message>
    <message>
        <source>These are the steps for your answers so far. Tick what you have done. Open any step to read it, or go to it. Steps after a question you have not answered yet may change.</source>
        <translation>Estos son los pasos según lo que has respondido hasta ahora. Marca lo que ya hayas hecho. Abre cualquier paso para leerlo, o ve a él. Los pasos que vienen después de una pregunta sin responder pueden cambiar.</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>A payment you made</source>
        <translation>Un pago que hiciste</translation>
    </message>
    <message>
        <source>Change this payment</source>
        <translation>Cambiar este pago</translation>
    </message>
    <message>
        <source>This is not your fault. A payment is still evidence. Your bank may be able to stop or recall it, so tell them soon.</source>
        <translation>No es culpa tuya. Un pago también es una prueba. Puede que tu banco consiga pararlo o recuperarlo, así que avísale pronto.</translation>
    </message>
    <message>
        <source>When did you pay?</source>
        <translation>¿Cuándo pagaste?</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>How you paid</source>
        <translation>Cómo pagaste</translation>
    </message>
    <message>
        <source>Bank transfer, card, gift cards…</source>
        <translation>Transferencia, tarjeta, tarjetas regalo…</translation>
    </message>
    <message>
        <source>Who or where it went to</source>
        <translation>A quién o adónde fue</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <source>The reference or transaction number on your receipt</source>
        <translation>La referencia o el número de operación de tu recibo</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Qué cuenta</translation>
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
    <name>PersonForm</name>
    <message>
        <source>The person blackmailing me</source>
        <translation>La persona que me chantajea</translation>
    </message>
    <message>
        <source>Someone else involved</source>
        <translation>Otra persona implicada</translation>
    </message>
    <message>
        <source>An account or person</source>
        <translation>Una cuenta o una persona</translation>
    </message>
    <message>
        <source>Change this account or person</source>
        <translation>Cambiar esta cuenta o persona</translation>
    </message>
    <message>
        <source>Write down anything you can see. Paste it just as it appears. One thing is enough to start.</source>
        <translation>Apunta todo lo que puedas ver. Pégalo tal como aparece. Para empezar, basta con un dato.</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>¿Quién es?</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App o web</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>For example @name</source>
        <translation>Por ejemplo, @nombre</translation>
    </message>
    <message>
        <source>Link to their profile</source>
        <translation>Enlace a su perfil</translation>
    </message>
    <message>
        <source>Copy the address of their profile page</source>
        <translation>Copia la dirección de la página de su perfil</translation>
    </message>
    <message>
        <source>Name they show</source>
        <translation>Nombre que muestra</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>With the country code if you can</source>
        <translation>Con el prefijo del país, si puedes</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Cuenta bancaria (IBAN)</translation>
    </message>
    <message>
        <source>Other payment account</source>
        <translation>Otra cuenta de pago</translation>
    </message>
    <message>
        <source>PayPal, Revolut, Western Union name, gift-card shop…</source>
        <translation>PayPal, Revolut, nombre de Western Union, tienda de tarjetas regalo…</translation>
    </message>
    <message>
        <source>Crypto wallet address</source>
        <translation>Dirección del monedero cripto</translation>
    </message>
    <message>
        <source>When did you first see it?</source>
        <translation>¿Cuándo lo viste por primera vez?</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
</context>
<context>
    <name>PlatformNotes</name>
    <message>
        <source>Where to click on each app</source>
        <translation>Dónde pulsar en cada app</translation>
    </message>
    <message>
        <source>Which app did they contact you on?</source>
        <translation>¿En qué app se pusieron en contacto contigo?</translation>
    </message>
    <message>
        <source>Choose the app</source>
        <translation>Elige la app</translation>
    </message>
    <message>
        <source>To block them</source>
        <translation>Para bloquearlos</translation>
    </message>
    <message>
        <source>To report them</source>
        <translation>Para denunciarlos</translation>
    </message>
    <message>
        <source>Your own account</source>
        <translation>Tu propia cuenta</translation>
    </message>
    <message>
        <source>Their help pages</source>
        <translation>Sus páginas de ayuda</translation>
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
    <name>PurgeDialog</name>
    <message>
        <source>Remove this record for good</source>
        <translation>Borrar este registro para siempre</translation>
    </message>
    <message>
        <source>Remove case %1 from this computer?</source>
        <translation>¿Borrar el caso %1 de este ordenador?</translation>
    </message>
    <message>
        <source>Everything in this record is removed for good: notes, decisions and evidence. Only the case number and the dates stay, to show it existed. This cannot be undone.</source>
        <translation>Todo lo que hay en este registro se borra para siempre: notas, decisiones y pruebas. Solo se conservan el número del caso y las fechas, para que conste que existió. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Type the case number %1 to confirm</source>
        <translation>Escribe el número del caso, %1, para confirmarlo</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
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
        <translation>Oculta Harbour al instante y cierra tu diario con llave. Atajo: Esc.</translation>
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
        <translation>Si este ordenador no puede abrir tu diario, o se te olvida la frase de contraseña, esta clave lo abre. Apúntala o imprímela. Harbour no volverá a enseñártela.</translation>
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
    <name>RegionLine</name>
    <message>
        <source>Showing help for: %1</source>
        <translation>Ayuda para: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the country or region</source>
        <translation>Cambiar el país o la región</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País o región</translation>
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
        <translation>Tu diario está cerrado con llave. Ábrelo y vuelve a intentarlo.</translation>
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
    <name>ResumeOffer</name>
    <message>
        <source>If you used this guide before, your diary remembers where you were.</source>
        <translation>Si ya usaste esta guía antes, tu diario recuerda por dónde ibas.</translation>
    </message>
    <message>
        <source>Unlock my diary</source>
        <translation>Abrir mi diario</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Caller&apos;s region</source>
        <translation>Región de la persona que llama</translation>
    </message>
    <message>
        <source>Caller&apos;s age</source>
        <translation>Edad de la persona que llama</translation>
    </message>
    <message>
        <source>Emergency and crisis help in the caller&apos;s region</source>
        <translation>Emergencias y líneas de crisis en la región de la persona que llama</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Case %1 was removed from this computer.</source>
        <translation>El caso %1 se ha borrado de este ordenador.</translation>
    </message>
    <message>
        <source>That did not work, and nothing was lost. Please try again.</source>
        <translation>No ha funcionado, y no se ha perdido nada. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Pupils&apos; records</source>
        <translation>Registros del alumnado</translation>
    </message>
    <message>
        <source>New pupil record</source>
        <translation>Registro nuevo</translation>
    </message>
    <message>
        <source>Pupil&apos;s initials or school reference</source>
        <translation>Iniciales o referencia del alumno/a en el centro</translation>
    </message>
    <message>
        <source>No pupil&apos;s record is open. Start a new record when a pupil comes to you.</source>
        <translation>No hay ningún registro abierto. Empieza uno nuevo cuando un alumno o alumna acuda a ti.</translation>
    </message>
    <message>
        <source>Save what the pupil said</source>
        <translation>Guardar lo que ha contado</translation>
    </message>
    <message>
        <source>Harbour never stores images in school mode. Record a description of what a file showed, never the file.</source>
        <translation>En el modo centro educativo, Harbour nunca guarda imágenes. Apunta una descripción de lo que mostraba un archivo, nunca el archivo.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Borrar de este ordenador</translation>
    </message>
    <message>
        <source>After export: removes the record for good, keeping only its number.</source>
        <translation>Después de exportarlo: borra el registro para siempre y conserva solo su número.</translation>
    </message>
    <message>
        <source>Choose a pupil&apos;s record</source>
        <translation>Elegir un registro</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Saved with the time and your name.</source>
        <translation>Guardado con la hora y tu nombre.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>ServicesBox</name>
    <message>
        <source>Who can help</source>
        <translation>Quién puede ayudarte</translation>
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
        <source>Keep everything still (no moving pictures)</source>
        <translation>Sin animaciones (todo quieto)</translation>
    </message>
    <message>
        <source>Harbour never uses the internet. Everything stays on this computer.</source>
        <translation>Harbour nunca usa internet. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Locking your diary</source>
        <translation>Protección de tu diario</translation>
    </message>
    <message>
        <source>Let this computer unlock my diary</source>
        <translation>Dejar que este ordenador abra mi diario</translation>
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
    <name>StepView</name>
    <message>
        <source>Show me everything</source>
        <translation>Verlo todo</translation>
    </message>
    <message>
        <source>See every step at once, as a checklist</source>
        <translation>Ver todos los pasos a la vez, como una lista</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Start the guide again</source>
        <translation>Empezar la guía desde el principio</translation>
    </message>
    <message>
        <source>You can also</source>
        <translation>También puedes</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Ver menos</translation>
    </message>
    <message>
        <source>Tell me more</source>
        <translation>Cuéntame más</translation>
    </message>
    <message>
        <source>Welcome back. This is where you left off.</source>
        <translation>Hola de nuevo. Aquí es donde lo dejaste.</translation>
    </message>
    <message>
        <source>Your place in the guide could not be saved just now.</source>
        <translation>Ahora mismo no se ha podido guardar por dónde vas en la guía.</translation>
    </message>
</context>
<context>
    <name>StopRow</name>
    <message>
        <source>You are here</source>
        <translation>Estás aquí</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Ocultar los detalles</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Ver los detalles</translation>
    </message>
    <message>
        <source>Go to this step</source>
        <translation>Ir a este paso</translation>
    </message>
    <message>
        <source>Go to this step: %1</source>
        <translation>Ir a este paso: %1</translation>
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
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Deshacer el último borrado</translation>
    </message>
    <message>
        <source>Bring back what you deleted last</source>
        <translation>Recuperar lo último que borraste</translation>
    </message>
    <message>
        <source>Deleted. You can undo this until you lock your diary.</source>
        <translation>Borrado. Puedes deshacerlo hasta que cierres tu diario con llave.</translation>
    </message>
    <message>
        <source>%1 things deleted. You can undo them, one at a time, until you lock your diary.</source>
        <translation>%1 cosas borradas. Puedes recuperarlas de una en una hasta que cierres tu diario con llave.</translation>
    </message>
</context>
<context>
    <name>UnencryptedWarning</name>
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
        <translation>Tu diario está cerrado con llave</translation>
    </message>
    <message>
        <source>The guide still works while it is locked. Unlock your diary to see or add what you saved.</source>
        <translation>La guía sigue funcionando aunque el diario esté cerrado. Abre tu diario para ver lo que guardaste o añadir algo.</translation>
    </message>
    <message>
        <source>Unlock with this computer</source>
        <translation>Abrir con este ordenador</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Unlock with passphrase</source>
        <translation>Abrir con la frase de contraseña</translation>
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
        <translation>Abrir con la clave de recuperación</translation>
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
        <translation>El archivo de clave de repuesto vuelve a estar en su sitio. Vuelve a abrir el diario.</translation>
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
        <translation>Tu organización ha desactivado la opción de abrir el diario con este ordenador. Usa tu frase de contraseña o tu clave de recuperación.</translation>
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
        <translation>Tu diario está cerrado con llave. Ábrelo para continuar.</translation>
    </message>
    <message>
        <source>Harbour was closed suddenly last time, and part of its record of the last changes was damaged. Your diary is open, but some of the last changes may be missing. Please check your latest entries. Harbour has kept an encrypted copy of the damaged part.</source>
        <translation>Harbour se cerró de golpe la última vez y se dañó parte del registro de los últimos cambios. Tu diario está abierto, pero puede que falten algunos de los últimos cambios. Revisa tus últimas entradas. Harbour ha guardado una copia cifrada de la parte dañada.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved information is safe. Please try again.</source>
        <translation>Algo ha salido mal. La información que guardaste está a salvo. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Qué era</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Dónde se vio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>La imagen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>WhenInput</name>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo, %1</translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation>%1: fecha</translation>
    </message>
    <message>
        <source>%1: time</source>
        <translation>%1: hora</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>%1: set to now</source>
        <translation>%1: poner la hora actual</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Handover summary</source>
        <translation>Resumen de relevo</translation>
    </message>
    <message>
        <source>Copy the handover</source>
        <translation>Copiar el resumen de relevo</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after 30 seconds.</source>
        <translation>El portapapeles se vacía de nuevo a los 30 segundos.</translation>
    </message>
    <message>
        <source>Print the handover</source>
        <translation>Imprimir el resumen de relevo</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
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
