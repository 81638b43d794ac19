<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>CallPage</name>
    <message>
        <source>No call is open. Start a new call, or open a case from the case list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case title (optional, e.g. a first name or nickname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note: type one line and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every case: names, numbers, notes, messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a case for a new call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases removed after the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases removed for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the removed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
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
    <name>ExportWarningDialog</name>
    <message>
        <source>Before you go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing takes this out of the locked diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer and this computer&apos;s print system receive the text unencrypted. Collect the pages at once and keep them somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can open the file can read it. Save it only where your organisation keeps safeguarding records, and delete any other copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowWalker</name>
    <message>
        <source>Steps on this route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or reference for the next answer or tick (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HappenedPanel</name>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a note</source>
        <translation type="unfinished"></translation>
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
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Trancar</translation>
    </message>
    <message>
        <source>Lock my diary</source>
        <translation>Trancar o meu diário</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Next steps: what happens next, and who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save next steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Explained at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove this record for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove case %1 from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this record is removed for good: notes, decisions and evidence. Only the case number and the dates stay, to show it existed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the case number %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
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
    <name>SafetyPanel</name>
    <message>
        <source>Caller&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency and crisis help in the caller&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work, and nothing was lost. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pupil record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil&apos;s initials or school reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil&apos;s record is open. Start a new record when a pupil comes to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what the pupil said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbour never stores images in school mode. Record a description of what a file showed, never the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After export: removes the record for good, keeping only its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pupil&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with the time and your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
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
    <name>WrapUpPanel</name>
    <message>
        <source>Handover summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is cleared again after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
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
