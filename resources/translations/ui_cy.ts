<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActivityBox</name>
    <message>
        <location filename="../../ui/activities_section.py" line="+32"/>
        <source>Not recorded</source>
        <extracomment>Tick boxes per row: the methods seen read across, as on the paper form.</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{activity}: observed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{activity}: wedi&apos;i arsylwi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{activity}: {choice}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{activity}: {choice}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{activity}: note</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{activity}: nodyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wedi&apos;i arsylwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (no names)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nodyn (dim enwau)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What you saw</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Yr hyn a welsoch</translation>
    </message>
</context>
<context>
    <name>AssignPairDialog</name>
    <message>
        <location filename="../../ui/rota_view.py" line="+74"/>
        <source>Assign a pair</source>
        <translation>Pennu pâr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{place}&lt;/b&gt; — {when}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;{place}&lt;/b&gt; — {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pair choose the day and time themselves and tell no one, so the visit stays unannounced.</source>
        <translatorcomment>REVIEW: &apos;dirybudd&apos; for unannounced (visit).</translatorcomment>
        <translation>Mae&apos;r pâr yn dewis y diwrnod a&apos;r amser eu hunain ac yn dweud wrth neb, felly mae&apos;r ymweliad yn aros yn ddirybudd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (not active then)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{name} (ddim yn weithredol bryd hynny)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>No one</source>
        <translation>Neb</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>First visitor</source>
        <translation>Ymwelydd cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second visitor</source>
        <translation>Ail ymwelydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First visitor</source>
        <translation>Y&amp;mwelydd cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second visitor</source>
        <translation>Ail ymw&amp;elydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with the pair</source>
        <translation>Problem gyda&apos;r pâr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign this pair</source>
        <translation>Pennu&apos;r pâr hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Pennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel without changing the rota</source>
        <translation>Canslo heb newid y rota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear the pair</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Clirio&apos;r pâr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the pair off the rota here</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Tynnu&apos;r pâr oddi ar y rota yma</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <location filename="../../ui/chart_table.py" line="+131"/>
        <source>Per cent</source>
        <translation>Y cant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (table)</source>
        <translation>{title} (tabl)</translation>
    </message>
</context>
<context>
    <name>CloseOutSection</name>
    <message>
        <location filename="../../ui/closeout_section.py" line="+26"/>
        <source>{staff} the findings were discussed with</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{staff} y trafodwyd y canfyddiadau ag ef neu hi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{staff}&apos;s name</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Enw {staff}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{staff}&apos;s rank</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rheng {staff}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{staff}&apos;s number</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhif {staff}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{staff}&apos;s response</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymateb {staff}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;k</source>
        <translation>&amp;Rheng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber</source>
        <translation>Rh&amp;if</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ponse</source>
        <translation>Yma&amp;teb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overall observations</source>
        <translation>Sylwadau cyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive comments</source>
        <translation>Sylwadau cadarnhaol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall &amp;observations</source>
        <translation>&amp;Sylwadau cyffredinol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positive &amp;comments about staff or the {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Sylwadau cadarnha&amp;ol am y staff neu&apos;r {place}</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../ui/conversations.py" line="+38"/>
        <location filename="../../ui/widgets.py" line="+159"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No — raised</source>
        <translation>Na — wedi&apos;i godi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <location filename="../../ui/conversations.py" line="+22"/>
        <source>— (seen)</source>
        <translation>— (wedi&apos;i weld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Reason not seen</source>
        <translation>Rheswm dros beidio â gweld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked</source>
        <translation>Heb ei wirio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests made</source>
        <translation>Ceisiadau a wnaed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Issue raised with staff</source>
        <translation>Mater a godwyd gyda&apos;r staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff response</source>
        <translation>Ymateb y staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved during the visit</source>
        <translation>Wedi&apos;i ddatrys yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue</source>
        <translation>&amp;Mater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff &amp;response</source>
        <translation>&amp;Ymateb y staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved during visit</source>
        <translation>Wedi&apos;i ddatrys yn ystod yr ymweliad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{allegation} (always escalated)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{allegation} (bob amser yn cael ei uwchgyfeirio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other notes on this conversation</source>
        <translation>Nodiadau eraill ar y sgwrs hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other notes (no names)</source>
        <translation>Nodiadau eraill (dim enwau)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{group}: {choice}</source>
        <translation>{group}: {choice}</translation>
    </message>
</context>
<context>
    <name>ConversationsSection</name>
    <message>
        <location line="+64"/>
        <source>One entry per {subject}, by {identifier}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Un cofnod ar gyfer pob {subject}, yn ôl {identifier}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add {subject}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ychwaneg&amp;u {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add {subject}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ychwanegu {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected entry</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Tynnu&apos;r cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no {identifier} yet)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>(dim {identifier} eto)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>One entry per {subject} you saw or asked to see. {hint}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Un cofnod ar gyfer pob {subject} a welsoch neu y gofynnoch am ei weld. {hint}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The selected entry</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{position}. {identifier}</source>
        <translation>{position}. {identifier}</translation>
    </message>
</context>
<context>
    <name>CountsSection</name>
    <message>
        <location filename="../../ui/counts_grid.py" line="+127"/>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cyfanswm&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>total</source>
        <translation>cyfanswm</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Share seen</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cyfran a welwyd</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{stage}, {group}</source>
        <translation>{stage}, {group}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share of those offered who were seen</source>
        <translation>Cyfran y rhai a gafodd gynnig ac a welwyd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{counts}. Leave a box blank if you did not record it; enter 0 for none.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{counts}. Gadewch flwch yn wag os na wnaethoch ei gofnodi; rhowch 0 am ddim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each group has a column of its own; each total is worked out from them as you type.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae gan bob grŵp ei golofn ei hun; caiff pob cyfanswm ei gyfrifo ohonynt wrth i chi deipio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each group has a column of its own; together they make the total.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae gan bob grŵp ei golofn ei hun; gyda&apos;i gilydd maent yn gwneud y cyfanswm.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Seen: {seen} of {offered} offered ({share}).</source>
        <translation>Wedi&apos;u gweld: {seen} o&apos;r {offered} a gafodd gynnig ({share}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stage}: {seen} of {offered} ({share}).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}: {seen} o {offered} ({share}).</translation>
    </message>
</context>
<context>
    <name>CoverageGrid</name>
    <message>
        <location filename="../../ui/coverage_grid.py" line="+24"/>
        <source>Visited</source>
        <translation>Wedi ymweld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Wedi&apos;i golli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned only</source>
        <translation>Wedi&apos;i adael yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not expected</source>
        <translation>Heb ei ddisgwyl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to come</source>
        <translation>I ddod</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{place}, {month}: {state}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}, {month}: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}, fortnight from {week}: {state}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}, pythefnos o {week}: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}, week of {week}: {state}</source>
        <translation>{place}, wythnos {week}: {state}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fortnight from Monday {week}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pythefnos o ddydd Llun {week}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of Monday {week}</source>
        <translation>Wythnos dydd Llun {week}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Coverage by place and period</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cwmpas yn ôl lle a chyfnod</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{place}: {covered} weeks visited, {missed} missed, {closed} closed</source>
        <translation>{place}: {covered} wythnos wedi ymweld, {missed} wedi&apos;u colli, {closed} ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: {covered} fortnights visited, {missed} missed, {closed} closed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}: {covered} pythefnos ag ymweliad, {missed} wedi&apos;u colli, {closed} ar gau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place}: {covered} months visited, {missed} missed, {closed} closed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}: {covered} mis ag ymweliad, {missed} wedi&apos;u colli, {closed} ar gau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key to the coverage grid</source>
        <translation>Allwedd i&apos;r grid cwmpas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key:</source>
        <translation>Allwedd:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="+89"/>
        <source>Working out the figures…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key figures</source>
        <translation>Ffigurau allweddol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Period to show</source>
        <translation>Cyfnod i&apos;w ddangos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Financial year {label}</source>
        <translation>Blwyddyn ariannol {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates…</source>
        <translation>Dyddiadau penodol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period</source>
        <translation>&amp;Cyfnod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>O&apos;r dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Hyd at y dyddiad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the custom dates</source>
        <translation>Dangos y dyddiadau penodol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts as &amp;tables</source>
        <translation>Siartiau fel &amp;tablau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every chart as a table of its figures</source>
        <translation>Dangos pob siart fel tabl o&apos;i ffigurau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Board PDF…</source>
        <translation>PDF y &amp;Bwrdd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the Board report as PDF</source>
        <translation>Allforio adroddiad y Bwrdd fel PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the Board report</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Iaith adroddiad y Bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Board report is written in English unless you choose another language the scheme offers.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Caiff adroddiad y Bwrdd ei ysgrifennu yn Saesneg oni bai eich bod yn dewis iaith arall y mae&apos;r cynllun yn ei chynnig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report &amp;language</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Iaith yr adroddiad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;SV…</source>
        <translation>C&amp;SV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the figures as CSV</source>
        <translation>Allforio&apos;r ffigurau fel CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;XLSX…</source>
        <translation>&amp;XLSX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the figures as an Excel workbook</source>
        <translation>Allforio&apos;r ffigurau fel llyfr gwaith Excel</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{start} to {end}</source>
        <translation>{start} i {end}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working out the figures for {period}…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau ar gyfer {period}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be worked out: {error}</source>
        <translation>Nid oedd modd cyfrifo&apos;r ffigurau: {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;{period}&lt;/b&gt; — &lt;b&gt;{visits}&lt;/b&gt; visits (target {target})</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;{period}&lt;/b&gt; — &lt;b&gt;{visits}&lt;/b&gt; ymweliad (targed {target})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{requests}&lt;/b&gt; requests</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;{requests}&lt;/b&gt; cais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{raised}&lt;/b&gt; issues raised (&lt;b&gt;{still_open}&lt;/b&gt; still open)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;{raised}&lt;/b&gt; mater wedi&apos;u codi (&lt;b&gt;{still_open}&lt;/b&gt; yn dal ar agor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} volunteer hours</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{hours} awr gwirfoddoli</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>w/c {week}</source>
        <translatorcomment>REVIEW: &apos;w/d&apos; (wythnos yn dechrau) for &apos;week commencing&apos;: check the usual Welsh abbreviation.</translatorcomment>
        <translation>w/d {week}</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+217"/>
        <source>Weeks missed — {weeks}</source>
        <translation>Wythnosau a gollwyd — {weeks}</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Mon</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Llun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Maw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Iau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Gwe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Sad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Sul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Coverage week by week&lt;/b&gt;</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;Cwmpas wythnos wrth wythnos&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of expected weeks visited</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>o&apos;r wythnosau disgwyliedig ag ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks visited (%)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wythnosau ag ymweliad (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Coverage fortnight by fortnight&lt;/b&gt;</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;Cwmpas bob pythefnos&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of expected fortnights visited</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>o&apos;r pythefnosau disgwyliedig ag ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortnights visited (%)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pythefnosau ag ymweliad (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortnights missed — {weeks}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pythefnosau a gollwyd — {weeks}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Coverage month by month&lt;/b&gt;</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;Cwmpas fis wrth fis&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of expected months visited</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>o&apos;r misoedd disgwyliedig ag ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months visited (%)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Misoedd ag ymweliad (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months missed — {weeks}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Misoedd a gollwyd — {weeks}</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>{subjects} at the time of visits</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{subjects} adeg yr ymweliadau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests by category</source>
        <translation>Ceisiadau yn ôl categori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits by day of the week</source>
        <translation>Ymweliadau yn ôl diwrnod yr wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits by time of arrival</source>
        <translation>Ymweliadau yn ôl amser cyrraedd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the figures as {format}</source>
        <translation>Allforio&apos;r ffigurau fel {format}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote {file}</source>
        <translation>Ysgrifennwyd {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the Board report</source>
        <translation>Allforio adroddiad y Bwrdd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing and signing the Board report…</source>
        <translation>Wrthi&apos;n ysgrifennu a llofnodi adroddiad y Bwrdd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the Board report…</source>
        <translation>Wrthi&apos;n ysgrifennu adroddiad y Bwrdd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {file} (signed by the co-ordinator)</source>
        <translation>Ysgrifennwyd {file} (wedi&apos;i lofnodi gan y cydlynydd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {file} (not signed)</source>
        <translation>Ysgrifennwyd {file} (heb ei lofnodi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the Board report was not written, and {file} was left as it was.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wedi&apos;i ganslo: ni chafodd adroddiad y Bwrdd ei ysgrifennu, a gadawyd {file} fel yr oedd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: the Board report was not written.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wedi&apos;i ganslo: ni chafodd adroddiad y Bwrdd ei ysgrifennu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign the Board report</source>
        <translation>Llofnodi adroddiad y Bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, type your signing PIN to sign the report (Cancel to export unsigned):</source>
        <translation>{name}, teipiwch eich PIN llofnodi i lofnodi&apos;r adroddiad (Canslo i allforio heb lofnod):</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../ui/details_section.py" line="+35"/>
        <source>Date of visit</source>
        <translation>Dyddiad yr ymweliad</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>First visitor</source>
        <translation>Ymwelydd cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second visitor</source>
        <translation>Ail ymwelydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why one visitor was alone</source>
        <translation>Pam roedd un ymwelydd ar ei ben ei hun</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Only if one visitor left or could not attend</source>
        <translation>Dim ond os gadawodd un ymwelydd neu os nad oedd yn gallu dod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival time</source>
        <translation>Amser cyrraedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time admitted</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Amser cael mynediad</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose a {place}…</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Dewiswch {place}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Departure time</source>
        <translation>Amser gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit went past midnight</source>
        <translation>Aeth yr ymweliad heibio hanner nos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the visit was made</source>
        <translation>Sut cynhaliwyd yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandoned or unsuccessful</source>
        <translation>Wedi&apos;i adael neu&apos;n aflwyddiannus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason…</source>
        <translation>Dewiswch reswm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason the visit was abandoned</source>
        <translation>Y rheswm y gadawyd yr ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfactory</source>
        <translation>Boddhaol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsatisfactory</source>
        <translation>Anfoddhaol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated yet</source>
        <translation>Heb ei raddio eto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall rating</source>
        <translation>Gradd gyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Record the admission delay as a finding</source>
        <translatorcomment>REVIEW: &apos;oedi cyn cael mynediad&apos; for the wait before visitors are let into the suite.</translatorcomment>
        <translation>Cofnodi&apos;r oedi cyn cael mynediad fel canfyddiad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrived</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the arrival time to now</source>
        <translation>Gosod yr amser cyrraedd i nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Admitted</source>
        <translation>Mynediad</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Set the time admitted to now</source>
        <translation>Gosod yr amser cael mynediad i nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Gadael</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the departure time to now</source>
        <translation>Gosod yr amser gadael i nawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Date</source>
        <translation>Dydd&amp;iad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;irst visitor</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); mnemonic C kept from the earlier translation.</translatorcomment>
        <translation>Y&amp;mwelydd cyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seco&amp;nd visitor</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); mnemonic A kept from the earlier translation.</translatorcomment>
        <translation>Ail ymw&amp;elydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lone visitor note</source>
        <translation>Nodyn ymwelydd unigol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Amseroedd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mode</source>
        <translation>D&amp;ull</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outcome</source>
        <translation>C&amp;anlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason abandoned</source>
        <translation>Rheswm dros adael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rating</source>
        <translation>G&amp;radd</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{place} (inactive)</source>
        <translation>{place} (anweithredol)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{field}: &apos;{text}&apos; is not a time; type it like 21:30.</source>
        <translation>{field}: nid yw &apos;{text}&apos; yn amser; teipiwch ef fel 21:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrival</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departure</source>
        <translation>Gadael</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+64"/>
        <source>Welcome to icvapp</source>
        <translation>Croeso i icvapp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language icvapp speaks; you can change it later in View ▸ Language</source>
        <translation>Yr iaith y mae icvapp yn ei defnyddio; gallwch ei newid yn nes ymlaen yn Golwg ▸ Iaith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language / Iaith</source>
        <translation>&amp;Iaith / Language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How would you like to start?</source>
        <translation>Sut hoffech chi ddechrau?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample places, volunteers and visits</source>
        <translatorcomment>REVIEW: reworded for every kind of scheme; translated by the developers.</translatorcomment>
        <translation>Lleoedd, gwirfoddolwyr ac ymweliadau enghreifftiol</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>I&apos;m a &amp;volunteer joining my scheme</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); &apos;gwirfoddolwr&apos; mutated after &apos;yn&apos;.</translatorcomment>
        <translation>Rwy&apos;n &amp;wirfoddolwr sy&apos;n ymuno â&apos;m cynllun</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>New scheme</source>
        <extracomment>A language code; the dialog is then rebuilt in that language.</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cynllun newydd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;Record visits, find them again and export reports. Everything you enter is encrypted on this computer.&lt;/p&gt;</source>
        <translatorcomment>REVIEW: reworded for every kind of scheme; translated by the developers.</translatorcomment>
        <translation>&lt;p&gt;Cofnodwch ymweliadau, dewch o hyd iddynt eto ac allforiwch adroddiadau. Mae popeth rydych yn ei roi i mewn wedi&apos;i amgryptio ar y cyfrifiadur hwn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I&apos;m a volunteer joining my scheme</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Rwy&apos;n wirfoddolwr sy&apos;n ymuno â&apos;m cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join with the scheme file your scheme office gave you</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Ymuno gyda&apos;r ffeil cynllun a roddodd swyddfa&apos;ch cynllun i chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;run a scheme office</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Rwy&apos;n &amp;rhedeg swyddfa cynllun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I run a scheme office</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Rwy&apos;n rhedeg swyddfa cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new scheme: the places visited, volunteers, the rota and signing certificates</source>
        <translatorcomment>REVIEW: reworded for every kind of scheme; translated by the developers.</translatorcomment>
        <translation>Dechrau cynllun newydd: y lleoedd yr ymwelir â hwy, gwirfoddolwyr, y rota a thystysgrifau llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Explore the demo</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); &apos;enghraifft&apos; for the demo scheme.</translatorcomment>
        <translation>&amp;Archwilio&apos;r enghraifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explore the demo scheme</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Archwilio&apos;r cynllun enghreifftiol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheme name</source>
        <translation>Enw&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Leicestershire ICV Scheme</source>
        <translatorcomment>REVIEW: Example scheme name: a Welsh force area reads better here; check the usual name of a Welsh ICV scheme.</translatorcomment>
        <translation>e.e. Cynllun Ymwelwyr Annibynnol â&apos;r Ddalfa Dyfed-Powys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of scheme</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Math o gynllun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kin&amp;d of scheme</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Math o gynllun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then the scheme file from your office, your name and a signing PIN.</source>
        <translatorcomment>REVIEW: new string; the volunteer door&apos;s next steps.</translatorcomment>
        <translation>Yna&apos;r ffeil cynllun gan eich swyddfa, eich enw a PIN llofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample places, volunteers and visits, to try everything out.</source>
        <translatorcomment>REVIEW: reworded for every kind of scheme; translated by the developers.</translatorcomment>
        <translation>Lleoedd, gwirfoddolwyr ac ymweliadau enghreifftiol, i roi cynnig ar bopeth.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;Start another scheme beside the ones kept here. Its data is encrypted with a key of its own; you can switch between schemes in File ▸ Switch scheme.&lt;/p&gt;</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;p&gt;Dechreuwch gynllun arall wrth ochr y rhai a gedwir yma. Caiff ei ddata ei amgryptio ag allwedd ei hun; gallwch newid rhwng cynlluniau yn Ffeil ▸ Newid cynllun.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>The new scheme</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y cynllun newydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>How should the data be protected?</source>
        <translation>Sut dylid diogelu&apos;r data?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this computer&apos;s &amp;keychain (recommended)</source>
        <translation>Defnyddio &amp;cadwyn allweddi&apos;r cyfrifiadur hwn (argymhellir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect with the system keychain</source>
        <translation>Diogelu gyda chadwyn allweddi&apos;r system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A random key kept in the keychain; nothing to type</source>
        <translation>Allwedd ar hap wedi&apos;i chadw yn y gadwyn allweddi; dim i&apos;w deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a &amp;passphrase that I type each time</source>
        <translation>Defnyddio cyfrinymadrodd rwy&apos;n ei dei&amp;pio bob tro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect with a passphrase</source>
        <translation>Diogelu gyda chyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer has no keychain that icvapp can use, so your data will be protected by a passphrase. Keep it safe: without it the data cannot be read.</source>
        <translation>Nid oes gan y cyfrifiadur hwn gadwyn allweddi y gall icvapp ei defnyddio, felly bydd eich data wedi&apos;i ddiogelu gan gyfrinymadrodd. Cadwch ef yn ddiogel: hebddo ni ellir darllen y data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A random key is kept in the keychain: nothing to type.</source>
        <translation>Caiff allwedd ar hap ei chadw yn y gadwyn allweddi: dim i&apos;w deipio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Ailadrodd y cyfrinymadrodd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n character(s)</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>O leiaf %n nod</numerusform>
            <numerusform>O leiaf %n nod</numerusform>
            <numerusform>O leiaf %n nod</numerusform>
            <numerusform>O leiaf %n nod</numerusform>
            <numerusform>O leiaf %n nod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat</source>
        <translation>Ailadrodd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data folder: {folder}</source>
        <translation>Ffolder data: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the choices</source>
        <translation>Problem gyda&apos;r dewisiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Creu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter your scheme&apos;s name.</source>
        <translation>Rhowch enw eich cynllun.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The passphrase needs at least %n character(s).</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>InspectionSection</name>
    <message>
        <location filename="../../ui/inspection_section.py" line="+25"/>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked</source>
        <translation>Heb ei wirio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue found</source>
        <translation>Mater wedi&apos;i ganfod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{area}: finding</source>
        <translation>{area}: canfyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{area}: category</source>
        <translation>{area}: categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area}: note</source>
        <translation>{area}: nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you found</source>
        <translation>Beth wnaethoch chi ei ganfod</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message numerus="yes">
        <location filename="../../ui/integrity.py" line="+38"/>
        <source>the audit log (%n entries)</source>
        <translatorcomment>REVIEW: Count of audit-log entries; &apos;cofnod&apos; (entry) after a numeral stays singular. Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>y log archwilio (%n cofnod)</numerusform>
            <numerusform>y log archwilio (%n cofnod)</numerusform>
            <numerusform>y log archwilio (%n cofnod)</numerusform>
            <numerusform>y log archwilio (%n cofnod)</numerusform>
            <numerusform>y log archwilio (%n cofnod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checked: {audit_log} and %n sealed visit(s) match their signatures.</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Wedi gwirio: mae {audit_log} a %n ymweliad wedi&apos;i selio yn cyfateb i&apos;w llofnodion.</numerusform>
            <numerusform>Wedi gwirio: mae {audit_log} a %n ymweliad wedi&apos;i selio yn cyfateb i&apos;w llofnodion.</numerusform>
            <numerusform>Wedi gwirio: mae {audit_log} a %n ymweliad wedi&apos;i selio yn cyfateb i&apos;w llofnodion.</numerusform>
            <numerusform>Wedi gwirio: mae {audit_log} a %n ymweliad wedi&apos;i selio yn cyfateb i&apos;w llofnodion.</numerusform>
            <numerusform>Wedi gwirio: mae {audit_log} a %n ymweliad wedi&apos;i selio yn cyfateb i&apos;w llofnodion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log is broken</source>
        <translation>Mae&apos;r log archwilio wedi torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sealed visit no longer matches its signatures</source>
        <translation>Nid yw ymweliad wedi&apos;i selio yn cyfateb i&apos;w lofnodion mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {what}: {first}. Tell the scheme office; run &apos;icvapp audit verify&apos; for the full list.</source>
        <translation>⚠ {what}: {first}. Rhowch wybod i swyddfa&apos;r cynllun; rhedwch &apos;icvapp audit verify&apos; i gael y rhestr lawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity warning</source>
        <translation>Rhybudd cywirdeb</translation>
    </message>
</context>
<context>
    <name>IssueDetail</name>
    <message>
        <location filename="../../ui/issue_detail.py" line="+32"/>
        <source>Follow-up</source>
        <translatorcomment>REVIEW: &apos;Camau dilynol&apos; for an issue&apos;s follow-up by the office.</translatorcomment>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected issue</source>
        <translation>Y mater a ddewiswyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the visitors reported</source>
        <translation>Beth adroddodd yr ymwelwyr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue category</source>
        <translation>Categori&apos;r mater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to</source>
        <translatorcomment>REVIEW: &apos;uwchgyfeirio&apos; for escalate: check against police Welsh usage.</translatorcomment>
        <translation>Wedi&apos;i uwchgyfeirio at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police response</source>
        <translation>Ymateb yr heddlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the police said or did, and when</source>
        <translation>Beth ddywedodd neu a wnaeth yr heddlu, a phryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required to close the issue</source>
        <translation>Angen i gau&apos;r mater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to close: what was done, and is the office satisfied?</source>
        <translation>Angen i&apos;w gau: beth a wnaed, ac a yw&apos;r swyddfa&apos;n fodlon?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the follow-up</source>
        <translation>Problem gyda&apos;r camau dilynol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save follo&amp;w-up</source>
        <translation>Cadw&apos;r camau &amp;dilynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the category, escalation and police response</source>
        <translatorcomment>REVIEW: &apos;uwchgyfeirio&apos; for escalate: check against police Welsh usage.</translatorcomment>
        <translation>Cadw&apos;r categori, yr uwchgyfeirio ac ymateb yr heddlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose issue</source>
        <translation>C&amp;au&apos;r mater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the issue with the outcome recorded</source>
        <translation>Cau&apos;r mater gyda&apos;r canlyniad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Ailagor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen this closed issue</source>
        <translation>Ailagor y mater hwn sydd wedi&apos;i gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the v&amp;isit report</source>
        <translation>Agor yr adroddiad &amp;ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the visit report that raised this</source>
        <translation>Agor yr adroddiad ymweliad a gododd hyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The visitors reported</source>
        <translation>Adroddodd yr ymwelwyr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc&amp;alated to</source>
        <translatorcomment>REVIEW: &apos;uwchgyfeirio&apos; for escalate: check against police Welsh usage.</translatorcomment>
        <translation>Wedi&apos;i &amp;uwchgyfeirio at</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Police response</source>
        <translation>Ymateb yr &amp;heddlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outco&amp;me</source>
        <translation>C&amp;anlyniad</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No issue selected.</source>
        <translation>Dim mater wedi&apos;i ddewis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>closed on {date}</source>
        <translation>wedi&apos;i gau ar {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>open %n day(s) — overdue for follow-up</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>ar agor %n diwrnod — yn hwyr ar gyfer camau dilynol</numerusform>
            <numerusform>ar agor %n diwrnod — yn hwyr ar gyfer camau dilynol</numerusform>
            <numerusform>ar agor %n diwrnod — yn hwyr ar gyfer camau dilynol</numerusform>
            <numerusform>ar agor %n diwrnod — yn hwyr ar gyfer camau dilynol</numerusform>
            <numerusform>ar agor %n diwrnod — yn hwyr ar gyfer camau dilynol</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>open %n day(s)</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>ar agor %n diwrnod</numerusform>
            <numerusform>ar agor %n diwrnod</numerusform>
            <numerusform>ar agor %n diwrnod</numerusform>
            <numerusform>ar agor %n diwrnod</numerusform>
            <numerusform>ar agor %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} · {where} · raised {date} · {state}</source>
        <translation>{place} · {where} · codwyd {date} · {state}</translation>
    </message>
</context>
<context>
    <name>IssueModel</name>
    <message>
        <location filename="../../ui/issues_view.py" line="+52"/>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{place}</source>
        <comment>the list&apos;s column</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Mater</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days open</source>
        <translation>Dyddiau ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Hwyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
</context>
<context>
    <name>IssuesView</name>
    <message>
        <location line="+17"/>
        <source>Show open, closed or all issues</source>
        <translation>Dangos materion agored, wedi&apos;u cau neu bob un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Y cyfan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter issues by {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Hidlo materion yn ôl {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Pob categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter issues by category</source>
        <translation>Hidlo materion yn ôl categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All levels</source>
        <translation>Pob lefel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter issues by escalation</source>
        <translatorcomment>REVIEW: &apos;uwchgyfeirio&apos; for escalate: check against police Welsh usage.</translatorcomment>
        <translation>Hidlo materion yn ôl uwchgyfeirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue only</source>
        <translation>Hwyr yn un&amp;ig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only overdue issues</source>
        <translation>Dangos materion hwyr yn unig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Open longer than %n day(s)</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Ar agor yn hwy na %n diwrnod</numerusform>
            <numerusform>Ar agor yn hwy na %n diwrnod</numerusform>
            <numerusform>Ar agor yn hwy na %n diwrnod</numerusform>
            <numerusform>Ar agor yn hwy na %n diwrnod</numerusform>
            <numerusform>Ar agor yn hwy na %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of issues shown</source>
        <translation>Nifer y materion a ddangosir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>&amp;Categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalation</source>
        <translation>&amp;Uwchgyfeirio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Issues</source>
        <translation>Materion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Corner of the issue list</source>
        <translation>Cornel y rhestr materion</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All: {places}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y cyfan: {places}</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln issue(s)</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>%Ln mater</numerusform>
            <numerusform>%Ln mater</numerusform>
            <numerusform>%Ln mater</numerusform>
            <numerusform>%Ln mater</numerusform>
            <numerusform>%Ln mater</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{issues} · {overdue} overdue</source>
        <translation>{issues} · {overdue} yn hwyr</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Follow-up saved.</source>
        <translation>Camau dilynol wedi&apos;u cadw.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Issue closed: {place}, {where}.</source>
        <translation>Mater wedi&apos;i gau: {place}, {where}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issue reopened: {place}, {where}.</source>
        <translation>Mater wedi&apos;i ailagor: {place}, {where}.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="+201"/>
        <source>Working</source>
        <extracomment>The job stopped because it was asked to, leaving nothing behind. After ``done``, ``failed`` or ``cancelled``: the pool lets the job go. Given to ``fn`` as ``stop=``: set when the user asks the job to stop. Every job still running, by number; a job leaves when it has finished. The user asked the job to stop (the button, Escape or closing the dialog).</extracomment>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Cancel</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelling…</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wrthi&apos;n canslo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop after this file</source>
        <translatorcomment>REVIEW: new string; the Cancel of an import that stops between files.</translatorcomment>
        <translation>&amp;Stopio ar ôl y ffeil hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping after this file…</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Yn stopio ar ôl y ffeil hon…</translation>
    </message>
</context>
<context>
    <name>JoinSchemeDialog</name>
    <message>
        <location filename="../../ui/join_scheme.py" line="+43"/>
        <source>Type the path of the scheme file, or choose Browse.</source>
        <translatorcomment>REVIEW: &apos;Pori&apos; must match the Browse button&apos;s Welsh.</translatorcomment>
        <translation>Teipiwch lwybr ffeil y cynllun, neu dewiswch Pori.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scheme file</source>
        <translatorcomment>REVIEW: Fills {what} in the core&apos;s messages about a file it cannot read; check it reads well there.</translatorcomment>
        <translation>ffeil cynllun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a scheme file from icvapp: it is not readable text.</source>
        <translation>Nid ffeil cynllun o icvapp yw hon: nid yw&apos;n destun darllenadwy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Join your scheme</source>
        <extracomment>Joining made this profile a scheme of another kind: a window built for the old kind is built again.</extracomment>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Ymuno â&apos;ch cynllun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Yn ô&amp;l</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the scheme file</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Yn ôl at y ffeil cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>&amp;Next</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Next</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h3&gt;1. The scheme file&lt;/h3&gt;&lt;p&gt;Your scheme office gave you a scheme file (it ends in &lt;i&gt;.icvscheme&lt;/i&gt;). Type where it is, or choose Browse, then press Enter.&lt;/p&gt;</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); &apos;Pori&apos; must match the Browse button&apos;s Welsh.</translatorcomment>
        <translation>&lt;h3&gt;1. Y ffeil cynllun&lt;/h3&gt;&lt;p&gt;Rhoddodd swyddfa&apos;ch cynllun ffeil cynllun i chi (mae&apos;n gorffen gyda &lt;i&gt;.icvscheme&lt;/i&gt;). Teipiwch ble mae hi, neu dewiswch Pori, yna pwyswch Enter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheme file</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Ffeil cynllun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The path of the scheme file</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Llwybr y ffeil cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ~/Downloads/scheme.icvscheme</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>e.e. ~/Downloads/scheme.icvscheme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme &amp;file</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>&amp;Ffeil cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the scheme file</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Dewis y ffeil cynllun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the scheme file</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Problem gyda&apos;r ffeil cynllun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The scheme and its fingerprint</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Y cynllun a&apos;i ôl bys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose yourself</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Dewiswch eich hun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The scheme&apos;s volunteers</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Gwirfoddolwyr y cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who are you?</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>P&amp;wy ydych chi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing PIN</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>PIN llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {count} characters</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>O leiaf {count} nod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the signing PIN</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Ailadrodd y PIN llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to save the request file for the office</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Ble i gadw&apos;r ffeil gais i&apos;r swyddfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing &amp;PIN</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>P&amp;IN llofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeat the PIN</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Ail&amp;adrodd y PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the &amp;request as</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Cadw&apos;r &amp;cais fel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You type the PIN each time you sign a visit report; only you know it. The request file goes to your scheme office, which sends back a certificate file: import it with File ▸ Signing and certificates.</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); menu names must match the Welsh menus.</translatorcomment>
        <translation>Byddwch yn teipio&apos;r PIN bob tro y byddwch yn llofnodi adroddiad ymweliad; dim ond chi sy&apos;n ei wybod. Mae&apos;r ffeil gais yn mynd i swyddfa&apos;ch cynllun, sy&apos;n anfon ffeil tystysgrif yn ôl: mewnforiwch hi gyda Ffeil ▸ Llofnodi a thystysgrifau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem with your details</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Problem gyda&apos;ch manylion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Join the scheme</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>&amp;Ymuno â&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scheme file from your office</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Y ffeil cynllun gan eich swyddfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme files (*.icvscheme)</source>
        <translatorcomment>REVIEW: new string, same words as elsewhere in the app.</translatorcomment>
        <translation>Ffeiliau cynllun (*.icvscheme)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;2. You&lt;/h3&gt;&lt;p&gt;&lt;b&gt;{scheme}&lt;/b&gt;. Check this fingerprint with your scheme office before you go on:&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;/p&gt;</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>&lt;h3&gt;2. Chi&lt;/h3&gt;&lt;p&gt;&lt;b&gt;{scheme}&lt;/b&gt;. Gwiriwch yr ôl bys hwn gyda swyddfa&apos;ch cynllun cyn mynd ymlaen:&lt;br&gt;&lt;tt&gt;{fingerprint}&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} request.icvreq</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); a file name.</translatorcomment>
        <translation>cais {name}.icvreq</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose your name in the list.</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Dewiswch eich enw yn y rhestr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two PINs differ. Type them again.</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Mae&apos;r ddau PIN yn wahanol. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where to save the request file.</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Dywedwch ble i gadw&apos;r ffeil gais.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/security_ui.py" line="+90"/>
        <source>&lt;h2&gt;icvapp is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mae icvapp wedi&apos;i gloi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your work was saved. Unlock with this computer&apos;s keychain.</source>
        <translation>Cafodd eich gwaith ei gadw. Datglowch gyda chadwyn allweddi&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your work was saved. Enter your passphrase to carry on.</source>
        <translation>Cafodd eich gwaith ei gadw. Rhowch eich cyfrinymadrodd i barhau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase to unlock</source>
        <translation>Cyfrinymadrodd i ddatgloi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock problem</source>
        <translation>Problem datgloi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock icvapp</source>
        <translation>Datgloi icvapp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+68"/>
        <source>icvapp — {scheme}</source>
        <extracomment>File ▸ Switch scheme and File ▸ New scheme: the app (:mod:`icvapp.ui.app`) opens the other profile. Joining a scheme of another kind from this window: the app builds the window again for that kind.</extracomment>
        <translation>icvapp — {scheme}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How this data is protected</source>
        <translation>Sut mae&apos;r data hwn wedi&apos;i ddiogelu</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New visit</source>
        <translation>Ymweliad &amp;newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;witch scheme…</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Newid cynllun…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch to another scheme</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Newid i gynllun arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New sc&amp;heme…</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cynllun ne&amp;wydd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new scheme</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Dechrau cynllun newydd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Join your scheme…</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>&amp;Ymuno â&apos;ch cynllun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import submission files…</source>
        <translation>&amp;Mewnforio ffeiliau cyflwyno…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync with the scheme server…</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>C&amp;ysoni â gweinydd y cynllun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check a signed report or file…</source>
        <translation>&amp;Gwirio adroddiad neu ffeil wedi&apos;i llofnodi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signing and certificates…</source>
        <translation>&amp;Llofnodi a thystysgrifau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visits</source>
        <translation>&amp;Ymweliadau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Rota</source>
        <translation>&amp;Rota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issues</source>
        <translation>&amp;Materion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme &amp;set-up</source>
        <translation>&amp;Sefydlu&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Cymort&amp;h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About icvapp</source>
        <translation>&amp;Ynghylch icvapp</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icvapp will speak {language} the next time it starts. Close it and open it again to switch now.</source>
        <translation>Bydd icvapp yn defnyddio {language} y tro nesaf y bydd yn dechrau. Caewch ef a&apos;i agor eto i newid nawr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About icvapp</source>
        <translation>Ynghylch icvapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;icvapp {version}&lt;/b&gt;&lt;p&gt;Visit recording and reporting for Independent Visiting schemes.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;br&gt;{protection}.&lt;/p&gt;</source>
        <translatorcomment>REVIEW: reworded for every kind of scheme; translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;icvapp {version}&lt;/b&gt;&lt;p&gt;Cofnodi ac adrodd ar ymweliadau ar gyfer cynlluniau Ymweld Annibynnol.&lt;/p&gt;&lt;p&gt;Ffolder data: {folder}&lt;br&gt;{protection}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>an undated visit</source>
        <translation>ymweliad heb ddyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this draft?</source>
        <translation>Dileu&apos;r drafft hwn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft visit report for {date}? What was typed in it will be gone for good.</source>
        <translation>Dileu&apos;r adroddiad ymweliad drafft ar gyfer {date}? Bydd yr hyn a deipiwyd ynddo yn diflannu am byth.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the signed visit report</source>
        <translation>Allforio&apos;r adroddiad ymweliad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export visit report</source>
        <translation>Allforio&apos;r adroddiad ymweliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported {file}</source>
        <translation>Allforiwyd {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the visit report…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r adroddiad ymweliad…</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/signing_setup.py" line="+60"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the PIN</source>
        <translation>Ailadrodd y PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Ailadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the PIN</source>
        <translation>Problem gyda&apos;r PIN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two PINs differ.</source>
        <translation>Mae&apos;r ddau PIN yn wahanol.</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <location filename="../../ui/scheme_view.py" line="+263"/>
        <source>Weekly visits</source>
        <translation>Ymweliadau wythnosol</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occasional</source>
        <translation>Achlysurol</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Visits expected each week</source>
        <translation>Ymweliadau a ddisgwylir bob wythnos</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;Active (on the rota)</source>
        <translation>Gwei&amp;thredol (ar y rota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occasional: opened and visited only now and then</source>
        <translation>Achly&amp;surol: ar agor ac yn cael ymweliad dim ond o bryd i&apos;w gilydd</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>New {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place} newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cadw {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place}: name</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}: enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is active</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}: gweithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is occasional</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}: achlysurol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Problem gyda: {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Dechrau {place} newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cadw&apos;r {place} hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closures of the selected {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cyfnodau cau&apos;r {place} a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} saved: {name}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place} wedi&apos;i gadw: {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{places} and closures</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{places} a chyfnodau cau</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Capacity</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Capasiti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ca&amp;pacity</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ca&amp;pasiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity: how many there are of {location}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Capasiti: faint sydd o {location}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Monthly visits</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau misol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits expected each month</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau disgwyliedig bob mis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthl&amp;y visits</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau mis&amp;ol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits a fortnight</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau bob pythefnos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visits expected each fortnight</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau disgwyliedig bob pythefnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits a fortni&amp;ght</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ymweliadau bob p&amp;ythefnos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wee&amp;kly visits</source>
        <translation>Y&amp;mweliadau wythnosol</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+80"/>
        <source>Closures</source>
        <translation>Cyfnodau cau</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Tan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed from</source>
        <translation>Ar gau o</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day closed</source>
        <translation>Diwrnod olaf ar gau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unt&amp;il further notice</source>
        <translatorcomment>REVIEW: &apos;Hyd nes y rhoddir gwybod yn wahanol&apos; is long for a check box; a shorter usual phrase?</translatorcomment>
        <translation>Hyd nes y rhoddir gwy&amp;bod yn wahanol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the closure</source>
        <translation>Rheswm dros gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. refurbishment</source>
        <translation>e.e. adnewyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the closure</source>
        <translation>Problem gyda&apos;r cyfnod cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd closure</source>
        <translation>&amp;Ychwanegu cyfnod cau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add this closure</source>
        <translation>Ychwanegu&apos;r cyfnod cau hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove clos&amp;ure</source>
        <translation>Tynnu&apos;r cyfnod ca&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected closure</source>
        <translation>Tynnu&apos;r cyfnod cau a ddewiswyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed fro&amp;m</source>
        <translation>Ar gau &amp;o</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La&amp;st day</source>
        <translation>Diwr&amp;nod olaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When {place} is closed</source>
        <translation>Pan fydd {place} ar gau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until further notice</source>
        <translation>hyd nes y rhoddir gwybod yn wahanol</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Closure added to {place}.</source>
        <translation>Cyfnod cau wedi&apos;i ychwanegu at {place}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Closure removed from {place}.</source>
        <translation>Cyfnod cau wedi&apos;i dynnu o {place}.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="+35"/>
        <source>Show Details...</source>
        <translation>Dangos y manylion...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r c&amp;yfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r cyfa&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Rhoi&apos;r gorau iddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Gwaredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/security_ui.py" line="-57"/>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Write this recovery key down now.&lt;/b&gt; It is shown only once. It opens your data if you forget your passphrase, lose the keychain, or move to a new laptop, and it resets a forgotten signing PIN. Give a copy to your scheme office; keep it away from the laptop.</source>
        <translation>&lt;b&gt;Ysgrifennwch yr allwedd adfer hon nawr.&lt;/b&gt; Dim ond unwaith y caiff ei dangos. Mae&apos;n agor eich data os byddwch yn anghofio eich cyfrinymadrodd, yn colli&apos;r gadwyn allweddi, neu&apos;n symud i liniadur newydd, ac mae&apos;n ailosod PIN llofnodi a anghofiwyd. Rhowch gopi i swyddfa&apos;ch cynllun; cadwch hi ymhell o&apos;r gliniadur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key</source>
        <translation>Copïo&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;written it down</source>
        <translation>Rwyf wedi&apos;i &amp;hysgrifennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written the recovery key down</source>
        <translation>Rwyf wedi ysgrifennu&apos;r allwedd adfer</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../ui/report_actions.py" line="+38"/>
        <source>Signed by both visitors and sealed.</source>
        <translation>Wedi&apos;i lofnodi gan y ddau ymwelydd a&apos;i selio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amend a signed report</source>
        <translation>Diwygio adroddiad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does this report need correcting? The reason is printed on the amended report, and both visitors sign the amendment. The signed original stays on record unchanged.</source>
        <translation>Pam mae angen cywiro&apos;r adroddiad hwn? Caiff y rheswm ei argraffu ar yr adroddiad diwygiedig, ac mae&apos;r ddau ymwelydd yn llofnodi&apos;r diwygiad. Mae&apos;r gwreiddiol wedi&apos;i lofnodi yn aros ar gofnod heb ei newid.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send to the scheme office</source>
        <translation>Anfon i swyddfa&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the submission file…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r ffeil gyflwyno…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {file}: encrypted for the scheme office; email it or copy it to a USB stick.</source>
        <translation>Ysgrifennwyd {file}: wedi&apos;i amgryptio ar gyfer swyddfa&apos;r cynllun; e-bostiwch hi neu ei chopïo i gof bach USB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submission files (*{suffix})</source>
        <translation>Ffeiliau cyflwyno (*{suffix})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import submission files</source>
        <translation>Mewnforio ffeiliau cyflwyno</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Checking and importing %n file(s)…</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Wrthi&apos;n gwirio a mewnforio %n ffeil…</numerusform>
            <numerusform>Wrthi&apos;n gwirio a mewnforio %n ffeil…</numerusform>
            <numerusform>Wrthi&apos;n gwirio a mewnforio %n ffeil…</numerusform>
            <numerusform>Wrthi&apos;n gwirio a mewnforio %n ffeil…</numerusform>
            <numerusform>Wrthi&apos;n gwirio a mewnforio %n ffeil…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location line="+21"/>
        <source>Imported {done} of {total}</source>
        <translation>Mewnforiwyd {done} o {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import results, one file per line</source>
        <translation>Canlyniadau mewnforio, un ffeil i bob llinell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ imported</source>
        <translation>✔ mewnforiwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ refused</source>
        <translation>✖ gwrthodwyd</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped: %n file(s) not checked and not imported. Import them again later.</source>
        <translatorcomment>REVIEW: new string; after a numeral the noun stays singular (%n ffeil).</translatorcomment>
        <translation>
            <numerusform>Wedi stopio: %n ffeil heb ei gwirio na’i mewnforio. Mewnforiwch nhw eto yn nes ymlaen.</numerusform>
            <numerusform>Wedi stopio: %n ffeil heb ei gwirio na’i mewnforio. Mewnforiwch hi eto yn nes ymlaen.</numerusform>
            <numerusform>Wedi stopio: %n ffeil heb ei gwirio na’i mewnforio. Mewnforiwch nhw eto yn nes ymlaen.</numerusform>
            <numerusform>Wedi stopio: %n ffeil heb ei gwirio na’i mewnforio. Mewnforiwch nhw eto yn nes ymlaen.</numerusform>
            <numerusform>Wedi stopio: %n ffeil heb ei gwirio na’i mewnforio. Mewnforiwch nhw eto yn nes ymlaen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotaTable</name>
    <message>
        <location filename="../../ui/rota_table.py" line="+33"/>
        <source>Visited</source>
        <translation>Wedi ymweld</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Missed</source>
        <translation>Wedi&apos;i golli</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No pair yet</source>
        <translation>Dim pâr eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair assigned</source>
        <translation>Pâr wedi&apos;i bennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit abandoned</source>
        <translation>Ymweliad wedi&apos;i adael</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occasional: visited if open</source>
        <translation>Achlysurol: ymweld os yw ar agor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pair</source>
        <translation>Dim pâr</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if open</source>
        <translation>os yw ar agor</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>abandoned visit {day}</source>
        <translation>ymweliad wedi&apos;i adael {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visited {day}</source>
        <translation>ymwelwyd {day}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>this month</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>y mis hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (this month)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation> (y mis hwn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fortnight from Monday {week}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Pythefnos o ddydd Llun {week}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (this fortnight)</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation> (y pythefnos hwn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w/c
{week}</source>
        <translatorcomment>REVIEW: &apos;w/d&apos; (wythnos yn dechrau) for &apos;week commencing&apos;: check the usual Welsh abbreviation.</translatorcomment>
        <translation>w/d
{week}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this week</source>
        <translation>yr wythnos hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of Monday {week}</source>
        <translation>Wythnos dydd Llun {week}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (this week)</source>
        <translation> (yr wythnos hon)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>occasional</source>
        <translation>achlysurol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place} (occasional: visited when open)</source>
        <translation>{place} (achlysurol: ymweld pan fydd ar agor)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{place}, {month}: {state}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}, {month}: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}, fortnight from {week}: {state}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}, pythefnos o {week}: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place}, week of {week}: {state}</source>
        <translation>{place}, wythnos {week}: {state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pair {names}</source>
        <translation>pâr {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Corner of the rota</source>
        <translation>Cornel y rota</translation>
    </message>
</context>
<context>
    <name>RotaView</name>
    <message>
        <location filename="../../ui/rota_view.py" line="+38"/>
        <source>Quarter shown in the rota</source>
        <translation>Y chwarter a ddangosir yn y rota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{quarter} (next)</source>
        <translation>{quarter} (nesaf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{quarter} (this quarter)</source>
        <translation>{quarter} (y chwarter hwn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Chwarter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rota summary</source>
        <translation>Crynodeb o&apos;r rota</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Ro&amp;ta — select a week and press Enter to assign a pair</source>
        <translation>Ro&amp;ta — dewiswch wythnos a phwyso Enter i bennu pâr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected week</source>
        <translation>Yr wythnos a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a pair for the selected week</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Neilltuo pâr ar gyfer yr wythnos a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the pair off the selected week</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Tynnu&apos;r pâr oddi ar yr wythnos a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;ta — select a fortnight and press Enter to assign a pair</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ro&amp;ta — dewiswch bythefnos a phwyso Enter i neilltuo pâr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected fortnight</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y pythefnos a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a pair for the selected fortnight</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Neilltuo pâr ar gyfer y pythefnos a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the pair off the selected fortnight</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Tynnu&apos;r pâr oddi ar y pythefnos a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;ta — select a month and press Enter to assign a pair</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Ro&amp;ta — dewiswch fis a phwyso Enter i neilltuo pâr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected month</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y mis a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a pair for the selected month</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Neilltuo pâr ar gyfer y mis a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the pair off the selected month</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Tynnu&apos;r pâr oddi ar y mis a ddewiswyd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the fortnight from Monday {date}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>y pythefnos o ddydd Llun {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the week commencing Monday {date}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>yr wythnos yn dechrau dydd Llun {date}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Rota by month</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rota fesul mis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rota by fortnight</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rota fesul pythefnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rota by week</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rota fesul wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is one place visited and each column one period of the visit target. Press Enter to assign a pair, Delete to clear it.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae pob rhes yn un man yr ymwelir ag ef a phob colofn yn un cyfnod o darged yr ymweliadau. Pwyswch Enter i neilltuo pâr, Delete i&apos;w glirio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Colour key</source>
        <translation>Allwedd lliwiau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assign pair…</source>
        <translation>&amp;Pennu pâr…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear pair</source>
        <translation>&amp;Clirio&apos;r pâr</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{missed} missed · {uncovered} without a pair · {visited} visited · {assigned} with a pair to come</source>
        <translation>{missed} wedi&apos;u colli · {uncovered} heb bâr · {visited} wedi ymweld · {assigned} gyda phâr i ddod</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key: {chips}</source>
        <translation>Allwedd: {chips}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to visit yet: add the places under View ▸ Scheme set-up.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Dim i ymweld ag ef eto: ychwanegwch y mannau yn Gweld ▸ Sefydlu&apos;r cynllun.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <location line="-26"/>
        <source>none assigned</source>
        <translation>dim wedi&apos;i bennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{place}&lt;/b&gt;, {when} — {state}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;{place}&lt;/b&gt;, {when} — {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair: {pair}</source>
        <translation>Pâr: {pair}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pair choose the day and time and tell no one.</source>
        <translation>Mae&apos;r pâr yn dewis y diwrnod a&apos;r amser ac yn dweud wrth neb.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No one</source>
        <translation>Neb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} on {place}, {when}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{who} ar {place}, {when}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pair taken off {place}, {when}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Tynnwyd y pâr oddi ar {place}, {when}.</translation>
    </message>
</context>
<context>
    <name>SchemeView</name>
    <message>
        <location filename="../../ui/scheme_view.py" line="+54"/>
        <location line="+1"/>
        <source>Scheme set-up sections</source>
        <translation>Adrannau sefydlu&apos;r cynllun</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+43"/>
        <source>Vo&amp;lunteers</source>
        <translation>Gw&amp;irfoddolwyr</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/form_sections.py" line="+41"/>
        <source>Problems in this section</source>
        <extracomment>The section&apos;s free-text areas: the form saves when the focus leaves one.</extracomment>
        <translation>Problemau yn yr adran hon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Problem with this field</source>
        <translation>Problem gyda&apos;r maes hwn</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../../ui/security_ui.py" line="+126"/>
        <source>Securit&amp;y</source>
        <extracomment>What counts as the user being there; the idle lock&apos;s timer restarts on these (see SessionLock.eventFilter).</extracomment>
        <translation>&amp;Diogelwch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock &amp;after…</source>
        <translation>Cloi &amp;ar ôl…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up…</source>
        <translation>Gwneud copi &amp;wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate the database key…</source>
        <translatorcomment>REVIEW: &apos;Cylchdroi allwedd&apos; for rotating an encryption key.</translatorcomment>
        <translation>&amp;Cylchdroi allwedd y gronfa ddata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;recovery key…</source>
        <translation>Allwedd &amp;adfer newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;tention…</source>
        <translation>&amp;Cadw data…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lock after</source>
        <translation>Cloi ar ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock icvapp after this many idle minutes (0 = never):</source>
        <translation>Cloi icvapp ar ôl hyn o funudau segur (0 = byth):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up this profile</source>
        <translation>Gwneud copi wrth gefn o&apos;r proffil hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icvapp backups (*{suffix})</source>
        <translation>Copïau wrth gefn icvapp (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Backed up %n visit(s) to {file}. Keep it away from this computer.</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Gwnaed copi wrth gefn o %n ymweliad i {file}. Cadwch ef ymhell o&apos;r cyfrifiadur hwn.</numerusform>
            <numerusform>Gwnaed copi wrth gefn o %n ymweliad i {file}. Cadwch ef ymhell o&apos;r cyfrifiadur hwn.</numerusform>
            <numerusform>Gwnaed copi wrth gefn o %n ymweliad i {file}. Cadwch ef ymhell o&apos;r cyfrifiadur hwn.</numerusform>
            <numerusform>Gwnaed copi wrth gefn o %n ymweliad i {file}. Cadwch ef ymhell o&apos;r cyfrifiadur hwn.</numerusform>
            <numerusform>Gwnaed copi wrth gefn o %n ymweliad i {file}. Cadwch ef ymhell o&apos;r cyfrifiadur hwn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the encrypted backup…</source>
        <translation>Wrthi&apos;n ysgrifennu&apos;r copi wrth gefn wedi&apos;i amgryptio…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase:</source>
        <translation>Cyfrinymadrodd presennol:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase (8 characters or more):</source>
        <translation>Cyfrinymadrodd newydd (8 nod neu fwy):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the new passphrase:</source>
        <translation>Ailadroddwch y cyfrinymadrodd newydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrases differ</source>
        <translation>Mae&apos;r cyfrinymadroddion yn wahanol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two new passphrases differ; nothing was changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd newydd yn wahanol; ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase changed</source>
        <translation>Cyfrinymadrodd wedi&apos;i newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase has been changed.</source>
        <translation>Mae eich cyfrinymadrodd wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rotate the database key</source>
        <translatorcomment>REVIEW: &apos;Cylchdroi allwedd&apos; for rotating an encryption key.</translatorcomment>
        <translation>Cylchdroi allwedd y gronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase:</source>
        <translation>Eich cyfrinymadrodd:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-encrypting the database under a new key…</source>
        <translation>Wrthi&apos;n ail-amgryptio&apos;r gronfa ddata dan allwedd newydd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key rotated</source>
        <translation>Allwedd wedi&apos;i chylchdroi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is now encrypted under a new key. Your passphrase and recovery key are unchanged.</source>
        <translation>Mae&apos;r gronfa ddata bellach wedi&apos;i hamgryptio dan allwedd newydd. Nid yw eich cyfrinymadrodd na&apos;ch allwedd adfer wedi newid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery key</source>
        <translation>Allwedd adfer newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery key? The old one will stop working, and the office&apos;s copy must be replaced.</source>
        <translation>Creu allwedd adfer newydd? Bydd yr hen un yn peidio â gweithio, a rhaid disodli copi&apos;r swyddfa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retention</source>
        <translation>Cadw data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep conversation-level detail (identifiers, notes) for this many months (0 = keep everything). Counts are always kept:</source>
        <translatorcomment>REVIEW: reworded for every kind of scheme; translated by the developers.</translatorcomment>
        <translation>Cadw manylion lefel sgwrs (dynodwyr, nodiadau) am hyn o fisoedd (0 = cadw popeth). Caiff cyfansymiau eu cadw bob amser:</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n visit(s) before {date} hold detail older than {months} months. Remove it now? Every figure stays the same.</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Mae %n ymweliad cyn {date} yn cynnwys manylion sy&apos;n hŷn na {months} mis. Eu tynnu nawr? Mae pob ffigur yn aros yr un fath.</numerusform>
            <numerusform>Mae %n ymweliad cyn {date} yn cynnwys manylion sy&apos;n hŷn na {months} mis. Eu tynnu nawr? Mae pob ffigur yn aros yr un fath.</numerusform>
            <numerusform>Mae %n ymweliad cyn {date} yn cynnwys manylion sy&apos;n hŷn na {months} mis. Eu tynnu nawr? Mae pob ffigur yn aros yr un fath.</numerusform>
            <numerusform>Mae %n ymweliad cyn {date} yn cynnwys manylion sy&apos;n hŷn na {months} mis. Eu tynnu nawr? Mae pob ffigur yn aros yr un fath.</numerusform>
            <numerusform>Mae %n ymweliad cyn {date} yn cynnwys manylion sy&apos;n hŷn na {months} mis. Eu tynnu nawr? Mae pob ffigur yn aros yr un fath.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove old detail now?</source>
        <translation>Tynnu hen fanylion nawr?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removing old conversation detail…</source>
        <translation>Wrthi&apos;n tynnu hen fanylion sgyrsiau…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed detail from %n visit(s).</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Tynnwyd manylion o %n ymweliad.</numerusform>
            <numerusform>Tynnwyd manylion o %n ymweliad.</numerusform>
            <numerusform>Tynnwyd manylion o %n ymweliad.</numerusform>
            <numerusform>Tynnwyd manylion o %n ymweliad.</numerusform>
            <numerusform>Tynnwyd manylion o %n ymweliad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Allwedd adfer</translation>
    </message>
</context>
<context>
    <name>SetupWidgets</name>
    <message>
        <location filename="../../ui/setup_widgets.py" line="+54"/>
        <source>Select all of {table}</source>
        <translation>Dewis y cyfan o {table}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{field}: {choice}</source>
        <translation>{field}: {choice}</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../ui/signoff_dialog.py" line="+74"/>
        <location line="+55"/>
        <source>Sign and seal this visit report</source>
        <translation>Llofnodi a selio&apos;r adroddiad ymweliad hwn</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&lt;b&gt;Once both visitors sign, the report is sealed.&lt;/b&gt; It can then be read, exported and sent to the scheme office, but never changed; a correction becomes a signed amendment.</source>
        <translation>&lt;b&gt;Unwaith y bydd y ddau ymwelydd yn llofnodi, caiff yr adroddiad ei selio.&lt;/b&gt; Yna gellir ei ddarllen, ei allforio a&apos;i anfon i swyddfa&apos;r cynllun, ond byth ei newid; daw cywiriad yn ddiwygiad wedi&apos;i lofnodi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the acknowledgement time to now</source>
        <translation>Gosod amser y gydnabyddiaeth i nawr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Rank</source>
        <translation>&amp;Rheng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber</source>
        <translation>Rh&amp;if</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time</source>
        <translation>&amp;Amser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear signature</source>
        <translation>C&amp;lirio&apos;r llofnod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the acknowledgement</source>
        <translation>Problem gyda&apos;r gydnabyddiaeth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;By typing your PIN you sign this statement:&lt;/i&gt; “{statement}”</source>
        <translation>&lt;i&gt;Drwy deipio eich PIN rydych yn llofnodi&apos;r datganiad hwn:&lt;/i&gt; “{statement}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign and seal</source>
        <translation>&amp;Llofnodi a selio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{staff}&apos;s acknowledgement</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cydnabyddiaeth {staff}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{staff}&apos;s name</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Enw {staff}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{staff}&apos;s rank</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rheng {staff}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{staff}&apos;s number</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhif {staff}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time the {staff_in_sentence} acknowledged the findings</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Yr amser y cydnabu {staff_in_sentence} y canfyddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{staff}&apos;s signature</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Llofnod {staff}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the drawn signature</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Clirio&apos;r llofnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the name of the {staff_in_sentence}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhowch enw {staff_in_sentence}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the time the {staff_in_sentence} acknowledged the findings, for example 22:40.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Rhowch yr amser y cydnabu {staff_in_sentence} y canfyddiadau, er enghraifft 22:40.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Signing and sealing the report…</source>
        <translation>Wrthi&apos;n llofnodi a selio&apos;r adroddiad…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/signature_pad.py" line="+24"/>
        <source>Drawn signature</source>
        <translatorcomment>REVIEW: reworded for every kind of scheme; translated by the developers.</translatorcomment>
        <translation>Llofnod wedi&apos;i dynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw with a mouse, touchpad or pen. Optional.</source>
        <translation>Lluniwch gyda llygoden, pad cyffwrdd neu ysgrifbin. Dewisol.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Officer signs here (optional)</source>
        <translation>Y swyddog yn llofnodi yma (dewisol)</translation>
    </message>
</context>
<context>
    <name>SigningSetup</name>
    <message>
        <location filename="../../ui/signing_setup.py" line="-40"/>
        <source>Not set up on this computer</source>
        <translation>Heb ei sefydlu ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the office&apos;s certificate</source>
        <translation>Yn aros am dystysgrif y swyddfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to sign</source>
        <translation>Yn barod i lofnodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate expired</source>
        <translation>Tystysgrif wedi dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate revoked</source>
        <translation>Tystysgrif wedi&apos;i dirymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate not from this scheme</source>
        <translation>Nid yw&apos;r dystysgrif o&apos;r cynllun hwn</translation>
    </message>
</context>
<context>
    <name>SigningSetupDialog</name>
    <message>
        <location line="+52"/>
        <source>Signing and certificates</source>
        <translation>Llofnodi a thystysgrifau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheme&apos;s root certificate</source>
        <translation>Tystysgrif wraidd y cynllun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volunteers and whether they can sign on this computer</source>
        <translation>Gwirfoddolwyr ac a allant lofnodi ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing on this computer</source>
        <translation>Llofnodi ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select every volunteer</source>
        <translation>Dewis pob gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers on this computer</source>
        <translation>Gwirfoddolwyr ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up signing for the selected volunteer…</source>
        <translation>&amp;Sefydlu llofnodi ar gyfer y gwirfoddolwr a ddewiswyd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import certificate file…</source>
        <translation>&amp;Mewnforio ffeil tystysgrif…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join a scheme from its scheme file…</source>
        <translation>&amp;Ymuno â chynllun o&apos;i ffeil cynllun…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheme office (co-ordinator)</source>
        <translation>Swyddfa&apos;r cynllun (cydlynydd)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the scheme &amp;root…</source>
        <translation>Sefydlu &amp;gwraidd y cynllun…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a certificate from a &amp;request file…</source>
        <translation>Cyhoeddi tystysgrif o ffeil &amp;gais…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke the selected volunteer&apos;s certificate…</source>
        <translation>&amp;Dirymu tystysgrif y gwirfoddolwr a ddewiswyd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the scheme &amp;file for laptops…</source>
        <translation>Ysgrifennu &amp;ffeil y cynllun ar gyfer gliniaduron…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the root &amp;certificate for PDF readers…</source>
        <translation>Allforio&apos;r &amp;dystysgrif wraidd ar gyfer darllenwyr PDF…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This profile has not joined a scheme yet. The co-ordinator sets up the scheme root; every laptop joins with the scheme file the office sends.</source>
        <translation>Nid yw&apos;r proffil hwn wedi ymuno â chynllun eto. Mae&apos;r cydlynydd yn sefydlu gwraidd y cynllun; mae pob gliniadur yn ymuno gyda&apos;r ffeil cynllun y mae&apos;r swyddfa yn ei hanfon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the scheme office&apos;s profile.</source>
        <translation>Dyma broffil swyddfa&apos;r cynllun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop belongs to the scheme.</source>
        <translation>Mae&apos;r gliniadur hwn yn perthyn i&apos;r cynllun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}
Scheme root fingerprint: {fingerprint}</source>
        <translation>{role}
Ol bys gwraidd y cynllun: {fingerprint}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{state} (certificate valid until {date})</source>
        <translation>{state} (tystysgrif yn ddilys tan {date})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a volunteer in the list first.</source>
        <translation>Dewiswch wirfoddolwr yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a scheme, request or certificate file</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>ffeil cynllun, cais neu dystysgrif</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Scheme root PIN</source>
        <translation>PIN gwraidd y cynllun</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Enter the PIN that protects the scheme root key.</source>
        <translation>Rhowch y PIN sy&apos;n diogelu allwedd wraidd y cynllun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing PIN for {name}</source>
        <translation>PIN llofnodi {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: choose a PIN of at least {count} characters. Only you will know it; you type it each time you sign a report.</source>
        <translation>{name}: dewiswch PIN o {count} nod o leiaf. Dim ond chi fydd yn ei wybod; rydych yn ei deipio bob tro y byddwch yn llofnodi adroddiad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Ready to sign</source>
        <translation>Yn barod i lofnodi</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{name} can now sign visit reports here.</source>
        <translation>Gall {name} lofnodi adroddiadau ymweliad yma nawr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the certificate request</source>
        <translation>Cadw&apos;r cais am dystysgrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Certificate requests (*.icvreq)</source>
        <translation>Ceisiadau am dystysgrif (*.icvreq)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Request saved</source>
        <translation>Cais wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send {file} to your scheme office. When their certificate file comes back, choose &apos;Import certificate file&apos;.</source>
        <translation>Anfonwch {file} at swyddfa&apos;ch cynllun. Pan ddaw eu ffeil tystysgrif yn ôl, dewiswch &apos;Mewnforio ffeil tystysgrif&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the certificate file from your scheme office</source>
        <translation>Mewnforio&apos;r ffeil tystysgrif gan swyddfa&apos;ch cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Certificates (*.icvcert)</source>
        <translation>Tystysgrifau (*.icvcert)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>{name} can now sign visit reports on this computer.</source>
        <translation>Gall {name} lofnodi adroddiadau ymweliad ar y cyfrifiadur hwn nawr.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Scheme files (*.icvscheme)</source>
        <translation>Ffeiliau cynllun (*.icvscheme)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Choose the PIN that will protect the scheme root key. The co-ordinator types it to issue and revoke certificates.</source>
        <translation>Dewiswch y PIN a fydd yn diogelu allwedd wraidd y cynllun. Mae&apos;r cydlynydd yn ei deipio i gyhoeddi a dirymu tystysgrifau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheme root created</source>
        <translation>Gwraidd y cynllun wedi&apos;i greu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:

{fingerprint}</source>
        <translation>Ôl bys:

{fingerprint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a certificate request</source>
        <translation>Agor cais am dystysgrif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save {name}&apos;s certificate file</source>
        <translation>Cadw ffeil tystysgrif {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke certificate?</source>
        <translation>Dirymu&apos;r dystysgrif?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke {name}&apos;s certificates? Reports they sign afterwards will be refused, and laptops learn of it from the next scheme file.</source>
        <translation>Dirymu tystysgrifau {name}? Caiff adroddiadau y byddant yn eu llofnodi wedyn eu gwrthod, a bydd gliniaduron yn dysgu am hyn o&apos;r ffeil cynllun nesaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoked</source>
        <translation>Wedi&apos;i ddirymu</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n certificate(s) revoked.</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Dirymwyd %n tystysgrif.</numerusform>
            <numerusform>Dirymwyd %n tystysgrif.</numerusform>
            <numerusform>Dirymwyd %n tystysgrif.</numerusform>
            <numerusform>Dirymwyd %n tystysgrif.</numerusform>
            <numerusform>Dirymwyd %n tystysgrif.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the scheme file</source>
        <translation>Cadw ffeil y cynllun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the root certificate</source>
        <translation>Cadw&apos;r dystysgrif wraidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Tystysgrifau (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+80"/>
        <source>Creating the demo scheme: places, volunteers, signing keys and signed visits…</source>
        <translatorcomment>REVIEW: reworded for every kind of scheme; translated by the developers.</translatorcomment>
        <translation>Wrthi&apos;n creu&apos;r cynllun enghreifftiol: lleoedd, gwirfoddolwyr, allweddi llofnodi ac ymweliadau wedi&apos;u llofnodi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My scheme</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+287"/>
        <source>Creating your encrypted profile…</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Wrthi&apos;n creu eich proffil wedi&apos;i amgryptio…</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Your data in {folder} is protected by your passphrase.</source>
        <translation>Mae eich data yn {folder} wedi&apos;i ddiogelu gan eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="+68"/>
        <source>Opening your scheme&apos;s encrypted data…</source>
        <extracomment>What opening a profile and showing the main window will import, in the order they need it.</extracomment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wrthi&apos;n agor data wedi&apos;u hamgryptio eich cynllun…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening your data</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wrthi&apos;n agor eich data</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="+2"/>
        <source>{scheme}: its data in {folder} is protected by its own passphrase.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{scheme}: mae ei ddata yn {folder} wedi&apos;i ddiogelu gan ei gyfrinymadrodd ei hun.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Removed conversation detail older than the retention period from %n visit(s).</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Ni thynnwyd manylion sgyrsiau o unrhyw ymweliad.</numerusform>
            <numerusform>Tynnwyd manylion sgyrsiau sy&apos;n hŷn na&apos;r cyfnod cadw o %n ymweliad.</numerusform>
            <numerusform>Tynnwyd manylion sgyrsiau sy&apos;n hŷn na&apos;r cyfnod cadw o %n ymweliad.</numerusform>
            <numerusform>Tynnwyd manylion sgyrsiau sy&apos;n hŷn na&apos;r cyfnod cadw o %n ymweliad.</numerusform>
            <numerusform>Tynnwyd manylion sgyrsiau sy&apos;n hŷn na&apos;r cyfnod cadw o %n ymweliad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an undated visit</source>
        <translation>ymweliad heb ddyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue your visit report?</source>
        <translation>Parhau â&apos;ch adroddiad ymweliad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>icvapp closed while you were writing the report for {date}. Everything you typed was saved. Continue where you left off?</source>
        <translation>Caeodd icvapp tra oeddech yn ysgrifennu&apos;r adroddiad ar gyfer {date}. Cafodd popeth a deipiwyd ei gadw. Parhau o&apos;r man lle gwnaethoch adael?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>icvapp hit a problem</source>
        <translation>Aeth rhywbeth o&apos;i le yn icvapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside icvapp. Your draft was saved first. You can carry on, but please tell your scheme office what you were doing.</source>
        <translation>Aeth rhywbeth o&apos;i le yn icvapp. Cafodd eich drafft ei gadw yn gyntaf. Gallwch barhau, ond rhowch wybod i swyddfa&apos;ch cynllun beth oeddech yn ei wneud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside icvapp. You can carry on, but please tell your scheme office what you were doing.</source>
        <translation>Aeth rhywbeth o&apos;i le yn icvapp. Gallwch barhau, ond rhowch wybod i swyddfa&apos;ch cynllun beth oeddech yn ei wneud.</translation>
    </message>
</context>
<context>
    <name>SumField</name>
    <message>
        <location filename="../../ui/counts_grid.py" line="-156"/>
        <source>Worked out for you: {parts}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wedi&apos;i gyfrifo i chi: {parts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worked out for you: {parts}. It stays blank until each of them is filled in (0 for none). Blank now: {blank}.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wedi&apos;i gyfrifo i chi: {parts}. Mae&apos;n aros yn wag nes bod pob un ohonynt wedi&apos;i lenwi (0 am ddim). Yn wag nawr: {blank}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Left blank in this report, though each of {parts} is filled in. Retype one of them and the total is worked out.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wedi&apos;i adael yn wag yn yr adroddiad hwn, er bod pob un o {parts} wedi&apos;i lenwi. Teipiwch un ohonynt eto a chaiff y cyfanswm ei gyfrifo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As recorded in this report: {total}, which is not {parts}. Retype one of them and the total is worked out.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Fel y&apos;i cofnodwyd yn yr adroddiad hwn: {total}, nad yw&apos;n hafal i {parts}. Teipiwch un ohonynt eto a chaiff y cyfanswm ei gyfrifo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As recorded in this report: {total}. It is worked out as {parts} once each of them is filled in (0 for none).</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Fel y&apos;i cofnodwyd yn yr adroddiad hwn: {total}. Caiff ei gyfrifo fel {parts} pan fydd pob un ohonynt wedi&apos;i lenwi (0 am ddim).</translation>
    </message>
</context>
<context>
    <name>SwitchSchemeDialog</name>
    <message>
        <location filename="../../ui/scheme_switcher.py" line="+23"/>
        <source>Switch scheme</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Newid cynllun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each scheme keeps its data under a key of its own. Choose the scheme to open; the window then shows that scheme only.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Mae pob cynllun yn cadw ei ddata dan allwedd ei hun. Dewiswch y cynllun i&apos;w agor; yna dim ond y cynllun hwnnw a ddangosir yn y ffenestr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Schemes kept here</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Cynlluniau a gedwir yma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemes kept here</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cynlluniau a gedwir yma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{scheme} — open now</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{scheme} — ar agor nawr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with the list of schemes</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Problem gyda&apos;r rhestr o gynlluniau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&amp;Agor</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/sync_panel.py" line="+128"/>
        <location line="+1"/>
        <source>Scheme server</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Gweinydd y cynllun</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location line="-85"/>
        <source>Scheme server</source>
        <extracomment>Emitted after each sync with its report (the window may reload its visit list).</extracomment>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Gweinydd y cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Cysoni diwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits waiting to be delivered</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Ymweliadau sy&apos;n aros i&apos;w cyflwyno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits delivered with a valid receipt</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Ymweliadau a gyflwynwyd gyda derbynneb ddilys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the last sync ended</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Sut y daeth y cysoni diwethaf i ben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visits the server refused, with the reason</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Ymweliadau a wrthododd y gweinydd, gyda&apos;r rheswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync now</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver waiting visits and fetch what the scheme office published</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Cyflwyno&apos;r ymweliadau sy&apos;n aros a nôl yr hyn a gyhoeddodd swyddfa&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server:</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Gweinydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync:</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Cysoni diwethaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits waiting:</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Ymweliadau&apos;n aros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered, with a valid receipt:</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Wedi&apos;u cyflwyno, gyda derbynneb ddilys:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server:</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Wedi&apos;u gwrthod gan y gweinydd:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This computer is not enrolled with a scheme server.</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Nid yw&apos;r cyfrifiadur hwn wedi&apos;i gofrestru gyda gweinydd cynllun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the scheme office for a device file (icvapp sync enrol).</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Gofynnwch i swyddfa&apos;r cynllun am ffeil dyfais (icvapp sync enrol).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Visit no. {visit}: {reason}</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Ymweliad rhif {visit}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>byth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last sync stopped: {reason}</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Daeth y cysoni diwethaf i ben: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last sync finished. Deliveries imported: {count}.</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Gorffennodd y cysoni diwethaf. Cyflwyniadau a fewnforiwyd: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last sync finished.</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Gorffennodd y cysoni diwethaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing with the scheme server…</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Yn cysoni â gweinydd y cynllun…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The sync stopped: {reason}</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Daeth y cysoni i ben: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced with the scheme server.</source>
        <translatorcomment>REVIEW: sync panel wording (cysoni = sync, derbynneb = receipt).</translatorcomment>
        <translation>Wedi cysoni â gweinydd y cynllun.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/widgets.py" line="-90"/>
        <source>hh:mm</source>
        <extracomment>Hours and minutes, as a placeholder in a time field: keep it short (about 5 characters).</extracomment>
        <translation>aa:mm</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="+20"/>
        <source>Unlock icvapp</source>
        <translation>Datgloi icvapp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Enter your passphrase&lt;/b&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;b&gt;Rhowch eich cyfrinymadrodd&lt;/b&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock problem</source>
        <translation>Problem datgloi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use my &amp;recovery key…</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Defnyddio fy &amp;allwedd adfer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgot the passphrase? Use my recovery key</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Wedi anghofio&apos;r cyfrinymadrodd? Defnyddio fy allwedd adfer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock with the recovery key</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Datgloi gyda&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery key you wrote down when icvapp was set up, and choose a new passphrase. The old passphrase stops working.</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Teipiwch yr allwedd adfer a ysgrifennoch pan sefydlwyd icvapp, a dewiswch gyfrinymadrodd newydd. Bydd yr hen gyfrinymadrodd yn peidio â gweithio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery key</source>
        <translatorcomment>REVIEW: new string, same words as elsewhere in the app.</translatorcomment>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translatorcomment>REVIEW: new string, same words as elsewhere in the app.</translatorcomment>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n character(s)</source>
        <translatorcomment>REVIEW: new string (recovery key on unlock).</translatorcomment>
        <translation>
            <numerusform>O leiaf %n nod</numerusform>
            <numerusform>O leiaf %n nod</numerusform>
            <numerusform>O leiaf %n nod</numerusform>
            <numerusform>O leiaf %n nod</numerusform>
            <numerusform>O leiaf %n nod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Ailadrodd y cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery &amp;key</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>A&amp;llwedd adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peat it</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>&amp;Ei ailadrodd</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The passphrase needs at least %n character(s).</source>
        <translatorcomment>REVIEW: new string (recovery key on unlock).</translatorcomment>
        <translation>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
            <numerusform>Mae angen o leiaf %n nod yn y cyfrinymadrodd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ. Type them again.</source>
        <translatorcomment>REVIEW: new string, same words as elsewhere in the app.</translatorcomment>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/verify_dialog.py" line="+37"/>
        <source>Check a signed report</source>
        <translation>Gwirio adroddiad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a visit report PDF or a submission file. icvapp checks every signature against this scheme&apos;s root certificate and says whether the file is exactly as its visitors signed it.</source>
        <translation>Dewiswch PDF adroddiad ymweliad neu ffeil gyflwyno. Mae icvapp yn gwirio pob llofnod yn erbyn tystysgrif wraidd y cynllun hwn ac yn dweud a yw&apos;r ffeil yn union fel y&apos;i llofnodwyd gan ei hymwelwyr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to check</source>
        <translation>Ffeil i&apos;w gwirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a file to check</source>
        <translation>Dewis ffeil i&apos;w gwirio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file checked yet.</source>
        <translation>Dim ffeil wedi&apos;i gwirio eto.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Dyfarniad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details of each signature</source>
        <translation>Manylion pob llofnod</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a report or submission file</source>
        <translation>Dewis adroddiad neu ffeil gyflwyno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports and submissions (*.pdf *.icvsub);;All files (*)</source>
        <translation>Adroddiadau a chyflwyniadau (*.pdf *.icvsub);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This profile has no scheme root certificate yet, so it cannot check signatures. Join your scheme first (File ▸ Signing and certificates).</source>
        <translation>Nid oes gan y proffil hwn dystysgrif wraidd cynllun eto, felly ni all wirio llofnodion. Ymunwch â&apos;ch cynllun yn gyntaf (Ffeil ▸ Llofnodi a thystysgrifau).</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/visit_form.py" line="+87"/>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Visit report sections</source>
        <translation>Adrannau&apos;r adroddiad ymweliad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems to fix before completing</source>
        <translation>Problemau i&apos;w cywiro cyn cwblhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate a problem to go to its field</source>
        <translation>Dewiswch broblem i fynd i&apos;w maes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← &amp;Back to visits</source>
        <translation>← &amp;Yn ôl i&apos;r ymweliadau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the visit list</source>
        <translation>Yn ôl i&apos;r rhestr ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the report for problems</source>
        <translation>Gwirio&apos;r adroddiad am broblemau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ch&amp;eck</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); mnemonic G kept from the earlier translation.</translatorcomment>
        <translation>G&amp;wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>E&amp;xport PDF…</source>
        <translation>&amp;Allforio PDF…</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Export this visit report as PDF</source>
        <translation>Allforio&apos;r adroddiad ymweliad hwn fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit again</source>
        <translation>Golygu &amp;eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen this completed visit for editing</source>
        <translation>Ailagor yr ymweliad gorffenedig hwn i&apos;w olygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark this visit report complete</source>
        <translation>Nodi bod yr adroddiad ymweliad hwn yn gyflawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign and seal…</source>
        <translation>&amp;Llofnodi a selio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both visitors sign and seal this report</source>
        <translation>Y ddau ymwelydd yn llofnodi ac yn selio&apos;r adroddiad hwn</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Mark comp&amp;lete</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); mnemonic N kept from the earlier translation.</translatorcomment>
        <translation>&amp;Nodi&apos;n gyflawn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;to office…</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard); mnemonic W kept from the earlier translation.</translatorcomment>
        <translation>Anfon i&apos;r s&amp;wyddfa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this sealed report as a submission file for the scheme office</source>
        <translation>Ysgrifennu&apos;r adroddiad hwn sydd wedi&apos;i selio fel ffeil gyflwyno ar gyfer swyddfa&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amend…</source>
        <translation>D&amp;iwygio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct this sealed report with a signed amendment</source>
        <translation>Cywiro&apos;r adroddiad hwn sydd wedi&apos;i selio â diwygiad wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report status</source>
        <translation>Statws yr adroddiad</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>E&amp;xport signed PDF…</source>
        <translation>&amp;Allforio PDF wedi&apos;i lofnodi…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New visit</source>
        <translation>Ymweliad newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{place} — {date} ({status})</source>
        <translation>{place} — {date} ({status})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Editing…</source>
        <translation>Wrthi&apos;n golygu…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>⚠ Not saved — will retry</source>
        <translation>⚠ Heb ei gadw — bydd yn ceisio eto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {time}</source>
        <translation>Wedi&apos;i gadw {time}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{section} ({count})</source>
        <translation>{section} ({count})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not complete yet</source>
        <translation>Ddim yn gyflawn eto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n thing(s) to fix before this report is complete. Your draft is saved; the list below the form shows each one.</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>Dim i&apos;w gywiro cyn bod yr adroddiad hwn yn gyflawn. Mae eich drafft wedi&apos;i gadw.</numerusform>
            <numerusform>%n peth i&apos;w gywiro cyn bod yr adroddiad hwn yn gyflawn. Mae eich drafft wedi&apos;i gadw; mae&apos;r rhestr o dan y ffurflen yn ei ddangos.</numerusform>
            <numerusform>%n peth i&apos;w cywiro cyn bod yr adroddiad hwn yn gyflawn. Mae eich drafft wedi&apos;i gadw; mae&apos;r rhestr o dan y ffurflen yn dangos pob un.</numerusform>
            <numerusform>%n peth i&apos;w cywiro cyn bod yr adroddiad hwn yn gyflawn. Mae eich drafft wedi&apos;i gadw; mae&apos;r rhestr o dan y ffurflen yn dangos pob un.</numerusform>
            <numerusform>%n peth i&apos;w cywiro cyn bod yr adroddiad hwn yn gyflawn. Mae eich drafft wedi&apos;i gadw; mae&apos;r rhestr o dan y ffurflen yn dangos pob un.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Complete</source>
        <translation>Cyflawn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit a completed visit?</source>
        <translation>Golygu ymweliad gorffenedig?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This visit report is complete. Reopen it as a draft to correct it?</source>
        <translation>Mae&apos;r adroddiad ymweliad hwn yn gyflawn. Ei ailagor fel drafft i&apos;w gywiro?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft not saved</source>
        <translation>Drafft heb ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Your typing is still here. Fix the problem and try again.</source>
        <translation>{problem}

Mae&apos;r hyn a deipiwyd gennych yma o hyd. Datryswch y broblem a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../ui/form_words.py" line="+92"/>
        <source>Visit details</source>
        <extracomment>The window&apos;s menus: every view&apos;s labels avoid their Alt+letters. The window&apos;s menus, the visit form&apos;s buttons and its fixed labels, whose Alt+letters a label built from a kind&apos;s word avoids.</extracomment>
        <translation>Manylion yr ymweliad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close-out</source>
        <translatorcomment>REVIEW: Tab for the end of the visit (officer feedback, observations). Is &apos;Cloi&apos;r ymweliad&apos; natural, or &apos;Diwedd yr ymweliad&apos;?</translatorcomment>
        <translation>Cloi&apos;r ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/visit_status.py" line="+18"/>
        <source>awaiting signatures</source>
        <extracomment>The banner&apos;s tint for each kind of news, from the palette&apos;s roles (light, dark or high contrast).</extracomment>
        <translation>yn aros am lofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} · version {version}</source>
        <translation>{status} · fersiwn {version}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Amendment (version {version}) of a signed report. Reason: {reason} The signed original stays on record unchanged.</source>
        <translation>Diwygiad (fersiwn {version}) o adroddiad wedi&apos;i lofnodi. Rheswm: {reason} Mae&apos;r gwreiddiol wedi&apos;i lofnodi yn aros ar gofnod heb ei newid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version}, an amendment: {reason}.</source>
        <translation>Fersiwn {version}, diwygiad: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by {names} on {date} at {time} UTC and sealed: it can be read, exported and sent to the office, but never changed.</source>
        <translation>Wedi&apos;i lofnodi gan {names} ar {date} am {time} UTC a&apos;i selio: gellir ei ddarllen, ei allforio a&apos;i anfon i&apos;r swyddfa, ond byth ei newid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by {names} and sealed: it can be read, exported and sent to the office, but never changed.</source>
        <translation>Wedi&apos;i lofnodi gan {names} a&apos;i selio: gellir ei ddarllen, ei allforio a&apos;i anfon i&apos;r swyddfa, ond byth ei newid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Superseded by the signed amendment, version {version}.</source>
        <translation>Wedi&apos;i ddisodli gan y diwygiad wedi&apos;i lofnodi, fersiwn {version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amendment (version {version}) is being prepared.</source>
        <translation>Mae diwygiad (fersiwn {version}) yn cael ei baratoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To correct it, choose &apos;Amend&apos;.</source>
        <translation>I&apos;w gywiro, dewiswch &apos;Diwygio&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/form_words.py" line="+1"/>
        <source>Numbers</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Niferoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subjects} seen</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{subjects} a welwyd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Observed</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Wedi&apos;u harsylwi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This scheme has no places to visit yet, so there is nothing to choose. A volunteer gets them with the scheme file: File ▸ Join your scheme. The scheme office adds them in View ▸ Scheme set-up.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Nid oes gan y cynllun hwn leoedd i ymweld â nhw eto, felly nid oes dim i&apos;w ddewis. Mae gwirfoddolwr yn eu cael gyda&apos;r ffeil cynllun: Ffeil ▸ Ymuno â&apos;ch cynllun. Mae swyddfa&apos;r cynllun yn eu hychwanegu yn Golwg ▸ Sefydlu&apos;r cynllun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complete, awaiting both visitors&apos; signatures. Choose &apos;Sign and seal&apos; to record the acknowledgement of the {staff} and sign, or &apos;Edit again&apos; to correct it first.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Cyflawn, yn aros am lofnodion y ddau ymwelydd. Dewiswch &apos;Llofnodi a selio&apos; i gofnodi cydnabyddiaeth {staff} a llofnodi, neu &apos;Golygu eto&apos; i&apos;w gywiro yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <location filename="../../ui/visit_list.py" line="+43"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{place}</source>
        <comment>the list&apos;s column</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors</source>
        <translation>Ymwelwyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stage}</source>
        <comment>the list&apos;s first count</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stage}</source>
        <comment>the list&apos;s second count</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{stage}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subjects}</source>
        <comment>the list&apos;s column</comment>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>{subjects}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>(no date)</source>
        <translation>(dim dyddiad)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{status} · abandoned</source>
        <translation>{status} · wedi&apos;i adael</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft amendment (v{version})</source>
        <translation>Diwygiad drafft (f{version})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded (v{version})</source>
        <translation>Wedi&apos;i ddisodli (f{version})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported history</source>
        <translation>Hanes wedi&apos;i fewnforio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting signatures</source>
        <translation>Yn aros am lofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status} · v{version}</source>
        <translation>{status} · f{version}</translation>
    </message>
</context>
<context>
    <name>VisitListView</name>
    <message>
        <location line="+21"/>
        <source>Filter by {place}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Hidlo yn ôl {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by {place}: the list shows only the visits there</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Hidlo yn ôl {place}: mae&apos;r rhestr yn dangos yr ymweliadau yno yn unig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by financial quarter</source>
        <translation>Hidlo yn ôl chwarter ariannol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by financial quarter: the list shows only that quarter&apos;s visits</source>
        <translation>Hidlo yn ôl chwarter ariannol: mae&apos;r rhestr yn dangos ymweliadau&apos;r chwarter hwnnw yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by status: the list shows only visits with the chosen status</source>
        <translation>Hidlo yn ôl statws: mae&apos;r rhestr yn dangos ymweliadau â&apos;r statws a ddewiswyd yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Pob statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Drafftiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting signatures</source>
        <translation>Yn aros am lofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All dates</source>
        <translation>Pob dyddiad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of visits shown</source>
        <translation>Nifer yr ymweliadau a ddangosir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quarter</source>
        <translation>&amp;Chwarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatws</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every visit, newest first. Press Enter to open the selected one.</source>
        <translation>Pob ymweliad, y mwyaf diweddar yn gyntaf. Pwyswch Enter i agor yr un a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New visit</source>
        <translation>Ymweliad &amp;newydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a new visit</source>
        <translation>Cofnodi ymweliad newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>A&amp;gor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected visit</source>
        <translation>Agor yr ymweliad a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>&amp;Allforio PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected visit report as PDF</source>
        <translation>Allforio&apos;r adroddiad ymweliad a ddewiswyd fel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Dileu&apos;r drafft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected draft</source>
        <translation>Dileu&apos;r drafft a ddewiswyd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;No visits yet.&lt;/b&gt; Press &lt;b&gt;New visit&lt;/b&gt; (Alt+N) to record your first one. The places visited and the volunteers come from your scheme file (File ▸ Join your scheme); at the scheme office, add them in View ▸ Scheme set-up.</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>&lt;b&gt;Dim ymweliadau eto.&lt;/b&gt; Pwyswch &lt;b&gt;Ymweliad newydd&lt;/b&gt; (Alt+N) i gofnodi&apos;r cyntaf. Daw&apos;r mannau yr ymwelir â nhw a&apos;r gwirfoddolwyr o ffeil eich cynllun (Ffeil ▸ Ymuno â&apos;ch cynllun); yn swyddfa&apos;r cynllun, ychwanegwch nhw yn Gweld ▸ Sefydlu&apos;r cynllun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do next</source>
        <translatorcomment>REVIEW: new string (first-run doors, joining, recovery, keyboard).</translatorcomment>
        <translation>Beth i&apos;w wneud nesaf</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All: {places}</source>
        <translatorcomment>REVIEW: new string, translated by the developers.</translatorcomment>
        <translation>Y cyfan: {places}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count}+ visits</source>
        <translation>{count}+ ymweliad</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln visit(s)</source>
        <translatorcomment>REVIEW: Plural forms follow Qt&apos;s Welsh rule: n=0 | n=1 | n=2-5 | n=6 | other. After a numeral the noun stays singular (%n ymweliad).</translatorcomment>
        <translation>
            <numerusform>%Ln ymweliad</numerusform>
            <numerusform>%Ln ymweliad</numerusform>
            <numerusform>%Ln ymweliad</numerusform>
            <numerusform>%Ln ymweliad</numerusform>
            <numerusform>%Ln ymweliad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorSignature</name>
    <message>
        <location filename="../../ui/signoff_dialog.py" line="-150"/>
        <source>Visitor {position}: {name}</source>
        <translation>Ymwelydd {position}: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing PIN for {name}</source>
        <translation>PIN llofnodi {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this visitor types it</source>
        <translation>Dim ond yr ymwelydd hwn sy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s PIN</source>
        <translation>PIN {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing status for {name}</source>
        <translation>Statws llofnodi {name}</translation>
    </message>
</context>
<context>
    <name>VolunteersPanel</name>
    <message>
        <location filename="../../ui/volunteers_panel.py" line="+44"/>
        <source>Volunteers</source>
        <translation>Gwirfoddolwyr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Active from</source>
        <translation>Gweithredol o</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Active until</source>
        <translation>Gweithredol tan</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Co-ordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteer&apos;s name</source>
        <translation>Enw&apos;r gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No start &amp;date</source>
        <translation>Dim &amp;dyddiad dechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still a&amp;ctive</source>
        <translation>Yn dal yn we&amp;ithredol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-o&amp;rdinator (keeps the rota)</source>
        <translation>Cy&amp;dlynydd (yn cadw&apos;r rota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a co-ordinator</source>
        <translation>Yn gydlynydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with the volunteer</source>
        <translation>Problem gyda&apos;r gwirfoddolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w volunteer</source>
        <translation>Gwirfoddolwr ne&amp;wydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new volunteer</source>
        <translation>Dechrau gwirfoddolwr newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sav&amp;e volunteer</source>
        <translation>Cadw&apos;r gwirf&amp;oddolwr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this volunteer</source>
        <translation>Cadw&apos;r gwirfoddolwr hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active from</source>
        <translation>&amp;Gweithredol o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active &amp;until</source>
        <translation>Gweithredol &amp;tan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rota offers a volunteer only for the weeks they are active.</source>
        <translation>Mae&apos;r rota yn cynnig gwirfoddolwr dim ond ar gyfer yr wythnosau y mae&apos;n weithredol.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>still active</source>
        <translation>yn dal yn weithredol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Volunteer saved: {name}.</source>
        <translation>Gwirfoddolwr wedi&apos;i gadw: {name}.</translation>
    </message>
</context>
</TS>
