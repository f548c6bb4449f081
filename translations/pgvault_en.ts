<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddRetentionDialog</name>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="6"/>
        <source>Add retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="12"/>
        <source>When to retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="18"/>
        <source>First successful backup taken every &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="21"/>
        <source>First successful backup taken every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="28"/>
        <source>First successful backup taken every &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="31"/>
        <source>First successful backup taken every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="38"/>
        <source>First successful backup taken every &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="41"/>
        <source>First successful backup taken every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="48"/>
        <source>Default: every backup no other rule keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="60"/>
        <source>Data &amp;store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="70"/>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="73"/>
        <source>PostgreSQL flexible server backups are kept in the vault-standard tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="77"/>
        <source>Vault-standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="85"/>
        <source>&amp;Retain for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="97"/>
        <source>Retention duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="110"/>
        <source>Retention unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.ui" line="126"/>
        <source>Allowed: 7 days to 10 years in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault</name>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="142"/>
        <source>Cannot start %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="143"/>
        <source>Install the PostgreSQL client tools (apt-get install postgresql-client) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="148"/>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="149"/>
        <source>Check the server&apos;s load and network, then revalidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="162"/>
        <source>The server %1 rejected the login of user &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="163"/>
        <location filename="../engine/instances/ServerProbe.cpp" line="169"/>
        <source>Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="168"/>
        <source>The server %1 has no user &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="175"/>
        <source>The server %1 accepts only encrypted (TLS) connections: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="176"/>
        <source>Choose TLS mode &quot;require&quot; (or &quot;verify-full&quot;) and revalidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="181"/>
        <source>The server %1 does not offer TLS, but TLS mode &quot;%2&quot; requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="183"/>
        <source>Enable TLS on the server, or choose TLS mode &quot;prefer&quot; on a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="188"/>
        <source>The server %1&apos;s TLS certificate could not be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="189"/>
        <source>Install the server&apos;s CA certificate as ~/.postgresql/root.crt (for Azure, the DigiCert and Microsoft root CAs), check the host name, or choose TLS mode &quot;require&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="195"/>
        <source>The server %1 does not accept user &quot;%2&quot; from this machine: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="196"/>
        <source>Ask the server&apos;s administrator to allow this machine and user in pg_hba.conf (on Azure: the server&apos;s networking/firewall rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="202"/>
        <source>The database &quot;%1&quot; does not exist on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="203"/>
        <source>Choose an existing database to connect to (usually &quot;postgres&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="208"/>
        <source>User &quot;%1&quot; may not connect to database &quot;%2&quot; on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="210"/>
        <source>Grant the user LOGIN and CONNECT on the database, or use another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="217"/>
        <source>Cannot reach the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="218"/>
        <source>Check the host name and port, that the server is running, and that no firewall (on Azure: the server&apos;s networking rules) blocks this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="224"/>
        <source>Cannot connect to the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="225"/>
        <source>Check the connection settings and revalidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="229"/>
        <source>Reading the server&apos;s catalog failed in database &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="230"/>
        <source>Check that the user may read the system catalogs, then revalidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="251"/>
        <source>Unexpected answer from psql in database &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/ServerProbe.cpp" line="252"/>
        <source>Check that psql is a PostgreSQL client tool, then revalidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::AddRetentionDialog</name>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="19"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="20"/>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="21"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="22"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="25"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="26"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="49"/>
        <source>The policy already has a %1 rule; edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="63"/>
        <source>Edit retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="64"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="74"/>
        <source>An existing rule keeps its kind; delete it and add a new one to change when it retains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="96"/>
        <source>Choose when to retain: every kind is already in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/AddRetentionDialog.cpp" line="98"/>
        <source>A retention of %1 %2. Choose a duration from 7 days to 10 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::AgentHeartbeatRepository</name>
    <message>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="16"/>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="22"/>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="31"/>
        <source>record the agent&apos;s heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="41"/>
        <source>remove the agent&apos;s heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="67"/>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="82"/>
        <location filename="../models/jobs/AgentHeartbeatRepository.cpp" line="97"/>
        <source>read the agents&apos; heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::AgentStatusLabel</name>
    <message>
        <location filename="../ui/jobs/AgentStatusLabel.cpp" line="42"/>
        <source>Scheduled backups: agent running on %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/AgentStatusLabel.cpp" line="48"/>
        <source>Cannot tell whether the PgVault agent is running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/AgentStatusLabel.cpp" line="50"/>
        <source>Scheduled backups need &quot;pgvaultctl agent&quot; running (systemd user unit pgvault-agent.service); none has been seen for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/AgentStatusLabel.cpp" line="54"/>
        <source>Scheduled backups need &quot;pgvaultctl agent&quot; running (systemd user unit pgvault-agent.service); none is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::AlertBanner</name>
    <message>
        <location filename="../ui/alerts/AlertBanner.cpp" line="23"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertBanner.cpp" line="75"/>
        <source>Cannot read the alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertBanner.cpp" line="93"/>
        <source>%n alert(s) need your attention</source>
        <translation>
            <numerusform>%n alert needs your attention</numerusform>
            <numerusform>%n alerts need your attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/AlertBanner.cpp" line="97"/>
        <source>… and %n more (pgvaultctl alerts lists them all)</source>
        <translation>
            <numerusform>… and %n more (pgvaultctl alerts lists them all)</numerusform>
            <numerusform>… and %n more (pgvaultctl alerts lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertBanner.cpp" line="100"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/alerts/AlertBanner.cpp" line="101"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::AlertEvaluator</name>
    <message numerus="yes">
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="84"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="86"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="87"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="119"/>
        <source>no cause was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="122"/>
        <source>The last backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="125"/>
        <source>The last verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="128"/>
        <source>The last restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="131"/>
        <source>The last deletion of an expired recovery point failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="137"/>
        <source>Look at the details and output of job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="168"/>
        <source>No successful backup for %1 (the last on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="171"/>
        <source>No successful backup in the %1 since it was protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="173"/>
        <source>Back up now, and check that the agent is running and why the scheduled backups did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="192"/>
        <source>No PgVault agent has been seen for %1: scheduled backups and expiry do not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="195"/>
        <source>No PgVault agent is running: scheduled backups and expiry do not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/AlertEvaluator.cpp" line="197"/>
        <source>Start it: systemctl --user enable --now pgvault-agent.service, or run &quot;pgvaultctl agent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::AlertRepository</name>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="27"/>
        <source>record a delivered alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="44"/>
        <source>forget a resolved alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="55"/>
        <source>read the delivered alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="68"/>
        <source>read the alert command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/AlertRepository.cpp" line="84"/>
        <source>save the alert command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::BackupDataDeletion</name>
    <message>
        <location filename="../engine/instances/BackupDataDeletion.cpp" line="47"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/BackupDataDeletion.cpp" line="57"/>
        <source>the folder of the backup instance in the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/instances/BackupDataDeletion.cpp" line="65"/>
        <source>%n item(s) of the backup data of &quot;%1&quot; could not be deleted (%2 recovery point(s) were): %3</source>
        <translation>
            <numerusform>%n item of the backup data of &quot;%1&quot; could not be deleted (%2 recovery point(s) were): %3</numerusform>
            <numerusform>%n items of the backup data of &quot;%1&quot; could not be deleted (%2 recovery point(s) were): %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/instances/BackupDataDeletion.cpp" line="71"/>
        <source>Protection of the instance is stopped and what is left stays listed and restorable. Fix the cause named above, then stop protection with &quot;delete backup data&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::BackupInstancesPage</name>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="54"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="79"/>
        <source>Backup instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="59"/>
        <source>Each backup instance is one protected PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="63"/>
        <source>&amp;Configure backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="63"/>
        <source>Configure backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="64"/>
        <source>&amp;Backup now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="64"/>
        <source>Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="66"/>
        <source>Change &amp;policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="66"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="250"/>
        <source>Change policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="68"/>
        <source>&amp;Stop protection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="68"/>
        <source>Stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="70"/>
        <source>Res&amp;ume protection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="70"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="277"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="282"/>
        <source>Resume protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="92"/>
        <source>No backup instances yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="92"/>
        <source>Configure backup to protect a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="98"/>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="174"/>
        <source>Backup configured for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="191"/>
        <source>Backup not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="193"/>
        <source>The backup instance &quot;%1&quot; has no backup policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="194"/>
        <source>Remove the instance and configure backup again with a policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="207"/>
        <source>The backup engine is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="208"/>
        <source>Restart PgVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="234"/>
        <source>Protection not stopped completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="236"/>
        <source>Stopped protection of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="251"/>
        <source>Protect &quot;%1&quot; with the policy below. Future recovery points follow its schedule and retention; existing points keep their expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="260"/>
        <source>Policy not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="264"/>
        <source>&quot;%1&quot; now follows policy &quot;%2&quot;; existing points keep their expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="353"/>
        <source>Protection of this backup instance is stopped: resume protection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="356"/>
        <source>Select a backup instance whose protection is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="387"/>
        <source>Recovery point not undeleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="390"/>
        <source>Undeleted the recovery point of %1 of &quot;%2&quot;; it expires %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="311"/>
        <source>Backing up &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="278"/>
        <source>Stopping protection took the password of %1 out of the keychain. Enter it to back up &quot;%2&quot; again as its policy says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="285"/>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="295"/>
        <source>Protection not resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="287"/>
        <source>No password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="288"/>
        <source>Enter the password of the server&apos;s user, then resume again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="298"/>
        <source>Resumed protection of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="313"/>
        <source>Backup of &quot;%1&quot; started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="321"/>
        <source>Backing up &quot;%1&quot;: %2 written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="332"/>
        <source>Backup of &quot;%1&quot;: %2. Jobs shows every detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="334"/>
        <source>Backup of &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="337"/>
        <source>Backup instances not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupInstancesPage.cpp" line="347"/>
        <source>Select a backup instance first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::BackupNowDialog</name>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="23"/>
        <source>Backup Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="25"/>
        <source>Back up &lt;b&gt;%1&lt;/b&gt; (%2) now, outside the schedule of the policy &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="33"/>
        <source>Retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="43"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="51"/>
        <source>The recovery point is kept as long as the chosen rule says, counted from the backup&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="62"/>
        <source>&amp;Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="63"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="100"/>
        <source>Starting the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/BackupNowDialog.cpp" line="116"/>
        <source>The backup did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::BackupPolicy</name>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="62"/>
        <source>Enter a policy name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="64"/>
        <source>The policy name must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="66"/>
        <source>The policy name must be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="71"/>
        <source>The policy name can contain only letters, digits and hyphens; spaces are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="72"/>
        <source>The policy name can contain only letters, digits and hyphens; &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="84"/>
        <source>Select at least one weekday for the backup schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="91"/>
        <source>Enter the time at which backups start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="98"/>
        <source>Choose the time zone of the backup schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="109"/>
        <source>The policy has no Default retention rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="110"/>
        <source>Add a Default rule: it keeps every backup no other rule keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="115"/>
        <source>The policy has %1 %2 retention rules; it may have only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="118"/>
        <source>Remove the extra rules or edit the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="126"/>
        <source>%1 retention of %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="127"/>
        <source>Choose a duration from 7 days to 10 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/BackupPolicy.cpp" line="139"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::BackupRunner</name>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="49"/>
        <source>Backing up %1 (%2) into a new recovery point.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/BackupRunner.cpp" line="221"/>
        <source>Warning: %n recovery point(s) of this instance are dated after this backup (%1): the system clock was ahead when they were taken. They are kept, but not counted among the newest points that expiry always keeps.
</source>
        <translation>
            <numerusform>Warning: %n recovery point of this instance is dated after this backup (%1): the system clock was ahead when it was taken. It is kept, but not counted among the newest points that expiry always keeps.
</numerusform>
            <numerusform>Warning: %n recovery points of this instance are dated after this backup (%1): the system clock was ahead when they were taken. They are kept, but not counted among the newest points that expiry always keeps.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="258"/>
        <source>Recovery point %1 committed: tag %2, expires %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="97"/>
        <source>The recovery point is safe in the vault; rebuild the catalog to list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="52"/>
        <source>No recovery point was created.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/BackupRunner.cpp" line="132"/>
        <source>Removed %n leftover(s) of interrupted backups.
</source>
        <translation>
            <numerusform>Removed %n leftover of interrupted backups.
</numerusform>
            <numerusform>Removed %n leftovers of interrupted backups.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="137"/>
        <source>Warning: the recovery points missing from the catalog cannot be indexed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/BackupRunner.cpp" line="140"/>
        <source>Indexed %n recovery point(s) that were in the vault but not in the catalog: %1.
</source>
        <translation>
            <numerusform>Indexed %n recovery point that was in the vault but not in the catalog: %1.
</numerusform>
            <numerusform>Indexed %n recovery points that were in the vault but not in the catalog: %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="157"/>
        <source>The server has no databases to dump; the point holds roles, tablespaces and schema.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="164"/>
        <source>User &quot;%1&quot; may not connect to these databases: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/BackupRunner.cpp" line="166"/>
        <source>Grant CONNECT on them to the user, or back up with a user that may connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/BackupRunner.cpp" line="171"/>
        <source>Server PostgreSQL %1, %n database(s), pg_dump %2.
</source>
        <translation>
            <numerusform>Server PostgreSQL %1, %n database, pg_dump %2.
</numerusform>
            <numerusform>Server PostgreSQL %1, %n databases, pg_dump %2.
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/BlockStreamer.cpp" line="167"/>
        <source>The data block %1 of %2 ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/BlockStreamer.cpp" line="168"/>
        <source>Use another recovery point and check the vault&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Catalog</name>
    <message>
        <location filename="../models/Catalog.cpp" line="223"/>
        <source>The catalog folder %1 does not exist or is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="225"/>
        <source>Create the folder, or choose another PgVault home (the PGVAULT_HOME environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="232"/>
        <source>The catalog %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="233"/>
        <source>Give your user write permission on the file and its folder, or choose another PgVault home with --home or PGVAULT_HOME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="244"/>
        <source>The Qt SQLite driver (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="245"/>
        <source>Install the Qt 6 SQL SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="249"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="289"/>
        <source>run &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="292"/>
        <location filename="../models/Catalog.cpp" line="297"/>
        <source>switch to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="298"/>
        <source>the journal mode stayed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="308"/>
        <location filename="../models/Catalog.cpp" line="338"/>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="312"/>
        <source>The catalog %1 has schema version %2; this PgVault knows only up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="316"/>
        <source>Use the newer PgVault that last opened this catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="332"/>
        <source>start a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="347"/>
        <source>apply schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="351"/>
        <source>record schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="353"/>
        <source>commit schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="361"/>
        <source>Could not %1 in the catalog %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Catalog.cpp" line="362"/>
        <source>Check that the file is a PgVault catalog, that your user may write it and its folder, and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::CatalogRebuilder</name>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="141"/>
        <source>vault &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="157"/>
        <source>%1: holds recovery points of backup instance %2, which the catalog does not know; they stay in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="160"/>
        <source>Add the backup instance again with its old id, or remove the folder from the vault if the points are no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="171"/>
        <source>backup instance &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="203"/>
        <source>%1: recovery point %2 has the unknown retention tag &quot;%3&quot;; it is left out of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CatalogRebuilder.cpp" line="205"/>
        <source>Verify the recovery point to see what is wrong with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ClockCheck</name>
    <message>
        <location filename="../engine/jobs/ClockCheck.cpp" line="19"/>
        <source>The system clock says %1, %2 days after the last time PgVault can vouch for (%3, from its jobs, recovery points and agent heartbeats). Expiry deleted nothing: by a clock that jumped ahead it would delete recovery points that have not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ClockCheck.cpp" line="25"/>
        <source>Check the system clock (&quot;timedatectl status&quot;). Expiry resumes by itself once the clock is back within %1 days of %2. If the clock is right and this machine was switched off that long, run &quot;pgvaultctl prune --trust-clock&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ClockTrustRepository</name>
    <message>
        <location filename="../models/ClockTrustRepository.cpp" line="18"/>
        <source>read the clock check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ClockTrustRepository.cpp" line="35"/>
        <source>record the clock check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::CompressedFileReader</name>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="29"/>
        <source>The file was changed or damaged after the backup; use another recovery point and check the vault&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="37"/>
        <source>%1 decompresses to more than the manifest&apos;s %2 bytes; PgVault stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="40"/>
        <source>The file or its manifest was changed after the backup; do not use this recovery point, take a new backup and check the vault&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="55"/>
        <source>Cannot allocate the decompressor for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="56"/>
        <source>Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="71"/>
        <source>Reading %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="72"/>
        <source>Check that the vault&apos;s disk or share is available, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="99"/>
        <source>The disk receiving the restore is full while restoring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="100"/>
        <source>Free space on that disk or restore somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="104"/>
        <source>Writing the restored data of %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="105"/>
        <source>Check the restore target, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="121"/>
        <source>%1 has %2 bytes but the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="130"/>
        <source>%1 does not match its SHA-256 checksum in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="136"/>
        <source>the compressed data ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="137"/>
        <source>it holds %1 bytes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="141"/>
        <source>%1 matches the manifest but cannot be decompressed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileReader.cpp" line="142"/>
        <source>The backup wrote a damaged file; use another recovery point and check the machine&apos;s memory and disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::CompressedFileWriter</name>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="37"/>
        <source>This is a bug or an out-of-memory condition; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="56"/>
        <source>Cannot allocate the compressor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="61"/>
        <source>Compression level %1 is outside zstd&apos;s range %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="65"/>
        <source>Choose a level from %1 to %2; 3 is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="80"/>
        <source>Cannot start the SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="101"/>
        <source>%1 was written after it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="114"/>
        <source>%1 was finished twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="122"/>
        <source>Cannot finish the SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="138"/>
        <source>Compressing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/CompressedFileWriter.cpp" line="154"/>
        <source>Cannot update the SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigureBackupWizard</name>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="18"/>
        <source>Configure Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="21"/>
        <source>&amp;Configure backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="22"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="23"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBackupWizard.cpp" line="24"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigureBasicsPage</name>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="16"/>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="17"/>
        <source>Choose what to protect and the vault that keeps its recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="21"/>
        <source>Datasource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="23"/>
        <source>Azure Database for PostgreSQL flexible servers / PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="27"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="32"/>
        <source>&amp;Datasource type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="34"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="55"/>
        <source>%1 (created on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="91"/>
        <source>No vault is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureBasicsPage.cpp" line="92"/>
        <source>Recovery points are stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigureDatasourcesPage</name>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="39"/>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="45"/>
        <source>Datasources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="46"/>
        <source>Enter the PostgreSQL server to protect, then validate that PgVault can back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="49"/>
        <source>Backup instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="50"/>
        <source>for example orders-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="52"/>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="53"/>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="55"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="58"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="60"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="62"/>
        <source>Stored only in the system keychain, never in PgVault&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="64"/>
        <source>TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="68"/>
        <source>Validate readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="78"/>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="97"/>
        <source>Databases found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="90"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="91"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="92"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="93"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="94"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="95"/>
        <source>&amp;TLS mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="109"/>
        <source>Backup readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="192"/>
        <source>A backup instance named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="193"/>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="228"/>
        <source>Correct the fields marked above, then validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="235"/>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="265"/>
        <source>Checking the server and the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="245"/>
        <source>&amp;Revalidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="246"/>
        <source>Revalidate readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="251"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="267"/>
        <source>Validate to check the connection, the versions, the privileges and the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="269"/>
        <source>The input changed since the last validation: revalidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="271"/>
        <source>Ready: PgVault can back up this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureDatasourcesPage.cpp" line="273"/>
        <source>Not ready: fix what failed below, then revalidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigurePolicyPage</name>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="24"/>
        <source>C&amp;reate new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="25"/>
        <source>There is no backup policy yet: create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="27"/>
        <source>Backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="28"/>
        <source>Choose when the server is backed up and how long its recovery points are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="37"/>
        <source>Backup policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="40"/>
        <source>&amp;Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigurePolicyPage.cpp" line="43"/>
        <source>Create new policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ConfigureReviewPage</name>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="17"/>
        <source>Review + configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="18"/>
        <source>Check the settings, then configure backup. The password goes to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="25"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="51"/>
        <source>Backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="52"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="53"/>
        <source>TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="54"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="54"/>
        <source>saved in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="55"/>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="55"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="56"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="57"/>
        <source>Backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="58"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="59"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="73"/>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ConfigureReviewPage.cpp" line="82"/>
        <source>Backup was not configured and nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::CreateVaultDialog</name>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="24"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="31"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="33"/>
        <source>A local vault is a folder that holds recovery points. Choose a new or empty folder, or an existing PgVault vault that is not registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="39"/>
        <source>Vault name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="40"/>
        <source>e.g. nas-backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="43"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="45"/>
        <source>Browse for the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="55"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="57"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="69"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="71"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="115"/>
        <source>Choose the vault&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="128"/>
        <source>Enter the folder&apos;s full path, or choose it with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/CreateVaultDialog.cpp" line="143"/>
        <source>Create is not available yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Credentials</name>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="152"/>
        <source>No secret is stored in the system keychain under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="153"/>
        <source>Enter the vault key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="153"/>
        <source>Enter the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="156"/>
        <source>The system keychain is not reachable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="157"/>
        <source>Start gnome-keyring or KWallet (a Secret Service provider) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="160"/>
        <source>The system keychain denied access to &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="161"/>
        <source>Unlock the keychain (for example the login keyring) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="164"/>
        <source>The system keychain failed for &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/Credentials.cpp" line="165"/>
        <source>Retry; if it keeps failing, restart the keychain service (gnome-keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::AgentCommand</name>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="27"/>
        <source>Run the scheduler agent: start each backup instance&apos;s scheduled backups when due (a backup missed while the agent was not running runs once at start, for the latest missed slot), delete expired recovery points by Delete jobs (never the %1 newest of an instance, and nothing while the system clock is far ahead of the last time PgVault can vouch for; see &quot;prune --trust-clock&quot;), and mark jobs of processes that died as Failed. Checks the catalog at least every minute. Each new alert (a failed job, a backup overdue for its schedule) is logged as a warning, shown as a desktop notification when a session bus is there, and passed to the alert command if one is set; each only once. SIGTERM or SIGINT cancels running backups (their partial points are removed; they run again at the next start) and exits. Logs go to standard error and to pgvault.log in the home&apos;s logs folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="38"/>
        <source>Do what is due now, wait for the backups it started, and exit (1 if any failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="41"/>
        <source>Run this command for each new alert (a failed job, a backup overdue), instead of the one set with &quot;alerts set-command&quot;. It runs without a shell, gets the alert in PGVAULT_ALERT_* environment variables and as JSON on standard input, and is killed after %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="45"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="54"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="60"/>
        <source>The alert command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="61"/>
        <source>Give a program and its arguments, e.g. --on-alert &quot;/usr/local/bin/notify-team&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="71"/>
        <source>Cannot write the log in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="72"/>
        <source>Check the permissions of the PgVault home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="95"/>
        <source>Cannot set up signal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AgentCommand.cpp" line="95"/>
        <source>Check the system&apos;s limits on open files.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="43"/>
        <source>&quot;%1&quot; is not an alerts command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="50"/>
        <source>List the active alerts: per backup instance, the newest backup, verification, restore or expiry job that failed (until the next one of its kind succeeds), and a backup overdue for the instance&apos;s schedule (no successful backup since a scheduled run plus a grace of half the interval to the next run, at least an hour). The agent delivers each new alert once: a warning in its log, a desktop notification and the alert command. Exit code 0 also when alerts are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="56"/>
        <source>Output format: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="56"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="63"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="63"/>
        <source>Use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="80"/>
        <source>No active alerts.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>SINCE (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="83"/>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="100"/>
        <source>Set the command the agent runs for each new alert, as one argument: a program and its arguments (&quot;/usr/local/bin/notify-team --channel ops&quot;). It runs without a shell, with the alert in the environment variables PGVAULT_ALERT_KIND, PGVAULT_ALERT_INSTANCE, PGVAULT_ALERT_MESSAGE, PGVAULT_ALERT_REMEDY, PGVAULT_ALERT_SINCE, PGVAULT_ALERT_JOB_ID, PGVAULT_ALERT_OPERATION and PGVAULT_ALERT_ERROR_CODE and as one JSON object on standard input, and is killed after %1 seconds. The command is stored in the catalog: put no password or token in it; let the script read those from its own protected file. &quot;agent --on-alert&quot; overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="113"/>
        <source>The alert command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="114"/>
        <source>Give a program and its arguments, or remove the command with &quot;pgvaultctl alerts clear-command&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="122"/>
        <source>The agent runs &quot;%1&quot; for each new alert.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="129"/>
        <source>Show the command the agent runs for each new alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="140"/>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="158"/>
        <source>No alert command is set.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/AlertsCommand.cpp" line="149"/>
        <source>Remove the alert command: the agent then only logs and notifies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::BackupNowCommand</name>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="23"/>
        <source>Back up a backup instance now, in the foreground: every database, the roles, tablespaces and schema become one recovery point in the instance&apos;s vault. Without --rule the point is tagged as a scheduled backup at this moment would be; with --rule it takes that retention rule. Exit 0 once the point is committed, 1 if the backup failed or was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="29"/>
        <source>Retention rule for the point: Default, Weekly, Monthly or Yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="29"/>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="31"/>
        <source>Databases dumped at once (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="31"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="40"/>
        <source>Not a number from 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="40"/>
        <source>Give e.g. --parallel 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="63"/>
        <source>The policy &quot;%1&quot; has no retention rule &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="64"/>
        <source>Choose one of its rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="70"/>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="79"/>
        <source>Recovery point %1 committed: tag %2, expires %3 (UTC). Job %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="89"/>
        <source>Backup job %1 was cancelled; no recovery point was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="90"/>
        <source>Run the backup again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="93"/>
        <source>Backup job %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="94"/>
        <source>See the job&apos;s output with &quot;pgvaultctl job show %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/BackupNowCommand.cpp" line="97"/>
        <source>Backup job %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::CatalogCommands</name>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="16"/>
        <source>  catalog rebuild Re-create the catalog&apos;s recovery points from the vaults&apos; manifests.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="25"/>
        <source>Usage: pgvaultctl catalog &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="29"/>
        <source>No catalog command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="29"/>
        <source>&quot;%1&quot; is not a catalog command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="37"/>
        <source>Re-create the catalog&apos;s recovery points from the manifests in every registered vault: the vault is the truth. Points whose manifest is gone are removed from the catalog; a manifest that cannot be read or trusted is reported and its catalog entry kept. Exit code 1 when anything was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="47"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="59"/>
        <source>Read %n vault(s)</source>
        <translation>
            <numerusform>Read %n vault</numerusform>
            <numerusform>Read %n vaults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="59"/>
        <source>, %n backup instance(s)</source>
        <translation>
            <numerusform>, %n backup instance</numerusform>
            <numerusform>, %n backup instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="60"/>
        <source> and %n recovery point(s).</source>
        <translation>
            <numerusform> and %n recovery point.</numerusform>
            <numerusform> and %n recovery points.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="61"/>
        <source>Catalog: %1 added, %2 updated, %3 unchanged, %4 removed (manifest gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="68"/>
        <source>Kept %n catalog point(s) whose manifest cannot be read or trusted.</source>
        <translation>
            <numerusform>Kept %n catalog point whose manifest cannot be read or trusted.</numerusform>
            <numerusform>Kept %n catalog points whose manifest cannot be read or trusted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/CatalogCommands.cpp" line="71"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::CommandLine</name>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="22"/>
        <source>PgVault home folder holding the catalog (default: $PGVAULT_HOME, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="25"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="44"/>
        <source>The folder name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="44"/>
        <source>Give a folder, e.g. --home ~/pgvault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="54"/>
        <source>Cannot create the PgVault home folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="55"/>
        <source>Check the permissions of its parent folder, or choose another with --home or PGVAULT_HOME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="91"/>
        <source>warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="111"/>
        <source>Usage: pgvaultctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/CommandLine.cpp" line="118"/>
        <source>Run &quot;%1 --help&quot; for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::ForegroundJob</name>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="33"/>
        <source>pgvaultctl: %1 %2: %3% (%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="51"/>
        <source>pgvaultctl: cancelling the %1 job (interrupt again to quit at once).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="52"/>
        <source>pgvaultctl: cancelling %1 job %2 (interrupt again to quit at once).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="65"/>
        <source>pgvaultctl: started %1 job %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="79"/>
        <source>Job %1 ended, but its record cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="80"/>
        <source>Check the catalog with &quot;pgvaultctl jobs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/ForegroundJob.cpp" line="99"/>
        <source>Ctrl+C or SIGTERM cancels the job: its PostgreSQL programs are stopped, nothing half-done is kept and the job ends Cancelled; a second Ctrl+C quits at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::InstanceCommands</name>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="90"/>
        <source>Usage: pgvaultctl instance &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="94"/>
        <source>No instance command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="94"/>
        <source>&quot;%1&quot; is not an instance command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="116"/>
        <source>Add a backup instance: a PostgreSQL server, the policy that protects it and the vault that keeps its recovery points. The password is read from standard input and stored in the OS keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="118"/>
        <source>Server host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="118"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="120"/>
        <source>Server port (default 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="120"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="121"/>
        <source>PostgreSQL user to connect as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="121"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="124"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="126"/>
        <source>Backup policy name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="126"/>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="128"/>
        <source>Vault name (default: local, created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="128"/>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>VAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="130"/>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="317"/>
        <source>Read the password from standard input (first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="139"/>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="123"/>
        <source>TLS mode: %1 (default %2).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="173"/>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="335"/>
        <source>No password was read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="174"/>
        <source>Pipe the password in, e.g. printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | pgvaultctl instance add …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="181"/>
        <source>Added backup instance &quot;%1&quot; (%2) for %3, policy &quot;%4&quot;, vault &quot;%5&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="184"/>
        <source>Check it with &quot;pgvaultctl instance validate %1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="191"/>
        <source>List the backup instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="202"/>
        <source>No backup instances. Add one with &quot;pgvaultctl instance add&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>DATASOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="205"/>
        <source>PROTECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="220"/>
        <source>Show a backup instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="233"/>
        <source>Name:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="233"/>
        <source>Id:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="234"/>
        <source>Host:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="234"/>
        <source>Port:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="235"/>
        <source>User:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="235"/>
        <source>TLS mode:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="236"/>
        <source>Policy:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="236"/>
        <source>Vault:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="237"/>
        <source>Created:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="238"/>
        <source>Protection: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="240"/>
        <source>Password:   in the OS keychain under &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="242"/>
        <source>Stopped:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="243"/>
        <source>Password:   removed from the OS keychain; &quot;pgvaultctl instance resume&quot; asks for it again
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="252"/>
        <source>Stop protection of a backup instance: no more backups, and its password leaves the keychain. Retained recovery points stay listed and restorable; with --delete-data they and the instance are deleted. Refused while a job runs on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="256"/>
        <source>Keep the recovery points; they expire as the policy said when they were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="258"/>
        <source>Keep the recovery points; they never expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="260"/>
        <source>Delete every recovery point from the vault and the catalog, then the backup instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="268"/>
        <source>Say what becomes of the recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="269"/>
        <source>Give only one of the options for the recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="270"/>
        <source>Give exactly one of --retain-as-per-policy, --retain-forever or --delete-data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="291"/>
        <source>Stopped protection of &quot;%1&quot; and deleted its %n recovery point(s); the backup instance is removed.
</source>
        <translation>
            <numerusform>Stopped protection of &quot;%1&quot; and deleted its %n recovery point; the backup instance is removed.
</numerusform>
            <numerusform>Stopped protection of &quot;%1&quot; and deleted its %n recovery points; the backup instance is removed.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="298"/>
        <source>Stopped protection of &quot;%1&quot;; its recovery points in vault &quot;%2&quot; are retained forever and stay restorable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="303"/>
        <source>Stopped protection of &quot;%1&quot;; its recovery points in vault &quot;%2&quot; stay restorable until they expire as per policy.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="314"/>
        <source>Resume protection of a stopped backup instance. Its password, removed when protection stopped, is read from standard input into the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="324"/>
        <source>Missing --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="336"/>
        <source>Pipe the password in, e.g. printf &apos;%s\n&apos; &quot;$PGPASSWORD&quot; | pgvaultctl instance resume …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="344"/>
        <source>Resumed protection of &quot;%1&quot; with policy &quot;%2&quot;; its retained recovery points expire as their policy says again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="353"/>
        <source>Protect a backup instance with another policy. Future recovery points follow its schedule and retention; existing ones keep their expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceCommands.cpp" line="373"/>
        <source>Backup instance &quot;%1&quot; now follows policy &quot;%2&quot; (was &quot;%3&quot;). Future recovery points follow its schedule and retention; existing points keep their expiry.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::InstanceValidateCommand</name>
    <message>
        <location filename="../app/pgvaultctl/InstanceValidateCommand.cpp" line="41"/>
        <source>Check that a backup instance is ready: its password in the keychain, the connection, a pg_dump able to dump the server, privileges to read every table, a writable vault with room for the dump (a warning only). Exit 1 if a check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/InstanceValidateCommand.cpp" line="74"/>
        <source>%n check(s) failed for backup instance &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n check failed for backup instance &quot;%1&quot;.</numerusform>
            <numerusform>%n checks failed for backup instance &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceValidateCommand.cpp" line="75"/>
        <source>Fix what the failed checks say and run &quot;pgvaultctl instance validate %1&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/InstanceValidateCommand.cpp" line="78"/>
        <source>Backup instance &quot;%1&quot; is ready.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="34"/>
        <source>Usage: pgvaultctl job &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="38"/>
        <source>No job command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="38"/>
        <source>&quot;%1&quot; is not a job command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="46"/>
        <source>Ask a running job to stop. A backup kills its dumps and removes the partial recovery point, then ends Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="60"/>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="102"/>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="61"/>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="103"/>
        <source>List the jobs with &quot;pgvaultctl jobs&quot; and copy the job&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="66"/>
        <source>Cancellation of job %1 requested; it stops within seconds.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="82"/>
        <source>Show one job: its fields, sub-tasks, error and the tools&apos; output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="84"/>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="84"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="92"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="92"/>
        <source>Use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="114"/>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="115"/>
        <source>Activity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="116"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="118"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="119"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="120"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="121"/>
        <source>Backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="122"/>
        <source>Datasource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="123"/>
        <source>Datasource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="124"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="125"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="126"/>
        <source>Retention tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="127"/>
        <source>Data transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="128"/>
        <source>Recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="140"/>
        <source>Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="142"/>
        <source>Recommended action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="145"/>
        <source>Sub-tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobCommands.cpp" line="154"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::JobsCommand</name>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="69"/>
        <source>List the jobs that started in a time window, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="71"/>
        <source>How far back: 24h (default), 7d, 30m, 2w or an ISO 8601 duration such as P30D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="72"/>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="75"/>
        <source>Only jobs with this status: InProgress, Completed, CompletedWithWarnings, Failed, Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="76"/>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="78"/>
        <source>Only this operation: ScheduledBackup, OnDemandBackup, Restore, Delete, Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="79"/>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>OPERATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="81"/>
        <source>Only the jobs of this backup instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="81"/>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="83"/>
        <source>Output format: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="83"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="92"/>
        <source>&quot;%1&quot; is not a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="93"/>
        <source>Use a number with m, h, d or w (24h, 7d) or an ISO 8601 duration (P7D, PT12H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="100"/>
        <source>&quot;%1&quot; is not a job status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="101"/>
        <source>Use InProgress, Completed, CompletedWithWarnings, Failed or Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="106"/>
        <source>&quot;%1&quot; is not an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="107"/>
        <source>Use ScheduledBackup, OnDemandBackup, Restore, Delete or Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="113"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="113"/>
        <source>Use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="153"/>
        <source>No jobs in this window. Look further back with --since 7d.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>START (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/JobsCommand.cpp" line="159"/>
        <source>DATA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PointArgument</name>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="31"/>
        <source>Run &quot;pgvaultctl point undelete %1&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="41"/>
        <source>The backup instance &quot;%1&quot; has no recovery point &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="42"/>
        <source>List its points with &quot;pgvaultctl points %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="91"/>
        <source>There is no deleted recovery point &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="92"/>
        <source>List the deleted points with &quot;pgvaultctl points --deleted&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="22"/>
        <source>&quot;%1&quot; matches %n recovery point(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n recovery point.</numerusform>
            <numerusform>&quot;%1&quot; matches %n recovery points.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointArgument.cpp" line="23"/>
        <source>Give more characters of the id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PointCommands</name>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="18"/>
        <source>  point undelete  Bring back a deleted recovery point before it is purged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="27"/>
        <source>Usage: pgvaultctl point &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="31"/>
        <source>No point command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="31"/>
        <source>&quot;%1&quot; is not a point command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="40"/>
        <source>Bring back a deleted recovery point (see &quot;pgvaultctl points --deleted&quot;), so it can be restored and verified again. POINT is its id or the id&apos;s first characters. It keeps its expiry, but at least %n day(s) from now, so the next expiry pass does not delete it again at once.</source>
        <translation>
            <numerusform>Bring back a deleted recovery point (see &quot;pgvaultctl points --deleted&quot;), so it can be restored and verified again. POINT is its id or the id&apos;s first characters. It keeps its expiry, but at least %n day from now, so the next expiry pass does not delete it again at once.</numerusform>
            <numerusform>Bring back a deleted recovery point (see &quot;pgvaultctl points --deleted&quot;), so it can be restored and verified again. POINT is its id or the id&apos;s first characters. It keeps its expiry, but at least %n days from now, so the next expiry pass does not delete it again at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="61"/>
        <source>Undeleted recovery point %1. Its own expiry had passed (or was less than %n day(s) away), so it now expires %2 (UTC); after that expiry deletes it again unless it is among the newest an instance keeps.
</source>
        <translation>
            <numerusform>Undeleted recovery point %1. Its own expiry had passed (or was less than %n day away), so it now expires %2 (UTC); after that expiry deletes it again unless it is among the newest an instance keeps.
</numerusform>
            <numerusform>Undeleted recovery point %1. Its own expiry had passed (or was less than %n days away), so it now expires %2 (UTC); after that expiry deletes it again unless it is among the newest an instance keeps.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointCommands.cpp" line="69"/>
        <source>Undeleted recovery point %1. It expires %2 (UTC), as before.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PointsCommand</name>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="104"/>
        <source>List the recovery points of a backup instance, newest first: id, time (UTC), retention tag, expiry (UTC), stored size, databases and state. Points dated after now (taken while the clock was ahead) are marked future-dated and warned about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="109"/>
        <source>Output format: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="109"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="132"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="132"/>
        <source>Use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="157"/>
        <source>%n recovery point(s) are dated after the system clock&apos;s now (%1): %2. The clock was ahead when they were taken, or is behind now. They are kept, but not counted as the newest for scheduling or among the points that expiry always keeps.</source>
        <translation>
            <numerusform>%n recovery point is dated after the system clock&apos;s now (%1): %2. The clock was ahead when it was taken, or is behind now. It is kept, but not counted as the newest for scheduling or among the points that expiry always keeps.</numerusform>
            <numerusform>%n recovery points are dated after the system clock&apos;s now (%1): %2. The clock was ahead when they were taken, or is behind now. They are kept, but not counted as the newest for scheduling or among the points that expiry always keeps.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="163"/>
        <source>Check the system clock (&quot;timedatectl status&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="186"/>
        <source>No recovery points for &quot;%1&quot; yet. Take one with &quot;pgvaultctl backup-now %1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="73"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="68"/>
        <source>No deleted recovery points for &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="69"/>
        <source>No deleted recovery points.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="74"/>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="75"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="76"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="77"/>
        <source>DELETED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="78"/>
        <source>PURGED ON (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="92"/>
        <source>Bring one back with &quot;pgvaultctl point undelete POINT&quot; before it is purged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="112"/>
        <source>List the deleted recovery points instead (of INSTANCE, or of every instance without it), with when they were deleted and when they are purged. &quot;pgvaultctl point undelete POINT&quot; brings one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="125"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="128"/>
        <source>Missing the INSTANCE argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>EXPIRY (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="197"/>
        <source>never (retained forever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="79"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="80"/>
        <location filename="../app/pgvaultctl/PointsCommand.cpp" line="192"/>
        <source>DATABASES</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PolicyArguments</name>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="36"/>
        <source>Use Sun, Mon, Tue, Wed, Thu, Fri, Sat (or the full English names) separated by commas, e.g. %1 Sun,Wed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="52"/>
        <source>&quot;%1&quot; is not a weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="58"/>
        <source>No weekday given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="69"/>
        <source>&quot;%1&quot; is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="70"/>
        <source>Use the 24-hour clock as HH:MM, e.g. %1 22:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="80"/>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="81"/>
        <source>Use an IANA id such as Europe/Berlin, a Windows id such as &quot;W. Europe Standard Time&quot;, or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="92"/>
        <source>&quot;%1&quot; is not a retention duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="93"/>
        <source>Use an ISO 8601 duration of days, weeks, months or years from 7 days to 10 years, e.g. P30D, P12W, P6M or P10Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="106"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyArguments.cpp" line="106"/>
        <source>Use YYYY-MM-DD, e.g. %1 2024-01-31.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="60"/>
        <source>Usage: pgvaultctl policy &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="61"/>
        <source>
Run &quot;pgvaultctl policy &lt;command&gt; --help&quot; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="66"/>
        <source>No policy command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="69"/>
        <source>&quot;%1&quot; is not a policy command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="98"/>
        <source>Missing the %1 argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="99"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="132"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="280"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="108"/>
        <source>Create a backup policy. Its Default rule keeps every backup no other rule keeps; --weekly, --monthly and --yearly add rules for the first successful backup of each week (Sunday-based), month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="112"/>
        <source>Policy name: 3-150 letters, digits, hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="112"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="182"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="294"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="113"/>
        <source>Weekdays to back up on, e.g. Sun,Wed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="113"/>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="114"/>
        <source>Start time, 24-hour HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="114"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="116"/>
        <source>Time zone: IANA (Europe/Berlin) or Windows (W. Europe Standard Time) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="117"/>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="119"/>
        <source>Default retention (default P10Y).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="119"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="121"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="123"/>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="125"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="121"/>
        <source>Keep each week&apos;s first backup this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="123"/>
        <source>Keep each month&apos;s first backup this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="125"/>
        <source>Keep each year&apos;s first backup this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="139"/>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="178"/>
        <source>Create a policy from an Azure Data Protection BackupPolicy JSON file (as &quot;az dataprotection backup-policy get-default-policy-template&quot; or &quot;policy export&quot; write it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="182"/>
        <source>Name for the policy, instead of the file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="185"/>
        <source>The policy JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="190"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="191"/>
        <source>Check the file name and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="212"/>
        <source>Created policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="217"/>
        <source>Give 3-150 letters, digits and hyphens with --name, e.g. --name weekly-pg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="230"/>
        <source>Write a policy as Azure BackupPolicy JSON, as &quot;az dataprotection backup-policy create --policy FILE&quot; accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="233"/>
        <source>Write to this new file instead of standard output; an existing file is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="235"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="238"/>
        <source>The policy to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="243"/>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="244"/>
        <source>Choose another file name, or remove the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="262"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="263"/>
        <source>Check that the folder exists, that you may write it and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="267"/>
        <source>Exported policy &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="274"/>
        <source>List the policies with their schedule, retention and backup instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="291"/>
        <source>No policies yet. Create one with &quot;pgvaultctl policy create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="294"/>
        <source>SCHEDULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="294"/>
        <source>RETENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="294"/>
        <source>INSTANCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="308"/>
        <source>Show a policy: schedule, retention rules and the instances using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="310"/>
        <source>The policy to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="322"/>
        <source>Name:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="323"/>
        <source>Id:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="324"/>
        <source>Created:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="325"/>
        <source>Datasource:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="326"/>
        <source>Schedule:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="327"/>
        <source>Time zone:   %1 (Azure: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="330"/>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="332"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="337"/>
        <source>Instances:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="337"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="344"/>
        <source>Delete a policy. A policy that backup instances use is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="346"/>
        <source>The policy to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyCommands.cpp" line="355"/>
        <source>Deleted policy &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PolicyPreviewCommand</name>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="33"/>
        <source>Show which retention tag and expiry each successful scheduled backup on the local dates --from to --until (inclusive, in the policy&apos;s time zone) would take, starting with no earlier backups. Times are UTC. The table also counts the backups of each tag still kept at the end of --until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="36"/>
        <source>The policy to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="37"/>
        <source>First local date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="37"/>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="38"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="38"/>
        <source>Last local date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="40"/>
        <source>Local dates whose backup fails and takes no tag, YYYY-MM-DD,…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="40"/>
        <source>DATES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="42"/>
        <source>table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="42"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="50"/>
        <source>Missing the NAME argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="51"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="57"/>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="68"/>
        <source>%1 is before --from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="69"/>
        <source>Give an --until date on or after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="79"/>
        <source>&quot;%1&quot; is not an output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="80"/>
        <source>Use table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="104"/>
        <source>TIME (UTC)            TAG      EXPIRY (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PolicyPreviewCommand.cpp" line="119"/>
        <source>Backups taken: %1. Kept at the end of %2 (%3): %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::PruneCommand</name>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="39"/>
        <source>Only this backup instance (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="40"/>
        <source>Show what would be deleted; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="43"/>
        <source>The system clock is right although it is far ahead of the last time PgVault can vouch for (the machine was switched off that long): trust it from now on, for the agent too, and prune by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="53"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="58"/>
        <source>--trust-clock changes what the agent does, which --dry-run never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="59"/>
        <source>Run &quot;pgvaultctl prune --dry-run&quot; first, then &quot;pgvaultctl prune --trust-clock&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="71"/>
        <source>Trusting the system clock (%1) from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="29"/>
        <source>Delete the recovery points whose retention has expired, each by a Delete job, as the agent does. In a vault with soft delete (&quot;pgvaultctl vault set NAME --soft-delete-days N&quot;) an expired point is moved to deleted, restorable by &quot;pgvaultctl point undelete&quot;, and purged once those days are over. The %1 newest recovery points of a backup instance are always kept. Nothing is deleted while the system clock is more than %2 days ahead of the last time PgVault can vouch for (its newest job, recovery point or agent heartbeat): a clock that jumped ahead would delete points that have not expired. Times are local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="79"/>
        <source>No recovery point has expired, and no deleted one is due for purging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>POINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>EXPIRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="84"/>
        <source>PURGED ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="102"/>
        <source>Would delete %n recovery point(s); nothing was changed.</source>
        <translation>
            <numerusform>Would delete %n recovery point; nothing was changed.</numerusform>
            <numerusform>Would delete %n recovery points; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="107"/>
        <source>Would move %n recovery point(s) to deleted, to be purged on the date shown.</source>
        <translation>
            <numerusform>Would move %n recovery point to deleted, to be purged on the date shown.</numerusform>
            <numerusform>Would move %n recovery points to deleted, to be purged on the date shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="111"/>
        <source>Would purge %n deleted recovery point(s).</source>
        <translation>
            <numerusform>Would purge %n deleted recovery point.</numerusform>
            <numerusform>Would purge %n deleted recovery points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="113"/>
        <source>Deleted %n recovery point(s).</source>
        <translation>
            <numerusform>Deleted %n recovery point.</numerusform>
            <numerusform>Deleted %n recovery points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="116"/>
        <source>Moved %n recovery point(s) to deleted; each is purged on the date shown unless it is undeleted before (&quot;pgvaultctl points --deleted&quot;, &quot;pgvaultctl point undelete POINT&quot;).</source>
        <translation>
            <numerusform>Moved %n recovery point to deleted; it is purged on the date shown unless it is undeleted before (&quot;pgvaultctl points --deleted&quot;, &quot;pgvaultctl point undelete POINT&quot;).</numerusform>
            <numerusform>Moved %n recovery points to deleted; each is purged on the date shown unless it is undeleted before (&quot;pgvaultctl points --deleted&quot;, &quot;pgvaultctl point undelete POINT&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="122"/>
        <source>Purged %n deleted recovery point(s).</source>
        <translation>
            <numerusform>Purged %n deleted recovery point.</numerusform>
            <numerusform>Purged %n deleted recovery points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="125"/>
        <source>Kept %n expired point(s): expiry always keeps the %1 newest recovery points of a backup instance.</source>
        <translation>
            <numerusform>Kept %n expired point: expiry always keeps the %1 newest recovery points of a backup instance.</numerusform>
            <numerusform>Kept %n expired points: expiry always keeps the %1 newest recovery points of a backup instance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/PruneCommand.cpp" line="133"/>
        <source>Kept %n expired point(s): the system clock is not trusted.</source>
        <translation>
            <numerusform>Kept %n expired point: the system clock is not trusted.</numerusform>
            <numerusform>Kept %n expired points: the system clock is not trusted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::RestoreCommand</name>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="39"/>
        <source>Restore as files into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="39"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="40"/>
        <source>Prefix of every restored file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="40"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="41"/>
        <source>Replace existing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="42"/>
        <source>Restore into a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="43"/>
        <source>Target server host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="43"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="45"/>
        <source>Target server port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="45"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="46"/>
        <source>Target user (needs CREATEDB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="46"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="48"/>
        <source>TLS mode: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="49"/>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="61"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="52"/>
        <source>Read the target password from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="54"/>
        <source>Restore only database SRC, as DST when given (repeatable). Without it every database of the point is restored under its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="56"/>
        <source>SRC[=DST]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="58"/>
        <source>pg_restore parallel jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="58"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="60"/>
        <source>skip (default) or apply the cleaned roles.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="63"/>
        <source>Drop and recreate target databases that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="65"/>
        <source>Only check that the restore can run; restore nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="90"/>
        <source>Choose exactly one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="91"/>
        <source>Give --to-folder DIR or --to-server with --host and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="101"/>
        <source>The target server needs a host and a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="102"/>
        <source>Give e.g. --host db.example.com --user admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="109"/>
        <source>Not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="109"/>
        <source>Give e.g. --port 5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="113"/>
        <source>Unknown TLS mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="114"/>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="210"/>
        <source>The recovery point %1 is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="211"/>
        <source>List the points with &quot;pgvaultctl points&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="217"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="218"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="225"/>
        <source>The restore can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="228"/>
        <source>The restore would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="236"/>
        <source>(--file-prefix, --overwrite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="238"/>
        <source>(--database SOURCE=TARGET, --clean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="240"/>
        <source>(--database SOURCE=TARGET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="242"/>
        <source>(--roles apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="119"/>
        <source>Not a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="27"/>
        <source>Restore a recovery point, in the foreground. POINT is a point id (or its first characters) or &quot;latest&quot;.
As files (--to-folder): one pg_restore-able custom-format dump per database, roles.sql, tablespace.sql, schema.sql and RESTORE.txt with the commands to use them; every file is checked against the manifest and existing files are refused unless --overwrite.
To a server (--to-server): creates each database (refusing existing ones unless --clean) and restores it with pg_restore; the target password is read from standard input (--password-stdin).
--validate-only runs the checks the restore wizard&apos;s Validate step runs (folder writable, free space, names free; or server reachable, target databases free) and restores nothing.
Exit 0 on success, 1 if the restore failed, 2 for bad input or an existing target (or a failed check with --validate-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="119"/>
        <source>Give e.g. --jobs 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="122"/>
        <source>Must be skip or apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="122"/>
        <source>Give --roles apply or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="129"/>
        <source>&quot;%1&quot; is not SRC or SRC=DST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="130"/>
        <source>Give e.g. --database sales=sales_copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="134"/>
        <source>The database &quot;%1&quot; is named more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="135"/>
        <source>Give each source database once, e.g. --database %1=%1_copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="148"/>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="149"/>
        <source>Pipe the password in, e.g. from a secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="171"/>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="177"/>
        <source>Recovery point %1 restored to %2. Job %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="189"/>
        <source>The restore failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="190"/>
        <source>See &quot;pgvaultctl job show %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="194"/>
        <source>Restore job %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="196"/>
        <source>was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="196"/>
        <location filename="../app/pgvaultctl/RestoreCommand.cpp" line="218"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="35"/>
        <source>Usage: pgvaultctl vault &lt;command&gt; [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="39"/>
        <source>No vault command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="39"/>
        <source>&quot;%1&quot; is not a vault command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="49"/>
        <source>How many days expired or deleted recovery points stay restorable by &quot;pgvaultctl point undelete&quot; before they are purged: 0 (delete at once) to %1, default %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="53"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="64"/>
        <source>&quot;%1&quot; is not a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="65"/>
        <source>Give 0 to %1, e.g. --soft-delete-days %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="81"/>
        <source>Create a local vault: a new or empty folder that will hold recovery points (vault.json records its format version and id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="83"/>
        <source>The vault&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="83"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="92"/>
        <source>Missing --path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="109"/>
        <source>Created vault &quot;%1&quot; (%2) at %3; it keeps deleted recovery points %n day(s).
</source>
        <translation>
            <numerusform>Created vault &quot;%1&quot; (%2) at %3; it keeps deleted recovery points %n day.
</numerusform>
            <numerusform>Created vault &quot;%1&quot; (%2) at %3; it keeps deleted recovery points %n days.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="120"/>
        <source>Change a vault&apos;s settings. --soft-delete-days applies to points deleted from now on; points already deleted keep their purge date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="129"/>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="146"/>
        <source>Vault &quot;%1&quot; now deletes expired recovery points at once.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="148"/>
        <source>Vault &quot;%1&quot; now keeps deleted recovery points %n day(s) before purging them.
</source>
        <translation>
            <numerusform>Vault &quot;%1&quot; now keeps deleted recovery points %n day before purging them.
</numerusform>
            <numerusform>Vault &quot;%1&quot; now keeps deleted recovery points %n days before purging them.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="177"/>
        <source>SOFT DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="180"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="180"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="158"/>
        <source>List the vaults in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="170"/>
        <source>No vaults yet; &quot;%1&quot; is created on first use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="176"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="176"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="177"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VaultCommands.cpp" line="177"/>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Ctl::VerifyCommand</name>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="21"/>
        <source>Verify a recovery point (default: the newest): re-read every file and check its size and SHA-256 against the manifest. With --test-restore also restore it into a scratch server (a temporary local cluster when the PostgreSQL server programs are installed, else --scratch-host) and compare every table&apos;s row count with the counts recorded at backup time. Exit 0 when the point passed, 1 when it failed or could not be checked, 2 for bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="28"/>
        <source>Also restore the point and compare row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="30"/>
        <source>Scratch server host (instead of a local cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="30"/>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="32"/>
        <source>Scratch server port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="32"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="34"/>
        <source>Scratch server user (needs CREATEDB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="34"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="36"/>
        <source>Scratch server TLS mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="36"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="38"/>
        <source>Read the scratch server&apos;s password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="49"/>
        <source>Give the instance and optionally a recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="58"/>
        <source>A scratch server is used only with --test-restore and needs --scratch-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="59"/>
        <source>Add --test-restore and --scratch-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="66"/>
        <source>Not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="66"/>
        <source>Give e.g. --scratch-port 5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="70"/>
        <source>Unknown TLS mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="71"/>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="77"/>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="78"/>
        <source>Pipe the password in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="98"/>
        <source>verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="105"/>
        <source>Recovery point %1 passed: every file matches its manifest and the test restore has the recorded row counts. Job %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="107"/>
        <source>Recovery point %1 passed: every file matches its manifest. Job %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="112"/>
        <source>The verification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="113"/>
        <source>See &quot;pgvaultctl job show %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerifyCommand.cpp" line="116"/>
        <source>Verify job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::DeleteRun</name>
    <message>
        <location filename="../engine/jobs/DeleteRun.cpp" line="43"/>
        <source>Moved recovery point %1 to deleted; it is purged on %2 unless it is undeleted before.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeleteRun.cpp" line="68"/>
        <source>The point was already gone from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeleteRun.cpp" line="72"/>
        <source>Purged deleted recovery point %1: its soft-delete days are over.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeleteRun.cpp" line="73"/>
        <source>Deleted recovery point %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::DeletedPoints</name>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="66"/>
        <source>There is no recovery point &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="67"/>
        <source>List the deleted recovery points and choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="74"/>
        <source>The recovery point %1 is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="75"/>
        <source>Only deleted recovery points can be undeleted; this one can be restored as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="103"/>
        <source>The recovery point %1 was purged or undeleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="104"/>
        <source>Refresh the list of recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="130"/>
        <source>The recovery point %1 is deleted; it is purged on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="131"/>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/DeletedPoints.cpp" line="132"/>
        <source>Undelete the recovery point first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::DesktopNotifier</name>
    <message>
        <location filename="../engine/alerts/DesktopNotifier.cpp" line="31"/>
        <source>PgVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/alerts/DesktopNotifier.cpp" line="31"/>
        <source>PgVault: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::DumpArchiveRewriter</name>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="62"/>
        <source>the archive ends inside its table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="103"/>
        <source>not a pg_dump custom-format archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="116"/>
        <source>archive version %1.%2 is not one this PgVault knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="120"/>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="132"/>
        <source>unexpected archive header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="196"/>
        <source>its table of contents is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="208"/>
        <source>unknown data block type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/DumpArchiveRewriter.cpp" line="238"/>
        <source>negative chunk length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::DumpProcess</name>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="48"/>
        <source>Cannot start %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="49"/>
        <source>Install the PostgreSQL client tools (apt-get install postgresql-client) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="101"/>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="102"/>
        <source>it crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="106"/>
        <source>%1 failed for %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/DumpProcess.cpp" line="107"/>
        <source>Check the tool output in the job details, fix the cause on the server (privileges, locks, disk) and run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Duration</name>
    <message>
        <location filename="../models/policies/Duration.cpp" line="30"/>
        <source>&quot;%1&quot; is not a duration PgVault understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="31"/>
        <source>Write one ISO 8601 count and unit, such as P7D, P12W, P6M or P10Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="38"/>
        <source>&quot;%1&quot; has a count of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="39"/>
        <source>Use a positive count, such as P7D or P10Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policies/Duration.cpp" line="78"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policies/Duration.cpp" line="80"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policies/Duration.cpp" line="82"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/policies/Duration.cpp" line="84"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="144"/>
        <source>is below 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/Duration.cpp" line="146"/>
        <source>is above 10 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ErrorLabel</name>
    <message>
        <location filename="../ui/ErrorLabel.cpp" line="15"/>
        <source>Validation message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ExpiryRunner</name>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="24"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="26"/>
        <source>would delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="28"/>
        <source>moved to deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="30"/>
        <source>would move to deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="32"/>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="34"/>
        <source>would purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="36"/>
        <source>kept (newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="38"/>
        <source>kept (minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="40"/>
        <source>kept (clock ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="42"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="44"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="78"/>
        <source>The backup instance &quot;%1&quot; has no vault in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="79"/>
        <source>Rebuild or repair the catalog (&quot;pgvaultctl catalog rebuild&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="321"/>
        <source>Kept deleted recovery point %1 (%2, %3), which is purged %4 by this clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/ExpiryRunner.cpp" line="328"/>
        <source>Kept recovery point %1 (%2, %3), which expires %4 by this clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceLeases</name>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="30"/>
        <location filename="../models/instances/InstanceLeases.cpp" line="38"/>
        <location filename="../models/instances/InstanceLeases.cpp" line="79"/>
        <source>claim the backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="57"/>
        <source>An operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="60"/>
        <source>%1 job %2 (started %3 by %4) is already running on this backup instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="62"/>
        <source>Wait for it to finish, or cancel it (in Jobs, or &quot;pgvaultctl job cancel %1&quot;); one operation runs at a time per backup instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="90"/>
        <source>renew the lease on the backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="94"/>
        <source>This job lost its lease on the backup instance; another process took it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="95"/>
        <source>The job stops; run it again when the other operation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceLeases.cpp" line="107"/>
        <source>release the backup instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceProtection</name>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="130"/>
        <source>The server %1, port %2, is already protected by the backup instance &quot;%3&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="134"/>
        <source>A server is protected once, with all its databases: back it up with &quot;%1&quot;, or stop protection of &quot;%1&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="252"/>
        <source>The backup instance &quot;%1&quot; is protected already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="253"/>
        <source>Nothing to resume: its backups run as its policy says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceReadiness</name>
    <message numerus="yes">
        <location filename="../engine/instances/InstanceReadiness.cpp" line="44"/>
        <source>%1 can read every table in %n database(s).</source>
        <translation>
            <numerusform>%1 can read every table in %n database.</numerusform>
            <numerusform>%1 can read every table in %n databases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/instances/InstanceReadiness.cpp" line="52"/>
        <source>%1 cannot read %n table(s): %2.</source>
        <translation>
            <numerusform>%1 cannot read %n table: %2.</numerusform>
            <numerusform>%1 cannot read %n tables: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="56"/>
        <source>%1 may not connect to: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="60"/>
        <source>%1 cannot read every table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="64"/>
        <source>Grant read access, for example &quot;GRANT pg_read_all_data TO %1;&quot; (PostgreSQL 14 or later) and CONNECT on every database, or connect as a user that owns the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="83"/>
        <source>Not checked: the vault cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="96"/>
        <source>The vault &quot;%1&quot; at %2 accepts writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="101"/>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="121"/>
        <source>Not checked: needs a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="106"/>
        <source>Only %1 free in the vault; the databases take %2 before compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="108"/>
        <source>Free space on the vault&apos;s disk, or choose another vault, before the first backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="113"/>
        <source>%1 free in the vault; the databases take %2 before compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="133"/>
        <source>Connected to %1:%2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="141"/>
        <source>Server version %1; the local pg_dump %2 can back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="168"/>
        <source>Not checked: needs the password from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="172"/>
        <source>Found in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="183"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="185"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="187"/>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="189"/>
        <source>Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="191"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceReadiness.cpp" line="193"/>
        <source>Free space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceRepository</name>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="54"/>
        <source>read the backup instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="104"/>
        <source>The backup instance name &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="105"/>
        <source>Use 1–63 letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="111"/>
        <source>The server host &quot;%1&quot; is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="112"/>
        <source>Enter the server&apos;s host name, IP address or Unix socket folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="118"/>
        <source>The port %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="119"/>
        <source>Enter a port from 1 to 65535; PostgreSQL listens on 5432 by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="125"/>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="126"/>
        <source>Enter the PostgreSQL user PgVault connects as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="132"/>
        <source>The TLS mode &quot;%1&quot; is not one PgVault knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="133"/>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="144"/>
        <location filename="../models/instances/InstanceRepository.cpp" line="170"/>
        <source>save the backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="190"/>
        <source>change the protection of the backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="199"/>
        <source>change the policy of the backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="208"/>
        <source>Protection stopped (retain as per policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="210"/>
        <source>Protection stopped (retained forever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="212"/>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="218"/>
        <source>Protection of the backup instance &quot;%1&quot; is stopped; it is not backed up any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="219"/>
        <source>Resume protection first (Backup instances &gt; Resume protection, or &quot;pgvaultctl instance resume %1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="229"/>
        <source>Choose one of the backup instances listed (Backup instances, or &quot;pgvaultctl instance list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="64"/>
        <location filename="../models/instances/InstanceRepository.cpp" line="150"/>
        <source>A backup instance named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/instances/InstanceProtection.cpp" line="65"/>
        <location filename="../models/instances/InstanceRepository.cpp" line="151"/>
        <source>Choose another name, or remove the existing instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="179"/>
        <source>remove the backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceRepository.cpp" line="228"/>
        <source>There is no backup instance named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::InstanceTableModel</name>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="81"/>
        <source>Protection configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="83"/>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="85"/>
        <source>Backup in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="87"/>
        <source>Protection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="89"/>
        <source>Protection stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="148"/>
        <source>(policy missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="153"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="154"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="157"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/instances/InstanceTableModel.cpp" line="172"/>
        <source>%n alert(s): %1</source>
        <translation>
            <numerusform>%n alert: %1</numerusform>
            <numerusform>%n alerts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="207"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="209"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="211"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="213"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="215"/>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="217"/>
        <source>Next scheduled run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="219"/>
        <source>Protection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/instances/InstanceTableModel.cpp" line="221"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::JobDetailsDialog</name>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="58"/>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="71"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="74"/>
        <source>Error code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="75"/>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="76"/>
        <source>Recommended action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="80"/>
        <source>Sub-task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="80"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="80"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="88"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="89"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="91"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="93"/>
        <source>Stop the job. A backup removes its partial recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="95"/>
        <source>Open vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="98"/>
        <source>Copy recovery point ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="151"/>
        <source>Job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="152"/>
        <source>Activity ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="153"/>
        <source>Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="154"/>
        <source>Triggered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="155"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="156"/>
        <source>Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="157"/>
        <source>End time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="158"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="160"/>
        <source>Backup instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="161"/>
        <source>Datasource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="162"/>
        <source>Datasource type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="163"/>
        <source>Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="164"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="165"/>
        <source>Retention tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="166"/>
        <source>Data transferred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="167"/>
        <source>Recovery point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="173"/>
        <source>Additional details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="174"/>
        <source>Sub-tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="193"/>
        <source>The tools wrote nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="194"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="198"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="223"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="228"/>
        <source>By a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="228"/>
        <source>By the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="230"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="233"/>
        <source>Still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="240"/>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="241"/>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="243"/>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="245"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="263"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="287"/>
        <source>Cancelling… the job stops within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="293"/>
        <source>Save job output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="293"/>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="298"/>
        <source>Could not save the output to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDetailsDialog.cpp" line="301"/>
        <source>Output saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::JobItemDelegate</name>
    <message>
        <location filename="../ui/jobs/JobItemDelegate.cpp" line="99"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobItemDelegate.cpp" line="103"/>
        <source>%1 · under a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobItemDelegate.cpp" line="107"/>
        <source>%1 · about %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobItemDelegate.cpp" line="108"/>
        <source>%1 · about %2 h %3 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::JobNotifier</name>
    <message>
        <location filename="../ui/jobs/JobNotifier.cpp" line="50"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobNotifier.cpp" line="51"/>
        <source>%1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobNotifier.cpp" line="53"/>
        <source>Click to see the job&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::JobRecorder</name>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="33"/>
        <source>The job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="33"/>
        <source>Start it again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="107"/>
        <source>Cancellation requested; stopping.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="133"/>
        <source>Completed with warnings: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="135"/>
        <source>Failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/JobRecorder.cpp" line="137"/>
        <source>Cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::JobRepository</name>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="162"/>
        <location filename="../models/jobs/JobRepository.cpp" line="174"/>
        <source>record the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="186"/>
        <location filename="../models/jobs/JobRepository.cpp" line="196"/>
        <location filename="../models/jobs/JobRepository.cpp" line="201"/>
        <source>update the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="220"/>
        <source>update the job&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="234"/>
        <source>record the job&apos;s sub-task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="245"/>
        <source>record the job&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="253"/>
        <location filename="../models/jobs/JobRepository.cpp" line="350"/>
        <source>read the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="264"/>
        <source>read the job&apos;s sub-tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="290"/>
        <location filename="../models/jobs/JobRepository.cpp" line="392"/>
        <location filename="../models/jobs/JobRepository.cpp" line="404"/>
        <source>read the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="305"/>
        <location filename="../models/jobs/JobRepository.cpp" line="318"/>
        <source>count the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="334"/>
        <source>request the job&apos;s cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="338"/>
        <source>Job %1 is not running, so it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="339"/>
        <source>Choose one of the running jobs (Jobs, or &quot;pgvaultctl jobs --status InProgress&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="377"/>
        <source>The process running this job stopped before the job finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="378"/>
        <source>Run the operation again. A backup that was interrupted left no recovery point; its leftovers are removed by the next backup of the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobRepository.cpp" line="382"/>
        <source>mark abandoned jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::JobTableModel</name>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="212"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="214"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="215"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="300"/>
        <source>Backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="302"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="304"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="306"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="308"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="310"/>
        <source>Data transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/JobTableModel.cpp" line="312"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::JobTypes</name>
    <message>
        <location filename="../models/jobs/Job.cpp" line="60"/>
        <source>On-demand backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="60"/>
        <source>Scheduled backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="62"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="64"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="66"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="75"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="77"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="79"/>
        <source>Completed with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="81"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobs/Job.cpp" line="83"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::JobsPage</name>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="60"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="115"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="115"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="115"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="115"/>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="122"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="125"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="130"/>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="142"/>
        <source>Time range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="323"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="325"/>
        <source>All: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="329"/>
        <source>The jobs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="333"/>
        <source>No jobs in this time range.
Backups, restores and expiry jobs appear here as they run; choose a longer time range to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="335"/>
        <source>No jobs match the filters in this time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="340"/>
        <source>Jobs shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobsPage.cpp" line="356"/>
        <source>All backup instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::LocalVaultStore</name>
    <message>
        <location filename="../engine/vault/LocalVaultFiles.cpp" line="31"/>
        <source>The vault folder %1 is not writable: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultFiles.cpp" line="32"/>
        <source>Give the user running PgVault write access to it (or mount it read-write), or choose another vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultFiles.cpp" line="58"/>
        <source>Reading %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultFiles.cpp" line="59"/>
        <source>Check that the vault&apos;s disk or share is available and readable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="37"/>
        <source>%1 was already written in this recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="38"/>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="65"/>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="119"/>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="131"/>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="155"/>
        <source>This is a bug in PgVault; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="63"/>
        <source>The manifest is for point %1 of instance %2, not %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="118"/>
        <source>Recovery point %1 was already committed or aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="130"/>
        <source>%1 was never created in this recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="153"/>
        <source>The manifest of %1 does not list exactly the files written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="162"/>
        <source>The recovery point %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalPointWriter.cpp" line="163"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="195"/>
        <source>Each backup needs a new point id; run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="50"/>
        <source>it is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="53"/>
        <source>The folder %1 is not empty and is not a PgVault vault (it has no %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="55"/>
        <source>Choose an empty folder, a new folder, or an existing vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="96"/>
        <source>%1 does not exist: the folder is not a PgVault vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="97"/>
        <source>Choose the folder that holds vault.json, or create a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="104"/>
        <source>%1 is damaged or not a PgVault vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="105"/>
        <source>Restore vault.json from a copy, or choose another vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="116"/>
        <source>The vault at %1 has format version %2; this PgVault reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="120"/>
        <source>Use a newer PgVault with this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="129"/>
        <source>it is missing or not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="151"/>
        <source>its disk&apos;s free space cannot be read</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="184"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="270"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="362"/>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="425"/>
        <source>point id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="194"/>
        <source>The recovery point %1 already exists or is being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="274"/>
        <source>The recovery point %1 cannot be trusted; remove it and take a new backup, and check the vault&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="282"/>
        <source>The folder %1 has no %2, so it is not a recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="299"/>
        <source>%1 describes point %2 of instance %3, not the folder it is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/vault/LocalVaultStore.cpp" line="316"/>
        <source>The vault still holds %n recovery point(s) of backup instance %1.</source>
        <translation>
            <numerusform>The vault still holds %n recovery point of backup instance %1.</numerusform>
            <numerusform>The vault still holds %n recovery points of backup instance %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="320"/>
        <source>Delete its recovery points first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="372"/>
        <source>The recovery point %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="373"/>
        <source>Refresh the list of recovery points; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="435"/>
        <source>%1 is missing from the recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/LocalVaultStore.cpp" line="436"/>
        <source>The recovery point is damaged; use another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="46"/>
        <source>PgVault — Business Continuity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Policies not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>Backup instances not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Backup instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Backup policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>Vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>Configure &amp;backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>Protect a PostgreSQL server: choose a vault and a policy, then validate the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>Backup &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>Select a backup instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Back up the selected instance now, with a retention rule you pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="209"/>
        <source>R&amp;estore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Restore a recovery point as files or to a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>Restore of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Create &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Create a backup policy: a weekly schedule and its retention rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PgTools</name>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="181"/>
        <source>The PostgreSQL client tools (pg_dump, pg_dumpall, pg_restore, psql) were not found on PATH or in /usr/lib/postgresql/*/bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="183"/>
        <source>Install them, e.g. &quot;apt-get install postgresql-client&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="198"/>
        <source>Install pg_dump %1 or newer: &quot;apt-get install %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="202"/>
        <source>Debian 12 ships only PostgreSQL %1 itself: add the PostgreSQL project&apos;s apt repository (PGDG, https://apt.postgresql.org) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="207"/>
        <source>The server runs PostgreSQL %1, but the newest pg_dump on this machine is %2 (%3), and pg_dump cannot back up a server newer than itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="218"/>
        <source>The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found on PATH or in /usr/lib/postgresql/*/bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="220"/>
        <source>Install them, e.g. &quot;apt-get install postgresql&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PgVersion</name>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="102"/>
        <source>Cannot read a PostgreSQL version from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/PgTools.cpp" line="103"/>
        <source>Check that the program is a PostgreSQL client tool.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PointDumps</name>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="52"/>
        <source>database &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="58"/>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="59"/>
        <source>tablespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="60"/>
        <source>schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="80"/>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="81"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="82"/>
        <source>Tablespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="83"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/PointDumps.cpp" line="227"/>
        <location filename="../engine/jobs/PointDumps.cpp" line="230"/>
        <source>Row counts of %1 not recorded: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PointExplanation</name>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="15"/>
        <location filename="../ui/instances/PointExplanation.cpp" line="17"/>
        <source>first successful backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="21"/>
        <source>first successful backup of the week starting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="26"/>
        <source>every successful backup not kept by another rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="34"/>
        <source>Chosen on demand: this backup was started with Backup now, and the %1 rule was picked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="37"/>
        <source>Default: it was not the first successful backup of a period another rule keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="39"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="44"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="47"/>
        <source>It also matched: %1. The %2 rule wins (Yearly beats Monthly beats Weekly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/PointExplanation.cpp" line="52"/>
        <source>Kept until %1, %2, then deleted by expiry (unless it is one of the %3 newest recovery points of the backup instance).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PointManifest</name>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="143"/>
        <source>The recovery point&apos;s manifest is damaged or was edited; use another recovery point and check the vault&apos;s storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="79"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="89"/>
        <location filename="../models/points/PointManifestJson.cpp" line="268"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="101"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="114"/>
        <source>&quot;%1&quot; is not an ISO 8601 time with a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="123"/>
        <location filename="../models/points/PointManifest.cpp" line="124"/>
        <location filename="../models/points/PointManifest.cpp" line="126"/>
        <location filename="../models/points/PointManifest.cpp" line="135"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="125"/>
        <source>is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="129"/>
        <source>%1 is not a zstd level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="137"/>
        <location filename="../models/points/PointManifest.cpp" line="147"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="152"/>
        <location filename="../models/points/PointManifest.cpp" line="177"/>
        <source>&quot;%1&quot; is not one of the point&apos;s databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="155"/>
        <source>&quot;%1&quot; is not the file name of database &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="159"/>
        <source>must be empty for this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="162"/>
        <source>must be &quot;%1&quot; for kind %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="165"/>
        <location filename="../models/points/PointManifest.cpp" line="167"/>
        <location filename="../models/points/PointManifest.cpp" line="180"/>
        <source>is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifest.cpp" line="170"/>
        <source>is not 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="205"/>
        <source>it is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="208"/>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="211"/>
        <source>The recovery point manifest cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="225"/>
        <source>formatVersion: the manifest has format version %1; this PgVault reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="228"/>
        <source>Use a newer PgVault to read this recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="235"/>
        <source>does not match the manifest&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="252"/>
        <location filename="../models/points/PointManifestJson.cpp" line="280"/>
        <location filename="../models/points/PointManifestJson.cpp" line="301"/>
        <location filename="../models/points/PointManifestJson.cpp" line="307"/>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="257"/>
        <source>&quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="263"/>
        <location filename="../models/points/PointManifestJson.cpp" line="275"/>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="290"/>
        <source>&quot;%1&quot; is not a file kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointManifestJson.cpp" line="322"/>
        <source>&quot;%1&quot; is not a point state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PointRepository</name>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="74"/>
        <source>record the recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="84"/>
        <source>remove the recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="95"/>
        <location filename="../models/points/PointRepository.cpp" line="191"/>
        <location filename="../models/points/PointRepository.cpp" line="203"/>
        <source>read the recovery points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="169"/>
        <source>mark the recovery point deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="178"/>
        <source>undelete the recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointRepository.cpp" line="218"/>
        <source>record the verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PointState</name>
    <message>
        <location filename="../models/points/PointState.cpp" line="41"/>
        <source>The recovery point&apos;s %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/PointState.cpp" line="42"/>
        <source>Check the vault&apos;s storage; remove the file to treat the point as live with its manifest&apos;s expiry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PoliciesPage</name>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="41"/>
        <source>&amp;Create policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="41"/>
        <source>Create policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="42"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="42"/>
        <source>View policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="43"/>
        <source>C&amp;lone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="43"/>
        <source>Clone policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="44"/>
        <location filename="../ui/policies/PoliciesPage.cpp" line="131"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="44"/>
        <source>Delete policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="46"/>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="46"/>
        <source>Import policy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="48"/>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="48"/>
        <source>Export policy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="57"/>
        <location filename="../ui/policies/PoliciesPage.cpp" line="63"/>
        <source>Backup policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="68"/>
        <source>A policy says when backups run and how long recovery points are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="126"/>
        <source>Delete backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="127"/>
        <source>Delete the backup policy &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="132"/>
        <location filename="../ui/policies/PoliciesPage.cpp" line="180"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="137"/>
        <source>Policy not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="145"/>
        <source>Import backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="145"/>
        <source>Policy JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="150"/>
        <location filename="../ui/policies/PoliciesPage.cpp" line="168"/>
        <source>Policy not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="151"/>
        <source>&quot;%1&quot; is not a policy PgVault can import.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="160"/>
        <source>A policy named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="176"/>
        <source>Name the imported policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="177"/>
        <source>%1
Enter a name for the imported policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="179"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="195"/>
        <source>Export backup policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="195"/>
        <source>Policy JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="199"/>
        <source>Policy not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PoliciesPage.cpp" line="231"/>
        <source>Select a policy first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyBasicsPage</name>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="20"/>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="24"/>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="26"/>
        <source>for example weekly-postgres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="27"/>
        <source>3 to 150 letters, digits and hyphens, unique among the backup policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="79"/>
        <source>A policy named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="32"/>
        <source>Datasource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="21"/>
        <source>Name the policy. Each backup instance that follows it chooses its own vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="34"/>
        <source>Azure Database for PostgreSQL flexible servers / PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="37"/>
        <source>Policy &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyBasicsPage.cpp" line="39"/>
        <source>&amp;Datasource type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyController</name>
    <message>
        <location filename="../ui/policies/PolicyController.cpp" line="70"/>
        <source>Could not read &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyController.cpp" line="71"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyController.cpp" line="83"/>
        <source>Could not write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyController.cpp" line="84"/>
        <source>Choose a folder you may write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyJson</name>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="15"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="17"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="164"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="118"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="19"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="57"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="21"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="125"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="151"/>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="124"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="23"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="115"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="138"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="80"/>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="161"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="25"/>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="105"/>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="49"/>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="173"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="29"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="34"/>
        <source>Correct the file to Azure&apos;s BackupPolicy format, or export the policy again with &quot;az dataprotection backup-policy show&quot; or PgVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="92"/>
        <source>%1: is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="96"/>
        <source>%1: is %2, but it must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="178"/>
        <source>%1: &quot;%2&quot; is not &quot;%3&quot;, the only type PgVault accepts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="180"/>
        <source>Set objectType to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="198"/>
        <source>%1: &quot;%2&quot; is not &quot;VaultStore&quot;; PostgreSQL flexible server backups are kept in the vault store only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="201"/>
        <source>Set dataStoreType to &quot;VaultStore&quot;; archive and operational stores are not available for PostgreSQL flexible servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="217"/>
        <source>%1: is true for &quot;%2&quot;; only the Default rule is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="219"/>
        <source>%1: is false for &quot;Default&quot;; the Default rule is always the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="223"/>
        <source>Set isDefault to true for Default and to false for Weekly, Monthly and Yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="232"/>
        <source>%1: &quot;%2&quot; is not a retention tag PgVault supports; PostgreSQL flexible server policies use Default, Weekly, Monthly and Yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonFieldReader.cpp" line="235"/>
        <source>Remove the &quot;%1&quot; tag and its retention rule, or rename them to Weekly, Monthly or Yearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="33"/>
        <source>%1: &quot;%2&quot; is not &quot;BackupPolicy&quot;; the file holds something other than a backup policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="35"/>
        <source>Choose a file that holds a backup policy, such as one exported with &quot;az dataprotection backup-policy show&quot; or PgVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="63"/>
        <source>%1: &quot;%2&quot; is not a rule type PgVault knows; a policy rule is &quot;AzureBackupRule&quot; or &quot;AzureRetentionRule&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="66"/>
        <source>Remove the rule or correct its objectType.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="73"/>
        <source>%1: has no &quot;AzureBackupRule&quot;, so the policy does not say when backups run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="75"/>
        <source>Add an AzureBackupRule named &quot;BackupWeekly&quot; with the weekly schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="82"/>
        <source>%1: is a second &quot;AzureBackupRule&quot;; a PostgreSQL flexible server policy has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="85"/>
        <source>Merge the schedules into one AzureBackupRule with one interval per weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="118"/>
        <source>%1: is empty; PgVault imports only PostgreSQL flexible server policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="119"/>
        <source>Set datasourceTypes to [&quot;%1&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="128"/>
        <source>%1: &quot;%2&quot; is not &quot;%3&quot;; PgVault imports only PostgreSQL flexible server policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="131"/>
        <source>Import a policy created for Azure Database for PostgreSQL flexible servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="25"/>
        <source>%1: &quot;%2&quot; is not &quot;Full&quot;; PostgreSQL flexible server backups are full backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="27"/>
        <source>Set backupType to &quot;Full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="50"/>
        <source>%1: is empty, so the policy never runs a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="51"/>
        <source>Add one &quot;R/&lt;start&gt;/P1W&quot; interval per weekday, e.g. &quot;R/2021-08-15T22:00:00+00:00/P1W&quot; for Sundays at 22:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="69"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="107"/>
        <source>%1: tags backups &quot;%2&quot; a second time; each tag may appear once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="109"/>
        <source>Remove one of the two &quot;%1&quot; tagging criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="136"/>
        <source>%1: is given for the Default tag, which takes every backup no other tag takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="138"/>
        <source>Remove the criteria from the Default tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="146"/>
        <source>Use the criteria [{&quot;objectType&quot;: &quot;ScheduleBasedBackupCriteria&quot;, &quot;absoluteCriteria&quot;: [&quot;%1&quot;]}], or remove the tag and its retention rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="153"/>
        <source>%1: has %2 criteria; PgVault supports one, absoluteCriteria [&quot;%3&quot;] (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="172"/>
        <source>%1: is not supported; PgVault&apos;s %2 tag keeps the %3, written absoluteCriteria [&quot;%4&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonBackupRuleReader.cpp" line="185"/>
        <source>%1: %2 does not fit the %3 tag, which keeps the %4 ([&quot;%5&quot;]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="148"/>
        <source>%1: is a second retention rule named &quot;%2&quot;; each rule may appear once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="150"/>
        <source>Remove one of the two &quot;%1&quot; retention rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="161"/>
        <source>%1: is empty, so the rule does not say how long to keep backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="162"/>
        <source>%1: has %2 lifecycles; PostgreSQL flexible server backups stay in the vault store, so a rule has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="169"/>
        <source>Give the rule one lifecycle with deleteAfter and sourceDataStore &quot;VaultStore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="190"/>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="284"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="196"/>
        <source>%1: &quot;%2&quot; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="197"/>
        <source>Choose a duration from 7 days to 10 years, such as P7D, P12W, P6M or P10Y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="208"/>
        <source>%1: copies backups to another data store; PostgreSQL flexible server backups stay in the VaultStore only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="211"/>
        <source>Make targetDataStoreCopySettings an empty array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="224"/>
        <source>%1: has no &quot;Default&quot; AzureRetentionRule; every policy needs one for the backups no other rule keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="227"/>
        <source>Add an AzureRetentionRule named &quot;Default&quot; with isDefault true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="232"/>
        <source>%1: has no &quot;Default&quot; tag; every policy needs one for the backups no other tag takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="235"/>
        <source>Add {&quot;isDefault&quot;: true, &quot;taggingPriority&quot;: 99, &quot;tagInfo&quot;: {&quot;tagName&quot;: &quot;Default&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="242"/>
        <source>%1: tags backups &quot;%2&quot;, but no AzureRetentionRule named &quot;%2&quot; says how long to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="245"/>
        <source>Add an AzureRetentionRule named &quot;%1&quot;, or remove the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="253"/>
        <source>%1: keeps &quot;%2&quot; backups, but no tagging criterion in the AzureBackupRule tags any backup &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJsonReader.cpp" line="256"/>
        <source>Add a &quot;%1&quot; tagging criterion to the AzureBackupRule, or remove the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="19"/>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="20"/>
        <source>Choose a policy file exported with &quot;az dataprotection backup-policy show&quot; or PgVault, and check that it was not cut short or edited by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="27"/>
        <source>The file holds a JSON %1, not a backup policy object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="28"/>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="28"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyJson.cpp" line="29"/>
        <source>Choose a file that holds one backup policy, as exported with &quot;az dataprotection backup-policy show&quot; or PgVault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyRepository</name>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="20"/>
        <source>A policy named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="21"/>
        <source>Choose another name; names are compared without regard to case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="29"/>
        <source>Policy &quot;%1&quot; is used by backup instances %2;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="31"/>
        <source>move them to another policy or remove them first, then delete the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="83"/>
        <source>save policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="106"/>
        <source>delete policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="128"/>
        <source>There is no policy named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="129"/>
        <source>Choose one of the backup policies listed (Backup policies, or &quot;pgvaultctl policy list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="155"/>
        <source>read the policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="163"/>
        <source>The stored policy &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="164"/>
        <source>Delete the policy and import it again from an exported file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="182"/>
        <source>Could not %1 in the catalog %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyRepository.cpp" line="183"/>
        <source>Check that your user may write the catalog and its folder and that the disk is not full; if another PgVault process holds a long write, try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyReviewPage</name>
    <message>
        <location filename="../ui/policies/PolicyReviewPage.cpp" line="18"/>
        <source>Review + create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyReviewPage.cpp" line="19"/>
        <source>Check the policy, then create it. Its Azure policy JSON is what PgVault saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyReviewPage.cpp" line="46"/>
        <source>The policy was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicySchedulePage</name>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="50"/>
        <source>Schedule + retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="51"/>
        <source>Choose when backups run and how long recovery points are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="53"/>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="62"/>
        <source>Retention simulator: the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="79"/>
        <source>Backup schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="83"/>
        <source>Backup frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="84"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="85"/>
        <source>PostgreSQL flexible server backups run weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="104"/>
        <source>Backup time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="110"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="114"/>
        <source>Type any part of a zone name, such as &quot;berlin&quot;, to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="127"/>
        <source>Every selected day runs a full backup of every database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="131"/>
        <source>Backup &amp;frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="133"/>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="135"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySchedulePage.cpp" line="137"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicySummaryWidget</name>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="16"/>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="87"/>
        <source>Show policy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="23"/>
        <source>Policy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="27"/>
        <source>Show policy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="30"/>
        <source>Policy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="56"/>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="57"/>
        <source>Datasource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="57"/>
        <source>Azure Database for PostgreSQL flexible servers / PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="58"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="58"/>
        <source>local (default local vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="59"/>
        <source>Backup schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="63"/>
        <source>When no other rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="64"/>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="65"/>
        <source>%1 — %2; kept for %3 in Vault-standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicySummaryWidget.cpp" line="87"/>
        <source>Hide policy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyTableModel</name>
    <message numerus="yes">
        <location filename="../models/policies/PolicyTableModel.cpp" line="72"/>
        <source>%n backup instance(s) use this policy</source>
        <translation>
            <numerusform>%n backup instance uses this policy</numerusform>
            <numerusform>%n backup instances use this policy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyTableModel.cpp" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyTableModel.cpp" line="88"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyTableModel.cpp" line="90"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/PolicyTableModel.cpp" line="92"/>
        <source>Backup instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyViewDialog</name>
    <message>
        <location filename="../ui/policies/PolicyViewDialog.cpp" line="17"/>
        <source>Backup policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyViewDialog.cpp" line="22"/>
        <source>No backup instance uses this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policies/PolicyViewDialog.cpp" line="23"/>
        <source>%n backup instance(s) use this policy; clone it to make a changed copy.</source>
        <translation>
            <numerusform>%n backup instance uses this policy; clone it to make a changed copy.</numerusform>
            <numerusform>%n backup instances use this policy; clone it to make a changed copy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyViewDialog.cpp" line="28"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PolicyWizard</name>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="16"/>
        <source>Create Backup Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="19"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="20"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="21"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/PolicyWizard.cpp" line="22"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::PrivateTree</name>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="152"/>
        <source>%1 is a symbolic link inside the vault. PgVault never follows links there, so it left the link and what it points to alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="155"/>
        <source>Replace the link with the real folder or file it points to (moved into the vault), or remove the link, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="168"/>
        <source>%1 is not inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="169"/>
        <location filename="../engine/vault/PrivateTree.cpp" line="371"/>
        <source>This is a bug in PgVault; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="273"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="292"/>
        <source>it is not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/PrivateTree.cpp" line="370"/>
        <source>PgVault was about to remove %1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ReadinessResultsWidget</name>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="73"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="75"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="77"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="79"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/ReadinessResultsWidget.cpp" line="87"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RecoveryPointTableModel</name>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="46"/>
        <source>Passed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="48"/>
        <source>Failed (last passed on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="49"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="51"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="57"/>
        <source>Deleted — purged on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="91"/>
        <source>Retained forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="109"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="111"/>
        <source>Retention tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="113"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="115"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/points/RecoveryPointTableModel.cpp" line="117"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RecoveryPointsPanel</name>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="31"/>
        <source>Re&amp;store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="32"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="33"/>
        <source>&amp;Test restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="49"/>
        <source>Recovery points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="54"/>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="58"/>
        <source>Why is this kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="65"/>
        <source>Restore the selected recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="67"/>
        <source>Verify the selected recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="176"/>
        <source>Re-read every file of the point and check its size and checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="69"/>
        <source>Test restore of the selected recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="178"/>
        <source>Restore the point into a scratch server on this machine and compare every table&apos;s row count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="77"/>
        <source>Recovery point job progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="34"/>
        <source>&amp;Undelete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="35"/>
        <source>Show &amp;deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="71"/>
        <source>Undelete the selected recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="74"/>
        <source>Also list the recovery points expiry moved to deleted; they can be undeleted until they are purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="129"/>
        <source>Recovery &amp;points: select a backup instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="142"/>
        <source>Recovery &amp;points of &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="147"/>
        <source>Recovery &amp;points of &quot;%1&quot;: none yet. Use Backup now or wait for the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="148"/>
        <source>Recovery &amp;points of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="175"/>
        <source>Restore this point as files or to a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="183"/>
        <source>Select a recovery point first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="185"/>
        <source>The point is deleted: undelete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="189"/>
        <source>Bring the point back so it can be restored; it is kept at least a day from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="191"/>
        <source>Moved to deleted by expiry on %1; purged on %2 unless undeleted before. A deleted point is not restored or verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="197"/>
        <source>Select a recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="244"/>
        <source>Test restore of the point of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="245"/>
        <source>Verification of the point of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="249"/>
        <source>%1 not started: the job engine is not available in this window. Restart PgVault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="255"/>
        <source>%1 not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="268"/>
        <source>%1: running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="270"/>
        <source>%1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="278"/>
        <source>%1: %2 read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/RecoveryPointsPanel.cpp" line="287"/>
        <source>%1: %2. The Jobs page shows every detail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreFilesPage</name>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="21"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="23"/>
        <source>&amp;Overwrite files that exist already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="27"/>
        <source>Restore parameters: files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="28"/>
        <source>Choose the folder the files go to and the prefix their names start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="30"/>
        <source>Target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="32"/>
        <source>Choose the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="34"/>
        <source>File prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="36"/>
        <source>Without it, the restore refuses to start when a file of the same name exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="49"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="51"/>
        <source>File &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="80"/>
        <source>Restore into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="89"/>
        <source>The prefix is part of a file name: leave out / and \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="91"/>
        <source>Choose a prefix other than . or ..</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreFilesPage.cpp" line="98"/>
        <source>Choose the folder the files are written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreInstancePage</name>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="17"/>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="22"/>
        <source>Backup instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="18"/>
        <source>Choose the protected server whose recovery point you want to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="19"/>
        <source>&amp;Backup instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="41"/>
        <source>%1 (%2:%3, vault %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="46"/>
        <source>No backup instance yet: configure backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="82"/>
        <source>The recovery points could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreInstancePage.cpp" line="87"/>
        <source>&quot;%1&quot; has no recovery point yet: back it up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestorePlan</name>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="58"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="59"/>
        <source>Free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="60"/>
        <source>File names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="65"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="66"/>
        <source>Create the folder or choose an existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="73"/>
        <source>The folder %1 does not accept writes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="74"/>
        <source>Choose a folder you may write to, or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="78"/>
        <source>%1 accepts writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="84"/>
        <source>Only %1 free; the recovery point alone stores %2 compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="85"/>
        <source>Free space on that disk or choose a folder on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="89"/>
        <source>%1 free; the recovery point stores %2 compressed (the restored files are larger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="100"/>
        <source>No file of this restore exists yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="104"/>
        <source>These files will be overwritten: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="109"/>
        <source>These files exist already: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="110"/>
        <source>Choose another file prefix or folder, or allow overwriting existing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="116"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="117"/>
        <source>Target databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="130"/>
        <source>Connected to %1:%2 as %3 (PostgreSQL %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/RestorePlan.cpp" line="153"/>
        <source>None of the %n target database(s) exists yet.</source>
        <translation>
            <numerusform>None of the %n target database exists yet.</numerusform>
            <numerusform>None of the %n target databases exists yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="158"/>
        <source>These databases will be dropped and recreated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="163"/>
        <source>These target databases exist already: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestorePlan.cpp" line="164"/>
        <source>Map them to new names, or allow dropping and recreating them (clean).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestorePointPage</name>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="28"/>
        <source>Select restore point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="29"/>
        <source>Choose the recovery point to restore. Narrow the list with the time period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="35"/>
        <source>Time period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="37"/>
        <source>Time period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="38"/>
        <source>Recovery points in the time period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="45"/>
        <source>Time period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="47"/>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="49"/>
        <source>Recovery &amp;points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestorePointPage.cpp" line="117"/>
        <source>The start of the period is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/restore/RestorePointPage.cpp" line="126"/>
        <source>%1 of %n recovery point(s) in this period.</source>
        <translation>
            <numerusform>%1 of %n recovery point in this period.</numerusform>
            <numerusform>%1 of %n recovery points in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreReviewPage</name>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="19"/>
        <source>Review + restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="20"/>
        <source>Check the restore, then press Restore. It runs as a job you can follow on the Jobs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="26"/>
        <source>Starting the restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="41"/>
        <source>Backup instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="42"/>
        <source>Recovery point: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="46"/>
        <source>Databases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="49"/>
        <source>Restore as files into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="50"/>
        <source>File prefix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="50"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="51"/>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="53"/>
        <source>Existing files are overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="54"/>
        <source>Existing files are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="56"/>
        <source>Restore to server: %1:%2 as %3 (TLS %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="61"/>
        <source>  %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="62"/>
        <source>Parallel jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="63"/>
        <source>Roles: applied (cleaned of service roles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="63"/>
        <source>Roles: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="64"/>
        <source>Existing target databases are dropped and recreated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="65"/>
        <source>Existing target databases are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreReviewPage.cpp" line="92"/>
        <source>The restore did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreRunner</name>
    <message>
        <location filename="../engine/restore/RestoreRunner.cpp" line="36"/>
        <source>Restoring recovery point %1 of %2 as files into %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreRunner.cpp" line="44"/>
        <source>Restoring recovery point %1 of %2 into the server %3:%4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/RestoreRunner.cpp" line="55"/>
        <source>%n object(s) could not be restored as they were, first: %1</source>
        <translation>
            <numerusform>%n object could not be restored as they were, first: %1</numerusform>
            <numerusform>%n objects could not be restored as they were, first: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreRunner.cpp" line="57"/>
        <source>See the job&apos;s output for the full list; apply the roles first (the restore&apos;s roles option) if owners or grants are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreScript</name>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="28"/>
        <source>How to restore recovery point %1 of %2 (taken %3 UTC, PostgreSQL %4, pg_dump %5)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="34"/>
        <source>Each .dump file is a pg_dump custom-format archive of one database (schema and data).
%1 holds the schema of all databases for reference only: do not run it, the schema is
already inside each dump. Connection settings come from the environment, e.g.
  export PGHOST=target.example.com PGPORT=5432 PGUSER=admin PGSSLMODE=require

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="39"/>
        <source>1. Roles (only when restoring to a different server for real use). Clean the script first as
   Azure documents (drops service roles, strips NOSUPERUSER/NOBYPASSRLS), then apply it;
   &quot;role ... already exists&quot; errors are expected. Also delete the CREATE/ALTER ROLE lines of the
   admin you connect as, or its password is reset to the source server&apos;s:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="45"/>
        <source>2. For each database: create it empty, then restore its dump (-j: parallel jobs, at most the
   target&apos;s vCores):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreScript.cpp" line="55"/>
        <source>
Drop --no-owner when the roles were applied in step 1 and ownership should be kept.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreServerPage</name>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="31"/>
        <source>&amp;Drop and recreate target databases that exist (clean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="36"/>
        <source>Restore parameters: server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="37"/>
        <source>Enter the PostgreSQL server to restore into and the name each database gets there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="39"/>
        <source>Target server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="41"/>
        <source>Target port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="44"/>
        <source>Target user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="46"/>
        <source>Target password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="48"/>
        <source>Used for this restore only; PgVault does not store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="50"/>
        <source>Target TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="53"/>
        <source>Database name mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="54"/>
        <source>Source database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="54"/>
        <source>Target database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="60"/>
        <source>Parallel jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="62"/>
        <source>pg_restore -j: at most the target server&apos;s CPU cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="64"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="65"/>
        <source>Skip roles (data retrieval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="66"/>
        <source>Apply roles.sql, cleaned of service roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="88"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="89"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="90"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="91"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="92"/>
        <source>&amp;TLS mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="93"/>
        <source>Database &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="94"/>
        <source>Parallel &amp;jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="95"/>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="139"/>
        <source>Give every database a target name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="141"/>
        <source>Two databases would both be restored into &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="149"/>
        <source>Enter the target server&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreServerPage.cpp" line="151"/>
        <source>Enter the user to restore as (it needs CREATEDB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreTargetPage</name>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="14"/>
        <source>Restore as &amp;files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="15"/>
        <source>Restore to a &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="17"/>
        <source>Restore type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="18"/>
        <source>Restore the recovery point as files, or straight into a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="22"/>
        <source>Writes one pg_restore-able dump per database, roles.sql, tablespace.sql, schema.sql and RESTORE.txt (how to restore them) into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreTargetPage.cpp" line="25"/>
        <source>Creates every database of the point on a server you choose, with a new name if you map one, and optionally its roles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreTempFile</name>
    <message>
        <location filename="../engine/restore/RestoreTempFile.cpp" line="28"/>
        <source>Free space in the temporary folder or set TMPDIR to a roomier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreTempFile.cpp" line="104"/>
        <source>Archive stored as it is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreTempFile.cpp" line="106"/>
        <source>Archive indexed for pg_restore: %1 data blocks, %2 chunks joined into %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreToFolder</name>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="42"/>
        <source>The file prefix &quot;%1&quot; may not contain a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="43"/>
        <source>Give a plain prefix such as &quot;prod-2024-&quot;, or put the path in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="54"/>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="108"/>
        <source>Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="72"/>
        <source>These files already exist in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="53"/>
        <source>The folder %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="73"/>
        <source>Choose another folder or file prefix, or allow overwriting existing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="100"/>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="107"/>
        <source>Cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="118"/>
        <source>Restoring %1 as %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="139"/>
        <source>Cannot write %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="140"/>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="152"/>
        <source>Check the free space and permissions of the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToFolder.cpp" line="151"/>
        <source>Cannot move %1 into place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/RestoreToFolder.cpp" line="159"/>
        <source>Restored %n file(s) into %1; see %2.
</source>
        <translation>
            <numerusform>Restored %n file into %1; see %2.
</numerusform>
            <numerusform>Restored %n files into %1; see %2.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreToServer</name>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="103"/>
        <source>%1 on %2:%3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="104"/>
        <source>Check the target connection (host, port, user, password, TLS mode) and the user&apos;s privileges (CREATEDB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="113"/>
        <source>The restore stopped before it connected to %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="116"/>
        <source>See the restore&apos;s own error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="125"/>
        <source>psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="137"/>
        <source>The databases %1 would all be restored into &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="138"/>
        <source>Give each database its own target name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="159"/>
        <source>The recovery point has no database &quot;%1&quot;; it holds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="161"/>
        <source>Map one of the recovery point&apos;s databases to that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="181"/>
        <source>Restore them under other names, or allow replacing them (they are dropped and restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="180"/>
        <source>These databases already exist on the target server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="205"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="220"/>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="221"/>
        <source>Database %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="231"/>
        <source>Restored before the failure, and kept: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/RestoreToServer.cpp" line="252"/>
        <source>Check %n file(s)</source>
        <translation>
            <numerusform>Check %n file</numerusform>
            <numerusform>Check %n files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="253"/>
        <source>Checking every file against the manifest before changing the server.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="268"/>
        <source>%1 differs from the manifest; nothing was changed on the server.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="303"/>
        <source>roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="306"/>
        <source>Applying roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="307"/>
        <source>Applied roles.sql (cleaned of service roles).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="338"/>
        <source>Dropping the existing database %1, as replacing it was allowed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="352"/>
        <source>Checking and unpacking %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="349"/>
        <source>Restoring database %1 with pg_restore -j %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="367"/>
        <source>pg_restore of database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="370"/>
        <source>database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="379"/>
        <source>Dropping the partly restored database %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/RestoreToServer.cpp" line="387"/>
        <source>Could not drop %1; drop it by hand.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreValidatePage</name>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="19"/>
        <source>&amp;Revalidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="25"/>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="26"/>
        <source>PgVault checks the restore target before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="28"/>
        <source>Validate the restore target again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="37"/>
        <source>Validation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="71"/>
        <source>Checking the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="72"/>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="99"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="100"/>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="107"/>
        <source>Ready to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreValidatePage.cpp" line="108"/>
        <source>Not ready: fix what failed below (Back), then revalidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RestoreWizard</name>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="23"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="26"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="27"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="28"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/restore/RestoreWizard.cpp" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionRule</name>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="71"/>
        <source>First successful backup taken every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="73"/>
        <source>First successful backup taken every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="75"/>
        <source>First successful backup taken every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="77"/>
        <source>Every backup no other rule keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="86"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="88"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="90"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRule.cpp" line="92"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionRuleModel</name>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="126"/>
        <source>When no other rule applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="129"/>
        <source>Vault-standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="146"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="148"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="150"/>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/RetentionRuleModel.cpp" line="152"/>
        <source>Retain for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionRulesWidget</name>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="19"/>
        <source>&amp;Add retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="20"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="21"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="25"/>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="40"/>
        <source>Add retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="41"/>
        <source>Edit retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="42"/>
        <source>Delete retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="46"/>
        <source>Priority: Yearly, then Monthly, then Weekly; Default when no other rule applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="48"/>
        <source>A backup that is the first of its week and of its month is kept by the Monthly rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="122"/>
        <source>Add a Weekly, Monthly or Yearly rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="123"/>
        <source>The policy already has Weekly, Monthly and Yearly rules; edit one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="125"/>
        <source>Select a rule to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="128"/>
        <source>The Default rule cannot be removed; every policy needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionRulesWidget.cpp" line="129"/>
        <source>Select a rule to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionSimulatorWidget</name>
    <message>
        <location filename="../ui/policies/RetentionSimulatorWidget.cpp" line="54"/>
        <source>The simulation appears once the schedule and the retention rules are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionSimulatorWidget.cpp" line="65"/>
        <source>On %1 you will hold %2 Yearly, %3 Monthly, %4 Weekly, %5 Default recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RetentionTimeline</name>
    <message>
        <location filename="../ui/policies/RetentionTimeline.cpp" line="35"/>
        <source>Retention timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/policies/RetentionTimeline.cpp" line="46"/>
        <source>%n successful backup(s) in the simulated year</source>
        <translation>
            <numerusform>%n successful backup in the simulated year</numerusform>
            <numerusform>%n successful backups in the simulated year</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/policies/RetentionTimeline.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::RowCounter</name>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="59"/>
        <source>The row count query gave an unexpected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="60"/>
        <source>Report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="75"/>
        <source>Counting rows failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="75"/>
        <source>no answer from psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="76"/>
        <source>The dump itself is not affected; check the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="92"/>
        <source>the session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="109"/>
        <source>no snapshot id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="116"/>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="149"/>
        <source>Counting rows failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/RowCounter.cpp" line="150"/>
        <source>Check that the database can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ScratchCluster</name>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="62"/>
        <source>The scratch server for the test restore could not be set up (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="63"/>
        <source>Check the free space of the temporary folder, or give a scratch server to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="72"/>
        <source>temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="78"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/ScratchCluster.cpp" line="78"/>
        <source>cannot hand %1 to the postgres user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ServerUserProcess</name>
    <message>
        <location filename="../engine/process/ServerUserProcess.cpp" line="49"/>
        <source>%1 did not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::Sql</name>
    <message>
        <location filename="../models/SqlSupport.cpp" line="13"/>
        <source>The catalog could not %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/SqlSupport.cpp" line="15"/>
        <source>Check that the PgVault home folder is writable and the disk is not full, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::StopProtectionDialog</name>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="16"/>
        <source>Retain as per policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="17"/>
        <source>Retain forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="18"/>
        <source>Delete backup data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="22"/>
        <source>Stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="24"/>
        <source>Stop backing up &quot;%1&quot; (%2)? Its password is removed from the keychain. Choose what becomes of its recovery points in the vault &quot;%3&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="45"/>
        <source>Type the backup instance name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="47"/>
        <source>Type the backup instance name to confirm deletion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="51"/>
        <source>&amp;Stop protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="58"/>
        <source>The recovery points stay restorable until they expire as the policy said when they were taken; the newest are kept until you delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="61"/>
        <source>The recovery points stay restorable and never expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/instances/StopProtectionDialog.cpp" line="63"/>
        <source>Every recovery point is deleted from the vault, and the backup instance with them. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::StreamingDatabaseRestore</name>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="85"/>
        <source>Cannot create a temporary file for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="145"/>
        <source>Writing the temporary copy of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="169"/>
        <source>Cannot write the table of contents of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="170"/>
        <source>Creating the schema while %1 unpacks.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="193"/>
        <source>Streaming %n table(s) from the vault into the server; restoring the rest with pg_restore -j %1.
</source>
        <translation>
            <numerusform>Streaming %n table from the vault into the server; restoring the rest with pg_restore -j %1.
</numerusform>
            <numerusform>Streaming %n tables from the vault into the server; restoring the rest with pg_restore -j %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/restore/StreamingDatabaseRestore.cpp" line="203"/>
        <source>Cannot write the restore list of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::ToolRun</name>
    <message>
        <location filename="../engine/process/ToolRun.cpp" line="15"/>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/ToolRun.cpp" line="16"/>
        <source>Check that the PostgreSQL client programs are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/ToolRun.cpp" line="23"/>
        <source>%1 stopped unexpectedly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/process/ToolRun.cpp" line="24"/>
        <source>See the job&apos;s output for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::VaultRegistry</name>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="18"/>
        <source>The folder %1 is already registered as vault &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="20"/>
        <source>Use the vault &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="73"/>
        <source>The vault name &quot;%1&quot; is not 1-64 letters, digits, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="123"/>
        <source>Enter a name for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="124"/>
        <source>Use 1-64 letters, digits, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="130"/>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="137"/>
        <source>A vault named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="138"/>
        <source>Choose another name, or use the existing vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="151"/>
        <source>Choose a folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="152"/>
        <source>A new or empty folder, or an existing vault that is not registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="174"/>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="175"/>
        <source>Choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="179"/>
        <source>The folder %1 is not empty and is not a PgVault vault (it has no %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="181"/>
        <source>Choose an empty folder, a new folder, or an existing vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="192"/>
        <source>PgVault cannot create or write to the folder %1: %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="194"/>
        <source>Choose a folder you can write to, or give the user running PgVault write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="221"/>
        <source>The vault &quot;%1&quot; is an Azure Blob vault, which this version cannot open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="222"/>
        <source>Use a local vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="230"/>
        <source>The folder %1 holds vault %2, not the vault &quot;%3&quot; (%4) the catalog registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultRegistry.cpp" line="232"/>
        <source>Put the vault&apos;s folder back, or register the folder as a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::VaultRepository</name>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="21"/>
        <source>read the vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="69"/>
        <source>read the vaults&apos; usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="87"/>
        <location filename="../models/vaults/VaultRepository.cpp" line="107"/>
        <source>save the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="93"/>
        <source>A vault named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="94"/>
        <source>Choose another name, or use the existing vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="119"/>
        <source>change the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="131"/>
        <source>%1 is not a number of days a vault can keep deleted recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="132"/>
        <source>Choose from 0 (delete expired points at once) to %1 days; the default is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="142"/>
        <source>There is no vault named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultRepository.cpp" line="143"/>
        <source>Choose one of the vaults listed (Vaults, or &quot;pgvaultctl vault list&quot;), or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::VaultStore</name>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="15"/>
        <source>The %1 &quot;%2&quot; cannot be used as a vault folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="16"/>
        <source>Use 1 to 128 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="28"/>
        <source>&quot;%1&quot; is not a valid recovery point file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="29"/>
        <source>This is a bug in PgVault; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="37"/>
        <source>The disk holding the vault is full: writing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="38"/>
        <source>Free space on that disk or choose another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="45"/>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/vault/VaultStore.cpp" line="46"/>
        <source>Check that the vault&apos;s disk or share is available and healthy, then run the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::VaultTableModel</name>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="22"/>
        <source>Local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="22"/>
        <source>Azure Blob container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="53"/>
        <source>The default vault. PgVault creates its folder when the first backup instance uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="68"/>
        <source>%1 (created on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="77"/>
        <source>%1 (%2 deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="84"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/vaults/VaultTableModel.cpp" line="84"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="121"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="123"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="125"/>
        <source>Backup instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="127"/>
        <source>Recovery points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="129"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/vaults/VaultTableModel.cpp" line="131"/>
        <source>Keeps deleted points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::VaultsPage</name>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="27"/>
        <source>&amp;Soft delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="29"/>
        <location filename="../ui/vaults/VaultsPage.cpp" line="58"/>
        <source>Vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="34"/>
        <source>Recovery points are stored in vaults: local folders for now, since Azure Blob Storage vaults are not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="40"/>
        <source>&amp;Create vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="42"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="45"/>
        <location filename="../ui/vaults/VaultsPage.cpp" line="113"/>
        <source>Soft delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="101"/>
        <source>How many days this vault keeps deleted recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="102"/>
        <source>Select a vault first (the default vault once it is created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="117"/>
        <source>Days the vault &quot;%1&quot; keeps deleted recovery points, restorable by Undelete, before they are purged (0: expiry deletes them at once). Applies to points deleted from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="122"/>
        <source>Soft delete not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="128"/>
        <source>Vault &quot;%1&quot; deletes expired recovery points at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/vaults/VaultsPage.cpp" line="129"/>
        <source>Vault &quot;%1&quot; keeps deleted recovery points for %n day(s).</source>
        <translation>
            <numerusform>Vault &quot;%1&quot; keeps deleted recovery points for %n day.</numerusform>
            <numerusform>Vault &quot;%1&quot; keeps deleted recovery points for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="149"/>
        <source>Created vault &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/vaults/VaultsPage.cpp" line="158"/>
        <source>The vaults could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgVault::VerifyRunner</name>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="31"/>
        <source>%1.%2: expected %3, found no such table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="33"/>
        <source>%1.%2: expected %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="40"/>
        <source>%1.%2: not in the backup&apos;s counts, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="57"/>
        <source>Cannot record the verification: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="80"/>
        <source>The manifest of recovery point %1 cannot be trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="84"/>
        <source>Verifying recovery point %1 of %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="102"/>
        <source>Check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="119"/>
        <source>%1 differs from the manifest: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/VerifyRunner.cpp" line="123"/>
        <source>All %n file(s) match the manifest.
</source>
        <translation>
            <numerusform>All %n file match the manifest.
</numerusform>
            <numerusform>All %n files match the manifest.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="127"/>
        <source>Recovery point %1 is damaged: %2 differ(s) from the manifest (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="129"/>
        <source>Do not rely on this point; take a new backup, and check the disk or storage holding the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="148"/>
        <source>No PostgreSQL server programs are installed for a scratch server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="149"/>
        <source>Install the postgresql package, or give a scratch server to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="151"/>
        <source>Starting a scratch server for the test restore.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="178"/>
        <source>The drill&apos;s database %1 could not be dropped from the scratch server: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="198"/>
        <source>%1: cannot count rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="201"/>
        <source>The backup recorded no row counts for %1; only the restore was tested.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/VerifyRunner.cpp" line="212"/>
        <source>The test restore differs from the backup in %n table(s): %1</source>
        <translation>
            <numerusform>The test restore differs from the backup in %n table: %1</numerusform>
            <numerusform>The test restore differs from the backup in %n tables: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/jobs/VerifyRunner.cpp" line="214"/>
        <source>Do not rely on this point; take a new backup and check the job output of the backup that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/jobs/VerifyRunner.cpp" line="217"/>
        <source>Test restore passed: %n table(s) have the row counts the backup recorded.
</source>
        <translation>
            <numerusform>Test restore passed: %n table have the row counts the backup recorded.
</numerusform>
            <numerusform>Test restore passed: %n tables have the row counts the backup recorded.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgVault::WeeklySchedule</name>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="179"/>
        <source>has no intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="180"/>
        <source>Add one &quot;R/&lt;start&gt;/P1W&quot; interval per weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="192"/>
        <source>&quot;%1&quot; is not a repeating interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="193"/>
        <source>Write it as R/&lt;start date-time with offset&gt;/P1W, e.g. R/2021-08-15T22:00:00+00:00/P1W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="199"/>
        <source>repeats every &quot;%1&quot;, but PostgreSQL flexible server backups are weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="200"/>
        <source>Use the period P1W, one interval per weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="207"/>
        <source>&quot;%1&quot; is not a date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="208"/>
        <source>Write the start as yyyy-MM-ddTHH:mm:ss with a UTC offset, e.g. 2021-08-15T22:00:00+02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="217"/>
        <source>starts at %1 but repeatingTimeIntervals[0] starts at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="220"/>
        <source>A policy runs every selected weekday at one time; give every interval the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="232"/>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="233"/>
        <source>Use a Windows time-zone id such as &quot;W. Europe Standard Time&quot;, &quot;UTC&quot;, or an IANA id such as &quot;Europe/Berlin&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/policies/WeeklySchedule.cpp" line="288"/>
        <source>Weekly on %1 at %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>PgVault cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>PgVault could not open its catalog at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgvaultctl</name>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="27"/>
        <source>PgVault&apos;s command line: policies, vaults, backup instances, backups and jobs.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="32"/>
        <source>  prune           Delete expired recovery points now (moved to deleted in a vault with soft delete,
                  purged when its days are over; --dry-run only shows them).
  agent           Run scheduled backups and expiry; the systemd user unit runs it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="36"/>
        <source>  backup-now      Back up an instance now, in the foreground.
  points          List an instance&apos;s recovery points (--deleted: the deleted ones).
  restore         Restore a recovery point as files (--to-folder) or into a server (--to-server).
  verify          Check a recovery point&apos;s files against its manifest; --test-restore also
                  restores it into a scratch server and compares row counts.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="71"/>
        <source>The command (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="113"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/main.cpp" line="115"/>
        <source>&quot;%1&quot; is not a pgvaultctl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerbArguments.cpp" line="25"/>
        <source>Missing the %1 argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/pgvaultctl/VerbArguments.cpp" line="31"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
