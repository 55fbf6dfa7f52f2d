<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <source>%n incident row(s) would leave the desk.</source>
        <translation>
            <numerusform>Saldría de recepción %n fila de incidentes.</numerusform>
            <numerusform>Saldrían de recepción %n filas de incidentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts preview</source>
        <translation>Vista previa de las alertas</translation>
    </message>
    <message>
        <source>Alerts result</source>
        <translation>Resultado de las alertas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV and JSON…</source>
        <translation>Exportar CSV y JSON…</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>Exportar alertas</translation>
    </message>
    <message>
        <source>Export the alerts as CSV and JSON</source>
        <translation>Exportar las alertas en CSV y JSON</translation>
    </message>
    <message>
        <source>Only incidents since</source>
        <translation>Solo incidentes desde</translation>
    </message>
    <message>
        <source>Only incidents since a date</source>
        <translation>Solo incidentes desde una fecha</translation>
    </message>
    <message>
        <source>Only what is below leaves the desk: kind, date, region and country, service, verification and a count. No names, no report text, no device.</source>
        <translation>Solo sale de recepción lo que ves abajo: tipo, fecha, región y país, servicio, verificación y un recuento. Ningún nombre, ningún texto de informe, ningún dispositivo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview what leaves the desk</source>
        <translation>Ver lo que saldrá de recepción</translation>
    </message>
    <message>
        <source>Since date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>What leaves the desk</source>
        <translation>Lo que sale de recepción</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Se escribieron %1 y %2.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Hidden information</source>
        <translation>Información oculta</translation>
    </message>
</context>
<context>
    <name>AttachmentPane</name>
    <message>
        <source>About the preview</source>
        <translation>Sobre la vista previa</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>Vista previa del adjunto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Choose where to save a copy</source>
        <translation>Elige dónde guardar una copia</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Guardar una copia del adjunto</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copia guardada como %1.</translation>
    </message>
    <message>
        <source>Shown from memory; checked against the signed hash.</source>
        <translation>Mostrado desde la memoria; comprobado con el hash firmado.</translation>
    </message>
    <message>
        <source>This file cannot be shown inside Satchel. Use &quot;Save a copy&quot; to open it with another program.</source>
        <translation>Este archivo no se puede mostrar dentro de Satchel. Usa «Guardar una copia» para abrirlo con otro programa.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Drop files here, or paste them.</source>
        <translation>Suelta los archivos aquí o pégalos.</translation>
    </message>
    <message>
        <source>Save the picture as a file first, then add the file.</source>
        <translation>Primero guarda la imagen como archivo y luego añade el archivo.</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>Connect to Tor directly. Best where Tor is not blocked.</source>
        <translation>Conectar a Tor directamente. Lo mejor donde Tor no está bloqueado.</translation>
    </message>
    <message>
        <source>No bridge</source>
        <translation>Sin puente</translation>
    </message>
    <message>
        <source>Use the bridge lines someone gave you.</source>
        <translation>Usa las líneas de puente que alguien te dio.</translation>
    </message>
    <message>
        <source>my own bridges</source>
        <translation>mis propios puentes</translation>
    </message>
    <message>
        <source>{bridge}: looks like a video call.</source>
        <translation>{bridge}: parece una videollamada.</translation>
    </message>
    <message>
        <source>{bridge}: looks like visiting a big website. It is slow.</source>
        <translation>{bridge}: parece una visita a un sitio web grande. Es lento.</translation>
    </message>
    <message>
        <source>{bridge}: makes the connection look like random noise. Needs bridge lines from someone you trust.</source>
        <translation>{bridge}: hace que la conexión parezca ruido aleatorio. Necesita líneas de puente de alguien de confianza.</translation>
    </message>
</context>
<context>
    <name>BridgeChooser</name>
    <message>
        <source>About this bridge</source>
        <translation>Sobre este puente</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>Líneas de puente</translation>
    </message>
    <message>
        <source>Bridge lines:</source>
        <translation>Líneas de puente:</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>Puente:</translation>
    </message>
    <message>
        <source>One bridge line on each line</source>
        <translation>Una línea de puente en cada línea</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>A name you will recognise, e.g. a code name</source>
        <translation>Un nombre que reconozcas, p. ej. un nombre en clave</translation>
    </message>
    <message>
        <source>Ask the reporter to read out the fingerprint their device shows, or compare it in person. Trust this device only if every group matches.</source>
        <translation>Pide a quien informa que lea en voz alta la huella que muestra su dispositivo, o compárala en persona. Confía en este dispositivo solo si coinciden todos los grupos.</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Compara la huella</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm, the fingerprints match</source>
        <translation>Confirmar: las huellas coinciden</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard, change nothing</source>
        <translation>Descartar, no cambiar nada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Revoking marks every submission this device signs from now on as failed. Check that this is the device you mean.</source>
        <translation>Al revocarlo, todo envío que este dispositivo firme a partir de ahora se marcará como fallido. Comprueba que es el dispositivo que quieres.</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>Qué comparar</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Connected through Tor</source>
        <translation>Conectado a través de Tor</translation>
    </message>
    <message>
        <source>Connected through Tor, via {bridge}</source>
        <translation>Conectado a través de Tor, mediante {bridge}</translation>
    </message>
    <message>
        <source>Connecting has stopped moving. Tor may be blocked here: try a bridge.</source>
        <translation>La conexión dejó de avanzar. Puede que Tor esté bloqueado aquí: prueba un puente.</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Conectando a Tor…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <source>Satchel could not connect.</source>
        <translation>Satchel no pudo conectarse.</translation>
    </message>
    <message>
        <source>The bridge did not answer. Try another bridge, or another kind of bridge.</source>
        <translation>El puente no respondió. Prueba otro puente u otro tipo de puente.</translation>
    </message>
    <message>
        <source>This computer is not connected to the Internet. Your reports are safe here; Satchel sends them once it is.</source>
        <translation>Este ordenador no está conectado a Internet. Tus informes están a salvo aquí; Satchel los enviará cuando lo esté.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the right date, time and time zone, then connect again.</source>
        <translation>El reloj de este ordenador está mal. Pon la fecha, la hora y la zona horaria correctas y vuelve a conectar.</translation>
    </message>
    <message>
        <source>Tor seems blocked here — try a bridge.</source>
        <translation>Parece que Tor está bloqueado aquí: prueba un puente.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>Cancelar la conexión</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connecting progress</source>
        <translation>Progreso de la conexión</translation>
    </message>
    <message>
        <source>Connecting step</source>
        <translation>Paso de la conexión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Sending over Tor is not available in this version yet; save your reports to a stick instead.</source>
        <translation>El envío por Tor aún no está disponible en esta versión; guarda tus informes en una memoria USB.</translation>
    </message>
</context>
<context>
    <name>CourierWorkspace</name>
    <message>
        <source>About carrying</source>
        <translation>Sobre llevar</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>Llevar</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Mensajero</translation>
    </message>
    <message>
        <source>Everything you carry is sealed: you cannot read it, and nobody can read it from you. Pass it on by stick or upload it when you have a connection; receipts travel back the same way so senders can erase their copies.</source>
        <translation>Todo lo que llevas está sellado: no puedes leerlo y nadie puede leerlo a través de ti. Entrégalo en una memoria USB o súbelo cuando tengas conexión; los recibos vuelven por el mismo camino para que quienes lo enviaron borren sus copias.</translation>
    </message>
    <message>
        <source>What you carry</source>
        <translation>Lo que llevas</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>You carry %n item(s), %1 in all.</source>
        <translation>
            <numerusform>Llevas %n elemento, %1 en total.</numerusform>
            <numerusform>Llevas %n elementos, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>You carry nothing at the moment.</source>
        <translation>Ahora mismo no llevas nada.</translation>
    </message>
</context>
<context>
    <name>DeleteCountdown</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the deletion</source>
        <translation>Cancelar el borrado</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Borrando</translation>
    </message>
    <message numerus="yes">
        <source>This report will be erased in %n second(s).</source>
        <translation>
            <numerusform>Este informe se borrará en %n segundo.</numerusform>
            <numerusform>Este informe se borrará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>A throwaway coalition made for this demo: nothing here is real or private. It lives in %1; its passphrase is “%2”.</source>
        <translation>Una coalición desechable hecha para esta demostración: aquí nada es real ni privado. Está en %1; su frase de acceso es «%2».</translation>
    </message>
    <message>
        <source>About this demo</source>
        <translation>Sobre esta demostración</translation>
    </message>
    <message>
        <source>Carry the stick to the desk</source>
        <translation>Llevar la memoria USB a recepción</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMOSTRACIÓN</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>How the demo is connected</source>
        <translation>Cómo está conectada la demostración</translation>
    </message>
    <message>
        <source>Private Tor network starting</source>
        <translation>La red Tor privada se está iniciando</translation>
    </message>
    <message>
        <source>Saves the reporter&apos;s sealed reports to a stick in the demo folder, then imports that stick at the desk, as a courier would</source>
        <translation>Guarda los informes sellados del informante en una memoria USB en la carpeta de la demostración y luego la importa en recepción, como haría un mensajero</translation>
    </message>
    <message>
        <source>This is a demonstration</source>
        <translation>Esto es una demostración</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Qué acaba de pasar</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Press “Carry the stick to the desk”. 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>1. En la pestaña Informante, escribe un informe (basta un título) y pulsa Enviar. 2. Pulsa «Llevar la memoria USB a recepción». 3. En la pestaña Recepción llega el informe y su columna Verificación dice si está verificado.</translation>
    </message>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Watch the Outbox: the report goes over the private Tor network by itself (or press “Carry the stick to the desk”). 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>1. En la pestaña Informante, escribe un informe (basta un título) y pulsa Enviar. 2. Mira la Bandeja de salida: el informe viaja solo por la red Tor privada (o pulsa «Llevar la memoria USB a recepción»). 3. En la pestaña Recepción llega el informe y su columna Verificación dice si está verificado.</translation>
    </message>
    <message>
        <source>Connected through a private Tor network on this computer; the demo&apos;s inbox is an onion service on it.</source>
        <translation>Conectado a través de una red Tor privada en este ordenador; el buzón de la demostración es un servicio onion en ella.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Making the demo coalition…</source>
        <translation>Creando la coalición de demostración…</translation>
    </message>
    <message>
        <source>Nothing to carry yet: write a report and press Send first.</source>
        <translation>Aún no hay nada que llevar: primero escribe un informe y pulsa Enviar.</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Informante</translation>
    </message>
    <message>
        <source>Reporter or desk</source>
        <translation>Informante o recepción</translation>
    </message>
    <message>
        <source>Satchel — DEMO</source>
        <translation>Satchel — DEMOSTRACIÓN</translation>
    </message>
    <message>
        <source>Saving the reporter&apos;s sealed reports to the stick…</source>
        <translation>Guardando los informes sellados del informante en la memoria USB…</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer (loopback only; it cannot reach the Internet)…</source>
        <translation>Iniciando una red Tor privada en este ordenador (solo interna; no puede llegar a Internet)…</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer…</source>
        <translation>Iniciando una red Tor privada en este ordenador…</translation>
    </message>
    <message>
        <source>The demo could not be set up: %1</source>
        <translation>No se pudo preparar la demostración: %1</translation>
    </message>
    <message numerus="yes">
        <source>The desk received %n submission(s) and checked who signed them and that nothing was altered: see the Verification column.</source>
        <translation>
            <numerusform>Recepción recibió %n envío y comprobó quién lo firmó y que nada se alteró: mira la columna Verificación.</numerusform>
            <numerusform>Recepción recibió %n envíos y comprobó quién los firmó y que nada se alteró: mira la columna Verificación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inbox has it; the desk is pulling it now. Open the Desk tab.</source>
        <translation>El buzón ya lo tiene; recepción lo está recogiendo. Abre la pestaña Recepción.</translation>
    </message>
    <message>
        <source>The private Tor network did not start (%1); reports can still travel on a stick.</source>
        <translation>La red Tor privada no se inició (%1); los informes aún pueden viajar en una memoria USB.</translation>
    </message>
    <message>
        <source>The stick is at the desk; importing it…</source>
        <translation>La memoria USB está en recepción; importándola…</translation>
    </message>
    <message>
        <source>This demo runs without Tor, so it has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>Esta demostración funciona sin Tor, así que no tiene camino de red: no usa ninguna conexión y los informes viajan en una memoria USB, como los lleva un mensajero.</translation>
    </message>
    <message>
        <source>Tor is not installed here, so this demo runs without it and has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>Tor no está instalado aquí, así que esta demostración funciona sin él y no tiene camino de red: no usa ninguna conexión y los informes viajan en una memoria USB, como los lleva un mensajero.</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallido: %1</translation>
    </message>
    <message>
        <source>Failed: signed by a revoked device</source>
        <translation>Fallido: firmado por un dispositivo revocado</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Dispositivo nuevo</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Revoked device</source>
        <translation>Dispositivo revocado</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Trusted device</source>
        <translation>Dispositivo de confianza</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Verified, new device</source>
        <translation>Verificado, dispositivo nuevo</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>falló una comprobación</translation>
    </message>
</context>
<context>
    <name>DeskWorkspace</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Detalles del envío</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Compare the device&apos;s fingerprint with the reporter, then trust it in Devices.</source>
        <translation>Compara la huella del dispositivo con quien informa y luego confía en él en «Dispositivos».</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>Hashes</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Report envelope: %1</source>
        <translation>Sobre del informe: %1</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texto del informe</translation>
    </message>
    <message>
        <source>Report text: %1</source>
        <translation>Texto del informe: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Sellado para</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>Servicio o empresa</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>Huella de quien firma</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>Dispositivo firmante</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>Primero elige un dispositivo de la lista.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Revocar el dispositivo elegido</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Trust the selected device</source>
        <translation>Confiar en el dispositivo elegido</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>Confiar…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>Choose the directory file</source>
        <translation>Elige el archivo del directorio</translation>
    </message>
    <message>
        <source>Choose the directory file…</source>
        <translation>Elegir el archivo del directorio…</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your coalition gave you, group by group. Only continue if every group is the same.</source>
        <translation>Compara esta huella con la que te dio tu coalición, grupo por grupo. Continúa solo si todos los grupos son iguales.</translation>
    </message>
    <message>
        <source>Confirm: the fingerprint matches</source>
        <translation>Confirmar: la huella coincide</translation>
    </message>
    <message>
        <source>Confirmed. Satchel will only accept directories signed by this coalition from now on.</source>
        <translation>Confirmado. A partir de ahora Satchel solo aceptará directorios firmados por esta coalición.</translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation>Estado del directorio</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard this directory</source>
        <translation>Descartar este directorio</translation>
    </message>
    <message>
        <source>It matches</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <source>The coalition&apos;s fingerprint:</source>
        <translation>La huella de la coalición:</translation>
    </message>
    <message>
        <source>The directory says where reports go. Your coalition gives it to you as a file, on a stick or in person.</source>
        <translation>El directorio indica adónde van los informes. Tu coalición te lo da como archivo, en una memoria USB o en persona.</translation>
    </message>
    <message>
        <source>What to do with the fingerprint</source>
        <translation>Qué hacer con la huella</translation>
    </message>
    <message>
        <source>You can import it later.</source>
        <translation>Puedes importarlo más tarde.</translation>
    </message>
    <message>
        <source>Your coalition&apos;s directory</source>
        <translation>El directorio de tu coalición</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>About the text size</source>
        <translation>Sobre el tamaño del texto</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Display (also before unlock)</source>
        <translation>Pantalla (también antes de desbloquear)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <source>The new text size is used from the next time Satchel starts.</source>
        <translation>El nuevo tamaño del texto se usará la próxima vez que se inicie Satchel.</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Los del sistema</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
</context>
<context>
    <name>DuressPage</name>
    <message>
        <source>A duress passphrase (optional)</source>
        <translation>Una frase de contraseña de coacción (opcional)</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Frase de contraseña de coacción otra vez</translation>
    </message>
    <message>
        <source>Duress passphrase hint</source>
        <translation>Indicación sobre la frase de coacción</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Frase de contraseña de coacción:</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Satchel, type this passphrase instead. It silently destroys everything in this vault and opens an empty one.</source>
        <translation>Si alguien te obliga a desbloquear Satchel, escribe esta frase en su lugar. Destruye en silencio todo lo que hay en esta bóveda y abre una vacía.</translation>
    </message>
    <message>
        <source>It does not help against someone who copied this computer&apos;s disk before, or who knows that Satchel has this feature.</source>
        <translation>No sirve contra quien ya copió el disco de este ordenador ni contra quien sabe que Satchel tiene esta función.</translation>
    </message>
    <message>
        <source>It must differ from your passphrase.</source>
        <translation>Debe ser distinta de tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>Poner una frase de contraseña de coacción</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases todavía no son iguales.</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost.</source>
        <translation>Algo inesperado salió mal; no se perdió nada.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>Choose an empty folder</source>
        <translation>Elige una carpeta vacía</translation>
    </message>
    <message>
        <source>Evidence export progress</source>
        <translation>Progreso de la exportación de pruebas</translation>
    </message>
    <message>
        <source>Evidence export result</source>
        <translation>Resultado de la exportación de pruebas</translation>
    </message>
    <message>
        <source>Evidence written to %1; its README.txt says how to re-check it.</source>
        <translation>Pruebas guardadas en %1; su README.txt explica cómo volver a comprobarlas.</translation>
    </message>
    <message>
        <source>Export evidence to a folder</source>
        <translation>Exportar las pruebas a una carpeta</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Exportar pruebas…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any check</source>
        <translation>Cualquier comprobación</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Cualquier dispositivo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation>Filtrar por fecha de recepción</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>Filtrar por dispositivo</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by verification</source>
        <translation>Filtrar por verificación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Set up Satchel</source>
        <translation>Configurar Satchel</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>A company&apos;s technology misused for repression</source>
        <translation>Tecnología de una empresa usada para reprimir</translation>
    </message>
    <message>
        <source>Blocking or filtering of websites and services</source>
        <translation>Bloqueo o filtrado de sitios web y servicios</translation>
    </message>
    <message>
        <source>Hacking of devices or accounts</source>
        <translation>Hackeo de dispositivos o cuentas</translation>
    </message>
    <message>
        <source>Illicit monitoring or surveillance</source>
        <translation>Vigilancia o monitoreo ilícitos</translation>
    </message>
    <message>
        <source>Internet or mobile network shutdown</source>
        <translation>Corte de Internet o de la red móvil</translation>
    </message>
    <message>
        <source>Intimidation, threats or arrest of network users</source>
        <translation>Intimidación, amenazas o detención de usuarios de la red</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Destroy everything…</source>
        <translation>Destruirlo todo…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The desk connects to Tor when it pulls; use &quot;Pull now&quot; on the Receive tab.</source>
        <translation>El equipo receptor se conecta a Tor cuando recoge informes; usa «Recoger ahora» en la pestaña Recibir.</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>Checking for hidden information…</source>
        <translation>Buscando información oculta…</translation>
    </message>
    <message>
        <source>Hidden information cannot be removed: {reason}</source>
        <translation>No se puede quitar la información oculta: {reason}</translation>
    </message>
    <message>
        <source>Hidden information kept, as you chose</source>
        <translation>Información oculta conservada, como elegiste</translation>
    </message>
    <message>
        <source>Hidden information removed: {what}</source>
        <translation>Información oculta quitada: {what}</translation>
    </message>
    <message>
        <source>Hidden information was not removed</source>
        <translation>La información oculta no se quitó</translation>
    </message>
    <message>
        <source>Hidden information will be removed: {what}</source>
        <translation>Se quitará la información oculta: {what}</translation>
    </message>
    <message>
        <source>No hidden information found</source>
        <translation>No se encontró información oculta</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy everything</source>
        <translation>Destruirlo todo</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>The word to type</source>
        <translation>La palabra que hay que escribir</translation>
    </message>
    <message>
        <source>This erases every report, attachment and key in Satchel on this computer, for ever. Nothing can bring it back. To go ahead, type the word below.</source>
        <translation>Esto borra para siempre todos los informes, adjuntos y claves de Satchel en este ordenador. Nada podrá recuperarlos. Para seguir, escribe la palabra de abajo.</translation>
    </message>
    <message>
        <source>Type the word to confirm</source>
        <translation>Escribe la palabra para confirmar</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>destruir</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>It locks everything in this vault. A short sentence only you know is easier to remember and harder to guess.</source>
        <translation>Cierra todo lo que hay en esta bóveda. Una frase corta que solo tú conoces es más fácil de recordar y más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase: not the coalition, not the makers of Satchel. If you forget it, everything in this vault is lost.</source>
        <translation>Nadie puede recuperar esta frase: ni la coalición ni quienes hacen Satchel. Si la olvidas, se pierde todo lo que hay en esta bóveda.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Indicación sobre la frase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases todavía no son iguales.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least 10 characters, or a few words that do not belong together.</source>
        <translation>Demasiado fácil de adivinar: usa al menos 10 caracteres o unas palabras que no tengan que ver entre sí.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sólida</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Building circuits</source>
        <translation>Construyendo circuitos</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting to a relay</source>
        <translation>Conectando a un repetidor</translation>
    </message>
    <message>
        <source>Loading relay information</source>
        <translation>Cargando información del repetidor</translation>
    </message>
    <message>
        <source>Starting Tor</source>
        <translation>Iniciando Tor</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>About sticks</source>
        <translation>Sobre las memorias USB</translation>
    </message>
    <message>
        <source>Bring submissions in from a stick; send receipts back on one, so reporters can erase their copies.</source>
        <translation>Trae los envíos desde una memoria USB y devuelve los recibos en otra, para que quienes informan puedan borrar sus copias.</translation>
    </message>
    <message>
        <source>By stick</source>
        <translation>Por memoria USB</translation>
    </message>
    <message>
        <source>Export receipts to a stick…</source>
        <translation>Exportar recibos a una memoria USB…</translation>
    </message>
    <message>
        <source>From the inbox, over Tor</source>
        <translation>Desde el buzón, por Tor</translation>
    </message>
    <message>
        <source>Pull automatically</source>
        <translation>Recoger automáticamente</translation>
    </message>
    <message>
        <source>Pull automatically while this window is open</source>
        <translation>Recoger automáticamente mientras esta ventana esté abierta</translation>
    </message>
    <message>
        <source>Pull new submissions from the inbox now</source>
        <translation>Recoger ahora los envíos nuevos del buzón</translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation>Recoger ahora</translation>
    </message>
    <message>
        <source>Pull status</source>
        <translation>Estado de la recogida</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n new item(s).</source>
        <translation>
            <numerusform>Se recogió %n elemento nuevo.</numerusform>
            <numerusform>Se recogieron %n elementos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling from the inbox…</source>
        <translation>Recogiendo del buzón…</translation>
    </message>
    <message>
        <source>Pulling over Tor is not set up in this window; import from a stick instead.</source>
        <translation>La recogida por Tor no está configurada en esta ventana; importa desde una memoria USB.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n new item(s) so far.</source>
        <translation>
            <numerusform>Hasta ahora se ha recibido %n elemento nuevo.</numerusform>
            <numerusform>Hasta ahora se han recibido %n elementos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop pulling</source>
        <translation>Dejar de recoger</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>As precise as you feel safe with</source>
        <translation>Tan preciso como te parezca seguro</translation>
    </message>
    <message>
        <source>Delete this report</source>
        <translation>Borrar este informe</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Keep hidden information in files</source>
        <translation>Conservar la información oculta de los archivos</translation>
    </message>
    <message>
        <source>Keep hidden information in files (not recommended)</source>
        <translation>Conservar la información oculta de los archivos (no recomendado)</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>New report — it stays on this computer until you send it.</source>
        <translation>Informe nuevo: se queda en este ordenador hasta que lo envíes.</translation>
    </message>
    <message>
        <source>No real names needed</source>
        <translation>No hacen falta nombres reales</translation>
    </message>
    <message>
        <source>Paste files</source>
        <translation>Pegar archivos</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texto del informe</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>Servicio o empresa</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>Tell what happened.</source>
        <translation>Cuenta lo que pasó.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Qué pasó, en pocas palabras</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>e.g. 3 May, evening</source>
        <translation>p. ej., 3 de mayo, por la tarde</translation>
    </message>
    <message>
        <source>e.g. a mobile operator</source>
        <translation>p. ej., una operadora móvil</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Delivered and erased</source>
        <translation>Entregado y borrado</translation>
    </message>
    <message>
        <source>Draft — only on this computer</source>
        <translation>Borrador: solo en este ordenador</translation>
    </message>
    <message>
        <source>On a stick — waiting for the receipt</source>
        <translation>En una memoria USB: esperando el recibo</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sending {percent} %</source>
        <translation>Enviando {percent} %</translation>
    </message>
    <message>
        <source>Waiting for a connection — safe in this vault</source>
        <translation>Esperando conexión: a salvo en esta bóveda</translation>
    </message>
</context>
<context>
    <name>ReporterWorkspace</name>
    <message>
        <source>A report needs a title.</source>
        <translation>Un informe necesita un título.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Choose the stick</source>
        <translation>Elige la memoria USB</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Informe nuevo</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Report erased.</source>
        <translation>Informe borrado.</translation>
    </message>
    <message>
        <source>Report sealed. Satchel sends it as soon as there is a connection.</source>
        <translation>Informe sellado. Satchel lo enviará en cuanto haya conexión.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Save to a stick</source>
        <translation>Guardar en una memoria USB</translation>
    </message>
    <message>
        <source>Save to a stick…</source>
        <translation>Guardar en una memoria USB…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>Se guardó %n elemento en la memoria USB.</numerusform>
            <numerusform>Se guardaron %n elementos en la memoria USB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Escribe unas palabras sobre lo que pasó.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>A vault is made for one role. You can make another vault later.</source>
        <translation>Una bóveda se crea para un solo papel. Más tarde puedes crear otra.</translation>
    </message>
    <message>
        <source>Carry sealed reports on a USB stick. You cannot read them.</source>
        <translation>Lleva informes sellados en una memoria USB. No puedes leerlos.</translation>
    </message>
    <message>
        <source>I carry reports</source>
        <translation>Llevo informes</translation>
    </message>
    <message>
        <source>I receive reports for the coalition</source>
        <translation>Recibo informes para la coalición</translation>
    </message>
    <message>
        <source>I write reports</source>
        <translation>Escribo informes</translation>
    </message>
    <message>
        <source>Open, check and sort the reports that arrive.</source>
        <translation>Abre, comprueba y ordena los informes que llegan.</translation>
    </message>
    <message>
        <source>Who will use Satchel on this computer?</source>
        <translation>¿Quién usará Satchel en este ordenador?</translation>
    </message>
    <message>
        <source>Write reports with photos and documents and send them safely.</source>
        <translation>Escribe informes con fotos y documentos y envíalos de forma segura.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Back to unlock</source>
        <translation>Volver al desbloqueo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>StickPanel</name>
    <message numerus="yes">
        <source>%n item(s) could not be saved; they are still held here. Export again.</source>
        <translation>
            <numerusform>No se pudo guardar %n elemento; sigue guardado aquí. Exporta de nuevo.</numerusform>
            <numerusform>No se pudieron guardar %n elementos; siguen guardados aquí. Exporta de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the stick were damaged or unreadable and were not taken; ask for them to be saved to a stick again.</source>
        <translation>
            <numerusform>%n elemento de la memoria USB estaba dañado o ilegible y no se tomó; pide que lo guarden de nuevo en una memoria USB.</numerusform>
            <numerusform>%n elementos de la memoria USB estaban dañados o ilegibles y no se tomaron; pide que los guarden de nuevo en una memoria USB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the stick&apos;s folder</source>
        <translation>Elige la carpeta de la memoria USB</translation>
    </message>
    <message>
        <source>Export to a stick…</source>
        <translation>Exportar a una memoria USB…</translation>
    </message>
    <message>
        <source>Import from a stick…</source>
        <translation>Importar desde una memoria USB…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>Se guardó %n elemento en la memoria USB.</numerusform>
            <numerusform>Se guardaron %n elementos en la memoria USB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stick transfer progress</source>
        <translation>Progreso de la transferencia USB</translation>
    </message>
    <message>
        <source>Stick transfer result</source>
        <translation>Resultado de la transferencia USB</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the stick transfer; what is done so far is kept</source>
        <translation>Detener la transferencia USB; se conserva lo hecho hasta ahora</translation>
    </message>
    <message>
        <source>Stopped; what was done so far is kept.</source>
        <translation>Detenido; se conserva lo hecho hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) from the stick.</source>
        <translation>
            <numerusform>Se tomó %n elemento de la memoria USB.</numerusform>
            <numerusform>Se tomaron %n elementos de la memoria USB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Comma-separated, e.g. urgent, north</source>
        <translation>Separadas por comas, p. ej. urgente, norte</translation>
    </message>
    <message>
        <source>Desk state</source>
        <translation>Estado en recepción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save triage</source>
        <translation>Guardar la clasificación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Language and display settings</source>
        <translation>Ajustes de idioma y pantalla</translation>
    </message>
    <message>
        <source>Language and display…</source>
        <translation>Idioma y pantalla…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Satchel is locked</source>
        <translation>Satchel está bloqueado</translation>
    </message>
    <message>
        <source>Some display settings could not be read and were reset to their defaults: {what}.</source>
        <translation>Algunos ajustes de pantalla no se pudieron leer y se restablecieron: {what}.</translation>
    </message>
    <message>
        <source>That passphrase did not open Satchel. Check it and try again.</source>
        <translation>Esa frase no abrió Satchel. Revísala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock Satchel</source>
        <translation>Desbloquear Satchel</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>colores</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>tamaño del texto</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Tras %n minuto sin uso</numerusform>
            <numerusform>Tras %n minutos sin uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridges (kept in this vault)</source>
        <translation>Puentes (guardados en esta bóveda)</translation>
    </message>
    <message>
        <source>Immediately, when I leave the window</source>
        <translation>Enseguida, cuando salgo de la ventana</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Bloquear automáticamente</translation>
    </message>
    <message>
        <source>Lock automatically:</source>
        <translation>Bloquear automáticamente:</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>Locking (kept in this vault)</source>
        <translation>Bloqueo (guardado en esta bóveda)</translation>
    </message>
    <message>
        <source>Never for idleness</source>
        <translation>Nunca por inactividad</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
</context>
</TS>
