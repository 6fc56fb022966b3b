<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AnnualReport</name>
    <message>
        <location filename="../../icvapp/reports/annual.py" line="+50"/>
        <source>Annual summary · {scheme} · {year}</source>
        <translation>Crynodeb blynyddol · {scheme} · {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annual summary {year}</source>
        <translation>Crynodeb blynyddol {year}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Custody suite</source>
        <translation>Dalfa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In custody during visits</source>
        <translation>Yn y ddalfa yn ystod ymweliadau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offered a visit</source>
        <translation>Cynigiwyd ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoken to</source>
        <translatorcomment>REVIEW (native speaker): Detainees spoken to; column heading.</translatorcomment>
        <translation>Siaradwyd â nhw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial year {year} ({start} to {end})</source>
        <translation>Blwyddyn ariannol {year} ({start} i {end})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteers gave &lt;b&gt;{hours} hours&lt;/b&gt; on visits and raised &lt;b&gt;{issues}&lt;/b&gt; issues with custody staff.</source>
        <translation>Rhoddodd gwirfoddolwyr &lt;b&gt;{hours} awr&lt;/b&gt; i ymweliadau a chodi &lt;b&gt;{issues}&lt;/b&gt; o faterion gyda staff y ddalfa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Independent custody visiting: the year</source>
        <translatorcomment>REVIEW (native speaker): Title of the annual summary.</translatorcomment>
        <translation>Ymweliadau annibynnol â dalfeydd: y flwyddyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits and detainees</source>
        <translation>Ymweliadau a phobl yn y ddalfa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests made by detainees</source>
        <translation>Ceisiadau gan bobl yn y ddalfa</translation>
    </message>
</context>
<context>
    <name>BoardReport</name>
    <message>
        <location filename="../../icvapp/reports/board_pdf.py" line="+31"/>
        <source>Report to the Strategic Assurance Board</source>
        <translatorcomment>REVIEW (native speaker): Board&apos;s name: confirm the Welsh name the PCC&apos;s office uses (Bwrdd Sicrwydd Strategol).</translatorcomment>
        <translation>Adroddiad i&apos;r Bwrdd Sicrwydd Strategol</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Approved for the Strategic Assurance Board</source>
        <translatorcomment>REVIEW (native speaker): Board&apos;s name, as above.</translatorcomment>
        <translation>Cymeradwywyd ar gyfer y Bwrdd Sicrwydd Strategol</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Independent custody visiting: performance</source>
        <translation>Ymweliadau annibynnol â dalfeydd: perfformiad</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>visits made (target {target})</source>
        <translatorcomment>REVIEW (native speaker): Follows a large figure printed above it (e.g. 156); singular noun after a number.</translatorcomment>
        <translation>ymweliad wedi&apos;u gwneud (targed {target})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of expected weeks visited</source>
        <translatorcomment>REVIEW (native speaker): Follows a percentage printed above it.</translatorcomment>
        <translation>o&apos;r wythnosau disgwyliedig wedi cael ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people in custody at visits</source>
        <translatorcomment>REVIEW (native speaker): Follows a figure printed above it; &apos;o bobl&apos; reads after a number — check.</translatorcomment>
        <translation>o bobl yn y ddalfa adeg ymweliadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of those offered were seen</source>
        <translatorcomment>REVIEW (native speaker): Follows a percentage printed above it.</translatorcomment>
        <translation>o&apos;r rhai a gafodd gynnig wedi&apos;u gweld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests by detainees</source>
        <translatorcomment>REVIEW (native speaker): Follows a figure printed above it; singular noun after a number.</translatorcomment>
        <translation>cais gan bobl yn y ddalfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issues still open</source>
        <translatorcomment>REVIEW (native speaker): Follows a figure printed above it; singular noun after a number.</translatorcomment>
        <translation>mater yn dal ar agor</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/board_sections.py" line="+48"/>
        <source>{part} of {whole}</source>
        <translation>{part} o {whole}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+104"/>
        <source>Suite</source>
        <translation>Dalfa</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+148"/>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks visited</source>
        <translation>Wythnosau ag ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translatorcomment>REVIEW (native speaker): &apos;Cwmpas&apos; for the share of expected weeks visited — check the usual term.</translatorcomment>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abandoned</source>
        <translation>Wedi&apos;u gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed weeks</source>
        <translation>Wythnosau ar gau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not expected</source>
        <translation>dim disgwyl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All suites</source>
        <translation>Pob dalfa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits against the weekly standard</source>
        <translation>Ymweliadau o&apos;u cymharu â&apos;r safon wythnosol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standard is one visit to each custody suite every week. A week counts in the period that holds its Thursday; weeks a suite was closed are not expected.</source>
        <translatorcomment>REVIEW (native speaker): Check it reads naturally.</translatorcomment>
        <translation>Y safon yw un ymweliad â phob dalfa bob wythnos. Mae wythnos yn cyfrif yn y cyfnod sy&apos;n cynnwys ei dydd Iau; nid oes disgwyl ymweliad yn yr wythnosau pan oedd dalfa ar gau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>w/c {date}</source>
        <translatorcomment>REVIEW (native speaker): &apos;week commencing&apos;: &apos;w/d&apos; (wythnos yn dechrau) — check the abbreviation.</translatorcomment>
        <translation>w/d {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weeks missed</source>
        <translation>Wythnosau a gollwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No expected week was missed.</source>
        <translation>Ni chollwyd yr un wythnos ddisgwyliedig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Abandoned visits:</source>
        <translation>Ymweliadau a adawyd:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{seen}&lt;/b&gt; of those offered a visit were seen; {declined} declined.</source>
        <translation>Gwelwyd &lt;b&gt;{seen}&lt;/b&gt; o&apos;r rhai a gafodd gynnig ymweliad; gwrthododd {declined}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n visit(s) found nobody in custody.</source>
        <translatorcomment>REVIEW (native speaker): Plural forms (0 | 1 | 2–5 | 6 | other); reworded as &apos;had an empty custody suite&apos;.</translatorcomment>
        <translation>
            <numerusform>Ni chafodd unrhyw ymweliad ddalfa wag.</numerusform>
            <numerusform>Cafodd %n ymweliad ddalfa wag.</numerusform>
            <numerusform>Cafodd %n ymweliad ddalfa wag.</numerusform>
            <numerusform>Cafodd %n ymweliad ddalfa wag.</numerusform>
            <numerusform>Cafodd %n ymweliad ddalfa wag.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detainees at the time of visits</source>
        <translation>Pobl yn y ddalfa adeg yr ymweliadau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasons not seen:</source>
        <translation>Rhesymau dros beidio â gweld:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What detainees asked for</source>
        <translation>Beth roedd pobl yn y ddalfa yn gofyn amdano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No requests were recorded.</source>
        <translation>Ni chofnodwyd unrhyw geisiadau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+14"/>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Resolved at the visit</source>
        <translation>Datryswyd yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translatorcomment>REVIEW (native speaker): Column heading: issues followed up with the police.</translatorcomment>
        <translation>Aethpwyd ar ei drywydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open at period end</source>
        <translation>Ar agor ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All issues</source>
        <translation>Pob mater</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issues raised and their outcomes</source>
        <translation>Materion a godwyd a&apos;u canlyniadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Issues still open with the police&lt;/b&gt; (oldest first)</source>
        <translation>&lt;b&gt;Materion sy&apos;n dal ar agor gyda&apos;r heddlu&lt;/b&gt; (yr hynaf yn gyntaf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalated to</source>
        <translatorcomment>REVIEW (native speaker): Escalation level of an issue (on the spot, duty inspector, scheme office, Board).</translatorcomment>
        <translation>Uwchgyfeiriwyd at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days open</source>
        <translation>Diwrnodau ar agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Police response</source>
        <translation>Ymateb yr heddlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaited</source>
        <translatorcomment>REVIEW (native speaker): Police response still awaited.</translatorcomment>
        <translation>Yn aros</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notable outcomes this period</source>
        <translation>Canlyniadau nodedig y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(raised {date})</source>
        <translation>(codwyd {date})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{share}&lt;/b&gt; of rated visits found conditions satisfactory ({satisfactory} of {rated}).</source>
        <translation>Roedd yr amodau&apos;n foddhaol yn &lt;b&gt;{share}&lt;/b&gt; o&apos;r ymweliadau a gafodd sgôr ({satisfactory} o {rated}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Waiting to be admitted: median {median}, longest {worst}; %n wait(s) over {limit} minutes.</source>
        <translatorcomment>REVIEW (native speaker): Plural forms (0 | 1 | 2–5 | 6 | other); &apos;canolrif&apos; = median.</translatorcomment>
        <translation>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; dim un arhosiad dros {limit} munud.</numerusform>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; %n arhosiad dros {limit} munud.</numerusform>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; %n arhosiad dros {limit} munud.</numerusform>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; %n arhosiad dros {limit} munud.</numerusform>
            <numerusform>Aros i gael mynediad: canolrif {median}, hiraf {worst}; %n arhosiad dros {limit} munud.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditions and access</source>
        <translation>Amodau a mynediad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteers spent &lt;b&gt;{hours} hours&lt;/b&gt; on visits (both visitors, from arrival to departure).</source>
        <translation>Treuliodd gwirfoddolwyr &lt;b&gt;{hours} awr&lt;/b&gt; ar ymweliadau (y ddau ymwelydd, o gyrraedd i adael).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteers</source>
        <translation>Gwirfoddolwyr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When visits happened</source>
        <translation>Pryd y digwyddodd ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits should be spread across the days of the week and the hours of the day (by arrival time) so that they stay unexpected.</source>
        <translatorcomment>REVIEW (native speaker): Check it reads naturally.</translatorcomment>
        <translation>Dylai ymweliadau gael eu gwasgaru ar draws dyddiau&apos;r wythnos ac oriau&apos;r dydd (yn ôl yr amser cyrraedd) fel eu bod yn parhau&apos;n annisgwyl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No suite&apos;s visits are clustering on one day or time of day.</source>
        <translatorcomment>REVIEW (native speaker): Check it reads naturally.</translatorcomment>
        <translation>Nid yw ymweliadau&apos;r un ddalfa yn crynhoi ar un diwrnod nac ar un adeg o&apos;r dydd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation>Y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change against the previous period</source>
        <translation>Newid o&apos;i gymharu â&apos;r cyfnod blaenorol</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-off</source>
        <translatorcomment>REVIEW (native speaker): &apos;Cymeradwyo&apos; for sign-off (approval by signing) — check.</translatorcomment>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed. Export from the co-ordinator&apos;s profile to sign this report.</source>
        <translation>Heb ei lofnodi. Allforiwch o broffil y cydlynydd i lofnodi&apos;r adroddiad hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved for the Strategic Assurance Board by &lt;b&gt;{name}&lt;/b&gt;, scheme co-ordinator. Signed digitally on {date} at {time} UTC.</source>
        <translatorcomment>REVIEW (native speaker): Board&apos;s name, as above.</translatorcomment>
        <translation>Cymeradwywyd ar gyfer y Bwrdd Sicrwydd Strategol gan &lt;b&gt;{name}&lt;/b&gt;, cydlynydd y cynllun. Llofnodwyd yn ddigidol ar {date} am {time} UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office&apos;s audit log stood at {entries} entries (head {head}…) when this report was signed.</source>
        <translation>Roedd {entries} o gofnodion yng nghofnod archwilio&apos;r swyddfa (pen {head}…) pan lofnodwyd yr adroddiad hwn.</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/charts.py" line="+85"/>
        <source>Visited</source>
        <translation>Ymwelwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Collwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned only</source>
        <translation>Gadawyd yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not expected</source>
        <translation>Dim disgwyl</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../../icvapp/reports/board_sections.py" line="-235"/>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks covered (%)</source>
        <translation>Wythnosau ag ymweliad (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in custody at visits</source>
        <translation>Pobl yn y ddalfa adeg ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered a visit</source>
        <translation>Cynigiwyd ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted and seen</source>
        <translation>Derbyniodd a gwelwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen, of those offered (%)</source>
        <translation>Gwelwyd, o&apos;r rhai a gafodd gynnig (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests made</source>
        <translation>Ceisiadau a wnaed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues raised</source>
        <translation>Materion a godwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues open at the end of the period</source>
        <translation>Materion ar agor ar ddiwedd y cyfnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits rated satisfactory (%)</source>
        <translation>Ymweliadau â sgôr boddhaol (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours volunteered on visits</source>
        <translation>Oriau gwirfoddoli ar ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median wait to be admitted (minutes)</source>
        <translation>Amser aros canolrif cyn cael mynediad (munudau)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../icvapp/reports/pdfkit.py" line="+60"/>
        <source>Generated {moment}</source>
        <translation>Crëwyd {moment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRAFT</source>
        <translation>DRAFFT</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Page {number} of {total}</source>
        <translation>Tudalen {number} o {total}</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/story.py" line="+26"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None recorded.</source>
        <translation>Dim wedi&apos;i gofnodi.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../icvapp/visits/validation.py" line="+69"/>
        <source>Choose the custody suite you visited.</source>
        <translation>Dewiswch y ddalfa yr ymweloch â hi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen suite no longer exists; choose another.</source>
        <translation>Nid yw&apos;r ddalfa a ddewiswyd yn bodoli mwyach; dewiswch un arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{suite} is not an active suite; choose the suite you visited, or ask the co-ordinator to reactivate it.</source>
        <translatorcomment>REVIEW (native speaker): &apos;ailgychwyn&apos; for reactivate — check.</translatorcomment>
        <translation>Nid yw {suite} yn ddalfa weithredol; dewiswch y ddalfa yr ymweloch â hi, neu gofynnwch i&apos;r cydlynydd ei hailgychwyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the date of the visit.</source>
        <translation>Rhowch ddyddiad yr ymweliad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The visit date {date} is in the future.</source>
        <translation>Mae dyddiad yr ymweliad, {date}, yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the first visitor.</source>
        <translation>Dewiswch yr ymwelydd cyntaf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the second visitor (visits are made in pairs), or explain in the note why one visitor was alone.</source>
        <translation>Dewiswch yr ail ymwelydd (mae ymweliadau&apos;n cael eu gwneud mewn parau), neu eglurwch yn y nodyn pam roedd un ymwelydd ar ei ben ei hun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same person is chosen as both visitors; choose two different people.</source>
        <translation>Mae&apos;r un person wedi&apos;i ddewis fel y ddau ymwelydd; dewiswch ddau berson gwahanol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the visit was abandoned.</source>
        <translation>Dywedwch pam y cafodd yr ymweliad ei adael.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate the visit: satisfactory or unsatisfactory.</source>
        <translation>Rhowch sgôr i&apos;r ymweliad: boddhaol neu anfoddhaol.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the time you arrived at the suite.</source>
        <translation>Rhowch yr amser y cyrhaeddoch y ddalfa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the time you left the suite.</source>
        <translation>Rhowch yr amser y gadawoch y ddalfa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time admitted ({admitted}) is before arrival ({arrival}). If the visit went past midnight, tick &apos;Visit went past midnight&apos;.</source>
        <translatorcomment>REVIEW (native speaker): The quoted tick box label must match the Welsh form (ui_cy.ts).</translatorcomment>
        <translation>Mae&apos;r amser mynediad ({admitted}) cyn yr amser cyrraedd ({arrival}). Os aeth yr ymweliad heibio hanner nos, ticiwch &apos;Aeth yr ymweliad heibio hanner nos&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Departure ({departure}) is before arrival ({arrival}). If you left after midnight, tick &apos;Visit went past midnight&apos;.</source>
        <translatorcomment>REVIEW (native speaker): The quoted tick box label must match the Welsh form (ui_cy.ts).</translatorcomment>
        <translation>Mae&apos;r amser gadael ({departure}) cyn yr amser cyrraedd ({arrival}). Os gadawoch ar ôl hanner nos, ticiwch &apos;Aeth yr ymweliad heibio hanner nos&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Departure ({departure}) is before the time you were admitted ({admitted}).</source>
        <translation>Mae&apos;r amser gadael ({departure}) cyn yr amser y cawsoch fynediad ({admitted}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This visit lasted {hours} hours, which is unusually long. Check the arrival and departure times.</source>
        <translation>Parhaodd yr ymweliad hwn {hours} awr, sy&apos;n anarferol o hir. Gwiriwch yr amseroedd cyrraedd a gadael.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The departure time is later than now.</source>
        <translation>Mae&apos;r amser gadael yn hwyrach na&apos;r amser presennol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You waited {minutes} minutes to be admitted. A delay over {limit} minutes is a finding: tick &apos;Record the admission delay as a finding&apos; to include it in the report.</source>
        <translatorcomment>REVIEW (native speaker): The quoted tick box label must match the Welsh form (ui_cy.ts).</translatorcomment>
        <translation>Buoch yn aros {minutes} munud i gael mynediad. Mae oedi o fwy na {limit} munud yn ganfyddiad: ticiwch &apos;Cofnodi&apos;r oedi cyn cael mynediad fel canfyddiad&apos; i&apos;w gynnwys yn yr adroddiad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{stage}: a count cannot be negative.</source>
        <translation>{stage}: ni all cyfrif fod yn negatif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stage}: female {female} + male {male} + juvenile {juvenile} = {sum}, but the total is {total}.</source>
        <translatorcomment>REVIEW (native speaker): Group names as in the scheme&apos;s labels (Benyw, Gwryw, Person ifanc).</translatorcomment>
        <translation>{stage}: benyw {female} + gwryw {male} + person ifanc {juvenile} = {sum}, ond y cyfanswm yw {total}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{stage}: the split adds up to {sum}, more than the total of {total}.</source>
        <translation>{stage}: mae&apos;r rhaniad yn dod i {sum}, mwy na&apos;r cyfanswm o {total}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter how many people were in custody (0 if the cells were empty).</source>
        <translation>Rhowch faint o bobl oedd yn y ddalfa (0 os oedd y celloedd yn wag).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversation {index}</source>
        <translation>Sgwrs {index}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: enter the detainee&apos;s custody number (never their name).</source>
        <translatorcomment>REVIEW (native speaker): &apos;rhif y ddalfa&apos; = custody number; gendered &apos;ei enw&apos; — consider &apos;eu henw&apos;.</translatorcomment>
        <translation>{where}: rhowch rif y ddalfa ar gyfer y person yn y ddalfa (byth ei enw).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: custody number {number} is already used in conversation {other}.</source>
        <translation>{where}: mae rhif y ddalfa {number} eisoes wedi&apos;i ddefnyddio yn sgwrs {other}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: say why the detainee was not seen.</source>
        <translation>{where}: dywedwch pam na welwyd y person yn y ddalfa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: say whether the issue was resolved during the visit.</source>
        <translation>{where}: dywedwch a gafodd y mater ei ddatrys yn ystod yr ymweliad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Describe the issue found in this area.</source>
        <translation>Disgrifiwch y mater a ganfuwyd yn y man hwn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} {stage}, but only {limit} {above}.</source>
        <translatorcomment>REVIEW (native speaker): {stage} and {above} are the scheme&apos;s stage labels in lower case, e.g. &apos;7 gwelwyd, ond dim ond 3 yn y ddalfa&apos; — word order needs a native check.</translatorcomment>
        <translation>{n} {stage}, ond dim ond {limit} {above}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{parts} = {total}, more than the {limit} {above}.</source>
        <translatorcomment>REVIEW (native speaker): As above: labels in lower case after figures.</translatorcomment>
        <translation>{parts} = {total}, mwy na&apos;r {limit} {above}.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../icvapp/trust/verdict.py" line="+42"/>
        <source>a visit report</source>
        <translation>adroddiad ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lone visitor&apos;s report</source>
        <translatorcomment>REVIEW (native speaker): Gendered &apos;ar ei ben ei hun&apos;.</translatorcomment>
        <translation>adroddiad ymwelydd ar ei ben ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Board report</source>
        <translation>adroddiad i&apos;r Bwrdd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{names} and {last}</source>
        <translation>{names} a {last}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} at {time} UTC</source>
        <translation>{date} am {time} UTC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signature field {field}: {signer}</source>
        <translation>Maes llofnod {field}: {signer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, signed {moment}</source>
        <translation>, llofnodwyd {moment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature field {field}: no valid signature ({reason})</source>
        <translation>Maes llofnod {field}: dim llofnod dilys ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature field {field}: not signed</source>
        <translation>Maes llofnod {field}: heb ei lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added after signing and signed by no one: {what}</source>
        <translation>Ychwanegwyd ar ôl llofnodi a heb ei lofnodi gan neb: {what}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} bytes after the end of the signed file</source>
        <translatorcomment>REVIEW (native speaker): &apos;beit&apos; for bytes.</translatorcomment>
        <translation>{count} beit ar ôl diwedd y ffeil a lofnodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision {number} of {revisions}, which changes {what}</source>
        <translation>diwygiad {number} o {revisions}, sy&apos;n newid {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not a report as icvapp makes it: its signature fields are {fields} ({expected}), so a field was added or changed after it was made.</source>
        <translation>Nid yw hwn yn adroddiad fel y mae icvapp yn ei greu: ei feysydd llofnod yw {fields} ({expected}), felly cafodd maes ei ychwanegu neu ei newid ar ôl ei greu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This PDF is far larger than any report ({size} MB).</source>
        <translation>Mae&apos;r PDF hwn yn llawer mwy nag unrhyw adroddiad ({size} MB).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This PDF carries no signatures.</source>
        <translation>Nid oes llofnod ar y PDF hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not validly signed: signature field {field} holds no signature that can be checked ({reason}).</source>
        <translation>Heb ei lofnodi&apos;n ddilys: nid oes llofnod y gellir ei wirio ym maes llofnod {field} ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Altered after signing: {signer}&apos;s signature no longer matches the document (revision {number} of {revisions}).</source>
        <translation>Newidiwyd ar ôl llofnodi: nid yw llofnod {signer} yn cyfateb i&apos;r ddogfen mwyach (diwygiad {number} o {revisions}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a report as icvapp makes it: what ties it to its visit record cannot be read ({reason}).</source>
        <translation>Nid yw hwn yn adroddiad fel y mae icvapp yn ei greu: ni ellir darllen yr hyn sy&apos;n ei gysylltu â chofnod ei ymweliad ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Altered after signing: content was added after {signer} signed (revision {number} of {revisions}).</source>
        <translation>Newidiwyd ar ôl llofnodi: ychwanegwyd cynnwys ar ôl i {signer} lofnodi (diwygiad {number} o {revisions}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} bytes were added after the end of the file</source>
        <translatorcomment>REVIEW (native speaker): &apos;beit&apos; for bytes.</translatorcomment>
        <translation>ychwanegwyd {count} beit ar ôl diwedd y ffeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} changed in revision {number} of {revisions}</source>
        <translation>newidiwyd {what} yn niwygiad {number} o {revisions}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Altered after signing: {what}, after {signer} signed, and no one signed that change.</source>
        <translation>Newidiwyd ar ôl llofnodi: {what}, ar ôl i {signer} lofnodi, ac ni lofnododd neb y newid hwnnw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A signature field is left unsigned ({fields}): the report is unfinished or was cut back to an earlier revision.</source>
        <translation>Mae maes llofnod heb ei lofnodi ({fields}): mae&apos;r adroddiad heb ei orffen neu wedi&apos;i dorri&apos;n ôl i ddiwygiad cynharach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intact, but signed by a certificate this scheme did not issue ({signer}).</source>
        <translation>Yn gyfan, ond wedi&apos;i lofnodi â thystysgrif na chafodd ei chyhoeddi gan y cynllun hwn ({signer}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intact, but {signer} cannot vouch for it: {problem}.</source>
        <translatorcomment>REVIEW (native speaker): {problem} comes from the certificate check and is still in English.</translatorcomment>
        <translation>Yn gyfan, ond ni all {signer} warantu hynny: {problem}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intact, but {signer}&apos;s certificate is not trusted by this scheme.</source>
        <translation>Yn gyfan, ond nid yw&apos;r cynllun hwn yn ymddiried yn nhystysgrif {signer}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid: signed by the scheme&apos;s volunteers {names} on {moment}; unchanged since.</source>
        <translation>Dilys: wedi&apos;i lofnodi gan wirfoddolwyr y cynllun {names} ar {moment}; heb ei newid ers hynny.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not validly signed: {signer}&apos;s signature carries no time inside what it signs.</source>
        <translatorcomment>REVIEW (native speaker): Technical wording; check it reads naturally.</translatorcomment>
        <translation>Heb ei lofnodi&apos;n ddilys: nid oes amser yn llofnod {signer} y tu mewn i&apos;r hyn y mae&apos;n ei lofnodi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not validly signed: {signer}&apos;s signature claims {moment}, which is still to come.</source>
        <translation>Heb ei lofnodi&apos;n ddilys: mae llofnod {signer} yn honni {moment}, sydd eto i ddod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intact, but {signer} cannot vouch for it: it claims to be signed on {moment}, outside their certificate&apos;s validity ({start} to {end}).</source>
        <translatorcomment>REVIEW (native speaker): Long sentence; check &apos;gwarantu&apos; for vouch.</translatorcomment>
        <translation>Yn gyfan, ond ni all {signer} warantu hynny: mae&apos;n honni iddo gael ei lofnodi ar {moment}, y tu allan i gyfnod dilysrwydd eu tystysgrif ({start} i {end}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a report as icvapp makes it: it names {visitors} visitor(s) for {fields} signature field(s).</source>
        <translatorcomment>REVIEW (native speaker): Two counts, no plural forms: singular nouns after figures.</translatorcomment>
        <translation>Nid yw hwn yn adroddiad fel y mae icvapp yn ei greu: mae&apos;n enwi {visitors} ymwelydd ar gyfer {fields} maes llofnod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not validly signed: signature field {field} is signed by {signer}, who is not the visitor this report names for it.</source>
        <translation>Heb ei lofnodi&apos;n ddilys: mae maes llofnod {field} wedi&apos;i lofnodi gan {signer}, nad yw&apos;n ymwelydd y mae&apos;r adroddiad hwn yn ei enwi ar ei gyfer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not validly signed: signature fields {first} and {second} are both signed by {signer}; each field must be signed by a different person.</source>
        <translation>Heb ei lofnodi&apos;n ddilys: mae meysydd llofnod {first} a {second} ill dau wedi&apos;u llofnodi gan {signer}; rhaid i berson gwahanol lofnodi pob maes.</translation>
    </message>
    <message>
        <location filename="../../icvapp/sealing/verify.py" line="+43"/>
        <source>Valid: visit to {suite} on {date}, signed by the scheme&apos;s volunteers {names}; unchanged since.</source>
        <translation>Dilys: ymweliad â {suite} ar {date}, wedi&apos;i lofnodi gan wirfoddolwyr y cynllun {names}; heb ei newid ers hynny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed at {moment} by {name}</source>
        <translation>Llofnodwyd ar {moment} gan {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is not a PDF. Submission files can only be checked in the scheme office&apos;s icvapp, which holds the key that opens them.</source>
        <translation>Nid PDF yw hwn. Dim ond yn icvapp swyddfa&apos;r cynllun y gellir gwirio ffeiliau cyflwyno, gan mai yno y mae&apos;r allwedd sy&apos;n eu hagor.</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <location filename="../../icvapp/reports/visit_findings.py" line="+20"/>
        <source>Yes, with consent</source>
        <translation>Do, gyda chaniatâd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allegation of ill-treatment</source>
        <translation>Honiad o gam-drin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not resolved</source>
        <translation>heb ei ddatrys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved during visit</source>
        <translation>datryswyd yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution not recorded</source>
        <translation>datrysiad heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue raised — {state}</source>
        <translation>Mater wedi&apos;i godi — {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not met:</source>
        <translatorcomment>REVIEW (native speaker): Entitlements not met (plural).</translatorcomment>
        <translation>Heb eu bodloni:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vulnerable:</source>
        <translation>Agored i niwed:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Requests by category</source>
        <translation>Ceisiadau fesul categori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No requests recorded.</source>
        <translation>Ni chofnodwyd unrhyw geisiadau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="-57"/>
        <location filename="../../icvapp/reports/visit_story.py" line="+142"/>
        <location line="+134"/>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../icvapp/reports/visit_story.py" line="-29"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issues raised with staff</source>
        <translation>Materion a godwyd gyda staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No issues were raised.</source>
        <translation>Ni chodwyd unrhyw faterion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not resolved during the visit</source>
        <translation>Heb ei ddatrys yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution not recorded</source>
        <translation>Datrysiad heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved during the visit</source>
        <translation>Datryswyd yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{index}. Custody no. {number}</source>
        <translation>{index}. Rhif y ddalfa {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cell {cell}</source>
        <translation>cell {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allegation of ill-treatment. This must be escalated to the scheme co-ordinator.</source>
        <translation>Honiad o gam-drin. Rhaid uwchgyfeirio hyn at gydlynydd y cynllun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue</source>
        <translation>Mater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff response</source>
        <translation>Ymateb y staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Suite inspection</source>
        <translation>Archwilio&apos;r ddalfa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The suite was not inspected on this visit.</source>
        <translation>Ni chafodd y ddalfa ei harchwilio ar yr ymweliad hwn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Area</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was found</source>
        <translation>Beth a ganfuwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No note</source>
        <translation>Dim nodyn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No issues found in the areas inspected.</source>
        <translation>Ni chanfuwyd unrhyw faterion yn y mannau a archwiliwyd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In good order</source>
        <translation>Mewn cyflwr da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Heb eu gwirio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Findings discussed before leaving</source>
        <translation>Canfyddiadau a drafodwyd cyn gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rheng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <extracomment>The custody officer&apos;s warrant or collar number.</extracomment>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their response:</source>
        <translation>Eu hymateb:</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_pdf.py" line="+59"/>
        <source>Independent custody visit</source>
        <translation>Ymweliad annibynnol â&apos;r ddalfa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confidential: contains custody numbers</source>
        <translation>Cyfrinachol: yn cynnwys rhifau&apos;r ddalfa</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_signoff.py" line="+20"/>
        <source>Sign-off</source>
        <translatorcomment>REVIEW (native speaker): &apos;Cymeradwyo&apos; for sign-off (approval by signing) — check.</translatorcomment>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The custody officer&apos;s acknowledgement has not been recorded yet.</source>
        <translation>Nid yw cydnabyddiaeth swyddog y ddalfa wedi&apos;i chofnodi eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Acknowledged by&lt;/b&gt; {name}, {rank} {number}, at {moment}.</source>
        <translatorcomment>REVIEW (native speaker): {rank} is typed by the visitor (e.g. &apos;Rhingyll&apos;).</translatorcomment>
        <translation>&lt;b&gt;Cydnabuwyd gan&lt;/b&gt; {name}, {rank} {number}, am {moment}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No signature was drawn.</source>
        <translation>Ni luniwyd llofnod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Visitors:&lt;/b&gt; not yet signed. Only a sealed report carries the visitors&apos; signatures.</source>
        <translation>&lt;b&gt;Ymwelwyr:&lt;/b&gt; heb lofnodi eto. Dim ond adroddiad wedi&apos;i selio sy&apos;n cario llofnodion yr ymwelwyr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed digitally on {moment} UTC</source>
        <translation>Llofnodwyd yn ddigidol ar {moment} UTC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Visitors&apos; sign-off.&lt;/b&gt; Each visitor confirms this report is a true account of the visit.</source>
        <translatorcomment>REVIEW (native speaker): &apos;Cymeradwyaeth&apos; for sign-off — check.</translatorcomment>
        <translation>&lt;b&gt;Cymeradwyaeth yr ymwelwyr.&lt;/b&gt; Mae pob ymwelydd yn cadarnhau bod yr adroddiad hwn yn gofnod cywir o&apos;r ymweliad.</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_story.py" line="-211"/>
        <source>Custody visit report</source>
        <translation>Adroddiad ymweliad â&apos;r ddalfa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Observations</source>
        <translation>Arsylwadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive comments</source>
        <translation>Sylwadau cadarnhaol</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Suite not recorded</source>
        <translation>Dalfa heb ei chofnodi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visit no. {number}</source>
        <translation>Ymweliad rhif {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DRAFT — this report has not been completed. Details may be missing and may still change.</source>
        <translation>DRAFFT — nid yw&apos;r adroddiad hwn wedi&apos;i gwblhau. Gall manylion fod ar goll a gallant newid o hyd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>reason not recorded</source>
        <translation>rheswm heb ei gofnodi</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Visit abandoned: {reason}.</source>
        <translation>Gadawyd yr ymweliad: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No detainees were seen and the suite was not inspected.</source>
        <translation>Ni welwyd unrhyw un yn y ddalfa ac ni chafodd y ddalfa ei harchwilio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation details were removed on {date} under the scheme&apos;s retention period; the counts remain. This printout is not the signed original.</source>
        <translatorcomment>REVIEW (native speaker): Retention wording — check &apos;cyfnod cadw&apos;.</translatorcomment>
        <translation>Dilëwyd manylion y sgyrsiau ar {date} yn unol â chyfnod cadw&apos;r cynllun; mae&apos;r cyfrifon yn aros. Nid y gwreiddiol a lofnodwyd yw&apos;r allbrint hwn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>version {number}</source>
        <translation>fersiwn {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{version}, signed {date}</source>
        <translation>{version}, llofnodwyd {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amended report — version {number}. It corrects {earlier}, which stays on record unchanged. Reason: {reason}</source>
        <translation>Adroddiad diwygiedig — fersiwn {number}. Mae&apos;n cywiro {earlier}, sy&apos;n aros ar gofnod heb ei newid. Rheswm: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed: {fields}.</source>
        <translation>Newidiwyd: {fields}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In custody</source>
        <translation>Yn y ddalfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+135"/>
        <source>Seen</source>
        <translation>Gwelwyd</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Issues</source>
        <translation>Materion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translatorcomment>REVIEW (native speaker): Headline figure label: issues not resolved.</translatorcomment>
        <translation>Heb eu datrys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suite issues</source>
        <translatorcomment>REVIEW (native speaker): Headline figure label: issues found inspecting the suite.</translatorcomment>
        <translation>Materion y ddalfa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allegations</source>
        <translation>Honiadau</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n cell(s)</source>
        <translatorcomment>REVIEW (native speaker): Qt&apos;s five Welsh forms: 0 | 1 | 2–5 | 6 | other. Digits take the unmutated singular (1 cell, 2 cell, 6 cell) — check.</translatorcomment>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cell</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} and {second}</source>
        <translation>{first} a {second}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visited alone:</source>
        <translatorcomment>REVIEW (native speaker): Gendered &apos;ar ei ben ei hun&apos;.</translatorcomment>
        <translation>Ymwelodd ar ei ben ei hun:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{duration} wait</source>
        <translatorcomment>REVIEW (native speaker): e.g. &apos;(aros 45 mun)&apos; after the time admitted.</translatorcomment>
        <translation>aros {duration}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../icvapp/reports/visit_wording.py" line="+15"/>
        <source>Abandoned</source>
        <translation>Wedi&apos;i adael</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsatisfactory</source>
        <translation>Anfoddhaol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfactory</source>
        <translation>Boddhaol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not rated (visit abandoned)</source>
        <translation>Dim sgôr (ymweliad wedi&apos;i adael)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suite</source>
        <translation>Dalfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors</source>
        <translation>Ymwelwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How visited</source>
        <translatorcomment>REVIEW (native speaker): In person or telephone monitoring.</translatorcomment>
        <translation>Dull yr ymweliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrived</source>
        <extracomment>Label beside the time the visitors arrived at the suite, e.g. &quot;22:40&quot;.</extracomment>
        <translatorcomment>REVIEW (native speaker): Time the visitors arrived; key-value label (verb-noun).</translatorcomment>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted</source>
        <translatorcomment>REVIEW (native speaker): Time the visitors were admitted to the suite; key-value label.</translatorcomment>
        <translation>Mynediad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <extracomment>Label beside the time the visitors left the suite, e.g. &quot;00:50 (next day)&quot;.</extracomment>
        <translatorcomment>REVIEW (native speaker): Time the visitors left; key-value label (verb-noun).</translatorcomment>
        <translation>Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Delay in admission:&lt;/b&gt; the visitors waited {duration} before being admitted to the suite.</source>
        <translation>&lt;b&gt;Oedi cyn cael mynediad:&lt;/b&gt; bu&apos;r ymwelwyr yn aros {duration} cyn cael mynediad i&apos;r ddalfa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Delay in admission:&lt;/b&gt; the visitors waited before being admitted to the suite.</source>
        <translation>&lt;b&gt;Oedi cyn cael mynediad:&lt;/b&gt; bu&apos;r ymwelwyr yn aros cyn cael mynediad i&apos;r ddalfa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visit details</source>
        <translation>Manylion yr ymweliad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Detainees at the time of the visit</source>
        <translation>Pobl yn y ddalfa adeg yr ymweliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No counts recorded.</source>
        <translation>Ni chofnodwyd unrhyw gyfrifon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>% seen of offered</source>
        <translatorcomment>REVIEW (native speaker): Row label under the detainee counts.</translatorcomment>
        <translation>% a welwyd o&apos;r rhai a gafodd gynnig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A blank cell means the figure was not recorded.</source>
        <translation>Mae cell wag yn golygu na chofnodwyd y ffigur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversations with detainees</source>
        <translation>Sgyrsiau gyda phobl yn y ddalfa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conversations recorded.</source>
        <translation>Ni chofnodwyd unrhyw sgyrsiau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custody no.</source>
        <translation>Rhif y ddalfa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points to note</source>
        <translation>Pwyntiau i&apos;w nodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location filename="../../icvapp/reports/visit_wording.py" line="-1"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date not recorded</source>
        <translation>Dyddiad heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h</source>
        <translation>{hours} awr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{time} (next day)</source>
        <translation>{time} (drannoeth)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time} on {date}</source>
        <translation>{time} ar {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{date} at {time}</source>
        <translation>{date} am {time}</translation>
    </message>
</context>
</TS>
