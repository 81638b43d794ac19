<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionForm</name>
    <message>
        <source>Something you did</source>
        <translation>Rhywbeth wnest ti</translation>
    </message>
    <message>
        <source>Change this step</source>
        <translation>Newid y cam hwn</translation>
    </message>
    <message>
        <source>Each step you take counts. Write it down so you can show it.</source>
        <translation>Mae pob cam rwyt ti&apos;n ei gymryd yn cyfrif. Ysgrifenna fe i lawr er mwyn i ti allu ei ddangos.</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Beth wnest ti?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>Ap neu wefan</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>For example the police crime reference or the report number</source>
        <translation>Er enghraifft, cyfeirnod trosedd yr heddlu neu rif yr adroddiad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Ychwanegu tystiolaeth</translation>
    </message>
    <message>
        <source>Keep screenshots of their profile and messages, and receipts of any payment. Delete nothing. Harbour keeps an encrypted copy on this computer.</source>
        <translation>Cadwa sgrinluniau o&apos;u proffil a&apos;u negeseuon, a derbynebau unrhyw daliad. Paid â dileu dim byd. Mae Harbour yn cadw copi wedi&apos;i amgryptio ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Skip</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Skip the breathing exercise</source>
        <translation>Hepgor yr ymarfer anadlu</translation>
    </message>
    <message>
        <source>Breathe with me again</source>
        <translation>Anadlu gyda fi eto</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Cylch anadlu</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>No call is open. Start a new call, or open a case from the case list.</source>
        <translation>Does dim galwad ar agor. Dechreuwch alwad newydd, neu agorwch achos o&apos;r rhestr achosion.</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Galwad newydd</translation>
    </message>
    <message>
        <source>Case title (optional, e.g. a first name or nickname)</source>
        <translation>Teitl yr achos (dewisol, e.e. enw cyntaf neu lysenw)</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statws yr achos</translation>
    </message>
    <message>
        <source>Call stages</source>
        <translation>Rhannau&apos;r alwad</translation>
    </message>
    <message>
        <source>Quick note: type one line and press Enter</source>
        <translation>Nodyn cyflym: teipiwch un llinell a phwyswch Enter</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Nodiadau diweddar</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Achos %1</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Search every case: names, numbers, notes, messages</source>
        <translation>Chwilio pob achos: enwau, rhifau, nodiadau, negeseuon</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Galwad newydd</translation>
    </message>
    <message>
        <source>Start a case for a new call</source>
        <translation>Dechrau achos ar gyfer galwad newydd</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Agor achos</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Dangos achosion</translation>
    </message>
    <message>
        <source>Open and follow-up</source>
        <translation>Ar agor a dilyn i fyny</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Pob achos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dilyn i fyny</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Agorwyd</translation>
    </message>
    <message>
        <source>Last written</source>
        <translation>Diweddarwyd</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Canfuwyd</translation>
    </message>
    <message>
        <source>Columns of the case list</source>
        <translation>Colofnau&apos;r rhestr achosion</translation>
    </message>
    <message>
        <source>Cases removed after the retention period</source>
        <translation>Achosion a ddilëwyd ar ôl y cyfnod cadw</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Cases removed for good</source>
        <translation>Achosion a ddilëwyd yn barhaol</translation>
    </message>
    <message>
        <source>Columns of the removed cases</source>
        <translation>Colofnau&apos;r achosion a ddilëwyd</translation>
    </message>
    <message>
        <source>No case matches your search.</source>
        <translation>Does dim achos yn cyfateb i&apos;ch chwiliad.</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Dim achosion eto.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Start your diary</source>
        <translation>Dechrau dy ddyddiadur</translation>
    </message>
    <message>
        <source>Your diary stays locked on this computer</source>
        <translation>Mae dy ddyddiadur yn aros dan glo ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Only you can open it. Harbour never sends anything anywhere.</source>
        <translation>Dim ond ti sy&apos;n gallu ei agor. Dydy Harbour byth yn anfon dim byd i unman.</translation>
    </message>
    <message>
        <source>This computer will unlock it for you. A passphrase adds protection if other people use this computer.</source>
        <translation>Bydd y cyfrifiadur hwn yn ei ddatgloi i ti. Mae cyfrinymadrodd yn ei ddiogelu&apos;n well os yw pobl eraill yn defnyddio&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. You will need it to open your diary.</source>
        <translation>Dewisa gyfrinymadrodd, plîs. Bydd ei angen arnat ti i agor dy ddyddiadur.</translation>
    </message>
    <message>
        <source>Also protect it with a passphrase (recommended)</source>
        <translation>Ei ddiogelu gyda chyfrinymadrodd hefyd (argymhellir)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipia fe eto</translation>
    </message>
    <message>
        <source>A few words only you would think of</source>
        <translation>Ychydig o eiriau na fyddai neb ond ti yn meddwl amdanyn nhw</translation>
    </message>
    <message>
        <source>The same words again</source>
        <translation>Yr un geiriau eto</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Cadarnhau&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Dechrau fy nyddiadur</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Dim nawr</translation>
    </message>
    <message>
        <source>Please use at least %1 characters.</source>
        <translation>Defnyddia o leiaf %1 nod, plîs.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Dydy&apos;r ddau gyfrinymadrodd ddim yr un fath eto.</translation>
    </message>
    <message>
        <source>Setting up your diary…</source>
        <translation>Wrthi&apos;n paratoi dy ddyddiadur…</translation>
    </message>
</context>
<context>
    <name>CrisisBar</name>
    <message>
        <source>In danger now? Call %1</source>
        <translation>Mewn perygl nawr? Ffonia %1</translation>
    </message>
    <message>
        <source>In danger now? Call your local emergency number</source>
        <translation>Mewn perygl nawr? Ffonia dy rif brys lleol</translation>
    </message>
    <message>
        <source>More help</source>
        <translation>Rhagor o help</translation>
    </message>
    <message>
        <source>More help and crisis lines</source>
        <translation>Rhagor o help a llinellau argyfwng</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Help right now</source>
        <translation>Help ar unwaith</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Does dim rhaid i ti ddelio â hyn ar dy ben dy hun</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>DeleteTwice</name>
    <message>
        <source>Delete this from your diary?</source>
        <translation>Dileu hwn o dy ddyddiadur?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Wyt ti&apos;n siŵr?</translation>
    </message>
    <message>
        <source>Police and platforms may need it later. You can undo this until you lock your diary. After that it is gone for good.</source>
        <translation>Efallai y bydd angen hwn ar yr heddlu a&apos;r platfformau nes ymlaen. Galli di ddadwneud hyn nes i ti gloi dy ddyddiadur. Ar ôl hynny, bydd wedi mynd am byth.</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Ydw, ei ddileu</translation>
    </message>
</context>
<context>
    <name>DemandForm</name>
    <message>
        <source>What they demanded</source>
        <translation>Beth roedden nhw&apos;n ei fynnu</translation>
    </message>
    <message>
        <source>Change this demand</source>
        <translation>Newid y gofyniad hwn</translation>
    </message>
    <message>
        <source>Please don&apos;t pay. Paying does not get images deleted, and the demands usually grow. Writing the demand down helps the police.</source>
        <translation>Paid â thalu, plîs. Dydy talu ddim yn cael gwared ar y lluniau, ac fel arfer mae&apos;r gofynion yn tyfu. Mae ysgrifennu&apos;r gofyniad i lawr yn helpu&apos;r heddlu.</translation>
    </message>
    <message>
        <source>When did they ask?</source>
        <translation>Pryd wnaethon nhw ofyn?</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Faint</translation>
    </message>
    <message>
        <source>How they want it paid</source>
        <translation>Sut maen nhw eisiau cael eu talu</translation>
    </message>
    <message>
        <source>Bank transfer, Western Union, gift cards, Bitcoin…</source>
        <translation>Trosglwyddiad banc, Western Union, cardiau rhodd, Bitcoin…</translation>
    </message>
    <message>
        <source>Where to send it</source>
        <translation>Ble i&apos;w anfon</translation>
    </message>
    <message>
        <source>The account, IBAN, wallet or name they gave</source>
        <translation>Y cyfrif, yr IBAN, y waled neu&apos;r enw wnaethon nhw ei roi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Pa gyfrif</translation>
    </message>
</context>
<context>
    <name>DescribeDialog</name>
    <message>
        <source>Work it out from a file…</source>
        <translation>Ei gyfrifo o ffeil…</translation>
    </message>
    <message>
        <source>Harbour reads the file to work out its SHA-256 and keeps none of it.</source>
        <translation>Mae Harbour yn darllen y ffeil i gyfrifo ei SHA-256. Dydy e ddim yn cadw dim ohoni.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Working out the SHA-256</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r SHA-256</translation>
    </message>
    <message>
        <source>Say what it showed and where you saw it. If you have the file, its SHA-256 lets police match it later without Harbour keeping it.</source>
        <translation>Dywed beth roedd yn ei ddangos, a ble gwelest ti e. Os yw&apos;r ffeil gyda ti, mae ei SHA-256 yn gadael i&apos;r heddlu ei pharu nes ymlaen, heb i Harbour ei chadw.</translation>
    </message>
    <message>
        <source>Describe it instead</source>
        <translation>Ei ddisgrifio yn lle hynny</translation>
    </message>
    <message>
        <source>Change the details of this evidence</source>
        <translation>Newid manylion y dystiolaeth hon</translation>
    </message>
    <message>
        <source>What was it?</source>
        <translation>Beth oedd e?</translation>
    </message>
    <message>
        <source>For example: a video call recording they say they have</source>
        <translation>Er enghraifft: recordiad o alwad fideo maen nhw&apos;n dweud sydd ganddyn nhw</translation>
    </message>
    <message>
        <source>Where did you see it?</source>
        <translation>Ble gwelest ti e?</translation>
    </message>
    <message>
        <source>The app, chat or link where it was</source>
        <translation>Yr ap, y sgwrs neu&apos;r ddolen lle roedd e</translation>
    </message>
    <message>
        <source>SHA-256 (if you have it)</source>
        <translation>SHA-256 (os yw e gyda ti)</translation>
    </message>
    <message>
        <source>64 letters and digits</source>
        <translation>64 o lythrennau a digidau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Choose the file to work out its SHA-256</source>
        <translation>Dewis y ffeil i gyfrifo ei SHA-256</translation>
    </message>
</context>
<context>
    <name>DiaryMessages</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Llenwa hwn, plîs.</translation>
    </message>
    <message>
        <source>Please pick one of the choices in the list.</source>
        <translation>Dewisa un o&apos;r dewisiadau yn y rhestr, plîs.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a full phone number. Check the digits, or paste it as it appeared.</source>
        <translation>Dydy hwn ddim yn edrych fel rhif ffôn llawn. Gwiria&apos;r digidau, neu gluda fe fel roedd e&apos;n ymddangos.</translation>
    </message>
    <message>
        <source>Please add the country code at the start, for example +44 or +34.</source>
        <translation>Ychwanega god y wlad ar y dechrau, plîs. Er enghraifft, +44 neu +34.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an IBAN. Copy it again from the message.</source>
        <translation>Dydy hwn ddim yn edrych fel IBAN. Copïa fe eto o&apos;r neges.</translation>
    </message>
    <message>
        <source>One of the characters in this IBAN seems wrong. Check it against the message.</source>
        <translation>Mae&apos;n ymddangos bod un o&apos;r nodau yn yr IBAN hwn yn anghywir. Cymhara fe â&apos;r neges.</translation>
    </message>
    <message>
        <source>This IBAN is too long or too short. Check you have all of it.</source>
        <translation>Mae&apos;r IBAN hwn yn rhy hir neu&apos;n rhy fyr. Gwiria fod y cyfan gyda ti.</translation>
    </message>
    <message>
        <source>An IBAN starts with two letters for the country, such as ES or GB.</source>
        <translation>Mae IBAN yn dechrau gyda dwy lythyren ar gyfer y wlad, fel ES neu GB.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a link. Copy it again from the app or browser.</source>
        <translation>Dydy hwn ddim yn edrych fel dolen. Copïa fe eto o&apos;r ap neu&apos;r porwr.</translation>
    </message>
    <message>
        <source>Only web links starting with http:// or https:// can be kept here.</source>
        <translation>Dim ond dolenni gwe sy&apos;n dechrau gyda http:// neu https:// mae modd eu cadw yma.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like an e-mail address. Check it has an @.</source>
        <translation>Dydy hwn ddim yn edrych fel cyfeiriad e-bost. Gwiria fod @ ynddo.</translation>
    </message>
    <message>
        <source>Please write the amount in numbers, such as 250.</source>
        <translation>Ysgrifenna&apos;r swm mewn rhifau, plîs, fel 250.</translation>
    </message>
    <message>
        <source>The amount can&apos;t be below zero.</source>
        <translation>Dydy&apos;r swm ddim yn gallu bod yn llai na sero.</translation>
    </message>
    <message>
        <source>Harbour doesn&apos;t know this currency. Please pick one from the list.</source>
        <translation>Dydy Harbour ddim yn adnabod yr arian cyfred hwn. Dewisa un o&apos;r rhestr, plîs.</translation>
    </message>
    <message>
        <source>Please choose the currency.</source>
        <translation>Dewisa&apos;r arian cyfred, plîs.</translation>
    </message>
    <message>
        <source>Please write the date like the example, or press Now.</source>
        <translation>Ysgrifenna&apos;r dyddiad fel yr enghraifft, plîs, neu pwysa ‘Nawr’.</translation>
    </message>
    <message>
        <source>Please write the time like the example, for example 21:30.</source>
        <translation>Ysgrifenna&apos;r amser fel yr enghraifft, plîs. Er enghraifft, 21:30.</translation>
    </message>
    <message>
        <source>Harbour doesn&apos;t know this region.</source>
        <translation>Dydy Harbour ddim yn adnabod y rhanbarth hwn.</translation>
    </message>
    <message>
        <source>A SHA-256 is 64 letters and digits (0-9, a-f). Copy it again, or work it out from the file.</source>
        <translation>Mae SHA-256 yn 64 o lythrennau a digidau (0-9, a-f). Copïa fe eto, neu cyfrifa fe o&apos;r ffeil.</translation>
    </message>
    <message>
        <source>That person or account is no longer in this diary. Please pick again.</source>
        <translation>Dydy&apos;r person neu&apos;r cyfrif yna ddim yn y dyddiadur hwn bellach. Dewisa eto, plîs.</translation>
    </message>
    <message>
        <source>Please check this.</source>
        <translation>Gwiria hwn, plîs.</translation>
    </message>
    <message>
        <source>This could not be saved. Everything saved before is safe. Please try again.</source>
        <translation>Doedd dim modd cadw hyn. Mae popeth gafodd ei gadw o&apos;r blaen yn ddiogel. Rho gynnig arall arni, plîs.</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Your diary</source>
        <translation>Dy ddyddiadur</translation>
    </message>
    <message>
        <source>Write things down as you remember them, in any order. It stays locked on this computer. Police and platforms will ask for these details.</source>
        <translation>Ysgrifenna bethau i lawr fel rwyt ti&apos;n eu cofio, mewn unrhyw drefn. Mae&apos;n aros dan glo ar y cyfrifiadur hwn. Bydd yr heddlu a&apos;r platfformau&apos;n gofyn am y manylion hyn.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Beth ddigwyddodd?</translation>
    </message>
    <message>
        <source>Account or person</source>
        <translation>Cyfrif neu berson</translation>
    </message>
    <message>
        <source>Message or threat</source>
        <translation>Neges neu fygythiad</translation>
    </message>
    <message>
        <source>What they demanded</source>
        <translation>Beth roedden nhw&apos;n ei fynnu</translation>
    </message>
    <message>
        <source>A payment</source>
        <translation>Taliad</translation>
    </message>
    <message>
        <source>Something I did</source>
        <translation>Rhywbeth wnes i</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ychwanegu: %1</translation>
    </message>
    <message>
        <source>Search your diary</source>
        <translation>Chwilio dy ddyddiadur</translation>
    </message>
    <message>
        <source>What happened, in order</source>
        <translation>Beth ddigwyddodd, mewn trefn</translation>
    </message>
    <message>
        <source>What your search found</source>
        <translation>Beth ddaeth dy chwiliad o hyd iddo</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Trefn</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Dangos rhagor</translation>
    </message>
    <message>
        <source>Open or change</source>
        <translation>Agor neu newid</translation>
    </message>
    <message>
        <source>Shortcut: Enter</source>
        <translation>Llwybr byr: Enter</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Dileu…</translation>
    </message>
    <message>
        <source>Shortcut: Delete</source>
        <translation>Llwybr byr: Delete</translation>
    </message>
    <message>
        <source>Nothing is written down yet. Start with what happened.</source>
        <translation>Does dim byd wedi&apos;i ysgrifennu eto. Dechreua gyda beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>Demanded: %1</source>
        <translation>Gofynnwyd am: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Talwyd: %1</translation>
    </message>
    <message>
        <source>Nothing in your diary matches that.</source>
        <translation>Does dim byd yn dy ddyddiadur yn cyfateb i hynny.</translation>
    </message>
    <message>
        <source>That could not be done. Everything saved before is safe. Please try again.</source>
        <translation>Doedd dim modd gwneud hynny. Mae popeth gafodd ei gadw o&apos;r blaen yn ddiogel. Rho gynnig arall arni, plîs.</translation>
    </message>
</context>
<context>
    <name>DiaryText</name>
    <message>
        <source>Account or person</source>
        <translation>Cyfrif neu berson</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Gofyniad</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Taliad</translation>
    </message>
    <message>
        <source>Something I did</source>
        <translation>Rhywbeth wnes i</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Blocked them</source>
        <translation>Wedi&apos;u blocio nhw</translation>
    </message>
    <message>
        <source>Reported them to the platform</source>
        <translation>Wedi&apos;u riportio nhw i&apos;r platfform</translation>
    </message>
    <message>
        <source>Reported it to the police</source>
        <translation>Wedi rhoi gwybod i&apos;r heddlu</translation>
    </message>
    <message>
        <source>Contacted the bank or money service</source>
        <translation>Wedi cysylltu â&apos;r banc neu&apos;r gwasanaeth arian</translation>
    </message>
    <message>
        <source>Asked for images to be removed</source>
        <translation>Wedi gofyn i&apos;r lluniau gael eu tynnu i lawr</translation>
    </message>
    <message>
        <source>Made my accounts safer</source>
        <translation>Wedi gwneud fy nghyfrifon yn fwy diogel</translation>
    </message>
    <message>
        <source>Told someone I trust</source>
        <translation>Wedi dweud wrth rywun dwi&apos;n ymddiried ynddo</translation>
    </message>
    <message>
        <source>They wrote</source>
        <translation>Ysgrifennon nhw</translation>
    </message>
    <message>
        <source>I wrote</source>
        <translation>Ysgrifennais i</translation>
    </message>
    <message>
        <source>Threat:</source>
        <translation>Bygythiad:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>erbyn</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>cyfeirnod</translation>
    </message>
    <message>
        <source>Described:</source>
        <translation>Disgrifiad:</translation>
    </message>
    <message>
        <source>Described</source>
        <translation>Wedi&apos;i ddisgrifio</translation>
    </message>
</context>
<context>
    <name>DraftBox</name>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Copy the text. It is cleared from the clipboard after %1 seconds.</source>
        <translation>Copïo&apos;r testun. Bydd yn cael ei ddileu o&apos;r clipfwrdd ar ôl %1 eiliad.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Y testun</translation>
    </message>
    <message>
        <source>The text. You can change it.</source>
        <translation>Y testun. Galli di ei newid.</translation>
    </message>
    <message>
        <source>Save as text…</source>
        <translation>Cadw fel testun…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <source>Save your changes in your diary, so you can come back to them.</source>
        <translation>Cadw dy newidiadau yn dy ddyddiadur, er mwyn i ti allu dod yn ôl atyn nhw.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <source>Start again from Harbour&apos;s text</source>
        <translation>Dechrau eto o destun Harbour</translation>
    </message>
    <message>
        <source>Copied — it will be cleared from the clipboard in %1 seconds.</source>
        <translation>Wedi&apos;i gopïo — bydd yn cael ei ddileu o&apos;r clipfwrdd ymhen %1 eiliad.</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Cadw fel testun</translation>
    </message>
    <message>
        <source>Harbour could not save the file there. Please try another place.</source>
        <translation>Doedd Harbour ddim yn gallu cadw&apos;r ffeil yno. Rho gynnig ar le arall, plîs.</translation>
    </message>
    <message>
        <source>Saved as %1. It is not encrypted.</source>
        <translation>Wedi&apos;i chadw fel %1. Dydy hi ddim wedi&apos;i hamgryptio.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i anfon at yr argraffydd.</translation>
    </message>
    <message>
        <source>No printer was found, so nothing was printed.</source>
        <translation>Doedd dim argraffydd i&apos;w gael, felly chafodd dim byd ei argraffu.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Not sure, or not listed</source>
        <translation>Ddim yn siŵr, neu ddim ar y rhestr</translation>
    </message>
    <message>
        <source>Please check the part marked below.</source>
        <translation>Gwiria&apos;r rhan sydd wedi&apos;i marcio isod, plîs.</translation>
    </message>
    <message>
        <source>Please check the %1 parts marked below.</source>
        <translation>Gwiria&apos;r %1 rhan sydd wedi&apos;u marcio isod, plîs.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save this in your diary</source>
        <translation>Cadw hwn yn dy ddyddiadur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <source>Pasted picture %1.png</source>
        <translation>Llun wedi&apos;i ludo %1.png</translation>
    </message>
</context>
<context>
    <name>EvidenceMessages</name>
    <message>
        <source>Harbour never keeps pictures or videos of anyone under 18, even as evidence. Describe what it was and where you saw it instead — that is what police need.</source>
        <translation>Dydy Harbour byth yn cadw lluniau na fideos o unrhyw un dan 18, hyd yn oed fel tystiolaeth. Disgrifia beth oedd e a ble gwelest ti e yn lle hynny — dyna sydd ei angen ar yr heddlu.</translation>
    </message>
    <message>
        <source>That file is no longer there. It may have been moved.</source>
        <translation>Dydy&apos;r ffeil yna ddim yno bellach. Efallai ei bod hi wedi cael ei symud.</translation>
    </message>
    <message>
        <source>That is a shortcut to another file. Please choose the file itself.</source>
        <translation>Llwybr byr i ffeil arall yw hwnna. Dewisa&apos;r ffeil ei hun, plîs.</translation>
    </message>
    <message>
        <source>That is a folder. Please choose the files inside it.</source>
        <translation>Ffolder yw hwnna. Dewisa&apos;r ffeiliau sydd ynddo, plîs.</translation>
    </message>
    <message>
        <source>That is not an ordinary file, so Harbour left it alone.</source>
        <translation>Dydy hwnna ddim yn ffeil gyffredin, felly wnaeth Harbour ddim cyffwrdd ag e.</translation>
    </message>
    <message>
        <source>That is a device, not a file, so Harbour left it alone.</source>
        <translation>Dyfais yw hwnna, nid ffeil, felly wnaeth Harbour ddim cyffwrdd ag e.</translation>
    </message>
    <message>
        <source>That file changed while it was being opened. Please try again.</source>
        <translation>Newidiodd y ffeil yna tra oedd hi&apos;n cael ei hagor. Rho gynnig arall arni, plîs.</translation>
    </message>
    <message>
        <source>Harbour is not allowed to read that file, or it could not be read.</source>
        <translation>Dydy Harbour ddim yn cael darllen y ffeil yna, neu doedd dim modd ei darllen.</translation>
    </message>
    <message>
        <source>Pictures and videos can&apos;t be kept here. Describe what it was and where you saw it instead — that is what police need.</source>
        <translation>Does dim modd cadw lluniau na fideos yma. Disgrifia beth oedd e a ble gwelest ti e yn lle hynny — dyna sydd ei angen ar yr heddlu.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of that file was kept.</source>
        <translation>Wedi stopio. Chafodd dim o&apos;r ffeil yna ei gadw.</translation>
    </message>
    <message>
        <source>There is not enough space on this computer for that file. Nothing was kept. Everything saved before is safe.</source>
        <translation>Does dim digon o le ar y cyfrifiadur hwn i&apos;r ffeil yna. Chafodd dim byd ei gadw. Mae popeth gafodd ei gadw o&apos;r blaen yn ddiogel.</translation>
    </message>
    <message>
        <source>That file could not be saved. Nothing was kept. Everything saved before is safe.</source>
        <translation>Doedd dim modd cadw&apos;r ffeil yna. Chafodd dim byd ei gadw. Mae popeth gafodd ei gadw o&apos;r blaen yn ddiogel.</translation>
    </message>
    <message>
        <source>This is a description only: there is no file to open.</source>
        <translation>Disgrifiad yn unig yw hwn: does dim ffeil i&apos;w hagor.</translation>
    </message>
    <message>
        <source>The stored copy of this file is missing. The description and its SHA-256 are still in your diary.</source>
        <translation>Mae&apos;r copi o&apos;r ffeil hon oedd wedi&apos;i storio ar goll. Mae&apos;r disgrifiad a&apos;i SHA-256 yn dal yn dy ddyddiadur.</translation>
    </message>
    <message>
        <source>The stored copy of this file has been changed or damaged, so Harbour will not open it.</source>
        <translation>Mae&apos;r copi o&apos;r ffeil hon sydd wedi&apos;i storio wedi newid neu wedi&apos;i ddifrodi, felly fydd Harbour ddim yn ei agor.</translation>
    </message>
    <message>
        <source>The stored copy no longer matches its SHA-256, so Harbour will not use it.</source>
        <translation>Dydy&apos;r copi sydd wedi&apos;i storio ddim yn cyfateb i&apos;w SHA-256 bellach, felly fydd Harbour ddim yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>This picture is too large to show safely here. You can export a copy and open it with another program.</source>
        <translation>Mae&apos;r llun hwn yn rhy fawr i&apos;w ddangos yn ddiogel yma. Galli di allforio copi a&apos;i agor gyda rhaglen arall.</translation>
    </message>
    <message>
        <source>Harbour can&apos;t show this file. Its details are below; export a copy to open it.</source>
        <translation>Dydy Harbour ddim yn gallu dangos y ffeil hon. Mae ei manylion isod. Allforia gopi i&apos;w hagor hi.</translation>
    </message>
    <message>
        <source>This picture could not be shown. It may be damaged. Its details are below.</source>
        <translation>Doedd dim modd dangos y llun hwn. Efallai ei fod wedi&apos;i ddifrodi. Mae ei fanylion isod.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved information is safe. Please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le. Mae&apos;r wybodaeth rwyt ti wedi&apos;i chadw yn ddiogel. Rho gynnig arall arni, plîs.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Screenshots, saved chats and receipts, kept encrypted on this computer. Each file gets a SHA-256, a fingerprint that shows it was not changed.</source>
        <translation>Sgrinluniau, sgyrsiau wedi&apos;u cadw a derbynebau, wedi&apos;u hamgryptio ar y cyfrifiadur hwn. Mae pob ffeil yn cael SHA-256, sef ôl bys sy&apos;n dangos nad yw hi wedi newid.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Your evidence</source>
        <translation>Dy dystiolaeth</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>No evidence yet. Add files, paste a screenshot, or describe it.</source>
        <translation>Dim tystiolaeth eto. Ychwanega ffeiliau, gluda sgrinlun, neu disgrifia hi.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Gweld</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Allforio copi…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy in a folder you choose</source>
        <translation>Cadw copi heb ei amgryptio mewn ffolder rwyt ti&apos;n ei dewis</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copïo&apos;r SHA-256</translation>
    </message>
    <message>
        <source>Change details…</source>
        <translation>Newid manylion…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Dileu…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wrthi&apos;n agor…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy?</source>
        <translation>Allforio copi heb ei amgryptio?</translation>
    </message>
    <message>
        <source>The copy will not be locked. Anyone who can open that folder can see it. Save it somewhere safe, such as a USB stick you keep, and delete it when you no longer need it.</source>
        <translation>Fydd y copi ddim dan glo. Gall unrhyw un sy&apos;n gallu agor y ffolder yna ei weld. Cadwa fe mewn lle diogel, fel cof bach USB rwyt ti&apos;n ei gadw. Dilea fe pan na fydd ei angen arnat ti mwyach.</translation>
    </message>
    <message>
        <source>Choose where to save it</source>
        <translation>Dewis ble i&apos;w gadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Wrthi&apos;n cadw copi…</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Wedi cadw copi fel %1</translation>
    </message>
    <message>
        <source>SHA-256 copied.</source>
        <translation>Wedi copïo&apos;r SHA-256.</translation>
    </message>
</context>
<context>
    <name>ExampleDialog</name>
    <message>
        <source>Example report</source>
        <translation>Adroddiad enghreifftiol</translation>
    </message>
    <message>
        <source>This example is made up. Nothing in it comes from your diary.</source>
        <translation>Mae&apos;r enghraifft hon wedi&apos;i dyfeisio. Does dim byd ynddi&apos;n dod o dy ddyddiadur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>ExportWarningDialog</name>
    <message>
        <source>Before you save</source>
        <translation>Cyn i ti gadw</translation>
    </message>
    <message>
        <source>The evidence pack is NOT encrypted</source>
        <translation>Dydy&apos;r pecyn tystiolaeth DDIM wedi&apos;i amgryptio</translation>
    </message>
    <message>
        <source>Anyone who opens this file can see your report and every evidence file in it. Your diary stays locked and encrypted.</source>
        <translation>Gall unrhyw un sy&apos;n agor y ffeil hon weld dy adroddiad a phob ffeil dystiolaeth sydd ynddi. Mae dy ddyddiadur yn aros dan glo ac wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <source>This file is NOT encrypted</source>
        <translation>Dydy&apos;r ffeil hon DDIM wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>Anyone who opens this file can read your report.</source>
        <translation>Gall unrhyw un sy&apos;n agor y ffeil hon ddarllen dy adroddiad.</translation>
    </message>
    <message>
        <source>It will be saved here:</source>
        <translation>Bydd yn cael ei chadw yma:</translation>
    </message>
    <message>
        <source>Save it somewhere only you can reach, such as a USB stick you keep safe. Delete copies you no longer need.</source>
        <translation>Cadwa hi mewn lle na all neb ond ti ei gyrraedd, fel cof bach USB rwyt ti&apos;n ei gadw&apos;n ddiogel. Dilea unrhyw gopïau pan na fydd eu hangen arnat ti mwyach.</translation>
    </message>
    <message>
        <source>Save it</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Peidio â chadw</translation>
    </message>
    <message>
        <source>Printing takes this out of the locked diary</source>
        <translation>Mae argraffu&apos;n mynd â hyn allan o&apos;r dyddiadur dan glo</translation>
    </message>
    <message>
        <source>The printer and this computer&apos;s print system receive the text unencrypted. Collect the pages at once and keep them somewhere safe.</source>
        <translation>Mae&apos;r argraffydd a system argraffu&apos;r cyfrifiadur hwn yn cael y testun heb ei amgryptio. Casglwch y tudalennau ar unwaith, a&apos;u cadw mewn lle diogel.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>This file will not be encrypted</source>
        <translation>Fydd y ffeil hon ddim wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>Anyone who can open the file can read it. Save it only where your organisation keeps safeguarding records, and delete any other copy.</source>
        <translation>Gall unrhyw un sy&apos;n gallu agor y ffeil ei darllen. Cadwch hi dim ond yn y lle mae eich sefydliad yn cadw cofnodion diogelu, a dilëwch unrhyw gopi arall.</translation>
    </message>
    <message>
        <source>I understand, export</source>
        <translation>Rydw i&apos;n deall, allforio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Prepare your family and friends</source>
        <translation>Paratoi dy deulu a dy ffrindiau</translation>
    </message>
    <message>
        <source>The person blackmailing you may contact people you know. Getting them ready takes away some of that power. You decide who to tell, and when.</source>
        <translation>Efallai y bydd y person sy&apos;n dy flacmelio di yn cysylltu â phobl rwyt ti&apos;n eu hadnabod. Mae eu paratoi nhw&apos;n mynd â pheth o&apos;r pŵer hwnnw oddi arnyn nhw. Ti sy&apos;n penderfynu wrth bwy i ddweud, a phryd.</translation>
    </message>
    <message>
        <source>Wording for</source>
        <translation>Geiriad ar gyfer</translation>
    </message>
    <message>
        <source>Someone 18 or over</source>
        <translation>Rhywun 18 oed neu&apos;n hŷn</translation>
    </message>
    <message>
        <source>Someone under 18</source>
        <translation>Rhywun dan 18 oed</translation>
    </message>
    <message>
        <source>Message for</source>
        <translation>Neges ar gyfer</translation>
    </message>
    <message>
        <source>Who the message is for</source>
        <translation>Ar gyfer pwy mae&apos;r neges</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Byr</translation>
    </message>
    <message>
        <source>Short message</source>
        <translation>Neges fer</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>Manwl</translation>
    </message>
    <message>
        <source>Detailed message</source>
        <translation>Neges fanwl</translation>
    </message>
    <message>
        <source>Should I tell?</source>
        <translation>Ddylwn i ddweud?</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Ysgrifennu neges</translation>
    </message>
    <message>
        <source>For the person you tell</source>
        <translation>I&apos;r person sy&apos;n cael gwybod</translation>
    </message>
    <message>
        <source>Parts of this page</source>
        <translation>Rhannau&apos;r dudalen hon</translation>
    </message>
    <message>
        <source>You can give this to the person you tell. It explains what is happening and how they can help.</source>
        <translation>Galli di roi hwn i&apos;r person rwyt ti&apos;n dweud wrtho. Mae&apos;n esbonio beth sy&apos;n digwydd a sut gallan nhw helpu.</translation>
    </message>
    <message>
        <source>My message for: %1</source>
        <translation>Fy neges ar gyfer: %1</translation>
    </message>
</context>
<context>
    <name>FlowWalker</name>
    <message>
        <source>Steps on this route</source>
        <translation>Camau ar y llwybr hwn</translation>
    </message>
    <message>
        <source>Reason or reference for the next answer or tick (optional)</source>
        <translation>Rheswm neu gyfeirnod ar gyfer yr ateb neu&apos;r tic nesaf (dewisol)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Cam nesaf</translation>
    </message>
</context>
<context>
    <name>HappenedPanel</name>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation>Beth ddigwyddodd, yng ngeiriau&apos;r galwr</translation>
    </message>
    <message>
        <source>Save as a note</source>
        <translation>Cadw fel nodyn</translation>
    </message>
</context>
<context>
    <name>HarbourApp</name>
    <message>
        <source>Your organisation&apos;s settings file for Harbour has a problem, so Harbour is using its safest settings. Please tell whoever looks after this computer:</source>
        <translation>Mae problem gyda ffeil gosodiadau dy sefydliad ar gyfer Harbour, felly mae Harbour yn defnyddio&apos;i osodiadau mwyaf diogel. Rho wybod i bwy bynnag sy&apos;n gofalu am y cyfrifiadur hwn, plîs:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Add files…</source>
        <translation>Ychwanegu ffeiliau…</translation>
    </message>
    <message>
        <source>Screenshots, saved chats, receipts… Harbour keeps an encrypted copy.</source>
        <translation>Sgrinluniau, sgyrsiau wedi&apos;u cadw, derbynebau… Mae Harbour yn cadw copi wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Gludo</translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+V</source>
        <translation>Llwybr byr: Ctrl+V</translation>
    </message>
    <message>
        <source>Describe it instead…</source>
        <translation>Ei ddisgrifio yn lle hynny…</translation>
    </message>
    <message>
        <source>Record what it was, where you saw it and its SHA-256, without the file.</source>
        <translation>Cofnodi beth oedd e, ble gwelest ti e, a&apos;i SHA-256, heb y ffeil.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Stop adding files</source>
        <translation>Stopio ychwanegu ffeiliau</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Wrthi&apos;n ychwanegu ffeiliau</translation>
    </message>
    <message>
        <source>You can also drag files here, or paste a screenshot.</source>
        <translation>Galli di hefyd lusgo ffeiliau yma, neu ludo sgrinlun.</translation>
    </message>
    <message>
        <source>You can also drag files here.</source>
        <translation>Galli di hefyd lusgo ffeiliau yma.</translation>
    </message>
    <message>
        <source>Choose files to keep as evidence</source>
        <translation>Dewis ffeiliau i&apos;w cadw fel tystiolaeth</translation>
    </message>
    <message>
        <source>There is no file or picture to paste. Copy one first.</source>
        <translation>Does dim ffeil na llun i&apos;w ludo. Copïa un yn gyntaf.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Wrthi&apos;n ychwanegu %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wrthi&apos;n stopio…</translation>
    </message>
    <message>
        <source>Adding %1: %2 of %3</source>
        <translation>Wrthi&apos;n ychwanegu %1: %2 o %3</translation>
    </message>
    <message>
        <source>(file %1 of %2)</source>
        <translation>(ffeil %1 o %2)</translation>
    </message>
    <message>
        <source>%1 added to your evidence.</source>
        <translation>Wedi ychwanegu %1 ffeil at dy dystiolaeth.</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>Copy link</source>
        <translation>Copïo&apos;r ddolen</translation>
    </message>
    <message>
        <source>Copy the link %1</source>
        <translation>Copïo&apos;r ddolen %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi&apos;i chopïo</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Wedi copïo&apos;r ddolen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Lock my diary</source>
        <translation>Cloi fy nyddiadur</translation>
    </message>
    <message>
        <source>About your diary</source>
        <translation>Am dy ddyddiadur</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
</context>
<context>
    <name>MessageForm</name>
    <message>
        <source>They contacted me</source>
        <translation>Nhw gysylltodd â fi</translation>
    </message>
    <message>
        <source>I wrote to them</source>
        <translation>Fi ysgrifennodd atyn nhw</translation>
    </message>
    <message>
        <source>A message or threat</source>
        <translation>Neges neu fygythiad</translation>
    </message>
    <message>
        <source>Change this message</source>
        <translation>Newid y neges hon</translation>
    </message>
    <message>
        <source>Paste the words as they were written. You don&apos;t need to reply to them.</source>
        <translation>Gluda&apos;r geiriau yn union fel cawson nhw eu hysgrifennu. Does dim angen i ti eu hateb nhw.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>Ap neu wefan</translation>
    </message>
    <message>
        <source>Who wrote</source>
        <translation>Pwy ysgrifennodd</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Pa gyfrif</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Beth gafodd ei ddweud</translation>
    </message>
    <message>
        <source>Paste or type the message</source>
        <translation>Gluda neu teipia&apos;r neges</translation>
    </message>
    <message>
        <source>What did they threaten?</source>
        <translation>Beth wnaethon nhw fygwth ei wneud?</translation>
    </message>
    <message>
        <source>For example: to send a video to my friends</source>
        <translation>Er enghraifft: anfon fideo at fy ffrindiau</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>For example %1</source>
        <translation>Er enghraifft %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Arian cyfred</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Galwad</translation>
    </message>
    <message>
        <source>Pupil&apos;s record</source>
        <translation>Cofnod y disgybl</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Teulu a ffrindiau</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Dyddiadur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Texts to send</source>
        <translation>Testunau i&apos;w hanfon</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Adroddiadau</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Canllaw</translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Next steps: what happens next, and who does it</source>
        <translation>Camau nesaf: beth sy&apos;n digwydd nesaf, a phwy sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Save next steps</source>
        <translation>Cadw&apos;r camau nesaf</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>You can select words in your note and turn them into a separate message or demand.</source>
        <translation>Galli di ddewis geiriau yn dy nodyn a&apos;u troi nhw&apos;n neges neu&apos;n ofyniad ar wahân.</translation>
    </message>
    <message>
        <source>Selected words → message</source>
        <translation>Geiriau wedi&apos;u dewis → neges</translation>
    </message>
    <message>
        <source>Selected words → demand</source>
        <translation>Geiriau wedi&apos;u dewis → gofyniad</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Beth ddigwyddodd?</translation>
    </message>
    <message>
        <source>Change this note</source>
        <translation>Newid y nodyn hwn</translation>
    </message>
    <message>
        <source>Write it in your own words, in any order. There is no wrong way.</source>
        <translation>Ysgrifenna fe yn dy eiriau dy hun, mewn unrhyw drefn. Does dim ffordd anghywir.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Start anywhere</source>
        <translation>Dechreua unrhyw le</translation>
    </message>
    <message>
        <source>Select some words in the note first.</source>
        <translation>Dewisa rai geiriau yn y nodyn yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Explained at %1.</source>
        <translation>Wedi&apos;i esbonio am %1.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Everything, in order</source>
        <translation>Popeth, mewn trefn</translation>
    </message>
    <message>
        <source>One step at a time</source>
        <translation>Un cam ar y tro</translation>
    </message>
    <message>
        <source>Show one calm step per screen</source>
        <translation>Dangos un cam tawel ar bob sgrin</translation>
    </message>
    <message>
        <source>These are the steps for your answers so far. Tick what you have done. Open any step to read it, or go to it. Steps after a question you have not answered yet may change.</source>
        <translation>Dyma&apos;r camau ar gyfer dy atebion hyd yma. Ticia beth rwyt ti wedi&apos;i wneud. Agor unrhyw gam i&apos;w ddarllen, neu i fynd ato. Gall y camau ar ôl cwestiwn sydd heb ei ateb eto newid.</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>A payment you made</source>
        <translation>Taliad wnest ti</translation>
    </message>
    <message>
        <source>Change this payment</source>
        <translation>Newid y taliad hwn</translation>
    </message>
    <message>
        <source>This is not your fault. A payment is still evidence. Your bank may be able to stop or recall it, so tell them soon.</source>
        <translation>Nid dy fai di yw hyn. Mae taliad yn dal yn dystiolaeth. Efallai y gall dy fanc ei atal neu ei alw&apos;n ôl, felly dywed wrthyn nhw&apos;n fuan.</translation>
    </message>
    <message>
        <source>When did you pay?</source>
        <translation>Pryd gwnest ti dalu?</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Faint</translation>
    </message>
    <message>
        <source>How you paid</source>
        <translation>Sut gwnest ti dalu</translation>
    </message>
    <message>
        <source>Bank transfer, card, gift cards…</source>
        <translation>Trosglwyddiad banc, cerdyn, cardiau rhodd…</translation>
    </message>
    <message>
        <source>Who or where it went to</source>
        <translation>At bwy neu i ble aeth e</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Cyfeirnod y taliad</translation>
    </message>
    <message>
        <source>The reference or transaction number on your receipt</source>
        <translation>Y cyfeirnod neu rif y trafodiad ar dy dderbynneb</translation>
    </message>
    <message>
        <source>Which account</source>
        <translation>Pa gyfrif</translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <source>How you paid</source>
        <translation>Sut gwnest ti dalu</translation>
    </message>
    <message>
        <source>My message about a payment by %1</source>
        <translation>Fy neges am daliad drwy %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>The person blackmailing me</source>
        <translation>Y person sy&apos;n fy mlacmelio i</translation>
    </message>
    <message>
        <source>Someone else involved</source>
        <translation>Rhywun arall sy&apos;n rhan o hyn</translation>
    </message>
    <message>
        <source>An account or person</source>
        <translation>Cyfrif neu berson</translation>
    </message>
    <message>
        <source>Change this account or person</source>
        <translation>Newid y cyfrif neu&apos;r person hwn</translation>
    </message>
    <message>
        <source>Write down anything you can see. Paste it just as it appears. One thing is enough to start.</source>
        <translation>Ysgrifenna unrhyw beth rwyt ti&apos;n gallu ei weld. Gluda fe&apos;n union fel mae&apos;n ymddangos. Mae un peth yn ddigon i ddechrau.</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>Pwy yw&apos;r person hwn?</translation>
    </message>
    <message>
        <source>App or website</source>
        <translation>Ap neu wefan</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>For example @name</source>
        <translation>Er enghraifft @enw</translation>
    </message>
    <message>
        <source>Link to their profile</source>
        <translation>Dolen i&apos;w proffil</translation>
    </message>
    <message>
        <source>Copy the address of their profile page</source>
        <translation>Copïa gyfeiriad tudalen eu proffil</translation>
    </message>
    <message>
        <source>Name they show</source>
        <translation>Yr enw maen nhw&apos;n ei ddangos</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rhif ffôn</translation>
    </message>
    <message>
        <source>With the country code if you can</source>
        <translation>Gyda chod y wlad, os galli di</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Cyfrif banc (IBAN)</translation>
    </message>
    <message>
        <source>Other payment account</source>
        <translation>Cyfrif talu arall</translation>
    </message>
    <message>
        <source>PayPal, Revolut, Western Union name, gift-card shop…</source>
        <translation>PayPal, Revolut, enw Western Union, siop cardiau rhodd…</translation>
    </message>
    <message>
        <source>Crypto wallet address</source>
        <translation>Cyfeiriad waled crypto</translation>
    </message>
    <message>
        <source>When did you first see it?</source>
        <translation>Pryd gwelest ti e gyntaf?</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Unrhyw beth arall</translation>
    </message>
</context>
<context>
    <name>PlatformNotes</name>
    <message>
        <source>Where to click on each app</source>
        <translation>Ble i glicio ar bob ap</translation>
    </message>
    <message>
        <source>Which app did they contact you on?</source>
        <translation>Ar ba ap wnaethon nhw gysylltu â ti?</translation>
    </message>
    <message>
        <source>Choose the app</source>
        <translation>Dewis yr ap</translation>
    </message>
    <message>
        <source>To block them</source>
        <translation>I&apos;w blocio nhw</translation>
    </message>
    <message>
        <source>To report them</source>
        <translation>I&apos;w riportio nhw</translation>
    </message>
    <message>
        <source>Your own account</source>
        <translation>Dy gyfrif dy hun</translation>
    </message>
    <message>
        <source>Their help pages</source>
        <translation>Eu tudalennau help</translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <source>App or site</source>
        <translation>Ap neu wefan</translation>
    </message>
    <message>
        <source>Help page address: %1</source>
        <translation>Cyfeiriad y dudalen help: %1</translation>
    </message>
    <message>
        <source>My report text for %1</source>
        <translation>Testun fy adroddiad ar gyfer %1</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Remove this record for good</source>
        <translation>Dileu&apos;r cofnod hwn yn barhaol</translation>
    </message>
    <message>
        <source>Remove case %1 from this computer?</source>
        <translation>Dileu achos %1 o&apos;r cyfrifiadur hwn?</translation>
    </message>
    <message>
        <source>Everything in this record is removed for good: notes, decisions and evidence. Only the case number and the dates stay, to show it existed. This cannot be undone.</source>
        <translation>Bydd popeth yn y cofnod hwn yn cael ei ddileu&apos;n barhaol: nodiadau, penderfyniadau a thystiolaeth. Dim ond rhif yr achos a&apos;r dyddiadau fydd yn aros, i ddangos ei fod wedi bodoli. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Type the case number %1 to confirm</source>
        <translation>Teipiwch rif yr achos, %1, i gadarnhau</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Dileu&apos;n barhaol</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit (Esc)</source>
        <translation>Gadael yn gyflym (Esc)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Gadael yn gyflym</translation>
    </message>
    <message>
        <source>Hide Harbour at once and lock your diary. Shortcut: Esc.</source>
        <translation>Cuddio Harbour ar unwaith a chloi dy ddyddiadur. Llwybr byr: Esc.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Dy allwedd adfer</translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe</source>
        <translation>Cadwa&apos;r allwedd adfer hon mewn lle diogel</translation>
    </message>
    <message>
        <source>If this computer can&apos;t unlock your diary, or you forget your passphrase, this key opens it. Write it down or print it. Harbour will not show it again.</source>
        <translation>Os na all y cyfrifiadur hwn ddatgloi dy ddyddiadur, neu os byddi di&apos;n anghofio dy gyfrinymadrodd, bydd yr allwedd hon yn ei agor. Ysgrifenna hi i lawr neu argraffa hi. Fydd Harbour ddim yn ei dangos hi eto.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>Anyone with this key can open your diary. Keep it away from the person blackmailing you. A copied key is wiped from the clipboard after 30 seconds.</source>
        <translation>Gall unrhyw un sydd â&apos;r allwedd hon agor dy ddyddiadur. Cadwa hi draw oddi wrth y person sy&apos;n dy flacmelio di. Os wyt ti&apos;n copïo&apos;r allwedd, bydd yn cael ei dileu o&apos;r clipfwrdd ar ôl 30 eiliad.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Cadw mewn ffeil…</translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation>Dwi wedi&apos;i chadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>Harbour recovery key</source>
        <translation>Allwedd adfer Harbour</translation>
    </message>
    <message>
        <source>Save the recovery key?</source>
        <translation>Cadw&apos;r allwedd adfer?</translation>
    </message>
    <message>
        <source>The file will not be encrypted. Save it somewhere only you can reach, such as a USB stick you keep safe.</source>
        <translation>Fydd y ffeil ddim wedi&apos;i hamgryptio. Cadwa hi mewn lle na all neb ond ti ei gyrraedd, fel cof bach USB rwyt ti&apos;n ei gadw&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Cadw&apos;r allwedd adfer</translation>
    </message>
</context>
<context>
    <name>RegionLine</name>
    <message>
        <source>Showing help for: %1</source>
        <translation>Yn dangos help ar gyfer: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change the country or region</source>
        <translation>Newid y wlad neu&apos;r rhanbarth</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Gwlad neu ranbarth</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Show as plain text</source>
        <translation>Dangos fel testun plaen</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Rhagolwg o&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Report preview as plain text</source>
        <translation>Rhagolwg o&apos;r adroddiad fel testun plaen</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report for the police</source>
        <translation>Adroddiad i&apos;r heddlu</translation>
    </message>
    <message>
        <source>Harbour makes this report from your diary. Choose the form for where you will report. Add your own statement if you like. Then save it, print it, or make an evidence pack.</source>
        <translation>Mae Harbour yn creu&apos;r adroddiad hwn o dy ddyddiadur. Dewisa&apos;r ffurflen ar gyfer y lle byddi di&apos;n rhoi gwybod iddo. Ychwanega dy ddatganiad dy hun os hoffet ti. Wedyn cadwa fe, argraffa fe, neu gwna becyn tystiolaeth.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <source>Which police form the report follows</source>
        <translation>Pa ffurflen heddlu mae&apos;r adroddiad yn ei dilyn</translation>
    </message>
    <message>
        <source>Your own statement</source>
        <translation>Dy ddatganiad dy hun</translation>
    </message>
    <message>
        <source>In your own words: what happened, when, and how it made you feel. It goes into the report. It is kept in your locked diary.</source>
        <translation>Yn dy eiriau dy hun: beth ddigwyddodd, pryd, a sut gwnaeth i ti deimlo. Mae&apos;n mynd i mewn i&apos;r adroddiad. Mae&apos;n cael ei gadw yn dy ddyddiadur dan glo.</translation>
    </message>
    <message>
        <source>Save my statement</source>
        <translation>Cadw fy natganiad</translation>
    </message>
    <message>
        <source>Your diary is empty so far. Add what happened, then come back here.</source>
        <translation>Mae dy ddyddiadur yn wag hyd yma. Ychwanega beth ddigwyddodd. Wedyn galli di ddod yn ôl yma.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Cadw fel testun</translation>
    </message>
    <message>
        <source>Make an evidence pack</source>
        <translation>Gwneud pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>One file with the report, your evidence files and their fingerprints.</source>
        <translation>Un ffeil gyda&apos;r adroddiad, dy ffeiliau tystiolaeth a&apos;u holion bysedd.</translation>
    </message>
    <message>
        <source>See an example report</source>
        <translation>Gweld adroddiad enghreifftiol</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>Your statement is saved in your diary.</source>
        <translation>Mae dy ddatganiad wedi&apos;i gadw yn dy ddyddiadur.</translation>
    </message>
    <message>
        <source>Harbour could not make the preview just now. Your diary has not changed.</source>
        <translation>Doedd Harbour ddim yn gallu creu&apos;r rhagolwg y tro hwn. Dydy dy ddyddiadur ddim wedi newid.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <source>Your report was sent to the printer.</source>
        <translation>Cafodd dy adroddiad ei anfon at yr argraffydd.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Wedi stopio. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>There is not enough free space there. Nothing was saved.</source>
        <translation>Does dim digon o le yno. Chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>One of your evidence files did not pass its safety check, so nothing was saved.</source>
        <translation>Wnaeth un o dy ffeiliau tystiolaeth ddim pasio ei gwiriad diogelwch, felly chafodd dim byd ei gadw.</translation>
    </message>
    <message>
        <source>Your diary is locked. Unlock it and try again.</source>
        <translation>Mae dy ddyddiadur dan glo. Datgloa fe a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Harbour could not save there. Nothing was saved. Try another folder.</source>
        <translation>Doedd Harbour ddim yn gallu cadw yno. Chafodd dim byd ei gadw. Rho gynnig ar ffolder arall.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Cadw&apos;r adroddiad fel PDF</translation>
    </message>
    <message>
        <source>Save the report as text</source>
        <translation>Cadw&apos;r adroddiad fel testun</translation>
    </message>
    <message>
        <source>Save the evidence pack</source>
        <translation>Cadw&apos;r pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wrthi&apos;n argraffu…</translation>
    </message>
    <message>
        <source>Making the example…</source>
        <translation>Wrthi&apos;n creu&apos;r enghraifft…</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>If you used this guide before, your diary remembers where you were.</source>
        <translation>Os wyt ti wedi defnyddio&apos;r canllaw hwn o&apos;r blaen, mae dy ddyddiadur yn cofio ble roeddet ti.</translation>
    </message>
    <message>
        <source>Unlock my diary</source>
        <translation>Datgloi fy nyddiadur</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Caller&apos;s region</source>
        <translation>Rhanbarth y galwr</translation>
    </message>
    <message>
        <source>Caller&apos;s age</source>
        <translation>Oed y galwr</translation>
    </message>
    <message>
        <source>Emergency and crisis help in the caller&apos;s region</source>
        <translation>Help brys a llinellau argyfwng yn rhanbarth y galwr</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Exported to %1</source>
        <translation>Wedi&apos;i allforio i %1</translation>
    </message>
    <message>
        <source>Case %1 was removed from this computer.</source>
        <translation>Cafodd achos %1 ei ddileu o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>That did not work, and nothing was lost. Please try again.</source>
        <translation>Wnaeth hynny ddim gweithio, a does dim byd wedi&apos;i golli. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Pupils&apos; records</source>
        <translation>Cofnodion disgyblion</translation>
    </message>
    <message>
        <source>New pupil record</source>
        <translation>Cofnod disgybl newydd</translation>
    </message>
    <message>
        <source>Pupil&apos;s initials or school reference</source>
        <translation>Blaenlythrennau&apos;r disgybl neu gyfeirnod ysgol</translation>
    </message>
    <message>
        <source>No pupil&apos;s record is open. Start a new record when a pupil comes to you.</source>
        <translation>Does dim cofnod disgybl ar agor. Dechreuwch gofnod newydd pan fydd disgybl yn dod atoch chi.</translation>
    </message>
    <message>
        <source>Save what the pupil said</source>
        <translation>Cadw beth ddywedodd y disgybl</translation>
    </message>
    <message>
        <source>Harbour never stores images in school mode. Record a description of what a file showed, never the file.</source>
        <translation>Dydy Harbour byth yn storio delweddau yn y modd ysgol. Cofnodwch ddisgrifiad o&apos;r hyn roedd ffeil yn ei ddangos, byth y ffeil ei hun.</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Allforio fel PDF</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Allforio fel CSV</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>Dileu o&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>After export: removes the record for good, keeping only its number.</source>
        <translation>Ar ôl allforio: yn dileu&apos;r cofnod yn barhaol, gan gadw ei rif yn unig.</translation>
    </message>
    <message>
        <source>Choose a pupil&apos;s record</source>
        <translation>Dewis cofnod disgybl</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Achos %1</translation>
    </message>
    <message>
        <source>Saved with the time and your name.</source>
        <translation>Wedi&apos;i gadw gyda&apos;r amser a&apos;ch enw chi.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the record</source>
        <translation>Allforio&apos;r cofnod</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wrthi&apos;n allforio…</translation>
    </message>
</context>
<context>
    <name>ServicesBox</name>
    <message>
        <source>Who can help</source>
        <translation>Pwy all helpu</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language and region</source>
        <translation>Iaith a rhanbarth</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Yr un fath â&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>Show the guide one calm step at a time</source>
        <translation>Dangos y canllaw un cam tawel ar y tro</translation>
    </message>
    <message>
        <source>Keep everything still (no moving pictures)</source>
        <translation>Cadw popeth yn llonydd (dim lluniau sy&apos;n symud)</translation>
    </message>
    <message>
        <source>Harbour never uses the internet. Everything stays on this computer.</source>
        <translation>Dydy Harbour byth yn defnyddio&apos;r rhyngrwyd. Mae popeth yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Locking your diary</source>
        <translation>Cloi dy ddyddiadur</translation>
    </message>
    <message>
        <source>Let this computer unlock my diary</source>
        <translation>Gadael i&apos;r cyfrifiadur hwn ddatgloi fy nyddiadur</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Creu allwedd adfer newydd</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Newid fy nghyfrinymadrodd</translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation>Ychwanegu cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type your new passphrase (at least 8 characters)</source>
        <translation>Teipia dy gyfrinymadrodd newydd (o leiaf 8 nod)</translation>
    </message>
    <message>
        <source>Please use at least 8 characters.</source>
        <translation>Defnyddia o leiaf 8 nod, plîs.</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipia fe eto</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>The two passphrases were not the same.</source>
        <translation>Doedd y ddau gyfrinymadrodd ddim yr un fath.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Wrthi&apos;n gwneud copi wrth gefn…</translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation>Copi wrth gefn wedi&apos;i wneud a&apos;i wirio.</translation>
    </message>
</context>
<context>
    <name>StartDiaryPage</name>
    <message>
        <source>A private diary of what happened</source>
        <translation>Dyddiadur preifat o&apos;r hyn ddigwyddodd</translation>
    </message>
    <message>
        <source>Police and platforms will ask who contacted you, what they demanded and when. Your diary keeps this for you, locked on this computer. It is created the first time you save something.</source>
        <translation>Bydd yr heddlu a&apos;r platfformau&apos;n gofyn pwy gysylltodd â ti, beth roedden nhw&apos;n ei fynnu, a phryd. Mae dy ddyddiadur yn cadw hyn i ti, dan glo ar y cyfrifiadur hwn. Mae&apos;n cael ei greu y tro cyntaf rwyt ti&apos;n cadw rhywbeth.</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Dechrau fy nyddiadur</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <source>Show me everything</source>
        <translation>Dangos popeth i fi</translation>
    </message>
    <message>
        <source>See every step at once, as a checklist</source>
        <translation>Gweld pob cam ar unwaith, fel rhestr wirio</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Yn ôl (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <source>Start the guide again</source>
        <translation>Dechrau&apos;r canllaw eto</translation>
    </message>
    <message>
        <source>You can also</source>
        <translation>Galli di hefyd</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Cam %1 o %2</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Dangos llai</translation>
    </message>
    <message>
        <source>Tell me more</source>
        <translation>Dweud rhagor wrtha i</translation>
    </message>
    <message>
        <source>Welcome back. This is where you left off.</source>
        <translation>Croeso&apos;n ôl. Dyma ble roeddet ti wedi cyrraedd.</translation>
    </message>
    <message>
        <source>Your place in the guide could not be saved just now.</source>
        <translation>Doedd dim modd cadw dy le yn y canllaw y tro hwn.</translation>
    </message>
</context>
<context>
    <name>StopRow</name>
    <message>
        <source>You are here</source>
        <translation>Rwyt ti yma</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation>%1 o %2 wedi&apos;u ticio</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Cuddio&apos;r manylion</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Dangos y manylion</translation>
    </message>
    <message>
        <source>Go to this step</source>
        <translation>Mynd i&apos;r cam hwn</translation>
    </message>
    <message>
        <source>Go to this step: %1</source>
        <translation>Mynd i&apos;r cam hwn: %1</translation>
    </message>
</context>
<context>
    <name>TextExport</name>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Ffeiliau testun (*.txt)</translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message>
        <source>Use the version I kept</source>
        <translation>Defnyddio&apos;r fersiwn wnes i ei chadw</translation>
    </message>
    <message>
        <source>Your diary has changed. Press Start again to use the new details.</source>
        <translation>Mae dy ddyddiadur wedi newid. Pwysa ‘Dechrau eto’ i ddefnyddio&apos;r manylion newydd.</translation>
    </message>
    <message>
        <source>This is the version you kept.</source>
        <translation>Dyma&apos;r fersiwn wnest ti ei chadw.</translation>
    </message>
</context>
<context>
    <name>TextsPage</name>
    <message>
        <source>Texts ready to send</source>
        <translation>Testunau&apos;n barod i&apos;w hanfon</translation>
    </message>
    <message>
        <source>Harbour writes these from your diary. Anything in [square brackets] is missing. Fill it in, or delete that line, before you send.</source>
        <translation>Mae Harbour yn ysgrifennu&apos;r rhain o dy ddyddiadur. Mae unrhyw beth mewn [cromfachau sgwâr] ar goll. Llenwa fe, neu dilea&apos;r llinell honno, cyn i ti anfon.</translation>
    </message>
    <message>
        <source>For an app or site</source>
        <translation>I ap neu wefan</translation>
    </message>
    <message>
        <source>For your bank or payment service</source>
        <translation>I dy fanc neu dy wasanaeth talu</translation>
    </message>
    <message>
        <source>Kind of text</source>
        <translation>Math o destun</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Dadwneud y dileu diwethaf</translation>
    </message>
    <message>
        <source>Bring back what you deleted last</source>
        <translation>Dod â&apos;r peth olaf wnest ti ei ddileu yn ôl</translation>
    </message>
    <message>
        <source>Deleted. You can undo this until you lock your diary.</source>
        <translation>Wedi&apos;i ddileu. Galli di ddadwneud hyn nes i ti gloi dy ddyddiadur.</translation>
    </message>
    <message>
        <source>%1 things deleted. You can undo them, one at a time, until you lock your diary.</source>
        <translation>Wedi dileu %1 peth. Galli di eu dadwneud nhw, un ar y tro, nes i ti gloi dy ddyddiadur.</translation>
    </message>
</context>
<context>
    <name>UnencryptedWarning</name>
    <message>
        <source>This file will not be encrypted</source>
        <translation>Fydd y ffeil hon ddim wedi&apos;i hamgryptio</translation>
    </message>
    <message>
        <source>Anyone who can open your files can read it. Save it somewhere private, such as a USB stick you keep safe. Delete the file when you no longer need it.</source>
        <translation>Gall unrhyw un sy&apos;n gallu agor dy ffeiliau ei darllen hi. Cadwa hi mewn lle preifat, fel cof bach USB rwyt ti&apos;n ei gadw&apos;n ddiogel. Dilea&apos;r ffeil pan na fydd ei hangen arnat ti mwyach.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Dewis ble i gadw…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your diary is locked</source>
        <translation>Mae dy ddyddiadur dan glo</translation>
    </message>
    <message>
        <source>The guide still works while it is locked. Unlock your diary to see or add what you saved.</source>
        <translation>Mae&apos;r canllaw yn dal i weithio tra bod y dyddiadur dan glo. Agor dy ddyddiadur i weld neu ychwanegu&apos;r hyn rwyt ti wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Unlock with this computer</source>
        <translation>Datgloi gyda&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Unlock with passphrase</source>
        <translation>Datgloi gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>Defnyddio fy allwedd adfer yn lle hynny</translation>
    </message>
    <message>
        <source>Recovery key, e.g. ABCDE-FGHJK-…</source>
        <translation>Allwedd adfer, e.e. ABCDE-FGHJK-…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>Unlock with recovery key</source>
        <translation>Datgloi gyda&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Adfer y copi wrth gefn diweddaraf</translation>
    </message>
    <message>
        <source>Restore the spare key file</source>
        <translation>Adfer y ffeil allwedd sbâr</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>Wrthi&apos;n agor dy ddyddiadur…</translation>
    </message>
    <message>
        <source>The spare key file is back in place. Please unlock again.</source>
        <translation>Mae&apos;r ffeil allwedd sbâr yn ei lle eto. Rho gynnig arall ar ddatgloi, plîs.</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>This computer&apos;s keyring is locked, so it can&apos;t open your diary. Use your passphrase or recovery key instead. Nothing is lost.</source>
        <translation>Mae cylch allweddi&apos;r cyfrifiadur hwn dan glo, felly dydy e ddim yn gallu agor dy ddyddiadur. Defnyddia dy gyfrinymadrodd neu dy allwedd adfer yn lle hynny. Does dim byd wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring said no, so it can&apos;t open your diary. Use your passphrase or recovery key instead. Nothing is lost.</source>
        <translation>Gwrthododd cylch allweddi&apos;r cyfrifiadur hwn, felly dydy e ddim yn gallu agor dy ddyddiadur. Defnyddia dy gyfrinymadrodd neu dy allwedd adfer yn lle hynny. Does dim byd wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t hold the key for this diary (perhaps it was moved from another computer). Use your passphrase or recovery key.</source>
        <translation>Dydy&apos;r allwedd ar gyfer y dyddiadur hwn ddim ar y cyfrifiadur hwn (efallai iddo gael ei symud o gyfrifiadur arall). Defnyddia dy gyfrinymadrodd neu dy allwedd adfer.</translation>
    </message>
    <message>
        <source>Your organisation has turned off unlocking with this computer. Use your passphrase or recovery key.</source>
        <translation>Mae dy sefydliad wedi diffodd datgloi gyda&apos;r cyfrifiadur hwn. Defnyddia dy gyfrinymadrodd neu dy allwedd adfer.</translation>
    </message>
    <message>
        <source>This computer has no keyring Harbour can use. Please choose a passphrase instead.</source>
        <translation>Does gan y cyfrifiadur hwn ddim cylch allweddi y gall Harbour ei ddefnyddio. Dewisa gyfrinymadrodd yn lle hynny, plîs.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open your diary. Take your time and try again. Nothing has changed.</source>
        <translation>Wnaeth y cyfrinymadrodd yna ddim agor dy ddyddiadur. Cymera dy amser, a rho gynnig arall arni. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <source>That recovery key belongs to a different diary. Nothing has changed.</source>
        <translation>Mae&apos;r allwedd adfer yna&apos;n perthyn i ddyddiadur arall. Does dim byd wedi newid.</translation>
    </message>
    <message>
        <source>That recovery key has a typing slip in it. Check each group of letters and try again.</source>
        <translation>Mae camgymeriad teipio yn yr allwedd adfer yna. Gwiria bob grŵp o lythrennau, a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your diary file is damaged. Harbour has not changed it. You can restore the latest backup.</source>
        <translation>Mae ffeil dy ddyddiadur wedi&apos;i difrodi. Dydy Harbour ddim wedi&apos;i newid hi. Galli di adfer y copi wrth gefn diweddaraf.</translation>
    </message>
    <message>
        <source>The small key file beside your diary is damaged. Harbour keeps a spare copy you can restore.</source>
        <translation>Mae&apos;r ffeil allwedd fach wrth ymyl dy ddyddiadur wedi&apos;i difrodi. Mae Harbour yn cadw copi sbâr y galli di ei adfer.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly doedd dim modd cadw hyn. Mae popeth gafodd ei gadw o&apos;r blaen yn ddiogel. Rhyddha rywfaint o le, a rho gynnig arall arni.</translation>
    </message>
    <message>
        <source>Please choose a passphrase to protect your diary.</source>
        <translation>Dewisa gyfrinymadrodd i ddiogelu dy ddyddiadur, plîs.</translation>
    </message>
    <message>
        <source>There is no diary on this computer yet.</source>
        <translation>Does dim dyddiadur ar y cyfrifiadur hwn eto.</translation>
    </message>
    <message>
        <source>A diary already exists here. Harbour will not replace it.</source>
        <translation>Mae dyddiadur yma&apos;n barod. Fydd Harbour ddim yn rhoi un arall yn ei le.</translation>
    </message>
    <message>
        <source>The backup could not be made. Your diary itself is safe.</source>
        <translation>Doedd dim modd gwneud y copi wrth gefn. Mae dy ddyddiadur ei hun yn ddiogel.</translation>
    </message>
    <message>
        <source>Your diary is locked. Unlock it to carry on.</source>
        <translation>Mae dy ddyddiadur dan glo. Datgloa fe er mwyn bwrw ymlaen.</translation>
    </message>
    <message>
        <source>Harbour was closed suddenly last time, and part of its record of the last changes was damaged. Your diary is open, but some of the last changes may be missing. Please check your latest entries. Harbour has kept an encrypted copy of the damaged part.</source>
        <translation>Cafodd Harbour ei gau yn sydyn y tro diwethaf, a chafodd rhan o&apos;i gofnod o&apos;r newidiadau olaf ei difrodi. Mae dy ddyddiadur ar agor, ond efallai fod rhai o&apos;r newidiadau olaf ar goll. Edrycha ar dy gofnodion diweddaraf. Mae Harbour wedi cadw copi wedi&apos;i amgryptio o&apos;r rhan a ddifrodwyd.</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved information is safe. Please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le. Mae&apos;r wybodaeth rwyt ti wedi&apos;i chadw yn ddiogel. Rho gynnig arall arni, plîs.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Beth oedd e</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Ble cafodd ei weld</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>Y llun</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>WhenInput</name>
    <message>
        <source>For example %1</source>
        <translation>Er enghraifft %1</translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation>%1: dyddiad</translation>
    </message>
    <message>
        <source>%1: time</source>
        <translation>%1: amser</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <source>%1: set to now</source>
        <translation>%1: gosod i nawr</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Handover summary</source>
        <translation>Crynodeb trosglwyddo</translation>
    </message>
    <message>
        <source>Copy the handover</source>
        <translation>Copïo&apos;r nodyn trosglwyddo</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after 30 seconds.</source>
        <translation>Mae&apos;r clipfwrdd yn cael ei glirio eto ar ôl 30 eiliad.</translation>
    </message>
    <message>
        <source>Print the handover</source>
        <translation>Argraffu&apos;r nodyn trosglwyddo</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cau&apos;r achos</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Phone: %1</source>
        <translation>Ffôn: %1</translation>
    </message>
    <message>
        <source>Text message: %1</source>
        <translation>Neges destun: %1</translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Gwefan: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Cyswllt: %1</translation>
    </message>
</context>
</TS>
