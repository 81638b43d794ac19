<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BreathingGuide</name>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the breathing exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe with me again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing circle</source>
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
    <name>HarbourApp</name>
    <message>
        <source>Your organisation&apos;s settings file for Harbour has a problem, so Harbour is using its safest settings. Please tell whoever looks after this computer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied</source>
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
    <name>Navigation</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Everything, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one calm step per screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the steps for your answers so far. Tick what you have done. Open any step to read it, or go to it. Steps after a question you have not answered yet may change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformNotes</name>
    <message>
        <source>Where to click on each app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which app did they contact you on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To block them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To report them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their help pages</source>
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
    <name>RegionLine</name>
    <message>
        <source>Showing help for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>If you used this guide before, your diary remembers where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock my diary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesBox</name>
    <message>
        <source>Who can help</source>
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
    <name>StepView</name>
    <message>
        <source>Show me everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every step at once, as a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the guide again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back. This is where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your place in the guide could not be saved just now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopRow</name>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to this step: %1</source>
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
