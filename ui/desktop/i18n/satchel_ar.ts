<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AlertsPanel</name>
    <message numerus="yes">
        <source>%n incident row(s) would leave the desk.</source>
        <translation>
            <numerusform>لن يخرج أي سطر حوادث من مكتب الاستلام.</numerusform>
            <numerusform>سيخرج سطر حوادث واحد من مكتب الاستلام.</numerusform>
            <numerusform>سيخرج سطرا حوادث من مكتب الاستلام.</numerusform>
            <numerusform>ستخرج %n أسطر حوادث من مكتب الاستلام.</numerusform>
            <numerusform>سيخرج %n سطرًا من الحوادث من مكتب الاستلام.</numerusform>
            <numerusform>سيخرج %n سطر حوادث من مكتب الاستلام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts preview</source>
        <translation>معاينة التنبيهات</translation>
    </message>
    <message>
        <source>Alerts result</source>
        <translation>نتيجة التنبيهات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV and JSON…</source>
        <translation>تصدير CSV و JSON…</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>تصدير التنبيهات</translation>
    </message>
    <message>
        <source>Export the alerts as CSV and JSON</source>
        <translation>تصدير التنبيهات بصيغتي CSV و JSON</translation>
    </message>
    <message>
        <source>Only incidents since</source>
        <translation>الحوادث منذ تاريخ فقط</translation>
    </message>
    <message>
        <source>Only incidents since a date</source>
        <translation>الحوادث منذ تاريخ معيّن فقط</translation>
    </message>
    <message>
        <source>Only what is below leaves the desk: kind, date, region and country, service, verification and a count. No names, no report text, no device.</source>
        <translation>لا يخرج من مكتب الاستلام إلا ما يظهر أدناه: النوع والتاريخ والمنطقة والبلد والخدمة والتحقق وعدد. لا أسماء، ولا نص تقارير، ولا أجهزة.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Preview what leaves the desk</source>
        <translation>معاينة ما سيخرج من مكتب الاستلام</translation>
    </message>
    <message>
        <source>Since date</source>
        <translation>منذ تاريخ</translation>
    </message>
    <message>
        <source>What leaves the desk</source>
        <translation>ما يخرج من مكتب الاستلام</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>كُتب %1 و%2.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Hidden information</source>
        <translation>المعلومات المخفية</translation>
    </message>
</context>
<context>
    <name>AttachmentPane</name>
    <message>
        <source>About the preview</source>
        <translation>عن المعاينة</translation>
    </message>
    <message>
        <source>Attachment preview</source>
        <translation>معاينة المرفق</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Choose where to save a copy</source>
        <translation>اختر مكان حفظ النسخة</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>معاينة ملف PDF</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>حفظ نسخة من المرفق</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>حفظ نسخة…</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>حُفظت نسخة باسم %1.</translation>
    </message>
    <message>
        <source>Shown from memory; checked against the signed hash.</source>
        <translation>معروض من الذاكرة؛ وقد طوبق مع الهاش الموقَّع.</translation>
    </message>
    <message>
        <source>This file cannot be shown inside Satchel. Use &quot;Save a copy&quot; to open it with another program.</source>
        <translation>لا يمكن عرض هذا الملف داخل Satchel. استخدم «حفظ نسخة» لفتحه ببرنامج آخر.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Drop files here, or paste them.</source>
        <translation>أفلت الملفات هنا أو الصقها.</translation>
    </message>
    <message>
        <source>Save the picture as a file first, then add the file.</source>
        <translation>احفظ الصورة في ملف أولًا، ثم أضف الملف.</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>Connect to Tor directly. Best where Tor is not blocked.</source>
        <translation>الاتصال بتور مباشرة. الأفضل حيث لا يكون تور محجوبًا.</translation>
    </message>
    <message>
        <source>No bridge</source>
        <translation>بدون جسر</translation>
    </message>
    <message>
        <source>Use the bridge lines someone gave you.</source>
        <translation>استخدم أسطر الجسور التي أعطاك إياها شخص ما.</translation>
    </message>
    <message>
        <source>my own bridges</source>
        <translation>جسوري الخاصة</translation>
    </message>
    <message>
        <source>{bridge}: looks like a video call.</source>
        <translation>الجسر {bridge} يبدو كمكالمة فيديو.</translation>
    </message>
    <message>
        <source>{bridge}: looks like visiting a big website. It is slow.</source>
        <translation>الجسر {bridge} يبدو كأنك تزور موقعًا كبيرًا. إنه بطيء.</translation>
    </message>
    <message>
        <source>{bridge}: makes the connection look like random noise. Needs bridge lines from someone you trust.</source>
        <translation>الجسر {bridge} يجعل الاتصال يبدو كضجيج عشوائي. يحتاج إلى أسطر جسور من شخص تثق به.</translation>
    </message>
</context>
<context>
    <name>BridgeChooser</name>
    <message>
        <source>About this bridge</source>
        <translation>عن هذا الجسر</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>الجسر</translation>
    </message>
    <message>
        <source>Bridge lines</source>
        <translation>أسطر الجسور</translation>
    </message>
    <message>
        <source>Bridge lines:</source>
        <translation>أسطر الجسور:</translation>
    </message>
    <message>
        <source>Bridge:</source>
        <translation>الجسر:</translation>
    </message>
    <message>
        <source>One bridge line on each line</source>
        <translation>سطر جسر واحد في كل سطر</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>A name you will recognise, e.g. a code name</source>
        <translation>اسم ستتعرّف عليه، مثل اسم رمزي</translation>
    </message>
    <message>
        <source>Ask the reporter to read out the fingerprint their device shows, or compare it in person. Trust this device only if every group matches.</source>
        <translation>اطلب من المُبلِّغ أن يقرأ بصوت عالٍ البصمة التي يعرضها جهازه، أو قارنها وجهًا لوجه. لا تثق بهذا الجهاز إلا إذا تطابقت كل مجموعة.</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>قارن البصمة</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Confirm, the fingerprints match</source>
        <translation>تأكيد، البصمتان متطابقتان</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard, change nothing</source>
        <translation>تجاهُل، لا تغيّر شيئًا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Revoking marks every submission this device signs from now on as failed. Check that this is the device you mean.</source>
        <translation>إلغاء الثقة يجعل كل تقرير يوقّعه هذا الجهاز من الآن فصاعدًا فاشلًا في التحقق. تأكد أن هذا هو الجهاز المقصود.</translation>
    </message>
    <message>
        <source>What to compare</source>
        <translation>ما يجب مقارنته</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Connected through Tor</source>
        <translation>متصل عبر تور</translation>
    </message>
    <message>
        <source>Connected through Tor, via {bridge}</source>
        <translation>متصل عبر تور، من خلال {bridge}</translation>
    </message>
    <message>
        <source>Connecting has stopped moving. Tor may be blocked here: try a bridge.</source>
        <translation>توقف الاتصال عن التقدم. ربما يكون تور محجوبًا هنا: جرّب جسرًا.</translation>
    </message>
    <message>
        <source>Connecting to Tor…</source>
        <translation>جارٍ الاتصال بتور…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>Satchel could not connect.</source>
        <translation>لم يتمكن Satchel من الاتصال.</translation>
    </message>
    <message>
        <source>The bridge did not answer. Try another bridge, or another kind of bridge.</source>
        <translation>لم يستجب الجسر. جرّب جسرًا آخر أو نوعًا آخر من الجسور.</translation>
    </message>
    <message>
        <source>This computer is not connected to the Internet. Your reports are safe here; Satchel sends them once it is.</source>
        <translation>هذا الحاسوب غير متصل بالإنترنت. تقاريرك آمنة هنا، وسيرسلها Satchel حين يتصل.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong. Set the right date, time and time zone, then connect again.</source>
        <translation>ساعة هذا الحاسوب غير صحيحة. اضبط التاريخ والوقت والمنطقة الزمنية الصحيحة، ثم اتصل مجددًا.</translation>
    </message>
    <message>
        <source>Tor seems blocked here — try a bridge.</source>
        <translation>يبدو أن تور محجوب هنا — جرّب جسرًا.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>إلغاء الاتصال</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connecting progress</source>
        <translation>تقدّم الاتصال</translation>
    </message>
    <message>
        <source>Connecting step</source>
        <translation>خطوة الاتصال</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Sending over Tor is not available in this version yet; save your reports to a stick instead.</source>
        <translation>الإرسال عبر تور غير متاح في هذا الإصدار بعد؛ احفظ تقاريرك على ذاكرة USB بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>CourierWorkspace</name>
    <message>
        <source>About carrying</source>
        <translation>عن النقل</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>الناقل</translation>
    </message>
    <message>
        <source>Everything you carry is sealed: you cannot read it, and nobody can read it from you. Pass it on by stick or upload it when you have a connection; receipts travel back the same way so senders can erase their copies.</source>
        <translation>كل ما تنقله مختوم: لا تستطيع قراءته، ولا يستطيع أحد قراءته منك. سلّمه على ذاكرة USB أو ارفعه حين يتوفر اتصال؛ وتعود الإيصالات بالطريقة نفسها كي يمحو المرسلون نسخهم.</translation>
    </message>
    <message>
        <source>What you carry</source>
        <translation>ما تنقله</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message numerus="yes">
        <source>You carry %n item(s), %1 in all.</source>
        <translation>
            <numerusform>لا تنقل أي عنصر (%1).</numerusform>
            <numerusform>تنقل عنصرًا واحدًا، %1 إجمالًا.</numerusform>
            <numerusform>تنقل عنصرين، %1 إجمالًا.</numerusform>
            <numerusform>تنقل %n عناصر، %1 إجمالًا.</numerusform>
            <numerusform>تنقل %n عنصرًا، %1 إجمالًا.</numerusform>
            <numerusform>تنقل %n عنصر، %1 إجمالًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>You carry nothing at the moment.</source>
        <translation>لا تنقل شيئًا حاليًا.</translation>
    </message>
</context>
<context>
    <name>DeleteCountdown</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the deletion</source>
        <translation>إلغاء الحذف</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>جارٍ الحذف</translation>
    </message>
    <message numerus="yes">
        <source>This report will be erased in %n second(s).</source>
        <translation>
            <numerusform>سيُمحى هذا التقرير الآن.</numerusform>
            <numerusform>سيُمحى هذا التقرير بعد ثانية واحدة.</numerusform>
            <numerusform>سيُمحى هذا التقرير بعد ثانيتين.</numerusform>
            <numerusform>سيُمحى هذا التقرير بعد %n ثوانٍ.</numerusform>
            <numerusform>سيُمحى هذا التقرير بعد %n ثانية.</numerusform>
            <numerusform>سيُمحى هذا التقرير بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>A throwaway coalition made for this demo: nothing here is real or private. It lives in %1; its passphrase is “%2”.</source>
        <translation>تحالف مؤقت صُنع لهذا العرض: لا شيء هنا حقيقي أو خاص. يوجد في %1؛ وعبارة مروره هي «%2».</translation>
    </message>
    <message>
        <source>About this demo</source>
        <translation>عن هذا العرض</translation>
    </message>
    <message>
        <source>Carry the stick to the desk</source>
        <translation>انقل ذاكرة USB إلى مكتب الاستلام</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>عرض تجريبي</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>عرض تجريبي</translation>
    </message>
    <message>
        <source>How the demo is connected</source>
        <translation>كيف يتصل العرض</translation>
    </message>
    <message>
        <source>Private Tor network starting</source>
        <translation>شبكة تور الخاصة قيد التشغيل</translation>
    </message>
    <message>
        <source>Saves the reporter&apos;s sealed reports to a stick in the demo folder, then imports that stick at the desk, as a courier would</source>
        <translation>يحفظ تقارير المُبلِّغ المختومة على ذاكرة USB في مجلد العرض، ثم يستورد تلك الذاكرة في مكتب الاستلام، كما يفعل الناقل</translation>
    </message>
    <message>
        <source>This is a demonstration</source>
        <translation>هذا عرض تجريبي</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>ما الذي حدث للتو</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما الذي تفعله</translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Press “Carry the stick to the desk”. 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>1. في تبويب «المُبلِّغ»، اكتب تقريرًا (يكفي عنوان) واضغط «إرسال». 2. اضغط «انقل ذاكرة USB إلى مكتب الاستلام». 3. في تبويب «مكتب الاستلام» يصل التقرير، ويقول عمود «التحقق» هل تم التحقق منه.</translation>
    </message>
    <message>
        <source>1. On the Reporter tab, write a report (a title is enough) and press Send. 2. Watch the Outbox: the report goes over the private Tor network by itself (or press “Carry the stick to the desk”). 3. On the Desk tab, the report arrives and its Verification column says whether it is verified.</source>
        <translation>1. في تبويب «المُبلِّغ»، اكتب تقريرًا (يكفي عنوان) واضغط «إرسال». 2. راقب «صندوق الصادر»: يذهب التقرير وحده عبر شبكة تور الخاصة (أو اضغط «انقل ذاكرة USB إلى مكتب الاستلام»). 3. في تبويب «مكتب الاستلام» يصل التقرير، ويقول عمود «التحقق» هل تم التحقق منه.</translation>
    </message>
    <message>
        <source>Connected through a private Tor network on this computer; the demo&apos;s inbox is an onion service on it.</source>
        <translation>متصل عبر شبكة تور خاصة على هذا الحاسوب؛ وصندوق الوارد في العرض خدمة onion عليها.</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>مكتب الاستلام</translation>
    </message>
    <message>
        <source>Making the demo coalition…</source>
        <translation>جارٍ إنشاء تحالف العرض…</translation>
    </message>
    <message>
        <source>Nothing to carry yet: write a report and press Send first.</source>
        <translation>لا شيء لنقله بعد: اكتب تقريرًا واضغط «إرسال» أولًا.</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>المُبلِّغ</translation>
    </message>
    <message>
        <source>Reporter or desk</source>
        <translation>المُبلِّغ أو مكتب الاستلام</translation>
    </message>
    <message>
        <source>Satchel — DEMO</source>
        <translation>Satchel — عرض تجريبي</translation>
    </message>
    <message>
        <source>Saving the reporter&apos;s sealed reports to the stick…</source>
        <translation>جارٍ حفظ تقارير المُبلِّغ المختومة على ذاكرة USB…</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>جارٍ البدء</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer (loopback only; it cannot reach the Internet)…</source>
        <translation>جارٍ تشغيل شبكة تور خاصة على هذا الحاسوب (داخلية فقط؛ لا يمكنها الوصول إلى الإنترنت)…</translation>
    </message>
    <message>
        <source>Starting a private Tor network on this computer…</source>
        <translation>جارٍ تشغيل شبكة تور خاصة على هذا الحاسوب…</translation>
    </message>
    <message>
        <source>The demo could not be set up: %1</source>
        <translation>تعذّر إعداد العرض: %1</translation>
    </message>
    <message numerus="yes">
        <source>The desk received %n submission(s) and checked who signed them and that nothing was altered: see the Verification column.</source>
        <translation>
            <numerusform>لم يستلم مكتب الاستلام أي تقرير.</numerusform>
            <numerusform>استلم مكتب الاستلام تقريرًا واحدًا وتحقق ممن وقّعه ومن أنه لم يُعدَّل: انظر عمود «التحقق».</numerusform>
            <numerusform>استلم مكتب الاستلام تقريرين وتحقق ممن وقّعهما ومن أنهما لم يُعدَّلا: انظر عمود «التحقق».</numerusform>
            <numerusform>استلم مكتب الاستلام %n تقارير وتحقق ممن وقّعها ومن أنها لم تُعدَّل: انظر عمود «التحقق».</numerusform>
            <numerusform>استلم مكتب الاستلام %n تقريرًا وتحقق ممن وقّعها ومن أنها لم تُعدَّل: انظر عمود «التحقق».</numerusform>
            <numerusform>استلم مكتب الاستلام %n تقرير وتحقق ممن وقّعها ومن أنها لم تُعدَّل: انظر عمود «التحقق».</numerusform>
        </translation>
    </message>
    <message>
        <source>The inbox has it; the desk is pulling it now. Open the Desk tab.</source>
        <translation>وصل إلى صندوق الوارد؛ ومكتب الاستلام يجلبه الآن. افتح تبويب «مكتب الاستلام».</translation>
    </message>
    <message>
        <source>The private Tor network did not start (%1); reports can still travel on a stick.</source>
        <translation>لم تبدأ شبكة تور الخاصة (%1)؛ لكن التقارير ما زال يمكنها الانتقال على ذاكرة USB.</translation>
    </message>
    <message>
        <source>The stick is at the desk; importing it…</source>
        <translation>وصلت ذاكرة USB إلى مكتب الاستلام؛ جارٍ استيرادها…</translation>
    </message>
    <message>
        <source>This demo runs without Tor, so it has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>يعمل هذا العرض دون تور، لذا لا مسار شبكيًا له: لا يستخدم أي اتصال إطلاقًا، وتنتقل التقارير على ذاكرة USB كما ينقلها الناقل.</translation>
    </message>
    <message>
        <source>Tor is not installed here, so this demo runs without it and has no network path: it uses no connection at all, and reports travel on a stick, as a courier carries them.</source>
        <translation>تور غير مثبّت هنا، لذا يعمل هذا العرض دونه ولا مسار شبكيًا له: لا يستخدم أي اتصال إطلاقًا، وتنتقل التقارير على ذاكرة USB كما ينقلها الناقل.</translation>
    </message>
</context>
<context>
    <name>DeskWords</name>
    <message>
        <source>Dismissed</source>
        <translation>مُستبعَد</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>Failed: signed by a revoked device</source>
        <translation>فشل: موقَّع من جهاز أُلغيت الثقة به</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>جهاز جديد</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>لم يُفحص بعد</translation>
    </message>
    <message>
        <source>Revoked device</source>
        <translation>جهاز أُلغيت الثقة به</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>تمت مشاركته</translation>
    </message>
    <message>
        <source>Trusted device</source>
        <translation>جهاز موثوق</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
    <message>
        <source>Verified, new device</source>
        <translation>مُتحقَّق منه، جهاز جديد</translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation>فشل أحد الفحوص</translation>
    </message>
</context>
<context>
    <name>DeskWorkspace</name>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>مكتب الاستلام</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>تفاصيل التقرير الوارد</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>التقارير الواردة</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Compare the device&apos;s fingerprint with the reporter, then trust it in Devices.</source>
        <translation>قارن بصمة الجهاز مع المُبلِّغ، ثم ثِق به في «الأجهزة».</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Hashes</source>
        <translation>قيم الهاش</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلمون</translation>
    </message>
    <message>
        <source>Report envelope: %1</source>
        <translation>ظرف التقرير: %1</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>نص التقرير</translation>
    </message>
    <message>
        <source>Report text: %1</source>
        <translation>نص التقرير: %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>مختوم لـ</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>الخدمة أو الشركة</translation>
    </message>
    <message>
        <source>Signer fingerprint</source>
        <translation>بصمة الموقِّع</translation>
    </message>
    <message>
        <source>Signing device</source>
        <translation>الجهاز الموقِّع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>اختر جهازًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>إلغاء الثقة بالجهاز المحدد</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء الثقة…</translation>
    </message>
    <message>
        <source>Trust the selected device</source>
        <translation>الوثوق بالجهاز المحدد</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>الوثوق…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Checking the file…</source>
        <translation>جارٍ فحص الملف…</translation>
    </message>
    <message>
        <source>Choose the directory file</source>
        <translation>اختر ملف الدليل</translation>
    </message>
    <message>
        <source>Choose the directory file…</source>
        <translation>اختر ملف الدليل…</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your coalition gave you, group by group. Only continue if every group is the same.</source>
        <translation>قارن هذه البصمة بالبصمة التي أعطاك إياها تحالفك، مجموعةً مجموعة. لا تتابع إلا إذا تطابقت كل المجموعات.</translation>
    </message>
    <message>
        <source>Confirm: the fingerprint matches</source>
        <translation>تأكيد: البصمة متطابقة</translation>
    </message>
    <message>
        <source>Confirmed. Satchel will only accept directories signed by this coalition from now on.</source>
        <translation>تم التأكيد. لن يقبل Satchel من الآن إلا الأدلة الموقّعة من هذا التحالف.</translation>
    </message>
    <message>
        <source>Directory status</source>
        <translation>حالة الدليل</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard this directory</source>
        <translation>تجاهل هذا الدليل</translation>
    </message>
    <message>
        <source>It matches</source>
        <translation>إنها متطابقة</translation>
    </message>
    <message>
        <source>The coalition&apos;s fingerprint:</source>
        <translation>بصمة التحالف:</translation>
    </message>
    <message>
        <source>The directory says where reports go. Your coalition gives it to you as a file, on a stick or in person.</source>
        <translation>يحدد الدليل وجهة التقارير. يعطيك تحالفك إياه كملف، على ذاكرة USB أو يدًا بيد.</translation>
    </message>
    <message>
        <source>What to do with the fingerprint</source>
        <translation>ما يجب فعله بالبصمة</translation>
    </message>
    <message>
        <source>You can import it later.</source>
        <translation>يمكنك استيراده لاحقًا.</translation>
    </message>
    <message>
        <source>Your coalition&apos;s directory</source>
        <translation>دليل تحالفك</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>About the text size</source>
        <translation>عن حجم النص</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Display (also before unlock)</source>
        <translation>العرض (أيضًا قبل فتح القفل)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <source>The new text size is used from the next time Satchel starts.</source>
        <translation>يُستخدم حجم النص الجديد من المرة القادمة التي يبدأ فيها Satchel.</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>ألوان النظام</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>DuressPage</name>
    <message>
        <source>A duress passphrase (optional)</source>
        <translation>عبارة مرور للإكراه (اختيارية)</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>عبارة مرور الإكراه مرة أخرى</translation>
    </message>
    <message>
        <source>Duress passphrase hint</source>
        <translation>تلميح عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>عبارة مرور الإكراه:</translation>
    </message>
    <message>
        <source>If someone forces you to unlock Satchel, type this passphrase instead. It silently destroys everything in this vault and opens an empty one.</source>
        <translation>إذا أجبرك أحد على فتح Satchel، فاكتب هذه العبارة بدلًا من عبارتك. إنها تُتلف كل ما في هذه الخزنة بصمت وتفتح خزنة فارغة.</translation>
    </message>
    <message>
        <source>It does not help against someone who copied this computer&apos;s disk before, or who knows that Satchel has this feature.</source>
        <translation>لا يحميك من شخص نسخ قرص هذا الحاسوب من قبل، أو يعرف أن Satchel فيه هذه الميزة.</translation>
    </message>
    <message>
        <source>It must differ from your passphrase.</source>
        <translation>يجب أن تختلف عن عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>Set a duress passphrase</source>
        <translation>تعيين عبارة مرور للإكراه</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>العبارتان غير متطابقتين بعد.</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; nothing was lost.</source>
        <translation>حدث خطأ غير متوقع؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>Choose an empty folder</source>
        <translation>اختر مجلدًا فارغًا</translation>
    </message>
    <message>
        <source>Evidence export progress</source>
        <translation>تقدّم تصدير الأدلة</translation>
    </message>
    <message>
        <source>Evidence export result</source>
        <translation>نتيجة تصدير الأدلة</translation>
    </message>
    <message>
        <source>Evidence written to %1; its README.txt says how to re-check it.</source>
        <translation>كُتبت الأدلة في %1؛ ويشرح ملف README.txt فيه كيفية إعادة التحقق منها.</translation>
    </message>
    <message>
        <source>Export evidence to a folder</source>
        <translation>تصدير الأدلة إلى مجلد</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>تصدير الأدلة…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any check</source>
        <translation>أي نتيجة فحص</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>أي جهاز</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>لم يجتز التحقق</translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation>التصفية حسب تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>التصفية حسب الجهاز</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by verification</source>
        <translation>التصفية حسب التحقق</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>لم يُفحص بعد</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>مُتحقَّق منه</translation>
    </message>
</context>
<context>
    <name>FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Set up Satchel</source>
        <translation>إعداد Satchel</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>A company&apos;s technology misused for repression</source>
        <translation>تقنية شركة أُسيء استخدامها للقمع</translation>
    </message>
    <message>
        <source>Blocking or filtering of websites and services</source>
        <translation>حجب أو تصفية المواقع والخدمات</translation>
    </message>
    <message>
        <source>Hacking of devices or accounts</source>
        <translation>اختراق أجهزة أو حسابات</translation>
    </message>
    <message>
        <source>Illicit monitoring or surveillance</source>
        <translation>مراقبة أو تجسس غير مشروع</translation>
    </message>
    <message>
        <source>Internet or mobile network shutdown</source>
        <translation>قطع الإنترنت أو شبكة الهاتف المحمول</translation>
    </message>
    <message>
        <source>Intimidation, threats or arrest of network users</source>
        <translation>ترهيب مستخدمي الشبكة أو تهديدهم أو اعتقالهم</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Destroy everything…</source>
        <translation>إتلاف كل شيء…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>اقفل الآن</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>The desk connects to Tor when it pulls; use &quot;Pull now&quot; on the Receive tab.</source>
        <translation>يتصل المكتب بتور عند جلب التقارير؛ استخدم «اجلب الآن» في تبويب الاستلام.</translation>
    </message>
</context>
<context>
    <name>Metadata</name>
    <message>
        <source>Checking for hidden information…</source>
        <translation>جارٍ البحث عن معلومات مخفية…</translation>
    </message>
    <message>
        <source>Hidden information cannot be removed: {reason}</source>
        <translation>لا يمكن إزالة المعلومات المخفية: {reason}</translation>
    </message>
    <message>
        <source>Hidden information kept, as you chose</source>
        <translation>أُبقيت المعلومات المخفية، كما اخترت</translation>
    </message>
    <message>
        <source>Hidden information removed: {what}</source>
        <translation>أُزيلت المعلومات المخفية: {what}</translation>
    </message>
    <message>
        <source>Hidden information was not removed</source>
        <translation>لم تُزَل المعلومات المخفية</translation>
    </message>
    <message>
        <source>Hidden information will be removed: {what}</source>
        <translation>ستُزال المعلومات المخفية: {what}</translation>
    </message>
    <message>
        <source>No hidden information found</source>
        <translation>لم يُعثر على معلومات مخفية</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy everything</source>
        <translation>إتلاف كل شيء</translation>
    </message>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>The word to type</source>
        <translation>الكلمة المطلوب كتابتها</translation>
    </message>
    <message>
        <source>This erases every report, attachment and key in Satchel on this computer, for ever. Nothing can bring it back. To go ahead, type the word below.</source>
        <translation>هذا يمحو كل تقرير ومرفق ومفتاح في Satchel على هذا الحاسوب، إلى الأبد. لا شيء يمكنه إعادتها. للمتابعة، اكتب الكلمة أدناه.</translation>
    </message>
    <message>
        <source>Type the word to confirm</source>
        <translation>اكتب الكلمة للتأكيد</translation>
    </message>
    <message>
        <source>destroy</source>
        <translation>إتلاف</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>It locks everything in this vault. A short sentence only you know is easier to remember and harder to guess.</source>
        <translation>إنها تقفل كل ما في هذه الخزنة. جملة قصيرة لا يعرفها سواك أسهل تذكرًا وأصعب تخمينًا.</translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase: not the coalition, not the makers of Satchel. If you forget it, everything in this vault is lost.</source>
        <translation>لا أحد يستطيع استعادة هذه العبارة: لا التحالف ولا صانعو Satchel. إذا نسيتها، ضاع كل ما في هذه الخزنة.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>تلميح عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>العبارتان غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>Too easy to guess: use at least 10 characters, or a few words that do not belong together.</source>
        <translation>سهلة التخمين جدًا: استخدم 10 أحرف على الأقل، أو بضع كلمات لا علاقة بينها.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيفة</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Building circuits</source>
        <translation>جارٍ بناء الدوائر</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connecting to a relay</source>
        <translation>جارٍ الاتصال بمُرحِّل</translation>
    </message>
    <message>
        <source>Loading relay information</source>
        <translation>جارٍ تحميل معلومات المُرحِّل</translation>
    </message>
    <message>
        <source>Starting Tor</source>
        <translation>جارٍ تشغيل تور</translation>
    </message>
</context>
<context>
    <name>ReceivingPanel</name>
    <message>
        <source>About sticks</source>
        <translation>عن ذاكرات USB</translation>
    </message>
    <message>
        <source>Bring submissions in from a stick; send receipts back on one, so reporters can erase their copies.</source>
        <translation>أدخِل التقارير الواردة من ذاكرة USB، وأعِد الإيصالات على واحدة، كي يتمكن المُبلِّغون من محو نسخهم.</translation>
    </message>
    <message>
        <source>By stick</source>
        <translation>عبر ذاكرة USB</translation>
    </message>
    <message>
        <source>Export receipts to a stick…</source>
        <translation>تصدير الإيصالات إلى ذاكرة USB…</translation>
    </message>
    <message>
        <source>From the inbox, over Tor</source>
        <translation>من صندوق الوارد، عبر تور</translation>
    </message>
    <message>
        <source>Pull automatically</source>
        <translation>الجلب تلقائيًا</translation>
    </message>
    <message>
        <source>Pull automatically while this window is open</source>
        <translation>اجلب تلقائيًا ما دامت هذه النافذة مفتوحة</translation>
    </message>
    <message>
        <source>Pull new submissions from the inbox now</source>
        <translation>اجلب التقارير الجديدة من صندوق الوارد الآن</translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation>اجلب الآن</translation>
    </message>
    <message>
        <source>Pull status</source>
        <translation>حالة الجلب</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n new item(s).</source>
        <translation>
            <numerusform>لم يُجلب أي عنصر جديد.</numerusform>
            <numerusform>جُلب عنصر جديد واحد.</numerusform>
            <numerusform>جُلب عنصران جديدان.</numerusform>
            <numerusform>جُلبت %n عناصر جديدة.</numerusform>
            <numerusform>جُلب %n عنصرًا جديدًا.</numerusform>
            <numerusform>جُلب %n عنصر جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling from the inbox…</source>
        <translation>جارٍ الجلب من صندوق الوارد…</translation>
    </message>
    <message>
        <source>Pulling over Tor is not set up in this window; import from a stick instead.</source>
        <translation>الجلب عبر تور غير مُعدّ في هذه النافذة؛ استورد من ذاكرة USB بدلًا من ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>Received %n new item(s) so far.</source>
        <translation>
            <numerusform>لم يُستلم أي عنصر جديد حتى الآن.</numerusform>
            <numerusform>استُلم عنصر جديد واحد حتى الآن.</numerusform>
            <numerusform>استُلم عنصران جديدان حتى الآن.</numerusform>
            <numerusform>استُلمت %n عناصر جديدة حتى الآن.</numerusform>
            <numerusform>استُلم %n عنصرًا جديدًا حتى الآن.</numerusform>
            <numerusform>استُلم %n عنصر جديد حتى الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop pulling</source>
        <translation>أوقف الجلب</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>As precise as you feel safe with</source>
        <translation>بالدقة التي تشعر معها بالأمان</translation>
    </message>
    <message>
        <source>Delete this report</source>
        <translation>حذف هذا التقرير</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Keep hidden information in files</source>
        <translation>إبقاء المعلومات المخفية في الملفات</translation>
    </message>
    <message>
        <source>Keep hidden information in files (not recommended)</source>
        <translation>إبقاء المعلومات المخفية في الملفات (غير مستحسن)</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>نوع الحادثة</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>New report — it stays on this computer until you send it.</source>
        <translation>تقرير جديد — يبقى على هذا الحاسوب حتى ترسله.</translation>
    </message>
    <message>
        <source>No real names needed</source>
        <translation>لا حاجة إلى أسماء حقيقية</translation>
    </message>
    <message>
        <source>Paste files</source>
        <translation>لصق ملفات</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>الأشخاص المتضررون</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>الأشخاص:</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>حالة التقرير</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>نص التقرير</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Service or company</source>
        <translation>الخدمة أو الشركة</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>الخدمة:</translation>
    </message>
    <message>
        <source>Tell what happened.</source>
        <translation>احكِ ما حدث.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>ما حدث، في كلمات قليلة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>متى:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>أين:</translation>
    </message>
    <message>
        <source>e.g. 3 May, evening</source>
        <translation>مثلًا: 3 أيار، مساءً</translation>
    </message>
    <message>
        <source>e.g. a mobile operator</source>
        <translation>مثلًا: شركة اتصالات</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>تاريخ الكتابة</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Delivered</source>
        <translation>سُلِّم</translation>
    </message>
    <message>
        <source>Delivered and erased</source>
        <translation>سُلِّم ومُحي</translation>
    </message>
    <message>
        <source>Draft — only on this computer</source>
        <translation>مسودة — على هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>On a stick — waiting for the receipt</source>
        <translation>على ذاكرة USB — بانتظار الإيصال</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Sending {percent} %</source>
        <translation>جارٍ الإرسال {percent}٪</translation>
    </message>
    <message>
        <source>Waiting for a connection — safe in this vault</source>
        <translation>بانتظار اتصال — آمن في هذه الخزنة</translation>
    </message>
</context>
<context>
    <name>ReporterWorkspace</name>
    <message>
        <source>A report needs a title.</source>
        <translation>يحتاج التقرير إلى عنوان.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <source>Choose the stick</source>
        <translation>اختر ذاكرة USB</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>حُفظت المسودة.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>تقرير جديد</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Report erased.</source>
        <translation>مُحي التقرير.</translation>
    </message>
    <message>
        <source>Report sealed. Satchel sends it as soon as there is a connection.</source>
        <translation>خُتم التقرير. سيرسله Satchel فور توفر اتصال.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Save to a stick</source>
        <translation>حفظ على ذاكرة USB</translation>
    </message>
    <message>
        <source>Save to a stick…</source>
        <translation>حفظ على ذاكرة USB…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>لم يُحفظ أي عنصر على ذاكرة USB.</numerusform>
            <numerusform>حُفظ عنصر واحد على ذاكرة USB.</numerusform>
            <numerusform>حُفظ عنصران على ذاكرة USB.</numerusform>
            <numerusform>حُفظت %n عناصر على ذاكرة USB.</numerusform>
            <numerusform>حُفظ %n عنصرًا على ذاكرة USB.</numerusform>
            <numerusform>حُفظ %n عنصر على ذاكرة USB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <source>Write a few words about what happened.</source>
        <translation>اكتب بضع كلمات عمّا حدث.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>A vault is made for one role. You can make another vault later.</source>
        <translation>تُنشأ الخزنة لدور واحد. يمكنك إنشاء خزنة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Carry sealed reports on a USB stick. You cannot read them.</source>
        <translation>انقل تقارير مختومة على ذاكرة USB. لا يمكنك قراءتها.</translation>
    </message>
    <message>
        <source>I carry reports</source>
        <translation>أنقل التقارير</translation>
    </message>
    <message>
        <source>I receive reports for the coalition</source>
        <translation>أستلم التقارير للتحالف</translation>
    </message>
    <message>
        <source>I write reports</source>
        <translation>أكتب التقارير</translation>
    </message>
    <message>
        <source>Open, check and sort the reports that arrive.</source>
        <translation>افتح التقارير الواردة وتحقق منها ورتّبها.</translation>
    </message>
    <message>
        <source>Who will use Satchel on this computer?</source>
        <translation>من سيستخدم Satchel على هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Write reports with photos and documents and send them safely.</source>
        <translation>اكتب تقارير مع صور ومستندات وأرسلها بأمان.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Back to unlock</source>
        <translation>العودة إلى فتح القفل</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>StickPanel</name>
    <message numerus="yes">
        <source>%n item(s) could not be saved; they are still held here. Export again.</source>
        <translation>
            <numerusform>لم يتعذر حفظ أي عنصر.</numerusform>
            <numerusform>تعذّر حفظ عنصر واحد؛ وما زال محفوظًا هنا. صدّر مرة أخرى.</numerusform>
            <numerusform>تعذّر حفظ عنصرين؛ وما زالا محفوظين هنا. صدّر مرة أخرى.</numerusform>
            <numerusform>تعذّر حفظ %n عناصر؛ وما زالت محفوظة هنا. صدّر مرة أخرى.</numerusform>
            <numerusform>تعذّر حفظ %n عنصرًا؛ وما زالت محفوظة هنا. صدّر مرة أخرى.</numerusform>
            <numerusform>تعذّر حفظ %n عنصر؛ وما زالت محفوظة هنا. صدّر مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on the stick were damaged or unreadable and were not taken; ask for them to be saved to a stick again.</source>
        <translation>
            <numerusform>لا توجد عناصر تالفة على ذاكرة USB.</numerusform>
            <numerusform>عنصر واحد على ذاكرة USB تالف أو غير مقروء ولم يُؤخذ؛ اطلب حفظه على ذاكرة USB من جديد.</numerusform>
            <numerusform>عنصران على ذاكرة USB تالفان أو غير مقروءين ولم يُؤخذا؛ اطلب حفظهما على ذاكرة USB من جديد.</numerusform>
            <numerusform>%n عناصر على ذاكرة USB تالفة أو غير مقروءة ولم تُؤخذ؛ اطلب حفظها على ذاكرة USB من جديد.</numerusform>
            <numerusform>%n عنصرًا على ذاكرة USB تالفة أو غير مقروءة ولم تُؤخذ؛ اطلب حفظها على ذاكرة USB من جديد.</numerusform>
            <numerusform>%n عنصر على ذاكرة USB تالفة أو غير مقروءة ولم تُؤخذ؛ اطلب حفظها على ذاكرة USB من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the stick&apos;s folder</source>
        <translation>اختر مجلد ذاكرة USB</translation>
    </message>
    <message>
        <source>Export to a stick…</source>
        <translation>تصدير إلى ذاكرة USB…</translation>
    </message>
    <message>
        <source>Import from a stick…</source>
        <translation>استيراد من ذاكرة USB…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n item(s) to the stick.</source>
        <translation>
            <numerusform>لم يُحفظ أي عنصر على ذاكرة USB.</numerusform>
            <numerusform>حُفظ عنصر واحد على ذاكرة USB.</numerusform>
            <numerusform>حُفظ عنصران على ذاكرة USB.</numerusform>
            <numerusform>حُفظت %n عناصر على ذاكرة USB.</numerusform>
            <numerusform>حُفظ %n عنصرًا على ذاكرة USB.</numerusform>
            <numerusform>حُفظ %n عنصر على ذاكرة USB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stick transfer progress</source>
        <translation>تقدّم النقل عبر ذاكرة USB</translation>
    </message>
    <message>
        <source>Stick transfer result</source>
        <translation>نتيجة النقل عبر ذاكرة USB</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the stick transfer; what is done so far is kept</source>
        <translation>أوقف النقل عبر ذاكرة USB؛ يُحتفظ بما أُنجز حتى الآن</translation>
    </message>
    <message>
        <source>Stopped; what was done so far is kept.</source>
        <translation>توقف؛ يُحتفظ بما أُنجز حتى الآن.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) from the stick.</source>
        <translation>
            <numerusform>لم يُؤخذ أي عنصر من ذاكرة USB.</numerusform>
            <numerusform>أُخذ عنصر واحد من ذاكرة USB.</numerusform>
            <numerusform>أُخذ عنصران من ذاكرة USB.</numerusform>
            <numerusform>أُخذت %n عناصر من ذاكرة USB.</numerusform>
            <numerusform>أُخذ %n عنصرًا من ذاكرة USB.</numerusform>
            <numerusform>أُخذ %n عنصر من ذاكرة USB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وقت الاستلام</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Comma-separated, e.g. urgent, north</source>
        <translation>مفصولة بفواصل، مثل: عاجل، الشمال</translation>
    </message>
    <message>
        <source>Desk state</source>
        <translation>الحالة في مكتب الاستلام</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Save triage</source>
        <translation>حفظ الفرز</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Language and display settings</source>
        <translation>إعدادات اللغة والعرض</translation>
    </message>
    <message>
        <source>Language and display…</source>
        <translation>اللغة والعرض…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Satchel is locked</source>
        <translation>Satchel مقفل</translation>
    </message>
    <message>
        <source>Some display settings could not be read and were reset to their defaults: {what}.</source>
        <translation>تعذّرت قراءة بعض إعدادات العرض فأُعيدت إلى قيمها الافتراضية: {what}.</translation>
    </message>
    <message>
        <source>That passphrase did not open Satchel. Check it and try again.</source>
        <translation>لم تفتح هذه العبارة Satchel. تحقق منها وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Unlock Satchel</source>
        <translation>فتح Satchel</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>رسالة الفتح</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>حجم النص</translation>
    </message>
</context>
<context>
    <name>VaultSettingsPage</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>بعد %n دقيقة دون استخدام</numerusform>
            <numerusform>بعد دقيقة واحدة دون استخدام</numerusform>
            <numerusform>بعد دقيقتين دون استخدام</numerusform>
            <numerusform>بعد %n دقائق دون استخدام</numerusform>
            <numerusform>بعد %n دقيقة دون استخدام</numerusform>
            <numerusform>بعد %n دقيقة دون استخدام</numerusform>
        </translation>
    </message>
    <message>
        <source>Bridges (kept in this vault)</source>
        <translation>الجسور (محفوظة في هذه الخزنة)</translation>
    </message>
    <message>
        <source>Immediately, when I leave the window</source>
        <translation>فورًا، عندما أغادر النافذة</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>القفل تلقائيًا</translation>
    </message>
    <message>
        <source>Lock automatically:</source>
        <translation>القفل تلقائيًا:</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>اقفل عند تصغير النافذة</translation>
    </message>
    <message>
        <source>Locking (kept in this vault)</source>
        <translation>القفل (محفوظ في هذه الخزنة)</translation>
    </message>
    <message>
        <source>Never for idleness</source>
        <translation>أبدًا بسبب الخمول</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
</context>
</TS>
