<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddRetentionDialog</name>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="6"/>
        <source>Add retention</source>
        <translation>Aufbewahrung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="12"/>
        <source>When to retain</source>
        <translation>Wann aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="18"/>
        <source>First successful backup taken every &amp;week</source>
        <translation>Erste erfolgreiche Sicherung jeder &amp;Woche</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="21"/>
        <source>First successful backup taken every week</source>
        <translation>Erste erfolgreiche Sicherung jeder Woche</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="28"/>
        <source>First successful backup taken every &amp;month</source>
        <translation>Erste erfolgreiche Sicherung jedes &amp;Monats</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="31"/>
        <source>First successful backup taken every month</source>
        <translation>Erste erfolgreiche Sicherung jedes Monats</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="38"/>
        <source>First successful backup taken every &amp;year</source>
        <translation>Erste erfolgreiche Sicherung jedes &amp;Jahres</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="41"/>
        <source>First successful backup taken every year</source>
        <translation>Erste erfolgreiche Sicherung jedes Jahres</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="48"/>
        <source>Default: every backup no other rule keeps</source>
        <translation>Standard: jede Sicherung, die keine andere Regel aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="60"/>
        <source>Data &amp;store:</source>
        <translation>Daten&amp;speicher:</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="70"/>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="73"/>
        <source>PostgreSQL flexible server backups are kept in the vault-standard tier.</source>
        <translation>Sicherungen von PostgreSQL Flexible Servern liegen in der Tresor-Standard-Ebene.</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="77"/>
        <source>Vault-standard</source>
        <translation>Tresor-Standard</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="85"/>
        <source>&amp;Retain for:</source>
        <translation>&amp;Aufbewahren für:</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="97"/>
        <source>Retention duration</source>
        <translation>Aufbewahrungsdauer</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="110"/>
        <source>Retention unit</source>
        <translation>Aufbewahrungseinheit</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="126"/>
        <source>Allowed: 7 days to 10 years in the vault.</source>
        <translation>Erlaubt: 7 Tage bis 10 Jahre im Tresor.</translation>
    </message>
</context>
<context>
    <name>PgVault</name>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="142"/>
        <source>Cannot start %1 (%2).</source>
        <translation>%1 kann nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="143"/>
        <source>Install the PostgreSQL client tools (apt-get install postgresql-client) and retry.</source>
        <translation>Installieren Sie die PostgreSQL-Client-Werkzeuge (apt-get install postgresql-client) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="148"/>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="149"/>
        <source>Check the server&apos;s load and network, then revalidate.</source>
        <translation>Prüfen Sie Last und Netzwerk des Servers und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="162"/>
        <source>The server %1 rejected the login of user &quot;%2&quot;: %3</source>
        <translation>Der Server %1 hat die Anmeldung des Benutzers „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="163"/>
        <location filename="../engine/instances/ServerProbe.cpp" line="169"/>
        <source>Check the user name and password.</source>
        <translation>Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="168"/>
        <source>The server %1 has no user &quot;%2&quot;: %3</source>
        <translation>Der Server %1 hat keinen Benutzer „%2“: %3</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="175"/>
        <source>The server %1 accepts only encrypted (TLS) connections: %2</source>
        <translation>Der Server %1 akzeptiert nur verschlüsselte (TLS-)Verbindungen: %2</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="176"/>
        <source>Choose TLS mode &quot;require&quot; (or &quot;verify-full&quot;) and revalidate.</source>
        <translation>Wählen Sie den TLS-Modus „require“ (oder „verify-full“) und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="181"/>
        <source>The server %1 does not offer TLS, but TLS mode &quot;%2&quot; requires it.</source>
        <translation>Der Server %1 bietet kein TLS an, aber der TLS-Modus „%2“ verlangt es.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="183"/>
        <source>Enable TLS on the server, or choose TLS mode &quot;prefer&quot; on a trusted network.</source>
        <translation>Aktivieren Sie TLS auf dem Server oder wählen Sie in einem vertrauenswürdigen Netzwerk den TLS-Modus „prefer“.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="188"/>
        <source>The server %1&apos;s TLS certificate could not be verified: %2</source>
        <translation>Das TLS-Zertifikat des Servers %1 konnte nicht überprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="189"/>
        <source>Install the server&apos;s CA certificate as ~/.postgresql/root.crt (for Azure, the DigiCert and Microsoft root CAs), check the host name, or choose TLS mode &quot;require&quot;.</source>
        <translation>Installieren Sie das CA-Zertifikat des Servers als ~/.postgresql/root.crt (für Azure die Stamm-CAs von DigiCert und Microsoft), prüfen Sie den Hostnamen oder wählen Sie den TLS-Modus „require“.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="195"/>
        <source>The server %1 does not accept user &quot;%2&quot; from this machine: %3</source>
        <translation>Der Server %1 akzeptiert den Benutzer „%2“ von diesem Rechner nicht: %3</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="196"/>
        <source>Ask the server&apos;s administrator to allow this machine and user in pg_hba.conf (on Azure: the server&apos;s networking/firewall rules).</source>
        <translation>Bitten Sie den Administrator des Servers, diesen Rechner und Benutzer in pg_hba.conf zuzulassen (bei Azure: in den Netzwerk-/Firewallregeln des Servers).</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="202"/>
        <source>The database &quot;%1&quot; does not exist on %2.</source>
        <translation>Die Datenbank „%1“ existiert auf %2 nicht.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="203"/>
        <source>Choose an existing database to connect to (usually &quot;postgres&quot;).</source>
        <translation>Wählen Sie eine vorhandene Datenbank für die Verbindung (meist „postgres“).</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="208"/>
        <source>User &quot;%1&quot; may not connect to database &quot;%2&quot; on %3: %4</source>
        <translation>Der Benutzer „%1“ darf sich nicht mit der Datenbank „%2“ auf %3 verbinden: %4</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="210"/>
        <source>Grant the user LOGIN and CONNECT on the database, or use another user.</source>
        <translation>Erteilen Sie dem Benutzer LOGIN und CONNECT für die Datenbank oder verwenden Sie einen anderen Benutzer.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="217"/>
        <source>Cannot reach the server %1: %2</source>
        <translation>Der Server %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="218"/>
        <source>Check the host name and port, that the server is running, and that no firewall (on Azure: the server&apos;s networking rules) blocks this machine.</source>
        <translation>Prüfen Sie Hostname und Port, ob der Server läuft und ob keine Firewall (bei Azure: die Netzwerkregeln des Servers) diesen Rechner blockiert.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="224"/>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Keine Verbindung zum Server %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="225"/>
        <source>Check the connection settings and revalidate.</source>
        <translation>Prüfen Sie die Verbindungseinstellungen und prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="229"/>
        <source>Reading the server&apos;s catalog failed in database &quot;%1&quot;: %2</source>
        <translation>Das Lesen des Serverkatalogs in der Datenbank „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="230"/>
        <source>Check that the user may read the system catalogs, then revalidate.</source>
        <translation>Prüfen Sie, ob der Benutzer die Systemkataloge lesen darf, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="251"/>
        <source>Unexpected answer from psql in database &quot;%1&quot;: %2</source>
        <translation>Unerwartete Antwort von psql in der Datenbank „%1“: %2</translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="252"/>
        <source>Check that psql is a PostgreSQL client tool, then revalidate.</source>
        <translation>Prüfen Sie, ob psql ein PostgreSQL-Client-Werkzeug ist, und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>PgVault::AddRetentionDialog</name>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="19"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="20"/>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="21"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="22"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="25"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="49"/>
        <source>The policy already has a %1 rule; edit it instead.</source>
        <translation>Die Richtlinie hat bereits eine Regel „%1“; bearbeiten Sie diese stattdessen.</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="63"/>
        <source>Edit retention</source>
        <translation>Aufbewahrung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="64"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="74"/>
        <source>An existing rule keeps its kind; delete it and add a new one to change when it retains.</source>
        <translation>Eine bestehende Regel behält ihre Art; löschen Sie sie und fügen Sie eine neue hinzu, um zu ändern, wann sie aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="96"/>
        <source>Choose when to retain: every kind is already in the policy.</source>
        <translation>Wählen Sie, wann aufbewahrt wird: Jede Art ist bereits in der Richtlinie.</translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="98"/>
        <source>A retention of %1 %2. Choose a duration from 7 days to 10 years.</source>
        <translation>Eine Aufbewahrung von %1 %2. Wählen Sie eine Dauer von 7 Tagen bis 10 Jahren.</translation>
    </message>
</context>
<context>
    <name>PgVault::AgentHeartbeatRepository</name>
    <message>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="16"/>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="22"/>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="31"/>
        <source>record the agent&apos;s heartbeat</source>
        <translation>den Herzschlag des Agenten erfassen</translation>
    </message>
    <message>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="41"/>
        <source>remove the agent&apos;s heartbeat</source>
        <translation>den Herzschlag des Agenten entfernen</translation>
    </message>
    <message>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="67"/>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="82"/>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="97"/>
        <source>read the agents&apos; heartbeats</source>
        <translation>die Herzschläge der Agenten lesen</translation>
    </message>
</context>
<context>
    <name>PgVault::AgentStatusLabel</name>
    <message>
        <location filename="../ui/jobs/AgentStatusLabel.cpp" line="42"/>
        <source>Scheduled backups: agent running on %1 since %2.</source>
        <translation>Geplante Sicherungen: Agent läuft auf %1 seit %2.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/AgentStatusLabel.cpp" line="48"/>
        <source>Cannot tell whether the PgVault agent is running: %1</source>
        <translation>Ob der PgVault-Agent läuft, lässt sich nicht feststellen: %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/AgentStatusLabel.cpp" line="50"/>
        <source>Scheduled backups need &quot;pgvaultctl agent&quot; running (systemd user unit pgvault-agent.service); none has been seen for %1.</source>
        <translation>Geplante Sicherungen brauchen einen laufenden „pgvaultctl agent“ (systemd-Benutzereinheit pgvault-agent.service); seit %1 wurde keiner gesehen.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/AgentStatusLabel.cpp" line="54"/>
        <source>Scheduled backups need &quot;pgvaultctl agent&quot; running (systemd user unit pgvault-agent.service); none is running.</source>
        <translation>Geplante Sicherungen brauchen einen laufenden „pgvaultctl agent“ (systemd-Benutzereinheit pgvault-agent.service); es läuft keiner.</translation>
    </message>
</context>
<context>
    <name>PgVault::AlertBanner</name>
    <message>
        <location filename="../ui/alerts/AlertBanner.cpp" line="23"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertBanner.cpp" line="75"/>
        <source>Cannot read the alerts</source>
        <translation>Die Warnungen können nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertBanner.cpp" line="93"/>
        <source>%n alert(s) need your attention</source>
        <translation>
            <numerusform>%n Warnung erfordert Ihre Aufmerksamkeit</numerusform>
            <numerusform>%n Warnungen erfordern Ihre Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertBanner.cpp" line="97"/>
        <source>… and %n more (pgvaultctl alerts lists them all)</source>
        <translation>
            <numerusform>… und %n weitere (pgvaultctl alerts listet alle auf)</numerusform>
            <numerusform>… und %n weitere (pgvaultctl alerts listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertBanner.cpp" line="100"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertBanner.cpp" line="101"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PgVault::AlertEvaluator</name>
    <message numerus="yes">
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="84"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="86"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="87"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="119"/>
        <source>no cause was recorded.</source>
        <translation>Es wurde keine Ursache erfasst.</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="122"/>
        <source>The last backup failed: %1</source>
        <translation>Die letzte Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="125"/>
        <source>The last verification failed: %1</source>
        <translation>Die letzte Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="128"/>
        <source>The last restore failed: %1</source>
        <translation>Die letzte Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="131"/>
        <source>The last deletion of an expired recovery point failed: %1</source>
        <translation>Das letzte Löschen eines abgelaufenen Wiederherstellungspunkts ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="137"/>
        <source>Look at the details and output of job %1.</source>
        <translation>Sehen Sie sich die Details und die Ausgabe von Job %1 an.</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="168"/>
        <source>No successful backup for %1 (the last on %2).</source>
        <translation>Seit %1 keine erfolgreiche Sicherung (die letzte am %2).</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="171"/>
        <source>No successful backup in the %1 since it was protected.</source>
        <translation>Seit Beginn des Schutzes vor %1 keine erfolgreiche Sicherung.</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="173"/>
        <source>Back up now, and check that the agent is running and why the scheduled backups did not succeed.</source>
        <translation>Sichern Sie jetzt und prüfen Sie, ob der Agent läuft und warum die geplanten Sicherungen nicht erfolgreich waren.</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="192"/>
        <source>No PgVault agent has been seen for %1: scheduled backups and expiry do not run.</source>
        <translation>Seit %1 wurde kein PgVault-Agent gesehen: Geplante Sicherungen und Ablauf laufen nicht.</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="195"/>
        <source>No PgVault agent is running: scheduled backups and expiry do not run.</source>
        <translation>Es läuft kein PgVault-Agent: Geplante Sicherungen und Ablauf laufen nicht.</translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="197"/>
        <source>Start it: systemctl --user enable --now pgvault-agent.service, or run &quot;pgvaultctl agent&quot;.</source>
        <translation>Starten Sie ihn: systemctl --user enable --now pgvault-agent.service, oder führen Sie „pgvaultctl agent“ aus.</translation>
    </message>
</context>
<context>
    <name>PgVault::AlertRepository</name>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="27"/>
        <source>record a delivered alert</source>
        <translation>eine zugestellte Warnung erfassen</translation>
    </message>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="44"/>
        <source>forget a resolved alert</source>
        <translation>eine behobene Warnung vergessen</translation>
    </message>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="55"/>
        <source>read the delivered alerts</source>
        <translation>die zugestellten Warnungen lesen</translation>
    </message>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="68"/>
        <source>read the alert command</source>
        <translation>den Warnungsbefehl lesen</translation>
    </message>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="84"/>
        <source>save the alert command</source>
        <translation>den Warnungsbefehl speichern</translation>
    </message>
</context>
<context>
    <name>PgVault::BackupDataDeletion</name>
    <message>
        <location filename="../engine/instances/BackupDataDeletion.cpp" line="47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../engine/instances/BackupDataDeletion.cpp" line="57"/>
        <source>the folder of the backup instance in the vault: %1</source>
        <translation>der Ordner der Sicherungsinstanz im Tresor: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/instances/BackupDataDeletion.cpp" line="65"/>
        <source>%n item(s) of the backup data of &quot;%1&quot; could not be deleted (%2 recovery point(s) were): %3</source>
        <translation>
            <numerusform>%n Element der Sicherungsdaten von „%1“ konnte nicht gelöscht werden (gelöschte Wiederherstellungspunkte: %2): %3</numerusform>
            <numerusform>%n Elemente der Sicherungsdaten von „%1“ konnten nicht gelöscht werden (gelöschte Wiederherstellungspunkte: %2): %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/instances/BackupDataDeletion.cpp" line="71"/>
        <source>Protection of the instance is stopped and what is left stays listed and restorable. Fix the cause named above, then stop protection with &quot;delete backup data&quot; again.</source>
        <translation>Der Schutz der Instanz ist beendet; was übrig ist, bleibt aufgelistet und wiederherstellbar. Beheben Sie die oben genannte Ursache und beenden Sie den Schutz dann erneut mit „Sicherungsdaten löschen“.</translation>
    </message>
</context>
<context>
    <name>PgVault::BackupInstancesPage</name>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="54"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="79"/>
        <source>Backup instances</source>
        <translation>Sicherungsinstanzen</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="59"/>
        <source>Each backup instance is one protected PostgreSQL server.</source>
        <translation>Jede Sicherungsinstanz ist ein geschützter PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="63"/>
        <source>&amp;Configure backup…</source>
        <translation>Sicherung &amp;konfigurieren…</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="63"/>
        <source>Configure backup</source>
        <translation>Sicherung konfigurieren</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="64"/>
        <source>&amp;Backup now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="64"/>
        <source>Backup now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="66"/>
        <source>Change &amp;policy…</source>
        <translation>&amp;Richtlinie ändern…</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="66"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="250"/>
        <source>Change policy</source>
        <translation>Richtlinie ändern</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="68"/>
        <source>&amp;Stop protection…</source>
        <translation>&amp;Schutz beenden…</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="68"/>
        <source>Stop protection</source>
        <translation>Schutz beenden</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="70"/>
        <source>Res&amp;ume protection…</source>
        <translation>Schutz f&amp;ortsetzen…</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="70"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="277"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="282"/>
        <source>Resume protection</source>
        <translation>Schutz fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="92"/>
        <source>No backup instances yet</source>
        <translation>Noch keine Sicherungsinstanzen</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="92"/>
        <source>Configure backup to protect a PostgreSQL server.</source>
        <translation>Konfigurieren Sie die Sicherung, um einen PostgreSQL-Server zu schützen.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="98"/>
        <source>Backup progress</source>
        <translation>Sicherungsfortschritt</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="174"/>
        <source>Backup configured for &quot;%1&quot;.</source>
        <translation>Sicherung für „%1“ konfiguriert.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="191"/>
        <source>Backup not started</source>
        <translation>Sicherung nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="193"/>
        <source>The backup instance &quot;%1&quot; has no backup policy.</source>
        <translation>Die Sicherungsinstanz „%1“ hat keine Sicherungsrichtlinie.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="194"/>
        <source>Remove the instance and configure backup again with a policy.</source>
        <translation>Entfernen Sie die Instanz und konfigurieren Sie die Sicherung erneut mit einer Richtlinie.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="207"/>
        <source>The backup engine is not available in this window.</source>
        <translation>Die Sicherungs-Engine ist in diesem Fenster nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="208"/>
        <source>Restart PgVault.</source>
        <translation>Starten Sie PgVault neu.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="234"/>
        <source>Protection not stopped completely</source>
        <translation>Schutz nicht vollständig beendet</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="236"/>
        <source>Stopped protection of &quot;%1&quot;.</source>
        <translation>Schutz von „%1“ beendet.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="251"/>
        <source>Protect &quot;%1&quot; with the policy below. Future recovery points follow its schedule and retention; existing points keep their expiry.</source>
        <translation>Schützen Sie „%1“ mit der folgenden Richtlinie. Künftige Wiederherstellungspunkte folgen ihrem Zeitplan und ihrer Aufbewahrung; vorhandene Punkte behalten ihren Ablauf.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="260"/>
        <source>Policy not changed</source>
        <translation>Richtlinie nicht geändert</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="264"/>
        <source>&quot;%1&quot; now follows policy &quot;%2&quot;; existing points keep their expiry.</source>
        <translation>„%1“ folgt jetzt der Richtlinie „%2“; vorhandene Punkte behalten ihren Ablauf.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="353"/>
        <source>Protection of this backup instance is stopped: resume protection first.</source>
        <translation>Der Schutz dieser Sicherungsinstanz ist beendet: Setzen Sie zuerst den Schutz fort.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="356"/>
        <source>Select a backup instance whose protection is stopped.</source>
        <translation>Wählen Sie eine Sicherungsinstanz, deren Schutz beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="387"/>
        <source>Recovery point not undeleted: %1</source>
        <translation>Löschen des Wiederherstellungspunkts nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="390"/>
        <source>Undeleted the recovery point of %1 of &quot;%2&quot;; it expires %3.</source>
        <translation>Löschen des Wiederherstellungspunkts von %1 aus „%2“ rückgängig gemacht; er läuft am %3 ab.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="311"/>
        <source>Backing up &quot;%1&quot;…</source>
        <translation>„%1“ wird gesichert…</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="278"/>
        <source>Stopping protection took the password of %1 out of the keychain. Enter it to back up &quot;%2&quot; again as its policy says:</source>
        <translation>Beim Beenden des Schutzes wurde das Passwort von %1 aus dem Schlüsselbund entfernt. Geben Sie es ein, um „%2“ wieder gemäß seiner Richtlinie zu sichern:</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="285"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="295"/>
        <source>Protection not resumed</source>
        <translation>Schutz nicht fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="287"/>
        <source>No password was entered.</source>
        <translation>Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="288"/>
        <source>Enter the password of the server&apos;s user, then resume again.</source>
        <translation>Geben Sie das Passwort des Serverbenutzers ein und setzen Sie den Schutz erneut fort.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="298"/>
        <source>Resumed protection of &quot;%1&quot;.</source>
        <translation>Schutz von „%1“ fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="313"/>
        <source>Backup of &quot;%1&quot; started.</source>
        <translation>Sicherung von „%1“ gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="321"/>
        <source>Backing up &quot;%1&quot;: %2 written…</source>
        <translation>„%1“ wird gesichert: %2 geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="332"/>
        <source>Backup of &quot;%1&quot;: %2. Jobs shows every detail.</source>
        <translation>Sicherung von „%1“: %2. Die Seite „Jobs“ zeigt alle Details.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="334"/>
        <source>Backup of &quot;%1&quot;: %2.</source>
        <translation>Sicherung von „%1“: %2.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="337"/>
        <source>Backup instances not loaded</source>
        <translation>Sicherungsinstanzen nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="347"/>
        <source>Select a backup instance first.</source>
        <translation>Wählen Sie zuerst eine Sicherungsinstanz.</translation>
    </message>
</context>
<context>
    <name>PgVault::BackupNowDialog</name>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="23"/>
        <source>Backup Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="25"/>
        <source>Back up &lt;b&gt;%1&lt;/b&gt; (%2) now, outside the schedule of the policy &quot;%3&quot;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) jetzt sichern, außerhalb des Zeitplans der Richtlinie „%3“.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="33"/>
        <source>Retention rule</source>
        <translation>Aufbewahrungsregel</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="43"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="51"/>
        <source>The recovery point is kept as long as the chosen rule says, counted from the backup&apos;s start.</source>
        <translation>Der Wiederherstellungspunkt wird so lange aufbewahrt, wie die gewählte Regel festlegt, gerechnet ab Beginn der Sicherung.</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="62"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="63"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="100"/>
        <source>Starting the backup…</source>
        <translation>Sicherung wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="116"/>
        <source>The backup did not start: %1</source>
        <translation>Die Sicherung wurde nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>PgVault::BackupPolicy</name>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="62"/>
        <source>Enter a policy name.</source>
        <translation>Geben Sie einen Richtliniennamen ein.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="64"/>
        <source>The policy name must be at least %1 characters long.</source>
        <translation>Der Richtlinienname muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="66"/>
        <source>The policy name must be at most %1 characters long.</source>
        <translation>Der Richtlinienname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="71"/>
        <source>The policy name can contain only letters, digits and hyphens; spaces are not allowed.</source>
        <translation>Der Richtlinienname darf nur Buchstaben, Ziffern und Bindestriche enthalten; Leerzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="72"/>
        <source>The policy name can contain only letters, digits and hyphens; &quot;%1&quot; is not allowed.</source>
        <translation>Der Richtlinienname darf nur Buchstaben, Ziffern und Bindestriche enthalten; „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="84"/>
        <source>Select at least one weekday for the backup schedule.</source>
        <translation>Wählen Sie mindestens einen Wochentag für den Sicherungszeitplan.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="91"/>
        <source>Enter the time at which backups start.</source>
        <translation>Geben Sie die Uhrzeit ein, zu der Sicherungen beginnen.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="98"/>
        <source>Choose the time zone of the backup schedule.</source>
        <translation>Wählen Sie die Zeitzone des Sicherungszeitplans.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="109"/>
        <source>The policy has no Default retention rule.</source>
        <translation>Die Richtlinie hat keine Standard-Aufbewahrungsregel.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="110"/>
        <source>Add a Default rule: it keeps every backup no other rule keeps.</source>
        <translation>Fügen Sie eine Standardregel hinzu: Sie bewahrt jede Sicherung auf, die keine andere Regel aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="115"/>
        <source>The policy has %1 %2 retention rules; it may have only one.</source>
        <translation>Die Richtlinie hat %1 Aufbewahrungsregeln „%2“; erlaubt ist nur eine.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="118"/>
        <source>Remove the extra rules or edit the existing one.</source>
        <translation>Entfernen Sie die zusätzlichen Regeln oder bearbeiten Sie die vorhandene.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="126"/>
        <source>%1 retention of %2 %3.</source>
        <translation>Aufbewahrung „%1“ von %2 %3.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="127"/>
        <source>Choose a duration from 7 days to 10 years.</source>
        <translation>Wählen Sie eine Dauer von 7 Tagen bis 10 Jahren.</translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="139"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PgVault::BackupRunner</name>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="49"/>
        <source>Backing up %1 (%2) into a new recovery point.
</source>
        <translation>%1 (%2) wird in einen neuen Wiederherstellungspunkt gesichert.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/BackupRunner.cpp" line="221"/>
        <source>Warning: %n recovery point(s) of this instance are dated after this backup (%1): the system clock was ahead when they were taken. They are kept, but not counted among the newest points that expiry always keeps.
</source>
        <translation>
            <numerusform>Warnung: %n Wiederherstellungspunkt dieser Instanz ist nach dieser Sicherung datiert (%1): Die Systemuhr ging vor, als er erstellt wurde. Er wird behalten, aber nicht zu den neuesten Punkten gezählt, die der Ablauf immer behält.
</numerusform>
            <numerusform>Warnung: %n Wiederherstellungspunkte dieser Instanz sind nach dieser Sicherung datiert (%1): Die Systemuhr ging vor, als sie erstellt wurden. Sie werden behalten, aber nicht zu den neuesten Punkten gezählt, die der Ablauf immer behält.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="258"/>
        <source>Recovery point %1 committed: tag %2, expires %3.
</source>
        <translation>Wiederherstellungspunkt %1 festgeschrieben: Tag %2, läuft ab am %3.
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="97"/>
        <source>The recovery point is safe in the vault; rebuild the catalog to list it.</source>
        <translation>Der Wiederherstellungspunkt ist sicher im Tresor; erstellen Sie den Katalog neu, um ihn aufzulisten.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="52"/>
        <source>No recovery point was created.
</source>
        <translation>Es wurde kein Wiederherstellungspunkt erstellt.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/BackupRunner.cpp" line="132"/>
        <source>Removed %n leftover(s) of interrupted backups.
</source>
        <translation>
            <numerusform>%n Überrest einer unterbrochenen Sicherung entfernt.
</numerusform>
            <numerusform>%n Überreste unterbrochener Sicherungen entfernt.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="137"/>
        <source>Warning: the recovery points missing from the catalog cannot be indexed: %1
</source>
        <translation>Warnung: Die im Katalog fehlenden Wiederherstellungspunkte können nicht in den Katalog aufgenommen werden: %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/BackupRunner.cpp" line="140"/>
        <source>Indexed %n recovery point(s) that were in the vault but not in the catalog: %1.
</source>
        <translation>
            <numerusform>%n Wiederherstellungspunkt in den Katalog aufgenommen, der im Tresor, aber nicht im Katalog war: %1.
</numerusform>
            <numerusform>%n Wiederherstellungspunkte in den Katalog aufgenommen, die im Tresor, aber nicht im Katalog waren: %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="157"/>
        <source>The server has no databases to dump; the point holds roles, tablespaces and schema.
</source>
        <translation>Der Server hat keine Datenbanken zum Sichern; der Punkt enthält Rollen, Tablespaces und Schema.
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="164"/>
        <source>User &quot;%1&quot; may not connect to these databases: %2.</source>
        <translation>Der Benutzer „%1“ darf sich nicht mit diesen Datenbanken verbinden: %2.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="166"/>
        <source>Grant CONNECT on them to the user, or back up with a user that may connect.</source>
        <translation>Erteilen Sie dem Benutzer CONNECT für diese Datenbanken oder sichern Sie mit einem Benutzer, der sich verbinden darf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/BackupRunner.cpp" line="171"/>
        <source>Server PostgreSQL %1, %n database(s), pg_dump %2.
</source>
        <translation>
            <numerusform>Server PostgreSQL %1, %n Datenbank, pg_dump %2.
</numerusform>
            <numerusform>Server PostgreSQL %1, %n Datenbanken, pg_dump %2.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::BlockStreamer</name>
    <message>
        <location filename="../engine/restore/BlockStreamer.cpp" line="93"/>
        <location filename="../engine/restore/BlockStreamer.cpp" line="101"/>
        <source>Cannot prepare the streamed restore: %1</source>
        <translation>Die gestreamte Wiederherstellung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/restore/BlockStreamer.cpp" line="167"/>
        <source>The data block %1 of %2 ended early.</source>
        <translation>Der Datenblock %1 von %2 endete vorzeitig.</translation>
    </message>
    <message>
        <location filename="../engine/restore/BlockStreamer.cpp" line="168"/>
        <source>Use another recovery point and check the vault&apos;s storage.</source>
        <translation>Verwenden Sie einen anderen Wiederherstellungspunkt und prüfen Sie den Speicher des Tresors.</translation>
    </message>
</context>
<context>
    <name>PgVault::Catalog</name>
    <message>
        <location filename="../models/Catalog.cpp" line="223"/>
        <source>The catalog folder %1 does not exist or is not a folder.</source>
        <translation>Der Katalogordner %1 existiert nicht oder ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="225"/>
        <source>Create the folder, or choose another PgVault home (the PGVAULT_HOME environment variable).</source>
        <translation>Erstellen Sie den Ordner oder wählen Sie ein anderes PgVault-Stammverzeichnis (Umgebungsvariable PGVAULT_HOME).</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="232"/>
        <source>The catalog %1 is not writable.</source>
        <translation>Der Katalog %1 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="233"/>
        <source>Give your user write permission on the file and its folder, or choose another PgVault home with --home or PGVAULT_HOME.</source>
        <translation>Geben Sie Ihrem Benutzer Schreibrechte auf die Datei und ihren Ordner oder wählen Sie mit --home oder PGVAULT_HOME ein anderes PgVault-Stammverzeichnis.</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="244"/>
        <source>The Qt SQLite driver (QSQLITE) is not available.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="245"/>
        <source>Install the Qt 6 SQL SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>Installieren Sie das SQLite-Plugin für Qt 6 SQL (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="249"/>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="289"/>
        <source>run &quot;%1&quot;</source>
        <translation>„%1“ ausführen</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="292"/>
        <location filename="../models/Catalog.cpp" line="297"/>
        <source>switch to WAL mode</source>
        <translation>in den WAL-Modus wechseln</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="298"/>
        <source>the journal mode stayed &quot;%1&quot;</source>
        <translation>der Journalmodus blieb „%1“</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="308"/>
        <location filename="../models/Catalog.cpp" line="338"/>
        <source>read the schema version</source>
        <translation>die Schemaversion lesen</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="312"/>
        <source>The catalog %1 has schema version %2; this PgVault knows only up to %3.</source>
        <translation>Der Katalog %1 hat die Schemaversion %2; dieses PgVault kennt nur Versionen bis %3.</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="316"/>
        <source>Use the newer PgVault that last opened this catalog.</source>
        <translation>Verwenden Sie das neuere PgVault, das diesen Katalog zuletzt geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="332"/>
        <source>start a migration</source>
        <translation>eine Migration beginnen</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="347"/>
        <source>apply schema migration %1</source>
        <translation>Schemamigration %1 anwenden</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="351"/>
        <source>record schema version %1</source>
        <translation>Schemaversion %1 erfassen</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="353"/>
        <source>commit schema migration %1</source>
        <translation>Schemamigration %1 festschreiben</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="361"/>
        <source>Could not %1 in the catalog %2: %3.</source>
        <translation>Konnte im Katalog %2 nicht: %1: %3.</translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="362"/>
        <source>Check that the file is a PgVault catalog, that your user may write it and its folder, and that the disk is not full.</source>
        <translation>Prüfen Sie, ob die Datei ein PgVault-Katalog ist, ob Ihr Benutzer sie und ihren Ordner schreiben darf und ob die Festplatte nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>PgVault::CatalogRebuilder</name>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="141"/>
        <source>vault &quot;%1&quot;</source>
        <translation>Tresor „%1“</translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="157"/>
        <source>%1: holds recovery points of backup instance %2, which the catalog does not know; they stay in the vault.</source>
        <translation>%1: enthält Wiederherstellungspunkte der Sicherungsinstanz %2, die der Katalog nicht kennt; sie bleiben im Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="160"/>
        <source>Add the backup instance again with its old id, or remove the folder from the vault if the points are no longer needed.</source>
        <translation>Fügen Sie die Sicherungsinstanz mit ihrer alten ID erneut hinzu oder entfernen Sie den Ordner aus dem Tresor, wenn die Punkte nicht mehr gebraucht werden.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="171"/>
        <source>backup instance &quot;%1&quot;</source>
        <translation>Sicherungsinstanz „%1“</translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="203"/>
        <source>%1: recovery point %2 has the unknown retention tag &quot;%3&quot;; it is left out of the catalog.</source>
        <translation>%1: Wiederherstellungspunkt %2 hat das unbekannte Aufbewahrungstag „%3“; er wird nicht in den Katalog aufgenommen.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="205"/>
        <source>Verify the recovery point to see what is wrong with it.</source>
        <translation>Prüfen Sie den Wiederherstellungspunkt, um festzustellen, was mit ihm nicht stimmt.</translation>
    </message>
</context>
<context>
    <name>PgVault::ClockCheck</name>
    <message>
        <location filename="../engine/jobs/ClockCheck.cpp" line="19"/>
        <source>The system clock says %1, %2 days after the last time PgVault can vouch for (%3, from its jobs, recovery points and agent heartbeats). Expiry deleted nothing: by a clock that jumped ahead it would delete recovery points that have not expired.</source>
        <translation>Die Systemuhr zeigt %1, %2 Tage nach dem letzten Zeitpunkt, für den sich PgVault verbürgen kann (%3, aus seinen Jobs, Wiederherstellungspunkten und den Herzschlägen der Agenten). Der Ablauf hat nichts gelöscht: Nach einer vorgesprungenen Uhr würde er Wiederherstellungspunkte löschen, die nicht abgelaufen sind.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ClockCheck.cpp" line="25"/>
        <source>Check the system clock (&quot;timedatectl status&quot;). Expiry resumes by itself once the clock is back within %1 days of %2. If the clock is right and this machine was switched off that long, run &quot;pgvaultctl prune --trust-clock&quot;.</source>
        <translation>Prüfen Sie die Systemuhr („timedatectl status“). Der Ablauf setzt von selbst wieder ein, sobald die Uhr wieder höchstens %1 Tage nach %2 anzeigt. Wenn die Uhr richtig geht und dieser Rechner so lange ausgeschaltet war, führen Sie „pgvaultctl prune --trust-clock“ aus.</translation>
    </message>
</context>
<context>
    <name>PgVault::ClockTrustRepository</name>
    <message>
        <location filename="../models/ClockTrustRepository.cpp" line="18"/>
        <source>read the clock check</source>
        <translation>die Uhrprüfung lesen</translation>
    </message>
    <message>
        <location filename="../models/ClockTrustRepository.cpp" line="35"/>
        <source>record the clock check</source>
        <translation>die Uhrprüfung erfassen</translation>
    </message>
</context>
<context>
    <name>PgVault::CompressedFileReader</name>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="29"/>
        <source>The file was changed or damaged after the backup; use another recovery point and check the vault&apos;s storage.</source>
        <translation>Die Datei wurde nach der Sicherung geändert oder beschädigt; verwenden Sie einen anderen Wiederherstellungspunkt und prüfen Sie den Speicher des Tresors.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="37"/>
        <source>%1 decompresses to more than the manifest&apos;s %2 bytes; PgVault stopped there.</source>
        <translation>%1 ergibt dekomprimiert mehr als die %2 Bytes laut Manifest; PgVault hat an dieser Stelle abgebrochen.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="40"/>
        <source>The file or its manifest was changed after the backup; do not use this recovery point, take a new backup and check the vault&apos;s storage.</source>
        <translation>Die Datei oder ihr Manifest wurde nach der Sicherung verändert; verwenden Sie diesen Wiederherstellungspunkt nicht, erstellen Sie eine neue Sicherung und prüfen Sie den Speicher des Tresors.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="55"/>
        <source>Cannot allocate the decompressor for %1.</source>
        <translation>Der Dekompressor für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="56"/>
        <source>Close other programs and try again.</source>
        <translation>Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="71"/>
        <source>Reading %1 failed: %2.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="72"/>
        <source>Check that the vault&apos;s disk or share is available, then try again.</source>
        <translation>Prüfen Sie, ob die Festplatte oder Freigabe des Tresors verfügbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="99"/>
        <source>The disk receiving the restore is full while restoring %1.</source>
        <translation>Die Festplatte, auf die wiederhergestellt wird, ist beim Wiederherstellen von %1 voll.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="100"/>
        <source>Free space on that disk or restore somewhere else.</source>
        <translation>Geben Sie Platz auf dieser Festplatte frei oder stellen Sie an einem anderen Ort wieder her.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="104"/>
        <source>Writing the restored data of %1 failed: %2.</source>
        <translation>Das Schreiben der wiederhergestellten Daten von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="105"/>
        <source>Check the restore target, then try again.</source>
        <translation>Prüfen Sie das Wiederherstellungsziel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="121"/>
        <source>%1 has %2 bytes but the manifest says %3.</source>
        <translation>%1 hat %2 Bytes, laut Manifest aber %3.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="130"/>
        <source>%1 does not match its SHA-256 checksum in the manifest.</source>
        <translation>%1 stimmt nicht mit seiner SHA-256-Prüfsumme im Manifest überein.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="136"/>
        <source>the compressed data ends early</source>
        <translation>die komprimierten Daten enden vorzeitig</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="137"/>
        <source>it holds %1 bytes, not %2</source>
        <translation>sie enthält %1 Bytes, nicht %2</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="141"/>
        <source>%1 matches the manifest but cannot be decompressed: %2.</source>
        <translation>%1 stimmt mit dem Manifest überein, lässt sich aber nicht dekomprimieren: %2.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="142"/>
        <source>The backup wrote a damaged file; use another recovery point and check the machine&apos;s memory and disk.</source>
        <translation>Die Sicherung hat eine beschädigte Datei geschrieben; verwenden Sie einen anderen Wiederherstellungspunkt und prüfen Sie Arbeitsspeicher und Festplatte des Rechners.</translation>
    </message>
</context>
<context>
    <name>PgVault::CompressedFileWriter</name>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="37"/>
        <source>This is a bug or an out-of-memory condition; please report it.</source>
        <translation>Das ist ein Fehler im Programm oder Speichermangel; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="56"/>
        <source>Cannot allocate the compressor.</source>
        <translation>Der Kompressor kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="61"/>
        <source>Compression level %1 is outside zstd&apos;s range %2 to %3.</source>
        <translation>Die Kompressionsstufe %1 liegt außerhalb des zstd-Bereichs %2 bis %3.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="65"/>
        <source>Choose a level from %1 to %2; 3 is the default.</source>
        <translation>Wählen Sie eine Stufe von %1 bis %2; 3 ist der Standard.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="80"/>
        <source>Cannot start the SHA-256 digest.</source>
        <translation>Der SHA-256-Hash kann nicht begonnen werden.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="101"/>
        <source>%1 was written after it was finished.</source>
        <translation>%1 wurde nach dem Abschluss noch beschrieben.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="114"/>
        <source>%1 was finished twice.</source>
        <translation>%1 wurde zweimal abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="122"/>
        <source>Cannot finish the SHA-256 digest.</source>
        <translation>Der SHA-256-Hash kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="138"/>
        <source>Compressing %1 failed: %2.</source>
        <translation>Das Komprimieren von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="154"/>
        <source>Cannot update the SHA-256 digest.</source>
        <translation>Der SHA-256-Hash kann nicht aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigureBackupWizard</name>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="18"/>
        <source>Configure Backup</source>
        <translation>Sicherung konfigurieren</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="21"/>
        <source>&amp;Configure backup</source>
        <translation>Sicherung &amp;konfigurieren</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="22"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="23"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigureBasicsPage</name>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="16"/>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="17"/>
        <source>Choose what to protect and the vault that keeps its recovery points.</source>
        <translation>Wählen Sie, was geschützt werden soll, und den Tresor, der die Wiederherstellungspunkte aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="21"/>
        <source>Datasource type</source>
        <translation>Datenquellentyp</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="23"/>
        <source>Azure Database for PostgreSQL flexible servers / PostgreSQL</source>
        <translation>Azure Database for PostgreSQL Flexible Server / PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="27"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="32"/>
        <source>&amp;Datasource type:</source>
        <translation>&amp;Datenquellentyp:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="34"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Tresor:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="55"/>
        <source>%1 (created on first use)</source>
        <translation>%1 (wird bei der ersten Verwendung erstellt)</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="91"/>
        <source>No vault is available.</source>
        <translation>Es ist kein Tresor verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="92"/>
        <source>Recovery points are stored in %1.</source>
        <translation>Wiederherstellungspunkte werden in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigureDatasourcesPage</name>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="39"/>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="45"/>
        <source>Datasources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="46"/>
        <source>Enter the PostgreSQL server to protect, then validate that PgVault can back it up.</source>
        <translation>Geben Sie den zu schützenden PostgreSQL-Server ein und prüfen Sie dann, ob PgVault ihn sichern kann.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="49"/>
        <source>Backup instance name</source>
        <translation>Name der Sicherungsinstanz</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="50"/>
        <source>for example orders-db</source>
        <translation>zum Beispiel orders-db</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="52"/>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="53"/>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="55"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="58"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="60"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="62"/>
        <source>Stored only in the system keychain, never in PgVault&apos;s files.</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert, nie in den Dateien von PgVault.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="64"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="68"/>
        <source>Validate readiness</source>
        <translation>Bereitschaft prüfen</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="78"/>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="97"/>
        <source>Databases found</source>
        <translation>Gefundene Datenbanken</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="91"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="92"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="93"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="94"/>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;sswort:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="95"/>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="109"/>
        <source>Backup readiness</source>
        <translation>Sicherungsbereitschaft</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="192"/>
        <source>A backup instance named &quot;%1&quot; already exists.</source>
        <translation>Eine Sicherungsinstanz namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="193"/>
        <source>Choose another name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="228"/>
        <source>Correct the fields marked above, then validate.</source>
        <translation>Korrigieren Sie die oben markierten Felder und prüfen Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="235"/>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="265"/>
        <source>Checking the server and the vault…</source>
        <translation>Server und Tresor werden geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="245"/>
        <source>&amp;Revalidate</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="246"/>
        <source>Revalidate readiness</source>
        <translation>Bereitschaft erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="251"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="267"/>
        <source>Validate to check the connection, the versions, the privileges and the vault.</source>
        <translation>Prüfen Sie Verbindung, Versionen, Berechtigungen und Tresor.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="269"/>
        <source>The input changed since the last validation: revalidate.</source>
        <translation>Die Eingaben haben sich seit der letzten Prüfung geändert: Prüfen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="271"/>
        <source>Ready: PgVault can back up this server.</source>
        <translation>Bereit: PgVault kann diesen Server sichern.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="273"/>
        <source>Not ready: fix what failed below, then revalidate.</source>
        <translation>Nicht bereit: Beheben Sie die unten gemeldeten Fehler und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigurePolicyPage</name>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="24"/>
        <source>C&amp;reate new…</source>
        <translation>&amp;Neu erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="25"/>
        <source>There is no backup policy yet: create one.</source>
        <translation>Es gibt noch keine Sicherungsrichtlinie: Erstellen Sie eine.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="27"/>
        <source>Backup policy</source>
        <translation>Sicherungsrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="28"/>
        <source>Choose when the server is backed up and how long its recovery points are kept.</source>
        <translation>Wählen Sie, wann der Server gesichert wird und wie lange seine Wiederherstellungspunkte aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="37"/>
        <source>Backup policies</source>
        <translation>Sicherungsrichtlinien</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="40"/>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="43"/>
        <source>Create new policy</source>
        <translation>Neue Richtlinie erstellen</translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigureReviewPage</name>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="17"/>
        <source>Review + configure</source>
        <translation>Überprüfen + konfigurieren</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="18"/>
        <source>Check the settings, then configure backup. The password goes to the system keychain.</source>
        <translation>Prüfen Sie die Einstellungen und konfigurieren Sie dann die Sicherung. Das Passwort wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="25"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="51"/>
        <source>Backup instance</source>
        <translation>Sicherungsinstanz</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="52"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="53"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="54"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="54"/>
        <source>saved in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="55"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="55"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="56"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="57"/>
        <source>Backup policy</source>
        <translation>Sicherungsrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="58"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="59"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="73"/>
        <source>Saving the password in the system keychain…</source>
        <translation>Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="82"/>
        <source>Backup was not configured and nothing was stored: %1</source>
        <translation>Die Sicherung wurde nicht konfiguriert und nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PgVault::CreateVaultDialog</name>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="24"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="31"/>
        <source>Create vault</source>
        <translation>Tresor erstellen</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="33"/>
        <source>A local vault is a folder that holds recovery points. Choose a new or empty folder, or an existing PgVault vault that is not registered yet.</source>
        <translation>Ein lokaler Tresor ist ein Ordner, der Wiederherstellungspunkte enthält. Wählen Sie einen neuen oder leeren Ordner oder einen vorhandenen PgVault-Tresor, der noch nicht registriert ist.</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="39"/>
        <source>Vault name</source>
        <translation>Name des Tresors</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="40"/>
        <source>e.g. nas-backups</source>
        <translation>z. B. nas-sicherungen</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="43"/>
        <source>Vault folder</source>
        <translation>Ordner des Tresors</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="45"/>
        <source>Browse for the vault folder</source>
        <translation>Ordner des Tresors auswählen</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="57"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="69"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="115"/>
        <source>Choose the vault&apos;s folder</source>
        <translation>Ordner des Tresors wählen</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="128"/>
        <source>Enter the folder&apos;s full path, or choose it with Browse….</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners ein oder wählen Sie ihn mit „Durchsuchen…“.</translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="143"/>
        <source>Create is not available yet: %1</source>
        <translation>Erstellen ist noch nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>PgVault::Credentials</name>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="152"/>
        <source>No secret is stored in the system keychain under &quot;%1&quot;.</source>
        <translation>Im Schlüsselbund des Systems ist unter „%1“ kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="153"/>
        <source>Enter the vault key again.</source>
        <translation>Geben Sie den Tresorschlüssel erneut ein.</translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="153"/>
        <source>Enter the password again.</source>
        <translation>Geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="156"/>
        <source>The system keychain is not reachable (%1).</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="157"/>
        <source>Start gnome-keyring or KWallet (a Secret Service provider) and retry.</source>
        <translation>Starten Sie gnome-keyring oder KWallet (einen Secret-Service-Anbieter) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="160"/>
        <source>The system keychain denied access to &quot;%1&quot; (%2).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff auf „%1“ verweigert (%2).</translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="161"/>
        <source>Unlock the keychain (for example the login keyring) and retry.</source>
        <translation>Entsperren Sie den Schlüsselbund (zum Beispiel den Anmelde-Schlüsselbund) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="164"/>
        <source>The system keychain failed for &quot;%1&quot; (%2).</source>
        <translation>Der Schlüsselbund des Systems ist bei „%1“ gescheitert (%2).</translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="165"/>
        <source>Retry; if it keeps failing, restart the keychain service (gnome-keyring or KWallet).</source>
        <translation>Versuchen Sie es erneut; scheitert es weiterhin, starten Sie den Schlüsselbunddienst (gnome-keyring oder KWallet) neu.</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::AgentCommand</name>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="27"/>
        <source>Run the scheduler agent: start each backup instance&apos;s scheduled backups when due (a backup missed while the agent was not running runs once at start, for the latest missed slot), delete expired recovery points by Delete jobs (never the %1 newest of an instance, and nothing while the system clock is far ahead of the last time PgVault can vouch for; see &quot;prune --trust-clock&quot;), and mark jobs of processes that died as Failed. Checks the catalog at least every minute. Each new alert (a failed job, a backup overdue for its schedule) is logged as a warning, shown as a desktop notification when a session bus is there, and passed to the alert command if one is set; each only once. SIGTERM or SIGINT cancels running backups (their partial points are removed; they run again at the next start) and exits. Logs go to standard error and to pgvault.log in the home&apos;s logs folder.</source>
        <translation>Den Planungsagenten ausführen: startet die geplanten Sicherungen jeder Sicherungsinstanz, wenn sie fällig sind (eine Sicherung, die verpasst wurde, während der Agent nicht lief, läuft beim Start einmal für den letzten verpassten Termin), löscht abgelaufene Wiederherstellungspunkte über Delete-Jobs (nie die %1 neuesten einer Instanz und gar keine, solange die Systemuhr weit nach dem letzten Zeitpunkt steht, für den sich PgVault verbürgen kann; siehe „prune --trust-clock“) und markiert Jobs abgestürzter Prozesse als Failed. Prüft den Katalog mindestens jede Minute. Jede neue Warnung (ein fehlgeschlagener Job, eine für ihren Zeitplan überfällige Sicherung) wird als Warnung protokolliert, als Desktopbenachrichtigung angezeigt, wenn ein Sitzungsbus vorhanden ist, und an den Warnungsbefehl übergeben, sofern einer festgelegt ist; jede nur einmal. SIGTERM oder SIGINT bricht laufende Sicherungen ab (ihre unvollständigen Punkte werden entfernt; sie laufen beim nächsten Start erneut) und beendet den Agenten. Protokolle gehen auf die Standardfehlerausgabe und in pgvault.log im Ordner logs des Stammverzeichnisses.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="38"/>
        <source>Do what is due now, wait for the backups it started, and exit (1 if any failed).</source>
        <translation>Erledigen, was jetzt fällig ist, auf die gestarteten Sicherungen warten und beenden (1, wenn eine fehlschlug).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="41"/>
        <source>Run this command for each new alert (a failed job, a backup overdue), instead of the one set with &quot;alerts set-command&quot;. It runs without a shell, gets the alert in PGVAULT_ALERT_* environment variables and as JSON on standard input, and is killed after %1 seconds.</source>
        <translation>Diesen Befehl für jede neue Warnung (ein fehlgeschlagener Job, eine überfällige Sicherung) ausführen, statt des mit „alerts set-command“ festgelegten. Er läuft ohne Shell, erhält die Warnung in den Umgebungsvariablen PGVAULT_ALERT_* und als JSON auf der Standardeingabe und wird nach %1 Sekunden beendet.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="45"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="54"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="60"/>
        <source>The alert command is empty.</source>
        <translation>Der Warnungsbefehl ist leer.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="61"/>
        <source>Give a program and its arguments, e.g. --on-alert &quot;/usr/local/bin/notify-team&quot;.</source>
        <translation>Geben Sie ein Programm und seine Argumente an, z. B. --on-alert &quot;/usr/local/bin/notify-team&quot;.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="71"/>
        <source>Cannot write the log in %1.</source>
        <translation>Das Protokoll in %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="72"/>
        <source>Check the permissions of the PgVault home folder.</source>
        <translation>Prüfen Sie die Berechtigungen des PgVault-Stammordners.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="95"/>
        <source>Cannot set up signal handling.</source>
        <translation>Die Signalbehandlung kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="95"/>
        <source>Check the system&apos;s limits on open files.</source>
        <translation>Prüfen Sie die Systemgrenzen für offene Dateien.</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::AlertsCommand</name>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="24"/>
        <source>  alerts          List the active alerts: failed jobs, backups overdue for their schedule.
  alerts set-command, show-command, clear-command
                  The command the agent runs for each new alert (a webhook or mail script).
</source>
        <translation>  alerts          Die aktiven Warnungen auflisten: fehlgeschlagene Jobs, für ihren Zeitplan überfällige Sicherungen.
  alerts set-command, show-command, clear-command
                  Der Befehl, den der Agent für jede neue Warnung ausführt (ein Webhook- oder Mail-Skript).
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="43"/>
        <source>&quot;%1&quot; is not an alerts command.</source>
        <translation>„%1“ ist kein alerts-Befehl.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="50"/>
        <source>List the active alerts: per backup instance, the newest backup, verification, restore or expiry job that failed (until the next one of its kind succeeds), and a backup overdue for the instance&apos;s schedule (no successful backup since a scheduled run plus a grace of half the interval to the next run, at least an hour). The agent delivers each new alert once: a warning in its log, a desktop notification and the alert command. Exit code 0 also when alerts are listed.</source>
        <translation>Die aktiven Warnungen auflisten: je Sicherungsinstanz den neuesten fehlgeschlagenen Sicherungs-, Prüf-, Wiederherstellungs- oder Ablauf-Job (bis der nächste seiner Art erfolgreich ist) und eine für den Zeitplan der Instanz überfällige Sicherung (keine erfolgreiche Sicherung seit einer geplanten Ausführung zuzüglich einer Karenzzeit von der Hälfte des Intervalls bis zur nächsten Ausführung, mindestens einer Stunde). Der Agent stellt jede neue Warnung einmal zu: als Warnung in seinem Protokoll, als Desktopbenachrichtigung und über den Warnungsbefehl. Exit-Code 0 auch dann, wenn Warnungen aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="56"/>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="56"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="63"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation>„%1“ ist kein Ausgabeformat.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="63"/>
        <source>Use table or json.</source>
        <translation>Verwenden Sie table oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="80"/>
        <source>No active alerts.
</source>
        <translation>Keine aktiven Warnungen.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>ALERT</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>SINCE (UTC)</source>
        <translation>SEIT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="100"/>
        <source>Set the command the agent runs for each new alert, as one argument: a program and its arguments (&quot;/usr/local/bin/notify-team --channel ops&quot;). It runs without a shell, with the alert in the environment variables PGVAULT_ALERT_KIND, PGVAULT_ALERT_INSTANCE, PGVAULT_ALERT_MESSAGE, PGVAULT_ALERT_REMEDY, PGVAULT_ALERT_SINCE, PGVAULT_ALERT_JOB_ID, PGVAULT_ALERT_OPERATION and PGVAULT_ALERT_ERROR_CODE and as one JSON object on standard input, and is killed after %1 seconds. The command is stored in the catalog: put no password or token in it; let the script read those from its own protected file. &quot;agent --on-alert&quot; overrides it.</source>
        <translation>Den Befehl festlegen, den der Agent für jede neue Warnung ausführt, als ein Argument: ein Programm und seine Argumente (&quot;/usr/local/bin/notify-team --channel ops&quot;). Er läuft ohne Shell, mit der Warnung in den Umgebungsvariablen PGVAULT_ALERT_KIND, PGVAULT_ALERT_INSTANCE, PGVAULT_ALERT_MESSAGE, PGVAULT_ALERT_REMEDY, PGVAULT_ALERT_SINCE, PGVAULT_ALERT_JOB_ID, PGVAULT_ALERT_OPERATION und PGVAULT_ALERT_ERROR_CODE sowie als ein JSON-Objekt auf der Standardeingabe, und wird nach %1 Sekunden beendet. Der Befehl wird im Katalog gespeichert: Schreiben Sie kein Passwort und kein Token hinein; lassen Sie das Skript diese aus seiner eigenen geschützten Datei lesen. „agent --on-alert“ hat Vorrang vor ihm.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="113"/>
        <source>The alert command is empty.</source>
        <translation>Der Warnungsbefehl ist leer.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="114"/>
        <source>Give a program and its arguments, or remove the command with &quot;pgvaultctl alerts clear-command&quot;.</source>
        <translation>Geben Sie ein Programm und seine Argumente an oder entfernen Sie den Befehl mit „pgvaultctl alerts clear-command“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="122"/>
        <source>The agent runs &quot;%1&quot; for each new alert.
</source>
        <translation>Der Agent führt für jede neue Warnung „%1“ aus.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="129"/>
        <source>Show the command the agent runs for each new alert.</source>
        <translation>Den Befehl zeigen, den der Agent für jede neue Warnung ausführt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="140"/>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="158"/>
        <source>No alert command is set.
</source>
        <translation>Es ist kein Warnungsbefehl festgelegt.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="149"/>
        <source>Remove the alert command: the agent then only logs and notifies.</source>
        <translation>Den Warnungsbefehl entfernen: Der Agent protokolliert und benachrichtigt dann nur noch.</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::BackupNowCommand</name>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="23"/>
        <source>Back up a backup instance now, in the foreground: every database, the roles, tablespaces and schema become one recovery point in the instance&apos;s vault. Without --rule the point is tagged as a scheduled backup at this moment would be; with --rule it takes that retention rule. Exit 0 once the point is committed, 1 if the backup failed or was cancelled.</source>
        <translation>Eine Sicherungsinstanz jetzt im Vordergrund sichern: alle Datenbanken, die Rollen, Tablespaces und das Schema werden zu einem Wiederherstellungspunkt im Tresor der Instanz. Ohne --rule erhält der Punkt das Tag, das eine geplante Sicherung in diesem Moment erhielte; mit --rule erhält er diese Aufbewahrungsregel. Beendet sich mit 0, sobald der Punkt festgeschrieben ist, mit 1, wenn die Sicherung fehlschlug oder abgebrochen wurde.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="29"/>
        <source>Retention rule for the point: Default, Weekly, Monthly or Yearly.</source>
        <translation>Aufbewahrungsregel für den Punkt: Default, Weekly, Monthly oder Yearly.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="29"/>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="31"/>
        <source>Databases dumped at once (default 2).</source>
        <translation>Gleichzeitig gesicherte Datenbanken (Standard 2).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="31"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="40"/>
        <source>Not a number from 1 to 16.</source>
        <translation>Keine Zahl von 1 bis 16.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="40"/>
        <source>Give e.g. --parallel 2.</source>
        <translation>Geben Sie z. B. --parallel 2 an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="63"/>
        <source>The policy &quot;%1&quot; has no retention rule &quot;%2&quot;.</source>
        <translation>Die Richtlinie „%1“ hat keine Aufbewahrungsregel „%2“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="64"/>
        <source>Choose one of its rules: %1.</source>
        <translation>Wählen Sie eine ihrer Regeln: %1.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="70"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="79"/>
        <source>Recovery point %1 committed: tag %2, expires %3 (UTC). Job %4.
</source>
        <translation>Wiederherstellungspunkt %1 festgeschrieben: Tag %2, läuft ab am %3 (UTC). Job %4.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="89"/>
        <source>Backup job %1 was cancelled; no recovery point was created.</source>
        <translation>Der Sicherungsjob %1 wurde abgebrochen; es wurde kein Wiederherstellungspunkt erstellt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="90"/>
        <source>Run the backup again when you are ready.</source>
        <translation>Führen Sie die Sicherung erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="93"/>
        <source>Backup job %1 failed.</source>
        <translation>Der Sicherungsjob %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="94"/>
        <source>See the job&apos;s output with &quot;pgvaultctl job show %1&quot;.</source>
        <translation>Die Ausgabe des Jobs sehen Sie mit „pgvaultctl job show %1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="97"/>
        <source>Backup job %1 failed: %2</source>
        <translation>Der Sicherungsjob %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::CatalogCommands</name>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="16"/>
        <source>  catalog rebuild Re-create the catalog&apos;s recovery points from the vaults&apos; manifests.
</source>
        <translation>  catalog rebuild Die Wiederherstellungspunkte des Katalogs aus den Manifesten der Tresore neu erstellen.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="25"/>
        <source>Usage: pgvaultctl catalog &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: pgvaultctl catalog &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="29"/>
        <source>No catalog command given.</source>
        <translation>Kein catalog-Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="29"/>
        <source>&quot;%1&quot; is not a catalog command.</source>
        <translation>„%1“ ist kein catalog-Befehl.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="37"/>
        <source>Re-create the catalog&apos;s recovery points from the manifests in every registered vault: the vault is the truth. Points whose manifest is gone are removed from the catalog; a manifest that cannot be read or trusted is reported and its catalog entry kept. Exit code 1 when anything was reported.</source>
        <translation>Die Wiederherstellungspunkte des Katalogs aus den Manifesten aller registrierten Tresore neu erstellen: Maßgeblich ist der Tresor. Punkte, deren Manifest fehlt, werden aus dem Katalog entfernt; ein Manifest, das nicht gelesen werden kann oder nicht vertrauenswürdig ist, wird gemeldet und sein Katalogeintrag behalten. Exit-Code 1, wenn etwas gemeldet wurde.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="47"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="59"/>
        <source>Read %n vault(s)</source>
        <translation>
            <numerusform>%n Tresor gelesen</numerusform>
            <numerusform>%n Tresore gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="59"/>
        <source>, %n backup instance(s)</source>
        <translation>
            <numerusform>, %n Sicherungsinstanz</numerusform>
            <numerusform>, %n Sicherungsinstanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="60"/>
        <source> and %n recovery point(s).</source>
        <translation>
            <numerusform> und %n Wiederherstellungspunkt.</numerusform>
            <numerusform> und %n Wiederherstellungspunkte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="61"/>
        <source>Catalog: %1 added, %2 updated, %3 unchanged, %4 removed (manifest gone).</source>
        <translation>Katalog: %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 entfernt (Manifest fehlt).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="68"/>
        <source>Kept %n catalog point(s) whose manifest cannot be read or trusted.</source>
        <translation>
            <numerusform>%n Katalogpunkt behalten, dessen Manifest nicht gelesen werden kann oder nicht vertrauenswürdig ist.</numerusform>
            <numerusform>%n Katalogpunkte behalten, deren Manifest nicht gelesen werden kann oder nicht vertrauenswürdig ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="71"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::CommandLine</name>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="22"/>
        <source>PgVault home folder holding the catalog (default: $PGVAULT_HOME, else %1).</source>
        <translation>PgVault-Stammordner mit dem Katalog (Standard: $PGVAULT_HOME, sonst %1).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="25"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="44"/>
        <source>The folder name is empty.</source>
        <translation>Der Ordnername ist leer.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="44"/>
        <source>Give a folder, e.g. --home ~/pgvault.</source>
        <translation>Geben Sie einen Ordner an, z. B. --home ~/pgvault.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="54"/>
        <source>Cannot create the PgVault home folder %1.</source>
        <translation>Der PgVault-Stammordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="55"/>
        <source>Check the permissions of its parent folder, or choose another with --home or PGVAULT_HOME.</source>
        <translation>Prüfen Sie die Berechtigungen seines übergeordneten Ordners oder wählen Sie mit --home oder PGVAULT_HOME einen anderen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="91"/>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="111"/>
        <source>Usage: pgvaultctl %1</source>
        <translation>Aufruf: pgvaultctl %1</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="118"/>
        <source>Run &quot;%1 --help&quot; for the usage.</source>
        <translation>Führen Sie „%1 --help“ aus, um die Verwendung zu sehen.</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::ForegroundJob</name>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="33"/>
        <source>pgvaultctl: %1 %2: %3% (%4)
</source>
        <translation>pgvaultctl: %1 %2: %3% (%4)
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="51"/>
        <source>pgvaultctl: cancelling the %1 job (interrupt again to quit at once).
</source>
        <translation>pgvaultctl: Job (%1) wird abgebrochen (nochmals unterbrechen beendet sofort).
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="52"/>
        <source>pgvaultctl: cancelling %1 job %2 (interrupt again to quit at once).
</source>
        <translation>pgvaultctl: Job %2 (%1) wird abgebrochen (nochmals unterbrechen beendet sofort).
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="65"/>
        <source>pgvaultctl: started %1 job %2.
</source>
        <translation>pgvaultctl: Job %2 (%1) gestartet.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="79"/>
        <source>Job %1 ended, but its record cannot be read.</source>
        <translation>Der Job %1 ist beendet, aber sein Eintrag kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="80"/>
        <source>Check the catalog with &quot;pgvaultctl jobs&quot;.</source>
        <translation>Prüfen Sie den Katalog mit „pgvaultctl jobs“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="99"/>
        <source>Ctrl+C or SIGTERM cancels the job: its PostgreSQL programs are stopped, nothing half-done is kept and the job ends Cancelled; a second Ctrl+C quits at once.</source>
        <translation>Strg+C oder SIGTERM bricht den Job ab: seine PostgreSQL-Programme werden beendet, nichts Halbfertiges bleibt zurück und der Job endet als „Abgebrochen“; ein zweites Strg+C beendet sofort.</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::InstanceCommands</name>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="90"/>
        <source>Usage: pgvaultctl instance &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: pgvaultctl instance &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="94"/>
        <source>No instance command given.</source>
        <translation>Kein instance-Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="94"/>
        <source>&quot;%1&quot; is not an instance command.</source>
        <translation>„%1“ ist kein instance-Befehl.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="116"/>
        <source>Add a backup instance: a PostgreSQL server, the policy that protects it and the vault that keeps its recovery points. The password is read from standard input and stored in the OS keychain only.</source>
        <translation>Eine Sicherungsinstanz hinzufügen: einen PostgreSQL-Server, die Richtlinie, die ihn schützt, und den Tresor, der seine Wiederherstellungspunkte aufbewahrt. Das Passwort wird von der Standardeingabe gelesen und nur im Schlüsselbund des Betriebssystems gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="118"/>
        <source>Server host name or address.</source>
        <translation>Hostname oder Adresse des Servers.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="118"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="120"/>
        <source>Server port (default 5432).</source>
        <translation>Port des Servers (Standard 5432).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="120"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="121"/>
        <source>PostgreSQL user to connect as.</source>
        <translation>PostgreSQL-Benutzer für die Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="121"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="124"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="126"/>
        <source>Backup policy name.</source>
        <translation>Name der Sicherungsrichtlinie.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="126"/>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>POLICY</source>
        <translation>RICHTLINIE</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="128"/>
        <source>Vault name (default: local, created on first use).</source>
        <translation>Name des Tresors (Standard: local, wird bei der ersten Verwendung erstellt).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="128"/>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>VAULT</source>
        <translation>TRESOR</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="130"/>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="317"/>
        <source>Read the password from standard input (first line).</source>
        <translation>Das Passwort von der Standardeingabe lesen (erste Zeile).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="139"/>
        <source>Missing --%1.</source>
        <translation>--%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="123"/>
        <source>TLS mode: %1 (default %2).</source>
        <translation>TLS-Modus: %1 (Standard: %2).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="62"/>
        <source>  instance add       Add a backup instance (a server to protect); the password goes to the keychain.
  instance list      List the backup instances.
  instance show      Show a backup instance.
  instance validate  Check connection, tools, privileges, vault and free space.
  instance remove    Stop protection: retain the points as per policy or forever, or delete them.
  instance resume    Resume protection of a stopped backup instance (password from stdin).
  instance set-policy  Protect a backup instance with another policy.
</source>
        <translation>  instance add       Eine Sicherungsinstanz hinzufügen (einen zu schützenden Server); das Passwort kommt in den Schlüsselbund.
  instance list      Die Sicherungsinstanzen auflisten.
  instance show      Eine Sicherungsinstanz zeigen.
  instance validate  Verbindung, Werkzeuge, Berechtigungen, Tresor und freien Platz prüfen.
  instance remove    Schutz beenden: die Punkte gemäß Richtlinie oder dauerhaft aufbewahren oder sie löschen.
  instance resume    Den beendeten Schutz einer Sicherungsinstanz fortsetzen (Passwort von stdin).
  instance set-policy  Eine Sicherungsinstanz mit einer anderen Richtlinie schützen.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="173"/>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="335"/>
        <source>No password was read from standard input.</source>
        <translation>Von der Standardeingabe wurde kein Passwort gelesen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="174"/>
        <source>Pipe the password in, e.g. printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | pgvaultctl instance add …</source>
        <translation>Leiten Sie das Passwort per Pipe ein, z. B. printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | pgvaultctl instance add …</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="181"/>
        <source>Added backup instance &quot;%1&quot; (%2) for %3, policy &quot;%4&quot;, vault &quot;%5&quot;.
</source>
        <translation>Sicherungsinstanz „%1“ (%2) für %3 hinzugefügt, Richtlinie „%4“, Tresor „%5“.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="184"/>
        <source>Check it with &quot;pgvaultctl instance validate %1&quot;.
</source>
        <translation>Prüfen Sie sie mit „pgvaultctl instance validate %1“.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="191"/>
        <source>List the backup instances.</source>
        <translation>Die Sicherungsinstanzen auflisten.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="202"/>
        <source>No backup instances. Add one with &quot;pgvaultctl instance add&quot;.
</source>
        <translation>Keine Sicherungsinstanzen. Fügen Sie eine mit „pgvaultctl instance add“ hinzu.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>DATASOURCE</source>
        <translation>DATENQUELLE</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>PROTECTION</source>
        <translation>SCHUTZ</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="220"/>
        <source>Show a backup instance.</source>
        <translation>Eine Sicherungsinstanz zeigen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="233"/>
        <source>Name:       %1
</source>
        <translation>Name:       %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="233"/>
        <source>Id:         %1
</source>
        <translation>Id:         %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="234"/>
        <source>Host:       %1
</source>
        <translation>Host:       %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="234"/>
        <source>Port:       %1
</source>
        <translation>Port:       %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="235"/>
        <source>User:       %1
</source>
        <translation>Benutzer:   %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="235"/>
        <source>TLS mode:   %1
</source>
        <translation>TLS-Modus:  %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="236"/>
        <source>Policy:     %1
</source>
        <translation>Richtlinie: %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="236"/>
        <source>Vault:      %1
</source>
        <translation>Tresor:     %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="237"/>
        <source>Created:    %1
</source>
        <translation>Erstellt:   %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="238"/>
        <source>Protection: %1
</source>
        <translation>Schutz:     %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="240"/>
        <source>Password:   in the OS keychain under &quot;%1&quot;
</source>
        <translation>Passwort:   im Schlüsselbund des Betriebssystems unter „%1“
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="242"/>
        <source>Stopped:    %1
</source>
        <translation>Beendet:    %1
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="243"/>
        <source>Password:   removed from the OS keychain; &quot;pgvaultctl instance resume&quot; asks for it again
</source>
        <translation>Passwort:   aus dem Schlüsselbund des Betriebssystems entfernt; „pgvaultctl instance resume“ fragt erneut danach
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="252"/>
        <source>Stop protection of a backup instance: no more backups, and its password leaves the keychain. Retained recovery points stay listed and restorable; with --delete-data they and the instance are deleted. Refused while a job runs on it.</source>
        <translation>Den Schutz einer Sicherungsinstanz beenden: keine weiteren Sicherungen, und ihr Passwort wird aus dem Schlüsselbund entfernt. Aufbewahrte Wiederherstellungspunkte bleiben aufgelistet und wiederherstellbar; mit --delete-data werden sie und die Instanz gelöscht. Wird verweigert, solange ein Job für sie läuft.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="256"/>
        <source>Keep the recovery points; they expire as the policy said when they were taken.</source>
        <translation>Die Wiederherstellungspunkte behalten; sie laufen so ab, wie die Richtlinie es bei ihrer Erstellung festlegte.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="258"/>
        <source>Keep the recovery points; they never expire.</source>
        <translation>Die Wiederherstellungspunkte behalten; sie laufen nie ab.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="260"/>
        <source>Delete every recovery point from the vault and the catalog, then the backup instance.</source>
        <translation>Alle Wiederherstellungspunkte aus dem Tresor und dem Katalog löschen, danach die Sicherungsinstanz.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="268"/>
        <source>Say what becomes of the recovery points.</source>
        <translation>Geben Sie an, was mit den Wiederherstellungspunkten geschehen soll.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="269"/>
        <source>Give only one of the options for the recovery points.</source>
        <translation>Geben Sie nur eine der Optionen für die Wiederherstellungspunkte an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="270"/>
        <source>Give exactly one of --retain-as-per-policy, --retain-forever or --delete-data.</source>
        <translation>Geben Sie genau eine der Optionen --retain-as-per-policy, --retain-forever oder --delete-data an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="291"/>
        <source>Stopped protection of &quot;%1&quot; and deleted its %n recovery point(s); the backup instance is removed.
</source>
        <translation>
            <numerusform>Schutz von „%1“ beendet und ihren %n Wiederherstellungspunkt gelöscht; die Sicherungsinstanz wurde entfernt.
</numerusform>
            <numerusform>Schutz von „%1“ beendet und ihre %n Wiederherstellungspunkte gelöscht; die Sicherungsinstanz wurde entfernt.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="298"/>
        <source>Stopped protection of &quot;%1&quot;; its recovery points in vault &quot;%2&quot; are retained forever and stay restorable.
</source>
        <translation>Schutz von „%1“ beendet; ihre Wiederherstellungspunkte im Tresor „%2“ werden dauerhaft aufbewahrt und bleiben wiederherstellbar.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="303"/>
        <source>Stopped protection of &quot;%1&quot;; its recovery points in vault &quot;%2&quot; stay restorable until they expire as per policy.
</source>
        <translation>Schutz von „%1“ beendet; ihre Wiederherstellungspunkte im Tresor „%2“ bleiben wiederherstellbar, bis sie gemäß Richtlinie ablaufen.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="314"/>
        <source>Resume protection of a stopped backup instance. Its password, removed when protection stopped, is read from standard input into the OS keychain.</source>
        <translation>Den beendeten Schutz einer Sicherungsinstanz fortsetzen. Ihr Passwort, das beim Beenden des Schutzes entfernt wurde, wird von der Standardeingabe in den Schlüsselbund des Betriebssystems gelesen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="324"/>
        <source>Missing --password-stdin.</source>
        <translation>--password-stdin fehlt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="336"/>
        <source>Pipe the password in, e.g. printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | pgvaultctl instance resume …</source>
        <translation>Leiten Sie das Passwort per Pipe ein, z. B. printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | pgvaultctl instance resume …</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="344"/>
        <source>Resumed protection of &quot;%1&quot; with policy &quot;%2&quot;; its retained recovery points expire as their policy says again.
</source>
        <translation>Schutz von „%1“ mit der Richtlinie „%2“ fortgesetzt; ihre aufbewahrten Wiederherstellungspunkte laufen wieder so ab, wie ihre Richtlinie es festlegt.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="353"/>
        <source>Protect a backup instance with another policy. Future recovery points follow its schedule and retention; existing ones keep their expiry.</source>
        <translation>Eine Sicherungsinstanz mit einer anderen Richtlinie schützen. Künftige Wiederherstellungspunkte folgen deren Zeitplan und Aufbewahrung; vorhandene behalten ihren Ablauf.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="373"/>
        <source>Backup instance &quot;%1&quot; now follows policy &quot;%2&quot; (was &quot;%3&quot;). Future recovery points follow its schedule and retention; existing points keep their expiry.
</source>
        <translation>Die Sicherungsinstanz „%1“ folgt jetzt der Richtlinie „%2“ (bisher „%3“). Künftige Wiederherstellungspunkte folgen deren Zeitplan und Aufbewahrung; vorhandene Punkte behalten ihren Ablauf.
</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::InstanceValidateCommand</name>
    <message>
        <location filename="../app/pgvaultctl/InstanceValidateCommand.cpp" line="41"/>
        <source>Check that a backup instance is ready: its password in the keychain, the connection, a pg_dump able to dump the server, privileges to read every table, a writable vault with room for the dump (a warning only). Exit 1 if a check fails.</source>
        <translation>Prüfen, ob eine Sicherungsinstanz bereit ist: ihr Passwort im Schlüsselbund, die Verbindung, ein pg_dump, der den Server sichern kann, Berechtigungen zum Lesen aller Tabellen, ein beschreibbarer Tresor mit Platz für den Dump (nur eine Warnung). Beendet sich mit 1, wenn eine Prüfung fehlschlägt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/InstanceValidateCommand.cpp" line="74"/>
        <source>%n check(s) failed for backup instance &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Prüfung für die Sicherungsinstanz „%1“ fehlgeschlagen.</numerusform>
            <numerusform>%n Prüfungen für die Sicherungsinstanz „%1“ fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceValidateCommand.cpp" line="75"/>
        <source>Fix what the failed checks say and run &quot;pgvaultctl instance validate %1&quot; again.</source>
        <translation>Beheben Sie, was die fehlgeschlagenen Prüfungen melden, und führen Sie „pgvaultctl instance validate %1“ erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceValidateCommand.cpp" line="78"/>
        <source>Backup instance &quot;%1&quot; is ready.
</source>
        <translation>Die Sicherungsinstanz „%1“ ist bereit.
</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::JobCommands</name>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="21"/>
        <source>  jobs            List the jobs of the last 24 hours (or --since 7d, …).
  job show        Show one job: every field, sub-tasks, error and output.
  job cancel      Cancel a running job (any process&apos;s).
</source>
        <translation>  jobs            Die Jobs der letzten 24 Stunden auflisten (oder --since 7d, …).
  job show        Einen Job zeigen: alle Felder, Teilaufgaben, Fehler und Ausgabe.
  job cancel      Einen laufenden Job abbrechen (auch eines anderen Prozesses).
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="34"/>
        <source>Usage: pgvaultctl job &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: pgvaultctl job &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="38"/>
        <source>No job command given.</source>
        <translation>Kein job-Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="38"/>
        <source>&quot;%1&quot; is not a job command.</source>
        <translation>„%1“ ist kein job-Befehl.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="46"/>
        <source>Ask a running job to stop. A backup kills its dumps and removes the partial recovery point, then ends Cancelled.</source>
        <translation>Einen laufenden Job anhalten. Eine Sicherung beendet ihre Dumps, entfernt den unvollständigen Wiederherstellungspunkt und endet als „Abgebrochen“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="60"/>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="102"/>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Job %1.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="61"/>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="103"/>
        <source>List the jobs with &quot;pgvaultctl jobs&quot; and copy the job&apos;s id.</source>
        <translation>Listen Sie die Jobs mit „pgvaultctl jobs“ auf und kopieren Sie die ID des Jobs.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="66"/>
        <source>Cancellation of job %1 requested; it stops within seconds.
</source>
        <translation>Abbruch von Job %1 angefordert; er endet innerhalb von Sekunden.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="82"/>
        <source>Show one job: its fields, sub-tasks, error and the tools&apos; output.</source>
        <translation>Einen Job zeigen: seine Felder, Teilaufgaben, den Fehler und die Ausgabe der Werkzeuge.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="84"/>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="84"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="92"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation>„%1“ ist kein Ausgabeformat.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="92"/>
        <source>Use text or json.</source>
        <translation>Verwenden Sie text oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="114"/>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="115"/>
        <source>Activity ID</source>
        <translation>Aktivitäts-ID</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="116"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="118"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="119"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="120"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="121"/>
        <source>Backup instance</source>
        <translation>Sicherungsinstanz</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="122"/>
        <source>Datasource</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="123"/>
        <source>Datasource type</source>
        <translation>Datenquellentyp</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="124"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="125"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="126"/>
        <source>Retention tag</source>
        <translation>Aufbewahrungstag</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="127"/>
        <source>Data transferred</source>
        <translation>Übertragene Daten</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="128"/>
        <source>Recovery point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="140"/>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="142"/>
        <source>Recommended action: %1</source>
        <translation>Empfohlene Maßnahme: %1</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="145"/>
        <source>Sub-tasks:</source>
        <translation>Teilaufgaben:</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="154"/>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::JobsCommand</name>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="69"/>
        <source>List the jobs that started in a time window, newest first.</source>
        <translation>Die Jobs auflisten, die in einem Zeitfenster begonnen haben, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="71"/>
        <source>How far back: 24h (default), 7d, 30m, 2w or an ISO 8601 duration such as P30D.</source>
        <translation>Wie weit zurück: 24h (Standard), 7d, 30m, 2w oder eine ISO-8601-Dauer wie P30D.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="72"/>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="75"/>
        <source>Only jobs with this status: InProgress, Completed, CompletedWithWarnings, Failed, Cancelled.</source>
        <translation>Nur Jobs mit diesem Status: InProgress, Completed, CompletedWithWarnings, Failed, Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="76"/>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="78"/>
        <source>Only this operation: ScheduledBackup, OnDemandBackup, Restore, Delete, Verify.</source>
        <translation>Nur dieser Vorgang: ScheduledBackup, OnDemandBackup, Restore, Delete, Verify.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="79"/>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="81"/>
        <source>Only the jobs of this backup instance.</source>
        <translation>Nur die Jobs dieser Sicherungsinstanz.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="81"/>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="83"/>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="83"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="92"/>
        <source>&quot;%1&quot; is not a duration.</source>
        <translation>„%1“ ist keine Dauer.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="93"/>
        <source>Use a number with m, h, d or w (24h, 7d) or an ISO 8601 duration (P7D, PT12H).</source>
        <translation>Verwenden Sie eine Zahl mit m, h, d oder w (24h, 7d) oder eine ISO-8601-Dauer (P7D, PT12H).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="100"/>
        <source>&quot;%1&quot; is not a job status.</source>
        <translation>„%1“ ist kein Job-Status.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="101"/>
        <source>Use InProgress, Completed, CompletedWithWarnings, Failed or Cancelled.</source>
        <translation>Verwenden Sie InProgress, Completed, CompletedWithWarnings, Failed oder Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="106"/>
        <source>&quot;%1&quot; is not an operation.</source>
        <translation>„%1“ ist kein Vorgang.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="107"/>
        <source>Use ScheduledBackup, OnDemandBackup, Restore, Delete or Verify.</source>
        <translation>Verwenden Sie ScheduledBackup, OnDemandBackup, Restore, Delete oder Verify.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="113"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation>„%1“ ist kein Ausgabeformat.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="113"/>
        <source>Use table or json.</source>
        <translation>Verwenden Sie table oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="153"/>
        <source>No jobs in this window. Look further back with --since 7d.
</source>
        <translation>Keine Jobs in diesem Zeitfenster. Schauen Sie mit --since 7d weiter zurück.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>START (UTC)</source>
        <translation>BEGINN (UTC)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PointArgument</name>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="31"/>
        <source>Run &quot;pgvaultctl point undelete %1&quot; first.</source>
        <translation>Führen Sie zuerst „pgvaultctl point undelete %1“ aus.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="41"/>
        <source>The backup instance &quot;%1&quot; has no recovery point &quot;%2&quot;.</source>
        <translation>Die Sicherungsinstanz „%1“ hat keinen Wiederherstellungspunkt „%2“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="42"/>
        <source>List its points with &quot;pgvaultctl points %1&quot;.</source>
        <translation>Listen Sie ihre Punkte mit „pgvaultctl points %1“ auf.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="91"/>
        <source>There is no deleted recovery point &quot;%1&quot;.</source>
        <translation>Es gibt keinen gelöschten Wiederherstellungspunkt „%1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="92"/>
        <source>List the deleted points with &quot;pgvaultctl points --deleted&quot;.</source>
        <translation>Listen Sie die gelöschten Punkte mit „pgvaultctl points --deleted“ auf.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="22"/>
        <source>&quot;%1&quot; matches %n recovery point(s).</source>
        <translation>
            <numerusform>„%1“ passt auf %n Wiederherstellungspunkt.</numerusform>
            <numerusform>„%1“ passt auf %n Wiederherstellungspunkte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="23"/>
        <source>Give more characters of the id.</source>
        <translation>Geben Sie mehr Zeichen der ID an.</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PointCommands</name>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="18"/>
        <source>  point undelete  Bring back a deleted recovery point before it is purged.
</source>
        <translation>  point undelete  Einen gelöschten Wiederherstellungspunkt zurückholen, bevor er endgültig gelöscht wird.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="27"/>
        <source>Usage: pgvaultctl point &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: pgvaultctl point &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="31"/>
        <source>No point command given.</source>
        <translation>Kein point-Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="31"/>
        <source>&quot;%1&quot; is not a point command.</source>
        <translation>„%1“ ist kein point-Befehl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="40"/>
        <source>Bring back a deleted recovery point (see &quot;pgvaultctl points --deleted&quot;), so it can be restored and verified again. POINT is its id or the id&apos;s first characters. It keeps its expiry, but at least %n day(s) from now, so the next expiry pass does not delete it again at once.</source>
        <translation>
            <numerusform>Einen gelöschten Wiederherstellungspunkt zurückholen (siehe „pgvaultctl points --deleted“), damit er wieder wiederhergestellt und geprüft werden kann. POINT ist seine ID oder deren erste Zeichen. Er behält seinen Ablauf, läuft aber frühestens in %n Tag ab, damit ihn der nächste Ablaufdurchgang nicht sofort wieder löscht.</numerusform>
            <numerusform>Einen gelöschten Wiederherstellungspunkt zurückholen (siehe „pgvaultctl points --deleted“), damit er wieder wiederhergestellt und geprüft werden kann. POINT ist seine ID oder deren erste Zeichen. Er behält seinen Ablauf, läuft aber frühestens in %n Tagen ab, damit ihn der nächste Ablaufdurchgang nicht sofort wieder löscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="61"/>
        <source>Undeleted recovery point %1. Its own expiry had passed (or was less than %n day(s) away), so it now expires %2 (UTC); after that expiry deletes it again unless it is among the newest an instance keeps.
</source>
        <translation>
            <numerusform>Löschen des Wiederherstellungspunkts %1 rückgängig gemacht. Sein eigener Ablauf war überschritten (oder lag weniger als %n Tag entfernt), daher läuft er jetzt am %2 (UTC) ab; danach löscht der Ablauf ihn erneut, sofern er nicht zu den neuesten gehört, die eine Instanz behält.
</numerusform>
            <numerusform>Löschen des Wiederherstellungspunkts %1 rückgängig gemacht. Sein eigener Ablauf war überschritten (oder lag weniger als %n Tage entfernt), daher läuft er jetzt am %2 (UTC) ab; danach löscht der Ablauf ihn erneut, sofern er nicht zu den neuesten gehört, die eine Instanz behält.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="69"/>
        <source>Undeleted recovery point %1. It expires %2 (UTC), as before.
</source>
        <translation>Löschen des Wiederherstellungspunkts %1 rückgängig gemacht. Er läuft wie zuvor am %2 (UTC) ab.
</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PointsCommand</name>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="104"/>
        <source>List the recovery points of a backup instance, newest first: id, time (UTC), retention tag, expiry (UTC), stored size, databases and state. Points dated after now (taken while the clock was ahead) are marked future-dated and warned about.</source>
        <translation>Die Wiederherstellungspunkte einer Sicherungsinstanz auflisten, die neuesten zuerst: ID, Zeit (UTC), Aufbewahrungstag, Ablauf (UTC), gespeicherte Größe, Datenbanken und Zustand. Punkte, die nach dem jetzigen Zeitpunkt datiert sind (erstellt, während die Uhr vorging), werden als future-dated markiert, und es wird vor ihnen gewarnt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="109"/>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="109"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="132"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation>„%1“ ist kein Ausgabeformat.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="132"/>
        <source>Use table or json.</source>
        <translation>Verwenden Sie table oder json.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="157"/>
        <source>%n recovery point(s) are dated after the system clock&apos;s now (%1): %2. The clock was ahead when they were taken, or is behind now. They are kept, but not counted as the newest for scheduling or among the points that expiry always keeps.</source>
        <translation>
            <numerusform>%n Wiederherstellungspunkt ist nach der aktuellen Zeit der Systemuhr (%1) datiert: %2. Die Uhr ging vor, als er erstellt wurde, oder sie geht jetzt nach. Er wird behalten, aber weder für die Planung als neuester gezählt noch zu den Punkten, die der Ablauf immer behält.</numerusform>
            <numerusform>%n Wiederherstellungspunkte sind nach der aktuellen Zeit der Systemuhr (%1) datiert: %2. Die Uhr ging vor, als sie erstellt wurden, oder sie geht jetzt nach. Sie werden behalten, aber weder für die Planung als neueste gezählt noch zu den Punkten, die der Ablauf immer behält.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="163"/>
        <source>Check the system clock (&quot;timedatectl status&quot;).</source>
        <translation>Prüfen Sie die Systemuhr („timedatectl status“).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="186"/>
        <source>No recovery points for &quot;%1&quot; yet. Take one with &quot;pgvaultctl backup-now %1&quot;.
</source>
        <translation>Noch keine Wiederherstellungspunkte für „%1“. Erstellen Sie einen mit „pgvaultctl backup-now %1“.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="73"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="68"/>
        <source>No deleted recovery points for &quot;%1&quot;.
</source>
        <translation>Keine gelöschten Wiederherstellungspunkte für „%1“.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="69"/>
        <source>No deleted recovery points.
</source>
        <translation>Keine gelöschten Wiederherstellungspunkte.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="74"/>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="75"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="76"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="77"/>
        <source>DELETED (UTC)</source>
        <translation>GELÖSCHT (UTC)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="78"/>
        <source>PURGED ON (UTC)</source>
        <translation>ENDGÜLTIG GELÖSCHT AM (UTC)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="92"/>
        <source>Bring one back with &quot;pgvaultctl point undelete POINT&quot; before it is purged.
</source>
        <translation>Holen Sie einen mit „pgvaultctl point undelete POINT“ zurück, bevor er endgültig gelöscht wird.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="112"/>
        <source>List the deleted recovery points instead (of INSTANCE, or of every instance without it), with when they were deleted and when they are purged. &quot;pgvaultctl point undelete POINT&quot; brings one back.</source>
        <translation>Stattdessen die gelöschten Wiederherstellungspunkte auflisten (von INSTANCE oder, ohne dieses Argument, von allen Instanzen), mit dem Zeitpunkt ihres Löschens und ihres endgültigen Löschens. „pgvaultctl point undelete POINT“ holt einen zurück.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="125"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="128"/>
        <source>Missing the INSTANCE argument.</source>
        <translation>Das Argument INSTANCE fehlt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>EXPIRY (UTC)</source>
        <translation>ABLAUF (UTC)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="197"/>
        <source>never (retained forever)</source>
        <translation>nie (dauerhaft aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="79"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="80"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>DATABASES</source>
        <translation>DATENBANKEN</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PolicyArguments</name>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="36"/>
        <source>Use Sun, Mon, Tue, Wed, Thu, Fri, Sat (or the full English names) separated by commas, e.g. %1 Sun,Wed.</source>
        <translation>Verwenden Sie Sun, Mon, Tue, Wed, Thu, Fri, Sat (oder die vollen englischen Namen), durch Kommas getrennt, z. B. %1 Sun,Wed.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="52"/>
        <source>&quot;%1&quot; is not a weekday.</source>
        <translation>„%1“ ist kein Wochentag.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="58"/>
        <source>No weekday given.</source>
        <translation>Kein Wochentag angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="69"/>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation>„%1“ ist keine Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="70"/>
        <source>Use the 24-hour clock as HH:MM, e.g. %1 22:00.</source>
        <translation>Verwenden Sie das 24-Stunden-Format HH:MM, z. B. %1 22:00.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="80"/>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="81"/>
        <source>Use an IANA id such as Europe/Berlin, a Windows id such as &quot;W. Europe Standard Time&quot;, or UTC.</source>
        <translation>Verwenden Sie eine IANA-ID wie Europe/Berlin, eine Windows-ID wie „W. Europe Standard Time“ oder UTC.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="92"/>
        <source>&quot;%1&quot; is not a retention duration.</source>
        <translation>„%1“ ist keine Aufbewahrungsdauer.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="93"/>
        <source>Use an ISO 8601 duration of days, weeks, months or years from 7 days to 10 years, e.g. P30D, P12W, P6M or P10Y.</source>
        <translation>Verwenden Sie eine ISO-8601-Dauer in Tagen, Wochen, Monaten oder Jahren von 7 Tagen bis 10 Jahren, z. B. P30D, P12W, P6M oder P10Y.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="106"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="106"/>
        <source>Use YYYY-MM-DD, e.g. %1 2024-01-31.</source>
        <translation>Verwenden Sie JJJJ-MM-TT, z. B. %1 2024-01-31.</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PolicyCommands</name>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="33"/>
        <source>  policy create   Create a policy from a schedule and retention options.
  policy import   Create a policy from an Azure BackupPolicy JSON file.
  policy export   Write a policy as Azure BackupPolicy JSON.
  policy list     List the policies.
  policy show     Show a policy in detail.
  policy delete   Delete a policy that no backup instance uses.
  policy preview  Show the retention tag and expiry each backup of a date range takes.
</source>
        <translation>  policy create   Eine Richtlinie aus Zeitplan- und Aufbewahrungsoptionen erstellen.
  policy import   Eine Richtlinie aus einer Azure-BackupPolicy-JSON-Datei erstellen.
  policy export   Eine Richtlinie als Azure-BackupPolicy-JSON schreiben.
  policy list     Die Richtlinien auflisten.
  policy show     Eine Richtlinie im Detail zeigen.
  policy delete   Eine Richtlinie löschen, die keine Sicherungsinstanz verwendet.
  policy preview  Aufbewahrungstag und Ablauf jeder Sicherung eines Datumsbereichs zeigen.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="60"/>
        <source>Usage: pgvaultctl policy &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: pgvaultctl policy &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="61"/>
        <source>
Run &quot;pgvaultctl policy &lt;command&gt; --help&quot; for a command&apos;s options.
</source>
        <translation>
Führen Sie „pgvaultctl policy &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="66"/>
        <source>No policy command given.</source>
        <translation>Kein policy-Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="69"/>
        <source>&quot;%1&quot; is not a policy command.</source>
        <translation>„%1“ ist kein policy-Befehl.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="98"/>
        <source>Missing the %1 argument.</source>
        <translation>Das Argument %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="99"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="132"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="280"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="108"/>
        <source>Create a backup policy. Its Default rule keeps every backup no other rule keeps; --weekly, --monthly and --yearly add rules for the first successful backup of each week (Sunday-based), month and year.</source>
        <translation>Eine Sicherungsrichtlinie erstellen. Ihre Standardregel bewahrt jede Sicherung auf, die keine andere Regel aufbewahrt; --weekly, --monthly und --yearly fügen Regeln für die erste erfolgreiche Sicherung jeder Woche (ab Sonntag), jedes Monats und jedes Jahres hinzu.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="112"/>
        <source>Policy name: 3-150 letters, digits, hyphens.</source>
        <translation>Richtlinienname: 3–150 Buchstaben, Ziffern, Bindestriche.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="112"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="182"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="294"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="113"/>
        <source>Weekdays to back up on, e.g. Sun,Wed.</source>
        <translation>Wochentage für die Sicherung, z. B. Sun,Wed.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="113"/>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="114"/>
        <source>Start time, 24-hour HH:MM.</source>
        <translation>Startzeit, 24 Stunden, HH:MM.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="114"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="116"/>
        <source>Time zone: IANA (Europe/Berlin) or Windows (W. Europe Standard Time) id.</source>
        <translation>Zeitzone: IANA-ID (Europe/Berlin) oder Windows-ID (W. Europe Standard Time).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="117"/>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="119"/>
        <source>Default retention (default P10Y).</source>
        <translation>Standard-Aufbewahrung (Standard P10Y).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="119"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="121"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="123"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="125"/>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="121"/>
        <source>Keep each week&apos;s first backup this long.</source>
        <translation>Die erste Sicherung jeder Woche so lange aufbewahren.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="123"/>
        <source>Keep each month&apos;s first backup this long.</source>
        <translation>Die erste Sicherung jedes Monats so lange aufbewahren.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="125"/>
        <source>Keep each year&apos;s first backup this long.</source>
        <translation>Die erste Sicherung jedes Jahres so lange aufbewahren.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="139"/>
        <source>Missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="178"/>
        <source>Create a policy from an Azure Data Protection BackupPolicy JSON file (as &quot;az dataprotection backup-policy get-default-policy-template&quot; or &quot;policy export&quot; write it).</source>
        <translation>Eine Richtlinie aus einer BackupPolicy-JSON-Datei von Azure Data Protection erstellen (wie sie „az dataprotection backup-policy get-default-policy-template“ oder „policy export“ schreiben).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="182"/>
        <source>Name for the policy, instead of the file&apos;s.</source>
        <translation>Name für die Richtlinie anstelle des Namens aus der Datei.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="185"/>
        <source>The policy JSON file.</source>
        <translation>Die Richtlinien-JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="190"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="191"/>
        <source>Check the file name and its permissions.</source>
        <translation>Prüfen Sie den Dateinamen und die Berechtigungen der Datei.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="212"/>
        <source>Created policy &quot;%1&quot;.</source>
        <translation>Richtlinie „%1“ erstellt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="217"/>
        <source>Give 3-150 letters, digits and hyphens with --name, e.g. --name weekly-pg.</source>
        <translation>Geben Sie mit --name 3–150 Buchstaben, Ziffern und Bindestriche an, z. B. --name weekly-pg.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="230"/>
        <source>Write a policy as Azure BackupPolicy JSON, as &quot;az dataprotection backup-policy create --policy FILE&quot; accepts it.</source>
        <translation>Eine Richtlinie als Azure-BackupPolicy-JSON schreiben, wie „az dataprotection backup-policy create --policy FILE“ es akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="233"/>
        <source>Write to this new file instead of standard output; an existing file is not overwritten.</source>
        <translation>In diese neue Datei statt auf die Standardausgabe schreiben; eine vorhandene Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="235"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="238"/>
        <source>The policy to export.</source>
        <translation>Die zu exportierende Richtlinie.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="243"/>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="244"/>
        <source>Choose another file name, or remove the file first.</source>
        <translation>Wählen Sie einen anderen Dateinamen oder entfernen Sie zuerst die Datei.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="262"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="263"/>
        <source>Check that the folder exists, that you may write it and that the disk is not full.</source>
        <translation>Prüfen Sie, ob der Ordner existiert, ob Sie darin schreiben dürfen und ob die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="267"/>
        <source>Exported policy &quot;%1&quot; to %2.</source>
        <translation>Richtlinie „%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="274"/>
        <source>List the policies with their schedule, retention and backup instances.</source>
        <translation>Die Richtlinien mit Zeitplan, Aufbewahrung und Sicherungsinstanzen auflisten.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="291"/>
        <source>No policies yet. Create one with &quot;pgvaultctl policy create&quot;.</source>
        <translation>Noch keine Richtlinien. Erstellen Sie eine mit „pgvaultctl policy create“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="294"/>
        <source>SCHEDULE</source>
        <translation>ZEITPLAN</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="294"/>
        <source>RETENTION</source>
        <translation>AUFBEWAHRUNG</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="294"/>
        <source>INSTANCES</source>
        <translation>INSTANZEN</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="308"/>
        <source>Show a policy: schedule, retention rules and the instances using it.</source>
        <translation>Eine Richtlinie zeigen: Zeitplan, Aufbewahrungsregeln und die Instanzen, die sie verwenden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="310"/>
        <source>The policy to show.</source>
        <translation>Die anzuzeigende Richtlinie.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="322"/>
        <source>Name:        %1</source>
        <translation>Name:        %1</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="323"/>
        <source>Id:          %1</source>
        <translation>Id:          %1</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="324"/>
        <source>Created:     %1</source>
        <translation>Erstellt:    %1</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="325"/>
        <source>Datasource:  %1</source>
        <translation>Datenquelle: %1</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="326"/>
        <source>Schedule:    %1</source>
        <translation>Zeitplan:    %1</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="327"/>
        <source>Time zone:   %1 (Azure: %2)</source>
        <translation>Zeitzone:    %1 (Azure: %2)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="330"/>
        <source>Retention:</source>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="332"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="337"/>
        <source>Instances:   %1</source>
        <translation>Instanzen:   %1</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="337"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="344"/>
        <source>Delete a policy. A policy that backup instances use is not deleted.</source>
        <translation>Eine Richtlinie löschen. Eine Richtlinie, die Sicherungsinstanzen verwenden, wird nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="346"/>
        <source>The policy to delete.</source>
        <translation>Die zu löschende Richtlinie.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="355"/>
        <source>Deleted policy &quot;%1&quot;.</source>
        <translation>Richtlinie „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PolicyPreviewCommand</name>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="33"/>
        <source>Show which retention tag and expiry each successful scheduled backup on the local dates --from to --until (inclusive, in the policy&apos;s time zone) would take, starting with no earlier backups. Times are UTC. The table also counts the backups of each tag still kept at the end of --until.</source>
        <translation>Zeigen, welches Aufbewahrungstag und welchen Ablauf jede erfolgreiche geplante Sicherung an den lokalen Daten von --from bis --until (einschließlich, in der Zeitzone der Richtlinie) erhielte, ohne frühere Sicherungen. Zeiten sind in UTC. Die Tabelle zählt außerdem die Sicherungen jedes Tags, die am Ende von --until noch aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="36"/>
        <source>The policy to preview.</source>
        <translation>Die Richtlinie für die Vorschau.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="37"/>
        <source>First local date, YYYY-MM-DD.</source>
        <translation>Erstes lokales Datum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="37"/>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="38"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="38"/>
        <source>Last local date, YYYY-MM-DD.</source>
        <translation>Letztes lokales Datum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="40"/>
        <source>Local dates whose backup fails and takes no tag, YYYY-MM-DD,…</source>
        <translation>Lokale Daten, deren Sicherung fehlschlägt und kein Tag erhält, JJJJ-MM-TT,…</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="40"/>
        <source>DATES</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="42"/>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="42"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="50"/>
        <source>Missing the NAME argument.</source>
        <translation>Das Argument NAME fehlt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="51"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="57"/>
        <source>Missing --%1.</source>
        <translation>--%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="68"/>
        <source>%1 is before --from %2.</source>
        <translation>%1 liegt vor --from %2.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="69"/>
        <source>Give an --until date on or after --from.</source>
        <translation>Geben Sie ein --until-Datum an, das gleich oder nach --from liegt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="79"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation>„%1“ ist kein Ausgabeformat.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="80"/>
        <source>Use table or json.</source>
        <translation>Verwenden Sie table oder json.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="104"/>
        <source>TIME (UTC)            TAG      EXPIRY (UTC)</source>
        <translation>ZEIT (UTC)            TAG      ABLAUF (UTC)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="119"/>
        <source>Backups taken: %1. Kept at the end of %2 (%3): %4 (%5).</source>
        <translation>Erstellte Sicherungen: %1. Aufbewahrt am Ende von %2 (%3): %4 (%5).</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PruneCommand</name>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="39"/>
        <source>Only this backup instance (default: all).</source>
        <translation>Nur diese Sicherungsinstanz (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="40"/>
        <source>Show what would be deleted; change nothing.</source>
        <translation>Zeigen, was gelöscht würde; nichts ändern.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="43"/>
        <source>The system clock is right although it is far ahead of the last time PgVault can vouch for (the machine was switched off that long): trust it from now on, for the agent too, and prune by it.</source>
        <translation>Die Systemuhr geht richtig, obwohl sie weit nach dem letzten Zeitpunkt steht, für den sich PgVault verbürgen kann (der Rechner war so lange ausgeschaltet): ihr ab jetzt vertrauen, auch für den Agenten, und nach ihr abgelaufene Punkte löschen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="53"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="58"/>
        <source>--trust-clock changes what the agent does, which --dry-run never does.</source>
        <translation>--trust-clock ändert das Verhalten des Agenten; --dry-run ändert nie etwas.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="59"/>
        <source>Run &quot;pgvaultctl prune --dry-run&quot; first, then &quot;pgvaultctl prune --trust-clock&quot;.</source>
        <translation>Führen Sie zuerst „pgvaultctl prune --dry-run“ aus, dann „pgvaultctl prune --trust-clock“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="71"/>
        <source>Trusting the system clock (%1) from now on.</source>
        <translation>Der Systemuhr (%1) wird ab jetzt vertraut.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="29"/>
        <source>Delete the recovery points whose retention has expired, each by a Delete job, as the agent does. In a vault with soft delete (&quot;pgvaultctl vault set NAME --soft-delete-days N&quot;) an expired point is moved to deleted, restorable by &quot;pgvaultctl point undelete&quot;, and purged once those days are over. The %1 newest recovery points of a backup instance are always kept. Nothing is deleted while the system clock is more than %2 days ahead of the last time PgVault can vouch for (its newest job, recovery point or agent heartbeat): a clock that jumped ahead would delete points that have not expired. Times are local.</source>
        <translation>Die Wiederherstellungspunkte löschen, deren Aufbewahrung abgelaufen ist, jeden über einen Delete-Job, wie es der Agent tut. In einem Tresor mit vorläufigem Löschen („pgvaultctl vault set NAME --soft-delete-days N“) wird ein abgelaufener Punkt vorläufig gelöscht, bleibt mit „pgvaultctl point undelete“ zurückholbar und wird endgültig gelöscht, sobald diese Tage vorüber sind. Die %1 neuesten Wiederherstellungspunkte einer Sicherungsinstanz werden immer behalten. Es wird nichts gelöscht, solange die Systemuhr mehr als %2 Tage nach dem letzten Zeitpunkt steht, für den sich PgVault verbürgen kann (sein neuester Job, Wiederherstellungspunkt oder Herzschlag eines Agenten): Eine vorgesprungene Uhr würde Punkte löschen, die nicht abgelaufen sind. Zeiten sind lokal.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="79"/>
        <source>No recovery point has expired, and no deleted one is due for purging.</source>
        <translation>Kein Wiederherstellungspunkt ist abgelaufen, und kein gelöschter ist zum endgültigen Löschen fällig.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>POINT</source>
        <translation>PUNKT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>EXPIRY</source>
        <translation>ABLAUF</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>PURGED ON</source>
        <translation>ENDGÜLTIG GELÖSCHT AM</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="102"/>
        <source>Would delete %n recovery point(s); nothing was changed.</source>
        <translation>
            <numerusform>Würde %n Wiederherstellungspunkt löschen; nichts wurde geändert.</numerusform>
            <numerusform>Würde %n Wiederherstellungspunkte löschen; nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="107"/>
        <source>Would move %n recovery point(s) to deleted, to be purged on the date shown.</source>
        <translation>
            <numerusform>Würde %n Wiederherstellungspunkt vorläufig löschen; er würde am angezeigten Datum endgültig gelöscht.</numerusform>
            <numerusform>Würde %n Wiederherstellungspunkte vorläufig löschen; sie würden am angezeigten Datum endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="111"/>
        <source>Would purge %n deleted recovery point(s).</source>
        <translation>
            <numerusform>Würde %n gelöschten Wiederherstellungspunkt endgültig löschen.</numerusform>
            <numerusform>Würde %n gelöschte Wiederherstellungspunkte endgültig löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="113"/>
        <source>Deleted %n recovery point(s).</source>
        <translation>
            <numerusform>%n Wiederherstellungspunkt gelöscht.</numerusform>
            <numerusform>%n Wiederherstellungspunkte gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="116"/>
        <source>Moved %n recovery point(s) to deleted; each is purged on the date shown unless it is undeleted before (&quot;pgvaultctl points --deleted&quot;, &quot;pgvaultctl point undelete POINT&quot;).</source>
        <translation>
            <numerusform>%n Wiederherstellungspunkt vorläufig gelöscht; er wird am angezeigten Datum endgültig gelöscht, sofern sein Löschen nicht vorher rückgängig gemacht wird („pgvaultctl points --deleted“, „pgvaultctl point undelete POINT“).</numerusform>
            <numerusform>%n Wiederherstellungspunkte vorläufig gelöscht; jeder wird am angezeigten Datum endgültig gelöscht, sofern sein Löschen nicht vorher rückgängig gemacht wird („pgvaultctl points --deleted“, „pgvaultctl point undelete POINT“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="122"/>
        <source>Purged %n deleted recovery point(s).</source>
        <translation>
            <numerusform>%n gelöschten Wiederherstellungspunkt endgültig gelöscht.</numerusform>
            <numerusform>%n gelöschte Wiederherstellungspunkte endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="125"/>
        <source>Kept %n expired point(s): expiry always keeps the %1 newest recovery points of a backup instance.</source>
        <translation>
            <numerusform>%n abgelaufener Punkt behalten: Der Ablauf behält immer die %1 neuesten Wiederherstellungspunkte einer Sicherungsinstanz.</numerusform>
            <numerusform>%n abgelaufene Punkte behalten: Der Ablauf behält immer die %1 neuesten Wiederherstellungspunkte einer Sicherungsinstanz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="133"/>
        <source>Kept %n expired point(s): the system clock is not trusted.</source>
        <translation>
            <numerusform>%n abgelaufener Punkt behalten: Der Systemuhr wird nicht vertraut.</numerusform>
            <numerusform>%n abgelaufene Punkte behalten: Der Systemuhr wird nicht vertraut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::RestoreCommand</name>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="39"/>
        <source>Restore as files into DIR.</source>
        <translation>Als Dateien in DIR wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="39"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="40"/>
        <source>Prefix of every restored file name.</source>
        <translation>Präfix jedes wiederhergestellten Dateinamens.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="40"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="41"/>
        <source>Replace existing files.</source>
        <translation>Vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="42"/>
        <source>Restore into a PostgreSQL server.</source>
        <translation>In einen PostgreSQL-Server wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="43"/>
        <source>Target server host.</source>
        <translation>Host des Zielservers.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="43"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="45"/>
        <source>Target server port.</source>
        <translation>Port des Zielservers.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="45"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="46"/>
        <source>Target user (needs CREATEDB).</source>
        <translation>Zielbenutzer (benötigt CREATEDB).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="46"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="48"/>
        <source>TLS mode: %1 (default %2).</source>
        <translation>TLS-Modus: %1 (Standard: %2).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="49"/>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="61"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="52"/>
        <source>Read the target password from the first line of standard input.</source>
        <translation>Das Zielpasswort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="54"/>
        <source>Restore only database SRC, as DST when given (repeatable). Without it every database of the point is restored under its own name.</source>
        <translation>Nur die Datenbank SRC wiederherstellen, als DST, falls angegeben (wiederholbar). Ohne diese Option wird jede Datenbank des Punkts unter ihrem eigenen Namen wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="56"/>
        <source>SRC[=DST]</source>
        <translation>SRC[=DST]</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="58"/>
        <source>pg_restore parallel jobs.</source>
        <translation>Parallele Jobs von pg_restore.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="58"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="60"/>
        <source>skip (default) or apply the cleaned roles.sql.</source>
        <translation>skip (Standard) oder apply: die bereinigte roles.sql überspringen oder anwenden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="63"/>
        <source>Drop and recreate target databases that exist.</source>
        <translation>Vorhandene Zieldatenbanken löschen und neu anlegen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="65"/>
        <source>Only check that the restore can run; restore nothing.</source>
        <translation>Nur prüfen, ob die Wiederherstellung laufen kann; nichts wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="90"/>
        <source>Choose exactly one target.</source>
        <translation>Wählen Sie genau ein Ziel.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="91"/>
        <source>Give --to-folder DIR or --to-server with --host and --user.</source>
        <translation>Geben Sie --to-folder DIR oder --to-server mit --host und --user an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="101"/>
        <source>The target server needs a host and a user.</source>
        <translation>Der Zielserver braucht einen Host und einen Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="102"/>
        <source>Give e.g. --host db.example.com --user admin.</source>
        <translation>Geben Sie z. B. --host db.example.com --user admin an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="109"/>
        <source>Not a port number.</source>
        <translation>Keine Portnummer.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="109"/>
        <source>Give e.g. --port 5432.</source>
        <translation>Geben Sie z. B. --port 5432 an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="113"/>
        <source>Unknown TLS mode.</source>
        <translation>Unbekannter TLS-Modus.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="114"/>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="210"/>
        <source>The recovery point %1 is no longer in the catalog.</source>
        <translation>Der Wiederherstellungspunkt %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="211"/>
        <source>List the points with &quot;pgvaultctl points&quot;.</source>
        <translation>Listen Sie die Punkte mit &quot;pgvaultctl points&quot; auf.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="217"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="218"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="225"/>
        <source>The restore can run.</source>
        <translation>Die Wiederherstellung kann laufen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="228"/>
        <source>The restore would be refused.</source>
        <translation>Die Wiederherstellung würde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="236"/>
        <source>(--file-prefix, --overwrite)</source>
        <translation>(--file-prefix, --overwrite)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="238"/>
        <source>(--database SOURCE=TARGET, --clean)</source>
        <translation>(--database SOURCE=TARGET, --clean)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="240"/>
        <source>(--database SOURCE=TARGET)</source>
        <translation>(--database SOURCE=TARGET)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="242"/>
        <source>(--roles apply)</source>
        <translation>(--roles apply)</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="119"/>
        <source>Not a number from 1 to 64.</source>
        <translation>Keine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="27"/>
        <source>Restore a recovery point, in the foreground. POINT is a point id (or its first characters) or &quot;latest&quot;.
As files (--to-folder): one pg_restore-able custom-format dump per database, roles.sql, tablespace.sql, schema.sql and RESTORE.txt with the commands to use them; every file is checked against the manifest and existing files are refused unless --overwrite.
To a server (--to-server): creates each database (refusing existing ones unless --clean) and restores it with pg_restore; the target password is read from standard input (--password-stdin).
--validate-only runs the checks the restore wizard&apos;s Validate step runs (folder writable, free space, names free; or server reachable, target databases free) and restores nothing.
Exit 0 on success, 1 if the restore failed, 2 for bad input or an existing target (or a failed check with --validate-only).</source>
        <translation>Einen Wiederherstellungspunkt im Vordergrund wiederherstellen. POINT ist eine Punkt-ID (oder deren erste Zeichen) oder „latest“.
Als Dateien (--to-folder): ein mit pg_restore nutzbarer Dump im Custom-Format pro Datenbank, roles.sql, tablespace.sql, schema.sql und RESTORE.txt mit den Befehlen zu ihrer Verwendung; jede Datei wird gegen das Manifest geprüft, und vorhandene Dateien werden ohne --overwrite verweigert.
Auf einen Server (--to-server): legt jede Datenbank an (vorhandene werden ohne --clean verweigert) und stellt sie mit pg_restore wieder her; das Zielpasswort wird von der Standardeingabe gelesen (--password-stdin).
--validate-only führt die Prüfungen des Schritts „Überprüfen“ im Wiederherstellungsassistenten aus (Ordner beschreibbar, freier Platz, Namen frei; oder Server erreichbar, Zieldatenbanken frei) und stellt nichts wieder her.
Exit-Code 0 bei Erfolg, 1, wenn die Wiederherstellung fehlschlug, 2 bei ungültiger Eingabe oder vorhandenem Ziel (oder einer fehlgeschlagenen Prüfung mit --validate-only).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="119"/>
        <source>Give e.g. --jobs 2.</source>
        <translation>Geben Sie z. B. --jobs 2 an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="122"/>
        <source>Must be skip or apply.</source>
        <translation>Muss skip oder apply sein.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="122"/>
        <source>Give --roles apply or leave it out.</source>
        <translation>Geben Sie --roles apply an oder lassen Sie die Option weg.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="129"/>
        <source>&quot;%1&quot; is not SRC or SRC=DST.</source>
        <translation>„%1“ ist weder SRC noch SRC=DST.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="130"/>
        <source>Give e.g. --database sales=sales_copy.</source>
        <translation>Geben Sie z. B. --database sales=sales_copy an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="134"/>
        <source>The database &quot;%1&quot; is named more than once.</source>
        <translation>Die Datenbank „%1“ ist mehrfach angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="135"/>
        <source>Give each source database once, e.g. --database %1=%1_copy.</source>
        <translation>Geben Sie jede Quelldatenbank nur einmal an, z. B. --database %1=%1_copy.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="148"/>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="149"/>
        <source>Pipe the password in, e.g. from a secret store.</source>
        <translation>Leiten Sie das Passwort per Pipe ein, z. B. aus einem Geheimnisspeicher.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="171"/>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="177"/>
        <source>Recovery point %1 restored to %2. Job %3.
</source>
        <translation>Wiederherstellungspunkt %1 nach %2 wiederhergestellt. Job %3.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="189"/>
        <source>The restore failed.</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="190"/>
        <source>See &quot;pgvaultctl job show %1&quot;.</source>
        <translation>Siehe „pgvaultctl job show %1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="194"/>
        <source>Restore job %1 %2: %3</source>
        <translation>Wiederherstellungsjob %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="196"/>
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="196"/>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="218"/>
        <source>failed</source>
        <translation>ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::VaultCommands</name>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="20"/>
        <source>  vault create    Create a local vault in a folder.
  vault list      List the vaults.
  vault set       Change how many days a vault keeps deleted recovery points.
</source>
        <translation>  vault create    Einen lokalen Tresor in einem Ordner erstellen.
  vault list      Die Tresore auflisten.
  vault set       Ändern, wie viele Tage ein Tresor gelöschte Wiederherstellungspunkte aufbewahrt.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="35"/>
        <source>Usage: pgvaultctl vault &lt;command&gt; [options]

Commands:
</source>
        <translation>Aufruf: pgvaultctl vault &lt;Befehl&gt; [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="39"/>
        <source>No vault command given.</source>
        <translation>Kein vault-Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="39"/>
        <source>&quot;%1&quot; is not a vault command.</source>
        <translation>„%1“ ist kein vault-Befehl.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="49"/>
        <source>How many days expired or deleted recovery points stay restorable by &quot;pgvaultctl point undelete&quot; before they are purged: 0 (delete at once) to %1, default %2.</source>
        <translation>Wie viele Tage abgelaufene oder gelöschte Wiederherstellungspunkte mit „pgvaultctl point undelete“ zurückholbar bleiben, bevor sie endgültig gelöscht werden: 0 (sofort löschen) bis %1, Standard %2.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="53"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="64"/>
        <source>&quot;%1&quot; is not a whole number of days.</source>
        <translation>„%1“ ist keine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="65"/>
        <source>Give 0 to %1, e.g. --soft-delete-days %2.</source>
        <translation>Geben Sie 0 bis %1 an, z. B. --soft-delete-days %2.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="81"/>
        <source>Create a local vault: a new or empty folder that will hold recovery points (vault.json records its format version and id).</source>
        <translation>Einen lokalen Tresor erstellen: einen neuen oder leeren Ordner, der Wiederherstellungspunkte aufnimmt (vault.json erfasst seine Formatversion und ID).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="83"/>
        <source>The vault&apos;s folder.</source>
        <translation>Der Ordner des Tresors.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="83"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="92"/>
        <source>Missing --path.</source>
        <translation>--path fehlt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="109"/>
        <source>Created vault &quot;%1&quot; (%2) at %3; it keeps deleted recovery points %n day(s).
</source>
        <translation>
            <numerusform>Tresor „%1“ (%2) unter %3 erstellt; er bewahrt gelöschte Wiederherstellungspunkte %n Tag auf.
</numerusform>
            <numerusform>Tresor „%1“ (%2) unter %3 erstellt; er bewahrt gelöschte Wiederherstellungspunkte %n Tage auf.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="120"/>
        <source>Change a vault&apos;s settings. --soft-delete-days applies to points deleted from now on; points already deleted keep their purge date.</source>
        <translation>Die Einstellungen eines Tresors ändern. --soft-delete-days gilt für Punkte, die ab jetzt gelöscht werden; bereits gelöschte Punkte behalten ihr Datum für das endgültige Löschen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="129"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="146"/>
        <source>Vault &quot;%1&quot; now deletes expired recovery points at once.
</source>
        <translation>Tresor „%1“ löscht abgelaufene Wiederherstellungspunkte jetzt sofort.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="148"/>
        <source>Vault &quot;%1&quot; now keeps deleted recovery points %n day(s) before purging them.
</source>
        <translation>
            <numerusform>Tresor „%1“ bewahrt gelöschte Wiederherstellungspunkte jetzt %n Tag auf, bevor er sie endgültig löscht.
</numerusform>
            <numerusform>Tresor „%1“ bewahrt gelöschte Wiederherstellungspunkte jetzt %n Tage auf, bevor er sie endgültig löscht.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="177"/>
        <source>SOFT DELETE</source>
        <translation>VORLÄUFIGES LÖSCHEN</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="180"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="180"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="158"/>
        <source>List the vaults in the catalog.</source>
        <translation>Die Tresore im Katalog auflisten.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="170"/>
        <source>No vaults yet; &quot;%1&quot; is created on first use.
</source>
        <translation>Noch keine Tresore; „%1“ wird bei der ersten Verwendung erstellt.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="176"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="176"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="177"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="177"/>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::VerifyCommand</name>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="21"/>
        <source>Verify a recovery point (default: the newest): re-read every file and check its size and SHA-256 against the manifest. With --test-restore also restore it into a scratch server (a temporary local cluster when the PostgreSQL server programs are installed, else --scratch-host) and compare every table&apos;s row count with the counts recorded at backup time. Exit 0 when the point passed, 1 when it failed or could not be checked, 2 for bad input.</source>
        <translation>Einen Wiederherstellungspunkt prüfen (Standard: den neuesten): jede Datei erneut lesen und ihre Größe und SHA-256 mit dem Manifest vergleichen. Mit --test-restore wird er zusätzlich in einen Testserver wiederhergestellt (einen temporären lokalen Cluster, wenn die PostgreSQL-Serverprogramme installiert sind, sonst --scratch-host) und die Zeilenanzahl jeder Tabelle mit den bei der Sicherung erfassten Anzahlen verglichen. Exit-Code 0, wenn der Punkt bestanden hat, 1, wenn er durchfiel oder nicht geprüft werden konnte, 2 bei ungültiger Eingabe.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="28"/>
        <source>Also restore the point and compare row counts.</source>
        <translation>Den Punkt außerdem wiederherstellen und Zeilenanzahlen vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="30"/>
        <source>Scratch server host (instead of a local cluster).</source>
        <translation>Host des Testservers (statt eines lokalen Clusters).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="30"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="32"/>
        <source>Scratch server port.</source>
        <translation>Port des Testservers.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="32"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="34"/>
        <source>Scratch server user (needs CREATEDB).</source>
        <translation>Benutzer des Testservers (benötigt CREATEDB).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="34"/>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="36"/>
        <source>Scratch server TLS mode.</source>
        <translation>TLS-Modus des Testservers.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="36"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="38"/>
        <source>Read the scratch server&apos;s password from standard input.</source>
        <translation>Das Passwort des Testservers von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="49"/>
        <source>Give the instance and optionally a recovery point.</source>
        <translation>Geben Sie die Instanz und optional einen Wiederherstellungspunkt an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="58"/>
        <source>A scratch server is used only with --test-restore and needs --scratch-user.</source>
        <translation>Ein Testserver wird nur mit --test-restore verwendet und benötigt --scratch-user.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="59"/>
        <source>Add --test-restore and --scratch-user.</source>
        <translation>Fügen Sie --test-restore und --scratch-user hinzu.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="66"/>
        <source>Not a port number.</source>
        <translation>Keine Portnummer.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="66"/>
        <source>Give e.g. --scratch-port 5432.</source>
        <translation>Geben Sie z. B. --scratch-port 5432 an.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="70"/>
        <source>Unknown TLS mode.</source>
        <translation>Unbekannter TLS-Modus.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="71"/>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="77"/>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="78"/>
        <source>Pipe the password in.</source>
        <translation>Leiten Sie das Passwort per Pipe ein.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="98"/>
        <source>verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="105"/>
        <source>Recovery point %1 passed: every file matches its manifest and the test restore has the recorded row counts. Job %2.
</source>
        <translation>Wiederherstellungspunkt %1 bestanden: Jede Datei stimmt mit ihrem Manifest überein, und die Testwiederherstellung hat die erfassten Zeilenanzahlen. Job %2.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="107"/>
        <source>Recovery point %1 passed: every file matches its manifest. Job %2.
</source>
        <translation>Wiederherstellungspunkt %1 bestanden: Jede Datei stimmt mit ihrem Manifest überein. Job %2.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="112"/>
        <source>The verification failed.</source>
        <translation>Die Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="113"/>
        <source>See &quot;pgvaultctl job show %1&quot;.</source>
        <translation>Siehe „pgvaultctl job show %1“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="116"/>
        <source>Verify job %1: %2</source>
        <translation>Prüfjob %1: %2</translation>
    </message>
</context>
<context>
    <name>PgVault::DeleteRun</name>
    <message>
        <location filename="../engine/jobs/DeleteRun.cpp" line="43"/>
        <source>Moved recovery point %1 to deleted; it is purged on %2 unless it is undeleted before.
</source>
        <translation>Wiederherstellungspunkt %1 vorläufig gelöscht; er wird am %2 endgültig gelöscht, sofern sein Löschen nicht vorher rückgängig gemacht wird.
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeleteRun.cpp" line="68"/>
        <source>The point was already gone from the vault.</source>
        <translation>Der Punkt war bereits nicht mehr im Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeleteRun.cpp" line="72"/>
        <source>Purged deleted recovery point %1: its soft-delete days are over.
</source>
        <translation>Gelöschten Wiederherstellungspunkt %1 endgültig gelöscht: Seine Frist für das vorläufige Löschen ist abgelaufen.
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeleteRun.cpp" line="73"/>
        <source>Deleted recovery point %1.
</source>
        <translation>Wiederherstellungspunkt %1 gelöscht.
</translation>
    </message>
</context>
<context>
    <name>PgVault::DeletedPoints</name>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="66"/>
        <source>There is no recovery point &quot;%1&quot;.</source>
        <translation>Es gibt keinen Wiederherstellungspunkt „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="67"/>
        <source>List the deleted recovery points and choose one of them.</source>
        <translation>Listen Sie die gelöschten Wiederherstellungspunkte auf und wählen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="74"/>
        <source>The recovery point %1 is not deleted.</source>
        <translation>Der Wiederherstellungspunkt %1 ist nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="75"/>
        <source>Only deleted recovery points can be undeleted; this one can be restored as it is.</source>
        <translation>Nur das Löschen gelöschter Wiederherstellungspunkte kann rückgängig gemacht werden; dieser kann so, wie er ist, wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="103"/>
        <source>The recovery point %1 was purged or undeleted meanwhile.</source>
        <translation>Der Wiederherstellungspunkt %1 wurde inzwischen endgültig gelöscht, oder sein Löschen wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="104"/>
        <source>Refresh the list of recovery points.</source>
        <translation>Aktualisieren Sie die Liste der Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="130"/>
        <source>The recovery point %1 is deleted; it is purged on %2.</source>
        <translation>Der Wiederherstellungspunkt %1 ist gelöscht; endgültiges Löschen: %2.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="131"/>
        <source>an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="132"/>
        <source>Undelete the recovery point first, then try again.</source>
        <translation>Machen Sie zuerst das Löschen des Wiederherstellungspunkts rückgängig und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>PgVault::DesktopNotifier</name>
    <message>
        <location filename="../engine/alerts/DesktopNotifier.cpp" line="31"/>
        <source>PgVault</source>
        <translation>PgVault</translation>
    </message>
    <message>
        <location filename="../engine/alerts/DesktopNotifier.cpp" line="31"/>
        <source>PgVault: %1</source>
        <translation>PgVault: %1</translation>
    </message>
</context>
<context>
    <name>PgVault::DumpArchiveRewriter</name>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="62"/>
        <source>the archive ends inside its table of contents</source>
        <translation>das Archiv endet innerhalb seines Inhaltsverzeichnisses</translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="103"/>
        <source>not a pg_dump custom-format archive</source>
        <translation>kein pg_dump-Archiv im Custom-Format</translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="116"/>
        <source>archive version %1.%2 is not one this PgVault knows</source>
        <translation>die Archivversion %1.%2 kennt dieses PgVault nicht</translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="120"/>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="132"/>
        <source>unexpected archive header</source>
        <translation>unerwarteter Archivkopf</translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="196"/>
        <source>its table of contents is larger than %1 MiB</source>
        <translation>sein Inhaltsverzeichnis ist größer als %1 MiB</translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="208"/>
        <source>unknown data block type %1</source>
        <translation>unbekannter Datenblocktyp %1</translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="238"/>
        <source>negative chunk length</source>
        <translation>negative Abschnittslänge</translation>
    </message>
</context>
<context>
    <name>PgVault::DumpProcess</name>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="48"/>
        <source>Cannot start %1 (%2).</source>
        <translation>%1 kann nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="49"/>
        <source>Install the PostgreSQL client tools (apt-get install postgresql-client) and retry.</source>
        <translation>Installieren Sie die PostgreSQL-Client-Werkzeuge (apt-get install postgresql-client) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="101"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="102"/>
        <source>it crashed</source>
        <translation>es ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="106"/>
        <source>%1 failed for %2 (%3): %4</source>
        <translation>%1 ist für %2 fehlgeschlagen (%3): %4</translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="107"/>
        <source>Check the tool output in the job details, fix the cause on the server (privileges, locks, disk) and run the backup again.</source>
        <translation>Prüfen Sie die Ausgabe des Werkzeugs in den Job-Details, beheben Sie die Ursache auf dem Server (Berechtigungen, Sperren, Festplatte) und führen Sie die Sicherung erneut aus.</translation>
    </message>
</context>
<context>
    <name>PgVault::Duration</name>
    <message>
        <location filename="../models/policies/Duration.cpp" line="30"/>
        <source>&quot;%1&quot; is not a duration PgVault understands.</source>
        <translation>„%1“ ist keine Dauer, die PgVault versteht.</translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="31"/>
        <source>Write one ISO 8601 count and unit, such as P7D, P12W, P6M or P10Y.</source>
        <translation>Schreiben Sie eine ISO-8601-Anzahl mit Einheit, etwa P7D, P12W, P6M oder P10Y.</translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="38"/>
        <source>&quot;%1&quot; has a count of %2.</source>
        <translation>„%1“ hat die Anzahl %2.</translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="39"/>
        <source>Use a positive count, such as P7D or P10Y.</source>
        <translation>Verwenden Sie eine positive Anzahl, etwa P7D oder P10Y.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policies/Duration.cpp" line="78"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policies/Duration.cpp" line="80"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policies/Duration.cpp" line="82"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policies/Duration.cpp" line="84"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="144"/>
        <source>is below 7 days</source>
        <translation>liegt unter 7 Tagen</translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="146"/>
        <source>is above 10 years</source>
        <translation>liegt über 10 Jahren</translation>
    </message>
</context>
<context>
    <name>PgVault::ErrorLabel</name>
    <message>
        <location filename="../ui/ErrorLabel.cpp" line="15"/>
        <source>Validation message</source>
        <translation>Prüfmeldung</translation>
    </message>
</context>
<context>
    <name>PgVault::ExpiryRunner</name>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="24"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="26"/>
        <source>would delete</source>
        <translation>würde gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="28"/>
        <source>moved to deleted</source>
        <translation>vorläufig gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="30"/>
        <source>would move to deleted</source>
        <translation>würde vorläufig gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="32"/>
        <source>purged</source>
        <translation>endgültig gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="34"/>
        <source>would purge</source>
        <translation>würde endgültig gelöscht</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="36"/>
        <source>kept (newest)</source>
        <translation>behalten (neuester)</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="38"/>
        <source>kept (minimum)</source>
        <translation>behalten (Minimum)</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="40"/>
        <source>kept (clock ahead)</source>
        <translation>behalten (Uhr geht vor)</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="42"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="44"/>
        <source>failed</source>
        <translation>ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="78"/>
        <source>The backup instance &quot;%1&quot; has no vault in the catalog.</source>
        <translation>Die Sicherungsinstanz „%1“ hat keinen Tresor im Katalog.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="79"/>
        <source>Rebuild or repair the catalog (&quot;pgvaultctl catalog rebuild&quot;).</source>
        <translation>Erstellen Sie den Katalog neu oder reparieren Sie ihn („pgvaultctl catalog rebuild“).</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="321"/>
        <source>Kept deleted recovery point %1 (%2, %3), which is purged %4 by this clock.</source>
        <translation>Gelöschten Wiederherstellungspunkt %1 (%2, %3) behalten, der nach dieser Uhr am %4 endgültig gelöscht wird.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="328"/>
        <source>Kept recovery point %1 (%2, %3), which expires %4 by this clock.</source>
        <translation>Wiederherstellungspunkt %1 (%2, %3) behalten, der nach dieser Uhr am %4 abläuft.</translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceLeases</name>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="30"/>
        <location filename="../models/instances/InstanceLeases.cpp" line="38"/>
        <location filename="../models/instances/InstanceLeases.cpp" line="79"/>
        <source>claim the backup instance</source>
        <translation>die Sicherungsinstanz belegen</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="57"/>
        <source>An operation</source>
        <translation>Ein Vorgang</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="60"/>
        <source>%1 job %2 (started %3 by %4) is already running on this backup instance.</source>
        <translation>%1 (Job %2, gestartet %3 von %4) läuft bereits für diese Sicherungsinstanz.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="62"/>
        <source>Wait for it to finish, or cancel it (in Jobs, or &quot;pgvaultctl job cancel %1&quot;); one operation runs at a time per backup instance.</source>
        <translation>Warten Sie, bis der Job beendet ist, oder brechen Sie ihn ab (auf der Seite „Jobs“ oder mit „pgvaultctl job cancel %1“); pro Sicherungsinstanz läuft jeweils nur ein Vorgang.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="90"/>
        <source>renew the lease on the backup instance</source>
        <translation>die Belegung der Sicherungsinstanz verlängern</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="94"/>
        <source>This job lost its lease on the backup instance; another process took it over.</source>
        <translation>Dieser Job hat die Belegung der Sicherungsinstanz verloren; ein anderer Prozess hat sie übernommen.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="95"/>
        <source>The job stops; run it again when the other operation has finished.</source>
        <translation>Der Job wird angehalten; führen Sie ihn erneut aus, wenn der andere Vorgang beendet ist.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="107"/>
        <source>release the backup instance</source>
        <translation>die Sicherungsinstanz freigeben</translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceProtection</name>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="130"/>
        <source>The server %1, port %2, is already protected by the backup instance &quot;%3&quot; (%4).</source>
        <translation>Der Server %1, Port %2, wird bereits von der Sicherungsinstanz „%3“ (%4) geschützt.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="134"/>
        <source>A server is protected once, with all its databases: back it up with &quot;%1&quot;, or stop protection of &quot;%1&quot; first.</source>
        <translation>Ein Server wird nur einmal geschützt, mit allen seinen Datenbanken: Sichern Sie ihn mit „%1“ oder beenden Sie zuerst den Schutz von „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="252"/>
        <source>The backup instance &quot;%1&quot; is protected already.</source>
        <translation>Die Sicherungsinstanz „%1“ ist bereits geschützt.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="253"/>
        <source>Nothing to resume: its backups run as its policy says.</source>
        <translation>Nichts fortzusetzen: Die Sicherungen laufen gemäß ihrer Richtlinie.</translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceReadiness</name>
    <message numerus="yes">
        <location filename="../engine/instances/InstanceReadiness.cpp" line="44"/>
        <source>%1 can read every table in %n database(s).</source>
        <translation>
            <numerusform>%1 kann jede Tabelle in %n Datenbank lesen.</numerusform>
            <numerusform>%1 kann jede Tabelle in %n Datenbanken lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/instances/InstanceReadiness.cpp" line="52"/>
        <source>%1 cannot read %n table(s): %2.</source>
        <translation>
            <numerusform>%1 kann %n Tabelle nicht lesen: %2.</numerusform>
            <numerusform>%1 kann %n Tabellen nicht lesen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="56"/>
        <source>%1 may not connect to: %2.</source>
        <translation>%1 darf sich nicht verbinden mit: %2.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="60"/>
        <source>%1 cannot read every table.</source>
        <translation>%1 kann nicht jede Tabelle lesen.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="64"/>
        <source>Grant read access, for example &quot;GRANT pg_read_all_data TO %1;&quot; (PostgreSQL 14 or later) and CONNECT on every database, or connect as a user that owns the data.</source>
        <translation>Erteilen Sie Lesezugriff, zum Beispiel „GRANT pg_read_all_data TO %1;“ (PostgreSQL 14 oder neuer) und CONNECT auf jede Datenbank, oder verbinden Sie sich als Benutzer, dem die Daten gehören.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="83"/>
        <source>Not checked: the vault cannot be used.</source>
        <translation>Nicht geprüft: Der Tresor kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="96"/>
        <source>The vault &quot;%1&quot; at %2 accepts writes.</source>
        <translation>Der Tresor „%1“ unter %2 akzeptiert Schreibzugriffe.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="101"/>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="121"/>
        <source>Not checked: needs a connection to the server.</source>
        <translation>Nicht geprüft: Dafür ist eine Verbindung zum Server nötig.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="106"/>
        <source>Only %1 free in the vault; the databases take %2 before compression.</source>
        <translation>Nur %1 frei im Tresor; die Datenbanken belegen vor der Komprimierung %2.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="108"/>
        <source>Free space on the vault&apos;s disk, or choose another vault, before the first backup.</source>
        <translation>Geben Sie vor der ersten Sicherung Platz auf der Festplatte des Tresors frei oder wählen Sie einen anderen Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="113"/>
        <source>%1 free in the vault; the databases take %2 before compression.</source>
        <translation>%1 frei im Tresor; die Datenbanken belegen vor der Komprimierung %2.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="133"/>
        <source>Connected to %1:%2 as %3.</source>
        <translation>Verbunden mit %1:%2 als %3.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="141"/>
        <source>Server version %1; the local pg_dump %2 can back it up.</source>
        <translation>Serverversion %1; das lokale pg_dump %2 kann ihn sichern.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="168"/>
        <source>Not checked: needs the password from the keychain.</source>
        <translation>Nicht geprüft: Dafür ist das Passwort aus dem Schlüsselbund nötig.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="172"/>
        <source>Found in the OS keychain.</source>
        <translation>Im Schlüsselbund des Betriebssystems gefunden.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="183"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="185"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="187"/>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="189"/>
        <source>Privileges</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="191"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="193"/>
        <source>Free space</source>
        <translation>Freier Platz</translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceRepository</name>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="54"/>
        <source>read the backup instances</source>
        <translation>die Sicherungsinstanzen lesen</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="104"/>
        <source>The backup instance name &quot;%1&quot; is not allowed.</source>
        <translation>Der Name „%1“ für die Sicherungsinstanz ist nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="105"/>
        <source>Use 1–63 letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Verwenden Sie 1–63 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="111"/>
        <source>The server host &quot;%1&quot; is not a host name or address.</source>
        <translation>Der Server-Host „%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="112"/>
        <source>Enter the server&apos;s host name, IP address or Unix socket folder.</source>
        <translation>Geben Sie den Hostnamen, die IP-Adresse oder den Unix-Socket-Ordner des Servers ein.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="118"/>
        <source>The port %1 is out of range.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="119"/>
        <source>Enter a port from 1 to 65535; PostgreSQL listens on 5432 by default.</source>
        <translation>Geben Sie einen Port von 1 bis 65535 ein; PostgreSQL lauscht standardmäßig auf 5432.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="125"/>
        <source>The user name is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="126"/>
        <source>Enter the PostgreSQL user PgVault connects as.</source>
        <translation>Geben Sie den PostgreSQL-Benutzer ein, als der sich PgVault verbindet.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="132"/>
        <source>The TLS mode &quot;%1&quot; is not one PgVault knows.</source>
        <translation>Den TLS-Modus „%1“ kennt PgVault nicht.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="133"/>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie einen von: %1.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="144"/>
        <location filename="../models/instances/InstanceRepository.cpp" line="170"/>
        <source>save the backup instance</source>
        <translation>die Sicherungsinstanz speichern</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="190"/>
        <source>change the protection of the backup instance</source>
        <translation>den Schutz der Sicherungsinstanz ändern</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="199"/>
        <source>change the policy of the backup instance</source>
        <translation>die Richtlinie der Sicherungsinstanz ändern</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="208"/>
        <source>Protection stopped (retain as per policy)</source>
        <translation>Schutz beendet (Aufbewahrung gemäß Richtlinie)</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="210"/>
        <source>Protection stopped (retained forever)</source>
        <translation>Schutz beendet (dauerhaft aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="212"/>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="218"/>
        <source>Protection of the backup instance &quot;%1&quot; is stopped; it is not backed up any more.</source>
        <translation>Der Schutz der Sicherungsinstanz „%1“ ist beendet; sie wird nicht mehr gesichert.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="219"/>
        <source>Resume protection first (Backup instances &gt; Resume protection, or &quot;pgvaultctl instance resume %1&quot;).</source>
        <translation>Setzen Sie zuerst den Schutz fort (Sicherungsinstanzen &gt; Schutz fortsetzen oder „pgvaultctl instance resume %1“).</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="229"/>
        <source>Choose one of the backup instances listed (Backup instances, or &quot;pgvaultctl instance list&quot;).</source>
        <translation>Wählen Sie eine der aufgeführten Sicherungsinstanzen (Seite „Sicherungsinstanzen“ oder „pgvaultctl instance list“).</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="64"/>
        <location filename="../models/instances/InstanceRepository.cpp" line="150"/>
        <source>A backup instance named &quot;%1&quot; already exists.</source>
        <translation>Eine Sicherungsinstanz namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="65"/>
        <location filename="../models/instances/InstanceRepository.cpp" line="151"/>
        <source>Choose another name, or remove the existing instance first.</source>
        <translation>Wählen Sie einen anderen Namen oder entfernen Sie zuerst die vorhandene Instanz.</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="179"/>
        <source>remove the backup instance</source>
        <translation>die Sicherungsinstanz entfernen</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="228"/>
        <source>There is no backup instance named &quot;%1&quot;.</source>
        <translation>Es gibt keine Sicherungsinstanz namens „%1“.</translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceTableModel</name>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="81"/>
        <source>Protection configured</source>
        <translation>Schutz konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="83"/>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="85"/>
        <source>Backup in progress</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="87"/>
        <source>Protection error</source>
        <translation>Schutzfehler</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="89"/>
        <source>Protection stopped</source>
        <translation>Schutz beendet</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="148"/>
        <source>(policy missing)</source>
        <translation>(Richtlinie fehlt)</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="153"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="154"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="157"/>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/instances/InstanceTableModel.cpp" line="172"/>
        <source>%n alert(s): %1</source>
        <translation>
            <numerusform>%n Warnung: %1</numerusform>
            <numerusform>%n Warnungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="207"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="209"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="211"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="213"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="215"/>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="217"/>
        <source>Next scheduled run</source>
        <translation>Nächste geplante Ausführung</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="219"/>
        <source>Protection state</source>
        <translation>Schutzstatus</translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="221"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>PgVault::JobDetailsDialog</name>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="58"/>
        <source>Job details</source>
        <translation>Job-Details</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="71"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="74"/>
        <source>Error code:</source>
        <translation>Fehlercode:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="75"/>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="76"/>
        <source>Recommended action:</source>
        <translation>Empfohlene Maßnahme:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="80"/>
        <source>Sub-task</source>
        <translation>Teilaufgabe</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="80"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="88"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="89"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="91"/>
        <source>Cancel job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="93"/>
        <source>Stop the job. A backup removes its partial recovery point.</source>
        <translation>Den Job anhalten. Eine Sicherung entfernt ihren unvollständigen Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="95"/>
        <source>Open vault folder</source>
        <translation>Tresorordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="98"/>
        <source>Copy recovery point ID</source>
        <translation>ID des Wiederherstellungspunkts kopieren</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="151"/>
        <source>Job ID:</source>
        <translation>Job-ID:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="152"/>
        <source>Activity ID:</source>
        <translation>Aktivitäts-ID:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="153"/>
        <source>Operation:</source>
        <translation>Vorgang:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="154"/>
        <source>Triggered:</source>
        <translation>Ausgelöst:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="155"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="156"/>
        <source>Start time:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="157"/>
        <source>End time:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="158"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="160"/>
        <source>Backup instance:</source>
        <translation>Sicherungsinstanz:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="161"/>
        <source>Datasource:</source>
        <translation>Datenquelle:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="162"/>
        <source>Datasource type:</source>
        <translation>Datenquellentyp:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="163"/>
        <source>Vault:</source>
        <translation>Tresor:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="164"/>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="165"/>
        <source>Retention tag:</source>
        <translation>Aufbewahrungstag:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="166"/>
        <source>Data transferred:</source>
        <translation>Übertragene Daten:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="167"/>
        <source>Recovery point:</source>
        <translation>Wiederherstellungspunkt:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="173"/>
        <source>Additional details:</source>
        <translation>Weitere Angaben:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="174"/>
        <source>Sub-tasks:</source>
        <translation>Teilaufgaben:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="193"/>
        <source>The tools wrote nothing.</source>
        <translation>Die Werkzeuge haben nichts ausgegeben.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="194"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="198"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="223"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="228"/>
        <source>By a user</source>
        <translation>Von einem Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="228"/>
        <source>By the schedule</source>
        <translation>Vom Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="230"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="233"/>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="240"/>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="241"/>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="243"/>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="245"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="263"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="287"/>
        <source>Cancelling… the job stops within seconds.</source>
        <translation>Wird abgebrochen… der Job endet innerhalb von Sekunden.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="293"/>
        <source>Save job output</source>
        <translation>Job-Ausgabe speichern</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="293"/>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="298"/>
        <source>Could not save the output to %1: %2</source>
        <translation>Die Ausgabe konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="301"/>
        <source>Output saved to %1.</source>
        <translation>Ausgabe in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PgVault::JobItemDelegate</name>
    <message>
        <location filename="../ui/jobs/JobItemDelegate.cpp" line="99"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobItemDelegate.cpp" line="103"/>
        <source>%1 · under a minute left</source>
        <translation>%1 · weniger als eine Minute übrig</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobItemDelegate.cpp" line="107"/>
        <source>%1 · about %2 min left</source>
        <translation>%1 · noch etwa %2 min</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobItemDelegate.cpp" line="108"/>
        <source>%1 · about %2 h %3 min left</source>
        <translation>%1 · noch etwa %2 h %3 min</translation>
    </message>
</context>
<context>
    <name>PgVault::JobNotifier</name>
    <message>
        <location filename="../ui/jobs/JobNotifier.cpp" line="50"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobNotifier.cpp" line="51"/>
        <source>%1 cancelled: %2</source>
        <translation>%1 abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobNotifier.cpp" line="53"/>
        <source>Click to see the job&apos;s details.</source>
        <translation>Klicken Sie, um die Details des Jobs zu sehen.</translation>
    </message>
</context>
<context>
    <name>PgVault::JobRecorder</name>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="33"/>
        <source>The job was cancelled.</source>
        <translation>Der Job wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="33"/>
        <source>Start it again when ready.</source>
        <translation>Starten Sie ihn erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="107"/>
        <source>Cancellation requested; stopping.
</source>
        <translation>Abbruch angefordert; wird angehalten.
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="133"/>
        <source>Completed with warnings: %1
</source>
        <translation>Mit Warnungen abgeschlossen: %1
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="135"/>
        <source>Failed: %1
</source>
        <translation>Fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="137"/>
        <source>Cancelled.
</source>
        <translation>Abgebrochen.
</translation>
    </message>
</context>
<context>
    <name>PgVault::JobRepository</name>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="162"/>
        <location filename="../models/jobs/JobRepository.cpp" line="174"/>
        <source>record the job</source>
        <translation>den Job erfassen</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="186"/>
        <location filename="../models/jobs/JobRepository.cpp" line="196"/>
        <location filename="../models/jobs/JobRepository.cpp" line="201"/>
        <source>update the job</source>
        <translation>den Job aktualisieren</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="220"/>
        <source>update the job&apos;s progress</source>
        <translation>den Fortschritt des Jobs aktualisieren</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="234"/>
        <source>record the job&apos;s sub-task</source>
        <translation>die Teilaufgabe des Jobs erfassen</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="245"/>
        <source>record the job&apos;s output</source>
        <translation>die Ausgabe des Jobs erfassen</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="253"/>
        <location filename="../models/jobs/JobRepository.cpp" line="350"/>
        <source>read the job</source>
        <translation>den Job lesen</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="264"/>
        <source>read the job&apos;s sub-tasks</source>
        <translation>die Teilaufgaben des Jobs lesen</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="290"/>
        <location filename="../models/jobs/JobRepository.cpp" line="392"/>
        <location filename="../models/jobs/JobRepository.cpp" line="404"/>
        <source>read the jobs</source>
        <translation>die Jobs lesen</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="305"/>
        <location filename="../models/jobs/JobRepository.cpp" line="318"/>
        <source>count the jobs</source>
        <translation>die Jobs zählen</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="334"/>
        <source>request the job&apos;s cancellation</source>
        <translation>den Abbruch des Jobs anfordern</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="338"/>
        <source>Job %1 is not running, so it cannot be cancelled.</source>
        <translation>Der Job %1 läuft nicht und kann daher nicht abgebrochen werden.</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="339"/>
        <source>Choose one of the running jobs (Jobs, or &quot;pgvaultctl jobs --status InProgress&quot;).</source>
        <translation>Wählen Sie einen der laufenden Jobs (Seite „Jobs“ oder „pgvaultctl jobs --status InProgress“).</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="377"/>
        <source>The process running this job stopped before the job finished.</source>
        <translation>Der Prozess, der diesen Job ausführte, wurde beendet, bevor der Job abgeschlossen war.</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="378"/>
        <source>Run the operation again. A backup that was interrupted left no recovery point; its leftovers are removed by the next backup of the instance.</source>
        <translation>Führen Sie den Vorgang erneut aus. Eine unterbrochene Sicherung hat keinen Wiederherstellungspunkt hinterlassen; ihre Überreste entfernt die nächste Sicherung der Instanz.</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="382"/>
        <source>mark abandoned jobs</source>
        <translation>verwaiste Jobs markieren</translation>
    </message>
</context>
<context>
    <name>PgVault::JobTableModel</name>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="212"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="214"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="215"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="300"/>
        <source>Backup instance</source>
        <translation>Sicherungsinstanz</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="302"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="304"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="306"/>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="308"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="310"/>
        <source>Data transferred</source>
        <translation>Übertragene Daten</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="312"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>PgVault::JobTypes</name>
    <message>
        <location filename="../models/jobs/Job.cpp" line="60"/>
        <source>On-demand backup</source>
        <translation>Bedarfsgesteuerte Sicherung</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="60"/>
        <source>Scheduled backup</source>
        <translation>Geplante Sicherung</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="62"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="64"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="66"/>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="75"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="77"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="79"/>
        <source>Completed with warnings</source>
        <translation>Mit Warnungen abgeschlossen</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="81"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="83"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>PgVault::JobsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="60"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="115"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="115"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="115"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="115"/>
        <source>Custom range</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="122"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="125"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="130"/>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="142"/>
        <source>Time range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="323"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="325"/>
        <source>All: %1</source>
        <translation>Alle: %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="329"/>
        <source>The jobs could not be read: %1</source>
        <translation>Die Jobs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="333"/>
        <source>No jobs in this time range.
Backups, restores and expiry jobs appear here as they run; choose a longer time range to see older ones.</source>
        <translation>Keine Jobs in diesem Zeitraum.
Sicherungen, Wiederherstellungen und Ablauf-Jobs erscheinen hier, sobald sie laufen; wählen Sie einen längeren Zeitraum, um ältere zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="335"/>
        <source>No jobs match the filters in this time range.</source>
        <translation>Keine Jobs in diesem Zeitraum passen zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="340"/>
        <source>Jobs shown: %1</source>
        <translation>Angezeigte Jobs: %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="356"/>
        <source>All backup instances</source>
        <translation>Alle Sicherungsinstanzen</translation>
    </message>
</context>
<context>
    <name>PgVault::LocalVaultStore</name>
    <message>
        <location filename="../engine/vault/LocalVaultFiles.cpp" line="31"/>
        <source>The vault folder %1 is not writable: %2.</source>
        <translation>Der Tresorordner %1 ist nicht beschreibbar: %2.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultFiles.cpp" line="32"/>
        <source>Give the user running PgVault write access to it (or mount it read-write), or choose another vault folder.</source>
        <translation>Geben Sie dem Benutzer, unter dem PgVault läuft, Schreibzugriff darauf (oder hängen Sie ihn beschreibbar ein) oder wählen Sie einen anderen Tresorordner.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultFiles.cpp" line="58"/>
        <source>Reading %1 failed: %2.</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultFiles.cpp" line="59"/>
        <source>Check that the vault&apos;s disk or share is available and readable, then try again.</source>
        <translation>Prüfen Sie, ob die Festplatte oder Freigabe des Tresors verfügbar und lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="37"/>
        <source>%1 was already written in this recovery point.</source>
        <translation>%1 wurde in diesem Wiederherstellungspunkt bereits geschrieben.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="38"/>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="65"/>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="119"/>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="131"/>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="155"/>
        <source>This is a bug in PgVault; please report it.</source>
        <translation>Das ist ein Fehler in PgVault; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="63"/>
        <source>The manifest is for point %1 of instance %2, not %3 of %4.</source>
        <translation>Das Manifest gehört zu Punkt %1 der Instanz %2, nicht zu %3 von %4.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="118"/>
        <source>Recovery point %1 was already committed or aborted.</source>
        <translation>Der Wiederherstellungspunkt %1 wurde bereits festgeschrieben oder verworfen.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="130"/>
        <source>%1 was never created in this recovery point.</source>
        <translation>%1 wurde in diesem Wiederherstellungspunkt nie erstellt.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="153"/>
        <source>The manifest of %1 does not list exactly the files written (%2).</source>
        <translation>Das Manifest von %1 führt nicht genau die geschriebenen Dateien auf (%2).</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="162"/>
        <source>The recovery point %1 already exists.</source>
        <translation>Der Wiederherstellungspunkt %1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="163"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="195"/>
        <source>Each backup needs a new point id; run the backup again.</source>
        <translation>Jede Sicherung braucht eine neue Punkt-ID; führen Sie die Sicherung erneut aus.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="50"/>
        <source>it is a file, not a folder</source>
        <translation>es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="53"/>
        <source>The folder %1 is not empty and is not a PgVault vault (it has no %2).</source>
        <translation>Der Ordner %1 ist nicht leer und kein PgVault-Tresor (er hat keine %2).</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="55"/>
        <source>Choose an empty folder, a new folder, or an existing vault.</source>
        <translation>Wählen Sie einen leeren Ordner, einen neuen Ordner oder einen vorhandenen Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="96"/>
        <source>%1 does not exist: the folder is not a PgVault vault.</source>
        <translation>%1 existiert nicht: Der Ordner ist kein PgVault-Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="97"/>
        <source>Choose the folder that holds vault.json, or create a new vault.</source>
        <translation>Wählen Sie den Ordner, der vault.json enthält, oder erstellen Sie einen neuen Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="104"/>
        <source>%1 is damaged or not a PgVault vault file.</source>
        <translation>%1 ist beschädigt oder keine PgVault-Tresordatei.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="105"/>
        <source>Restore vault.json from a copy, or choose another vault folder.</source>
        <translation>Stellen Sie vault.json aus einer Kopie wieder her oder wählen Sie einen anderen Tresorordner.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="116"/>
        <source>The vault at %1 has format version %2; this PgVault reads version %3.</source>
        <translation>Der Tresor unter %1 hat die Formatversion %2; dieses PgVault liest Version %3.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="120"/>
        <source>Use a newer PgVault with this vault.</source>
        <translation>Verwenden Sie für diesen Tresor ein neueres PgVault.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="129"/>
        <source>it is missing or not a folder</source>
        <translation>er fehlt oder ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="151"/>
        <source>its disk&apos;s free space cannot be read</source>
        <translation>der freie Platz seiner Festplatte kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="182"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="206"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="229"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="268"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="309"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="360"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="423"/>
        <source>instance id</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="184"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="270"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="362"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="425"/>
        <source>point id</source>
        <translation>Punkt-ID</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="194"/>
        <source>The recovery point %1 already exists or is being written.</source>
        <translation>Der Wiederherstellungspunkt %1 existiert bereits oder wird gerade geschrieben.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="274"/>
        <source>The recovery point %1 cannot be trusted; remove it and take a new backup, and check the vault&apos;s storage.</source>
        <translation>Dem Wiederherstellungspunkt %1 kann nicht vertraut werden; entfernen Sie ihn, erstellen Sie eine neue Sicherung und prüfen Sie den Speicher des Tresors.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="282"/>
        <source>The folder %1 has no %2, so it is not a recovery point.</source>
        <translation>Der Ordner %1 hat keine %2 und ist daher kein Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="299"/>
        <source>%1 describes point %2 of instance %3, not the folder it is in.</source>
        <translation>%1 beschreibt Punkt %2 der Instanz %3, nicht den Ordner, in dem die Datei liegt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/vault/LocalVaultStore.cpp" line="316"/>
        <source>The vault still holds %n recovery point(s) of backup instance %1.</source>
        <translation>
            <numerusform>Der Tresor enthält noch %n Wiederherstellungspunkt der Sicherungsinstanz %1.</numerusform>
            <numerusform>Der Tresor enthält noch %n Wiederherstellungspunkte der Sicherungsinstanz %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="320"/>
        <source>Delete its recovery points first.</source>
        <translation>Löschen Sie zuerst ihre Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="372"/>
        <source>The recovery point %1 does not exist.</source>
        <translation>Der Wiederherstellungspunkt %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="373"/>
        <source>Refresh the list of recovery points; it may have been deleted already.</source>
        <translation>Aktualisieren Sie die Liste der Wiederherstellungspunkte; er wurde möglicherweise schon gelöscht.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="435"/>
        <source>%1 is missing from the recovery point.</source>
        <translation>%1 fehlt im Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="436"/>
        <source>The recovery point is damaged; use another one.</source>
        <translation>Der Wiederherstellungspunkt ist beschädigt; verwenden Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>PgVault::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>PgVault — Business Continuity</source>
        <translation>PgVault — Geschäftskontinuität</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Policies not loaded</source>
        <translation>Richtlinien nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Backup instances not loaded</source>
        <translation>Sicherungsinstanzen nicht geladen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Backup instances</source>
        <translation>Sicherungsinstanzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Backup policies</source>
        <translation>Sicherungsrichtlinien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Vaults</source>
        <translation>Tresore</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Configure &amp;backup</source>
        <translation>Sicherung &amp;konfigurieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>Protect a PostgreSQL server: choose a vault and a policy, then validate the server.</source>
        <translation>Einen PostgreSQL-Server schützen: Tresor und Richtlinie wählen und dann den Server prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Backup &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Select a backup instance first.</source>
        <translation>Wählen Sie zuerst eine Sicherungsinstanz.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Back up the selected instance now, with a retention rule you pick.</source>
        <translation>Die ausgewählte Instanz jetzt sichern, mit einer Aufbewahrungsregel Ihrer Wahl.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>R&amp;estore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Restore a recovery point as files or to a PostgreSQL server.</source>
        <translation>Einen Wiederherstellungspunkt als Dateien oder auf einen PostgreSQL-Server wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Restore of &quot;%1&quot;</source>
        <translation>Wiederherstellung von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Create &amp;policy</source>
        <translation>&amp;Richtlinie erstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Create a backup policy: a weekly schedule and its retention rules.</source>
        <translation>Eine Sicherungsrichtlinie erstellen: ein wöchentlicher Zeitplan und seine Aufbewahrungsregeln.</translation>
    </message>
</context>
<context>
    <name>PgVault::PgTools</name>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="181"/>
        <source>The PostgreSQL client tools (pg_dump, pg_dumpall, pg_restore, psql) were not found on PATH or in /usr/lib/postgresql/*/bin.</source>
        <translation>Die PostgreSQL-Client-Werkzeuge (pg_dump, pg_dumpall, pg_restore, psql) wurden weder im PATH noch in /usr/lib/postgresql/*/bin gefunden.</translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="183"/>
        <source>Install them, e.g. &quot;apt-get install postgresql-client&quot;.</source>
        <translation>Installieren Sie sie, z. B. mit „apt-get install postgresql-client“.</translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="198"/>
        <source>Install pg_dump %1 or newer: &quot;apt-get install %2&quot;.</source>
        <translation>Installieren Sie pg_dump %1 oder neuer: „apt-get install %2“.</translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="202"/>
        <source>Debian 12 ships only PostgreSQL %1 itself: add the PostgreSQL project&apos;s apt repository (PGDG, https://apt.postgresql.org) first.</source>
        <translation>Debian 12 liefert nur PostgreSQL %1 selbst: Fügen Sie zuerst das apt-Repository des PostgreSQL-Projekts hinzu (PGDG, https://apt.postgresql.org).</translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="207"/>
        <source>The server runs PostgreSQL %1, but the newest pg_dump on this machine is %2 (%3), and pg_dump cannot back up a server newer than itself.</source>
        <translation>Der Server läuft mit PostgreSQL %1, aber das neueste pg_dump auf diesem Rechner ist %2 (%3), und pg_dump kann keinen Server sichern, der neuer ist als es selbst.</translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="218"/>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on PATH or in /usr/lib/postgresql/*/bin.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl, postgres) wurden weder im PATH noch in /usr/lib/postgresql/*/bin gefunden.</translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="220"/>
        <source>Install them, e.g. &quot;apt-get install postgresql&quot;.</source>
        <translation>Installieren Sie sie, z. B. mit „apt-get install postgresql“.</translation>
    </message>
</context>
<context>
    <name>PgVault::PgVersion</name>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="102"/>
        <source>Cannot read a PostgreSQL version from &quot;%1&quot;.</source>
        <translation>Aus „%1“ lässt sich keine PostgreSQL-Version lesen.</translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="103"/>
        <source>Check that the program is a PostgreSQL client tool.</source>
        <translation>Prüfen Sie, ob das Programm ein PostgreSQL-Client-Werkzeug ist.</translation>
    </message>
</context>
<context>
    <name>PgVault::PointDumps</name>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="52"/>
        <source>database &quot;%1&quot;</source>
        <translation>Datenbank „%1“</translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="58"/>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="59"/>
        <source>tablespaces</source>
        <translation>Tablespaces</translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="60"/>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="80"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="81"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="82"/>
        <source>Tablespaces</source>
        <translation>Tablespaces</translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="83"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="227"/>
        <location filename="../engine/jobs/PointDumps.cpp" line="230"/>
        <source>Row counts of %1 not recorded: %2
</source>
        <translation>Zeilenanzahlen von %1 nicht erfasst: %2
</translation>
    </message>
</context>
<context>
    <name>PgVault::PointExplanation</name>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="15"/>
        <location filename="../ui/instances/PointExplanation.cpp" line="17"/>
        <source>first successful backup of %1</source>
        <translation>erste erfolgreiche Sicherung von %1</translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="21"/>
        <source>first successful backup of the week starting %1</source>
        <translation>erste erfolgreiche Sicherung der Woche ab %1</translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="26"/>
        <source>every successful backup not kept by another rule</source>
        <translation>jede erfolgreiche Sicherung, die keine andere Regel aufbewahrt</translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="34"/>
        <source>Chosen on demand: this backup was started with Backup now, and the %1 rule was picked for it.</source>
        <translation>Bei Bedarf gewählt: Diese Sicherung wurde mit „Jetzt sichern“ gestartet, und dafür wurde die Regel „%1“ gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="37"/>
        <source>Default: it was not the first successful backup of a period another rule keeps.</source>
        <translation>Standard: Sie war nicht die erste erfolgreiche Sicherung eines Zeitraums, den eine andere Regel aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="39"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="47"/>
        <source>It also matched: %1. The %2 rule wins (Yearly beats Monthly beats Weekly).</source>
        <translation>Sie passte auch zu: %1. Die Regel „%2“ gewinnt (Jährlich vor Monatlich vor Wöchentlich).</translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="52"/>
        <source>Kept until %1, %2, then deleted by expiry (unless it is one of the %3 newest recovery points of the backup instance).</source>
        <translation>Aufbewahrt bis %1, %2, danach durch Ablauf gelöscht (außer sie gehört zu den %3 neuesten Wiederherstellungspunkten der Sicherungsinstanz).</translation>
    </message>
</context>
<context>
    <name>PgVault::PointManifest</name>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="143"/>
        <source>The recovery point&apos;s manifest is damaged or was edited; use another recovery point and check the vault&apos;s storage.</source>
        <translation>Das Manifest des Wiederherstellungspunkts ist beschädigt oder wurde bearbeitet; verwenden Sie einen anderen Wiederherstellungspunkt und prüfen Sie den Speicher des Tresors.</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="79"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="89"/>
        <location filename="../models/points/PointManifestJson.cpp" line="268"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="101"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="114"/>
        <source>&quot;%1&quot; is not an ISO 8601 time with a zone</source>
        <translation>„%1“ ist keine ISO-8601-Zeit mit Zone</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="123"/>
        <location filename="../models/points/PointManifest.cpp" line="124"/>
        <location filename="../models/points/PointManifest.cpp" line="126"/>
        <location filename="../models/points/PointManifest.cpp" line="135"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="125"/>
        <source>is not a valid time</source>
        <translation>ist keine gültige Zeit</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="129"/>
        <source>%1 is not a zstd level</source>
        <translation>%1 ist keine zstd-Stufe</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="137"/>
        <location filename="../models/points/PointManifest.cpp" line="147"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="152"/>
        <location filename="../models/points/PointManifest.cpp" line="177"/>
        <source>&quot;%1&quot; is not one of the point&apos;s databases</source>
        <translation>„%1“ ist keine der Datenbanken des Punkts</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="155"/>
        <source>&quot;%1&quot; is not the file name of database &quot;%2&quot;</source>
        <translation>„%1“ ist nicht der Dateiname der Datenbank „%2“</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="159"/>
        <source>must be empty for this kind</source>
        <translation>muss für diese Art leer sein</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="162"/>
        <source>must be &quot;%1&quot; for kind %2</source>
        <translation>muss für die Art %2 „%1“ sein</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="165"/>
        <location filename="../models/points/PointManifest.cpp" line="167"/>
        <location filename="../models/points/PointManifest.cpp" line="180"/>
        <source>is negative</source>
        <translation>ist negativ</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="170"/>
        <source>is not 64 lowercase hex digits</source>
        <translation>besteht nicht aus 64 hexadezimalen Kleinbuchstaben-Ziffern</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="205"/>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation>es ist kein gültiges JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="208"/>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="211"/>
        <source>The recovery point manifest cannot be read: %1.</source>
        <translation>Das Manifest des Wiederherstellungspunkts kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="225"/>
        <source>formatVersion: the manifest has format version %1; this PgVault reads version %2.</source>
        <translation>formatVersion: Das Manifest hat die Formatversion %1; dieses PgVault liest Version %2.</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="228"/>
        <source>Use a newer PgVault to read this recovery point.</source>
        <translation>Verwenden Sie ein neueres PgVault, um diesen Wiederherstellungspunkt zu lesen.</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="235"/>
        <source>does not match the manifest&apos;s content</source>
        <translation>stimmt nicht mit dem Inhalt des Manifests überein</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="252"/>
        <location filename="../models/points/PointManifestJson.cpp" line="280"/>
        <location filename="../models/points/PointManifestJson.cpp" line="301"/>
        <location filename="../models/points/PointManifestJson.cpp" line="307"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="257"/>
        <source>&quot;%1&quot; is not supported</source>
        <translation>„%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="263"/>
        <location filename="../models/points/PointManifestJson.cpp" line="275"/>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="290"/>
        <source>&quot;%1&quot; is not a file kind</source>
        <translation>„%1“ ist keine Dateiart</translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="322"/>
        <source>&quot;%1&quot; is not a point state</source>
        <translation>„%1“ ist kein Punktzustand</translation>
    </message>
</context>
<context>
    <name>PgVault::PointRepository</name>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="74"/>
        <source>record the recovery point</source>
        <translation>den Wiederherstellungspunkt erfassen</translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="84"/>
        <source>remove the recovery point</source>
        <translation>den Wiederherstellungspunkt entfernen</translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="95"/>
        <location filename="../models/points/PointRepository.cpp" line="191"/>
        <location filename="../models/points/PointRepository.cpp" line="203"/>
        <source>read the recovery points</source>
        <translation>die Wiederherstellungspunkte lesen</translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="169"/>
        <source>mark the recovery point deleted</source>
        <translation>den Wiederherstellungspunkt als gelöscht markieren</translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="178"/>
        <source>undelete the recovery point</source>
        <translation>das Löschen des Wiederherstellungspunkts rückgängig machen</translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="218"/>
        <source>record the verification</source>
        <translation>die Prüfung erfassen</translation>
    </message>
</context>
<context>
    <name>PgVault::PointState</name>
    <message>
        <location filename="../models/points/PointState.cpp" line="41"/>
        <source>The recovery point&apos;s %1 is damaged.</source>
        <translation>Die Datei %1 des Wiederherstellungspunkts ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../models/points/PointState.cpp" line="42"/>
        <source>Check the vault&apos;s storage; remove the file to treat the point as live with its manifest&apos;s expiry.</source>
        <translation>Prüfen Sie den Speicher des Tresors; entfernen Sie die Datei, damit der Punkt mit dem Ablauf aus seinem Manifest als aktiv gilt.</translation>
    </message>
</context>
<context>
    <name>PgVault::PoliciesPage</name>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="41"/>
        <source>&amp;Create policy</source>
        <translation>Richtlinie &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="41"/>
        <source>Create policy</source>
        <translation>Richtlinie erstellen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="42"/>
        <source>&amp;View</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="42"/>
        <source>View policy</source>
        <translation>Richtlinie anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="43"/>
        <source>C&amp;lone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="43"/>
        <source>Clone policy</source>
        <translation>Richtlinie klonen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="44"/>
        <location filename="../ui/policies/PoliciesPage.cpp" line="131"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="44"/>
        <source>Delete policy</source>
        <translation>Richtlinie löschen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="46"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="46"/>
        <source>Import policy JSON</source>
        <translation>Richtlinien-JSON importieren</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="48"/>
        <source>&amp;Export JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="48"/>
        <source>Export policy JSON</source>
        <translation>Richtlinien-JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="57"/>
        <location filename="../ui/policies/PoliciesPage.cpp" line="63"/>
        <source>Backup policies</source>
        <translation>Sicherungsrichtlinien</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="68"/>
        <source>A policy says when backups run and how long recovery points are kept.</source>
        <translation>Eine Richtlinie legt fest, wann Sicherungen laufen und wie lange Wiederherstellungspunkte aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="126"/>
        <source>Delete backup policy</source>
        <translation>Sicherungsrichtlinie löschen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="127"/>
        <source>Delete the backup policy &quot;%1&quot;? This cannot be undone.</source>
        <translation>Die Sicherungsrichtlinie „%1“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="132"/>
        <location filename="../ui/policies/PoliciesPage.cpp" line="180"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="137"/>
        <source>Policy not deleted</source>
        <translation>Richtlinie nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="145"/>
        <source>Import backup policy</source>
        <translation>Sicherungsrichtlinie importieren</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="145"/>
        <source>Policy JSON (*.json);;All files (*)</source>
        <translation>Richtlinien-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="150"/>
        <location filename="../ui/policies/PoliciesPage.cpp" line="168"/>
        <source>Policy not imported</source>
        <translation>Richtlinie nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="151"/>
        <source>&quot;%1&quot; is not a policy PgVault can import.

%2</source>
        <translation>„%1“ ist keine Richtlinie, die PgVault importieren kann.

%2</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="160"/>
        <source>A policy named &quot;%1&quot; already exists.</source>
        <translation>Eine Richtlinie namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="176"/>
        <source>Name the imported policy</source>
        <translation>Importierte Richtlinie benennen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="177"/>
        <source>%1
Enter a name for the imported policy:</source>
        <translation>%1
Geben Sie einen Namen für die importierte Richtlinie ein:</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="179"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="195"/>
        <source>Export backup policy</source>
        <translation>Sicherungsrichtlinie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="195"/>
        <source>Policy JSON (*.json)</source>
        <translation>Richtlinien-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="199"/>
        <source>Policy not exported</source>
        <translation>Richtlinie nicht exportiert</translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="231"/>
        <source>Select a policy first.</source>
        <translation>Wählen Sie zuerst eine Richtlinie.</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyBasicsPage</name>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="20"/>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="24"/>
        <source>Policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="26"/>
        <source>for example weekly-postgres</source>
        <translation>zum Beispiel weekly-postgres</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="27"/>
        <source>3 to 150 letters, digits and hyphens, unique among the backup policies.</source>
        <translation>3 bis 150 Buchstaben, Ziffern und Bindestriche, eindeutig unter den Sicherungsrichtlinien.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="79"/>
        <source>A policy named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Eine Richtlinie namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="32"/>
        <source>Datasource type</source>
        <translation>Datenquellentyp</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="21"/>
        <source>Name the policy. Each backup instance that follows it chooses its own vault.</source>
        <translation>Benennen Sie die Richtlinie. Jede Sicherungsinstanz, die ihr folgt, wählt ihren eigenen Tresor.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="34"/>
        <source>Azure Database for PostgreSQL flexible servers / PostgreSQL</source>
        <translation>Azure Database for PostgreSQL Flexible Server / PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="37"/>
        <source>Policy &amp;name:</source>
        <translation>Richtlinien&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="39"/>
        <source>&amp;Datasource type:</source>
        <translation>&amp;Datenquellentyp:</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyController</name>
    <message>
        <location filename="../ui/policies/PolicyController.cpp" line="70"/>
        <source>Could not read &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyController.cpp" line="71"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyController.cpp" line="83"/>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyController.cpp" line="84"/>
        <source>Choose a folder you may write to, with free space.</source>
        <translation>Wählen Sie einen Ordner mit freiem Platz, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyJson</name>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="15"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="17"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="164"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="118"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="19"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="57"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="21"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="125"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="151"/>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="124"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="23"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="115"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="138"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="80"/>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="161"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="25"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="105"/>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="49"/>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="173"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="29"/>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="34"/>
        <source>Correct the file to Azure&apos;s BackupPolicy format, or export the policy again with &quot;az dataprotection backup-policy show&quot; or PgVault.</source>
        <translation>Korrigieren Sie die Datei gemäß dem BackupPolicy-Format von Azure oder exportieren Sie die Richtlinie erneut mit „az dataprotection backup-policy show“ oder PgVault.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="92"/>
        <source>%1: is missing.</source>
        <translation>%1: fehlt.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="96"/>
        <source>%1: is %2, but it must be %3.</source>
        <translation>%1: ist %2, muss aber %3 sein.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="178"/>
        <source>%1: &quot;%2&quot; is not &quot;%3&quot;, the only type PgVault accepts here.</source>
        <translation>%1: „%2“ ist nicht „%3“, der einzige Typ, den PgVault hier akzeptiert.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="180"/>
        <source>Set objectType to &quot;%1&quot;.</source>
        <translation>Setzen Sie objectType auf „%1“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="198"/>
        <source>%1: &quot;%2&quot; is not &quot;VaultStore&quot;; PostgreSQL flexible server backups are kept in the vault store only.</source>
        <translation>%1: „%2“ ist nicht „VaultStore“; Sicherungen von PostgreSQL Flexible Servern werden nur im Tresorspeicher aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="201"/>
        <source>Set dataStoreType to &quot;VaultStore&quot;; archive and operational stores are not available for PostgreSQL flexible servers.</source>
        <translation>Setzen Sie dataStoreType auf „VaultStore“; Archiv- und Betriebsspeicher sind für PostgreSQL Flexible Server nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="217"/>
        <source>%1: is true for &quot;%2&quot;; only the Default rule is the default.</source>
        <translation>%1: ist true für „%2“; nur die Regel „Default“ ist die Standardregel.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="219"/>
        <source>%1: is false for &quot;Default&quot;; the Default rule is always the default.</source>
        <translation>%1: ist false für „Default“; die Regel „Default“ ist immer die Standardregel.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="223"/>
        <source>Set isDefault to true for Default and to false for Weekly, Monthly and Yearly.</source>
        <translation>Setzen Sie isDefault für Default auf true und für Weekly, Monthly und Yearly auf false.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="232"/>
        <source>%1: &quot;%2&quot; is not a retention tag PgVault supports; PostgreSQL flexible server policies use Default, Weekly, Monthly and Yearly.</source>
        <translation>%1: „%2“ ist kein Aufbewahrungstag, das PgVault unterstützt; Richtlinien für PostgreSQL Flexible Server verwenden Default, Weekly, Monthly und Yearly.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="235"/>
        <source>Remove the &quot;%1&quot; tag and its retention rule, or rename them to Weekly, Monthly or Yearly.</source>
        <translation>Entfernen Sie das Tag „%1“ und seine Aufbewahrungsregel oder benennen Sie beide in Weekly, Monthly oder Yearly um.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="33"/>
        <source>%1: &quot;%2&quot; is not &quot;BackupPolicy&quot;; the file holds something other than a backup policy.</source>
        <translation>%1: „%2“ ist nicht „BackupPolicy“; die Datei enthält etwas anderes als eine Sicherungsrichtlinie.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="35"/>
        <source>Choose a file that holds a backup policy, such as one exported with &quot;az dataprotection backup-policy show&quot; or PgVault.</source>
        <translation>Wählen Sie eine Datei mit einer Sicherungsrichtlinie, etwa eine mit „az dataprotection backup-policy show“ oder PgVault exportierte.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="63"/>
        <source>%1: &quot;%2&quot; is not a rule type PgVault knows; a policy rule is &quot;AzureBackupRule&quot; or &quot;AzureRetentionRule&quot;.</source>
        <translation>%1: „%2“ ist kein Regeltyp, den PgVault kennt; eine Richtlinienregel ist „AzureBackupRule“ oder „AzureRetentionRule“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="66"/>
        <source>Remove the rule or correct its objectType.</source>
        <translation>Entfernen Sie die Regel oder korrigieren Sie ihren objectType.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="73"/>
        <source>%1: has no &quot;AzureBackupRule&quot;, so the policy does not say when backups run.</source>
        <translation>%1: hat keine „AzureBackupRule“, daher legt die Richtlinie nicht fest, wann Sicherungen laufen.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="75"/>
        <source>Add an AzureBackupRule named &quot;BackupWeekly&quot; with the weekly schedule.</source>
        <translation>Fügen Sie eine AzureBackupRule namens „BackupWeekly“ mit dem wöchentlichen Zeitplan hinzu.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="82"/>
        <source>%1: is a second &quot;AzureBackupRule&quot;; a PostgreSQL flexible server policy has exactly one.</source>
        <translation>%1: ist eine zweite „AzureBackupRule“; eine Richtlinie für PostgreSQL Flexible Server hat genau eine.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="85"/>
        <source>Merge the schedules into one AzureBackupRule with one interval per weekday.</source>
        <translation>Führen Sie die Zeitpläne in einer AzureBackupRule mit einem Intervall pro Wochentag zusammen.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="118"/>
        <source>%1: is empty; PgVault imports only PostgreSQL flexible server policies.</source>
        <translation>%1: ist leer; PgVault importiert nur Richtlinien für PostgreSQL Flexible Server.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="119"/>
        <source>Set datasourceTypes to [&quot;%1&quot;].</source>
        <translation>Setzen Sie datasourceTypes auf [&quot;%1&quot;].</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="128"/>
        <source>%1: &quot;%2&quot; is not &quot;%3&quot;; PgVault imports only PostgreSQL flexible server policies.</source>
        <translation>%1: „%2“ ist nicht „%3“; PgVault importiert nur Richtlinien für PostgreSQL Flexible Server.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="131"/>
        <source>Import a policy created for Azure Database for PostgreSQL flexible servers.</source>
        <translation>Importieren Sie eine Richtlinie, die für Azure Database for PostgreSQL Flexible Server erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="25"/>
        <source>%1: &quot;%2&quot; is not &quot;Full&quot;; PostgreSQL flexible server backups are full backups.</source>
        <translation>%1: „%2“ ist nicht „Full“; Sicherungen von PostgreSQL Flexible Servern sind Vollsicherungen.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="27"/>
        <source>Set backupType to &quot;Full&quot;.</source>
        <translation>Setzen Sie backupType auf „Full“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="50"/>
        <source>%1: is empty, so the policy never runs a backup.</source>
        <translation>%1: ist leer, daher führt die Richtlinie nie eine Sicherung aus.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="51"/>
        <source>Add one &quot;R/&lt;start&gt;/P1W&quot; interval per weekday, e.g. &quot;R/2021-08-15T22:00:00+00:00/P1W&quot; for Sundays at 22:00.</source>
        <translation>Fügen Sie pro Wochentag ein Intervall „R/&lt;start&gt;/P1W“ hinzu, z. B. „R/2021-08-15T22:00:00+00:00/P1W“ für sonntags um 22:00.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="69"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="107"/>
        <source>%1: tags backups &quot;%2&quot; a second time; each tag may appear once.</source>
        <translation>%1: versieht Sicherungen ein zweites Mal mit dem Tag „%2“; jedes Tag darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="109"/>
        <source>Remove one of the two &quot;%1&quot; tagging criteria.</source>
        <translation>Entfernen Sie eines der beiden Tagging-Kriterien „%1“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="136"/>
        <source>%1: is given for the Default tag, which takes every backup no other tag takes.</source>
        <translation>%1: ist für das Tag „Default“ angegeben, das jede Sicherung erhält, die kein anderes Tag erhält.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="138"/>
        <source>Remove the criteria from the Default tag.</source>
        <translation>Entfernen Sie die Kriterien aus dem Tag „Default“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="146"/>
        <source>Use the criteria [{&quot;objectType&quot;: &quot;ScheduleBasedBackupCriteria&quot;, &quot;absoluteCriteria&quot;: [&quot;%1&quot;]}], or remove the tag and its retention rule.</source>
        <translation>Verwenden Sie die Kriterien [{&quot;objectType&quot;: &quot;ScheduleBasedBackupCriteria&quot;, &quot;absoluteCriteria&quot;: [&quot;%1&quot;]}] oder entfernen Sie das Tag und seine Aufbewahrungsregel.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="153"/>
        <source>%1: has %2 criteria; PgVault supports one, absoluteCriteria [&quot;%3&quot;] (%4).</source>
        <translation>%1: hat %2 Kriterien; PgVault unterstützt eines, absoluteCriteria [&quot;%3&quot;] (%4).</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="172"/>
        <source>%1: is not supported; PgVault&apos;s %2 tag keeps the %3, written absoluteCriteria [&quot;%4&quot;].</source>
        <translation>%1: wird nicht unterstützt; das Tag %2 von PgVault bewahrt die %3 auf, geschrieben absoluteCriteria [&quot;%4&quot;].</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="185"/>
        <source>%1: %2 does not fit the %3 tag, which keeps the %4 ([&quot;%5&quot;]).</source>
        <translation>%1: %2 passt nicht zum Tag %3, das die %4 aufbewahrt ([&quot;%5&quot;]).</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="148"/>
        <source>%1: is a second retention rule named &quot;%2&quot;; each rule may appear once.</source>
        <translation>%1: ist eine zweite Aufbewahrungsregel namens „%2“; jede Regel darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="150"/>
        <source>Remove one of the two &quot;%1&quot; retention rules.</source>
        <translation>Entfernen Sie eine der beiden Aufbewahrungsregeln „%1“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="161"/>
        <source>%1: is empty, so the rule does not say how long to keep backups.</source>
        <translation>%1: ist leer, daher legt die Regel nicht fest, wie lange Sicherungen aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="162"/>
        <source>%1: has %2 lifecycles; PostgreSQL flexible server backups stay in the vault store, so a rule has exactly one.</source>
        <translation>%1: hat %2 Lebenszyklen; Sicherungen von PostgreSQL Flexible Servern bleiben im Tresorspeicher, daher hat eine Regel genau einen.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="169"/>
        <source>Give the rule one lifecycle with deleteAfter and sourceDataStore &quot;VaultStore&quot;.</source>
        <translation>Geben Sie der Regel einen Lebenszyklus mit deleteAfter und sourceDataStore „VaultStore“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="190"/>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="284"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="196"/>
        <source>%1: &quot;%2&quot; %3.</source>
        <translation>%1: „%2“ %3.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="197"/>
        <source>Choose a duration from 7 days to 10 years, such as P7D, P12W, P6M or P10Y.</source>
        <translation>Wählen Sie eine Dauer von 7 Tagen bis 10 Jahren, etwa P7D, P12W, P6M oder P10Y.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="208"/>
        <source>%1: copies backups to another data store; PostgreSQL flexible server backups stay in the VaultStore only.</source>
        <translation>%1: kopiert Sicherungen in einen anderen Datenspeicher; Sicherungen von PostgreSQL Flexible Servern bleiben nur im VaultStore.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="211"/>
        <source>Make targetDataStoreCopySettings an empty array.</source>
        <translation>Setzen Sie targetDataStoreCopySettings auf ein leeres Array.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="224"/>
        <source>%1: has no &quot;Default&quot; AzureRetentionRule; every policy needs one for the backups no other rule keeps.</source>
        <translation>%1: hat keine AzureRetentionRule „Default“; jede Richtlinie braucht eine für die Sicherungen, die keine andere Regel aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="227"/>
        <source>Add an AzureRetentionRule named &quot;Default&quot; with isDefault true.</source>
        <translation>Fügen Sie eine AzureRetentionRule namens „Default“ mit isDefault true hinzu.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="232"/>
        <source>%1: has no &quot;Default&quot; tag; every policy needs one for the backups no other tag takes.</source>
        <translation>%1: hat kein Tag „Default“; jede Richtlinie braucht eines für die Sicherungen, die kein anderes Tag erhalten.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="235"/>
        <source>Add {&quot;isDefault&quot;: true, &quot;taggingPriority&quot;: 99, &quot;tagInfo&quot;: {&quot;tagName&quot;: &quot;Default&quot;}}.</source>
        <translation>Fügen Sie {&quot;isDefault&quot;: true, &quot;taggingPriority&quot;: 99, &quot;tagInfo&quot;: {&quot;tagName&quot;: &quot;Default&quot;}} hinzu.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="242"/>
        <source>%1: tags backups &quot;%2&quot;, but no AzureRetentionRule named &quot;%2&quot; says how long to keep them.</source>
        <translation>%1: versieht Sicherungen mit dem Tag „%2“, aber keine AzureRetentionRule namens „%2“ legt fest, wie lange sie aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="245"/>
        <source>Add an AzureRetentionRule named &quot;%1&quot;, or remove the tag.</source>
        <translation>Fügen Sie eine AzureRetentionRule namens „%1“ hinzu oder entfernen Sie das Tag.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="253"/>
        <source>%1: keeps &quot;%2&quot; backups, but no tagging criterion in the AzureBackupRule tags any backup &quot;%2&quot;.</source>
        <translation>%1: bewahrt Sicherungen „%2“ auf, aber kein Tagging-Kriterium in der AzureBackupRule versieht eine Sicherung mit dem Tag „%2“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="256"/>
        <source>Add a &quot;%1&quot; tagging criterion to the AzureBackupRule, or remove the rule.</source>
        <translation>Fügen Sie der AzureBackupRule ein Tagging-Kriterium „%1“ hinzu oder entfernen Sie die Regel.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="19"/>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="20"/>
        <source>Choose a policy file exported with &quot;az dataprotection backup-policy show&quot; or PgVault, and check that it was not cut short or edited by hand.</source>
        <translation>Wählen Sie eine mit „az dataprotection backup-policy show“ oder PgVault exportierte Richtliniendatei und prüfen Sie, ob sie nicht abgeschnitten oder von Hand bearbeitet wurde.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="27"/>
        <source>The file holds a JSON %1, not a backup policy object.</source>
        <translation>Die Datei enthält ein JSON-%1, kein Sicherungsrichtlinienobjekt.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="28"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="28"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="29"/>
        <source>Choose a file that holds one backup policy, as exported with &quot;az dataprotection backup-policy show&quot; or PgVault.</source>
        <translation>Wählen Sie eine Datei mit genau einer Sicherungsrichtlinie, wie sie „az dataprotection backup-policy show“ oder PgVault exportiert.</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyRepository</name>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="20"/>
        <source>A policy named &quot;%1&quot; already exists.</source>
        <translation>Eine Richtlinie namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="21"/>
        <source>Choose another name; names are compared without regard to case.</source>
        <translation>Wählen Sie einen anderen Namen; Groß- und Kleinschreibung wird beim Vergleich nicht unterschieden.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="29"/>
        <source>Policy &quot;%1&quot; is used by backup instances %2;</source>
        <translation>Die Richtlinie „%1“ wird von den Sicherungsinstanzen %2 verwendet;</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="31"/>
        <source>move them to another policy or remove them first, then delete the policy.</source>
        <translation>verschieben Sie diese in eine andere Richtlinie oder entfernen Sie sie zuerst, und löschen Sie dann die Richtlinie.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="83"/>
        <source>save policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“ speichern</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="106"/>
        <source>delete policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="128"/>
        <source>There is no policy named &quot;%1&quot;.</source>
        <translation>Es gibt keine Richtlinie namens „%1“.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="129"/>
        <source>Choose one of the backup policies listed (Backup policies, or &quot;pgvaultctl policy list&quot;).</source>
        <translation>Wählen Sie eine der aufgeführten Sicherungsrichtlinien (Seite „Sicherungsrichtlinien“ oder „pgvaultctl policy list“).</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="155"/>
        <source>read the policies</source>
        <translation>die Richtlinien lesen</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="163"/>
        <source>The stored policy &quot;%1&quot; cannot be read: %2</source>
        <translation>Die gespeicherte Richtlinie „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="164"/>
        <source>Delete the policy and import it again from an exported file.</source>
        <translation>Löschen Sie die Richtlinie und importieren Sie sie erneut aus einer exportierten Datei.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="182"/>
        <source>Could not %1 in the catalog %2: %3.</source>
        <translation>Konnte im Katalog %2 nicht: %1: %3.</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="183"/>
        <source>Check that your user may write the catalog and its folder and that the disk is not full; if another PgVault process holds a long write, try again.</source>
        <translation>Prüfen Sie, ob Ihr Benutzer den Katalog und seinen Ordner schreiben darf und die Festplatte nicht voll ist; wenn ein anderer PgVault-Prozess lange schreibt, versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyReviewPage</name>
    <message>
        <location filename="../ui/policies/PolicyReviewPage.cpp" line="18"/>
        <source>Review + create</source>
        <translation>Überprüfen + erstellen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyReviewPage.cpp" line="19"/>
        <source>Check the policy, then create it. Its Azure policy JSON is what PgVault saves.</source>
        <translation>Prüfen Sie die Richtlinie und erstellen Sie sie dann. PgVault speichert ihr Azure-Richtlinien-JSON.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyReviewPage.cpp" line="46"/>
        <source>The policy was not saved: %1</source>
        <translation>Die Richtlinie wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicySchedulePage</name>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="50"/>
        <source>Schedule + retention</source>
        <translation>Zeitplan + Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="51"/>
        <source>Choose when backups run and how long recovery points are kept.</source>
        <translation>Wählen Sie, wann Sicherungen laufen und wie lange Wiederherstellungspunkte aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="53"/>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="62"/>
        <source>Retention simulator: the next 12 months</source>
        <translation>Aufbewahrungssimulator: die nächsten 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="79"/>
        <source>Backup schedule</source>
        <translation>Sicherungszeitplan</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="83"/>
        <source>Backup frequency</source>
        <translation>Sicherungshäufigkeit</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="84"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="85"/>
        <source>PostgreSQL flexible server backups run weekly.</source>
        <translation>Sicherungen von PostgreSQL Flexible Servern laufen wöchentlich.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="104"/>
        <source>Backup time</source>
        <translation>Sicherungszeit</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="110"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="114"/>
        <source>Type any part of a zone name, such as &quot;berlin&quot;, to search.</source>
        <translation>Tippen Sie einen Teil eines Zonennamens, etwa „berlin“, um zu suchen.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="127"/>
        <source>Every selected day runs a full backup of every database on the server.</source>
        <translation>An jedem gewählten Tag läuft eine Vollsicherung aller Datenbanken des Servers.</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="131"/>
        <source>Backup &amp;frequency:</source>
        <translation>Sicherungs&amp;häufigkeit:</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="133"/>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="135"/>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="137"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicySummaryWidget</name>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="16"/>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="87"/>
        <source>Show policy &amp;JSON</source>
        <translation>Richtlinien-&amp;JSON anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="23"/>
        <source>Policy summary</source>
        <translation>Richtlinienübersicht</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="27"/>
        <source>Show policy JSON</source>
        <translation>Richtlinien-JSON anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="30"/>
        <source>Policy JSON</source>
        <translation>Richtlinien-JSON</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="56"/>
        <source>Policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="57"/>
        <source>Datasource type</source>
        <translation>Datenquellentyp</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="57"/>
        <source>Azure Database for PostgreSQL flexible servers / PostgreSQL</source>
        <translation>Azure Database for PostgreSQL Flexible Server / PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="58"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="58"/>
        <source>local (default local vault)</source>
        <translation>local (lokaler Standardtresor)</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="59"/>
        <source>Backup schedule</source>
        <translation>Sicherungszeitplan</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="63"/>
        <source>When no other rule applies</source>
        <translation>Wenn keine andere Regel greift</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="64"/>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="65"/>
        <source>%1 — %2; kept for %3 in Vault-standard</source>
        <translation>%1 — %2; aufbewahrt für %3 in Tresor-Standard</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="87"/>
        <source>Hide policy &amp;JSON</source>
        <translation>Richtlinien-&amp;JSON ausblenden</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyTableModel</name>
    <message numerus="yes">
        <location filename="../models/policies/PolicyTableModel.cpp" line="72"/>
        <source>%n backup instance(s) use this policy</source>
        <translation>
            <numerusform>%n Sicherungsinstanz verwendet diese Richtlinie</numerusform>
            <numerusform>%n Sicherungsinstanzen verwenden diese Richtlinie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyTableModel.cpp" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyTableModel.cpp" line="88"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyTableModel.cpp" line="90"/>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyTableModel.cpp" line="92"/>
        <source>Backup instances</source>
        <translation>Sicherungsinstanzen</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyViewDialog</name>
    <message>
        <location filename="../ui/policies/PolicyViewDialog.cpp" line="17"/>
        <source>Backup policy %1</source>
        <translation>Sicherungsrichtlinie %1</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyViewDialog.cpp" line="22"/>
        <source>No backup instance uses this policy.</source>
        <translation>Keine Sicherungsinstanz verwendet diese Richtlinie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policies/PolicyViewDialog.cpp" line="23"/>
        <source>%n backup instance(s) use this policy; clone it to make a changed copy.</source>
        <translation>
            <numerusform>%n Sicherungsinstanz verwendet diese Richtlinie; klonen Sie sie für eine geänderte Kopie.</numerusform>
            <numerusform>%n Sicherungsinstanzen verwenden diese Richtlinie; klonen Sie sie für eine geänderte Kopie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyViewDialog.cpp" line="28"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyWizard</name>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="16"/>
        <source>Create Backup Policy</source>
        <translation>Sicherungsrichtlinie erstellen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="19"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="20"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="21"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PgVault::PrivateTree</name>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="152"/>
        <source>%1 is a symbolic link inside the vault. PgVault never follows links there, so it left the link and what it points to alone.</source>
        <translation>%1 ist ein symbolischer Link im Tresor. PgVault folgt dort nie Links und hat daher den Link und sein Ziel unverändert gelassen.</translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="155"/>
        <source>Replace the link with the real folder or file it points to (moved into the vault), or remove the link, then try again.</source>
        <translation>Ersetzen Sie den Link durch den echten Ordner oder die echte Datei, auf die er zeigt (in den Tresor verschoben), oder entfernen Sie den Link, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="168"/>
        <source>%1 is not inside %2.</source>
        <translation>%1 liegt nicht innerhalb von %2.</translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="169"/>
        <location filename="../engine/vault/PrivateTree.cpp" line="371"/>
        <source>This is a bug in PgVault; please report it.</source>
        <translation>Das ist ein Fehler in PgVault; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="273"/>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="292"/>
        <source>it is not a plain file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="370"/>
        <source>PgVault was about to remove %1 itself.</source>
        <translation>PgVault hätte beinahe %1 selbst entfernt.</translation>
    </message>
</context>
<context>
    <name>PgVault::ReadinessResultsWidget</name>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="73"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="75"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="77"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="79"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="87"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>PgVault::RecoveryPointTableModel</name>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="46"/>
        <source>Passed on %1</source>
        <translation>Bestanden am %1</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="48"/>
        <source>Failed (last passed on %1)</source>
        <translation>Fehlgeschlagen (zuletzt bestanden am %1)</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="49"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="51"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="57"/>
        <source>Deleted — purged on %1</source>
        <translation>Gelöscht — endgültiges Löschen am %1</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="91"/>
        <source>Retained forever</source>
        <translation>Dauerhaft aufbewahrt</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="109"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="111"/>
        <source>Retention tag</source>
        <translation>Aufbewahrungstag</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="113"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="115"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="117"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>PgVault::RecoveryPointsPanel</name>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="31"/>
        <source>Re&amp;store…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="32"/>
        <source>&amp;Verify</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="33"/>
        <source>&amp;Test restore</source>
        <translation>&amp;Testwiederherstellung</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="49"/>
        <source>Recovery points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="54"/>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="58"/>
        <source>Why is this kept?</source>
        <translation>Warum wird er aufbewahrt?</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="65"/>
        <source>Restore the selected recovery point</source>
        <translation>Den ausgewählten Wiederherstellungspunkt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="67"/>
        <source>Verify the selected recovery point</source>
        <translation>Den ausgewählten Wiederherstellungspunkt prüfen</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="176"/>
        <source>Re-read every file of the point and check its size and checksum.</source>
        <translation>Jede Datei des Punkts erneut lesen und ihre Größe und Prüfsumme kontrollieren.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="69"/>
        <source>Test restore of the selected recovery point</source>
        <translation>Testwiederherstellung des ausgewählten Wiederherstellungspunkts</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="178"/>
        <source>Restore the point into a scratch server on this machine and compare every table&apos;s row count.</source>
        <translation>Den Punkt in einen Testserver auf diesem Rechner wiederherstellen und die Zeilenanzahl jeder Tabelle vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="77"/>
        <source>Recovery point job progress</source>
        <translation>Fortschritt des Wiederherstellungspunkt-Jobs</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="34"/>
        <source>&amp;Undelete</source>
        <translation>Löschen rückgängig &amp;machen</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="35"/>
        <source>Show &amp;deleted</source>
        <translation>&amp;Gelöschte anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="71"/>
        <source>Undelete the selected recovery point</source>
        <translation>Löschen des ausgewählten Wiederherstellungspunkts rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="74"/>
        <source>Also list the recovery points expiry moved to deleted; they can be undeleted until they are purged.</source>
        <translation>Auch die Wiederherstellungspunkte auflisten, die der Ablauf vorläufig gelöscht hat; ihr Löschen kann rückgängig gemacht werden, bis sie endgültig gelöscht sind.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="129"/>
        <source>Recovery &amp;points: select a backup instance.</source>
        <translation>Wiederherstellungs&amp;punkte: Wählen Sie eine Sicherungsinstanz.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="142"/>
        <source>Recovery &amp;points of &quot;%1&quot; could not be read: %2</source>
        <translation>Wiederherstellungs&amp;punkte von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="147"/>
        <source>Recovery &amp;points of &quot;%1&quot;: none yet. Use Backup now or wait for the schedule.</source>
        <translation>Wiederherstellungs&amp;punkte von „%1“: noch keine. Verwenden Sie „Jetzt sichern“ oder warten Sie auf den Zeitplan.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="148"/>
        <source>Recovery &amp;points of &quot;%1&quot;:</source>
        <translation>Wiederherstellungs&amp;punkte von „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="175"/>
        <source>Restore this point as files or to a PostgreSQL server.</source>
        <translation>Diesen Punkt als Dateien oder auf einen PostgreSQL-Server wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="183"/>
        <source>Select a recovery point first.</source>
        <translation>Wählen Sie zuerst einen Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="185"/>
        <source>The point is deleted: undelete it first.</source>
        <translation>Der Punkt ist gelöscht: Machen Sie zuerst das Löschen rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="189"/>
        <source>Bring the point back so it can be restored; it is kept at least a day from now.</source>
        <translation>Den Punkt zurückholen, damit er wiederhergestellt werden kann; er wird ab jetzt mindestens einen Tag aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="191"/>
        <source>Moved to deleted by expiry on %1; purged on %2 unless undeleted before. A deleted point is not restored or verified.</source>
        <translation>Am %1 durch den Ablauf vorläufig gelöscht; wird am %2 endgültig gelöscht, sofern das Löschen nicht vorher rückgängig gemacht wird. Ein gelöschter Punkt wird weder wiederhergestellt noch geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="197"/>
        <source>Select a recovery point.</source>
        <translation>Wählen Sie einen Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="244"/>
        <source>Test restore of the point of %1</source>
        <translation>Testwiederherstellung des Punkts von %1</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="245"/>
        <source>Verification of the point of %1</source>
        <translation>Prüfung des Punkts von %1</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="249"/>
        <source>%1 not started: the job engine is not available in this window. Restart PgVault.</source>
        <translation>%1 nicht gestartet: Die Job-Engine ist in diesem Fenster nicht verfügbar. Starten Sie PgVault neu.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="255"/>
        <source>%1 not started: %2</source>
        <translation>%1 nicht gestartet: %2</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="268"/>
        <source>%1: running…</source>
        <translation>%1: läuft…</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="270"/>
        <source>%1 started.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="278"/>
        <source>%1: %2 read…</source>
        <translation>%1: %2 gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="287"/>
        <source>%1: %2. The Jobs page shows every detail.</source>
        <translation>%1: %2. Die Seite „Jobs“ zeigt alle Details.</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreFilesPage</name>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="21"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="23"/>
        <source>&amp;Overwrite files that exist already</source>
        <translation>Bereits vorhandene Dateien &amp;überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="27"/>
        <source>Restore parameters: files</source>
        <translation>Wiederherstellungsparameter: Dateien</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="28"/>
        <source>Choose the folder the files go to and the prefix their names start with.</source>
        <translation>Wählen Sie den Ordner, in den die Dateien kommen, und das Präfix, mit dem ihre Namen beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="30"/>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="32"/>
        <source>Choose the target folder</source>
        <translation>Zielordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="34"/>
        <source>File prefix</source>
        <translation>Dateipräfix</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="36"/>
        <source>Without it, the restore refuses to start when a file of the same name exists.</source>
        <translation>Ohne diese Option startet die Wiederherstellung nicht, wenn eine Datei gleichen Namens existiert.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="49"/>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="51"/>
        <source>File &amp;prefix:</source>
        <translation>Datei&amp;präfix:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="80"/>
        <source>Restore into folder</source>
        <translation>In Ordner wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="89"/>
        <source>The prefix is part of a file name: leave out / and \.</source>
        <translation>Das Präfix ist Teil eines Dateinamens: Lassen Sie / und \ weg.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="91"/>
        <source>Choose a prefix other than . or ..</source>
        <translation>Wählen Sie ein anderes Präfix als . oder ..</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="98"/>
        <source>Choose the folder the files are written to.</source>
        <translation>Wählen Sie den Ordner, in den die Dateien geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreInstancePage</name>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="17"/>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="22"/>
        <source>Backup instance</source>
        <translation>Sicherungsinstanz</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="18"/>
        <source>Choose the protected server whose recovery point you want to restore.</source>
        <translation>Wählen Sie den geschützten Server, dessen Wiederherstellungspunkt Sie wiederherstellen möchten.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="19"/>
        <source>&amp;Backup instance:</source>
        <translation>&amp;Sicherungsinstanz:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="41"/>
        <source>%1 (%2:%3, vault %4)</source>
        <translation>%1 (%2:%3, Tresor %4)</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="46"/>
        <source>No backup instance yet: configure backup first.</source>
        <translation>Noch keine Sicherungsinstanz: Konfigurieren Sie zuerst die Sicherung.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="82"/>
        <source>The recovery points could not be read: %1</source>
        <translation>Die Wiederherstellungspunkte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="87"/>
        <source>&quot;%1&quot; has no recovery point yet: back it up first.</source>
        <translation>„%1“ hat noch keinen Wiederherstellungspunkt: Sichern Sie die Instanz zuerst.</translation>
    </message>
</context>
<context>
    <name>PgVault::RestorePlan</name>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="58"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="59"/>
        <source>Free space</source>
        <translation>Freier Platz</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="60"/>
        <source>File names</source>
        <translation>Dateinamen</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="65"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="66"/>
        <source>Create the folder or choose an existing one.</source>
        <translation>Erstellen Sie den Ordner oder wählen Sie einen vorhandenen.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="73"/>
        <source>The folder %1 does not accept writes: %2.</source>
        <translation>Der Ordner %1 akzeptiert keine Schreibzugriffe: %2.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="74"/>
        <source>Choose a folder you may write to, or change its permissions.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder ändern Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="78"/>
        <source>%1 accepts writes.</source>
        <translation>%1 akzeptiert Schreibzugriffe.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="84"/>
        <source>Only %1 free; the recovery point alone stores %2 compressed.</source>
        <translation>Nur %1 frei; allein der Wiederherstellungspunkt belegt komprimiert %2.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="85"/>
        <source>Free space on that disk or choose a folder on another disk.</source>
        <translation>Geben Sie Platz auf dieser Festplatte frei oder wählen Sie einen Ordner auf einer anderen Festplatte.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="89"/>
        <source>%1 free; the recovery point stores %2 compressed (the restored files are larger).</source>
        <translation>%1 frei; der Wiederherstellungspunkt belegt komprimiert %2 (die wiederhergestellten Dateien sind größer).</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="100"/>
        <source>No file of this restore exists yet.</source>
        <translation>Noch existiert keine Datei dieser Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="104"/>
        <source>These files will be overwritten: %1.</source>
        <translation>Diese Dateien werden überschrieben: %1.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="109"/>
        <source>These files exist already: %1.</source>
        <translation>Diese Dateien existieren bereits: %1.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="110"/>
        <source>Choose another file prefix or folder, or allow overwriting existing files.</source>
        <translation>Wählen Sie ein anderes Dateipräfix oder einen anderen Ordner oder erlauben Sie das Überschreiben vorhandener Dateien.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="116"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="117"/>
        <source>Target databases</source>
        <translation>Zieldatenbanken</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="130"/>
        <source>Connected to %1:%2 as %3 (PostgreSQL %4).</source>
        <translation>Verbunden mit %1:%2 als %3 (PostgreSQL %4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/RestorePlan.cpp" line="153"/>
        <source>None of the %n target database(s) exists yet.</source>
        <translation>
            <numerusform>Die %n Zieldatenbank existiert noch nicht.</numerusform>
            <numerusform>Keine der %n Zieldatenbanken existiert bisher.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="158"/>
        <source>These databases will be dropped and recreated: %1.</source>
        <translation>Diese Datenbanken werden gelöscht und neu angelegt: %1.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="163"/>
        <source>These target databases exist already: %1.</source>
        <translation>Diese Zieldatenbanken existieren bereits: %1.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="164"/>
        <source>Map them to new names, or allow dropping and recreating them (clean).</source>
        <translation>Ordnen Sie ihnen neue Namen zu oder erlauben Sie, sie zu löschen und neu anzulegen (clean).</translation>
    </message>
</context>
<context>
    <name>PgVault::RestorePointPage</name>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="28"/>
        <source>Select restore point</source>
        <translation>Wiederherstellungspunkt auswählen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="29"/>
        <source>Choose the recovery point to restore. Narrow the list with the time period.</source>
        <translation>Wählen Sie den wiederherzustellenden Wiederherstellungspunkt. Grenzen Sie die Liste mit dem Zeitraum ein.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="35"/>
        <source>Time period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="37"/>
        <source>Time period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="38"/>
        <source>Recovery points in the time period</source>
        <translation>Wiederherstellungspunkte im Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="45"/>
        <source>Time period &amp;from:</source>
        <translation>Zeitraum &amp;von:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="47"/>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="49"/>
        <source>Recovery &amp;points:</source>
        <translation>Wiederherstellungs&amp;punkte:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="117"/>
        <source>The start of the period is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/restore/RestorePointPage.cpp" line="126"/>
        <source>%1 of %n recovery point(s) in this period.</source>
        <translation>
            <numerusform>%1 von %n Wiederherstellungspunkt in diesem Zeitraum.</numerusform>
            <numerusform>%1 von %n Wiederherstellungspunkten in diesem Zeitraum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreReviewPage</name>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="19"/>
        <source>Review + restore</source>
        <translation>Überprüfen + wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="20"/>
        <source>Check the restore, then press Restore. It runs as a job you can follow on the Jobs page.</source>
        <translation>Prüfen Sie die Wiederherstellung und klicken Sie dann auf „Wiederherstellen“. Sie läuft als Job, den Sie auf der Seite „Jobs“ verfolgen können.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="26"/>
        <source>Starting the restore…</source>
        <translation>Wiederherstellung wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="41"/>
        <source>Backup instance: %1</source>
        <translation>Sicherungsinstanz: %1</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="42"/>
        <source>Recovery point: %1, %2, %3</source>
        <translation>Wiederherstellungspunkt: %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="46"/>
        <source>Databases: %1</source>
        <translation>Datenbanken: %1</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="49"/>
        <source>Restore as files into: %1</source>
        <translation>Als Dateien wiederherstellen in: %1</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="50"/>
        <source>File prefix: %1</source>
        <translation>Dateipräfix: %1</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="50"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="51"/>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="53"/>
        <source>Existing files are overwritten.</source>
        <translation>Vorhandene Dateien werden überschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="54"/>
        <source>Existing files are never overwritten.</source>
        <translation>Vorhandene Dateien werden nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="56"/>
        <source>Restore to server: %1:%2 as %3 (TLS %4)</source>
        <translation>Auf Server wiederherstellen: %1:%2 als %3 (TLS %4)</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="61"/>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="62"/>
        <source>Parallel jobs: %1</source>
        <translation>Parallele Jobs: %1</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="63"/>
        <source>Roles: applied (cleaned of service roles).</source>
        <translation>Rollen: angewendet (bereinigt um Dienstrollen).</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="63"/>
        <source>Roles: skipped.</source>
        <translation>Rollen: übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="64"/>
        <source>Existing target databases are dropped and recreated.</source>
        <translation>Vorhandene Zieldatenbanken werden gelöscht und neu angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="65"/>
        <source>Existing target databases are refused.</source>
        <translation>Vorhandene Zieldatenbanken werden verweigert.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="92"/>
        <source>The restore did not start: %1</source>
        <translation>Die Wiederherstellung wurde nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreRunner</name>
    <message>
        <location filename="../engine/restore/RestoreRunner.cpp" line="36"/>
        <source>Restoring recovery point %1 of %2 as files into %3.
</source>
        <translation>Wiederherstellungspunkt %1 von %2 wird als Dateien in %3 wiederhergestellt.
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreRunner.cpp" line="44"/>
        <source>Restoring recovery point %1 of %2 into the server %3:%4.
</source>
        <translation>Wiederherstellungspunkt %1 von %2 wird auf den Server %3:%4 wiederhergestellt.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/RestoreRunner.cpp" line="55"/>
        <source>%n object(s) could not be restored as they were, first: %1</source>
        <translation>
            <numerusform>%n Objekt konnte nicht unverändert wiederhergestellt werden, erstes: %1</numerusform>
            <numerusform>%n Objekte konnten nicht unverändert wiederhergestellt werden, erstes: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreRunner.cpp" line="57"/>
        <source>See the job&apos;s output for the full list; apply the roles first (the restore&apos;s roles option) if owners or grants are missing.</source>
        <translation>Die vollständige Liste steht in der Ausgabe des Jobs; wenden Sie zuerst die Rollen an (Rollen-Option der Wiederherstellung), wenn Eigentümer oder Berechtigungen fehlen.</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreScript</name>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="28"/>
        <source>How to restore recovery point %1 of %2 (taken %3 UTC, PostgreSQL %4, pg_dump %5)

</source>
        <translation>So stellen Sie den Wiederherstellungspunkt %1 von %2 wieder her (erstellt %3 UTC, PostgreSQL %4, pg_dump %5)

</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="34"/>
        <source>Each .dump file is a pg_dump custom-format archive of one database (schema and data).
%1 holds the schema of all databases for reference only: do not run it, the schema is
already inside each dump. Connection settings come from the environment, e.g.
  export PGHOST=target.example.com PGPORT=5432 PGUSER=admin PGSSLMODE=require

</source>
        <translation>Jede .dump-Datei ist ein pg_dump-Archiv im Custom-Format einer Datenbank (Schema und Daten).
%1 enthält das Schema aller Datenbanken nur zur Information: Führen Sie es nicht aus, das
Schema steckt bereits in jedem Dump. Verbindungseinstellungen kommen aus der Umgebung, z. B.
  export PGHOST=target.example.com PGPORT=5432 PGUSER=admin PGSSLMODE=require

</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="39"/>
        <source>1. Roles (only when restoring to a different server for real use). Clean the script first as
   Azure documents (drops service roles, strips NOSUPERUSER/NOBYPASSRLS), then apply it;
   &quot;role ... already exists&quot; errors are expected. Also delete the CREATE/ALTER ROLE lines of the
   admin you connect as, or its password is reset to the source server&apos;s:
</source>
        <translation>1. Rollen (nur bei Wiederherstellung auf einen anderen Server für den echten Einsatz). Bereinigen Sie
   das Skript zuerst wie von Azure dokumentiert (Dienstrollen entfernen, NOSUPERUSER/NOBYPASSRLS
   streichen) und wenden Sie es dann an; Fehler „role ... already exists“ sind zu erwarten. Löschen
   Sie auch die CREATE/ALTER ROLE-Zeilen des Administrators, als der Sie sich verbinden, sonst wird
   sein Passwort auf das des Quellservers zurückgesetzt:
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="45"/>
        <source>2. For each database: create it empty, then restore its dump (-j: parallel jobs, at most the
   target&apos;s vCores):
</source>
        <translation>2. Für jede Datenbank: leer anlegen, dann ihren Dump wiederherstellen (-j: parallele Jobs, höchstens
   die vCores des Ziels):
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="55"/>
        <source>
Drop --no-owner when the roles were applied in step 1 and ownership should be kept.
</source>
        <translation>
Lassen Sie --no-owner weg, wenn die Rollen in Schritt 1 angewendet wurden und die Eigentümer erhalten bleiben sollen.
</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreServerPage</name>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="31"/>
        <source>&amp;Drop and recreate target databases that exist (clean)</source>
        <translation>Vorhandene Zieldatenbanken &amp;löschen und neu anlegen (clean)</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="36"/>
        <source>Restore parameters: server</source>
        <translation>Wiederherstellungsparameter: Server</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="37"/>
        <source>Enter the PostgreSQL server to restore into and the name each database gets there.</source>
        <translation>Geben Sie den PostgreSQL-Server ein, in den wiederhergestellt wird, und den Namen, den jede Datenbank dort erhält.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="39"/>
        <source>Target server host</source>
        <translation>Host des Zielservers</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="41"/>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="44"/>
        <source>Target user</source>
        <translation>Zielbenutzer</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="46"/>
        <source>Target password</source>
        <translation>Zielpasswort</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="48"/>
        <source>Used for this restore only; PgVault does not store it.</source>
        <translation>Nur für diese Wiederherstellung verwendet; PgVault speichert es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="50"/>
        <source>Target TLS mode</source>
        <translation>TLS-Modus des Ziels</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="53"/>
        <source>Database name mapping</source>
        <translation>Zuordnung der Datenbanknamen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="54"/>
        <source>Source database</source>
        <translation>Quelldatenbank</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="54"/>
        <source>Target database</source>
        <translation>Zieldatenbank</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="60"/>
        <source>Parallel jobs</source>
        <translation>Parallele Jobs</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="62"/>
        <source>pg_restore -j: at most the target server&apos;s CPU cores.</source>
        <translation>pg_restore -j: höchstens die CPU-Kerne des Zielservers.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="64"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="65"/>
        <source>Skip roles (data retrieval)</source>
        <translation>Rollen überspringen (Datenabruf)</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="66"/>
        <source>Apply roles.sql, cleaned of service roles</source>
        <translation>roles.sql anwenden, bereinigt um Dienstrollen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="88"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="89"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="90"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="91"/>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;sswort:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="92"/>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS-Modus:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="93"/>
        <source>Database &amp;mapping:</source>
        <translation>&amp;Datenbankzuordnung:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="94"/>
        <source>Parallel &amp;jobs:</source>
        <translation>Parallele &amp;Jobs:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="95"/>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="139"/>
        <source>Give every database a target name.</source>
        <translation>Geben Sie jeder Datenbank einen Zielnamen.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="141"/>
        <source>Two databases would both be restored into &quot;%1&quot;.</source>
        <translation>Zwei Datenbanken würden beide in „%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="149"/>
        <source>Enter the target server&apos;s host name or IP address.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Zielservers ein.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="151"/>
        <source>Enter the user to restore as (it needs CREATEDB).</source>
        <translation>Geben Sie den Benutzer für die Wiederherstellung ein (er benötigt CREATEDB).</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreTargetPage</name>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="14"/>
        <source>Restore as &amp;files</source>
        <translation>Als &amp;Dateien wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="15"/>
        <source>Restore to a &amp;server</source>
        <translation>Auf einen &amp;Server wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="17"/>
        <source>Restore type</source>
        <translation>Wiederherstellungstyp</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="18"/>
        <source>Restore the recovery point as files, or straight into a PostgreSQL server.</source>
        <translation>Den Wiederherstellungspunkt als Dateien oder direkt in einen PostgreSQL-Server wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="22"/>
        <source>Writes one pg_restore-able dump per database, roles.sql, tablespace.sql, schema.sql and RESTORE.txt (how to restore them) into a folder.</source>
        <translation>Schreibt einen mit pg_restore nutzbaren Dump pro Datenbank, roles.sql, tablespace.sql, schema.sql und RESTORE.txt (Anleitung zur Wiederherstellung) in einen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="25"/>
        <source>Creates every database of the point on a server you choose, with a new name if you map one, and optionally its roles.</source>
        <translation>Legt jede Datenbank des Punkts auf einem Server Ihrer Wahl an, mit neuem Namen, falls Sie einen zuordnen, und optional ihre Rollen.</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreTempFile</name>
    <message>
        <location filename="../engine/restore/RestoreTempFile.cpp" line="28"/>
        <source>Free space in the temporary folder or set TMPDIR to a roomier one.</source>
        <translation>Geben Sie Platz im temporären Ordner frei oder setzen Sie TMPDIR auf einen geräumigeren.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreTempFile.cpp" line="104"/>
        <source>Archive stored as it is: %1.</source>
        <translation>Archiv unverändert gespeichert: %1.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreTempFile.cpp" line="106"/>
        <source>Archive indexed for pg_restore: %1 data blocks, %2 chunks joined into %3.</source>
        <translation>Archiv für pg_restore indiziert: %1 Datenblöcke, %2 Abschnitte zu %3 zusammengefasst.</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreToFolder</name>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="42"/>
        <source>The file prefix &quot;%1&quot; may not contain a path.</source>
        <translation>Das Dateipräfix „%1“ darf keinen Pfad enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="43"/>
        <source>Give a plain prefix such as &quot;prod-2024-&quot;, or put the path in the folder.</source>
        <translation>Geben Sie ein einfaches Präfix wie „prod-2024-“ an oder nehmen Sie den Pfad in den Ordner auf.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="54"/>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="108"/>
        <source>Choose a folder you may write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="72"/>
        <source>These files already exist in %1: %2.</source>
        <translation>Diese Dateien existieren bereits in %1: %2.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="53"/>
        <source>The folder %1 cannot be created: %2.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="73"/>
        <source>Choose another folder or file prefix, or allow overwriting existing files.</source>
        <translation>Wählen Sie einen anderen Ordner oder ein anderes Dateipräfix oder erlauben Sie das Überschreiben vorhandener Dateien.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="100"/>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="107"/>
        <source>Cannot create a file in %1: %2</source>
        <translation>In %1 kann keine Datei erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="118"/>
        <source>Restoring %1 as %2.
</source>
        <translation>%1 wird als %2 wiederhergestellt.
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="139"/>
        <source>Cannot write %1 in %2: %3</source>
        <translation>%1 kann in %2 nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="140"/>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="152"/>
        <source>Check the free space and permissions of the folder.</source>
        <translation>Prüfen Sie den freien Platz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="151"/>
        <source>Cannot move %1 into place: %2</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/RestoreToFolder.cpp" line="159"/>
        <source>Restored %n file(s) into %1; see %2.
</source>
        <translation>
            <numerusform>%n Datei in %1 wiederhergestellt; siehe %2.
</numerusform>
            <numerusform>%n Dateien in %1 wiederhergestellt; siehe %2.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreToServer</name>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="103"/>
        <source>%1 on %2:%3 failed: %4</source>
        <translation>%1 auf %2:%3 ist fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="104"/>
        <source>Check the target connection (host, port, user, password, TLS mode) and the user&apos;s privileges (CREATEDB).</source>
        <translation>Prüfen Sie die Zielverbindung (Host, Port, Benutzer, Passwort, TLS-Modus) und die Berechtigungen des Benutzers (CREATEDB).</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="113"/>
        <source>The restore stopped before it connected to %1:%2.</source>
        <translation>Die Wiederherstellung wurde beendet, bevor sie sich mit %1:%2 verbunden hat.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="116"/>
        <source>See the restore&apos;s own error.</source>
        <translation>Die Ursache steht im eigentlichen Fehler der Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="125"/>
        <source>psql</source>
        <translation>psql</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="137"/>
        <source>The databases %1 would all be restored into &quot;%2&quot;.</source>
        <translation>Die Datenbanken %1 würden alle in „%2“ wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="138"/>
        <source>Give each database its own target name.</source>
        <translation>Geben Sie jeder Datenbank einen eigenen Zielnamen.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="159"/>
        <source>The recovery point has no database &quot;%1&quot;; it holds: %2.</source>
        <translation>Der Wiederherstellungspunkt hat keine Datenbank „%1“; er enthält: %2.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="161"/>
        <source>Map one of the recovery point&apos;s databases to that name.</source>
        <translation>Ordnen Sie diesem Namen eine der Datenbanken des Wiederherstellungspunkts zu.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="181"/>
        <source>Restore them under other names, or allow replacing them (they are dropped and restored).</source>
        <translation>Stellen Sie sie unter anderen Namen wieder her oder erlauben Sie, sie zu ersetzen (sie werden gelöscht und neu wiederhergestellt).</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="180"/>
        <source>These databases already exist on the target server: %1.</source>
        <translation>Diese Datenbanken existieren bereits auf dem Zielserver: %1.</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="205"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="220"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="221"/>
        <source>Database %1 as %2</source>
        <translation>Datenbank %1 als %2</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="231"/>
        <source>Restored before the failure, and kept: %1.
</source>
        <translation>Vor dem Fehler wiederhergestellt und behalten: %1.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/RestoreToServer.cpp" line="252"/>
        <source>Check %n file(s)</source>
        <translation>
            <numerusform>%n Datei prüfen</numerusform>
            <numerusform>%n Dateien prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="253"/>
        <source>Checking every file against the manifest before changing the server.
</source>
        <translation>Vor jeder Änderung am Server wird jede Datei gegen das Manifest geprüft.
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="268"/>
        <source>%1 differs from the manifest; nothing was changed on the server.
</source>
        <translation>%1 weicht vom Manifest ab; auf dem Server wurde nichts geändert.
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="303"/>
        <source>roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="306"/>
        <source>Applying roles</source>
        <translation>Rollen werden angewendet</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="307"/>
        <source>Applied roles.sql (cleaned of service roles).
</source>
        <translation>roles.sql angewendet (bereinigt um Dienstrollen).
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="338"/>
        <source>Dropping the existing database %1, as replacing it was allowed.
</source>
        <translation>Die vorhandene Datenbank %1 wird gelöscht, da ihr Ersetzen erlaubt wurde.
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="352"/>
        <source>Checking and unpacking %1.
</source>
        <translation>%1 wird geprüft und entpackt.
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="349"/>
        <source>Restoring database %1 with pg_restore -j %2.
</source>
        <translation>Datenbank %1 wird mit pg_restore -j %2 wiederhergestellt.
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="367"/>
        <source>pg_restore of database %1</source>
        <translation>pg_restore der Datenbank %1</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="370"/>
        <source>database %1: %2</source>
        <translation>Datenbank %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="379"/>
        <source>Dropping the partly restored database %1.
</source>
        <translation>Die teilweise wiederhergestellte Datenbank %1 wird gelöscht.
</translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="387"/>
        <source>Could not drop %1; drop it by hand.
</source>
        <translation>%1 konnte nicht gelöscht werden; löschen Sie sie von Hand.
</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreValidatePage</name>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="19"/>
        <source>&amp;Revalidate</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="25"/>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="26"/>
        <source>PgVault checks the restore target before anything is written.</source>
        <translation>PgVault prüft das Wiederherstellungsziel, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="28"/>
        <source>Validate the restore target again</source>
        <translation>Das Wiederherstellungsziel erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="37"/>
        <source>Validation results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="71"/>
        <source>Checking the folder…</source>
        <translation>Der Ordner wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="72"/>
        <source>Checking the server…</source>
        <translation>Der Server wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="99"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="100"/>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="107"/>
        <source>Ready to restore.</source>
        <translation>Bereit zur Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="108"/>
        <source>Not ready: fix what failed below (Back), then revalidate.</source>
        <translation>Nicht bereit: Beheben Sie die unten gemeldeten Fehler („Zurück“) und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreWizard</name>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="23"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="26"/>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="27"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="28"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionRule</name>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="71"/>
        <source>First successful backup taken every year</source>
        <translation>Erste erfolgreiche Sicherung jedes Jahres</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="73"/>
        <source>First successful backup taken every month</source>
        <translation>Erste erfolgreiche Sicherung jedes Monats</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="75"/>
        <source>First successful backup taken every week</source>
        <translation>Erste erfolgreiche Sicherung jeder Woche</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="77"/>
        <source>Every backup no other rule keeps</source>
        <translation>Jede Sicherung, die keine andere Regel aufbewahrt</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="86"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="88"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="90"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="92"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionRuleModel</name>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="126"/>
        <source>When no other rule applies</source>
        <translation>Wenn keine andere Regel greift</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="129"/>
        <source>Vault-standard</source>
        <translation>Tresor-Standard</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="146"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="148"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="150"/>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="152"/>
        <source>Retain for</source>
        <translation>Aufbewahren für</translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionRulesWidget</name>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="19"/>
        <source>&amp;Add retention rule</source>
        <translation>Aufbewahrungsregel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="20"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="21"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="25"/>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="40"/>
        <source>Add retention rule</source>
        <translation>Aufbewahrungsregel hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="41"/>
        <source>Edit retention rule</source>
        <translation>Aufbewahrungsregel bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="42"/>
        <source>Delete retention rule</source>
        <translation>Aufbewahrungsregel löschen</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="46"/>
        <source>Priority: Yearly, then Monthly, then Weekly; Default when no other rule applies.</source>
        <translation>Vorrang: Jährlich, dann Monatlich, dann Wöchentlich; Standard, wenn keine andere Regel greift.</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="48"/>
        <source>A backup that is the first of its week and of its month is kept by the Monthly rule.</source>
        <translation>Eine Sicherung, die die erste ihrer Woche und ihres Monats ist, wird von der Regel „Monatlich“ aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="122"/>
        <source>Add a Weekly, Monthly or Yearly rule.</source>
        <translation>Eine Regel „Wöchentlich“, „Monatlich“ oder „Jährlich“ hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="123"/>
        <source>The policy already has Weekly, Monthly and Yearly rules; edit one instead.</source>
        <translation>Die Richtlinie hat bereits die Regeln „Wöchentlich“, „Monatlich“ und „Jährlich“; bearbeiten Sie stattdessen eine davon.</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="125"/>
        <source>Select a rule to edit.</source>
        <translation>Wählen Sie eine Regel zum Bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="128"/>
        <source>The Default rule cannot be removed; every policy needs it.</source>
        <translation>Die Standardregel kann nicht entfernt werden; jede Richtlinie braucht sie.</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="129"/>
        <source>Select a rule to delete.</source>
        <translation>Wählen Sie eine Regel zum Löschen.</translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionSimulatorWidget</name>
    <message>
        <location filename="../ui/policies/RetentionSimulatorWidget.cpp" line="54"/>
        <source>The simulation appears once the schedule and the retention rules are valid.</source>
        <translation>Die Simulation erscheint, sobald Zeitplan und Aufbewahrungsregeln gültig sind.</translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionSimulatorWidget.cpp" line="65"/>
        <source>On %1 you will hold %2 Yearly, %3 Monthly, %4 Weekly, %5 Default recovery points.</source>
        <translation>Am %1 halten Sie %2 jährliche, %3 monatliche, %4 wöchentliche und %5 Standard-Wiederherstellungspunkte.</translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionTimeline</name>
    <message>
        <location filename="../ui/policies/RetentionTimeline.cpp" line="35"/>
        <source>Retention timeline</source>
        <translation>Aufbewahrungszeitleiste</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policies/RetentionTimeline.cpp" line="46"/>
        <source>%n successful backup(s) in the simulated year</source>
        <translation>
            <numerusform>%n erfolgreiche Sicherung im simulierten Jahr</numerusform>
            <numerusform>%n erfolgreiche Sicherungen im simulierten Jahr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionTimeline.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PgVault::RowCounter</name>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="59"/>
        <source>The row count query gave an unexpected answer: %1</source>
        <translation>Die Abfrage der Zeilenanzahl hat eine unerwartete Antwort geliefert: %1</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="60"/>
        <source>Report this as a bug.</source>
        <translation>Melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="75"/>
        <source>Counting rows failed (%1): %2</source>
        <translation>Das Zählen der Zeilen ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="75"/>
        <source>no answer from psql</source>
        <translation>keine Antwort von psql</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="76"/>
        <source>The dump itself is not affected; check the server log.</source>
        <translation>Der Dump selbst ist nicht betroffen; prüfen Sie das Serverprotokoll.</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="92"/>
        <source>the session ended</source>
        <translation>die Sitzung wurde beendet</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="109"/>
        <source>no snapshot id</source>
        <translation>keine Snapshot-ID</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="116"/>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="149"/>
        <source>Counting rows failed: %1</source>
        <translation>Das Zählen der Zeilen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="150"/>
        <source>Check that the database can be read.</source>
        <translation>Prüfen Sie, ob die Datenbank gelesen werden kann.</translation>
    </message>
</context>
<context>
    <name>PgVault::ScratchCluster</name>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="62"/>
        <source>The scratch server for the test restore could not be set up (%1): %2</source>
        <translation>Der Testserver für die Testwiederherstellung konnte nicht eingerichtet werden (%1): %2</translation>
    </message>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="63"/>
        <source>Check the free space of the temporary folder, or give a scratch server to restore into.</source>
        <translation>Prüfen Sie den freien Platz im temporären Ordner oder geben Sie einen Testserver an, in den wiederhergestellt wird.</translation>
    </message>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="72"/>
        <source>temporary folder</source>
        <translation>temporärer Ordner</translation>
    </message>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="78"/>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="78"/>
        <source>cannot hand %1 to the postgres user</source>
        <translation>%1 kann nicht an den Benutzer postgres übergeben werden</translation>
    </message>
</context>
<context>
    <name>PgVault::ServerUserProcess</name>
    <message>
        <location filename="../engine/process/ServerUserProcess.cpp" line="49"/>
        <source>%1 did not finish: %2</source>
        <translation>%1 wurde nicht beendet: %2</translation>
    </message>
</context>
<context>
    <name>PgVault::Sql</name>
    <message>
        <location filename="../models/SqlSupport.cpp" line="13"/>
        <source>The catalog could not %1: %2.</source>
        <translation>Katalogvorgang fehlgeschlagen (%1): %2.</translation>
    </message>
    <message>
        <location filename="../models/SqlSupport.cpp" line="15"/>
        <source>Check that the PgVault home folder is writable and the disk is not full, then retry.</source>
        <translation>Prüfen Sie, ob der PgVault-Stammordner beschreibbar und die Festplatte nicht voll ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>PgVault::StopProtectionDialog</name>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="16"/>
        <source>Retain as per policy</source>
        <translation>Gemäß Richtlinie aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="17"/>
        <source>Retain forever</source>
        <translation>Dauerhaft aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="18"/>
        <source>Delete backup data</source>
        <translation>Sicherungsdaten löschen</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="22"/>
        <source>Stop protection</source>
        <translation>Schutz beenden</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="24"/>
        <source>Stop backing up &quot;%1&quot; (%2)? Its password is removed from the keychain. Choose what becomes of its recovery points in the vault &quot;%3&quot;:</source>
        <translation>Sicherung von „%1“ (%2) beenden? Das Passwort wird aus dem Schlüsselbund entfernt. Wählen Sie, was mit den Wiederherstellungspunkten im Tresor „%3“ geschehen soll:</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="45"/>
        <source>Type the backup instance name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Namen der Sicherungsinstanz ein</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="47"/>
        <source>Type the backup instance name to confirm deletion:</source>
        <translation>Geben Sie zur Bestätigung des Löschens den Namen der Sicherungsinstanz ein:</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="51"/>
        <source>&amp;Stop protection</source>
        <translation>&amp;Schutz beenden</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="58"/>
        <source>The recovery points stay restorable until they expire as the policy said when they were taken; the newest are kept until you delete them.</source>
        <translation>Die Wiederherstellungspunkte bleiben wiederherstellbar, bis sie so ablaufen, wie die Richtlinie es bei ihrer Erstellung festlegte; die neuesten werden aufbewahrt, bis Sie sie löschen.</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="61"/>
        <source>The recovery points stay restorable and never expire.</source>
        <translation>Die Wiederherstellungspunkte bleiben wiederherstellbar und laufen nie ab.</translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="63"/>
        <source>Every recovery point is deleted from the vault, and the backup instance with them. This cannot be undone.</source>
        <translation>Alle Wiederherstellungspunkte werden aus dem Tresor gelöscht und mit ihnen die Sicherungsinstanz. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>PgVault::StreamingDatabaseRestore</name>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="85"/>
        <source>Cannot create a temporary file for %1: %2</source>
        <translation>Für %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="145"/>
        <source>Writing the temporary copy of %1 failed: %2</source>
        <translation>Das Schreiben der temporären Kopie von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="169"/>
        <source>Cannot write the table of contents of %1: %2</source>
        <translation>Das Inhaltsverzeichnis von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="170"/>
        <source>Creating the schema while %1 unpacks.
</source>
        <translation>Das Schema wird angelegt, während %1 entpackt wird.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="193"/>
        <source>Streaming %n table(s) from the vault into the server; restoring the rest with pg_restore -j %1.
</source>
        <translation>
            <numerusform>%n Tabelle wird aus dem Tresor direkt in den Server gestreamt; der Rest wird mit pg_restore -j %1 wiederhergestellt.
</numerusform>
            <numerusform>%n Tabellen werden aus dem Tresor direkt in den Server gestreamt; der Rest wird mit pg_restore -j %1 wiederhergestellt.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="203"/>
        <source>Cannot write the restore list of %1: %2</source>
        <translation>Die Wiederherstellungsliste von %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PgVault::ToolRun</name>
    <message>
        <location filename="../engine/process/ToolRun.cpp" line="15"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/process/ToolRun.cpp" line="16"/>
        <source>Check that the PostgreSQL client programs are installed.</source>
        <translation>Prüfen Sie, ob die PostgreSQL-Client-Programme installiert sind.</translation>
    </message>
    <message>
        <location filename="../engine/process/ToolRun.cpp" line="23"/>
        <source>%1 stopped unexpectedly: %2</source>
        <translation>%1 wurde unerwartet beendet: %2</translation>
    </message>
    <message>
        <location filename="../engine/process/ToolRun.cpp" line="24"/>
        <source>See the job&apos;s output for details.</source>
        <translation>Details stehen in der Ausgabe des Jobs.</translation>
    </message>
</context>
<context>
    <name>PgVault::VaultRegistry</name>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="18"/>
        <source>The folder %1 is already registered as vault &quot;%2&quot;.</source>
        <translation>Der Ordner %1 ist bereits als Tresor „%2“ registriert.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="20"/>
        <source>Use the vault &quot;%1&quot;.</source>
        <translation>Verwenden Sie den Tresor „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="73"/>
        <source>The vault name &quot;%1&quot; is not 1-64 letters, digits, hyphens or underscores.</source>
        <translation>Der Tresorname „%1“ besteht nicht aus 1–64 Buchstaben, Ziffern, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="123"/>
        <source>Enter a name for the vault.</source>
        <translation>Geben Sie einen Namen für den Tresor ein.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="124"/>
        <source>Use 1-64 letters, digits, hyphens or underscores.</source>
        <translation>Verwenden Sie 1–64 Buchstaben, Ziffern, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="130"/>
        <source>Choose another name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="137"/>
        <source>A vault named &quot;%1&quot; already exists.</source>
        <translation>Ein Tresor namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="138"/>
        <source>Choose another name, or use the existing vault.</source>
        <translation>Wählen Sie einen anderen Namen oder verwenden Sie den vorhandenen Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="151"/>
        <source>Choose a folder for the vault.</source>
        <translation>Wählen Sie einen Ordner für den Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="152"/>
        <source>A new or empty folder, or an existing vault that is not registered yet.</source>
        <translation>Einen neuen oder leeren Ordner oder einen vorhandenen Tresor, der noch nicht registriert ist.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="174"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="175"/>
        <source>Choose a new or empty folder.</source>
        <translation>Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="179"/>
        <source>The folder %1 is not empty and is not a PgVault vault (it has no %2).</source>
        <translation>Der Ordner %1 ist nicht leer und kein PgVault-Tresor (er hat keine %2).</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="181"/>
        <source>Choose an empty folder, a new folder, or an existing vault.</source>
        <translation>Wählen Sie einen leeren Ordner, einen neuen Ordner oder einen vorhandenen Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="192"/>
        <source>PgVault cannot create or write to the folder %1: %2 is not writable.</source>
        <translation>PgVault kann den Ordner %1 nicht anlegen oder nicht in ihn schreiben: %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="194"/>
        <source>Choose a folder you can write to, or give the user running PgVault write access.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben können, oder geben Sie dem Benutzer, unter dem PgVault läuft, Schreibrechte.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="221"/>
        <source>The vault &quot;%1&quot; is an Azure Blob vault, which this version cannot open.</source>
        <translation>Der Tresor „%1“ ist ein Azure-Blob-Tresor, den diese Version nicht öffnen kann.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="222"/>
        <source>Use a local vault.</source>
        <translation>Verwenden Sie einen lokalen Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="230"/>
        <source>The folder %1 holds vault %2, not the vault &quot;%3&quot; (%4) the catalog registered.</source>
        <translation>Der Ordner %1 enthält den Tresor %2, nicht den im Katalog registrierten Tresor „%3“ (%4).</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="232"/>
        <source>Put the vault&apos;s folder back, or register the folder as a new vault.</source>
        <translation>Stellen Sie den Ordner des Tresors wieder her oder registrieren Sie den Ordner als neuen Tresor.</translation>
    </message>
</context>
<context>
    <name>PgVault::VaultRepository</name>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="21"/>
        <source>read the vaults</source>
        <translation>die Tresore lesen</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="69"/>
        <source>read the vaults&apos; usage</source>
        <translation>die Belegung der Tresore lesen</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="87"/>
        <location filename="../models/vaults/VaultRepository.cpp" line="107"/>
        <source>save the vault</source>
        <translation>den Tresor speichern</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="93"/>
        <source>A vault named &quot;%1&quot; already exists.</source>
        <translation>Ein Tresor namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="94"/>
        <source>Choose another name, or use the existing vault.</source>
        <translation>Wählen Sie einen anderen Namen oder verwenden Sie den vorhandenen Tresor.</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="119"/>
        <source>change the vault</source>
        <translation>den Tresor ändern</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="131"/>
        <source>%1 is not a number of days a vault can keep deleted recovery points.</source>
        <translation>%1 ist keine Anzahl von Tagen, die ein Tresor gelöschte Wiederherstellungspunkte aufbewahren kann.</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="132"/>
        <source>Choose from 0 (delete expired points at once) to %1 days; the default is %2.</source>
        <translation>Wählen Sie 0 (abgelaufene Punkte sofort löschen) bis %1 Tage; der Standard ist %2.</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="142"/>
        <source>There is no vault named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Tresor namens „%1“.</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="143"/>
        <source>Choose one of the vaults listed (Vaults, or &quot;pgvaultctl vault list&quot;), or create it first.</source>
        <translation>Wählen Sie einen der aufgeführten Tresore (Seite „Tresore“ oder „pgvaultctl vault list“) oder erstellen Sie ihn zuerst.</translation>
    </message>
</context>
<context>
    <name>PgVault::VaultStore</name>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="15"/>
        <source>The %1 &quot;%2&quot; cannot be used as a vault folder name.</source>
        <translation>%1 „%2“ kann nicht als Name eines Tresorordners verwendet werden.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="16"/>
        <source>Use 1 to 128 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Verwenden Sie 1 bis 128 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="28"/>
        <source>&quot;%1&quot; is not a valid recovery point file name.</source>
        <translation>„%1“ ist kein gültiger Dateiname für einen Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="29"/>
        <source>This is a bug in PgVault; please report it.</source>
        <translation>Das ist ein Fehler in PgVault; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="37"/>
        <source>The disk holding the vault is full: writing %1 failed.</source>
        <translation>Die Festplatte des Tresors ist voll: Das Schreiben von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="38"/>
        <source>Free space on that disk or choose another vault.</source>
        <translation>Geben Sie Platz auf dieser Festplatte frei oder wählen Sie einen anderen Tresor.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="45"/>
        <source>Writing %1 failed: %2.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="46"/>
        <source>Check that the vault&apos;s disk or share is available and healthy, then run the backup again.</source>
        <translation>Prüfen Sie, ob die Festplatte oder Freigabe des Tresors verfügbar und intakt ist, und führen Sie die Sicherung dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>PgVault::VaultTableModel</name>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="22"/>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="22"/>
        <source>Azure Blob container</source>
        <translation>Azure-Blob-Container</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="53"/>
        <source>The default vault. PgVault creates its folder when the first backup instance uses it.</source>
        <translation>Der Standardtresor. PgVault legt seinen Ordner an, sobald die erste Sicherungsinstanz ihn verwendet.</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="68"/>
        <source>%1 (created on first use)</source>
        <translation>%1 (wird bei Erstnutzung angelegt)</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="77"/>
        <source>%1 (%2 deleted)</source>
        <translation>%1 (%2 gelöscht)</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="84"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/vaults/VaultTableModel.cpp" line="84"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="119"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="121"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="123"/>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="125"/>
        <source>Backup instances</source>
        <translation>Sicherungsinstanzen</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="127"/>
        <source>Recovery points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="129"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="131"/>
        <source>Keeps deleted points</source>
        <translation>Gelöschte behalten</translation>
    </message>
</context>
<context>
    <name>PgVault::VaultsPage</name>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="27"/>
        <source>&amp;Soft delete…</source>
        <translation>&amp;Vorläufiges Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="29"/>
        <location filename="../ui/vaults/VaultsPage.cpp" line="58"/>
        <source>Vaults</source>
        <translation>Tresore</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="34"/>
        <source>Recovery points are stored in vaults: local folders for now, since Azure Blob Storage vaults are not available yet.</source>
        <translation>Wiederherstellungspunkte werden in Tresoren gespeichert: vorerst in lokalen Ordnern, denn Tresore in Azure Blob Storage sind noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="40"/>
        <source>&amp;Create vault…</source>
        <translation>Tresor &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="42"/>
        <source>Create vault</source>
        <translation>Tresor erstellen</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="45"/>
        <location filename="../ui/vaults/VaultsPage.cpp" line="113"/>
        <source>Soft delete</source>
        <translation>Vorläufiges Löschen</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="101"/>
        <source>How many days this vault keeps deleted recovery points.</source>
        <translation>Wie viele Tage dieser Tresor gelöschte Wiederherstellungspunkte aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="102"/>
        <source>Select a vault first (the default vault once it is created).</source>
        <translation>Wählen Sie zuerst einen Tresor (den Standardtresor, sobald er angelegt ist).</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="117"/>
        <source>Days the vault &quot;%1&quot; keeps deleted recovery points, restorable by Undelete, before they are purged (0: expiry deletes them at once). Applies to points deleted from now on.</source>
        <translation>Tage, die der Tresor „%1“ gelöschte Wiederherstellungspunkte aufbewahrt – wiederherstellbar mit „Löschen rückgängig machen“ –, bevor sie endgültig gelöscht werden (0: der Ablauf löscht sie sofort). Gilt für ab jetzt gelöschte Punkte.</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="122"/>
        <source>Soft delete not changed: %1</source>
        <translation>Vorläufiges Löschen nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="128"/>
        <source>Vault &quot;%1&quot; deletes expired recovery points at once.</source>
        <translation>Der Tresor „%1“ löscht abgelaufene Wiederherstellungspunkte sofort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/vaults/VaultsPage.cpp" line="129"/>
        <source>Vault &quot;%1&quot; keeps deleted recovery points for %n day(s).</source>
        <translation>
            <numerusform>Der Tresor „%1“ bewahrt gelöschte Wiederherstellungspunkte %n Tag auf.</numerusform>
            <numerusform>Der Tresor „%1“ bewahrt gelöschte Wiederherstellungspunkte %n Tage auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="149"/>
        <source>Created vault &quot;%1&quot;.</source>
        <translation>Tresor „%1“ erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="158"/>
        <source>The vaults could not be read: %1</source>
        <translation>Die Tresore konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PgVault::VerifyRunner</name>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="31"/>
        <source>%1.%2: expected %3, found no such table</source>
        <translation>%1.%2: erwartet %3, keine solche Tabelle gefunden</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="33"/>
        <source>%1.%2: expected %3, found %4</source>
        <translation>%1.%2: erwartet %3, gefunden %4</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="40"/>
        <source>%1.%2: not in the backup&apos;s counts, found %3</source>
        <translation>%1.%2: nicht in den Anzahlen der Sicherung, gefunden %3</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="57"/>
        <source>Cannot record the verification: %1
</source>
        <translation>Die Prüfung kann nicht erfasst werden: %1
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="80"/>
        <source>The manifest of recovery point %1 cannot be trusted: %2</source>
        <translation>Dem Manifest des Wiederherstellungspunkts %1 kann nicht vertraut werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="84"/>
        <source>Verifying recovery point %1 of %2.
</source>
        <translation>Wiederherstellungspunkt %1 von %2 wird geprüft.
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="102"/>
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="119"/>
        <source>%1 differs from the manifest: %2
</source>
        <translation>%1 weicht vom Manifest ab: %2
</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/VerifyRunner.cpp" line="123"/>
        <source>All %n file(s) match the manifest.
</source>
        <translation>
            <numerusform>Die %n Datei stimmt mit dem Manifest überein.
</numerusform>
            <numerusform>Alle %n Dateien stimmen mit dem Manifest überein.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="127"/>
        <source>Recovery point %1 is damaged: %2 differ(s) from the manifest (%3).</source>
        <translation>Der Wiederherstellungspunkt %1 ist beschädigt: Abweichung vom Manifest bei %2 (%3).</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="129"/>
        <source>Do not rely on this point; take a new backup, and check the disk or storage holding the vault.</source>
        <translation>Verlassen Sie sich nicht auf diesen Punkt; erstellen Sie eine neue Sicherung und prüfen Sie die Festplatte oder den Speicher des Tresors.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="148"/>
        <source>No PostgreSQL server programs are installed for a scratch server.</source>
        <translation>Für einen Testserver sind keine PostgreSQL-Serverprogramme installiert.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="149"/>
        <source>Install the postgresql package, or give a scratch server to restore into.</source>
        <translation>Installieren Sie das Paket postgresql oder geben Sie einen Testserver an, in den wiederhergestellt wird.</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="151"/>
        <source>Starting a scratch server for the test restore.
</source>
        <translation>Ein Testserver für die Testwiederherstellung wird gestartet.
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="178"/>
        <source>The drill&apos;s database %1 could not be dropped from the scratch server: %2
</source>
        <translation>Die Datenbank %1 der Testwiederherstellung konnte nicht vom Testserver gelöscht werden: %2
</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="198"/>
        <source>%1: cannot count rows: %2</source>
        <translation>%1: Zeilen können nicht gezählt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="201"/>
        <source>The backup recorded no row counts for %1; only the restore was tested.
</source>
        <translation>Die Sicherung hat für %1 keine Zeilenanzahlen erfasst; nur die Wiederherstellung wurde getestet.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/VerifyRunner.cpp" line="212"/>
        <source>The test restore differs from the backup in %n table(s): %1</source>
        <translation>
            <numerusform>Die Testwiederherstellung weicht in %n Tabelle von der Sicherung ab: %1</numerusform>
            <numerusform>Die Testwiederherstellung weicht in %n Tabellen von der Sicherung ab: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="214"/>
        <source>Do not rely on this point; take a new backup and check the job output of the backup that made it.</source>
        <translation>Verlassen Sie sich nicht auf diesen Punkt; erstellen Sie eine neue Sicherung und prüfen Sie die Job-Ausgabe der Sicherung, die ihn erstellt hat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/VerifyRunner.cpp" line="217"/>
        <source>Test restore passed: %n table(s) have the row counts the backup recorded.
</source>
        <translation>
            <numerusform>Testwiederherstellung bestanden: %n Tabelle hat die von der Sicherung erfasste Zeilenanzahl.
</numerusform>
            <numerusform>Testwiederherstellung bestanden: %n Tabellen haben die von der Sicherung erfassten Zeilenanzahlen.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::WeeklySchedule</name>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="179"/>
        <source>has no intervals</source>
        <translation>hat keine Intervalle</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="180"/>
        <source>Add one &quot;R/&lt;start&gt;/P1W&quot; interval per weekday.</source>
        <translation>Fügen Sie pro Wochentag ein Intervall „R/&lt;start&gt;/P1W“ hinzu.</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="192"/>
        <source>&quot;%1&quot; is not a repeating interval</source>
        <translation>„%1“ ist kein wiederkehrendes Intervall</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="193"/>
        <source>Write it as R/&lt;start date-time with offset&gt;/P1W, e.g. R/2021-08-15T22:00:00+00:00/P1W.</source>
        <translation>Schreiben Sie es als R/&lt;Startzeitpunkt mit Versatz&gt;/P1W, z. B. R/2021-08-15T22:00:00+00:00/P1W.</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="199"/>
        <source>repeats every &quot;%1&quot;, but PostgreSQL flexible server backups are weekly</source>
        <translation>wiederholt sich alle „%1“, aber Sicherungen von PostgreSQL Flexible Servern sind wöchentlich</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="200"/>
        <source>Use the period P1W, one interval per weekday.</source>
        <translation>Verwenden Sie die Periode P1W, ein Intervall pro Wochentag.</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="207"/>
        <source>&quot;%1&quot; is not a date-time</source>
        <translation>„%1“ ist kein Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="208"/>
        <source>Write the start as yyyy-MM-ddTHH:mm:ss with a UTC offset, e.g. 2021-08-15T22:00:00+02:00.</source>
        <translation>Schreiben Sie den Start als yyyy-MM-ddTHH:mm:ss mit UTC-Versatz, z. B. 2021-08-15T22:00:00+02:00.</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="217"/>
        <source>starts at %1 but repeatingTimeIntervals[0] starts at %2</source>
        <translation>beginnt um %1, aber repeatingTimeIntervals[0] beginnt um %2</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="220"/>
        <source>A policy runs every selected weekday at one time; give every interval the same time.</source>
        <translation>Eine Richtlinie läuft an jedem gewählten Wochentag zur selben Uhrzeit; geben Sie jedem Intervall dieselbe Uhrzeit.</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="232"/>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation>„%1“ ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="233"/>
        <source>Use a Windows time-zone id such as &quot;W. Europe Standard Time&quot;, &quot;UTC&quot;, or an IANA id such as &quot;Europe/Berlin&quot;.</source>
        <translation>Verwenden Sie eine Windows-Zeitzonen-ID wie „W. Europe Standard Time“, „UTC“ oder eine IANA-ID wie „Europe/Berlin“.</translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="288"/>
        <source>Weekly on %1 at %2 %3</source>
        <translation>Wöchentlich am %1 um %2 %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>PgVault cannot start</source>
        <translation>PgVault kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>PgVault could not open its catalog at &quot;%1&quot;.</source>
        <translation>PgVault konnte seinen Katalog unter „%1“ nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>pgvaultctl</name>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="27"/>
        <source>PgVault&apos;s command line: policies, vaults, backup instances, backups and jobs.

Commands:
</source>
        <translation>Die Befehlszeile von PgVault: Richtlinien, Tresore, Sicherungsinstanzen, Sicherungen und Jobs.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="32"/>
        <source>  prune           Delete expired recovery points now (moved to deleted in a vault with soft delete,
                  purged when its days are over; --dry-run only shows them).
  agent           Run scheduled backups and expiry; the systemd user unit runs it.
</source>
        <translation>  prune           Abgelaufene Wiederherstellungspunkte jetzt löschen (in einem Tresor mit vorläufigem Löschen
                  vorläufig gelöscht, nach Ablauf seiner Frist endgültig; --dry-run zeigt sie nur an).
  agent           Geplante Sicherungen und Ablauf ausführen; die systemd-Benutzer-Unit startet ihn.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="36"/>
        <source>  backup-now      Back up an instance now, in the foreground.
  points          List an instance&apos;s recovery points (--deleted: the deleted ones).
  restore         Restore a recovery point as files (--to-folder) or into a server (--to-server).
  verify          Check a recovery point&apos;s files against its manifest; --test-restore also
                  restores it into a scratch server and compares row counts.
</source>
        <translation>  backup-now      Eine Instanz jetzt im Vordergrund sichern.
  points          Die Wiederherstellungspunkte einer Instanz auflisten (--deleted: die gelöschten).
  restore         Einen Wiederherstellungspunkt als Dateien (--to-folder) oder in einen Server (--to-server)
                  wiederherstellen.
  verify          Die Dateien eines Wiederherstellungspunkts gegen sein Manifest prüfen; --test-restore
                  stellt ihn zusätzlich in einen Testserver wieder her und vergleicht Zeilenanzahlen.
</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="43"/>
        <source>
Run &quot;pgvaultctl &lt;group&gt; &lt;command&gt; --help&quot; (&quot;pgvaultctl backup-now --help&quot;) for a command&apos;s options. --home may also follow the command.

Exit codes:
  0  success
  1  the operation failed: catalog or file I/O error, policy in use by backup instances,
     keychain unavailable, server unreachable, backup failed or cancelled, instance busy
  2  bad usage or input: unknown command or option, missing or malformed value, invalid policy,
     unknown or duplicate policy, instance or vault name, existing --output file, a --rule the
     policy lacks
Errors go to standard error as &quot;pgvaultctl: &lt;what is wrong&gt; &lt;what to do&gt;&quot;.</source>
        <translation>
Führen Sie „pgvaultctl &lt;Gruppe&gt; &lt;Befehl&gt; --help“ („pgvaultctl backup-now --help“) aus, um die Optionen eines Befehls zu sehen. --home darf auch nach dem Befehl stehen.

Exit-Codes:
  0  Erfolg
  1  der Vorgang ist fehlgeschlagen: Katalog- oder Datei-E/A-Fehler, Richtlinie von Sicherungsinstanzen
     verwendet, Schlüsselbund nicht verfügbar, Server nicht erreichbar, Sicherung fehlgeschlagen oder
     abgebrochen, Instanz belegt
  2  falscher Aufruf oder falsche Eingabe: unbekannter Befehl oder unbekannte Option, fehlender oder
     fehlerhafter Wert, ungültige Richtlinie, unbekannter oder doppelter Richtlinien-, Instanz- oder
     Tresorname, vorhandene --output-Datei, eine --rule, die der Richtlinie fehlt
Fehler gehen auf die Standardfehlerausgabe als „pgvaultctl: &lt;was falsch ist&gt; &lt;was zu tun ist&gt;“.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="71"/>
        <source>The command (listed above).</source>
        <translation>Der Befehl (oben aufgeführt).</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="113"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="115"/>
        <source>&quot;%1&quot; is not a pgvaultctl command.</source>
        <translation>„%1“ ist kein pgvaultctl-Befehl.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerbArguments.cpp" line="25"/>
        <source>Missing the %1 argument.</source>
        <translation>Das Argument %1 fehlt.</translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerbArguments.cpp" line="31"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
</context>
</TS>
