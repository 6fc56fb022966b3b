<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardReport</name>
    <message numerus="yes">
        <location filename="../../icvapp/reports/board_sections.py" line="+109"/>
        <source>%n visit(s) found nobody in custody.</source>
        <translation>
            <numerusform>%n visit found nobody in custody.</numerusform>
            <numerusform>%n visits found nobody in custody.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Waiting to be admitted: median {median}, longest {worst}; %n wait(s) over {limit} minutes.</source>
        <translation>
            <numerusform>Waiting to be admitted: median {median}, longest {worst}; %n wait over {limit} minutes.</numerusform>
            <numerusform>Waiting to be admitted: median {median}, longest {worst}; %n waits over {limit} minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message numerus="yes">
        <location filename="../../icvapp/reports/visit_story.py" line="+170"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
</context>
</TS>
