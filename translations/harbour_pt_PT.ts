<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ActionForm</name>
    <message>
        <source>Something you did</source>
        <translation>Uma coisa que fizeste</translation>
    </message>
    <message>
        <source>Change this step</source>
        <translation>Alterar este passo</translation>
    </message>
    <message>
        <source>Each step you take counts. Write it down so you can show it.</source>
        <translation>Cada passo que dás conta. Regista-o para o poderes mostrar.</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>O que fizeste?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App ou site</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referência</translation>
    </message>
    <message>
        <source>For example the police crime reference or the report number</source>
        <translation>Por exemplo, o número da queixa na polícia ou o número da denúncia</translation>
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
        <translation>Adicionar provas</translation>
    </message>
    <message>
        <source>Keep screenshots of their profile and messages, and receipts of any payment. Delete nothing. Harbour keeps an encrypted copy on this computer.</source>
        <translation>Guarda capturas de ecrã do perfil e das mensagens dessa pessoa, e os recibos de qualquer pagamento. Não apagues nada. O Harbour guarda uma cópia encriptada neste computador.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
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
        <translation>Saltar o exercício de respiração</translation>
    </message>
    <message>
        <source>Breathe with me again</source>
        <translation>Respirar outra vez comigo</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Círculo de respiração</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>No call is open. Start a new call, or open a case from the case list.</source>
        <translation>Não há nenhuma chamada aberta. Começa uma nova chamada, ou abre um caso da lista de casos.</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nova chamada</translation>
    </message>
    <message>
        <source>Case title (optional, e.g. a first name or nickname)</source>
        <translation>Título do caso (opcional, por ex. um nome próprio ou uma alcunha)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado do caso</translation>
    </message>
    <message>
        <source>Call stages</source>
        <translation>Fases da chamada</translation>
    </message>
    <message>
        <source>Quick note: type one line and press Enter</source>
        <translation>Nota rápida: escreve uma linha e carrega em Enter</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Notas recentes</translation>
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
        <translation>Procurar em todos os casos: nomes, números, notas, mensagens</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nova chamada</translation>
    </message>
    <message>
        <source>Start a case for a new call</source>
        <translation>Abrir um caso para uma nova chamada</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir o caso</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Mostrar casos</translation>
    </message>
    <message>
        <source>Open and follow-up</source>
        <translation>Abertos e em acompanhamento</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Todos os casos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Em acompanhamento</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
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
        <translation>Aberto em</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Alterado em</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Columns of the case list</source>
        <translation>Colunas da lista de casos</translation>
    </message>
    <message>
        <source>Cases removed after the retention period</source>
        <translation>Casos removidos após o prazo de conservação</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido em</translation>
    </message>
    <message>
        <source>Cases removed for good</source>
        <translation>Casos removidos de vez</translation>
    </message>
    <message>
        <source>Columns of the removed cases</source>
        <translation>Colunas dos casos removidos</translation>
    </message>
    <message>
        <source>No case matches your search.</source>
        <translation>Nenhum caso corresponde à tua pesquisa.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Ainda não há casos.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Start your diary</source>
        <translation>Começar o teu diário</translation>
    </message>
    <message>
        <source>Your diary stays locked on this computer</source>
        <translation>O teu diário fica trancado neste computador</translation>
    </message>
    <message>
        <source>Only you can open it. Harbour never sends anything anywhere.</source>
        <translation>Só tu o podes abrir. O Harbour nunca envia nada para lado nenhum.</translation>
    </message>
    <message>
        <source>This computer will unlock it for you. A passphrase adds protection if other people use this computer.</source>
        <translation>Este computador vai destrancá-lo por ti. Uma frase-passe dá mais proteção, se outras pessoas usarem este computador.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. You will need it to open your diary.</source>
        <translation>Escolhe uma frase-passe. Vais precisar dela para abrir o teu diário.</translation>
    </message>
    <message>
        <source>Also protect it with a passphrase (recommended)</source>
        <translation>Proteger também com uma frase-passe (recomendado)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escreve-a outra vez</translation>
    </message>
    <message>
        <source>A few words only you would think of</source>
        <translation>Algumas palavras em que só tu pensarias</translation>
    </message>
    <message>
        <source>The same words again</source>
        <translation>As mesmas palavras outra vez</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar a frase-passe</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Começar o meu diário</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Please use at least %1 characters.</source>
        <translation>Usa pelo menos %1 carateres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>As duas frases-passe ainda não são iguais.</translation>
    </message>
    <message>
        <source>Setting up your diary…</source>
        <translation>A preparar o teu diário…</translation>
    </message>
</context>
<context>
    <name>CrisisBar</name>
    <message>
        <source>In danger now? Call %1</source>
        <translation>Estás em perigo? Liga para o %1</translation>
    </message>
    <message>
        <source>In danger now? Call your local emergency number</source>
        <translation>Estás em perigo? Liga para o número de emergência do teu país</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Mais ajuda</translation>
    </message>
    <message>
        <source>More help and crisis lines</source>
        <translation>Mais ajuda e linhas de apoio em crise</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Help right now</source>
        <translation>Ajuda imediata</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Não tens de enfrentar isto sem ajuda</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>DeleteTwice</name>
    <message>
        <source>Delete this from your diary?</source>
        <translation>Apagar isto do teu diário?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Tens a certeza?</translation>
    </message>
    <message>
        <source>Police and platforms may need it later. You can undo this until you lock your diary. After that it is gone for good.</source>
        <translation>A polícia e as plataformas podem precisar disto mais tarde. Podes anular isto até trancares o teu diário. Depois disso, desaparece de vez.</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Sim, apagar</translation>
    </message>
</context>
<context>
    <name>DemandForm</name>
    <message>
        <source>What they demanded</source>
        <translation>O que te exigiram</translation>
    </message>
    <message>
        <source>Change this demand</source>
        <translation>Alterar esta exigência</translation>
    </message>
    <message>
        <source>Please don&apos;t pay. Paying does not get images deleted, and the demands usually grow. Writing the demand down helps the police.</source>
        <translation>Por favor, não pagues. Pagar não faz com que as imagens sejam apagadas, e as exigências costumam aumentar. Registar a exigência ajuda a polícia.</translation>
    </message>
    <message>
        <source>When did they ask?</source>
        <translation>Quando te pediram?</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <source>How they want it paid</source>
        <translation>Como querem que pagues</translation>
    </message>
    <message>
        <source>Bank transfer, Western Union, gift cards, Bitcoin…</source>
        <translation>Transferência bancária, Western Union, cartões-oferta, bitcoin…</translation>
    </message>
    <message>
        <source>Where to send it</source>
        <translation>Para onde enviar</translation>
    </message>
    <message>
        <source>The account, IBAN, wallet or name they gave</source>
        <translation>A conta, o IBAN, a carteira ou o nome que te deram</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Até quando</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Que conta</translation>
    </message>
</context>
<context>
    <name>DescribeDialog</name>
    <message>
        <source>Work it out from a file…</source>
        <translation>Calcular a partir de um ficheiro…</translation>
    </message>
    <message>
        <source>Harbour reads the file to work out its SHA-256 and keeps none of it.</source>
        <translation>O Harbour lê o ficheiro para calcular o SHA-256 e não guarda nada dele.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Working out the SHA-256</source>
        <translation>A calcular o SHA-256</translation>
    </message>
    <message>
        <source>Say what it showed and where you saw it. If you have the file, its SHA-256 lets police match it later without Harbour keeping it.</source>
        <translation>Diz o que mostrava e onde o viste. Se tiveres o ficheiro, o SHA-256 permite à polícia reconhecê-lo mais tarde, sem que o Harbour o guarde.</translation>
    </message>
    <message>
        <source>Describe it instead</source>
        <translation>Descrever sem o ficheiro</translation>
    </message>
    <message>
        <source>Change the details of this evidence</source>
        <translation>Alterar os dados desta prova</translation>
    </message>
    <message>
        <source>What was it?</source>
        <translation>O que era?</translation>
    </message>
    <message>
        <source>For example: a video call recording they say they have</source>
        <translation>Por exemplo: uma gravação de videochamada que dizem ter</translation>
    </message>
    <message>
        <source>Where did you see it?</source>
        <translation>Onde o viste?</translation>
    </message>
    <message>
        <source>The app, chat or link where it was</source>
        <translation>A app, a conversa ou o link onde estava</translation>
    </message>
    <message>
        <source>SHA-256 (if you have it)</source>
        <translation>SHA-256 (se o tiveres)</translation>
    </message>
    <message>
        <source>64 letters and digits</source>
        <translation>64 letras e algarismos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose the file to work out its SHA-256</source>
        <translation>Escolher o ficheiro para calcular o SHA-256</translation>
    </message>
</context>
<context>
    <name>DiaryMessages</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Preenche isto, por favor.</translation>
    </message>
    <message>
        <source>Please pick one of the choices in the list.</source>
        <translation>Escolhe uma das opções da lista, por favor.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a full phone number. Check the digits, or paste it as it appeared.</source>
        <translation>Isto não parece um número de telefone completo. Confirma os algarismos, ou cola-o tal como apareceu.</translation>
    </message>
    <message>
        <source>Please add the country code at the start, for example +44 or +34.</source>
        <translation>Acrescenta o indicativo do país no início, por exemplo +351 ou +44.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an IBAN. Copy it again from the message.</source>
        <translation>Isto não parece um IBAN. Copia-o outra vez da mensagem.</translation>
    </message>
    <message>
        <source>One of the characters in this IBAN seems wrong. Check it against the message.</source>
        <translation>Um dos carateres deste IBAN parece estar errado. Compara-o com a mensagem.</translation>
    </message>
    <message>
        <source>This IBAN is too long or too short. Check you have all of it.</source>
        <translation>Este IBAN é comprido ou curto demais. Confirma que o tens completo.</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country, such as ES or GB.</source>
        <translation>Um IBAN começa por duas letras que indicam o país, como PT ou ES.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a link. Copy it again from the app or browser.</source>
        <translation>Isto não parece um link. Copia-o outra vez da app ou do navegador.</translation>
    </message>
    <message>
        <source>Only web links starting with http:// or https:// can be kept here.</source>
        <translation>Aqui só se podem guardar links que comecem por http:// ou https://.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an e-mail address. Check it has an @.</source>
        <translation>Isto não parece um endereço de e-mail. Confirma que tem um @.</translation>
    </message>
    <message>
        <source>Please write the amount in numbers, such as 250.</source>
        <translation>Escreve o montante em algarismos, por exemplo 250.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be below zero.</source>
        <translation>O montante não pode ser menor do que zero.</translation>
    </message>
    <message>
        <source>Harbour doesn&apos;t know this currency. Please pick one from the list.</source>
        <translation>O Harbour não conhece esta moeda. Escolhe uma da lista, por favor.</translation>
    </message>
    <message>
        <source>Please choose the currency.</source>
        <translation>Escolhe a moeda, por favor.</translation>
    </message>
    <message>
        <source>Please write the date like the example, or press Now.</source>
        <translation>Escreve a data como no exemplo, ou carrega em «Agora».</translation>
    </message>
    <message>
        <source>Please write the time like the example, for example 21:30.</source>
        <translation>Escreve a hora como no exemplo, assim: 21:30.</translation>
    </message>
    <message>
        <source>Harbour doesn&apos;t know this region.</source>
        <translation>O Harbour não conhece esta região.</translation>
    </message>
    <message>
        <source>A SHA-256 is 64 letters and digits (0-9, a-f). Copy it again, or work it out from the file.</source>
        <translation>Um SHA-256 tem 64 letras e algarismos (0-9, a-f). Copia-o outra vez, ou calcula-o a partir do ficheiro.</translation>
    </message>
    <message>
        <source>That person or account is no longer in this diary. Please pick again.</source>
        <translation>Essa pessoa ou conta já não está neste diário. Escolhe outra vez, por favor.</translation>
    </message>
    <message>
        <source>Please check this.</source>
        <translation>Confirma isto, por favor.</translation>
    </message>
    <message>
        <source>This could not be saved. Everything saved before is safe. Please try again.</source>
        <translation>Não foi possível guardar isto. Tudo o que foi guardado antes está em segurança. Tenta outra vez.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Your diary</source>
        <translation>O teu diário</translation>
    </message>
    <message>
        <source>Write things down as you remember them, in any order. It stays locked on this computer. Police and platforms will ask for these details.</source>
        <translation>Escreve as coisas à medida que te lembrares delas, por qualquer ordem. O diário fica trancado neste computador. A polícia e as plataformas vão pedir-te estes dados.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>O que aconteceu?</translation>
    </message>
    <message>
        <source>Account or person</source>
        <translation>Conta ou pessoa</translation>
    </message>
    <message>
        <source>Message or threat</source>
        <translation>Mensagem ou ameaça</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation>O que exigiram</translation>
    </message>
    <message>
        <source>A payment</source>
        <translation>Um pagamento</translation>
    </message>
    <message>
        <source>Something I did</source>
        <translation>Algo que fiz</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Adicionar: %1</translation>
    </message>
    <message>
        <source>Search your diary</source>
        <translation>Procurar no teu diário</translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation>O que aconteceu, por ordem</translation>
    </message>
    <message>
        <source>What your search found</source>
        <translation>O que a pesquisa encontrou</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar mais</translation>
    </message>
    <message>
        <source>Open or change</source>
        <translation>Abrir ou alterar</translation>
    </message>
    <message>
        <source>Shortcut: Enter</source>
        <translation>Atalho: Enter</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <source>Shortcut: Delete</source>
        <translation>Atalho: Delete</translation>
    </message>
    <message>
        <source>Nothing is written down yet. Start with what happened.</source>
        <translation>Ainda não escreveste nada. Começa pelo que aconteceu.</translation>
    </message>
    <message>
        <source>Demanded: %1</source>
        <translation>Exigido: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Pago: %1</translation>
    </message>
    <message>
        <source>Nothing in your diary matches that.</source>
        <translation>Nada no teu diário corresponde a isso.</translation>
    </message>
    <message>
        <source>That could not be done. Everything saved before is safe. Please try again.</source>
        <translation>Não foi possível fazer isso. Tudo o que foi guardado antes está em segurança. Tenta outra vez.</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>Account or person</source>
        <translation>Conta ou pessoa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Exigência</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Something I did</source>
        <translation>Algo que fiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Blocked them</source>
        <translation>Bloqueei essa pessoa</translation>
    </message>
    <message>
        <source>Reported them to the platform</source>
        <translation>Denunciei essa pessoa à plataforma</translation>
    </message>
    <message>
        <source>Reported it to the police</source>
        <translation>Apresentei queixa à polícia</translation>
    </message>
    <message>
        <source>Contacted the bank or money service</source>
        <translation>Contactei o banco ou o serviço de transferência</translation>
    </message>
    <message>
        <source>Asked for images to be removed</source>
        <translation>Pedi a remoção das imagens</translation>
    </message>
    <message>
        <source>Made my accounts safer</source>
        <translation>Protegi as minhas contas</translation>
    </message>
    <message>
        <source>Told someone I trust</source>
        <translation>Contei a uma pessoa em quem confio</translation>
    </message>
    <message>
        <source>They wrote</source>
        <translation>Essa pessoa escreveu</translation>
    </message>
    <message>
        <source>I wrote</source>
        <translation>Eu escrevi</translation>
    </message>
    <message>
        <source>Threat:</source>
        <translation>Ameaça:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>até</translation>
    </message>
    <message>
        <source>to</source>
        <translation>para</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>Described:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>Described</source>
        <translation>Só descrição</translation>
    </message>
</context>
<context>
    <name>DraftBox</name>
    <message>
        <source>The text</source>
        <translation>O texto</translation>
    </message>
    <message>
        <source>The text. You can change it.</source>
        <translation>O texto. Podes alterá-lo.</translation>
    </message>
    <message>
        <source>Copy the text. It is cleared from the clipboard after %1 seconds.</source>
        <translation>Copiar o texto. É apagado da área de transferência ao fim de %1 segundos.</translation>
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
        <translation>Guardar a minha versão</translation>
    </message>
    <message>
        <source>Save your changes in your diary, so you can come back to them.</source>
        <translation>Guarda as tuas alterações no teu diário, para poderes voltar a elas.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Start again from Harbour&apos;s text</source>
        <translation>Recomeçar a partir do texto do Harbour</translation>
    </message>
    <message>
        <source>Copied — it will be cleared from the clipboard in %1 seconds.</source>
        <translation>Copiado — vai ser apagado da área de transferência daqui a %1 segundos.</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Guardar como texto</translation>
    </message>
    <message>
        <source>Harbour could not save the file there. Please try another place.</source>
        <translation>O Harbour não conseguiu guardar o ficheiro aí. Experimenta outro sítio.</translation>
    </message>
    <message>
        <source>Saved as %1. It is not encrypted.</source>
        <translation>Guardado como %1. Não está encriptado.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>No printer was found, so nothing was printed.</source>
        <translation>Não foi encontrada nenhuma impressora, por isso não foi impresso nada.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Not sure, or not listed</source>
        <translation>Não sei, ou não está na lista</translation>
    </message>
    <message>
        <source>Please check the part marked below.</source>
        <translation>Confirma a parte assinalada aqui em baixo, por favor.</translation>
    </message>
    <message>
        <source>Please check the %1 parts marked below.</source>
        <translation>Confirma as %1 partes assinaladas aqui em baixo, por favor.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this in your diary</source>
        <translation>Guardar isto no teu diário</translation>
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
        <translation>Imagem colada %1.png</translation>
    </message>
</context>
<context>
    <name>EvidenceMessages</name>
    <message>
        <source>Harbour never keeps pictures or videos of anyone under 18, even as evidence. Describe what it was and where you saw it instead — that is what police need.</source>
        <translation>O Harbour nunca guarda fotografias nem vídeos de quem tem menos de 18 anos, nem sequer como prova. Em vez disso, descreve o que era e onde o viste — é disso que a polícia precisa.</translation>
    </message>
    <message>
        <source>That file is no longer there. It may have been moved.</source>
        <translation>Esse ficheiro já não está lá. Pode ter sido mudado de sítio.</translation>
    </message>
    <message>
        <source>That is a shortcut to another file. Please choose the file itself.</source>
        <translation>Isso é um atalho para outro ficheiro. Escolhe o próprio ficheiro, por favor.</translation>
    </message>
    <message>
        <source>That is a folder. Please choose the files inside it.</source>
        <translation>Isso é uma pasta. Escolhe os ficheiros que estão dentro dela, por favor.</translation>
    </message>
    <message>
        <source>That is not an ordinary file, so Harbour left it alone.</source>
        <translation>Isso não é um ficheiro comum, por isso o Harbour não lhe tocou.</translation>
    </message>
    <message>
        <source>That is a device, not a file, so Harbour left it alone.</source>
        <translation>Isso é um dispositivo, não um ficheiro, por isso o Harbour não lhe tocou.</translation>
    </message>
    <message>
        <source>That file changed while it was being opened. Please try again.</source>
        <translation>Esse ficheiro mudou enquanto estava a ser aberto. Tenta outra vez.</translation>
    </message>
    <message>
        <source>Harbour is not allowed to read that file, or it could not be read.</source>
        <translation>O Harbour não tem permissão para ler esse ficheiro, ou não o conseguiu ler.</translation>
    </message>
    <message>
        <source>Pictures and videos can&apos;t be kept here. Describe what it was and where you saw it instead — that is what police need.</source>
        <translation>Aqui não se podem guardar fotografias nem vídeos. Em vez disso, descreve o que era e onde o viste — é disso que a polícia precisa.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of that file was kept.</source>
        <translation>Parado. Não foi guardado nada desse ficheiro.</translation>
    </message>
    <message>
        <source>There is not enough space on this computer for that file. Nothing was kept. Everything saved before is safe.</source>
        <translation>Não há espaço suficiente neste computador para esse ficheiro. Não foi guardado nada. Tudo o que foi guardado antes está em segurança.</translation>
    </message>
    <message>
        <source>That file could not be saved. Nothing was kept. Everything saved before is safe.</source>
        <translation>Não foi possível guardar esse ficheiro. Não ficou nada dele. Tudo o que foi guardado antes está em segurança.</translation>
    </message>
    <message>
        <source>This is a description only: there is no file to open.</source>
        <translation>Isto é só uma descrição: não há nenhum ficheiro para abrir.</translation>
    </message>
    <message>
        <source>The stored copy of this file is missing. The description and its SHA-256 are still in your diary.</source>
        <translation>A cópia guardada deste ficheiro desapareceu. A descrição e o SHA-256 continuam no teu diário.</translation>
    </message>
    <message>
        <source>The stored copy of this file has been changed or damaged, so Harbour will not open it.</source>
        <translation>A cópia guardada deste ficheiro foi alterada ou está danificada, por isso o Harbour não a vai abrir.</translation>
    </message>
    <message>
        <source>The stored copy no longer matches its SHA-256, so Harbour will not use it.</source>
        <translation>A cópia guardada já não corresponde ao seu SHA-256, por isso o Harbour não a vai usar.</translation>
    </message>
    <message>
        <source>This picture is too large to show safely here. You can export a copy and open it with another program.</source>
        <translation>Esta imagem é demasiado grande para ser mostrada aqui em segurança. Podes exportar uma cópia e abri-la com outro programa.</translation>
    </message>
    <message>
        <source>Harbour can&apos;t show this file. Its details are below; export a copy to open it.</source>
        <translation>O Harbour não consegue mostrar este ficheiro. Os dados estão aqui em baixo; exporta uma cópia para o abrires.</translation>
    </message>
    <message>
        <source>This picture could not be shown. It may be damaged. Its details are below.</source>
        <translation>Não foi possível mostrar esta imagem. Pode estar danificada. Os dados estão aqui em baixo.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved information is safe. Please try again.</source>
        <translation>Algo correu mal. A informação que guardaste está em segurança. Tenta outra vez.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Screenshots, saved chats and receipts, kept encrypted on this computer. Each file gets a SHA-256, a fingerprint that shows it was not changed.</source>
        <translation>Capturas de ecrã, conversas guardadas e recibos, encriptados neste computador. Cada ficheiro recebe um SHA-256, uma impressão digital que mostra que não foi alterado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your evidence</source>
        <translation>As tuas provas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>No evidence yet. Add files, paste a screenshot, or describe it.</source>
        <translation>Ainda não há provas. Adiciona ficheiros, cola uma captura de ecrã ou descreve o que viste.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exportar uma cópia…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy in a folder you choose</source>
        <translation>Guardar uma cópia não encriptada numa pasta à tua escolha</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copiar o SHA-256</translation>
    </message>
    <message>
        <source>Change details…</source>
        <translation>Alterar os dados…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>A abrir…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>Exportar uma cópia não encriptada?</translation>
    </message>
    <message>
        <source>The copy will not be locked. Anyone who can open that folder can see it. Save it somewhere safe, such as a USB stick you keep, and delete it when you no longer need it.</source>
        <translation>A cópia não vai ficar trancada. Qualquer pessoa que consiga abrir essa pasta pode vê-la. Guarda-a num sítio seguro, como uma pen USB que guardes contigo, e apaga-a quando já não precisares dela.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>Escolher onde a guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar uma cópia</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>A guardar uma cópia…</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Cópia guardada como %1</translation>
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
        <translation>Relatório de exemplo</translation>
    </message>
    <message>
        <source>This example is made up. Nothing in it comes from your diary.</source>
        <translation>Este exemplo é inventado. Nada do que aqui está vem do teu diário.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ExportWarningDialog</name>
    <message>
        <source>Before you save</source>
        <translation>Antes de guardares</translation>
    </message>
    <message>
        <source>The evidence pack is NOT encrypted</source>
        <translation>O pacote de provas NÃO está encriptado</translation>
    </message>
    <message>
        <source>Anyone who opens this file can see your report and every evidence file in it. Your diary stays locked and encrypted.</source>
        <translation>Qualquer pessoa que abra este ficheiro pode ver o teu relatório e todos os ficheiros de prova que ele contém. O teu diário continua trancado e encriptado.</translation>
    </message>
    <message>
        <source>This file is NOT encrypted</source>
        <translation>Este ficheiro NÃO está encriptado</translation>
    </message>
    <message>
        <source>Anyone who opens this file can read your report.</source>
        <translation>Qualquer pessoa que abra este ficheiro pode ler o teu relatório.</translation>
    </message>
    <message>
        <source>It will be saved here:</source>
        <translation>Vai ser guardado aqui:</translation>
    </message>
    <message>
        <source>Save it somewhere only you can reach, such as a USB stick you keep safe. Delete copies you no longer need.</source>
        <translation>Guarda-o num sítio a que só tu tenhas acesso, como uma pen USB que guardes em segurança. Apaga as cópias de que já não precisas.</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Não guardar</translation>
    </message>
    <message>
        <source>Printing takes this out of the locked diary</source>
        <translation>Ao imprimir, isto sai do diário trancado</translation>
    </message>
    <message>
        <source>The printer and this computer&apos;s print system receive the text unencrypted. Collect the pages at once and keep them somewhere safe.</source>
        <translation>A impressora e o sistema de impressão deste computador recebem o texto sem encriptação. Recolhe logo as folhas e guarda-as num sítio seguro.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>This file will not be encrypted</source>
        <translation>Este ficheiro não vai ser encriptado</translation>
    </message>
    <message>
        <source>Anyone who can open the file can read it. Save it only where your organisation keeps safeguarding records, and delete any other copy.</source>
        <translation>Qualquer pessoa que consiga abrir o ficheiro pode lê-lo. Guarda-o só onde a tua organização guarda os registos de proteção de crianças e jovens, e apaga qualquer outra cópia.</translation>
    </message>
    <message>
        <source>I understand, export</source>
        <translation>Compreendo, exportar</translation>
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
        <translation>Prepara a tua família e os teus amigos</translation>
    </message>
    <message>
        <source>The person blackmailing you may contact people you know. Getting them ready takes away some of that power. You decide who to tell, and when.</source>
        <translation>A pessoa que te está a chantagear pode contactar pessoas que conheces. Se as preparares, tiras-lhe algum desse poder. És tu quem decide a quem contar, e quando.</translation>
    </message>
    <message>
        <source>Wording for</source>
        <translation>Texto para</translation>
    </message>
    <message>
        <source>Someone 18 or over</source>
        <translation>Alguém com 18 anos ou mais</translation>
    </message>
    <message>
        <source>Someone under 18</source>
        <translation>Alguém com menos de 18 anos</translation>
    </message>
    <message>
        <source>Message for</source>
        <translation>Mensagem para</translation>
    </message>
    <message>
        <source>Who the message is for</source>
        <translation>Para quem é a mensagem</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Curta</translation>
    </message>
    <message>
        <source>Short message</source>
        <translation>Mensagem curta</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Detalhada</translation>
    </message>
    <message>
        <source>Detailed message</source>
        <translation>Mensagem detalhada</translation>
    </message>
    <message>
        <source>Should I tell?</source>
        <translation>Devo contar?</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Escrever uma mensagem</translation>
    </message>
    <message>
        <source>For the person you tell</source>
        <translation>Para a pessoa a quem contas</translation>
    </message>
    <message>
        <source>Parts of this page</source>
        <translation>Partes desta página</translation>
    </message>
    <message>
        <source>You can give this to the person you tell. It explains what is happening and how they can help.</source>
        <translation>Podes dar isto à pessoa a quem contas. Explica o que está a acontecer e como pode ajudar.</translation>
    </message>
    <message>
        <source>My message for: %1</source>
        <translation>A minha mensagem para: %1</translation>
    </message>
</context>
<context>
    <name>FlowWalker</name>
    <message>
        <source>Steps on this route</source>
        <translation>Passos deste percurso</translation>
    </message>
    <message>
        <source>Reason or reference for the next answer or tick (optional)</source>
        <translation>Motivo ou referência da próxima resposta ou marcação (opcional)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passo seguinte</translation>
    </message>
</context>
<context>
    <name>HappenedPanel</name>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation>O que aconteceu, pelas palavras da pessoa que liga</translation>
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
        <translation>O ficheiro de definições do Harbour da tua organização tem um problema, por isso o Harbour está a usar as definições mais seguras. Avisa quem trata deste computador:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Add files…</source>
        <translation>Adicionar ficheiros…</translation>
    </message>
    <message>
        <source>Screenshots, saved chats, receipts… Harbour keeps an encrypted copy.</source>
        <translation>Capturas de ecrã, conversas guardadas, recibos… O Harbour guarda uma cópia encriptada.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+V</source>
        <translation>Atalho: Ctrl+V</translation>
    </message>
    <message>
        <source>Describe it instead…</source>
        <translation>Descrever sem o ficheiro…</translation>
    </message>
    <message>
        <source>Record what it was, where you saw it and its SHA-256, without the file.</source>
        <translation>Regista o que era, onde o viste e o SHA-256, sem guardar o ficheiro.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop adding files</source>
        <translation>Parar de adicionar ficheiros</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>A adicionar ficheiros</translation>
    </message>
    <message>
        <source>You can also drag files here, or paste a screenshot.</source>
        <translation>Também podes arrastar ficheiros para aqui, ou colar uma captura de ecrã.</translation>
    </message>
    <message>
        <source>You can also drag files here.</source>
        <translation>Também podes arrastar ficheiros para aqui.</translation>
    </message>
    <message>
        <source>Choose files to keep as evidence</source>
        <translation>Escolher ficheiros para guardar como provas</translation>
    </message>
    <message>
        <source>There is no file or picture to paste. Copy one first.</source>
        <translation>Não há nenhum ficheiro nem imagem para colar. Primeiro, copia um.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>A adicionar %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>A parar…</translation>
    </message>
    <message>
        <source>Adding %1: %2 of %3</source>
        <translation>A adicionar %1: %2 de %3</translation>
    </message>
    <message>
        <source>(file %1 of %2)</source>
        <translation>(ficheiro %1 de %2)</translation>
    </message>
    <message>
        <source>%1 added to your evidence.</source>
        <translation>Ficheiros adicionados às tuas provas: %1.</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar o link</translation>
    </message>
    <message>
        <source>Copy the link %1</source>
        <translation>Copiar o link %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link copiado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Trancar</translation>
    </message>
    <message>
        <source>Lock my diary</source>
        <translation>Trancar o meu diário</translation>
    </message>
    <message>
        <source>About your diary</source>
        <translation>Sobre o teu diário</translation>
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
        <translation>Essa pessoa contactou-me</translation>
    </message>
    <message>
        <source>I wrote to them</source>
        <translation>Eu escrevi-lhe</translation>
    </message>
    <message>
        <source>A message or threat</source>
        <translation>Uma mensagem ou ameaça</translation>
    </message>
    <message>
        <source>Change this message</source>
        <translation>Alterar esta mensagem</translation>
    </message>
    <message>
        <source>Paste the words as they were written. You don&apos;t need to reply to them.</source>
        <translation>Cola as palavras tal como foram escritas. Não precisas de responder.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App ou site</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>Quem escreveu</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Que conta</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>O que foi dito</translation>
    </message>
    <message>
        <source>Paste or type the message</source>
        <translation>Cola ou escreve a mensagem</translation>
    </message>
    <message>
        <source>What did they threaten?</source>
        <translation>O que ameaçaram fazer?</translation>
    </message>
    <message>
        <source>For example: to send a video to my friends</source>
        <translation>Por exemplo: enviar um vídeo aos meus amigos</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>For example %1</source>
        <translation>Por exemplo %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
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
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Pupil&apos;s record</source>
        <translation>Registo de proteção</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Família e amigos</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <source>Texts to send</source>
        <translation>Textos para enviar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Next steps: what happens next, and who does it</source>
        <translation>Próximos passos: o que acontece a seguir, e quem trata disso</translation>
    </message>
    <message>
        <source>Save next steps</source>
        <translation>Guardar os próximos passos</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>You can select words in your note and turn them into a separate message or demand.</source>
        <translation>Podes selecionar palavras da tua nota e transformá-las numa mensagem ou numa exigência à parte.</translation>
    </message>
    <message>
        <source>Selected words → message</source>
        <translation>Palavras selecionadas → mensagem</translation>
    </message>
    <message>
        <source>Selected words → demand</source>
        <translation>Palavras selecionadas → exigência</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>O que aconteceu?</translation>
    </message>
    <message>
        <source>Change this note</source>
        <translation>Alterar esta nota</translation>
    </message>
    <message>
        <source>Write it in your own words, in any order. There is no wrong way.</source>
        <translation>Escreve por palavras tuas, por qualquer ordem. Não há maneira errada.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Start anywhere</source>
        <translation>Começa por onde quiseres</translation>
    </message>
    <message>
        <source>Select some words in the note first.</source>
        <translation>Primeiro, seleciona algumas palavras da nota.</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Explained at %1.</source>
        <translation>Explicado às %1.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Everything, in order</source>
        <translation>Tudo, por ordem</translation>
    </message>
    <message>
        <source>One step at a time</source>
        <translation>Um passo de cada vez</translation>
    </message>
    <message>
        <source>Show one calm step per screen</source>
        <translation>Mostrar um passo por ecrã, com calma</translation>
    </message>
    <message>
        <source>These are the steps for your answers so far. Tick what you have done. Open any step to read it, or go to it. Steps after a question you have not answered yet may change.</source>
        <translation>Estes são os passos para as respostas que deste até agora. Marca o que já fizeste. Abre qualquer passo para o leres, ou vai até ele. Os passos a seguir a uma pergunta a que ainda não respondeste podem mudar.</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>A payment you made</source>
        <translation>Um pagamento que fizeste</translation>
    </message>
    <message>
        <source>Change this payment</source>
        <translation>Alterar este pagamento</translation>
    </message>
    <message>
        <source>This is not your fault. A payment is still evidence. Your bank may be able to stop or recall it, so tell them soon.</source>
        <translation>Isto não é culpa tua. Um pagamento continua a ser uma prova. O teu banco talvez consiga travar ou reverter o pagamento, por isso avisa-o depressa.</translation>
    </message>
    <message>
        <source>When did you pay?</source>
        <translation>Quando pagaste?</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Quanto</translation>
    </message>
    <message>
        <source>How you paid</source>
        <translation>Como pagaste</translation>
    </message>
    <message>
        <source>Bank transfer, card, gift cards…</source>
        <translation>Transferência bancária, cartão, cartões-oferta…</translation>
    </message>
    <message>
        <source>Who or where it went to</source>
        <translation>Para quem ou para onde foi</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referência do pagamento</translation>
    </message>
    <message>
        <source>The reference or transaction number on your receipt</source>
        <translation>A referência ou o número da transação no teu recibo</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Que conta</translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <source>How you paid</source>
        <translation>Como pagaste</translation>
    </message>
    <message>
        <source>My message about a payment by %1</source>
        <translation>A minha mensagem sobre um pagamento: %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>The person blackmailing me</source>
        <translation>A pessoa que me está a chantagear</translation>
    </message>
    <message>
        <source>Someone else involved</source>
        <translation>Outra pessoa envolvida</translation>
    </message>
    <message>
        <source>An account or person</source>
        <translation>Uma conta ou pessoa</translation>
    </message>
    <message>
        <source>Change this account or person</source>
        <translation>Alterar esta conta ou pessoa</translation>
    </message>
    <message>
        <source>Write down anything you can see. Paste it just as it appears. One thing is enough to start.</source>
        <translation>Escreve tudo o que conseguires ver. Cola tal como aparece. Basta uma coisa para começar.</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>Quem é?</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>App ou site</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <source>For example @name</source>
        <translation>Por exemplo @nome</translation>
    </message>
    <message>
        <source>Link to their profile</source>
        <translation>Link do perfil</translation>
    </message>
    <message>
        <source>Copy the address of their profile page</source>
        <translation>Copia o endereço da página do perfil</translation>
    </message>
    <message>
        <source>Name they show</source>
        <translation>Nome apresentado</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>With the country code if you can</source>
        <translation>Com o indicativo do país, se puderes</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Conta bancária (IBAN)</translation>
    </message>
    <message>
        <source>Other payment account</source>
        <translation>Outra conta de pagamento</translation>
    </message>
    <message>
        <source>PayPal, Revolut, Western Union name, gift-card shop…</source>
        <translation>PayPal, Revolut, nome na Western Union, loja de cartões-oferta…</translation>
    </message>
    <message>
        <source>Crypto wallet address</source>
        <translation>Endereço da carteira de criptomoedas</translation>
    </message>
    <message>
        <source>When did you first see it?</source>
        <translation>Quando viste isto pela primeira vez?</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Mais alguma coisa</translation>
    </message>
</context>
<context>
    <name>PlatformNotes</name>
    <message>
        <source>Where to click on each app</source>
        <translation>Onde carregar em cada app</translation>
    </message>
    <message>
        <source>Which app did they contact you on?</source>
        <translation>Em que app te contactaram?</translation>
    </message>
    <message>
        <source>Choose the app</source>
        <translation>Escolher a app</translation>
    </message>
    <message>
        <source>To block them</source>
        <translation>Para bloquear</translation>
    </message>
    <message>
        <source>To report them</source>
        <translation>Para denunciar</translation>
    </message>
    <message>
        <source>Your own account</source>
        <translation>A tua própria conta</translation>
    </message>
    <message>
        <source>Their help pages</source>
        <translation>Páginas de ajuda da app</translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <source>App or site</source>
        <translation>App ou site</translation>
    </message>
    <message>
        <source>Help page address: %1</source>
        <translation>Endereço da página de ajuda: %1</translation>
    </message>
    <message>
        <source>My report text for %1</source>
        <translation>O meu texto de denúncia para: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove this record for good</source>
        <translation>Remover este registo de vez</translation>
    </message>
    <message>
        <source>Remove case %1 from this computer?</source>
        <translation>Remover o caso %1 deste computador?</translation>
    </message>
    <message>
        <source>Everything in this record is removed for good: notes, decisions and evidence. Only the case number and the dates stay, to show it existed. This cannot be undone.</source>
        <translation>Tudo o que está neste registo é removido de vez: notas, decisões e provas. Só ficam o número do caso e as datas, para mostrar que existiu. Não é possível anular isto.</translation>
    </message>
    <message>
        <source>Type the case number %1 to confirm</source>
        <translation>Escreve o número do caso, %1, para confirmar</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Remover de vez</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit (Esc)</source>
        <translation>Saída rápida (Esc)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <source>Hide Harbour at once and lock your diary. Shortcut: Esc.</source>
        <translation>Esconde o Harbour de imediato e tranca o teu diário. Atalho: Esc.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>A tua chave de recuperação</translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe</source>
        <translation>Guarda esta chave de recuperação num sítio seguro</translation>
    </message>
    <message>
        <source>If this computer can&apos;t unlock your diary, or you forget your passphrase, this key opens it. Write it down or print it. Harbour will not show it again.</source>
        <translation>Se este computador não conseguir destrancar o teu diário, ou se te esqueceres da frase-passe, esta chave abre-o. Escreve-a num papel ou imprime-a. O Harbour não a volta a mostrar.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Anyone with this key can open your diary. Keep it away from the person blackmailing you. A copied key is wiped from the clipboard after 30 seconds.</source>
        <translation>Qualquer pessoa com esta chave pode abrir o teu diário. Mantém-na longe da pessoa que te está a chantagear. Se copiares a chave, ela é apagada da área de transferência ao fim de 30 segundos.</translation>
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
        <translation>Guardar num ficheiro…</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Já a guardei em segurança</translation>
    </message>
    <message>
        <source>Harbour recovery key</source>
        <translation>Chave de recuperação do Harbour</translation>
    </message>
    <message>
        <source>Save the recovery key?</source>
        <translation>Guardar a chave de recuperação?</translation>
    </message>
    <message>
        <source>The file will not be encrypted. Save it somewhere only you can reach, such as a USB stick you keep safe.</source>
        <translation>O ficheiro não vai ser encriptado. Guarda-o num sítio a que só tu tenhas acesso, como uma pen USB que guardes em segurança.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar a chave de recuperação</translation>
    </message>
</context>
<context>
    <name>RegionLine</name>
    <message>
        <source>Showing help for: %1</source>
        <translation>A mostrar ajuda para: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudar</translation>
    </message>
    <message>
        <source>Change the country or region</source>
        <translation>Mudar o país ou a região</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Show as plain text</source>
        <translation>Mostrar como texto simples</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Pré-visualização do relatório</translation>
    </message>
    <message>
        <source>Report preview as plain text</source>
        <translation>Pré-visualização do relatório em texto simples</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report for the police</source>
        <translation>Relatório para a polícia</translation>
    </message>
    <message>
        <source>Harbour makes this report from your diary. Choose the form for where you will report. Add your own statement if you like. Then save it, print it, or make an evidence pack.</source>
        <translation>O Harbour faz este relatório a partir do teu diário. Escolhe o formulário do sítio onde vais apresentar queixa. Se quiseres, acrescenta a tua declaração. Depois, guarda-o, imprime-o ou faz um pacote de provas.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Which police form the report follows</source>
        <translation>O formulário da polícia que o relatório segue</translation>
    </message>
    <message>
        <source>Your own statement</source>
        <translation>A tua declaração</translation>
    </message>
    <message>
        <source>In your own words: what happened, when, and how it made you feel. It goes into the report. It is kept in your locked diary.</source>
        <translation>Por palavras tuas: o que aconteceu, quando, e como te sentiste. Entra no relatório. Fica guardada no teu diário trancado.</translation>
    </message>
    <message>
        <source>Save my statement</source>
        <translation>Guardar a minha declaração</translation>
    </message>
    <message>
        <source>Your diary is empty so far. Add what happened, then come back here.</source>
        <translation>O teu diário ainda está vazio. Acrescenta o que aconteceu e depois volta aqui.</translation>
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
        <translation>Fazer um pacote de provas</translation>
    </message>
    <message>
        <source>One file with the report, your evidence files and their fingerprints.</source>
        <translation>Um só ficheiro com o relatório, os teus ficheiros de prova e as respetivas impressões digitais.</translation>
    </message>
    <message>
        <source>See an example report</source>
        <translation>Ver um relatório de exemplo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Your statement is saved in your diary.</source>
        <translation>A tua declaração está guardada no teu diário.</translation>
    </message>
    <message>
        <source>Harbour could not make the preview just now. Your diary has not changed.</source>
        <translation>O Harbour não conseguiu fazer a pré-visualização agora. O teu diário não foi alterado.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Your report was sent to the printer.</source>
        <translation>O teu relatório foi enviado para a impressora.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Parado. Não foi guardado nada.</translation>
    </message>
    <message>
        <source>There is not enough free space there. Nothing was saved.</source>
        <translation>Não há espaço livre suficiente aí. Não foi guardado nada.</translation>
    </message>
    <message>
        <source>One of your evidence files did not pass its safety check, so nothing was saved.</source>
        <translation>Um dos teus ficheiros de prova não passou na verificação de segurança, por isso não foi guardado nada.</translation>
    </message>
    <message>
        <source>Your diary is locked. Unlock it and try again.</source>
        <translation>O teu diário está trancado. Destranca-o e tenta outra vez.</translation>
    </message>
    <message>
        <source>Harbour could not save there. Nothing was saved. Try another folder.</source>
        <translation>O Harbour não conseguiu guardar aí. Não foi guardado nada. Experimenta outra pasta.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar o relatório como PDF</translation>
    </message>
    <message>
        <source>Save the report as text</source>
        <translation>Guardar o relatório como texto</translation>
    </message>
    <message>
        <source>Save the evidence pack</source>
        <translation>Guardar o pacote de provas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>A imprimir…</translation>
    </message>
    <message>
        <source>Making the example…</source>
        <translation>A preparar o exemplo…</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>If you used this guide before, your diary remembers where you were.</source>
        <translation>Se já usaste este guia, o teu diário lembra-se de onde ficaste.</translation>
    </message>
    <message>
        <source>Unlock my diary</source>
        <translation>Destrancar o meu diário</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Caller&apos;s region</source>
        <translation>Região da pessoa que liga</translation>
    </message>
    <message>
        <source>Caller&apos;s age</source>
        <translation>Idade da pessoa que liga</translation>
    </message>
    <message>
        <source>Emergency and crisis help in the caller&apos;s region</source>
        <translation>Ajuda de emergência e em crise na região da pessoa que liga</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Case %1 was removed from this computer.</source>
        <translation>O caso %1 foi removido deste computador.</translation>
    </message>
    <message>
        <source>That did not work, and nothing was lost. Please try again.</source>
        <translation>Isso não funcionou, mas não se perdeu nada. Tenta outra vez.</translation>
    </message>
    <message>
        <source>Pupils&apos; records</source>
        <translation>Registos de proteção</translation>
    </message>
    <message>
        <source>New pupil record</source>
        <translation>Novo registo</translation>
    </message>
    <message>
        <source>Pupil&apos;s initials or school reference</source>
        <translation>Iniciais ou n.º de processo do aluno ou da aluna</translation>
    </message>
    <message>
        <source>No pupil&apos;s record is open. Start a new record when a pupil comes to you.</source>
        <translation>Não há nenhum registo aberto. Começa um registo novo quando um aluno ou uma aluna vier ter contigo.</translation>
    </message>
    <message>
        <source>Save what the pupil said</source>
        <translation>Guardar o que o aluno ou a aluna disse</translation>
    </message>
    <message>
        <source>Harbour never stores images in school mode. Record a description of what a file showed, never the file.</source>
        <translation>No modo escola, o Harbour nunca guarda imagens. Regista uma descrição do que um ficheiro mostrava, nunca o ficheiro.</translation>
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
        <translation>Remover deste computador</translation>
    </message>
    <message>
        <source>After export: removes the record for good, keeping only its number.</source>
        <translation>Depois de exportar: remove o registo de vez e guarda só o número.</translation>
    </message>
    <message>
        <source>Choose a pupil&apos;s record</source>
        <translation>Escolher um registo</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Saved with the time and your name.</source>
        <translation>Guardado com a hora e o teu nome.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Exportar o registo</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>A exportar…</translation>
    </message>
</context>
<context>
    <name>ServicesBox</name>
    <message>
        <source>Who can help</source>
        <translation>Quem pode ajudar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language and region</source>
        <translation>Idioma e região</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspeto</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual a este computador</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Show the guide one calm step at a time</source>
        <translation>Mostrar o guia com calma, um passo de cada vez</translation>
    </message>
    <message>
        <source>Keep everything still (no moving pictures)</source>
        <translation>Manter tudo parado (sem animações)</translation>
    </message>
    <message>
        <source>Harbour never uses the internet. Everything stays on this computer.</source>
        <translation>O Harbour nunca usa a internet. Tudo fica neste computador.</translation>
    </message>
    <message>
        <source>Locking your diary</source>
        <translation>Trancar o teu diário</translation>
    </message>
    <message>
        <source>Let this computer unlock my diary</source>
        <translation>Deixar este computador destrancar o meu diário</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Criar uma nova chave de recuperação</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Fazer já uma cópia de segurança</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Mudar a minha frase-passe</translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation>Adicionar uma frase-passe</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>Type your new passphrase (at least 8 characters)</source>
        <translation>Escreve a tua nova frase-passe (pelo menos 8 carateres)</translation>
    </message>
    <message>
        <source>Please use at least 8 characters.</source>
        <translation>Usa pelo menos 8 carateres.</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escreve-a outra vez</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>The two passphrases were not the same.</source>
        <translation>As duas frases-passe não eram iguais.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>A fazer uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation>Cópia de segurança feita e verificada.</translation>
    </message>
</context>
<context>
    <name>StartDiaryPage</name>
    <message>
        <source>A private diary of what happened</source>
        <translation>Um diário privado do que aconteceu</translation>
    </message>
    <message>
        <source>Police and platforms will ask who contacted you, what they demanded and when. Your diary keeps this for you, locked on this computer. It is created the first time you save something.</source>
        <translation>A polícia e as plataformas vão perguntar quem te contactou, o que te exigiu e quando. O teu diário guarda isto por ti, trancado neste computador. É criado da primeira vez que guardares alguma coisa.</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Começar o meu diário</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <source>Show me everything</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>See every step at once, as a checklist</source>
        <translation>Ver todos os passos de uma vez, como lista</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Voltar (Alt+Seta para a esquerda)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Start the guide again</source>
        <translation>Recomeçar o guia</translation>
    </message>
    <message>
        <source>You can also</source>
        <translation>Também podes</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Tell me more</source>
        <translation>Saber mais</translation>
    </message>
    <message>
        <source>Welcome back. This is where you left off.</source>
        <translation>Olá outra vez. Foi aqui que ficaste.</translation>
    </message>
    <message>
        <source>Your place in the guide could not be saved just now.</source>
        <translation>Neste momento, não foi possível guardar o ponto onde estás no guia.</translation>
    </message>
</context>
<context>
    <name>StopRow</name>
    <message>
        <source>You are here</source>
        <translation>Estás aqui</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Esconder os pormenores</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Mostrar os pormenores</translation>
    </message>
    <message>
        <source>Go to this step</source>
        <translation>Ir para este passo</translation>
    </message>
    <message>
        <source>Go to this step: %1</source>
        <translation>Ir para este passo: %1</translation>
    </message>
</context>
<context>
    <name>TextExport</name>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Ficheiros de texto (*.txt)</translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message>
        <source>Use the version I kept</source>
        <translation>Usar a versão que guardei</translation>
    </message>
    <message>
        <source>Your diary has changed. Press Start again to use the new details.</source>
        <translation>O teu diário mudou. Carrega em «Recomeçar» para usares os dados novos.</translation>
    </message>
    <message>
        <source>This is the version you kept.</source>
        <translation>Esta é a versão que guardaste.</translation>
    </message>
</context>
<context>
    <name>TextsPage</name>
    <message>
        <source>Texts ready to send</source>
        <translation>Textos prontos a enviar</translation>
    </message>
    <message>
        <source>Harbour writes these from your diary. Anything in [square brackets] is missing. Fill it in, or delete that line, before you send.</source>
        <translation>O Harbour escreve estes textos a partir do teu diário. O que está entre [parênteses retos] está em falta. Antes de enviares, preenche-o ou apaga essa linha.</translation>
    </message>
    <message>
        <source>For an app or site</source>
        <translation>Para uma app ou um site</translation>
    </message>
    <message>
        <source>For your bank or payment service</source>
        <translation>Para o teu banco ou serviço de pagamento</translation>
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
        <translation>Anular</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Anular o último apagamento</translation>
    </message>
    <message>
        <source>Bring back what you deleted last</source>
        <translation>Recuperar o que apagaste por último</translation>
    </message>
    <message>
        <source>Deleted. You can undo this until you lock your diary.</source>
        <translation>Apagado. Podes anular isto até trancares o teu diário.</translation>
    </message>
    <message>
        <source>%1 things deleted. You can undo them, one at a time, until you lock your diary.</source>
        <translation>%1 registos apagados. Podes recuperá-los, um de cada vez, até trancares o teu diário.</translation>
    </message>
</context>
<context>
    <name>UnencryptedWarning</name>
    <message>
        <source>This file will not be encrypted</source>
        <translation>Este ficheiro não vai ser encriptado</translation>
    </message>
    <message>
        <source>Anyone who can open your files can read it. Save it somewhere private, such as a USB stick you keep safe. Delete the file when you no longer need it.</source>
        <translation>Qualquer pessoa que consiga abrir os teus ficheiros pode lê-lo. Guarda-o num sítio privado, como uma pen USB que guardes em segurança. Apaga o ficheiro quando já não precisares dele.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Escolher onde guardar…</translation>
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
        <translation>O teu diário está trancado</translation>
    </message>
    <message>
        <source>The guide still works while it is locked. Unlock your diary to see or add what you saved.</source>
        <translation>O guia continua a funcionar com o diário trancado. Destranca o teu diário para veres ou acrescentares o que guardaste.</translation>
    </message>
    <message>
        <source>Unlock with this computer</source>
        <translation>Destrancar com este computador</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Destrancar</translation>
    </message>
    <message>
        <source>Unlock with passphrase</source>
        <translation>Destrancar com a frase-passe</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>Usar antes a minha chave de recuperação</translation>
    </message>
    <message>
        <source>Recovery key, e.g. ABCDE-FGHJK-…</source>
        <translation>Chave de recuperação, por ex. ABCDE-FGHJK-…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Unlock with recovery key</source>
        <translation>Destrancar com a chave de recuperação</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Repor a cópia de segurança mais recente</translation>
    </message>
    <message>
        <source>Restore the spare key file</source>
        <translation>Repor o ficheiro da chave de reserva</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>A abrir o teu diário…</translation>
    </message>
    <message>
        <source>The spare key file is back in place. Please unlock again.</source>
        <translation>O ficheiro da chave de reserva foi reposto. Destranca outra vez.</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>This computer&apos;s keyring is locked, so it can&apos;t open your diary. Use your passphrase or recovery key instead. Nothing is lost.</source>
        <translation>O porta-chaves deste computador está trancado, por isso não consegue abrir o teu diário. Usa antes a tua frase-passe ou a tua chave de recuperação. Não se perdeu nada.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring said no, so it can&apos;t open your diary. Use your passphrase or recovery key instead. Nothing is lost.</source>
        <translation>O porta-chaves deste computador recusou o pedido, por isso não consegue abrir o teu diário. Usa antes a tua frase-passe ou a tua chave de recuperação. Não se perdeu nada.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t hold the key for this diary (perhaps it was moved from another computer). Use your passphrase or recovery key.</source>
        <translation>Este computador não tem a chave deste diário (talvez o diário tenha vindo de outro computador). Usa a tua frase-passe ou a tua chave de recuperação.</translation>
    </message>
    <message>
        <source>Your organisation has turned off unlocking with this computer. Use your passphrase or recovery key.</source>
        <translation>A tua organização desativou a opção de destrancar com este computador. Usa a tua frase-passe ou a tua chave de recuperação.</translation>
    </message>
    <message>
        <source>This computer has no keyring Harbour can use. Please choose a passphrase instead.</source>
        <translation>Este computador não tem um porta-chaves que o Harbour possa usar. Em vez disso, escolhe uma frase-passe.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open your diary. Take your time and try again. Nothing has changed.</source>
        <translation>Essa frase-passe não abriu o teu diário. Não tenhas pressa e tenta outra vez. Nada foi alterado.</translation>
    </message>
    <message>
        <source>That recovery key belongs to a different diary. Nothing has changed.</source>
        <translation>Essa chave de recuperação é de outro diário. Nada foi alterado.</translation>
    </message>
    <message>
        <source>That recovery key has a typing slip in it. Check each group of letters and try again.</source>
        <translation>Essa chave de recuperação tem um erro de escrita. Confirma cada grupo de letras e tenta outra vez.</translation>
    </message>
    <message>
        <source>Your diary file is damaged. Harbour has not changed it. You can restore the latest backup.</source>
        <translation>O ficheiro do teu diário está danificado. O Harbour não o alterou. Podes repor a cópia de segurança mais recente.</translation>
    </message>
    <message>
        <source>The small key file beside your diary is damaged. Harbour keeps a spare copy you can restore.</source>
        <translation>O pequeno ficheiro da chave, ao lado do teu diário, está danificado. O Harbour guarda uma cópia de reserva que podes repor.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>O disco está cheio, por isso não foi possível guardar isto. Tudo o que foi guardado antes está em segurança. Liberta algum espaço e tenta outra vez.</translation>
    </message>
    <message>
        <source>Please choose a passphrase to protect your diary.</source>
        <translation>Escolhe uma frase-passe para proteger o teu diário.</translation>
    </message>
    <message>
        <source>There is no diary on this computer yet.</source>
        <translation>Ainda não há nenhum diário neste computador.</translation>
    </message>
    <message>
        <source>A diary already exists here. Harbour will not replace it.</source>
        <translation>Já existe um diário aqui. O Harbour não o vai substituir.</translation>
    </message>
    <message>
        <source>The backup could not be made. Your diary itself is safe.</source>
        <translation>Não foi possível fazer a cópia de segurança. O teu diário em si está em segurança.</translation>
    </message>
    <message>
        <source>Your diary is locked. Unlock it to carry on.</source>
        <translation>O teu diário está trancado. Destranca-o para continuares.</translation>
    </message>
    <message>
        <source>Harbour was closed suddenly last time, and part of its record of the last changes was damaged. Your diary is open, but some of the last changes may be missing. Please check your latest entries. Harbour has kept an encrypted copy of the damaged part.</source>
        <translation>Da última vez, o Harbour fechou de repente e parte do registo das últimas alterações ficou danificada. O teu diário está aberto, mas podem faltar algumas das últimas alterações. Verifica as tuas entradas mais recentes. O Harbour guardou uma cópia cifrada da parte danificada.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved information is safe. Please try again.</source>
        <translation>Algo correu mal. A informação que guardaste está em segurança. Tenta outra vez.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>O que era</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Onde foi visto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>A imagem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>WhenInput</name>
    <message>
        <source>For example %1</source>
        <translation>Por exemplo %1</translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation>%1: data</translation>
    </message>
    <message>
        <source>%1: time</source>
        <translation>%1: hora</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>%1: set to now</source>
        <translation>%1: pôr agora</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Handover summary</source>
        <translation>Resumo para a passagem do caso</translation>
    </message>
    <message>
        <source>Copy the handover</source>
        <translation>Copiar a passagem do caso</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after 30 seconds.</source>
        <translation>A área de transferência volta a ser limpa ao fim de 30 segundos.</translation>
    </message>
    <message>
        <source>Print the handover</source>
        <translation>Imprimir a passagem do caso</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Fechar o caso</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
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
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
</context>
</TS>
