<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <source>%n incident row(s) would leave the desk.</source>
        <translation>
            <numerusform>За пределы приёма уйдёт %n строка происшествий.</numerusform>
            <numerusform>За пределы приёма уйдут %n строки происшествий.</numerusform>
            <numerusform>За пределы приёма уйдут %n строк происшествий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts preview</source>
        <translation>Предпросмотр оповещений</translation>
    </message>
    <message>
        <source>Alerts result</source>
        <translation>Результат оповещений</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV and JSON…</source>
        <translation>Экспорт в CSV и JSON…</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>Экспорт оповещений</translation>
    </message>
    <message>
        <source>Export the alerts as CSV and JSON</source>
        <translation>Экспортировать оповещения в CSV и JSON</translation>
    </message>
    <message>
        <source>Only incidents since</source>
        <translation>Только происшествия с</translation>
    </message>
    <message>
        <source>Only incidents since a date</source>
        <translation>Только происшествия с указанной даты</translation>
    </message>
    <message>
        <source>Only what is below leaves the desk: kind, date, region and country, service, verification and a count. No names, no report text, no device.</source>
        <translation>За пределы приёма уходит только то, что ниже: тип, дата, регион и страна, сервис, проверка и количество. Никаких имён, текста отчётов и устройств.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Preview what leaves the desk</source>
        <translation>Посмотреть, что уйдёт за пределы приёма</translation>
    </message>
    <message>
        <source>Since date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>What leaves the desk</source>
        <translation>Что уходит за пределы приёма</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>Записаны %1 и %2.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Hidden information</source>
        <translation>Скрытые сведения</translation>
    </message>
</context>
<context>
    <name>AttachmentPane</name>
    <message>
        <source>About the preview</source>
        <translation>О предпросмотре</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>Предпросмотр вложения</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Choose where to save a copy</source>
        <translation>Выберите, куда сохранить копию</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Просмотр PDF</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Сохранить копию вложения</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Копия сохранена как %1.</translation>
    </message>
    <message>
        <source>Shown from memory; checked against the signed hash.</source>
        <translation>Показано из памяти; сверено с подписанным хешем.</translation>
    </message>
    <message>
        <source>This file cannot be shown inside Satchel. Use &quot;Save a copy&quot; to open it with another program.</source>
        <translation>Этот файл нельзя показать в Satchel. Нажмите «Сохранить копию», чтобы открыть его в другой программе.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Drop files here, or paste them.</source>
        <translation>Перетащите файлы сюда или вставьте их.</translation>
    </message>
    <message>
        <source>Save the picture as a file first, then add the file.</source>
        <translation>Сначала сохраните изображение в файл, затем добавьте этот файл.</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>Connect to Tor directly. Best where Tor is not blocked.</source>
        <translation>Подключаться к Tor напрямую. Лучше всего там, где Tor не заблокирован.</translation>
    </message>
    <message>
        <source>No bridge</source>
        <translation>Без моста</translation>
    </message>
    <message>
        <source>Use the bridge lines someone gave you.</source>
        <translation>Используйте строки мостов, которые вам кто-то дал.</translation>
    </message>
    <message>
        <source>my own bridges</source>
        <translation>мои собственные мосты</translation>
    </message>
    <message>
        <source>{bridge}: looks like a video call.</source>
        <translation>{bridge}: выглядит как видеозвонок.</translation>
    </message>
    <message>
        <source>{bridge}: looks like visiting a big website. It is slow.</source>
        <translation>{bridge}: выглядит как посещение большого сайта. Работает медленно.</translation>
    </message>
    <message>
        <source>{bridge}: makes the connection look like random noise. Needs bridge lines from someone you trust.</source>
        <translation>{bridge}: соединение выглядит как случайный шум. Нужны строки мостов от человека, которому вы доверяете.</translation>
    </message>
</context>
<context>
    <name>BridgeChooser</name>
    <message>
        <source>About this bridge</source>
        <translation>Об этом мосте</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Мост</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>Строки мостов</translation>
    </message>
    <message>
        <source>Bridge lines:</source>
        <translation>Строки мостов:</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>Мост:</translation>
    </message>
    <message>
        <source>One bridge line on each line</source>
        <translation>По одной строке моста в каждой строке</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>A name you will recognise, e.g. a code name</source>
        <translation>Имя, которое вы узнаете, например кодовое</translation>
    </message>
    <message>
        <source>Ask the reporter to read out the fingerprint their device shows, or compare it in person. Trust this device only if every group matches.</source>
        <translation>Попросите автора отчёта прочитать вслух отпечаток, который показывает его устройство, или сравните его при встрече. Доверяйте этому устройству, только если совпадает каждая группа.</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Сверьте отпечаток</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Confirm, the fingerprints match</source>
        <translation>Подтвердить: отпечатки совпадают</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Имя устройства</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Discard, change nothing</source>
        <translation>Отказаться, ничего не менять</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Revoking marks every submission this device signs from now on as failed. Check that this is the device you mean.</source>
        <translation>После отзыва каждый отчёт, подписанный этим устройством, будет отмечаться как не прошедший проверку. Убедитесь, что это нужное устройство.</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>Что сверить</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Connected through Tor</source>
        <translation>Подключено через Tor</translation>
    </message>
    <message>
        <source>Connected through Tor, via {bridge}</source>
        <translation>Подключено через Tor, через {bridge}</translation>
    </message>
    <message>
        <source>Connecting has stopped moving. Tor may be blocked here: try a bridge.</source>
        <translation>Подключение остановилось. Возможно, Tor здесь заблокирован: попробуйте мост.</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>Подключение к Tor…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Нет подключения.</translation>
    </message>
    <message>
        <source>Satchel could not connect.</source>
        <translation>Satchel не удалось подключиться.</translation>
    </message>
    <message>
        <source>The bridge did not answer. Try another bridge, or another kind of bridge.</source>
        <translation>Мост не ответил. Попробуйте другой мост или другой тип моста.</translation>
    </message>
    <message>
        <source>This computer is not connected to the Internet. Your reports are safe here; Satchel sends them once it is.</source>
        <translation>Этот компьютер не подключён к интернету. Ваши отчёты здесь в безопасности; Satchel отправит их, когда подключение появится.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the right date, time and time zone, then connect again.</source>
        <translation>Часы этого компьютера идут неправильно. Установите верные дату, время и часовой пояс, затем подключитесь снова.</translation>
    </message>
    <message>
        <source>Tor seems blocked here — try a bridge.</source>
        <translation>Похоже, Tor здесь заблокирован — попробуйте мост.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>Отменить подключение</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Connecting progress</source>
        <translation>Ход подключения</translation>
    </message>
    <message>
        <source>Connecting step</source>
        <translation>Этап подключения</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Sending over Tor is not available in this version yet; save your reports to a stick instead.</source>
        <translation>Отправка через Tor в этой версии пока недоступна; сохраните отчёты на флешку.</translation>
    </message>
</context>
<context>
    <name>CourierWorkspace</name>
    <message>
        <source>About carrying</source>
        <translation>О переноске</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>Переноска</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <source>Everything you carry is sealed: you cannot read it, and nobody can read it from you. Pass it on by stick or upload it when you have a connection; receipts travel back the same way so senders can erase their copies.</source>
        <translation>Всё, что вы переносите, запечатано: вы не можете это прочитать, и никто не прочитает это через вас. Передайте на флешке или загрузите, когда будет подключение; подтверждения возвращаются тем же путём, чтобы отправители могли стереть свои копии.</translation>
    </message>
    <message>
        <source>What you carry</source>
        <translation>Что вы переносите</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message numerus="yes">
        <source>You carry %n item(s), %1 in all.</source>
        <translation>
            <numerusform>Вы переносите %n элемент, всего %1.</numerusform>
            <numerusform>Вы переносите %n элемента, всего %1.</numerusform>
            <numerusform>Вы переносите %n элементов, всего %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You carry nothing at the moment.</source>
        <translation>Сейчас вы ничего не переносите.</translation>
    </message>
</context>
<context>
    <name>DeleteCountdown</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the deletion</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Удаление</translation>
    </message>
    <message numerus="yes">
        <source>This report will be erased in %n second(s).</source>
        <translation>
            <numerusform>Этот отчёт будет стёрт через %n секунду.</numerusform>
            <numerusform>Этот отчёт будет стёрт через %n секунды.</numerusform>
            <numerusform>Этот отчёт будет стёрт через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>A throwaway coalition made for this demo: nothing here is real or private. It lives in %1; its passphrase is “%2”.</source>
        <translation>Одноразовая коалиция для этой демонстрации: здесь нет ничего настоящего или личного. Она хранится в %1; её фраза-пароль — «%2».</translation>
    </message>
    <message>
        <source>About this demo</source>
        <translation>Об этой демонстрации</translation>
    </message>
    <message>
        <source>Carry the stick to the desk</source>
        <translation>Отнести флешку на приём</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>How the demo is connected</source>
        <translation>Как подключена демонстрация</translation>
    </message>
    <message>
        <source>Private Tor network starting</source>
        <translation>Частная сеть Tor запускается</translation>
    </message>
    <message>
        <source>Saves the reporter&apos;s sealed reports to a stick in the demo folder, then imports that stick at the desk, as a courier would</source>
        <translation>Сохраняет запечатанные отчёты автора на флешку в папке демонстрации, затем импортирует её на приёме, как это сделал бы курьер</translation>
    </message>
    <message>
        <source>This is a demonstration</source>
        <translation>Это демонстрация</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Что сейчас произошло</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Press “Carry the stick to the desk”. 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>1. На вкладке «Автор» напишите отчёт (достаточно заголовка) и нажмите «Отправить». 2. Нажмите «Отнести флешку на приём». 3. На вкладке «Приём» появится отчёт, а столбец «Проверка» покажет, прошёл ли он проверку.</translation>
    </message>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Watch the Outbox: the report goes over the private Tor network by itself (or press “Carry the stick to the desk”). 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>1. На вкладке «Автор» напишите отчёт (достаточно заголовка) и нажмите «Отправить». 2. Следите за «Исходящими»: отчёт сам уйдёт через частную сеть Tor (или нажмите «Отнести флешку на приём»). 3. На вкладке «Приём» появится отчёт, а столбец «Проверка» покажет, прошёл ли он проверку.</translation>
    </message>
    <message>
        <source>Connected through a private Tor network on this computer; the demo&apos;s inbox is an onion service on it.</source>
        <translation>Подключено через частную сеть Tor на этом компьютере; ящик входящих демонстрации — onion-сервис в ней.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Making the demo coalition…</source>
        <translation>Создаём демонстрационную коалицию…</translation>
    </message>
    <message>
        <source>Nothing to carry yet: write a report and press Send first.</source>
        <translation>Пока нечего переносить: сначала напишите отчёт и нажмите «Отправить».</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Reporter or desk</source>
        <translation>Автор или приём</translation>
    </message>
    <message>
        <source>Satchel — DEMO</source>
        <translation>Satchel — ДЕМО</translation>
    </message>
    <message>
        <source>Saving the reporter&apos;s sealed reports to the stick…</source>
        <translation>Сохраняем запечатанные отчёты автора на флешку…</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer (loopback only; it cannot reach the Internet)…</source>
        <translation>Запускаем частную сеть Tor на этом компьютере (только внутри него; в интернет она не выходит)…</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer…</source>
        <translation>Запускаем частную сеть Tor на этом компьютере…</translation>
    </message>
    <message>
        <source>The demo could not be set up: %1</source>
        <translation>Не удалось подготовить демонстрацию: %1</translation>
    </message>
    <message numerus="yes">
        <source>The desk received %n submission(s) and checked who signed them and that nothing was altered: see the Verification column.</source>
        <translation>
            <numerusform>Приём получил %n отчёт и проверил, кто его подписал и что ничего не изменено: см. столбец «Проверка».</numerusform>
            <numerusform>Приём получил %n отчёта и проверил, кто их подписал и что ничего не изменено: см. столбец «Проверка».</numerusform>
            <numerusform>Приём получил %n отчётов и проверил, кто их подписал и что ничего не изменено: см. столбец «Проверка».</numerusform>
        </translation>
    </message>
    <message>
        <source>The inbox has it; the desk is pulling it now. Open the Desk tab.</source>
        <translation>Отчёт в ящике входящих; приём сейчас его забирает. Откройте вкладку «Приём».</translation>
    </message>
    <message>
        <source>The private Tor network did not start (%1); reports can still travel on a stick.</source>
        <translation>Частная сеть Tor не запустилась (%1); отчёты по-прежнему можно переносить на флешке.</translation>
    </message>
    <message>
        <source>The stick is at the desk; importing it…</source>
        <translation>Флешка на приёме; импортируем…</translation>
    </message>
    <message>
        <source>This demo runs without Tor, so it has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>Эта демонстрация работает без Tor, поэтому сетевого пути у неё нет: она вообще не подключается, и отчёты переносятся на флешке, как их носит курьер.</translation>
    </message>
    <message>
        <source>Tor is not installed here, so this demo runs without it and has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>Tor здесь не установлен, поэтому демонстрация работает без него и сетевого пути у неё нет: она вообще не подключается, и отчёты переносятся на флешке, как их носит курьер.</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>Dismissed</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Не прошло: %1</translation>
    </message>
    <message>
        <source>Failed: signed by a revoked device</source>
        <translation>Не прошло: подписано отозванным устройством</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Новое устройство</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Revoked device</source>
        <translation>Отозванное устройство</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Trusted device</source>
        <translation>Доверенное устройство</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Verified, new device</source>
        <translation>Проверено, новое устройство</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>одна из проверок не прошла</translation>
    </message>
</context>
<context>
    <name>DeskWorkspace</name>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Подробности отчёта</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Поступившие отчёты</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Compare the device&apos;s fingerprint with the reporter, then trust it in Devices.</source>
        <translation>Сверьте отпечаток устройства с автором отчёта, затем доверьтесь ему во вкладке «Устройства».</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>Хеши</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Report envelope: %1</source>
        <translation>Конверт отчёта: %1</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст отчёта</translation>
    </message>
    <message>
        <source>Report text: %1</source>
        <translation>Текст отчёта: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Запечатано для</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>Сервис или компания</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>Отпечаток подписавшего</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>Подписавшее устройство</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>Сначала выберите устройство в списке.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Отозвать выбранное устройство</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Trust the selected device</source>
        <translation>Доверять выбранному устройству</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>Доверять…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>Choose the directory file</source>
        <translation>Выберите файл справочника</translation>
    </message>
    <message>
        <source>Choose the directory file…</source>
        <translation>Выбрать файл справочника…</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your coalition gave you, group by group. Only continue if every group is the same.</source>
        <translation>Сравните этот отпечаток с тем, что дала вам коалиция, группу за группой. Продолжайте, только если все группы совпадают.</translation>
    </message>
    <message>
        <source>Confirm: the fingerprint matches</source>
        <translation>Подтвердить: отпечаток совпадает</translation>
    </message>
    <message>
        <source>Confirmed. Satchel will only accept directories signed by this coalition from now on.</source>
        <translation>Подтверждено. Отныне Satchel будет принимать только справочники, подписанные этой коалицией.</translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation>Состояние справочника</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Discard this directory</source>
        <translation>Отклонить этот справочник</translation>
    </message>
    <message>
        <source>It matches</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>The coalition&apos;s fingerprint:</source>
        <translation>Отпечаток коалиции:</translation>
    </message>
    <message>
        <source>The directory says where reports go. Your coalition gives it to you as a file, on a stick or in person.</source>
        <translation>Справочник говорит, куда отправлять отчёты. Коалиция передаёт его вам файлом, на флешке или лично.</translation>
    </message>
    <message>
        <source>What to do with the fingerprint</source>
        <translation>Что делать с отпечатком</translation>
    </message>
    <message>
        <source>You can import it later.</source>
        <translation>Его можно импортировать позже.</translation>
    </message>
    <message>
        <source>Your coalition&apos;s directory</source>
        <translation>Справочник вашей коалиции</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>About the text size</source>
        <translation>О размере текста</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Цвета:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Display (also before unlock)</source>
        <translation>Вид (также до разблокировки)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Размер текста:</translation>
    </message>
    <message>
        <source>The new text size is used from the next time Satchel starts.</source>
        <translation>Новый размер текста применится при следующем запуске Satchel.</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>DuressPage</name>
    <message>
        <source>A duress passphrase (optional)</source>
        <translation>Фраза-пароль под принуждением (необязательно)</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Фраза-пароль под принуждением</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Фраза-пароль под принуждением ещё раз</translation>
    </message>
    <message>
        <source>Duress passphrase hint</source>
        <translation>Подсказка к фразе-паролю под принуждением</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Фраза-пароль под принуждением:</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Satchel, type this passphrase instead. It silently destroys everything in this vault and opens an empty one.</source>
        <translation>Если вас заставят открыть Satchel, введите вместо обычной эту фразу-пароль. Она незаметно уничтожит всё в этом хранилище и откроет пустое.</translation>
    </message>
    <message>
        <source>It does not help against someone who copied this computer&apos;s disk before, or who knows that Satchel has this feature.</source>
        <translation>Это не поможет против того, кто уже скопировал диск этого компьютера или знает об этой функции Satchel.</translation>
    </message>
    <message>
        <source>It must differ from your passphrase.</source>
        <translation>Она должна отличаться от вашей фразы-пароля.</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>Задать фразу-пароль под принуждением</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две фразы-пароля пока не совпадают.</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost.</source>
        <translation>Произошла непредвиденная ошибка; ничего не потеряно.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>Choose an empty folder</source>
        <translation>Выберите пустую папку</translation>
    </message>
    <message>
        <source>Evidence export progress</source>
        <translation>Ход экспорта доказательств</translation>
    </message>
    <message>
        <source>Evidence export result</source>
        <translation>Результат экспорта доказательств</translation>
    </message>
    <message>
        <source>Evidence written to %1; its README.txt says how to re-check it.</source>
        <translation>Доказательства записаны в %1; в файле README.txt сказано, как их перепроверить.</translation>
    </message>
    <message>
        <source>Export evidence to a folder</source>
        <translation>Экспортировать доказательства в папку</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>Экспорт доказательств…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any check</source>
        <translation>Любая проверка</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Любое устройство</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не прошло проверку</translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation>Фильтр по дате получения</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>Фильтр по устройству</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Фильтр по состоянию</translation>
    </message>
    <message>
        <source>Filter by verification</source>
        <translation>Фильтр по проверке</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Set up Satchel</source>
        <translation>Настройка Satchel</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>A company&apos;s technology misused for repression</source>
        <translation>Технологии компании, используемые для репрессий</translation>
    </message>
    <message>
        <source>Blocking or filtering of websites and services</source>
        <translation>Блокировка или фильтрация сайтов и сервисов</translation>
    </message>
    <message>
        <source>Hacking of devices or accounts</source>
        <translation>Взлом устройств или аккаунтов</translation>
    </message>
    <message>
        <source>Illicit monitoring or surveillance</source>
        <translation>Незаконная слежка или наблюдение</translation>
    </message>
    <message>
        <source>Internet or mobile network shutdown</source>
        <translation>Отключение интернета или мобильной связи</translation>
    </message>
    <message>
        <source>Intimidation, threats or arrest of network users</source>
        <translation>Запугивание, угрозы или аресты пользователей сети</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Destroy everything…</source>
        <translation>Уничтожить всё…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The desk connects to Tor when it pulls; use &quot;Pull now&quot; on the Receive tab.</source>
        <translation>Приёмная подключается к Tor, когда забирает отчёты; нажмите «Забрать сейчас» на вкладке «Приём».</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>Checking for hidden information…</source>
        <translation>Поиск скрытых сведений…</translation>
    </message>
    <message>
        <source>Hidden information cannot be removed: {reason}</source>
        <translation>Скрытые сведения удалить нельзя: {reason}</translation>
    </message>
    <message>
        <source>Hidden information kept, as you chose</source>
        <translation>Скрытые сведения сохранены, как вы выбрали</translation>
    </message>
    <message>
        <source>Hidden information removed: {what}</source>
        <translation>Скрытые сведения удалены: {what}</translation>
    </message>
    <message>
        <source>Hidden information was not removed</source>
        <translation>Скрытые сведения не удалены</translation>
    </message>
    <message>
        <source>Hidden information will be removed: {what}</source>
        <translation>Скрытые сведения будут удалены: {what}</translation>
    </message>
    <message>
        <source>No hidden information found</source>
        <translation>Скрытых сведений не найдено</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy everything</source>
        <translation>Уничтожить всё</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>The word to type</source>
        <translation>Слово, которое нужно ввести</translation>
    </message>
    <message>
        <source>This erases every report, attachment and key in Satchel on this computer, for ever. Nothing can bring it back. To go ahead, type the word below.</source>
        <translation>Это навсегда сотрёт все отчёты, вложения и ключи Satchel на этом компьютере. Вернуть их будет невозможно. Чтобы продолжить, введите слово ниже.</translation>
    </message>
    <message>
        <source>Type the word to confirm</source>
        <translation>Введите слово для подтверждения</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>уничтожить</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте фразу-пароль</translation>
    </message>
    <message>
        <source>It locks everything in this vault. A short sentence only you know is easier to remember and harder to guess.</source>
        <translation>Она запирает всё в этом хранилище. Короткую фразу, которую знаете только вы, легче запомнить и труднее угадать.</translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase: not the coalition, not the makers of Satchel. If you forget it, everything in this vault is lost.</source>
        <translation>Никто не сможет восстановить эту фразу-пароль: ни коалиция, ни создатели Satchel. Если вы её забудете, всё в этом хранилище будет потеряно.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Фраза-пароль</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Фраза-пароль ещё раз</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Подсказка к фразе-паролю</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность фразы-пароля</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Фраза-пароль:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две фразы-пароля пока не совпадают.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least 10 characters, or a few words that do not belong together.</source>
        <translation>Слишком легко угадать: используйте не меньше 10 символов или несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Building circuits</source>
        <translation>Создание цепочек</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Connecting to a relay</source>
        <translation>Подключение к ретранслятору</translation>
    </message>
    <message>
        <source>Loading relay information</source>
        <translation>Загрузка информации о ретрансляторах</translation>
    </message>
    <message>
        <source>Starting Tor</source>
        <translation>Запуск Tor</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>About sticks</source>
        <translation>О флешках</translation>
    </message>
    <message>
        <source>Bring submissions in from a stick; send receipts back on one, so reporters can erase their copies.</source>
        <translation>Принимайте отчёты с флешки и отправляйте подтверждения обратно на флешке, чтобы авторы могли стереть свои копии.</translation>
    </message>
    <message>
        <source>By stick</source>
        <translation>На флешке</translation>
    </message>
    <message>
        <source>Export receipts to a stick…</source>
        <translation>Экспорт подтверждений на флешку…</translation>
    </message>
    <message>
        <source>From the inbox, over Tor</source>
        <translation>Из ящика входящих, через Tor</translation>
    </message>
    <message>
        <source>Pull automatically</source>
        <translation>Забирать автоматически</translation>
    </message>
    <message>
        <source>Pull automatically while this window is open</source>
        <translation>Забирать автоматически, пока открыто это окно</translation>
    </message>
    <message>
        <source>Pull new submissions from the inbox now</source>
        <translation>Забрать новые отчёты из ящика входящих сейчас</translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation>Забрать сейчас</translation>
    </message>
    <message>
        <source>Pull status</source>
        <translation>Состояние приёма</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n new item(s).</source>
        <translation>
            <numerusform>Получен %n новый элемент.</numerusform>
            <numerusform>Получено %n новых элемента.</numerusform>
            <numerusform>Получено %n новых элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling from the inbox…</source>
        <translation>Забираем из ящика входящих…</translation>
    </message>
    <message>
        <source>Pulling over Tor is not set up in this window; import from a stick instead.</source>
        <translation>Приём через Tor в этом окне не настроен; импортируйте с флешки.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n new item(s) so far.</source>
        <translation>
            <numerusform>Пока получен %n новый элемент.</numerusform>
            <numerusform>Пока получено %n новых элемента.</numerusform>
            <numerusform>Пока получено %n новых элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop pulling</source>
        <translation>Прекратить приём</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>As precise as you feel safe with</source>
        <translation>Настолько точно, насколько вам безопасно</translation>
    </message>
    <message>
        <source>Delete this report</source>
        <translation>Удалить этот отчёт</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Keep hidden information in files</source>
        <translation>Сохранять скрытые сведения в файлах</translation>
    </message>
    <message>
        <source>Keep hidden information in files (not recommended)</source>
        <translation>Сохранять скрытые сведения в файлах (не рекомендуется)</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Тип происшествия</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>New report — it stays on this computer until you send it.</source>
        <translation>Новый отчёт — он остаётся на этом компьютере, пока вы его не отправите.</translation>
    </message>
    <message>
        <source>No real names needed</source>
        <translation>Настоящие имена не нужны</translation>
    </message>
    <message>
        <source>Paste files</source>
        <translation>Вставить файлы</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>Состояние отчёта</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст отчёта</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>Сервис или компания</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Сервис:</translation>
    </message>
    <message>
        <source>Tell what happened.</source>
        <translation>Расскажите, что произошло.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Что произошло, в нескольких словах</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <source>e.g. 3 May, evening</source>
        <translation>например, 3 мая, вечером</translation>
    </message>
    <message>
        <source>e.g. a mobile operator</source>
        <translation>например, мобильный оператор</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Написан</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Delivered and erased</source>
        <translation>Доставлен и стёрт</translation>
    </message>
    <message>
        <source>Draft — only on this computer</source>
        <translation>Черновик — только на этом компьютере</translation>
    </message>
    <message>
        <source>On a stick — waiting for the receipt</source>
        <translation>На флешке — ждёт подтверждения</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sending {percent} %</source>
        <translation>Отправляется: {percent} %</translation>
    </message>
    <message>
        <source>Waiting for a connection — safe in this vault</source>
        <translation>Ждёт подключения — в безопасности в хранилище</translation>
    </message>
</context>
<context>
    <name>ReporterWorkspace</name>
    <message>
        <source>A report needs a title.</source>
        <translation>Отчёту нужен заголовок.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Choose the stick</source>
        <translation>Выберите флешку</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Черновик сохранён.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Новый отчёт</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Report erased.</source>
        <translation>Отчёт стёрт.</translation>
    </message>
    <message>
        <source>Report sealed. Satchel sends it as soon as there is a connection.</source>
        <translation>Отчёт запечатан. Satchel отправит его, как только появится подключение.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Save to a stick</source>
        <translation>Сохранить на флешку</translation>
    </message>
    <message>
        <source>Save to a stick…</source>
        <translation>Сохранить на флешку…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>На флешку сохранён %n элемент.</numerusform>
            <numerusform>На флешку сохранено %n элемента.</numerusform>
            <numerusform>На флешку сохранено %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>Напишите несколько слов о том, что произошло.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>A vault is made for one role. You can make another vault later.</source>
        <translation>Хранилище создаётся для одной роли. Позже можно создать другое.</translation>
    </message>
    <message>
        <source>Carry sealed reports on a USB stick. You cannot read them.</source>
        <translation>Переносите запечатанные отчёты на флешке. Прочитать их вы не можете.</translation>
    </message>
    <message>
        <source>I carry reports</source>
        <translation>Я переношу отчёты</translation>
    </message>
    <message>
        <source>I receive reports for the coalition</source>
        <translation>Я принимаю отчёты для коалиции</translation>
    </message>
    <message>
        <source>I write reports</source>
        <translation>Я пишу отчёты</translation>
    </message>
    <message>
        <source>Open, check and sort the reports that arrive.</source>
        <translation>Открывайте, проверяйте и сортируйте поступающие отчёты.</translation>
    </message>
    <message>
        <source>Who will use Satchel on this computer?</source>
        <translation>Кто будет пользоваться Satchel на этом компьютере?</translation>
    </message>
    <message>
        <source>Write reports with photos and documents and send them safely.</source>
        <translation>Пишите отчёты с фотографиями и документами и безопасно отправляйте их.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Back to unlock</source>
        <translation>Назад к разблокировке</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>StickPanel</name>
    <message numerus="yes">
        <source>%n item(s) could not be saved; they are still held here. Export again.</source>
        <translation>
            <numerusform>%n элемент не удалось сохранить; он остаётся здесь. Экспортируйте ещё раз.</numerusform>
            <numerusform>%n элемента не удалось сохранить; они остаются здесь. Экспортируйте ещё раз.</numerusform>
            <numerusform>%n элементов не удалось сохранить; они остаются здесь. Экспортируйте ещё раз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the stick were damaged or unreadable and were not taken; ask for them to be saved to a stick again.</source>
        <translation>
            <numerusform>%n элемент на флешке повреждён или не читается и не был принят; попросите сохранить его на флешку заново.</numerusform>
            <numerusform>%n элемента на флешке повреждены или не читаются и не были приняты; попросите сохранить их на флешку заново.</numerusform>
            <numerusform>%n элементов на флешке повреждены или не читаются и не были приняты; попросите сохранить их на флешку заново.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the stick&apos;s folder</source>
        <translation>Выберите папку флешки</translation>
    </message>
    <message>
        <source>Export to a stick…</source>
        <translation>Экспорт на флешку…</translation>
    </message>
    <message>
        <source>Import from a stick…</source>
        <translation>Импорт с флешки…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>На флешку сохранён %n элемент.</numerusform>
            <numerusform>На флешку сохранено %n элемента.</numerusform>
            <numerusform>На флешку сохранено %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stick transfer progress</source>
        <translation>Ход обмена с флешкой</translation>
    </message>
    <message>
        <source>Stick transfer result</source>
        <translation>Результат обмена с флешкой</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop the stick transfer; what is done so far is kept</source>
        <translation>Остановить обмен с флешкой; уже сделанное сохранится</translation>
    </message>
    <message>
        <source>Stopped; what was done so far is kept.</source>
        <translation>Остановлено; уже сделанное сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) from the stick.</source>
        <translation>
            <numerusform>С флешки принят %n элемент.</numerusform>
            <numerusform>С флешки принято %n элемента.</numerusform>
            <numerusform>С флешки принято %n элементов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Comma-separated, e.g. urgent, north</source>
        <translation>Через запятую, например: срочно, север</translation>
    </message>
    <message>
        <source>Desk state</source>
        <translation>Состояние при приёме</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Save triage</source>
        <translation>Сохранить разбор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Language and display settings</source>
        <translation>Настройки языка и вида</translation>
    </message>
    <message>
        <source>Language and display…</source>
        <translation>Язык и вид…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Фраза-пароль</translation>
    </message>
    <message>
        <source>Satchel is locked</source>
        <translation>Satchel заблокирован</translation>
    </message>
    <message>
        <source>Some display settings could not be read and were reset to their defaults: {what}.</source>
        <translation>Некоторые настройки отображения не удалось прочитать, и они сброшены: {what}.</translation>
    </message>
    <message>
        <source>That passphrase did not open Satchel. Check it and try again.</source>
        <translation>Эта фраза-пароль не открыла Satchel. Проверьте её и попробуйте снова.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите фразу-пароль.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unlock Satchel</source>
        <translation>Разблокировать Satchel</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Сообщение о разблокировке</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>цвета</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>размер текста</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Через %n минуту без работы</numerusform>
            <numerusform>Через %n минуты без работы</numerusform>
            <numerusform>Через %n минут без работы</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridges (kept in this vault)</source>
        <translation>Мосты (хранятся в этом хранилище)</translation>
    </message>
    <message>
        <source>Immediately, when I leave the window</source>
        <translation>Сразу, когда я ухожу из окна</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блокировать автоматически</translation>
    </message>
    <message>
        <source>Lock automatically:</source>
        <translation>Блокировать автоматически:</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Блокировать при сворачивании окна</translation>
    </message>
    <message>
        <source>Locking (kept in this vault)</source>
        <translation>Блокировка (хранится в этом хранилище)</translation>
    </message>
    <message>
        <source>Never for idleness</source>
        <translation>Никогда из-за бездействия</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
</TS>
