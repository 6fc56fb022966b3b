<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="+157"/>
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../../ui/integrity.py" line="+38"/>
        <source>the audit log (%n entries)</source>
        <translation>
            <numerusform>the audit log (%n entry)</numerusform>
            <numerusform>the audit log (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checked: {audit_log} and %n sealed visit(s) match their signatures.</source>
        <translation>
            <numerusform>Checked: {audit_log} and %n sealed visit match their signatures.</numerusform>
            <numerusform>Checked: {audit_log} and %n sealed visits match their signatures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueDetail</name>
    <message numerus="yes">
        <location filename="../../ui/issue_detail.py" line="+108"/>
        <source>open %n day(s) — overdue for follow-up</source>
        <translation>
            <numerusform>open %n day — overdue for follow-up</numerusform>
            <numerusform>open %n days — overdue for follow-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>open %n day(s)</source>
        <translation>
            <numerusform>open %n day</numerusform>
            <numerusform>open %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuesView</name>
    <message numerus="yes">
        <location filename="../../ui/issues_view.py" line="+137"/>
        <source>Open longer than %n day(s)</source>
        <translation>
            <numerusform>Open longer than %n day</numerusform>
            <numerusform>Open longer than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%Ln issue(s)</source>
        <translation>
            <numerusform>%Ln issue</numerusform>
            <numerusform>%Ln issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <location filename="../../ui/report_actions.py" line="+90"/>
        <source>Checking and importing %n file(s)…</source>
        <translation>
            <numerusform>Checking and importing %n file…</numerusform>
            <numerusform>Checking and importing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message numerus="yes">
        <location line="+30"/>
        <source>Stopped: %n file(s) not checked and not imported. Import them again later.</source>
        <translation>
            <numerusform>Stopped: %n file not checked and not imported. Import it again later.</numerusform>
            <numerusform>Stopped: %n files not checked and not imported. Import them again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message numerus="yes">
        <location filename="../../ui/security_ui.py" line="+249"/>
        <source>Backed up %n visit(s) to {file}. Keep it away from this computer.</source>
        <translation>
            <numerusform>Backed up %n visit to {file}. Keep it away from this computer.</numerusform>
            <numerusform>Backed up %n visits to {file}. Keep it away from this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n visit(s) before {date} hold detail older than {months} months. Remove it now? Every figure stays the same.</source>
        <translation>
            <numerusform>%n visit before {date} hold detail older than {months} months. Remove it now? Every figure stays the same.</numerusform>
            <numerusform>%n visits before {date} hold detail older than {months} months. Remove it now? Every figure stays the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Removed detail from %n visit(s).</source>
        <translation>
            <numerusform>Removed detail from %n visit.</numerusform>
            <numerusform>Removed detail from %n visits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningSetupDialog</name>
    <message numerus="yes">
        <location filename="../../ui/signing_setup.py" line="+290"/>
        <source>%n certificate(s) revoked.</source>
        <translation>
            <numerusform>%n certificate revoked.</numerusform>
            <numerusform>%n certificates revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="+184"/>
        <source>Removed conversation detail older than the retention period from %n visit(s).</source>
        <translation>
            <numerusform>Removed conversation detail older than the retention period from %n visit.</numerusform>
            <numerusform>Removed conversation detail older than the retention period from %n visits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="+61"/>
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message numerus="yes">
        <location filename="../../ui/visit_form.py" line="+358"/>
        <source>%n thing(s) to fix before this report is complete. Your draft is saved; the list below the form shows each one.</source>
        <translation>
            <numerusform>%n thing to fix before this report is complete. Your draft is saved; the list below the form shows each one.</numerusform>
            <numerusform>%n things to fix before this report is complete. Your draft is saved; the list below the form shows each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitListView</name>
    <message numerus="yes">
        <location filename="../../ui/visit_list.py" line="+276"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
</context>
</TS>
