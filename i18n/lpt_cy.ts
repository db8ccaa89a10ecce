<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
  <context>
    <name>@default</name>
    <message>
      <location filename="../dialogs/message_dock.py" line="341" />
      <source>(outside the areas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="336" />
      <source>0 recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="56" />
      <source>1. Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="92" />
      <source>2. Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="138" />
      <source>3. Audience</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="177" />
      <source>4. Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="207" />
      <source>5. Guards and export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="68" />
      <source>A workspace GeoPackage: its members, postcodes and areas are read from it, and added to the project for the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="150" />
      <source>Add set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="25" />
      <source>Area change (figures)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="25" />
      <source>Area insight (figures)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="129" />
      <source>Area or group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="158" />
      <source>Areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="222" />
      <source>Author</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="190" />
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="72" />
      <source>Choose the layers made by the Import algorithms, then Load.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="19" />
      <source>Chosen areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="112" />
      <source>Clear the drawn area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="78" />
      <source>Could not unpack the wheels: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="37" />
      <source>Download from the Python Package Index (needs internet and pip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="108" />
      <source>Draw circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="107" />
      <source>Draw polygon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="22" />
      <source>Drawn circle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="22" />
      <source>Drawn polygon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="163" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="222" />
      <source>Export folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="219" />
      <source>Export to the alert platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="451" />
      <source>Exported {0}: {1:,} recipients -&gt; {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="119" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="190" />
      <source>Fill from template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="190" />
      <source>Final text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="222" />
      <source>Frequency guard (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="36" />
      <source>From a folder of wheel files (.whl), e.g. on a USB stick (no internet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="189" />
      <source>From a set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="351" />
      <source>Guards: clear.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="50" />
      <source>Install</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="102" />
      <source>Installed into {0}. Restart QGIS to use Local Priority Targeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="71" />
      <source>Load</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="28" />
      <source>Local Priority Targeting: install Python packages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="32" />
      <source>Local Priority Targeting: messages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="153" />
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="222" />
      <source>Message log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="222" />
      <source>Minimum audience</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="361" />
      <source>No recipient had a message recently.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_setups.py" line="48" />
      <source>None of set-up {0}'s areas is loaded: nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="114" />
      <source>Open a workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="67" />
      <source>Open a workspace…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="179" />
      <source>Pick a template, say what was done, then edit the final text. Figures are aggregates of the area only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="155" />
      <source>Postcodes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="25" />
      <source>Priority streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="129" />
      <source>Recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="140" />
      <source>Refine by groups and answers: include sets are joined, must sets must all match, exclude sets remove. Opted-out members and unknown statuses are never included.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="151" />
      <source>Remove set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="163" />
      <source>SMS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="20" />
      <source>Selected features of a polygon layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="212" />
      <source>Send anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="119" />
      <source>Set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="190" />
      <source>Signed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="190" />
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="190" />
      <source>Template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="71" />
      <source>The folder {0} has no wheel for: {1}. Download them on a PC with internet (see README, Installation, offline) and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="58" />
      <source>The layers made by the Import algorithms: members, postcodes and areas are needed; insight and change layers fill the message with figures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_setups.py" line="13" />
      <source>The set-ups of the workspace opened in 1. Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="31" />
      <source>These packages are missing or too old:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="31" />
      <source>They will be installed into your QGIS profile only ({0}); QGIS's own packages are not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="209" />
      <source>Too small an audience always blocks; recent recipients are counted from the message log. Export writes the files for the alert platform and records them in the log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="21" />
      <source>Top priority streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_setups.py" line="14" />
      <source>Use set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="119" />
      <source>Values (| between)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="147" />
      <source>Values present (tick to pick):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="190" />
      <source>What was done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="94" />
      <source>Who lives where: the whole force, ticked areas, a polygon layer, the top priority streets, or a polygon or circle you draw on the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="19" />
      <source>Whole force</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="135" />
      <source>Workspace: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgisio/qfield_project.py" line="71" />
      <source>at most 200 characters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="152" />
      <source>choose the members, postcodes and areas layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="433" />
      <source>choose the message log and the export folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="346" />
      <source>group: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="430" />
      <source>load the data first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="377" />
      <source>nearby areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="382" />
      <source>nearby streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="93" />
      <source>pip failed (exit code {0}): see the lines above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dependency_installer.py" line="85" />
      <source>pip is not available to the Python that QGIS runs. Use a folder of wheel files instead (see README, Installation).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../qgisio/qfield_project.py" line="72" />
      <source>this looks like a phone number or an email: do not record personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/dock_boxes.py" line="84" />
      <source>top </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="384" />
      <source>your area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="183" />
      <source>{0:,} members ({1:,} opted out and {2:,} with an unknown status: never messaged) in {3} areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="361" />
      <source>{0:,} of {1:,} recipients had a message in the last {2} days: tick 'Send anyway' to send to them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="340" />
      <source>{0:,} recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../dialogs/message_dock.py" line="421" />
      <source>{0} characters, {1} SMS segment(s) ({2})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ArchiveSetup</name>
    <message>
      <location filename="../processing/engage/archive_setup.py" line="20" />
      <source>Set-up id (e.g. S0001)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/archive_setup.py" line="21" />
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BriefingPack</name>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="79" />
      <source>Also a PNG per page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="176" />
      <source>Area boundaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="179" />
      <source>Area insight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="55" />
      <source>Area name field (default area_name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="83" />
      <source>Areas in the pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="169" />
      <source>Hot places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="173" />
      <source>Hot street (Gi*, significant after FDR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="64" />
      <source>Layout template (.qpt; default the shipped briefing pack)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="74" />
      <source>Licences and attributions table (source,default,text; default the shipped table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="62" />
      <source>Message log (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="57" />
      <source>Only the areas where (expression)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="82" />
      <source>Output folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="77" />
      <source>PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="84" />
      <source>PDF files written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="85" />
      <source>PNG files written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="181" />
      <source>Priority areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="170" />
      <source>Priority streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="70" />
      <source>Show counts of people under this as &lt;n</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="72" />
      <source>Streets are from OpenStreetMap (adds its attribution)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="91" />
      <source>The layout template {0} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="67" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="68" />
      <source>Top streets per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="80" />
      <source>With FORECAST, a page 'Does the ranking work?' in every area's briefing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="60" />
      <source>Workspace: set-ups and visits (optional; GeoPackage or PostGIS connection)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="269" />
      <source>{0}: {1:,} crimes, {2} top streets{3}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CommunityProfile</name>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="47" />
      <source>Census 2021 table (CSV by LSOA or OA; blank = the workspace's ethnic group table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="50" />
      <source>Column metadata for coded Census columns (new_names, Variable_Name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="59" />
      <source>Community on the map (Census category; blank = every community)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="61" />
      <source>Flag only where the community has at least this many residents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="64" />
      <source>Flag when the ratio's upper 95% bound is below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="67" />
      <source>Member answers to Census categories (topic, level, answer, category; default shipped)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="165" />
      <source>No member's answer is placed in a category of this Census table: check the question (TOPIC) and the category map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="53" />
      <source>Profile by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="81" />
      <source>Profile by team areas needs the team-area layer (TEAM_AREAS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="45" />
      <source>Question (members' field and Census topic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="57" />
      <source>Team area code field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="55" />
      <source>Team areas (polygons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="163" />
      <source>{0:,} Census areas have no postcode in any area: left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="168" />
      <source>{0:,} area x community rows; {1:,} under-represented (at least {2:,} residents, ratio's upper bound below {3:g}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComparePeriods</name>
    <message>
      <location filename="../processing/analyse/compare_periods.py" line="70" />
      <source>Areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" line="56" />
      <source>Comparing {0} with {1}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" line="65" />
      <source>Crime changes are {0}; none is called significant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" line="67" />
      <source>Force: crimes {0:,} -&gt; {1:,} ({2:+.1f}%, p={3:.3g}, one test)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" line="34" />
      <source>Significance level (FDR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" line="70" />
      <source>Streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" line="71" />
      <source>{0} with a change in crime significant after FDR (q &lt; {1:g}): {2:,} of {3:,} ({4:,} had p &lt; {1:g} before the adjustment)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CreateSetup</name>
    <message>
      <location filename="../processing/engage/create_setup.py" line="56" />
      <source>Address counts (CSV postcode,addresses; instead of the Census estimate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="48" />
      <source>Area codes (comma separated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="50" />
      <source>Community (recorded with the set-up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="52" />
      <source>Criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="54" />
      <source>Include households already registered (revisit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="44" />
      <source>Priority streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="64" />
      <source>Set-up id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="99" />
      <source>Set-up {0} '{1}' ({2}): {3:,} postcodes on {4:,} streets, about {5:,.0f} households to visit, {6:,} members already registered there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="42" />
      <source>Streets from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="62" />
      <source>Target postcodes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="60" />
      <source>Target streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="46" />
      <source>Top priority streets</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CsvImportAlgorithm</name>
    <message>
      <location filename="../processing/imports/base.py" line="42" />
      <source>Column mapping (canonical=Your column; ...)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/base.py" line="44" />
      <source>Delimiter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/base.py" line="46" />
      <source>Encoding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/base.py" line="33" />
      <source>Input CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/base.py" line="51" />
      <source>Rejected rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/base.py" line="162" />
      <source>{0:,} rows were rejected: see the 'Rejected rows' table for file, row, column, value and reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/base.py" line="159" />
      <source>{0}: read {1:,} = accepted {2:,} + rejected {3:,}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/base.py" line="154" />
      <source>{0}: {1} encoding, {2} delimiter; read {3:,}, accepted {4:,}, rejected {5:,}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EngagementReport</name>
    <message>
      <location filename="../processing/report/engagement_report.py" line="36" />
      <source>List member ids of unmatched replies (personal data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" line="28" />
      <source>Message log (GeoPackage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" line="38" />
      <source>Rejected rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" line="27" />
      <source>Replies export (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" line="65" />
      <source>Replies: read {0:,} = accepted {1:,} + rejected {2:,}; matched to a sent message {3:,}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvaluateActivity</name>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="75" />
      <source>A set-up is read from the workspace: give WORKSPACE.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="58" />
      <source>Evaluation (table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="73" />
      <source>Give either a set-up (SETUP_ID) or target streets (TARGET_STREETS), not both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="62" />
      <source>HTML report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="79" />
      <source>INTERVENTION_DATE '{0}' is not YYYY-MM-DD or YYYY-MM.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="43" />
      <source>Intervention date (YYYY-MM-DD or YYYY-MM; blank: the set-up's start date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="41" />
      <source>Or target street ids, separated by ; or ,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="51" />
      <source>Permutations of the test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="56" />
      <source>Report title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="39" />
      <source>Set-up id (e.g. S0001; needs WORKSPACE)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="101" />
      <source>Set-up {0} ({1}): {2} target streets from {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="53" />
      <source>Significance level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="60" />
      <source>Streets compared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="49" />
      <source>Surrounding streets within (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="63" />
      <source>Target streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="77" />
      <source>Target streets need an intervention date (INTERVENTION_DATE).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="65" />
      <source>What the crime comparison says</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="64" />
      <source>p-value for crime on the target streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="122" />
      <source>{0} target streets are not among the streets analysed and are left out: {1}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="88" />
      <source>{0} target streets from {1}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportMessage</name>
    <message>
      <location filename="../processing/engage/export_message.py" line="100" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="102" />
      <source>Area codes (comma separated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="105" />
      <source>Audience sets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="125" />
      <source>Audience size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="113" />
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="123" />
      <source>Export folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="116" />
      <source>Frequency guard (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="128" />
      <source>Message JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="124" />
      <source>Message id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="121" />
      <source>Message log (GeoPackage, appended)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="149" />
      <source>Message {0}: {1:,} recipients in {2}; logged in {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="114" />
      <source>Minimum audience</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="147" />
      <source>Not messaged in the area: {0:,} opted out, {1:,} with an unknown status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="127" />
      <source>Recipients CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="126" />
      <source>Recipients messaged recently</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="203" />
      <source>SMS: {0} characters, {1} segment(s), {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="118" />
      <source>Send even to recipients who had a message within the frequency guard's days (explicit override)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="106" />
      <source>Template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="103" />
      <source>Top priority streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="89" />
      <source>Workspace (GeoPackage or PostGIS connection; instead of the three layers below)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportVisitList</name>
    <message>
      <location filename="../processing/engage/export_visit_list.py" line="35" />
      <source>Postcodes on the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" line="33" />
      <source>QField project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" line="31" />
      <source>Set-up id (e.g. S0001)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" line="56" />
      <source>Visit list of {0}: {1:,} postcodes on {2:,} streets, {3}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" line="54" />
      <source>Visit list {0}: {1} ({2})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" line="34" />
      <source>Visit-list GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" line="32" />
      <source>Visit-list folder</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GenerateDemoData</name>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="76" />
      <source>Include fictitious contact fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="94" />
      <source>Keep postcodes of this local authority (code; blank = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="91" />
      <source>LSOA 2021 polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="68" />
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="96" />
      <source>Output folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="70" />
      <source>Random seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="119" />
      <source>Reading real geography…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="73" />
      <source>Share of rows with realistic faults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="71" />
      <source>Survey waves (first:last)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="88" />
      <source>police.uk crime folder (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="132" />
      <source>{0:,} postcodes in {1:,} LSOAs; generating {2:,} members…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="138" />
      <source>{0}: {1:,} rows -&gt; {2}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportAreas</name>
    <message>
      <location filename="../processing/imports/import_areas.py" line="28" />
      <source>Area polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" line="34" />
      <source>Areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" line="37" />
      <source>Areas (wards, beats, neighbourhoods)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" line="56" />
      <source>Areas: read {0:,} = accepted {1:,} + rejected {2:,}; repaired {3:,}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" line="30" />
      <source>Code field (auto if empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" line="37" />
      <source>In the workspace, these are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" line="37" />
      <source>LSOA 2021 polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" line="32" />
      <source>Name field (auto if empty)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportCensus</name>
    <message>
      <location filename="../processing/imports/import_census.py" line="40" />
      <source>Column metadata (new_names, Variable_Name) for coded columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" line="69" />
      <source>Topic '{0}' is not used by the analysis: not stored in the workspace (ethnic group and household tables are).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" line="38" />
      <source>Topic name (default from the file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" line="57" />
      <source>{0} ({1} layout, topic '{2}'): read {3:,} = accepted {4:,} + rejected {5:,}; {6:,} area x category counts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportClassification</name>
    <message>
      <location filename="../processing/imports/import_classification.py" line="33" />
      <source>What the file is</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportForceCrime</name>
    <message>
      <location filename="../processing/imports/import_force_crime.py" line="24" />
      <source>Coordinate reference system of x/y</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportMembers</name>
    <message>
      <location filename="../processing/imports/import_members.py" line="51" />
      <source>Coverage {0}: {1}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_members.py" line="33" />
      <source>Demographic coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_members.py" line="28" />
      <source>Keep contact fields (name, email, phone: personal data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_members.py" line="52" />
      <source>Opted out: {0:,} (kept so that every later step honours the opt-out)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportPoliceCrime</name>
    <message>
      <location filename="../processing/imports/import_police_crime.py" line="35" />
      <source>LSOA 2011-2021 lookup (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" line="31" />
      <source>or a folder of monthly CSVs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" line="29" />
      <source>police.uk CSV file(s) (separate with ;)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportPostcodes</name>
    <message>
      <location filename="../processing/imports/import_postcodes.py" line="25" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportStreets</name>
    <message>
      <location filename="../processing/imports/import_streets.py" line="39" />
      <source>Excluded road classes (comma separated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" line="41" />
      <source>Join same-name segments within</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" line="44" />
      <source>Keep unnamed segments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" line="37" />
      <source>Road class field (auto if empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" line="33" />
      <source>Street lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" line="35" />
      <source>Street name field (auto if empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" line="46" />
      <source>Street segments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" line="72" />
      <source>Streets: read {0:,} features = accepted {1:,} + rejected {2:,}; {3:,} segments in {4:,} streets; {5:,} unnamed segments</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportSurveys</name>
    <message>
      <location filename="../processing/imports/import_surveys.py" line="21" />
      <source>Local priority categories (CSV: category,aliases); default shipped list</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportVisitOutcomes</name>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" line="35" />
      <source>Furthest a visit may be recorded from its postcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" line="33" />
      <source>Or a folder of returned GeoPackages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" line="37" />
      <source>Rejected visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" line="31" />
      <source>Returned visit-list GeoPackage(s), separated by ';'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" line="70" />
      <source>{0}: {1:,} visits read, {2:,} accepted ({3:,} new edits), {4:,} rejected</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KeyContacts</name>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="96" />
      <source>, and key contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="46" />
      <source>All areas of the workspace (instead of area codes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="44" />
      <source>Area codes (comma separated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="59" />
      <source>Audit row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="105" />
      <source>Contact fields written: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="107" />
      <source>Contacts were not imported: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="58" />
      <source>Contacts written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="48" />
      <source>Groups (blank: advisory groups)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="52" />
      <source>I need this personal data for my role (required to write it; the export is audited)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="50" />
      <source>Include members flagged as key contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="56" />
      <source>Key contacts (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="108" />
      <source>This file holds personal data: share it only with the officers of these areas and delete it when it is no longer needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="96" />
      <source>{0:,} key contact(s) of {1} written to {2} (groups: {3}{4}); recorded as audit row {5}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="102" />
      <source>{0:,} member record(s) of those groups are not listed: opted out or of unknown status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LayerImportAlgorithm</name>
    <message>
      <location filename="../processing/imports/layer_base.py" line="20" />
      <source>Rejected features</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LinkCommunity</name>
    <message>
      <location filename="../processing/analyse/link_community.py" line="61" />
      <source>Also write LINKED_MEMBERS (personal data: member id and postcode point)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="119" />
      <source>Crimes {0:,} = in the areas analysed {1:,} + outside them {2:,}; of those in the areas: on streets {3:,} + no street {4:,}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="88" />
      <source>Insight for {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="117" />
      <source>LINKED_MEMBERS holds personal data: do not share it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="70" />
      <source>Linked members (personal)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="63" />
      <source>List member, response and visit ids in UNMATCHED (personal data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="123" />
      <source>Members {0:,} = in the areas analysed {1:,} + left out {2:,}; responses in the areas analysed {3:,}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="59" />
      <source>Period end month (YYYY-MM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="57" />
      <source>Period start month (YYYY-MM)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LocalPriorityTargetingPlugin</name>
    <message>
      <location filename="../plugin.py" line="78" />
      <source>Install dependencies…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="110" />
      <source>Local Priority Targeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../plugin.py" line="53" />
      <source>Message dock: area-targeted messages</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoopAlgorithm</name>
    <message>
      <location filename="../processing/engage/base.py" line="41" />
      <source>Links from the workspace: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/base.py" line="30" />
      <source>Maximum distance to a street (links computed now if the workspace's are missing or out of date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/engage/base.py" line="16" />
      <source>Workspace (GeoPackage, or a PostGIS connection: pg:NAME, service=NAME)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LptAlgorithm</name>
    <message>
      <location filename="../processing/algorithm.py" line="99" />
      <source> (optional)</source>
      <translation> (dewisol)</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" line="74" />
      <source>; months replaced: {0}</source>
      <translation>; misoedd a ddisodlwyd: {0}</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" line="68" />
      <source>; superseding the previous export: {0:,} members gone, {1:,} newly opted out</source>
      <translation>; yn disodli'r allforiad blaenorol: {0:,} o aelodau wedi mynd, {1:,} newydd optio allan</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" line="71" />
      <source>; the workspace holds {0} crimes of {1}</source>
      <translation>; mae'r man gwaith yn cynnwys {0} o droseddau o {1}</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="15" />
      <source>A CSV crime_type,weight (0 to 100,000) to replace the shipped indicative weights</source>
      <translation>CSV crime_type,weight (0 i 100,000) i gymryd lle'r pwysiadau dangosol sy'n dod gyda'r ategyn</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="19" />
      <source>A CSV rule_id,condition,action; a condition only compares fields (see README, Recommended actions)</source>
      <translation>CSV rule_id,condition,action; dim ond cymharu meysydd y mae amod (gweler README, Recommended actions)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="27" />
      <source>A door-knock visit counts as recent for this many months</source>
      <translation>Mae ymweliad curo drysau yn cyfrif fel un diweddar am y nifer hwn o fisoedd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="38" />
      <source>A message to fewer people is always blocked, so that nobody is singled out</source>
      <translation>Caiff neges at lai o bobl na hyn ei rhwystro bob amser, fel nad oes neb yn cael ei nodi'n unigol</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="13" />
      <source>A postcode or crime point further than this from every street segment links to no street</source>
      <translation>Nid yw cod post neu bwynt trosedd sydd ymhellach na hyn o bob darn stryd yn cael ei gysylltu ag unrhyw stryd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="26" />
      <source>A result is significant when its false-discovery-rate q-value is below this</source>
      <translation>Mae canlyniad yn arwyddocaol pan fo'i werth-q ar gyfer y gyfradd darganfod ffug yn is na hyn</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="35" />
      <source>Acorn by postcode</source>
      <translation>Acorn fesul cod post</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="55" />
      <source>Acorn by postcode, output of Import classification or deprivation</source>
      <translation>Acorn fesul cod post, allbwn Mewnforio dosbarthiad neu amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" line="27" />
      <source>Also create the roles, grants and row-level security (needs a role that may create roles).</source>
      <translation>Creu hefyd y rolau, yr hawliau (grants) a'r diogelwch ar lefel rhes (mae angen rôl sy'n cael creu rolau).</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" line="30" />
      <source>Also import into this workspace (GeoPackage, created if new; or a PostGIS connection: pg:NAME, service=NAME)</source>
      <translation>Mewnforio hefyd i'r man gwaith hwn (GeoPackage, a gaiff ei greu os yw'n newydd; neu gysylltiad PostGIS: pg:NAME, service=NAME)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="36" />
      <source>Also list members flagged as key contacts, whatever their groups.</source>
      <translation>Rhestru hefyd aelodau sydd wedi'u nodi'n gysylltiadau allweddol, beth bynnag fo'u grwpiau.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="28" />
      <source>Analyse only what lies in these polygons (e.g. a team's patch): streets by their midpoint, crimes and members by their point</source>
      <translation>Dadansoddi dim ond yr hyn sydd o fewn y polygonau hyn (e.e. ardal gyfrifoldeb tîm): strydoedd yn ôl eu pwynt canol, troseddau ac aelodau yn ôl eu pwynt</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="57" />
      <source>Any polygon layer; only its selected features when some are selected</source>
      <translation>Unrhyw haen bolygonau; dim ond y nodweddion a ddewiswyd pan fo rhai wedi'u dewis</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Approximate streets from police.uk points</source>
      <translation>Brasamcanu strydoedd o bwyntiau police.uk</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Archive door-knocking set-up</source>
      <translation>Archifo trefniant curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/engage/archive_setup.py" line="12" />
      <source>Archives a set-up of the workspace: its status becomes archived and it no longer appears among the open set-ups. Nothing is deleted: its target list, recorded visits and progress reports are all kept. Archiving an archived set-up changes nothing and says so.</source>
      <translation>Yn archifo un o drefniannau'r man gwaith: mae ei statws yn newid i archived (wedi'i archifo) ac nid yw'n ymddangos mwyach ymhlith y trefniannau agored. Nid oes dim yn cael ei ddileu: caiff ei restr dargedau, yr ymweliadau a gofnodwyd a'r adroddiadau cynnydd i gyd eu cadw. Nid yw archifo trefniant sydd eisoes wedi'i archifo yn newid dim, a dywedir hynny.</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="91" />
      <source>Area change (figures)</source>
      <translation>Newid yn yr ardal (ffigurau)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="91" />
      <source>Area insight (figures)</source>
      <translation>Mewnwelediad ardal (ffigurau)</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="91" />
      <source>Areas</source>
      <translation>Ardaloedd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="142" />
      <source>Areas analysed: {0}; left out: {1:,} crimes (all months), {2:,} streets, {3:,} member records (any date)</source>
      <translation>Ardaloedd a ddadansoddwyd: {0}; wedi'u hepgor: {1:,} o droseddau (pob mis), {2:,} o strydoedd, {3:,} o gofnodion aelodau (unrhyw ddyddiad)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="16" />
      <source>Areas of the analysis (wards)</source>
      <translation>Ardaloedd y dadansoddiad (wardiau)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Briefing pack (PDF per area)</source>
      <translation>Pecyn briffio (PDF fesul ardal)</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" line="151" />
      <source>Cancelled by the user.</source>
      <translation>Canslwyd gan y defnyddiwr.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="37" />
      <source>Census ethnic group by LSOA 2021</source>
      <translation>Grŵp ethnig y Cyfrifiad fesul LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="56" />
      <source>Census ethnic group by LSOA 2021, output of Import Census (TS021)</source>
      <translation>Grŵp ethnig y Cyfrifiad fesul LSOA 2021, allbwn Mewnforio'r Cyfrifiad (TS021)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="32" />
      <source>Census households by LSOA 2021</source>
      <translation>Aelwydydd y Cyfrifiad fesul LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="52" />
      <source>Census households by LSOA 2021, output of Import Census (e.g. TS011)</source>
      <translation>Aelwydydd y Cyfrifiad fesul LSOA 2021, allbwn Mewnforio'r Cyfrifiad (e.e. TS011)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="33" />
      <source>Census population by LSOA 2021</source>
      <translation>Poblogaeth y Cyfrifiad fesul LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="53" />
      <source>Census population by LSOA 2021, output of Import Census (e.g. TS021)</source>
      <translation>Poblogaeth y Cyfrifiad fesul LSOA 2021, allbwn Mewnforio'r Cyfrifiad (e.e. TS021)</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="29" />
      <source>Codes of the workspace's areas, comma separated, e.g. E05011541. Required unless ALL_AREAS.</source>
      <translation>Codau ardaloedd y man gwaith, wedi'u gwahanu gan gomâu, e.e. E05011541. Yn ofynnol oni ddewisir ALL_AREAS.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="20" />
      <source>Comma-separated area codes, e.g. E05011541,E05011529; blank = every area</source>
      <translation>Codau ardal wedi'u gwahanu gan gomâu, e.e. E05011541,E05011529; gwag = pob ardal</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Community profile</source>
      <translation>Proffil cymunedol</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Compare periods</source>
      <translation>Cymharu cyfnodau</translation>
    </message>
    <message>
      <location filename="../processing/analyse/compare_periods.py" line="17" />
      <source>Compares two periods (e.g. this quarter and last, or year on year) at street, area and force level: the value in each period, the change and the percentage change (monthly rates when the periods differ in length), and a significance flag. Counts (crimes in total and by category, new members, responses) use the exact conditional binomial test, so small-number noise is not flagged; mean trust and confidence use Welch's two-sample t-test on the individual answers. *_p is each unit's own p-value and *_q its Benjamini-Hochberg q-value across all streets (or all areas); *_sig and crime_trend mean significant after this false-discovery-rate adjustment: *_q below the significance level (kept in the alpha column). Blank periods: the latest month of the crime data against the month before.</source>
      <translation>Yn cymharu dau gyfnod (e.e. y chwarter hwn a'r un diwethaf, neu flwyddyn ar flwyddyn) ar lefel stryd, ardal a heddlu: y gwerth ym mhob cyfnod, y newid a'r newid canrannol (cyfraddau misol pan fo'r cyfnodau o hyd gwahanol), a baner arwyddocâd. Mae cyfrifon (cyfanswm y troseddau a'r troseddau fesul categori, aelodau newydd, ymatebion) yn defnyddio'r prawf binomaidd amodol union, fel nad yw sŵn niferoedd bach yn cael ei nodi; mae cymedr ymddiriedaeth a hyder yn defnyddio prawf-t dau sampl Welch ar yr atebion unigol. *_p yw gwerth-p pob uned ei hun a *_q yw ei gwerth-q Benjamini-Hochberg ar draws pob stryd (neu bob ardal); mae *_sig a crime_trend yn golygu arwyddocaol ar ôl yr addasiad hwn ar gyfer y gyfradd darganfod ffug: *_q yn is na'r lefel arwyddocâd (a gedwir yn y golofn alpha). Cyfnodau gwag: mis diweddaraf y data troseddau o'i gymharu â'r mis cynt.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Create door-knocking set-up</source>
      <translation>Creu trefniant curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" line="15" />
      <source>Creates or upgrades a force's shared workspace in a PostgreSQL/PostGIS database: the schema lpt with every table a GeoPackage workspace has (imports, rejects, set-ups, targets, visit outcomes, audit), by the same versioned migrations; then, with SECURITY, the roles lpt_analyst (everything), lpt_supervisor (the rows, set-ups and reports of their areas) and lpt_officer (their assigned areas only, aggregate insight, no member contact fields except their areas' key contacts, audited), the area assignments table lpt.lpt_assignments the analyst maintains, row-level security on members, responses, links, visits, set-ups and outcomes, and an append-only audit. Run it as the database administrator; running it again changes nothing. WORKSPACE names the connection: pg:NAME (a PostgreSQL connection saved in QGIS, its password in QGIS's authentication configuration), service=NAME (pg_service.conf) or postgresql://host/database - never a password.</source>
      <translation>Yn creu neu'n uwchraddio man gwaith a rennir gan heddlu mewn cronfa ddata PostgreSQL/PostGIS: y sgema lpt gyda phob tabl sydd gan fan gwaith GeoPackage (mewnforion, gwrthodiadau, trefniannau, targedau, canlyniadau ymweliadau, cofnod archwilio), drwy'r un camau mudo wedi'u fersiynu; yna, gyda SECURITY, y rolau lpt_analyst (popeth), lpt_supervisor (rhesi, trefniannau ac adroddiadau eu hardaloedd) ac lpt_officer (eu hardaloedd penodedig yn unig, mewnwelediad cyfanredol, dim meysydd cyswllt aelodau ac eithrio cysylltiadau allweddol eu hardaloedd, gyda chofnod archwilio), y tabl aseiniadau ardal lpt.lpt_assignments y mae'r dadansoddwr yn ei gynnal, diogelwch ar lefel rhes ar aelodau, ymatebion, cysylltiadau, ymweliadau, trefniannau a chanlyniadau, a chofnod archwilio na ellir ond ychwanegu ato. Rhedwch ef fel gweinyddwr y gronfa ddata; nid yw ei redeg eto yn newid dim. Mae WORKSPACE yn enwi'r cysylltiad: pg:NAME (cysylltiad PostgreSQL a gadwyd yn QGIS, gyda'i gyfrinair yn ffurfweddiad dilysu QGIS), service=NAME (pg_service.conf) neu postgresql://host/database - byth gyfrinair.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="27" />
      <source>Crime data is incomplete: {0}. Figures use the months present.</source>
      <translation>Mae'r data troseddau yn anghyflawn: {0}. Mae'r ffigurau'n defnyddio'r misoedd sy'n bresennol.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="25" />
      <source>Crimes</source>
      <translation>Troseddau</translation>
    </message>
    <message>
      <location filename="../processing/analyse/evaluate_activity.py" line="24" />
      <source>Did a set-up or other targeted activity change anything? Takes a set-up of the workspace (SETUP_ID: its target streets, from its start date) or a list of street ids (TARGET_STREETS) and an INTERVENTION_DATE, and compares crime, harm-weighted crime, anti-social behaviour, new registrations, survey responses and trust and confidence in the months before and after on the target streets with comparison streets matched on prior crime, deprivation (IMD) and classification (OAC) that were not targeted and are not next to a target. The estimate is a difference-in-differences with a permutation test (p); the surrounding streets (within BUFFER of a target) are compared the same way to show displacement (crime moving next door) or a diffusion of benefits. When the counts are too small it says 'not enough data to say'. An association after matching, not proof of cause. RESULTS holds the table, EVAL_STREETS the streets by role, REPORT the same in plain words (aggregate figures only).</source>
      <translation>A wnaeth trefniant neu weithgarwch arall wedi'i dargedu newid unrhyw beth? Mae'n cymryd un o drefniannau'r man gwaith (SETUP_ID: ei strydoedd targed, o'i ddyddiad dechrau) neu restr o ddynodyddion strydoedd (TARGET_STREETS) ac INTERVENTION_DATE, ac yn cymharu troseddau, troseddau wedi'u pwysoli yn ôl niwed, ymddygiad gwrthgymdeithasol, cofrestriadau newydd, ymatebion i arolygon ac ymddiriedaeth a hyder yn y misoedd cyn ac ar ôl ar y strydoedd targed â strydoedd cymharu sydd wedi'u paru ar droseddau blaenorol, amddifadedd (IMD) a dosbarthiad (OAC), nad oeddent wedi'u targedu ac nad ydynt wrth ymyl targed. Gwahaniaeth-mewn-gwahaniaethau gyda phrawf trynewid (p) yw'r amcangyfrif; caiff y strydoedd cyfagos (o fewn BUFFER i darged) eu cymharu yn yr un ffordd i ddangos dadleoli (troseddau'n symud drws nesaf) neu ledaenu buddion. Pan fo'r cyfrifon yn rhy fach, mae'n dweud 'dim digon o ddata i ddweud'. Cysylltiad ar ôl paru yw hwn, nid prawf o achos. Mae RESULTS yn cynnwys y tabl, EVAL_STREETS y strydoedd yn ôl eu rôl, a REPORT yr un peth mewn geiriau plaen (ffigurau cyfanredol yn unig).</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="36" />
      <source>Door-knock visits</source>
      <translation>Ymweliadau curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="23" />
      <source>Door-knock visits: streets without a recent visit score higher on engagement</source>
      <translation>Ymweliadau curo drysau: mae strydoedd heb ymweliad diweddar yn cael sgôr uwch ar gyfer ymgysylltu</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Door-knocking progress report</source>
      <translation>Adroddiad cynnydd curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="70" />
      <source>Drafts a message for an area (whole force, area codes, the features of any polygon layer, or the members of the top priority streets) and an audience refined by sets on groups and demographic answers, each include, exclude or must (e.g. 'include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=65-74|75+'). Opted-out members are never included. The text comes from a template filled with aggregate figures (from an INSIGHT and CHANGE layer when given) of the areas asked for, or of the areas overlapping the polygon or the top streets' surroundings; each figure names those areas and its base, and a change in crime is called real only when it is significant after FDR (q &lt; alpha). Or from BODY. Guards: a minimum audience size always blocks; unfilled placeholders such as [reference] block; recipients messaged within FREQUENCY_DAYS block unless ALLOW_RECENT acknowledges them. The body is plain text (for email an HTML part is made from it). Writes &lt;id&gt;_recipients.csv (member ids) and &lt;id&gt;.json (area, channel, subject, body, author, created) for the alert platform and appends the message, its area and recipients to the message log.</source>
      <translation>Yn drafftio neges ar gyfer ardal (yr heddlu cyfan, codau ardal, nodweddion unrhyw haen bolygonau, neu aelodau'r strydoedd blaenoriaeth uchaf) a chynulleidfa wedi'i mireinio gan setiau ar grwpiau ac atebion demograffig, pob un yn include, exclude neu must (e.e. 'include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=65-74|75+'). Nid yw aelodau sydd wedi optio allan byth yn cael eu cynnwys. Daw'r testun o dempled wedi'i lenwi â ffigurau cyfanredol (o haen INSIGHT a CHANGE pan roddir hwy) yr ardaloedd y gofynnwyd amdanynt, neu'r ardaloedd sy'n gorgyffwrdd â'r polygon neu gyffiniau'r strydoedd uchaf; mae pob ffigur yn enwi'r ardaloedd hynny a'i sail, a dim ond pan fo'n arwyddocaol ar ôl FDR (q &lt; alpha) y gelwir newid mewn troseddau yn newid go iawn. Neu o BODY. Mesurau diogelu: mae isafswm maint y gynulleidfa bob amser yn rhwystro; mae dalfannau heb eu llenwi fel [reference] yn rhwystro; mae derbynwyr a gafodd neges o fewn FREQUENCY_DAYS yn rhwystro oni bai bod ALLOW_RECENT yn eu cydnabod. Testun plaen yw'r corff (ar gyfer e-bost, caiff rhan HTML ei gwneud ohono). Yn ysgrifennu &lt;id&gt;_recipients.csv (dynodyddion aelodau) a &lt;id&gt;.json (area, channel, subject, body, author, created) ar gyfer y platfform rhybuddion ac yn ychwanegu'r neges, ei hardal a'i derbynwyr at y log negeseuon.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="81" />
      <source>Engagement loop</source>
      <translation>Dolen ymgysylltu</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Engagement report (replies)</source>
      <translation>Adroddiad ymgysylltu (atebion)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="13" />
      <source>Ethnic group (TS021)</source>
      <translation>Grŵp ethnig (TS021)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Evaluate targeted activity</source>
      <translation>Gwerthuso gweithgarwch wedi'i dargedu</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="31" />
      <source>Every area of the workspace: an explicit choice, never the default.</source>
      <translation>Pob ardal yn y man gwaith: dewis penodol, byth y rhagosodiad.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Export area-targeted message</source>
      <translation>Allforio neges wedi'i thargedu at ardal</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Export visit list for QField</source>
      <translation>Allforio rhestr ymweliadau ar gyfer QField</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="16" />
      <source>First month, YYYY-MM; blank = the first month of the crime data</source>
      <translation>Mis cyntaf, YYYY-MM; gwag = mis cyntaf y data troseddau</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="34" />
      <source>For 'you said, we did': what the team did, in one sentence</source>
      <translation>Ar gyfer 'dywedoch chi, fe wnaethom ni': beth wnaeth y tîm, mewn un frawddeg</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Generate training / demo data</source>
      <translation>Cynhyrchu data hyfforddi / arddangos</translation>
    </message>
    <message>
      <location filename="../processing/demo/generate_demo.py" line="50" />
      <source>Generates synthetic alert-platform members, quarterly survey responses and door-knock visits on REAL geography: real postcodes, each LSOA's Census 2021 ethnic group and religion mix (with a realistic share left blank), IAG, Neighbourhood Watch and community-group members, key contacts and opted-out members, registration like Humberside's (212,824 houses visited, 59,000+ registered) and confidence that falls with deprivation and local crime. Seeded and reproducible; up to 1.5 million members. Defaults use the Kingston upon Hull data shipped with the plugin. Contact details are fictitious. A small share of rows carries the faults real exports have (typo postcodes, impossible dates, blank ids) so that training shows the rejects table; set it to 0 for clean data. Each input is either the published file (CSV, GeoJSON) or the output of the plugin's own import: Import postcode lookup, Import Census 2021 table, Import classification or deprivation, Import areas (AS=1, LSOA 2021).</source>
      <translation>Yn cynhyrchu aelodau synthetig y platfform rhybuddion, ymatebion chwarterol i arolygon ac ymweliadau curo drysau ar ddaearyddiaeth GO IAWN: codau post go iawn, cymysgedd grwpiau ethnig a chrefyddau Cyfrifiad 2021 pob LSOA (gyda chyfran realistig wedi'i gadael yn wag), aelodau IAG, Neighbourhood Watch a grwpiau cymunedol, cysylltiadau allweddol ac aelodau sydd wedi optio allan, cofrestru tebyg i Humberside (212,824 o dai wedi cael ymweliad, 59,000+ wedi cofrestru) a hyder sy'n gostwng gydag amddifadedd a throseddau lleol. Wedi'i hadu ac yn atgynhyrchadwy; hyd at 1.5 miliwn o aelodau. Mae'r rhagosodiadau'n defnyddio'r data Kingston upon Hull sy'n dod gyda'r ategyn. Mae'r manylion cyswllt yn ffug. Mae cyfran fach o'r rhesi yn cynnwys y gwallau sydd mewn allforion go iawn (codau post â gwallau teipio, dyddiadau amhosibl, dynodyddion gwag) fel bod yr hyfforddiant yn dangos y tabl gwrthodiadau; gosodwch hi i 0 ar gyfer data glân. Mae pob mewnbwn naill ai'n ffeil gyhoeddedig (CSV, GeoJSON) neu'n allbwn un o fewnforion yr ategyn ei hun: Mewnforio tabl chwilio codau post, Mewnforio tabl Cyfrifiad 2021, Mewnforio dosbarthiad neu amddifadedd, Mewnforio ardaloedd (AS=1, LSOA 2021).</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="33" />
      <source>Groups whose members are listed, separated by | or ; (e.g. IAG|Key individual). Blank: the advisory groups (IAG, Key individual) where members have them.</source>
      <translation>Grwpiau y caiff eu haelodau eu rhestru, wedi'u gwahanu gan | neu ; (e.e. IAG|Key individual). Gwag: y grwpiau cynghori (IAG, Key individual) lle mae'r rheini gan aelodau.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="50" />
      <source>Harm weights (crime_type,weight); default shipped table</source>
      <translation>Pwysiadau niwed (crime_type,weight); rhagosodiad: y tabl sy'n dod gyda'r ategyn</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="24" />
      <source>How many of the top streets to list (report) or to message (exportmessage)</source>
      <translation>Faint o'r strydoedd uchaf i'w rhestru (adroddiad) neu i anfon neges atynt (exportmessage)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="18" />
      <source>How much this component counts in the score (0 = ignored, 1 = as shipped)</source>
      <translation>Faint y mae'r elfen hon yn cyfrif yn y sgôr (0 = ei hanwybyddu, 1 = fel y daw gyda'r ategyn)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="81" />
      <source>Import</source>
      <translation>Mewnforio</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import Census 2021 table</source>
      <translation>Mewnforio tabl Cyfrifiad 2021</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import alert-platform members</source>
      <translation>Mewnforio aelodau'r platfform rhybuddion</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import areas (wards, beats, neighbourhoods)</source>
      <translation>Mewnforio ardaloedd (wardiau, ardaloedd patrôl, cymdogaethau)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import classification or deprivation</source>
      <translation>Mewnforio dosbarthiad neu amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import door-knock visits</source>
      <translation>Mewnforio ymweliadau curo drysau</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import force crime extract</source>
      <translation>Mewnforio detholiad troseddau'r heddlu</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import police.uk crime</source>
      <translation>Mewnforio troseddau police.uk</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import postcode lookup</source>
      <translation>Mewnforio tabl chwilio codau post</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import streets</source>
      <translation>Mewnforio strydoedd</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import survey responses</source>
      <translation>Mewnforio ymatebion i arolygon</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Import visit outcomes</source>
      <translation>Mewnforio canlyniadau ymweliadau</translation>
    </message>
    <message>
      <location filename="../processing/report/engagement_report.py" line="19" />
      <source>Imports the alert platform's replies export (member id, message id, time, text), links each reply to the message in the message log and to the member's area, and reports reply rates (members who replied / recipients) per message and per area and month. Replies to messages that are not in the log, or from members who were not recipients, are listed apart; bad rows go to the rejects table. Reply texts are personal data and are not copied into any output.</source>
      <translation>Yn mewnforio allforiad atebion y platfform rhybuddion (dynodydd aelod, dynodydd neges, amser, testun), yn cysylltu pob ateb â'r neges yn y log negeseuon ac ag ardal yr aelod, ac yn adrodd cyfraddau ateb (aelodau a atebodd / derbynwyr) fesul neges a fesul ardal a mis. Caiff atebion i negeseuon nad ydynt yn y log, neu gan aelodau nad oeddent yn dderbynwyr, eu rhestru ar wahân; mae rhesi gwallus yn mynd i'r tabl gwrthodiadau. Mae testunau'r atebion yn ddata personol ac nid ydynt yn cael eu copïo i unrhyw allbwn.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="30" />
      <source>Indices of Deprivation</source>
      <translation>Mynegeion Amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="50" />
      <source>Indices of Deprivation, output of Import classification or deprivation</source>
      <translation>Mynegeion Amddifadedd, allbwn Mewnforio dosbarthiad neu amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="81" />
      <source>Insight</source>
      <translation>Mewnwelediad</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Key contacts (personal data)</source>
      <translation>Cysylltiadau allweddol (data personol)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="31" />
      <source>LSOA 2011-2021 lookup</source>
      <translation>Tabl chwilio LSOA 2011-2021</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="16" />
      <source>LSOA 2021</source>
      <translation>LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="29" />
      <source>LSOA 2021 polygons</source>
      <translation>Polygonau LSOA 2021</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="49" />
      <source>LSOA 2021 polygons: postcode to LSOA, and the Census best fit</source>
      <translation>Polygonau LSOA 2021: cod post i LSOA, a'r ffit orau ar gyfer y Cyfrifiad</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="17" />
      <source>Last month, YYYY-MM; blank = the last month of the crime data</source>
      <translation>Mis olaf, YYYY-MM; gwag = mis olaf y data troseddau</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Link community data</source>
      <translation>Cysylltu data cymunedol</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="182" />
      <source>Linking…</source>
      <translation>Wrthi'n cysylltu…</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="179" />
      <source>Links from the workspace: {0}</source>
      <translation>Cysylltiadau o'r man gwaith: {0}</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_community.py" line="39" />
      <source>Links members (through their postcode centroid) and their survey responses, crimes (each distinct police.uk map point once) and classifications to the nearest street segment within the maximum distance and to the area that contains them, then builds insight for the period (start and end month, YYYY-MM; blank = all months of the crime data): STREET_INSIGHT (lines), AREA_INSIGHT (polygons) and FORCE_SUMMARY with members, active, opted out, households and registration rate, responses and response rate, mean trust and confidence with their n, top local priorities, crimes by police.uk category, harm-weighted crime, demographic coverage, dominant classification and IMD decile. Survey figures behind fewer people than the suppression threshold are left empty. Every record that does not link is listed in UNMATCHED with the reason (member, response and visit ids only with INCLUDE_IDS: they are personal data). Every figure is for the areas analysed: every area given, some of them (AREA_CODES) or a patch (PATCH); crimes, streets and members outside them are left out and counted in the log and in FORCE_SUMMARY (scope, crimes_left_out, members_left_out), whose households are those of the same areas. LINKED_MEMBERS (personal data) is only written when asked for.</source>
      <translation>Yn cysylltu aelodau (drwy ganolbwynt eu cod post) a'u hymatebion i arolygon, troseddau (pob pwynt map police.uk gwahanol unwaith) a dosbarthiadau â'r darn stryd agosaf o fewn y pellter mwyaf ac â'r ardal sy'n eu cynnwys, yna'n llunio mewnwelediad ar gyfer y cyfnod (mis dechrau a mis gorffen, YYYY-MM; gwag = pob mis yn y data troseddau): STREET_INSIGHT (llinellau), AREA_INSIGHT (polygonau) a FORCE_SUMMARY gydag aelodau, aelodau gweithredol, aelodau sydd wedi optio allan, aelwydydd a chyfradd gofrestru, ymatebion a chyfradd ymateb, cymedr ymddiriedaeth a hyder gyda'u n, y prif flaenoriaethau lleol, troseddau fesul categori police.uk, troseddau wedi'u pwysoli yn ôl niwed, cwmpas demograffig, y dosbarthiad amlycaf a degradd IMD. Caiff ffigurau arolwg sy'n seiliedig ar lai o bobl na'r trothwy atal eu gadael yn wag. Caiff pob cofnod nad yw'n cysylltu ei restru yn UNMATCHED gyda'r rheswm (dynodyddion aelodau, ymatebion ac ymweliadau dim ond gydag INCLUDE_IDS: maent yn ddata personol). Mae pob ffigur ar gyfer yr ardaloedd a ddadansoddwyd: pob ardal a roddwyd, rhai ohonynt (AREA_CODES) neu ardal gyfrifoldeb (PATCH); caiff troseddau, strydoedd ac aelodau y tu allan iddynt eu hepgor a'u cyfrif yn y log ac yn FORCE_SUMMARY (scope, crimes_left_out, members_left_out), y mae ei aelwydydd yn perthyn i'r un ardaloedd. Dim ond pan ofynnir amdano y caiff LINKED_MEMBERS (data personol) ei ysgrifennu.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="31" />
      <source>Lists personal ids in the unmatched table: only when you need to correct the source records</source>
      <translation>Yn rhestru dynodyddion personol yn y tabl cofnodion heb eu cysylltu: dim ond pan fydd angen i chi gywiro'r cofnodion ffynhonnell</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="16" />
      <source>Lists the key contacts and advisory-group members of the areas you choose, with their groups, area, street and the contact fields the workspace holds (name, email, phone: only there when members were imported with 'Keep contact fields'). This is personal data: it is written only when you tick 'I need this personal data for my role', to a CSV file (not a layer, so that it is not added to a shared project), and every export is recorded in the workspace's audit (when, who, which areas, how many rows; never who was listed). If the audit cannot be written, no file is written. Members who opted out, or whose status is unknown, never appear. Groups are matched as message audiences match them (case, spaces and aliases such as 'Independent Advisory Group' = IAG ignored; a group no member has is an error listing the groups present). Share the file only with the officers of those areas and delete it when it is no longer needed.</source>
      <translation>Yn rhestru cysylltiadau allweddol ac aelodau grwpiau cynghori'r ardaloedd a ddewiswch, gyda'u grwpiau, eu hardal, eu stryd a'r meysydd cyswllt sydd gan y man gwaith (enw, e-bost, ffôn: dim ond pan gafodd aelodau eu mewnforio gyda 'Cadw meysydd cyswllt'). Data personol yw hwn: dim ond pan fyddwch yn ticio 'Mae angen y data personol hwn arnaf ar gyfer fy rôl' y caiff ei ysgrifennu, i ffeil CSV (nid haen, fel nad yw'n cael ei ychwanegu at brosiect a rennir), a chaiff pob allforiad ei gofnodi yng nghofnod archwilio'r man gwaith (pryd, pwy, pa ardaloedd, faint o resi; byth pwy a restrwyd). Os na ellir ysgrifennu i'r cofnod archwilio, ni chaiff unrhyw ffeil ei hysgrifennu. Nid yw aelodau sydd wedi optio allan, neu y mae eu statws yn anhysbys, byth yn ymddangos. Caiff grwpiau eu paru yn yr un ffordd ag y mae cynulleidfaoedd negeseuon yn eu paru (gan anwybyddu priflythrennau, bylchau ac enwau amgen fel 'Independent Advisory Group' = IAG; mae grŵp nad oes gan unrhyw aelod yn wall sy'n rhestru'r grwpiau sy'n bresennol). Rhannwch y ffeil â swyddogion yr ardaloedd hynny yn unig, a'i dileu pan nad oes ei hangen mwyach.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="13" />
      <source>Main language (TS029)</source>
      <translation>Prif iaith (TS029)</translation>
    </message>
    <message>
      <location filename="../processing/report/briefing_pack.py" line="34" />
      <source>Makes a printed briefing for each area of a layer (wards, team areas, or one polygon for the whole force): a QGIS atlas over a print layout template. Each area gets a map of its priority streets over area insight with hot streets and hot places marked, area boundaries and street names, a legend, scale bar and north arrow, the title, period and data licences, and tables: the top streets with reasons, actions and uncertainty, hot places, the public's priorities, crime change, the equality check, and the door-knocking set-ups and messages of the area where a workspace and message log are given. With FORECAST (the forecast table of Priority streets) each first page says how much of the next crimes the top streets held (does the ranking work), and a page 'Does the ranking work?' gives the share of the next months' crimes on the top 5% of streets by each ranking, the PAI, and how stable the top streets are. Exports one PDF per area or one multi-page PDF, and a PNG per page. The layout is a template (.qpt, default resources/layouts/briefing_pack.qpt) a force restyles in the Layout Designer; give another with TEMPLATE. Aggregate figures only: no member, name or contact; counts of people under the threshold are shown as &lt;5.</source>
      <translation>Yn creu briff printiedig ar gyfer pob ardal mewn haen (wardiau, ardaloedd tîm, neu un polygon ar gyfer yr heddlu cyfan): atlas QGIS dros dempled cynllun argraffu. Mae pob ardal yn cael map o'i strydoedd blaenoriaeth dros fewnwelediad yr ardal, gyda strydoedd poeth a mannau poeth wedi'u marcio, ffiniau ardaloedd ac enwau strydoedd, allwedd, bar graddfa a saeth y gogledd, y teitl, y cyfnod a'r trwyddedau data, a thablau: y strydoedd uchaf gyda rhesymau, camau gweithredu ac ansicrwydd, mannau poeth, blaenoriaethau'r cyhoedd, newid mewn troseddau, y gwiriad cydraddoldeb, a threfniannau curo drysau a negeseuon yr ardal pan roddir man gwaith a log negeseuon. Gyda FORECAST (tabl rhagolygon Strydoedd blaenoriaeth), mae pob tudalen gyntaf yn dweud faint o'r troseddau nesaf a oedd ar y strydoedd uchaf (a yw'r drefn restrol yn gweithio), ac mae tudalen 'A yw'r drefn restrol yn gweithio?' yn rhoi cyfran troseddau'r misoedd nesaf ar y 5% uchaf o strydoedd yn ôl pob trefn restrol, y PAI, a pha mor sefydlog yw'r strydoedd uchaf. Yn allforio un PDF fesul ardal neu un PDF aml-dudalen, a PNG fesul tudalen. Templed yw'r cynllun (.qpt, rhagosodiad resources/layouts/briefing_pack.qpt) y gall heddlu newid ei arddull yn y Dylunydd Cynllun (Layout Designer); rhowch un arall gyda TEMPLATE. Ffigurau cyfanredol yn unig: dim aelod, enw na manylion cyswllt; dangosir cyfrifon pobl o dan y trothwy fel &lt;5.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="52" />
      <source>Maximum distance to a street</source>
      <translation>Pellter mwyaf at stryd</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="91" />
      <source>Members</source>
      <translation>Aelodau</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="81" />
      <source>Messages</source>
      <translation>Negeseuon</translation>
    </message>
    <message>
      <location filename="../processing/engage/key_contacts.py" line="38" />
      <source>Must be ticked (true): you confirm that your role needs this personal data. Nothing is written otherwise.</source>
      <translation>Rhaid ei dicio (true): rydych yn cadarnhau bod angen y data personol hwn ar gyfer eich rôl. Fel arall, nid oes dim yn cael ei ysgrifennu.</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" line="155" />
      <source>Not enough memory. Try a smaller extract or a smaller scale.</source>
      <translation>Dim digon o gof. Rhowch gynnig ar ddetholiad llai neu raddfa lai.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="57" />
      <source>Only these areas (codes, comma separated; blank = every area given)</source>
      <translation>Dim ond yr ardaloedd hyn (codau, wedi'u gwahanu gan gomâu; gwag = pob ardal a roddwyd)</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="59" />
      <source>Only this patch (polygon layer)</source>
      <translation>Dim ond yr ardal gyfrifoldeb hon (haen bolygonau)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="9" />
      <source>Only when your columns have other names: canonical=Your column; e.g. member_id=Subscriber Ref; postcode=Home Postcode</source>
      <translation>Dim ond pan fo gan eich colofnau enwau eraill: enw safonol=Eich colofn; e.e. member_id=Subscriber Ref; postcode=Home Postcode</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="34" />
      <source>Output Area Classification</source>
      <translation>Dosbarthiad Ardaloedd Cynnyrch</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="54" />
      <source>Output Area Classification, output of Import classification or deprivation</source>
      <translation>Dosbarthiad Ardaloedd Cynnyrch, allbwn Mewnforio dosbarthiad neu amddifadedd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="60" />
      <source>Output of Compare periods (area change): the change in crime for the message</source>
      <translation>Allbwn Cymharu cyfnodau (newid yn yr ardal): y newid mewn troseddau ar gyfer y neges</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="43" />
      <source>Output of Import alert-platform members (or any table with member_id, postcode, status)</source>
      <translation>Allbwn Mewnforio aelodau'r platfform rhybuddion (neu unrhyw dabl gyda member_id, postcode, status)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="48" />
      <source>Output of Import areas (wards, beats or neighbourhoods)</source>
      <translation>Allbwn Mewnforio ardaloedd (wardiau, ardaloedd patrôl neu gymdogaethau)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="45" />
      <source>Output of Import police.uk crime or Import force crime extract</source>
      <translation>Allbwn Mewnforio troseddau police.uk neu Mewnforio detholiad troseddau'r heddlu</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="46" />
      <source>Output of Import postcode lookup</source>
      <translation>Allbwn Mewnforio tabl chwilio codau post</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="47" />
      <source>Output of Import streets or Approximate streets from police.uk points</source>
      <translation>Allbwn Mewnforio strydoedd neu Brasamcanu strydoedd o bwyntiau police.uk</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="44" />
      <source>Output of Import survey responses</source>
      <translation>Allbwn Mewnforio ymatebion i arolygon</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="59" />
      <source>Output of Link community data (area insight): fills the message with figures</source>
      <translation>Allbwn Cysylltu data cymunedol (mewnwelediad ardal): yn llenwi'r neges â ffigurau</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="58" />
      <source>Output of Priority streets: its top TOP_N streets' residents</source>
      <translation>Allbwn Strydoedd blaenoriaeth: trigolion ei TOP_N stryd uchaf</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="91" />
      <source>Polygon layer for the area</source>
      <translation>Haen bolygonau ar gyfer yr ardal</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="91" />
      <source>Postcodes</source>
      <translation>Codau post</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_streets.py" line="20" />
      <source>Prepares any line layer with a street-name field (OS Open Roads, OpenStreetMap, a council gazetteer) as street segments in British National Grid. Multi-lines are split into parts; segments of the same name that touch (within the join distance) form one street, so an OpenStreetMap street split over several ways is one street and two streets of the same name in different places stay apart. Footways, steps, paths and other non-street classes are excluded by default (listed in the rejects with the reason). Unnamed segments are kept and flagged unless you untick 'Keep unnamed'.</source>
      <translation>Yn paratoi unrhyw haen linellau sydd â maes enw stryd (OS Open Roads, OpenStreetMap, gasetiadur cyngor) fel darnau stryd yng Ngrid Cenedlaethol Prydain. Caiff aml-linellau eu rhannu'n rhannau; mae darnau o'r un enw sy'n cyffwrdd (o fewn y pellter uno) yn ffurfio un stryd, felly mae stryd OpenStreetMap sydd wedi'i rhannu dros sawl 'way' yn un stryd, ac mae dwy stryd o'r un enw mewn mannau gwahanol yn aros ar wahân. Caiff llwybrau troed, grisiau, llwybrau a dosbarthiadau eraill nad ydynt yn strydoedd eu heithrio yn ddiofyn (wedi'u rhestru yn y gwrthodiadau gyda'r rheswm). Caiff darnau heb enw eu cadw a'u nodi oni bai eich bod yn dad-dicio 'Cadw rhai heb enw'.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_areas.py" line="19" />
      <source>Prepares any polygon layer with a code and a name field (wards, police beats, neighbourhood team areas, LSOAs) in British National Grid. Invalid polygons are repaired; features without geometry, with a blank code or a repeated code are rejected with the reason.</source>
      <translation>Yn paratoi unrhyw haen bolygonau sydd â maes cod a maes enw (wardiau, ardaloedd patrôl yr heddlu, ardaloedd timau cymdogaeth, LSOAau) yng Ngrid Cenedlaethol Prydain. Caiff polygonau annilys eu trwsio; caiff nodweddion heb geometreg, gyda chod gwag neu god sy'n cael ei ailadrodd eu gwrthod gyda'r rheswm.</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="81" />
      <source>Priorities</source>
      <translation>Blaenoriaethau</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_message.py" line="91" />
      <source>Priority streets</source>
      <translation>Strydoedd blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="26" />
      <source>Ranks the streets of the areas given (every area, some of them by code with AREA_CODES, or a team's patch with PATCH) for the period; crimes, streets, places and members outside them are left out of every figure (percentiles, hot streets, totals, households) and counted in the log and the report. Each street is scored from seven components you weight: harm-weighted crime; hot streets (Getis-Ord Gi* over street segments, 400 m band, FDR-corrected); significant rises on the previous period; residents' local priorities that match the crime here; low trust and confidence; deprivation and classification; the engagement gap (registration against households, no recent door-knocking). Each street gets a score of 0-100, one field per component, its top three reasons in plain words and the recommended actions of the rule table (resources/config/action_rules.csv, editable), each naming its rule. Writes an HTML briefing of the top streets with aggregate figures only. Survey and member figures are shrunk toward the street's area (empirical Bayes) and each score carries a 90% interval and a rank range from a bootstrap over members and their answers (REPLICATES; 0 = none). Crimes police.uk records at named places (car parks, supermarkets, nightclubs... resources/config/place_names.csv) are ranked apart in HOT_PLACES with actions for premises and partners. EQUALITY compares the top streets with all streets (Census 2021 ethnic group, deprivation) and estimates the association of the score and each component with the ethnic mix after crime controls. Every run also ranks the streets by crime risk alone (risk_score, risk_rank: crime over all months so far with recency weights, smoothed over neighbouring streets) and checks whether the ranks work: the share of the next months' crimes and harm on the top 1%, 5% and 10% of streets (hit rate) and the Predictive Accuracy Index, beside simple baselines (last period's count and harm, a kernel density, the count over all months), with bootstrap intervals for the differences (a back-test on the period itself when the next months are not in the data yet); and how much the top streets move when a weight changes by 10% or the period moves by a month. The report says it in plain words; FORECAST holds the table (accuracy, differences and stability rows), which lpt:briefingpack prints.</source>
      <translation>Yn rhoi strydoedd yr ardaloedd a roddwyd mewn trefn restrol (pob ardal, rhai ohonynt yn ôl cod gydag AREA_CODES, neu ardal gyfrifoldeb tîm gyda PATCH) ar gyfer y cyfnod; caiff troseddau, strydoedd, mannau ac aelodau y tu allan iddynt eu hepgor o bob ffigur (canraddau, strydoedd poeth, cyfansymiau, aelwydydd) a'u cyfrif yn y log ac yn yr adroddiad. Caiff sgôr pob stryd ei chyfrifo o saith elfen yr ydych yn eu pwysoli: troseddau wedi'u pwysoli yn ôl niwed; strydoedd poeth (Getis-Ord Gi* dros ddarnau stryd, band 400 m, wedi'i gywiro ar gyfer FDR); cynnydd arwyddocaol o'i gymharu â'r cyfnod blaenorol; blaenoriaethau lleol trigolion sy'n cyfateb i'r troseddau yma; ymddiriedaeth a hyder isel; amddifadedd a dosbarthiad; y bwlch ymgysylltu (cofrestru o'i gymharu ag aelwydydd, dim curo drysau diweddar). Mae pob stryd yn cael sgôr o 0-100, un maes fesul elfen, ei thri phrif reswm mewn geiriau plaen a'r camau gweithredu a argymhellir gan y tabl rheolau (resources/config/action_rules.csv, y gellir ei olygu), pob un yn enwi ei reol. Yn ysgrifennu briff HTML o'r strydoedd uchaf gyda ffigurau cyfanredol yn unig. Caiff ffigurau arolygon ac aelodau eu crebachu tuag at ardal y stryd (Bayes empirig) ac mae gan bob sgôr gyfwng 90% ac ystod safleoedd o bootstrap dros aelodau a'u hatebion (REPLICATES; 0 = dim). Caiff troseddau y mae police.uk yn eu cofnodi mewn mannau a enwir (meysydd parcio, archfarchnadoedd, clybiau nos... resources/config/place_names.csv) eu rhoi mewn trefn restrol ar wahân yn HOT_PLACES gyda chamau gweithredu ar gyfer safleoedd a phartneriaid. Mae EQUALITY yn cymharu'r strydoedd uchaf â phob stryd (grŵp ethnig Cyfrifiad 2021, amddifadedd) ac yn amcangyfrif y cysylltiad rhwng y sgôr a phob elfen a'r cymysgedd ethnig ar ôl rheoli ar gyfer troseddau. Mae pob rhediad hefyd yn rhoi'r strydoedd mewn trefn restrol yn ôl risg troseddu yn unig (risk_score, risk_rank: troseddau dros bob mis hyd yma gyda phwysiadau diweddarwydd, wedi'u llyfnhau dros strydoedd cyfagos) ac yn gwirio a yw'r safleoedd yn gweithio: cyfran troseddau a niwed y misoedd nesaf ar yr 1%, 5% a 10% uchaf o strydoedd (cyfradd taro) a'r Mynegai Cywirdeb Rhagfynegol, ochr yn ochr â llinellau sylfaen syml (cyfrif a niwed y cyfnod diwethaf, dwysedd cnewyllyn, y cyfrif dros bob mis), gyda chyfyngau bootstrap ar gyfer y gwahaniaethau (ôl-brawf ar y cyfnod ei hun pan nad yw'r misoedd nesaf yn y data eto); a faint y mae'r strydoedd uchaf yn symud pan fo pwysiad yn newid 10% neu pan fo'r cyfnod yn symud fis. Mae'r adroddiad yn dweud hyn mewn geiriau plaen; mae FORECAST yn cynnwys y tabl (rhesi cywirdeb, gwahaniaethau a sefydlogrwydd), y mae lpt:briefingpack yn ei argraffu.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="74" />
      <source>Reading the workspace {0}…</source>
      <translation>Wrthi'n darllen y man gwaith {0}…</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="91" />
      <source>Reading {0}…</source>
      <translation>Wrthi'n darllen {0}…</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_census.py" line="26" />
      <source>Reads a Census 2021 table (ethnic group, religion, main language / proficiency in English, household deprivation...) by Output Area, LSOA or MSOA, in long form (one row per area and category) or wide form (one column per category, as Nomis publishes it). Coded columns such as ts0300001 are decoded with the table metadata file. Output: a tidy table area_code, geography, topic, category, count, total, share.</source>
      <translation>Yn darllen tabl Cyfrifiad 2021 (grŵp ethnig, crefydd, prif iaith / hyfedredd yn Saesneg, amddifadedd aelwydydd...) fesul Ardal Gynnyrch, LSOA neu MSOA, ar ffurf hir (un rhes fesul ardal a chategori) neu ar ffurf lydan (un golofn fesul categori, fel y mae Nomis yn ei gyhoeddi). Caiff colofnau wedi'u codio fel ts0300001 eu datgodio gyda ffeil metadata'r tabl. Allbwn: tabl taclus area_code, geography, topic, category, count, total, share.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_force_crime.py" line="13" />
      <source>Reads a force crime extract: crime id, date, offence category and x/y (eastings/northings or longitude/latitude) in the coordinate reference system you pick. Output: points in British National Grid (EPSG:27700). Points outside Great Britain, swapped lon/lat, bad dates and repeated ids are rejected with the reason.</source>
      <translation>Yn darllen detholiad troseddau gan heddlu: dynodydd trosedd, dyddiad, categori trosedd ac x/y (dwyreiniadau/gogleddiadau neu hydred/lledred) yn y system cyfeirnodau cyfesurynnau a ddewiswch. Allbwn: pwyntiau yng Ngrid Cenedlaethol Prydain (EPSG:27700). Caiff pwyntiau y tu allan i Brydain Fawr, hydred/lledred wedi'u cyfnewid, dyddiadau gwallus a dynodyddion sy'n cael eu hailadrodd eu gwrthod gyda'r rheswm.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_classification.py" line="19" />
      <source>Reads a socio-economic classification: CACI Acorn by postcode (category, group, type), the ONS Output Area Classification 2021 by Output Area (supergroup, group, subgroup), the English Indices of Deprivation 2019 (LSOA 2011) or 2025 (LSOA 2021) as MHCLG publishes them or as tidy tables, or the ONS LSOA 2011 to 2021 lookup.</source>
      <translation>Yn darllen dosbarthiad economaidd-gymdeithasol: CACI Acorn fesul cod post (categori, grŵp, math), Dosbarthiad Ardaloedd Cynnyrch 2021 yr ONS fesul Ardal Gynnyrch (uwchgrŵp, grŵp, is-grŵp), Mynegeion Amddifadedd Lloegr 2019 (LSOA 2011) neu 2025 (LSOA 2021) fel y mae MHCLG yn eu cyhoeddi neu fel tablau taclus, neu dabl chwilio LSOA 2011 i 2021 yr ONS.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_police_crime.py" line="15" />
      <source>Reads police.uk street-level crime CSVs exactly as downloaded: one file, several files (separate paths with ;) or a folder of monthly files. LSOA 2011 and 2021 codes are both accepted; give the ONS LSOA 2011-2021 lookup to record which vintage each file uses. Output: points in British National Grid (EPSG:27700) with the 'On or near' street name kept. Records that share a Crime ID are kept (police.uk publishes such ids); only exact repeats of a whole row are rejected.</source>
      <translation>Yn darllen ffeiliau CSV troseddau lefel stryd police.uk yn union fel y'u lawrlwythwyd: un ffeil, sawl ffeil (gwahanwch y llwybrau gyda ;) neu ffolder o ffeiliau misol. Derbynnir codau LSOA 2011 a 2021 ill dau; rhowch dabl chwilio LSOA 2011-2021 yr ONS i gofnodi pa fersiwn y mae pob ffeil yn ei defnyddio. Allbwn: pwyntiau yng Ngrid Cenedlaethol Prydain (EPSG:27700) gydag enw'r stryd 'On or near' wedi'i gadw. Caiff cofnodion sy'n rhannu Crime ID eu cadw (mae police.uk yn cyhoeddi dynodyddion o'r fath); dim ond rhesi cyfan sy'n cael eu hailadrodd yn union sy'n cael eu gwrthod.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_postcodes.py" line="14" />
      <source>Reads postcode centroids as published: the ONS Postcode Directory or NSPL (pcd or pcds, oseast1m, osnrth1m, and any of oa11/lsoa11/oa21/lsoa21/osward/laua/doterm) or OS Code-Point Open (headerless, documented column order PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC). 'auto' tells them apart. Postcodes are normalised (case and spaces). Rows without a grid reference are rejected.</source>
      <translation>Yn darllen canolbwyntiau codau post fel y'u cyhoeddwyd: ONS Postcode Directory neu NSPL (pcd neu pcds, oseast1m, osnrth1m, ac unrhyw un o oa11/lsoa11/oa21/lsoa21/osward/laua/doterm) neu OS Code-Point Open (heb bennawd, trefn colofnau ddogfennedig PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC). Mae 'auto' yn gwahaniaethu rhyngddynt. Caiff codau post eu normaleiddio (priflythrennau a bylchau). Caiff rhesi heb gyfeirnod grid eu gwrthod.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_surveys.py" line="12" />
      <source>Reads quarterly survey responses: response id, member id, submitted date, wave (e.g. 2024-Q1; derived from the date when blank), trust and confidence (1-5 or the agree/disagree wording; 'don't know' is kept as missing), local priorities (multi-select separated by ; or |, from the category list in resources/config/priority_categories.csv or your own) and a free-text concern.</source>
      <translation>Yn darllen ymatebion chwarterol i arolygon: dynodydd ymateb, dynodydd aelod, dyddiad cyflwyno, cylch (e.e. 2024-Q1; yn deillio o'r dyddiad pan fo'n wag), ymddiriedaeth a hyder (1-5 neu eiriad cytuno/anghytuno; caiff 'don't know' ei gadw fel gwerth coll), blaenoriaethau lleol (dewis lluosog wedi'u gwahanu gan ; neu |, o'r rhestr categorïau yn resources/config/priority_categories.csv neu'ch rhestr eich hun) a phryder mewn testun rhydd.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_visits.py" line="10" />
      <source>Reads the door-knock visit log: visit id, date, postcode, outcome (registered, no answer, declined, already registered, leaflet left), team, an anonymous household reference and the member id of a registration. Priority streets use it for the engagement gap (streets without recent visits). Exact addresses are not needed.</source>
      <translation>Yn darllen log ymweliadau curo drysau: dynodydd ymweliad, dyddiad, cod post, canlyniad (registered, no answer, declined, already registered, leaflet left), tîm, cyfeirnod aelwyd dienw a dynodydd aelod cofrestriad. Mae Strydoedd blaenoriaeth yn ei ddefnyddio ar gyfer y bwlch ymgysylltu (strydoedd heb ymweliadau diweddar). Nid oes angen union gyfeiriadau.</translation>
    </message>
    <message>
      <location filename="../processing/imports/import_members.py" line="15" />
      <source>Reads the member export of the community alert platform (Neighbourhood Alert / My Community Alert). Required columns: member id, postcode, registration date. Optional: status and opt-out date, age band, gender, ethnic group, religion, main language, disability, groups (IAG, Neighbourhood Watch...; separated by ; or |), key contact flag. Blank demographics are normal and reported as coverage. Contact fields (name, email, phone) are personal data: they are only kept when 'Keep contact fields' is ticked. Rejected rows go to the rejects table with file, row, column, value and reason.</source>
      <translation>Yn darllen allforiad aelodau'r platfform rhybuddion cymunedol (Neighbourhood Alert / My Community Alert). Colofnau gofynnol: dynodydd aelod, cod post, dyddiad cofrestru. Dewisol: statws a dyddiad optio allan, band oedran, rhywedd, grŵp ethnig, crefydd, prif iaith, anabledd, grwpiau (IAG, Neighbourhood Watch...; wedi'u gwahanu gan ; neu |), baner cyswllt allweddol. Mae data demograffig gwag yn arferol ac yn cael ei adrodd fel cwmpas. Mae meysydd cyswllt (enw, e-bost, ffôn) yn ddata personol: dim ond pan fo 'Cadw meysydd cyswllt' wedi'i dicio y cânt eu cadw. Mae rhesi a wrthodwyd yn mynd i'r tabl gwrthodiadau gyda'r ffeil, y rhes, y golofn, y gwerth a'r rheswm.</translation>
    </message>
    <message>
      <location filename="../processing/engage/import_visit_outcomes.py" line="17" />
      <source>Reads the visit-list GeoPackages back from the phones (files separated by ';', or every .gpkg of a folder) into the workspace's visit outcomes. Each visit is checked: a visit id that is not a UUID, a visit of another set-up, an outcome outside the list, a postcode not on the set-up's list, a date that cannot be read or lies in the future, or a point recorded more than MAX_DISTANCE from its postcode is a rejected row with its reason. A note holding what looks like a phone number or an email has it replaced by [removed], one starting a formula is neutralised; both are flagged. The same visit edited twice keeps both edits and the newest counts; importing a file again adds nothing; nothing stored is removed.</source>
      <translation>Yn darllen GeoPackages y rhestrau ymweliadau yn ôl o'r ffonau (ffeiliau wedi'u gwahanu gan ';', neu bob .gpkg mewn ffolder) i ganlyniadau ymweliadau'r man gwaith. Caiff pob ymweliad ei wirio: mae dynodydd ymweliad nad yw'n UUID, ymweliad sy'n perthyn i drefniant arall, canlyniad y tu allan i'r rhestr, cod post nad yw ar restr y trefniant, dyddiad na ellir ei ddarllen neu sydd yn y dyfodol, neu bwynt a gofnodwyd fwy na MAX_DISTANCE o'i god post yn rhes a wrthodir gyda'i rheswm. Mewn nodyn sy'n cynnwys rhywbeth sy'n edrych fel rhif ffôn neu gyfeiriad e-bost, caiff hwnnw ei ddisodli gan [removed]; caiff nodyn sy'n dechrau gyda fformiwla ei niwtraleiddio; caiff y ddau eu nodi. Mae'r un ymweliad a olygwyd ddwywaith yn cadw'r ddau olygiad, a'r mwyaf diweddar sy'n cyfrif; nid yw mewnforio ffeil eto yn ychwanegu dim; nid oes dim a storiwyd yn cael ei ddileu.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="39" />
      <source>Recipients who already had a message within this many days are counted</source>
      <translation>Caiff derbynwyr a gafodd neges eisoes o fewn y nifer hwn o ddiwrnodau eu cyfrif</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="42" />
      <source>Recorded in the message log</source>
      <translation>Wedi'i gofnodi yn y log negeseuon</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="13" />
      <source>Religion (TS030)</source>
      <translation>Crefydd (TS030)</translation>
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="14" />
      <source>Reports the progress of door-knocking set-ups for supervisors: per set-up, team and week, households targeted, doors knocked, contact rate, registrations, people surveyed at the door, survey responses from the set-up's postcodes while it ran, and - for a set-up aimed at a community - that community's share among members of its postcodes who joined since it started against those who joined before (Wilson 95% intervals, not shown below the threshold). HTML with a chart of visits per week by outcome, and the same figures as tables. Counts only: no member, name or address.</source>
      <translation>Yn adrodd cynnydd trefniannau curo drysau ar gyfer goruchwylwyr: fesul trefniant, tîm ac wythnos, aelwydydd a dargedwyd, drysau a gurwyd, cyfradd cyswllt, cofrestriadau, pobl a gymerodd ran mewn arolwg wrth y drws, ymatebion i arolygon o godau post y trefniant tra oedd yn rhedeg, ac - ar gyfer trefniant sydd wedi'i anelu at gymuned - cyfran y gymuned honno ymhlith aelodau ei godau post a ymunodd ers iddo ddechrau o'i chymharu â'r rhai a ymunodd cyn hynny (cyfyngau Wilson 95%, nad ydynt yn cael eu dangos o dan y trothwy). HTML gyda siart o ymweliadau yr wythnos yn ôl canlyniad, a'r un ffigurau fel tablau. Cyfrifon yn unig: dim aelod, enw na chyfeiriad.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="25" />
      <source>Segments within this distance of each other are neighbours in the hot-street (Gi*) test</source>
      <translation>Mae darnau stryd sydd o fewn y pellter hwn i'w gilydd yn gymdogion yn y prawf strydoedd poeth (Gi*)</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="24" />
      <source>Set up the workspace database (PostGIS)</source>
      <translation>Sefydlu cronfa ddata'r man gwaith (PostGIS)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="21" />
      <source>Sets such as: include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=75+</source>
      <translation>Setiau fel: include group=IAG|Neighbourhood Watch; exclude area=E05011541; must age_band=75+</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" line="33" />
      <source>Store it in the workspace even if it accepts nothing or less than half the rows it replaces (explicit override)</source>
      <translation>Ei storio yn y man gwaith hyd yn oed os nad yw'n derbyn dim neu'n derbyn llai na hanner y rhesi y mae'n eu disodli (diystyru penodol)</translation>
    </message>
    <message>
      <location filename="../processing/engage/create_setup.py" line="22" />
      <source>Stores a targeted door-knocking set-up in the workspace: a name, the owning team, dates, and its target list - the postcodes of its streets with estimated households (Census 2021 households of the LSOA shared across its postcodes, or your ADDRESS_COUNTS), members already registered, the last visit and outcome, and whether the street is a priority. Streets come from the top N priority streets (of AREA_CODES if given), from the areas where a community is under-represented, or from criteria on area, street, imd_decile, classification (OAC supergroup) and confidence (low / middle / high) ('include imd_decile=1|2; must confidence=low; exclude area=...'; a value the workspace does not have is an error). Without REVISIT, households already registered are not knocked again. Several set-ups can be open at once; archive one with Archive door-knocking set-up, nothing is ever deleted. Run Link community data on the workspace first.</source>
      <translation>Yn storio trefniant curo drysau wedi'i dargedu yn y man gwaith: enw, y tîm sy'n berchen arno, dyddiadau, a'i restr dargedau - codau post ei strydoedd gydag amcangyfrif o aelwydydd (aelwydydd Cyfrifiad 2021 yr LSOA wedi'u rhannu ar draws ei godau post, neu eich ADDRESS_COUNTS), aelodau sydd eisoes wedi cofrestru, yr ymweliad a'r canlyniad diwethaf, ac a yw'r stryd yn flaenoriaeth. Daw'r strydoedd o'r N stryd blaenoriaeth uchaf (o AREA_CODES os rhoddir hwy), o'r ardaloedd lle nad oes gan gymuned gynrychiolaeth ddigonol, neu o feini prawf ar ardal, stryd, imd_decile, dosbarthiad (uwchgrŵp OAC) a hyder (low / middle / high) ('include imd_decile=1|2; must confidence=low; exclude area=...'; mae gwerth nad yw yn y man gwaith yn wall). Heb REVISIT, nid yw drysau aelwydydd sydd eisoes wedi cofrestru yn cael eu curo eto. Gall sawl trefniant fod ar agor ar yr un pryd; archifwch un gydag Archifo trefniant curo drysau, nid oes dim byth yn cael ei ddileu. Rhedwch Cysylltu data cymunedol ar y man gwaith yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="27" />
      <source>Street segments</source>
      <translation>Darnau stryd</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="54" />
      <source>Suppress survey figures based on fewer than this many people</source>
      <translation>Atal ffigurau arolwg sy'n seiliedig ar lai na'r nifer hwn o bobl</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="14" />
      <source>Survey figures based on fewer people are left empty, so no one can be singled out</source>
      <translation>Caiff ffigurau arolwg sy'n seiliedig ar lai o bobl eu gadael yn wag, fel na ellir nodi neb yn unigol</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="24" />
      <source>Survey responses</source>
      <translation>Ymatebion i arolygon</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="16" />
      <source>Team areas (layer below)</source>
      <translation>Ardaloedd tîm (yr haen isod)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="22" />
      <source>The GeoPackage that records every export (created if it does not exist)</source>
      <translation>Y GeoPackage sy'n cofnodi pob allforiad (caiff ei greu os nad yw'n bodoli)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="51" />
      <source>The LSOA 2011 to 2021 lookup, needed with IMD 2019 (LSOA 2011 codes)</source>
      <translation>Tabl chwilio LSOA 2011 i 2021, sydd ei angen gydag IMD 2019 (codau LSOA 2011)</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="33" />
      <source>The message template; it is filled with aggregate figures of the area only</source>
      <translation>Templed y neges; caiff ei lenwi â ffigurau cyfanredol yr ardal yn unig</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" line="32" />
      <source>Time: {0}</source>
      <translation>Amser: {0}</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="29" />
      <source>Title of the HTML briefing</source>
      <translation>Teitl y briff HTML</translation>
    </message>
    <message>
      <location filename="../processing/catalogue.py" line="81" />
      <source>Training and demo</source>
      <translation>Hyfforddi ac arddangos</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" line="158" />
      <source>Unexpected error in {0}: {1}: {2}. The details are in {3}; please report them.</source>
      <translation>Gwall annisgwyl yn {0}: {1}: {2}. Mae'r manylion yma: {3}; rhowch wybod amdanynt.</translation>
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" line="16" />
      <source>Where no street network is available, builds approximate street centre lines from police.uk's anonymised map points, each named after its street ('On or near Spring Bank'). Points of the same name within the cluster distance are chained along their main direction; a lone point becomes a short stub. Non-street places (supermarket, parking area...) are skipped. Every line is flagged approximate: load OS Open Roads or OpenStreetMap for real work.</source>
      <translation>Lle nad oes rhwydwaith strydoedd ar gael, yn llunio llinellau canol bras ar gyfer strydoedd o bwyntiau map dienw police.uk, pob un wedi'i enwi ar ôl ei stryd ('On or near Spring Bank'). Caiff pwyntiau o'r un enw o fewn y pellter clystyru eu cadwyno ar hyd eu prif gyfeiriad; mae pwynt unigol yn troi'n fonyn byr. Caiff mannau nad ydynt yn strydoedd (supermarket, parking area...) eu hepgor. Caiff pob llinell ei nodi'n fras: llwythwch OS Open Roads neu OpenStreetMap ar gyfer gwaith go iawn.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="41" />
      <source>Where the recipients CSV and message JSON for the alert platform are written</source>
      <translation>Lle caiff CSV y derbynwyr a JSON y neges ar gyfer y platfform rhybuddion eu hysgrifennu</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="32" />
      <source>Who is in the area: the whole force, the codes below, a polygon layer, or the top priority streets</source>
      <translation>Pwy sydd yn yr ardal: yr heddlu cyfan, y codau isod, haen bolygonau, neu'r strydoedd blaenoriaeth uchaf</translation>
    </message>
    <message>
      <location filename="../processing/analyse/community_profile.py" line="23" />
      <source>Who is not heard: for each area (the wards of the analysis, LSOA 2021 or a team-area layer) and each community of a Census 2021 table (ethnic group TS021, broad or detailed categories as the table has them; religion TS030; main language TS029), the community's share of residents against its share among the members who answered that question. Members' answers are placed in Census categories by resources/config/community_categories.csv (or your own CATEGORY_MAP). Blank and 'prefer not to say' answers are coverage (coverage_pct, no_answer), answers the table cannot place are counted apart (unplaced): neither is ever counted as 'not in the community'. member_share has a 95% Wilson interval (share_lo, share_hi); ratio = member share / resident share, its interval the Wilson bounds divided by the resident share (the Census count is a full count, taken as known). A community is flagged under_represented only where it has at least MIN_RESIDENTS residents in the area and the upper bound of the ratio is below RATIO_BELOW (default 0.8). Member counts from 1 to SUPPRESS_BELOW - 1 are suppressed with every figure that would disclose them (the flag stays). A Census area is in the area holding most of its postcodes; opted-out members are left out. Outputs: COMMUNITY_MAP (one polygon per area and community, styled by band; give COMMUNITY, or filter on the community field), TABLE (every community) and GROUP_INSIGHT (respondents, mean trust and confidence and top three priorities by age band, gender and ethnic group per area, suppressed below SUPPRESS_BELOW respondents). CENSUS: the Census table as published (long or wide; blank = the workspace's ethnic group table).</source>
      <translation>Pwy nad yw'n cael ei glywed: ar gyfer pob ardal (wardiau'r dadansoddiad, LSOA 2021 neu haen ardaloedd tîm) a phob cymuned mewn tabl Cyfrifiad 2021 (grŵp ethnig TS021, categorïau bras neu fanwl fel y maent yn y tabl; crefydd TS030; prif iaith TS029), cyfran y gymuned o'r trigolion o'i chymharu â'i chyfran ymhlith yr aelodau a atebodd y cwestiwn hwnnw. Caiff atebion aelodau eu gosod yng nghategorïau'r Cyfrifiad gan resources/config/community_categories.csv (neu eich CATEGORY_MAP eich hun). Mae atebion gwag ac atebion 'prefer not to say' yn rhan o'r cwmpas (coverage_pct, no_answer), a chaiff atebion na all y tabl eu gosod eu cyfrif ar wahân (unplaced): nid yw'r naill na'r llall byth yn cael eu cyfrif fel 'ddim yn y gymuned'. Mae gan member_share gyfwng Wilson 95% (share_lo, share_hi); ratio = cyfran yr aelodau / cyfran y trigolion, a'i gyfwng yw ffiniau Wilson wedi'u rhannu â chyfran y trigolion (mae cyfrif y Cyfrifiad yn gyfrif llawn, a ystyrir yn hysbys). Dim ond lle mae ganddi o leiaf MIN_RESIDENTS o drigolion yn yr ardal a lle mae ffin uchaf y gymhareb yn is na RATIO_BELOW (rhagosodiad 0.8) y caiff cymuned ei nodi'n under_represented. Caiff cyfrifon aelodau o 1 i SUPPRESS_BELOW - 1 eu hatal ynghyd â phob ffigur a fyddai'n eu datgelu (mae'r faner yn aros). Mae ardal Cyfrifiad yn perthyn i'r ardal sy'n cynnwys y rhan fwyaf o'i chodau post; caiff aelodau sydd wedi optio allan eu hepgor. Allbynnau: COMMUNITY_MAP (un polygon fesul ardal a chymuned, wedi'i arddullio yn ôl band; rhowch COMMUNITY, neu hidlwch ar y maes community), TABLE (pob cymuned) a GROUP_INSIGHT (ymatebwyr, cymedr ymddiriedaeth a hyder a'r tair prif flaenoriaeth yn ôl band oedran, rhywedd a grŵp ethnig fesul ardal, wedi'u hatal o dan SUPPRESS_BELOW o ymatebwyr). CENSUS: tabl y Cyfrifiad fel y'i cyhoeddwyd (hir neu lydan; gwag = tabl grŵp ethnig y man gwaith).</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="35" />
      <source>Who signs the message, e.g. Hull Central Neighbourhood Policing Team</source>
      <translation>Pwy sy'n llofnodi'r neges, e.e. Hull Central Neighbourhood Policing Team</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="40" />
      <source>Without it, the export is blocked when some recipients already had a message recently</source>
      <translation>Hebddo, caiff yr allforiad ei rwystro pan fo rhai derbynwyr eisoes wedi cael neges yn ddiweddar</translation>
    </message>
    <message>
      <location filename="../processing/analyse/link_inputs.py" line="44" />
      <source>Workspace (GeoPackage or PostGIS connection pg:NAME / service=NAME; instead of the layers below)</source>
      <translation>Man gwaith (GeoPackage neu gysylltiad PostGIS pg:NAME / service=NAME; yn lle'r haenau isod)</translation>
    </message>
    <message>
      <location filename="../processing/workspace_param.py" line="76" />
      <source>Workspace {0}: table {1} now has {2:,} rows (import {3}){4}</source>
      <translation>Man gwaith {0}: mae gan dabl {1} {2:,} o resi bellach (mewnforiad {3}){4}</translation>
    </message>
    <message>
      <location filename="../processing/engage/export_visit_list.py" line="18" />
      <source>Writes an open set-up's visit list as a folder for officers' phones: a GeoPackage and a QGIS project that QField opens offline. The map shows the set-up's streets, the postcodes to knock (labelled, coloured by their last outcome) and the areas; officers add a visit per door with a form: outcome from a list (not in, declined, registered, surveyed, already registered, no access), date, officer and a short note that must not hold personal data. Each visit gets a UUID. Copy the folder to the phone (or QFieldCloud) and bring the GeoPackage back with Import visit outcomes. The list holds postcodes, streets and counts only, no member. A folder that already holds this set-up's package with visits in it is not overwritten.</source>
      <translation>Yn ysgrifennu rhestr ymweliadau trefniant agored fel ffolder ar gyfer ffonau swyddogion: GeoPackage a phrosiect QGIS y mae QField yn ei agor all-lein. Mae'r map yn dangos strydoedd y trefniant, y codau post i guro arnynt (wedi'u labelu, a'u lliwio yn ôl eu canlyniad diwethaf) a'r ardaloedd; mae swyddogion yn ychwanegu ymweliad fesul drws gyda ffurflen: canlyniad o restr (not in, declined, registered, surveyed, already registered, no access), dyddiad, swyddog a nodyn byr na ddylai gynnwys data personol. Mae pob ymweliad yn cael UUID. Copïwch y ffolder i'r ffôn (neu QFieldCloud) a dewch â'r GeoPackage yn ôl gyda Mewnforio canlyniadau ymweliadau. Dim ond codau post, strydoedd a chyfrifon sydd yn y rhestr, dim aelodau. Nid yw ffolder sydd eisoes yn cynnwys pecyn y trefniant hwn gydag ymweliadau ynddo yn cael ei throsysgrifo.</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="30" />
      <source>Writes member ids and postcode points: personal data, only when you need them</source>
      <translation>Yn ysgrifennu dynodyddion aelodau a phwyntiau codau post: data personol, dim ond pan fydd eu hangen arnoch</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="36" />
      <source>Your final text; blank = the filled template</source>
      <translation>Eich testun terfynol; gwag = y templed wedi'i lenwi</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="11" />
      <source>auto detects comma, semicolon, tab or pipe from the header line</source>
      <translation>mae auto yn canfod coma, hanner colon, tab neu bibell o'r llinell bennawd</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="12" />
      <source>auto reads UTF-8 (with or without BOM), UTF-16 and Windows-1252 (Excel)</source>
      <translation>mae auto yn darllen UTF-8 (gyda BOM neu hebddo), UTF-16 a Windows-1252 (Excel)</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" line="13" />
      <source>comparison</source>
      <translation>cymharu</translation>
    </message>
    <message>
      <location filename="../processing/help.py" line="37" />
      <source>email or SMS (SMS shows the number of characters and segments in the log)</source>
      <translation>e-bost neu SMS (mae SMS yn dangos nifer y nodau a'r segmentau yn y log)</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" line="12" />
      <source>insight</source>
      <translation>mewnwelediad</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" line="11" />
      <source>linking</source>
      <translation>cysylltu</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" line="14" />
      <source>ranking</source>
      <translation>trefnu yn ôl safle</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" line="10" />
      <source>reading</source>
      <translation>darllen</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" line="16" />
      <source>report and writing</source>
      <translation>adrodd ac ysgrifennu</translation>
    </message>
    <message>
      <location filename="../processing/algorithm.py" line="173" />
      <source>the QGIS log panel</source>
      <translation>panel log QGIS</translation>
    </message>
    <message>
      <location filename="../processing/timing.py" line="15" />
      <source>writing</source>
      <translation>ysgrifennu</translation>
    </message>
  </context>
  <context>
    <name>PriorityStreets</name>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="74" />
      <source>Action rules (rule_id,condition,action); default shipped table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="80" />
      <source>Bootstrap resamples (0 = no intervals)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="78" />
      <source>Crimes at named places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="71" />
      <source>Door-knock visits count as recent for (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="94" />
      <source>Equality check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="139" />
      <source>Equality check: {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="97" />
      <source>Forecast accuracy and stability (table)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="100" />
      <source>HTML report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="91" />
      <source>Hot places</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="102" />
      <source>Hot streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="65" />
      <source>Hot-street distance band (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="60" />
      <source>Period end month (YYYY-MM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="59" />
      <source>Period start month (YYYY-MM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="103" />
      <source>Places with crime</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="89" />
      <source>Priority areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="87" />
      <source>Priority streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="129" />
      <source>Ranking streets for {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="85" />
      <source>Report title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="68" />
      <source>Significance level (FDR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="76" />
      <source>Streets in the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="101" />
      <source>Streets ranked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="82" />
      <source>Survey answers from the last (months to the period's end)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/analyse/priority_streets.py" line="62" />
      <source>Weight: {0}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgressReport</name>
    <message>
      <location filename="../processing/report/progress_report.py" line="28" />
      <source>Do not show a community share based on fewer than this many people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="27" />
      <source>Only this team's set-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="33" />
      <source>Progress per set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="35" />
      <source>Progress per set-up and week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="31" />
      <source>Progress report (HTML)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="25" />
      <source>Set-up ids (comma separated; blank = every open set-up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="57" />
      <source>all open set-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="57" />
      <source>open set-ups of {0}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/report/progress_report.py" line="65" />
      <source>{0} set-ups: {1:,} doors knocked, {2:,} registered; report {3}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SetupDatabase</name>
    <message>
      <location filename="../processing/store/setup_database.py" line="35" />
      <source>Create roles and row-level security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" line="50" />
      <source>Schema version {0}; security version {1}; roles: {2}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" line="48" />
      <source>Setting up {0}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/store/setup_database.py" line="32" />
      <source>Workspace database (pg:NAME, service=NAME or postgresql://host/db)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StreetsFromCrime</name>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" line="34" />
      <source>Approximate streets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" line="31" />
      <source>Cluster same-name points within</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" line="28" />
      <source>Street name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" line="38" />
      <source>Streets built</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" line="26" />
      <source>police.uk crime points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/imports/streets_from_crime.py" line="62" />
      <source>{0:,} approximate street lines from {1:,} points</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../core/report/progress_html.py" line="28" />
      <source>not shown (fewer than the threshold answered: {0})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/report/progress_html.py" line="29" />
      <source>{0} (95% interval {1} to {2}; {3} answered)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>