<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary stays locked on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can open it. Harbour never sends anything anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer will unlock it for you. A passphrase adds protection if other people use this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase. You will need it to open your diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also protect it with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words only you would think of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same words again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up your diary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisBar</name>
    <message>
        <source>In danger now? Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In danger now? Call your local emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More help and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Help right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock my diary</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Harbour at once and lock your diary. Shortcut: Esc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this computer can&apos;t unlock your diary, or you forget your passphrase, this key opens it. Write it down or print it. Harbour will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this key can open your diary. Keep it away from the person blackmailing you. A copied key is wiped from the clipboard after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbour recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will not be encrypted. Save it somewhere only you can reach, such as a USB stick you keep safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guide one calm step at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harbour never uses the internet. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this computer unlock my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your new passphrase (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases were not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDiaryPage</name>
    <message>
        <source>A private diary of what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police and platforms will ask who contacted you, what they demanded and when. Your diary keeps this for you, locked on this computer. It is created the first time you save something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your diary is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide still works while it is locked. Unlock your diary to see or add what you saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key, e.g. ABCDE-FGHJK-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the spare key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spare key file is back in place. Please unlock again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
