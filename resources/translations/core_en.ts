<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardReport</name>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n visit(s) counted none present.</source>
        <translation>
            <numerusform>%n visit counted none present.</numerusform>
            <numerusform>%n visits counted none present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Waiting to be admitted: median {median}, longest {worst}; %n wait(s) over {limit} minutes.</source>
        <translation>
            <numerusform>Waiting to be admitted: median {median}, longest {worst}; %n wait over {limit} minutes.</numerusform>
            <numerusform>Waiting to be admitted: median {median}, longest {worst}; %n waits over {limit} minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../icvapp/cli/reports.py" line="+133"/>
        <source>Nothing was imported: %n row(s) to fix.</source>
        <translation>
            <numerusform>Nothing was imported: %n row to fix.</numerusform>
            <numerusform>Nothing was imported: %n rows to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n past visit(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n past visit from {file}.</numerusform>
            <numerusform>Imported %n past visits from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../icvapp/cli/security.py" line="+65"/>
        <source>Wrote {out}: %n visit(s), encrypted. Keep it somewhere other than this computer.</source>
        <translation>
            <numerusform>Wrote {out}: %n visit, encrypted. Keep it somewhere other than this computer.</numerusform>
            <numerusform>Wrote {out}: %n visits, encrypted. Keep it somewhere other than this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Conversation detail is kept for %n month(s).</source>
        <translation>
            <numerusform>Conversation detail is kept for %n month.</numerusform>
            <numerusform>Conversation detail is kept for %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Removed conversation-level detail from %n visit(s); every count is kept.</source>
        <translation>
            <numerusform>Removed conversation-level detail from %n visit; every count is kept.</numerusform>
            <numerusform>Removed conversation-level detail from %n visits; every count is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../icvapp/cli/signing.py" line="+169"/>
        <source>{ok} of %n file(s) imported.</source>
        <translation>
            <numerusform>{ok} of %n file imported.</numerusform>
            <numerusform>{ok} of %n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Revoked %n certificate(s). Send laptops a fresh scheme file so they learn of it.</source>
        <translation>
            <numerusform>Revoked %n certificate. Send laptops a fresh scheme file so they learn of it.</numerusform>
            <numerusform>Revoked %n certificates. Send laptops a fresh scheme file so they learn of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../icvapp/cli/sync.py" line="+137"/>
        <source>%n rota week(s) received.</source>
        <translation>
            <numerusform>%n rota week received.</numerusform>
            <numerusform>%n rota weeks received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n visit(s) still queued for the next sync.</source>
        <translation>
            <numerusform>%n visit still queued for the next sync.</numerusform>
            <numerusform>%n visits still queued for the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Published the scheme file of {issued} and %n rota week(s).</source>
        <translation>
            <numerusform>Published the scheme file of {issued} and %n rota week.</numerusform>
            <numerusform>Published the scheme file of {issued} and %n rota weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <location filename="../../icvapp/storage/database.py" line="+297"/>
        <source>Upgrading the database would break %n links between records.</source>
        <translatorcomment>Kept as &quot;%n links&quot; for one as well: the wording is pinned by tests of the upgrade refusal.</translatorcomment>
        <translation>
            <numerusform>Upgrading the database would break %n links between records.</numerusform>
            <numerusform>Upgrading the database would break %n links between records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform>
            <numerusform>%n locations</numerusform>
        </translation>
    </message>
</context>
</TS>
