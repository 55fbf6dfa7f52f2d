<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <source>%n incident row(s) would leave the desk.</source>
        <translation>
            <numerusform>%n incident row would leave the desk.</numerusform>
            <numerusform>%n incident rows would leave the desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourierWorkspace</name>
    <message numerus="yes">
        <source>You carry %n item(s), %1 in all.</source>
        <translation>
            <numerusform>You carry %n item, %1 in all.</numerusform>
            <numerusform>You carry %n items, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteCountdown</name>
    <message numerus="yes">
        <source>This report will be erased in %n second(s).</source>
        <translation>
            <numerusform>This report will be erased in %n second.</numerusform>
            <numerusform>This report will be erased in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message numerus="yes">
        <source>The desk received %n submission(s) and checked who signed them and that nothing was altered: see the Verification column.</source>
        <translation>
            <numerusform>The desk received %n submission and checked who signed it and that nothing was altered: see the Verification column.</numerusform>
            <numerusform>The desk received %n submissions and checked who signed them and that nothing was altered: see the Verification column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message numerus="yes">
        <source>Pulled %n new item(s).</source>
        <translation>
            <numerusform>Pulled %n new item.</numerusform>
            <numerusform>Pulled %n new items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n new item(s) so far.</source>
        <translation>
            <numerusform>Received %n new item so far.</numerusform>
            <numerusform>Received %n new items so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReporterWorkspace</name>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>Saved %n item to the stick.</numerusform>
            <numerusform>Saved %n items to the stick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StickPanel</name>
    <message numerus="yes">
        <source>%n item(s) could not be saved; they are still held here. Export again.</source>
        <translation>
            <numerusform>%n item could not be saved; it is still held here. Export again.</numerusform>
            <numerusform>%n items could not be saved; they are still held here. Export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the stick were damaged or unreadable and were not taken; ask for them to be saved to a stick again.</source>
        <translation>
            <numerusform>%n item on the stick was damaged or unreadable and was not taken; ask for it to be saved to a stick again.</numerusform>
            <numerusform>%n items on the stick were damaged or unreadable and were not taken; ask for them to be saved to a stick again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>Saved %n item to the stick.</numerusform>
            <numerusform>Saved %n items to the stick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) from the stick.</source>
        <translation>
            <numerusform>Took %n item from the stick.</numerusform>
            <numerusform>Took %n items from the stick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
</context>
</TS>
