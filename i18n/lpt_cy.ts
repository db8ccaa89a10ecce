<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
  <context>
    <name>@default</name>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>(outside the areas)</source>
      <translation>(y tu allan i'r ardaloedd)</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>0 recipients</source>
      <translation>0 derbynnydd</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>1. Data</source>
      <translation>1. Data</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>2. Area</source>
      <translation>2. Ardal</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>3. Audience</source>
      <translation>3. Cynulleidfa</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>4. Message</source>
      <translation>4. Neges</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>5. Guards and export</source>
      <translation>5. Mesurau diogelu ac allforio</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>A PostGIS workspace: a PostgreSQL connection saved in QGIS (Browser &gt; PostgreSQL), or service=NAME from pg_service.conf. You see the members, areas and set-ups your role and areas allow.</source>
      <translation>Man gwaith PostGIS: cysylltiad PostgreSQL a gadwyd yn QGIS (Porwr &gt; PostgreSQL), neu service=NAME o pg_service.conf. Rydych yn gweld yr aelodau, yr ardaloedd a'r trefniannau y mae eich rôl a'ch ardaloedd yn eu caniatáu.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>A workspace GeoPackage: its members, postcodes and areas are read from it, and added to the project for the map</source>
      <translation>GeoPackage man gwaith: darllenir ei aelodau, ei godau post a'i ardaloedd ohono, a'u hychwanegu at y prosiect ar gyfer y map</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Add set</source>
      <translation>Ychwanegu set</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Area change (figures)</source>
      <translation>Newid yn yr ardal (ffigurau)</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Area insight (figures)</source>
      <translation>Mewnwelediad ardal (ffigurau)</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Area or group</source>
      <translation>Ardal neu grŵp</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Areas</source>
      <translation>Ardaloedd</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Author</source>
      <translation>Awdur</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Channel</source>
      <translation>Sianel</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Choose the layers made by the Import algorithms, then Load.</source>
      <translation>Dewiswch yr haenau a wnaed gan yr algorithmau Mewnforio, yna Llwytho.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Chosen areas</source>
      <translation>Ardaloedd a ddewiswyd</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Clear the drawn area</source>
      <translation>Clirio'r ardal a luniwyd</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Connection (pg:NAME, a connection saved in QGIS; or service=NAME)</source>
      <translation>Cysylltiad (pg:NAME, cysylltiad a gadwyd yn QGIS; neu service=NAME)</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>Could not unpack the wheels: {0}</source>
      <translation>Methu dadbacio'r ffeiliau wheel: {0}</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>Download from the Python Package Index (needs internet and pip)</source>
      <translation>Lawrlwytho o'r Python Package Index (angen y rhyngrwyd a pip)</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Draw circle</source>
      <translation>Lluniadu cylch</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Draw polygon</source>
      <translation>Lluniadu polygon</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Drawn circle</source>
      <translation>Cylch a luniwyd</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Drawn polygon</source>
      <translation>Polygon a luniwyd</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Email</source>
      <translation>E-bost</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Export folder</source>
      <translation>Ffolder allforio</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Export to the alert platform</source>
      <translation>Allforio i'r platfform rhybuddion</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Exported {0}: {1:,} recipients -&gt; {2}</source>
      <translation>Allforiwyd {0}: {1:,} derbynnydd -&gt; {2}</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Field</source>
      <translation>Maes</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Fill from template</source>
      <translation>Llenwi o'r templed</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Final text</source>
      <translation>Testun terfynol</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Frequency guard (days)</source>
      <translation>Rheol ddiogelu amlder (diwrnodau)</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>From a folder of wheel files (.whl), e.g. on a USB stick (no internet)</source>
      <translation>O ffolder o ffeiliau wheel (.whl), e.e. ar ffon USB (dim rhyngrwyd)</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>From a set-up</source>
      <translation>O drefniant</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Guards: clear.</source>
      <translation>Mesurau diogelu: dim problem.</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>Install</source>
      <translation>Gosod</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>Installed into {0}. Restart QGIS to use Local Priority Targeting.</source>
      <translation>Wedi'u gosod yn {0}. Ailgychwynnwch QGIS i ddefnyddio Local Priority Targeting.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Language</source>
      <translation>Iaith</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Load</source>
      <translation>Llwytho</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>Local Priority Targeting: install Python packages</source>
      <translation>Local Priority Targeting: gosod pecynnau Python</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Local Priority Targeting: messages</source>
      <translation>Local Priority Targeting: negeseuon</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Members</source>
      <translation>Aelodau</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Message log</source>
      <translation>Log negeseuon</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Minimum audience</source>
      <translation>Isafswm cynulleidfa</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>No recipient had a message recently.</source>
      <translation>Nid oes unrhyw dderbynnydd wedi cael neges yn ddiweddar.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_setups.py" />
      <source>None of set-up {0}'s areas is loaded: nothing was changed.</source>
      <translation>Nid oes yr un o ardaloedd trefniant {0} wedi'i llwytho: ni newidiwyd dim.</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Open a database workspace</source>
      <translation>Agor man gwaith cronfa ddata</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Open a database workspace…</source>
      <translation>Agor man gwaith cronfa ddata…</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Open a workspace</source>
      <translation>Agor man gwaith</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Open a workspace…</source>
      <translation>Agor man gwaith…</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Pick a template, say what was done, then edit the final text. Figures are aggregates of the area only.</source>
      <translation>Dewiswch dempled, dywedwch beth a wnaed, yna golygwch y testun terfynol. Cyfansymiau ar gyfer yr ardal yn unig yw'r ffigurau.</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Postcodes</source>
      <translation>Codau post</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Priority streets</source>
      <translation>Strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Recipients</source>
      <translation>Derbynwyr</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Refine by groups and answers: include sets are joined, must sets must all match, exclude sets remove. Opted-out members and unknown statuses are never included.</source>
      <translation>Mireinio yn ôl grwpiau ac atebion: caiff setiau include eu cyfuno, rhaid i bob set must gyfateb, ac mae setiau exclude yn tynnu aelodau allan. Ni chaiff aelodau sydd wedi optio allan nac aelodau â statws anhysbys byth eu cynnwys.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Remove set</source>
      <translation>Dileu set</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Selected features of a polygon layer</source>
      <translation>Nodweddion a ddewiswyd mewn haen bolygon</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Send anyway</source>
      <translation>Anfon beth bynnag</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Set</source>
      <translation>Set</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Signed by</source>
      <translation>Llofnodwyd gan</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Subject</source>
      <translation>Pwnc</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Template</source>
      <translation>Templed</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>The folder {0} has no wheel for: {1}. Download them on a PC with internet (see README, Installation, offline) and try again.</source>
      <translation>Nid oes ffeil wheel yn y ffolder {0} ar gyfer: {1}. Lawrlwythwch nhw ar gyfrifiadur sydd â'r rhyngrwyd (gweler README, Installation, offline) a rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>The layers made by the Import algorithms: members, postcodes and areas are needed; insight and change layers fill the message with figures.</source>
      <translation>Yr haenau a wnaed gan yr algorithmau Mewnforio: mae angen aelodau, codau post ac ardaloedd; mae haenau mewnwelediad a newid yn llenwi'r neges â ffigurau.</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>The message log cannot be read, so nothing can be sent: {0}</source>
      <translation>Ni ellir darllen y log negeseuon, felly ni ellir anfon dim: {0}</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_setups.py" />
      <source>The set-ups of the workspace opened in 1. Data</source>
      <translation>Trefniannau'r man gwaith a agorwyd yn 1. Data</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>These packages are missing or too old:</source>
      <translation>Mae'r pecynnau hyn ar goll neu'n rhy hen:</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>They will be installed into your QGIS profile only ({0}); QGIS's own packages are not changed.</source>
      <translation>Byddant yn cael eu gosod yn eich proffil QGIS yn unig ({0}); ni chaiff pecynnau QGIS ei hun eu newid.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Too small an audience always blocks; recent recipients are counted from the message log. Export writes the files for the alert platform and records them in the log.</source>
      <translation>Mae cynulleidfa rhy fach bob amser yn atal anfon; mae derbynwyr diweddar yn cael eu cyfrif o'r log negeseuon. Mae Allforio yn ysgrifennu'r ffeiliau ar gyfer y platfform rhybuddion ac yn eu cofnodi yn y cofnod.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Top priority streets</source>
      <translation>Prif strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_setups.py" />
      <source>Use set-up</source>
      <translation>Defnyddio trefniant</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Values (| between)</source>
      <translation>Gwerthoedd (| rhyngddynt)</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Values present (tick to pick):</source>
      <translation>Gwerthoedd sy'n bresennol (ticiwch i ddewis):</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>What was done</source>
      <translation>Beth a wnaed</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Who lives where: the whole force, ticked areas, a polygon layer, the top priority streets, or a polygon or circle you draw on the map.</source>
      <translation>Pwy sy'n byw ble: yr heddlu cyfan, ardaloedd wedi'u ticio, haen bolygon, y prif strydoedd blaenoriaeth, neu bolygon neu gylch rydych yn ei luniadu ar y map.</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>Whole force</source>
      <translation>Yr heddlu cyfan</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>Workspace: {0}</source>
      <translation>Man gwaith: {0}</translation>
    </message>
    <message>
      <location filename="../qgisio/qfield_project.py" />
      <source>at most 200 characters</source>
      <translation>dim mwy na 200 nod</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>choose the members, postcodes and areas layers</source>
      <translation>dewiswch haenau'r aelodau, y codau post a'r ardaloedd</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>choose the message log and the export folder</source>
      <translation>dewiswch y log negeseuon a'r ffolder allforio</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>group: {0}</source>
      <translation>grŵp: {0}</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>load the data first</source>
      <translation>llwythwch y data yn gyntaf</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>pip failed (exit code {0}): see the lines above.</source>
      <translation>Methodd pip (cod gadael {0}): gweler y llinellau uchod.</translation>
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" />
      <source>pip is not available to the Python that QGIS runs. Use a folder of wheel files instead (see README, Installation).</source>
      <translation>Nid yw pip ar gael i'r Python y mae QGIS yn ei redeg. Defnyddiwch ffolder o ffeiliau wheel yn lle hynny (gweler README, Installation).</translation>
    </message>
    <message>
      <location filename="../qgisio/qfield_project.py" />
      <source>this looks like a phone number or an email: do not record personal data</source>
      <translation>mae hyn yn edrych fel rhif ffôn neu gyfeiriad e-bost: peidiwch â chofnodi data personol</translation>
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" />
      <source>top </source>
      <translation>prif </translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>{0:,} members ({1:,} opted out and {2:,} with an unknown status: never messaged) in {3} areas</source>
      <translation>{0:,} aelod ({1:,} wedi optio allan a {2:,} â statws anhysbys: byth yn cael neges) mewn {3} ardal</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>{0:,} of {1:,} recipients had a message in the last {2} days: tick 'Send anyway' to send to them again.</source>
      <translation>Cafodd {0:,} o {1:,} derbynnydd neges yn ystod y {2} diwrnod diwethaf: ticiwch 'Anfon beth bynnag' i anfon atynt eto.</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>{0:,} recipients</source>
      <translation>{0:,} derbynnydd</translation>
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" />
      <source>{0} characters, {1} SMS segment(s) ({2})</source>
      <translation>{0} nod, {1} segment SMS ({2})</translation>
    </message>
  </context>
  <context>
    <name>ArchiveSetup</name>
    <message>
      <location filename="../processing/engage/archive_setup.py" />
      <source>Set-up id (e.g. S0001)</source>
      <translation>Dynodydd y trefniant (e.e. S0001)</translation>
    </message>
    <message>
      <location filename="../processing/engage/archive_setup.py" />
      <source>What happened</source>
      <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
      <location filename="../processing/engage/archive_setup.py" />
      <source>give the id lpt:createsetup returned, e.g. S0001.</source>
      <translation>rhowch y dynodydd a ddychwelwyd gan lpt:createsetup, e.e. S0001.</translation>
    </message>
    <message>
      <location filename="../processing/engage/archive_setup.py" />
      <source>no set-up id given</source>
      <translation>ni roddwyd dynodydd trefniant</translation>
    </message>
  </context>
  <context>
    <name>BriefingPack</name>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Also a PNG per page</source>
      <translation>Hefyd ffeil PNG ar gyfer pob tudalen</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Area boundaries</source>
      <translation>Ffiniau ardaloedd</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Area insight</source>
      <translation>Mewnwelediad ardal</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Area name field (default area_name)</source>
      <translation>Maes enw'r ardal (rhagosodiad area_name)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Areas in the pack</source>
      <translation>Ardaloedd yn y pecyn</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Hot places</source>
      <translation>Mannau poeth</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Hot street (Gi*, significant after FDR)</source>
      <translation>Stryd boeth (Gi*, arwyddocaol ar ôl FDR)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Layout template (.qpt; default the shipped briefing pack)</source>
      <translation>Templed cynllun (.qpt; rhagosodiad y pecyn briffio a ddarperir)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Licences and attributions table (source,default,text; default the shipped table)</source>
      <translation>Tabl trwyddedau a phriodoliadau (source,default,text; rhagosodiad y tabl a ddarperir)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Message log (optional)</source>
      <translation>Log negeseuon (dewisol)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Neighbourhood briefing</source>
      <translation>Briff cymdogaeth</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Only the areas where (expression)</source>
      <translation>Dim ond yr ardaloedd lle (mynegiad)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Output folder</source>
      <translation>Ffolder allbwn</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>PDF files written</source>
      <translation>Ffeiliau PDF a ysgrifennwyd</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>PNG files written</source>
      <translation>Ffeiliau PNG a ysgrifennwyd</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Priority areas</source>
      <translation>Ardaloedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Priority streets</source>
      <translation>Strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Show counts of people under this as &lt;n</source>
      <translation>Dangos cyfrifon pobl o dan y nifer hwn fel &lt;n</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Streets are from OpenStreetMap (adds its attribution)</source>
      <translation>Mae'r strydoedd o OpenStreetMap (yn ychwanegu ei briodoliad)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>The layout template {0} does not exist.</source>
      <translation>Nid yw'r templed cynllun {0} yn bodoli.</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Title</source>
      <translation>Teitl</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Top streets per area</source>
      <translation>Prif strydoedd ym mhob ardal</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>With FORECAST, a page 'Does the ranking work?' in every area's briefing</source>
      <translation>Gyda FORECAST, tudalen 'Ydy'r rhestr yn ôl trefn yn gweithio?' ym mriff pob ardal</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Workspace: set-ups and visits (optional; GeoPackage or PostGIS connection)</source>
      <translation>Man gwaith: trefniannau ac ymweliadau (dewisol; GeoPackage neu gysylltiad PostGIS)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>check the areas layer and the FILTER expression.</source>
      <translation>gwiriwch haen yr ardaloedd a'r mynegiad FILTER.</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>choose the field that holds the area names (NAME_FIELD).</source>
      <translation>dewiswch y maes sy'n cynnwys enwau'r ardaloedd (NAME_FIELD).</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>no area to make a briefing for</source>
      <translation>dim ardal i wneud briff ar ei chyfer</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>the areas layer has no field {field} (fields: {names})</source>
      <translation>nid oes gan haen yr ardaloedd faes {field} (meysydd: {names})</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>{0}: {1:,} crimes, {2} top streets{3}</source>
      <translation>{0}: {1:,} trosedd, {2} prif stryd{3}</translation>
    </message>
  </context>
  <context>
    <name>CommunityProfile</name>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Census 2021 table (CSV by LSOA or OA; blank = the workspace's ethnic group table)</source>
      <translation>Tabl Cyfrifiad 2021 (CSV fesul LSOA neu OA; gwag = tabl grŵp ethnig y man gwaith)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Column metadata for coded Census columns (new_names, Variable_Name)</source>
      <translation>Metadata colofnau ar gyfer colofnau Cyfrifiad wedi'u codio (new_names, Variable_Name)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Community on the map (Census category; blank = every community)</source>
      <translation>Cymuned ar y map (categori'r Cyfrifiad; gwag = pob cymuned)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Community profile (every community)</source>
      <translation>Proffil cymunedol (pob cymuned)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Community profile map</source>
      <translation>Map proffil cymunedol</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Flag only where the community has at least this many residents</source>
      <translation>Nodi dim ond lle mae gan y gymuned o leiaf y nifer hwn o breswylwyr</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Flag when the ratio's upper 95% bound is below</source>
      <translation>Nodi pan fo terfyn uchaf 95% y gymhareb yn is na</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Insight by group</source>
      <translation>Mewnwelediad fesul grŵp</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Member answers to Census categories (topic, level, answer, category; default shipped)</source>
      <translation>Atebion aelodau i gategorïau'r Cyfrifiad (topic, level, answer, category; rhagosodiad a ddarperir)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>No member's answer is placed in a category of this Census table: check the question (TOPIC) and the category map.</source>
      <translation>Nid oes ateb unrhyw aelod wedi'i osod mewn categori yn y tabl Cyfrifiad hwn: gwiriwch y cwestiwn (TOPIC) a map y categorïau.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Profile by</source>
      <translation>Proffil yn ôl</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Profile by team areas needs the team-area layer (TEAM_AREAS).</source>
      <translation>Mae proffil yn ôl ardaloedd tîm angen haen yr ardaloedd tîm (TEAM_AREAS).</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Question (members' field and Census topic)</source>
      <translation>Cwestiwn (maes yr aelodau a phwnc y Cyfrifiad)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Team area code field</source>
      <translation>Maes cod ardal tîm</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Team areas (polygons)</source>
      <translation>Ardaloedd tîm (polygonau)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>check it with Import Census 2021 table, which lists every rejected row.</source>
      <translation>gwiriwch ef gyda Mewnforio tabl Cyfrifiad 2021, sy'n rhestru pob rhes a wrthodwyd.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>choose the layer.</source>
      <translation>dewiswch yr haen.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>community '{0}' is not a category of the Census table</source>
      <translation>nid yw'r gymuned '{0}' yn un o gategorïau tabl y Cyfrifiad</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>give the Census 2021 table (CENSUS), or import the ethnic group table (TS021) into the workspace.</source>
      <translation>rhowch dabl Cyfrifiad 2021 (CENSUS), neu mewnforiwch y tabl grŵp ethnig (TS021) i'r man gwaith.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>no Census table for this question</source>
      <translation>dim tabl Cyfrifiad ar gyfer y cwestiwn hwn</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>profile by team areas needs the team-area layer</source>
      <translation>mae proffil yn ôl ardaloedd tîm angen haen yr ardaloedd tîm</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>use one of: {0}</source>
      <translation>defnyddiwch un o: {0}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>{0:,} Census areas have no postcode in any area: left out.</source>
      <translation>Nid oes cod post mewn unrhyw ardal gan {0:,} ardal Cyfrifiad: wedi'u gadael allan.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>{0:,} area x community rows; {1:,} under-represented (at least {2:,} residents, ratio's upper bound below {3:g}).</source>
      <translation>{0:,} rhes ardal x cymuned; {1:,} wedi'u tangynrychioli (o leiaf {2:,} preswylydd, terfyn uchaf y gymhareb yn is na {3:g}).</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>{0:,} of {1:,} rows of the Census table were rejected (first: row {2}, {3})</source>
      <translation>gwrthodwyd {0:,} o {1:,} rhes yn nhabl y Cyfrifiad (y gyntaf: rhes {2}, {3})</translation>
    </message>
  </context>
  <context>
    <name>ComparePeriods</name>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Area change</source>
      <translation>Newid yn yr ardal</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Areas</source>
      <translation>Ardaloedd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Comparing {0} with {1}…</source>
      <translation>Yn cymharu {0} â {1}…</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Crime changes are {0}; none is called significant.</source>
      <translation>Mae'r newidiadau mewn troseddau yn {0}; ni chaiff yr un ei alw'n arwyddocaol.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>First period end</source>
      <translation>Diwedd y cyfnod cyntaf</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>First period start (YYYY-MM)</source>
      <translation>Dechrau'r cyfnod cyntaf (YYYY-MM)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Force change</source>
      <translation>Newid ar draws yr heddlu</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Force: crimes {0:,} -&gt; {1:,} ({2:+.1f}%, p={3:.3g}, one test)</source>
      <translation>Heddlu: troseddau {0:,} -&gt; {1:,} ({2:+.1f}%, p={3:.3g}, un prawf)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Second period end</source>
      <translation>Diwedd yr ail gyfnod</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Second period start</source>
      <translation>Dechrau'r ail gyfnod</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Significance level (FDR)</source>
      <translation>Lefel arwyddocâd (FDR)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Street change</source>
      <translation>Newid yn y stryd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Streets</source>
      <translation>Strydoedd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>{0} with a change in crime significant after FDR (q &lt; {1:g}): {2:,} of {3:,} ({4:,} had p &lt; {1:g} before the adjustment)</source>
      <translation>{0} â newid mewn troseddau sy'n arwyddocaol ar ôl FDR (q &lt; {1:g}): {2:,} o {3:,} (roedd gan {4:,} p &lt; {1:g} cyn yr addasiad)</translation>
    </message>
  </context>
  <context>
    <name>CreateSetup</name>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source> ({0:,} postcodes without an estimate)</source>
      <translation> ({0:,} o godau post heb amcangyfrif)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Address counts (CSV postcode,addresses; instead of the Census estimate)</source>
      <translation>Cyfrifon cyfeiriadau (CSV postcode,addresses; yn lle amcangyfrif y Cyfrifiad)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Area codes (comma separated)</source>
      <translation>Codau ardal (wedi'u gwahanu gan goma)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Areas where a community is under-represented (area codes below)</source>
      <translation>Ardaloedd lle mae cymuned wedi'i thangynrychioli (codau ardal isod)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Community (recorded with the set-up)</source>
      <translation>Cymuned (wedi'i chofnodi gyda'r trefniant)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Criteria</source>
      <translation>Meini prawf</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Criteria (include / exclude / must on area and street)</source>
      <translation>Meini prawf (include / exclude / must ar ardal a stryd)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>End date (YYYY-MM-DD)</source>
      <translation>Dyddiad gorffen (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Include households already registered (revisit)</source>
      <translation>Cynnwys aelwydydd sydd eisoes wedi cofrestru (ailymweld)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Owning team</source>
      <translation>Tîm perchennog</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Priority streets</source>
      <translation>Strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Set-up id</source>
      <translation>Dynodydd y trefniant</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Set-up name</source>
      <translation>Enw'r trefniant</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Set-up {0} '{1}' ({2}): {3:,} postcodes on {4:,} streets, {5}, {6:,} members already registered there</source>
      <translation>Trefniant {0} '{1}' ({2}): {3:,} o godau post ar {4:,} o strydoedd, {5}, {6:,} o aelodau eisoes wedi cofrestru yno</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Start date (YYYY-MM-DD)</source>
      <translation>Dyddiad dechrau (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Streets from</source>
      <translation>Strydoedd o</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Target postcodes</source>
      <translation>Codau post targed</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Target streets</source>
      <translation>Strydoedd targed</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Top priority streets</source>
      <translation>Prif strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Top priority streets (of the areas below, if any)</source>
      <translation>Prif strydoedd blaenoriaeth (yr ardaloedd isod, os oes rhai)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>about {0:,.0f} households to visit</source>
      <translation>tua {0:,.0f} o aelwydydd i ymweld â nhw</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>households to visit not estimated (no Census 2021 households for their LSOAs: run lpt:importcensus)</source>
      <translation>aelwydydd i ymweld â nhw heb eu hamcangyfrif (dim aelwydydd Cyfrifiad 2021 i'w LSOAau: rhedwch lpt:importcensus)</translation>
    </message>
  </context>
  <context>
    <name>CsvImportAlgorithm</name>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>Column mapping (canonical=Your column; ...)</source>
      <translation>Mapio colofnau (canonical=Eich colofn; ...)</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>Delimiter</source>
      <translation>Amffinydd</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>Encoding</source>
      <translation>Amgodiad</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>Input CSV file</source>
      <translation>Ffeil CSV mewnbwn</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>Rejected rows</source>
      <translation>Rhesi a wrthodwyd</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>auto</source>
      <translation>awtomatig</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>check the file.</source>
      <translation>gwiriwch y ffeil.</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>choose a CSV file.</source>
      <translation>dewiswch ffeil CSV.</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>comma</source>
      <translation>coma</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>cp1252</source>
      <translation>cp1252</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>no input file given</source>
      <translation>ni roddwyd ffeil mewnbwn</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>nothing was read</source>
      <translation>ni ddarllenwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>pipe</source>
      <translation>pibell</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>semicolon</source>
      <translation>hanner colon</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>tab</source>
      <translation>tab</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>utf-8</source>
      <translation>utf-8</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>{0:,} rows were rejected: see the 'Rejected rows' table for file, row, column, value and reason.</source>
      <translation>Gwrthodwyd {0:,} rhes: gweler y tabl 'Rhesi a wrthodwyd' am y ffeil, y rhes, y golofn, y gwerth a'r rheswm.</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>{0}: read {1:,} = accepted {2:,} + rejected {3:,}</source>
      <translation>{0}: darllenwyd {1:,} = derbyniwyd {2:,} + gwrthodwyd {3:,}</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>{0}: {1} encoding, {2} delimiter; read {3:,}, accepted {4:,}, rejected {5:,}</source>
      <translation>{0}: amgodiad {1}, amffinydd {2}; darllenwyd {3:,}, derbyniwyd {4:,}, gwrthodwyd {5:,}</translation>
    </message>
  </context>
  <context>
    <name>EngagementReport</name>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>List member ids of unmatched replies (personal data)</source>
      <translation>Rhestru dynodyddion aelodau ar gyfer atebion heb eu paru (data personol)</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Message log without a workspace (GeoPackage)</source>
      <translation>Log negeseuon heb fan gwaith (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Rejected rows</source>
      <translation>Rhesi a wrthodwyd</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Replies export (CSV)</source>
      <translation>Allforio atebion (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Replies not matched to a sent message</source>
      <translation>Atebion heb eu paru â neges a anfonwyd</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Replies: read {0:,} = accepted {1:,} + rejected {2:,}; matched to a sent message {3:,}</source>
      <translation>Atebion: darllenwyd {0:,} = derbyniwyd {1:,} + gwrthodwyd {2:,}; wedi'u paru â neges a anfonwyd {3:,}</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Reply rates per area (all messages)</source>
      <translation>Cyfraddau ateb fesul ardal (pob neges)</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Reply rates per area and month</source>
      <translation>Cyfraddau ateb fesul ardal a mis</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Reply rates per message</source>
      <translation>Cyfraddau ateb fesul neges</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Workspace (its message log, members, postcodes and areas)</source>
      <translation>Man gwaith (ei log negeseuon, ei aelodau, ei godau post a'i ardaloedd)</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>{0:,} replies are dated before their message was created: rejected (see REJECTS)</source>
      <translation>Mae {0:,} o atebion wedi'u dyddio cyn creu eu neges: fe'u gwrthodwyd (gweler REJECTS)</translation>
    </message>
  </context>
  <context>
    <name>EvaluateActivity</name>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>A set-up is read from the workspace: give WORKSPACE.</source>
      <translation>Darllenir trefniant o'r man gwaith: rhowch WORKSPACE.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Comparison streets per target street</source>
      <translation>Strydoedd cymharu ar gyfer pob stryd darged</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Crime figures leave out {0} month(s) without crime data: {1} (the crimes held are of {2}); they compare fewer months than asked</source>
      <translation>Mae'r ffigurau trosedd yn hepgor {0} mis heb ddata trosedd: {1} (mae'r troseddau a gedwir o {2}); maent yn cymharu llai o fisoedd na'r gofyn</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Evaluation (table)</source>
      <translation>Gwerthusiad (tabl)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Give either a set-up (SETUP_ID) or target streets (TARGET_STREETS), not both.</source>
      <translation>Rhowch naill ai drefniant (SETUP_ID) neu strydoedd targed (TARGET_STREETS), nid y ddau.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>HTML report</source>
      <translation>Adroddiad HTML</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>INTERVENTION_DATE '{0}' is not YYYY-MM-DD or YYYY-MM.</source>
      <translation>Nid yw INTERVENTION_DATE '{0}' ar ffurf YYYY-MM-DD neu YYYY-MM.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Intervention date (YYYY-MM-DD or YYYY-MM; blank: the set-up's start date)</source>
      <translation>Dyddiad yr ymyrraeth (YYYY-MM-DD neu YYYY-MM; gwag: dyddiad dechrau'r trefniant)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Months after</source>
      <translation>Misoedd wedyn</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Months before</source>
      <translation>Misoedd cynt</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Or target street ids, separated by ; or ,</source>
      <translation>Neu ddynodyddion strydoedd targed, wedi'u gwahanu gan ; neu ,</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Permutations of the test</source>
      <translation>Trynewidiadau'r prawf</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Report title</source>
      <translation>Teitl yr adroddiad</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Set-up id (e.g. S0001; needs WORKSPACE)</source>
      <translation>Dynodydd y trefniant (e.e. S0001; angen WORKSPACE)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Set-up {0} ({1}): {2} target streets from {3}</source>
      <translation>Trefniant {0} ({1}): {2} stryd darged o {3}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Significance level</source>
      <translation>Lefel arwyddocâd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Streets compared</source>
      <translation>Strydoedd a gymharwyd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Surrounding streets within (m)</source>
      <translation>Strydoedd cyfagos o fewn (m)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Target streets</source>
      <translation>Strydoedd targed</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Target streets need an intervention date (INTERVENTION_DATE).</source>
      <translation>Mae strydoedd targed angen dyddiad ymyrraeth (INTERVENTION_DATE).</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>What the crime comparison says</source>
      <translation>Beth mae'r gymhariaeth troseddau yn ei ddweud</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>give an id lpt:createsetup returned.</source>
      <translation>rhowch ddynodydd a ddychwelwyd gan lpt:createsetup.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>give street ids of the streets layer or workspace (street_id).</source>
      <translation>rhowch ddynodyddion strydoedd o'r haen strydoedd neu'r man gwaith (street_id).</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>give the date it started.</source>
      <translation>rhowch y dyddiad y dechreuodd.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>import those months of crime, or choose another INTERVENTION_DATE or window.</source>
      <translation>mewnforiwch droseddau'r misoedd hynny, neu dewiswch INTERVENTION_DATE neu ffenestr arall.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>no crime data for any of the {0} months of the window ({1}); the crimes held are of {2}</source>
      <translation>dim data trosedd ar gyfer unrhyw un o {0} mis y ffenestr ({1}); mae'r troseddau a gedwir o {2}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>none of the target streets is among the streets analysed</source>
      <translation>nid yw'r un o'r strydoedd targed ymhlith y strydoedd a ddadansoddwyd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>p-value for crime on the target streets</source>
      <translation>gwerth-p ar gyfer troseddau ar y strydoedd targed</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>set-up {0} has no start date</source>
      <translation>nid oes gan drefniant {0} ddyddiad dechrau</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>the workspace has no set-up '{0}'</source>
      <translation>nid oes gan y man gwaith drefniant '{0}'</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>{0} target streets are not among the streets analysed and are left out: {1}</source>
      <translation>Nid yw {0} stryd darged ymhlith y strydoedd a ddadansoddwyd ac fe'u gadewir allan: {1}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>{0} target streets from {1}</source>
      <translation>{0} stryd darged o {1}</translation>
    </message>
  </context>
  <context>
    <name>ExportMessage</name>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>(none)</source>
      <translation>(dim)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Area</source>
      <translation>Ardal</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Area codes</source>
      <translation>Codau ardal</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Area codes (comma separated)</source>
      <translation>Codau ardal (wedi'u gwahanu gan goma)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Audience sets</source>
      <translation>Setiau cynulleidfa</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Audience size</source>
      <translation>Maint y gynulleidfa</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Author</source>
      <translation>Awdur</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Channel</source>
      <translation>Sianel</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Export folder</source>
      <translation>Ffolder allforio</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Features of a polygon layer (selected only, if ticked)</source>
      <translation>Nodweddion haen bolygon (y rhai a ddewiswyd yn unig, os yw wedi'i dicio)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Final text (blank = the filled template)</source>
      <translation>Testun terfynol (gwag = y templed wedi'i lenwi)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Frequency guard (days)</source>
      <translation>Rheol ddiogelu amlder (diwrnodau)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Language of the message</source>
      <translation>Iaith y neges</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Members of the top priority streets</source>
      <translation>Aelodau'r prif strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Message JSON</source>
      <translation>JSON y neges</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Message id</source>
      <translation>Dynodydd y neges</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Message log without a workspace (a GeoPackage workspace, appended); with one: an earlier release's log to import once</source>
      <translation>Log negeseuon heb fan gwaith (man gwaith GeoPackage, wedi'i atodi); gyda man gwaith: log rhyddhad cynharach i'w fewnforio unwaith</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Message {0}: {1:,} recipients in {2}; logged in {3}</source>
      <translation>Neges {0}: {1:,} derbynnydd yn {2}; wedi'i chofnodi yn {3}</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Minimum audience</source>
      <translation>Isafswm cynulleidfa</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Not messaged in the area: {0:,} opted out, {1:,} with an unknown status</source>
      <translation>Heb gael neges yn yr ardal: {0:,} wedi optio allan, {1:,} â statws anhysbys</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Recipients CSV</source>
      <translation>CSV derbynwyr</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Recipients messaged recently</source>
      <translation>Derbynwyr a gafodd neges yn ddiweddar</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>SMS: {0} characters, {1} segment(s), {2}</source>
      <translation>SMS: {0} nod, {1} segment, {2}</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Send even to recipients who had a message within the frequency guard's days (explicit override)</source>
      <translation>Anfon hyd yn oed at dderbynwyr a gafodd neges o fewn diwrnodau'r rheol ddiogelu amlder (diystyru'n benodol)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Signed by</source>
      <translation>Llofnodwyd gan</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Subject (blank = from the template)</source>
      <translation>Pwnc (gwag = o'r templed)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Template</source>
      <translation>Templed</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Top priority streets</source>
      <translation>Prif strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>What was done (for 'you said, we did')</source>
      <translation>Beth a wnaed (ar gyfer 'dywedoch chi, fe wnaethom ni')</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Whole force</source>
      <translation>Yr heddlu cyfan</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Workspace (GeoPackage or PostGIS connection; instead of the three layers below)</source>
      <translation>Man gwaith (GeoPackage neu gysylltiad PostGIS; yn lle'r tair haen isod)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>choose a layer (or its selection).</source>
      <translation>dewiswch haen (neu'r nodweddion a ddewiswyd ynddi).</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>email</source>
      <translation>e-bost</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>no polygon layer for the area</source>
      <translation>dim haen bolygonau ar gyfer yr ardal</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>no priority streets layer</source>
      <translation>dim haen strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>run Priority streets first.</source>
      <translation>rhedwch Strydoedd blaenoriaeth yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>unknown or missing area code(s): {0}</source>
      <translation>cod(au) ardal anhysbys neu ar goll: {0}</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>use codes from the areas layer.</source>
      <translation>defnyddiwch godau o'r haen ardaloedd.</translation>
    </message>
  </context>
  <context>
    <name>ExportVisitList</name>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>Postcodes on the list</source>
      <translation>Codau post ar y rhestr</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>QField project</source>
      <translation>Prosiect QField</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>Set-up id (e.g. S0001)</source>
      <translation>Dynodydd y trefniant (e.e. S0001)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>Visit list of {0}: {1:,} postcodes on {2:,} streets, {3}</source>
      <translation>Rhestr ymweliadau {0}: {1:,} cod post ar {2:,} stryd, {3}</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>Visit list {0}: {1} ({2})</source>
      <translation>Rhestr ymweliadau {0}: {1} ({2})</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>Visit-list GeoPackage</source>
      <translation>GeoPackage y rhestr ymweliadau</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>Visit-list folder</source>
      <translation>Ffolder y rhestr ymweliadau</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>give the id lpt:createsetup returned, e.g. S0001.</source>
      <translation>rhowch y dynodydd a ddychwelwyd gan lpt:createsetup, e.e. S0001.</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>no set-up id given</source>
      <translation>ni roddwyd dynodydd trefniant</translation>
    </message>
  </context>
  <context>
    <name>GenerateDemoData</name>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Census 2021 TS011 households by LSOA</source>
      <translation>Cyfrifiad 2021 TS011 aelwydydd fesul LSOA</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Census 2021 TS021 ethnic group by LSOA</source>
      <translation>Cyfrifiad 2021 TS021 grŵp ethnig fesul LSOA</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Census 2021 TS030 religion by LSOA</source>
      <translation>Cyfrifiad 2021 TS030 crefydd fesul LSOA</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Include fictitious contact fields</source>
      <translation>Cynnwys meysydd cyswllt ffug</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Indices of Deprivation 2025 (LSOA 2021)</source>
      <translation>Mynegeion Amddifadedd 2025 (LSOA 2021)</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Keep postcodes of this local authority (code; blank = all)</source>
      <translation>Cadw codau post yr awdurdod lleol hwn (cod; gwag = y cyfan)</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>LSOA 2021 polygons</source>
      <translation>Polygonau LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Members</source>
      <translation>Aelodau</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Output folder</source>
      <translation>Ffolder allbwn</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Postcode lookup (Code-Point Open or ONSPD)</source>
      <translation>Tabl codau post (Code-Point Open neu ONSPD)</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Random seed</source>
      <translation>Hedyn ar hap</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Reading real geography…</source>
      <translation>Yn darllen daearyddiaeth go iawn…</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Share of rows with realistic faults</source>
      <translation>Cyfran y rhesi â gwallau realistig</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Survey waves (first:last)</source>
      <translation>Tonnau'r arolwg (cyntaf:olaf)</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>choose a polygon layer.</source>
      <translation>dewiswch haen bolygonau.</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>give LSOA 2021 polygons (Import areas with AS=1 for LSOA).</source>
      <translation>rhowch bolygonau LSOA 2021 (Mewnforio ardaloedd gydag AS=1 ar gyfer LSOA).</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>no LSOA 2021 code field (lsoa21_code or LSOA21CD)</source>
      <translation>dim maes cod LSOA 2021 (lsoa21_code neu LSOA21CD)</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>police.uk crime folder (optional)</source>
      <translation>Ffolder troseddau police.uk (dewisol)</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>survey waves must be written first:last, e.g. 2023-Q1:2024-Q4</source>
      <translation>rhaid ysgrifennu tonnau'r arolwg fel cyntaf:olaf, e.e. 2023-Q1:2024-Q4</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>the LSOA 2021 layer cannot be read</source>
      <translation>ni ellir darllen yr haen LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>use the ONS LSOA 2021 boundaries.</source>
      <translation>defnyddiwch ffiniau LSOA 2021 yr ONS.</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>{0:,} postcodes in {1:,} LSOAs; generating {2:,} members…</source>
      <translation>{0:,} cod post mewn {1:,} LSOA; yn creu {2:,} aelod…</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>{0} holds no LSOA codes (E01…/W01…), e.g. {1}</source>
      <translation>nid oes codau LSOA (E01…/W01…) yn {0}, e.e. {1}</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>{0}: {1:,} rows -&gt; {2}</source>
      <translation>{0}: {1:,} rhes -&gt; {2}</translation>
    </message>
  </context>
  <context>
    <name>ImportAreas</name>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>Area polygons</source>
      <translation>Polygonau ardaloedd</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>Areas</source>
      <translation>Ardaloedd</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>Areas (wards, beats, neighbourhoods)</source>
      <translation>Ardaloedd (wardiau, bitiau, cymdogaethau)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>Areas: read {0:,} = accepted {1:,} + rejected {2:,}; repaired {3:,}</source>
      <translation>Ardaloedd: darllenwyd {0:,} = derbyniwyd {1:,} + gwrthodwyd {2:,}; atgyweiriwyd {3:,}</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>Code field (auto if empty)</source>
      <translation>Maes cod (awtomatig os yw'n wag)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>In the workspace, these are</source>
      <translation>Yn y man gwaith, y rhain yw</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>LSOA 2021 polygons</source>
      <translation>Polygonau LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>Name field (auto if empty)</source>
      <translation>Maes enw (awtomatig os yw'n wag)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>choose a polygon layer.</source>
      <translation>dewiswch haen bolygonau.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>choose the code field.</source>
      <translation>dewiswch y maes cod.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>no area-code field found (fields: {0})</source>
      <translation>ni chafwyd hyd i faes cod ardal (meysydd: {0})</translation>
    </message>
  </context>
  <context>
    <name>ImportCensus</name>
    <message>
      <location filename="../processing/imports/import_census.py" />
      <source>Census counts (tidy)</source>
      <translation>Cyfrifon y Cyfrifiad (taclus)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" />
      <source>Column metadata (new_names, Variable_Name) for coded columns</source>
      <translation>Metadata colofnau (new_names, Variable_Name) ar gyfer colofnau wedi'u codio</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" />
      <source>Topic '{0}' is not used by the analysis: not stored in the workspace (ethnic group and household tables are).</source>
      <translation>Nid yw'r dadansoddiad yn defnyddio'r pwnc '{0}': ni chaiff ei storio yn y man gwaith (caiff tablau grŵp ethnig ac aelwydydd eu storio).</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" />
      <source>Topic name (default from the file)</source>
      <translation>Enw'r pwnc (rhagosodiad o'r ffeil)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" />
      <source>{0} ({1} layout, topic '{2}'): {3:,} area x category counts</source>
      <translation>{0} (cynllun {1}, pwnc '{2}'): {3:,} cyfrif ardal x categori</translation>
    </message>
  </context>
  <context>
    <name>ImportClassification</name>
    <message>
      <location filename="../processing/imports/import_classification.py" />
      <source>CACI Acorn by postcode</source>
      <translation>CACI Acorn fesul cod post</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_classification.py" />
      <source>Classification</source>
      <translation>Dosbarthiad</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_classification.py" />
      <source>English Indices of Deprivation 2019 (LSOA 2011)</source>
      <translation>Mynegeion Amddifadedd Lloegr 2019 (LSOA 2011)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_classification.py" />
      <source>English Indices of Deprivation 2025 (LSOA 2021)</source>
      <translation>Mynegeion Amddifadedd Lloegr 2025 (LSOA 2021)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_classification.py" />
      <source>ONS LSOA 2011 to 2021 lookup</source>
      <translation>Tabl cyfatebiaeth LSOA 2011 i 2021 ONS</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_classification.py" />
      <source>ONS Output Area Classification 2021 (by OA or LSOA)</source>
      <translation>Dosbarthiad Ardaloedd Allbwn ONS 2021 (fesul OA neu LSOA)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_classification.py" />
      <source>What the file is</source>
      <translation>Beth yw'r ffeil</translation>
    </message>
  </context>
  <context>
    <name>ImportForceCrime</name>
    <message>
      <location filename="../processing/imports/import_force_crime.py" />
      <source>Coordinate reference system of x/y</source>
      <translation>System gyfeirio cyfesurynnau x/y</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_force_crime.py" />
      <source>pick one, e.g. EPSG:27700 or EPSG:4326.</source>
      <translation>dewiswch un, e.e. EPSG:27700 neu EPSG:4326.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_force_crime.py" />
      <source>the coordinate reference system '{0}' is unknown</source>
      <translation>mae'r system gyfeirio cyfesurynnau '{0}' yn anhysbys</translation>
    </message>
  </context>
  <context>
    <name>ImportMembers</name>
    <message>
      <location filename="../processing/imports/import_members.py" />
      <source>Coverage {0}: {1}%</source>
      <translation>Cwmpas {0}: {1}%</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_members.py" />
      <source>Demographic coverage</source>
      <translation>Cwmpas demograffig</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_members.py" />
      <source>Keep contact fields (name, email, phone: personal data)</source>
      <translation>Cadw meysydd cyswllt (enw, e-bost, ffôn: data personol)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_members.py" />
      <source>Opted out: {0:,} (kept so that every later step honours the opt-out)</source>
      <translation>Wedi optio allan: {0:,} (wedi'u cadw er mwyn i bob cam diweddarach barchu'r optio allan)</translation>
    </message>
  </context>
  <context>
    <name>ImportPoliceCrime</name>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>LSOA 2011-2021 lookup (optional)</source>
      <translation>Tabl cyfatebiaeth LSOA 2011-2021 (dewisol)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>choose CSV file(s) or a folder.</source>
      <translation>dewiswch ffeil(iau) CSV neu ffolder.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>choose the folder, or give the file as INPUT.</source>
      <translation>dewiswch y ffolder, neu rhowch y ffeil fel INPUT.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>folder not found (FOLDER expects the folder of monthly police.uk CSVs)</source>
      <translation>ni chafwyd hyd i'r ffolder (mae FOLDER yn disgwyl ffolder y ffeiliau CSV misol police.uk)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>is a file, not a folder (FOLDER expects the folder of monthly police.uk CSVs)</source>
      <translation>ffeil yw hon, nid ffolder (mae FOLDER yn disgwyl ffolder y ffeiliau CSV misol police.uk)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>no police.uk file or folder given</source>
      <translation>ni roddwyd ffeil na ffolder police.uk</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>or a folder of monthly CSVs</source>
      <translation>neu ffolder o ffeiliau CSV misol</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>police.uk CSV file(s) (separate with ;)</source>
      <translation>Ffeil(iau) CSV police.uk (gwahanwch â ;)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>unzip it (it unpacks into a folder per month) and give that folder as FOLDER.</source>
      <translation>dadsipiwch ef (mae'n agor yn ffolder i bob mis) a rhowch y ffolder honno fel FOLDER.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>{0} is a zip archive, as police.uk downloads come; nothing was read or written</source>
      <translation>mae {0} yn archif zip, fel y daw lawrlwythiadau police.uk; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>{0}: police.uk outcomes or stop-and-search, not street-level crimes: skipped</source>
      <translation>{0}: canlyniadau neu stopio a chwilio police.uk, nid troseddau ar lefel stryd: wedi'i hepgor</translation>
    </message>
  </context>
  <context>
    <name>ImportPostcodes</name>
    <message>
      <location filename="../processing/imports/import_postcodes.py" />
      <source>Format</source>
      <translation>Fformat</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_postcodes.py" />
      <source>ONS Postcode Directory / NSPL</source>
      <translation>ONS Postcode Directory / NSPL</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_postcodes.py" />
      <source>OS Code-Point Open</source>
      <translation>OS Code-Point Open</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_postcodes.py" />
      <source>auto</source>
      <translation>awtomatig</translation>
    </message>
  </context>
  <context>
    <name>ImportStreets</name>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source> and {0} more</source>
      <translation> a {0} arall</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>EXCLUDED_CLASSES is given but the layer has no road class field</source>
      <translation>Rhoddwyd EXCLUDED_CLASSES ond nid oes gan yr haen faes dosbarth ffordd</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>EXCLUDED_CLASSES: {0} is not a class in the layer's field {1}, so it excludes nothing (its classes: {2})</source>
      <translation>EXCLUDED_CLASSES: nid yw {0} yn ddosbarth ym maes {1} yr haen, felly nid yw'n hepgor dim (ei dosbarthiadau: {2})</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Excluded road classes (separated by commas or semicolons)</source>
      <translation>Dosbarthiadau ffyrdd a hepgorir (wedi'u gwahanu gan atalnodau neu hanner colonau)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Join same-name segments within</source>
      <translation>Uno segmentau â'r un enw o fewn</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Keep unnamed segments</source>
      <translation>Cadw segmentau heb enw</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Road class field (auto if empty)</source>
      <translation>Maes dosbarth ffordd (awtomatig os yw'n wag)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Street lines</source>
      <translation>Llinellau strydoedd</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Street name field (auto if empty)</source>
      <translation>Maes enw stryd (awtomatig os yw'n wag)</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Street segments</source>
      <translation>Segmentau strydoedd</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Streets: read {0:,} features = accepted {1:,} + rejected {2:,}; {3:,} segments in {4:,} streets; {5:,} unnamed segments</source>
      <translation>Strydoedd: darllenwyd {0:,} nodwedd = derbyniwyd {1:,} + gwrthodwyd {2:,}; {3:,} segment mewn {4:,} stryd; {5:,} segment heb enw</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>choose a line layer.</source>
      <translation>dewiswch haen linellau.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>choose the name field.</source>
      <translation>dewiswch y maes enw.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>choose the road class field (CLASS_FIELD), or leave EXCLUDED_CLASSES empty.</source>
      <translation>dewiswch y maes dosbarth ffordd (CLASS_FIELD), neu gadewch EXCLUDED_CLASSES yn wag.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>name classes from that list, separated by commas.</source>
      <translation>enwch ddosbarthiadau o'r rhestr honno, wedi'u gwahanu gan atalnodau.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>no street-name field found (fields: {0})</source>
      <translation>ni chafwyd hyd i faes enw stryd (meysydd: {0})</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>none of the excluded classes {0} is a class in the layer's field {1} (its classes: {2}); nothing was written</source>
      <translation>nid yw'r un o'r dosbarthiadau a hepgorir {0} yn ddosbarth ym maes {1} yr haen (ei dosbarthiadau: {2}); ni ysgrifennwyd dim</translation>
    </message>
  </context>
  <context>
    <name>ImportSurveys</name>
    <message>
      <location filename="../processing/imports/import_surveys.py" />
      <source>Local priority categories (CSV: category,aliases); default shipped list</source>
      <translation>Categorïau blaenoriaethau lleol (CSV: category,aliases); rhagosodiad y rhestr a ddarperir</translation>
    </message>
  </context>
  <context>
    <name>ImportVisitOutcomes</name>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>Furthest a visit may be recorded from its postcode</source>
      <translation>Y pellter mwyaf y caniateir cofnodi ymweliad o'i god post</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>Or a folder of returned GeoPackages</source>
      <translation>Neu ffolder o ffeiliau GeoPackage a ddychwelwyd</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>Rejected visits</source>
      <translation>Ymweliadau a wrthodwyd</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>Returned visit-list GeoPackage(s), separated by ';'</source>
      <translation>GeoPackage(s) rhestr ymweliadau a ddychwelwyd, wedi'u gwahanu gan ';'</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>give the GeoPackage(s) from the phones, or their folder.</source>
      <translation>rhowch y GeoPackage(s) o'r ffonau, neu eu ffolder.</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>give the folder as FOLDER (Or a folder of returned GeoPackages), or name its .gpkg files in INPUT.</source>
      <translation>rhowch y ffolder fel FOLDER (Neu ffolder o GeoPackages a ddychwelwyd), neu enwch ei ffeiliau .gpkg yn INPUT.</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>give the folder holding the returned GeoPackages.</source>
      <translation>rhowch y ffolder sy'n cynnwys y ffeiliau GeoPackage a ddychwelwyd.</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>give the folder the phones' GeoPackages were copied into.</source>
      <translation>rhowch y ffolder y copïwyd GeoPackages y ffonau iddi.</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>no returned visit list given</source>
      <translation>ni roddwyd rhestr ymweliadau a ddychwelwyd</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>none of the visits of {path} were stored ({error})</source>
      <translation>ni chadwyd yr un o ymweliadau {path} ({error})</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>not a folder</source>
      <translation>nid yw'n ffolder</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>the folder holds no returned visit list (no visits_*.gpkg file in it or its subfolders)</source>
      <translation>nid yw'r ffolder yn dal rhestr ymweliadau a ddychwelwyd (dim ffeil visits_*.gpkg ynddi nac yn ei his-ffolderi)</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>{0}: {1:,} target postcodes moved, added or renamed on the phone (listed with the rejects; ignored: the stored list is kept)</source>
      <translation>{0}: {1:,} o godau post targed wedi'u symud, eu hychwanegu neu eu hailenwi ar y ffôn (wedi'u rhestru gyda'r rhai a wrthodwyd; anwybyddwyd: cedwir y rhestr a storiwyd)</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>{0}: {1:,} visits read, {2:,} accepted ({3:,} new edits), {4:,} rejected</source>
      <translation>{0}: darllenwyd {1:,} ymweliad, derbyniwyd {2:,} ({3:,} golygiad newydd), gwrthodwyd {4:,}</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>{0}; the visits of the files before it were stored: {1}</source>
      <translation>{0}; cadwyd ymweliadau'r ffeiliau o'i blaen: {1}</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>{path} is a folder, not a GeoPackage</source>
      <translation>mae {path} yn ffolder, nid GeoPackage</translation>
    </message>
  </context>
  <context>
    <name>ImportVisits</name>
    <message>
      <location filename="../processing/imports/import_visits.py" />
      <source>Visits</source>
      <translation>Ymweliadau</translation>
    </message>
  </context>
  <context>
    <name>KeyContacts</name>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>, and key contacts</source>
      <translation>, a chysylltiadau allweddol</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>All areas of the workspace (instead of area codes)</source>
      <translation>Holl ardaloedd y man gwaith (yn lle codau ardal)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Area codes (comma separated)</source>
      <translation>Codau ardal (wedi'u gwahanu gan goma)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Audit row</source>
      <translation>Rhes archwilio</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Contact fields written: {0}</source>
      <translation>Meysydd cyswllt a ysgrifennwyd: {0}</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Contacts were not imported: {0}</source>
      <translation>Ni fewnforiwyd manylion cyswllt: {0}</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Contacts written</source>
      <translation>Cysylltiadau a ysgrifennwyd</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Groups (blank: advisory groups)</source>
      <translation>Grwpiau (gwag: grwpiau cynghori)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>I need this personal data for my role (required to write it; the export is audited)</source>
      <translation>Mae angen y data personol hwn arnaf ar gyfer fy rôl (yn ofynnol i'w ysgrifennu; caiff yr allforio ei archwilio)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Include members flagged as key contacts</source>
      <translation>Cynnwys aelodau sydd wedi'u nodi'n gysylltiadau allweddol</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Key contacts (CSV)</source>
      <translation>Cysylltiadau allweddol (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>This file holds personal data: share it only with the officers of these areas and delete it when it is no longer needed.</source>
      <translation>Mae'r ffeil hon yn cynnwys data personol: rhannwch hi â swyddogion yr ardaloedd hyn yn unig a'i dileu pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>cancelled before anything was written</source>
      <translation>canslwyd cyn ysgrifennu dim</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>give a CSV file name.</source>
      <translation>rhowch enw ffeil CSV.</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>no output file given</source>
      <translation>ni roddwyd ffeil allbwn</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>{0:,} key contact(s) of {1} written to {2} (groups: {3}{4}); recorded as audit row {5}</source>
      <translation>{0:,} cyswllt allweddol ar gyfer {1} wedi'u hysgrifennu i {2} (grwpiau: {3}{4}); wedi'u cofnodi fel rhes archwilio {5}</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>{0:,} member record(s) of those groups are not listed: opted out or of unknown status</source>
      <translation>Nid yw {0:,} cofnod aelod o'r grwpiau hynny wedi'u rhestru: wedi optio allan neu â statws anhysbys</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>{0:,} of the rows have no email or phone in the members table: they are listed with their street, to be reached at the door or through the alert platform</source>
      <translation>nid oes gan {0:,} o'r rhesi e-bost na ffôn yn y tabl aelodau: fe'u rhestrir gyda'u stryd, i'w cyrraedd wrth y drws neu drwy'r platfform rhybuddion</translation>
    </message>
  </context>
  <context>
    <name>LayerImportAlgorithm</name>
    <message>
      <location filename="../processing/imports/layer_base.py" />
      <source>Rejected features</source>
      <translation>Nodweddion a wrthodwyd</translation>
    </message>
  </context>
  <context>
    <name>LinkCommunity</name>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Also write LINKED_MEMBERS (personal data: member id and postcode point)</source>
      <translation>Ysgrifennu LINKED_MEMBERS hefyd (data personol: dynodydd aelod a phwynt cod post)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Area insight</source>
      <translation>Mewnwelediad ardal</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Crimes {0:,} = in the areas analysed {1:,} + outside them {2:,}; of those in the areas: on streets {3:,} + no street {4:,}</source>
      <translation>Troseddau {0:,} = yn yr ardaloedd a ddadansoddwyd {1:,} + y tu allan iddynt {2:,}; o'r rhai yn yr ardaloedd: ar strydoedd {3:,} + dim stryd {4:,}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Insight for {0}…</source>
      <translation>Mewnwelediad ar gyfer {0}…</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>LINKED_MEMBERS holds personal data: do not share it.</source>
      <translation>Mae LINKED_MEMBERS yn cynnwys data personol: peidiwch â'i rannu.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Linked members (personal)</source>
      <translation>Aelodau wedi'u cysylltu (personol)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>List member, response and visit ids in UNMATCHED (personal data)</source>
      <translation>Rhestru dynodyddion aelodau, ymatebion ac ymweliadau yn UNMATCHED (data personol)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Members {0:,} = in the areas analysed {1:,} + left out {2:,}; responses in the areas analysed {3:,}</source>
      <translation>Aelodau {0:,} = yn yr ardaloedd a ddadansoddwyd {1:,} + wedi'u gadael allan {2:,}; ymatebion yn yr ardaloedd a ddadansoddwyd {3:,}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Period end month (YYYY-MM)</source>
      <translation>Mis diwedd y cyfnod (YYYY-MM)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Period start month (YYYY-MM)</source>
      <translation>Mis dechrau'r cyfnod (YYYY-MM)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Street insight</source>
      <translation>Mewnwelediad stryd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Summary of the areas analysed</source>
      <translation>Crynodeb o'r ardaloedd a ddadansoddwyd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Unmatched records</source>
      <translation>Cofnodion heb eu paru</translation>
    </message>
  </context>
  <context>
    <name>LoadWorkspace</name>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Alert-platform members (CSV)</source>
      <translation>Aelodau'r platfform rhybuddion (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Areas (wards, beats, neighbourhoods)</source>
      <translation>Ardaloedd (wardiau, bitiau, cymdogaethau)</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>CSV files (*.csv *.txt);;All files (*.*)</source>
      <translation>Ffeiliau CSV (*.csv *.txt);;Pob ffeil (*.*)</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Cancelled by the user; loaded before the cancel: {0}.</source>
      <translation>Canslwyd gan y defnyddiwr; llwythwyd cyn canslo: {0}.</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Coordinate reference system of the crime extract's x/y</source>
      <translation>System gyfeirio cyfesurynnau x/y y detholiad troseddau</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Folder for each input's rejected rows (CSV)</source>
      <translation>Ffolder ar gyfer rhesi a wrthodwyd pob mewnbwn (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Force crime extract (CSV)</source>
      <translation>Detholiad troseddau'r heddlu (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Give at least one input to load (members, surveys, crimes, postcodes, streets or areas).</source>
      <translation>Rhowch o leiaf un mewnbwn i'w lwytho (aelodau, arolygon, troseddau, codau post, strydoedd neu ardaloedd).</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Loading {0} ({1})…</source>
      <translation>Yn llwytho {0} ({1})…</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Loading {0} failed. Loaded before it (kept): {1}.</source>
      <translation>Methodd llwytho {0}. Llwythwyd cyn hynny (wedi'u cadw): {1}.</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Loading {0} failed: {1} Loaded before it (kept): {2}.</source>
      <translation>Methodd llwytho {0}: {1} Llwythwyd cyn hynny (wedi'u cadw): {2}.</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Postcode lookup (CSV)</source>
      <translation>Tabl chwilio codau post (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Street lines</source>
      <translation>Llinellau strydoedd</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Survey responses (CSV)</source>
      <translation>Ymatebion i arolygon (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Tables loaded</source>
      <translation>Tablau a lwythwyd</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>The algorithm {0} is not available.</source>
      <translation>Nid yw'r algorithm {0} ar gael.</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Workspace (GeoPackage, created if new; or a PostGIS connection: pg:NAME, service=NAME)</source>
      <translation>Man gwaith (GeoPackage, a gaiff ei greu os yw'n newydd; neu gysylltiad PostGIS: pg:NAME, service=NAME)</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>give at least one input.</source>
      <translation>rhowch o leiaf un mewnbwn.</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>no input to load</source>
      <translation>dim mewnbwn i'w lwytho</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>{0}: rows accepted</source>
      <translation>{0}: rhesi a dderbyniwyd</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>{0}: rows read</source>
      <translation>{0}: rhesi a ddarllenwyd</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>{0}: rows rejected</source>
      <translation>{0}: rhesi a wrthodwyd</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
  </context>
  <context>
    <name>LocalPriorityTargetingPlugin</name>
    <message>
      <location filename="../plugin.py" />
      <source>Install dependencies…</source>
      <translation>Gosod pecynnau dibynnol…</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Local Priority Targeting</source>
      <translation>Local Priority Targeting</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Message dock: area-targeted messages</source>
      <translation>Doc negeseuon: negeseuon wedi'u targedu at ardal</translation>
    </message>
  </context>
  <context>
    <name>LoopAlgorithm</name>
    <message>
      <location filename="../processing/engage/base.py" />
      <source>Links from the workspace: {0}</source>
      <translation>Cysylltiadau o'r man gwaith: {0}</translation>
    </message>
    <message>
      <location filename="../processing/engage/base.py" />
      <source>Maximum distance to a street (links computed now if the workspace's are missing or out of date)</source>
      <translation>Pellter mwyaf i stryd (cyfrifir cysylltiadau nawr os yw rhai'r man gwaith ar goll neu'n hen)</translation>
    </message>
    <message>
      <location filename="../processing/engage/base.py" />
      <source>Workspace (GeoPackage, or a PostGIS connection: pg:NAME, service=NAME)</source>
      <translation>Man gwaith (GeoPackage, neu gysylltiad PostGIS: pg:NAME, service=NAME)</translation>
    </message>
    <message>
      <location filename="../processing/engage/base.py" />
      <source>a workspace is needed</source>
      <translation>mae angen man gwaith</translation>
    </message>
    <message>
      <location filename="../processing/engage/base.py" />
      <source>give the workspace GeoPackage.</source>
      <translation>rhowch GeoPackage y man gwaith.</translation>
    </message>
  </context>
  <context>
    <name>LptAlgorithm</name>
    <message>
      <location filename="../processing/algorithm.py" />
      <source> (optional)</source>
      <translation> (dewisol)</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source> or </source>
      <translation> neu </translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" />
      <source>; months replaced: {0}</source>
      <translation>; misoedd a ddisodlwyd: {0}</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" />
      <source>; superseding the previous export: {0:,} members gone, {1:,} newly opted out</source>
      <translation>; yn disodli'r allforiad blaenorol: {0:,} o aelodau wedi mynd, {1:,} newydd optio allan</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" />
      <source>; the workspace holds {0} crimes of {1}</source>
      <translation>; mae'r man gwaith yn cynnwys {0} o droseddau o {1}</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>A CSV crime_type,weight (0 to 100,000) to replace the shipped indicative weights</source>
      <translation>CSV crime_type,weight (0 i 100,000) i gymryd lle'r pwysiadau dangosol sy'n dod gyda'r ategyn</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>A CSV rule_id,condition,action; a condition only compares fields (see README, Recommended actions)</source>
      <translation>CSV rule_id,condition,action; dim ond cymharu meysydd y mae amod (gweler README, Recommended actions)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>A door-knock visit counts as recent for this many months</source>
      <translation>Mae ymweliad curo drysau yn cyfrif fel un diweddar am y nifer hwn o fisoedd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>A message to fewer people is always blocked, so that nobody is singled out</source>
      <translation>Caiff neges at lai o bobl na hyn ei rhwystro bob amser, fel nad oes neb yn cael ei nodi'n unigol</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>A postcode or crime point further than this from every street segment links to no street</source>
      <translation>Nid yw cod post neu bwynt trosedd sydd ymhellach na hyn o bob darn stryd yn cael ei gysylltu ag unrhyw stryd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>A result is significant when its false-discovery-rate q-value is below this</source>
      <translation>Mae canlyniad yn arwyddocaol pan fo'i werth-q ar gyfer y gyfradd darganfod ffug yn is na hyn</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>AREA_CODES is {0!r}: it names no area code</source>
      <translation>AREA_CODES yw {0!r}: nid yw'n enwi cod ardal</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Acorn by postcode</source>
      <translation>Acorn fesul cod post</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Acorn by postcode, output of Import classification or deprivation</source>
      <translation>Acorn fesul cod post, allbwn Mewnforio dosbarthiad neu amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>Also create the roles, grants and row-level security (needs a role that may create roles).</source>
      <translation>Creu hefyd y rolau, yr hawliau (grants) a'r diogelwch ar lefel rhes (mae angen rôl sy'n cael creu rolau).</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" />
      <source>Also import into this workspace (GeoPackage, created if new; or a PostGIS connection: pg:NAME, service=NAME)</source>
      <translation>Mewnforio hefyd i'r man gwaith hwn (GeoPackage, a gaiff ei greu os yw'n newydd; neu gysylltiad PostGIS: pg:NAME, service=NAME)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Also list members flagged as key contacts, whatever their groups.</source>
      <translation>Rhestru hefyd aelodau sydd wedi'u nodi'n gysylltiadau allweddol, beth bynnag fo'u grwpiau.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Analyse only what lies in these polygons (e.g. a team's patch): streets by their midpoint, crimes and members by their point</source>
      <translation>Dadansoddi dim ond yr hyn sydd o fewn y polygonau hyn (e.e. ardal gyfrifoldeb tîm): strydoedd yn ôl eu pwynt canol, troseddau ac aelodau yn ôl eu pwynt</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Any polygon layer; only its selected features when some are selected</source>
      <translation>Unrhyw haen bolygonau; dim ond y nodweddion a ddewiswyd pan fo rhai wedi'u dewis</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Approximate streets from police.uk points</source>
      <translation>Brasamcanu strydoedd o bwyntiau police.uk</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Archive door-knocking set-up</source>
      <translation>Archifo trefniant curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/engage/archive_setup.py" />
      <source>Archives a set-up of the workspace: its status becomes archived and it no longer appears among the open set-ups. Nothing is deleted: its target list, recorded visits and progress reports are all kept. Archiving an archived set-up changes nothing and says so.</source>
      <translation>Yn archifo un o drefniannau'r man gwaith: mae ei statws yn newid i archived (wedi'i archifo) ac nid yw'n ymddangos mwyach ymhlith y trefniannau agored. Nid oes dim yn cael ei ddileu: caiff ei restr dargedau, yr ymweliadau a gofnodwyd a'r adroddiadau cynnydd i gyd eu cadw. Nid yw archifo trefniant sydd eisoes wedi'i archifo yn newid dim, a dywedir hynny.</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Area change (figures)</source>
      <translation>Newid yn yr ardal (ffigurau)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Area change (lpt:compareperiods): crime change</source>
      <translation>Newid yn yr ardal (lpt:compareperiods): newid mewn troseddau</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Area insight (figures)</source>
      <translation>Mewnwelediad ardal (ffigurau)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Area insight (lpt:linkcommunity): map fill and the public's priorities</source>
      <translation>Mewnwelediad ardal (lpt:linkcommunity): lliw'r map a blaenoriaethau'r cyhoedd</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Areas</source>
      <translation>Ardaloedd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Areas analysed: {0}; left out: {1:,} crimes (all months), {2:,} streets, {3:,} member records (any date)</source>
      <translation>Ardaloedd a ddadansoddwyd: {0}; wedi'u hepgor: {1:,} o droseddau (pob mis), {2:,} o strydoedd, {3:,} o gofnodion aelodau (unrhyw ddyddiad)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Areas of the analysis (wards)</source>
      <translation>Ardaloedd y dadansoddiad (wardiau)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Areas of the pack, one briefing each (default: the priority areas)</source>
      <translation>Ardaloedd y pecyn, un briff yr un (rhagosodiad: yr ardaloedd blaenoriaeth)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Briefing pack (PDF per area)</source>
      <translation>Pecyn briffio (PDF fesul ardal)</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>Cancelled by the user.</source>
      <translation>Canslwyd gan y defnyddiwr.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Census ethnic group by LSOA 2021</source>
      <translation>Grŵp ethnig y Cyfrifiad fesul LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Census ethnic group by LSOA 2021, output of Import Census (TS021)</source>
      <translation>Grŵp ethnig y Cyfrifiad fesul LSOA 2021, allbwn Mewnforio'r Cyfrifiad (TS021)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Census households by LSOA 2021</source>
      <translation>Aelwydydd y Cyfrifiad fesul LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Census households by LSOA 2021, output of Import Census (e.g. TS011)</source>
      <translation>Aelwydydd y Cyfrifiad fesul LSOA 2021, allbwn Mewnforio'r Cyfrifiad (e.e. TS011)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Census population by LSOA 2021</source>
      <translation>Poblogaeth y Cyfrifiad fesul LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Census population by LSOA 2021, output of Import Census (e.g. TS021)</source>
      <translation>Poblogaeth y Cyfrifiad fesul LSOA 2021, allbwn Mewnforio'r Cyfrifiad (e.e. TS021)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Codes of the workspace's areas, comma separated, e.g. E05011541. Required unless ALL_AREAS.</source>
      <translation>Codau ardaloedd y man gwaith, wedi'u gwahanu gan gomâu, e.e. E05011541. Yn ofynnol oni ddewisir ALL_AREAS.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Comma-separated area codes, e.g. E05011541,E05011529; blank = every area</source>
      <translation>Codau ardal wedi'u gwahanu gan gomâu, e.e. E05011541,E05011529; gwag = pob ardal</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Community profile</source>
      <translation>Proffil cymunedol</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Compare periods</source>
      <translation>Cymharu cyfnodau</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" />
      <source>Compares two periods (e.g. this quarter and last, or year on year) at street, area and force level: the value in each period, the change and the percentage change (monthly rates when the periods differ in length), and a significance flag. Counts (crimes in total and by category, new members, responses) use the exact conditional binomial test, so small-number noise is not flagged; mean trust and confidence use Welch's two-sample t-test on the individual answers. *_p is each unit's own p-value and *_q its Benjamini-Hochberg q-value across all streets (or all areas); *_sig and crime_trend mean significant after this false-discovery-rate adjustment: *_q below the significance level (kept in the alpha column). Blank periods: the latest month of the crime data against the month before.</source>
      <translation>Yn cymharu dau gyfnod (e.e. y chwarter hwn a'r un diwethaf, neu flwyddyn ar flwyddyn) ar lefel stryd, ardal a heddlu: y gwerth ym mhob cyfnod, y newid a'r newid canrannol (cyfraddau misol pan fo'r cyfnodau o hyd gwahanol), a baner arwyddocâd. Mae cyfrifon (cyfanswm y troseddau a'r troseddau fesul categori, aelodau newydd, ymatebion) yn defnyddio'r prawf binomaidd amodol union, fel nad yw sŵn niferoedd bach yn cael ei nodi; mae cymedr ymddiriedaeth a hyder yn defnyddio prawf-t dau sampl Welch ar yr atebion unigol. *_p yw gwerth-p pob uned ei hun a *_q yw ei gwerth-q Benjamini-Hochberg ar draws pob stryd (neu bob ardal); mae *_sig a crime_trend yn golygu arwyddocaol ar ôl yr addasiad hwn ar gyfer y gyfradd darganfod ffug: *_q yn is na'r lefel arwyddocâd (a gedwir yn y golofn alpha). Cyfnodau gwag: mis diweddaraf y data troseddau o'i gymharu â'r mis cynt.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Create door-knocking set-up</source>
      <translation>Creu trefniant curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>Creates or upgrades a force's shared workspace in a PostgreSQL/PostGIS database: the schema lpt with every table a GeoPackage workspace has (imports, rejects, set-ups, targets, visit outcomes, audit), by the same versioned migrations; then, with SECURITY, the roles lpt_analyst (everything), lpt_supervisor (the rows, set-ups and reports of their areas) and lpt_officer (their assigned areas only, aggregate insight, no member contact fields except their areas' key contacts, audited), the area assignments table lpt.lpt_assignments the analyst maintains, row-level security on members, responses, links, visits, set-ups and outcomes, and an append-only audit. Run it as the database administrator; running it again changes nothing. WORKSPACE names the connection: pg:NAME (a PostgreSQL connection saved in QGIS, its password in QGIS's authentication configuration), service=NAME (pg_service.conf) or postgresql://host/database - never a password.</source>
      <translation>Yn creu neu'n uwchraddio man gwaith a rennir gan heddlu mewn cronfa ddata PostgreSQL/PostGIS: y sgema lpt gyda phob tabl sydd gan fan gwaith GeoPackage (mewnforion, gwrthodiadau, trefniannau, targedau, canlyniadau ymweliadau, cofnod archwilio), drwy'r un camau mudo wedi'u fersiynu; yna, gyda SECURITY, y rolau lpt_analyst (popeth), lpt_supervisor (rhesi, trefniannau ac adroddiadau eu hardaloedd) ac lpt_officer (eu hardaloedd penodedig yn unig, mewnwelediad cyfanredol, dim meysydd cyswllt aelodau ac eithrio cysylltiadau allweddol eu hardaloedd, gyda chofnod archwilio), y tabl aseiniadau ardal lpt.lpt_assignments y mae'r dadansoddwr yn ei gynnal, diogelwch ar lefel rhes ar aelodau, ymatebion, cysylltiadau, ymweliadau, trefniannau a chanlyniadau, a chofnod archwilio na ellir ond ychwanegu ato. Rhedwch ef fel gweinyddwr y gronfa ddata; nid yw ei redeg eto yn newid dim. Mae WORKSPACE yn enwi'r cysylltiad: pg:NAME (cysylltiad PostgreSQL a gadwyd yn QGIS, gyda'i gyfrinair yn ffurfweddiad dilysu QGIS), service=NAME (pg_service.conf) neu postgresql://host/database - byth gyfrinair.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Crime data is incomplete: {0}. Figures use the months present.</source>
      <translation>Mae'r data troseddau yn anghyflawn: {0}. Mae'r ffigurau'n defnyddio'r misoedd sy'n bresennol.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Crimes</source>
      <translation>Troseddau</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" />
      <source>Did a set-up or other targeted activity change anything? Takes a set-up of the workspace (SETUP_ID: its target streets, from its start date) or a list of street ids (TARGET_STREETS) and an INTERVENTION_DATE, and compares crime, harm-weighted crime, anti-social behaviour, new registrations, survey responses and trust and confidence in the months before and after on the target streets with comparison streets matched on prior crime, deprivation (IMD) and classification (OAC) that were not targeted and are not next to a target. The estimate is a difference-in-differences with a permutation test (p); the surrounding streets (within BUFFER of a target) are compared the same way to show displacement (crime moving next door) or a diffusion of benefits. When the counts are too small it says 'not enough data to say'. An association after matching, not proof of cause. RESULTS holds the table, EVAL_STREETS the streets by role, REPORT the same in plain words (aggregate figures only).</source>
      <translation>A wnaeth trefniant neu weithgarwch arall wedi'i dargedu newid unrhyw beth? Mae'n cymryd un o drefniannau'r man gwaith (SETUP_ID: ei strydoedd targed, o'i ddyddiad dechrau) neu restr o ddynodyddion strydoedd (TARGET_STREETS) ac INTERVENTION_DATE, ac yn cymharu troseddau, troseddau wedi'u pwysoli yn ôl niwed, ymddygiad gwrthgymdeithasol, cofrestriadau newydd, ymatebion i arolygon ac ymddiriedaeth a hyder yn y misoedd cyn ac ar ôl ar y strydoedd targed â strydoedd cymharu sydd wedi'u paru ar droseddau blaenorol, amddifadedd (IMD) a dosbarthiad (OAC), nad oeddent wedi'u targedu ac nad ydynt wrth ymyl targed. Gwahaniaeth-mewn-gwahaniaethau gyda phrawf trynewid (p) yw'r amcangyfrif; caiff y strydoedd cyfagos (o fewn BUFFER i darged) eu cymharu yn yr un ffordd i ddangos dadleoli (troseddau'n symud drws nesaf) neu ledaenu buddion. Pan fo'r cyfrifon yn rhy fach, mae'n dweud 'dim digon o ddata i ddweud'. Cysylltiad ar ôl paru yw hwn, nid prawf o achos. Mae RESULTS yn cynnwys y tabl, EVAL_STREETS y strydoedd yn ôl eu rôl, a REPORT yr un peth mewn geiriau plaen (ffigurau cyfanredol yn unig).</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Door-knock visits</source>
      <translation>Ymweliadau curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Door-knock visits: streets without a recent visit score higher on engagement</source>
      <translation>Ymweliadau curo drysau: mae strydoedd heb ymweliad diweddar yn cael sgôr uwch ar gyfer ymgysylltu</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Door-knocking progress report</source>
      <translation>Adroddiad cynnydd curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Drafts a message for an area (whole force, area codes, the features of any polygon layer, or the members of the top priority streets) and an audience refined by sets on groups and demographic answers, each include, exclude or must (e.g. 'include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=65-74|75+'). Opted-out members are never included. The text comes from a template filled with aggregate figures (from an INSIGHT and CHANGE layer when given) of the areas asked for, or of the areas overlapping the polygon or the top streets' surroundings; each figure names those areas and its base, and a change in crime is called real only when it is significant after FDR (q &lt; alpha). Or from BODY. Guards: a minimum audience size always blocks; unfilled placeholders such as [reference] block; recipients messaged within FREQUENCY_DAYS block unless ALLOW_RECENT acknowledges them. The body is plain text (for email an HTML part is made from it). Writes &lt;id&gt;_recipients.csv (member ids) and &lt;id&gt;.json (area, channel, subject, body, author, created) for the alert platform and appends the message, its area and recipients to the message log in the WORKSPACE (or, without one, the GeoPackage LOG); an earlier release's separate log given as LOG is imported into the workspace once and left in place. On a PostGIS workspace an officer or supervisor can only message members of their own areas.</source>
      <translation>Yn drafftio neges ar gyfer ardal (yr heddlu cyfan, codau ardal, nodweddion unrhyw haen bolygonau, neu aelodau'r strydoedd blaenoriaeth uchaf) a chynulleidfa wedi'i mireinio gan setiau ar grwpiau ac atebion demograffig, pob un yn include, exclude neu must (e.e. 'include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=65-74|75+'). Nid yw aelodau sydd wedi optio allan byth yn cael eu cynnwys. Daw'r testun o dempled wedi'i lenwi â ffigurau cyfanredol (o haen INSIGHT a CHANGE pan roddir hwy) yr ardaloedd y gofynnwyd amdanynt, neu'r ardaloedd sy'n gorgyffwrdd â'r polygon neu gyffiniau'r strydoedd uchaf; mae pob ffigur yn enwi'r ardaloedd hynny a'i sail, a dim ond pan fo'n arwyddocaol ar ôl FDR (q &lt; alpha) y gelwir newid mewn troseddau yn newid go iawn. Neu o BODY. Mesurau diogelu: mae isafswm maint y gynulleidfa bob amser yn rhwystro; mae dalfannau heb eu llenwi fel [reference] yn rhwystro; mae derbynwyr a gafodd neges o fewn FREQUENCY_DAYS yn rhwystro oni bai bod ALLOW_RECENT yn eu cydnabod. Testun plaen yw'r corff (ar gyfer e-bost, caiff rhan HTML ei gwneud ohono). Yn ysgrifennu &lt;id&gt;_recipients.csv (dynodyddion aelodau) a &lt;id&gt;.json (area, channel, subject, body, author, created) ar gyfer y platfform rhybuddion ac yn ychwanegu'r neges, ei hardal a'i derbynwyr at y log negeseuon yn y WORKSPACE (neu, heb un, y GeoPackage LOG); caiff log ar wahân o ryddhad cynharach a roddir fel LOG ei fewnforio i'r man gwaith unwaith a'i adael yn ei le. Ar fan gwaith PostGIS, dim ond at aelodau eu hardaloedd eu hunain y gall swyddog neu oruchwyliwr anfon neges.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Engagement loop</source>
      <translation>Dolen ymgysylltu</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Engagement report (replies)</source>
      <translation>Adroddiad ymgysylltu (atebion)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>English, Welsh, or both: the Welsh text first, then the English, as Welsh public bodies send them; bilingual by default when QGIS runs in Welsh</source>
      <translation>Saesneg, Cymraeg, neu'r ddwy: y testun Cymraeg yn gyntaf, yna'r Saesneg, fel y mae cyrff cyhoeddus yng Nghymru yn eu hanfon; dwyieithog yw'r rhagosodiad pan fo QGIS yn rhedeg yn Gymraeg</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Equality check (lpt:prioritystreets)</source>
      <translation>Gwiriad cydraddoldeb (lpt:prioritystreets)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Ethnic group (TS021)</source>
      <translation>Grŵp ethnig (TS021)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Evaluate targeted activity</source>
      <translation>Gwerthuso gweithgarwch wedi'i dargedu</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Every area of the workspace: an explicit choice, never the default.</source>
      <translation>Pob ardal yn y man gwaith: dewis penodol, byth y rhagosodiad.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Export area-targeted message</source>
      <translation>Allforio neges wedi'i thargedu at ardal</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Export visit list for QField</source>
      <translation>Allforio rhestr ymweliadau ar gyfer QField</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>First month, YYYY-MM; blank = the first month of the crime data</source>
      <translation>Mis cyntaf, YYYY-MM; gwag = mis cyntaf y data troseddau</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>For 'you said, we did': what the team did, in one sentence</source>
      <translation>Ar gyfer 'dywedoch chi, fe wnaethom ni': beth wnaeth y tîm, mewn un frawddeg</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Forecast accuracy and stability (lpt:prioritystreets): a page 'Does the ranking work?'</source>
      <translation>Cywirdeb a sefydlogrwydd y rhagolwg (lpt:prioritystreets): tudalen 'Ydy'r rhestr yn ôl trefn yn gweithio?'</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Generate training / demo data</source>
      <translation>Cynhyrchu data hyfforddi / arddangos</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>Generates synthetic alert-platform members, quarterly survey responses and door-knock visits on REAL geography: real postcodes, each LSOA's Census 2021 ethnic group and religion mix (with a realistic share left blank), IAG, Neighbourhood Watch and community-group members, key contacts and opted-out members, registration like Humberside's (212,824 houses visited, 59,000+ registered) and confidence that falls with deprivation and local crime. Seeded and reproducible; up to 1.5 million members. Defaults use the Kingston upon Hull data shipped with the plugin. Contact details are fictitious. A small share of rows carries the faults real exports have (typo postcodes, impossible dates, blank ids) so that training shows the rejects table; set it to 0 for clean data. Each input is either the published file (CSV, GeoJSON) or the output of the plugin's own import: Import postcode lookup, Import Census 2021 table, Import classification or deprivation, Import areas (AS=1, LSOA 2021).</source>
      <translation>Yn cynhyrchu aelodau synthetig y platfform rhybuddion, ymatebion chwarterol i arolygon ac ymweliadau curo drysau ar ddaearyddiaeth GO IAWN: codau post go iawn, cymysgedd grwpiau ethnig a chrefyddau Cyfrifiad 2021 pob LSOA (gyda chyfran realistig wedi'i gadael yn wag), aelodau IAG, Neighbourhood Watch a grwpiau cymunedol, cysylltiadau allweddol ac aelodau sydd wedi optio allan, cofrestru tebyg i Humberside (212,824 o dai wedi cael ymweliad, 59,000+ wedi cofrestru) a hyder sy'n gostwng gydag amddifadedd a throseddau lleol. Wedi'i hadu ac yn atgynhyrchadwy; hyd at 1.5 miliwn o aelodau. Mae'r rhagosodiadau'n defnyddio'r data Kingston upon Hull sy'n dod gyda'r ategyn. Mae'r manylion cyswllt yn ffug. Mae cyfran fach o'r rhesi yn cynnwys y gwallau sydd mewn allforion go iawn (codau post â gwallau teipio, dyddiadau amhosibl, dynodyddion gwag) fel bod yr hyfforddiant yn dangos y tabl gwrthodiadau; gosodwch hi i 0 ar gyfer data glân. Mae pob mewnbwn naill ai'n ffeil gyhoeddedig (CSV, GeoJSON) neu'n allbwn un o fewnforion yr ategyn ei hun: Mewnforio tabl chwilio codau post, Mewnforio tabl Cyfrifiad 2021, Mewnforio dosbarthiad neu amddifadedd, Mewnforio ardaloedd (AS=1, LSOA 2021).</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" />
      <source>Give '{0}' ({1}), a workspace ({2}), or both: with neither, the import would keep nothing.</source>
      <translation>Rhowch '{0}' ({1}), man gwaith ({2}), neu'r ddau: heb y naill na'r llall, ni fyddai'r mewnforio yn cadw dim.</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Groups whose members are listed, separated by | or ; (e.g. IAG|Key individual). Blank: the advisory groups (IAG, Key individual) where members have them.</source>
      <translation>Grwpiau y caiff eu haelodau eu rhestru, wedi'u gwahanu gan | neu ; (e.e. IAG|Key individual). Gwag: y grwpiau cynghori (IAG, Key individual) lle mae'r rheini gan aelodau.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Harm weights (crime_type,weight); default shipped table</source>
      <translation>Pwysiadau niwed (crime_type,weight); rhagosodiad: y tabl sy'n dod gyda'r ategyn</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Hot places (lpt:prioritystreets)</source>
      <translation>Mannau poeth (lpt:prioritystreets)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>How many of the top streets to list (report) or to message (exportmessage)</source>
      <translation>Faint o'r strydoedd uchaf i'w rhestru (adroddiad) neu i anfon neges atynt (exportmessage)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>How much this component counts in the score (0 = ignored, 1 = as shipped)</source>
      <translation>Faint y mae'r elfen hon yn cyfrif yn y sgôr (0 = ei hanwybyddu, 1 = fel y daw gyda'r ategyn)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import</source>
      <translation>Mewnforio</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import Census 2021 table</source>
      <translation>Mewnforio tabl Cyfrifiad 2021</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import alert-platform members</source>
      <translation>Mewnforio aelodau'r platfform rhybuddion</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import areas (wards, beats, neighbourhoods)</source>
      <translation>Mewnforio ardaloedd (wardiau, ardaloedd patrôl, cymdogaethau)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import classification or deprivation</source>
      <translation>Mewnforio dosbarthiad neu amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import door-knock visits</source>
      <translation>Mewnforio ymweliadau curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import force crime extract</source>
      <translation>Mewnforio detholiad troseddau'r heddlu</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import police.uk crime</source>
      <translation>Mewnforio troseddau police.uk</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import postcode lookup</source>
      <translation>Mewnforio tabl chwilio codau post</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import streets</source>
      <translation>Mewnforio strydoedd</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import survey responses</source>
      <translation>Mewnforio ymatebion i arolygon</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Import visit outcomes</source>
      <translation>Mewnforio canlyniadau ymweliadau</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" />
      <source>Imports the alert platform's replies export (member id, message id, time, text), links each reply to the message in the message log (of the WORKSPACE, or the GeoPackage LOG) and to the member's area, and reports reply rates (members who replied / recipients) per message and per area and month. Replies to messages that are not in the log, or from members who were not recipients, are listed apart; bad rows go to the rejects table. Reply texts are personal data and are not copied into any output.</source>
      <translation>Yn mewnforio allforiad atebion y platfform rhybuddion (dynodydd aelod, dynodydd neges, amser, testun), yn cysylltu pob ateb â'r neges yn y log negeseuon (yn y WORKSPACE, neu'r GeoPackage LOG) ac ag ardal yr aelod, ac yn adrodd cyfraddau ateb (aelodau a atebodd / derbynwyr) fesul neges a fesul ardal a mis. Caiff atebion i negeseuon nad ydynt yn y log, neu gan aelodau nad oeddent yn dderbynwyr, eu rhestru ar wahân; mae rhesi gwallus yn mynd i'r tabl gwrthodiadau. Mae testunau'r atebion yn ddata personol ac nid ydynt yn cael eu copïo i unrhyw allbwn.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Indices of Deprivation</source>
      <translation>Mynegeion Amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Indices of Deprivation, output of Import classification or deprivation</source>
      <translation>Mynegeion Amddifadedd, allbwn Mewnforio dosbarthiad neu amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Insight</source>
      <translation>Mewnwelediad</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Key contacts (personal data)</source>
      <translation>Cysylltiadau allweddol (data personol)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>LSOA 2011-2021 lookup</source>
      <translation>Tabl chwilio LSOA 2011-2021</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>LSOA 2021</source>
      <translation>LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>LSOA 2021 polygons</source>
      <translation>Polygonau LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>LSOA 2021 polygons: postcode to LSOA, and the Census best fit</source>
      <translation>Polygonau LSOA 2021: cod post i LSOA, a'r ffit orau ar gyfer y Cyfrifiad</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Last month, YYYY-MM; blank = the last month of the crime data</source>
      <translation>Mis olaf, YYYY-MM; gwag = mis olaf y data troseddau</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Link community data</source>
      <translation>Cysylltu data cymunedol</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Linking…</source>
      <translation>Wrthi'n cysylltu…</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Links from the workspace: {0}</source>
      <translation>Cysylltiadau o'r man gwaith: {0}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>Links members (through their postcode centroid) and their survey responses, crimes (each distinct police.uk map point once) and classifications to the nearest street segment within the maximum distance and to the area that contains them, then builds insight for the period (start and end month, YYYY-MM; blank = all months of the crime data): STREET_INSIGHT (lines), AREA_INSIGHT (polygons) and FORCE_SUMMARY with members, active, opted out, households and registration rate, responses and response rate, mean trust and confidence with their n, top local priorities, crimes by police.uk category, harm-weighted crime, demographic coverage, dominant classification and IMD decile. Counts of people from 1 to SUPPRESS_BELOW - 1 are left empty, with the rates and survey figures that would give them back. Every record that does not link is listed in UNMATCHED with the reason (member, response and visit ids only with INCLUDE_IDS: they are personal data). Every figure is for the areas analysed: every area given, some of them (AREA_CODES) or a patch (PATCH); crimes, streets and members outside them are left out and counted in the log and in FORCE_SUMMARY (scope, crimes_left_out, members_left_out), whose households are those of the same areas. LINKED_MEMBERS (personal data) is only written when asked for.</source>
      <translation>Yn cysylltu aelodau (drwy ganolbwynt eu cod post) a'u hymatebion i arolygon, troseddau (pob pwynt map police.uk gwahanol unwaith) a dosbarthiadau â'r darn stryd agosaf o fewn y pellter mwyaf ac â'r ardal sy'n eu cynnwys, yna'n llunio mewnwelediad ar gyfer y cyfnod (mis dechrau a mis gorffen, YYYY-MM; gwag = pob mis yn y data troseddau): STREET_INSIGHT (llinellau), AREA_INSIGHT (polygonau) a FORCE_SUMMARY gydag aelodau, aelodau gweithredol, aelodau sydd wedi optio allan, aelwydydd a chyfradd gofrestru, ymatebion a chyfradd ymateb, cymedr ymddiriedaeth a hyder gyda'u n, y prif flaenoriaethau lleol, troseddau fesul categori police.uk, troseddau wedi'u pwysoli yn ôl niwed, cwmpas demograffig, y dosbarthiad amlycaf a degradd IMD. Caiff cyfrifon pobl o 1 i SUPPRESS_BELOW - 1 eu gadael yn wag, ynghyd â'r cyfraddau a'r ffigurau arolwg a fyddai'n eu datgelu. Caiff pob cofnod nad yw'n cysylltu ei restru yn UNMATCHED gyda'r rheswm (dynodyddion aelodau, ymatebion ac ymweliadau dim ond gydag INCLUDE_IDS: maent yn ddata personol). Mae pob ffigur ar gyfer yr ardaloedd a ddadansoddwyd: pob ardal a roddwyd, rhai ohonynt (AREA_CODES) neu ardal gyfrifoldeb (PATCH); caiff troseddau, strydoedd ac aelodau y tu allan iddynt eu hepgor a'u cyfrif yn y log ac yn FORCE_SUMMARY (scope, crimes_left_out, members_left_out), y mae ei aelwydydd yn perthyn i'r un ardaloedd. Dim ond pan ofynnir amdano y caiff LINKED_MEMBERS (data personol) ei ysgrifennu.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Lists personal ids in the unmatched table: only when you need to correct the source records</source>
      <translation>Yn rhestru dynodyddion personol yn y tabl cofnodion heb eu cysylltu: dim ond pan fydd angen i chi gywiro'r cofnodion ffynhonnell</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Lists the key contacts and advisory-group members of the areas you choose, with their groups, area, street and the contact fields the workspace holds (name, email, phone: only there when members were imported with 'Keep contact fields'). This is personal data: it is written only when you tick 'I need this personal data for my role', to a CSV file (not a layer, so that it is not added to a shared project), and every export is recorded in the workspace's audit (when, who, which areas, how many rows; never who was listed). If the audit cannot be written, no file is written. Members who opted out, or whose status is unknown, never appear. Groups are matched as message audiences match them (case, spaces and aliases such as 'Independent Advisory Group' = IAG ignored; a group no member has is an error listing the groups present). Share the file only with the officers of those areas and delete it when it is no longer needed.</source>
      <translation>Yn rhestru cysylltiadau allweddol ac aelodau grwpiau cynghori'r ardaloedd a ddewiswch, gyda'u grwpiau, eu hardal, eu stryd a'r meysydd cyswllt sydd gan y man gwaith (enw, e-bost, ffôn: dim ond pan gafodd aelodau eu mewnforio gyda 'Cadw meysydd cyswllt'). Data personol yw hwn: dim ond pan fyddwch yn ticio 'Mae angen y data personol hwn arnaf ar gyfer fy rôl' y caiff ei ysgrifennu, i ffeil CSV (nid haen, fel nad yw'n cael ei ychwanegu at brosiect a rennir), a chaiff pob allforiad ei gofnodi yng nghofnod archwilio'r man gwaith (pryd, pwy, pa ardaloedd, faint o resi; byth pwy a restrwyd). Os na ellir ysgrifennu i'r cofnod archwilio, ni chaiff unrhyw ffeil ei hysgrifennu. Nid yw aelodau sydd wedi optio allan, neu y mae eu statws yn anhysbys, byth yn ymddangos. Caiff grwpiau eu paru yn yr un ffordd ag y mae cynulleidfaoedd negeseuon yn eu paru (gan anwybyddu priflythrennau, bylchau ac enwau amgen fel 'Independent Advisory Group' = IAG; mae grŵp nad oes gan unrhyw aelod yn wall sy'n rhestru'r grwpiau sy'n bresennol). Rhannwch y ffeil â swyddogion yr ardaloedd hynny yn unig, a'i dileu pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Load a force's data into a workspace</source>
      <translation>Llwytho data heddlu i fan gwaith</translation>
    </message>
    <message>
      <location filename="../processing/imports/load_workspace.py" />
      <source>Loads a force's inputs into a workspace in one run: members, survey responses, the force crime extract, the postcode lookup, streets and areas - any of them; each through its own import algorithm (the same checks, rejects with file, row, column, value and reason, and provenance), in that order, with one progress bar. Each input replaces its table as its own import would; if one fails, the tables loaded before it stay loaded and the run stops with the input named. Rejected rows are kept in the workspace; with REJECTS_FOLDER each input's rejects are also written there as members_rejects.csv, crimes_rejects.csv and so on. The accepted rows are not written to files: use the single imports for that. For a force's monthly refresh, and for loading many forces (one qgis_process run per force, not six).</source>
      <translation>Yn llwytho mewnbynnau heddlu i fan gwaith mewn un rhediad: aelodau, ymatebion i arolygon, detholiad troseddau'r heddlu, y tabl chwilio codau post, strydoedd ac ardaloedd - unrhyw rai ohonynt; pob un drwy ei algorithm mewnforio ei hun (yr un gwiriadau, rhesi a wrthodwyd gyda ffeil, rhes, colofn, gwerth a rheswm, a tharddiad), yn y drefn honno, gydag un bar cynnydd. Mae pob mewnbwn yn disodli ei dabl fel y byddai ei fewnforio ei hun; os bydd un yn methu, mae'r tablau a lwythwyd cyn hynny yn aros a daw'r rhediad i ben gan enwi'r mewnbwn. Cedwir y rhesi a wrthodwyd yn y man gwaith; gyda REJECTS_FOLDER ysgrifennir rhesi a wrthodwyd pob mewnbwn yno hefyd fel members_rejects.csv, crimes_rejects.csv ac ati. Nid yw'r rhesi a dderbyniwyd yn cael eu hysgrifennu i ffeiliau: defnyddiwch y mewnforion unigol ar gyfer hynny. Ar gyfer adnewyddu misol heddlu, ac ar gyfer llwytho llawer o heddluoedd (un rhediad qgis_process fesul heddlu, nid chwech).</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Main language (TS029)</source>
      <translation>Prif iaith (TS029)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Makes a printed briefing for each area of a layer (wards, team areas, or one polygon for the whole force): a QGIS atlas over a print layout template. Each area gets a map of its priority streets over area insight with hot streets and hot places marked, area boundaries and street names, a legend, scale bar and north arrow, the title, period and data licences, and tables: the top streets with reasons, actions and uncertainty, hot places, the public's priorities, crime change, the equality check, and the door-knocking set-ups and messages of the area where a workspace and message log are given. With FORECAST (the forecast table of Priority streets) each first page says how much of the next crimes the top streets held (does the ranking work), and a page 'Does the ranking work?' gives the share of the next months' crimes on the top 5% of streets by each ranking, the PAI, and how stable the top streets are. Exports one PDF per area or one multi-page PDF, and a PNG per page. The layout is a template (.qpt, default resources/layouts/briefing_pack.qpt) a force restyles in the Layout Designer; give another with TEMPLATE. Aggregate figures only: no member, name or contact; counts of people under the threshold are shown as &lt;5.</source>
      <translation>Yn creu briff printiedig ar gyfer pob ardal mewn haen (wardiau, ardaloedd tîm, neu un polygon ar gyfer yr heddlu cyfan): atlas QGIS dros dempled cynllun argraffu. Mae pob ardal yn cael map o'i strydoedd blaenoriaeth dros fewnwelediad yr ardal, gyda strydoedd poeth a mannau poeth wedi'u marcio, ffiniau ardaloedd ac enwau strydoedd, allwedd, bar graddfa a saeth y gogledd, y teitl, y cyfnod a'r trwyddedau data, a thablau: y strydoedd uchaf gyda rhesymau, camau gweithredu ac ansicrwydd, mannau poeth, blaenoriaethau'r cyhoedd, newid mewn troseddau, y gwiriad cydraddoldeb, a threfniannau curo drysau a negeseuon yr ardal pan roddir man gwaith a log negeseuon. Gyda FORECAST (tabl rhagolygon Strydoedd blaenoriaeth), mae pob tudalen gyntaf yn dweud faint o'r troseddau nesaf a oedd ar y strydoedd uchaf (a yw'r drefn restrol yn gweithio), ac mae tudalen 'A yw'r drefn restrol yn gweithio?' yn rhoi cyfran troseddau'r misoedd nesaf ar y 5% uchaf o strydoedd yn ôl pob trefn restrol, y PAI, a pha mor sefydlog yw'r strydoedd uchaf. Yn allforio un PDF fesul ardal neu un PDF aml-dudalen, a PNG fesul tudalen. Templed yw'r cynllun (.qpt, rhagosodiad resources/layouts/briefing_pack.qpt) y gall heddlu newid ei arddull yn y Dylunydd Cynllun (Layout Designer); rhowch un arall gyda TEMPLATE. Ffigurau cyfanredol yn unig: dim aelod, enw na manylion cyswllt; dangosir cyfrifon pobl o dan y trothwy fel &lt;5.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Maximum distance to a street</source>
      <translation>Pellter mwyaf at stryd</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Members</source>
      <translation>Aelodau</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Messages</source>
      <translation>Negeseuon</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" />
      <source>Must be ticked (true): you confirm that your role needs this personal data. Nothing is written otherwise.</source>
      <translation>Rhaid ei dicio (true): rydych yn cadarnhau bod angen y data personol hwn ar gyfer eich rôl. Fel arall, nid oes dim yn cael ei ysgrifennu.</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>Not enough memory. Try a smaller extract or a smaller scale.</source>
      <translation>Dim digon o gof. Rhowch gynnig ar ddetholiad llai neu raddfa lai.</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>One PDF per area</source>
      <translation>Un PDF ar gyfer pob ardal</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>One multi-page PDF for all areas</source>
      <translation>Un PDF aml-dudalen ar gyfer pob ardal</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Only these areas (codes, comma separated; blank = every area given)</source>
      <translation>Dim ond yr ardaloedd hyn (codau, wedi'u gwahanu gan gomâu; gwag = pob ardal a roddwyd)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Only this patch (polygon layer)</source>
      <translation>Dim ond yr ardal gyfrifoldeb hon (haen bolygonau)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Only when your columns have other names: canonical=Your column; e.g. member_id=Subscriber Ref; postcode=Home Postcode</source>
      <translation>Dim ond pan fo gan eich colofnau enwau eraill: enw safonol=Eich colofn; e.e. member_id=Subscriber Ref; postcode=Home Postcode</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Output Area Classification</source>
      <translation>Dosbarthiad Ardaloedd Cynnyrch</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output Area Classification, output of Import classification or deprivation</source>
      <translation>Dosbarthiad Ardaloedd Cynnyrch, allbwn Mewnforio dosbarthiad neu amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Compare periods (area change): the change in crime for the message</source>
      <translation>Allbwn Cymharu cyfnodau (newid yn yr ardal): y newid mewn troseddau ar gyfer y neges</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Import alert-platform members (or any table with member_id, postcode, status)</source>
      <translation>Allbwn Mewnforio aelodau'r platfform rhybuddion (neu unrhyw dabl gyda member_id, postcode, status)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Import areas (wards, beats or neighbourhoods)</source>
      <translation>Allbwn Mewnforio ardaloedd (wardiau, ardaloedd patrôl neu gymdogaethau)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Import police.uk crime or Import force crime extract</source>
      <translation>Allbwn Mewnforio troseddau police.uk neu Mewnforio detholiad troseddau'r heddlu</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Import postcode lookup</source>
      <translation>Allbwn Mewnforio tabl chwilio codau post</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Import streets or Approximate streets from police.uk points</source>
      <translation>Allbwn Mewnforio strydoedd neu Brasamcanu strydoedd o bwyntiau police.uk</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Import survey responses</source>
      <translation>Allbwn Mewnforio ymatebion i arolygon</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Link community data (area insight): fills the message with figures</source>
      <translation>Allbwn Cysylltu data cymunedol (mewnwelediad ardal): yn llenwi'r neges â ffigurau</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Output of Priority streets: its top TOP_N streets' residents</source>
      <translation>Allbwn Strydoedd blaenoriaeth: trigolion ei TOP_N stryd uchaf</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Polygon layer for the area</source>
      <translation>Haen bolygonau ar gyfer yr ardal</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Postcodes</source>
      <translation>Codau post</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>Prepares any line layer with a street-name field (OS Open Roads, OpenStreetMap, a council gazetteer) as street segments in British National Grid. Multi-lines are split into parts; segments of the same name that touch (within the join distance) form one street, so an OpenStreetMap street split over several ways is one street and two streets of the same name in different places stay apart. Footways, steps, paths and other non-street classes are excluded by default (listed in the rejects with the reason). Unnamed segments are kept and flagged unless you untick 'Keep unnamed'.</source>
      <translation>Yn paratoi unrhyw haen linellau sydd â maes enw stryd (OS Open Roads, OpenStreetMap, gasetiadur cyngor) fel darnau stryd yng Ngrid Cenedlaethol Prydain. Caiff aml-linellau eu rhannu'n rhannau; mae darnau o'r un enw sy'n cyffwrdd (o fewn y pellter uno) yn ffurfio un stryd, felly mae stryd OpenStreetMap sydd wedi'i rhannu dros sawl 'way' yn un stryd, ac mae dwy stryd o'r un enw mewn mannau gwahanol yn aros ar wahân. Caiff llwybrau troed, grisiau, llwybrau a dosbarthiadau eraill nad ydynt yn strydoedd eu heithrio yn ddiofyn (wedi'u rhestru yn y gwrthodiadau gyda'r rheswm). Caiff darnau heb enw eu cadw a'u nodi oni bai eich bod yn dad-dicio 'Cadw rhai heb enw'.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>Prepares any polygon layer with a code and a name field (wards, police beats, neighbourhood team areas, LSOAs) in British National Grid. Invalid polygons are repaired; features without geometry, with a blank code or a repeated code are rejected with the reason.</source>
      <translation>Yn paratoi unrhyw haen bolygonau sydd â maes cod a maes enw (wardiau, ardaloedd patrôl yr heddlu, ardaloedd timau cymdogaeth, LSOAau) yng Ngrid Cenedlaethol Prydain. Caiff polygonau annilys eu trwsio; caiff nodweddion heb geometreg, gyda chod gwag neu god sy'n cael ei ailadrodd eu gwrthod gyda'r rheswm.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Priorities</source>
      <translation>Blaenoriaethau</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Priority areas (lpt:prioritystreets)</source>
      <translation>Ardaloedd blaenoriaeth (lpt:prioritystreets)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>Priority streets</source>
      <translation>Strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" />
      <source>Priority streets (lpt:prioritystreets)</source>
      <translation>Strydoedd blaenoriaeth (lpt:prioritystreets)</translation>
    </message>
    <message>
      <location filename="../qgisio/connection.py" />
      <source>QGIS connection {0}</source>
      <translation>cysylltiad QGIS {0}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Ranks the streets of the areas given (every area, some of them by code with AREA_CODES, or a team's patch with PATCH) for the period; crimes, streets, places and members outside them are left out of every figure (percentiles, hot streets, totals, households) and counted in the log and the report. Each street is scored from seven components you weight: harm-weighted crime; hot streets (Getis-Ord Gi* over street segments, 400 m band, FDR-corrected); significant rises on the previous period; residents' local priorities that match the crime here; low trust and confidence; deprivation and classification; the engagement gap (registration against households, no recent door-knocking). Each street gets a score of 0-100, one field per component, its top three reasons in plain words and the recommended actions of the rule table (resources/config/action_rules.csv, editable), each naming its rule. Writes an HTML briefing of the top streets with aggregate figures only. Survey and member figures are shrunk toward the street's area (empirical Bayes) and each score carries a 90% interval and a rank range from a bootstrap over members and their answers (REPLICATES; 0 = none). Crimes police.uk records at named places (car parks, supermarkets, nightclubs... resources/config/place_names.csv) are ranked apart in HOT_PLACES with actions for premises and partners. EQUALITY compares the top streets with all streets (Census 2021 ethnic group, deprivation) and estimates the association of the score and each component with the ethnic mix after crime controls. Every run also ranks the streets by crime risk alone (risk_score, risk_rank: crime over all months so far with recency weights, smoothed over neighbouring streets) and checks whether the ranks work: the share of the next months' crimes and harm on the top 1%, 5% and 10% of streets (hit rate) and the Predictive Accuracy Index, beside simple baselines (last period's count and harm, a kernel density, the count over all months), with bootstrap intervals for the differences (a back-test on the period itself when the next months are not in the data yet); and how much the top streets move when a weight changes by 10% or the period moves by a month. The report says it in plain words; FORECAST holds the table (accuracy, differences and stability rows), which lpt:briefingpack prints.</source>
      <translation>Yn rhoi strydoedd yr ardaloedd a roddwyd mewn trefn restrol (pob ardal, rhai ohonynt yn ôl cod gydag AREA_CODES, neu ardal gyfrifoldeb tîm gyda PATCH) ar gyfer y cyfnod; caiff troseddau, strydoedd, mannau ac aelodau y tu allan iddynt eu hepgor o bob ffigur (canraddau, strydoedd poeth, cyfansymiau, aelwydydd) a'u cyfrif yn y log ac yn yr adroddiad. Caiff sgôr pob stryd ei chyfrifo o saith elfen yr ydych yn eu pwysoli: troseddau wedi'u pwysoli yn ôl niwed; strydoedd poeth (Getis-Ord Gi* dros ddarnau stryd, band 400 m, wedi'i gywiro ar gyfer FDR); cynnydd arwyddocaol o'i gymharu â'r cyfnod blaenorol; blaenoriaethau lleol trigolion sy'n cyfateb i'r troseddau yma; ymddiriedaeth a hyder isel; amddifadedd a dosbarthiad; y bwlch ymgysylltu (cofrestru o'i gymharu ag aelwydydd, dim curo drysau diweddar). Mae pob stryd yn cael sgôr o 0-100, un maes fesul elfen, ei thri phrif reswm mewn geiriau plaen a'r camau gweithredu a argymhellir gan y tabl rheolau (resources/config/action_rules.csv, y gellir ei olygu), pob un yn enwi ei reol. Yn ysgrifennu briff HTML o'r strydoedd uchaf gyda ffigurau cyfanredol yn unig. Caiff ffigurau arolygon ac aelodau eu crebachu tuag at ardal y stryd (Bayes empirig) ac mae gan bob sgôr gyfwng 90% ac ystod safleoedd o bootstrap dros aelodau a'u hatebion (REPLICATES; 0 = dim). Caiff troseddau y mae police.uk yn eu cofnodi mewn mannau a enwir (meysydd parcio, archfarchnadoedd, clybiau nos... resources/config/place_names.csv) eu rhoi mewn trefn restrol ar wahân yn HOT_PLACES gyda chamau gweithredu ar gyfer safleoedd a phartneriaid. Mae EQUALITY yn cymharu'r strydoedd uchaf â phob stryd (grŵp ethnig Cyfrifiad 2021, amddifadedd) ac yn amcangyfrif y cysylltiad rhwng y sgôr a phob elfen a'r cymysgedd ethnig ar ôl rheoli ar gyfer troseddau. Mae pob rhediad hefyd yn rhoi'r strydoedd mewn trefn restrol yn ôl risg troseddu yn unig (risk_score, risk_rank: troseddau dros bob mis hyd yma gyda phwysiadau diweddarwydd, wedi'u llyfnhau dros strydoedd cyfagos) ac yn gwirio a yw'r safleoedd yn gweithio: cyfran troseddau a niwed y misoedd nesaf ar yr 1%, 5% a 10% uchaf o strydoedd (cyfradd taro) a'r Mynegai Cywirdeb Rhagfynegol, ochr yn ochr â llinellau sylfaen syml (cyfrif a niwed y cyfnod diwethaf, dwysedd cnewyllyn, y cyfrif dros bob mis), gyda chyfyngau bootstrap ar gyfer y gwahaniaethau (ôl-brawf ar y cyfnod ei hun pan nad yw'r misoedd nesaf yn y data eto); a faint y mae'r strydoedd uchaf yn symud pan fo pwysiad yn newid 10% neu pan fo'r cyfnod yn symud fis. Mae'r adroddiad yn dweud hyn mewn geiriau plaen; mae FORECAST yn cynnwys y tabl (rhesi cywirdeb, gwahaniaethau a sefydlogrwydd), y mae lpt:briefingpack yn ei argraffu.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Reading the workspace {0}…</source>
      <translation>Wrthi'n darllen y man gwaith {0}…</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Reading {0}…</source>
      <translation>Wrthi'n darllen {0}…</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" />
      <source>Reads a Census 2021 table (ethnic group, religion, main language / proficiency in English, household deprivation...) by Output Area, LSOA or MSOA, in long form (one row per area and category) or wide form (one column per category, as Nomis publishes it). Coded columns such as ts0300001 are decoded with the table metadata file. Output: a tidy table area_code, geography, topic, category, count, total, share.</source>
      <translation>Yn darllen tabl Cyfrifiad 2021 (grŵp ethnig, crefydd, prif iaith / hyfedredd yn Saesneg, amddifadedd aelwydydd...) fesul Ardal Gynnyrch, LSOA neu MSOA, ar ffurf hir (un rhes fesul ardal a chategori) neu ar ffurf lydan (un golofn fesul categori, fel y mae Nomis yn ei gyhoeddi). Caiff colofnau wedi'u codio fel ts0300001 eu datgodio gyda ffeil metadata'r tabl. Allbwn: tabl taclus area_code, geography, topic, category, count, total, share.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_force_crime.py" />
      <source>Reads a force crime extract: crime id, date, offence category and x/y (eastings/northings or longitude/latitude) in the coordinate reference system you pick. Output: points in British National Grid (EPSG:27700). Points outside Great Britain, swapped lon/lat, bad dates and repeated ids are rejected with the reason.</source>
      <translation>Yn darllen detholiad troseddau gan heddlu: dynodydd trosedd, dyddiad, categori trosedd ac x/y (dwyreiniadau/gogleddiadau neu hydred/lledred) yn y system cyfeirnodau cyfesurynnau a ddewiswch. Allbwn: pwyntiau yng Ngrid Cenedlaethol Prydain (EPSG:27700). Caiff pwyntiau y tu allan i Brydain Fawr, hydred/lledred wedi'u cyfnewid, dyddiadau gwallus a dynodyddion sy'n cael eu hailadrodd eu gwrthod gyda'r rheswm.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_classification.py" />
      <source>Reads a socio-economic classification: CACI Acorn by postcode (category, group, type), the ONS Output Area Classification 2021 by Output Area (supergroup, group, subgroup), the English Indices of Deprivation 2019 (LSOA 2011) or 2025 (LSOA 2021) as MHCLG publishes them or as tidy tables, or the ONS LSOA 2011 to 2021 lookup.</source>
      <translation>Yn darllen dosbarthiad economaidd-gymdeithasol: CACI Acorn fesul cod post (categori, grŵp, math), Dosbarthiad Ardaloedd Cynnyrch 2021 yr ONS fesul Ardal Gynnyrch (uwchgrŵp, grŵp, is-grŵp), Mynegeion Amddifadedd Lloegr 2019 (LSOA 2011) neu 2025 (LSOA 2021) fel y mae MHCLG yn eu cyhoeddi neu fel tablau taclus, neu dabl chwilio LSOA 2011 i 2021 yr ONS.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>Reads police.uk street-level crime CSVs exactly as downloaded: one file, several files (separate paths with ;) or a folder of monthly files. LSOA 2011 and 2021 codes are both accepted; give the ONS LSOA 2011-2021 lookup to record which vintage each file uses. Output: points in British National Grid (EPSG:27700) with the 'On or near' street name kept. Records that share a Crime ID are kept (police.uk publishes such ids); only exact repeats of a whole row are rejected.</source>
      <translation>Yn darllen ffeiliau CSV troseddau lefel stryd police.uk yn union fel y'u lawrlwythwyd: un ffeil, sawl ffeil (gwahanwch y llwybrau gyda ;) neu ffolder o ffeiliau misol. Derbynnir codau LSOA 2011 a 2021 ill dau; rhowch dabl chwilio LSOA 2011-2021 yr ONS i gofnodi pa fersiwn y mae pob ffeil yn ei defnyddio. Allbwn: pwyntiau yng Ngrid Cenedlaethol Prydain (EPSG:27700) gydag enw'r stryd 'On or near' wedi'i gadw. Caiff cofnodion sy'n rhannu Crime ID eu cadw (mae police.uk yn cyhoeddi dynodyddion o'r fath); dim ond rhesi cyfan sy'n cael eu hailadrodd yn union sy'n cael eu gwrthod.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_postcodes.py" />
      <source>Reads postcode centroids as published: the ONS Postcode Directory or NSPL (pcd or pcds, oseast1m, osnrth1m, and any of oa11/lsoa11/oa21/lsoa21/osward/laua/doterm) or OS Code-Point Open (headerless, documented column order PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC). 'auto' tells them apart. Postcodes are normalised (case and spaces). Rows without a grid reference are rejected.</source>
      <translation>Yn darllen canolbwyntiau codau post fel y'u cyhoeddwyd: ONS Postcode Directory neu NSPL (pcd neu pcds, oseast1m, osnrth1m, ac unrhyw un o oa11/lsoa11/oa21/lsoa21/osward/laua/doterm) neu OS Code-Point Open (heb bennawd, trefn colofnau ddogfennedig PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC). Mae 'auto' yn gwahaniaethu rhyngddynt. Caiff codau post eu normaleiddio (priflythrennau a bylchau). Caiff rhesi heb gyfeirnod grid eu gwrthod.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_surveys.py" />
      <source>Reads quarterly survey responses: response id, member id, submitted date, wave (e.g. 2024-Q1; derived from the date when blank), trust and confidence (1-5 or the agree/disagree wording; 'don't know' is kept as missing), local priorities (multi-select separated by ; or |, from the category list in resources/config/priority_categories.csv or your own) and a free-text concern.</source>
      <translation>Yn darllen ymatebion chwarterol i arolygon: dynodydd ymateb, dynodydd aelod, dyddiad cyflwyno, cylch (e.e. 2024-Q1; yn deillio o'r dyddiad pan fo'n wag), ymddiriedaeth a hyder (1-5 neu eiriad cytuno/anghytuno; caiff 'don't know' ei gadw fel gwerth coll), blaenoriaethau lleol (dewis lluosog wedi'u gwahanu gan ; neu |, o'r rhestr categorïau yn resources/config/priority_categories.csv neu'ch rhestr eich hun) a phryder mewn testun rhydd.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_visits.py" />
      <source>Reads the door-knock visit log: visit id, date, postcode, outcome (registered, no answer, declined, already registered, leaflet left), team, an anonymous household reference and the member id of a registration. Priority streets use it for the engagement gap (streets without recent visits). Exact addresses are not needed.</source>
      <translation>Yn darllen log ymweliadau curo drysau: dynodydd ymweliad, dyddiad, cod post, canlyniad (registered, no answer, declined, already registered, leaflet left), tîm, cyfeirnod aelwyd dienw a dynodydd aelod cofrestriad. Mae Strydoedd blaenoriaeth yn ei ddefnyddio ar gyfer y bwlch ymgysylltu (strydoedd heb ymweliadau diweddar). Nid oes angen union gyfeiriadau.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_members.py" />
      <source>Reads the member export of the community alert platform (Neighbourhood Alert / My Community Alert). Required columns: member id, postcode, registration date. Optional: status and opt-out date, age band, gender, ethnic group, religion, main language, disability, groups (IAG, Neighbourhood Watch...; separated by ; or |), key contact flag. Blank demographics are normal and reported as coverage. Contact fields (name, email, phone) are personal data: they are only kept when 'Keep contact fields' is ticked. Rejected rows go to the rejects table with file, row, column, value and reason.</source>
      <translation>Yn darllen allforiad aelodau'r platfform rhybuddion cymunedol (Neighbourhood Alert / My Community Alert). Colofnau gofynnol: dynodydd aelod, cod post, dyddiad cofrestru. Dewisol: statws a dyddiad optio allan, band oedran, rhywedd, grŵp ethnig, crefydd, prif iaith, anabledd, grwpiau (IAG, Neighbourhood Watch...; wedi'u gwahanu gan ; neu |), baner cyswllt allweddol. Mae data demograffig gwag yn arferol ac yn cael ei adrodd fel cwmpas. Mae meysydd cyswllt (enw, e-bost, ffôn) yn ddata personol: dim ond pan fo 'Cadw meysydd cyswllt' wedi'i dicio y cânt eu cadw. Mae rhesi a wrthodwyd yn mynd i'r tabl gwrthodiadau gyda'r ffeil, y rhes, y golofn, y gwerth a'r rheswm.</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" />
      <source>Reads the visit-list GeoPackages back from the phones (files separated by ';', or every .gpkg of a folder) into the workspace's visit outcomes. Each visit is checked: a visit id that is not a UUID, a visit of another set-up, an outcome outside the list, a postcode not on the set-up's list, a date that cannot be read or lies in the future, or a point recorded more than MAX_DISTANCE from its postcode is a rejected row with its reason. A note holding what looks like a phone number or an email has it replaced by [removed], one starting a formula is neutralised; both are flagged. The same visit edited twice keeps both edits and the newest counts; importing a file again adds nothing; nothing stored is removed.</source>
      <translation>Yn darllen GeoPackages y rhestrau ymweliadau yn ôl o'r ffonau (ffeiliau wedi'u gwahanu gan ';', neu bob .gpkg mewn ffolder) i ganlyniadau ymweliadau'r man gwaith. Caiff pob ymweliad ei wirio: mae dynodydd ymweliad nad yw'n UUID, ymweliad sy'n perthyn i drefniant arall, canlyniad y tu allan i'r rhestr, cod post nad yw ar restr y trefniant, dyddiad na ellir ei ddarllen neu sydd yn y dyfodol, neu bwynt a gofnodwyd fwy na MAX_DISTANCE o'i god post yn rhes a wrthodir gyda'i rheswm. Mewn nodyn sy'n cynnwys rhywbeth sy'n edrych fel rhif ffôn neu gyfeiriad e-bost, caiff hwnnw ei ddisodli gan [removed]; caiff nodyn sy'n dechrau gyda fformiwla ei niwtraleiddio; caiff y ddau eu nodi. Mae'r un ymweliad a olygwyd ddwywaith yn cadw'r ddau olygiad, a'r mwyaf diweddar sy'n cyfrif; nid yw mewnforio ffeil eto yn ychwanegu dim; nid oes dim a storiwyd yn cael ei ddileu.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Recipients who already had a message within this many days are counted</source>
      <translation>Caiff derbynwyr a gafodd neges eisoes o fewn y nifer hwn o ddiwrnodau eu cyfrif</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Recorded in the message log</source>
      <translation>Wedi'i gofnodi yn y log negeseuon</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Religion (TS030)</source>
      <translation>Crefydd (TS030)</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>Reports the progress of door-knocking set-ups for supervisors: per set-up, team and week, households targeted, doors knocked, contact rate, registrations, people surveyed at the door, survey responses from the set-up's postcodes while it ran, and - for a set-up aimed at a community - that community's share among members of its postcodes who joined since it started against those who joined before (Wilson 95% intervals, not shown below the threshold). HTML with a chart of visits per week by outcome, and the same figures as tables. Counts only: no member, name or address.</source>
      <translation>Yn adrodd cynnydd trefniannau curo drysau ar gyfer goruchwylwyr: fesul trefniant, tîm ac wythnos, aelwydydd a dargedwyd, drysau a gurwyd, cyfradd cyswllt, cofrestriadau, pobl a gymerodd ran mewn arolwg wrth y drws, ymatebion i arolygon o godau post y trefniant tra oedd yn rhedeg, ac - ar gyfer trefniant sydd wedi'i anelu at gymuned - cyfran y gymuned honno ymhlith aelodau ei godau post a ymunodd ers iddo ddechrau o'i chymharu â'r rhai a ymunodd cyn hynny (cyfyngau Wilson 95%, nad ydynt yn cael eu dangos o dan y trothwy). HTML gyda siart o ymweliadau yr wythnos yn ôl canlyniad, a'r un ffigurau fel tablau. Cyfrifon yn unig: dim aelod, enw na chyfeiriad.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Segments within this distance of each other are neighbours in the hot-street (Gi*) test</source>
      <translation>Mae darnau stryd sydd o fewn y pellter hwn i'w gilydd yn gymdogion yn y prawf strydoedd poeth (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Set up the workspace database (PostGIS)</source>
      <translation>Sefydlu cronfa ddata'r man gwaith (PostGIS)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Sets such as: include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=75+</source>
      <translation>Setiau fel: include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=75+</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" />
      <source>Store it in the workspace even if it accepts nothing or less than half the rows it replaces (explicit override)</source>
      <translation>Ei storio yn y man gwaith hyd yn oed os nad yw'n derbyn dim neu'n derbyn llai na hanner y rhesi y mae'n eu disodli (diystyru penodol)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" />
      <source>Stores a targeted door-knocking set-up in the workspace: a name, the owning team, dates, and its target list - the postcodes of its streets with estimated households (Census 2021 households of the LSOA shared across its postcodes, or your ADDRESS_COUNTS), members already registered, the last visit and outcome, and whether the street is a priority. Streets come from the top N priority streets (of AREA_CODES if given), from the areas where a community is under-represented, or from criteria on area, street, imd_decile, classification (OAC supergroup) and confidence (low / middle / high) ('include imd_decile=1|2; must confidence=low; exclude area=...'; a value the workspace does not have is an error). Without REVISIT, households already registered are not knocked again. Several set-ups can be open at once; archive one with Archive door-knocking set-up, nothing is ever deleted. Run Link community data on the workspace first.</source>
      <translation>Yn storio trefniant curo drysau wedi'i dargedu yn y man gwaith: enw, y tîm sy'n berchen arno, dyddiadau, a'i restr dargedau - codau post ei strydoedd gydag amcangyfrif o aelwydydd (aelwydydd Cyfrifiad 2021 yr LSOA wedi'u rhannu ar draws ei godau post, neu eich ADDRESS_COUNTS), aelodau sydd eisoes wedi cofrestru, yr ymweliad a'r canlyniad diwethaf, ac a yw'r stryd yn flaenoriaeth. Daw'r strydoedd o'r N stryd blaenoriaeth uchaf (o AREA_CODES os rhoddir hwy), o'r ardaloedd lle nad oes gan gymuned gynrychiolaeth ddigonol, neu o feini prawf ar ardal, stryd, imd_decile, dosbarthiad (uwchgrŵp OAC) a hyder (low / middle / high) ('include imd_decile=1|2; must confidence=low; exclude area=...'; mae gwerth nad yw yn y man gwaith yn wall). Heb REVISIT, nid yw drysau aelwydydd sydd eisoes wedi cofrestru yn cael eu curo eto. Gall sawl trefniant fod ar agor ar yr un pryd; archifwch un gydag Archifo trefniant curo drysau, nid oes dim byth yn cael ei ddileu. Rhedwch Cysylltu data cymunedol ar y man gwaith yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Street segments</source>
      <translation>Darnau stryd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Suppress counts of people, and figures based on fewer than this many people</source>
      <translation>Atal cyfrifon pobl, a ffigurau sy'n seiliedig ar lai na'r nifer hwn o bobl</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Survey figures based on fewer people are left empty, so no one can be singled out</source>
      <translation>Caiff ffigurau arolwg sy'n seiliedig ar lai o bobl eu gadael yn wag, fel na ellir nodi neb yn unigol</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Survey responses</source>
      <translation>Ymatebion i arolygon</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Team areas (layer below)</source>
      <translation>Ardaloedd tîm (yr haen isod)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>The GeoPackage that records every export (created if it does not exist)</source>
      <translation>Y GeoPackage sy'n cofnodi pob allforiad (caiff ei greu os nad yw'n bodoli)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>The LSOA 2011 to 2021 lookup, needed with IMD 2019 (LSOA 2011 codes)</source>
      <translation>Tabl chwilio LSOA 2011 i 2021, sydd ei angen gydag IMD 2019 (codau LSOA 2011)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>The message template; it is filled with aggregate figures of the area only</source>
      <translation>Templed y neges; caiff ei lenwi â ffigurau cyfanredol yr ardal yn unig</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" />
      <source>Time: {0}</source>
      <translation>Amser: {0}</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Title of the HTML briefing</source>
      <translation>Teitl y briff HTML</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" />
      <source>Training and demo</source>
      <translation>Hyfforddi ac arddangos</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>Unexpected error in {0}: {1}: {2}. The details are in {3}; please report them.</source>
      <translation>Gwall annisgwyl yn {0}: {1}: {2}. Mae'r manylion yma: {3}; rhowch wybod amdanynt.</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>Where no street network is available, builds approximate street centre lines from police.uk's anonymised map points, each named after its street ('On or near Spring Bank'). Points of the same name within the cluster distance are chained along their main direction; a lone point becomes a short stub. Non-street places (supermarket, parking area...) are skipped. Every line is flagged approximate: load OS Open Roads or OpenStreetMap for real work.</source>
      <translation>Lle nad oes rhwydwaith strydoedd ar gael, yn llunio llinellau canol bras ar gyfer strydoedd o bwyntiau map dienw police.uk, pob un wedi'i enwi ar ôl ei stryd ('On or near Spring Bank'). Caiff pwyntiau o'r un enw o fewn y pellter clystyru eu cadwyno ar hyd eu prif gyfeiriad; mae pwynt unigol yn troi'n fonyn byr. Caiff mannau nad ydynt yn strydoedd (supermarket, parking area...) eu hepgor. Caiff pob llinell ei nodi'n fras: llwythwch OS Open Roads neu OpenStreetMap ar gyfer gwaith go iawn.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Where the recipients CSV and message JSON for the alert platform are written</source>
      <translation>Lle caiff CSV y derbynwyr a JSON y neges ar gyfer y platfform rhybuddion eu hysgrifennu</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Who is in the area: the whole force, the codes below, a polygon layer, or the top priority streets</source>
      <translation>Pwy sydd yn yr ardal: yr heddlu cyfan, y codau isod, haen bolygonau, neu'r strydoedd blaenoriaeth uchaf</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" />
      <source>Who is not heard: for each area (the wards of the analysis, LSOA 2021 or a team-area layer) and each community of a Census 2021 table (ethnic group TS021, broad or detailed categories as the table has them; religion TS030; main language TS029), the community's share of residents against its share among the members who answered that question. Members' answers are placed in Census categories by resources/config/community_categories.csv (or your own CATEGORY_MAP). Blank and 'prefer not to say' answers are coverage (coverage_pct, no_answer), answers the table cannot place are counted apart (unplaced): neither is ever counted as 'not in the community'. member_share has a 95% Wilson interval (share_lo, share_hi); ratio = member share / resident share, its interval the Wilson bounds divided by the resident share (the Census count is a full count, taken as known). A community is flagged under_represented only where it has at least MIN_RESIDENTS residents in the area and the upper bound of the ratio is below RATIO_BELOW (default 0.8). Member counts from 1 to SUPPRESS_BELOW - 1 are suppressed with every figure that would disclose them (the flag stays). A Census area is in the area holding most of its postcodes; opted-out members are left out. Outputs: COMMUNITY_MAP (one polygon per area and community, styled by band; give COMMUNITY, or filter on the community field), TABLE (every community) and GROUP_INSIGHT (respondents, mean trust and confidence and top three priorities by age band, gender and ethnic group per area, suppressed below SUPPRESS_BELOW respondents). CENSUS: the Census table as published (long or wide; blank = the workspace's ethnic group table).</source>
      <translation>Pwy nad yw'n cael ei glywed: ar gyfer pob ardal (wardiau'r dadansoddiad, LSOA 2021 neu haen ardaloedd tîm) a phob cymuned mewn tabl Cyfrifiad 2021 (grŵp ethnig TS021, categorïau bras neu fanwl fel y maent yn y tabl; crefydd TS030; prif iaith TS029), cyfran y gymuned o'r trigolion o'i chymharu â'i chyfran ymhlith yr aelodau a atebodd y cwestiwn hwnnw. Caiff atebion aelodau eu gosod yng nghategorïau'r Cyfrifiad gan resources/config/community_categories.csv (neu eich CATEGORY_MAP eich hun). Mae atebion gwag ac atebion 'prefer not to say' yn rhan o'r cwmpas (coverage_pct, no_answer), a chaiff atebion na all y tabl eu gosod eu cyfrif ar wahân (unplaced): nid yw'r naill na'r llall byth yn cael eu cyfrif fel 'ddim yn y gymuned'. Mae gan member_share gyfwng Wilson 95% (share_lo, share_hi); ratio = cyfran yr aelodau / cyfran y trigolion, a'i gyfwng yw ffiniau Wilson wedi'u rhannu â chyfran y trigolion (mae cyfrif y Cyfrifiad yn gyfrif llawn, a ystyrir yn hysbys). Dim ond lle mae ganddi o leiaf MIN_RESIDENTS o drigolion yn yr ardal a lle mae ffin uchaf y gymhareb yn is na RATIO_BELOW (rhagosodiad 0.8) y caiff cymuned ei nodi'n under_represented. Caiff cyfrifon aelodau o 1 i SUPPRESS_BELOW - 1 eu hatal ynghyd â phob ffigur a fyddai'n eu datgelu (mae'r faner yn aros). Mae ardal Cyfrifiad yn perthyn i'r ardal sy'n cynnwys y rhan fwyaf o'i chodau post; caiff aelodau sydd wedi optio allan eu hepgor. Allbynnau: COMMUNITY_MAP (un polygon fesul ardal a chymuned, wedi'i arddullio yn ôl band; rhowch COMMUNITY, neu hidlwch ar y maes community), TABLE (pob cymuned) a GROUP_INSIGHT (ymatebwyr, cymedr ymddiriedaeth a hyder a'r tair prif flaenoriaeth yn ôl band oedran, rhywedd a grŵp ethnig fesul ardal, wedi'u hatal o dan SUPPRESS_BELOW o ymatebwyr). CENSUS: tabl y Cyfrifiad fel y'i cyhoeddwyd (hir neu lydan; gwag = tabl grŵp ethnig y man gwaith).</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Who signs the message, e.g. Hull Central Neighbourhood Policing Team</source>
      <translation>Pwy sy'n llofnodi'r neges, e.e. Hull Central Neighbourhood Policing Team</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Without it, the export is blocked when some recipients already had a message recently</source>
      <translation>Hebddo, caiff yr allforiad ei rwystro pan fo rhai derbynwyr eisoes wedi cael neges yn ddiweddar</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>Workspace (GeoPackage or PostGIS connection pg:NAME / service=NAME; instead of the layers below)</source>
      <translation>Man gwaith (GeoPackage neu gysylltiad PostGIS pg:NAME / service=NAME; yn lle'r haenau isod)</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" />
      <source>Workspace {0}: table {1} now has {2:,} rows (import {3}){4}</source>
      <translation>Man gwaith {0}: mae gan dabl {1} {2:,} o resi bellach (mewnforiad {3}){4}</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>Writes an open set-up's visit list as a folder for officers' phones: a GeoPackage and a QGIS project that QField opens offline. The map shows the set-up's streets, the postcodes to knock (labelled, coloured by their last outcome) and the areas; officers add a visit per door with a form: outcome from a list (not in, declined, registered, surveyed, already registered, no access), date, officer and a short note that must not hold personal data. Each visit gets a UUID. Copy the folder to the phone (or QFieldCloud) and bring the GeoPackage back with Import visit outcomes. The list holds postcodes, streets and counts only, no member. A folder that already holds this set-up's package with visits in it is not overwritten.</source>
      <translation>Yn ysgrifennu rhestr ymweliadau trefniant agored fel ffolder ar gyfer ffonau swyddogion: GeoPackage a phrosiect QGIS y mae QField yn ei agor all-lein. Mae'r map yn dangos strydoedd y trefniant, y codau post i guro arnynt (wedi'u labelu, a'u lliwio yn ôl eu canlyniad diwethaf) a'r ardaloedd; mae swyddogion yn ychwanegu ymweliad fesul drws gyda ffurflen: canlyniad o restr (not in, declined, registered, surveyed, already registered, no access), dyddiad, swyddog a nodyn byr na ddylai gynnwys data personol. Mae pob ymweliad yn cael UUID. Copïwch y ffolder i'r ffôn (neu QFieldCloud) a dewch â'r GeoPackage yn ôl gyda Mewnforio canlyniadau ymweliadau. Dim ond codau post, strydoedd a chyfrifon sydd yn y rhestr, dim aelodau. Nid yw ffolder sydd eisoes yn cynnwys pecyn y trefniant hwn gydag ymweliadau ynddo yn cael ei throsysgrifo.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Writes member ids and postcode points: personal data, only when you need them</source>
      <translation>Yn ysgrifennu dynodyddion aelodau a phwyntiau codau post: data personol, dim ond pan fydd eu hangen arnoch</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>Your final text; blank = the filled template</source>
      <translation>Eich testun terfynol; gwag = y templed wedi'i lenwi</translation>
    </message>
    <message>
      <location filename="../processing/imports/base.py" />
      <source>a CSV file</source>
      <translation>ffeil CSV</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>a layer for {0} ({1})</source>
      <translation>haen ar gyfer {0} ({1})</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>a line layer</source>
      <translation>haen linellau</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>a line layer file (GeoPackage, GeoJSON, Shapefile...)</source>
      <translation>ffeil haen linellau (GeoPackage, GeoJSON, Shapefile...)</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>a point layer</source>
      <translation>haen bwyntiau</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" />
      <source>a police.uk CSV file (a folder of monthly files goes in FOLDER)</source>
      <translation>ffeil CSV police.uk (mae ffolder o ffeiliau misol yn mynd yn FOLDER)</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>a polygon layer</source>
      <translation>haen bolygonau</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>a polygon layer file (GeoPackage, GeoJSON, Shapefile...)</source>
      <translation>ffeil haen bolygonau (GeoPackage, GeoJSON, Shapefile...)</translation>
    </message>
    <message>
      <location filename="../processing/imports/layer_base.py" />
      <source>a vector layer file (GeoPackage, GeoJSON, Shapefile...)</source>
      <translation>ffeil haen fector (GeoPackage, GeoJSON, Shapefile...)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>auto detects comma, semicolon, tab or pipe from the header line</source>
      <translation>mae auto yn canfod coma, hanner colon, tab neu bibell o'r llinell bennawd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>auto reads UTF-8 (with or without BOM), UTF-16 and Windows-1252 (Excel)</source>
      <translation>mae auto yn darllen UTF-8 (gyda BOM neu hebddo), UTF-16 a Windows-1252 (Excel)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>cancelled</source>
      <translation>wedi'i ganslo</translation>
    </message>
    <message>
      <location filename="../processing/outputs.py" />
      <source>cannot write the output ({0})</source>
      <translation>ni ellir ysgrifennu'r allbwn ({0})</translation>
    </message>
    <message>
      <location filename="../qgisio/connection.py" />
      <source>check it in Settings &gt; Options &gt; Authentication (the master password may be needed).</source>
      <translation>gwiriwch ef yn Settings &gt; Options &gt; Authentication (efallai y bydd angen y prif gyfrinair).</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>check that the folder is writable and the disk not full.</source>
      <translation>gwiriwch fod modd ysgrifennu i'r ffolder ac nad yw'r ddisg yn llawn.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>check the crime import.</source>
      <translation>gwiriwch fewnforiad y troseddau.</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>choose a .qpt file.</source>
      <translation>dewiswch ffeil .qpt.</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>choose a folder you can write to.</source>
      <translation>dewiswch ffolder y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
      <location filename="../processing/outputs.py" />
      <source>choose a writable folder and a file name of at most 255 bytes.</source>
      <translation>dewiswch ffolder y gellir ysgrifennu iddo ac enw ffeil o 255 beit ar y mwyaf.</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>choose another folder.</source>
      <translation>dewiswch ffolder arall.</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>choose one of the layer's fields, or leave {0} empty.</source>
      <translation>dewiswch un o feysydd yr haen, neu gadewch {0} yn wag.</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>choose the layer that holds the data, or run its import again.</source>
      <translation>dewiswch yr haen sy'n cynnwys y data, neu rhedwch ei mewnforio eto.</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>choose the layer.</source>
      <translation>dewiswch yr haen.</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>choose {0}.</source>
      <translation>dewiswch {0}.</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" />
      <source>comparison</source>
      <translation>cymharu</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>correct the parameter.</source>
      <translation>cywirwch y paramedr.</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>create the folder or choose another.</source>
      <translation>crëwch y ffolder neu dewiswch un arall.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>draw or choose a polygon.</source>
      <translation>lluniwch neu dewiswch bolygon.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" />
      <source>email or SMS (SMS shows the number of characters and segments in the log)</source>
      <translation>e-bost neu SMS (mae SMS yn dangos nifer y nodau a'r segmentau yn y log)</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>from {0:g} to {1:g}</source>
      <translation>o {0:g} i {1:g}</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>give a file name ending .{0}.</source>
      <translation>rhowch enw ffeil sy'n gorffen â .{0}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>give a file whose name ends .{0}, in lower case (save a spreadsheet as CSV UTF-8).</source>
      <translation>rhowch ffeil y mae ei henw'n gorffen â .{0}, mewn llythrennau bach (cadwch daenlen fel CSV UTF-8).</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>give codes separated by commas (E05011525, E05011526), or leave it blank for every area.</source>
      <translation>rhowch godau wedi'u gwahanu gan gomâu (E05011525, E05011526), neu gadewch yn wag ar gyfer pob ardal.</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>give the map the item id 'map' in the Layout Designer (Item Properties).</source>
      <translation>rhowch y dynodydd eitem 'map' i'r map yn y Layout Designer (Item Properties).</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>give the published CSV or the output of the plugin's import.</source>
      <translation>rhowch y CSV a gyhoeddwyd neu allbwn mewnforio'r ategyn.</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>give {0} and {1} different file names.</source>
      <translation>rhowch enwau ffeil gwahanol i {0} a {1}.</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>give {0} another file name, outside any workspace.</source>
      <translation>rhowch enw ffeil arall i {0}, y tu allan i unrhyw fan gwaith.</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>give {0} another file name.</source>
      <translation>rhowch enw ffeil arall i {0}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>give {0} the layer the algorithm named in its label wrote.</source>
      <translation>rhowch i {0} yr haen a ysgrifennodd yr algorithm a enwir yn ei label.</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>import the {0} into it first.</source>
      <translation>mewnforiwch y tabl {0} iddo yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>import them with Import visit outcomes, then choose another folder.</source>
      <translation>mewnforiwch nhw gyda Mewnforio canlyniadau ymweliadau, yna dewiswch ffolder arall.</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" />
      <source>insight</source>
      <translation>mewnwelediad</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>is not a QGIS print layout template</source>
      <translation>nid yw'n dempled cynllun argraffu QGIS</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>its parameters are {0}.</source>
      <translation>ei baramedrau yw {0}.</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" />
      <source>linking</source>
      <translation>cysylltu</translation>
    </message>
    <message>
      <location filename="../qgisio/connection.py" />
      <source>no PostgreSQL connection named '{0}' is saved in QGIS</source>
      <translation>nid oes cysylltiad PostgreSQL o'r enw '{0}' wedi'i gadw yn QGIS</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>of at least {0:g}</source>
      <translation>o {0:g} o leiaf</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" />
      <source>ranking</source>
      <translation>trefnu yn ôl safle</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" />
      <source>reading</source>
      <translation>darllen</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" />
      <source>report and writing</source>
      <translation>adrodd ac ysgrifennu</translation>
    </message>
    <message>
      <location filename="../qgisio/connection.py" />
      <source>save it in the Browser (PostgreSQL &gt; New Connection), or name a service=NAME.</source>
      <translation>cadwch ef yn y Porwr (Browser: PostgreSQL &gt; New Connection), neu enwch service=NAME.</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>save one from the Layout Designer (Layout → Save as Template…).</source>
      <translation>cadwch un o'r Layout Designer (Layout → Save as Template…).</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>set it (Layer Properties &gt; Source, or Processing 'Assign projection'), e.g. EPSG:27700 for British National Grid or EPSG:4326 for longitude/latitude.</source>
      <translation>gosodwch hi (Layer Properties &gt; Source, neu 'Assign projection' yn Processing), e.e. EPSG:27700 ar gyfer British National Grid neu EPSG:4326 ar gyfer hydred/lledred.</translation>
    </message>
    <message>
      <location filename="../qgisio/connection.py" />
      <source>the QGIS authentication configuration of this connection cannot be read</source>
      <translation>ni ellir darllen ffurfweddiad dilysu QGIS y cysylltiad hwn</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>the QGIS log panel</source>
      <translation>panel log QGIS</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" />
      <source>the area layer cannot be read</source>
      <translation>ni ellir darllen yr haen ardaloedd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" />
      <source>the crime layer has no months</source>
      <translation>nid oes misoedd yn yr haen troseddau</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>the folder already holds this set-up's visit list with {0:,} visits recorded</source>
      <translation>mae'r ffolder eisoes yn cynnwys rhestr ymweliadau'r trefniant hwn gyda {0:,} ymweliad wedi'u cofnodi</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" />
      <source>the folder holds a GeoPackage of that name that is not a visit list</source>
      <translation>mae'r ffolder yn cynnwys GeoPackage o'r enw hwnnw nad yw'n rhestr ymweliadau</translation>
    </message>
    <message>
      <location filename="../processing/imports/layer_base.py" />
      <source>the layer cannot be read</source>
      <translation>ni ellir darllen yr haen</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>the layer has no coordinate reference system QGIS can read, so its coordinates cannot be placed</source>
      <translation>nid oes gan yr haen system gyfeirio cyfesurynnau y gall QGIS ei darllen, felly ni ellir lleoli ei chyfesurynnau</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>the layout could not be exported (QGIS error {code})</source>
      <translation>nid oedd modd allforio'r cynllun (gwall QGIS {code})</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>the layout could not be exported (QGIS error {code}: {error})</source>
      <translation>nid oedd modd allforio'r cynllun (gwall QGIS {code}: {error})</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>the layout template cannot be read ({error})</source>
      <translation>nid oes modd darllen y templed cynllun ({error})</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_layout.py" />
      <source>the layout template has no map item with the id 'map'</source>
      <translation>nid oes gan y templed cynllun eitem fap â'r dynodydd 'map'</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>the patch layer has no polygon</source>
      <translation>nid oes polygon yn haen y darn</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" />
      <source>the street layer cannot be read</source>
      <translation>ni ellir darllen yr haen strydoedd</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>the workspace has no {0} yet</source>
      <translation>nid oes tabl {0} yn y man gwaith eto</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>this input</source>
      <translation>y mewnbwn hwn</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>use the output of the matching Import algorithm for {0}.</source>
      <translation>defnyddiwch allbwn yr algorithm Mewnforio cyfatebol ar gyfer {0}.</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" />
      <source>writing</source>
      <translation>ysgrifennu</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} (did you mean {1}?)</source>
      <translation>{0} (ai {1} oedd dan sylw?)</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} ({1}) is a table without geometry: it takes {2}; nothing was read or written</source>
      <translation>mae {0} ({1}) yn dabl heb geometreg: mae'n cymryd {2}; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} ({1}) is {2}: it takes {3}; nothing was read or written</source>
      <translation>mae {0} ({1}) yn {2}: mae'n cymryd {3}; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} ({1}) lacks the field(s) {2}: it is not that output; nothing was read or written</source>
      <translation>nid oes gan {0} ({1}) y maes/meysydd {2}: nid yr allbwn hwnnw ydyw; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} ({1}) reads {2}, and this file's name does not end .{3}; nothing was read or written</source>
      <translation>mae {0} ({1}) yn darllen {2}, ac nid yw enw'r ffeil hon yn gorffen â .{3}; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} ({1}) writes {2}, but the file name does not end .{3}; nothing was read or written</source>
      <translation>mae {0} ({1}) yn ysgrifennu {2}, ond nid yw enw'r ffeil yn gorffen â .{3}; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} ({1}): the layer has no field {2} (its fields: {3}); nothing was read or written</source>
      <translation>{0} ({1}): nid oes gan yr haen faes {2} (ei meysydd: {3}); ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>{0} and {1} name the same file: one would replace the other; nothing was read or written</source>
      <translation>mae {0} a {1} yn enwi'r un ffeil: byddai un yn disodli'r llall; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" />
      <source>{0} cannot be read as a table</source>
      <translation>ni ellir darllen {0} fel tabl</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>{0} has no field {1} (fields: {2})</source>
      <translation>nid oes maes {1} yn {0} (meysydd: {2})</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>{0} is a workspace ({1}): writing it would replace or mix the workspace's tables (only an import's WORKSPACE parameter writes into a workspace); nothing was read or written</source>
      <translation>mae {0} yn fan gwaith ({1}): byddai ei ysgrifennu yn disodli neu'n cymysgu tablau'r man gwaith (dim ond paramedr WORKSPACE mewnforio sy'n ysgrifennu i fan gwaith); ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" />
      <source>{0} is required (or give a WORKSPACE)</source>
      <translation>mae angen {0} (neu rhowch WORKSPACE)</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>{0} is the workspace itself ({1}): writing it would replace or mix the workspace's tables (only an import's WORKSPACE parameter writes into a workspace); nothing was read or written</source>
      <translation>{0} yw'r man gwaith ei hun ({1}): byddai ei ysgrifennu yn disodli neu'n cymysgu tablau'r man gwaith (dim ond paramedr WORKSPACE mewnforio sy'n ysgrifennu i fan gwaith); ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} is {1!r}: it must be a finite number {2}</source>
      <translation>{0} yw {1!r}: rhaid iddo fod yn rhif meidraidd {2}</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" />
      <source>{0} layer is required (or give a WORKSPACE)</source>
      <translation>mae angen yr haen {0} (neu rhowch WORKSPACE)</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>{0} names the input {1} ({2}): writing it would overwrite what is read; nothing was read or written</source>
      <translation>mae {0} yn enwi'r mewnbwn {1} ({2}): byddai ei ysgrifennu yn trosysgrifo'r hyn a ddarllenir; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" />
      <source>{0} takes no parameter {1}; nothing was read or written</source>
      <translation>nid yw {0} yn cymryd paramedr {1}; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>{0}: the folder {1} cannot be written to; nothing was read or written</source>
      <translation>{0}: ni ellir ysgrifennu i'r ffolder {1}; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../processing/destinations.py" />
      <source>{0}: the folder {1} does not exist; nothing was read or written</source>
      <translation>{0}: nid yw'r ffolder {1} yn bodoli; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>{0}: the layer has no coordinate reference system, so its coordinates cannot be placed</source>
      <translation>{0}: nid oes gan yr haen system gyfeirio cyfesurynnau, felly ni ellir lleoli ei chyfesurynnau</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>{0}: the layer is empty (0 features)</source>
      <translation>{0}: mae'r haen yn wag (0 nodwedd)</translation>
    </message>
    <message>
      <location filename="../qgisio/layers.py" />
      <source>{0}: {1:,} feature(s) have coordinates that are not finite numbers (NaN or infinite) and are treated as having no geometry</source>
      <translation>{0}: mae gan {1:,} nodwedd gyfesurynnau nad ydynt yn rhifau meidraidd (NaN neu anfeidraidd) ac fe'u trinnir fel pe na bai ganddynt geometreg</translation>
    </message>
  </context>
  <context>
    <name>PriorityStreets</name>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Action rules (rule_id,condition,action); default shipped table</source>
      <translation>Rheolau gweithredu (rule_id,condition,action); rhagosodiad y tabl a ddarperir</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Also counted on the nearest street</source>
      <translation>Hefyd wedi'u cyfrif ar y stryd agosaf</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Bootstrap resamples (0 = no intervals)</source>
      <translation>Ailsamplau bootstrap (0 = dim cyfyngau)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Crimes at named places</source>
      <translation>Troseddau mewn mannau a enwir</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Door-knock visits count as recent for (months)</source>
      <translation>Mae ymweliadau curo drysau yn cyfrif fel rhai diweddar am (misoedd)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Equality check</source>
      <translation>Gwiriad cydraddoldeb</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Equality check: {0}</source>
      <translation>Gwiriad cydraddoldeb: {0}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Forecast accuracy and stability (table)</source>
      <translation>Cywirdeb a sefydlogrwydd y rhagolwg (tabl)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>HTML report</source>
      <translation>Adroddiad HTML</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Hot places</source>
      <translation>Mannau poeth</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Hot streets</source>
      <translation>Strydoedd poeth</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Hot-street distance band (m)</source>
      <translation>Band pellter strydoedd poeth (m)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Kept apart: ranked as hot places, not in street scores</source>
      <translation>Ar wahân: wedi'u rhestru fel mannau poeth, nid yn sgoriau'r strydoedd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Period end month (YYYY-MM)</source>
      <translation>Mis diwedd y cyfnod (YYYY-MM)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Period start month (YYYY-MM)</source>
      <translation>Mis dechrau'r cyfnod (YYYY-MM)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Places with crime</source>
      <translation>Mannau â throseddau</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Priority areas</source>
      <translation>Ardaloedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Priority streets</source>
      <translation>Strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Ranking streets for {0}…</source>
      <translation>Yn rhestru strydoedd yn ôl trefn ar gyfer {0}…</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Report title</source>
      <translation>Teitl yr adroddiad</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Significance level (FDR)</source>
      <translation>Lefel arwyddocâd (FDR)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Streets in the report</source>
      <translation>Strydoedd yn yr adroddiad</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Streets ranked</source>
      <translation>Strydoedd a restrwyd yn ôl trefn</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Survey answers from the last (months to the period's end)</source>
      <translation>Atebion arolwg o'r misoedd diwethaf (misoedd hyd at ddiwedd y cyfnod)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>Weight: {0}</source>
      <translation>Pwysiad: {0}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>concern</source>
      <translation>pryder</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>confidence</source>
      <translation>hyder</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>engagement</source>
      <translation>ymgysylltu</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>harm</source>
      <translation>niwed</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>hot</source>
      <translation>poeth</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>trend</source>
      <translation>tuedd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" />
      <source>vulnerability</source>
      <translation>bregusrwydd</translation>
    </message>
  </context>
  <context>
    <name>ProgressReport</name>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>Do not show a community share based on fewer than this many people</source>
      <translation>Peidio â dangos cyfran cymuned sy'n seiliedig ar lai na'r nifer hwn o bobl</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>Only this team's set-ups</source>
      <translation>Trefniannau'r tîm hwn yn unig</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>Progress per set-up</source>
      <translation>Cynnydd fesul trefniant</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>Progress per set-up and week</source>
      <translation>Cynnydd fesul trefniant ac wythnos</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>Progress report (HTML)</source>
      <translation>Adroddiad cynnydd (HTML)</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>Set-up ids (comma separated; blank = every open set-up)</source>
      <translation>Dynodyddion trefniannau (wedi'u gwahanu gan goma; gwag = pob trefniant agored)</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>all open set-ups</source>
      <translation>pob trefniant agored</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>give one of the teams listed (letter case and spacing do not matter), or leave TEAM empty.</source>
      <translation>rhowch un o'r timau a restrir (nid yw priflythrennau a bylchau o bwys), neu gadewch TEAM yn wag.</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>no set-up of team {0!r}; nothing was written (teams: {1})</source>
      <translation>dim trefniant gan y tîm {0!r}; ni ysgrifennwyd dim (timau: {1})</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>none</source>
      <translation>dim</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>open set-ups of {0}</source>
      <translation>trefniannau agored {0}</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>the workspace has no set-up {ids} (set-ups: {known})</source>
      <translation>nid oes gan y man gwaith drefniant {ids} (trefniannau: {known})</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" />
      <source>{0} set-ups: {1:,} doors knocked, {2:,} registered; report {3}</source>
      <translation>{0} trefniant: {1:,} drws wedi'u curo, {2:,} wedi cofrestru; adroddiad {3}</translation>
    </message>
  </context>
  <context>
    <name>SetupDatabase</name>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>Create roles and row-level security</source>
      <translation>Creu rolau a diogelwch ar lefel rhes</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>Schema version {0}; security version {1}; roles: {2}</source>
      <translation>Fersiwn sgema {0}; fersiwn diogelwch {1}; rolau: {2}</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>Setting up {0}…</source>
      <translation>Yn paratoi {0}…</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>Workspace database (pg:NAME, service=NAME or postgresql://host/db)</source>
      <translation>Cronfa ddata'r man gwaith (pg:NAME, service=NAME neu postgresql://host/db)</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>Your role {0} may create roles but is not a superuser: it was made a member of lpt_analyst, which owns the workspace's tables (it now sees every row).</source>
      <translation>Gall eich rôl {0} greu rolau ond nid yw'n uwch-ddefnyddiwr: fe'i gwnaed yn aelod o lpt_analyst, sy'n berchen ar dablau'r gweithle (mae bellach yn gweld pob rhes).</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>give pg:NAME, service=NAME or postgresql://host/database.</source>
      <translation>rhowch pg:NAME, service=NAME neu postgresql://host/database.</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" />
      <source>lpt:setupdatabase sets up a PostGIS workspace; a GeoPackage workspace needs no set-up</source>
      <translation>mae lpt:setupdatabase yn gosod man gwaith PostGIS; nid oes angen gosod man gwaith GeoPackage</translation>
    </message>
  </context>
  <context>
    <name>StreetsFromCrime</name>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>Approximate streets</source>
      <translation>Strydoedd bras</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>Cluster same-name points within</source>
      <translation>Clystyru pwyntiau â'r un enw o fewn</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>Street name field</source>
      <translation>Maes enw stryd</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>Streets built</source>
      <translation>Strydoedd a adeiladwyd</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>choose a point layer.</source>
      <translation>dewiswch haen bwyntiau.</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>no field '{0}' in the crime layer</source>
      <translation>dim maes '{0}' yn yr haen troseddau</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>police.uk crime points</source>
      <translation>Pwyntiau troseddau police.uk</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>run 'Import police.uk crime' first or choose the street-name field.</source>
      <translation>rhedwch 'Mewnforio troseddau police.uk' yn gyntaf neu dewiswch y maes enw stryd.</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>the crime layer cannot be read</source>
      <translation>ni ellir darllen yr haen troseddau</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" />
      <source>{0:,} approximate street lines from {1:,} points</source>
      <translation>{0:,} llinell stryd fras o {1:,} pwynt</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source> (its last import, {id} of {date}, accepted {n:,})</source>
      <translation> (ei fewnforio diwethaf, {id} ar {date}, a dderbyniodd {n:,})</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source> and </source>
      <translation> a </translation>
    </message>
    <message>
      <location filename="../core/io/crime_categories.py" />
      <source> and {n} more</source>
      <translation> a {n} arall</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source> {n:,} member whose postcode is not in the postcode lookup was left out too.</source>
      <translation> Ni chynhwyswyd chwaith {n:,} aelod nad yw ei god post yn y tabl chwilio codau post.</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source> {n:,} members whose postcode is not in the postcode lookup were left out too.</source>
      <translation> Ni chynhwyswyd chwaith {n:,} o aelodau nad yw eu cod post yn y tabl chwilio codau post.</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>'in' must be followed by a constant or a list of constants</source>
      <translation>rhaid i 'in' gael ei ddilyn gan gysonyn neu restr o gysonion</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>'{text}' as {month}</source>
      <translation>'{text}' fel {month}</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>(no file given)</source>
      <translation>(dim ffeil wedi'i rhoi)</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>(no file)</source>
      <translation>(dim ffeil)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>(none)</source>
      <translation>(dim)</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>(row {row})</source>
      <translation>(rhes {row})</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>1 door</source>
      <translation>1 drws</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>1 resident joined to hear from us directly.</source>
      <translation>Ymunodd 1 preswylydd i glywed gennym yn uniongyrchol.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>90% interval</source>
      <translation>Cyfwng 90%</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>95% interval</source>
      <translation>Cyfwng 95%</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>A PAI of 1 is no better than picking streets at random; the priority also weighs residents' concern, confidence, deprivation and engagement, so it is not built to catch the most crime, and the crime-risk ranking is.</source>
      <translation>Nid yw PAI o 1 yn well na dewis strydoedd ar hap. Mae'r flaenoriaeth hefyd yn pwysoli pryder trigolion, hyder, amddifadedd ac ymgysylltiad, felly nid yw wedi'i llunio i ddal y nifer fwyaf o droseddau, ond mae'r drefn restrol risg troseddu wedi'i llunio i wneud hynny.</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>A community is under-represented among members in this area (see Community profile): engage through key contacts, the IAG and community groups</source>
      <translation>Mae cymuned wedi'i thangynrychioli ymhlith yr aelodau yn yr ardal hon (gweler Proffil cymunedol): ymgysylltwch drwy gysylltiadau allweddol, yr IAG a grwpiau cymunedol</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>A difference-in-differences after matching is an association, not proof that the activity caused it; p is the share of random relabellings of target and comparison streets giving a difference as large.</source>
      <translation>Cysylltiad yw gwahaniaeth-mewn-gwahaniaethau ar ôl paru, nid prawf mai'r gweithgarwch a'i hachosodd. p yw cyfran yr ailaseiniadau ar hap o strydoedd targed a strydoedd cymharu sy'n rhoi gwahaniaeth yr un mor fawr.</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>Acorn category is not 1-7</source>
      <translation>nid yw categori Acorn yn 1-7</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>Acorn group is not a letter A-Z</source>
      <translation>nid yw grŵp Acorn yn llythyren A-Z</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>Acorn type is not a number 1-70</source>
      <translation>nid yw math Acorn yn rhif 1-70</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Action</source>
      <translation>Cam gweithredu</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Action with premises and partners</source>
      <translation>Gweithredu gyda safleoedd a phartneriaid</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Active members</source>
      <translation>Aelodau gweithredol</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>After</source>
      <translation>Ar ôl</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Aggregate figures only: no member, name or contact; counts of people under the threshold shown as &lt;5. Page {page} of {pages}, {area}. Made {date} with Local Priority Targeting.</source>
      <translation>Ffigurau cyfanredol yn unig: dim aelod, enw na manylion cyswllt; dangosir niferoedd pobl o dan y trothwy fel &lt;5. Tudalen {page} o {pages}, {area}. Crëwyd {date} gyda Local Priority Targeting.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>All crime</source>
      <translation>Pob trosedd</translation>
    </message>
    <message>
      <location filename="../core/store/schema.py" />
      <source>Already registered</source>
      <translation>Wedi cofrestru eisoes</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Answers</source>
      <translation>Atebion</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Anti-social behaviour</source>
      <translation>Ymddygiad gwrthgymdeithasol</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>Anti-social behaviour problem-solving plan with partners; visible patrols at peak times</source>
      <translation>Cynllun datrys problemau ymddygiad gwrthgymdeithasol gyda phartneriaid, a phatrolau gweladwy ar adegau prysur</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>April</source>
      <translation>Ebrill</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Area</source>
      <translation>Ardal</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Areas</source>
      <translation>Ardaloedd</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>Areas analysed: {name}. Nothing lay outside them.{more}</source>
      <translation>Ardaloedd a ddadansoddwyd: {name}. Nid oedd dim y tu allan iddynt.{more}</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>Areas analysed: {name}. {listed} outside the areas analysed were left out.{more}</source>
      <translation>Ardaloedd a ddadansoddwyd: {name}. Ni chynhwyswyd {listed} sydd y tu allan i'r ardaloedd a ddadansoddwyd.{more}</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Audience</source>
      <translation>Cynulleidfa</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>Audience of {n} is below the minimum of {least}: a message to so few people could single someone out.</source>
      <translation>Mae cynulleidfa o {n} yn is na'r isafswm o {least}: gallai neges at gyn lleied o bobl ddatgelu pwy yw rhywun.</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>August</source>
      <translation>Awst</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>Back-test: the crime data has no months after the period yet, so the rankings are made again from {rank} and scored on the crimes of {outcome}. In that back-test the priority keeps this run's survey and member components, with harm and hot streets recomputed and no trend.</source>
      <translation>Ôl-brawf: nid oes gan y data troseddau unrhyw fisoedd ar ôl y cyfnod eto, felly caiff y trefnau rhestrol eu llunio eto o {rank} a'u sgorio ar droseddau {outcome}. Yn yr ôl-brawf hwnnw, mae'r flaenoriaeth yn cadw elfennau arolwg ac aelodau'r rhediad hwn, gyda niwed a strydoedd poeth wedi'u hailgyfrifo a heb duedd.</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Before</source>
      <translation>Cyn</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Before and after, against comparable streets</source>
      <translation>Cyn ac ar ôl, o'u cymharu â strydoedd tebyg</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Before: {before}; after: {after}. Each target street is compared with the streets most like it before the activity (crime, deprivation, classification) that were not targeted and are not next to a target.</source>
      <translation>Cyn: {before}, ar ôl: {after}. Caiff pob stryd darged ei chymharu â'r strydoedd mwyaf tebyg iddi cyn y gweithgarwch (troseddau, amddifadedd, dosbarthiad) nad oeddent wedi'u targedu ac nad ydynt wrth ymyl targed.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Bicycle theft</source>
      <translation>Dwyn beiciau</translation>
    </message>
    <message>
      <location filename="../core/engage/message_templates.py" />
      <source>Bilingual: Welsh first, then English</source>
      <translation>Dwyieithog: Cymraeg yn gyntaf, yna Saesneg</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Burglary</source>
      <translation>Bwrgleriaeth</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Campus safety liaison with the college or university</source>
      <translation>Cyswllt diogelwch campws gyda'r coleg neu'r brifysgol</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Car park security review with the operator and the council (lighting, CCTV, Park Mark); patrols at peak times</source>
      <translation>Adolygiad diogelwch maes parcio gyda'r gweithredwr a'r cyngor (goleuadau, teledu cylch cyfyng, Park Mark), a phatrolau ar adegau prysur</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_units.py" />
      <source>Census area {code} is not an LSOA or OA (nor one of the units)</source>
      <translation>Nid yw ardal Cyfrifiad {code} yn LSOA nac yn OA (nac yn un o'r unedau)</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>Census metadata</source>
      <translation>Metadata'r Cyfrifiad</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Change</source>
      <translation>Newid</translation>
    </message>
    <message>
      <location filename="../core/analyse/stability.py" />
      <source>Changing any one weight by 10% up or down keeps at least {jaccard:.2f} of the top {n} (Jaccard; lowest when {component} changes by {change:+d}%); 1.00 means the same streets.</source>
      <translation>Mae newid unrhyw un pwysiad 10% i fyny neu i lawr yn cadw o leiaf {jaccard:.2f} o'r {n} uchaf (Jaccard, isaf pan fo {component} yn newid {change:+d}%). Mae 1.00 yn golygu'r un strydoedd.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Channel</source>
      <translation>Sianel</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Check the recording: offences recorded at a police station are often not local crime</source>
      <translation>Gwiriwch y cofnodi: yn aml nid troseddau lleol yw troseddau a gofnodir mewn gorsaf heddlu</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Compared with</source>
      <translation>O'i gymharu â</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Comparison after</source>
      <translation>Cymhariaeth: ar ôl</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Comparison before</source>
      <translation>Cymhariaeth: cyn</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Components: harm-weighted crime (percentile among the streets ranked); hot street (Getis-Ord Gi* z-score on segment midpoints, self included, Benjamini-Hochberg FDR); rises on the previous period significant after FDR (exact conditional binomial test, Benjamini-Hochberg q below {alpha}); residents' local priorities that match the crime here; low trust and confidence; deprivation (IMD decile) and classification; registration gap and streets without recent door-knocking. Survey answers from the {months} months to the period's end are used; a street's survey and member figures are shrunk toward its area's (empirical Bayes: own answers weigh n ÷ (n + k), k estimated from the data: trust and confidence {tc:.0f}, local priorities {prio:.0f}, registrations per household {reg:.0f}), and take the area's below {suppress} answers. This report holds aggregate figures only.</source>
      <translation>Elfennau: troseddau wedi'u pwysoli yn ôl niwed (canradd ymhlith y strydoedd a restrwyd yn ôl trefn); stryd boeth (sgôr-z Getis-Ord Gi* ar bwyntiau canol y darnau stryd, gan gynnwys y darn ei hun, FDR Benjamini-Hochberg); cynnydd o'i gymharu â'r cyfnod blaenorol sy'n arwyddocaol ar ôl FDR (prawf binomaidd amodol union, q Benjamini-Hochberg o dan {alpha}); blaenoriaethau lleol trigolion sy'n cyfateb i'r troseddau yma; ymddiriedaeth a hyder isel; amddifadedd (degradd IMD) a dosbarthiad; bwlch cofrestru a strydoedd heb waith curo drysau diweddar. Defnyddir atebion arolwg o'r {months} mis hyd at ddiwedd y cyfnod; caiff ffigurau arolwg ac aelodau stryd eu crebachu tuag at ffigurau ei hardal (Bayes empirig: pwysau atebion y stryd ei hun yw n ÷ (n + k), gyda k wedi'i amcangyfrif o'r data: ymddiriedaeth a hyder {tc:.0f}, blaenoriaethau lleol {prio:.0f}, cofrestriadau fesul aelwyd {reg:.0f}), a defnyddir ffigurau'r ardal pan fo llai na {suppress} o atebion. Mae'r adroddiad hwn yn cynnwys ffigurau cyfanredol yn unig.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Confidence</source>
      <translation>Hyder</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Contact rate</source>
      <translation>Cyfradd cyswllt</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Contacts</source>
      <translation>Cysylltiadau</translation>
    </message>
    <message>
      <location filename="../core/report/attributions.py" />
      <source>Contains OS data © Crown copyright and database right {year}.</source>
      <translation>Yn cynnwys data OS © Hawlfraint y Goron a hawl cronfa ddata {year}.</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Counts are per street per month (crime months with police.uk data only); confidence is the mean answer. Comparison streets: for each target street the {k} most similar streets before the activity (crime per month, IMD decile, OAC supergroup where known), not targeted and not within {buffer} m of a target. p: two-sided permutation test ({permutations} relabellings). This report holds aggregate figures only.</source>
      <translation>Mae'r niferoedd fesul stryd fesul mis (misoedd troseddau sydd â data police.uk yn unig); hyder yw'r ateb cymedrig. Strydoedd cymharu: ar gyfer pob stryd darged, y {k} stryd fwyaf tebyg cyn y gweithgarwch (troseddau fesul mis, degradd IMD, uwchgrŵp OAC lle mae'n hysbys), nad oeddent wedi'u targedu ac nad ydynt o fewn {buffer} m i darged. p: prawf trynewid dwyochrog ({permutations} o ail-labeliadau). Mae'r adroddiad hwn yn cynnwys ffigurau cyfanredol yn unig.</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Crime</source>
      <translation>Troseddau</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Crime change</source>
      <translation>Newid mewn troseddau</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Crime change: {period} against {previous}.</source>
      <translation>Newid mewn troseddau: {period} yn erbyn {previous}.</translation>
    </message>
    <message>
      <location filename="../core/analyse/baselines.py" />
      <source>Crime count, all months so far</source>
      <translation>Nifer y troseddau, pob mis hyd yma</translation>
    </message>
    <message>
      <location filename="../core/analyse/priority.py" />
      <source>Crime data is incomplete: {coverage}. Harm and hot streets use the months present.</source>
      <translation>Mae'r data troseddau yn anghyflawn: {coverage}. Mae niwed a strydoedd poeth yn defnyddio'r misoedd sy'n bresennol.</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_run.py" />
      <source>Crime risk</source>
      <translation>Risg troseddu</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Crime type</source>
      <translation>Math o drosedd</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>Crime-prevention visits to the street and its neighbours (burglary concentrated here)</source>
      <translation>Ymweliadau atal troseddu â'r stryd a'i chymdogion (byrgleriaeth wedi'i chrynhoi yma)</translation>
    </message>
    <message>
      <location filename="../core/report/attributions.py" />
      <source>Crime: police.uk, contains public sector information licensed under the Open Government Licence v3.0.</source>
      <translation>Troseddau: police.uk, yn cynnwys gwybodaeth y sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Crimes</source>
      <translation>Troseddau</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Criminal damage and arson</source>
      <translation>Difrod troseddol a llosgi bwriadol</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Date</source>
      <translation>Dyddiad</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Dates</source>
      <translation>Dyddiadau</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>December</source>
      <translation>Rhagfyr</translation>
    </message>
    <message>
      <location filename="../core/store/schema.py" />
      <source>Declined</source>
      <translation>Wedi gwrthod</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Deprivation</source>
      <translation>Amddifadedd</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>Deprivation: {top:.0f}% of the top {n} streets are in the most deprived 20% of England (IMD deciles 1-2), against {all:.0f}% of all ranked streets.</source>
      <translation>Amddifadedd: mae {top:.0f}% o'r {n} stryd uchaf yn yr 20% mwyaf difreintiedig yn Lloegr (degraddau IMD 1-2), o'i gymharu â {all:.0f}% o'r holl strydoedd a restrwyd.</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>Deprived classification group</source>
      <translation>Grŵp dosbarthiad difreintiedig</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>Deprived classification group (OAC supergroup {group})</source>
      <translation>Grŵp dosbarthiad difreintiedig (uwchgrŵp OAC {group})</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Did it work? {title}</source>
      <translation>A weithiodd hyn? {title}</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Difference in share of crimes</source>
      <translation>Gwahaniaeth yng nghyfran y troseddau</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Difference-in-differences</source>
      <translation>Gwahaniaeth-mewn-gwahaniaethau</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Diffusion of benefits: crime fell on the surrounding streets too ({did:+.2f} per street per month, p = {p:.3f}).</source>
      <translation>Lledaenu buddion: gostyngodd troseddau ar y strydoedd cyfagos hefyd ({did:+.2f} fesul stryd y mis, p = {p:.3f}).</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Displacement: crime rose on the surrounding streets more than on comparable streets ({did:+.2f} per street per month, p = {p:.3f}): it may have moved next door.</source>
      <translation>Dadleoli: cynyddodd troseddau ar y strydoedd cyfagos yn fwy nag ar strydoedd tebyg ({did:+.2f} fesul stryd y mis, p = {p:.3f}): efallai eu bod wedi symud drws nesaf.</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Displacement: not enough data to say on the surrounding streets.</source>
      <translation>Dadleoli: dim digon o ddata i ddweud ar y strydoedd cyfagos.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_forecast.py" />
      <source>Does it work? Back-test for the force (ranked on {ranked}, scored on {scored}): the top {top:g}% of streets held, by crime risk {risk:.0f}% (PAI {risk_pai:.1f}), by priority {priority:.0f}% (PAI {priority_pai:.1f}) of the crimes; PAI 1 is no better than chance.</source>
      <translation>Ydy hyn yn gweithio? Prawf ôl-weithredol ar gyfer yr heddlu (wedi'i restru yn ôl trefn ar sail {ranked}, wedi'i sgorio ar sail {scored}): roedd y {top:g}% uchaf o strydoedd yn cynnwys {risk:.0f}% o'r troseddau yn ôl risg troseddu (PAI {risk_pai:.1f}), a {priority:.0f}% yn ôl blaenoriaeth (PAI {priority_pai:.1f}); nid yw PAI o 1 yn well na siawns.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Does it work? Forecast accuracy and stability</source>
      <translation>Ydy hyn yn gweithio? Cywirdeb a sefydlogrwydd y rhagolwg</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_forecast.py" />
      <source>Does it work? Forecast check for the force (ranked on {ranked}, scored on {scored}): the top {top:g}% of streets held, by crime risk {risk:.0f}% (PAI {risk_pai:.1f}), by priority {priority:.0f}% (PAI {priority_pai:.1f}) of the crimes; PAI 1 is no better than chance.</source>
      <translation>Ydy hyn yn gweithio? Gwiriad rhagolwg ar gyfer yr heddlu (wedi'i restru yn ôl trefn ar sail {ranked}, wedi'i sgorio ar sail {scored}): roedd y {top:g}% uchaf o strydoedd yn cynnwys {risk:.0f}% o'r troseddau yn ôl risg troseddu (PAI {risk_pai:.1f}), a {priority:.0f}% yn ôl blaenoriaeth (PAI {priority_pai:.1f}); nid yw PAI o 1 yn well na siawns.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Does the ranking work? Forecast accuracy and stability (all streets ranked in the run)</source>
      <translation>Ydy'r rhestr yn ôl trefn yn gweithio? Cywirdeb a sefydlogrwydd y rhagolwg (pob stryd a restrwyd yn ôl trefn yn y rhediad)</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>Door-knock set-up: targeted registration visits with the neighbourhood team</source>
      <translation>Trefniant curo drysau: ymweliadau cofrestru wedi'u targedu gyda'r tîm cymdogaeth</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Door-knocking progress - {title}</source>
      <translation>Cynnydd curo drysau - {title}</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Door-knocking progress: {title}</source>
      <translation>Cynnydd curo drysau: {title}</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Door-knocking set-ups here</source>
      <translation>Trefniannau curo drysau yma</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Doors knocked</source>
      <translation>Drysau a gurwyd</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Drugs</source>
      <translation>Cyffuriau</translation>
    </message>
    <message>
      <location filename="../core/engage/message_templates.py" />
      <source>English</source>
      <translation>Saesneg</translation>
    </message>
    <message>
      <location filename="../core/report/attributions.py" />
      <source>English Indices of Deprivation: Ministry of Housing, Communities and Local Government, Open Government Licence v3.0.</source>
      <translation>Mynegeion Amddifadedd Lloegr: y Weinyddiaeth Tai, Cymunedau a Llywodraeth Leol, Trwydded Llywodraeth Agored v3.0.</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Environmental review with the council (lighting, sight lines, CCTV)</source>
      <translation>Adolygiad amgylcheddol gyda'r cyngor (goleuadau, llinellau gweld, teledu cylch cyfyng)</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Equality check</source>
      <translation>Gwiriad cydraddoldeb</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Equality check (all streets ranked in the run)</source>
      <translation>Gwiriad cydraddoldeb (pob stryd a restrwyd yn ôl trefn yn y rhediad)</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>Equality check not made: no Census 2021 ethnic group table (TS021) was given.</source>
      <translation>Ni wnaed gwiriad cydraddoldeb: ni roddwyd tabl grŵp ethnig Cyfrifiad 2021 (TS021).</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Evaluation - {title}</source>
      <translation>Gwerthusiad - {title}</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>February</source>
      <translation>Chwefror</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Fewer than {n} survey answers named a local priority here: none shown.</source>
      <translation>Roedd llai na {n} o atebion arolwg yn enwi blaenoriaeth leol yma: ni ddangosir dim.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Figures for the areas analysed</source>
      <translation>Ffigurau ar gyfer yr ardaloedd a ddadansoddwyd</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_run.py" />
      <source>Forecast accuracy cannot be measured: the crime data has neither the months after {period} nor a complete period before it.</source>
      <translation>Ni ellir mesur cywirdeb y rhagolwg: nid oes gan y data troseddau y misoedd ar ôl {period} na chyfnod cyflawn cyn hynny.</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>Forecast check: the rankings of {rank} are scored on the crimes of {outcome}, the months that followed.</source>
      <translation>Gwiriad rhagolwg: caiff trefnau rhestrol {rank} eu sgorio ar droseddau {outcome}, y misoedd a ddilynodd.</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Forecourt crime advice with the operator (drive-offs, CCTV, pre-pay at night)</source>
      <translation>Cyngor ar droseddau blaengwrt gyda'r gweithredwr (gyrru i ffwrdd heb dalu, teledu cylch cyfyng, talu ymlaen llaw yn y nos)</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>From {start}</source>
      <translation>O {start} ymlaen</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>From {start} to {end}</source>
      <translation>O {start} i {end}</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Generated by Local Priority Targeting {version} on {when}.</source>
      <translation>Crëwyd gan Local Priority Targeting {version} ar {when}.</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Generated {when}.</source>
      <translation>Crëwyd {when}.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Harm</source>
      <translation>Niwed</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Harm-weighted crime</source>
      <translation>Troseddau wedi'u pwysoli yn ôl niwed</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>Harm-weighted crime in the top {pct}% of streets ({crimes} crimes: {mix})</source>
      <translation>Troseddau wedi'u pwysoli yn ôl niwed yn y {pct}% uchaf o strydoedd ({crimes} o droseddau: {mix})</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Hit rate: the share of the crimes (or harm) of the months scored that happened on the flagged streets. PAI (Predictive Accuracy Index, Chainey, Tompson &amp;amp; Uhlig 2008): that share divided by the flagged streets' share of street length (or of the number of streets); 1 is no better than chance.</source>
      <translation>Cyfradd taro: cyfran y troseddau (neu'r niwed) yn y misoedd a sgoriwyd a ddigwyddodd ar y strydoedd a nodwyd. PAI (Predictive Accuracy Index – mynegai cywirdeb rhagfynegi, Chainey, Tompson &amp;amp; Uhlig 2008): y gyfran honno wedi'i rhannu â chyfran y strydoedd a nodwyd o hyd y strydoedd (neu o nifer y strydoedd); nid yw 1 yn well na siawns.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Hot</source>
      <translation>Poeth</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Hot places</source>
      <translation>Mannau poeth</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Hot places (crimes at named places)</source>
      <translation>Mannau poeth (troseddau mewn mannau a enwir)</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Hot street (Gi*)</source>
      <translation>Stryd boeth (Gi*)</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>Hot street: Gi* z = {z}, significant after FDR ({q})</source>
      <translation>Stryd boeth: Gi* z = {z}, arwyddocaol ar ôl FDR ({q})</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>How sure: {secure} of the top {n} streets are in the top {n} in at least 90% of {replicates} resamples of members and their answers; {reach} streets outside it are within reach of the cut (their rank range reaches {n}).</source>
      <translation>Pa mor sicr: mae {secure} o'r {n} stryd uchaf yn y {n} uchaf mewn o leiaf 90% o {replicates} ailsampl o aelodau a'u hatebion; mae {reach} stryd y tu allan iddynt o fewn cyrraedd y pwynt torri (mae eu hystod safle yn cyrraedd {n}).</translation>
    </message>
    <message>
      <location filename="../core/link/link.py" />
      <source>IMD 2019 uses LSOA 2011 codes: the LSOA 2011-2021 lookup is needed</source>
      <translation>Mae IMD 2019 yn defnyddio codau LSOA 2011: mae angen y tabl chwilio LSOA 2011-2021</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>IMD decile is not 1-10</source>
      <translation>nid yw degradd IMD yn 1-10</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>IMD decile {decile}</source>
      <translation>Degradd IMD {decile}</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>IMD decile {decile} (OAC supergroup {group})</source>
      <translation>Degradd IMD {decile} (uwchgrŵp OAC {group})</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>IMD rank is not a number</source>
      <translation>nid yw safle IMD yn rhif</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>IMD rank is not a whole number from 1 to {most:,} (the number of LSOAs)</source>
      <translation>nid yw safle IMD yn rhif cyfan o 1 i {most:,} (nifer yr LSOAau)</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>IMD score is not a number</source>
      <translation>nid yw sgôr IMD yn rhif</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>In top 20</source>
      <translation>Yn yr 20 uchaf</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Intervals: a bootstrap over the crimes scored (200 resamples), the flagged streets held fixed.</source>
      <translation>Cyfyngau: bootstrap dros y troseddau a sgoriwyd (200 ailsampl), gyda'r strydoedd a nodwyd yn sefydlog.</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>January</source>
      <translation>Ionawr</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>July</source>
      <translation>Gorffennaf</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>June</source>
      <translation>Mehefin</translation>
    </message>
    <message>
      <location filename="../core/analyse/baselines.py" />
      <source>Kernel density (100 m)</source>
      <translation>Dwysedd cnewyllyn (100 m)</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Kind</source>
      <translation>Math</translation>
    </message>
    <message>
      <location filename="../core/analyse/baselines.py" />
      <source>Last period's crime count</source>
      <translation>Nifer y troseddau yn y cyfnod diwethaf</translation>
    </message>
    <message>
      <location filename="../core/analyse/baselines.py" />
      <source>Last period's harm</source>
      <translation>Niwed y cyfnod diwethaf</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Legend</source>
      <translation>Allwedd</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Liaison with the airport's security team</source>
      <translation>Cyswllt â thîm diogelwch y maes awyr</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Liaison with the hospital's security team (violence against staff, property crime)</source>
      <translation>Cyswllt â thîm diogelwch yr ysbyty (trais yn erbyn staff, troseddau eiddo)</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Liaison with the prison: offences recorded inside are not local street crime</source>
      <translation>Cyswllt â'r carchar: nid troseddau stryd lleol yw troseddau a gofnodir y tu mewn</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Licensing review with the venue and Pubwatch; night-time economy patrols with door staff</source>
      <translation>Adolygiad trwyddedu gyda'r lleoliad a Pubwatch, a phatrolau economi'r nos gyda staff drysau</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>Local Priority Targeting needs Python packages that this QGIS does not have: {problems}. Fix: in QGIS, Plugins &gt; Local Priority Targeting &gt; Install dependencies (or the button in the message bar), then restart QGIS; see README, Installation.</source>
      <translation>Mae angen pecynnau Python ar Local Priority Targeting nad ydynt gan y QGIS hwn: {problems}. Trwsio: yn QGIS, Ategion &gt; Local Priority Targeting &gt; Gosod pecynnau dibynnol (neu'r botwm yn y bar negeseuon), yna ailgychwyn QGIS; gweler README, Installation.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Local figures: {area}</source>
      <translation>Ffigurau lleol: {area}</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Local priorities</source>
      <translation>Blaenoriaethau lleol</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Local priorities from {n:,} survey answers that named one.</source>
      <translation>Blaenoriaethau lleol o {n:,} o atebion arolwg a enwodd un.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Local priority</source>
      <translation>Blaenoriaeth leol</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Main types</source>
      <translation>Prif fathau</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>March</source>
      <translation>Mawrth</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>May</source>
      <translation>Mai</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Mean of top 5</source>
      <translation>Cymedr y 5 uchaf</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Measure</source>
      <translation>Mesur</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Messages sent to this area</source>
      <translation>Negeseuon a anfonwyd i'r ardal hon</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Method</source>
      <translation>Dull</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Mostly</source>
      <translation>Yn bennaf</translation>
    </message>
    <message>
      <location filename="../core/analyse/stability.py" />
      <source>Moving the period by one month ({period} to {shifted}) keeps {priority:.2f} of the priority's top {n}, {risk:.2f} of the crime risk's and {last_count:.2f} of the top {n} by last period's crime count (Jaccard; the priority's survey, member and trend components held as in this run).</source>
      <translation>Mae symud y cyfnod un mis ({period} i {shifted}) yn cadw {priority:.2f} o'r {n} uchaf yn ôl blaenoriaeth, {risk:.2f} o'r rhai yn ôl risg troseddu a {last_count:.2f} o'r {n} uchaf yn ôl nifer y troseddau yn y cyfnod diwethaf (Jaccard, gydag elfennau arolwg, aelodau a thuedd y flaenoriaeth yn aros fel yn y rhediad hwn).</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Near</source>
      <translation>Gerllaw</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>New registrations</source>
      <translation>Cofrestriadau newydd</translation>
    </message>
    <message>
      <location filename="../core/store/schema.py" />
      <source>No access</source>
      <translation>Dim mynediad</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>No crimes at named places in the period.</source>
      <translation>Dim troseddau mewn mannau a enwir yn ystod y cyfnod.</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>No crimes on the streets ranked in {outcome}: accuracy cannot be measured.</source>
      <translation>Dim troseddau ar y strydoedd a restrwyd yn {outcome}: ni ellir mesur cywirdeb.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_pack.py" />
      <source>No crimes were recorded in {area} in {period}.</source>
      <translation>Ni chofnodwyd unrhyw droseddau yn {area} yn ystod {period}.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_pack.py" />
      <source>No crimes were recorded in {area}.</source>
      <translation>Ni chofnodwyd unrhyw droseddau yn {area}.</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>No door-knocking here for a year: include the street in the next targeted set-up</source>
      <translation>Dim curo drysau yma ers blwyddyn: cynhwyswch y stryd yn y trefniant nesaf wedi'i dargedu</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>No set-up to report.</source>
      <translation>Dim trefniant i adrodd arno.</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>No sign of displacement or diffusion on the surrounding streets (p = {p:.3f}).</source>
      <translation>Dim arwydd o ddadleoli na lledaenu buddion ar y strydoedd cyfagos (p = {p:.3f}).</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_pack.py" />
      <source>No streets of {area} were ranked in {period}: the area is outside the areas analysed or has no streets.</source>
      <translation>Ni restrwyd unrhyw strydoedd yn {area} yn ôl trefn yn ystod {period}: mae'r ardal y tu allan i'r ardaloedd a ddadansoddwyd neu nid oes ganddi strydoedd.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_pack.py" />
      <source>No streets of {area} were ranked: the area is outside the areas analysed or has no streets.</source>
      <translation>Ni restrwyd unrhyw strydoedd yn {area} yn ôl trefn: mae'r ardal y tu allan i'r ardaloedd a ddadansoddwyd neu nid oes ganddi strydoedd.</translation>
    </message>
    <message>
      <location filename="../core/analyse/priority.py" />
      <source>No survey responses in {period}: concern and confidence components are 0.</source>
      <translation>Dim ymatebion i arolygon yn {period}: mae'r elfennau pryder a hyder yn 0.</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>No visit recorded yet.</source>
      <translation>Dim ymweliad wedi'i gofnodi eto.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>None for this area</source>
      <translation>Dim ar gyfer yr ardal hon</translation>
    </message>
    <message>
      <location filename="../core/store/schema.py" />
      <source>Not in</source>
      <translation>Neb gartref</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Note: {note}</source>
      <translation>Nodyn: {note}</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>November</source>
      <translation>Tachwedd</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>October</source>
      <translation>Hydref</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Ordinary least squares of each street's points on the share of residents from ethnic minority groups in its LSOA (Census 2021 TS021), with the street's own crimes, its harm and the crimes on streets within 400 m as controls; standard errors clustered by LSOA. An association in the data, not a cause.</source>
      <translation>Atchweliad sgwariau lleiaf cyffredin pwyntiau pob stryd ar gyfran y trigolion o grwpiau ethnig lleiafrifol yn ei LSOA (Cyfrifiad 2021 TS021), gyda throseddau'r stryd ei hun, ei niwed a'r troseddau ar strydoedd o fewn 400 m fel rheolyddion; gwallau safonol wedi'u clystyru yn ôl LSOA. Cysylltiad yn y data yw hwn, nid achos.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Other crime</source>
      <translation>Troseddau eraill</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Other theft</source>
      <translation>Achosion eraill o ddwyn</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_forecast.py" />
      <source>PAI (count)</source>
      <translation>PAI (nifer)</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_forecast.py" />
      <source>PAI (length)</source>
      <translation>PAI (hyd)</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>PAI by count</source>
      <translation>PAI yn ôl nifer</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>PAI by length</source>
      <translation>PAI yn ôl hyd</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>Partnership drugs operation with the council, housing and treatment services; tell residents with a 'you said, we did' message</source>
      <translation>Ymgyrch gyffuriau mewn partneriaeth â'r cyngor, gwasanaethau tai a gwasanaethau triniaeth, a rhoi gwybod i drigolion drwy neges 'dywedoch chi, fe wnaethom ni'</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Per week</source>
      <translation>Fesul wythnos</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Period {period} (trend against {previous}). {ranked} streets ranked; {hot} hot streets (Gi*, {band} m band, FDR {alpha}). The top 20% of streets hold {share:.0f}% of harm-weighted crime.</source>
      <translation>Cyfnod {period} (tuedd yn erbyn {previous}). {ranked} stryd wedi'u rhestru yn ôl trefn; {hot} stryd boeth (Gi*, band {band} m, FDR {alpha}). Mae'r 20% uchaf o strydoedd yn cynnwys {share:.0f}% o'r troseddau wedi'u pwysoli yn ôl niwed.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Period: {period}</source>
      <translation>Cyfnod: {period}</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Period: {period} (compared with {previous})</source>
      <translation>Cyfnod: {period} (cymhariaeth: {previous})</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Place</source>
      <translation>Man</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Points per 10 percentage points</source>
      <translation>Pwyntiau fesul 10 pwynt canran</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Points per 10 pp (95% interval)</source>
      <translation>Pwyntiau fesul 10 pwynt canran (cyfwng 95%)</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Possession of weapons</source>
      <translation>Meddu ar arfau</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Postcodes here</source>
      <translation>Codau post yma</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_conn.py" />
      <source>PostgreSQL workspace</source>
      <translation>Man gwaith PostgreSQL</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Previous</source>
      <translation>Blaenorol</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Priorities of several areas combined from each area's top three.</source>
      <translation>Blaenoriaethau sawl ardal wedi'u cyfuno o dair blaenoriaeth uchaf pob ardal.</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_run.py" />
      <source>Priority (all components)</source>
      <translation>Blaenoriaeth (pob elfen)</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Priority score</source>
      <translation>Sgôr blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Priority streets - {title}</source>
      <translation>Strydoedd blaenoriaeth - {title}</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Priority streets: {title}</source>
      <translation>Strydoedd blaenoriaeth: {title}</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Problem-solving with the council's parks and leisure teams (lighting, patrols, youth provision)</source>
      <translation>Datrys problemau gyda thimau parciau a hamdden y cyngor (goleuadau, patrolau, darpariaeth ieuenctid)</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Problem-solving with the council's parks team (lighting, patrols, youth provision)</source>
      <translation>Datrys problemau gyda thîm parciau'r cyngor (goleuadau, patrolau, darpariaeth ieuenctid)</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Public order</source>
      <translation>Trefn gyhoeddus</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_conn.py" />
      <source>QGIS connection {name}</source>
      <translation>Cysylltiad QGIS {name}</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Rank</source>
      <translation>Safle</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Rank range</source>
      <translation>Ystod safle</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Ranking</source>
      <translation>Rhestr yn ôl trefn</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Reading</source>
      <translation>Dehongliad</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Recommended actions</source>
      <translation>Camau gweithredu a argymhellir</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>Recorded crime in {area} was {now:,} in {period} and {before:,} in {previous}; the two are not comparable ({why}), so no change is claimed.</source>
      <translation>Roedd nifer y troseddau a gofnodwyd yn {area} yn {now:,} yn ystod {period} ac yn {before:,} yn ystod {previous}; nid oes modd cymharu'r ddau ({why}), felly ni honnir unrhyw newid.</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>Recorded crime in {area} was {now:,} in {period}, {change}; {verdict}.</source>
      <translation>Roedd nifer y troseddau a gofnodwyd yn {area} yn {now:,} yn ystod {period}, {change}; {verdict}.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Registered</source>
      <translation>Wedi cofrestru</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Registered households</source>
      <translation>Aelwydydd a gofrestrwyd</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Registration gap</source>
      <translation>Bwlch cofrestru</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>Residents from ethnic minority groups (Census 2021): {top:.0f}% on average in the LSOAs of the top {n} streets, {all:.0f}% across all ranked streets.</source>
      <translation>Trigolion o grwpiau ethnig lleiafrifol (Cyfrifiad 2021): {top:.0f}% ar gyfartaledd yn LSOAs y {n} stryd uchaf, {all:.0f}% ar draws yr holl strydoedd a restrwyd.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Responses</source>
      <translation>Ymatebion</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Retail crime partnership with the centre's management and security</source>
      <translation>Partneriaeth troseddau manwerthu gyda rheolwyr a thîm diogelwch y ganolfan</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Retail crime partnership with the park's management and stores</source>
      <translation>Partneriaeth troseddau manwerthu gyda rheolwyr a siopau'r parc</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Retail crime partnership with the store (Shopwatch radio, staff reporting, CCTV); target repeat offenders</source>
      <translation>Partneriaeth troseddau manwerthu gyda'r siop (radio Shopwatch, staff yn rhoi gwybod, teledu cylch cyfyng), a thargedu troseddwyr mynych</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Retail crime partnership with the town-centre managers and stores (Shopwatch, BID wardens)</source>
      <translation>Partneriaeth troseddau manwerthu gyda rheolwyr canol y dref a'r siopau (Shopwatch, wardeniaid BID)</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>Review with the neighbourhood team: a top-50 street without a specific rule</source>
      <translation>Adolygu gyda'r tîm cymdogaeth: stryd yn y 50 uchaf heb reol benodol</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>Rising crime</source>
      <translation>Troseddu ar gynnydd</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Robbery</source>
      <translation>Lladrad</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>SQLite's integrity check: {problems}</source>
      <translation>Gwiriad cywirdeb SQLite: {problems}</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>SQLite: {error}</source>
      <translation>SQLite: {error}</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Score</source>
      <translation>Sgôr</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Score (90% interval)</source>
      <translation>Sgôr (cyfwng 90%)</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Score = 100 × Σ weight × component ÷ Σ weights. Weights: {weights}.</source>
      <translation>Sgôr = 100 × Σ pwysiad × elfen ÷ Σ pwysiadau. Pwysiadau: {weights}.</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Security liaison with the operator</source>
      <translation>Cyswllt diogelwch gyda'r gweithredwr</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>September</source>
      <translation>Medi</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Set-up</source>
      <translation>Trefniant</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>Set-up {setup_id} ({name}) archived; its target list, visits and reports are kept.</source>
      <translation>Trefniant {setup_id} ({name}) wedi'i archifo; mae ei restr dargedau, ei ymweliadau a'i adroddiadau yn cael eu cadw.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>Set-up {setup_id} ({name}) was already archived on {at}; nothing changed.</source>
      <translation>Roedd trefniant {setup_id} ({name}) eisoes wedi'i archifo ar {at}; ni newidiwyd dim.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Share of answers</source>
      <translation>Cyfran yr atebion</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_forecast.py" />
      <source>Share of crimes</source>
      <translation>Cyfran y troseddau</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Share of crimes (hit rate)</source>
      <translation>Cyfran y troseddau (cyfradd taro)</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Share of harm</source>
      <translation>Cyfran y niwed</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Share of street length</source>
      <translation>Cyfran hyd y strydoedd</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Shoplifting</source>
      <translation>Dwyn o siopau</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Significant after FDR</source>
      <translation>Arwyddocaol ar ôl FDR</translation>
    </message>
    <message>
      <location filename="../core/report/attributions.py" />
      <source>Source: Office for National Statistics (Census 2021, boundaries, postcodes) licensed under the Open Government Licence v3.0.</source>
      <translation>Ffynhonnell: y Swyddfa Ystadegau Gwladol (Cyfrifiad 2021, ffiniau, codau post), data a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Status</source>
      <translation>Statws</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Street</source>
      <translation>Stryd</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Streets</source>
      <translation>Strydoedd</translation>
    </message>
    <message>
      <location filename="../resources/templates/evaluate_report.html.j2" />
      <source>Streets (comparison)</source>
      <translation>Strydoedd (cymharu)</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_forecast.py" />
      <source>Streets (top 5%)</source>
      <translation>Strydoedd (5% uchaf)</translation>
    </message>
    <message>
      <location filename="../core/report/attributions.py" />
      <source>Streets © OpenStreetMap contributors, available under the Open Database Licence (ODbL).</source>
      <translation>Strydoedd © cyfranwyr OpenStreetMap, ar gael o dan y Drwydded Cronfa Ddata Agored (ODbL).</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Subject</source>
      <translation>Pwnc</translation>
    </message>
    <message>
      <location filename="../core/report/evaluate_report.py" />
      <source>Surrounding</source>
      <translation>Cyfagos</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Survey responses</source>
      <translation>Ymatebion i arolygon</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>Surveyed</source>
      <translation>Wedi'i arolygu</translation>
    </message>
    <message>
      <location filename="../core/report/evaluate_report.py" />
      <source>Target</source>
      <translation>Targed</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Target community {community}: share among members of these postcodes who joined before the set-up {before}; among those who joined since {since}.</source>
      <translation>Cymuned darged {community}: y gyfran ymhlith aelodau yn y codau post hyn a ymunodd cyn y trefniant {before}; ymhlith y rhai a ymunodd ers hynny {since}.</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Team</source>
      <translation>Tîm</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>The best simple baseline was {baseline}: {hit_rate} of the crimes (PAI {pai_length:.1f} by length).</source>
      <translation>Y llinell sylfaen syml orau oedd {baseline}: {hit_rate} o'r troseddau (PAI {pai_length:.1f} yn ôl hyd).</translation>
    </message>
    <message>
      <location filename="../core/analyse/stability.py" />
      <source>The one-month shift cannot be measured: the crime data has no month next to the period.</source>
      <translation>Ni ellir mesur y symudiad un mis: nid oes gan y data troseddau fis wrth ymyl y cyfnod.</translation>
    </message>
    <message>
      <location filename="../core/analyse/stability.py" />
      <source>The priority's top streets move more than the simplest crime count does: defend a rank only with its rank range and a longer period.</source>
      <translation>Mae strydoedd uchaf y flaenoriaeth yn symud mwy na'r cyfrif troseddau symlaf: dim ond gyda'i hystod safleoedd a chyfnod hirach y dylech amddiffyn safle.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>The public's priorities</source>
      <translation>Blaenoriaethau'r cyhoedd</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>The score is {size:.2f} points higher per 10 percentage points more residents from ethnic minority groups, after allowing for each street's own crime, its harm and crime within 400 m (95% interval {lo:+.2f} to {hi:+.2f}).</source>
      <translation>Mae'r sgôr {size:.2f} pwynt yn uwch am bob 10 pwynt canran yn fwy o drigolion o grwpiau ethnig lleiafrifol, ar ôl ystyried troseddau'r stryd ei hun, ei niwed a throseddau o fewn 400 m (cyfwng 95% {lo:+.2f} i {hi:+.2f}).</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>The score is {size:.2f} points lower per 10 percentage points more residents from ethnic minority groups, after allowing for each street's own crime, its harm and crime within 400 m (95% interval {lo:+.2f} to {hi:+.2f}).</source>
      <translation>Mae'r sgôr {size:.2f} pwynt yn is am bob 10 pwynt canran yn fwy o drigolion o grwpiau ethnig lleiafrifol, ar ôl ystyried troseddau'r stryd ei hun, ei niwed a throseddau o fewn 400 m (cyfwng 95% {lo:+.2f} i {hi:+.2f}).</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>The score shows no clear association with the ethnic mix after crime controls ({est:+.2f} points per 10 percentage points, 95% interval {lo:+.2f} to {hi:+.2f}).</source>
      <translation>Nid yw'r sgôr yn dangos unrhyw gysylltiad clir â'r cymysgedd ethnig ar ôl rheoli ar gyfer troseddau ({est:+.2f} pwynt am bob 10 pwynt canran, cyfwng 95% {lo:+.2f} i {hi:+.2f}).</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>The top {top_pct:g}% of streets by {ranking} ({streets} streets, {length_share} of street length) had {hit_rate} of the crimes and {harm_hit_rate} of the harm: a PAI of {pai_length:.1f} by length and {pai_count:.1f} by count of streets.</source>
      <translation>Roedd y {top_pct:g}% uchaf o strydoedd yn ôl {ranking} ({streets} stryd, {length_share} o hyd y strydoedd) yn cynnwys {hit_rate} o'r troseddau a {harm_hit_rate} o'r niwed: PAI o {pai_length:.1f} yn ôl hyd a {pai_count:.1f} yn ôl nifer y strydoedd.</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>The {component} component is {size:.2f} points higher per 10 percentage points more residents from ethnic minority groups, after allowing for each street's own crime, its harm and crime within 400 m (95% interval {lo:+.2f} to {hi:+.2f}).</source>
      <translation>Mae'r elfen {component} {size:.2f} pwynt yn uwch am bob 10 pwynt canran yn fwy o drigolion o grwpiau ethnig lleiafrifol, ar ôl ystyried troseddau'r stryd ei hun, ei niwed a throseddau o fewn 400 m (cyfwng 95% {lo:+.2f} i {hi:+.2f}).</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>The {component} component is {size:.2f} points lower per 10 percentage points more residents from ethnic minority groups, after allowing for each street's own crime, its harm and crime within 400 m (95% interval {lo:+.2f} to {hi:+.2f}).</source>
      <translation>Mae'r elfen {component} {size:.2f} pwynt yn is am bob 10 pwynt canran yn fwy o drigolion o grwpiau ethnig lleiafrifol, ar ôl ystyried troseddau'r stryd ei hun, ei niwed a throseddau o fewn 400 m (cyfwng 95% {lo:+.2f} i {hi:+.2f}).</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>The {component} component shows no clear association with the ethnic mix after crime controls ({est:+.2f} points per 10 percentage points, 95% interval {lo:+.2f} to {hi:+.2f}).</source>
      <translation>Nid yw'r elfen {component} yn dangos unrhyw gysylltiad clir â'r cymysgedd ethnig ar ôl rheoli ar gyfer troseddau ({est:+.2f} pwynt am bob 10 pwynt canran, cyfwng 95% {lo:+.2f} i {hi:+.2f}).</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Theft from the person</source>
      <translation>Dwyn oddi ar y person</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>This is an association, not a cause: check why before acting on the list.</source>
      <translation>Cysylltiad yw hwn, nid achos: gwiriwch pam cyn gweithredu ar y rhestr.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>This period</source>
      <translation>Y cyfnod hwn</translation>
    </message>
    <message>
      <location filename="../core/analyse/equality.py" />
      <source>Too few streets with a Census LSOA to estimate the association.</source>
      <translation>Dim digon o strydoedd ag LSOA Cyfrifiad i amcangyfrif y cysylltiad.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Top</source>
      <translation>Uchaf</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Top 20% share of harm</source>
      <translation>Cyfran y niwed yn yr 20% uchaf</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>Top local priority: {category}, {pct}% of {n} answers in the area in {months} months, and it happens here</source>
      <translation>Prif flaenoriaeth leol: {category}, {pct}% o {n} ateb yn yr ardal mewn {months} mis, ac mae'n digwydd yma</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>Top local priority: {category}, {pct}% of {n} answers in {months} months, adjusted toward the area, and it happens here</source>
      <translation>Prif flaenoriaeth leol: {category}, {pct}% o {n} ateb mewn {months} mis, wedi'i addasu tuag at yr ardal, ac mae'n digwydd yma</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Top priorities</source>
      <translation>Prif flaenoriaethau</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>Top priority streets: {area}, {period}</source>
      <translation>Prif strydoedd blaenoriaeth: {area}, {period}</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Top street</source>
      <translation>Y stryd uchaf</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Top {n} streets</source>
      <translation>Y {n} stryd uchaf</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Transport hub patrols with the operator and British Transport Police</source>
      <translation>Patrolau canolfan drafnidiaeth gyda'r gweithredwr a British Transport Police</translation>
    </message>
    <message>
      <location filename="../core/analyse/priority.py" />
      <source>Trends {note}, so the trend component is 0 for every street.</source>
      <translation>Tueddiadau {note}, felly mae'r elfen tuedd yn 0 ar gyfer pob stryd.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Trust</source>
      <translation>Ymddiriedaeth</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>Trust and confidence</source>
      <translation>Ymddiriedaeth a hyder</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>Trust and confidence {score}/5 ({n} answers in {months} months, adjusted toward the area, force {force:.1f})</source>
      <translation>Ymddiriedaeth a hyder {score}/5 ({n} ateb mewn {months} mis, wedi'i addasu tuag at yr ardal, yr heddlu {force:.1f})</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>Trust and confidence {score}/5 ({n} answers in {months} months, too few: the area's figure, force {force:.1f})</source>
      <translation>Ymddiriedaeth a hyder {score}/5 ({n} ateb mewn {months} mis, rhy ychydig: ffigur yr ardal, yr heddlu {force:.1f})</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>Unpacking {wheel}</source>
      <translation>Yn dadbacio {wheel}</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Vehicle crime</source>
      <translation>Troseddau cerbydau</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>Vehicle crime advice campaign and patrols</source>
      <translation>Ymgyrch cyngor ar droseddau cerbydau a phatrolau</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Venue security liaison (event days)</source>
      <translation>Cyswllt diogelwch y lleoliad (diwrnodau digwyddiadau)</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>Venue security liaison (event days, licensing)</source>
      <translation>Cyswllt diogelwch y lleoliad (diwrnodau digwyddiadau, trwyddedu)</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Violence and sexual offences</source>
      <translation>Trais a throseddau rhywiol</translation>
    </message>
    <message>
      <location filename="../resources/config/action_rules.csv" />
      <source>Violence up significantly on the previous period (after FDR): review with the violence reduction partnership and licensing</source>
      <translation>Trais wedi cynyddu'n arwyddocaol o'i gymharu â'r cyfnod blaenorol (ar ôl FDR): adolygu gyda'r bartneriaeth lleihau trais a thrwyddedu</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Visits</source>
      <translation>Ymweliadau</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Visits are the latest edit of each visit recorded on the phones; households targeted are the set-up's estimate (Census 2021 households of the LSOA shared over its postcodes, or the address counts given). Counts only: no member, name or address.</source>
      <translation>Yr ymweliadau yw'r golygiad diweddaraf o bob ymweliad a gofnodwyd ar y ffonau; yr aelwydydd a dargedwyd yw amcangyfrif y trefniant (aelwydydd Cyfrifiad 2021 yr LSOA wedi'u rhannu dros ei chodau post, neu'r niferoedd cyfeiriadau a roddwyd). Niferoedd yn unig: dim aelod, enw na chyfeiriad.</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Visits per week by outcome</source>
      <translation>Ymweliadau fesul wythnos yn ôl canlyniad</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>Week of</source>
      <translation>Wythnos yn dechrau</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_run.py" />
      <source>Weight of {component} {change:+d}%</source>
      <translation>Pwysiad {component} {change:+d}%</translation>
    </message>
    <message>
      <location filename="../core/engage/message_templates.py" />
      <source>Welsh (Cymraeg)</source>
      <translation>Cymraeg</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>Why</source>
      <translation>Pam</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>Why here</source>
      <translation>Pam yma</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>Your neighbourhood policing team</source>
      <translation>Eich tîm plismona yn y gymdogaeth</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>Your neighbourhood team</source>
      <translation>Eich tîm cymdogaeth</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>a CSV file</source>
      <translation>ffeil CSV</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>a PDF document</source>
      <translation>dogfen PDF</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_conn.py" />
      <source>a QGIS saved connection is known only inside QGIS</source>
      <translation>dim ond y tu mewn i QGIS y mae cysylltiad a gadwyd yn QGIS yn hysbys</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>a SQLite database or GeoPackage</source>
      <translation>cronfa ddata SQLite neu GeoPackage</translation>
    </message>
    <message>
      <location filename="../core/io/validate.py" />
      <source>a comma where the decimal point belongs ('-0,336' for -0.336?): write numbers with a decimal point and no other commas</source>
      <translation>coma lle dylai'r pwynt degol fod ('-0,336' am -0.336?): ysgrifennwch rifau gyda phwynt degol a heb gomâu eraill</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>a community set-up needs the areas where the community is under-represented</source>
      <translation>mae angen i drefniant cymuned gynnwys yr ardaloedd lle mae'r gymuned wedi'i thangynrychioli</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a comprehension</source>
      <translation>mynegiad comprehension</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a condition may only compare fields with numbers, quoted text or True/False, joined by and / or / not (see README, Recommended actions).</source>
      <translation>dim ond cymharu meysydd â rhifau, testun rhwng dyfynodau neu True/False y caiff amod ei wneud, wedi'u cysylltu gan and / or / not (gweler README, Recommended actions).</translation>
    </message>
    <message>
      <location filename="../core/io/plausible.py" />
      <source>a coordinate is not a finite number, is 0 or within 1 km of the grid's origin (a missing value, or degrees given as metres), or lies outside Great Britain (the area of use of EPSG:27700, British National Grid, into which the layer is read): check the layer's CRS and its coordinates</source>
      <translation>nid yw cyfesuryn yn rhif meidraidd, mae'n 0 neu o fewn 1 km i darddbwynt y grid (gwerth coll, neu raddau wedi'u rhoi fel metrau), neu mae y tu allan i Brydain Fawr (ardal defnydd EPSG:27700, British National Grid, y darllenir yr haen iddi): gwiriwch CRS yr haen a'i chyfesurynnau</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>a criteria set-up needs at least one criterion</source>
      <translation>mae angen o leiaf un maen prawf ar drefniant meini prawf</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>a date in the future</source>
      <translation>dyddiad yn y dyfodol</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a dictionary</source>
      <translation>geiriadur</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a function call</source>
      <translation>galwad ffwythiant</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>a gzip archive</source>
      <translation>archif gzip</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>a kernel density of last period's crime</source>
      <translation>dwysedd cnewyllyn troseddau'r cyfnod diwethaf</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a lambda</source>
      <translation>lambda</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a list after 'in' may hold only constants</source>
      <translation>dim ond cysonion y caiff rhestr ar ôl 'in' eu cynnwys</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>a postcode that is not on the set-up's list was added or renamed on the phone (ignored: the stored list is kept)</source>
      <translation>ychwanegwyd neu ailenwyd cod post nad yw ar restr y trefniant ar y ffôn (anwybyddwyd: cedwir y rhestr sydd wedi'i storio)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>a quote opened in column {column} is not closed on this line: it would swallow {what}. This row is not read; the lines after it are read as records (fix the quote)</source>
      <translation>nid yw dyfynnod a agorwyd yng ngholofn {column} wedi'i gau ar y llinell hon: byddai'n llyncu {what}. Nid yw'r rhes hon yn cael ei darllen; caiff y llinellau ar ei hôl eu darllen fel cofnodion (trwsiwch y dyfynnod)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>a quote opened in column {column} of the header line is not closed on that line</source>
      <translation>nid yw dyfynnod a agorwyd yng ngholofn {column} o'r llinell bennawd wedi'i gau ar y llinell honno</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>a second copy of the same visit edit (the first is kept)</source>
      <translation>ail gopi o'r un golygiad ymweliad (cedwir y cyntaf)</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a set</source>
      <translation>set</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>a set-up needs a name</source>
      <translation>mae angen enw ar drefniant</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a starred expression</source>
      <translation>mynegiad â seren</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>a subscript</source>
      <translation>is-nod (subscript)</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>a visit of set-up {other!r} in the package of {setup_id}</source>
      <translation>ymweliad o drefniant {other!r} ym mhecyn {setup_id}</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>a workspace is a GeoPackage file (.gpkg)</source>
      <translation>ffeil GeoPackage (.gpkg) yw man gwaith</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>a zip archive or an Excel workbook (.xlsx)</source>
      <translation>archif zip neu lyfr gwaith Excel (.xlsx)</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>after the set-up's end ({end})</source>
      <translation>ar ôl diwedd y trefniant ({end})</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>all {n} areas given</source>
      <translation>pob un o'r {n} ardal a roddwyd</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>an Excel 97-2003 workbook (.xls)</source>
      <translation>llyfr gwaith Excel 97-2003 (.xls)</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>an assignment</source>
      <translation>aseiniad</translation>
    </message>
    <message>
      <location filename="../core/engage/audit.py" />
      <source>an audit detail may not hold personal data ({keys})</source>
      <translation>ni chaiff manylyn cofnod archwilio gynnwys data personol ({keys})</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>an f-string</source>
      <translation>f-string</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>anti-social behaviour</source>
      <translation>ymddygiad gwrthgymdeithasol</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>archive a set-up instead (lpt:archivesetup); rows are only ever added or updated.</source>
      <translation>archifwch drefniant yn lle hynny (lpt:archivesetup); dim ond ychwanegu neu ddiweddaru rhesi a wneir byth.</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>archived</source>
      <translation>wedi'i archifo</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>area code is blank</source>
      <translation>mae'r cod ardal yn wag</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>area code repeated (dissolve multi-part areas first): first at row {row}</source>
      <translation>cod ardal wedi'i ailadrodd (toddwch ardaloedd aml-ran yn gyntaf): y tro cyntaf yn rhes {row}</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>arithmetic or an @ reference</source>
      <translation>rhifyddeg neu gyfeiriad @</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>arrays</source>
      <translation>araeau</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>ask an analyst, or a supervisor of every area it reaches, to archive it.</source>
      <translation>gofynnwch i ddadansoddwr, neu i oruchwyliwr pob ardal y mae'n ei chyrraedd, ei archifo.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>ask the analyst who runs the workspace for access.</source>
      <translation>gofynnwch i'r dadansoddwr sy'n rhedeg y man gwaith am fynediad.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>ask the analyst who runs the workspace for the role or area assignment you need.</source>
      <translation>gofynnwch i'r dadansoddwr sy'n rhedeg y man gwaith am y rôl neu'r aseiniad ardal sydd ei angen arnoch.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>ask the database administrator to run CREATE EXTENSION postgis in it.</source>
      <translation>gofynnwch i weinyddwr y gronfa ddata redeg CREATE EXTENSION postgis ynddi.</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>attribute access</source>
      <translation>cyrchu priodoledd</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>audience field '{field}' is not one of {fields}</source>
      <translation>nid yw maes cynulleidfa '{field}' yn un o {fields}</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>audience mode '{mode}' is not include, exclude or must</source>
      <translation>nid yw modd cynulleidfa '{mode}' yn include, exclude na must</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>audience {mode} street: the members are not linked to streets</source>
      <translation>cynulleidfa {mode} street: nid yw'r aelodau wedi'u cysylltu â strydoedd</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>audience {mode} {field}: no member has {values} (values present: {shown})</source>
      <translation>cynulleidfa {mode} {field}: nid oes gan unrhyw aelod {values} (gwerthoedd sy'n bresennol: {shown})</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>audience {mode} {field}: the members table has no {col} field</source>
      <translation>cynulleidfa {mode} {field}: nid oes maes {col} yn nhabl yr aelodau</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>before the set-up's start ({start})</source>
      <translation>cyn dechrau'r trefniant ({start})</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>better, beyond chance</source>
      <translation>gwell, y tu hwnt i siawns</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>bicycle theft</source>
      <translation>dwyn beiciau</translation>
    </message>
    <message>
      <location filename="../core/analyse/trends.py" />
      <source>both periods fully covered ({n1} and {n2} month(s))</source>
      <translation>y ddau gyfnod wedi'u cwmpasu'n llawn ({n1} a {n2} mis)</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>burglary</source>
      <translation>byrgleriaeth</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>cannot connect to the workspace database ({error})</source>
      <translation>ni ellir cysylltu â chronfa ddata'r man gwaith ({error})</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>cannot create the workspace ({error})</source>
      <translation>ni ellir creu'r man gwaith ({error})</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>cannot parse CSV ({error})</source>
      <translation>ni ellir dosrannu'r CSV ({error})</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>cannot read audience set '{part}'</source>
      <translation>ni ellir darllen set cynulleidfa '{part}'</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>cannot read criterion '{part}' (include, exclude or must, a field, '=' and values separated by |)</source>
      <translation>ni ellir darllen y maen prawf '{part}' (include, exclude neu must, maes, '=' a gwerthoedd wedi'u gwahanu gan |)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>cannot read the file ({error})</source>
      <translation>ni ellir darllen y ffeil ({error})</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>cannot read the header line ({error})</source>
      <translation>ni ellir darllen y llinell bennawd ({error})</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>cannot read the message log ({why})</source>
      <translation>ni ellir darllen y log negeseuon ({why})</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>cannot write the output ({error})</source>
      <translation>ni ellir ysgrifennu'r allbwn ({error})</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>cannot write the output ({why}); nothing was recorded</source>
      <translation>ni ellir ysgrifennu'r allbwn ({why}); ni chofnodwyd dim</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>cannot write the output ({why}); the audit row is withdrawn</source>
      <translation>ni ellir ysgrifennu'r allbwn ({why}); mae'r rhes archwilio wedi'i thynnu'n ôl</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>cannot write the visit list ({error})</source>
      <translation>ni ellir ysgrifennu'r rhestr ymweliadau ({error})</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>car park</source>
      <translation>maes parcio</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>categories add up to more than the total</source>
      <translation>mae'r categorïau'n adio i fwy na'r cyfanswm</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>category is blank</source>
      <translation>mae'r categori yn wag</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>change indicator is not U, S, M or X</source>
      <translation>nid yw'r dangosydd newid yn U, S, M nac X</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>change the audience, or the guard settings if that is right.</source>
      <translation>newidiwch y gynulleidfa, neu osodiadau'r mesurau diogelu os yw hynny'n briodol.</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>channel '{channel}' is not email or sms</source>
      <translation>nid yw sianel '{channel}' yn email nac yn sms</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>check it exists and you may read it.</source>
      <translation>gwiriwch ei bod yn bodoli a bod gennych hawl i'w darllen.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>check quoting; a field with the delimiter inside must be in double quotes.</source>
      <translation>gwiriwch y dyfynnu; rhaid i faes sydd â'r amffinydd y tu mewn iddo fod mewn dyfynodau dwbl.</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>check that the folder exists and is writable and that the file name is not too long.</source>
      <translation>gwiriwch fod y ffolder yn bodoli ac y gellir ysgrifennu iddo, ac nad yw enw'r ffeil yn rhy hir.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>check that this is a CSV file with a header line.</source>
      <translation>gwiriwch mai ffeil CSV gyda llinell bennawd yw hon.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>check the connection's service or QGIS connection, and that the server runs.</source>
      <translation>gwiriwch wasanaeth neu gysylltiad QGIS y cysylltiad, a bod y gweinydd yn rhedeg.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>check the delimiter, or keep only the columns needed.</source>
      <translation>gwiriwch yr amffinydd, neu cadwch y colofnau sydd eu hangen yn unig.</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>check the file (is it on a disk that is still connected?); if it keeps failing, restore the workspace from a backup, or copy what can still be read into a new file with `sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg` and check it before using it.</source>
      <translation>gwiriwch y ffeil (a yw ar ddisg sy'n dal i fod wedi'i chysylltu?); os yw'n dal i fethu, adferwch y man gwaith o gopi wrth gefn, neu copïwch yr hyn y gellir ei ddarllen o hyd i ffeil newydd gyda `sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg` a'i gwirio cyn ei defnyddio.</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>check the file and its rejected rows (REJECTS); if the smaller {table} table is right, run the import again with {flag}=true (the share allowed without it is {share:.0%} of the rows it replaces).</source>
      <translation>gwiriwch y ffeil a'i rhesi a wrthodwyd (REJECTS); os yw'r tabl {table} llai yn gywir, rhedwch y mewnforio eto gyda {flag}=true (y gyfran a ganiateir hebddo yw {share:.0%} o'r rhesi y mae'n eu disodli).</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>check the file is a Census table.</source>
      <translation>gwiriwch mai tabl Cyfrifiad yw'r ffeil.</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>check the file is a GeoJSON FeatureCollection.</source>
      <translation>gwiriwch mai GeoJSON FeatureCollection yw'r ffeil.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>check the first line of the file.</source>
      <translation>gwiriwch linell gyntaf y ffeil.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>check the network and that the server is running, then run again.</source>
      <translation>gwiriwch y rhwydwaith a bod y gweinydd yn rhedeg, yna rhedwch eto.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>check the user and the saved credentials (pg_service.conf / ~/.pgpass, or QGIS's authentication configuration).</source>
      <translation>gwiriwch y defnyddiwr a'r manylion mewngofnodi a gadwyd (pg_service.conf / ~/.pgpass, neu ffurfweddiad dilysu QGIS).</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>check the workspace with lpt:setupdatabase; if it keeps failing, ask the database administrator.</source>
      <translation>gwiriwch y man gwaith gyda lpt:setupdatabase; os yw'n dal i fethu, gofynnwch i weinyddwr y gronfa ddata.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_templates.py" />
      <source>choose English, Welsh or bilingual.</source>
      <translation>dewiswch Saesneg, Cymraeg neu ddwyieithog.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>choose a .gpkg file name.</source>
      <translation>dewiswch enw ffeil .gpkg.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>choose a folder, or a new folder name.</source>
      <translation>dewiswch ffolder, neu enw ffolder newydd.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>choose a folder.</source>
      <translation>dewiswch ffolder.</translation>
    </message>
    <message>
      <location filename="../core/analyse/coverage.py" />
      <source>choose a period the data covers, or import the missing months.</source>
      <translation>dewiswch gyfnod y mae'r data yn ei gwmpasu, neu mewnforiwch y misoedd sydd ar goll.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>choose a workspace or a new .gpkg file.</source>
      <translation>dewiswch fan gwaith neu ffeil .gpkg newydd.</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>choose a writable .gpkg file.</source>
      <translation>dewiswch ffeil .gpkg y gellir ysgrifennu iddi.</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>choose a writable folder and file name.</source>
      <translation>dewiswch ffolder ac enw ffeil y gellir ysgrifennu iddynt.</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>choose a writable folder.</source>
      <translation>dewiswch ffolder y gellir ysgrifennu iddo.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>choose an existing file ({what}); check the path.</source>
      <translation>dewiswch ffeil sy'n bodoli ({what}); gwiriwch y llwybr.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>choose an existing folder.</source>
      <translation>dewiswch ffolder sy'n bodoli.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>choose an existing location.</source>
      <translation>dewiswch leoliad sy'n bodoli.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>choose at least one CSV file or folder.</source>
      <translation>dewiswch o leiaf un ffeil CSV neu ffolder.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>choose one of {sources}.</source>
      <translation>dewiswch un o {sources}.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>choose other streets or areas, or include households already registered (REVISIT).</source>
      <translation>dewiswch strydoedd neu ardaloedd eraill, neu cynhwyswch aelwydydd sydd eisoes wedi cofrestru (REVISIT).</translation>
    </message>
    <message>
      <location filename="../core/analyse/trends.py" />
      <source>choose periods that share no month (e.g. this quarter and the one before).</source>
      <translation>dewiswch gyfnodau nad ydynt yn rhannu mis (e.e. y chwarter hwn a'r un cynt).</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>choose the .gpkg file that exports were logged to, or a new file name.</source>
      <translation>dewiswch y ffeil .gpkg y cofnodwyd yr allforion ynddi, neu enw ffeil newydd.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>choose the .gpkg file that exports were logged to.</source>
      <translation>dewiswch y ffeil .gpkg y cofnodwyd yr allforion ynddi.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>choose the GeoPackage the exports went to.</source>
      <translation>dewiswch y GeoPackage yr aeth yr allforion iddo.</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>choose the code field.</source>
      <translation>dewiswch y maes cod.</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_units.py" />
      <source>choose the field that names each team area (TEAM_FIELD).</source>
      <translation>dewiswch y maes sy'n enwi ardal pob tîm (TEAM_FIELD).</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>choose the folder of monthly CSVs.</source>
      <translation>dewiswch ffolder y ffeiliau CSV misol.</translation>
    </message>
    <message>
      <location filename="../core/io/police_files.py" />
      <source>choose the folder of police.uk's monthly *-street.csv files.</source>
      <translation>dewiswch ffolder ffeiliau misol *-street.csv police.uk.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>choose the message log.</source>
      <translation>dewiswch y log negeseuon.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>choose the workspace or GeoPackage the exports went to.</source>
      <translation>dewiswch y man gwaith neu'r GeoPackage yr aeth yr allforion iddo.</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>choose the workspace's GeoPackage (or a new file name to create one); if this file is your workspace, restore it from a backup.</source>
      <translation>dewiswch GeoPackage y man gwaith (neu enw ffeil newydd i greu un); os mai'r ffeil hon yw eich man gwaith, adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>choose {what} inside it.</source>
      <translation>dewiswch {what} y tu mewn iddo.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>choose {what}.</source>
      <translation>dewiswch {what}.</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>close the program that holds it (a QGIS layer of it being edited, a database browser, another import or analysis on it) and run again.</source>
      <translation>caewch y rhaglen sy'n ei dal (haen QGIS ohoni sy'n cael ei golygu, porwr cronfa ddata, mewnforio neu ddadansoddiad arall arni) a rhedwch eto.</translation>
    </message>
    <message>
      <location filename="../core/io/columns.py" />
      <source>column mapping entry '{entry}' has no '='</source>
      <translation>nid oes '=' yn y cofnod mapio colofnau '{entry}'</translation>
    </message>
    <message>
      <location filename="../core/io/columns.py" />
      <source>column mapping names unknown field '{field}'</source>
      <translation>mae'r mapio colofnau yn enwi maes anhysbys '{field}'</translation>
    </message>
    <message>
      <location filename="../core/io/columns.py" />
      <source>column mapping says {key}='{wanted}' but there is no such column (columns present: {columns})</source>
      <translation>mae'r mapio colofnau yn dweud {key}='{wanted}' ond nid oes colofn o'r fath (colofnau sy'n bresennol: {columns})</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>column {column}: a byte that is not valid {encoding} text, a NUL byte or U+FFFD (the row is not read; fix it, or save the file as UTF-8)</source>
      <translation>colofn {column}: beit nad yw'n destun {encoding} dilys, beit NUL neu U+FFFD (ni chaiff y rhes ei darllen; trwsiwch hi, neu cadwch y ffeil fel UTF-8)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>column {n} of the header has no name</source>
      <translation>nid oes enw ar golofn {n} y pennawd</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>compare numeric fields with numbers and text with text.</source>
      <translation>cymharwch feysydd rhifol â rhifau a thestun â thestun.</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>condition '{condition}' cannot be read ({error})</source>
      <translation>ni ellir darllen yr amod '{condition}' ({error})</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>condition has {n} parts (limit {limit})</source>
      <translation>mae gan yr amod {n} rhan (terfyn {limit})</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>condition is {n} characters long (limit {limit})</source>
      <translation>mae'r amod yn {n} nod o hyd (terfyn {limit})</translation>
    </message>
    <message>
      <location filename="../core/io/consent.py" />
      <source>consent</source>
      <translation>caniatâd</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>contact rate</source>
      <translation>cyfradd cyswllt</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>coordinate transformations</source>
      <translation>trawsnewidiadau cyfesurynnau</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>coordinates are not finite numbers (NaN or infinite)</source>
      <translation>nid yw'r cyfesurynnau'n rhifau meidraidd (NaN neu anfeidraidd)</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>copy the GeoPackage from the phone again, whole (QField: send the project again).</source>
      <translation>copïwch y GeoPackage o'r ffôn eto, yn gyfan (QField: anfonwch y prosiect eto).</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>correct the 'sep=' line to 'sep={sep}', or delete it.</source>
      <translation>cywirwch y llinell 'sep=' i 'sep={sep}', neu ei dileu.</translation>
    </message>
    <message>
      <location filename="../core/io/addresses.py" />
      <source>correct the address counts file.</source>
      <translation>cywirwch y ffeil cyfrif cyfeiriadau.</translation>
    </message>
    <message>
      <location filename="../core/io/columns.py" />
      <source>correct the column mapping.</source>
      <translation>cywirwch y mapio colofnau.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>correct the criteria, e.g. 'include area=E05011541; exclude street=...'.</source>
      <translation>cywirwch y meini prawf, e.e. 'include area=E05011541; exclude street=...'.</translation>
    </message>
    <message>
      <location filename="../core/io/declared_crs.py" />
      <source>correct the crs name (e.g. urn:ogc:def:crs:EPSG::27700 for British National Grid), or remove the crs member if the coordinates are WGS84 longitude/latitude.</source>
      <translation>cywirwch enw'r crs (e.e. urn:ogc:def:crs:EPSG::27700 ar gyfer British National Grid), neu tynnwch yr aelod crs os yw'r cyfesurynnau'n hydred/lledred WGS84.</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>count is larger than the area's total</source>
      <translation>mae'r cyfrif yn fwy na chyfanswm yr ardal</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>count is negative</source>
      <translation>mae'r cyfrif yn negatif</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>count is not a finite number</source>
      <translation>nid yw'r cyfrif yn rhif meidraidd</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>count is not a number</source>
      <translation>nid yw'r cyfrif yn rhif</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>count is not a whole number</source>
      <translation>nid yw'r cyfrif yn rhif cyfan</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_list.py" />
      <source>create a new set-up for new visits.</source>
      <translation>crëwch drefniant newydd ar gyfer ymweliadau newydd.</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>create it by importing into it.</source>
      <translation>crëwch ef drwy fewnforio iddo.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>create it with lpt:setupdatabase (or by importing into it).</source>
      <translation>crëwch ef gyda lpt:setupdatabase (neu drwy fewnforio iddo).</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>create the folder first.</source>
      <translation>crëwch y ffolder yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>crime id is blank</source>
      <translation>mae dynodydd y drosedd yn wag</translation>
    </message>
    <message>
      <location filename="../core/analyse/insight.py" />
      <source>crime type '{crime_type}' is listed twice</source>
      <translation>mae'r math o drosedd '{crime_type}' wedi'i restru ddwywaith</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>criminal damage</source>
      <translation>difrod troseddol</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>criterion '{part}' gives no value</source>
      <translation>nid yw'r maen prawf '{part}' yn rhoi gwerth</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>custody</source>
      <translation>dalfa</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>degenerate polygon: it encloses no area (its points lie on a line or repeat), even after repair</source>
      <translation>polygon dirywiedig: nid yw'n amgáu unrhyw arwynebedd (mae ei bwyntiau ar linell neu'n ailadrodd), hyd yn oed ar ôl ei atgyweirio</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>differs from the stored edit of this visit with the same edit time: the stored one is kept</source>
      <translation>yn wahanol i'r golygiad o'r ymweliad hwn sydd wedi'i storio gyda'r un amser golygu: cedwir yr un sydd wedi'i storio</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>domestic abuse</source>
      <translation>cam-drin domestig</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>doors knocked</source>
      <translation>drysau a gurwyd</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>down {pct:.0f}% a month ({rate1:.1f} to {rate2:.1f} a month) from {before:,} in {previous}</source>
      <translation>i lawr {pct:.0f}% y mis ({rate1:.1f} i {rate2:.1f} y mis) o {before:,} yn ystod {previous}</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>down {pct:.0f}% from {before:,} in {previous}</source>
      <translation>i lawr {pct:.0f}% o {before:,} yn ystod {previous}</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>draw the patch inside the areas, or give other areas.</source>
      <translation>lluniwch yr ardal gyfrifoldeb o fewn yr ardaloedd, neu rhowch ardaloedd eraill.</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>drug crime</source>
      <translation>troseddau cyffuriau</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>drugs</source>
      <translation>cyffuriau</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>duplicate {columns}</source>
      <translation>{columns} dyblyg</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>duplicate {column}</source>
      <translation>{column} dyblyg</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>e.g. 'Orchard Park door-knock, spring'.</source>
      <translation>e.e. 'Curo drysau Orchard Park, gwanwyn'.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>e.g. 'include area=E05011541; exclude street=...'.</source>
      <translation>e.e. 'include area=E05011541; exclude street=...'.</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>easting and northing look swapped: the point lies far from the file's other postcodes and, swapped, among them</source>
      <translation>mae'n ymddangos bod y dwyreiniad a'r gogleddiad wedi'u cyfnewid: mae'r pwynt ymhell o godau post eraill y ffeil ac, o'u cyfnewid, yn eu plith</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>easting is not a number</source>
      <translation>nid yw'r dwyreiniad yn rhif</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>easting or northing is 0, or within 1 km of the grid's origin: a missing grid reference</source>
      <translation>mae'r dwyreiniad neu'r gogleddiad yn 0, neu o fewn 1 km i darddbwynt y grid: cyfeirnod grid coll</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>edited in the future (the phone's clock?)</source>
      <translation>wedi'i olygu yn y dyfodol (cloc y ffôn?)</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>education</source>
      <translation>addysg</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>every line after it to the end of the file</source>
      <translation>pob llinell ar ei hôl hyd at ddiwedd y ffeil</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>exact duplicate of an earlier crime (same Crime ID and every field)</source>
      <translation>dyblyg union o drosedd gynharach (yr un Crime ID a phob maes)</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>exact duplicate of an earlier row</source>
      <translation>dyblyg union o res gynharach</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>export the data again.</source>
      <translation>allforiwch y data eto.</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate.py" />
      <source>fell more than on comparable streets</source>
      <translation>wedi gostwng mwy nag ar strydoedd tebyg</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>fewer than {n}</source>
      <translation>llai na {n}</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>file not found</source>
      <translation>ni chafwyd hyd i'r ffeil</translation>
    </message>
    <message>
      <location filename="../core/io/places.py" />
      <source>fix the line or delete it.</source>
      <translation>trwsiwch y llinell neu ei dileu.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>fix the quote in the header (a quoted name needs a closing quote).</source>
      <translation>trwsiwch y dyfynnod yn y pennawd (mae angen dyfynnod cau ar enw mewn dyfynodau).</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>forecourt</source>
      <translation>blaengwrt</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>formula neutralised</source>
      <translation>fformiwla wedi'i niwtraleiddio</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>fraud</source>
      <translation>twyll</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>free space on that disk (or copy the workspace to another disk) and run again.</source>
      <translation>rhyddhewch le ar y ddisg honno (neu copïwch y man gwaith i ddisg arall) a rhedwch eto.</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>free space on that disk or reconnect it (or copy the workspace to another disk) and run again.</source>
      <translation>rhyddhewch le ar y ddisg honno neu ei hailgysylltu (neu copïwch y man gwaith i ddisg arall) a rhedwch eto.</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>geometry (STRtree, vectorised operations)</source>
      <translation>geometreg (STRtree, gweithrediadau fectoraidd)</translation>
    </message>
    <message>
      <location filename="../core/io/streets.py" />
      <source>geometry cannot be read (e.g. a line with a single point)</source>
      <translation>ni ellir darllen y geometreg (e.e. llinell ag un pwynt yn unig)</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>geometry cannot be read (e.g. a ring that is not closed)</source>
      <translation>ni ellir darllen y geometreg (e.e. cylch nad yw wedi'i gau)</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>give a WORKSPACE that holds the streets (Import streets into it).</source>
      <translation>rhowch WORKSPACE sy'n dal y strydoedd (Mewnforio strydoedd iddo).</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>give a package made by this version's Export visit list.</source>
      <translation>rhowch becyn a wnaed gan Export visit list y fersiwn hon.</translation>
    </message>
    <message>
      <location filename="../core/io/geo.py" />
      <source>give an EPSG code such as EPSG:27700 (British National Grid) or EPSG:4326 (lon/lat).</source>
      <translation>rhowch god EPSG fel EPSG:27700 (British National Grid) neu EPSG:4326 (hydred/lledred).</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>give an end date on or after the start date, or leave END_DATE blank.</source>
      <translation>rhowch ddyddiad gorffen ar y dyddiad dechrau neu ar ei ôl, neu gadewch END_DATE yn wag.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>give an id lpt:createsetup returned.</source>
      <translation>rhowch ddynodydd a ddychwelwyd gan lpt:createsetup.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>give another database, or drop that schema's tables first.</source>
      <translation>rhowch gronfa ddata arall, neu gollyngwch dablau'r sgema honno yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>give area codes or ask for all areas, not both</source>
      <translation>rhowch godau ardal neu gofynnwch am bob ardal, nid y ddau</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>give every column a distinct name.</source>
      <translation>rhowch enw gwahanol i bob colofn.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>give every column a name (blank names are allowed only at the end of the line).</source>
      <translation>rhowch enw i bob colofn (dim ond ar ddiwedd y llinell y caniateir enwau gwag).</translation>
    </message>
    <message>
      <location filename="../core/analyse/insight.py" />
      <source>give every crime type a weight in that range.</source>
      <translation>rhowch bwysiad o fewn yr ystod honno i bob math o drosedd.</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>give the GeoPackage from the phone (or the folder as FOLDER).</source>
      <translation>rhowch y GeoPackage o'r ffôn (neu'r ffolder fel FOLDER).</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>give the GeoPackage from the phone.</source>
      <translation>rhowch y GeoPackage o'r ffôn.</translation>
    </message>
    <message>
      <location filename="../core/link/link.py" />
      <source>give the ONS LSOA 2011 to 2021 lookup.</source>
      <translation>rhowch dabl chwilio LSOA 2011 i 2021 yr ONS.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>give the WORKSPACE the messages are kept in: this log is imported into it once and left in place.</source>
      <translation>rhowch y WORKSPACE y cedwir y negeseuon ynddo: caiff y log hwn ei fewnforio iddo unwaith a'i adael yn ei le.</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>give the area codes (comma separated), or ask explicitly for all areas (ALL_AREAS).</source>
      <translation>rhowch y codau ardal (wedi'u gwahanu gan gomâu), neu gofynnwch yn benodol am bob ardal (ALL_AREAS).</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>give the area codes (from the community profile).</source>
      <translation>rhowch y codau ardal (o broffil y gymuned).</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>give the package's GeoPackage unchanged.</source>
      <translation>rhowch GeoPackage y pecyn heb ei newid.</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>give the visits GeoPackage of a package made by Export visit list.</source>
      <translation>rhowch GeoPackage ymweliadau pecyn a wnaed gan Export visit list.</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>give the workspace (or the message log).</source>
      <translation>rhowch y man gwaith (neu'r log negeseuon).</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>give the workspace's .gpkg file.</source>
      <translation>rhowch ffeil .gpkg y man gwaith.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>give the workspace's database.</source>
      <translation>rhowch gronfa ddata'r man gwaith.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>give yourself read permission, or copy the file somewhere you may read it.</source>
      <translation>rhowch ganiatâd darllen i chi'ch hun, neu copïwch y ffeil i rywle lle cewch ei darllen.</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>grid reference outside Great Britain</source>
      <translation>cyfeirnod grid y tu allan i Brydain Fawr</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>group is not like '6b' within its supergroup</source>
      <translation>nid yw'r grŵp yn debyg i '6b' o fewn ei uwchgrŵp</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>hate crime</source>
      <translation>troseddau casineb</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>holds a control or invisible character (a line break, tab or the like): the officer's name or number is one line of plain text</source>
      <translation>mae'n dal nod rheoli neu anweledig (toriad llinell, tab neu debyg): un llinell o destun plaen yw enw neu rif y swyddog</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>hospital</source>
      <translation>ysbyty</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>households targeted</source>
      <translation>aelwydydd a dargedwyd</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>if an export was interrupted, run one export into the log to recover it.</source>
      <translation>os cafodd allforiad ei dorri ar ei draws, rhedwch un allforiad i'r log i'w adfer.</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>if/else</source>
      <translation>if/else</translation>
    </message>
    <message>
      <location filename="../core/engage/audience_data.py" />
      <source>import a member export into it first.</source>
      <translation>mewnforiwch allforiad aelodau iddo yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>import each force's crimes into its own workspace and analyse each.</source>
      <translation>mewnforiwch droseddau pob heddlu i'w fan gwaith ei hun a dadansoddwch bob un.</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>import each force's files into its own workspace.</source>
      <translation>mewnforiwch ffeiliau pob heddlu i'w fan gwaith ei hun.</translation>
    </message>
    <message>
      <location filename="../core/engage/audience_data.py" />
      <source>import it again with this version of the plugin.</source>
      <translation>mewnforiwch ef eto gyda'r fersiwn hon o'r ategyn.</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>import it into the workspace first.</source>
      <translation>mewnforiwch ef i'r man gwaith yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>import members and areas into it and run Link community data on it first: members are placed in their areas through their postcodes.</source>
      <translation>mewnforiwch aelodau ac ardaloedd iddo a rhedwch Cysylltu data cymunedol arno yn gyntaf: caiff aelodau eu gosod yn eu hardaloedd drwy eu codau post.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_places.py" />
      <source>import survey responses into the workspace (Import survey responses, with WORKSPACE), or leave confidence out of the criteria.</source>
      <translation>mewnforiwch ymatebion arolwg i'r gweithle (Mewnforio ymatebion arolwg, gyda WORKSPACE), neu gadewch hyder allan o'r meini prawf.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_places.py" />
      <source>import the English Indices of Deprivation into the workspace (Import classification or deprivation, with WORKSPACE).</source>
      <translation>mewnforiwch Fynegeion Amddifadedd Lloegr i'r gweithle (Mewnforio dosbarthiad neu amddifadedd, gyda WORKSPACE).</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_places.py" />
      <source>import the ONS Output Area Classification 2021 into the workspace (Import classification or deprivation, with WORKSPACE).</source>
      <translation>mewnforiwch Ddosbarthiad Ardaloedd Cynnyrch 2021 yr ONS i'r gweithle (Mewnforio dosbarthiad neu amddifadedd, gyda WORKSPACE).</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>import the {source} crimes into a workspace of their own (another WORKSPACE file name).</source>
      <translation>mewnforiwch y troseddau {source} i fan gwaith eu hunain (enw ffeil WORKSPACE arall).</translation>
    </message>
    <message>
      <location filename="../core/link/stored.py" />
      <source>import the {table} into the workspace first (WORKSPACE parameter of the import algorithms).</source>
      <translation>mewnforiwch y {table} i'r man gwaith yn gyntaf (paramedr WORKSPACE yr algorithmau mewnforio).</translation>
    </message>
    <message>
      <location filename="../core/engage/audience_data.py" />
      <source>import them into it first.</source>
      <translation>mewnforiwch nhw iddo yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_units.py" />
      <source>import them into the workspace (Import areas, AS = LSOA 2021).</source>
      <translation>mewnforiwch hwy i'r man gwaith (Mewnforio ardaloedd, AS = LSOA 2021).</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>import them into the workspace first (the WORKSPACE parameter of the import algorithms).</source>
      <translation>mewnforiwch nhw i'r man gwaith yn gyntaf (paramedr WORKSPACE yr algorithmau mewnforio).</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>import {force}'s crimes into a workspace of their own (another WORKSPACE file name).</source>
      <translation>mewnforiwch droseddau {force} i fan gwaith eu hunain (enw ffeil WORKSPACE arall).</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>in each of the {n} areas this is within normal variation (not a significant change)</source>
      <translation>ym mhob un o'r {n} ardal mae hyn o fewn amrywiad arferol (nid yw'n newid arwyddocaol)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>is a folder, not a file ({what} was expected)</source>
      <translation>ffolder yw hwn, nid ffeil (disgwylid {what})</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>is a folder, not a message log file</source>
      <translation>ffolder yw hwn, nid ffeil log negeseuon</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>is a message log of an earlier release (a separate file)</source>
      <translation>log negeseuon o ryddhad cynharach yw hwn (ffeil ar wahân)</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>is not a message log (neither a workspace nor a message log of an earlier release)</source>
      <translation>nid yw'n log negeseuon (nid yw'n fan gwaith nac yn log negeseuon o ryddhad cynharach)</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>is not a message log (no messages and message_recipients tables)</source>
      <translation>nid yw'n log negeseuon (dim tablau messages a message_recipients)</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>is not a message log (not a GeoPackage / SQLite file)</source>
      <translation>nid yw'n log negeseuon (nid yw'n ffeil GeoPackage / SQLite)</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log_file.py" />
      <source>is not a message log (other kind of workspace)</source>
      <translation>nid yw'n log negeseuon (math arall o fan gwaith)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>is not a regular file ({what} was expected)</source>
      <translation>nid yw'n ffeil reolaidd (disgwylid {what})</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>its schema version (lpt_meta) is {version!r}</source>
      <translation>fersiwn ei sgema (lpt_meta) yw {version!r}</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>its schema version (lpt_meta) is {version!r}, not a number</source>
      <translation>fersiwn ei sgema (lpt_meta) yw {version!r}, nid rhif</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>its table {table} has no column {columns} (renamed or dropped)</source>
      <translation>nid oes colofn {columns} yn ei dabl {table} (wedi'i hailenwi neu ei gollwng)</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>its table {table} is missing</source>
      <translation>mae ei dabl {table} ar goll</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>key contact flag is not yes/no</source>
      <translation>nid yw'r faner cyswllt allweddol yn ie/na (yes/no)</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>key contacts are personal data and are written only when explicitly asked; nothing was written</source>
      <translation>mae cysylltiadau allweddol yn ddata personol ac fe'u hysgrifennir dim ond pan ofynnir yn benodol; ni ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>last period's crime count</source>
      <translation>nifer y troseddau yn y cyfnod diwethaf</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>last period's harm</source>
      <translation>niwed y cyfnod diwethaf</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>latitude is not a number</source>
      <translation>nid yw'r lledred yn rhif</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>latitude is outside Great Britain (49 to 61 degrees north; WGS84 expected)</source>
      <translation>mae'r lledred y tu allan i Brydain Fawr (49 i 61 gradd i'r gogledd; disgwylir WGS84)</translation>
    </message>
    <message>
      <location filename="../core/io/police_files.py" />
      <source>leave them out and give the *-street.csv files, or give the download as FOLDER (such files are skipped there).</source>
      <translation>gadewch nhw allan a rhowch y ffeiliau *-street.csv, neu rhowch y lawrlwythiad fel FOLDER (hepgorir ffeiliau o'r fath yno).</translation>
    </message>
    <message>
      <location filename="../core/io/places.py" />
      <source>line {line}: a place needs a name and match 'exact' or 'ends_with' (got {place!r}, {match!r})</source>
      <translation>llinell {line}: mae angen enw ar le a match 'exact' neu 'ends_with' (cafwyd {place!r}, {match!r})</translation>
    </message>
    <message>
      <location filename="../core/analyse/insight.py" />
      <source>list each type once.</source>
      <translation>rhestrwch bob math unwaith.</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>long table has a count column but no category column</source>
      <translation>mae gan y tabl hir golofn cyfrif ond dim colofn categori</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>longitude and latitude look swapped</source>
      <translation>mae'n ymddangos bod yr hydred a'r lledred wedi'u cyfnewid</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>longitude is not a number</source>
      <translation>nid yw'r hydred yn rhif</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>longitude is outside Great Britain (-9 to 2.5 degrees east; WGS84 expected)</source>
      <translation>mae'r hydred y tu allan i Brydain Fawr (-9 i 2.5 gradd i'r dwyrain; disgwylir WGS84)</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>loosen the criteria: fewer 'must' or 'exclude' sets, or more values or areas to include.</source>
      <translation>llaciwch y meini prawf: llai o setiau 'must' neu 'exclude', neu fwy o werthoedd neu ardaloedd i'w cynnwys.</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>make the file and its folder writable, or copy the workspace to a writable folder and give the copy as WORKSPACE.</source>
      <translation>gwnewch y ffeil a'i ffolder yn rhai y gellir ysgrifennu iddynt, neu copïwch y man gwaith i ffolder y gellir ysgrifennu iddo a rhowch y copi fel WORKSPACE.</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>map it, e.g. COLUMN_MAP 'area_code=geography code'.</source>
      <translation>mapiwch hi, e.e. COLUMN_MAP 'area_code=geography code'.</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>map it, e.g. COLUMN_MAP 'category=ethnic_group'.</source>
      <translation>mapiwch hi, e.e. COLUMN_MAP 'category=ethnic_group'.</translation>
    </message>
    <message>
      <location filename="../core/io/surveys.py" />
      <source>map them, e.g. COLUMN_MAP 'trust=Q1 Trust;confidence=Q2 Confidence'.</source>
      <translation>mapiwch nhw, e.e. COLUMN_MAP 'trust=Q1 Trust;confidence=Q2 Confidence'.</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>mean answer</source>
      <translation>ateb cymedrig</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>member id is blank</source>
      <translation>mae dynodydd yr aelod yn wag</translation>
    </message>
    <message>
      <location filename="../core/link/link.py" />
      <source>member id not in the member export</source>
      <translation>nid yw dynodydd yr aelod yn allforiad yr aelodau</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>message and report templates</source>
      <translation>templedi negeseuon ac adroddiadau</translation>
    </message>
    <message>
      <location filename="../core/io/replies.py" />
      <source>message id is blank</source>
      <translation>mae dynodydd y neges yn wag</translation>
    </message>
    <message>
      <location filename="../core/engage/message_templates.py" />
      <source>message language '{language}' is not en, cy or cy+en</source>
      <translation>nid yw iaith y neges '{language}' yn un o en, cy neu cy+en</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>message log not found</source>
      <translation>ni chafwyd hyd i'r log negeseuon</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>metadata file needs columns new_names and Variable_Name</source>
      <translation>mae angen y colofnau new_names a Variable_Name ar y ffeil metadata</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>month</source>
      <translation>mis</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>more than {n} lines open a quote that they do not close (the last at line {line})</source>
      <translation>mae mwy na {n} o linellau'n agor dyfynnod nad ydynt yn ei gau (yr olaf yn llinell {line})</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>n/a</source>
      <translation>amherthnasol</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>name it e.g. hull_workspace.gpkg.</source>
      <translation>enwch ef e.e. hull_workspace.gpkg.</translation>
    </message>
    <message>
      <location filename="../core/store/base.py" />
      <source>names are lower-case letters, digits and underscores.</source>
      <translation>llythrennau bach, digidau a thanlinellau yw enwau.</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>nearby areas</source>
      <translation>ardaloedd cyfagos</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>nearby streets</source>
      <translation>strydoedd cyfagos</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>night-time economy</source>
      <translation>economi’r nos</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>no</source>
      <translation>na</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>no area code column found (columns present: {columns})</source>
      <translation>ni chafwyd hyd i golofn cod ardal (colofnau sy'n bresennol: {columns})</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>no area given: key contacts are listed for chosen areas</source>
      <translation>ni roddwyd ardal: rhestrir cysylltiadau allweddol ar gyfer ardaloedd a ddewiswyd</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_places.py" />
      <source>no area has a confidence band: it needs survey answers to the confidence question from at least 5 members in each of 3 areas or more</source>
      <translation>nid oes gan unrhyw ardal fand hyder: mae angen atebion arolwg i'r cwestiwn hyder gan o leiaf 5 aelod ym mhob un o 3 ardal neu fwy</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate.py" />
      <source>no change beyond what comparable streets show</source>
      <translation>dim newid y tu hwnt i'r hyn a welir ar strydoedd tebyg</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>no clear difference</source>
      <translation>dim gwahaniaeth clir</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>no coordinates (positional quality 90)</source>
      <translation>dim cyfesurynnau (ansawdd lleoliadol 90)</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>no export folder given</source>
      <translation>ni roddwyd ffolder allforio</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>no features</source>
      <translation>dim nodweddion</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>no geometry</source>
      <translation>dim geometreg</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>no grid reference</source>
      <translation>dim cyfeirnod grid</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>no grid reference (0,0)</source>
      <translation>dim cyfeirnod grid (0,0)</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>no grid reference (osgrdind 9)</source>
      <translation>dim cyfeirnod grid (osgrdind 9)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>no input file given</source>
      <translation>ni roddwyd ffeil mewnbwn</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>no location (police.uk publishes some records without one)</source>
      <translation>dim lleoliad (mae police.uk yn cyhoeddi rhai cofnodion heb un)</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>no message log given</source>
      <translation>ni roddwyd log negeseuon</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_places.py" />
      <source>no postcode has a classification: the workspace holds no Output Area Classification for their areas</source>
      <translation>nid oes gan unrhyw god post ddosbarthiad: nid yw'r gweithle'n dal Dosbarthiad Ardaloedd Cynnyrch ar gyfer eu hardaloedd</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_places.py" />
      <source>no postcode has an IMD decile: the workspace holds no Indices of Deprivation for their LSOAs</source>
      <translation>nid oes gan unrhyw god post ddegradd IMD: nid yw'r gweithle'n dal Mynegeion Amddifadedd ar gyfer eu LSOAau</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>no postcode meets the criteria ({criteria})</source>
      <translation>nid oes cod post yn bodloni'r meini prawf ({criteria})</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>no priority streets to choose from</source>
      <translation>dim strydoedd blaenoriaeth i ddewis ohonynt</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>no property '{field}' (properties: {properties})</source>
      <translation>dim priodwedd '{field}' (priodweddau: {properties})</translation>
    </message>
    <message>
      <location filename="../core/analyse/priority.py" />
      <source>no street lies in the chosen areas or patch</source>
      <translation>nid oes unrhyw stryd yn yr ardaloedd neu'r ardal gyfrifoldeb a ddewiswyd</translation>
    </message>
    <message>
      <location filename="../core/link/link.py" />
      <source>no street within {distance:g} m</source>
      <translation>dim stryd o fewn {distance:g} m</translation>
    </message>
    <message>
      <location filename="../core/link/link.py" />
      <source>no street within {distance:g} m of the postcode</source>
      <translation>dim stryd o fewn {distance:g} m i'r cod post</translation>
    </message>
    <message>
      <location filename="../core/io/surveys.py" />
      <source>no trust, confidence or local priorities column found (columns present: {columns})</source>
      <translation>ni chafwyd hyd i golofn ymddiriedaeth, hyder na blaenoriaethau lleol (colofnau sy'n bresennol: {columns})</translation>
    </message>
    <message>
      <location filename="../core/analyse/coverage.py" />
      <source>no {what} data for {period} (the {what} layer has months {span})</source>
      <translation>dim data {what} ar gyfer {period} (mae gan yr haen {what} y misoedd {span})</translation>
    </message>
    <message>
      <location filename="../core/analyse/coverage.py" />
      <source>none</source>
      <translation>dim</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>none yet</source>
      <translation>dim eto</translation>
    </message>
    <message>
      <location filename="../core/io/postcodes.py" />
      <source>northing is not a number</source>
      <translation>nid yw'r gogleddiad yn rhif</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>not a GeoPackage ({what})</source>
      <translation>nid GeoPackage ({what})</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>not a GeoPackage GDAL can read ({error})</source>
      <translation>nid yw'n GeoPackage y gall GDAL ei ddarllen ({error})</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>not a UUID: the visit was not made by the package's form</source>
      <translation>nid yw'n UUID: ni chafodd yr ymweliad ei wneud gan ffurflen y pecyn</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>not a date (use YYYY-MM-DD or DD/MM/YYYY)</source>
      <translation>nid yw'n ddyddiad (defnyddiwch YYYY-MM-DD neu DD/MM/YYYY)</translation>
    </message>
    <message>
      <location filename="../core/io/validate.py" />
      <source>not a date ({hint})</source>
      <translation>nid yw'n ddyddiad ({hint})</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>not a date and time written year first (YYYY-MM-DDThh:mm:ss)</source>
      <translation>nid dyddiad ac amser wedi'u hysgrifennu gyda'r flwyddyn yn gyntaf (YYYY-MM-DDThh:mm:ss)</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>not a date written year first (YYYY-MM-DD)</source>
      <translation>nid dyddiad wedi'i ysgrifennu gyda'r flwyddyn yn gyntaf (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>not a file GDAL can open</source>
      <translation>nid ffeil y gall GDAL ei hagor</translation>
    </message>
    <message>
      <location filename="../core/io/validate.py" />
      <source>not a finite number</source>
      <translation>nid yw'n rhif meidraidd</translation>
    </message>
    <message>
      <location filename="../core/io/streets.py" />
      <source>not a line</source>
      <translation>nid yw'n llinell</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>not a month (police.uk uses YYYY-MM)</source>
      <translation>nid yw'n fis (mae police.uk yn defnyddio YYYY-MM)</translation>
    </message>
    <message>
      <location filename="../core/io/addresses.py" />
      <source>not a number</source>
      <translation>nid yw'n rhif</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>not a police.uk crime type</source>
      <translation>nid yw'n fath o drosedd police.uk</translation>
    </message>
    <message>
      <location filename="../core/io/areas.py" />
      <source>not a polygon</source>
      <translation>nid yw'n bolygon</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>not a postcode on set-up {setup_id}'s list</source>
      <translation>nid yw'n god post ar restr trefniant {setup_id}</translation>
    </message>
    <message>
      <location filename="../core/io/addresses.py" />
      <source>not a valid UK postcode</source>
      <translation>nid yw'n god post dilys yn y DU</translation>
    </message>
    <message>
      <location filename="../core/store/base.py" />
      <source>not a valid workspace table or column name: {name!r}</source>
      <translation>nid yw'n enw tabl neu golofn dilys yn y man gwaith: {name!r}</translation>
    </message>
    <message>
      <location filename="../core/io/addresses.py" />
      <source>not a whole number of addresses (0 or more)</source>
      <translation>nid yw'n nifer cyfan o gyfeiriadau (0 neu fwy)</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>not an LSOA code (E01... or W01...)</source>
      <translation>nid yw'n god LSOA (E01... neu W01...)</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>not an OA, LSOA, MSOA, ward or LAD code</source>
      <translation>nid yw'n god OA, LSOA, MSOA, ward neu LAD</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>not an Output Area (E00...) or LSOA (E01...) code</source>
      <translation>nid yw'n god Ardal Gynnyrch (E00...) neu LSOA (E01...)</translation>
    </message>
    <message>
      <location filename="../core/analyse/coverage.py" />
      <source>not comparable: {reasons}</source>
      <translation>dim modd cymharu: {reasons}</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate.py" />
      <source>not enough data to say</source>
      <translation>dim digon o ddata i ddweud</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>not in one of your areas: your role sees and records only the postcodes of your areas on set-up {setup_id}'s list, and this one is not among them (an analyst, or a supervisor of its area, can import this visit)</source>
      <translation>nid yw yn un o'ch ardaloedd: dim ond codau post eich ardaloedd ar restr trefniant {setup_id} y mae eich rôl yn eu gweld a'u cofnodi, ac nid yw hwn yn eu plith (gall dadansoddwr, neu oruchwyliwr ei ardal, fewnforio'r ymweliad hwn)</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>not installed</source>
      <translation>heb ei osod</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>not measurable</source>
      <translation>dim modd ei fesur</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>not one of the outcomes: {outcomes}</source>
      <translation>nid yw'n un o'r canlyniadau: {outcomes}</translation>
    </message>
    <message>
      <location filename="../core/report/progress_html.py" />
      <source>not shown (fewer than the threshold answered: {n})</source>
      <translation>ni ddangosir (atebodd llai na'r trothwy: {n})</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>not tested (several areas)</source>
      <translation>heb ei brofi (sawl ardal)</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>offence category is blank</source>
      <translation>mae categori'r drosedd yn wag</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>offence date</source>
      <translation>dyddiad y drosedd</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>open</source>
      <translation>agored</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>open it in its program and save or export it as CSV (UTF-8); police.uk's zip is unzipped first.</source>
      <translation>agorwch hi yn ei rhaglen a'i chadw neu ei hallforio fel CSV (UTF-8); caiff zip police.uk ei ddadsipio yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>open space</source>
      <translation>man agored</translation>
    </message>
    <message>
      <location filename="../core/engage/audit.py" />
      <source>open the workspace with this version of the plugin (it is migrated on opening).</source>
      <translation>agorwch y man gwaith gyda'r fersiwn hon o'r ategyn (caiff ei fudo wrth ei agor).</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>opt-out date is before the registration date</source>
      <translation>mae'r dyddiad optio allan cyn y dyddiad cofrestru</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>other</source>
      <translation>arall</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>other crime</source>
      <translation>troseddau eraill</translation>
    </message>
    <message>
      <location filename="../core/io/visits.py" />
      <source>outcome 'registered' without the member id</source>
      <translation>canlyniad 'registered' heb ddynodydd yr aelod</translation>
    </message>
    <message>
      <location filename="../core/io/visits.py" />
      <source>outcome is not one of: {outcomes}</source>
      <translation>nid yw'r canlyniad yn un o: {outcomes}</translation>
    </message>
    <message>
      <location filename="../core/link/link.py" />
      <source>outside all areas</source>
      <translation>y tu allan i bob ardal</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>p</source>
      <translation>p</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>parking</source>
      <translation>parcio</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>per street per month</source>
      <translation>fesul stryd y mis</translation>
    </message>
    <message>
      <location filename="../core/analyse/insight.py" />
      <source>period month '{month}' is not YYYY-MM</source>
      <translation>nid yw mis y cyfnod '{month}' ar ffurf YYYY-MM</translation>
    </message>
    <message>
      <location filename="../core/analyse/insight.py" />
      <source>period starts ({start}) after it ends ({end})</source>
      <translation>mae'r cyfnod yn dechrau ({start}) ar ôl iddo ddod i ben ({end})</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>permission denied: this account may not read the file</source>
      <translation>gwrthodwyd caniatâd: ni chaiff y cyfrif hwn ddarllen y ffeil</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>phone number or email removed</source>
      <translation>tynnwyd rhif ffôn neu e-bost</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>phone number or email removed; formula neutralised</source>
      <translation>tynnwyd rhif ffôn neu e-bost; fformiwla wedi'i niwtraleiddio</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>pick a value from that list.</source>
      <translation>dewiswch werth o'r rhestr honno.</translation>
    </message>
    <message>
      <location filename="../core/io/places.py" />
      <source>place names</source>
      <translation>enwau lleoedd</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>point (x, y) falls outside Great Britain in {crs}</source>
      <translation>mae'r pwynt (x, y) y tu allan i Brydain Fawr yn {crs}</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>police premises</source>
      <translation>adeilad yr heddlu</translation>
    </message>
    <message>
      <location filename="../core/link/link.py" />
      <source>postcode centroid outside all areas</source>
      <translation>canolbwynt y cod post y tu allan i bob ardal</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>postcode is blank</source>
      <translation>mae'r cod post yn wag</translation>
    </message>
    <message>
      <location filename="../core/link/link.py" />
      <source>postcode not in the postcode lookup</source>
      <translation>nid yw'r cod post yn y tabl chwilio codau post</translation>
    </message>
    <message>
      <location filename="../core/analyse/coverage.py" />
      <source>previous period has data for {n} of {total} month(s) (missing {gaps})</source>
      <translation>mae gan y cyfnod blaenorol ddata ar gyfer {n} o {total} mis (ar goll: {gaps})</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>priority categories</source>
      <translation>categorïau blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>public order</source>
      <translation>trefn gyhoeddus</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>public order offences</source>
      <translation>troseddau trefn gyhoeddus</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>q &lt; 0.001</source>
      <translation>q &lt; 0.001</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>q = {q:.3f}</source>
      <translation>q = {q:.3f}</translation>
    </message>
    <message>
      <location filename="../core/engage/audit.py" />
      <source>record what was asked and where it went, never who is in the export.</source>
      <translation>cofnodwch beth y gofynnwyd amdano ac i ble yr aeth, byth pwy sydd yn yr allforiad.</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>recorded {distance:,.0f} m from its postcode {postcode} (more than {limit:,.0f} m): the point was moved or the postcode is wrong</source>
      <translation>wedi'i gofnodi {distance:,.0f} m o'i god post {postcode} (mwy na {limit:,.0f} m): symudwyd y pwynt neu mae'r cod post yn anghywir</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>registered</source>
      <translation>wedi cofrestru</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>registration date</source>
      <translation>dyddiad cofrestru</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>registration date is blank</source>
      <translation>mae'r dyddiad cofrestru yn wag</translation>
    </message>
    <message>
      <location filename="../core/link/cache.py" />
      <source>relinked (streets, areas, postcodes or distance changed)</source>
      <translation>wedi'i ailgysylltu (newidiodd y strydoedd, yr ardaloedd, y codau post neu'r pellter)</translation>
    </message>
    <message>
      <location filename="../core/io/columns.py" />
      <source>rename the column or map it, e.g. COLUMN_MAP '{key}=&lt;your column name&gt;'.</source>
      <translation>ailenwch y golofn neu ei mapio, e.e. COLUMN_MAP '{key}=&lt;your column name&gt;'.</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>rename the workspace (or name a new one) with a file name of at most {most} bytes.</source>
      <translation>ailenwch y man gwaith (neu enwch un newydd) gydag enw ffeil o {most} beit ar y mwyaf.</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>replace each with the real text (or remove it), then export.</source>
      <translation>rhowch y testun go iawn yn lle pob dalfan (neu dilëwch y ddalfan), yna allforiwch.</translation>
    </message>
    <message>
      <location filename="../core/io/replies.py" />
      <source>reply time</source>
      <translation>amser yr ateb</translation>
    </message>
    <message>
      <location filename="../core/io/columns.py" />
      <source>required column '{key}' not found (accepted names: {names}; columns present: {columns})</source>
      <translation>ni chafwyd hyd i'r golofn ofynnol '{key}' (enwau a dderbynnir: {names}; colofnau sy'n bresennol: {columns})</translation>
    </message>
    <message>
      <location filename="../core/io/surveys.py" />
      <source>response id is blank</source>
      <translation>mae dynodydd yr ymateb yn wag</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>restore the schema from a backup, or run lpt:setupdatabase.</source>
      <translation>adferwch y sgema o gopi wrth gefn, neu rhedwch lpt:setupdatabase.</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>restore the workspace from a backup (or undo the change with the tool that made it); a new workspace is made by importing into a new file name.</source>
      <translation>adferwch y man gwaith o gopi wrth gefn (neu dadwnewch y newid gyda'r offeryn a'i gwnaeth); caiff man gwaith newydd ei greu drwy fewnforio i enw ffeil newydd.</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>restore the workspace from a backup, or copy what can still be read into a new file with `sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg` and check it before using it.</source>
      <translation>adferwch y man gwaith o gopi wrth gefn, neu copïwch yr hyn y gellir ei ddarllen o hyd i ffeil newydd gyda `sqlite3 damaged.gpkg .recover | sqlite3 recovered.gpkg` a'i gwirio cyn ei defnyddio.</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>retail</source>
      <translation>manwerthu</translation>
    </message>
    <message>
      <location filename="../core/io/streets.py" />
      <source>road class excluded (remove it from the excluded classes to keep it)</source>
      <translation>dosbarth ffordd wedi'i eithrio (tynnwch ef o'r dosbarthiadau a eithrir i'w gadw)</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>robbery</source>
      <translation>lladrad</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate.py" />
      <source>rose more than on comparable streets</source>
      <translation>wedi cynyddu mwy nag ar strydoedd tebyg</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>row has more fields than the header ({n})</source>
      <translation>mae gan y rhes fwy o feysydd na'r pennawd ({n})</translation>
    </message>
    <message>
      <location filename="../core/analyse/insight.py" />
      <source>row {row}, column weight: '{value}' for '{crime_type}' is not a number from 0 to {limit:,.0f}</source>
      <translation>rhes {row}, colofn weight: nid yw '{value}' ar gyfer '{crime_type}' yn rhif rhwng 0 a {limit:,.0f}</translation>
    </message>
    <message>
      <location filename="../core/io/addresses.py" />
      <source>row {row}, column {column}: {reason} ({n:,} rows rejected)</source>
      <translation>rhes {row}, colofn {column}: {reason} (gwrthodwyd {n:,} o resi)</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_map.py" />
      <source>row {row}: level '{level}' is not one of {levels}</source>
      <translation>rhes {row}: nid yw'r lefel '{level}' yn un o {levels}</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>rows of the audit and the message log are only ever added.</source>
      <translation>dim ond ychwanegu a wneir byth at resi'r archwiliad a'r log negeseuon.</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>rule {rule}: cannot evaluate '{condition}' ({error})</source>
      <translation>rheol {rule}: ni ellir gwerthuso '{condition}' ({error})</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>rule {rule}: {problem}</source>
      <translation>rheol {rule}: {problem}</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>run Priority streets and give its layer.</source>
      <translation>rhedwch Strydoedd blaenoriaeth a rhowch ei haen.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>run Priority streets on this workspace and give its layer.</source>
      <translation>rhedwch Strydoedd blaenoriaeth ar y gweithle hwn a rhowch ei haen.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>run again when the other import or analysis on this workspace has finished.</source>
      <translation>rhedwch eto pan fydd y mewnforio neu'r dadansoddiad arall ar y man gwaith hwn wedi gorffen.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_conn.py" />
      <source>run it from QGIS or qgis_process, or name the connection as service=NAME (pg_service.conf).</source>
      <translation>rhedwch ef o QGIS neu qgis_process, neu enwch y cysylltiad fel service=NAME (pg_service.conf).</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_setup.py" />
      <source>run lpt:setupdatabase as the database administrator (CREATEROLE), or without SECURITY to create the tables only.</source>
      <translation>rhedwch lpt:setupdatabase fel gweinyddwr y gronfa ddata (CREATEROLE), neu heb SECURITY i greu'r tablau yn unig.</translation>
    </message>
    <message>
      <location filename="../core/link/cache.py" />
      <source>run the algorithm again: the links are computed afresh.</source>
      <translation>rhedwch yr algorithm eto: caiff y cysylltiadau eu cyfrifo o'r newydd.</translation>
    </message>
    <message>
      <location filename="../core/spatial.py" />
      <source>run: python3 -m pip install --user 'shapely&gt;=2' (see README, Installation).</source>
      <translation>rhedwch: python3 -m pip install --user 'shapely&gt;=2' (gweler README, Installation).</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>save it as UTF-8 (in Excel: CSV UTF-8).</source>
      <translation>cadwch hi fel UTF-8 (yn Excel: CSV UTF-8).</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>save the file as UTF-8 (in Excel: CSV UTF-8), or choose its encoding.</source>
      <translation>cadwch y ffeil fel UTF-8 (yn Excel: CSV UTF-8), neu dewiswch ei hamgodiad.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_conn.py" />
      <source>save the password in pg_service.conf / ~/.pgpass or in QGIS's authentication configuration and name the connection only (service=NAME, or the QGIS connection's name).</source>
      <translation>cadwch y cyfrinair yn pg_service.conf / ~/.pgpass neu yn ffurfweddiad dilysu QGIS ac enwch y cysylltiad yn unig (service=NAME, neu enw'r cysylltiad QGIS).</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>set the delimiter to '{other}' or 'auto'.</source>
      <translation>gosodwch yr amffinydd i '{other}' neu 'auto'.</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>set {confirm}=true to confirm that you need this list for your role.</source>
      <translation>gosodwch {confirm}=true i gadarnhau bod angen y rhestr hon arnoch ar gyfer eich rôl.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>set-up criteria can be on {fields}, not {bad}</source>
      <translation>gall meini prawf trefniant fod ar {fields}, nid {bad}</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>set-up source {source!r} is not one of {sources}</source>
      <translation>nid yw ffynhonnell trefniant {source!r} yn un o {sources}</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>set-up {setup_id} ({name}) was not archived: your role may read it but not change it (it reaches areas that are not yours)</source>
      <translation>ni archifwyd trefniant {setup_id} ({name}): gall eich rôl ei ddarllen ond nid ei newid (mae'n cyrraedd ardaloedd nad ydynt yn eiddo i chi)</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_list.py" />
      <source>set-up {setup_id} is {status}: its list is kept for reports but not sent out again</source>
      <translation>statws trefniant {setup_id} yw {status}: cedwir ei restr ar gyfer adroddiadau ond ni chaiff ei hanfon allan eto</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>setup_id is blank</source>
      <translation>mae setup_id yn wag</translation>
    </message>
    <message>
      <location filename="../core/spatial.py" />
      <source>shapely {version} is installed; Local Priority Targeting needs 2.0 or newer</source>
      <translation>mae shapely {version} wedi'i osod; mae angen 2.0 neu fwy diweddar ar Local Priority Targeting</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>shoplifting</source>
      <translation>dwyn o siopau</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>speeding</source>
      <translation>goryrru</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>starts with {char!r}, which a spreadsheet would run as a formula: give the officer's name or number</source>
      <translation>mae'n dechrau â {char!r}, y byddai taenlen yn ei redeg fel fformiwla: rhowch enw neu rif y swyddog</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>statistics and spatial search</source>
      <translation>ystadegau a chwilio gofodol</translation>
    </message>
    <message>
      <location filename="../core/link/cache.py" />
      <source>stored links used</source>
      <translation>defnyddiwyd y cysylltiadau a storiwyd</translation>
    </message>
    <message>
      <location filename="../core/io/streets.py" />
      <source>street has no name</source>
      <translation>nid oes enw ar y stryd</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>subgroup is not like '6b3' within its group</source>
      <translation>nid yw'r is-grŵp yn debyg i '6b3' o fewn ei grŵp</translation>
    </message>
    <message>
      <location filename="../core/io/surveys.py" />
      <source>submitted date</source>
      <translation>dyddiad cyflwyno</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>supergroup is not 1-8</source>
      <translation>nid yw'r uwchgrŵp yn 1-8</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>superseded by a newer record of the same member ({file} row {row})</source>
      <translation>wedi'i ddisodli gan gofnod mwy diweddar o'r un aelod ({file} rhes {row})</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>survey responses from its postcodes</source>
      <translation>ymatebion i arolygon o'i godau post</translation>
    </message>
    <message>
      <location filename="../core/analyse/insight.py" />
      <source>swap start and end.</source>
      <translation>cyfnewidiwch y dechrau a'r diwedd.</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>tables</source>
      <translation>tablau</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_units.py" />
      <source>the Census table is by {level} but the postcodes carry no {level} code</source>
      <translation>mae tabl y Cyfrifiad fesul {level} ond nid oes gan y codau post god {level}</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the GeoPackage is cut short or damaged: the file holds {size:,} bytes, not the {want:,} its header says (it was not copied or sent whole)</source>
      <translation>mae'r GeoPackage wedi'i dorri'n fyr neu wedi'i ddifrodi: mae'r ffeil yn dal {size:,} beit, nid y {want:,} y mae ei phennyn yn ei ddweud (ni chafodd ei chopïo na'i hanfon yn gyfan)</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the GeoPackage is damaged (SQLite: {error})</source>
      <translation>mae'r GeoPackage wedi'i ddifrodi (SQLite: {error})</translation>
    </message>
    <message>
      <location filename="../core/link/inputs.py" />
      <source>the LSOA 2021 layer has no lsoa21_code / LSOA21CD / area_code field</source>
      <translation>nid oes maes lsoa21_code / LSOA21CD / area_code yn yr haen LSOA 2021</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_units.py" />
      <source>the LSOA 2021 polygons are needed for a profile by LSOA</source>
      <translation>mae angen polygonau LSOA 2021 ar gyfer proffil fesul LSOA</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>the change is significant (after adjusting for the number of areas compared) in {k} of the {n} areas: {names}</source>
      <translation>mae'r newid yn arwyddocaol (ar ôl addasu ar gyfer nifer yr ardaloedd a gymharwyd) mewn {k} o'r {n} ardal: {names}</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>the condition tests no field</source>
      <translation>nid yw'r amod yn profi unrhyw faes</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>the connection to the workspace database was lost; the server rolled back what this run was writing, so nothing was written to the workspace and no table is half written</source>
      <translation>collwyd y cysylltiad â chronfa ddata'r man gwaith; dadwnaeth y gweinydd yr hyn yr oedd y rhediad hwn yn ei ysgrifennu, felly ni ysgrifennwyd dim i'r man gwaith ac nid oes unrhyw dabl wedi'i hanner ysgrifennu</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>the constant {value} is not allowed</source>
      <translation>ni chaniateir y cysonyn {value}</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>the crime count over all months so far</source>
      <translation>nifer y troseddau dros bob mis hyd yma</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>the crime data does not fully cover both periods</source>
      <translation>nid yw'r data troseddau yn cwmpasu'r ddau gyfnod yn llawn</translation>
    </message>
    <message>
      <location filename="../core/link/inputs.py" />
      <source>the crime layer has no 'month' field</source>
      <translation>nid oes maes 'month' yn yr haen troseddau</translation>
    </message>
    <message>
      <location filename="../core/link/inputs.py" />
      <source>the crime layer has no crime_type or category field</source>
      <translation>nid oes maes crime_type na category yn yr haen troseddau</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>the crime-risk ranking</source>
      <translation>y drefn restrol risg troseddu</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>the crimes name {n} forces ({counts} rows, from 'Falls within'): a workspace holds one force's crimes; nothing was written to the workspace</source>
      <translation>mae'r troseddau'n enwi {n} heddlu ({counts} rhes, o 'Falls within'): mae man gwaith yn cynnwys troseddau un heddlu; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>the database has no PostGIS extension</source>
      <translation>nid oes estyniad PostGIS yn y gronfa ddata</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>the database has no workspace (schema lpt)</source>
      <translation>nid oes man gwaith yn y gronfa ddata (schema lpt)</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>the database refused the login</source>
      <translation>gwrthododd y gronfa ddata y mewngofnodi</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>the database schema lpt is not a Local Priority Targeting workspace</source>
      <translation>nid yw sgema lpt y gronfa ddata yn fan gwaith Local Priority Targeting</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the disk holding the workspace is full; the write was rolled back and nothing was written to the workspace</source>
      <translation>mae'r ddisg sy'n dal y man gwaith yn llawn; dadwnaed yr ysgrifennu ac ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>the export folder is a file</source>
      <translation>ffeil yw'r ffolder allforio</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the file has no header and no data</source>
      <translation>nid oes pennawd na data yn y ffeil</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the file is empty (0 bytes)</source>
      <translation>mae'r ffeil yn wag (0 beit)</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>the file is not a Local Priority Targeting workspace: it is not a GeoPackage, or its first page is damaged; nothing was written to the workspace</source>
      <translation>nid yw'r ffeil yn fan gwaith Local Priority Targeting: nid yw'n GeoPackage, neu mae ei thudalen gyntaf wedi'i difrodi; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the file is {what}, not CSV text; nothing was read</source>
      <translation>mae'r ffeil yn {what}, nid testun CSV; ni ddarllenwyd dim</translation>
    </message>
    <message>
      <location filename="../core/io/declared_crs.py" />
      <source>the file names the coordinate reference system '{crs}', which is not known, so its coordinates cannot be placed</source>
      <translation>mae'r ffeil yn enwi'r system cyfeirnodau cyfesurynnau '{crs}', nad yw'n hysbys, felly ni ellir lleoli ei chyfesurynnau</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the first line 'sep={sep}' declares the {given} delimiter, but the header line does not split on it; it does on {other}</source>
      <translation>mae'r llinell gyntaf 'sep={sep}' yn datgan y gwahanydd {given}, ond nid yw llinell y pennawd yn hollti arno; mae'n hollti ar {other}</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the first line is longer than {n:,} characters</source>
      <translation>mae'r llinell gyntaf yn hwy na {n:,} nod</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the folder holds no .csv files</source>
      <translation>nid oes ffeiliau .csv yn y ffolder</translation>
    </message>
    <message>
      <location filename="../core/io/police_files.py" />
      <source>the folder holds no .csv files, in it or in its sub-folders</source>
      <translation>nid oes ffeiliau .csv yn y ffolder, nac yn ei is-ffolderi</translation>
    </message>
    <message>
      <location filename="../core/io/police_files.py" />
      <source>the folder holds no street-level crime CSV files (skipped: {names})</source>
      <translation>nid oes ffeiliau CSV troseddau ar lefel stryd yn y ffolder (hepgorwyd: {names})</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>the folder of the message log does not exist</source>
      <translation>nid yw ffolder y log negeseuon yn bodoli</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>the folder of the workspace does not exist</source>
      <translation>nid yw ffolder y man gwaith yn bodoli</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>the folder that should hold the export folder does not exist</source>
      <translation>nid yw'r ffolder a ddylai gynnwys y ffolder allforio yn bodoli</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the header has {n:,} columns (at most {most:,} are read)</source>
      <translation>mae gan y pennawd {n:,} colofn (darllenir {most:,} ar y mwyaf)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the header line is not valid {encoding} text</source>
      <translation>nid yw'r llinell bennawd yn destun {encoding} dilys</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the header repeats column name(s) {names}</source>
      <translation>mae'r pennawd yn ailadrodd enw(au) colofn {names}</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>the import accepted no rows for the {table} table</source>
      <translation>ni dderbyniodd y mewnforio unrhyw resi ar gyfer y tabl {table}</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>the import accepted {n:,} rows for the {table} table</source>
      <translation>derbyniodd y mewnforio {n:,} o resi ar gyfer y tabl {table}</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>the import accepted {n:,} rows for the {table} table, far fewer than the rows it would replace ({detail})</source>
      <translation>derbyniodd y mewnforio {n:,} o resi ar gyfer y tabl {table}, llawer llai na'r rhesi y byddai'n eu disodli ({detail})</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>the import accepted {n:,} rows; the workspace's {table} table holds {held:,}{last}, and storing it would replace them</source>
      <translation>derbyniodd y mewnforio {n:,} o resi; mae tabl {table} y man gwaith yn cynnwys {held:,}{last}, a byddai ei storio yn eu disodli</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>the key contacts were not written: the export could not be recorded in the workspace's audit ({error})</source>
      <translation>ni ysgrifennwyd y cysylltiadau allweddol: nid oedd modd cofnodi'r allforiad yng nghofnod archwilio'r man gwaith ({error})</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the lines after it, which hold records of their own</source>
      <translation>y llinellau ar ei hôl, sy'n cynnwys eu cofnodion eu hunain</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the lpt_package table cannot be read ({error})</source>
      <translation>ni ellir darllen y tabl lpt_package ({error})</translation>
    </message>
    <message>
      <location filename="../core/engage/message_log.py" />
      <source>the message is blocked by its guards: {why}</source>
      <translation>mae'r neges wedi'i rhwystro gan ei mesurau diogelu: {why}</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>the message still has {n} placeholder(s) to fill in: {left}</source>
      <translation>mae gan y neges {n} dalfan i'w llenwi o hyd: {left}</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the package's lpt_package table names no set-up (its setup_id is blank or missing)</source>
      <translation>nid yw tabl lpt_package y pecyn yn enwi trefniant (mae ei setup_id yn wag neu ar goll)</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>the patch (in {areas})</source>
      <translation>yr ardal gyfrifoldeb (yn {areas})</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>the patch does not overlap any of the areas</source>
      <translation>nid yw'r ardal gyfrifoldeb yn gorgyffwrdd ag unrhyw un o'r ardaloedd</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_forecast.py" />
      <source>the period</source>
      <translation>y cyfnod</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>the postcode's point was moved on the phone (ignored: the stored list is kept)</source>
      <translation>symudwyd pwynt y cod post ar y ffôn (anwybyddwyd: cedwir y rhestr sydd wedi'i storio)</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>the previous period</source>
      <translation>y cyfnod blaenorol</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>the priority ranking</source>
      <translation>y drefn restrol blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the quoting cannot be read past line {line}</source>
      <translation>ni ellir darllen y dyfynnu y tu hwnt i linell {line}</translation>
    </message>
    <message>
      <location filename="../core/io/replies.py" />
      <source>the reply ({time}) is dated before its message was created ({created})</source>
      <translation>mae'r ateb ({time}) wedi'i ddyddio cyn creu ei neges ({created})</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the returned visit list was not found</source>
      <translation>ni chafwyd hyd i'r rhestr ymweliadau a ddychwelwyd</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>the same as {before:,} in {previous}</source>
      <translation>yr un fath â {before:,} yn ystod {previous}</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>the set-up ends ({end}) before it starts ({start})</source>
      <translation>mae'r trefniant yn gorffen ({end}) cyn iddo ddechrau ({start})</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>the set-up has no postcode to visit</source>
      <translation>nid oes gan y trefniant god post i ymweld ag ef</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_units.py" />
      <source>the team-area layer has no field '{field}'</source>
      <translation>nid oes gan haen ardaloedd y timau faes '{field}'</translation>
    </message>
    <message>
      <location filename="../core/analyse/trends.py" />
      <source>the two periods overlap ({first} and {second}): the months in both would be compared with themselves</source>
      <translation>mae'r ddau gyfnod yn gorgyffwrdd ({first} a {second}): byddai'r misoedd sydd yn y ddau yn cael eu cymharu â nhw eu hunain</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>the visit has no location</source>
      <translation>nid oes gan yr ymweliad leoliad</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the visit list cannot be read ({error})</source>
      <translation>ni ellir darllen y rhestr ymweliadau ({error})</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the visit list has no visits layer</source>
      <translation>nid oes haen ymweliadau yn y rhestr ymweliadau</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the visits layer lacks the column(s) {missing} (it has {have})</source>
      <translation>nid oes gan yr haen ymweliadau y golofn/colofnau {missing} (mae ganddi {have})</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>the visits table cannot be read ({error})</source>
      <translation>ni ellir darllen y tabl ymweliadau ({error})</translation>
    </message>
    <message>
      <location filename="../core/io/surveys.py" />
      <source>the wave ({wave}) does not match the submitted date ({date}): a response is submitted within its wave's quarter or the quarter after</source>
      <translation>nid yw'r don ({wave}) yn cyfateb i'r dyddiad cyflwyno ({date}): cyflwynir ymateb o fewn chwarter ei don neu'r chwarter wedyn</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the workspace cannot be opened for writing (SQLite: {error}); nothing was written to the workspace</source>
      <translation>ni ellir agor y man gwaith i ysgrifennu (SQLite: {error}); ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the workspace cannot be written: the file, its folder or its disk is read-only; nothing was written to the workspace</source>
      <translation>ni ellir ysgrifennu i'r man gwaith: mae'r ffeil, ei ffolder neu ei disg yn ddarllen-yn-unig; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_conn.py" />
      <source>the workspace connection cannot be read ({kind})</source>
      <translation>ni ellir darllen cysylltiad y man gwaith ({kind})</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_conn.py" />
      <source>the workspace connection carries a password: passwords are never typed into a parameter</source>
      <translation>mae cysylltiad y man gwaith yn cynnwys cyfrinair: ni chaiff cyfrineiriau byth eu teipio i baramedr</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the workspace could not be read or written ({kind}: {error}); nothing was written to the workspace</source>
      <translation>ni ellid darllen na ysgrifennu'r man gwaith ({kind}: {error}); ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>the workspace database refused the operation ({kind}: {error}); nothing was written to the workspace</source>
      <translation>gwrthododd cronfa ddata'r man gwaith y weithred ({kind}: {error}); ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>the workspace does not exist</source>
      <translation>nid yw'r man gwaith yn bodoli</translation>
    </message>
    <message>
      <location filename="../core/engage/audit.py" />
      <source>the workspace has no audit table (lpt_audit)</source>
      <translation>nid oes gan y man gwaith dabl archwilio (lpt_audit)</translation>
    </message>
    <message>
      <location filename="../core/engage/audience_data.py" />
      <source>the workspace has no members (its members table is empty)</source>
      <translation>nid oes gan y man gwaith aelodau (mae ei dabl aelodau yn wag)</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>the workspace has no set-up {setup_id!r} (set-ups: {known})</source>
      <translation>nid oes gan y man gwaith drefniant {setup_id!r} (trefniannau: {known})</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>the workspace has no table {table}</source>
      <translation>nid oes tabl {table} yn y man gwaith</translation>
    </message>
    <message>
      <location filename="../core/engage/audience_data.py" />
      <source>the workspace has no {tables} yet</source>
      <translation>nid oes gan y man gwaith {tables} eto</translation>
    </message>
    <message>
      <location filename="../core/link/stored.py" />
      <source>the workspace has no {table} yet</source>
      <translation>nid oes {table} yn y man gwaith eto</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>the workspace holds no contact fields (name, email, phone): members were imported without them. To list them, import the member export again into the workspace with 'Keep contact fields' (INCLUDE_CONTACTS=true) in Import alert-platform members.</source>
      <translation>nid oes meysydd cyswllt (enw, e-bost, ffôn) yn y man gwaith: mewnforiwyd yr aelodau hebddynt. I'w rhestru, mewnforiwch allforiad yr aelodau eto i'r man gwaith gyda 'Cadw meysydd cyswllt' (INCLUDE_CONTACTS=true) yn Mewnforio aelodau'r platfform rhybuddion.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>the workspace is busy with another run (waited {seconds:g} s for it to finish); nothing was written to the workspace</source>
      <translation>mae'r man gwaith yn brysur gyda rhediad arall (arhoswyd {seconds:g} e iddo orffen); ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the workspace is damaged ({detail}); nothing was written to the workspace</source>
      <translation>mae'r man gwaith wedi'i ddifrodi ({detail}); ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the workspace is locked by another program (waited {seconds:g} s for it to be released); nothing was written to the workspace</source>
      <translation>mae'r man gwaith wedi'i gloi gan raglen arall (arhoswyd {seconds:g} e iddo gael ei ryddhau); ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>the workspace is not a file</source>
      <translation>nid yw'r man gwaith yn ffeil</translation>
    </message>
    <message>
      <location filename="../core/engage/audience_data.py" />
      <source>the workspace table {table} has no column {columns}</source>
      <translation>nid oes gan dabl {table} y man gwaith golofn {columns}</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>the workspace table {table} has no column {column}</source>
      <translation>nid oes colofn {column} yn nhabl {table} y man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>the workspace table {table} is never deleted or replaced</source>
      <translation>ni chaiff tabl {table} y man gwaith byth ei ddileu na'i ddisodli</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>the workspace table {table}'s column {column} holds whole numbers; {value!r} is not one</source>
      <translation>mae colofn {column} tabl {table} y man gwaith yn cynnwys rhifau cyfan; nid yw {value!r} yn un</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>the workspace was made by a newer release (schema {version}, this release reads up to {reads})</source>
      <translation>gwnaed y man gwaith gan ryddhad mwy diweddar (sgema {version}, mae'r rhyddhad hwn yn darllen hyd at {reads})</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>the workspace's crimes name {n} forces ({forces}): an analysis of it would compare them as one</source>
      <translation>mae troseddau'r man gwaith yn enwi {n} heddlu ({forces}): byddai dadansoddiad ohono yn eu cymharu fel un</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the workspace's disk could not be written or read ({detail}: the disk may be full or failing, removed, or a file size limit reached); the write was rolled back and nothing was written to the workspace</source>
      <translation>ni ellid ysgrifennu i ddisg y man gwaith na'i darllen ({detail}: efallai fod y ddisg yn llawn neu'n methu, wedi'i thynnu, neu fod terfyn maint ffeil wedi'i gyrraedd); dadwnaed yr ysgrifennu ac ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the workspace's file name is too long to work with: SQLite writes a journal file named after it with {journal} more characters, and this folder allows file names of at most {limit} bytes; nothing was written to the workspace</source>
      <translation>mae enw ffeil y man gwaith yn rhy hir i weithio gydag ef: mae SQLite yn ysgrifennu ffeil dyddlyfr wedi'i henwi ar ei ôl gyda {journal} nod ychwanegol, ac mae'r ffolder hwn yn caniatáu enwau ffeil o {limit} beit ar y mwyaf; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_setup.py" />
      <source>the workspace's roles and row-level security are set up by a role that may create roles</source>
      <translation>caiff rolau a diogelwch ar lefel rhes y man gwaith eu gosod gan rôl sy'n cael creu rolau</translation>
    </message>
    <message>
      <location filename="../core/link/cache.py" />
      <source>the workspace's stored crime links were incomplete; they have been reset</source>
      <translation>roedd cysylltiadau troseddau a storiwyd yn y man gwaith yn anghyflawn; maent wedi'u hailosod</translation>
    </message>
    <message>
      <location filename="../core/store/faults.py" />
      <source>the workspace's structure was altered outside the plugin: {detail}; nothing was written to the workspace</source>
      <translation>newidiwyd strwythur y man gwaith y tu allan i'r ategyn: {detail}; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>the workspace's structure was altered outside the plugin: {error}; nothing was written to the workspace</source>
      <translation>newidiwyd strwythur y man gwaith y tu allan i'r ategyn: {error}; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/io/plausible.py" />
      <source>the world</source>
      <translation>y byd</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>the {label} file cannot be read as CSV ({error})</source>
      <translation>ni ellir darllen y ffeil {label} fel CSV ({error})</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>the {label} file does not exist</source>
      <translation>nid yw'r ffeil {label} yn bodoli</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>the {label} file has no column {missing} (columns: {columns})</source>
      <translation>nid oes colofn {missing} yn y ffeil {label} (colofnau: {columns})</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>the {label} file is binary, not text</source>
      <translation>mae'r ffeil {label} yn ddeuaidd, nid yn destun</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>the {label} file is empty ({size:,} bytes)</source>
      <translation>mae'r ffeil {label} yn wag ({size:,} beit)</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>the {label} file is not UTF-8 text (line {line}, byte {byte})</source>
      <translation>nid yw'r ffeil {label} yn destun UTF-8 (llinell {line}, beit {byte})</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>the {label} file is too large ({size:,} bytes)</source>
      <translation>mae'r ffeil {label} yn rhy fawr ({size:,} beit)</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>the {n:,} line(s) after it, which hold records of their own</source>
      <translation>y {n:,} llinell ar ei hôl, sy'n cynnwys eu cofnodion eu hunain</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>theft</source>
      <translation>dwyn</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>theft from the person</source>
      <translation>dwyn oddi ar y person</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>these crimes are a {source} file, and the workspace holds {held} crimes: the two count and place crimes differently and are never mixed; nothing was written to the workspace</source>
      <translation>mae'r troseddau hyn yn ffeil {source}, ac mae'r man gwaith yn cynnwys troseddau {held}: mae'r ddwy yn cyfrif ac yn lleoli troseddau'n wahanol ac ni chânt byth eu cymysgu; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>these crimes are {force}'s, and the workspace holds {held}'s: months of two forces are never stored or compared as one; nothing was written to the workspace</source>
      <translation>troseddau {force} yw'r rhain, ac mae'r man gwaith yn cynnwys rhai {held}: ni chaiff misoedd dau heddlu byth eu storio na'u cymharu fel un; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>this GeoPackage is not a visit list made by the plugin (no lpt_package table)</source>
      <translation>nid yw'r GeoPackage hwn yn rhestr ymweliadau a wnaed gan yr ategyn (dim tabl lpt_package)</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>this is a folder, not a GeoPackage</source>
      <translation>ffolder yw hon, nid GeoPackage</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>this is a real change, not chance (significant after adjusting for the number of areas compared, q &lt; 0.001)</source>
      <translation>mae hwn yn newid gwirioneddol, nid siawns (arwyddocaol ar ôl addasu ar gyfer nifer yr ardaloedd a gymharwyd, q &lt; 0.001)</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>this is a real change, not chance (significant after adjusting for the number of areas compared, q = {q:.3f})</source>
      <translation>mae hwn yn newid gwirioneddol, nid siawns (arwyddocaol ar ôl addasu ar gyfer nifer yr ardaloedd a gymharwyd, q = {q:.3f})</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>this is within normal variation (not a significant change)</source>
      <translation>mae hyn o fewn amrywiad arferol (nid yw'n newid arwyddocaol)</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>this period</source>
      <translation>y cyfnod hwn</translation>
    </message>
    <message>
      <location filename="../core/analyse/coverage.py" />
      <source>this period has data for {n} of {total} month(s) (missing {gaps})</source>
      <translation>mae gan y cyfnod hwn ddata ar gyfer {n} o {total} mis (ar goll: {gaps})</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>transport hub</source>
      <translation>canolfan drafnidiaeth</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>two different outcomes for this visit with the same edit time</source>
      <translation>dau ganlyniad gwahanol ar gyfer yr ymweliad hwn gyda'r un amser golygu</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>unknown area code(s): {codes}</source>
      <translation>cod(au) ardal anhysbys: {codes}</translation>
    </message>
    <message>
      <location filename="../core/io/geo.py" />
      <source>unknown coordinate reference system '{crs}'</source>
      <translation>system cyfeirnodau cyfesurynnau anhysbys '{crs}'</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>unknown encoding '{encoding}'</source>
      <translation>amgodiad anhysbys '{encoding}'</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>unknown field '{field}' (fields: {fields})</source>
      <translation>maes anhysbys '{field}' (meysydd: {fields})</translation>
    </message>
    <message>
      <location filename="../core/io/surveys.py" />
      <source>unknown local priority: {given} (known: {known})</source>
      <translation>blaenoriaeth leol anhysbys: {given} (rhai hysbys: {known})</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>unknown template '{name}'</source>
      <translation>templed anhysbys '{name}'</translation>
    </message>
    <message>
      <location filename="../core/io/visit_package.py" />
      <source>unknown visit-list format {kind!r} (expected {expected})</source>
      <translation>fformat rhestr ymweliadau anhysbys {kind!r} (disgwylid {expected})</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>up from {before:,} in {previous}</source>
      <translation>i fyny o {before:,} yn ystod {previous}</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>up {pct:.0f}% a month ({rate1:.1f} to {rate2:.1f} a month) from {before:,} in {previous}</source>
      <translation>i fyny {pct:.0f}% y mis ({rate1:.1f} i {rate2:.1f} y mis) o {before:,} yn ystod {previous}</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>up {pct:.0f}% from {before:,} in {previous}</source>
      <translation>i fyny {pct:.0f}% o {before:,} yn ystod {previous}</translation>
    </message>
    <message>
      <location filename="../core/store/geopackage.py" />
      <source>update the plugin.</source>
      <translation>diweddarwch yr ategyn.</translation>
    </message>
    <message>
      <location filename="../core/link/inputs.py" />
      <source>use Import police.uk crime / force extract.</source>
      <translation>defnyddiwch Import police.uk crime / force extract.</translation>
    </message>
    <message>
      <location filename="../core/io/replies.py" />
      <source>use YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM</source>
      <translation>defnyddiwch YYYY-MM-DD HH:MM neu DD/MM/YYYY HH:MM</translation>
    </message>
    <message>
      <location filename="../core/io/validate.py" />
      <source>use YYYY-MM-DD or DD/MM/YYYY</source>
      <translation>defnyddiwch YYYY-MM-DD neu DD/MM/YYYY</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_units.py" />
      <source>use a Census table by LSOA 2021 or OA 2021.</source>
      <translation>defnyddiwch dabl Cyfrifiad fesul LSOA 2021 neu OA 2021.</translation>
    </message>
    <message>
      <location filename="../core/config.py" />
      <source>use a UTF-8 CSV with the columns {columns} (see resources/config/).</source>
      <translation>defnyddiwch CSV UTF-8 gyda'r colofnau {columns} (gweler resources/config/).</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_units.py" />
      <source>use a table by LSOA 2021 (or postcodes with OA codes, e.g. ONS NSPL).</source>
      <translation>defnyddiwch dabl fesul LSOA 2021 (neu godau post gyda chodau OA, e.e. ONS NSPL).</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>use auto, utf-8 or cp1252.</source>
      <translation>defnyddiwch auto, utf-8 neu cp1252.</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>use codes from the areas layer (e.g. {codes}).</source>
      <translation>defnyddiwch godau o'r haen ardaloedd (e.e. {codes}).</translation>
    </message>
    <message>
      <location filename="../core/engage/key_contacts.py" />
      <source>use codes of the workspace's areas (e.g. {codes}).</source>
      <translation>defnyddiwch godau ardaloedd y man gwaith (e.e. {codes}).</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>use codes of the workspace's areas.</source>
      <translation>defnyddiwch godau ardaloedd y man gwaith.</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>use one of {names}.</source>
      <translation>defnyddiwch un o {names}.</translation>
    </message>
    <message>
      <location filename="../core/io/columns.py" />
      <source>use one of: {fields}.</source>
      <translation>defnyddiwch un o: {fields}.</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>use the members output of Import alert-platform members.</source>
      <translation>defnyddiwch allbwn aelodau Mewnforio aelodau'r platfform rhybuddion.</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>use the table metadata CSV published with the tables.</source>
      <translation>defnyddiwch y CSV metadata tablau a gyhoeddwyd gyda'r tablau.</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>vehicle crime</source>
      <translation>troseddau cerbydau</translation>
    </message>
    <message>
      <location filename="../resources/config/place_names.csv" />
      <source>venue</source>
      <translation>lleoliad</translation>
    </message>
    <message>
      <location filename="../resources/config/priority_categories.csv" />
      <source>violence</source>
      <translation>trais</translation>
    </message>
    <message>
      <location filename="../core/io/visits.py" />
      <source>visit date</source>
      <translation>dyddiad yr ymweliad</translation>
    </message>
    <message>
      <location filename="../core/io/visits.py" />
      <source>visit id is blank</source>
      <translation>mae dynodydd yr ymweliad yn wag</translation>
    </message>
    <message>
      <location filename="../core/io/surveys.py" />
      <source>wave is not like 2024-Q1</source>
      <translation>nid yw'r don yn debyg i 2024-Q1</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>weapons possession</source>
      <translation>meddu ar arfau</translation>
    </message>
    <message>
      <location filename="../core/analyse/priority_config.py" />
      <source>weights must be zero or more, and not all zero</source>
      <translation>rhaid i'r pwysiadau fod yn sero neu fwy, a rhaid iddynt beidio â bod i gyd yn sero</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>whether this is more than chance was not tested</source>
      <translation>ni phrofwyd a yw hyn yn fwy na siawns</translation>
    </message>
    <message>
      <location filename="../core/io/census.py" />
      <source>wide table has no category columns</source>
      <translation>nid oes colofnau categori yn y tabl llydan</translation>
    </message>
    <message>
      <location filename="../core/analyse/priority.py" />
      <source>widen the selection.</source>
      <translation>ehangwch y dewis.</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>worse, beyond chance</source>
      <translation>gwaeth, y tu hwnt i siawns</translation>
    </message>
    <message>
      <location filename="../core/analyse/community_map.py" />
      <source>write broad, detailed or none in the level column.</source>
      <translation>ysgrifennwch broad, detailed neu none yn y golofn level.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>write e.g. 'include area=E05011541; must imd_decile=1|2; exclude street=Hessle Road'.</source>
      <translation>ysgrifennwch e.e. 'include area=E05011541; must imd_decile=1|2; exclude street=Hessle Road'.</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>write e.g. 'include group=IAG; exclude area=E05011541; must age_band=75+'.</source>
      <translation>ysgrifennwch e.e. 'include group=IAG; exclude area=E05011541; must age_band=75+'.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>write e.g. 2024-03-01.</source>
      <translation>ysgrifennwch e.e. 2024-03-01.</translation>
    </message>
    <message>
      <location filename="../core/io/columns.py" />
      <source>write entries as canonical=Source column, separated by ';'.</source>
      <translation>ysgrifennwch gofnodion fel canonical=Source column, wedi'u gwahanu gan ';'.</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_conn.py" />
      <source>write it as service=NAME or postgresql://host/dbname.</source>
      <translation>ysgrifennwch ef fel service=NAME neu postgresql://host/dbname.</translation>
    </message>
    <message>
      <location filename="../core/analyse/insight.py" />
      <source>write months like 2024-01.</source>
      <translation>ysgrifennwch fisoedd fel 2024-01.</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>wrong delimiter: the first line does not split on {given} but it does on {other}</source>
      <translation>amffinydd anghywir: nid yw'r llinell gyntaf yn hollti ar {given} ond mae'n hollti ar {other}</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>x (easting) and y (northing) look swapped: the point lies far from the file's other records and, swapped, among them</source>
      <translation>mae'n ymddangos bod x (dwyreiniad) ac y (gogleddiad) wedi'u cyfnewid: mae'r pwynt ymhell o gofnodion eraill y ffeil ac, o'u cyfnewid, yn eu plith</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>x (easting) or y (northing) is 0, or the point lies within 1 km of the grid's origin: a missing grid reference written as 0, or longitude/latitude given as metres</source>
      <translation>mae x (dwyreiniad) neu y (gogleddiad) yn 0, neu mae'r pwynt o fewn 1 km i darddbwynt y grid: cyfeirnod grid coll wedi'i ysgrifennu fel 0, neu hydred/lledred wedi'u rhoi fel metrau</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>x (longitude) and y (latitude) look swapped</source>
      <translation>mae'n ymddangos bod x (hydred) ac y (lledred) wedi'u cyfnewid</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>x and y lie outside the area where {crs} is defined ({name}: longitude {w:g} to {e:g}, latitude {s:g} to {n:g})</source>
      <translation>mae x ac y y tu allan i'r ardal lle mae {crs} wedi'i ddiffinio ({name}: hydred {w:g} i {e:g}, lledred {s:g} i {n:g})</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>x and y lie outside the area where {crs} is defined ({name}: longitude {w:g} to {e:g}, latitude {s:g} to {n:g}); are x and y swapped?</source>
      <translation>mae x ac y y tu allan i'r ardal lle mae {crs} wedi'i ddiffinio ({name}: hydred {w:g} i {e:g}, lledred {s:g} i {n:g}); a yw x ac y wedi'u cyfnewid?</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>x is not a longitude (-180 to 180 degrees)</source>
      <translation>nid yw x yn hydred (-180 i 180 gradd)</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>x is not a number</source>
      <translation>nid yw x yn rhif</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>y is not a latitude (-90 to 90 degrees)</source>
      <translation>nid yw y yn lledred (-90 i 90 gradd)</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>y is not a number</source>
      <translation>nid yw y yn rhif</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>yes (q = {q:.3f})</source>
      <translation>ie (q = {q:.3f})</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>your area</source>
      <translation>eich ardal</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>your database role may not do this in the workspace ({error}); nothing was written to the workspace</source>
      <translation>ni chaiff rôl eich cronfa ddata wneud hyn yn y man gwaith ({error}); ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/store/postgis.py" />
      <source>your database role may not read the workspace table {table}</source>
      <translation>ni chaiff rôl eich cronfa ddata ddarllen tabl {table} y man gwaith</translation>
    </message>
    <message>
      <location filename="../core/io/streets.py" />
      <source>zero-length line</source>
      <translation>llinell hyd sero</translation>
    </message>
    <message>
      <location filename="../core/report/briefing.py" />
      <source>{best}–{worst}; top list in {share:.0f}%</source>
      <translation>{best}–{worst}; yn y rhestr uchaf mewn {share:.0f}%</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>{column} holds a double quote: a stray quote in the file (fix the quote)</source>
      <translation>mae {column} yn cynnwys dyfynnod dwbl: dyfynnod crwydr yn y ffeil (trwsiwch y dyfynnod)</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>{construct} is not allowed in a condition</source>
      <translation>ni chaniateir {construct} mewn amod</translation>
    </message>
    <message>
      <location filename="../core/io/crime_categories.py" />
      <source>{crimes:,} crimes in {k} offence categories that are not a police.uk crime type and match no rule of crime_categories.csv count as 'Other crime': {named}{more}</source>
      <translation>Mae {crimes:,} o droseddau mewn {k} categori trosedd nad ydynt yn fath o drosedd police.uk ac nad ydynt yn cyfateb i unrhyw reol yn crime_categories.csv yn cyfrif fel 'Other crime': {named}{more}</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>{crime} up from none on the previous period ({n1} to {n2}), significant after FDR ({q})</source>
      <translation>{crime} wedi cynyddu o ddim yn y cyfnod blaenorol ({n1} i {n2}), arwyddocaol ar ôl FDR ({q})</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>{crime} up {pct}% on the previous period ({n1} to {n2}), significant after FDR ({q})</source>
      <translation>{crime} wedi cynyddu {pct}% o'i gymharu â'r cyfnod blaenorol ({n1} i {n2}), arwyddocaol ar ôl FDR ({q})</translation>
    </message>
    <message>
      <location filename="../core/report/report.py" />
      <source>{day} {month} {year} {time}</source>
      <translation>{day} {month} {year} {time}</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>{diff:+.1f} points</source>
      <translation>{diff:+.1f} pwynt</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>{dist} {minimum} or newer</source>
      <translation>{dist} {minimum} neu fwy diweddar</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>{dist} {minimum} or newer (below {below})</source>
      <translation>{dist} {minimum} neu fwy diweddar (is na {below})</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>{domain} decile is not a number</source>
      <translation>nid yw degradd {domain} yn rhif</translation>
    </message>
    <message>
      <location filename="../core/io/classification.py" />
      <source>{domain} decile is not a whole number from 1 to 10</source>
      <translation>nid yw degradd {domain} yn rhif cyfan o 1 i 10</translation>
    </message>
    <message>
      <location filename="../core/store/postgis_faults.py" />
      <source>{error}; nothing was written to the workspace</source>
      <translation>{error}; ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_figures.py" />
      <source>{estimate:+.2f} ({low:+.2f} to {high:+.2f})</source>
      <translation>{estimate:+.2f} ({low:+.2f} i {high:+.2f})</translation>
    </message>
    <message>
      <location filename="../core/io/surveys.py" />
      <source>{field} is not 1-5 or the agree/disagree wording</source>
      <translation>nid yw {field} yn 1-5 nac yn eiriad cytuno/anghytuno</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>{file}: header only, no data rows</source>
      <translation>{file}: pennawd yn unig, dim rhesi data</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>{file}: line {line} ('sep=') names the delimiter ({delimiter}); the header is the line after it</source>
      <translation>{file}: mae llinell {line} ('sep=') yn enwi'r gwahanydd ({delimiter}); y pennawd yw'r llinell ar ei hôl</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{first} and {last}</source>
      <translation>{first} a {last}</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>{first} to {last}</source>
      <translation>{first} i {last}</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>{head}: difference-in-differences {did:+.2f}, p = {p:.3f}: {verdict}.</source>
      <translation>{head}: gwahaniaeth-mewn-gwahaniaethau {did:+.2f}, p = {p:.3f}: {verdict}.</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>{head}: difference-in-differences {did:+.2f}, {pct:+.0f}%, p = {p:.3f}: {verdict}.</source>
      <translation>{head}: gwahaniaeth-mewn-gwahaniaethau {did:+.2f}, {pct:+.0f}%, p = {p:.3f}: {verdict}.</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>{head}: not enough data to say (too few people to show).</source>
      <translation>{head}: dim digon o ddata i ddweud (rhy ychydig o bobl i'w dangos).</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>{head}: not enough data to say ({events} events).</source>
      <translation>{head}: dim digon o ddata i ddweud ({events} digwyddiad).</translation>
    </message>
    <message>
      <location filename="../core/link/cache.py" />
      <source>{how}; {postcodes_now:,} postcodes and {locations_now:,} crime locations linked now ({postcodes:,} postcodes, {locations:,} locations in use)</source>
      <translation>{how}; {postcodes_now:,} o godau post a {locations_now:,} o leoliadau troseddau wedi'u cysylltu nawr ({postcodes:,} o godau post, {locations:,} o leoliadau yn cael eu defnyddio)</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>{key} {value}: {now:,} now, {held:,} in the workspace</source>
      <translation>{key} {value}: {now:,} nawr, {held:,} yn y man gwaith</translation>
    </message>
    <message>
      <location filename="../core/io/result.py" />
      <source>{kind}: read {read:,}, accepted {accepted:,}, rejected {rejected:,}</source>
      <translation>{kind}: darllenwyd {read:,}, derbyniwyd {accepted:,}, gwrthodwyd {rejected:,}</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>{label} (first at {file} row {row})</source>
      <translation>{label} (y tro cyntaf yn {file} rhes {row})</translation>
    </message>
    <message>
      <location filename="../core/io/validate.py" />
      <source>{label} is before {earliest:%B %Y}, earlier than such records can exist</source>
      <translation>mae {label} cyn {earliest:%B %Y}, yn gynharach nag y gall cofnodion o'r fath fodoli</translation>
    </message>
    <message>
      <location filename="../core/io/validate.py" />
      <source>{label} is in the future</source>
      <translation>mae {label} yn y dyfodol</translation>
    </message>
    <message>
      <location filename="../core/engage/visit_outcomes.py" />
      <source>{length:,} characters long: an officer's name or number has at most {most}</source>
      <translation>{length:,} nod o hyd: mae gan enw neu rif swyddog {most} ar y mwyaf</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>{low:+.1f} to {high:+.1f}</source>
      <translation>{low:+.1f} i {high:+.1f}</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>{low:+.2f} to {high:+.2f}</source>
      <translation>{low:+.2f} i {high:+.2f}</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>{measure} ({unit}): {before} before and {after} after on the {streets} surrounding streets, against {comp_before} and {comp_after} on {comparison_streets} comparison streets</source>
      <translation>{measure} ({unit}): {before} cyn a {after} ar ôl ar y {streets} stryd gyfagos, o'i gymharu â {comp_before} a {comp_after} ar {comparison_streets} stryd gymharu</translation>
    </message>
    <message>
      <location filename="../core/analyse/evaluate_words.py" />
      <source>{measure} ({unit}): {before} before and {after} after on the {streets} target streets, against {comp_before} and {comp_after} on {comparison_streets} comparison streets</source>
      <translation>{measure} ({unit}): {before} cyn a {after} ar ôl ar y {streets} stryd darged, o'i gymharu â {comp_before} a {comp_after} ar {comparison_streets} stryd gymharu</translation>
    </message>
    <message>
      <location filename="../core/errors.py" />
      <source>{message} Fix: {fix}</source>
      <translation>{message} Trwsio: {fix}</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>{month} to {month2} {year}</source>
      <translation>{month} – {month2} {year}</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>{month} {year}</source>
      <translation>{month} {year}</translation>
    </message>
    <message>
      <location filename="../core/engage/change_sentence.py" />
      <source>{month} {year} to {month2} {year2}</source>
      <translation>{month} {year} – {month2} {year2}</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} crime</source>
      <translation>{n:,} trosedd</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} crimes</source>
      <translation>{n:,} o droseddau</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} hot place</source>
      <translation>{n:,} man poeth</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} hot places</source>
      <translation>{n:,} o fannau poeth</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} member</source>
      <translation>{n:,} aelod</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>{n:,} member(s) have a blank or unrecognised status: they are kept but never messaged (add active synonyms to resources/config/consent.csv if that is wrong)</source>
      <translation>mae gan {n:,} aelod statws gwag neu anhysbys: cânt eu cadw ond ni anfonir neges atynt byth (ychwanegwch gyfystyron gweithredol at resources/config/consent.csv os yw hynny'n anghywir)</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} members</source>
      <translation>{n:,} o aelodau</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>{n:,} of the {total:,} streets of the priority streets layer are not streets of this workspace (e.g. {examples}): it was ranked on another workspace, or before the streets were imported again; nothing was stored</source>
      <translation>nid yw {n:,} o'r {total:,} stryd yn yr haen strydoedd blaenoriaeth yn strydoedd y gweithle hwn (e.e. {examples}): fe'i rhestrwyd ar weithle arall, neu cyn i'r strydoedd gael eu mewnforio eto; ni chadwyd dim</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>{n:,} postcodes</source>
      <translation>{n:,} cod post</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>{n:,} records share a Crime ID with another record; police.uk publishes such ids for different places or outcomes, so they are kept</source>
      <translation>mae {n:,} o gofnodion yn rhannu Crime ID â chofnod arall; mae police.uk yn cyhoeddi dynodyddion o'r fath ar gyfer lleoedd neu ganlyniadau gwahanol, felly cânt eu cadw</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} response</source>
      <translation>{n:,} ymateb</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} responses</source>
      <translation>{n:,} o ymatebion</translation>
    </message>
    <message>
      <location filename="../core/io/crime.py" />
      <source>{n:,} rows give the month otherwise than police.uk's YYYY-MM; read {shown}</source>
      <translation>Mae {n:,} rhes yn rhoi'r mis yn wahanol i YYYY-MM police.uk; darllenwyd {shown}</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} street</source>
      <translation>{n:,} stryd</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n:,} streets</source>
      <translation>{n:,} o strydoedd</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>{names} and {last}</source>
      <translation>{names} a {last}</translation>
    </message>
    <message>
      <location filename="../core/io/police_files.py" />
      <source>{names}: police.uk outcomes or stop-and-search file(s), not street-level crimes; nothing was read or written</source>
      <translation>{names}: ffeil(iau) canlyniadau neu stopio a chwilio police.uk, nid troseddau ar lefel stryd; ni ddarllenwyd nac ysgrifennwyd dim</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>{need}, for {why}: {state}</source>
      <translation>{need}, ar gyfer {why}: {state}</translation>
    </message>
    <message>
      <location filename="../core/link/scope.py" />
      <source>{n} areas ({first} and {more} more)</source>
      <translation>{n} ardal ({first} a {more} arall)</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>{n} areas ({names} and {more} more)</source>
      <translation>{n} ardal ({names} a {more} arall)</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{n} doors</source>
      <translation>{n} drws</translation>
    </message>
    <message>
      <location filename="../core/io/members.py" />
      <source>{n} member(s) are opted out because another record of theirs says so (an opt-out anywhere wins)</source>
      <translation>mae {n} aelod wedi optio allan oherwydd bod cofnod arall ganddynt yn dweud hynny (mae optio allan yn unrhyw le yn drech)</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>{n} of them with households not known</source>
      <translation>{n} ohonynt â nifer yr aelwydydd yn anhysbys</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{n} residents joined to hear from us directly.</source>
      <translation>Ymunodd {n} o drigolion i glywed gennym yn uniongyrchol.</translation>
    </message>
    <message>
      <location filename="../resources/templates/progress_report.html.j2" />
      <source>{n} surveyed at the door</source>
      <translation>{n} wedi ateb arolwg wrth y drws</translation>
    </message>
    <message>
      <location filename="../core/analyse/places.py" />
      <source>{n} {crime}</source>
      <translation>{n} {crime}</translation>
    </message>
    <message>
      <location filename="../core/io/reader.py" />
      <source>{path} is the same file as {first}: read once</source>
      <translation>{path} yw'r un ffeil â {first}: fe'i darllenwyd unwaith</translation>
    </message>
    <message>
      <location filename="../core/errors.py" />
      <source>{path}: {message}</source>
      <translation>{path}: {message}</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>{pct:.0f}%</source>
      <translation>{pct:.0f}%</translation>
    </message>
    <message>
      <location filename="../core/analyse/coverage.py" />
      <source>{period} has data for {n} of {total} month(s)</source>
      <translation>mae gan {period} ddata ar gyfer {n} o {total} mis</translation>
    </message>
    <message>
      <location filename="../core/analyse/coverage.py" />
      <source>{period} has data for {n} of {total} month(s) (missing {gaps})</source>
      <translation>mae gan {period} ddata ar gyfer {n} o {total} mis (ar goll: {gaps})</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>{places:,} of {crimes:,} crimes were recorded by police.uk at named places (car parks, supermarkets, nightclubs...): they are ranked below as hot places and kept out of the street scores.</source>
      <translation>Cofnodwyd {places:,} o'r {crimes:,} o droseddau gan police.uk mewn mannau a enwir (meysydd parcio, archfarchnadoedd, clybiau nos...): fe'u rhestrir isod yn ôl trefn fel mannau poeth ac fe'u cedwir allan o sgoriau'r strydoedd.</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_words.py" />
      <source>{ranking} against {compared_with}: {diff:+.1f} points of the crimes (95% interval {lo:+.1f} to {hi:+.1f}), {verdict}.</source>
      <translation>{ranking} o'i gymharu â {compared_with}: {diff:+.1f} pwynt o'r troseddau (cyfwng 95% {lo:+.1f} i {hi:+.1f}), {verdict}.</translation>
    </message>
    <message>
      <location filename="../core/analyse/forecast_run.py" />
      <source>{ranking}, period moved to {month}</source>
      <translation>{ranking}, y cyfnod wedi'i symud i {month}</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>{rate}% of households registered (force {force})</source>
      <translation>{rate}% o aelwydydd wedi cofrestru (heddlu {force})</translation>
    </message>
    <message>
      <location filename="../core/analyse/reasons.py" />
      <source>{rate}% of households registered (force {force}), no door-knock visits in {months} months</source>
      <translation>{rate}% o aelwydydd wedi cofrestru (heddlu {force}), dim ymweliadau curo drysau ers {months} mis</translation>
    </message>
    <message>
      <location filename="../core/io/csvsource.py" />
      <source>{reason} (line {line} of the file)</source>
      <translation>{reason} (llinell {line} o'r ffeil)</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>{recent} of {n} recipients already had a message in the last {days} days (acknowledged).</source>
      <translation>Roedd {recent} o {n} derbynnydd eisoes wedi cael neges yn ystod y {days} diwrnod diwethaf (wedi'i gydnabod).</translation>
    </message>
    <message>
      <location filename="../core/engage/messages.py" />
      <source>{recent} of {n} recipients already had a message in the last {days} days: not sent; acknowledge it to send anyway.</source>
      <translation>Roedd {recent} o {n} derbynnydd eisoes wedi cael neges yn ystod y {days} diwrnod diwethaf: heb ei hanfon; cydnabyddwch hyn i'w hanfon beth bynnag.</translation>
    </message>
    <message>
      <location filename="../core/analyse/rules.py" />
      <source>{rule}: {action}</source>
      <translation>{rule}: {action}</translation>
    </message>
    <message>
      <location filename="../core/report/progress_html.py" />
      <source>{share} (95% interval {low} to {high}; {n} answered)</source>
      <translation>{share} (cyfwng 95% {low} i {high}; atebodd {n})</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_activity.py" />
      <source>{start} to {end}</source>
      <translation>{start} i {end}</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{team} has planned door-to-door visits in {areas}.</source>
      <translation>Mae {team} wedi cynllunio ymweliadau o ddrws i ddrws yn {areas}.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{team} has planned door-to-door visits.</source>
      <translation>Mae {team} wedi cynllunio ymweliadau o ddrws i ddrws.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{team} knocked on {doors} between {first} and {last}; residents answered at {contacted} of them.</source>
      <translation>Curodd {team} ar {doors} rhwng {first} a {last}; atebodd trigolion wrth {contacted} ohonynt.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{team} knocked on {doors} in {areas} between {first} and {last}; residents answered at {contacted} of them.</source>
      <translation>Curodd {team} ar {doors} yn {areas} rhwng {first} a {last}; atebodd trigolion wrth {contacted} ohonynt.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{team} knocked on {doors} in {areas} on {first}; residents answered at {contacted} of them.</source>
      <translation>Curodd {team} ar {doors} yn {areas} ar {first}; atebodd trigolion wrth {contacted} ohonynt.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{team} knocked on {doors} in {areas}; residents answered at {contacted} of them.</source>
      <translation>Curodd {team} ar {doors} yn {areas}; atebodd trigolion wrth {contacted} ohonynt.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{team} knocked on {doors} on {first}; residents answered at {contacted} of them.</source>
      <translation>Curodd {team} ar {doors} ar {first}; atebodd trigolion wrth {contacted} ohonynt.</translation>
    </message>
    <message>
      <location filename="../core/engage/setup_feedback.py" />
      <source>{team} knocked on {doors}; residents answered at {contacted} of them.</source>
      <translation>Curodd {team} ar {doors}; atebodd trigolion wrth {contacted} ohonynt.</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>{ties} of the top {n} share their score with another street (shown as =rank).</source>
      <translation>Mae {ties} o'r {n} uchaf yn rhannu eu sgôr â stryd arall (dangosir fel =safle).</translation>
    </message>
    <message>
      <location filename="../core/report/briefing_texts.py" />
      <source>{title}: {area}</source>
      <translation>{title}: {area}</translation>
    </message>
    <message>
      <location filename="../resources/templates/priority_report.html.j2" />
      <source>{top} of the top {n} streets (and {short:,} of all {ranked:,} ranked) are shorter than the minimum unit length of 50 m (for approximate streets: one police.uk map point); read them as locations on that street.</source>
      <translation>Mae {top} o'r {n} stryd uchaf (a {short:,} o'r {ranked:,} a restrwyd yn ôl trefn i gyd) yn fyrrach na'r hyd uned lleiaf o 50 m (ar gyfer strydoedd bras: un pwynt map police.uk); darllenwch nhw fel lleoliadau ar y stryd honno.</translation>
    </message>
    <message>
      <location filename="../core/engage/setups.py" />
      <source>{value!r} is not a date (YYYY-MM-DD)</source>
      <translation>nid yw {value!r} yn ddyddiad (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>{version} is installed</source>
      <translation>mae {version} wedi'i osod</translation>
    </message>
    <message>
      <location filename="../core/store/import_rules.py" />
      <source>{what}; the import was not stored: nothing was written to the workspace</source>
      <translation>{what}; ni storiwyd y mewnforio: ni ysgrifennwyd dim i'r man gwaith</translation>
    </message>
    <message>
      <location filename="../core/deps.py" />
      <source>{wheel}: unsafe path {path}</source>
      <translation>{wheel}: llwybr anniogel {path}</translation>
    </message>
  </context>
  <context>
    <name>styles</name>
    <message>
      <location filename="../resources/styles/community_profile.qml" />
      <source>About as among residents (0.8 to 1.25)</source>
      <translation>Tua'r un fath ag ymhlith trigolion (0.8 i 1.25)</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>Already registered</source>
      <translation>Wedi cofrestru eisoes</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Anti-social behaviour</source>
      <translation>Ymddygiad gwrthgymdeithasol</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Bicycle theft</source>
      <translation>Dwyn beiciau</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Burglary</source>
      <translation>Bwrgleriaeth</translation>
    </message>
    <message>
      <location filename="../resources/styles/evaluation_streets.qml" />
      <source>Comparison for the surrounding streets</source>
      <translation>Cymhariaeth ar gyfer y strydoedd cyfagos</translation>
    </message>
    <message>
      <location filename="../resources/styles/evaluation_streets.qml" />
      <source>Comparison street</source>
      <translation>Stryd gymharu</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Criminal damage and arson</source>
      <translation>Difrod troseddol a llosgi bwriadol</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>Declined</source>
      <translation>Wedi gwrthod</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Drugs</source>
      <translation>Cyffuriau</translation>
    </message>
    <message>
      <location filename="../resources/styles/area_change.qml" />
      <source>Fall of 20% or more, significant after FDR (q &lt; α)</source>
      <translation>Gostyngiad o 20% neu fwy, arwyddocaol ar ôl FDR (q &lt; α)</translation>
    </message>
    <message>
      <location filename="../resources/styles/area_change.qml" />
      <source>Fall under 20%, significant after FDR (q &lt; α)</source>
      <translation>Gostyngiad o lai nag 20%, arwyddocaol ar ôl FDR (q &lt; α)</translation>
    </message>
    <message>
      <location filename="../resources/styles/community_profile.qml" />
      <source>Higher than among residents (&gt; 1.25)</source>
      <translation>Uwch nag ymhlith trigolion (&gt; 1.25)</translation>
    </message>
    <message>
      <location filename="../resources/styles/hot_places.qml" />
      <source>Hot places 11-50</source>
      <translation>Mannau poeth 11-50</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>Leaflet left</source>
      <translation>Taflen wedi'i gadael</translation>
    </message>
    <message>
      <location filename="../resources/styles/community_profile.qml" />
      <source>Lower, not conclusive (ratio &lt; 0.8)</source>
      <translation>Is, ddim yn derfynol (cymhareb &lt; 0.8)</translation>
    </message>
    <message>
      <location filename="../resources/styles/streets.qml" />
      <source>Named street</source>
      <translation>Stryd ag enw</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>No access</source>
      <translation>Dim mynediad</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>No answer (not in)</source>
      <translation>Dim ateb (neb gartref)</translation>
    </message>
    <message>
      <location filename="../resources/styles/visits.qml" />
      <source>Not in</source>
      <translation>Neb gartref</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>Not visited yet</source>
      <translation>Heb ymweld eto</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Other crime</source>
      <translation>Troseddau eraill</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>Other outcome</source>
      <translation>Canlyniad arall</translation>
    </message>
    <message>
      <location filename="../resources/styles/hot_places.qml" />
      <source>Other places with crime</source>
      <translation>Mannau eraill â throseddau</translation>
    </message>
    <message>
      <location filename="../resources/styles/priority_streets.qml" />
      <source>Other streets (score under 50 of 100)</source>
      <translation>Strydoedd eraill (sgôr o dan 50 o 100)</translation>
    </message>
    <message>
      <location filename="../resources/styles/priority_streets.qml" />
      <source>Other streets scoring 50 or more (of 100)</source>
      <translation>Strydoedd eraill â sgôr o 50 neu fwy (o 100)</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Other theft</source>
      <translation>Achosion eraill o ddwyn</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Possession of weapons</source>
      <translation>Meddu ar arfau</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Public order</source>
      <translation>Trefn gyhoeddus</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>Registered</source>
      <translation>Wedi cofrestru</translation>
    </message>
    <message>
      <location filename="../resources/styles/area_change.qml" />
      <source>Rise of 20% or more (or from none), significant after FDR (q &lt; α)</source>
      <translation>Cynnydd o 20% neu fwy (neu o ddim), arwyddocaol ar ôl FDR (q &lt; α)</translation>
    </message>
    <message>
      <location filename="../resources/styles/area_change.qml" />
      <source>Rise under 20%, significant after FDR (q &lt; α)</source>
      <translation>Cynnydd o lai nag 20%, arwyddocaol ar ôl FDR (q &lt; α)</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Robbery</source>
      <translation>Lladrad</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Shoplifting</source>
      <translation>Dwyn o siopau</translation>
    </message>
    <message>
      <location filename="../resources/styles/priority_streets.qml" />
      <source>Streets ranked 11-50</source>
      <translation>Strydoedd yn safle 11-50</translation>
    </message>
    <message>
      <location filename="../resources/styles/community_profile.qml" />
      <source>Suppressed (few members) or no answers</source>
      <translation>Wedi'i atal (ychydig o aelodau) neu dim atebion</translation>
    </message>
    <message>
      <location filename="../resources/styles/evaluation_streets.qml" />
      <source>Surrounding street (displacement check)</source>
      <translation>Stryd gyfagos (gwiriad dadleoli)</translation>
    </message>
    <message>
      <location filename="../resources/styles/setup_postcodes.qml" />
      <source>Surveyed</source>
      <translation>Wedi'i arolygu</translation>
    </message>
    <message>
      <location filename="../resources/styles/evaluation_streets.qml" />
      <source>Target street</source>
      <translation>Stryd darged</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Theft from the person</source>
      <translation>Dwyn oddi ar y person</translation>
    </message>
    <message>
      <location filename="../resources/styles/community_profile.qml" />
      <source>Too few residents to judge</source>
      <translation>Rhy ychydig o drigolion i farnu</translation>
    </message>
    <message>
      <location filename="../resources/styles/hot_places.qml" />
      <source>Top 10 hot places (ranked by harm points)</source>
      <translation>10 man poeth uchaf (yn ôl pwyntiau niwed)</translation>
    </message>
    <message>
      <location filename="../resources/styles/priority_streets.qml" />
      <source>Top 10 streets (rank 1-10)</source>
      <translation>10 stryd uchaf (safle 1-10)</translation>
    </message>
    <message>
      <location filename="../resources/styles/community_profile.qml" />
      <source>Under-represented (ratio's upper bound &lt; 0.8)</source>
      <translation>Wedi'u tangynrychioli (terfyn uchaf y gymhareb &lt; 0.8)</translation>
    </message>
    <message>
      <location filename="../resources/styles/streets.qml" />
      <source>Unnamed segment</source>
      <translation>Darn heb enw</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Vehicle crime</source>
      <translation>Troseddau cerbydau</translation>
    </message>
    <message>
      <location filename="../resources/styles/crime_points.qml" />
      <source>Violence and sexual offences</source>
      <translation>Trais a throseddau rhywiol</translation>
    </message>
    <message>
      <location filename="../resources/styles/area_change.qml" />
      <source>Within normal variation (FDR q ≥ α), or periods not comparable</source>
      <translation>O fewn amrywiad arferol (FDR q ≥ α), neu gyfnodau nad oes modd eu cymharu</translation>
    </message>
    <message>
      <location filename="../qgisio/legend_words.py" />
      <source>harm points</source>
      <translation>pwyntiau niwed</translation>
    </message>
    <message>
      <location filename="../qgisio/legend_words.py" />
      <source>score (mean of the top 5 streets, of 100)</source>
      <translation>sgôr (cymedr y 5 stryd uchaf, o 100)</translation>
    </message>
  </context>
</TS>