<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy">
<context>
    <name>AnnualReport</name>
    <message>
        <source>{stage}</source>
        <comment>the table&apos;s seen column</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/annual.py" line="+66" />
        <source>Annual summary · {scheme} · {year}</source>
        <translation>Crynodeb blynyddol · {scheme} · {year}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Annual summary {year}</source>
        <translation>Crynodeb blynyddol {year}</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{stage} during visits</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage} yn ystod ymweliadau</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Number</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Volunteers gave &lt;b&gt;{hours} hours&lt;/b&gt; on visits and raised &lt;b&gt;{issues}&lt;/b&gt; issues with staff.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhoddodd gwirfoddolwyr &lt;b&gt;{hours} awr&lt;/b&gt; i ymweliadau a chodwyd &lt;b&gt;{issues}&lt;/b&gt; mater gyda'r staff.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{scheme}: the year</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{scheme}: y flwyddyn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visits and {subjects}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau a {subjects}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requests made</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ceisiadau a wnaed</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+5" />
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Financial year {year} ({start} to {end})</source>
        <translation>Blwyddyn ariannol {year} ({start} i {end})</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../icvapp/cli/parsing.py" line="+24" />
        <source>usage:</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>defnydd:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>positional arguments</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dadleuon safleol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>options</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>opsiynau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show this help message and exit</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dangos y neges gymorth hon a gadael</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show program's version number and exit</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dangos rhif fersiwn y rhaglen a gadael</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%(prog)s: error: %(message)s</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>%(prog)s: gwall: %(message)s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dadl %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dewis annilys: %(value)r (dewiswch o blith %(choices)s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid %(type)s value: %(value)r</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gwerth %(type)s annilys: %(value)r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the following arguments are required: %s</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mae angen y dadleuon canlynol: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one of the arguments %s is required</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mae angen un o'r dadleuon %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unrecognized arguments: %s</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dadleuon anhysbys: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not allowed with argument %s</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ni chaniateir gyda'r ddadl %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ignored explicit argument %r</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>anwybyddwyd y ddadl benodol %r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected one argument</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>disgwylid un ddadl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at most one argument</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>disgwylid un ddadl ar y mwyaf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected at least one argument</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>disgwylid o leiaf un ddadl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s argument</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>disgwylid %s dadl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected %s arguments</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>disgwylid %s dadl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>opsiwn amwys: gallai %(option)s gyfateb i %(matches)s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unexpected option string: %s</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>opsiwn annisgwyl: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gorchymyn anhysbys %(parser_name)r (dewisiadau: %(choices)s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>COMMAND</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>GORCHYMYN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ACTION</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>GWEITHRED</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../icvapp/storage/audit.py" line="+93" />
        <source>entry {entry}: {reason}</source>
        <translation>cofnod {entry}: {reason}</translation>
    </message>
    <message>
        <location line="+70" />
        <source>entries {first}–{last} are missing</source>
        <translation>mae cofnodion {first}–{last} ar goll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>does not follow the entry before it</source>
        <translation>nid yw'n dilyn y cofnod o'i flaen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>was altered after it was written ({event}, {at})</source>
        <translatorcomment>REVIEW (native speaker): {event} is the log's own event name and stays in English.</translatorcomment>
        <translation>cafodd ei newid ar ôl ei ysgrifennu ({event}, {at})</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../icvapp/profile/backup.py" line="+90" />
        <source>{name} is not an icvapp backup, or it is damaged.</source>
        <translation>Nid yw {name} yn gopi wrth gefn icvapp, neu mae wedi'i ddifrodi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} is not an icvapp backup.</source>
        <translation>Nid yw {name} yn gopi wrth gefn icvapp.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{data_dir} already holds a profile; the backup was not restored over it.</source>
        <translation>Mae proffil yn {data_dir} eisoes; ni adferwyd y copi wrth gefn drosto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore into an empty folder, or choose to replace the profile.</source>
        <translation>Adferwch i ffolder wag, neu dewiswch ddisodli'r proffil.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The profile in {data_dir} changed on {changed} UTC, after this backup was made ({created_at} UTC). Restoring would lose those changes.</source>
        <translation>Newidiodd y proffil yn {data_dir} ar {changed} UTC, ar ôl gwneud y copi wrth gefn hwn ({created_at} UTC). Byddai adfer yn colli'r newidiadau hynny.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make a backup of the newer profile first, or choose to overwrite newer data.</source>
        <translation>Gwnewch gopi wrth gefn o'r proffil mwy newydd yn gyntaf, neu dewiswch drosysgrifo data mwy newydd.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The backup could not be put in place ({reason}).</source>
        <translation>Nid oedd modd rhoi'r copi wrth gefn yn ei le ({reason}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was lost; the restored copy is in {staging}.</source>
        <translation>Ni chollwyd dim; mae'r copi a adferwyd yn {staging}.</translation>
    </message>
</context>
<context>
    <name>BoardReport</name>
    <message>
        <source>{stage}</source>
        <comment>the change table&apos;s seen stage</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message>
        <source>{stage}</source>
        <comment>the change table&apos;s offered stage</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message>
        <source>{stage}</source>
        <comment>the change table&apos;s first stage</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message>
        <source>{stage}</source>
        <comment>present at visits</comment>
        <translatorcomment>REVIEW: new string: the headline figure of subjects present at visits, the kind's first stage in lower case ("dogs at the unit").</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>all places</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/board_pdf.py" line="+33" />
        <source>Report to the Strategic Assurance Board</source>
        <translatorcomment>REVIEW (native speaker): Board's name: confirm the Welsh name the PCC's office uses (Bwrdd Sicrwydd Strategol).</translatorcomment>
        <translation>Adroddiad i'r Bwrdd Sicrwydd Strategol</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Approved for the Strategic Assurance Board</source>
        <translatorcomment>REVIEW (native speaker): Board's name, as above.</translatorcomment>
        <translation>Cymeradwywyd ar gyfer y Bwrdd Sicrwydd Strategol</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{scheme}: performance</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{scheme}: perfformiad</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{seen}, of {offered}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{seen}, o {offered}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>visits made (target {target})</source>
        <translatorcomment>REVIEW (native speaker): Follows a large figure printed above it (e.g. 156); singular noun after a number.</translatorcomment>
        <translation>ymweliad wedi'u gwneud (targed {target})</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/board_sections.py" line="+31" />
        <source>of expected weeks visited</source>
        <translatorcomment>REVIEW (native speaker): Follows a percentage printed above it.</translatorcomment>
        <translation>o'r wythnosau disgwyliedig wedi cael ymweliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>requests made</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ceisiadau a wnaed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>issues still open</source>
        <translatorcomment>REVIEW (native speaker): Follows a figure printed above it; singular noun after a number.</translatorcomment>
        <translation>mater yn dal ar agor</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/board_sections.py" line="+73" />
        <source>{part} of {whole}</source>
        <translation>{part} o {whole}</translation>
    </message>
    <message>
        <location line="-117" />
        <location line="+161" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="-160" />
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <location line="-90" />
        <source>Weeks visited</source>
        <translation>Wythnosau ag ymweliad</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Coverage</source>
        <translatorcomment>REVIEW (native speaker): 'Cwmpas' for the share of expected weeks visited — check the usual term.</translatorcomment>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Abandoned</source>
        <translation>Wedi'u gadael</translation>
    </message>
    <message>
        <location line="-90" />
        <source>Closed weeks</source>
        <translation>Wythnosau ar gau</translation>
    </message>
    <message>
        <location line="+93" />
        <source>not expected</source>
        <translation>dim disgwyl</translation>
    </message>
    <message>
        <location line="-97" />
        <source>Visits against the weekly standard</source>
        <translation>Ymweliadau o'u cymharu â'r safon wythnosol</translation>
    </message>
    <message>
        <location line="-33" />
        <source>w/c {date}</source>
        <translatorcomment>REVIEW (native speaker): 'week commencing': 'w/d' (wythnos yn dechrau) — check the abbreviation.</translatorcomment>
        <translation>w/d {date}</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Weeks missed</source>
        <translation>Wythnosau a gollwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No expected week was missed.</source>
        <translation>Ni chollwyd yr un wythnos ddisgwyliedig.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>Abandoned visits:</source>
        <translation>Ymweliadau a adawyd:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Reasons not seen:</source>
        <translation>Rhesymau dros beidio â gweld:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No requests were recorded.</source>
        <translation>Ni chofnodwyd unrhyw geisiadau.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Number</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <location line="-79" />
        <location line="+81" />
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="-177" />
        <source>The standard is one visit to each {place} every week. A week counts in the period that holds its Thursday; weeks it was closed are not expected.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y safon yw un ymweliad bob wythnos â phob un: {place}. Mae wythnos yn cyfrif yn y cyfnod sy'n cynnwys ei dydd Iau; ni ddisgwylir ymweliad yn yr wythnosau pan oedd ar gau.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Fortnights visited</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pythefnosau ag ymweliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed fortnights</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pythefnosau ar gau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visits against the fortnightly standard</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau o'u cymharu â'r safon bob pythefnos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The standard is one visit to each {place} every fortnight. A fortnight counts in the period that holds its second Monday; fortnights it was closed are not expected.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y safon yw un ymweliad bob pythefnos â phob un: {place}. Mae pythefnos yn cyfrif yn y cyfnod sy'n cynnwys ei ail ddydd Llun; ni ddisgwylir ymweliad yn y pythefnosau pan oedd ar gau.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fortnights missed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pythefnosau a gollwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No expected fortnight was missed.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ni chollwyd yr un pythefnos ddisgwyliedig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>of expected fortnights visited</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>o'r pythefnosau disgwyliedig ag ymweliad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Months visited</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Misoedd ag ymweliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed months</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Misoedd ar gau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visits against the monthly standard</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau o'u cymharu â'r safon fisol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The standard is one visit to each {place} every month; months it was closed are not expected.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y safon yw un ymweliad bob mis â phob un: {place}; ni ddisgwylir ymweliad yn y misoedd pan oedd ar gau.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Months missed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Misoedd a gollwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No expected month was missed.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ni chollwyd yr un mis disgwyliedig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>of expected months visited</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>o'r misoedd disgwyliedig ag ymweliad</translation>
    </message>
    <message>
        <location line="+119" />
        <source>{seen}: &lt;b&gt;{seen_pct}&lt;/b&gt; of {offered}; {declined}: {declined_pct}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{seen}: &lt;b&gt;{seen_pct}&lt;/b&gt; o {offered}; {declined}: {declined_pct}.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n visit(s) counted none present.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>
            <numerusform>Ni chyfrifodd %n ymweliad neb yn bresennol.</numerusform>
            <numerusform>Ni chyfrifodd %n ymweliad neb yn bresennol.</numerusform>
            <numerusform>Ni chyfrifodd %n ymweliad neb yn bresennol.</numerusform>
            <numerusform>Ni chyfrifodd %n ymweliad neb yn bresennol.</numerusform>
            <numerusform>Ni chyfrifodd %n ymweliad neb yn bresennol.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>{subjects} at the time of visits</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{subjects} adeg yr ymweliadau</translation>
    </message>
    <message>
        <location line="+20" />
        <source>What {subjects} asked for</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Beth ofynnodd {subjects} amdano</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+16" />
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+14" />
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Resolved at the visit</source>
        <translation>Datryswyd yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Followed up</source>
        <translatorcomment>REVIEW (native speaker): Column heading: issues followed up with the police.</translatorcomment>
        <translation>Aethpwyd ar ei drywydd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open at period end</source>
        <translation>Ar agor ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All issues</source>
        <translation>Pob mater</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issues raised and their outcomes</source>
        <translation>Materion a godwyd a'u canlyniadau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Issues still open with the police&lt;/b&gt; (oldest first)</source>
        <translation>&lt;b&gt;Materion sy'n dal ar agor gyda'r heddlu&lt;/b&gt; (yr hynaf yn gyntaf)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Escalated to</source>
        <translatorcomment>REVIEW (native speaker): Escalation level of an issue (on the spot, duty inspector, scheme office, Board).</translatorcomment>
        <translation>Uwchgyfeiriwyd at</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days open</source>
        <translation>Diwrnodau ar agor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Police response</source>
        <translation>Ymateb yr heddlu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Awaited</source>
        <translatorcomment>REVIEW (native speaker): Police response still awaited.</translatorcomment>
        <translation>Yn aros</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Notable outcomes this period</source>
        <translation>Canlyniadau nodedig y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(raised {date})</source>
        <translation>(codwyd {date})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;b&gt;{share}&lt;/b&gt; of rated visits found conditions satisfactory ({satisfactory} of {rated}).</source>
        <translation>Roedd yr amodau'n foddhaol yn &lt;b&gt;{share}&lt;/b&gt; o'r ymweliadau a gafodd sgôr ({satisfactory} o {rated}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Waiting to be admitted: median {median}, longest {worst}; %n wait(s) over {limit} minutes.</source>
        <translatorcomment>REVIEW (native speaker): Plural forms (0 | 1 | 2–5 | 6 | other); 'canolrif' = median.</translatorcomment>
        <translation>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; dim un arhosiad dros {limit} munud.</numerusform>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; %n arhosiad dros {limit} munud.</numerusform>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; %n arhosiad dros {limit} munud.</numerusform>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; %n arhosiad dros {limit} munud.</numerusform>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; %n arhosiad dros {limit} munud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conditions and access</source>
        <translation>Amodau a mynediad</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Volunteers spent &lt;b&gt;{hours} hours&lt;/b&gt; on visits (both visitors, from arrival to departure).</source>
        <translation>Treuliodd gwirfoddolwyr &lt;b&gt;{hours} awr&lt;/b&gt; ar ymweliadau (y ddau ymwelydd, o gyrraedd i adael).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Volunteers</source>
        <translation>Gwirfoddolwyr</translation>
    </message>
    <message>
        <location line="+11" />
        <source>When visits happened</source>
        <translation>Pryd y digwyddodd ymweliadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visits should be spread across the days of the week and the hours of the day (by arrival time) so that they stay unexpected.</source>
        <translatorcomment>REVIEW (native speaker): Check it reads naturally.</translatorcomment>
        <translation>Dylai ymweliadau gael eu gwasgaru ar draws dyddiau'r wythnos ac oriau'r dydd (yn ôl yr amser cyrraedd) fel eu bod yn parhau'n annisgwyl.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Visits are not clustering on one day or time of day.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r ymweliadau'n crynhoi ar un diwrnod nac ar un adeg o'r dydd.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This period</source>
        <translation>Y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change against the previous period</source>
        <translation>Newid o'i gymharu â'r cyfnod blaenorol</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{seen} (% of {offered})</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{seen} (% o {offered})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sign-off</source>
        <translatorcomment>REVIEW (native speaker): 'Cymeradwyo' for sign-off (approval by signing) — check.</translatorcomment>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not signed. Export from the co-ordinator's profile to sign this report.</source>
        <translation>Heb ei lofnodi. Allforiwch o broffil y cydlynydd i lofnodi'r adroddiad hwn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approved for the Strategic Assurance Board by &lt;b&gt;{name}&lt;/b&gt;, scheme co-ordinator. Signed digitally on {date} at {time} UTC.</source>
        <translatorcomment>REVIEW (native speaker): Board's name, as above.</translatorcomment>
        <translation>Cymeradwywyd ar gyfer y Bwrdd Sicrwydd Strategol gan &lt;b&gt;{name}&lt;/b&gt;, cydlynydd y cynllun. Llofnodwyd yn ddigidol ar {date} am {time} UTC.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The office's audit log stood at {entries} entries (head {head}…) when this report was signed.</source>
        <translation>Roedd {entries} o gofnodion yng nghofnod archwilio'r swyddfa (pen {head}…) pan lofnodwyd yr adroddiad hwn.</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/charts.py" line="+85" />
        <source>Visited</source>
        <translation>Ymwelwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missed</source>
        <translation>Collwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandoned only</source>
        <translation>Gadawyd yn unig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not expected</source>
        <translation>Dim disgwyl</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <location filename="../../icvapp/trust/pki.py" line="+43" />
        <source>Wrong PIN</source>
        <extracomment>The demo's published PINs (the README prints them): anyone may know them, so a key sealed under one gains nothing from a costly derivation. Only these may be sealed at DEMO_KDF; every other PIN gets BOX_KDF. The cost travels inside each box, so opening one always reads the cost it was sealed with.</extracomment>
        <translation>PIN anghywir</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A signing PIN needs at least {min_pin} characters.</source>
        <translation>Mae angen o leiaf {min_pin} nod ar PIN llofnodi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Letters, digits or a short phrase: anything only you know.</source>
        <translation>Llythrennau, digidau neu ymadrodd byr: unrhyw beth rydych chi'n unig yn ei wybod.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The stored copy of {what} is damaged.</source>
        <translation>Mae'r copi sydd wedi'i gadw o {what} wedi'i ddifrodi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set up signing again.</source>
        <translation>Gosodwch lofnodi eto.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>That PIN does not unlock {what}.</source>
        <translation>Nid yw'r PIN hwnnw'n datgloi {what}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check Caps Lock and try again.</source>
        <translation>Gwiriwch Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>This is not a certificate icvapp can read.</source>
        <translation>Nid yw hon yn dystysgrif y gall icvapp ei darllen.</translation>
    </message>
    <message>
        <location line="+112" />
        <source>The scheme's revocation list is not signed by the scheme root.</source>
        <translation>Nid yw rhestr dirymu'r cynllun wedi'i llofnodi gan wraidd y cynllun.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>its certificate was not issued by this scheme</source>
        <translation>ni roddwyd ei dystysgrif gan y cynllun hwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its certificate was revoked on {date}</source>
        <translation>dirymwyd ei dystysgrif ar {date}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its certificate expired on {date}</source>
        <translation>daeth ei dystysgrif i ben ar {date}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its certificate is not valid until {date}</source>
        <translation>nid yw ei dystysgrif yn ddilys tan {date}</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+2" />
        <source>its certificate is not for signing reports</source>
        <translation>nid yw ei dystysgrif ar gyfer llofnodi adroddiadau</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{stage}</source>
        <comment>the list&apos;s seen column</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/common.py" line="+71" />
        <source>{value} is not a whole number ({what})</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw {value} yn rhif cyfan ({what})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a year such as 2025</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>blwyddyn fel 2025</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{year} is not a financial year icvapp knows; give a year from {first} to {last}, such as 2025 for 2025/26</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw {year} yn flwyddyn ariannol y mae icvapp yn ei hadnabod; rhowch flwyddyn o {first} i {last}, fel 2025 ar gyfer 2025/26</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a visit number from 'icvapp visits list'</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>rhif ymweliad o 'icvapp visits list'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{number} is not a visit number; 'icvapp visits list' shows them</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw {number} yn rif ymweliad; mae 'icvapp visits list' yn eu dangos</translation>
    </message>
    <message>
        <location line="+7" />
        <source>months</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>misoedd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} is not a retention period; give 0 (keep everything) to {most} months</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw {n} yn gyfnod cadw; rhowch 0 (cadw popeth) hyd at {most} mis</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{value} is not a date written YYYY-MM-DD</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw {value} yn ddyddiad ar ffurf BBBB-MM-DD</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{date} is outside the years icvapp knows ({first}–{last})</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae {date} y tu allan i'r blynyddoedd y mae icvapp yn eu hadnabod ({first}–{last})</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This profile is protected by a passphrase.</source>
        <translation>Mae'r proffil hwn wedi'i ddiogelu gan gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set ICVAPP_PASSPHRASE or run icvapp in a terminal.</source>
        <translation>Gosodwch ICVAPP_PASSPHRASE neu rhedwch icvapp mewn terfynell.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Repeat the passphrase</source>
        <translation>Ailadroddwch y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The two passphrases differ; nothing was created.</source>
        <translation>Mae'r ddau gyfrinymadrodd yn wahanol; ni chrëwyd dim.</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../icvapp/cli/schemes.py" line="+37" />
        <source>There is no icvapp profile in {data_dir}.</source>
        <translation>Nid oes proffil icvapp yn {data_dir}.</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../icvapp/cli/schemes.py" line="+2" />
        <source>Run 'icvapp demo' or 'icvapp init --name NAME' first, or open the app.</source>
        <translation>Rhedwch 'icvapp demo' neu 'icvapp init --name ENW' yn gyntaf, neu agorwch yr ap.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../icvapp/cli/security.py" line="+107" />
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose a passphrase (8 characters or more)</source>
        <translation>Dewiswch gyfrinymadrodd (8 nod neu fwy)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Created a profile in {data_dir}. {protection}.</source>
        <translation>Crëwyd proffil yn {data_dir}. {protection}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It is a further scheme beside the main one: choose it with --scheme {id}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'n gynllun ychwanegol wrth ochr y prif un: dewiswch ef gyda --scheme {id}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{what} is needed.</source>
        <translation>Mae angen {what}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set {variable} or run icvapp in a terminal.</source>
        <translation>Gosodwch {variable} neu rhedwch icvapp mewn terfynell.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Scheme root PIN</source>
        <translation>PIN gwraidd y cynllun</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a scheme, request or certificate file</source>
        <translation>ffeil cynllun, cais neu dystysgrif</translation>
    </message>
    <message>
        <location line="+8" />
        <location filename="../../icvapp/cli/reports.py" line="+123" />
        <location filename="../../icvapp/cli/signing.py" line="+256" />
        <location filename="../../icvapp/cli/visits.py" line="+148" />
        <source>Wrote {path}</source>
        <translation>Ysgrifennwyd {path}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is no single volunteer called {name}.</source>
        <translation>Nid oes un gwirfoddolwr o'r enw {name}.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>YOUR RECOVERY KEY (write it down; the scheme office should hold a copy):</source>
        <translation>EICH ALLWEDD ADFER (ysgrifennwch hi i lawr; dylai swyddfa'r cynllun gadw copi):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It opens this profile if the passphrase is forgotten or the keychain is lost. It is shown only now.</source>
        <translation>Mae'n agor y proffil hwn os anghofir y cyfrinymadrodd neu os collir y gadwyn allweddi. Dim ond nawr y caiff ei dangos.</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/reports.py" line="-50" />
        <source>Say which format to write with --format ({names}).</source>
        <translation>Dywedwch pa fformat i'w ysgrifennu gyda --format ({names}).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No co-ordinator can sign on this computer.</source>
        <translation>Ni all unrhyw gydlynydd lofnodi ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set up the co-ordinator's signing key, or pass --unsigned.</source>
        <translation>Gosodwch allwedd llofnodi'r cydlynydd, neu defnyddiwch --unsigned.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co-ordinator's signing PIN</source>
        <translation>PIN llofnodi'r cydlynydd</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote {out} ({period})</source>
        <translation>Ysgrifennwyd {out} ({period})</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--to is before --from.</source>
        <translation>Mae --to cyn --from.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Nothing was imported: %n row(s) to fix.</source>
        <translatorcomment>REVIEW (native speaker): one form for every count; with digits the noun stays singular ("3 rhes").</translatorcomment>
        <translation>
            <numerusform>Ni fewnforiwyd dim: %n rhes i'w chywiro.</numerusform>
            <numerusform>Ni fewnforiwyd dim: %n rhes i'w chywiro.</numerusform>
            <numerusform>Ni fewnforiwyd dim: %n rhes i'w chywiro.</numerusform>
            <numerusform>Ni fewnforiwyd dim: %n rhes i'w chywiro.</numerusform>
            <numerusform>Ni fewnforiwyd dim: %n rhes i'w chywiro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>row {row}: {reason}</source>
        <translation>rhes {row}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Imported %n past visit(s) from {file}.</source>
        <translatorcomment>REVIEW (native speaker): one form for every count; with digits the noun stays singular.</translatorcomment>
        <translation>
            <numerusform>Mewnforiwyd %n ymweliad blaenorol o {file}.</numerusform>
            <numerusform>Mewnforiwyd %n ymweliad blaenorol o {file}.</numerusform>
            <numerusform>Mewnforiwyd %n ymweliad blaenorol o {file}.</numerusform>
            <numerusform>Mewnforiwyd %n ymweliad blaenorol o {file}.</numerusform>
            <numerusform>Mewnforiwyd %n ymweliad blaenorol o {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/visits.py" line="-123" />
        <source>ID</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Date</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pair</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pâr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>abandoned</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>wedi'i adael</translation>
    </message>
    <message>
        <location line="+0" />
        <source>draft</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>drafft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unsigned</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>heb ei lofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sealed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>wedi'i selio</translation>
    </message>
    <message>
        <location line="+41" />
        <source>This profile already holds visits; the demo scheme goes in a new profile.</source>
        <translation>Mae ymweliadau yn y proffil hwn eisoes; mae'r cynllun arddangos yn mynd mewn proffil newydd.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use --data-dir to choose an empty folder.</source>
        <translation>Defnyddiwch --data-dir i ddewis ffolder wag.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Demo scheme ready: {visits} visits. Open it with 'icvapp'.</source>
        <translation>Mae'r cynllun arddangos yn barod: {visits} ymweliad. Agorwch ef gydag 'icvapp'.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Animal welfare scheme ready beside it: {visits} visits.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r cynllun lles anifeiliaid yn barod wrth ei ochr: {visits} o ymweliadau.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There is no place called {place}.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Nid oes lle o'r enw {place}.</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/security.py" line="-49" />
        <source>New passphrase (8 characters or more)</source>
        <translation>Cyfrinymadrodd newydd (8 nod neu fwy)</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Wrote {out}: %n visit(s), encrypted. Keep it somewhere other than this computer.</source>
        <translation>
            <numerusform>Ysgrifennwyd {out}: %n ymweliad, wedi'u hamgryptio. Cadwch ef yn rhywle heblaw'r cyfrifiadur hwn.</numerusform>
            <numerusform>Ysgrifennwyd {out}: %n ymweliad, wedi'u hamgryptio. Cadwch ef yn rhywle heblaw'r cyfrifiadur hwn.</numerusform>
            <numerusform>Ysgrifennwyd {out}: %n ymweliad, wedi'u hamgryptio. Cadwch ef yn rhywle heblaw'r cyfrifiadur hwn.</numerusform>
            <numerusform>Ysgrifennwyd {out}: %n ymweliad, wedi'u hamgryptio. Cadwch ef yn rhywle heblaw'r cyfrifiadur hwn.</numerusform>
            <numerusform>Ysgrifennwyd {out}: %n ymweliad, wedi'u hamgryptio. Cadwch ef yn rhywle heblaw'r cyfrifiadur hwn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+13" />
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Restored into {data_dir}. {protection}.</source>
        <translation>Adferwyd i {data_dir}. {protection}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Recovered. {protection}.</source>
        <translation>Adferwyd. {protection}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passphrase changed.</source>
        <translation>Newidiwyd y cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database is now encrypted under a new key. Your passphrase and recovery key are unchanged.</source>
        <translation>Mae'r gronfa ddata bellach wedi'i hamgryptio dan allwedd newydd. Nid yw eich cyfrinymadrodd na'ch allwedd adfer wedi newid.</translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>Conversation detail is kept for %n month(s).</source>
        <translation>
            <numerusform>Cedwir manylion sgyrsiau am %n mis.</numerusform>
            <numerusform>Cedwir manylion sgyrsiau am %n mis.</numerusform>
            <numerusform>Cedwir manylion sgyrsiau am %n mis.</numerusform>
            <numerusform>Cedwir manylion sgyrsiau am %n mis.</numerusform>
            <numerusform>Cedwir manylion sgyrsiau am %n mis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything is kept.</source>
        <translation>Cedwir popeth.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Removed conversation-level detail from %n visit(s); every count is kept.</source>
        <translation>
            <numerusform>Tynnwyd manylion lefel sgwrs o %n ymweliad; cedwir pob cyfrif.</numerusform>
            <numerusform>Tynnwyd manylion lefel sgwrs o %n ymweliad; cedwir pob cyfrif.</numerusform>
            <numerusform>Tynnwyd manylion lefel sgwrs o %n ymweliad; cedwir pob cyfrif.</numerusform>
            <numerusform>Tynnwyd manylion lefel sgwrs o %n ymweliad; cedwir pob cyfrif.</numerusform>
            <numerusform>Tynnwyd manylion lefel sgwrs o %n ymweliad; cedwir pob cyfrif.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/signing.py" line="-119" />
        <source>Audit log intact: {entries} entries, every link checked.</source>
        <translation>Mae'r log archwilio yn gyfan: {entries} cofnod, gwiriwyd pob cyswllt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Audit log BROKEN: {problems} problem(s) in {entries} entries.</source>
        <translation>Mae'r log archwilio WEDI TORRI: {problems} problem mewn {entries} cofnod.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sealed visits intact: {checked} checked against their signatures.</source>
        <translation>Mae'r ymweliadau wedi'u selio yn gyfan: gwiriwyd {checked} yn erbyn eu llofnodion.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sealed visits ALTERED: {altered} of {checked} no longer match what their visitors signed. The first: {first}</source>
        <translation>Ymweliadau wedi'u selio WEDI'U NEWID: nid yw {altered} o {checked} yn cyfateb mwyach i'r hyn a lofnododd eu hymwelwyr. Y cyntaf: {first}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Laptops' audit logs: {count} warning(s) recorded when their submissions were imported:</source>
        <translation>Logiau archwilio gliniaduron: {count} rhybudd a gofnodwyd pan fewnforiwyd eu cyflwyniadau:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>imported</source>
        <translation>mewnforiwyd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>REFUSED</source>
        <translation>GWRTHODWYD</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{ok} of %n file(s) imported.</source>
        <translation>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
            <numerusform>Mewnforiwyd {ok} o %n ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Scheme root created. Fingerprint: {fingerprint}</source>
        <translation>Crëwyd gwraidd y cynllun. Ôl bys: {fingerprint}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Joined the scheme. Root fingerprint: {fingerprint}</source>
        <translation>Wedi ymuno â'r cynllun. Ôl bys y gwraidd: {fingerprint}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check it with your scheme office.</source>
        <translation>Gwiriwch ef gyda swyddfa'ch cynllun.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose a signing PIN for {name}</source>
        <translation>Dewiswch PIN llofnodi ar gyfer {name}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Send this file to your scheme office; import the certificate file they send back.</source>
        <translation>Anfonwch y ffeil hon at swyddfa'ch cynllun; mewnforiwch y ffeil tystysgrif y maen nhw'n ei hanfon yn ôl.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Certificate issued to {name}.</source>
        <translation>Rhoddwyd tystysgrif i {name}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} can now sign visit reports on this computer.</source>
        <translation>Gall {name} lofnodi adroddiadau ymweliad ar y cyfrifiadur hwn bellach.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Revoked %n certificate(s). Send laptops a fresh scheme file so they learn of it.</source>
        <translation>
            <numerusform>Dirymwyd %n tystysgrif. Anfonwch ffeil cynllun newydd at y gliniaduron fel eu bod yn gwybod amdano.</numerusform>
            <numerusform>Dirymwyd %n tystysgrif. Anfonwch ffeil cynllun newydd at y gliniaduron fel eu bod yn gwybod amdano.</numerusform>
            <numerusform>Dirymwyd %n tystysgrif. Anfonwch ffeil cynllun newydd at y gliniaduron fel eu bod yn gwybod amdano.</numerusform>
            <numerusform>Dirymwyd %n tystysgrif. Anfonwch ffeil cynllun newydd at y gliniaduron fel eu bod yn gwybod amdano.</numerusform>
            <numerusform>Dirymwyd %n tystysgrif. Anfonwch ffeil cynllun newydd at y gliniaduron fel eu bod yn gwybod amdano.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/sync.py" line="+53" />
        <source>Serial number</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhif cyfresol</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Computer</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Certificate for</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Tystysgrif ar gyfer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revoked</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Dirymwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>laptop</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gliniadur</translation>
    </message>
    <message>
        <location line="+0" />
        <source>office</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>swyddfa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>server</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gweinydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>queued</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>yn aros</translation>
    </message>
    <message>
        <location line="+1" />
        <source>delivered</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>wedi'i gyflwyno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>refused</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>wedi'i wrthod</translation>
    </message>
    <message>
        <location line="+62" />
        <source>delivered  {uid}: {answer} (receipt checked)</source>
        <translation>danfonwyd  {uid}: {answer} (gwiriwyd y dderbynneb)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>REFUSED    {uid}: {reason}</source>
        <translation>GWRTHODWYD {uid}: {reason}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>imported   delivery {number}: {message}</source>
        <translation>mewnforiwyd danfoniad {number}: {message}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>NOT IMPORTED delivery {number}: {reason}</source>
        <translation>HEB EI FEWNFORIO danfoniad {number}: {reason}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The scheme file is up to date.</source>
        <translation>Mae'r ffeil cynllun yn gyfredol.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n rota week(s) received.</source>
        <translation>
            <numerusform>Derbyniwyd %n wythnos rota.</numerusform>
            <numerusform>Derbyniwyd %n wythnos rota.</numerusform>
            <numerusform>Derbyniwyd %n wythnos rota.</numerusform>
            <numerusform>Derbyniwyd %n wythnos rota.</numerusform>
            <numerusform>Derbyniwyd %n wythnos rota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n visit(s) still queued for the next sync.</source>
        <translation>
            <numerusform>Mae %n ymweliad yn dal yn y ciw ar gyfer y cysoni nesaf.</numerusform>
            <numerusform>Mae %n ymweliad yn dal yn y ciw ar gyfer y cysoni nesaf.</numerusform>
            <numerusform>Mae %n ymweliad yn dal yn y ciw ar gyfer y cysoni nesaf.</numerusform>
            <numerusform>Mae %n ymweliad yn dal yn y ciw ar gyfer y cysoni nesaf.</numerusform>
            <numerusform>Mae %n ymweliad yn dal yn y ciw ar gyfer y cysoni nesaf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The sync stopped: {reason}</source>
        <translation>Daeth y cysoni i ben: {reason}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>visit no. {number}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ymweliad rhif {number}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Give this file to the scheme office; import its answer with `icvapp sync enrol`.</source>
        <translation>Rhowch y ffeil hon i swyddfa'r cynllun; mewnforiwch ei hateb gyda `icvapp sync enrol`.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a device request</source>
        <translatorcomment>REVIEW (native speaker): soft-mutated (cais → gais) as it follows "Nid yw hwn yn …" in the file-reading messages.</translatorcomment>
        <translation>gais dyfais</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the server's certificate</source>
        <translation>tystysgrif y gweinydd</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a device file</source>
        <translation>ffeil dyfais</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This computer is enrolled ({role}); it delivers to {url}.</source>
        <translation>Mae'r cyfrifiadur hwn wedi'i gofrestru ({role}); mae'n danfon i {url}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the server's public key</source>
        <translation>allwedd gyhoeddus y gweinydd</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{value} is not a quarter such as 2026-Q3</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw {value} yn chwarter fel 2026-Q3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sent the national return for {quarter}: {visits} visit(s), {covered} of {expected} expected visit periods covered.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Anfonwyd y ffurflen genedlaethol ar gyfer {quarter}: {visits} ymweliad, {covered} o {expected} cyfnod ymweld disgwyliedig wedi'u cwmpasu.</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Published the scheme file of {issued} and %n rota week(s).</source>
        <translation>
            <numerusform>Cyhoeddwyd ffeil cynllun {issued} a %n wythnos rota.</numerusform>
            <numerusform>Cyhoeddwyd ffeil cynllun {issued} a %n wythnos rota.</numerusform>
            <numerusform>Cyhoeddwyd ffeil cynllun {issued} a %n wythnos rota.</numerusform>
            <numerusform>Cyhoeddwyd ffeil cynllun {issued} a %n wythnos rota.</numerusform>
            <numerusform>Cyhoeddwyd ffeil cynllun {issued} a %n wythnos rota.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23" />
        <source>Revoked {subject}. Run `icvapp sync publish`: the server refuses it from then on.</source>
        <translation>Dirymwyd {subject}. Rhedwch `icvapp sync publish`: bydd y gweinydd yn ei wrthod o hynny ymlaen.</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/schemes.py" line="-20" />
        <source>Scheme</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Math</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../icvapp/cli/main.py" line="+26" />
        <source>Record, find and report the visits of a lay visiting scheme. With no command, opens the app.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Cofnodi, canfod ac adrodd ar ymweliadau cynllun ymweld lleyg. Heb orchymyn, mae'n agor yr ap.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>profile folder (default: $ICVAPP_DATA_DIR, else your user data folder)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ffolder y proffil (diofyn: $ICVAPP_DATA_DIR, fel arall eich ffolder data defnyddiwr)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>which scheme's profile ('icvapp schemes' lists them; default: the main one)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>proffil pa gynllun ('icvapp schemes' sy'n eu rhestru; diofyn: y prif un)</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/reports.py" line="-110" />
        <source>compliance figures and reports for the Board</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ffigurau cydymffurfio ac adroddiadau i'r Bwrdd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the quarterly Board report</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>adroddiad chwarterol y Bwrdd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>financial year, by the year it starts (2025 = 2025/26)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>blwyddyn ariannol, yn ôl y flwyddyn y mae'n dechrau (2025 = 2025/26)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the annual summary in the shape of the PCC's annual report</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>y crynodeb blynyddol ar ffurf adroddiad blynyddol y Comisiynydd Heddlu a Throseddu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the compliance summary for any dates</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>y crynodeb cydymffurfio ar gyfer unrhyw ddyddiadau</translation>
    </message>
    <message>
        <location line="+6" />
        <source>import past visits from a spreadsheet (CSV); see docs/history-import.md</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mewnforio ymweliadau blaenorol o daenlen (CSV); gweler docs/history-import.md</translation>
    </message>
    <message>
        <location line="+8" />
        <source>default: from the --out file's extension</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>diofyn: o estyniad y ffeil --out</translation>
    </message>
    <message>
        <location line="+3" />
        <source>do not sign the PDF with the co-ordinator's key</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>peidio â llofnodi'r PDF gydag allwedd y cydlynydd</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the PDF's language: en (English, the default) or cy (Cymraeg); figures files stay English</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>iaith y PDF: en (Saesneg, y diofyn) neu cy (Cymraeg); mae ffeiliau ffigurau yn aros yn Saesneg</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/schemes.py" line="+4" />
        <source>list the schemes kept here (choose one with --scheme ID)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>rhestru'r cynlluniau a gedwir yma (dewiswch un gyda --scheme ID)</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/security.py" line="-119" />
        <source>write an encrypted backup of the whole profile</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ysgrifennu copi wrth gefn wedi'i amgryptio o'r proffil cyfan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>restore a backup with its recovery key (into --data-dir)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>adfer copi wrth gefn gyda'i allwedd adfer (i --data-dir)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>replace a profile already in the folder (kept aside)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>disodli proffil sydd eisoes yn y ffolder (caiff ei gadw o'r neilltu)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>even if that profile changed after the backup was made</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>hyd yn oed os newidiodd y proffil hwnnw ar ôl gwneud y copi wrth gefn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>recovery key, passphrase, key rotation</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>allwedd adfer, cyfrinymadrodd, cylchdroi allweddi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>open with the recovery key and protect the profile afresh</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>agor gyda'r allwedd adfer a diogelu'r proffil o'r newydd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>choose a new passphrase</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dewis cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>re-encrypt the database under a new key</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ailamgryptio'r gronfa ddata dan allwedd newydd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>replace the recovery key (the old one stops working)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>disodli'r allwedd adfer (mae'r hen un yn peidio â gweithio)</translation>
    </message>
    <message>
        <location line="+75" />
        <source>how long conversation-level detail is kept</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>am ba hyd y cedwir manylion sgyrsiau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>set the retention period in months (0 = keep everything)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gosod y cyfnod cadw mewn misoedd (0 = cadw popeth)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>remove detail older than the period (or --before DATE) now</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dileu manylion sy'n hŷn na'r cyfnod (neu --before DYDDIAD) nawr</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/signing.py" line="-187" />
        <source>check a signed report PDF or a submission file</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gwirio PDF adroddiad wedi'i lofnodi neu ffeil gyflwyno</translation>
    </message>
    <message>
        <location line="+4" />
        <source>trust this scheme root certificate instead of the profile's</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ymddiried yn y dystysgrif gwraidd cynllun hon yn lle un y proffil</translation>
    </message>
    <message>
        <location line="+4" />
        <source>check the audit log</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gwirio'r log archwilio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>check every entry of the hash chain</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gwirio pob cofnod yn y gadwyn stwnsh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>import submission files from volunteers (scheme office)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mewnforio ffeiliau cyflwyno gan wirfoddolwyr (swyddfa'r cynllun)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the scheme root and scheme files</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gwraidd y cynllun a ffeiliau'r cynllun</translation>
    </message>
    <message>
        <location line="+3" />
        <source>create the scheme's root certificate (co-ordinator, once)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>creu tystysgrif gwraidd y cynllun (y cydlynydd, unwaith)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write the root certificate for PDF readers to trust</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ysgrifennu'r dystysgrif gwraidd i ddarllenwyr PDF ymddiried ynddi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>write a scheme file for volunteers' laptops</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ysgrifennu ffeil cynllun ar gyfer gliniaduron gwirfoddolwyr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>join the scheme described by a scheme file</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ymuno â'r cynllun a ddisgrifir mewn ffeil cynllun</translation>
    </message>
    <message>
        <location line="+4" />
        <source>volunteers' signing keys and certificates</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>allweddi llofnodi a thystysgrifau gwirfoddolwyr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>make a signing key and write the request file</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>creu allwedd llofnodi ac ysgrifennu'r ffeil gais</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the volunteer's name</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>enw'r gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>answer a request file with a certificate file (co-ordinator)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ateb ffeil gais gyda ffeil tystysgrif (y cydlynydd)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>import the certificate file from the scheme office</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mewnforio'r ffeil tystysgrif gan swyddfa'r cynllun</translation>
    </message>
    <message>
        <location line="+4" />
        <source>revoke a volunteer's certificates (co-ordinator)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dirymu tystysgrifau gwirfoddolwr (y cydlynydd)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>who can sign on this computer</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>pwy all lofnodi ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>write a sealed visit as a submission file for the scheme office</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ysgrifennu ymweliad wedi'i selio fel ffeil gyflwyno ar gyfer swyddfa'r cynllun</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/sync.py" line="-194" />
        <source>deliver sealed visits to the scheme server and pull what the office sent</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>cyflwyno ymweliadau wedi'u selio i weinydd y cynllun a nôl yr hyn a anfonodd y swyddfa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>what is queued, delivered and refused</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>beth sy'n aros, wedi'i gyflwyno ac wedi'i wrthod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>make this computer's device key and a request for the office</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>creu allwedd dyfais y cyfrifiadur hwn a chais i'r swyddfa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>what to call this computer</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>enw'r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>whose laptop it is (their name, as in the scheme)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>gliniadur pwy yw hwn (ei enw, fel yn y cynllun)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this is the scheme office's computer</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>cyfrifiadur swyddfa'r cynllun yw hwn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>answer a device request (scheme office, root PIN)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ateb cais dyfais (swyddfa'r cynllun, PIN gwraidd)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>https://host:port of the scheme server</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>https://gwesteiwr:porth gweinydd y cynllun</translation>
    </message>
    <message>
        <location line="+4" />
        <source>import the device file the office sent</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mewnforio'r ffeil dyfais a anfonodd y swyddfa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>issue the scheme server's certificate (office, root PIN)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>cyhoeddi tystysgrif gweinydd y cynllun (y swyddfa, PIN gwraidd)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a host name or address the server answers on</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>enw gwesteiwr neu gyfeiriad y mae'r gweinydd yn ateb arno</translation>
    </message>
    <message>
        <location line="+3" />
        <source>send the scheme file and the rota to the server (office, root PIN)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>anfon ffeil y cynllun a'r rota i'r gweinydd (y swyddfa, PIN gwraidd)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the device and server certificates the scheme issued (office)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>y tystysgrifau dyfais a gweinydd a gyhoeddodd y cynllun (y swyddfa)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>revoke one device's certificate by serial number (office, root PIN); the server refuses it once the office publishes</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dirymu tystysgrif un ddyfais yn ôl ei rhif cyfresol (y swyddfa, PIN gwraidd); mae'r gweinydd yn ei gwrthod unwaith y bydd y swyddfa'n cyhoeddi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the certificate's serial number, as `icvapp sync devices` shows it</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>rhif cyfresol y dystysgrif, fel y mae `icvapp sync devices` yn ei ddangos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>send a quarter's national return, counts only (office, root PIN)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>anfon ffurflen genedlaethol chwarter, cyfrifon yn unig (y swyddfa, PIN gwraidd)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>financial year (as it starts) and quarter; Q1 is April to June</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>blwyddyn ariannol (fel y mae'n dechrau) a chwarter; Q1 yw Ebrill i Fehefin</translation>
    </message>
    <message>
        <location filename="../../icvapp/cli/visits.py" line="-69" />
        <source>create the demo scheme (places, volunteers, sample visits)</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>creu'r cynllun arddangos (lleoedd, gwirfoddolwyr, ymweliadau enghreifftiol)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>create an empty scheme (a further one if a profile exists)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>creu cynllun gwag (un ychwanegol os oes proffil eisoes)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the scheme's name</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>enw'r cynllun</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the kind of visiting (default: %(default)s)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>y math o ymweld (diofyn: %(default)s)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>list and export visits</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>rhestru ac allforio ymweliadau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>list visits, newest first</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>rhestru ymweliadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>only this place (by name)</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>y lle hwn yn unig (yn ôl ei enw)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>financial year, named by the year it starts (2025 = 2025/26)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>blwyddyn ariannol, wedi'i henwi yn ôl y flwyddyn y mae'n dechrau (2025 = 2025/26)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>quarter of --fy</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>chwarter o --fy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>export a visit report as PDF</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>allforio adroddiad ymweliad fel PDF</translation>
    </message>
    <message>
        <location line="+2" />
        <source>visit number, as shown by 'visits list'</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>rhif yr ymweliad, fel y mae 'visits list' yn ei ddangos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF file to write</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>y ffeil PDF i'w hysgrifennu</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../../icvapp/delivery/client.py" line="+29" />
        <source>The scheme server cannot be reached</source>
        <extracomment>Seconds a kept-alive connection may sit idle before the next request opens a new one. Servers close idle connections (uvicorn after 5 s), and the office imports a batch between two requests.</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes modd cyrraedd gweinydd y cynllun</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The scheme server's answer is not readable.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes modd darllen ateb gweinydd y cynllun.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The scheme server's address {url} is not an https:// address.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw cyfeiriad gweinydd y cynllun {url} yn gyfeiriad https://.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The scheme server did not prove it is the server the scheme office named.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ni phrofodd gweinydd y cynllun mai ef yw'r gweinydd a enwodd swyddfa'r cynllun.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its TLS certificate is not the pinned one ({reason}).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid ei dystysgrif TLS yw'r un a binnwyd ({reason}).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The scheme server at {host}:{port} cannot be reached ({reason}).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes modd cyrraedd gweinydd y cynllun yn {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing is lost: the visits stay queued for the next sync.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes dim wedi'i golli: mae'r ymweliadau'n aros yn y ciw ar gyfer y cysoni nesaf.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../icvapp/metrics/compare.py" line="+52" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Weeks covered (%)</source>
        <translation>Wythnosau a gafodd ymweliad (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fortnights covered (%)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pythefnosau ag ymweliad (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Months covered (%)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Misoedd ag ymweliad (%)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Present at visits</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Yn bresennol adeg ymweliadau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offered a visit</source>
        <translation>Cynigiwyd ymweliad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted and seen</source>
        <translation>Derbyniodd a gwelwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seen, of those offered (%)</source>
        <translation>Gwelwyd, o'r rhai a gafodd gynnig (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requests made</source>
        <translation>Ceisiadau a wnaed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issues raised</source>
        <translation>Materion a godwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues open at the end of the period</source>
        <translation>Materion ar agor ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Visits rated satisfactory (%)</source>
        <translation>Ymweliadau a gafodd sgôr foddhaol (%)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hours volunteered on visits</source>
        <translation>Oriau gwirfoddoli ar ymweliadau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Median wait to be admitted (minutes)</source>
        <translation>Amser aros canolrifol i gael mynediad (munudau)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../icvapp/storage/database.py" line="+137" />
        <source>The disk is full, so the last change was not saved.</source>
        <translation>Mae'r ddisg yn llawn, felly ni chadwyd y newid diwethaf.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Free some space; what you typed is still on screen.</source>
        <translation>Rhyddhewch rywfaint o le; mae'r hyn a deipiwyd gennych yn dal ar y sgrin.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is using the database, so the change was not saved.</source>
        <translation>Mae rhaglen arall yn defnyddio'r gronfa ddata, felly ni chadwyd y newid.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close other copies of icvapp and try again.</source>
        <translation>Caewch gopïau eraill o icvapp a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The data folder {parent} is read-only.</source>
        <translation>Mae'r ffolder data {parent} yn ddarllen-yn-unig.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the folder's permissions; what you typed is still on screen.</source>
        <translation>Gwiriwch ganiatâd y ffolder; mae'r hyn a deipiwyd gennych yn dal ar y sgrin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database {name} is damaged.</source>
        <translation>Mae'r gronfa ddata {name} wedi'i difrodi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore it from a backup. icvapp has not changed the file.</source>
        <translation>Adferwch hi o gopi wrth gefn. Nid yw icvapp wedi newid y ffeil.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The disk reported an error while saving, so the last change was not saved.</source>
        <translation>Adroddodd y ddisg wall wrth gadw, felly ni chadwyd y newid diwethaf.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the disk (and free space); what you typed is still on screen.</source>
        <translation>Gwiriwch y ddisg (a'r lle sydd ar gael); mae'r hyn a deipiwyd gennych yn dal ar y sgrin.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The database {path} is missing.</source>
        <translation>Mae'r gronfa ddata {path} ar goll.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore it from a backup, or start a new profile.</source>
        <translation>Adferwch hi o gopi wrth gefn, neu dechreuwch broffil newydd.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database {name} is empty (0 bytes).</source>
        <translation>Mae'r gronfa ddata {name} yn wag (0 beit).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>It may have been cut short by a failed copy. Restore it from a backup.</source>
        <translation>Efallai iddi gael ei thorri'n fyr gan gopi a fethodd. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>{name} is an unencrypted SQLite file, not an icvapp database.</source>
        <translation>Mae {name} yn ffeil SQLite heb ei hamgryptio, nid yn gronfa ddata icvapp.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>icvapp only opens encrypted databases it created.</source>
        <translation>Dim ond cronfeydd data wedi'u hamgryptio a greodd ei hun y mae icvapp yn eu hagor.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database {name} is truncated ({size} bytes is not a whole number of pages).</source>
        <translation>Mae'r gronfa ddata {name} wedi'i chwtogi (nid yw {size} beit yn nifer cyfan o dudalennau).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{path} already exists; refusing to overwrite it.</source>
        <translation>Mae {path} yn bodoli eisoes; ni fydd icvapp yn ei throsysgrifo.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The profile is locked.</source>
        <translation>Mae'r proffil wedi'i gloi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock it to continue.</source>
        <translation>Datglowch ef i barhau.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The database {name} cannot be decrypted with this profile's key.</source>
        <translation>Nid oes modd dadgryptio'r gronfa ddata {name} ag allwedd y proffil hwn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is damaged or belongs to another profile. Restore it from a backup.</source>
        <translation>Mae'r ffeil wedi'i difrodi neu'n perthyn i broffil arall. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This database was written by a newer version of icvapp (schema {version}; this version understands up to {schema_version}).</source>
        <translation>Ysgrifennwyd y gronfa ddata hon gan fersiwn mwy newydd o icvapp (sgema {version}; mae'r fersiwn hwn yn deall hyd at {schema_version}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the newer icvapp to open it. The file has not been changed.</source>
        <translation>Gosodwch yr icvapp mwy newydd i'w hagor. Nid yw'r ffeil wedi newid.</translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>Upgrading the database would break %n links between records.</source>
        <translatorcomment>REVIEW (native speaker): the noun after a numeral stays singular; "6 chysylltiad" follows the aspirate mutation after chwe — check it reads naturally with digits.</translatorcomment>
        <translation>
            <numerusform>Byddai uwchraddio'r gronfa ddata yn torri %n cysylltiad rhwng cofnodion.</numerusform>
            <numerusform>Byddai uwchraddio'r gronfa ddata yn torri %n cysylltiad rhwng cofnodion.</numerusform>
            <numerusform>Byddai uwchraddio'r gronfa ddata yn torri %n cysylltiad rhwng cofnodion.</numerusform>
            <numerusform>Byddai uwchraddio'r gronfa ddata yn torri %n chysylltiad rhwng cofnodion.</numerusform>
            <numerusform>Byddai uwchraddio'r gronfa ddata yn torri %n cysylltiad rhwng cofnodion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was changed. Please report this to the icvapp developers.</source>
        <translation>Ni newidiwyd dim. Rhowch wybod i ddatblygwyr icvapp am hyn.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database could not be upgraded to this version of icvapp ({reason}).</source>
        <translation>Nid oedd modd uwchraddio'r gronfa ddata i'r fersiwn hwn o icvapp ({reason}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was changed; a copy was also kept as {name}.</source>
        <translation>Ni newidiwyd dim; cadwyd copi hefyd fel {name}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../icvapp/demo/worker.py" line="+157" />
        <source>The demo's animal welfare scheme could not be made: the process making it stopped unexpectedly.</source>
        <extracomment>What the child says: a step of its progress, its end, or why it failed. (started, finished) on the ``time.monotonic`` clock, once done (the benchmark reads it). The child stopped before it took the job (it could not start here): nothing of it to report.</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>Ni fu modd creu cynllun lles anifeiliaid y demo: daeth y broses oedd yn ei greu i ben yn annisgwyl.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing of that scheme was kept.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>Ni chadwyd dim o'r cynllun hwnnw.</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <location filename="../../icvapp/delivery/device.py" line="+82" />
        <source>A device is a {names}.</source>
        <translatorcomment>REVIEW (native speaker): {names} is the device roles in English ("laptop or an office"), as codes.</translatorcomment>
        <translation>Mae dyfais yn {names}.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This is not a device file from icvapp: it is not readable text.</source>
        <translation>Nid yw hon yn ffeil dyfais o icvapp: nid yw'n destun darllenadwy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This is not a device file from icvapp.</source>
        <translation>Nid yw hon yn ffeil dyfais o icvapp.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The device file is damaged.</source>
        <translation>Mae'r ffeil dyfais wedi'i difrodi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server named in the device file is not the one the scheme office signed.</source>
        <translation>Nid y gweinydd a enwir yn y ffeil dyfais yw'r un a lofnododd swyddfa'r cynllun.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This device certificate cannot be used: {problem}.</source>
        <translation>Nid oes modd defnyddio'r dystysgrif dyfais hon: {problem}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This computer has not asked for a device certificate.</source>
        <translation>Nid yw'r cyfrifiadur hwn wedi gofyn am dystysgrif dyfais.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a device request.</source>
        <translation>Gwnewch gais dyfais.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This device certificate is for another computer's key.</source>
        <translation>Mae'r dystysgrif dyfais hon ar gyfer allwedd cyfrifiadur arall.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import it on the computer that wrote the request.</source>
        <translation>Mewnforiwch hi ar y cyfrifiadur a ysgrifennodd y cais.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>This computer is not enrolled with the scheme server.</source>
        <translation>Nid yw'r cyfrifiadur hwn wedi'i gofrestru gyda gweinydd y cynllun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the scheme office for a device file (icvapp sync enrol).</source>
        <translation>Gofynnwch i swyddfa'r cynllun am ffeil dyfais (icvapp sync enrol).</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This is not the server's public key (a PEM file from icvapp-server new-key).</source>
        <translation>Nid allwedd gyhoeddus y gweinydd yw hon (ffeil PEM o icvapp-server new-key).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server needs a P-256 key and at least one host name or address.</source>
        <translation>Mae angen allwedd P-256 ac o leiaf un enw gwesteiwr neu gyfeiriad ar y gweinydd.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+2" />
        <source>This is not a device request from icvapp.</source>
        <translation>Nid yw hwn yn gais dyfais o icvapp.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The device request's key is not one icvapp makes.</source>
        <translation>Nid yw allwedd y cais dyfais yn un y mae icvapp yn ei gwneud.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This device request was made for another scheme.</source>
        <translation>Gwnaed y cais dyfais hwn ar gyfer cynllun arall.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The device request names a volunteer this scheme does not have.</source>
        <translation>Mae'r cais dyfais yn enwi gwirfoddolwr nad yw yn y cynllun hwn.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>revoked {date} {reason}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dirymwyd {date} {reason}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>revoked {date}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>dirymwyd {date}</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <location filename="../../icvapp/trust/enrolment.py" line="+90" />
        <source>This scheme already has a root certificate.</source>
        <translation>Mae gan y cynllun hwn dystysgrif wraidd eisoes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A scheme keeps one root; replacing it would orphan every signature.</source>
        <translation>Un gwraidd sydd gan gynllun; byddai ei ddisodli yn amddifadu pob llofnod.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>This profile does not hold the scheme root key.</source>
        <translation>Nid yw allwedd wraidd y cynllun yn y proffil hwn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates are issued from the co-ordinator's profile.</source>
        <translation>Caiff tystysgrifau eu rhoi o broffil y cydlynydd.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the scheme root key</source>
        <translation>allwedd wraidd y cynllun</translation>
    </message>
    <message>
        <location line="+18" />
        <source>This profile has no scheme root yet, so it cannot check signatures.</source>
        <translation>Nid oes gwraidd cynllun yn y proffil hwn eto, felly ni all wirio llofnodion.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the scheme file from your scheme office, or set the scheme up.</source>
        <translation>Mewnforiwch y ffeil cynllun gan swyddfa'ch cynllun, neu sefydlwch y cynllun.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>{name} has not set up signing on this computer.</source>
        <translation>Nid yw {name} wedi gosod llofnodi ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name}'s certificate request has not been answered by the scheme office yet.</source>
        <translation>Nid yw swyddfa'r cynllun wedi ateb cais {name} am dystysgrif eto.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} cannot sign: {problem}.</source>
        <translation>Ni all {name} lofnodi: {problem}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The scheme office can issue a new certificate.</source>
        <translation>Gall swyddfa'r cynllun roi tystysgrif newydd.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name}'s signing key</source>
        <translation>allwedd llofnodi {name}</translation>
    </message>
    <message>
        <location line="+32" />
        <source>{serial} is not a certificate's serial number.</source>
        <translation>Nid yw {serial} yn rhif cyfresol tystysgrif.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy it as `icvapp sync devices` shows it (hexadecimal).</source>
        <translation>Copïwch ef fel y mae `icvapp sync devices` yn ei ddangos (hecsadegol).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This scheme issued no certificate with serial number {serial}.</source>
        <translation>Ni roddodd y cynllun hwn dystysgrif â'r rhif cyfresol {serial}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>`icvapp sync devices` lists the device certificates the scheme issued.</source>
        <translation>Mae `icvapp sync devices` yn rhestru'r tystysgrifau dyfais a roddodd y cynllun.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate {serial} ({subject}) was revoked on {revoked_at}.</source>
        <translation>Dirymwyd y dystysgrif {serial} ({subject}) ar {revoked_at}.</translation>
    </message>
</context>
<context>
    <name>EnrolmentFiles</name>
    <message>
        <location filename="../../icvapp/trust/enrolment_files.py" line="+67" />
        <source>There is no volunteer number {volunteer_id}.</source>
        <translation>Nid oes gwirfoddolwr rhif {volunteer_id}.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>This volunteer has not set up signing on this computer.</source>
        <translation>Nid yw'r gwirfoddolwr hwn wedi gosod llofnodi ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This is not {what}: it is not readable text.</source>
        <translatorcomment>REVIEW (native speaker): {what} is a noun phrase such as "ffeil cynllun o icvapp"; check the mutation after "yn".</translatorcomment>
        <translation>Nid yw hon yn {what}: nid yw'n destun darllenadwy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This is not {what}.</source>
        <translatorcomment>REVIEW (native speaker): {what} is a noun phrase such as "ffeil cynllun o icvapp".</translatorcomment>
        <translation>Nid yw hon yn {what}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a certificate request from icvapp</source>
        <translatorcomment>REVIEW (native speaker): soft-mutated (cais → gais) as it follows "Nid yw hon yn …".</translatorcomment>
        <translation>gais am dystysgrif o icvapp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate request inside the file is damaged.</source>
        <translation>Mae'r cais am dystysgrif yn y ffeil wedi'i ddifrodi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate request has been altered: its own signature does not match.</source>
        <translation>Mae'r cais am dystysgrif wedi'i newid: nid yw ei lofnod ei hun yn cyfateb.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This request was made for another scheme.</source>
        <translation>Gwnaed y cais hwn ar gyfer cynllun arall.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The request names a volunteer this scheme does not have.</source>
        <translation>Mae'r cais yn enwi gwirfoddolwr nad yw yn y cynllun hwn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the volunteer first, then send them a fresh scheme file.</source>
        <translation>Ychwanegwch y gwirfoddolwr yn gyntaf, yna anfonwch ffeil cynllun newydd ato.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Unlock the scheme root to write a scheme file.</source>
        <translation>Datglowch wraidd y cynllun i ysgrifennu ffeil cynllun.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>This is not a scheme file from icvapp.</source>
        <translation>Nid yw hon yn ffeil cynllun o icvapp.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The scheme file is damaged.</source>
        <translation>Mae'r ffeil cynllun wedi'i difrodi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The scheme file has been altered since the scheme office signed it.</source>
        <translation>Mae'r ffeil cynllun wedi'i newid ers i swyddfa'r cynllun ei llofnodi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a scheme file from icvapp</source>
        <translation>ffeil cynllun o icvapp</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The scheme file's inbox certificate was not issued by its root.</source>
        <translation>Ni roddwyd tystysgrif mewnflwch y ffeil cynllun gan ei gwraidd.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This file belongs to another scheme: its root certificate is not this scheme's.</source>
        <translation>Mae'r ffeil hon yn perthyn i gynllun arall: nid tystysgrif wraidd y cynllun hwn yw ei thystysgrif wraidd.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This profile already holds signed visits of another scheme.</source>
        <translation>Mae ymweliadau wedi'u llofnodi gan gynllun arall yn y proffil hwn eisoes.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Join it from a new profile (File ▸ New scheme…), so nothing typed here is lost.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymunwch ag ef o broffil newydd (Ffeil ▸ Cynllun newydd…), fel na chollir dim a deipiwyd yma.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This scheme file is older than the one already applied: {rollback}. Nothing was changed.</source>
        <translation>Mae'r ffeil cynllun hon yn hŷn na'r un a gymhwyswyd eisoes: {rollback}. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="-23" />
        <location line="+26" />
        <source>Ask the scheme office for its latest scheme file.</source>
        <translation>Gofynnwch i swyddfa'r cynllun am ei ffeil cynllun ddiweddaraf.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>This scheme file gives the scheme another kind ({kind}) than the one this profile joined ({held}). Nothing was changed.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r ffeil cynllun hon yn rhoi math arall i'r cynllun ({kind}) na'r un a ymunodd y proffil hwn ag ef ({held}). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This profile already holds visits of {held}, so it cannot join {scheme} ({kind}). Nothing was changed.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r proffil hwn eisoes yn cadw ymweliadau {held}, felly ni all ymuno â {scheme} ({kind}). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The scheme file is incomplete ({error}).</source>
        <translation>Mae'r ffeil cynllun yn anghyflawn ({error}).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The scheme file is damaged: its kind of scheme is not a name.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r ffeil cynllun wedi'i difrodi: nid enw yw math y cynllun ynddi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{scheme} is a kind of scheme this version of icvapp does not know ({kind}); update icvapp.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae {scheme} yn fath o gynllun nad yw'r fersiwn hon o icvapp yn ei adnabod ({kind}); diweddarwch icvapp.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the icvapp your scheme office uses, then join again. Nothing was changed.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Gosodwch yr icvapp y mae swyddfa eich cynllun yn ei ddefnyddio, yna ymunwch eto. Does dim wedi newid.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The scheme file gives {name} a different identity from the {name} who has already signed on this computer. Nothing was changed.</source>
        <translation>Mae'r ffeil cynllun yn rhoi hunaniaeth i {name} sy'n wahanol i'r {name} sydd eisoes wedi llofnodi ar y cyfrifiadur hwn. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ask the scheme office to check this volunteer's entry before sending the file again.</source>
        <translation>Gofynnwch i swyddfa'r cynllun wirio cofnod y gwirfoddolwr hwn cyn anfon y ffeil eto.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a certificate file from icvapp</source>
        <translation>ffeil tystysgrif o icvapp</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The certificate inside the file is damaged.</source>
        <translation>Mae'r dystysgrif yn y ffeil wedi'i difrodi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This certificate cannot be used: {problem}.</source>
        <translation>Nid oes modd defnyddio'r dystysgrif hon: {problem}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This certificate is for a signing key made on another computer.</source>
        <translation>Mae'r dystysgrif hon ar gyfer allwedd llofnodi a wnaed ar gyfrifiadur arall.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import it on the computer that wrote the request.</source>
        <translation>Mewnforiwch hi ar y cyfrifiadur a ysgrifennodd y cais.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../icvapp/errors.py" line="+119" />
        <source>Something needs your attention</source>
        <translation>Mae angen eich sylw ar rywbeth</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Wrong passphrase</source>
        <translation>Cyfrinymadrodd anghywir</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Key not available</source>
        <translation>Nid yw'r allwedd ar gael</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database cannot be opened</source>
        <translation>Nid oes modd agor y gronfa ddata</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Database from a newer icvapp</source>
        <translation>Cronfa ddata o icvapp mwy newydd</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Could not save</source>
        <translation>Methu cadw</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Invalid input</source>
        <translation>Mewnbwn annilys</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not found</source>
        <translation>Heb ei ganfod</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../icvapp/storage/atomic.py" line="+58" />
        <location line="+33" />
        <source>{path} is a folder, not a file name.</source>
        <translation>Ffolder yw {path}, nid enw ffeil.</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+33" />
        <source>Choose a file name.</source>
        <translation>Dewiswch enw ffeil.</translation>
    </message>
    <message>
        <location line="-31" />
        <source>{path} is {kind}, not an ordinary file, so icvapp will not write to it.</source>
        <translatorcomment>REVIEW (native speaker): {kind} is an English description of the file type ("a device", "a pipe").</translatorcomment>
        <translation>Mae {path} yn {kind}, nid yn ffeil gyffredin, felly ni fydd icvapp yn ysgrifennu iddo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a file name in a folder on disk.</source>
        <translation>Dewiswch enw ffeil mewn ffolder ar ddisg.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The disk is full; {name} was not written.</source>
        <translation>Mae'r ddisg yn llawn; ni ysgrifennwyd {name}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Free some space and try again. Nothing already saved was lost.</source>
        <translation>Rhyddhewch rywfaint o le a rhowch gynnig arall arni. Ni chollwyd dim a gadwyd eisoes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder {parent} does not exist; {name} was not written.</source>
        <translation>Nid yw'r ffolder {parent} yn bodoli; ni ysgrifennwyd {name}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose an existing folder.</source>
        <translation>Dewiswch ffolder sy'n bodoli.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>icvapp may not write to {parent}.</source>
        <translation>Ni chaiff icvapp ysgrifennu i {parent}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose another folder or check its permissions.</source>
        <translation>Dewiswch ffolder arall neu gwiriwch ei ganiatâd.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Could not write {name}: {reason}.</source>
        <translation>Methu ysgrifennu {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../icvapp/storage/files.py" line="+56" />
        <source>{path} is {kind}, not a file icvapp can read.</source>
        <translatorcomment>REVIEW (native speaker): {kind} is an English description of the file type.</translatorcomment>
        <translation>Mae {path} yn {kind}, nid yn ffeil y gall icvapp ei darllen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose {what} saved on disk.</source>
        <translatorcomment>REVIEW (native speaker): {what} is a noun phrase such as "ffeil gyflwyno"; the agreement of "wedi'i chadw" assumes a feminine noun (ffeil).</translatorcomment>
        <translation>Dewiswch {what} sydd wedi'i chadw ar ddisg.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} is {size}; {what} can be at most {limit}.</source>
        <translation>Mae {name} yn {size}; gall {what} fod yn {limit} ar y mwyaf.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{path} is a folder, not a file icvapp can read.</source>
        <translation>Ffolder yw {path}, nid ffeil y gall icvapp ei darllen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} could not be read ({reason}).</source>
        <translation>Nid oedd modd darllen {name} ({reason}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the file name and that the file is not open in another program.</source>
        <translation>Gwiriwch enw'r ffeil ac nad yw'r ffeil ar agor mewn rhaglen arall.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../icvapp/history/csv_import.py" line="+112" />
        <source>a history file</source>
        <translation>ffeil hanes</translation>
    </message>
    <message>
        <location line="+17" />
        <source>same place, date and arrival time as row {first}; each visit can be imported only once.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>yr un lle, dyddiad ac amser cyrraedd â rhes {first}; dim ond unwaith y gellir mewnforio pob ymweliad.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>…and {count} more problems from row {row} on.</source>
        <translatorcomment>REVIEW (native speaker): Welsh takes the singular noun after a number ("{count} problem").</translatorcomment>
        <translation>…a {count} problem arall o res {row} ymlaen.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>a visit to {place} on {date} arriving at {arrival} is already recorded (visit no. {visit}); each visit can be imported only once.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>mae ymweliad â {place} ar {date} yn cyrraedd am {arrival} wedi'i gofnodi eisoes (ymweliad rhif {visit}); dim ond unwaith y gellir mewnforio pob ymweliad.</translation>
    </message>
    <message>
        <location filename="../../icvapp/history/problems.py" line="+23" />
        <source>Row {row}: {reason}</source>
        <translation>Rhes {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../icvapp/history/rows.py" line="+84" />
        <source>This is an Excel workbook, not a CSV file.</source>
        <extracomment>Columns every file needs, beside the count at the kind's root stage (at_unit for the dog unit).</extracomment>
        <translation>Llyfr gwaith Excel yw hwn, nid ffeil CSV.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In Excel choose File › Save As › 'CSV UTF-8 (Comma delimited)' and import that file.</source>
        <translatorcomment>REVIEW (native speaker): Excel's Welsh menu names (Ffeil › Cadw Fel); the file type keeps Excel's English name.</translatorcomment>
        <translation>Yn Excel dewiswch Ffeil › Cadw Fel › 'CSV UTF-8 (Comma delimited)' a mewnforiwch y ffeil honno.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file is not UTF-8 text, so names could be misread.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Nid yw'r ffeil yn destun UTF-8, felly gallai enwau gael eu camddarllen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In Excel choose File › Save As › 'CSV UTF-8 (Comma delimited)'.</source>
        <translatorcomment>REVIEW (native speaker): Excel's Welsh menu names.</translatorcomment>
        <translation>Yn Excel dewiswch Ffeil › Cadw Fel › 'CSV UTF-8 (Comma delimited)'.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file is not a CSV file (it contains binary data).</source>
        <translation>Nid ffeil CSV yw'r ffeil (mae'n cynnwys data deuaidd).</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+11" />
        <source>Save the spreadsheet as 'CSV UTF-8 (Comma delimited)'.</source>
        <translation>Cadwch y daenlen fel 'CSV UTF-8 (Comma delimited)'.</translation>
    </message>
    <message>
        <location line="-8" />
        <source>The file is empty.</source>
        <translation>Mae'r ffeil yn wag.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start from the history template; see docs/history-import.md.</source>
        <translation>Dechreuwch o'r templed hanes; gweler docs/history-import.md.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file could not be read as CSV ({reason}).</source>
        <translation>Nid oedd modd darllen y ffeil fel CSV ({reason}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file has column headings but no visits.</source>
        <translation>Mae penawdau colofnau yn y ffeil ond dim ymweliadau.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it has no {names} column</source>
        <translation>nid oes ganddi golofn {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it has no {names} columns</source>
        <translation>nid oes ganddi golofnau {names}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>there is no such column as {names}</source>
        <translation>nid oes colofn o'r enw {names}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>there are no such columns as {names}</source>
        <translation>nid oes colofnau o'r enw {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the {names} heading appears more than once</source>
        <translation>mae'r pennawd {names} yn ymddangos fwy nag unwaith</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This file cannot be imported as visit history: {faults}.</source>
        <translation>Nid oes modd mewnforio'r ffeil hon fel hanes ymweliadau: {faults}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The first row must hold the column headings of the template; see docs/history-import.md for every column.</source>
        <translation>Rhaid i'r rhes gyntaf gynnwys penawdau colofnau'r templed; gweler docs/history-import.md am bob colofn.</translation>
    </message>
    <message>
        <location filename="../../icvapp/history/problems.py" line="+9" />
        <source>{count} more</source>
        <translation>{count} arall</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{names} and {last}</source>
        <translatorcomment>REVIEW (native speaker): "a" becomes "ac" before a vowel; the names here are quoted ('…'), so "a" is kept.</translatorcomment>
        <translation>{names} a {last}</translation>
    </message>
    <message>
        <location filename="../../icvapp/history/rows.py" line="+58" />
        <source>'{value}' is in a column without a heading; remove it or give the column one of the template's headings.</source>
        <translation>Mae '{value}' mewn colofn heb bennawd; tynnwch ef neu rhowch un o benawdau'r templed i'r golofn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>is the same person as visitor_1; a visit is made by two different people.</source>
        <translatorcomment>REVIEW (native speaker): The sentence follows the column name ("visitor_2: …"); the column names stay in English as in the template.</translatorcomment>
        <translation>yw'r un person â visitor_1; mae dau berson gwahanol yn gwneud ymweliad.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>is empty; every visit needs one.</source>
        <translatorcomment>REVIEW (native speaker): The sentence follows the column name ("date: …"), so it has no verb of its own; check it reads naturally.</translatorcomment>
        <translation>yn wag; mae angen un ar bob ymweliad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>there is no place called '{name}'.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid oes lle o'r enw '{name}'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The places are {names}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y lleoedd yw {names}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the places first.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ychwanegwch y lleoedd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'{text}' is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translatorcomment>REVIEW (native speaker): BBBB for blwyddyn; the file itself accepts the digits only.</translatorcomment>
        <translation>nid yw '{text}' yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD neu DD/MM/BBBB.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'{text}' is not a real date.</source>
        <translation>nid yw '{text}' yn ddyddiad go iawn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{date} is in the future.</source>
        <translation>mae {date} yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'{text}' is not a time of day; write it as HH:MM (24-hour clock).</source>
        <translatorcomment>REVIEW (native speaker): AA:MM for awr:munud.</translatorcomment>
        <translation>nid yw '{text}' yn amser o'r dydd; ysgrifennwch ef fel AA:MM (cloc 24 awr).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{count} volunteers are called '{name}'; give them distinguishable names in the profile first, so each visit's hours go to the right person.</source>
        <translation>mae {count} gwirfoddolwr o'r enw '{name}'; rhowch enwau gwahanol iddynt yn y proffil yn gyntaf, er mwyn i oriau pob ymweliad fynd i'r person cywir.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no volunteer is called '{name}' (the profile has {count} volunteers). Check the spelling, or add them as a volunteer first, so their hours are counted.</source>
        <translation>nid oes gwirfoddolwr o'r enw '{name}' (mae gan y proffil {count} gwirfoddolwr). Gwiriwch y sillafu, neu ychwanegwch nhw fel gwirfoddolwr yn gyntaf, er mwyn cyfrif eu horiau.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'{text}' is not one of {choices}.</source>
        <translation>nid yw '{text}' yn un o {choices}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'{text}' is not 'completed' or 'abandoned'.</source>
        <translatorcomment>REVIEW (native speaker): The values stay in English: they are what the file must hold.</translatorcomment>
        <translation>nid yw '{text}' yn 'completed' nac yn 'abandoned'.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is empty; say why the visit was abandoned.</source>
        <translatorcomment>REVIEW (native speaker): Follows the column name, as "is empty; every visit needs one."</translatorcomment>
        <translation>yn wag; dywedwch pam y rhoddwyd y gorau i'r ymweliad.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>is given, but the outcome is 'completed'; check which is right.</source>
        <translatorcomment>REVIEW (native speaker): Follows the column name.</translatorcomment>
        <translation>wedi'i roi, ond y canlyniad yw 'completed'; gwiriwch pa un sy'n gywir.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'{text}' is not 'satisfactory', 'unsatisfactory' or empty.</source>
        <translation>nid yw '{text}' yn 'satisfactory', yn 'unsatisfactory' nac yn wag.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'{text}' is not a whole number.</source>
        <translation>nid yw '{text}' yn rhif cyfan.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'{text}' is negative; a count cannot be.</source>
        <translation>mae '{text}' yn negatif; ni all cyfrif fod felly.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'{text}' is too large for one visit.</source>
        <translation>mae '{text}' yn rhy fawr i un ymweliad.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>is empty, but the female / male / juvenile split is given; give the total too.</source>
        <translatorcomment>REVIEW (native speaker): Follows the column name.</translatorcomment>
        <translation>yn wag, ond mae'r rhaniad benyw / gwryw / ifanc wedi'i roi; rhowch y cyfanswm hefyd.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>is empty, but the {groups} split is given; give the total too.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>yn wag, ond rhoddwyd y rhaniad {groups}; rhowch y cyfanswm hefyd.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{admitted} is before the arrival at {arrival}.</source>
        <translation>mae {admitted} cyn cyrraedd am {arrival}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{admitted} is after the departure at {departure}.</source>
        <translation>mae {admitted} ar ôl gadael am {departure}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>arriving {arrival} and leaving {departure} makes a {hours}-hour visit; check both times.</source>
        <translation>mae cyrraedd am {arrival} a gadael am {departure} yn gwneud ymweliad {hours} awr; gwiriwch y ddau amser.</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../icvapp/sealing/integrity.py" line="+36" />
        <source>visit {visit} ({uid}): {problems}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ymweliad {visit} ({uid}): {problems}</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../icvapp/visits/issues.py" line="+190" />
        <source>There is no tracked issue number {issue_id}.</source>
        <translation>Nid oes mater wedi'i olrhain rhif {issue_id}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{category} is not an issue category of this scheme.</source>
        <translation>Nid yw {category} yn gategori materion yn y cynllun hwn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{escalation} is not an escalation level.</source>
        <translation>Nid yw {escalation} yn lefel uwchgyfeirio.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Record the outcome before closing the issue.</source>
        <translation>Cofnodwch y canlyniad cyn cau'r mater.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What did the police do, and is the office satisfied?</source>
        <translation>Beth wnaeth yr heddlu, ac a yw'r swyddfa'n fodlon?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An issue cannot be closed before it was raised.</source>
        <translation>Ni ellir cau mater cyn iddo gael ei godi.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../icvapp/storage/keys.py" line="+43" />
        <source>Protected by a random key kept in this computer's keychain</source>
        <translation>Wedi'i ddiogelu gan allwedd ar hap a gedwir yng nghadwyn allweddi'r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protected by your passphrase</source>
        <translation>Wedi'i ddiogelu gan eich cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+73" />
        <source>a key description</source>
        <translation>disgrifiad allwedd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The key description {path} cannot be read: {message}</source>
        <translation>Nid oes modd darllen y disgrifiad allwedd {path}: {message}</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+39" />
        <source>Restore it from a backup of this folder.</source>
        <translation>Adferwch ef o gopi wrth gefn o'r ffolder hon.</translation>
    </message>
    <message>
        <location line="-35" />
        <source>not a key description</source>
        <translation>nid yw'n ddisgrifiad allwedd</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The key description {name} was written by a newer version of icvapp (key format {version}; this version understands up to {keyinfo_version}).</source>
        <translation>Ysgrifennwyd y disgrifiad allwedd {name} gan fersiwn mwy newydd o icvapp (fformat allwedd {version}; mae'r fersiwn hwn yn deall hyd at {keyinfo_version}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the newer icvapp to open this profile. Nothing has been changed.</source>
        <translation>Gosodwch yr icvapp mwy newydd i agor y proffil hwn. Nid oes dim wedi newid.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entries icvapp never writes: {names}</source>
        <translation>cofnodion nad yw icvapp byth yn eu hysgrifennu: {names}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>wrong or missing entries: {names}</source>
        <translation>cofnodion anghywir neu ar goll: {names}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown protection</source>
        <translation>diogelwch anhysbys</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unreadable entries: {names}</source>
        <translation>cofnodion annarllenadwy: {names}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The key description {path} is damaged ({why}).</source>
        <translation>Mae'r disgrifiad allwedd {path} wedi'i ddifrodi ({why}).</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The system keychain refused to store the key ({error}).</source>
        <translation>Gwrthododd cadwyn allweddi'r system gadw'r allwedd ({error}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a passphrase instead.</source>
        <translation>Dewiswch gyfrinymadrodd yn lle hynny.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>A passphrase needs at least {min_passphrase} characters.</source>
        <translation>Mae angen o leiaf {min_passphrase} nod ar gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mae ychydig o eiriau digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The system keychain could not be read ({error}).</source>
        <translation>Nid oedd modd darllen cadwyn allweddi'r system ({error}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unlock your keychain and try again.</source>
        <translation>Datglowch eich cadwyn allweddi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The key for this profile is not in this computer's keychain.</source>
        <translation>Nid yw allwedd y proffil hwn yng nghadwyn allweddi'r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It may have been removed, or the profile was copied from another computer.</source>
        <translation>Efallai ei bod wedi'i thynnu, neu i'r proffil gael ei gopïo o gyfrifiadur arall.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter the passphrase that protects this profile.</source>
        <translation>Rhowch y cyfrinymadrodd sy'n diogelu'r proffil hwn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The key in the keychain does not belong to this profile.</source>
        <translation>Nid yw'r allwedd yn y gadwyn allweddi yn perthyn i'r proffil hwn.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>That passphrase is not the one that protects this profile.</source>
        <translation>Nid dyna'r cyfrinymadrodd sy'n diogelu'r proffil hwn.</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Check Caps Lock and try again.</source>
        <translation>Gwiriwch Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Gwiriwch Caps Lock a rhowch gynnig arall arni, neu defnyddiwch eich allwedd adfer.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This profile was created before recovery keys existed and has none.</source>
        <translation>Crëwyd y proffil hwn cyn bod allweddi adfer yn bodoli, ac nid oes ganddo un.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unlock it normally and create a recovery key from the Security menu.</source>
        <translation>Datglowch ef yn y ffordd arferol a chrëwch allwedd adfer o'r ddewislen Diogelwch.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The recovery key opened a key that does not fit this profile's database.</source>
        <translation>Agorodd yr allwedd adfer allwedd nad yw'n ffitio cronfa ddata'r proffil hwn.</translation>
    </message>
    <message>
        <location filename="../../icvapp/storage/recovery.py" line="+29" />
        <source>Wrong recovery key</source>
        <translation>Allwedd adfer anghywir</translation>
    </message>
    <message>
        <location line="+21" />
        <source>That is not a recovery key: it has 26 letters and digits, in groups of four.</source>
        <translation>Nid allwedd adfer yw honno: mae ganddi 26 o lythrennau a digidau, mewn grwpiau o bedwar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check it against the copy you kept, or ask your scheme office.</source>
        <translation>Gwiriwch hi yn erbyn y copi a gadwoch, neu gofynnwch i swyddfa'ch cynllun.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>That recovery key does not belong to this profile.</source>
        <translation>Nid yw'r allwedd adfer honno'n perthyn i'r proffil hwn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each profile has its own recovery key; check you have the right one.</source>
        <translation>Mae gan bob proffil ei allwedd adfer ei hun; gwiriwch fod gennych yr un iawn.</translation>
    </message>
    <message>
        <location filename="../../icvapp/storage/rotation.py" line="+60" />
        <source>The system keychain refused to store the new key ({error}).</source>
        <translation>Gwrthododd cadwyn allweddi'r system gadw'r allwedd newydd ({error}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>LaptopLog</name>
    <message>
        <location filename="../../icvapp/sealing/laptop_logs.py" line="+78" />
        <source>The file does not say where the sending laptop's audit log stood, so whether that log was cut short or rewritten since its earlier submissions cannot be checked.</source>
        <extracomment>More earlier points than any laptop makes in years of visits (one per submission file).</extracomment>
        <translation>Nid yw'r ffeil yn dweud ble'r oedd log archwilio'r gliniadur a'i hanfonodd, felly nid oes modd gwirio a gafodd y log hwnnw ei dorri'n fyr neu ei ailysgrifennu ers ei gyflwyniadau cynharach.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>when it sent visit {visit} on {date}</source>
        <translation>pan anfonodd ymweliad {visit} ar {date}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The sending laptop's audit log has been cut short: {when} it reached entry {entry}, and now it ends at entry {last}.</source>
        <translatorcomment>REVIEW (native speaker): {when} is "pan anfonodd ymweliad … ar …"; check the sentence reads well around it.</translatorcomment>
        <translation>Mae log archwilio'r gliniadur a'i hanfonodd wedi'i dorri'n fyr: {when} roedd wedi cyrraedd cofnod {entry}, a nawr mae'n gorffen wrth gofnod {last}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The sending laptop's audit log no longer records the point it had reached {when} (entry {entry}): entries were removed or rewritten since.</source>
        <translation>Nid yw log archwilio'r gliniadur a'i hanfonodd yn cofnodi mwyach y pwynt yr oedd wedi'i gyrraedd {when} (cofnod {entry}): cafodd cofnodion eu tynnu neu eu hailysgrifennu ers hynny.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The sending laptop's audit log has been rewritten: entry {entry} is not the entry it was {when}.</source>
        <translation>Mae log archwilio'r gliniadur a'i hanfonodd wedi'i ailysgrifennu: nid cofnod {entry} yw'r cofnod yr oedd {when}.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../../icvapp/reports/board_sections.py" line="-282" />
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weeks covered (%)</source>
        <translation>Wythnosau ag ymweliad (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Present at visits</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Yn bresennol adeg ymweliadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offered a visit</source>
        <translation>Cynigiwyd ymweliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted and seen</source>
        <translation>Derbyniodd a gwelwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seen, of those offered (%)</source>
        <translation>Gwelwyd, o'r rhai a gafodd gynnig (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requests made</source>
        <translation>Ceisiadau a wnaed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues raised</source>
        <translation>Materion a godwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issues open at the end of the period</source>
        <translation>Materion ar agor ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visits rated satisfactory (%)</source>
        <translation>Ymweliadau â sgôr boddhaol (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hours volunteered on visits</source>
        <translation>Oriau gwirfoddoli ar ymweliadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Median wait to be admitted (minutes)</source>
        <translation>Amser aros canolrif cyn cael mynediad (munudau)</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../icvapp/metrics/compare.py" line="-43" />
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../icvapp/scheme/periods.py" line="+38" />
        <source>Q{quarter} {year}</source>
        <translatorcomment>REVIEW (native speaker): "Ch" for chwarter, as CLDR's Welsh abbreviates a quarter ("Ch1").</translatorcomment>
        <translation>Ch{quarter} {year}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../icvapp/profile/context.py" line="+87" />
        <source>{data_dir} already holds an icvapp profile; refusing to replace it.</source>
        <extracomment>The data folder this profile belongs to (its window settings, the list of schemes): ``data_dir`` itself for the main profile, the folder above ``schemes/`` for a further one.</extracomment>
        <translation>Mae proffil icvapp yn {data_dir} eisoes; ni fydd icvapp yn ei ddisodli.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The key description {path} is missing, so the database cannot be unlocked.</source>
        <translation>Mae'r disgrifiad allwedd {path} ar goll, felly nid oes modd datgloi'r gronfa ddata.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore the whole data folder from a backup.</source>
        <translation>Adferwch y ffolder data gyfan o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>This profile holds a scheme of the kind {kind}, which this version of icvapp does not know.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r proffil hwn yn dal cynllun o'r math {kind}, nad yw'r fersiwn hon o icvapp yn ei adnabod.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install the newer icvapp that made it. Nothing has been changed.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Gosodwch yr icvapp mwy newydd a'i gwnaeth. Nid oes dim wedi'i newid.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../icvapp/profile/profiles.py" line="+74" />
        <source>{path} lists a scheme of a kind this icvapp does not know ({kinds}); that scheme is left out.</source>
        <extracomment>A list of ids and kinds is well under a kilobyte a profile. A further profile's id: random, and a safe folder name (never ``..``, never a path).</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae {path} yn rhestru cynllun o fath nad yw'r icvapp hwn yn ei adnabod ({kinds}); mae'r cynllun hwnnw wedi'i adael allan.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the icvapp that made it. Its data is untouched.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Gosodwch yr icvapp a'i gwnaeth. Nid yw ei ddata wedi'i gyffwrdd.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no scheme {id} in {data_dir}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes cynllun {id} yn {data_dir}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'icvapp schemes' lists the schemes kept here.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae 'icvapp schemes' yn rhestru'r cynlluniau a gedwir yma.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>There is no scheme kind {kind}; icvapp knows {kinds}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes math o gynllun {kind}; mae icvapp yn adnabod {kinds}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the list of schemes</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>y rhestr o gynlluniau</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not a list of schemes</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid rhestr o gynlluniau mohoni</translation>
    </message>
    <message>
        <location line="+2" />
        <source>written by a newer icvapp</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>wedi'i hysgrifennu gan icvapp mwy newydd</translation>
    </message>
    <message>
        <location line="+6" />
        <source>an entry holds more than an id and a kind</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mae cofnod yn dal mwy na dynodydd a math</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an id is not one icvapp made: {id}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid yw dynodydd yn un a wnaeth icvapp: {id}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a kind is not a kind's name</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid yw math yn enw math</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The list of schemes {path} is damaged ({why}), so only the main scheme is offered.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r rhestr o gynlluniau {path} wedi'i difrodi ({why}), felly dim ond y prif gynllun a gynigir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore it from a backup of the data folder. The schemes' own data is untouched.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Adferwch hi o gopi wrth gefn o'r ffolder data. Nid yw data'r cynlluniau eu hunain wedi'i gyffwrdd.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../icvapp/server/protocol.py" line="+148" />
        <source>the server's answer carries no receipt</source>
        <extracomment>How far a request's time may be from the server's clock, in seconds, either way.</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>nid oes derbynneb yn ateb y gweinydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the receipt is damaged</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>mae'r dderbynneb wedi'i difrodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the receipt is not signed by a server this scheme certified</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>nid yw'r dderbynneb wedi'i llofnodi gan weinydd a ardystiwyd gan y cynllun hwn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the receipt is signed by a certificate that is not the scheme server's</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>mae'r dderbynneb wedi'i llofnodi â thystysgrif nad yw'n perthyn i weinydd y cynllun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the receipt is signed by a server certificate the scheme has revoked</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>mae'r dderbynneb wedi'i llofnodi â thystysgrif gweinydd a ddirymwyd gan y cynllun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the receipt's signature does not match it</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>nid yw llofnod y dderbynneb yn cyfateb iddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the receipt is for another delivery</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>mae'r dderbynneb ar gyfer danfoniad arall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the receipt does not say the visit was stored</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>nid yw'r dderbynneb yn dweud bod yr ymweliad wedi'i gadw</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../icvapp/reports/pdfkit.py" line="+60" />
        <source>Generated {moment}</source>
        <translation>Crëwyd {moment}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DRAFT</source>
        <translation>DRAFFT</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Page {number} of {total}</source>
        <translation>Tudalen {number} o {total}</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/story.py" line="+26" />
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None recorded.</source>
        <translation>Dim wedi'i gofnodi.</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <location filename="../../icvapp/delivery/returns.py" line="+39" />
        <source>The server did not take the national return: {reason}</source>
        <translation>Ni dderbyniodd y gweinydd y ffurflen genedlaethol: {reason}</translation>
    </message>
</context>
<context>
    <name>Rota</name>
    <message>
        <location filename="../../icvapp/scheme/rota.py" line="+117" />
        <source>A rota week starts on a Monday.</source>
        <translation>Mae wythnos rota yn dechrau ar ddydd Llun.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A rota period starts on its first day.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae cyfnod ar y rota yn dechrau ar ei ddiwrnod cyntaf.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A pair is two different visitors.</source>
        <translation>Mae pâr yn ddau ymwelydd gwahanol.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no place number {place_id}.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Nid oes lle rhif {place_id}.</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../icvapp/profile/security.py" line="+28" />
        <source>There is no icvapp profile in {data_dir}.</source>
        <translation>Nid oes proffil icvapp yn {data_dir}.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This profile is protected by the keychain, not a passphrase.</source>
        <translation>Mae'r proffil hwn wedi'i ddiogelu gan y gadwyn allweddi, nid gan gyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>ServerRefusal</name>
    <message>
        <location filename="../../icvapp/delivery/refusals.py" line="+23" />
        <source>The request is not signed by a device.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r cais wedi'i lofnodi gan ddyfais.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This server does not host that scheme.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r gweinydd hwn yn cynnal y cynllun hwnnw.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request's signature does not match it.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw llofnod y cais yn cyfateb iddo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request's time is too far from the server's clock (check the laptop's clock).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae amser y cais yn rhy bell o gloc y gweinydd (gwiriwch gloc y gliniadur).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This request was sent before: a replay is refused.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Anfonwyd y cais hwn o'r blaen: gwrthodir ei ailchwarae.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This device may not do that.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ni chaiff y ddyfais hon wneud hynny.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request is far too large.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r cais yn llawer rhy fawr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request does not name a scheme.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r cais yn enwi cynllun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's database is unavailable; try again shortly.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw cronfa ddata'r gweinydd ar gael; rhowch gynnig arall arni cyn bo hir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The limit and the starting point are whole numbers.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r terfyn a'r man cychwyn yn rhifau cyfan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The acknowledgement is not readable.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes modd darllen y gydnabyddiaeth.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The rota is not readable.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes modd darllen y rota.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The scheme file is not readable.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes modd darllen ffeil y cynllun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This scheme file is not signed by this scheme's root.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r ffeil cynllun hon wedi'i llofnodi gan wraidd y cynllun hwn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The scheme file's revocation list is not signed by the scheme root.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw rhestr ddirymu ffeil y cynllun wedi'i llofnodi gan wraidd y cynllun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server already holds this scheme file or a newer one.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae gan y gweinydd y ffeil cynllun hon neu un fwy diweddar eisoes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The delivery does not name its visit.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r danfoniad yn enwi ei ymweliad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The delivery's version is not a whole number.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw fersiwn y danfoniad yn rhif cyfan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The delivery's version is out of range.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae fersiwn y danfoniad y tu allan i'r ystod.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An original visit is its own series, and an amendment belongs to another visit's.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae ymweliad gwreiddiol yn gyfres ei hun, ac mae diwygiad yn perthyn i gyfres ymweliad arall.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The delivery is empty.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r danfoniad yn wag.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The delivery is far too large to be a submission file.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r danfoniad yn llawer rhy fawr i fod yn ffeil gyflwyno.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The delivery is not an encrypted submission file.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r danfoniad yn ffeil gyflwyno wedi'i hamgryptio.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This file was delivered before as another version of the visit.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Danfonwyd y ffeil hon o'r blaen fel fersiwn arall o'r ymweliad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An acknowledgement names up to 1,000 deliveries by number.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae cydnabyddiaeth yn enwi hyd at 1,000 o ddanfoniadau yn ôl eu rhif.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A rota is a list of places' weeks and their pairs.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Rhestr o wythnosau lleoedd a'u parau yw rota.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each rota entry holds a week, a place and its visitors, and nothing else.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Mae pob cofnod rota yn dal wythnos, lle a'i ymwelwyr, a dim byd arall.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A rota week is not a date.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw wythnos rota yn ddyddiad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A rota week starts on a Monday; the rota never holds a day.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae wythnos rota yn dechrau ar ddydd Llun; nid yw'r rota byth yn dal diwrnod.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A rota pair names up to two volunteers by their uid.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae pâr rota yn enwi hyd at ddau wirfoddolwr yn ôl eu uid.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A rota entry names its place by uid.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Mae cofnod rota yn enwi ei le yn ôl uid.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a national return.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid ffurflen genedlaethol yw hon.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This national return is for another scheme.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r ffurflen genedlaethol hon ar gyfer cynllun arall.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The national return's signature is damaged.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae llofnod y ffurflen genedlaethol wedi'i ddifrodi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The national return is not signed by this scheme's root.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r ffurflen genedlaethol wedi'i llofnodi gan wraidd y cynllun hwn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The national return is not readable.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes modd darllen y ffurflen genedlaethol.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refused: this device's certificate was not issued by the scheme.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Gwrthodwyd: ni chyhoeddwyd tystysgrif y ddyfais hon gan y cynllun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused: this certificate is not a device certificate.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Gwrthodwyd: nid tystysgrif dyfais yw'r dystysgrif hon.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused: this device's certificate is not valid now.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Gwrthodwyd: nid yw tystysgrif y ddyfais hon yn ddilys nawr.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Refused: this device's certificate was revoked on {date}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Gwrthodwyd: dirymwyd tystysgrif y ddyfais hon ar {date}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../icvapp/profile/settings.py" line="+63" />
        <source>The window can lock after 1 to {max_lock_minutes} idle minutes, or never (0).</source>
        <translation>Gall y ffenestr gloi ar ôl 1 i {max_lock_minutes} munud segur, neu byth (0).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A retention period is at least one month.</source>
        <translation>Mae cyfnod cadw o leiaf un mis.</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../../icvapp/trust/pades.py" line="+164" />
        <source>This PDF is damaged and cannot be checked ({error}).</source>
        <translation>Mae'r PDF hwn wedi'i ddifrodi ac nid oes modd ei wirio ({error}).</translation>
    </message>
    <message>
        <location line="+59" />
        <source>it holds something that is not a signature</source>
        <translation>mae'n dal rhywbeth nad yw'n llofnod</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it holds a signature of a kind icvapp does not make, {kind}</source>
        <translation>mae'n dal llofnod o fath nad yw icvapp yn ei wneud, {kind}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it holds a signature with no /SubFilter</source>
        <translation>mae'n dal llofnod heb /SubFilter</translation>
    </message>
    <message>
        <location line="+6" />
        <source>its signature cannot be read: {error}</source>
        <translation>nid oes modd darllen ei lofnod: {error}</translation>
    </message>
    <message>
        <location filename="../../icvapp/trust/binding.py" line="+72" />
        <source>it is not a dictionary</source>
        <translatorcomment>REVIEW (native speaker): "dictionary" in the PDF sense (a PDF dictionary object).</translatorcomment>
        <translation>nid yw'n eiriadur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its format is {format}</source>
        <translation>ei fformat yw {format}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its record digest is not a SHA-256</source>
        <translation>nid yw crynhoad ei gofnod yn SHA-256</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its list of visitors is malformed</source>
        <translation>mae ei restr ymwelwyr wedi'i chamffurfio</translation>
    </message>
    <message>
        <source>a page</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>tudalen</translation>
    </message>
    <message>
        <source>the page list</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>rhestr y tudalennau</translation>
    </message>
    <message>
        <source>an annotation</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>anodiad</translation>
    </message>
    <message>
        <source>the document catalogue</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>catalog y ddogfen</translation>
    </message>
    <message>
        <source>a signature</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>llofnod</translation>
    </message>
    <message>
        <source>the document metadata</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>metadata'r ddogfen</translation>
    </message>
    <message>
        <source>the document information (title, author, dates)</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>gwybodaeth y ddogfen (teitl, awdur, dyddiadau)</translation>
    </message>
    <message>
        <source>other content</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>cynnwys arall</translation>
    </message>
    <message>
        <source>nothing that can be named</source>
        <translatorcomment>REVIEW (native speaker): what a later revision of a signed PDF changes, listed after "which changes".</translatorcomment>
        <translation>dim byd y gellir ei enwi</translation>
    </message>
</context>
<context>
    <name>SignedReport</name>
    <message>
        <source>the signed report does not name its visit record</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid yw'r adroddiad wedi'i lofnodi yn enwi ei gofnod ymweliad</translation>
    </message>
    <message>
        <source>the signed report is the report of another visit record</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>adroddiad cofnod ymweliad arall yw'r adroddiad wedi'i lofnodi</translation>
    </message>
    <message>
        <source>the signed report names other visitors than the visit record</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mae'r adroddiad wedi'i lofnodi yn enwi ymwelwyr gwahanol i'r cofnod ymweliad</translation>
    </message>
    <message>
        <source>the signed report is signed by {names}, not by the visitors the record names</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mae'r adroddiad wedi'i lofnodi gan {names}, nid gan yr ymwelwyr y mae'r cofnod yn eu henwi</translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <location filename="../../icvapp/trust/signing_keys.py" line="+32" />
        <source>This signing key cannot be recovered on this computer.</source>
        <translation>Nid oes modd adfer yr allwedd llofnodi hon ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set up signing again and ask the office for a new certificate.</source>
        <translation>Gosodwch lofnodi eto a gofynnwch i'r swyddfa am dystysgrif newydd.</translation>
    </message>
</context>
<context>
    <name>Signoff</name>
    <message>
        <location filename="../../icvapp/sealing/signoff.py" line="+52" />
        <source>I confirm this report is a true account of the visit.</source>
        <extracomment>The statement each visitor signs; it is signed in the language the visit is written in.</extracomment>
        <translatorcomment>REVIEW (native speaker): the statement each visitor signs in the report's signature; it must carry the same legal weight as the English.</translatorcomment>
        <translation>Rwy'n cadarnhau bod yr adroddiad hwn yn gofnod gwir o'r ymweliad.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Both visitors on this visit, and only they, must sign it.</source>
        <translation>Rhaid i'r ddau ymwelydd ar yr ymweliad hwn, a dim ond nhw, ei lofnodi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each visitor unlocks their own signing key with their own PIN.</source>
        <translation>Mae pob ymwelydd yn datgloi ei allwedd llofnodi ei hun â'i PIN ei hun.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Enter the name of the staff member who acknowledged the findings.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Rhowch enw'r aelod o staff a gydnabu'r canfyddiadau.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This visit is already signed and sealed.</source>
        <translation>Mae'r ymweliad hwn eisoes wedi'i lofnodi a'i selio.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark the visit complete before signing it.</source>
        <translation>Marciwch yr ymweliad yn gyflawn cyn ei lofnodi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This visit has problems to fix before it can be signed.</source>
        <translation>Mae problemau i'w datrys ar yr ymweliad hwn cyn y gellir ei lofnodi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name} cannot sign: {problem}.</source>
        <translation>Ni all {name} lofnodi: {problem}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This amendment changes nothing in the report.</source>
        <translation>Nid yw'r diwygiad hwn yn newid dim yn yr adroddiad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make the correction first, or delete the amendment.</source>
        <translation>Gwnewch y cywiriad yn gyntaf, neu dilëwch y diwygiad.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Say why the report needs correcting.</source>
        <translation>Dywedwch pam mae angen cywiro'r adroddiad.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reason is printed on the amended report and signed with it.</source>
        <translation>Caiff y rheswm ei argraffu ar yr adroddiad diwygiedig a'i lofnodi gydag ef.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only a sealed visit is corrected by amendment; edit a draft directly.</source>
        <translation>Dim ond ymweliad wedi'i selio sy'n cael ei gywiro drwy ddiwygiad; golygwch ddrafft yn uniongyrchol.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This version has already been amended (version {version}).</source>
        <translation>Mae'r fersiwn hwn eisoes wedi'i ddiwygio (fersiwn {version}).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Amend the latest version instead.</source>
        <translation>Diwygiwch y fersiwn diweddaraf yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>Spread</name>
    <message>
        <location filename="../../icvapp/metrics/spread.py" line="+17" />
        <source>between midnight and 06:00</source>
        <translation>rhwng hanner nos a 06:00</translation>
    </message>
    <message>
        <location line="+1" />
        <source>between 06:00 and noon</source>
        <translation>rhwng 06:00 a hanner dydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>between noon and 18:00</source>
        <translation>rhwng hanner dydd a 18:00</translation>
    </message>
    <message>
        <location line="+1" />
        <source>between 18:00 and midnight</source>
        <translation>rhwng 18:00 a hanner nos</translation>
    </message>
    <message>
        <location line="+2" />
        <source>on a Monday</source>
        <extracomment>"on a Monday" as a warning says it (a language may mutate the day's name after its "on").</extracomment>
        <translation>ar ddydd Llun</translation>
    </message>
    <message>
        <location line="+0" />
        <source>on a Tuesday</source>
        <translation>ar ddydd Mawrth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on a Wednesday</source>
        <translation>ar ddydd Mercher</translation>
    </message>
    <message>
        <location line="+0" />
        <source>on a Thursday</source>
        <translation>ar ddydd Iau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on a Friday</source>
        <translation>ar ddydd Gwener</translation>
    </message>
    <message>
        <location line="+0" />
        <source>on a Saturday</source>
        <translation>ar ddydd Sadwrn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on a Sunday</source>
        <translation>ar ddydd Sul</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Visits to {place} are becoming predictable: {count} of {total} were {on_weekday}.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Mae ymweliadau â {place} yn mynd yn rhagweladwy: roedd {count} o {total} {on_weekday}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Visits to {place} are becoming predictable: {count} of {total} began {band}.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Mae ymweliadau â {place} yn mynd yn rhagweladwy: dechreuodd {count} o {total} {band}.</translation>
    </message>
</context>
<context>
    <name>StoredCheck</name>
    <message>
        <location filename="../../icvapp/sealing/signoff.py" line="+36" />
        <source>the visit is not sealed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid yw'r ymweliad wedi'i selio</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name}'s signature does not match the recorded digest</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid yw llofnod {name} yn cyfateb i'r crynodeb a gofnodwyd</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the sealed record does not match its digest</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid yw'r cofnod wedi'i selio yn cyfateb i'w grynodeb</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the visit's rows no longer match the sealed record</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid yw rhesi'r ymweliad yn cyfateb i'r cofnod wedi'i selio mwyach</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{present} of {expected} signatures are present</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mae {present} o {expected} llofnod yn bresennol</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name}'s signature does not match the record</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>nid yw llofnod {name} yn cyfateb i'r cofnod</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name}: {problem}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the signed report is missing</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mae'r adroddiad wedi'i lofnodi ar goll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the signed report fails its check: {verdict}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>mae'r adroddiad wedi'i lofnodi yn methu ei wiriad: {verdict}</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../icvapp/sealing/submission.py" line="+66" />
        <source>Submission file refused</source>
        <translation>Gwrthodwyd y ffeil gyflwyno</translation>
    </message>
    <message>
        <location line="+21" />
        <source>There is no visit number {visit_id}.</source>
        <translation>Nid oes ymweliad rhif {visit_id}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only a signed and sealed visit can be sent to the scheme office.</source>
        <translation>Dim ond ymweliad wedi'i lofnodi a'i selio y gellir ei anfon i swyddfa'r cynllun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete the visit and have both visitors sign it first.</source>
        <translation>Cwblhewch yr ymweliad a gofynnwch i'r ddau ymwelydd ei lofnodi yn gyntaf.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This visit's conversation details were removed under the retention period, so it can no longer be sent as a submission.</source>
        <translation>Tynnwyd manylion sgyrsiau'r ymweliad hwn o dan y cyfnod cadw, felly nid oes modd ei anfon fel cyflwyniad mwyach.</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Submission files are opened in the scheme office's icvapp.</source>
        <translation>Caiff ffeiliau cyflwyno eu hagor yn icvapp swyddfa'r cynllun.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This profile does not hold the scheme's inbox key.</source>
        <translation>Nid yw allwedd mewnflwch y cynllun yn y proffil hwn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This file is far too large to be a submission file.</source>
        <translation>Mae'r ffeil hon yn llawer rhy fawr i fod yn ffeil gyflwyno.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This file cannot be opened with this scheme's inbox key.</source>
        <translation>Nid oes modd agor y ffeil hon ag allwedd mewnflwch y cynllun hwn.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It is damaged, not a submission file, or was made for another scheme.</source>
        <translation>Mae wedi'i difrodi, nid yw'n ffeil gyflwyno, neu fe'i gwnaed ar gyfer cynllun arall.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The submission file is damaged: its contents are not readable.</source>
        <translation>Mae'r ffeil gyflwyno wedi'i difrodi: nid oes modd darllen ei chynnwys.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This is not a visit submission from icvapp.</source>
        <translation>Nid yw hwn yn gyflwyniad ymweliad o icvapp.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The submission file has no readable signatures.</source>
        <translation>Nid oes llofnodion darllenadwy yn y ffeil gyflwyno.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This visit was recorded for another scheme ({name}).</source>
        <translation>Cofnodwyd yr ymweliad hwn ar gyfer cynllun arall ({name}).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The visit record names the same visitor twice.</source>
        <translation>Mae cofnod yr ymweliad yn enwi'r un ymwelydd ddwywaith.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The visit names {visitors} visitor(s) but carries {signatures} signature(s).</source>
        <translatorcomment>REVIEW (native speaker): two counts in one sentence, so no plural forms; digits keep the noun singular.</translatorcomment>
        <translation>Mae'r ymweliad yn enwi {visitors} ymwelydd ond mae'n cario {signatures} llofnod.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file's format and its signed report disagree: the report is not tied to its visit record, as every report made in this format is.</source>
        <translation>Mae fformat y ffeil a'i hadroddiad wedi'i lofnodi yn anghytuno: nid yw'r adroddiad wedi'i glymu wrth gofnod ei ymweliad, fel y mae pob adroddiad a wneir yn y fformat hwn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file's format and its signed report disagree: the report is tied to its visit record, which no report made in the file's older format was.</source>
        <translation>Mae fformat y ffeil a'i hadroddiad wedi'i lofnodi yn anghytuno: mae'r adroddiad wedi'i glymu wrth gofnod ei ymweliad, ac nid oedd yr un adroddiad a wnaed yn fformat hŷn y ffeil.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Signature {number} in the file is damaged.</source>
        <translation>Mae llofnod {number} yn y ffeil wedi'i ddifrodi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name}'s signature cannot be trusted: {problem}.</source>
        <translation>Nid oes modd ymddiried yn llofnod {name}: {problem}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signature {number} is not by {name}, the visitor it should be from.</source>
        <translation>Nid yw llofnod {number} gan {name}, yr ymwelydd y dylai ddod ganddo.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The signed report does not belong to this visit: {problem}.</source>
        <translation>Nid yw'r adroddiad wedi'i lofnodi yn perthyn i'r ymweliad hwn: {problem}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file carries no signed report, so when and by whom the visit was signed cannot be checked.</source>
        <translation>Nid oes adroddiad wedi'i lofnodi yn y ffeil, felly nid oes modd gwirio pryd a chan bwy y llofnodwyd yr ymweliad.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask the visitors to export the submission again from their icvapp.</source>
        <translation>Gofynnwch i'r ymwelwyr allforio'r cyflwyniad eto o'u icvapp.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The signed report inside the file is damaged.</source>
        <translation>Mae'r adroddiad wedi'i lofnodi yn y ffeil wedi'i ddifrodi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The signed report inside the file fails its check: {headline}</source>
        <translation>Mae'r adroddiad wedi'i lofnodi yn y ffeil yn methu ei wiriad: {headline}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The visit record was altered after it was signed: {name}'s signature no longer matches it.</source>
        <translation>Newidiwyd cofnod yr ymweliad ar ôl ei lofnodi: nid yw llofnod {name} yn cyfateb iddo mwyach.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The signed report in the file is not the one signed with this visit record: {name}'s signature names another report.</source>
        <translation>Nid yr adroddiad wedi'i lofnodi yn y ffeil yw'r un a lofnodwyd gyda chofnod yr ymweliad hwn: mae llofnod {name} yn enwi adroddiad arall.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The signed report in the file is the report of another visit record, and {name}'s signature does not match this record with it.</source>
        <translation>Adroddiad cofnod ymweliad arall yw'r adroddiad wedi'i lofnodi yn y ffeil, ac nid yw llofnod {name} yn cyfateb i'r cofnod hwn gydag ef.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>A stage cannot be larger than a stage it lies within. Ask the visitors to correct the visit by an amendment and send that.</source>
        <translation>Ni all cam fod yn fwy na cham y mae'n rhan ohono. Gofynnwch i'r ymwelwyr gywiro'r ymweliad drwy ddiwygiad ac anfon hwnnw.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This visit has already been imported (visit no. {number}).</source>
        <translation>Mae'r ymweliad hwn eisoes wedi'i fewnforio (ymweliad rhif {number}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A different visit with the same identity is already held (visit no. {number}); this file was not imported.</source>
        <translation>Mae ymweliad gwahanol â'r un hunaniaeth eisoes ar gadw (ymweliad rhif {number}); ni fewnforiwyd y ffeil hon.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The visit is to a place this scheme does not have ({place}).</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Mae'r ymweliad i le nad yw yn y cynllun hwn ({place}).</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Warning: {text}</source>
        <translation>Rhybudd: {text}</translation>
    </message>
    <message>
        <location line="-53" />
        <source>The visit names a volunteer this scheme does not have ({name}).</source>
        <translation>Mae'r ymweliad yn enwi gwirfoddolwr nad yw yn y cynllun hwn ({name}).</translation>
    </message>
    <message>
        <location line="-26" />
        <source>The visit's counts do not add up: {breach}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw niferoedd yr ymweliad yn adio i fyny: {breach}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>This amends a visit the office does not hold yet.</source>
        <translation>Mae hwn yn diwygio ymweliad nad yw gan y swyddfa eto.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the original report first, then this amendment.</source>
        <translation>Mewnforiwch yr adroddiad gwreiddiol yn gyntaf, yna'r diwygiad hwn.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This visit could not be stored exactly as signed, so it was not imported.</source>
        <translation>Nid oedd modd cadw'r ymweliad hwn yn union fel y'i llofnodwyd, felly ni chafodd ei fewnforio.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Please report this to the icvapp developers.</source>
        <translation>Rhowch wybod i ddatblygwyr icvapp am hyn.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>a submission file</source>
        <translation>ffeil gyflwyno</translation>
    </message>
    <message>
        <location line="+2" />
        <source>imported as visit no. {number}</source>
        <translation>mewnforiwyd fel ymweliad rhif {number}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>could not be read ({reason})</source>
        <translation>nid oedd modd ei darllen ({reason})</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../icvapp/scheme/places.py" line="+61" />
        <source>A closure cannot end before it starts.</source>
        <translation>Ni all cyfnod cau ddod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+34" />
        <source>There is no place number {place_id}.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Nid oes lle rhif {place_id}.</translation>
    </message>
    <message>
        <location line="-20" />
        <source>There is no closure number {closure_id}.</source>
        <translation>Nid oes cyfnod cau rhif {closure_id}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A place needs a name.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Mae angen enw ar le.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The number of locations and the weekly visit target cannot be negative.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Ni all nifer y lleoliadau na'r targed ymweliadau wythnosol fod yn negatif.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is already a place called {name}.</source>
        <translatorcomment>REVIEW: reworded when the model was renamed (places, not suites); translated by the developers.</translatorcomment>
        <translation>Mae lle o'r enw {name} eisoes.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A volunteer needs a name.</source>
        <translation>Mae angen enw ar wirfoddolwr.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A volunteer cannot stop before they start.</source>
        <translation>Ni all gwirfoddolwr orffen cyn dechrau.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no volunteer number {volunteer_id}.</source>
        <translation>Nid oes gwirfoddolwr rhif {volunteer_id}.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../icvapp/delivery/sync.py" line="+180" />
        <source>The server did not take the scheme file: {reason}</source>
        <translation>Ni dderbyniodd y gweinydd y ffeil cynllun: {reason}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The server did not take the rota: {reason}</source>
        <translation>Ni dderbyniodd y gweinydd y rota: {reason}</translation>
    </message>
    <message>
        <location filename="../../icvapp/delivery/refusals.py" line="-65" />
        <source>The server's receipt cannot be trusted: {problem}.</source>
        <extracomment>Why a sync stopped when a receipt fails its checks (icvapp.delivery.sync), the problem one of RECEIPT_PROBLEMS.</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment><translation>Ni ellir ymddiried yn nerbynneb y gweinydd: {problem}.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../../icvapp/i18n/catalogue.py" line="+20" />
        <source>Translations could not be read</source>
        <translation>Nid oedd modd darllen y cyfieithiadau</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The translation file {name} is damaged ({reason}).</source>
        <translation>Mae'r ffeil gyfieithu {name} wedi'i difrodi ({reason}).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>The app shows English until the file is replaced.</source>
        <translation>Mae'r ap yn dangos Saesneg nes i'r ffeil gael ei disodli.</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The translation file {name} is not a Qt Linguist catalogue.</source>
        <translation>Nid yw'r ffeil gyfieithu {name} yn gatalog Qt Linguist.</translation>
    </message>
    <message>
        <location filename="../../icvapp/i18n/translation.py" line="+102" />
        <source>There is no translation file for language '{language}'.</source>
        <translation>Nid oes ffeil gyfieithu ar gyfer yr iaith '{language}'.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The app shows English instead.</source>
        <translation>Mae'r ap yn dangos Saesneg yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{subject} {index}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{subject} {index}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the place you visited.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Dewiswch y lle yr ymweloch ag ef.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The chosen place no longer exists; choose another.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r lle a ddewiswyd yn bodoli mwyach; dewiswch un arall.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{place} is no longer visited; choose the place you visited, or ask the co-ordinator to reactivate it.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid ymwelir â {place} mwyach; dewiswch y lle yr ymweloch ag ef, neu gofynnwch i'r cydlynydd ei ailagor.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enter the date of the visit.</source>
        <translation>Rhowch ddyddiad yr ymweliad.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The visit date {date} is in the future.</source>
        <translation>Mae dyddiad yr ymweliad, {date}, yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the first visitor.</source>
        <translation>Dewiswch yr ymwelydd cyntaf.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the second visitor (visits are made in pairs), or explain in the note why one visitor was alone.</source>
        <translation>Dewiswch yr ail ymwelydd (mae ymweliadau'n cael eu gwneud mewn parau), neu eglurwch yn y nodyn pam roedd un ymwelydd ar ei ben ei hun.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The same person is chosen as both visitors; choose two different people.</source>
        <translation>Mae'r un person wedi'i ddewis fel y ddau ymwelydd; dewiswch ddau berson gwahanol.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Say why the visit was abandoned.</source>
        <translation>Dywedwch pam y cafodd yr ymweliad ei adael.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rate the visit: satisfactory or unsatisfactory.</source>
        <translation>Rhowch sgôr i'r ymweliad: boddhaol neu anfoddhaol.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the time you arrived.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhowch yr amser y cyrhaeddoch.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the time you left.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhowch yr amser y gadawoch.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Time admitted ({admitted}) is before arrival ({arrival}). If the visit went past midnight, tick 'Visit went past midnight'.</source>
        <translatorcomment>REVIEW (native speaker): The quoted tick box label must match the Welsh form (ui_cy.ts).</translatorcomment>
        <translation>Mae'r amser mynediad ({admitted}) cyn yr amser cyrraedd ({arrival}). Os aeth yr ymweliad heibio hanner nos, ticiwch 'Aeth yr ymweliad heibio hanner nos'.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Departure ({departure}) is before arrival ({arrival}). If you left after midnight, tick 'Visit went past midnight'.</source>
        <translatorcomment>REVIEW (native speaker): The quoted tick box label must match the Welsh form (ui_cy.ts).</translatorcomment>
        <translation>Mae'r amser gadael ({departure}) cyn yr amser cyrraedd ({arrival}). Os gadawoch ar ôl hanner nos, ticiwch 'Aeth yr ymweliad heibio hanner nos'.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Departure ({departure}) is before the time you were admitted ({admitted}).</source>
        <translation>Mae'r amser gadael ({departure}) cyn yr amser y cawsoch fynediad ({admitted}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This visit lasted {hours} hours, which is unusually long. Check the arrival and departure times.</source>
        <translation>Parhaodd yr ymweliad hwn {hours} awr, sy'n anarferol o hir. Gwiriwch yr amseroedd cyrraedd a gadael.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The departure time is later than now.</source>
        <translation>Mae'r amser gadael yn hwyrach na'r amser presennol.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>You waited {minutes} minutes to be admitted. A delay over {limit} minutes is a finding: tick 'Record the admission delay as a finding' to include it in the report.</source>
        <translatorcomment>REVIEW (native speaker): The quoted tick box label must match the Welsh form (ui_cy.ts).</translatorcomment>
        <translation>Buoch yn aros {minutes} munud i gael mynediad. Mae oedi o fwy na {limit} munud yn ganfyddiad: ticiwch 'Cofnodi'r oedi cyn cael mynediad fel canfyddiad' i'w gynnwys yn yr adroddiad.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{stage}: a count cannot be negative.</source>
        <translation>{stage}: ni all cyfrif fod yn negatif.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{stage}: {split} = {sum}, but the total is {total}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}: {split} = {sum}, ond y cyfanswm yw {total}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{stage}: the split adds up to {sum}, more than the total of {total}.</source>
        <translation>{stage}: mae'r rhaniad yn dod i {sum}, mwy na'r cyfanswm o {total}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the number of {subjects} at the time of the visit (0 if there were none).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhowch nifer y {subjects} adeg yr ymweliad (0 os nad oedd dim).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{where}: enter the {identifier} (never a name).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{where}: rhowch y manylyn hwn: {identifier} (byth enw).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: the {identifier} can be at most {limit} characters long ({length} entered).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{where}: gall {identifier} fod hyd at {limit} nod o hyd ({length} wedi'u rhoi).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{where}: {identifier} {number} is already used for {subject} {other}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{where}: mae {identifier} {number} eisoes wedi'i ddefnyddio ar gyfer {subject} {other}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: say why the {subject} was not seen.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{where}: dywedwch pam na welwyd y {subject}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{where}: say whether the issue was resolved during the visit.</source>
        <translation>{where}: dywedwch a gafodd y mater ei ddatrys yn ystod yr ymweliad.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{where}: an allegation is not part of this kind of visit.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{where}: nid yw honiad yn rhan o'r math hwn o ymweliad.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{where}: requests are not part of this kind of visit.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{where}: nid yw ceisiadau yn rhan o'r math hwn o ymweliad.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This kind of visit records no activity called '{key}'.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid yw'r math hwn o ymweliad yn cofnodi gweithgaredd o'r enw '{key}'.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{activity}: '{choice}' is not one of its choices.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{activity}: nid yw '{choice}' yn un o'i ddewisiadau.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{activity}: marked not observed, but methods are ticked. Untick them, or mark it observed.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{activity}: wedi'i nodi fel heb ei weld, ond mae dulliau wedi'u ticio. Dad-diciwch nhw, neu nodwch ei fod wedi'i weld.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Describe the issue found in this area.</source>
        <translation>Disgrifiwch y mater a ganfuwyd yn y man hwn.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{n} {stage}, but only {limit} {above}.</source>
        <translatorcomment>REVIEW (native speaker): {stage} and {above} are the scheme's stage labels in lower case, e.g. '7 gwelwyd, ond dim ond 3 yn y ddalfa' — word order needs a native check.</translatorcomment>
        <translation>{n} {stage}, ond dim ond {limit} {above}.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{parts} = {total}, more than the {limit} {above}.</source>
        <translatorcomment>REVIEW (native speaker): As above: labels in lower case after figures.</translatorcomment>
        <translation>{parts} = {total}, mwy na'r {limit} {above}.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../icvapp/trust/verdict.py" line="+43" />
        <source>a visit report</source>
        <translation>adroddiad ymweliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a lone visitor's report</source>
        <translatorcomment>REVIEW (native speaker): Gendered 'ar ei ben ei hun'.</translatorcomment>
        <translation>adroddiad ymwelydd ar ei ben ei hun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a Board report</source>
        <translation>adroddiad i'r Bwrdd</translation>
    </message>
    <message>
        <location line="+33" />
        <source>{names} and {last}</source>
        <translation>{names} a {last}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{date} at {time} UTC</source>
        <translation>{date} am {time} UTC</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Signature field {field}: {signer}</source>
        <translation>Maes llofnod {field}: {signer}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, signed {moment}</source>
        <translation>, llofnodwyd {moment}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signature field {field}: no valid signature ({reason})</source>
        <translation>Maes llofnod {field}: dim llofnod dilys ({reason})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signature field {field}: not signed</source>
        <translation>Maes llofnod {field}: heb ei lofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Added after signing and signed by no one: {what}</source>
        <translation>Ychwanegwyd ar ôl llofnodi a heb ei lofnodi gan neb: {what}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{count} bytes after the end of the signed file</source>
        <translatorcomment>REVIEW (native speaker): 'beit' for bytes.</translatorcomment>
        <translation>{count} beit ar ôl diwedd y ffeil a lofnodwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>revision {number} of {revisions}, which changes {what}</source>
        <translation>diwygiad {number} o {revisions}, sy'n newid {what}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not a report as icvapp makes it: its signature fields are {fields} ({expected}), so a field was added or changed after it was made.</source>
        <translation>Nid yw hwn yn adroddiad fel y mae icvapp yn ei greu: ei feysydd llofnod yw {fields} ({expected}), felly cafodd maes ei ychwanegu neu ei newid ar ôl ei greu.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This PDF is far larger than any report ({size}).</source>
        <translation>Mae'r PDF hwn yn llawer mwy nag unrhyw adroddiad ({size}).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This PDF carries no signatures.</source>
        <translation>Nid oes llofnod ar y PDF hwn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not validly signed: signature field {field} holds no signature that can be checked ({reason}).</source>
        <translation>Heb ei lofnodi'n ddilys: nid oes llofnod y gellir ei wirio ym maes llofnod {field} ({reason}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Altered after signing: {signer}'s signature no longer matches the document (revision {number} of {revisions}).</source>
        <translation>Newidiwyd ar ôl llofnodi: nid yw llofnod {signer} yn cyfateb i'r ddogfen mwyach (diwygiad {number} o {revisions}).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not a report as icvapp makes it: what ties it to its visit record cannot be read ({reason}).</source>
        <translation>Nid yw hwn yn adroddiad fel y mae icvapp yn ei greu: ni ellir darllen yr hyn sy'n ei gysylltu â chofnod ei ymweliad ({reason}).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Altered after signing: content was added after {signer} signed (revision {number} of {revisions}).</source>
        <translation>Newidiwyd ar ôl llofnodi: ychwanegwyd cynnwys ar ôl i {signer} lofnodi (diwygiad {number} o {revisions}).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{count} bytes were added after the end of the file</source>
        <translatorcomment>REVIEW (native speaker): 'beit' for bytes.</translatorcomment>
        <translation>ychwanegwyd {count} beit ar ôl diwedd y ffeil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{what} changed in revision {number} of {revisions}</source>
        <translation>newidiwyd {what} yn niwygiad {number} o {revisions}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Altered after signing: {what}, after {signer} signed, and no one signed that change.</source>
        <translation>Newidiwyd ar ôl llofnodi: {what}, ar ôl i {signer} lofnodi, ac ni lofnododd neb y newid hwnnw.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A signature field is left unsigned ({fields}): the report is unfinished or was cut back to an earlier revision.</source>
        <translation>Mae maes llofnod heb ei lofnodi ({fields}): mae'r adroddiad heb ei orffen neu wedi'i dorri'n ôl i ddiwygiad cynharach.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Intact, but signed by a certificate this scheme did not issue ({signer}).</source>
        <translation>Yn gyfan, ond wedi'i lofnodi â thystysgrif na chafodd ei chyhoeddi gan y cynllun hwn ({signer}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Intact, but {signer} cannot vouch for it: {problem}.</source>
        <translatorcomment>REVIEW (native speaker): {problem} comes from the certificate check and is still in English.</translatorcomment>
        <translation>Yn gyfan, ond ni all {signer} warantu hynny: {problem}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Intact, but {signer}'s certificate is not trusted by this scheme.</source>
        <translation>Yn gyfan, ond nid yw'r cynllun hwn yn ymddiried yn nhystysgrif {signer}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Valid: signed by the scheme's volunteers {names} on {moment}; unchanged since.</source>
        <translation>Dilys: wedi'i lofnodi gan wirfoddolwyr y cynllun {names} ar {moment}; heb ei newid ers hynny.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not validly signed: {signer}'s signature carries no time inside what it signs.</source>
        <translatorcomment>REVIEW (native speaker): Technical wording; check it reads naturally.</translatorcomment>
        <translation>Heb ei lofnodi'n ddilys: nid oes amser yn llofnod {signer} y tu mewn i'r hyn y mae'n ei lofnodi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not validly signed: {signer}'s signature claims {moment}, which is still to come.</source>
        <translation>Heb ei lofnodi'n ddilys: mae llofnod {signer} yn honni {moment}, sydd eto i ddod.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Intact, but {signer} cannot vouch for it: it claims to be signed on {moment}, outside their certificate's validity ({start} to {end}).</source>
        <translatorcomment>REVIEW (native speaker): Long sentence; check 'gwarantu' for vouch.</translatorcomment>
        <translation>Yn gyfan, ond ni all {signer} warantu hynny: mae'n honni iddo gael ei lofnodi ar {moment}, y tu allan i gyfnod dilysrwydd eu tystysgrif ({start} i {end}).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Not a report as icvapp makes it: it names {visitors} visitor(s) for {fields} signature field(s).</source>
        <translatorcomment>REVIEW (native speaker): Two counts, no plural forms: singular nouns after figures.</translatorcomment>
        <translation>Nid yw hwn yn adroddiad fel y mae icvapp yn ei greu: mae'n enwi {visitors} ymwelydd ar gyfer {fields} maes llofnod.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not validly signed: signature field {field} is signed by {signer}, who is not the visitor this report names for it.</source>
        <translation>Heb ei lofnodi'n ddilys: mae maes llofnod {field} wedi'i lofnodi gan {signer}, nad yw'n ymwelydd y mae'r adroddiad hwn yn ei enwi ar ei gyfer.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Not validly signed: signature fields {first} and {second} are both signed by {signer}; each field must be signed by a different person.</source>
        <translation>Heb ei lofnodi'n ddilys: mae meysydd llofnod {first} a {second} ill dau wedi'u llofnodi gan {signer}; rhaid i berson gwahanol lofnodi pob maes.</translation>
    </message>
    <message>
        <location filename="../../icvapp/sealing/verify.py" line="+43" />
        <source>Valid: visit to {place} on {date}, signed by the scheme's volunteers {names}; unchanged since.</source>
        <translation>Dilys: ymweliad â {place} ar {date}, wedi'i lofnodi gan wirfoddolwyr y cynllun {names}; heb ei newid ers hynny.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Signed at {moment} by {name}</source>
        <translation>Llofnodwyd ar {moment} gan {name}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This is not a PDF. Submission files can only be checked in the scheme office's icvapp, which holds the key that opens them.</source>
        <translation>Nid PDF yw hwn. Dim ond yn icvapp swyddfa'r cynllun y gellir gwirio ffeiliau cyflwyno, gan mai yno y mae'r allwedd sy'n eu hagor.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location line="-6" />
        <source>a signed report or submission file</source>
        <translation>adroddiad wedi'i lofnodi neu ffeil gyflwyno</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a root certificate file</source>
        <translation>ffeil tystysgrif wraidd</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>No {subjects} recorded.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ni chofnodwyd {subjects}.</translation>
    </message>
    <message>
        <source>{staff}</source>
        <comment>the close-out&apos;s label</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{staff}</translation>
    </message>
    <message>
        <source>{flags}:</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{flags}:</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>the subject was met</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Do</translation>
    </message>
    <message>
        <source>{met}</source>
        <comment>the conversations&apos; column</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{met}</translation>
    </message>
    <message>
        <source>{stage}</source>
        <comment>the headline&apos;s seen figure</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>
            <numerusform>%n lleoliad</numerusform>
            <numerusform>%n lleoliad</numerusform>
            <numerusform>%n lleoliad</numerusform>
            <numerusform>%n lleoliad</numerusform>
            <numerusform>%n lleoliad</numerusform>
        </translation>
    </message>
    <message>
        <source>{noun} {location}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{noun} {location}</translation>
    </message>
    <message>
        <source>{index}. {identifier} {number}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{index}. {identifier} {number}</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+153" />
        <source>Yes</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Do</translation>
    </message>
    <message>
        <location line="-151" />
        <location line="+2" />
        <location line="+149" />
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <location line="-144" />
        <source>Allegation of ill-treatment</source>
        <translation>Honiad o gam-drin</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not resolved</source>
        <translation>heb ei ddatrys</translation>
    </message>
    <message>
        <location line="+1" />
        <source>resolved during visit</source>
        <translation>datryswyd yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>resolution not recorded</source>
        <translation>datrysiad heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issue raised — {state}</source>
        <translation>Mater wedi'i godi — {state}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not met:</source>
        <translatorcomment>REVIEW (native speaker): Entitlements not met (plural).</translatorcomment>
        <translation>Heb eu bodloni:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Requests by category</source>
        <translation>Ceisiadau fesul categori</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No requests recorded.</source>
        <translation>Ni chofnodwyd unrhyw geisiadau.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+65" />
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="-64" />
        <location filename="../../icvapp/reports/visit_story.py" line="+165" />
        <location line="+157" />
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../icvapp/reports/visit_story.py" line="-41" />
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Issues raised with staff</source>
        <translation>Materion a godwyd gyda staff</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No issues were raised.</source>
        <translation>Ni chodwyd unrhyw faterion.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not resolved during the visit</source>
        <translation>Heb ei ddatrys yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolution not recorded</source>
        <translation>Datrysiad heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved during the visit</source>
        <translation>Datryswyd yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Allegation of ill-treatment. This must be escalated to the scheme co-ordinator.</source>
        <translation>Honiad o gam-drin. Rhaid uwchgyfeirio hyn at gydlynydd y cynllun.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issue</source>
        <translation>Mater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Staff response</source>
        <translation>Ymateb y staff</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+86" />
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was inspected on this visit.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ni archwiliwyd dim ar yr ymweliad hwn.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Area</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What was found</source>
        <translation>Beth a ganfuwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No note</source>
        <translation>Dim nodyn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No issues found in the areas inspected.</source>
        <translation>Ni chanfuwyd unrhyw faterion yn y mannau a archwiliwyd.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In good order</source>
        <translation>Mewn cyflwr da</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not checked</source>
        <translation>Heb eu gwirio</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Findings discussed before leaving</source>
        <translation>Canfyddiadau a drafodwyd cyn gadael</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rank</source>
        <translation>Rheng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number</source>
        <extracomment>The custody officer's warrant or collar number.</extracomment>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Their response:</source>
        <translation>Eu hymateb:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Observed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wedi'i arsylwi</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_pdf.py" line="+33" />
        <source>{path} is a folder, not a file name.</source>
        <translation>Ffolder yw {path}, nid enw ffeil.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give a file name for the report, for example visit.pdf.</source>
        <translation>Rhowch enw ffeil ar gyfer yr adroddiad, er enghraifft ymweliad.pdf.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder {parent} does not exist, so the report was not written.</source>
        <translation>Nid yw'r ffolder {parent} yn bodoli, felly ni ysgrifennwyd yr adroddiad.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose an existing folder.</source>
        <translation>Dewiswch ffolder sy'n bodoli.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confidential</source>
        <comment>footer</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cyfrinachol</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_signoff.py" line="+21" />
        <source>Sign-off</source>
        <translatorcomment>REVIEW (native speaker): 'Cymeradwyo' for sign-off (approval by signing) — check.</translatorcomment>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No acknowledgement from staff has been recorded yet.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes cydnabyddiaeth gan y staff wedi'i chofnodi eto.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Acknowledged by&lt;/b&gt; {name}, {rank} {number}, at {moment}.</source>
        <translatorcomment>REVIEW (native speaker): {rank} is typed by the visitor (e.g. 'Rhingyll').</translatorcomment>
        <translation>&lt;b&gt;Cydnabuwyd gan&lt;/b&gt; {name}, {rank} {number}, am {moment}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No signature was drawn.</source>
        <translation>Ni luniwyd llofnod.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;Visitors:&lt;/b&gt; not yet signed. Only a sealed report carries the visitors' signatures.</source>
        <translation>&lt;b&gt;Ymwelwyr:&lt;/b&gt; heb lofnodi eto. Dim ond adroddiad wedi'i selio sy'n cario llofnodion yr ymwelwyr.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Signed digitally on {moment} UTC</source>
        <translation>Llofnodwyd yn ddigidol ar {moment} UTC</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&lt;b&gt;Visitors' sign-off.&lt;/b&gt; Each visitor confirms this report is a true account of the visit.</source>
        <translatorcomment>REVIEW (native speaker): 'Cymeradwyaeth' for sign-off — check.</translatorcomment>
        <translation>&lt;b&gt;Cymeradwyaeth yr ymwelwyr.&lt;/b&gt; Mae pob ymwelydd yn cadarnhau bod yr adroddiad hwn yn gofnod cywir o'r ymweliad.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{visit} report</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Adroddiad: {visit}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Positive comments</source>
        <translation>Sylwadau cadarnhaol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{place} not recorded</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}: heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Visit no. {number}</source>
        <translation>Ymweliad rhif {number}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>DRAFT — this report has not been completed. Details may be missing and may still change.</source>
        <translation>DRAFFT — nid yw'r adroddiad hwn wedi'i gwblhau. Gall manylion fod ar goll a gallant newid o hyd.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+94" />
        <source>reason not recorded</source>
        <translation>rheswm heb ei gofnodi</translation>
    </message>
    <message>
        <location line="-92" />
        <source>Visit abandoned: {reason}.</source>
        <translation>Gadawyd yr ymweliad: {reason}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing was seen and nothing was inspected.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ni welwyd dim ac ni archwiliwyd dim.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conversation details were removed on {date} under the scheme's retention period; the counts remain. This printout is not the signed original.</source>
        <translatorcomment>REVIEW (native speaker): Retention wording — check 'cyfnod cadw'.</translatorcomment>
        <translation>Dilëwyd manylion y sgyrsiau ar {date} yn unol â chyfnod cadw'r cynllun; mae'r cyfrifon yn aros. Nid y gwreiddiol a lofnodwyd yw'r allbrint hwn.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>version {number}</source>
        <translation>fersiwn {number}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{version}, signed {date}</source>
        <translation>{version}, llofnodwyd {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Amended report — version {number}. It corrects {earlier}, which stays on record unchanged. Reason: {reason}</source>
        <translation>Adroddiad diwygiedig — fersiwn {number}. Mae'n cywiro {earlier}, sy'n aros ar gofnod heb ei newid. Rheswm: {reason}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Changed: {fields}.</source>
        <translation>Newidiwyd: {fields}.</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_findings.py" line="+1" />
        <location filename="../../icvapp/reports/visit_story.py" line="+2" />
        <location line="+158" />
        <source>Seen</source>
        <translation>Gwelwyd</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_story.py" line="-154" />
        <source>Issues</source>
        <translation>Materion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unresolved</source>
        <translatorcomment>REVIEW (native speaker): Headline figure label: issues not resolved.</translatorcomment>
        <translation>Heb eu datrys</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Inspection issues</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Materion archwilio</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Allegations</source>
        <translation>Honiadau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{first} and {second}</source>
        <translation>{first} a {second}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Visited alone:</source>
        <translatorcomment>REVIEW (native speaker): Gendered 'ar ei ben ei hun'.</translatorcomment>
        <translation>Ymwelodd ar ei ben ei hun:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{duration} wait</source>
        <translatorcomment>REVIEW (native speaker): e.g. '(aros 45 mun)' after the time admitted.</translatorcomment>
        <translation>aros {duration}</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../../icvapp/reports/visit_wording.py" line="+15" />
        <source>Abandoned</source>
        <translation>Wedi'i adael</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Completed</source>
        <translation>Wedi'i gwblhau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unsatisfactory</source>
        <translation>Anfoddhaol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satisfactory</source>
        <translation>Boddhaol</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rated (visit abandoned)</source>
        <translation>Dim sgôr (ymweliad wedi'i adael)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visitors</source>
        <translation>Ymwelwyr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How visited</source>
        <translatorcomment>REVIEW (native speaker): In person or telephone monitoring.</translatorcomment>
        <translation>Dull yr ymweliad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Arrived</source>
        <extracomment>Label beside the time the visitors arrived at the suite, e.g. "22:40".</extracomment>
        <translatorcomment>REVIEW (native speaker): Time the visitors arrived; key-value label (verb-noun).</translatorcomment>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Admitted</source>
        <translatorcomment>REVIEW (native speaker): Time the visitors were admitted to the suite; key-value label.</translatorcomment>
        <translation>Mynediad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left</source>
        <extracomment>Label beside the time the visitors left the suite, e.g. "00:50 (next day)".</extracomment>
        <translatorcomment>REVIEW (native speaker): Time the visitors left; key-value label (verb-noun).</translatorcomment>
        <translation>Gadael</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Delay in admission:&lt;/b&gt; the visitors waited {duration} before being let in.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;Oedi cyn cael mynediad:&lt;/b&gt; bu'r ymwelwyr yn aros {duration} cyn cael eu gadael i mewn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Delay in admission:&lt;/b&gt; the visitors waited before being let in.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;Oedi cyn cael mynediad:&lt;/b&gt; bu'r ymwelwyr yn aros cyn cael eu gadael i mewn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Visit details</source>
        <translation>Manylion yr ymweliad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No counts recorded.</source>
        <translation>Ni chofnodwyd unrhyw gyfrifon.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{seen} (% of {offered})</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{seen} (% o {offered})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A blank means the figure was not recorded.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae bwlch yn golygu na chofnodwyd y ffigur.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{subjects} seen</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{subjects} a welwyd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Points to note</source>
        <translation>Pwyntiau i'w nodi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_wording.py" line="-1" />
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed</source>
        <translation>Wedi'i lofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete</source>
        <translation>Wedi'i gwblhau</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Date not recorded</source>
        <translation>Dyddiad heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{hours} h</source>
        <translation>{hours} awr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{time} (next day)</source>
        <translation>{time} (drannoeth)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{time} on {date}</source>
        <translation>{time} ar {date}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{date} at {time}</source>
        <translation>{date} am {time}</translation>
    </message>
</context>
<context>
    <name>VisitStore</name>
    <message>
        <location filename="../../icvapp/visits/store.py" line="+133" />
        <location line="+63" />
        <source>There is no visit number {visit_id}.</source>
        <translation>Nid oes ymweliad rhif {visit_id}.</translation>
    </message>
    <message>
        <location line="-61" />
        <source>Run 'icvapp visits list' to see the visits on this profile.</source>
        <translation>Rhedwch 'icvapp visits list' i weld yr ymweliadau yn y proffil hwn.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>This visit is signed and sealed, so it cannot be changed.</source>
        <translation>Mae'r ymweliad hwn wedi'i lofnodi a'i selio, felly nid oes modd ei newid.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+203" />
        <source>Start an amendment to correct it; the signed original stays on record.</source>
        <translation>Dechreuwch ddiwygiad i'w gywiro; mae'r gwreiddiol wedi'i lofnodi yn aros ar gofnod.</translation>
    </message>
    <message>
        <location line="-200" />
        <source>This visit is already complete and cannot be changed as a draft.</source>
        <translation>Mae'r ymweliad hwn eisoes yn gyflawn ac nid oes modd ei newid fel drafft.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Only drafts can be deleted; a completed visit is part of the scheme's record.</source>
        <translation>Dim ond drafftiau y gellir eu dileu; mae ymweliad cyflawn yn rhan o gofnod y cynllun.</translation>
    </message>
    <message>
        <location line="+146" />
        <source>This visit is signed and sealed, so it cannot be edited again.</source>
        <translation>Mae'r ymweliad hwn wedi'i lofnodi a'i selio, felly nid oes modd ei olygu eto.</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../icvapp/visits/document_reader.py" line="+15" />
        <source>is not an object</source>
        <translation>ddim yn wrthrych</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The visit record is malformed: '{path}' {what}.</source>
        <translatorcomment>REVIEW (native speaker): {what} is one of the short phrases below ("ar goll", "o'r math anghywir"…), written to follow "mae '…'".</translatorcomment>
        <translation>Mae cofnod yr ymweliad wedi'i gamffurfio: mae '{path}' {what}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <location filename="../../icvapp/visits/canonical.py" line="+261" />
        <location line="+13" />
        <location filename="../../icvapp/visits/document_reader.py" line="+6" />
        <source>has the wrong type</source>
        <translation>o'r math anghywir</translation>
    </message>
    <message>
        <location filename="../../icvapp/visits/document_reader.py" line="+6" />
        <source>is too long</source>
        <translation>yn rhy hir</translation>
    </message>
    <message>
        <location line="+24" />
        <source>is not a valid date or time</source>
        <translation>ddim yn ddyddiad nac amser dilys</translation>
    </message>
    <message>
        <location line="+11" />
        <source>is not a count</source>
        <translation>ddim yn gyfrif</translation>
    </message>
    <message>
        <location filename="../../icvapp/visits/canonical.py" line="-78" />
        <source>This is not a visit record icvapp can read (format {format}).</source>
        <translation>Nid yw hwn yn gofnod ymweliad y gall icvapp ei ddarllen (fformat {format}).</translation>
    </message>
    <message>
        <location line="+54" />
        <source>is not [total, {groups}]</source>
        <translation>ddim yn [cyfanswm, {groups}]</translation>
    </message>
    <message>
        <location line="-26" />
        <source>is not a drawn signature</source>
        <translation>ddim yn llofnod wedi'i dynnu</translation>
    </message>
    <message>
        <location line="-133" />
        <source>is not a scheme kind</source>
        <extracomment>The first kind: every document signed before scheme kinds existed is one of its, and its documents leave their kind out. Its messages also keep the words they were written in (see icvapp.visits.validation). The entries of one observed activity in the document.</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ddim yn fath o gynllun</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This visit record belongs to a kind of scheme this icvapp does not know ({kind}).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r cofnod ymweliad hwn yn perthyn i fath o gynllun nad yw icvapp yn ei adnabod ({kind}).</translation>
    </message>
    <message>
        <location line="+102" />
        <source>This visit record belongs to another kind of scheme ({kind}) than this one ({ours}).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae'r cofnod ymweliad hwn yn perthyn i fath gwahanol o gynllun ({kind}) i'r un hwn ({ours}).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>must name one or two visitors</source>
        <translation>yn gorfod enwi un neu ddau ymwelydd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>does not match the amendment it describes</source>
        <translation>ddim yn cyfateb i'r diwygiad y mae'n ei ddisgrifio</translation>
    </message>
    <message>
        <location line="+20" />
        <source>is not [total]: this kind of visit counts no groups</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ddim yn [cyfanswm]: nid yw'r math hwn o ymweliad yn cyfrif unrhyw grwpiau</translation>
    </message>
    <message>
        <location line="+19" />
        <source>is not part of this kind of visit</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ddim yn rhan o'r math hwn o ymweliad</translation>
    </message>
    <message>
        <source>is not part of this format</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ddim yn rhan o'r fformat hwn</translation>
    </message>
    <message>
        <source>is not a format of this kind of visit</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ddim yn fformat ar gyfer y math hwn o ymweliad</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+20" />
        <source>is empty</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>yn wag</translation>
    </message>
    <message>
        <location line="-15" />
        <source>is not an activity this kind of visit records</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ddim yn weithgaredd y mae'r math hwn o ymweliad yn ei gofnodi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is not part of an activity</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>ddim yn rhan o weithgaredd</translation>
    </message>
    <message>
        <location line="+4" />
        <source>names a choice the activity does not offer</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>yn enwi dewis nad yw'r gweithgaredd yn ei gynnig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>names a choice twice</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>yn enwi dewis ddwywaith</translation>
    </message>
</context>
</TS>